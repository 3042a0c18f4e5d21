"""ISBN (International Standard Book Number, ISO 2108), ISBN-10 and ISBN-13.

Every ISBN is kept as its 13 digits (``isbn13``); an ISBN-10 is converted
(``978`` prefix) and also kept as ``isbn10``.  A binding or form in brackets
after the number (``(pbk.)``, ``(hbk.)``, ``(ebook)``…) is the ``qualifier``.

>>> isbn = parse("ISBN-13: 978-0-415-83547-3 (pbk.)")
>>> str(isbn), isbn.isbn10, isbn.qualifier
('9780415835473', '041583547X', 'pbk')
>>> parse("ISBN 0-7167-0344-0").isbn13
'9780716703440'
>>> parse("979-10-90636-07-1").to_isbn10() is None
True
>>> is_valid("978-0-415-83547-4")
False
>>> [str(m.value) for m in find("DOI: 10.4018/978-0-415-83547-3.ch001")]
['9780415835473']

``parse`` accepts at most :data:`MAX_LENGTH` characters; ``find`` scans text of
any length in linear time.
"""

from __future__ import annotations

import functools
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
    isbn10_check_char,
    isbn13_check_char,
    memo_parse,
    shape,
    spaced,
)
from comet.identifiers._util import span_start as _span_start
from comet.records import Match, Parsed, RecordMixin, fail

__all__ = [
    "MAX_LENGTH",
    "Isbn",
    "compact",
    "find",
    "format",
    "is_valid",
    "parse",
    "to_isbn10",
    "to_isbn13",
]

#: Longest input :func:`parse` accepts.
MAX_LENGTH = tuning.MAX_LENGTH  # reasons: comet.identifiers.tuning

# successful parses by input text (see ``_util.memo_parse``)
_MEMO: dict[str, Parsed[Isbn]] = {}


@attrs.frozen
class Isbn(RecordMixin):
    """An ISBN: ``isbn13`` (13 digits), ``isbn10`` (10 characters, ``None`` for ``979``).

    ``qualifier`` (``pbk``, ``hbk``, ``ebook``, ``print`` or the bracketed words as
    written, lower-cased) is, like ``raw`` and ``diagnostics``, not part of equality.
    ``str(isbn)`` is the 13 digits.
    """

    isbn13: str = attrs.field(validator=shape(r"97[89][0-9]{10}", "13 digits starting 978/979"))
    isbn10: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(shape(r"[0-9]{9}[0-9X]", "10 characters"))
    )
    qualifier: str | None = attrs.field(default=None, eq=False)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def value(self) -> str:
        """The 13 digits (same as ``str(isbn)``)."""
        return self.isbn13

    def to_isbn13(self) -> str:
        """The 13 digits."""
        return self.isbn13

    def to_isbn10(self) -> str | None:
        """The ISBN-10 (only ``978`` ISBNs have one), else ``None``."""
        return self.isbn10

    def __str__(self) -> str:
        return self.isbn13


def _from_digits(digits: str) -> tuple[str, str | None]:
    """``(isbn13, isbn10)`` of 10 or 13 valid characters."""
    if len(digits) == 10:
        body = "978" + digits[:9]
        return body + isbn13_check_char(body), digits
    if digits.startswith("978"):
        return digits, digits[3:12] + isbn10_check_char(digits[3:12])
    return digits, None


# --- patterns -------------------------------------------------------------------------

_H = re.escape(HYPHENS)
_HS = _H + SPACES
# 10 or 13 characters, hyphens or spaces between digits
_NUM = (
    rf"(?P<n>(?:97[89][{_HS}]?)?[0-9](?:[{_HS}]?[0-9]){{8}}[{_HS}]?[0-9Xx])"
    rf"(?![0-9]|[{_H}][0-9])"
)


