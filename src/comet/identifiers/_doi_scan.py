"""Finding DOIs in running text: where each one starts and where its suffix ends.

The scanner behind :func:`comet.identifiers.doi.find` and ``parse``: an anchor
(``10.NNNN/``, or a short DOI after a label), then the longest run of characters a DOI
can hold, cut back where link text, a glued URL, markup, an unbalanced bracket, a
footnote marker, trailing punctuation or a publisher URL's path starts, and decoded
(escapes, entities, percent-encoding, Unicode).  Every cut is a diagnostic.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import unquote

import attrs

from comet.diagnostics import Diagnostic
from comet.identifiers import tuning
from comet.identifiers._util import WARNING, diag

__all__ = [
    "ANCHOR",
    "M_LOWER",
    "M_SHORT",
    "URL_TAIL",
    "Hit",
    "glued_words_start",
    "hits",
    "link_phrases",
    "token_start",
    "url_context",
]

MAX_SUFFIX = tuning.MAX_SUFFIX

# --- scanning ---------------------------------------------------------------------------

# "10." + registrant code (4-9 digits, optional dotted subdivisions) + "/", "%2F" or
# the JSON-escaped "\/".  Not preceded by a digit: "682.10.1080/…" (page glue) matches at
# "10.", "110.1080/" not.  Or a short DOI ("10/" + handle) after a "doi:" label or a
# resolver: a bare "10/abcd" in running text is as often a date or a fraction.
# (The look-behind for a digit stands after the literal "10": a pattern that starts with a
# literal is searched for that literal first, many times faster; the matches are the same.)
ANCHOR = re.compile(
    r"10(?<![0-9]10)(?:\.([0-9]{4,9}(?:\.[0-9]{1,9}){0,4})(/|%2[Ff]|\\/)"
    r"|/(?:(?<=[dD][oO][iI]:10/)|(?<=[dD][oO][iI]: 10/)|(?<=[dD][oO][iI]\.[oO][rR][gG]/10/)"
    r"|(?<=[hH][aA][nN][dD][lL][eE]\.[nN][eE][tT]/10/))(?P<short>[A-Za-z0-9]{4,12})"
    r"(?![A-Za-z0-9/_]|[-.][A-Za-z0-9]))"
)

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
URL_TAIL = re.compile(
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
_URL_CONTEXT = re.compile(r"(?i)://|\bwww\.|doi\.org/")

M_LOWER = "lower-cased the DOI (DOIs are case-insensitive)"
_M_TRAIL = "removed trailing punctuation"
_M_GLUED = "removed link text glued to the DOI"
_M_GLUED_URL = "removed a URL glued to the DOI"
_M_PATH = "removed a URL path after the DOI"
_M_VERSION = "removed a version after the DOI (the URL of one version, not part of the DOI)"
_M_MARKUP = "the DOI ends where markup starts"
M_SHORT = "a short DOI (an alias of a full DOI; not resolved offline)"


@functools.cache
def link_phrases() -> tuple[str, ...]:
    """Reference link text from the locale files (``[references] link_text``), used to
    cut link text glued to the end of a DOI (``…/bmj.g5293Crossref``).  A broken locale
    file raises :class:`~comet.LocaleDataError` (its file and key)."""
    from comet.locales import all_rules

    phrases: set[str] = set()
    for rules in all_rules():
        phrases.update(t for t in rules.terms("references", "link_text") if t[:1].isupper())
    return tuple(sorted(phrases, key=len, reverse=True))


@attrs.define(slots=True)
class Hit:
    start: int
    end: int
    prefix: str
    suffix: str
    diagnostics: list[Diagnostic]
    token_end: int


def token_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the run of non-whitespace characters that ends at ``pos``."""
    k = max(text.rfind(" ", floor, pos), text.rfind("\n", floor, pos), text.rfind("\t", floor, pos))
    k = floor if k < floor else k + 1
    for w in _WS.finditer(text, k, pos):  # other whitespace: rare
        k = w.end()
    return k


def glued_words_start(text: str, lo: int, hi: int) -> int:
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
    for phrase in link_phrases():
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


def url_context(text: str, start: int) -> bool:
    """Whether the text at ``start`` is glued to a URL (``https://host/doi/full/10…``)."""
    k = token_start(text, start, max(0, start - 300))
    return k < start and _URL_CONTEXT.search(text, k, start) is not None


