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

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Literal, overload
from urllib.parse import quote, unquote

import attrs

from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode
from comet.identifiers import tuning
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


# --- scanning ---------------------------------------------------------------------------

# "10." + registrant code (4-9 digits, optional dotted subdivisions) + "/", "%2F" or
# the JSON-escaped "\/".  Not preceded by a digit: "682.10.1080/…" (page glue) matches at
# "10.", "110.1080/" not.  Or a short DOI ("10/" + handle) after a "doi:" label or a
# resolver: a bare "10/abcd" in running text is as often a date or a fraction.
_ANCHOR = re.compile(
    r"(?<![0-9])10(?:\.([0-9]{4,9}(?:\.[0-9]{1,9}){0,4})(/|%2[Ff]|\\/)"
    r"|/(?:(?<=[dD][oO][iI]:10/)|(?<=[dD][oO][iI]: 10/)|(?<=[dD][oO][iI]\.[oO][rR][gG]/10/)"
    r"|(?<=[hH][aA][nN][dD][lL][eE]\.[nN][eE][tT]/10/))(?P<short>[A-Za-z0-9]{4,12})"
    r"(?![A-Za-z0-9/_]|[-.][A-Za-z0-9]))"
)
# a field that is one bare short DOI ("10/b6vnmd", "10/134980")
_SHORT_FIELD = re.compile(r"\s*10/([A-Za-z0-9]{4,12})[\s.]*")

# The suffix: a run of characters that can belong to a DOI in running text.  Ends at
# whitespace, quotes, comma, ``{}|\^`` and backquote, and at ``?``/``#`` (URL query
# and fragment), and before a glued ``http:``/``https:``.  ``&`` only as the HTML entities
# ``&lt; &gt; &amp;`` (scraped SICI DOIs).  Square brackets only as a balanced group
# (SICI ``37[808:ROHBHA]2.0.CO;2``), so a wiki or Markdown link's ``]`` ends the DOI.
# A backslash only as an escape: JSON ``\/``, PDF ``\(``, LaTeX ``\_`` and ``{\_}``.
_SUFFIX_CHAR = (
    "\\s\\x00-\\x1f\\x7f\"'`,|\\\\^{}\\[\\]?#"
    "\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u27e8\u27e9\u3008\u3009"
)
_SUFFIX = re.compile(
    "(?:[^" + _SUFFIX_CHAR + "&hH]|[hH](?![tT][tT][pP][sS]?:)|&(?:lt|gt|amp);"
    "|\\[[^" + _SUFFIX_CHAR + "]{1,100}\\]"
    "|\\\\[/()_&%#]|\\{\\\\[_&%#]\\})"
    "{1," + str(MAX_SUFFIX) + "}+"
)
# the escapes the suffix may hold, undone
_ESCAPE = re.compile(r"\{\\([_&%#])\}|\\([/()_&%#])")
# a footnote marker glued to the end: "…/abc[12]"
_FOOTNOTE = re.compile(r"\[[0-9]{1,3}\]\Z")
# Where markup starts inside a DOI's run of characters: a closing tag, a comment, a
# processing instruction or CDATA, the end of a comment, or an element that has
# attributes or closes itself (``<a href=…>``, ``<br/>``); also HTML-escaped.  An
# element without attributes (``<i>``) is markup when its closing tag follows.
_MARKUP = re.compile(
    r"</|<[!?]|&lt;[/!?]|-->|\]\]>"
    r"|(?:<|&lt;)(?P<tag>[A-Za-z][A-Za-z0-9_.:-]{0,40})(?P<after>\s|/|>|&gt;|\Z)"
)

# A URL glued to the end of a DOI: "10.1007/BF02345020.URLhttps : //doi.org/…".
_GLUED_URL = re.compile(r"(?i)[.,;:]?(?:url\s?:?)?(?:https?(?=[:/]|$)|www\.)")

