"""DOI (Digital Object Identifier, ISO 26324).

A DOI is ``10.<registrant>/<suffix>``; it is case-insensitive, so the canonical
form is lower-case.  :func:`parse` reads one DOI from a messy field: a
``doi:``/``DOI:`` label, a ``doi.org`` or publisher URL, percent-encoding, page
numbers glued in front, link text or punctuation behind.  Every removal is a
diagnostic on the record.

>>> str(parse("https://www.tandfonline.com/doi/full/10.1080/03003930.2022.2081552"))
'10.1080/03003930.2022.2081552'
>>> doi = parse("DOI: 10.4018/978-0-415-83547-3.ch001")
>>> doi.prefix, doi.suffix, doi.registrant
('10.4018', '978-0-415-83547-3.ch001', '4018')
>>> doi.url
'https://doi.org/10.4018/978-0-415-83547-3.ch001'
>>> d = parse("671–682.10.1080/02642069.2013.740468 Search in Google Scholar")
>>> d.value, [x.code for x in d.diagnostics]
('10.1080/02642069.2013.740468', ['removed-page-glue', 'ignored-text'])
>>> parse("10.1016/0010-0285(77)90005-4).").value
'10.1016/0010-0285(77)90005-4'
>>> parse("10.5", strict=False).error.code
<ErrorCode.INVALID_FORMAT: 'invalid-format'>
>>> is_valid("doi:10.1007/BF02727953"), is_valid("10/abc")
(True, False)
>>> [m.value.value for m in find("see doi:10.1093/aje/kwp237 and 10.1136/bmj.g5293.")]
['10.1093/aje/kwp237', '10.1136/bmj.g5293']

``parse`` accepts at most :data:`MAX_LENGTH` characters; ``find`` scans text of
any length in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, overload
from urllib.parse import quote

import attrs

from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode
from comet.identifiers import tuning
from comet.identifiers._doi_scan import ANCHOR, URL_TAIL, link_phrases
from comet.identifiers._doi_scan import M_LOWER as _M_LOWER
from comet.identifiers._doi_scan import M_SHORT as _M_SHORT
from comet.identifiers._doi_scan import glued_words_start as _glued_words_start
from comet.identifiers._doi_scan import hits as _hits
from comet.identifiers._doi_scan import token_start as _token_start
from comet.identifiers._doi_scan import url_context as _url_context
from comet.identifiers._util import WARNING, diag, edges, memo_parse, shape, span_start
from comet.records import Match, Parsed, RecordMixin, fail

__all__ = [
    "MAX_LENGTH",
    "Doi",
    "find",
    "format",
    "is_valid",
    "parse",
    "to_url",
]

#: Longest input :func:`parse` accepts (a DOI field, not a page).
MAX_LENGTH = tuning.MAX_LENGTH  # reasons: comet.identifiers.tuning

# the scanner's pieces under the names other modules and tests use
_ANCHOR = ANCHOR
_URL_TAIL = URL_TAIL
_link_phrases = link_phrases

# successful parses by input text (see ``_util.memo_parse``)
_MEMO: dict[str, Parsed[Doi]] = {}

#: Longest DOI suffix read (real suffixes are far shorter).
MAX_SUFFIX = tuning.MAX_SUFFIX

_RESOLVER = "https://doi.org/"

# Characters left unencoded in ``Doi.url``: RFC 3986 unreserved (always kept by
# ``quote``) plus the sub-delimiters and ``/:;@`` that DOIs use unencoded.  The DOI
# Handbook's "unsafe" characters (space, ``"<>#%{}|\^[]`` and backquote, ``?``) and
# non-ASCII are percent-encoded.
_URL_SAFE = "/:;()!$&'*+,=@"


@attrs.frozen
class Doi(RecordMixin):
    """A DOI: ``prefix`` (``10.1080``) and lower-case ``suffix``.

    A short DOI (``10/b6vnmd``) has the prefix ``10`` and the handle as suffix;
    :attr:`short` says so.

    ``str(doi)`` and ``doi.value`` give the canonical ``10.prefix/suffix``.
    ``raw`` (the text it came from) and ``diagnostics`` are not part of equality.
    """

    prefix: str = attrs.field(
        validator=shape(r"10(?:\.[0-9]+(?:\.[0-9]+)*)?", "10.NNNN (or 10 for a short DOI)")
    )
    suffix: str = attrs.field(validator=shape(r"\S+", "a non-empty suffix without spaces"))
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def value(self) -> str:
        """The canonical lower-case DOI, ``10.1080/03003930.2022.2081552``."""
        return f"{self.prefix}/{self.suffix}"

    @property
    def registrant(self) -> str:
        """The registrant code: the prefix without ``10.`` (``1080``; empty for a short DOI)."""
        return self.prefix[3:]

    @property
    def short(self) -> bool:
        """Whether this is a short DOI (``10/b6vnmd``): an alias the DOI Foundation's
        shortDOI service gives a full DOI.  It resolves at ``doi.org`` but cannot be
        expanded offline, so it is kept as written (lower-cased)."""
        return self.prefix == "10"

    @property
    def url(self) -> str:
        """The resolver URL, percent-encoding only the characters URLs cannot carry."""
        return _RESOLVER + quote(self.value, safe=_URL_SAFE)

    def __str__(self) -> str:
        return f"{self.prefix}/{self.suffix}"


# a field that is one bare short DOI ("10/b6vnmd", "10/134980")
_SHORT_FIELD = re.compile(r"\s*10/([A-Za-z0-9]{4,12})[\s.]*")

# What may stand right before the DOI, glued to it (no space): a label or a URL.
_GLUED_PREFIX = re.compile(
    r"""(?ix)
    [(\[{<"'\u201c\u2018\u00ab\u27e8]*          # opening brackets or quotes
    (?:(?:digital\s?object\s?identifier|doi)\s?[:=.]?\s?)?
    (?:https?:/{1,3}[^\s]*/|www\.[^\s]*/|(?:dx\.)?doi\.org/|info:doi/|urn:doi:)?
    """
)
# A label before the DOI, separated by whitespace: "DOI: 10…", "Digital Object Identifier 10…".
_LABEL_BEFORE = re.compile(
    r"(?i)(?:\b(?:digital\s+object\s+identifier|doi)\s{0,3}[:=.]?|\bdoi\s{0,3}:\s{0,3}"
    r"(?:https?://)?(?:dx\.)?doi\.org/?)\s*\Z"
)
_DOIISH = re.compile(r"(?i)(?<![0-9])10[./]|\bdoi\s*[:=]|doi\.org")
_NEAR_MISS = re.compile(r"(?<![0-9])10\.([0-9]*)(?:\.[0-9]+)*(/?)")

# The common clean shapes, read in one step: "10.1080/…", "doi:10.…", "DOI: 10.…",
# "https://doi.org/10.…" with a suffix of letters, digits and -._;:/ ending in a letter
# or digit.  Anything else goes through the general scanner (same result, more steps).
_FAST = re.compile(
    r"(?:(?P<url>https?://(?:dx\.)?doi\.org/)|(?P<label>(?:doi|DOI):[ ]?|DOI[ ]))?"
    r"10\.(?P<reg>[0-9]{4,9})/(?P<suf>[-._;:/A-Za-z0-9]{0,300}[A-Za-z0-9])"
)


# diagnostic messages (constants, so equal diagnostics are shared)
_M_URL = "removed the URL around the DOI"
_M_LABEL = "removed the DOI label"
_M_WS = "removed surrounding whitespace"


_new = object.__new__
_set_prefix = Doi.__dict__["prefix"].__set__
_set_suffix = Doi.__dict__["suffix"].__set__
_set_raw = Doi.__dict__["raw"].__set__
_set_diags = Doi.__dict__["diagnostics"].__set__


def _make(prefix: str, suffix: str, raw: str, diagnostics: tuple[Diagnostic, ...]) -> Doi:
    """``Doi(prefix, suffix, raw, diagnostics)`` without the frozen-attrs ``__init__``
    overhead (the values are already checked; a test compares the two)."""
    d: Doi = _new(Doi)
    _set_prefix(d, prefix)
    _set_suffix(d, suffix)
    _set_raw(d, raw)
    _set_diags(d, diagnostics)
    return d


def find(text: str) -> Iterator[Match[Doi]]:
    """Every DOI in ``text``, in order, with its span (the DOI itself, without label or URL).

    >>> [(m.start, m.end, str(m.value)) for m in find("Vol 11. 11–18.10.1093/heapro/11.1.11 Search")]
    [(14, 36, '10.1093/heapro/11.1.11')]
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    for h in _hits(text):
        raw = text[h.start : h.end]
        yield Match(_make(h.prefix, h.suffix, raw, tuple(h.diagnostics)), h.start, h.end, raw)


# --- parse ----------------------------------------------------------------------------


def _leading(text: str, start: int, diags: list[Diagnostic]) -> None:
    """Diagnostics for whatever stands before the DOI at ``start``."""
    k = _token_start(text, start)
    if k < start:
        glued = _GLUED_PREFIX.fullmatch(text, k, start)
        if glued is not None:
            part = text[k:start]
            if "/" in part:
                diags.append(diag("removed-url", _M_URL, k, start))
            elif any(c.isalpha() for c in part):
                diags.append(diag("removed-label", _M_LABEL, k, start))
            else:
                diags.append(diag("removed-punctuation", "removed an opening bracket", k, start))
        else:
            j = start - 1
            glue_code = "removed-glued-text"
            if text[j] == "." and j > k and (text[j - 1].isdigit() or text[j - 1] in ")]"):
                glue_code = "removed-page-glue"
            diags.append(diag(glue_code, "removed text glued to the DOI", k, start, WARNING))
    if k == 0:
        return
    rest = text[:k].rstrip()
    if not rest:
        diags.append(diag("removed-whitespace", _M_WS, 0, k))
        return
    lab = _LABEL_BEFORE.search(rest, max(0, len(rest) - 80))
    end_text = len(rest)
    if lab is not None:
        diags.append(diag("removed-label", _M_LABEL, lab.start(), k))
        end_text = lab.start()
    if rest[:end_text].strip():
        diags.append(diag("ignored-text", "removed text before the DOI", 0, end_text, WARNING))


def _trailing(text: str, end: int, diags: list[Diagnostic]) -> None:
    """Diagnostics for whatever stands after the DOI's token, which ends at ``end``."""
    n = len(text)
    if end >= n:
        return
    if text[end] in "?#" and _url_context(text, end):
        q = end
        while q < n and not text[q].isspace():
            q += 1
        diags.append(diag("removed-url-query", "removed the URL query or fragment", end, q))
        end = q
        if end >= n:
            return
    edges(text, 0, end, "DOI", diags)


def _no_doi(text: str) -> Parsed[Doi]:
    if not text.strip():
        return fail(text, "empty input", ErrorCode.EMPTY, 0, len(text))
    m = _NEAR_MISS.search(text)
    if m is not None:
        if len(m.group(1)) < 4:
            msg = f"{m.group(0)!r} is a number, not a DOI prefix (10. and 4-9 digits)"
        elif not m.group(2):
            msg = "a DOI prefix without '/suffix'"
        else:
            msg = "a DOI prefix with an empty suffix"
        return fail(text, msg, ErrorCode.INVALID_FORMAT, m.start(), m.end())
    if _DOIISH.search(text) is not None:
        return fail(text, "no DOI of the form 10.NNNN/suffix", ErrorCode.INVALID_FORMAT)
    return fail(text, "no DOI found", ErrorCode.NOT_FOUND)


def _short_field(text: str) -> Parsed[Doi] | None:
    """A field that is one bare short DOI (``10/b6vnmd``), or ``None``.

    Four digits alone (``10/2019``) read as a month and a year, not as a handle."""
    m = _SHORT_FIELD.fullmatch(text)
    if m is None:
        return None
    handle = m.group(1)
    if len(handle) == 4 and handle.isdigit():
        return fail(
            text,
            f"{text.strip()!r} reads as a month and a year, not as a short DOI",
            ErrorCode.INVALID_FORMAT,
            m.start(1) - 3,
            m.end(1),
        )
    low = handle.lower()
    start, end = m.start(1) - 3, m.end(1)
    diags = [diag("short-doi", _M_SHORT, start, end)]
    if low != handle:
        diags.append(diag("lowercased", _M_LOWER, m.start(1), end))
    edges(text, start, end, "DOI", diags)
    diags.sort(key=span_start)
    result = tuple(diags)
    return Parsed(_make("10", low, text, result), result, text)


def _fast(text: str) -> Doi | None:
    """The DOI of a clean ``text`` in one regex step, or ``None`` (use the scanner)."""
    m = _FAST.fullmatch(text)
    if m is None:
        return None
    suf = m.group("suf")
    low = suf.lower()
    if "http" in low or "www." in low:
        return None
    lo = m.start("suf")
    hi = len(text)
    if low != suf and "a" <= suf[-1] <= "z" and _glued_words_start(text, lo, hi) > lo:
        return None
    url = m.group("url")
    diags: list[Diagnostic] = []
    if url is not None:
        diags.append(diag("removed-url", _M_URL, 0, len(url)))
    else:
        label = m.group("label")
        if label is not None:
            diags.append(diag("removed-label", _M_LABEL, 0, len(label)))
    if low != suf:
        diags.append(diag("lowercased", _M_LOWER, lo, hi))
    return _make("10." + m.group("reg"), low, text, tuple(diags))


def _parse(text: str) -> Parsed[Doi]:
    fast = _fast(text)
    if fast is not None:
        return Parsed(fast, fast.diagnostics, text)
    return _scan(text)


def _scan(text: str) -> Parsed[Doi]:
    """The general path: find every DOI, keep the first, diagnose everything around it."""
    it = _hits(text)
    first = next(it, None)
    if first is None:
        return _short_field(text) or _no_doi(text)
    value = first.suffix
    diags: list[Diagnostic] = []
    _leading(text, first.start, diags)
    diags.extend(first.diagnostics)
    for other in it:
        if other.suffix != value or other.prefix != first.prefix:
            return fail(
                text,
                f"several DOIs: {first.prefix}/{value} and {other.prefix}/{other.suffix}",
                ErrorCode.AMBIGUOUS,
                other.start,
                other.end,
                tuple(diags),
            )
    _trailing(text, first.token_end, diags)
    diags.sort(key=span_start)
    result = tuple(diags)
    return Parsed(_make(first.prefix, value, text, result), result, text)


@overload
def parse(text: str, *, strict: Literal[True] = ...) -> Doi: ...
@overload
def parse(text: str, *, strict: Literal[False]) -> Parsed[Doi]: ...
def parse(text: str, *, strict: bool = True) -> Doi | Parsed[Doi]:
    """Read one DOI from ``text`` (a DOI field, a URL, a reference).

    Strict (the default) returns a :class:`Doi` or raises :class:`~comet.ParseError`:
    ``empty``, ``not-found``, ``invalid-format`` (``10.5``, ``10/abc``, ``10.12``),
    ``ambiguous`` (two different DOIs), ``too-long`` (over :data:`MAX_LENGTH`).
    ``strict=False`` returns a :class:`~comet.Parsed`.

    >>> parse("http://dx.doi.org/10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O").value
    '10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o'
    >>> parse("https://doi.org/10.1002%2F%28SICI%291097-4571").value
    '10.1002/(sici)1097-4571'
    """
    return memo_parse(_MEMO, _parse, text, strict, MAX_LENGTH)  # type: ignore[no-any-return]


_PLAIN = frozenset({"removed-label", "removed-url", "removed-whitespace", "lowercased",
                    "decoded-percent-encoding", "normalized-unicode", "decoded-html-entities",
                    "short-doi"})  # fmt: skip


def is_valid(text: str) -> bool:
    """Whether ``text`` is exactly one DOI (a ``doi:`` label, a ``doi.org`` URL, case and
    percent-encoding aside): no prose, glue or trailing punctuation.

    >>> is_valid("https://doi.org/10.1016/S0009-2614(97)04014-1"), is_valid("10.1016/x.")
    (True, False)
    """
    if not isinstance(text, str) or len(text) > MAX_LENGTH:
        return False
    result = parse(text, strict=False)
    if result.value is None:
        return False
    return all(d.code in _PLAIN for d in result.diagnostics)


def format(text: str | Doi) -> str:
    """The canonical lower-case DOI of ``text`` (strict: raises ``ParseError``).

    >>> format("DOI: 10.1007/BF02727953")
    '10.1007/bf02727953'
    """
    return (text if isinstance(text, Doi) else parse(text)).value


def to_url(text: str | Doi) -> str:
    """The ``https://doi.org/`` URL of ``text`` (strict: raises ``ParseError``).

    >>> to_url("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O")
    'https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-o'
    """
    return (text if isinstance(text, Doi) else parse(text)).url
