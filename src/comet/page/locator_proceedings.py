"""A proceedings paper's own locator: its page range printed after the proceedings' name
(``Proceedings of the 12th Workshop on Marsh Computing, pages 45–67, Lisbon, Portugal, May
2019``; ``2019 Conference on Marsh Computing (CMC), Lisbon, Portugal, 2019, pp. 45-67``).

A proceedings volume numbers no volume or issue, so a paper's citation of itself is the
volume's name, perhaps the event's place, and the pages with their word: a page range with
its word (``pages``, ``pp.``, ``S.``), nothing but a year before it, after a name that holds
a proceedings or event word of the locales (``[references].proceedings``,
``[words].proceedings_events``) or a journal word, is the paper's locator and the name its
container. The parts between the name and the pages that read as a place (up to
:data:`PLACE_PARTS` short capitalised parts with no digit: ``Lisbon, Portugal``) are left out.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN
from comet.locators import Locator
from comet.page.evidence import _WORD
from comet.page.journal_head import _journal_head
from comet.page.locator_lines import _names_journal
from comet.text.scripts import UNSPACED_OR_HANGUL as _UNSPACED

__all__ = ["proceedings_head"]

#: comma-separated parts after the name that read as its place at most (``Lisbon, Portugal``)
PLACE_PARTS = 3
#: words of one such part at most (``New South Wales``)
PLACE_WORDS = 3
#: characters of the text before the pages read at most (a name, never a paragraph)
HEAD_CHARS = 240

_PART = re.compile(r"\s*,\s*")
_YEAR_ONLY = re.compile(rf"\(?{YEAR_PATTERN}\)?")
#: a part that reads as a place: one to three capitalised words, no digit
_PLACE = re.compile(rf"[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){{0,{PLACE_WORDS - 1}}}")


@functools.cache
def _in_word(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A citation's word before its container (``[references].in_container``: ``In``,
    ``Dans``, ``En``; two characters at least, never a roman ``I``) opening a text."""
    terms = {t for t in _loc.terms_of("references", rules, "in_container") if len(t) >= 2}
    if not terms:
        return None
    alt = "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
    return re.compile(rf"(?:{alt})\s+")


@functools.cache
def _event_words(
    rules: tuple[_loc.LocaleRules, ...],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The proceedings and event words of the locales, case-folded, final dot dropped: the
    words of one word (stems: ``конференц`` opens ``конференции``, ``sempozyum`` opens
    ``Sempozyumu``), and the phrases and the words of scripts written without spaces
    (``Сборник трудов конференции``, ``会议``), found inside the name."""
    terms = _loc.terms_of("references", rules, "proceedings") + _loc.terms_of(
        "words", rules, "proceedings_events"
    )
    folded = {t.casefold().rstrip(".") for t in terms}
    inside = {t for t in folded if " " in t or _UNSPACED.search(t)}
    return tuple(sorted(folded - inside)), tuple(sorted(inside))


#: letters of a word at least for an event word to open it (``Forum``, never ``for``)
STEM_MIN = 4


def _names_proceedings(head: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    stems, inside = _event_words(rules)
    folded = head.casefold()
    if any(t in folded for t in inside):
        return True
    words = (w.casefold() for w in _WORD.findall(head) if len(w) >= STEM_MIN)
    return any(w.startswith(stems) for w in words) or _names_journal(head, rules)


#: words of a proceedings volume's name in sentence case at most
SENTENCE_CASE_WORDS = 12


@functools.cache
def _proceedings_openers(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The first words of the locales' proceedings terms (``[references].proceedings``,
    ``[types].proceedings``: ``Сборник трудов конференции``, ``Actas``, ``Tagungsband``),
    case-folded."""
    terms = _loc.terms_of("references", rules, "proceedings") + _loc.terms_of(
        "types", rules, "proceedings"
    )
    firsts = (t.split()[0].casefold().rstrip(".") for t in terms if t.strip())
    return frozenset(w for w in firsts if len(w) >= STEM_MIN)


def _sentence_case_proceedings(head: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``head`` where it is a proceedings volume's name in sentence case, as many languages
    write it (``Сборник трудов XII конференции «Тростник»``, ``Actas del XII congreso de
    carrizales``): capitalised, opening with the first word of a proceedings term of the
    locales, an event word after it (:func:`_names_proceedings`), no sentence's stop inside,
    :data:`SENTENCE_CASE_WORDS` words at most; ``""`` otherwise."""
    words = head.split()
    if not words or not head[:1].isupper() or len(words) > SENTENCE_CASE_WORDS:
        return ""
    if ". " in head or words[0].casefold().strip(",:") not in _proceedings_openers(rules):
        return ""
    return head if _names_proceedings(" ".join(words[1:]), rules) else ""


def proceedings_head(
    before: str, raw: str, loc: Locator, rules: tuple[_loc.LocaleRules, ...]
) -> str:
    """The proceedings' name before a paper's page range (``""`` where the locator is no
    such range: a volume, an issue or an article number, pages without their word, or a
    name with no proceedings, event or journal word)."""
    if loc.volume or loc.issue or loc.article_number or loc.pages is None:
        return ""
    if loc.pages.last is None or not any(c.isalpha() for c in raw):
        return ""  # a single page, or a range without its word ('12, 45-67')
    if len(before) > HEAD_CHARS:
        return ""
    parts = _PART.split(before.strip(" ,;"))
    dropped = 0
    while len(parts) > 1 and dropped < PLACE_PARTS and _PLACE.fullmatch(parts[-1]):
        parts.pop()  # 'Lisbon', 'Portugal': the event's place
        dropped += 1
    head = ", ".join(parts).strip(" ,;:")
    opening = _in_word(rules)
    word = opening.match(head) if opening is not None else None
    if word is not None and head[word.end() : word.end() + 1].isupper():
        head = head[word.end() :]  # 'In Proceedings of …': the citation's word before it
    if not head or not _names_proceedings(head, rules):
        return ""
    name = _journal_head(head, rules) or _sentence_case_proceedings(head, rules)
    if name and head.endswith(name) and _YEAR_ONLY.fullmatch(head[: -len(name)].strip()):
        return head  # '2019 Conference on Marsh Computing': the year is part of the name
    return name
