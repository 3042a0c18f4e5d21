"""The chosen title's ends tidied: what a page glues to a title is not the title.

* a site's name after a bar (``Software that Meets Its Intent | SpringerLink``): a title
  never holds a bar, and a name of one to three words with no function word is a site's;
* a document site's snippet after a middle dot, cut off with an ellipsis (``Reed Counts
  in Fens · updated on current work, (2) preparing a...``);
* a catalogue's next ISBD area after its area mark (``IFLA Journal. - New Delhi. Sage``);
* interface words joined as a subtitle (``…: Share Embed``);
* a note's mark after the last word (``… in Coastal Plains †``, ``… Plains*``): a dagger,
  a double dagger, a section or pilcrow sign, or asterisks, which point to a footnote
  (presented at, funded by) and are no part of the title; a note's number glued to the
  last word (``… da notícia1``) where a line under the title is that note
  (:mod:`comet.page.title_note_numbers`);
* an age rating after the last word (``Случай из практики 18+``): the marks a shop prints
  by a book's title where a law rates media for age (``0+``, ``6+``, ``12+``, ``16+``,
  ``18+``) are the shop's label, not the title's;
* a colon put after a function word where a line broke (``Element Values in: Collections
  Harvested …``): a title's line that ends in ``in``, ``of``, ``de`` goes on, no subtitle
  starts there.

Each change is a ``title-end`` note. Pure; the title's value and its span in, the tidied value
and span out.
"""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.page.age_ratings import closing_rating
from comet.page.chrome import _interface_share
from comet.page.evidence import _Page
from comet.page.title_note_numbers import note_number
from comet.text._words import closed_class

__all__ = ["tidy_title_ends"]

#: words of a site's name after a bar at most, and of the title before it at least
SITE_WORDS = 3
TITLE_WORDS = 3
#: words of a subtitle made of interface words alone at least, function words aside (``Share
#: Embed``; a subtitle of one such word, ``An Introduction``, or holding another word, ``A
#: Theoretical View``, is the work's)
INTERFACE_SUBTITLE_WORDS = 2

_BAR = re.compile(r"\s+\|\s+")
#: ISBD's mark between two areas of a description: full stop, space, dash, space
_ISBD_AREA = re.compile(r"\.\s[-–—]\s")
_WORD = re.compile(r"[^\W\d_]+")


def _site_tail(value: str, page: _Page) -> int | None:
    """Where a site's name glued after a bar starts (the bar's start), else None."""
    marks = list(_BAR.finditer(value))
    if len(marks) != 1:
        return None
    m = marks[0]
    head, tail = value[: m.start()], value[m.end() :]
    words = tail.split()
    if not words or len(words) > SITE_WORDS or len(head.split()) < TITLE_WORDS:
        return None
    small = closed_class(page.rules)
    if any(w.casefold() in small for w in _WORD.findall(tail)) or any(ch.isdigit() for ch in tail):
        return None
    return m.start()


#: a document site's heading: the title, a middle dot, then a snippet of the text cut off
#: with an ellipsis (``Reed Counts in Fens · updated on current work, (2) preparing a...``,
#: ``Proceedings of … · 2019. 11. 2. ·...``)
_SNIPPET_DOT = re.compile(r"\s+·(?=.*(?:\.\.\.|…)\s*$)")


def _snippet_tail(value: str) -> int | None:
    """Where a snippet cut off with an ellipsis starts after a middle dot (the dot's
    start), the title before it :data:`TITLE_WORDS` words at least; else None (a middle
    dot between a title's parts, ``Reeds · Rushes · Sedges: A Field Guide``, has no
    ellipsis after it)."""
    m = _SNIPPET_DOT.search(value)
    if m is None or len(value[: m.start()].split()) < TITLE_WORDS:
        return None
    if value[: m.start()].rstrip().endswith(("...", "…")):
        return None  # ('Tides of the Bay... · and more…': the title itself is cut)
    return m.start()


def _isbd_area(value: str) -> int | None:
    """Where a further ISBD area starts after the title proper (``. - ``), else None."""
    m = _ISBD_AREA.search(value)
    if m is None or len(value[: m.start()].split()) < 2:
        return None
    return m.start()


