"""The one error contract every comet parser follows.

Every public parser either returns a typed value or raises :class:`ParseError`
(in strict mode).  A :class:`ParseError` is a :class:`ValueError` that carries
the offending input, the span ``(start, end)`` where the problem lies and a
machine-readable :class:`ErrorCode`.

>>> err = ParseError("no DOI found", code=ErrorCode.NOT_FOUND, input="hello", start=0, end=5)
>>> err.code
<ErrorCode.NOT_FOUND: 'not-found'>
>>> str(err)
"not-found: no DOI found at 0-5: 'hello'"
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ErrorCode",
    "LocaleDataError",
    "ParseError",
    "UnknownLocaleError",
]

#: How many characters of context ``str(ParseError)`` shows around the span.
_CONTEXT = 40
#: Characters shown from each end of a long span in ``str(ParseError)``.
_EXCERPT_HALF = 60


class ErrorCode(StrEnum):
    """Stable, machine-readable reasons a parse failed (see ``docs/errors.md``)."""

    #: The text does not have the shape of the thing asked for.
    INVALID_FORMAT = "invalid-format"
    #: The shape is right but a check digit does not match.
    INVALID_CHECKSUM = "invalid-checksum"
    #: Too few or too many digits/characters for the scheme.
    INVALID_LENGTH = "invalid-length"
    #: Nothing of the kind was found in the text.
    NOT_FOUND = "not-found"
    #: Several readings are equally good and the caller asked for strictness.
    AMBIGUOUS = "ambiguous"
    #: A value is outside its allowed range (month 13, end before start).
    OUT_OF_RANGE = "out-of-range"
    #: The input is longer than the parser's documented maximum.
    TOO_LONG = "too-long"
    #: The input is empty or only whitespace.
    EMPTY = "empty"


class ParseError(ValueError):
    """A parser could not produce a value from its input.

    Attributes:
        code: the :class:`ErrorCode`.
        message: a human-readable explanation (not stable: test ``code``).
        input: the full text that was given to the parser.
        start, end: the span of ``input`` the error points at.
    """

    __slots__ = ("code", "end", "input", "message", "start")

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode | str = ErrorCode.INVALID_FORMAT,
        input: str = "",
        start: int = 0,
        end: int | None = None,
    ) -> None:
        self.message = message
        self.code = ErrorCode(code)
        self.input = input
        self.start = max(0, start)
        self.end = len(input) if end is None else max(self.start, end)
        super().__init__(message)

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` of the offending part of :attr:`input`."""
        return (self.start, self.end)

    def __str__(self) -> str:
        """``code: message at start-end: 'excerpt'`` (the excerpt is at most ~120 characters)."""
        lo = max(0, self.start - _CONTEXT)
        hi = min(len(self.input), self.end + _CONTEXT)
        if hi - lo > 2 * _EXCERPT_HALF:  # a long span: its start and its end, not megabytes
            head, tail = self.input[lo : lo + _EXCERPT_HALF], self.input[hi - _EXCERPT_HALF : hi]
            excerpt = f"{head}…{tail}"
        else:
            excerpt = self.input[lo:hi]
        if lo > 0:
            excerpt = "…" + excerpt
        if hi < len(self.input):
            excerpt = excerpt + "…"
        return f"{self.code.value}: {self.message} at {self.start}-{self.end}: {excerpt!r}"

    def __reduce__(self) -> tuple[object, ...]:  # picklable across processes
        return (_rebuild, (self.message, self.code.value, self.input, self.start, self.end))


def _rebuild(message: str, code: str, input: str, start: int, end: int) -> ParseError:
    return ParseError(message, code=code, input=input, start=start, end=end)


class LocaleDataError(ValueError):
    """A locale rule file is malformed.

    ``path`` names the file and ``key`` the dotted key that is wrong, e.g.
    ``da.toml [months].may: expected a list of strings``.
    """

    def __init__(self, path: str, key: str, message: str) -> None:
        self.path = path
        self.key = key
        self.message = message
        super().__init__(f"{path} {key}: {message}")


class UnknownLocaleError(LookupError):
    """No registered locale matches ``tag``."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        super().__init__(f"unknown locale: {tag!r}")
