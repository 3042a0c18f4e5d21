"""ORCID iD (Open Researcher and Contributor ID).

Sixteen characters in four groups, ``0000-0002-1825-0097``; the last is an
ISO 7064 MOD 11-2 check character (``X`` for 10).  Bare or as a URL.

>>> str(parse("https://orcid.org/0000-0002-1825-0097"))
'0000-0002-1825-0097'
>>> parse("ORCID : 0000-0001-7905-8018").url
'https://orcid.org/0000-0001-7905-8018'
>>> is_valid("0000-0002-1825-0098")
False

``parse`` accepts at most :data:`MAX_LENGTH` characters; ``find`` scans text of
any length in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, overload

import attrs

from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode
from comet.identifiers import tuning
from comet.identifiers._util import (
    HYPHENS,
    diag,
    edges,
    memo_parse,
    mod11_2_check_char,
    shape,
    span_start,
)
from comet.records import Match, Parsed, RecordMixin, fail

__all__ = ["MAX_LENGTH", "Orcid", "compact", "find", "format", "is_valid", "parse"]

#: Longest input :func:`parse` accepts.
MAX_LENGTH = tuning.MAX_LENGTH  # reasons: comet.identifiers.tuning

# successful parses by input text (see ``_util.memo_parse``)
_MEMO: dict[str, Parsed[Orcid]] = {}


@attrs.frozen
class Orcid(RecordMixin):
    """An ORCID iD, ``value`` in the canonical ``0000-0002-1825-0097`` form."""

    value: str = attrs.field(
        validator=shape(r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]", "0000-0000-0000-000X")
    )
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def url(self) -> str:
        """``https://orcid.org/`` + the iD."""
        return "https://orcid.org/" + self.value

    @property
    def compact(self) -> str:
        """The sixteen characters without hyphens."""
        return self.value.replace("-", "")

    def __str__(self) -> str:
        return self.value


_H = re.escape(HYPHENS)
_GROUPS = (
    rf"(?P<n>[0-9]{{4}}(?P<s>[{_H}]?)[0-9]{{4}}(?P=s)[0-9]{{4}}(?P=s)[0-9]{{3}}[0-9Xx])"
    rf"(?![0-9A-Za-z]|[{_H}][0-9])"
)
# a URL or label before the iD (optional)
_PREFIX = (
    r"(?P<pre>(?i:(?:https?://)?(?:www\.|sandbox\.)?orcid\.org/"
    r"|orcid(?:[ \t]?id)?[ \t]{0,2}[:#]?[ \t]{0,2}))?"
)
_FIND = re.compile(rf"(?<![0-9A-Za-z/]){_PREFIX}(?<![0-9]){_GROUPS}")
#: the digits of an iD, separators not checked: a text without them has no iD (a pre-check
#: much faster than :data:`_FIND`, which tries its optional prefix at every position)
#: (its first digit apart: a pattern opening with a class is scanned for it in C)
_ANY_DIGITS = re.compile(
    rf"[0-9][0-9]{{3}}[{_H}]?[0-9]{{4}}[{_H}]?[0-9]{{4}}[{_H}]?[0-9]{{3}}[0-9Xx]"
)
_LOOSE = re.compile(
    rf"{_PREFIX}(?<![0-9])(?P<n>[0-9]{{4}}(?:[ {_H}]?[0-9]{{4}}){{2}}[ {_H}]?[0-9]{{3}}[0-9Xx])"
    r"(?![0-9])"
)
_DIGIT_RUN = re.compile(rf"[0-9][0-9 {_H}Xx]{{4,40}}")


def _digits(raw: str) -> str:
    return "".join(c for c in raw if c.isdigit() or c in "Xx").upper()


def _canonical(digits: str) -> str:
    return f"{digits[0:4]}-{digits[4:8]}-{digits[8:12]}-{digits[12:16]}"


def _valid(digits: str) -> bool:
    return (
        len(digits) == 16
        and "X" not in digits[:15]
        and mod11_2_check_char(digits[:15]) == digits[15]
    )


def _record_diags(text: str, m: re.Match[str]) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    pre = m.group("pre")
    if pre:
        code = "removed-url" if "/" in pre else "removed-label"
        diags.append(diag(code, "removed the ORCID URL or label", m.start("pre"), m.end("pre")))
    raw = m.group("n")
    canonical = _canonical(_digits(raw))
    start, end = m.start("n"), m.end("n")
    if raw.endswith("x"):
        diags.append(diag("uppercased", "upper-cased the check character X", end - 1, end))
    if raw.upper() != canonical:
        diags.append(diag("normalized-separators", "wrote the iD in hyphenated groups", start, end))
    return diags