def _site_url(text: str, start: int) -> bool:
    """Whether the DOI at ``start`` stands in a publisher's or preprint server's URL (not
    a resolver's, whose path is exactly the DOI)."""
    if not url_context(text, start):
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
    m = URL_TAIL.search(text, lo, hi)
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


def _short_hit(m: re.Match[str], short: str) -> Hit:
    """The hit of a short DOI (``doi:10/b6vnmd``), kept lower-cased as written."""
    low = short.lower()
    diags = [diag("short-doi", M_SHORT, m.start(), m.end())]
    if low != short:
        diags.append(diag("lowercased", M_LOWER, m.start("short"), m.end()))
    return Hit(m.start(), m.end(), "10", low, diags, m.end())


def _hit(text: str, m: re.Match[str]) -> Hit | None:
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
    hi = _cut_glued(text, lo, hi, seg, low_seg, diags)
    hi = _trim_end(text, m, lo, hi, seg != low_seg, diags)
    if hi <= lo:
        return None
    suffix = _decode(text, m, lo, hi, text[lo:hi] if hi != token_end else seg, diags)
    if suffix is None:
        return None
    low = suffix.lower()
    if low != suffix:
        diags.append(diag("lowercased", M_LOWER, lo, hi))
    return Hit(m.start(), hi, "10." + m.group(1), low, diags, token_end)


def _cut_glued(text: str, lo: int, hi: int, seg: str, low_seg: str, diags: list[Diagnostic]) -> int:
    """``hi`` moved back before a glued URL, markup, text after an unbalanced closing
    bracket and a footnote marker at the end of the suffix ``text[lo:hi]`` (``seg``)."""
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
    return hi


def _trim_end(
    text: str, m: re.Match[str], lo: int, hi: int, has_upper: bool, diags: list[Diagnostic]
) -> int:
    """``hi`` moved back over trailing punctuation, glued link text (``has_upper``: the
    suffix has capitals) and a publisher URL's version and path, repeated while any of
    them moves it (at most four rounds)."""
    site: bool | None = None
    for _ in range(4):
        before = hi
        if text[hi - 1] in _TRAILING_OR_CLOSER:
            new_hi = _strip_trailing(text, lo, hi)
            if new_hi != hi:
                diags.append(diag("removed-punctuation", _M_TRAIL, new_hi, hi))
                hi = new_hi
        if hi > lo and "a" <= text[hi - 1] <= "z" and has_upper:
            cut = glued_words_start(text, lo, hi)
            if cut > lo:
                diags.append(diag("removed-glued-text", _M_GLUED, cut, hi, WARNING))
                hi = cut
        if hi > lo:
            t = _url_tail(text, lo, hi)
            if t is not None:
                if site is None:
                    site = _site_url(text, m.start())
                if site:
                    _url_tail_diags(t, hi, diags)
                    hi = t.start()
        if hi == before or hi <= lo:
            break
    return hi


def _url_tail_diags(t: re.Match[str], hi: int, diags: list[Diagnostic]) -> None:
    """The diagnostics of cutting the version and path ``t`` (ending at ``hi``)."""
    v = t.start("version")
    if v >= 0:
        diags.append(diag("removed-version", _M_VERSION, v, t.end("version")))
        if t.end("version") < t.end():
            diags.append(diag("removed-url-path", _M_PATH, t.end("version"), hi))
    else:
        diags.append(diag("removed-url-path", _M_PATH, t.start(), hi))


def _decode(
    text: str, m: re.Match[str], lo: int, hi: int, suffix: str, diags: list[Diagnostic]
) -> str | None:
    """The suffix ``text[lo:hi]`` with escapes, HTML entities and percent-encoding undone
    and invisible characters, Unicode hyphens and non-NFC forms normalised; ``None``
    when nothing is left."""
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
    if suffix.isascii():
        return suffix
    return _normalize(suffix, lo, hi, diags)


def _normalize(suffix: str, lo: int, hi: int, diags: list[Diagnostic]) -> str | None:
    """A non-ASCII suffix without invisible characters, with ASCII hyphens, in NFC."""
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
    return suffix


def _unescape(m: re.Match[str]) -> str:
    return m.group(1) or m.group(2)


def hits(text: str) -> Iterator[Hit]:
    """Every DOI, left to right; DOIs do not overlap, so the scan goes on after each one
    (which keeps it linear in the length of ``text``)."""
    pos = 0
    search = ANCHOR.search
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
