"""Shared record machinery: :class:`Parsed`, :class:`Match` and JSON output.

Every comet record is a frozen, slotted ``attrs`` class.  Records that came
from text keep that text in ``raw`` and their :class:`~comet.Diagnostic` trail
in ``diagnostics``; both are excluded from equality, so
``parse(messy) == parse(canonical)``.

The strict/lenient contract, documented once (``docs/contract.md``):

* ``parse_x(text)`` (strict, the default) returns the record or raises
  :class:`~comet.ParseError`.
* ``parse_x(text, strict=False)`` never raises for bad text; it returns a
  :class:`Parsed` whose ``value`` is the record or ``None`` and whose
  ``diagnostics`` say what was done, and on failure ``error`` holds the
  :class:`~comet.ParseError` strict mode would have raised.
* A non-``str`` argument raises :class:`TypeError` in both modes.

>>> p = Parsed(value=None, input="x", error=ParseError("nothing", code="not-found", input="x"))
>>> p.ok
False
>>> p.unwrap()
Traceback (most recent call last):
...
comet.errors.ParseError: not-found: nothing at 0-1: 'x'
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs

from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode, ParseError

__all__ = ["MAX_PAGE_LENGTH", "Match", "Parsed", "check_text", "to_jsonable", "too_long"]

#: Longest text the page-level parsers and scanners read (characters): a scraped page,
#: a keyword section.  ``comet.page.parse_record``, ``comet.find_dates``,
#: ``comet.find_locators`` and ``comet.find_keyword_blocks`` raise
#: ``ParseError(too-long)`` above it at once.  256 KiB is 15 times the longest page in
#: the test data; it bounds one call to about a second even on the densest junk (a
#: date, a number or a keyword line every few characters).
MAX_PAGE_LENGTH = 262_144

T = TypeVar("T")


def to_jsonable(value: Any) -> Any:
    """Turn records, enums, tuples and diagnostics into JSON-ready data.

    Records are dicts of their fields (``raw`` included), enums their value,
    tuples lists.  ``None`` fields are kept so the shape is stable.
    """
    if value is None or isinstance(value, bool | int | float | str):
        if isinstance(value, enum.Enum):
            return value.value
        return value
    if isinstance(value, enum.Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and attrs.has(type(value)):
        return to_dict()
    if attrs.has(type(value)):
        return {a.name: to_jsonable(getattr(value, a.name)) for a in attrs.fields(type(value))}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [to_jsonable(v) for v in value]
    return str(value)


class RecordMixin:
    """``to_dict()`` and ``to_json()`` for attrs records (mixed in, no state)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready ``dict`` of every field (nested records included)."""
        fields = attrs.fields(type(self))  # type: ignore[arg-type]
        return {a.name: to_jsonable(getattr(self, a.name)) for a in fields}

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict())``; keyword arguments go to ``json.dumps``."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)


@attrs.frozen
class Parsed(Generic[T]):
    """The lenient result of a parser: a value or ``None``, plus diagnostics."""

    value: T | None
    diagnostics: tuple[Diagnostic, ...] = ()
    input: str = ""
    error: ParseError | None = attrs.field(default=None, eq=False)

    @property
    def ok(self) -> bool:
        """``True`` when a value was produced."""
        return self.value is not None

    def unwrap(self) -> T:
        """The value, or raise the :class:`ParseError` (strict mode is exactly this)."""
        if self.value is None:
            if self.error is not None:
                raise self.error
            raise ParseError("no value", code=ErrorCode.NOT_FOUND, input=self.input)
        return self.value

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: value, diagnostics and error (code, message, span)."""
        err = None
        if self.error is not None:
            err = {
                "code": self.error.code.value,
                "message": self.error.message,
                "span": list(self.error.span),
            }
        return {
            "value": to_jsonable(self.value),
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "error": err,
        }


@attrs.frozen
class Match(Generic[T]):
    """One hit of a ``find_*`` function: the value and where it stands in the text."""

    value: T
    start: int
    end: int
    raw: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {"value": to_jsonable(self.value), "span": [self.start, self.end], "raw": self.raw}


def check_text(text: object, *, max_length: int | None = None, name: str = "text") -> str:
    """Enforce the input contract shared by every parser.

    Raises :class:`TypeError` for a non-``str`` and :class:`ParseError`
    (``too-long``) for a text longer than ``max_length``, *without* scanning it.
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} must be str, not {type(text).__name__}")
    if max_length is not None and len(text) > max_length:
        raise too_long(text, max_length)
    return text


def too_long(text: str, max_length: int) -> ParseError:
    """The ``too-long`` error of a text over ``max_length`` characters (spanning the excess).

    The one too-long check: :func:`check_text` raises it, :func:`run` returns it in a
    failed :class:`Parsed`.
    """
    return ParseError(
        f"input of {len(text)} characters is longer than the maximum of {max_length}",
        code=ErrorCode.TOO_LONG,
        input=text,
        start=max_length,
        end=len(text),
    )


def fail(
    text: str,
    message: str,
    code: ErrorCode | str,
    start: int = 0,
    end: int | None = None,
    diagnostics: tuple[Diagnostic, ...] = (),
) -> Parsed[Any]:
    """A failed :class:`Parsed` carrying the error strict mode will raise."""
    err = ParseError(message, code=code, input=text, start=start, end=end)
    diag = Diagnostic(err.code.value, message, err.span, "error")
    return Parsed(None, (*diagnostics, diag), text, err)


def run(
    impl: Callable[[str], Parsed[T]],
    text: object,
    strict: bool,
    *,
    max_length: int | None = None,
) -> Any:
    """Run a private ``_parse`` under the contract: type check, length cap, strict/lenient.

    ``impl`` only ever sees a ``str`` no longer than ``max_length``; a too-long
    input fails at once (raised in strict mode, a failed :class:`Parsed` otherwise).
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    if max_length is not None and len(text) > max_length:
        err = too_long(text, max_length)
        result: Parsed[T] = fail(text, err.message, err.code, err.start, err.end)
    else:
        result = impl(text)
    if strict:
        return result.unwrap()
    return result
