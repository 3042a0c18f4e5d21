"""Locators in free text: :func:`find_locators` (``find_locator``: its deprecated alias)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from comet._deprecated import alias
from comet._windows import merge_windows
from comet.locales import LocaleRules, Locales, resolve
from comet.locators import tuning
from comet.locators._items import _Acc, _collect_items, _Item
from comet.locators._tokens import _label_firsts, _Tok, _tokenize, ascii_digits
from comet.locators._walk import _walk, roman_opens
from comet.locators.locator import _build
from comet.locators.records import Locator
from comet.records import Match, check_text

#: Longest text :func:`find_locators` scans (reasons: :mod:`comet.locators.tuning`).
FIND_MAX_LENGTH = tuning.FIND_MAX_LENGTH


_BREAK_KINDS = frozenset({"word", "skip", "other", "quote"})


def find_locators(text: str, *, locales: Locales = None) -> Iterator[Match[Locator]]:
    """Every locator-shaped run in ``text``, in order (``Match(value, start, end, raw)``).

    A run is a stretch of numbers, locator words, dates and punctuation between
    other words; it is yielded when it holds a labelled part, a page range, a
    ``V(I)`` or ``V:P`` pair or two numbers — a lone number or year is not a
    locator.  DOIs and URLs are skipped.  References end with their locator, so
    the last match of a reference string is usually the one wanted::

        … Public Management Review, 21(4), 606–627.10.1080/14719037.2018.1508608

    Texts longer than :data:`FIND_MAX_LENGTH` raise ``ParseError`` (``too-long``).

    >>> [(m.value.volume, m.value.issue) for m in find_locators("Statsvetenskaplig tidskrift 118 (3).")]
    [('118', '3')]
    """
    check_text(text, max_length=FIND_MAX_LENGTH)
    rules = resolve(locales)
    read = ascii_digits(text)  # (another script's digits read as ASCII's; raw kept)
    for lo, hi in _locator_windows(read, rules):
        yield from _find_in(read, _tokenize(read, rules, lo, hi), rules, text)


#: Deprecated alias of :func:`find_locators` (``DeprecationWarning``; removed in the next release).
find_locator = alias(find_locators, "find_locator")


_WINDOW = tuning.WINDOW
_DIGITS = re.compile(r"\d++")
_WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]++")
# a letter that may start a label glued to the word before it (``bookVolume``: see
# _glued_label), a superset: anything but a lower-case Latin letter after a letter
_GLUED_START = re.compile(r"(?<=[^\W\d_])[^\W\d_a-zß-öø-ÿ]")


def _locator_windows(text: str, locales: tuple[LocaleRules, ...]) -> list[tuple[int, int]]:
    """Merged ``(lo, hi)`` spans around every number and locator word, cut at spaces."""
    n = len(text)
    hints = [m.span() for m in _DIGITS.finditer(text)]
    if len(hints) * _WINDOW >= n:
        return [(0, n)]  # numbers everywhere: one window
    firsts = _label_firsts(locales)
    if firsts:
        hints += [m.span() for m in _WORD_START.finditer(text) if m.group().casefold() in firsts]
        hints += [m.span() for m in _GLUED_START.finditer(text)]
        hints.sort()
    windows = merge_windows(hints, _WINDOW, _WINDOW, n)
    return [(_start_at_space(text, lo), _end_at_space(text, hi)) for lo, hi in windows]


def _start_at_space(text: str, lo: int) -> int:
    """``lo`` moved back to just after a whitespace character (at most ``_WINDOW``)."""
    if lo <= 0:
        return 0
    for k in range(lo, max(0, lo - _WINDOW) - 1, -1):
        if text[k].isspace():
            return k + 1
    return lo


def _end_at_space(text: str, hi: int) -> int:
    """``hi`` moved forward to a whitespace character (at most ``_WINDOW``)."""
    n = len(text)
    if hi >= n:
        return n
    m = _SPACE_RE.search(text, hi, min(n, hi + _WINDOW))
    return m.start() if m is not None else hi


_SPACE_RE = re.compile(r"\s")


def _find_in(
    text: str, toks: list[_Tok], rules: tuple[LocaleRules, ...], original: str | None = None
) -> Iterator[Match[Locator]]:
    """The locators among ``toks`` (the tokens of one window of ``text``); ``original``:
    the text as given, where ``text`` writes its digits in ASCII (the matches' raw)."""
    acc0 = _Acc(text)
    items = _collect_items(text, toks, acc0, rules)
    early = sorted(acc0.diags, key=lambda d: d.span[0] if d.span else 0)
    starts = [d.span[0] if d.span else 0 for d in early]
    # split the items into runs at words and other breaking tokens
    runs: list[list[_Item]] = []
    cur: list[_Item] = []
    last_tok = -1
    for idx, it in enumerate(items):
        broken = it.kind == "word" or any(
            toks[k].kind in _BREAK_KINDS and not toks[k].used for k in range(last_tok + 1, it.first)
        )
        if it.kind == "word" and roman_opens(toks, items, idx):
            if cur:  # 'Analecta XXI, 2, 1998, págs. 33-50': a roman volume opens a run
                runs.append(cur)
            cur = [it]
            last_tok = it.last
            continue
        if it.kind == "word":
            if cur:
                runs.append(cur)
            cur = []
            last_tok = it.last
            continue
        if broken and cur:
            runs.append(cur)
            cur = []
        cur.append(it)
        last_tok = it.last
    if cur:
        runs.append(cur)
    for run_items in runs:
        start, end = run_items[0].start, run_items[-1].end
        lo, hi = run_items[0].first, run_items[-1].last
        depth = sum((t.kind == "open") - (t.kind == "close") for t in toks[lo : hi + 1])
        if depth > 0 and hi + 1 < len(toks) and toks[hi + 1].kind == "close":
            end = toks[hi + 1].end  # "40 (7)": keep the closing bracket
        acc = _Acc(text)
        lo_d, hi_d = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        acc.diags = early[lo_d:hi_d]
        _walk(text, toks, run_items, acc)
        if not acc.strong:
            continue
        raw = (text if original is None else original)[start:end]
        value = _build(text, acc, raw, (start, end))
        if value is None:
            continue
        yield Match(value, start, end, raw)
