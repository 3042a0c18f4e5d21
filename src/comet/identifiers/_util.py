"""Helpers shared by the identifier modules (check digits, fast diagnostics).

>>> issn_check_char("2353377")
'3'
>>> isbn10_check_char("071670344")
'0'
>>> isbn13_check_char("978071670344")
'0'
>>> mod11_2_check_char("000000021825009")
'7'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from comet.diagnostics import Diagnostic, Severity
from comet.errors import ParseError
from comet.identifiers import tuning
from comet.records import Parsed, run

T = TypeVar("T")

__all__ = [
    "DIGITS",
    "HYPHENS",
    "SPACES",
    "diag",
    "edges",
    "isbn10_check_char",
    "isbn13_check_char",
    "issn_check_char",
    "memo_parse",
    "mod11_2_check_char",
    "shape",
    "spaced",
    "span_start",
]

#: Hyphen-like characters accepted between digit groups (ASCII hyphen-minus, Unicode
#: hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, hyphen
#: bullet, minus sign, small and full-width hyphen-minus).
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d"

#: Space-like characters accepted between digit groups, as a regex class body: space,
#: tab, no-break space, the typographic spaces U+2000-U+200A (figure, thin, hair …),
#: zero-width space and joiners, narrow no-break space, medium mathematical space,
#: word joiner, ideographic space, byte-order mark.
SPACES = " \t\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff"


def spaced(pattern: str) -> str:
    """``pattern`` with every ``[ \\t]`` (space or tab) widened to :data:`SPACES`.

    >>> import re
    >>> bool(re.fullmatch(spaced(r"a[ \\t]b"), "a\u202fb"))
    True
    """
    return pattern.replace("[ \\t]", "[" + SPACES + "]")


DIGITS = frozenset("0123456789")

INFO = Severity.INFO
WARNING = Severity.WARNING

_new = object.__new__
_set = object.__setattr__


def _build(code: str, message: str, start: int, end: int, severity: Severity) -> Diagnostic:
    d = _new(Diagnostic)
    _set(d, "code", code)
    _set(d, "message", message)
    _set(d, "span", (start, end))
    _set(d, "severity", severity)
    return d


# Diagnostics are immutable, and a field parser emits the same few over and over
# ("removed-label" at 0-4, ...): near the start of a text they are shared.
_CACHE: dict[tuple[str, str, int, int, Severity], Diagnostic] = {}
_CACHE_MAX = tuning.CACHE_MAX  # the reasons: comet.identifiers.tuning
_CACHE_SPAN = tuning.CACHE_SPAN


def diag(code: str, message: str, start: int, end: int, severity: Severity = INFO) -> Diagnostic:
    """A :class:`Diagnostic`, equal to ``Diagnostic(code, message, (start, end), severity)``.

    The identifier parsers sit on hot paths (millions of reference strings), so the
    object is built without re-running ``Diagnostic``'s converters (``span`` is already
    an ``(int, int)`` tuple and ``severity`` a :class:`Severity`), and the ones that
    start near the beginning of a text are shared (a test checks both).
    """
    if end >= _CACHE_SPAN:
        return _build(code, message, start, end, severity)
    key = (code, message, start, end, severity)
    d = _CACHE.get(key)
    if d is None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        d = _CACHE[key] = _build(code, message, start, end, severity)
    return d


def issn_check_char(first7: str) -> str:
    """ISSN check character (mod 11, weights 8..2; ``X`` for 10) of 7 digits."""
    total = 0
    weight = 8
    for ch in first7:
        total += (ord(ch) - 48) * weight
        weight -= 1
    check = (11 - total % 11) % 11
    return "X" if check == 10 else chr(48 + check)


def isbn10_check_char(first9: str) -> str:
    """ISBN-10 check character (mod 11, weights 10..2; ``X`` for 10) of 9 digits."""
    total = 0
    weight = 10
    for ch in first9:
        total += (ord(ch) - 48) * weight
        weight -= 1
    check = (11 - total % 11) % 11
    return "X" if check == 10 else chr(48 + check)


def isbn13_check_char(first12: str) -> str:
    """ISBN-13 (EAN-13) check digit (mod 10, weights 1,3,1,3…) of 12 digits."""
    total = 0
    for i, ch in enumerate(first12):
        total += (ord(ch) - 48) * (3 if i & 1 else 1)
    return chr(48 + (10 - total % 10) % 10)


def mod11_2_check_char(first15: str) -> str:
    """ISO 7064 MOD 11-2 check character (``X`` for 10), as ORCID uses it."""
    total = 0
    for ch in first15:
        total = (total + ord(ch) - 48) * 2
    check = (12 - total % 11) % 11
    return "X" if check == 10 else chr(48 + check)


def edges(text: str, start: int, end: int, what: str, diags: list[Diagnostic]) -> None:
    """Diagnostics for the text around an identifier at ``text[start:end]``.

    Whitespace is ``removed-whitespace`` (info), punctuation only is
    ``removed-punctuation`` (info), anything else ``ignored-text`` (warning).
    """
    if start > 0:
        diags.append(_edge(text[:start], 0, start, "leading", what))
    if end < len(text):
        diags.append(_edge(text[end:], end, len(text), "trailing", what))


def _edge(part: str, lo: int, hi: int, side: str, what: str) -> Diagnostic:
    stripped = part.strip()
    if not stripped:
        return diag("removed-whitespace", "removed surrounding whitespace", lo, hi)
    if not any(c.isalnum() for c in stripped):
        return diag("removed-punctuation", f"removed punctuation around the {what}", lo, hi)
    where = "before" if side == "leading" else "after"
    return diag("ignored-text", f"ignored text {where} the {what}", lo, hi, WARNING)


def shape(pattern: str, what: str) -> Callable[[object, Any, str], None]:
    """An attrs validator: the field must match ``pattern`` (records check their shape only;
    check digits are the parsers' business)."""
    compiled = re.compile(pattern)

    def check(_inst: object, attr: Any, value: str) -> None:
        if not isinstance(value, str) or compiled.fullmatch(value) is None:
            raise ValueError(f"{attr.name} must be {what}, got {value!r}")

    return check


def span_start(d: Diagnostic) -> int:
    """Sort key: where a diagnostic's span starts (``0`` without a span)."""
    return d.span[0] if d.span is not None else 0


#: Inputs longer than this are not memoised.
MEMO_TEXT = tuning.MEMO_TEXT
#: Entries per parser before its memo is emptied.
MEMO_SIZE = tuning.MEMO_SIZE


def memo_parse(
    memo: dict[str, Parsed[T]],
    impl: Callable[[str], Parsed[T]],
    text: object,
    strict: bool,
    max_length: int,
) -> Any:
    """:func:`comet.records.run`, remembering results by input text.

    Catalogue data repeats identifiers (every record of a journal has its ISSN), and
    records, diagnostics and :class:`Parsed` are immutable, so a repeated input is
    answered from ``memo`` (bounded: emptied when full; only inputs up to
    :data:`MEMO_TEXT` characters).  Strict mode is the lenient result unwrapped, as in
    ``run``; a failure raises a fresh copy of the kept :class:`~comet.ParseError`, so a
    kept exception is never raised (its traceback would grow with every raise).
    """
    result: Parsed[T] | None = memo.get(text) if type(text) is str else None
    if result is None:
        result = run(impl, text, False, max_length=max_length)
        if len(result.input) <= MEMO_TEXT:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[result.input] = result
    if not strict:
        return result
    if result.value is not None:
        return result.value
    err = result.error
    if err is None:  # pragma: no cover - fail() always sets it
        return result.unwrap()
    raise ParseError(err.message, code=err.code, input=err.input, start=err.start, end=err.end)
