"""ISSN (International Standard Serial Number, ISO 3297).

Eight characters ``NNNN-NNNC``; ``C`` is a mod-11 check character (``X`` for 10).
:func:`parse` reads labels (``ISSN``, ``eISSN``, ``e-ISSN``, ``pISSN``, ``ISSN
(online)``, ``Print ISSN``, ``ISSN-L``…), records the medium a label states, and
validates the check character.

>>> str(parse("eISSN 1799-4632"))
'1799-4632'
>>> parse("eISSN\\n1799-4632").medium
'electronic'
>>> parse("ISSN (Print)1072-4451").medium
'print'
>>> is_valid("1799-4633")
False
>>> [(str(m.value), m.value.medium) for m in find("ISSN 0036-8075 (print); 1095-9203 (web)")]
[('0036-8075', 'print'), ('1095-9203', 'electronic')]

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
from comet.identifiers._labels import qualifier_key
from comet.identifiers._util import (
    HYPHENS,
    SPACES,
    diag,
    edges,
    isbn13_check_char,
    issn_check_char,
    memo_parse,
    shape,
    spaced,
)
from comet.identifiers._util import span_start as _span_start
from comet.records import Match, Parsed, RecordMixin, fail

__all__ = [
    "MAX_LENGTH",
    "Issn",
    "Medium",
    "compact",
    "find",
    "format",
    "is_valid",
    "parse",
]

#: Longest input :func:`parse` accepts.
MAX_LENGTH = tuning.MAX_LENGTH  # reasons: comet.identifiers.tuning

# successful parses by input text (see ``_util.memo_parse``)
_MEMO: dict[str, Parsed[Issn]] = {}

Medium = Literal["print", "electronic"]


@attrs.frozen
class Issn(RecordMixin):
    """An ISSN, ``value`` in the canonical ``NNNN-NNNC`` form.

    ``medium`` is what a label said (``print``/``electronic``) or ``None``; like
    ``raw`` and ``diagnostics`` it is not part of equality: the number is the identity.
    """

    value: str = attrs.field(validator=shape(r"[0-9]{4}-[0-9]{3}[0-9X]", "NNNN-NNNC"))
    medium: Medium | None = attrs.field(default=None, eq=False)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def compact(self) -> str:
        """The eight characters without the hyphen."""
        return self.value[:4] + self.value[5:]

    def to_ean13(self, issue_code: str = "00") -> str:
        """The EAN-13 barcode number (``977`` + 7 digits + ``issue_code`` + check digit)."""
        from comet.identifiers._util import isbn13_check_char

        body = "977" + self.value[:4] + self.value[5:8] + issue_code
        return body + isbn13_check_char(body)

    def __str__(self) -> str:
        return self.value


# --- patterns -------------------------------------------------------------------------

_H = re.escape(HYPHENS)
# the number after a label: hyphen (any dash, spaces around), a space, or nothing
_NUM_LABELLED = spaced(
    rf"(?P<a>[0-9]{{4}})(?P<sep>[ \t]{{0,2}}[{_H}][ \t]{{0,2}}|[ \t])?(?P<b>[0-9]{{3}}[0-9Xx])"
    rf"(?![0-9]|[{_H}][0-9])"
)
_QUAL = spaced(r"[ \t]{0,2}[(\[](?P<q2>[^()\[\]\n]{1,25})[)\]]")
#: ``(?i)issn``, its first letter a class of every letter ``(?i)i`` matches: a pattern
#: opening with a class is scanned for it in C, not tried at every position
_ISSN_WORD = re.compile(r"[Iiİı](?i:ssn)")
# what may follow the word "ISSN" before the number (also as an XML element's name,
# ``<issn publication-format="print">``, whose attribute values may state the medium)
_AFTER_LABEL = re.compile(
    spaced(
        r"(?P<linking>[ \t]?[-\u2010]?[ \t]?[Ll](?![A-Za-z]))?"
        r"(?:[ \t]{0,2}\((?P<q1>[^()\n]{1,25})\))?"
        r"(?:(?P<attrs>\s[^<>\n]{1,160})(?=>))?"
        r"[\s\u200b-\u200d\u2060\ufeff:\uff1a.=#{(\"'\[>]{0,6}"  # \uff1a: '：' (CJK)
    )
    + _NUM_LABELLED
    + rf"(?:{_QUAL})?"
)
_ATTR_VALUE = re.compile(r"=\s?[\"']([^\"'<>]{1,40})[\"']")
# JATS codes for the medium of a publication (``pub-type="epub"``): markup vocabulary,
# not words of a language
_MARKUP_MEDIA: dict[str, Medium] = {"epub": "electronic", "ppub": "print"}
# a further number in a list after a labelled one: "ISSN 0036-8075 (print); 1095-9203 (web)"
# (a bare space as separator only when a medium in brackets follows the number)
_CONTINUE = re.compile(
    spaced(r"(?P<list>[ \t]{0,3}(?:[;,/&+]|\band\b|\bor\b)[ \t]{0,3}|[ \t]{1,3})")
    + _NUM_LABELLED
    + rf"(?:{_QUAL})?"
)
# a bare hyphenated ISSN in running text
# (the look-behind after the first digit: a pattern that starts with a character class is
# scanned for it first, twice as fast; the matches are the same)
_BARE = re.compile(
    rf"(?P<a>[0-9](?<![0-9A-Za-z][0-9])[0-9]{{3}})(?P<sep>[{_H}])(?P<b>[0-9]{{3}}[0-9Xx])"
    rf"(?![0-9A-Za-z]|[{_H}][0-9])(?:{_QUAL})?"
)
# a medium word and a colon before a bare number: "Online: 1234-5679"
_MEDIUM_BEFORE = re.compile(spaced(r"(?i)\b(?P<w>[^\W\d_]{1,12})\.?[ \t]?:[ \t]{0,2}\Z"))
# the loose shape parse() accepts without a label (hyphen, space or nothing)
_LOOSE = re.compile(
    spaced(
        rf"(?<![0-9Xx])(?P<a>[0-9]{{4}})(?P<sep>[ \t]?[{_H}][ \t]?|[ \t])?(?P<b>[0-9]{{3}}[0-9Xx])"
        rf"(?![0-9])"
    )
)
_PREFIX_WORD = re.compile(spaced(r"(?i)(?:\b(?P<w>[^\W\d_]{1,12})[ \t]?[-\u2010]?[ \t]?)\Z"))
# eight characters with one dash or space somewhere else than in the middle ("1–2345679")
_ODD = re.compile(
    rf"(?<![0-9Xx])(?P<n>[0-9](?:[{_H}{SPACES}]?[0-9]){{6}}[{_H}{SPACES}]?[0-9Xx])(?![0-9])"
)
# an EAN-13 serial barcode number: 977 + the ISSN's 7 digits + issue code (2) + check
_EAN13 = re.compile(rf"(?<![0-9])(?P<n>977(?:[{_H}{SPACES}]?[0-9]){{10}})(?![0-9]|[{_H}][0-9])")
_DIGIT_RUN = re.compile(r"[0-9][0-9" + SPACES + _H + r"Xx]{2,20}")


@attrs.define(slots=True)
class _Cand:
    start: int  # of the number
    end: int
    value: str  # NNNN-NNNC, check character upper-case
    valid: bool
    medium: Medium | None
    label_start: int  # start of the label, == start when unlabelled
    diagnostics: list[Diagnostic]
    tail: int  # end of the number and a medium in brackets after it
    marked: bool = False  # unlabelled, but with a medium word next to it


def _medium(word: str | None) -> Medium | None:
    if not word:
        return None
    key = qualifier_key(word)
    if key == "print":
        return "print"
    if key == "electronic":
        return "electronic"
    return None


def _attr_medium(attrs_text: str) -> Medium | None:
    """The medium an XML element's attribute values state (``publication-format="print"``)."""
    for v in _ATTR_VALUE.finditer(attrs_text):
        word = v.group(1).strip().casefold()
        medium = _MARKUP_MEDIA.get(word) or _medium(word)
        if medium is not None:
            return medium
    return None


