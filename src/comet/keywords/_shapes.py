"""Line shapes: bullets, separators, prose, references, numbers, tag lines and term shapes."""

from __future__ import annotations

import functools
import re

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.keywords.tuning import (
    LABEL_CHARS,
    LABEL_WORDS,
    MAX_TERM_WORDS,
    NUMERIC_DIGITS,
    PROSE_PIECE_WORDS,
    RUNNING_WORDS,
    SENTENCE_PIECE_WORDS,
    SENTENCE_WORDS,
)
from comet.locales import fold

# (``\r\n|[…]`` written to open with a class: a pattern that does is scanned for it in C)
_NEWLINE = re.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029](?:(?<=\r)\n)?")
_STRIP = " \t\u00a0\u200b\u200c\u200d\ufeff\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: a bullet at the start of a line; '-', '*', '–', '—' need a space after them
_BULLET = re.compile(
    r"[ \t\u00a0]*+(?:[•‧∙▪▫◦‣▸►○●■□◆◇·](?=[ \t\u00a0]*+\S)|[-*–—](?=[ \t\u00a0]++\S))[ \t\u00a0]*+"
)
_SEPARATOR_ONLY = re.compile(r"[,;，；、،؛|·•]")
_TAG_LINE = re.compile(r"[a-z]{2}(?:-[A-Z]{2})?")
_TAG_SHAPE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,4}")
_REFERENCE = re.compile(
    rf"\({CITATION_YEAR_PATTERN}[a-z]?\)"
    r"|\b10\.\d{4,9}/"
    r"|https?://|\bwww\."
    r"|©|\(c\)[ \t]?\d{4}"
    r"|[\w.+-]@[\w-]+\.\w"
    r"|\w\.(?:pdf|docx?|odt|rtf|zip|xlsx?|pptx?|html?|xml|txt|epub)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?][\"”’)]?[ \t\u00a0]+[A-ZÀ-ÖØ-Þ]")
#: separators of a keyword list: punctuation, or a middle dot, slash or dash with spaces on
#: both sides (``A · B``, ``A / B``, ``A – B``; ``input/output`` and ``COVID-19`` stay whole)
_SPLIT = re.compile(r"[,;，；、،؛|•▪◦‣]|[ \t\u00a0][·/–—][ \t\u00a0]")


def _words(s: str) -> int:
    return len(s.split())


def _is_prose(s: str) -> bool:
    """A line of running text, not a list item or a list of short items."""
    pieces = _SPLIT.split(s)
    longest = max(_words(p) for p in pieces)
    if longest > PROSE_PIECE_WORDS:
        return True
    total = _words(s)
    if (
        s.rstrip('"”’)').endswith((".", "!", "?", "…"))
        and total >= SENTENCE_WORDS
        and longest >= SENTENCE_PIECE_WORDS
    ):
        return True
    return bool(_SENTENCE.search(s)) and total >= RUNNING_WORDS and longest >= SENTENCE_PIECE_WORDS


def _is_numeric(s: str) -> bool:
    digits = sum(map(str.isdigit, s))
    letters = sum(map(str.isalpha, s))
    return digits >= NUMERIC_DIGITS and digits > letters


def _label_value(s: str) -> bool:
    """``Label: value`` with a short label (``Rights: Copyright …``, ``ePublished: 3 March``)."""
    i = s.find(":")
    j = s.find("：")
    if i < 0 or (0 <= j < i):
        i = j
    if not 0 < i <= LABEL_CHARS:
        return False
    head, value = s[:i].strip(), s[i + 1 :].strip()
    return bool(head) and bool(value) and head[0].isalpha() and _words(head) <= LABEL_WORDS


@functools.lru_cache(maxsize=4096)
def _stop_reason(s: str, stop: frozenset[str], *, label_value: bool = True) -> str | None:
    """Why the (stripped) line ``s`` cannot belong to a keyword list, or ``None``."""
    f = fold(s).rstrip(":：").strip()
    if f in stop:
        return "label"
    if _REFERENCE.search(s):
        return "reference"
    if _is_numeric(s):
        return "numeric"
    if _is_prose(s):
        return "prose"
    if label_value and _label_value(s):
        return "label-value"
    return None


def _term_shape(s: str, stop: frozenset[str]) -> tuple[int, int] | None:
    """``(colon, definition start)`` offsets in ``s`` when it reads ``Term: definition``."""
    i = -1
    for n, c in enumerate(s[:81]):
        if c in ":：":
            i = n
            break
    if i <= 0:
        return None
    term = s[:i].strip()
    rest = s[i + 1 :]
    dstart = i + 1 + (len(rest) - len(rest.lstrip()))
    if not term or not rest.strip() or not any(c.isalpha() for c in term):
        return None
    if _words(term) > MAX_TERM_WORDS or term.endswith((".", "!", "?")) or _REFERENCE.search(term):
        return None
    if fold(term) in stop:
        return None
    return (i, dstart)
