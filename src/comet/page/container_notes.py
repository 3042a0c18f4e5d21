"""A container named by a publication note inside a line, with the issue it appeared in.

A page that reprints or presents a work often says where it appeared in a note at its top,
inside a line rather than opening it: ``(Published in Fen Studies, XII, 2, 1998, pp.
45-67)`` after the title, ``… a reflection already published in «Marsh Notes» 4/2011.`` in
an introduction's sentence, ``Reprinted from the Fenland Bulletin, March 1987
(revised).`` under the byline. :func:`comet.page.container_lines.container_statements` reads
such a phrase only where it opens a short line of its own; this module reads it anywhere in
one of the page's first main lines, where the phrase is one of the locales' container labels
of two words or more (``[labels].container``: *Published in*, *Erschienen in*, *Publicado
en*) or one of their notes' inflected or reprint forms (``[words].container_notes``:
*reprinted from*, *pubblicata in*, *parue dans*), case aside.

The note is evidence only where the name is followed by the issue it appeared in: a
locator (``XII, 2, 1998``, ``4/2011``, ``12(3): 45-67``) or a dated issue (``March 1987``,
``March/April 2004``: month, season and date words of the locales and a year, nothing else)
right after it. A name with no such issue (``published in English``, ``published in
London by …``) names no container here. The name is read as a journal's name before a
locator is (:func:`comet.page.journal_head._journal_head`), its quotation marks and a
leading article aside (``the Fenland Bulletin``).
"""

from __future__ import annotations

import functools
import itertools
import re

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN
from comet.locators import find_locators
from comet.page.chrome import _call_to_action, _is_chrome
from comet.page.container_lines import STATEMENT_WEIGHT, names_publisher
from comet.page.evidence import _WORD, Cand, _key, _Page
from comet.page.journal_head import _date_words, _journal_head
from comet.text._words import closed_class

__all__ = ["NOTE_EVIDENCE", "container_notes"]

#: a note's weight: a statement's, a little under it (a phrase within a line)
NOTE_WEIGHT = STATEMENT_WEIGHT - 0.05
#: the page's first lines a note of the work's own appearance is looked for on
NOTE_LINES = 12
#: characters after the name within which its issue must start
ISSUE_GAP = 3
#: words of a dated issue at most (``March/April 2004``, ``1 March 2018``)
DATED_ISSUE_WORDS = 4
#: the evidence of a note's name
NOTE_EVIDENCE = "a publication note within a line"

#: quotation marks around a name (``«Marsh Notes»``, ``“Fen Studies”``)
_QUOTES = '«»“”„"‘’‚‹›「」『』'
#: what ends a dated issue after the name: a bracket, a semicolon, a stop before a space
_ISSUE_END = re.compile(r"[()\[\];]|\.(?:\s|$)")
#: a year, not a part of a number (``2045-1237``, an ISSN, holds none)
_YEAR = re.compile(rf"(?<![\d-])(?:{YEAR_PATTERN})(?![\d]|-\d)")
#: an opening bracket: a note after a name (``(ISSN …)``, ``(revised)``)
_BRACKET = re.compile(r"[(\[]")
#: what may stand between the name and its issue
_GAP = " ,.:;–—-\u00a0" + _QUOTES