def _prefix_medium(text: str, at: int) -> tuple[int, Medium | None, str | None]:
    """A medium word glued or next to ``ISSN`` at ``at``: ``eISSN``, ``Print ISSN``."""
    lo = max(0, at - 16)
    m = _PREFIX_WORD.search(text, lo, at)
    if m is None:
        return at, None, None
    medium = _medium(m.group("w"))
    if medium is None:
        return at, None, None
    return m.start(), medium, m.group("w")


def _cand(
    text: str, m: re.Match[str], label_start: int, medium: Medium | None, labelled: bool
) -> _Cand:
    a, b = m.group("a"), m.group("b")
    check = b[3].upper()
    value = f"{a}-{b[:3]}{check}"
    diags: list[Diagnostic] = []
    start, end = m.start("a"), m.end("b")
    sep = m.group("sep")
    if sep != "-":
        diags.append(diag("normalized-separators", _M_SEP, start, end))
    if b[3] == "x":
        diags.append(diag("uppercased", "upper-cased the check character X", end - 1, end))
    q2 = m.groupdict().get("q2")
    if q2:
        qm = _medium(q2)
        if qm is not None:
            medium = qm
    if medium is not None:
        diags.append(
            diag("medium-from-label", f"medium {medium} read from the label", label_start, end)
        )
    if labelled and label_start < start:
        diags.append(diag("removed-label", _M_LABEL, label_start, start))
    valid = issn_check_char(a + b[:3]) == check
    return _Cand(start, end, value, valid, medium, label_start, diags, m.end())


