"""The series of a proceedings volume cited after its title: ``In: Wetland Computing 2014 -
Proceedings of the 9th Marsh Workshop. Lecture Notes in Marsh Studies, vol. 77`` names the
volume (the container), then the series it belongs to, with the volume's number in that
series. The number is the series' (``collection-number``), not a volume of the proceedings.

The volume's name must name an event (the locales' ``[words].proceedings_events``:
``Workshop``, ``Tagung``), or a conference's name closing with its year (``WECO 2021``). A
journal's section after its name (``Marsh Letters. Series B``, ``Proceedings of the Fen
Society. Biological Sciences``: a learned body's journal, no event) has an ISSN, an issue, a
number or a proceedings' word of its own, or names no event, and is no series here.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.locators.words import numbering_terms

__all__ = ["series_after_proceedings"]

#: a sentence's end inside a container's name: a stop, a space, a capital; no ordinal's stop
#: after a number of one to three digits (``Tagungsband der 12. Fachtagung …``)
_SENTENCE_END = re.compile(r"(?<!\b\d)(?<!\b\d\d)(?<!\b\d\d\d)\.\s+(?=[^\W\d_])")
#: a conference's name closing with its year (``WECO 2021``, ``Wetland Computing 2014``)
_CLOSING_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\)?$")
#: words of a series' name at least and at most
SERIES_WORDS = (2, 10)


@functools.cache
def _proceedings_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(
        t.casefold().rstrip(".") for t in _loc.terms_of("references", rules, "proceedings")
    )


@functools.cache
def _locator_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in numbering_terms(rules))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]


def series_after_proceedings(
    container: str, rules: tuple[_loc.LocaleRules, ...]
) -> tuple[str, str] | None:
    """``Proceedings of the 9th Marsh Workshop. Lecture Notes in Marsh Studies`` → the
    proceedings and the series; ``None`` unless the part before the last sentence names
    an event (an event word of the locales, or a conference's year closing it) and the last
    sentence is a capitalised name of a few words with no digit, no proceedings' word and no
    locator word (``Part II``, ``Vol. 3``)."""
    parts = _SENTENCE_END.split(container.strip(" ."))
    if len(parts) < 2:
        return None
    head, series = ". ".join(parts[:-1]).strip(), parts[-1].strip(" .,")
    words = _words(series)
    low, high = SERIES_WORDS
    proceedings = _proceedings_words(rules)
    if (
        not low <= len(series.split()) <= high
        or not series[:1].isupper()
        or any(c.isdigit() for c in series)
        or any(w in proceedings or w in _locator_words(rules) for w in words)
    ):
        return None
    if not (_names_event(head, rules) or _CLOSING_YEAR.search(head)):
        return None  # ('Proceedings of the Fen Society. Biological Sciences': a society's
        # journal and its section, no event's volume in a series)
    return head, series


@functools.cache
def _event_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """An event word of the locales (``[words].proceedings_events``: ``Workshop``,
    ``Tagung``, stems allowed), opening a word."""
    terms = _loc.terms_of("words", rules, "proceedings_events")
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})", re.I) if terms else None


def _names_event(head: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The proceedings' name names an event (``Proceedings of the 9th Marsh Workshop``),
    not a learned body alone (``Proceedings of the Fen Society``, a journal)."""
    pattern = _event_pattern(rules)
    return pattern is not None and pattern.search(head) is not None


@functools.cache
def _volume_of(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """``volume 77 of Series``: a volume word of the locales' ``[locator]``, its number, a
    word of ``[references].volume_of`` and the series' name up to a comma, a stop or a
    bracket (BibTeX's styles print a volume in a series so: ``том 192 из …``)."""
    of = _loc.terms_of("references", rules, "volume_of")
    vol = _loc.terms_of("locator", rules, "volume")
    if not of or not vol:
        return None
    return re.compile(
        rf"(?<![^\W_])(?:{_loc.alternation(vol)})\s*(?P<number>\d[\w-]{{0,9}})\s+"
        rf"(?:{_loc.alternation(of)})\s+(?P<series>[^\W\d_][^,.;()\[\]]{{3,120}}?)\s*(?=[,.;(]|$)",
        re.IGNORECASE,
    )


def volume_of_series(
    item: dict[str, object], text: str, rules: tuple[_loc.LocaleRules, ...]
) -> None:
    """A citation's ``volume 77 of Lecture Notes in Marsh Studies`` (``Band 12 der …``, ``том
    192 из …``): the series and the volume's number in it go to ``collection-title`` and
    ``collection-number``, and the volume read from it is no volume of the container."""
    pattern = _volume_of(rules)
    if pattern is None or item.get("collection-title"):
        return
    m = pattern.search(text)
    if m is None:
        return
    series = m.group("series").strip()
    if len(series.split()) < SERIES_WORDS[0] or not series[:1].isupper():
        return
    item["collection-title"], item["collection-number"] = series, m.group("number")
    if str(item.get("volume") or "") == m.group("number"):
        item.pop("volume", None)
    container = item.get("container-title")
    if isinstance(container, str) and series in container:  # (a reader that kept it there)
        head = container.split(series)[0].rstrip(" ,.;")
        cut = pattern.search(head)
        item["container-title"] = head[: cut.start()].rstrip(" ,.;") if cut else head


#: a conference's acronym and year before its proceedings' name, as ACM's volumes print
#: them (``MARSH '21: Proceedings of the …``, ``WECO 2021: Proceedings of …``)
_ACRONYM_YEAR = re.compile(r"[A-Z][A-Za-z&-]{1,15}\s?(?:['’]\d{2}|(?:19|20)\d{2}):\s+")


def proceedings_start(text: str, opening: re.Pattern[str] | None) -> int | None:
    """Where a proceedings' opening phrase (``Proceedings of the``) starts ``text``: at its
    start, or after a conference's acronym and year (``MARSH '21: Proceedings of …``);
    ``None`` when it opens no proceedings' name."""
    if opening is None:
        return None
    prefix = _ACRONYM_YEAR.match(text)
    at = prefix.end() if prefix is not None else 0
    return at if opening.match(text, at) else None


@functools.cache
def _names_et_al(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """Names in the inverted form with initials (``Varga, O., Lind, T.,``) closed by the
    locales' *et al.* (``[person_names].et_al``) and a space, opening a container's name."""
    words = [
        w for w in _loc.terms_of("person_names", rules, "et_al") if any(c.isalpha() for c in w)
    ]
    if not words:
        return None
    name = r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?,\s(?:[^\W\d_]\.\s?-?){1,3}"
    return re.compile(rf"(?:{name},?\s)+(?:{_loc.alternation(words)})\s+(?=[^\W\d_])")


def drop_cited_editors(item: dict[str, object], rules: tuple[_loc.LocaleRules, ...]) -> None:
    """A citation's book in a collection of many editors, printed without their mark
    (``In: Varga, O., et al. Wetland Computing …``, as Springer cites a chapter of a volume
    of four editors or more): the names are no part of the container's name."""
    container = item.get("container-title")
    pattern = _names_et_al(rules)
    if not isinstance(container, str) or pattern is None:
        return
    m = pattern.match(container)
    if m is not None and m.end() < len(container):
        item["container-title"] = container[m.end() :]
