"""A count of volumes in a locator string (``4 volumes, 1255 f°``, ``2 Bde.``, ``3 tomos``):
a book's extent, whose number is no volume; read past before the labels are bound."""

from __future__ import annotations

import functools

from comet.diagnostics import Diagnostic
from comet.locales import LocaleRules, fold, terms_of
from comet.locators._tokens import _LABEL_SKIP, _diag, _Tok

#: digits of a count of volumes at most (a year before ``vol.`` is none)
VOLUME_COUNT_DIGITS = 3


@functools.cache
def _count_words(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The words naming several volumes after their count (``[words].volume_counts``),
    folded, without a final stop."""
    return frozenset(fold(t).rstrip(".") for t in terms_of("words", locales, "volume_counts"))


def _value_after(toks: list[_Tok], i: int) -> bool:
    """A number right after the word ``toks[i]`` (past a label's marks): the word is a
    label before its value (``2019 vol. 12``), no count's word."""
    j = i + 1
    while j < len(toks) and toks[j].kind == "punct" and toks[j].text in _LABEL_SKIP:
        j += 1
    return j < len(toks) and toks[j].kind == "num"


def skip_volume_counts(
    text: str, toks: list[_Tok], diags: list[Diagnostic], locales: tuple[LocaleRules, ...]
) -> bool:
    """Turn a number and the word of several volumes after it (``4 volumes``) into skipped
    text: the count of a work's volumes, never its volume (nor a page); ``True`` when one
    was read (the string is then an extent: ``4 volumes, 1255 f°``)."""
    words = _count_words(locales)
    found = False
    for i in range(len(toks) - 1):
        num, word = toks[i], toks[i + 1]
        if num.kind != "num" or num.used or word.kind not in ("word", "label"):
            continue
        if not num.text.isdecimal() or len(num.text) > VOLUME_COUNT_DIGITS:
            continue
        if not text[num.end : word.start].isspace() or fold(word.text).rstrip(".") not in words:
            continue
        if _value_after(toks, i + 1):
            continue
        num.kind = word.kind = "skip"
        found = True
        diags.append(
            _diag(
                "locator-volume-count",
                f"{text[num.start : word.end]!r} counts volumes: no volume",
                num.start,
                word.end,
            )
        )
    return found