def _binding_words() -> str:
    """An alternation of the binding and form words of every locale's ``[identifiers]``
    (``pbk``, ``hbk``, ``ebook``: *pbk, paperback, hardcover, e-book, kart.*), longest
    first, a space in a term any run of spaces; ``(?!)`` where there is none."""
    from comet.locales import all_rules

    terms: set[str] = set()
    for rules in all_rules():
        for key in ("pbk", "hbk", "ebook"):
            terms.update(t.strip().rstrip(".") for t in rules.terms("identifiers", key))
    alts = [r"[ \t]+".join(map(re.escape, t.split())) for t in sorted(
        (t for t in terms if t), key=lambda t: (-len(t), t)
    )]  # fmt: skip
    return "|".join(alts) or "(?!)"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ISBN after its label, a list's next ISBN, an ISBN-10 at a place and a loose ISBN,
    each with its qualifier: a bracketed one (``(pbk.)``, ``[ebk]``) or a binding or form
    word of the locales after it (:func:`_binding_words`)."""
    qual = spaced(
        r"(?:[ \t]{0,2}[(\[](?P<q2>[^()\[\]\n]{1,30})[)\]]"
        rf"|[ \t]{{0,2}}[:;,]?[ \t]{{0,2}}(?P<q3>(?i:{_binding_words()}))\b\.?)"
    )
    after_label = re.compile(
        spaced(
            rf"(?P<ver>[ \t]?[{_H}]?[ \t]?1[03](?![0-9]))?"
            r"(?:[ \t]{0,2}\((?P<q1>[^()\n]{1,25})\))?"
            r"[\s\u200b-\u200d\u2060\ufeff:.=#{(\"'\[]{0,6}"
        )
        + _NUM
        + qual
        + "?"
    )
    cont = re.compile(
        # (a catalogue's ISBD end mark may stand before the separator: 'ISBN 0815769768.; …',
        # 'ISBN 9787508617725 :; …')
        spaced(
            r"(?P<list>[ \t]{0,3}[.:]?[ \t]{0,2}(?:[;,/&+]|\band\b|\bor\b)[ \t]{0,3}|[ \t]{1,3})"
        )
        + _NUM
        + qual
        + "?"
    )
    num10_at = re.compile(
        rf"(?P<n>[0-9](?:[{_HS}]?[0-9]){{8}}[{_HS}]?[0-9Xx])(?![0-9]|[{_H}][0-9])" + qual + "?"
    )
    loose = re.compile(rf"(?<![0-9Xx])(?<![0-9Xx][{_H}]){_NUM}{qual}?")
    return after_label, cont, num10_at, loose


#: ``(?i)isbn``, its first letter a class of every letter ``(?i)i`` matches: a pattern
#: opening with a class is scanned for it in C, not tried at every position
_ISBN_WORD = re.compile(r"[Iiİı](?i:sbn)")
# a bare ISBN-13 in running text (also inside a DOI: 10.4018/978-0-415-83547-3.ch001)
# (the look-behinds read after its first digit: a pattern opening with a character is scanned
# for it in C, one opening with a look-behind is tried at every position)
_BARE = re.compile(
    rf"(?P<n>9(?<![0-9]9)(?<![0-9][{_H}]9)7[89](?:[{_H}]?[0-9]){{10}})(?![0-9]|[{_H}][0-9])"
)
#: what every bare ISBN-13 starts with: a text without it is not searched with
#: :data:`_BARE`, whose look-behinds make it slow to scan
_BARE_HINT = re.compile(r"97[89]")
_PREFIX_WORD = re.compile(spaced(r"(?i)(?:\b(?P<w>[^\W\d_]{1,12})[ \t]?[-\u2010]?[ \t]?)\Z"))
_DIGIT_RUN = re.compile(rf"[0-9][0-9{_HS}Xx]{{4,30}}")


@attrs.define(slots=True)
class _Cand:
    start: int
    end: int
    digits: str
    valid: bool
    qualifier: str | None
    label_start: int
    diagnostics: list[Diagnostic]
    tail: int


def _qualifier(word: str | None) -> str | None:
    if not word or not word.strip():
        return None
    key = qualifier_key(word)
    if key == "electronic":
        return "ebook"
    if key is not None:
        return key
    return " ".join(word.casefold().split()).rstrip(".:;, ") or None


def _prefix_qualifier(text: str, at: int) -> tuple[int, str | None]:
    m = _PREFIX_WORD.search(text, max(0, at - 16), at)
    if m is None:
        return at, None
    key = qualifier_key(m.group("w"))
    if key is None:
        return at, None
    return m.start(), "ebook" if key == "electronic" else key


def _check_ok(digits: str) -> bool:
    if len(digits) == 13:
        return digits[:3] in ("978", "979") and isbn13_check_char(digits[:12]) == digits[12]
    return isbn10_check_char(digits[:9]) == digits[9]


def _cand(
    text: str, m: re.Match[str], label_start: int, qualifier: str | None, labelled: bool
) -> _Cand:
    raw = m.group("n")
    start, end = m.start("n"), m.end("n")
    digits = "".join(c for c in raw if c.isdigit() or c in "Xx").upper()
    diags: list[Diagnostic] = []
    valid = ("X" not in digits[:-1]) and (len(digits) == 10 or "X" not in digits)
    valid = valid and _check_ok(digits)
    if raw != digits and raw.upper() != digits:
        diags.append(diag("normalized-separators", _M_SEP, start, end))
    if raw.endswith("x"):
        diags.append(diag("uppercased", "upper-cased the check character X", end - 1, end))
    if len(digits) == 10:
        diags.append(diag("converted-isbn10", _M_10, start, end))
    gd = m.groupdict()
    q = _qualifier(gd.get("q2") or gd.get("q3"))
    if q is not None:
        qualifier = q
    if qualifier is not None:
        diags.append(
            diag("read-qualifier", f"read the qualifier {qualifier!r}", label_start, m.end())
        )
    if labelled and label_start < start:
        diags.append(diag("removed-label", _M_LABEL, label_start, start))
    if not valid and len(digits) == 13 and (" " in raw or "\t" in raw):
        m10 = _patterns()[2].match(text, start)
        if m10 is not None and m10.end("n") < end:
            alt = _cand(text, m10, label_start, qualifier, labelled)
            if alt.valid:
                return alt
    return _Cand(start, end, digits, valid, qualifier, label_start, diags, m.end())


def _labelled(text: str) -> Iterator[_Cand]:
    pos = 0
    for w in _ISBN_WORD.finditer(text):
        if w.start() < pos:
            continue
        m = _patterns()[0].match(text, w.end())
        if m is None:
            continue
        label_start, qualifier = _prefix_qualifier(text, w.start())
        if m.group("q1"):
            qualifier = _qualifier(m.group("q1")) or qualifier
        yield _cand(text, m, label_start, qualifier, True)
        pos = m.end()
        while True:
            n = _patterns()[1].match(text, pos)
            if n is None or (not n.group("list").strip() and not (n.group("q2") or n.group("q3"))):
                break
            yield _cand(text, n, n.start("n"), None, False)
            pos = n.end()


def find(text: str) -> Iterator[Match[Isbn]]:
    """Every valid ISBN in ``text`` with its span (the number), in order.

    Labelled ISBN-10 and ISBN-13 (``ISBN``, ``ISBN-13:``, ``eISBN``, ``isbn = {…}``)
    and, without a label, hyphenated or compact ISBN-13 starting ``978``/``979``
    (an ISBN-10 needs a label: ten digits alone are too common).

    >>> [(m.value.isbn13, m.value.qualifier) for m in find("ISBN 978-0-19-852663-6 (hbk.); 978-0-19-852664-3 (pbk.)")]
    [('9780198526636', 'hbk'), ('9780198526643', 'pbk')]
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    found = [c for c in _labelled(text) if c.valid]
    taken = {c.start for c in found}
    spans = [(c.start, c.end) for c in found]
    extra = []
    for m in _BARE.finditer(text) if _BARE_HINT.search(text) else ():
        if m.start() in taken or any(s <= m.start() < e for s, e in spans):
            continue
        c = _cand(text, m, m.start(), None, False)
        if c.valid:
            extra.append(c)
    if extra:
        found.extend(extra)
        found.sort(key=lambda c: c.start)
    for c in found:
        isbn13, isbn10 = _from_digits(c.digits)
        raw = text[c.start : c.end]
        yield Match(
            Isbn(isbn13, isbn10, c.qualifier, raw, tuple(c.diagnostics)), c.start, c.end, raw
        )