# Path endings of publisher URLs that are not part of the DOI (only cut when the DOI
# stands inside a URL): ".../10.1111/j.1467-9566.2008.01100.x/full", ".../s109.pdf".
_URL_WORD = re.compile(r"[.,;:]?url\s?:?\Z")
# The grammar of a URL's ending after the DOI: an optional version glued to a digit
# (``…/087619v3``, a preprint's landing page of one version) and any run of format or
# page words after ``.``, ``/`` or ``+`` (``.full``, ``.full.pdf``, ``+html``, ``/abstract``).
_TAIL_WORD = (
    "full|abs|abstract|pdf|epdf|epub|summary|fulltext|full-text|references|html?|xml|meta"
    "|citedby|figures|figures-only|suppl|supplemental|supplementary-material|toc|issuetoc"
    "|pdfplus|reader|short|long|article-info|article-metrics|e-letters|related|download"
)
_VERSION_END = re.compile(r"[0-9]v[0-9]{1,3}\Z")
_TAIL_WORDS = frozenset(_TAIL_WORD.replace("html?", "html|htm").split("|"))
_URL_TAIL = re.compile(
    r"(?i)(?:(?<=[0-9])(?P<version>v[0-9]{1,3})(?:[./+](?:" + _TAIL_WORD + r"))*"
    r"|(?:[./+](?:" + _TAIL_WORD + r"))+)/?\Z"
)
# a resolver right before the DOI: its path is the DOI, kept whole
_RESOLVER_BEFORE = re.compile(r"(?i)(?:doi\.org|handle\.net)/\Z")

_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))
_CLOSERS = {")": "(", "]": "[", "}": "{", ">": "<"}
_TRAILING = frozenset(".,;:!?*/")
_TRAILING_OR_CLOSER = frozenset(".,;:!?*/)]}>")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]")
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"))
_DECODED_STOP = re.compile(r"[\s\x00-\x1f\x7f]")
_WS = re.compile(r"\s")

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
_URL_CONTEXT = re.compile(r"(?i)://|\bwww\.|doi\.org/")
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
_M_LOWER = "lower-cased the DOI (DOIs are case-insensitive)"
_M_TRAIL = "removed trailing punctuation"
_M_GLUED = "removed link text glued to the DOI"
_M_GLUED_URL = "removed a URL glued to the DOI"
_M_PATH = "removed a URL path after the DOI"
_M_VERSION = "removed a version after the DOI (the URL of one version, not part of the DOI)"
_M_MARKUP = "the DOI ends where markup starts"
_M_SHORT = "a short DOI (an alias of a full DOI; not resolved offline)"
_M_WS = "removed surrounding whitespace"


@functools.cache
def _link_phrases() -> tuple[str, ...]:
    """Reference link text from the locale files (``[references] link_text``), used to
    cut link text glued to the end of a DOI (``…/bmj.g5293Crossref``).  A broken locale
    file raises :class:`~comet.LocaleDataError` (its file and key)."""
    from comet.locales import all_rules

    phrases: set[str] = set()
    for rules in all_rules():
        phrases.update(t for t in rules.terms("references", "link_text") if t[:1].isupper())
    return tuple(sorted(phrases, key=len, reverse=True))


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


@attrs.define(slots=True)
class _Hit:
    start: int
    end: int
    prefix: str
    suffix: str
    diagnostics: list[Diagnostic]
    token_end: int