def find(text: str) -> Iterator[Match[Orcid]]:
    """Every valid ORCID iD in ``text`` (hyphenated, bare or in a URL), with its span.

    >>> [str(m.value) for m in find("ORCID : 0000-0001-7905-8018; https://orcid.org/0000-0002-1825-0097")]
    ['0000-0001-7905-8018', '0000-0002-1825-0097']
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    if not _ANY_DIGITS.search(text):
        return
    for m in _FIND.finditer(text):
        digits = _digits(m.group("n"))
        if not _valid(digits):
            continue
        start, end = m.start("n"), m.end("n")
        raw = text[start:end]
        rec = Orcid(_canonical(digits), raw, tuple(_record_diags(text, m)))
        yield Match(rec, start, end, raw)


def _parse(text: str) -> Parsed[Orcid]:
    if not text.strip():
        return fail(text, "empty input", ErrorCode.EMPTY, 0, len(text))
    cands = list(_LOOSE.finditer(text))
    if not cands:
        run_ = _DIGIT_RUN.search(text)
        if run_ is not None:
            n = len(_digits(run_.group()))
            if n != 16:
                return fail(
                    text, f"an ORCID iD has 16 characters, found {n}", ErrorCode.INVALID_LENGTH,
                    run_.start(), run_.end(),
                )  # fmt: skip
        if "orcid" in text.lower():
            return fail(text, "no ORCID iD after the label", ErrorCode.INVALID_FORMAT)
        return fail(text, "no ORCID iD found", ErrorCode.NOT_FOUND)
    valid = [m for m in cands if _valid(_digits(m.group("n")))]
    if not valid:
        m = cands[0]
        d = _digits(m.group("n"))
        return fail(
            text,
            f"check character of {_canonical(d)} should be {mod11_2_check_char(d[:15])}",
            ErrorCode.INVALID_CHECKSUM,
            m.start("n"),
            m.end("n"),
        )
    first = valid[0]
    value = _canonical(_digits(first.group("n")))
    for other in valid[1:]:
        if _canonical(_digits(other.group("n"))) != value:
            return fail(
                text, "several different ORCID iDs", ErrorCode.AMBIGUOUS, other.start(), other.end()
            )
    diags = _record_diags(text, first)
    edges(text, first.start(), first.end(), "ORCID iD", diags)
    diags.sort(key=span_start)
    result = tuple(diags)
    return Parsed(Orcid(value, text, result), result, text)


@overload
def parse(text: str, *, strict: Literal[True] = ...) -> Orcid: ...
@overload
def parse(text: str, *, strict: Literal[False]) -> Parsed[Orcid]: ...
def parse(text: str, *, strict: bool = True) -> Orcid | Parsed[Orcid]:
    """Read one ORCID iD (bare, ``ORCID:`` label or ``orcid.org`` URL) from ``text``.

    Errors: ``empty``, ``not-found``, ``invalid-format``, ``invalid-length``,
    ``invalid-checksum``, ``ambiguous``, ``too-long``.

    >>> parse("0000 0002 1825 0097").value
    '0000-0002-1825-0097'
    """
    return memo_parse(_MEMO, _parse, text, strict, MAX_LENGTH)  # type: ignore[no-any-return]


_PLAIN = frozenset(
    {"removed-label", "removed-url", "removed-whitespace", "normalized-separators", "uppercased"}
)


def is_valid(text: str) -> bool:
    """Whether ``text`` is one ORCID iD (URL, label and hyphenation aside) with a
    right check character."""
    if not isinstance(text, str) or len(text) > MAX_LENGTH:
        return False
    result = parse(text, strict=False)
    return result.value is not None and all(d.code in _PLAIN for d in result.diagnostics)


def compact(text: str | Orcid) -> str:
    """The sixteen characters (strict: raises ``ParseError``)."""
    return (text if isinstance(text, Orcid) else parse(text)).compact


def format(text: str | Orcid) -> str:
    """The canonical hyphenated iD (strict: raises ``ParseError``)."""
    return (text if isinstance(text, Orcid) else parse(text)).value