_FAST = re.compile(r"(?P<label>ISBN(?:-1[03])?:? ?)?(?P<n>[0-9][-0-9]{8,15}[0-9X])")
_M_LABEL = "removed the ISBN label"
_M_SEP = "removed hyphens and spaces"
_M_10 = "converted the ISBN-10 to ISBN-13"


def _fast(text: str) -> Isbn | None:
    """The ISBN of a clean ``text`` (``978-0-415-83547-3``, ``ISBN 0716703440``) in one
    step, or ``None`` (use the general path; same result)."""
    m = _FAST.fullmatch(text)
    if m is None:
        return None
    n = m.group("n")
    digits = n.replace("-", "") if "-" in n else n
    size = len(digits)
    if size == 13:
        if "--" in n or not (
            n[:3] in ("978", "979") and isbn13_check_char(digits[:12]) == digits[12]
        ):
            return None
    elif size == 10:
        if "--" in n or "X" in digits[:9] or isbn10_check_char(digits[:9]) != digits[9]:
            return None
    else:
        return None
    diags: list[Diagnostic] = []
    label = m.group("label")
    start = len(label) if label else 0
    if label:
        diags.append(diag("removed-label", _M_LABEL, 0, start))
    if size != len(n):
        diags.append(diag("normalized-separators", _M_SEP, start, len(text)))
    if size == 10:
        diags.append(diag("converted-isbn10", _M_10, start, len(text)))
    isbn13, isbn10 = _from_digits(digits)
    return Isbn(isbn13, isbn10, None, text, tuple(diags))


