"""The runs of letters of a page's text, read once for the two readers that need them all:
the page's kind cues (:mod:`comet.page.kinds`) and its key (:meth:`_Page.text_key`)."""

from __future__ import annotations

import functools
import re

__all__ = ["folded_key", "letter_runs", "runs_of"]

#: a run of word characters other than digits and ``_``
_LETTER_RUN = re.compile(r"[^\W\d_]+")
#: a character whose case folding may give characters of another class than its own (a
#: letter and a combining mark: ``İ`` → ``i̇``, ``ǰ``): outside the Latin, Cyrillic, CJK and
#: Hangul blocks, the general punctuation, the currency signs and the full-width forms, or one
#: of the two letters inside them that does (tests/test_speed_equivalence24.py checks every one)
_FOLD_UNSAFE = re.compile(
    "[^\x00-\u012f\u0131-\u01ef\u01f1-\u024f\u0400-\u052f\u2000-\u206f\u20a0-\u20cf"
    "\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]"
)  # (one class, 'İ' and 'ǰ' cut out of its ranges: the regex engine scans for it in C)

#: the last text read (the same ``str`` object) and its runs
_last: tuple[str, list[str]] = ("", [])


def letter_runs(text: str) -> list[str]:
    """``[^\\W\\d_]+`` found in ``text`` (the list is shared: read it, never change it). The
    readers of one page ask for the same text object: its runs are found once."""
    global _last
    last = _last
    if text is last[0]:
        return last[1]
    runs = runs_of(text)
    _last = (text, runs)
    return runs


def runs_of(text: str) -> list[str]:
    """``[^\\W\\d_]+`` found in ``text`` (a new list). A text of the Basic Multilingual
    Plane (most) has the same runs found by a class of its letters listed: one bitmap
    look-up a character instead of three tests of its category."""
    return (_LETTER_RUN if _ASTRAL.search(text) else _bmp_letter_run()).findall(text)


#: a character beyond the Basic Multilingual Plane
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _bmp_letter_run() -> re.Pattern[str]:
    """:data:`_LETTER_RUN` for a text of the Basic Multilingual Plane: its letters (as
    ``[^\\W\\d_]`` reads them) listed as ranges, built once from the plane itself."""
    plane = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    ranges = "".join(
        f"{re.escape(m.group()[0])}-{re.escape(m.group()[-1])}" for m in _LETTER_RUN.finditer(plane)
    )
    return re.compile(f"[{ranges}]+")


def folded_key(text: str) -> str:
    """``" ".join(re.findall(r"[^\\W\\d_]+", text.casefold()))``: the case-folded words of
    ``text``. Where no character of ``text`` folds into another class, the folded runs are
    the runs folded (:func:`letter_runs`, read once for the page's kind cues too)."""
    if _FOLD_UNSAFE.search(text) is None:
        return " ".join(letter_runs(text)).casefold()
    return " ".join(runs_of(text.casefold()))
