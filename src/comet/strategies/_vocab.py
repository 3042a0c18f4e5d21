"""Hypothesis strategies for vocabularies: statuses, publication types, languages, countries.

Every strategy draws its words from the registered locale files (or, for
languages and countries, from language-data), so a new locale is covered
without editing this module.

>>> from hypothesis import given
>>> from comet import parse_status, strategies as cst
>>> @given(cst.status_texts())
... def test(text):
...     assert parse_status(text).value
>>> test()
"""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import strategies as st

from comet import locales as L
from comet.vocab import Status, StatusValue, territory_names

__all__ = [
    "country_texts",
    "label_lines",
    "language_texts",
    "status_texts",
    "statuses",
    "type_paths",
]

_LocalesArg = str | Iterable[str] | None

#: Tags whose names :func:`language_texts` writes out (plus every registered locale).
_LANGUAGE_TAGS = ("en", "da", "sv", "nb", "nn", "de", "nl", "fi", "fr", "es", "it", "pt", "ru")
_SEPARATORS = (" › ", " > ", "›", " » ")


def _rules(locales: _LocalesArg, section: str | None = None) -> tuple[L.LocaleRules, ...]:
    """The chosen locales; with ``section``, only those that have words in it (the
    language-neutral ``mul`` rules have no status or type words)."""
    rules = L.resolve(locales)
    if section is None:
        return rules
    return tuple(r for r in rules if r.sections.get(section))


def _terms(section: str, locales: _LocalesArg, key: str | None = None) -> list[str]:
    return sorted(set(L.terms_of(section, _rules(locales), key)))


def statuses() -> st.SearchStrategy[Status]:
    """:class:`~comet.Status` records (canonical value, optional year)."""
    return st.builds(
        Status,
        st.sampled_from(list(StatusValue)),
        year=st.none() | st.integers(1900, 2100),
    )


@st.composite
def _status_text(draw: st.DrawFn, locales: _LocalesArg) -> str:
    rules = draw(st.sampled_from(_rules(locales, "status")))
    key = draw(st.sampled_from([k for k in rules.keys("status") if rules.terms("status", k)]))
    text = draw(st.sampled_from(rules.terms("status", key)))
    if draw(st.booleans()):
        text = f"{text} - {draw(st.integers(1900, 2100))}"
    labels = rules.terms("labels", "status")
    if len(labels) > 0 and draw(st.booleans()):
        sep = draw(st.sampled_from(["", ": ", ":"]))
        text = f"{draw(st.sampled_from(labels))}{sep}{text}"
    return text


def status_texts(locales: _LocalesArg = None) -> st.SearchStrategy[str]:
    """Statuses as a page prints them: ``Udgivet``, ``StatusUdgivet - 2019``, ``Status: Published``.

    Every drawn text parses with :func:`comet.parse_status`.
    """
    return _status_text(locales)


@st.composite
def _type_path(draw: st.DrawFn, locales: _LocalesArg, glued: bool) -> str:
    rules = draw(st.sampled_from(_rules(locales, "types")))
    parts: list[str] = []
    # A type word that is a category word in another locale ('Communication') is ambiguous
    # when every locale is tried; leave those out.
    other = {t.casefold() for r in L.all_rules() for t in r.terms("type_categories")}
    for section, required in (("types", True), ("type_categories", False), ("peer_review", False)):
        terms = rules.terms(section)
        if section == "types":
            terms = tuple(t for t in terms if t.casefold() not in other)
        if len(terms) > 0 and (required or draw(st.booleans())):
            parts.append(draw(st.sampled_from(terms)))
    sep = "" if glued else draw(st.sampled_from(_SEPARATORS))
    return sep.join(parts)


def type_paths(locales: _LocalesArg = None, *, glued: bool = False) -> st.SearchStrategy[str]:
    """Pure-style type paths: a type word, then maybe a category and a peer-review word.

    With ``glued=True`` the separators are left out, as after a lossy copy-paste.
    """
    return _type_path(locales, glued)


def language_texts() -> st.SearchStrategy[str]:
    """Language names in the shipped languages and BCP 47 tags (``Engelsk``, ``da-DK``)."""
    import langcodes

    names: set[str] = set()
    in_languages = sorted({r.tag for r in L.all_rules()} | {"en"})
    for tag in _LANGUAGE_TAGS:
        names.add(tag)
        for lang in in_languages:
            names.add(str(langcodes.Language.get(tag).display_name(lang)))
    names.update(["da-DK", "en-GB", "sv-SE", "eng", "dan", "ger"])
    return st.sampled_from(sorted(names))


def country_texts(locales: _LocalesArg = None) -> st.SearchStrategy[str]:
    """Country names in the languages of ``locales`` (CLDR, via language-data) and codes."""
    tags = {r.tag for r in _rules(locales)} | {"en"}
    names: set[str] = set()
    for code, by_lang in territory_names().items():
        if code in {"AA", "CQ", "EA", "EU", "EZ", "IC", "QO", "UN", "XA", "XB", "ZZ"}:
            continue
        names.add(code)
        names.update(n for t, n in by_lang.items() if t in tags)
    return st.sampled_from(sorted(names))


@st.composite
def _label_line(draw: st.DrawFn, locales: _LocalesArg) -> tuple[str, str, str]:
    rules = draw(st.sampled_from(_rules(locales, "labels")))  # not every locale has labels
    key = draw(st.sampled_from([k for k in rules.keys("labels") if rules.terms("labels", k)]))
    label = draw(st.sampled_from(rules.terms("labels", key)))
    value = draw(st.sampled_from(["2019", "Udgivet", "Local Government Studies", "10.1/x", ""]))
    sep = draw(st.sampled_from([": ", ":", " : "]))
    return key, label, f"{label}{sep}{value}"


def label_lines(locales: _LocalesArg = None) -> st.SearchStrategy[tuple[str, str, str]]:
    """``(key, label, line)``: a ``[labels]`` label of some locale, a colon and a value."""
    return _label_line(locales)