def _parse(text: str) -> Parsed[Isbn]:
    fast = _fast(text)
    if fast is not None:
        return Parsed(fast, fast.diagnostics, text)
    return _general(text)


def _general(text: str) -> Parsed[Isbn]:
    if not text.strip():
        return fail(text, "empty input", ErrorCode.EMPTY, 0, len(text))
    cands = list(_labelled(text))
    if not cands:
        cands = [_cand(text, m, m.start("n"), None, False) for m in _patterns()[3].finditer(text)]
    if not cands:
        run_ = _DIGIT_RUN.search(text)
        if run_ is not None:
            digits = sum(c.isdigit() or c in "Xx" for c in run_.group())
            if digits not in (10, 13):
                return fail(
                    text,
                    f"an ISBN has 10 or 13 digits, found {digits}",
                    ErrorCode.INVALID_LENGTH,
                    run_.start(),
                    run_.end(),
                )
        if "isbn" in text.lower():
            return fail(text, "no ISBN number after the label", ErrorCode.INVALID_FORMAT)
        return fail(text, "no ISBN found", ErrorCode.NOT_FOUND)
    valid = [c for c in cands if c.valid]
    if not valid:
        c = cands[0]
        return fail(
            text,
            f"{c.digits} fails the ISBN check digit",
            ErrorCode.INVALID_CHECKSUM,
            c.start,
            c.end,
        )
    first = valid[0]
    isbn13, isbn10 = _from_digits(first.digits)
    for other in valid[1:]:
        if _from_digits(other.digits)[0] != isbn13:
            return fail(
                text,
                f"several ISBNs: {isbn13} and {_from_digits(other.digits)[0]}",
                ErrorCode.AMBIGUOUS,
                other.start,
                other.end,
            )
    diags = list(first.diagnostics)
    edges(text, first.label_start, first.tail, "ISBN", diags)
    diags.sort(key=_span_start)
    result = tuple(diags)
    return Parsed(Isbn(isbn13, isbn10, first.qualifier, text, result), result, text)


@overload
def parse(text: str, *, strict: Literal[True] = ...) -> Isbn: ...
@overload
def parse(text: str, *, strict: Literal[False]) -> Parsed[Isbn]: ...
def parse(text: str, *, strict: bool = True) -> Isbn | Parsed[Isbn]:
    """Read one ISBN (10 or 13) from ``text``.

    Errors: ``empty``, ``not-found``, ``invalid-format``, ``invalid-length`` (not 10
    or 13 digits), ``invalid-checksum``, ``ambiguous`` (two different ISBNs), ``too-long``.

    >>> parse("isbn = {978-1-939133-27-4},").isbn13
    '9781939133274'
    >>> parse("ISBN 99921-58-10-7").isbn10
    '9992158107'
    """
    return memo_parse(_MEMO, _parse, text, strict, MAX_LENGTH)  # type: ignore[no-any-return]


_PLAIN = frozenset(
    {"removed-label", "read-qualifier", "removed-whitespace", "normalized-separators",
     "uppercased", "converted-isbn10"}
)  # fmt: skip


def is_valid(text: str) -> bool:
    """Whether ``text`` is one ISBN-10 or ISBN-13 (label, hyphens, spaces and a
    qualifier aside) with a right check digit."""
    if not isinstance(text, str) or len(text) > MAX_LENGTH:
        return False
    result = parse(text, strict=False)
    return result.value is not None and all(d.code in _PLAIN for d in result.diagnostics)


def compact(text: str | Isbn) -> str:
    """The 13 digits (strict: raises ``ParseError``).

    >>> compact("ISBN 0-7167-0344-0")
    '9780716703440'
    """
    return (text if isinstance(text, Isbn) else parse(text)).isbn13


def format(text: str | Isbn) -> str:
    """The canonical form, the 13 digits (comet ships no ISBN range table, so it does
    not re-hyphenate; ``raw`` keeps the hyphens as printed)."""
    return compact(text)


def to_isbn13(text: str | Isbn) -> str:
    """The ISBN-13 of ``text`` (strict: raises ``ParseError``)."""
    return compact(text)


def to_isbn10(text: str | Isbn) -> str | None:
    """The ISBN-10 of ``text``, or ``None`` for a ``979`` ISBN (strict: raises ``ParseError``).

    >>> to_isbn10("978-0-7167-0344-0")
    '0716703440'
    """
    return (text if isinstance(text, Isbn) else parse(text)).isbn10
