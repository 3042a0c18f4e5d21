"""A footnote's number glued to a title's last word: ``… construção da notícia1``, ``… MARINA
AVOKOA1``, ``… in the Fens²``. A document's first page (a paper, a chapter) puts a note's
number after its title (presented at, funded by, a translation's source), and text taken
from a PDF or from a journal platform's page loses the superscript: the digit ends up glued
to the word. The digit is no part of the title where the page proves it a note's number:

* the last word is letters alone (:data:`WORD_LETTERS` or more, no digit among them:
  ``H1N1``, ``MP3`` and ``Covid19`` keep their digits), then one digit from 1 to 9, plain
  or raised (a note's number under ten: a title's is among a page's first notes);
* the title holds :data:`TITLE_WORDS` words or more;
* a line under the title's line is that note: its number alone (``1`` over the note's
  text, as a PDF's text prints it), or its number, a space and the note's first word
  (``1 Trabalho apresentado …``, a journal platform's list of notes ``• 1 Les …``); the
  note's text (the rest of that line, or the line under a number alone) a sentence:
  longer than a heading (:data:`comet.page.article_parts.HEADING_CHARS`) or closed by a
  sentence's stop. A numbered section's heading (``5 Conclusion``, ``5`` / ``Conclusion``)
  is no note, and a name's own digit stays (``… Recordings with YOLOv5`` over ``5
  Conclusion``).

Pure: the title, the index of its line and the page in, where the number starts out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from comet.page.article_parts import HEADING_CHARS
from comet.page.evidence import _Page
from comet.page.lines import Line

__all__ = ["note_number"]

#: letters of the word the number is glued to at least, and words of the title at least
WORD_LETTERS = 3
TITLE_WORDS = 3
#: lines under the title's line searched for the note (a page's notes close its text)
NOTE_LINES = 400

#: raised digits, read as the digits they raise
_RAISED = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")
#: a word of letters (a closing quote or a sentence's sign after it) glued to one digit
_GLUED = re.compile(r"(?<![\w])[^\W\d_]+[.?!»”\"’]?(?P<num>[1-9¹²³⁴⁵⁶⁷⁸⁹])$")
#: bullets and spaces a list of notes puts before a note's number
_BULLETS = " \t•·‣◦▪–-"


def _note_line(text: str, number: str) -> bool:
    """``text`` is the note of ``number``: the number alone, or the number, a space and a
    word of letters (``1 Trabalho …``, ``• 1 Les …``), never the number followed by a digit
    or a sign (``1.2 Methods``, ``10 …``)."""
    t = text.lstrip(_BULLETS)
    if not t.startswith(number):
        return False
    rest = t[len(number) :]
    if not rest.strip():
        return True
    return rest[:1].isspace() and rest.lstrip()[:1].isalpha()


def _note_text(lines: Sequence[Line], i: int, number: str) -> str:
    """The text of the note line ``lines[i]`` opens (:func:`_note_line`): the rest of the
    line after its number, or the next line where the number stands alone."""
    rest = lines[i].text.lstrip(_BULLETS)[len(number) :].strip()
    if rest or i + 1 >= len(lines):
        return rest
    return lines[i + 1].text.strip()


#: what closes a sentence (a heading has no stop)
_STOPS = (".", "!", "?", "…")


def _sentence(text: str) -> bool:
    """``text`` is a note's sentence, no section's heading: longer than a heading, or
    closed by a sentence's stop (``Translated from the Dutch.``)."""
    return len(text) > HEADING_CHARS or text.endswith(_STOPS)


def note_number(value: str, line: int | None, page: _Page) -> int | None:
    """Where a note's number glued to the title's last word starts in ``value`` (the title
    printed on line ``line`` of the page), else ``None`` (see the module)."""
    m = _GLUED.search(value)
    if m is None or line is None:
        return None
    head = value[: m.start("num")]
    if len(head.split()) < TITLE_WORDS:
        return None
    letters = sum(ch.isalpha() for ch in m.group()[:-1])
    if letters < WORD_LETTERS:
        return None
    number = m.group("num").translate(_RAISED)
    lines = page.layout.lines
    for i in range(line + 1, min(len(lines), line + 1 + NOTE_LINES)):
        if _note_line(lines[i].text, number) and _sentence(_note_text(lines, i, number)):
            return m.start("num")  # (a note's text, no numbered section's heading)
    return None
