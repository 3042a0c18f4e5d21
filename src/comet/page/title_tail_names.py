"""Names printed after the title on one line: a document's cover or first page copied as
text glues the title and its author into one line (``Fluctuaciones Regionales Diego Quintana``,
``1 Title of the Report Ana Ruiz / 1.``, ``Title Theory and Evidence Ilse Varga,
Odile Brenner``), often under the page's own heading that prints the title alone.

A line whose words open with the chosen title's words (a page number before them aside) and
go on with a few more that read as names (:func:`~comet.page.bylines._line_names`, an author
word before them allowed) gives those names; they must look like people's (a known given
name or initials, :func:`~comet.page.name_plausible.plausible_names`; one name no lexicon
knows, :func:`~comet.page.name_unlisted.unlisted_names`; or an author word before them).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person
from comet.page.bylines import _by_word_first, _line_names
from comet.page.evidence import _WORD, W_POS, Cand, _key, _Page
from comet.page.name_plausible import plausible_names
from comet.page.name_unlisted import unlisted_names
from comet.page.name_vouched import _in_lower_case
from comet.page.title_shapes import _organisation_words

__all__ = ["EVIDENCE", "LOOK_LINES", "MAX_TAIL_WORDS", "names_after_title"]

#: lines from the top of the page looked at (a viewer's page header, then the cover)
LOOK_LINES = 80
#: words after the title at most (names and an author word: a longer tail is the text)
MAX_TAIL_WORDS = 9
#: title words at least (a short title's words open many lines)
MIN_TITLE_WORDS = 2
#: where the names end: a page reference (``/ 1.``), a bar, a bracket, a digit
_TAIL_END = re.compile(r"\s[/|(\[]|\d")
EVIDENCE = "names after the title on its line"


def _tail(text: str, title_words: int) -> tuple[str, int] | None:
    """The text after the line's first ``title_words`` words, and where it starts."""
    words = list(_WORD.finditer(text))
    if len(words) <= title_words:
        return None
    start = words[title_words - 1].end()
    rest = text[start:]
    lead = len(rest) - len(rest.lstrip(" :,.-–—"))
    return rest[lead:], start + lead


def names_after_title(page: _Page) -> Cand | None:
    """The names after the title on a line near the top (see the module), or ``None``."""
    key = page.memo.get("full-title-key") or page.memo.get("title-key") or ""
    n = len(key.split())
    if n < MIN_TITLE_WORDS:
        return None
    first = key.split(maxsplit=1)[0]
    for line in page.layout.lines[:LOOK_LINES]:
        if line.zone != "main" or len(line.text) <= len(key):
            continue
        if first not in line.text[: len(first) + 12].casefold():
            continue  # (the cheap test first: the title's first word opens few lines)
        own = _key(line.text)
        if not own.startswith(key + " "):
            continue
        found = _tail(line.text, n)
        if found is None:
            continue
        rest, at = found
        end = _TAIL_END.search(rest)
        rest = rest[: end.start()] if end is not None else rest
        rest = _before_stop(rest, page)  # 'Ana Ruiz Paperback – …', '… Ana Ruiz University of …'
        rest = rest.strip(" ,;.")
        if not rest or len(rest.split()) > MAX_TAIL_WORDS:
            continue
        by_word = _by_word_first(rest, page)
        words = rest.split(maxsplit=1)
        if by_word and len(words) < 2:
            continue  # ('… By' closing the line: an author word and no name after it)
        names = _line_names(words[1] if by_word else rest, page)
        if not names or not _people(page, names, by_word):
            continue
        start = line.start + at
        return Cand(names, W_POS, (start, start + len(rest)), EVIDENCE)
    return None


@functools.cache
def _stop_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words no name after a title holds, folded: a book's binding (``[words].book_bindings``:
    a shop's heading prints it after the title and its authors), the words of organisations'
    names and months and weekdays (a document's cover goes on with the authors' institution
    or the date: ``… Ana Ruiz University of Fenmark July 2007``)."""
    words = set(_loc.casefolded_terms("words", rules, "book_bindings"))
    words |= {w.casefold() for w in _organisation_words(rules) if w[:1] != "-"}
    for section in ("months", "weekdays"):
        words |= {w for t in _loc.terms_of(section, rules) for w in _loc.fold(t).split()}
    return frozenset(words)


def _before_stop(rest: str, page: _Page) -> str:
    """``rest`` cut before its first :func:`_stop_words` word (its first word aside: a name
    opens the tail)."""
    stops = _stop_words(page.rules)
    words = rest.split()
    for i, w in enumerate(words[1:], 1):
        if _loc.fold(w.strip(",.;:")) in stops:
            return " ".join(words[:i])
    return rest


def _people(page: _Page, names: tuple[Person, ...], by_word: bool) -> bool:
    """The names read after a title are people's: each with a given and a family name, and
    after an author word, or printed given name first, with no family word the page prints in
    lower case, and opening with a known given name or initials, or one name no lexicon
    knows."""
    if any(p.literal is not None or not p.given or not p.family for p in names):
        return False
    if by_word:
        return True
    if not all((p.raw or "").lstrip().startswith(p.given or "\0") for p in names):
        return False  # 'Santa Lucía' read 'Family Given': a place, no one's name
    if any(_in_lower_case(w, page.text) for p in names for w in (p.family or "").split()):
        return False  # 'Title Grace Period' over prose about a grace period: a subtitle
    return plausible_names(names) or unlisted_names(page, names)