def _token_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the run of non-whitespace characters that ends at ``pos``."""
    k = max(text.rfind(" ", floor, pos), text.rfind("\n", floor, pos), text.rfind("\t", floor, pos))
    k = floor if k < floor else k + 1
    for w in _WS.finditer(text, k, pos):  # other whitespace: rare
        k = w.end()
    return k


def _glued_words_start(text: str, lo: int, hi: int) -> int:
    """Start of link text glued to the end of ``text[lo:hi]``, or ``-1``.

    Link text is a run of Capitalised words after a digit, a closing bracket or a
    one-letter segment: two or more words (``…/bmj.g5293CrossrefMedline``), or one
    that starts a phrase of running text (``…04.016Get rights and content``) or a
    known link phrase (``[references] link_text`` in the locale files).
    ``…/RevModPhys.94.045004`` is left alone.
    """
    i = hi
    words = 0
    while True:
        j = i
        while j > lo and "a" <= text[j - 1] <= "z":
            j -= 1
        if i - j < 2 or j - 1 <= lo or not "A" <= text[j - 1] <= "Z":
            break
        i = j - 1
        words += 1
        if words > 6:
            return -1
    if words == 0 or i <= lo:
        return -1
    prev = text[i - 1]
    if not (
        "0" <= prev <= "9"
        or prev in ")]"
        or (prev.isalpha() and (i - 2 < lo or not text[i - 2].isalpha()))
    ):
        return -1
    if words >= 2:
        return i
    if hi + 1 < len(text) and text[hi] in " \t" and text[hi + 1].islower():
        return i
    for phrase in _link_phrases():
        if text.startswith(phrase, i):
            return i
    return -1


def _strip_trailing(text: str, lo: int, hi: int) -> int:
    """``hi`` moved back over trailing punctuation and unbalanced closing brackets."""
    while hi > lo:
        c = text[hi - 1]
        if c in _TRAILING:
            hi -= 1
            continue
        opener = _CLOSERS.get(c)
        if opener is not None:
            seg = text[lo:hi]
            closes = seg.count(c)
            opens = seg.count(opener)
            if c == ">":
                closes += seg.count("&gt;")
                opens += seg.count("&lt;")
            if closes > opens:
                hi -= 1
                continue
        break
    return hi


def _url_context(text: str, start: int) -> bool:
    """Whether the text at ``start`` is glued to a URL (``https://host/doi/full/10…``)."""
    k = _token_start(text, start, max(0, start - 300))
    return k < start and _URL_CONTEXT.search(text, k, start) is not None


def _site_url(text: str, start: int) -> bool:
    """Whether the DOI at ``start`` stands in a publisher's or preprint server's URL (not
    a resolver's, whose path is exactly the DOI)."""
    if not _url_context(text, start):
        return False
    return _RESOLVER_BEFORE.search(text, max(0, start - 12), start) is None


def _url_tail(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The version and format ending (``v3.full.pdf``, ``/full``) of ``text[lo:hi]``."""
    end = hi - 1 if text[hi - 1] == "/" else hi
    k = end
    while k > lo and (text[k - 1].isalnum() or text[k - 1] == "-"):
        k -= 1
    word = text[k:end].lower()
    if word not in _TAIL_WORDS and _VERSION_END.search(word) is None:
        return None  # the last word is neither a format nor a version: no tail (fast path)
    m = _URL_TAIL.search(text, lo, hi)
    if m is None or m.start() <= lo:
        return None
    return m


def _markup_start(text: str, lo: int, hi: int) -> int:
    """Where markup starts in ``text[lo:hi]`` (``</pub-id>``, ``-->``, ``<a href…``), or -1."""
    pos = lo
    while True:
        m = _MARKUP.search(text, pos, hi)
        if m is None:
            return -1
        tag = m.group("tag")
        if tag is None or m.group("after") not in (">", "&gt;"):
            return m.start()
        # "<name>" without attributes: markup when "</name" follows (else SICI-like text)
        close = ("</" if text[m.start()] == "<" else "&lt;/") + tag
        if text.find(close, m.end(), m.end() + 4000) >= 0:
            return m.start()
        pos = m.end()


def _unbalanced(text: str, lo: int, hi: int) -> int:
    """Position of the first closing bracket in ``text[lo:hi]`` that nothing opened, or -1
    (``…/abc)>>`` of a PDF link, ``…/abc>link</a>``)."""
    depth = {"(": 0, "[": 0, "<": 0, "{": 0}
    i = lo
    while i < hi:
        c = text[i]
        if c == "&":
            if text.startswith("&lt;", i):
                depth["<"] += 1
                i += 4
                continue
            if text.startswith("&gt;", i):
                if depth["<"] == 0:
                    return i
                depth["<"] -= 1
                i += 4
                continue
        elif c in depth:
            depth[c] += 1
        elif c in _CLOSERS:
            opener = _CLOSERS[c]
            if depth[opener] == 0:
                return i
            depth[opener] -= 1
        i += 1
    return -1


def _short_hit(m: re.Match[str], short: str) -> _Hit:
    """The hit of a short DOI (``doi:10/b6vnmd``), kept lower-cased as written."""
    low = short.lower()
    diags = [diag("short-doi", _M_SHORT, m.start(), m.end())]
    if low != short:
        diags.append(diag("lowercased", _M_LOWER, m.start("short"), m.end()))
    return _Hit(m.start(), m.end(), "10", low, diags, m.end())


def _hit(text: str, m: re.Match[str]) -> _Hit | None:
    """Read the DOI whose prefix ``m`` matched; ``None`` when no suffix is left."""
    short = m.group("short")
    if short is not None:
        return _short_hit(m, short)
    lo = m.end()
    sm = _SUFFIX.match(text, lo)
    if sm is None:
        return None
    token_end = hi = sm.end()
    diags: list[Diagnostic] = []
    seg = text[lo:hi]
    low_seg = seg.lower()

    if "http" in low_seg or "www." in low_seg:
        g = _GLUED_URL.search(text, lo, hi)
        if g is not None and g.start() > lo:
            diags.append(diag("removed-glued-text", _M_GLUED_URL, g.start(), hi, WARNING))
            hi = g.start()
    elif hi < len(text) and text[hi] in "hH" and "url" in low_seg:
        # the suffix stopped before a glued "https:": drop a glued "URL" label too
        u = _URL_WORD.search(low_seg)
        if u is not None and u.start() > 0:
            diags.append(diag("removed-glued-text", _M_GLUED_URL, lo + u.start(), hi, WARNING))
            hi = lo + u.start()

    if "<" in seg or ">" in seg or "&" in seg or "-->" in seg:
        k = _markup_start(text, lo, hi)
        if k > lo:
            diags.append(diag("removed-markup", _M_MARKUP, k, hi))
            hi = k
    if ")" in seg or ">" in seg or "]" in seg or "&" in seg or "}" in seg:
        k = _unbalanced(text, lo, hi)
        if k > lo:
            rest = text[k:hi]
            if any(c.isalnum() for c in rest):
                diags.append(
                    diag(
                        "removed-glued-text", "removed text after a closing bracket", k, hi, WARNING
                    )
                )
            else:
                diags.append(diag("removed-punctuation", _M_TRAIL, k, hi))
            hi = k
    if hi > lo and text[hi - 1] == "]":
        f = _FOOTNOTE.search(text, lo, hi)
        if f is not None and f.start() > lo:
            diags.append(diag("removed-glued-text", "removed a footnote marker", f.start(), hi))
            hi = f.start()

    site: bool | None = None
    for _ in range(4):
        before = hi
        if text[hi - 1] in _TRAILING_OR_CLOSER:
            new_hi = _strip_trailing(text, lo, hi)
            if new_hi != hi:
                diags.append(diag("removed-punctuation", _M_TRAIL, new_hi, hi))
                hi = new_hi
        if hi > lo and "a" <= text[hi - 1] <= "z" and low_seg != seg:
            cut = _glued_words_start(text, lo, hi)
            if cut > lo:
                diags.append(diag("removed-glued-text", _M_GLUED, cut, hi, WARNING))
                hi = cut
        if hi > lo:
            t = _url_tail(text, lo, hi)
            if t is not None:
                if site is None:
                    site = _site_url(text, m.start())
                if site:
                    v = t.start("version")
                    if v >= 0:
                        diags.append(diag("removed-version", _M_VERSION, v, t.end("version")))
                        if t.end("version") < t.end():
                            diags.append(diag("removed-url-path", _M_PATH, t.end("version"), hi))
                    else:
                        diags.append(diag("removed-url-path", _M_PATH, t.start(), hi))
                    hi = t.start()
        if hi == before or hi <= lo:
            break
    if hi <= lo:
        return None
    suffix = text[lo:hi] if hi != token_end else seg
    if "\\" in suffix:
        suffix = _ESCAPE.sub(_unescape, suffix)
        diags.append(diag("removed-escapes", "undid backslash escapes", lo, hi))
    if "&" in suffix:
        for entity, char in _ENTITIES:
            suffix = suffix.replace(entity, char)
        diags.append(diag("decoded-html-entities", "decoded HTML entities", lo, hi))
    slash = m.group(2)
    if slash[0] == "%" or ("%" in suffix and _PERCENT.search(suffix) is not None):
        suffix = unquote(suffix)
        diags.append(diag("decoded-percent-encoding", "decoded percent-encoding", m.start(), hi))
        stop = _DECODED_STOP.search(suffix)
        if stop is not None:
            suffix = suffix[: stop.start()]
            if not suffix:
                return None
    elif slash != "/":
        diags.append(diag("removed-escapes", "undid backslash escapes", m.start(2), m.end(2)))
    if not suffix.isascii():
        if _INVISIBLE.search(suffix) is not None:
            suffix = _INVISIBLE.sub("", suffix)
            diags.append(diag("removed-zero-width", "removed invisible characters", lo, hi))
        dashed = suffix.translate(_DASHES)
        if dashed != suffix:
            diags.append(diag("normalized-separators", "wrote Unicode hyphens as '-'", lo, hi))
            suffix = dashed
        if not suffix:
            return None
        nfc = unicodedata.normalize("NFC", suffix)
        if nfc != suffix:
            diags.append(diag("normalized-unicode", "normalised Unicode to NFC", lo, hi))
            suffix = nfc
    low = suffix.lower()
    if low != suffix:
        diags.append(diag("lowercased", _M_LOWER, lo, hi))
    return _Hit(m.start(), hi, "10." + m.group(1), low, diags, token_end)


def _unescape(m: re.Match[str]) -> str:
    return m.group(1) or m.group(2)


def _hits(text: str) -> Iterator[_Hit]:
    """Every DOI, left to right; DOIs do not overlap, so the scan goes on after each one
    (which keeps it linear in the length of ``text``)."""
    pos = 0
    search = _ANCHOR.search
    while True:
        m = search(text, pos)
        if m is None:
            return
        h = _hit(text, m)
        if h is None:
            pos = m.end()
        else:
            pos = max(h.token_end, m.end())
            yield h


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