def _labelled(text: str) -> Iterator[_Cand]:
    """Candidates introduced by an ISSN label, and the numbers listed after them."""
    pos = 0
    for w in _ISSN_WORD.finditer(text):
        if w.start() < pos:
            continue
        m = _AFTER_LABEL.match(text, w.end())
        if m is None:
            continue
        label_start, medium, _word = _prefix_medium(text, w.start())
        if m.group("linking"):
            medium = None
        elif m.group("q1"):
            medium = _medium(m.group("q1")) or medium
        elif m.group("attrs"):
            medium = _attr_medium(m.group("attrs")) or medium
        c = _cand(text, m, label_start, medium, True)
        yield c
        pos = m.end()
        while True:
            n = _CONTINUE.match(text, pos)
            if n is None or (not n.group("list").strip() and not n.group("q2")):
                break
            yield _cand(text, n, n.start("a"), None, False)
            pos = n.end()


def _bare(text: str) -> Iterator[_Cand]:
    """Hyphenated numbers without an ISSN label; a medium word before (``Online:``) or
    after (``(print)``) is read, and such a number is :attr:`_Cand.marked`."""
    for m in _BARE.finditer(text):
        start = m.start()
        w = _MEDIUM_BEFORE.search(text, max(0, start - 20), start)
        medium = _medium(w.group("w")) if w is not None else None
        label_start = w.start() if w is not None and medium is not None else start
        c = _cand(text, m, label_start, medium, False)
        c.marked = c.medium is not None
        yield c


