"""Public hypothesis strategies for comet's inputs and records.

Use them in your own tests::

    from hypothesis import given
    from comet import strategies as cst

Each family lives in a private submodule and is re-exported here.
Requires ``hypothesis`` (the ``comet-meta[strategies]`` or ``[test]`` extra).
"""

from __future__ import annotations

__all__: list[str] = [
    "KEYWORD_FORMATS",
    "NAME_JOINERS",
    "REFERENCE_STYLES",
    "bibtex_names",
    "country_texts",
    "date_strings",
    "dirty_texts",
    "dois",
    "formatted_keyword_lists",
    "isbns",
    "issns",
    "keyword_lists",
    "keyword_records",
    "keyword_texts",
    "label_lines",
    "language_texts",
    "list_joiners",
    "locator_cases",
    "locator_strings",
    "messy_dois",
    "messy_isbns",
    "messy_issns",
    "messy_orcids",
    "name_lists",
    "odd_characters",
    "orcids",
    "page_cases",
    "page_ranges",
    "partial_dates",
    "persons",
    "plain_texts",
    "reference_cases",
    "reference_lists",
    "reference_strings",
    "rich_persons",
    "short_dois",
    "status_texts",
    "statuses",
    "type_paths",
    "wrapped_dois",
    "written_dates",
]


#: record type (module, class name) -> (strategies submodule, strategy function name)
_FROM_TYPE = {
    ("comet.identifiers.doi", "Doi"): ("_identifiers", "dois"),
    ("comet.identifiers.issn", "Issn"): ("_identifiers", "issns"),
    ("comet.identifiers.isbn", "Isbn"): ("_identifiers", "isbns"),
    ("comet.identifiers.orcid", "Orcid"): ("_identifiers", "orcids"),
    ("comet.dates", "PartialDate"): ("_dates", "partial_dates"),
    ("comet.locators", "PageRange"): ("_locators", "page_ranges"),
    ("comet.names", "Person"): ("_names", "persons"),
    ("comet.keywords", "Keyword"): ("_keywords", "keyword_records"),
    ("comet.vocab.status", "Status"): ("_vocab", "statuses"),
}


def _hypothesis_setup_hook() -> None:
    """Entry point for hypothesis: register ``st.from_type`` strategies for comet records.

    After it runs (hypothesis calls it on import), ``st.from_type(comet.Doi)``,
    ``st.from_type(comet.PartialDate)``, ``st.from_type(comet.PageRange)``,
    ``st.from_type(comet.Person)``, ``st.from_type(comet.Keyword)`` and
    ``st.from_type(comet.Status)`` draw valid records.

    Hypothesis may call this while ``comet.strategies`` is itself being imported (its
    submodules import hypothesis), so every strategy is built lazily with ``st.deferred``.
    """
    import importlib

    from hypothesis import strategies as st

    def lazy(module: str, name: str) -> st.SearchStrategy[object]:
        def build() -> st.SearchStrategy[object]:
            strategy: st.SearchStrategy[object] = getattr(
                importlib.import_module(f"comet.strategies.{module}"), name
            )()
            return strategy

        return st.deferred(build)

    for (record_module, record_name), (module, name) in _FROM_TYPE.items():
        record_type = getattr(importlib.import_module(record_module), record_name)
        st.register_type_strategy(record_type, lazy(module, name))


# Family imports come after the hook: importing hypothesis runs its entry points, which load
# ``comet.strategies:_hypothesis_setup_hook`` while this module is still initialising.
from comet.strategies._dates import date_strings, partial_dates, written_dates  # noqa: E402
from comet.strategies._identifiers import (  # noqa: E402
    dois,
    isbns,
    issns,
    messy_dois,
    messy_isbns,
    messy_issns,
    messy_orcids,
    orcids,
    short_dois,
    wrapped_dois,
)
from comet.strategies._keywords import (  # noqa: E402
    KEYWORD_FORMATS,
    formatted_keyword_lists,
    keyword_lists,
    keyword_records,
    keyword_texts,
)
from comet.strategies._locators import (  # noqa: E402
    locator_cases,
    locator_strings,
    page_cases,
    page_ranges,
)
from comet.strategies._names import (  # noqa: E402
    NAME_JOINERS,
    bibtex_names,
    list_joiners,
    name_lists,
    persons,
    rich_persons,
)
from comet.strategies._references import (  # noqa: E402
    REFERENCE_STYLES,
    reference_cases,
    reference_lists,
    reference_strings,
)
from comet.strategies._text import dirty_texts, odd_characters, plain_texts  # noqa: E402
from comet.strategies._vocab import (  # noqa: E402
    country_texts,
    label_lines,
    language_texts,
    status_texts,
    statuses,
    type_paths,
)
