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
    "status_texts",
    "statuses",
    "type_paths",
    "written_dates",
]


def _hypothesis_setup_hook() -> None:
    """Entry point for hypothesis: register ``st.from_type`` strategies for comet records.

    After it runs (hypothesis calls it on import), ``st.from_type(comet.Doi)``,
    ``st.from_type(comet.PartialDate)``, ``st.from_type(comet.PageRange)``,
    ``st.from_type(comet.Person)``, ``st.from_type(comet.Keyword)`` and
    ``st.from_type(comet.Status)`` draw valid records.
    """
    from hypothesis import strategies as st

    from comet.dates import PartialDate
    from comet.keywords import Keyword
    from comet.locators import PageRange
    from comet.names import Person
    from comet.strategies import _dates, _keywords, _locators, _names, _vocab
    from comet.strategies._identifiers import register as _register_identifiers
    from comet.vocab import Status

    _register_identifiers()
    st.register_type_strategy(PartialDate, _dates.partial_dates())
    st.register_type_strategy(PageRange, _locators.page_ranges())
    st.register_type_strategy(Person, _names.persons())
    st.register_type_strategy(Keyword, _keywords.keyword_records())
    st.register_type_strategy(Status, _vocab.statuses())


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
from comet.strategies._names import NAME_JOINERS, name_lists, persons  # noqa: E402
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