@functools.cache
def _note_terms(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The note phrases: the locales' container labels of two words or more and their
    notes' forms (``[words].container_notes``), stripped, sorted."""
    labels = (t for t in _loc.terms_of("labels", rules, "container") if " " in t.strip())
    words = _loc.terms_of("words", rules, "container_notes")
    return tuple(sorted({t.strip() for t in (*labels, *words) if t.strip()}))


@functools.cache
def _note_phrase(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' container labels of two words or more and their notes' forms
    (``[words].container_notes``), as whole words before a name's letter or an opening
    quotation mark; the first letter in either case (a note opens a sentence or follows a
    word), the others as written (``paru dans la Revue des Marais``: the label *Paru dans la
    revue* ends in a small letter, the name's word is capitalised)."""
    phrases = _note_terms(rules)
    if not phrases:
        return None
    # both cases of each phrase's first letter, the rest as written: one alternation with
    # shared beginnings factored out (a flat one of some 150 phrases was tried at every
    # position of the lines)
    alt = _loc.alternation(v for t in phrases for v in (t[0].upper() + t[1:], t[0].lower() + t[1:]))
    return re.compile(rf"(?<![^\W_])(?:{alt})\s*:?\s+(?=[^\W\d_]|[«“„\"‘‚‹「『])")


#: a run of letters and digits (the phrase's boundary: an underscore parts words, as in
#: :func:`_note_phrase`): the words of a phrase and of a line for :func:`_note_pairs`
_WORD_RUN = re.compile(r"[^\W_]+")


@functools.cache
def _note_pairs(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[tuple[str, str]] | None:
    """The first two words of every phrase :func:`_note_phrase` matches, case folded: a
    line holding no such pair of words in a row holds no note, and the long alternation
    (tried at every position of a line) is not run on it; ``None`` where a phrase has one
    word only (no such test)."""
    pairs = [_WORD_RUN.findall(t.casefold())[:2] for t in _note_terms(rules)]
    if any(len(p) < 2 for p in pairs):
        return None
    return frozenset((a, b) for a, b in pairs)


def _may_hold_note(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` holds two words in a row that open one of the note phrases."""
    pairs = _note_pairs(rules)
    if pairs is None:
        return True
    words = _WORD_RUN.findall(text.casefold())
    return not pairs.isdisjoint(itertools.pairwise(words))


def _bare_name(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``text`` (what follows a note's phrase) with its opening quotation mark and a leading
    article in small letters aside (``the Fenland Bulletin``, ``«Marsh Notes» 4/2011``)."""
    text = text.lstrip()
    if text[:1] in _QUOTES:
        close = next((i for i, c in enumerate(text[1:], 1) if c in _QUOTES), -1)
        return text[1:close] if close > 1 else ""
    first = text.split(" ", 1)
    if len(first) == 2 and first[0].islower() and first[0].casefold() in closed_class(rules):
        return first[1]
    return text


#: words of a name in quotation marks at most
QUOTED_NAME_WORDS = 12


def _quoted_name(name: str) -> bool:
    """A name its quotation marks delimit, in whatever case its language writes it
    (``«Вестнике болот»``, ``«Quaderni di palude»``): capitalised, a few words, no digit and
    no sentence's stop."""
    words = name.split()
    return (
        0 < len(words) <= QUOTED_NAME_WORDS
        and name[:1].isupper()
        and not any(c.isdigit() for c in name)
        and not any(w.endswith((".", "!", "?")) for w in words[:-1])
    )


def _dated_issue(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` opens with an issue's date: up to the next bracket, semicolon or stop, a
    year and month, season or date words of the locales only (``March 1987``,
    ``March/April 2004``)."""
    end = _ISSUE_END.search(text)
    chunk = text[: end.start()] if end is not None else text
    if len(chunk.split()) > DATED_ISSUE_WORDS or not _YEAR.search(chunk):
        return False
    dated = _date_words(rules)
    return all(w.casefold() in dated for w in _WORD.findall(chunk) if not w.isdigit())


def _issue_after(name_end: int, text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The issue the work appeared in follows the name ending at ``name_end`` of ``text``:
    a locator or a dated issue within :data:`ISSUE_GAP` characters of separators."""
    rest = text[name_end:]
    lead = len(rest) - len(rest.lstrip(_GAP))
    if lead > ISSUE_GAP or not rest[lead:]:
        return False
    found = next(iter(find_locators(rest, locales=rules)), None)
    if found is not None and found.start == lead:
        return True
    return _dated_issue(rest[lead:], rules)


def _name_end(text: str, rules: tuple[_loc.LocaleRules, ...]) -> int:
    """Where the name opening ``text`` ends: at an opening bracket (``Fen Letters (ISSN
    …)``: a note after the name), before that at its first locator, or at the last comma
    before its first year (``Fenland Bulletin, March 1987``), or at the text's end."""
    found = next(iter(find_locators(text, locales=rules)), None)
    bracket = _BRACKET.search(text, 0, found.start if found is not None else len(text))
    if found is not None and bracket is None:
        return found.start
    end = bracket.start() if bracket is not None else len(text)
    year = _YEAR.search(text, 0, end)
    if year is None:
        return end
    comma = text.rfind(",", 0, year.start())
    return comma if comma > 0 else year.start()


def container_notes(page: _Page) -> list[Cand]:
    """The names publication notes within the page's first :data:`NOTE_LINES` main lines give
    (see the module's text), each followed by the issue it appeared in; the work's own title
    and interface text are no name (weight :data:`NOTE_WEIGHT`)."""
    phrase = _note_phrase(page.rules)
    if phrase is None:
        return []
    title_key = page.memo.get("title-key", "")
    out: list[Cand] = []
    for line in page.layout.lines[:NOTE_LINES]:
        text = line.text
        if line.zone != "main" or page.weight(line.start) < 1:
            continue
        if not _may_hold_note(text, page.rules):
            continue
        for m in phrase.finditer(text):
            rest = text[m.end() :]
            if names_publisher(rest, page.rules):
                continue  # 'published in Great Britain by Heron Books': an imprint
            bare = _bare_name(rest, page.rules)
            quoted = rest.lstrip()[:1] in _QUOTES
            head = bare if quoted and _quoted_name(bare) else ""
            head = head or _journal_head(bare[: _name_end(bare, page.rules)], page.rules)
            head = head.strip(" .,:;–-" + _QUOTES)
            if (
                not head
                or _key(head) == title_key
                or _is_chrome(head, page.rules)
                or _call_to_action(head, page.rules)
            ):
                continue
            at = text.find(head, m.end())
            if at < 0 or not _issue_after(at + len(head), text, page.rules):
                continue
            span = (line.start + at, line.start + at + len(head))
            out.append(Cand(head, NOTE_WEIGHT, span, NOTE_EVIDENCE, source="label"))
    return out