#: a footnote's mark closing a title: daggers, section and pilcrow signs or asterisks after
#: a word (an asterisk after a word of two letters or more: ``A*``, the search, keeps its)
_NOTE_MARK = re.compile(
    r"(?:(?<=[^\W_])|(?<=[^\W_][.?!]))[\s\u00a0]*[†‡§¶]{1,3}\*?$"
    r"|(?:(?<=[^\W\d_]{2})|(?<=[^\W\d_]{2}[.?!]))[\s\u00a0]*\*{1,3}$"
)


#: a character every footnote's mark holds (one class, scanned for before the pattern
#: whose lookbehinds are tried at every position)
_NOTE_SIGN = re.compile(r"[†‡§¶*]")


def _note_mark(value: str) -> int | None:
    """Where a footnote's mark after the title's last word starts, else None."""
    m = _NOTE_MARK.search(value) if _NOTE_SIGN.search(value) is not None else None
    if m is None or len(value[: m.start()].split()) < TITLE_WORDS:
        return None
    return m.start()


def _age_mark(
    value: str, rules: tuple[_loc.LocaleRules, ...], closed: frozenset[str] = frozenset()
) -> int | None:
    """Where an age rating (``[words].age_ratings``) after the title's last word starts,
    else None; none after a function word of ``closed`` (``Volume 2 of 16+``: the number is
    the title's)."""
    at = closing_rating(value, rules)
    if at is None or len(words := value[:at].split()) < 2:
        return None
    if words[-1].casefold() in closed:
        return None
    return at


def _book_page(page: _Page) -> bool:
    """A book's page, where a shop prints an age rating by the title: a shop's or a
    catalogue's page, or one naming an ISBN (``Rules for players aged 12+`` elsewhere keeps
    its number)."""
    return (page.kind is not None and page.kind.name in ("shop", "opac")) or "ISBN" in page.text


def _interface_subtitle(value: str, page: _Page) -> int | None:
    """Where a subtitle of interface words starts (its colon), else None."""
    head, colon, tail = value.rpartition(": ")
    if not colon or not head.strip() or not tail.strip():
        return None
    small = closed_class(page.rules)
    content = [w for w in _WORD.findall(tail) if w.casefold() not in small]
    if len(content) < INTERFACE_SUBTITLE_WORDS or _interface_share(tail, page.rules) < 1.0:
        return None  # ('An Introduction', 'A Review': one word, the work's own subtitle)
    return len(head)


def _broken_colon(value: str, page: _Page) -> str:
    """``Values in: Collections`` → ``Values in Collections``: a colon after a function
    word (a line broken there and joined as a subtitle) is no subtitle's mark."""
    head, colon, tail = value.partition(": ")
    if not colon or not tail:
        return value
    words = head.split()
    if len(words) < 2 or words[-1].casefold() not in closed_class(page.rules):
        return value
    if not words[-1].islower():
        return value
    return f"{head} {tail}"


def tidy_title_ends(value: str, span: tuple[int, int], page: _Page) -> tuple[str, tuple[int, int]]:
    """``value`` (a chosen title, printed from ``span[0]``) without what a page glues to its
    ends; the span shortened with it."""
    text = value
    at = page.layout.line_at(span[0])
    for cut, why in (
        (_site_tail(text, page), "a site's name after a bar"),
        (_snippet_tail(text), "a document site's snippet after a middle dot"),
        (_isbd_area(text), "the next ISBD area"),
        (_interface_subtitle(text, page), "interface words"),
        (_note_mark(text), "a footnote's mark"),
        (note_number(text, at.index if at is not None else None, page), "a note's number"),
        (
            _age_mark(text, page.rules, closed_class(page.rules)) if _book_page(page) else None,
            "an age rating",
        ),
    ):
        if cut is not None:
            page.note("title-end", f"title: cut {text[cut:]!r} ({why})", (span[0] + cut, span[1]))
            text = text[:cut].rstrip()
            span = (span[0], min(span[1], span[0] + len(text)))
    joined = _broken_colon(text, page)
    if joined != text:
        page.note("title-end", "title: a colon after a function word is no subtitle's mark",
                  span)  # fmt: skip
    return joined, span
