"""The runs of letters of a page's text, read once for the two readers that need them all:
the page's kind cues (:mod:`comet.page.kinds`) and its key (:meth:`_Page.text_key`)."""

from __future__ import annotations

import re

__all__ = ["folded_key", "letter_runs"]

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
    runs = _LETTER_RUN.findall(text)
    _last = (text, runs)
    return runs


def folded_key(text: str) -> str:
    """``" ".join(re.findall(r"[^\\W\\d_]+", text.casefold()))``: the case-folded words of
    ``text``. Where no character of ``text`` folds into another class, the folded runs are
    the runs folded (:func:`letter_runs`, read once for the page's kind cues too)."""
    if _FOLD_UNSAFE.search(text) is None:
        return " ".join(letter_runs(text)).casefold()
    return " ".join(_LETTER_RUN.findall(text.casefold()))