def find(text: str, *, bare: bool = False) -> Iterator[Match[Issn]]:
    """Every valid ISSN in ``text`` with its span (the number itself), in order.

    By default only labelled ISSNs (and lists after a label) are found, and
    hyphenated numbers that a medium word marks (``1234-5679 (Print)``, ``Online:
    2345-678X``): a bare ``NNNN-NNNN`` in prose is as often a page or year range.
    ``bare=True`` also yields hyphenated numbers without a label whose check character
    is right (for a field that holds only ISSNs).  Each ISSN carries the medium printed
    next to it, if any.

    >>> [(str(m.value), m.value.medium) for m in find("0036-8075 (Print) 1095-9203 (Online)")]
    [('0036-8075', 'print'), ('1095-9203', 'electronic')]

    >>> [str(m.value) for m in find("Comparative Politics 25: 1993-2005. ISSN 0010-4159")]
    ['0010-4159']
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    found = [c for c in _labelled(text) if c.valid]
    if bare or "(" in text or "[" in text or ":" in text:
        taken = {c.start for c in found}
        extra = [c for c in _bare(text) if c.valid and c.start not in taken and (bare or c.marked)]
        if extra:
            found.extend(extra)
            found.sort(key=lambda c: c.start)
    for c in found:
        raw = text[c.start : c.end]
        rec = Issn(c.value, c.medium, raw, tuple(c.diagnostics))
        yield Match(rec, c.start, c.end, raw)


_FAST = re.compile(r"(?P<label>ISSN:? ?)?(?P<a>[0-9]{4})-?(?P<b>[0-9]{3}[0-9X])")
_M_LABEL = "removed the ISSN label"
_M_SEP = "wrote the ISSN as NNNN-NNNC"


def _fast(text: str) -> Issn | None:
    """The ISSN of a clean ``text`` (``1799-4632``, ``ISSN 17994632``) in one step, or
    ``None`` (use the general path; same result)."""
    m = _FAST.fullmatch(text)
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    if issn_check_char(a + b[:3]) != b[3]:
        return None
    diags: list[Diagnostic] = []
    label = m.group("label")
    start = 0
    if label:
        start = len(label)
        diags.append(diag("removed-label", _M_LABEL, 0, start))
    if len(text) - start == 8:
        diags.append(diag("normalized-separators", _M_SEP, start, len(text)))
    return Issn(f"{a}-{b}", None, text, tuple(diags))


def _parse(text: str) -> Parsed[Issn]:
    fast = _fast(text)
    if fast is not None:
        return Parsed(fast, fast.diagnostics, text)
    return _general(text)


def _general(text: str) -> Parsed[Issn]:
    if not text.strip():
        return fail(text, "empty input", ErrorCode.EMPTY, 0, len(text))
    cands = list(_labelled(text))
    if not cands:
        cands = [_cand(text, m, m.start(), None, False) for m in _LOOSE.finditer(text)]
    if not cands:
        cands = _odd_cands(text)
    if not cands:
        ean = _from_ean13(text)
        if ean is not None:
            return ean
        run_ = _DIGIT_RUN.search(text)
        if run_ is not None:
            digits = sum(c.isdigit() or c in "Xx" for c in run_.group())
            if digits != 8:
                return fail(
                    text,
                    f"an ISSN has 8 characters, found {digits}",
                    ErrorCode.INVALID_LENGTH,
                    run_.start(),
                    run_.end(),
                )
        if "issn" in text.lower():
            return fail(text, "no ISSN number after the label", ErrorCode.INVALID_FORMAT)
        return fail(text, "no ISSN found", ErrorCode.NOT_FOUND)
    valid = [c for c in cands if c.valid]
    if not valid:
        c = cands[0]
        return fail(
            text,
            f"check character of {c.value} should be {issn_check_char(c.value[:4] + c.value[5:8])}",
            ErrorCode.INVALID_CHECKSUM,
            c.start,
            c.end,
        )
    first = valid[0]
    for other in valid[1:]:
        if other.value != first.value:
            return fail(
                text,
                f"several ISSNs: {first.value} and {other.value}",
                ErrorCode.AMBIGUOUS,
                other.start,
                other.end,
            )
    diags = list(first.diagnostics)
    if first.tail > first.end:
        diags.append(
            diag("removed-label", "removed the medium after the ISSN", first.end, first.tail)
        )
    edges(text, first.label_start, first.tail, "ISSN", diags)
    diags.sort(key=_span_start)
    result = tuple(diags)
    return Parsed(Issn(first.value, first.medium, text, result), result, text)


def _odd_cands(text: str) -> list[_Cand]:
    """Candidates of a field whose eight characters are split oddly (``1–2345679``,
    ``12 34 56 79``): separators are layout, so they are dropped (parse only; ``find``
    wants the printed ``NNNN-NNNC`` shape)."""
    out = []
    for m in _ODD.finditer(text):
        chars = "".join(c for c in m.group("n") if c.isdigit() or c in "Xx").upper()
        value = f"{chars[:4]}-{chars[4:]}"
        start, end = m.start("n"), m.end("n")
        diags = [diag("normalized-separators", _M_SEP, start, end)]
        valid = issn_check_char(chars[:7]) == chars[7]
        out.append(_Cand(start, end, value, valid, None, start, diags, end))
    return out


def _from_ean13(text: str) -> Parsed[Issn] | None:
    """The ISSN inside a field that is one EAN-13 serial barcode (``977…``), or ``None``."""
    m = _EAN13.search(text)
    if m is None:
        return None
    digits = "".join(c for c in m.group("n") if c.isdigit())
    if isbn13_check_char(digits[:12]) != digits[12]:
        return None
    first7 = digits[3:10]
    value = f"{first7[:4]}-{first7[4:]}{issn_check_char(first7)}"
    diags = [
        diag(
            "converted-ean13",
            f"read the ISSN inside the EAN-13 barcode number (issue code {digits[10:12]})",
            m.start(),
            m.end(),
        )
    ]
    edges(text, m.start(), m.end(), "ISSN", diags)
    result = tuple(diags)
    return Parsed(Issn(value, None, text, result), result, text)


@overload
def parse(text: str, *, strict: Literal[True] = ...) -> Issn: ...
@overload
def parse(text: str, *, strict: Literal[False]) -> Parsed[Issn]: ...
def parse(text: str, *, strict: bool = True) -> Issn | Parsed[Issn]:
    """Read one ISSN from ``text``.

    Errors: ``empty``, ``not-found``, ``invalid-format``, ``invalid-length``
    (not 8 characters), ``invalid-checksum``, ``ambiguous`` (two different valid
    ISSNs), ``too-long``.

    >>> parse("ISSN 1432-0916").value
    '1432-0916'
    >>> parse("issn 2434561x").value
    '2434-561X'
    >>> parse("1799-4633", strict=False).error.code
    <ErrorCode.INVALID_CHECKSUM: 'invalid-checksum'>
    """
    return memo_parse(_MEMO, _parse, text, strict, MAX_LENGTH)  # type: ignore[no-any-return]


_PLAIN = frozenset(
    {
        "removed-label",
        "medium-from-label",
        "removed-whitespace",
        "normalized-separators",
        "uppercased",
    }
)


def is_valid(text: str) -> bool:
    """Whether ``text`` is one ISSN (label, hyphenation and case aside) with a right
    check character."""
    if not isinstance(text, str) or len(text) > MAX_LENGTH:
        return False
    result = parse(text, strict=False)
    return result.value is not None and all(d.code in _PLAIN for d in result.diagnostics)


def compact(text: str | Issn) -> str:
    """The eight characters without hyphen (strict: raises ``ParseError``).

    >>> compact("ISSN 1799-4632")
    '17994632'
    """
    return (text if isinstance(text, Issn) else parse(text)).compact


def format(text: str | Issn) -> str:
    """The canonical ``NNNN-NNNC`` form (strict: raises ``ParseError``).

    >>> format("2434 561x")
    '2434-561X'
    """
    return (text if isinstance(text, Issn) else parse(text)).value
