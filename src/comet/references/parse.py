"""Segment one reference string into fields (the engine behind :func:`comet.parse_reference`).

The segmentation is rule-based and linear: identifiers and access notes are lifted out
first (DOI, URL, ``[accessed …]``, PMID…), then the author block is scanned
(:mod:`._authors`), the year is found right after it (author-date styles) or near the end
(author-title-date styles), and the body is cut into title, container, locator and
publisher by anchors: quotes, ``In:``/``Dans``, editor markers, sentence ends, the
locator run at the end (:mod:`._tail`) and ``Place: Publisher`` pairs.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.identifiers import Doi
from comet.locales import LocaleRules, fold
from comet.references import _reuse
from comet.references._authors import AuthorScan, scan
from comet.references._lexicon import Lexicon
from comet.references._tail import Tail, find_tail, labelled_parts, read_tail

__all__ = ["Fields", "segment"]

# ---------------------------------------------------------------------------------------
# patterns (structural only: words come from the locale files through the Lexicon)

_YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
_LABEL = re.compile(
    r"\s*(?:[-–—•*·]\s+|\[\s*[\w.+ -]{1,16}\s*\]|\(\s*\d{1,4}\s*\)|(?P<n>\d{1,4})\s*[.)](?=\s)|(?P<m>\d{1,4})\s+(?=[^\W\d_]))\s*"
)
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}\s*/?>")
_SPACED_PUNCT = re.compile(r"(?<=\w) ([.,;:])(?=[^\W\d_])|(?<=\b[^\W\d_a-z]) (\.)(?= )")
_LEAD_YEAR = re.compile(rf"\s*(?P<y>{_YEAR_RE})[a-z]?\s*[:.,]?\s+(?=[^\W\d_])")
_SPACE_BEFORE_MARK = re.compile(r"\s+([?!])(?=\s|\Z)")
_GLUED_SENTENCE = re.compile(r"(?<=[a-zß-ÿ]{3})\.(?=[A-Z][a-zß-ÿ]{2})")
_DASH_SEP = re.compile(r"\.?\s+-(?=[A-Z][a-zß-ÿ])")
_GLUED_NUMBER = re.compile(r"(?<=[a-zß-ÿ]{4})(?=\d)")
_ACRONYM = re.compile(r"\s*[(\[][A-Z][A-Z&.\- ]{1,14}[)\]]")
_DOI = re.compile(
    r"(?:(?:https?://)?(?:dx\.)?doi\.org/|\bdoi\s*[:=.]?\s*|\bDOI\s*[:=.]?\s*|(?<![\w/]))"
    r"(10\.\d{4,9}/[^\s\"<>]{1,300})",
    re.IGNORECASE,
)
_DOI_LABEL = re.compile(r"(?:(?:https?://)?(?:dx\.)?doi\.org/|\bdoi\s*[:=]?\s*)\Z", re.IGNORECASE)
_URL = re.compile(r"(?:<\s*)?(?:(?:https?|ftp)://|www\.)[^\s<>\"]{2,500}", re.IGNORECASE)
_URL_CONT = re.compile(r"\s([a-z0-9][\w\-~%]*[./?=&#][^\s<>\"]{0,300})")
_IDS = re.compile(
    r"\b(?:ISBN|ISSN)(?:-1[03])?\s*:?\s*[\dXx](?:[\dXx]|[- ](?=[\dXx])){6,20}"
    r"|(?:\bPubMed\s+)?\b(?:PMID|PMCID|PMC|[Aa][Rr][Xx][Ii][Vv]|OCLC)\b\s*:?\s*(?:[\w\-./]{1,40})"
    r"(?:\s*\[\s*[\w.-]{1,12}\s*\])?"
    r"|\b[Ee][Pp]ub\b(?:\s+ahead\s+of\s+print)?(?:\s+\d{4}(?:\s+[A-Za-z]{3,9})?(?:\s+\d{1,2})?)?"
    r"|\b(?:astro-ph|hep-(?:th|ph|ex|lat)|gr-qc|cond-mat(?:\.\w+)?|quant-ph|nucl-(?:th|ex)|math(?:\.[A-Z]{2})?|physics)/\d{7}(?:v\d)?"
    r"|\[\s*\d{4}\.\d{4,5}(?:v\d)?\s*\]"
    r"|⟨[^⟨⟩]{1,80}⟩",
)
_YEAR = _YEAR_RE
_YEAR_AT = re.compile(
    rf"[(\[]\s*(?P<y1>{_YEAR})(?P<s1>[a-z])?"
    r"(?:\s*[-–/]\s*\d{2,4}[a-z]?)?"
    r"(?:\s*[,:;]\s*[^()\[\]]{0,40}?)?\s*[)\]]"
    rf"|(?P<y2>{_YEAR})(?P<s2>[a-z])?(?:\s*[-–/]\s*\d{{2,4}})?"
    r"(?=\s*(?:[.,:;)]|\Z|\s*[\[(]|\s+[^\W\d_a-z]|\s*[\"“‘'„«]))",
)
_ANY_YEAR = re.compile(rf"(?<![\w/.:–-])(?P<y>{_YEAR})(?P<s>[a-z])?(?![\w/–-]|\.\d|:\d)")
_PAREN_YEAR = re.compile(
    rf"[(\[]\s*{_YEAR}[a-z]?(?:\s*[-–/]\s*\d{{2,4}})?(?:\s*[,:;]\s*[^()\[\]]{{0,40}}?)?\s*[)\]]"
)
_DIGIT = re.compile(r"\d")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_WORDS = re.compile(r"[^\W\d_]+")
_IDS_HINT = re.compile(r"⟨|PM|[Aa][Rr][Xx][Ii][Vv]|IS[BS]N|OCLC|[Ee][Pp]ub|/\d{7}|\[\s*\d{4}\.")
_QUOTES = {
    "“": '”“"',
    "„": '“”"',
    '"': '"”“',
    "‘": "’'‘",
    "'": "'’",
    "«": "»",
    "»": "«",
    "”": "”",
}
_SENT_END = re.compile(
    r"(?<=[^\s.])([.?!])[\"”’»]?\s+(?=[\"“‘«„\[]?[^\W_a-z]|\((?![A-Z][A-Z0-9&-]{1,12}\)))"
)
_PLACE_PUB = re.compile(
    r"\A(?P<a>[^:;,.()\[\]]{2,60}?(?:,\s?[A-Z][A-Za-z.]{1,12}|\s\([A-Z][A-Za-z.]{1,6}\))?)\s?:\s?(?P<b>[^:;()\[\]]{2,100}?)"
    r"(?:[,.]?\s*(?P<y>" + _YEAR + r")[a-z]?)?\s*[.,;]?\s*\Z"
)
_COMMA_CAP = re.compile(r"\s*,\s*(?=[\"“«„(\[]?[^\W\d_a-z])|\s,(?=\S)")
_EDITION = re.compile(r"\(?\s*(\d{1,2})\s*(?:st|nd|rd|th|e|er|\.)?\s+", re.IGNORECASE)
_TRAIL = " ,;:.-–—/"


def _strip(text: str) -> str:
    """Trim list punctuation; a final period after a short capitalised word (a possible
    abbreviation, ``Commun.``) stays for :func:`_finish` to judge."""
    out = text.strip(_TRAIL + " ")
    if out and text.rstrip(" ,;:").endswith(".") and not out.endswith("."):
        last = out.rsplit(" ", 1)[-1]
        if 1 <= len(last) <= 8 and last[:1].isupper() and last.replace(".", "").isalpha():
            out += "."
    return out


def _tidy(text: str) -> str:
    """Collapse the punctuation runs left behind by removals (marked with ``_CUT``)."""
    if _CUT in text:
        text = _CUT_RUN.sub(_cut_repl, text)
    if "()" in text or "[]" in text or "( " in text or "[ " in text:
        text = _EMPTY_BRACKETS.sub(" ", text)
    return " ".join(text.split())


_CUT = "\x00"
_CUT_RUN = re.compile(r"[\s.,;:]*\x00[\s.,;:\x00]*")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")


def _cut_repl(m: re.Match[str]) -> str:
    run = m.group()
    if "." in run:
        return ". "
    if "," in run:
        return ", "
    return " "


@attrs.define
class Fields:
    """The raw segments of one reference (strings), before the field parsers run."""

    text: str = ""
    text_offset: int = 0
    loc_labelled: bool = False
    imprint_cut: bool = False
    series: str | None = None
    authors: str | None = None
    editors: str | None = None
    authors_are_editors: bool = False
    year: int | None = None
    year_text: str | None = None
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    place: str | None = None
    doi: Doi | None = None
    url: str | None = None
    accessed: str | None = None
    edition: str | None = None
    status: str | None = None
    type: str | None = None
    notes: list[str] = attrs.field(factory=list)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    def diag(self, code: str, message: str, span: tuple[int, int] | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, span, Severity.INFO))

    def warn(self, code: str, message: str, span: tuple[int, int] | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, span, Severity.WARNING))


# ---------------------------------------------------------------------------------------
# step 1: clean-up, identifiers, link text


def _clean(text: str, f: Fields, lex: Lexicon) -> str:
    s = unicodedata.normalize("NFC", text)
    if _CUT in s:
        s = s.replace(_CUT, " ")  # the removal marker may not come from the input
    if "<" in s:
        cleaned = _MARKUP.sub("", s)
        if cleaned != s:
            f.diag("removed-markup", "removed markup tags", None)
            s = cleaned
    s = " ".join(s.split()).translate(_HYPHENS)  # U+2010/U+2011: "Moldenhauer‐Klesges"
    if " ?" in s or " !" in s:
        s = _SPACE_BEFORE_MARK.sub(r"\1", s)  # French spacing: "psys ? Barruel"
    if " ." in s or " ," in s or " ;" in s or " :" in s:
        # "problems .Bull .Astron" -> "problems. Bull. Astron"; "S . Louis" -> "S. Louis"
        s = _SPACED_PUNCT.sub(lambda m: (m.group(1) + " ") if m.group(1) else ".", s)
    s = _strip_link_text(s, f, lex)
    m = _LABEL.match(s)
    if m and m.end() < len(s):
        num = m.group("n") or m.group("m")
        if num is None or not re.fullmatch(_YEAR_RE, num):
            f.diag("removed-label", f"removed list label {m.group().strip()!r}", (0, m.end()))
            s = s[m.end() :]
    return s


def _strip_link_text(s: str, f: Fields, lex: Lexicon) -> str:
    """Drop link text (``Search in Google Scholar``, ``Crossref``…) at the end."""
    last = s.rsplit(None, 1)[-1].strip("[]().,;:|").casefold() if s else ""
    if last not in lex.link_words:
        return s  # fast path: the last word ends no link text
    tail_start = max(0, len(s) - 200)
    m = lex.link_text.search(s, tail_start)
    if m and m.start() > 0:
        f.diag("removed-link-text", f"removed link text {m.group().strip()!r}", m.span())
        s = s[: m.start()].rstrip()
    return s


def _take_doi(s: str, f: Fields) -> str:
    if "10." not in s:
        return s
    for m in _DOI.finditer(s):
        doi = m.group(1)
        # trim trailing punctuation and unbalanced closing brackets
        while doi and (
            doi[-1] in ".,;:⟩»>}"
            or (doi[-1] == ")" and doi.count("(") < doi.count(")"))
            or (doi[-1] == "]" and doi.count("[") < doi.count("]"))
        ):
            doi = doi[:-1]
        if not doi or ("/" not in doi[8:] and doi.endswith("/")):
            continue
        found = _reuse.doi(doi)
        if found is None:
            continue
        f.doi = found
        start, end = m.start(), m.start(1) + len(doi)
        pair = s[start - 1 : start] + s[end : end + 1]
        if pair in ("⟨⟩", "()", "[]", "<>"):
            start, end = start - 1, end + 1  # "⟨10.1051/…⟩"
        f.diag("took-doi", f"took DOI {found}", (start, end))
        return s[:start] + " \x00 " + s[end:]
    return s


def _take_urls(s: str, f: Fields, lex: Lexicon) -> str:
    pieces: list[str] = []
    last = 0
    for m in _URL.finditer(s):
        start, end = m.span()
        url = m.group().lstrip("< ")
        # a URL broken by a space after a dot or slash: "http://portal. salud.gob.mx"
        while url[-1:] in "./_-=" and (c := _URL_CONT.match(s, end)):
            url += c.group(1)
            end = c.end()
        while url and (url[-1] in ".,;:>" or (url[-1] in ")]" and url.count("(") < url.count(")"))):
            url = url[:-1]
        if f.url is None:
            f.url = url
        f.diag("took-url", f"took URL {url}", (start, end))
        # "available at", "[available at]", "Retrieved from" just before the URL
        head = s[last:start]
        cut = _cut_available(head, lex)
        pieces.append(head[:cut])
        pieces.append(" \x00 ")
        last = end
    if not pieces:
        return s
    pieces.append(s[last:])
    return "".join(pieces)


_AVAIL_TAIL = re.compile(r"[\[(]?\s*(?:{terms})\s*[\])]?\s*:?\s*\Z")


def _cut_available(head: str, lex: Lexicon) -> int:
    """Index in ``head`` where an "available at"-like phrase before a URL starts."""
    stripped = head.rstrip()
    # try the locale's phrases at the end of head
    best = len(head)
    for m in lex.available.finditer(stripped, max(0, len(stripped) - 60)):
        tail = stripped[m.end() :]
        if re.fullmatch(r"\s*[\])]?\s*:?\s*", tail):
            start = m.start()
            while start > 0 and stripped[start - 1] in " [(":
                start -= 1
            best = min(best, start)
            break
    return best


_ACCESSED_BODY = re.compile(
    r"\s*(?:on|den|le|am|the)?\s*:?\s*([^\[\]()\x00]{0,40}?(?:,\s*\d{4})?)"
    r"\s*(?=[\])]|\.\s|\.?\s*\Z|\.?\s*\x00|,|;)"
)
_ACCESSED_IN_BRACKETS = re.compile(r"\s*(?:on|den|le|am|the)?\s*:?\s*([^\[\]()]{1,40}?)\s*[\])]")


def _take_accessed(s: str, f: Fields, lex: Lexicon) -> str:
    """``[accessed 2020–02–21]``, ``Retrieved June 2, 2020, from``, ``[besøgt 10. januar 2023]``."""
    if not lex.accessed_words.intersection(_WORDS.findall(s.casefold())):
        return s
    for m in lex.accessed.finditer(s):
        start = m.start()
        if start > 0 and s[start - 1].isalnum():
            continue
        opened = start
        while opened > 0 and s[opened - 1] in " [(":
            opened -= 1
        bracketed = "[" in s[opened:start] or "(" in s[opened:start]
        body = (_ACCESSED_IN_BRACKETS if bracketed else _ACCESSED_BODY).match(s, m.end())
        if not body:
            continue
        date_text = body.group(1).strip(" .,")
        if not _DIGIT.search(date_text):
            continue
        end = body.end()
        # "…, from" / "från" left before a URL that is already cut out
        tail = re.match(r"\s*,?\s*(\S+)\s*(?=\x00)", s[end:])
        if tail and lex.available.fullmatch(tail.group(1)):
            end += tail.end()
        f.accessed = date_text
        f.diag("took-accessed", f"took access date {date_text!r}", (opened, end))
        return s[:opened] + " \x00 " + s[end:]
    return s


def _take_ids(s: str, f: Fields) -> str:
    if not _IDS_HINT.search(s):
        return s
    out = s
    for m in reversed(list(_IDS.finditer(s))):
        note = m.group().strip(" .,;")
        f.notes.insert(0, note)
        f.diag("moved-to-note", f"moved {note!r} to the note", m.span())
        out = out[: m.start()] + " \x00 " + out[m.end() :]
    return out


# ---------------------------------------------------------------------------------------
# step 2: authors and an early year


def _plausible_author_prefix(
    prefix: str, sc: AuthorScan, lex: Lexicon, *, bare: bool = False
) -> bool:
    """Is ``prefix`` (the text before an early parenthesised year) an author block?"""
    p = prefix.strip()
    if not p or len(p) > 240 or _DIGIT.search(p):
        return False
    if any(q in p for q in '"“”„«»'):
        return False
    words = p.split()
    if len(words) > 40:
        return False
    lower = [
        w
        for w in words
        if w[:1].islower()
        and w.casefold() not in lex.particles
        and w.casefold() not in lex.and_words
    ]
    if sc.names and sc.stop not in ("sep", "other", "none", "eos") and sc.end < len(p) - 1:
        return False
    if bare:
        # a year standing as its own sentence: the prefix is short and name-like
        if sc.names and sc.end >= len(p) - 1:
            return True
        return len(lower) <= 1 and len(words) <= 12 and ". " not in p
    if sc.names == 0:
        return len(lower) <= 6 and len(words) <= 14
    return len(lower) <= 2


def _early_year(s: str, pos: int) -> re.Match[str] | None:
    while pos < len(s) and s[pos] in " .,:;":
        pos += 1
    m = _YEAR_AT.match(s, pos)
    if m is None:
        # an acronym of a corporate author before the year: "AECOM … Inc. (AECOM). 2009."
        a = _ACRONYM.match(s, pos)
        if a:
            pos = a.end()
            while pos < len(s) and s[pos] in " .,:;":
                pos += 1
            m = _YEAR_AT.match(s, pos)
    return m


_FAMILY_ONLY = re.compile(r"([^\W\d_][\w'’-]{2,30}),\s+(?=[\"“'‘«]|[^\W\d_a-z][^\W\d_]*[a-zß-ÿ])")
_BARE_YEAR_SENT = re.compile(
    rf"(?:\.|,)\s+(?P<y2>{_YEAR_RE})(?P<s2>[a-z])?(?:\s*[-–/]\s*\d{{2,4}})?\s*[.,:]\s"
)
_BRACKET_YEAR = re.compile(rf"\s*\[\s*{_YEAR_RE}[a-z]?\s*\]")


def _authors_and_year(s: str, f: Fields, lex: Lexicon) -> str:
    """Fill authors (and the year when it follows them); return the body after them."""
    lead = _LEAD_YEAR.match(s)
    if lead and lead.end() < len(s) - 10:
        # "2004: Ulf Preuss-Lausitz: Es kann …" — a year before the authors
        f.year = int(lead.group("y"))
        f.year_text = lead.group("y")
        s = s[lead.end() :]
        f.text_offset = lead.end()
    sc = scan(s, lex)
    if sc.names and sc.editors:
        f.authors_are_editors = True
    ym = _early_year(s, sc.rest) if sc.names else None
    if ym is not None and ym.group("y2") and sc.stop in ("other", "none"):
        ym = None
    if sc.names and ym:
        f.authors = s[: sc.end]
        if f.year is None:
            _set_year(f, ym)
        return _after_year(s, ym.end())
    # "(n.d.)", "(forthcoming)" right after the names
    if sc.names:
        st = _status_at(s, sc.rest, f, lex)
        if st is not None:
            f.authors = s[: sc.end]
            return s[st:]
    pm = _PAREN_YEAR.search(s, 0, 260)
    if pm and pm.start() > 0 and _plausible_author_prefix(s[: pm.start()], sc, lex):
        f.authors = s[: pm.start()]
        ed = lex.editors_tail.search(f.authors)
        if ed and ed.start() > 0:
            f.authors = f.authors[: ed.start()]
            f.authors_are_editors = True
        if f.year is None:
            _set_year(f, _YEAR_AT.match(s, pm.start()) or pm)
        return _after_year(s, pm.end())
    st_m = _status_paren(s, lex)
    if st_m is not None and st_m[0] > 0 and _plausible_author_prefix(s[: st_m[0]], sc, lex):
        f.authors = s[: st_m[0]]
        f.status = st_m[2]
        return s[st_m[1] :]
    # "Christoph Molnar. 2020. Interpretable …", "POITOU-CHARENTES NATURE, 2013. Plan …"
    bm = _BARE_YEAR_SENT.search(s, 0, 200)
    if (
        bm
        and (not sc.names or sc.end <= bm.start() + 1)
        and _plausible_author_prefix(s[: bm.start()], sc, lex, bare=True)
    ):
        f.authors = s[: bm.start()]
        if f.year is None:
            _set_year(f, bm)
        return _after_year(s, bm.end())
    if sc.names and sc.stop not in ("other", "none"):
        f.authors = s[: sc.end]
        return s[sc.rest :]
    if sc.names and sc.stop == "other" and sc.names >= 2:
        f.authors = s[: sc.end]
        f.warn("guessed-author-end", "author list end guessed", (0, sc.end))
        return s[sc.rest :]
    fm = _FAMILY_ONLY.match(s)
    if fm and fm.group(1).casefold().rstrip(".") not in lex.journal_words:
        # "Bruhier, Abhandlungen von der …", "Deutsch, 'Schutzbereich …'": a family name alone
        f.authors = fm.group(1)
        f.warn("guessed-author-end", "a family name alone taken as the author", fm.span(1))
        return s[fm.end() :]
    return s


def _after_year(s: str, pos: int) -> str:
    """The text after an early year, skipping an original year in brackets (``[1958]``)."""
    m = _BRACKET_YEAR.match(s, pos)
    if m:
        pos = m.end()
    return s[pos:]


def _set_year(f: Fields, m: re.Match[str]) -> None:
    y = m.groupdict().get("y1") or m.groupdict().get("y2")
    if y is None:
        ym = re.search(_YEAR, m.group())
        y = ym.group() if ym else None
    if y is not None:
        f.year = int(y)
        f.year_text = m.group().strip("()[] .,")


_STATUS_PAREN = re.compile(r"[(\[]\s*([^()\[\]]{1,30}?)\s*[)\]]")


def _status_at(s: str, pos: int, f: Fields, lex: Lexicon) -> int | None:
    while pos < len(s) and s[pos] in " .,:;":
        pos += 1
    m = _STATUS_PAREN.match(s, pos)
    if not m:
        return None
    inner = m.group(1)
    if lex.no_date.fullmatch(inner):
        f.diag("no-date", f"no date ({inner})", m.span())
        return m.end()
    st = lex.status.fullmatch(inner)
    if st:
        f.status = lex.status_keys.get(fold(inner))
        return m.end()
    return None


def _status_paren(s: str, lex: Lexicon) -> tuple[int, int, str | None] | None:
    for m in _STATUS_PAREN.finditer(s, 0, 200):
        inner = m.group(1)
        if lex.status.fullmatch(inner):
            return m.start(), m.end(), lex.status_keys.get(fold(inner))
        if lex.no_date.fullmatch(inner):
            return m.start(), m.end(), None
    return None


# ---------------------------------------------------------------------------------------
# step 3: the body


@functools.lru_cache(maxsize=2048)
def _is_abbrev(word: str, lex: Lexicon) -> bool:
    """Is ``word`` (ending in '.') an abbreviation rather than a sentence end?"""
    word = word.rstrip(".").strip("()[]\"'“”‘’«»") + "."
    core = word.rstrip(".")
    if not core:
        return True
    if len(core) == 1:
        return core.isalpha()  # an initial; "1." ends a sentence ("Forskningsrapport 1.")
    low = word.casefold()
    if low in lex.abbreviations:
        return True
    if low in lex.volume_words or low in lex.issue_words or low in lex.page_words:
        return True
    if "." in core:  # "e.g", "U.S", "e.V"
        return True
    if len(core) <= 3 and core.isalpha() and core[0].isupper() and core[1:].islower():
        return True  # "Am.", "Soc.", "Roy."
    return len(core) <= 4 and core.isalpha() and core.isupper()  # "ACC.", "IEEE."


@functools.lru_cache(maxsize=2048)
def _sentence_cuts(text: str, lex: Lexicon) -> tuple[tuple[int, int], ...]:
    """Spans ``(end_of_sentence, start_of_next)`` of the sentence ends in ``text``.

    A period after an abbreviation (``Phys.``, ``J.``, ``Golf.``) is no sentence end, nor
    is one after a short capitalised word in a run of abbreviations (``Arch. Ne'er. Sci.``).
    """
    cuts: list[tuple[int, int]] = []
    for m in _SENT_END.finditer(text):
        mark = m.group(1)
        pos = m.start(1)
        if mark == ".":
            ws = text.rfind(" ", 0, pos) + 1
            word = text[ws : pos + 1]
            if _is_abbrev(word, lex):
                continue
            if word[:-1].isdigit() and len(word) <= 4:
                # an ordinal before an edition or volume word: "5. Aufl.", "22. Jg."
                nxt_end = text.find(" ", m.end())
                nxt = text[m.end() : nxt_end if nxt_end > 0 else len(text)].casefold()
                if lex.edition.match(nxt) or nxt in lex.volume_words or nxt in lex.issue_words:
                    continue
                # an ordinal inside prose: "im 2. Jahrhundert", "am 4. November"
                prev_ws = text.rfind(" ", 0, max(0, ws - 1)) + 1
                if len(word) <= 3 and text[prev_ws:ws].strip()[:1].islower():
                    continue
            prev_ws = text.rfind(" ", 0, max(0, ws - 1)) + 1
            prev = text[prev_ws:ws].strip()
            if word[:1].isupper() and len(word) <= 9:
                if prev.endswith(".") and _is_abbrev(prev, lex) and len(prev) > 2:
                    continue  # "Arch. Ne'er. Sci." — inside a run of abbreviations
                nxt_end = text.find(" ", m.end())
                nxt = text[m.end() : nxt_end if nxt_end > 0 else len(text)].rstrip(",;:")
                core = word.rstrip(".")
                if (
                    len(core) <= 5
                    and core.isalpha()
                    and nxt.endswith(".")
                    and len(nxt) > 2
                    and _is_abbrev(nxt, lex)
                ):
                    continue  # "Geom. Appl.", "Phil. Trans."
                if (
                    len(core) <= 6
                    and core.isalpha()
                    and 3 <= len(nxt) <= 7
                    and nxt.endswith(".")
                    and nxt[:1].isupper()
                    and nxt[:-1].isalpha()
                ):
                    continue  # "Constr. Build. Mater.": a run of abbreviations
        cuts.append((pos + (0 if mark == "." else 1), m.end()))
    return tuple(cuts)


def _split_sentences(text: str, lex: Lexicon) -> list[str]:
    out: list[str] = []
    last = 0
    for end, nxt in _sentence_cuts(text, lex):
        out.append(text[last:end])
        last = nxt
    out.append(text[last:])
    return [p for p in (_strip(x) for x in out) if p]


def _quoted_title(body: str) -> tuple[str, str] | None:
    b = body.lstrip(" .,:;")
    if not b or b[0] not in _QUOTES:
        return None
    closers = _QUOTES[b[0]]
    i = 1
    while i < len(b):
        c = b[i]
        if c in closers and (
            i + 1 == len(b)
            or b[i + 1] in " .,:;)]"
            or b[i + 1] in _QUOTES
            or (b[i - 1] in ".,?!" and b[i + 1].isupper())
        ):
            title = b[1:i].strip(" ,.;:")
            if len(title) >= 2:
                return title, b[i + 1 :]
            return None
        i += 1
    return None


def _journalish(text: str, lex: Lexicon) -> float:
    """How much ``text`` looks like an abbreviated journal title (0..1)."""
    words = text.replace(".", ". ").split()
    if not words:
        return 0.0
    hits = 0
    for w in words:
        if w.casefold() in lex.journal_words or (w.endswith(".") and _is_abbrev(w, lex)):
            hits += 1
    return hits / len(words)


def _title_case_ratio(text: str) -> float:
    words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    if not words:
        return 1.0
    return sum(1 for w in words if w[:1].isupper()) / len(words)


@functools.lru_cache(maxsize=2048)
def _publisherish(text: str, lex: Lexicon) -> bool:
    """Does ``text`` name a publisher or an institution (``Press``, ``Verlag``, ``University``)?"""
    if lex.publisher_words.search(text):
        return True
    for w in text.split():
        low = w.strip(".,;:()").casefold()
        if low in lex.organisation:
            return True
        dash = low.rfind("-")
        if dash > 0 and low[dash:] in lex.organisation:
            return True
    return False


def _place_publisher(text: str, f: Fields, lex: Lexicon) -> bool:
    """Read ``Place: Publisher`` (or ``Publisher: Place``); True when it matched."""
    t = _strip(text)
    m = _PLACE_PUB.match(t)
    if not m:
        return False
    a, b = _strip(m.group("a")), _strip(m.group("b"))
    if not a or not b or len(a.split()) > 6 or len(b.split()) > 10:
        return False
    if _DIGIT.search(a):
        return False
    if m.group("y") and f.year is None:
        f.year = int(m.group("y"))
    # "Publisher: Place" when the left side has a publisher word and the right does not
    if _publisherish(a, lex) and not _publisherish(b, lex) and len(b.split()) <= 3:
        f.publisher, f.place = a, b
    else:
        f.place, f.publisher = a, b
    return True


def _find_in_marker(body: str, lex: Lexicon) -> re.Match[str] | None:
    """``In:``, ``In``, ``Dans``, ``I:`` before a container (not ``in`` inside a title)."""
    if not lex.in_words.intersection(_WORDS.findall(body.casefold())):
        return None
    for m in lex.in_marker.finditer(body):
        marker = m.group().strip()
        word = marker.rstrip(":")
        colon = marker.endswith(":")
        if len(word) == 1 and not colon:
            continue
        start = m.start()
        before = body[:start].rstrip()
        nxt = body[m.end() : m.end() + 1]
        if not nxt:
            continue
        if not colon and not (
            nxt.isupper() or nxt.isdigit() or nxt in "\"“„«‘'" or not nxt.isalpha()
        ):
            continue
        if before and not before.endswith(
            (".", ",", "”", '"', "’", "»", ")", "?", "!", ":", ";", "'")
        ):
            continue
        if word[:1].islower() and before.endswith((".", "?", "!")) and not colon:
            continue
        return m
    return None


def _split_editors(region: str, f: Fields, lex: Lexicon) -> str:
    """In a container region after ``In:``, take the editors; return the rest."""
    # editors first: "G. Becker & F. Winter (Hrsg.), Book" / "Smith J, editor. Book"
    for m in lex.editors.finditer(region, 0, 260):
        start = m.start()
        before = region[:start].rstrip(" ,(")
        if not before or len(before) > 220:
            continue
        if start > 0 and region[start - 1].isalnum():
            continue
        end = m.end()
        if end < len(region) and region[end] in ")]":
            end += 1
        if end < len(region) and region[end].isalnum() and region[end - 1] not in ".)":
            continue
        nxt = region[end:].lstrip(" ")
        if (
            region[start] != "("
            and region[end - 1] != ")"
            and nxt[:1] not in (",", ":", ".", ")", ";")
        ):
            continue  # "edited by Stephen Macedo": names follow the marker (see _editors_after)
        sc = scan(before, lex)
        if sc.names == 0 and len(before.split()) > 6:
            continue
        if _quoted_title(before) is not None:
            continue
        if sc.names and sc.end < len(before) - 2 and len(before.split()) > 8:
            continue
        f.editors = before
        return region[end:].lstrip(" .,:;")
    return region


_BEFORE_LABEL = re.compile(
    r"(?P<w>[^\s,]{1,40})[\s,]+(?P<n>\d{1,4}[a-z]?)(?:\s*\((?P<i>\d{1,4})\)|\s*\([^()]{1,30}\))?[\s,:.]*\Z"
    r"|,\s*(?P<r>[IVXLC]{1,7})(?:\s*\([^()]{1,30}\))?[\s,:.]*\Z"
)
_LEAD_PAGES = re.compile(r"\s*(\d{1,6}\s*[-–—]{1,2}\s*\d{1,6})\s*[.,;]?")
_EDITED_BY = re.compile(r"[,.]\s*(?=\S)")


def _editors_after(container: str, f: Fields, lex: Lexicon) -> str:
    """``Book, edited by X and Y`` / ``Book. Ed. X.`` / ``Book (Eds M X, H Y)`` /
    ``Book, P. Gabert ; J. Vaudour (dir.), Publisher``."""
    for m in lex.editors.finditer(container):
        start = m.start()
        if container[start : start + 1] == "(" and start > 0:
            # postfix marker: the names stand between the previous comma and the marker
            comma = container.rfind(", ", 0, start)
            names = container[comma + 2 : start].strip() if comma > 0 else ""
            end = m.end()
            if names and comma > 3 and len(names) < 120 and scan(names, lex).names:
                if container[end : end + 1] == ")":
                    end += 1
                f.editors = f.editors or names
                rest = container[end:].lstrip(" ,.;:")
                return container[:comma] + (". " + rest if rest else "")
        start = m.start()
        if start == 0 or container[start - 1].isalnum():
            continue
        pre = container[:start].rstrip()
        if not pre.endswith((",", ".", "(")):
            continue
        after = container[m.end() :]
        if not after[:1].isspace():
            continue
        names = after.lstrip()
        sc = scan(names, lex)
        if sc.names == 0:
            continue
        f.editors = f.editors or _strip(names[: sc.end])
        rest = names[sc.end :].lstrip(" ),")
        pm = _LEAD_PAGES.match(rest)
        if pm and f.pages is None:
            # "edited by Stephen Macedo, 211–39. New York: …"
            f.pages = pm.group(1)
            rest = rest[pm.end() :]
        return _strip(pre.rstrip("(")) + (". " + rest if rest.strip(" .,") else "")
    return container


def _read_locator(region: str, f: Fields, lex: Lexicon) -> str:
    """Take the locator run (and labelled locators) out of ``region``; return what is left.

    Text after the last labelled locator (``(pp. 80–92). Routledge.``) is read as
    publisher, place or note.
    """
    lab = labelled_parts(region, lex)
    cut = len(region)
    if lab:
        f.loc_labelled = True
        last_end = max(v[2] for v in lab.values())
        after = region[last_end:].lstrip(" .,;:)]")
        if after and find_tail(region, lex) >= last_end and not _DIGIT.search(after[:1]):
            for piece in _split_sentences(after, lex):
                _leftover(piece, f, lex)
    for key, (val, start, _end) in lab.items():
        if key == "vol" and f.volume is None:
            f.volume = val
        elif key == "iss" and f.issue is None:
            f.issue = val
        elif key == "page" and f.pages is None:
            f.pages = val
        cut = min(cut, start)
    if lab:
        # "Perspectives of New Music 27, no. 1 (winter 1989), pp. 312-316"
        bm = _BEFORE_LABEL.search(region, 0, cut)
        num = None
        start = cut
        if bm and bm.group("n") and bm.group("w")[:1].isupper():
            num, start = bm.group("n"), bm.start("n")
            if bm.group("i") and f.issue is None and not re.fullmatch(_YEAR_RE, bm.group("i")):
                f.issue = bm.group("i")
        elif bm and bm.group("r"):
            num, start = bm.group("r"), bm.start()
        if num and start > 0 and not re.fullmatch(_YEAR_RE, num):
            if f.volume is None:
                f.volume = num
            cut = start
    t0 = find_tail(region, lex)
    if t0 < len(region):
        tail = read_tail(region[t0:], lex, f.year)
        _apply_tail(f, tail)
        cut = min(cut, t0)
        if tail.series and region[:t0].rstrip().endswith(tail.series) is False:
            pass
    if cut < len(region):
        rest = region[:cut]
        # "(pp." opened before the cut
        rest = re.sub(r"[(\[]\s*\Z", "", rest.rstrip())
        return rest
    return region


def _apply_tail(f: Fields, tail: Tail) -> None:
    if tail.series and f.volume is None:
        f.series = tail.series
    if tail.volume and f.volume is None:
        f.volume = tail.volume
    if tail.issue and f.issue is None:
        f.issue = tail.issue
    if tail.pages and f.pages is None:
        f.pages = tail.pages
    if tail.years and f.year is None:
        f.year = tail.years[0]


def _late_year(body: str, f: Fields) -> str:
    """Find the year of an author-title-date reference in ``body``; remove its date."""
    best: re.Match[str] | None = None
    best_score = -99.0
    for m in _ANY_YEAR.finditer(body):
        start, end = m.span()
        before = body[:start].rstrip()
        after = body[end:].lstrip()
        score = 0.0
        if not before or before.endswith((",", "(", ".", ";", ":", "[")):
            score += 2
        if not after or after[0] in ",.;:)]":
            score += 2
        if before.endswith("(") and after.startswith(")"):
            score += 1
        prev_word = before.rsplit(" ", 1)[-1] if before else ""
        if prev_word[:1].islower() and prev_word.isalpha():
            score -= 2
        score += start / max(1, len(body))  # later is better among equals
        if score >= best_score:
            best, best_score = m, score
    if best is None:
        return body
    f.year = int(best.group("y"))
    # remove the date around the year: "(1975)", ", 2009", "August 5, 2007", "2011;"
    start, end = best.span()
    if start > 0 and body[start - 1] == "(" and body[end : end + 1] == ")":
        return body[: start - 1] + " \x00 " + body[end + 1 :]
    return body[:start] + " \x00 " + body[end:]


_TRAIL_PAREN = re.compile(r"\s*[(\[]([^()\[\]]{2,120})[)\]]\s*\Z")


def _title_tail(f: Fields, lex: Lexicon) -> None:
    """A parenthesis closing the title with a place, publisher, edition or note goes out.

    ``(Cambridge: Cambridge University Press, 1984)``, ``(4th rev. edn; 1st edn, 1907)``,
    ``(Schriftenreihe … 27)``: a digit, a colon or a semicolon marks it as not title text.
    """
    if not f.title:
        return
    m = _TRAIL_PAREN.search(f.title)
    if not m or m.start() < 3:
        return
    inner = m.group(1)
    if re.fullmatch(rf"\s*{_YEAR_RE}\s*[-–]\s*{_YEAR_RE}\s*", inner):
        return  # "… à Québec (1965-2003)": part of the title
    if lex.thesis.search(inner) or lex.report.search(inner):
        f.title = f.title[: m.start()].rstrip(" ,.;:")
        _notes_and_types(inner, f, lex)
        if lex.report.search(inner) and f.type is None:
            f.type = "report"
        return
    if not (
        _DIGIT.search(inner)
        or ":" in inner
        or ";" in inner
        or inner.rstrip().endswith(",")
        or lex.publisher_words.search(inner)
    ):
        return
    f.title = f.title[: m.start()].rstrip(" ,.;:")
    if lex.edition.search(inner) and len(inner) < 40:
        f.edition = f.edition or inner.strip()
        return
    if f.publisher is None and _place_publisher(re.sub(r"^[^;]*;\s*", "", inner), f, lex):
        return
    parts = [p for p in (_strip(x) for x in inner.split(",")) if p and not _DIGIT.search(p)]
    if f.publisher is None and ":" not in inner and 2 <= len(parts) <= 4:
        f.publisher, f.place = parts[0], ", ".join(parts[1:])  # "(Wiley, Hoboken, NJ, 2010)"
        return
    f.notes.append(inner.strip())


def _cut_comma_title(text: str) -> tuple[str, str]:
    m = _COMMA_CAP.search(text)
    if not m or m.start() < 3:
        return text, ""
    return text[: m.start()], text[m.end() :]


def _comma_rest(rest: str, f: Fields, lex: Lexicon) -> None:
    """``, Place, Publisher, 1988`` or ``, Journal 25, 183`` after a comma-style title."""
    rest = _strip(rest)
    if not rest:
        return
    before = _read_locator(rest, f, lex)
    had_locator = before != rest or f.volume or f.pages
    parts = [_strip(p) for p in re.split(r"\s*,\s*", before) if _strip(p)]
    parts = [p for p in parts if not re.fullmatch(_YEAR + r"[a-z]?", p)]
    if not parts:
        return
    if had_locator or f.container is not None:
        f.container = f.container or ", ".join(parts)
        return
    if _place_publisher(", ".join(parts), f, lex):
        return
    # book: Place, Publisher or Publisher, Place
    first = parts[0]
    if len(parts) >= 2:
        if lex.publisher_words.search(first) and not lex.publisher_words.search(parts[1]):
            f.publisher, f.place = first, parts[1]
        else:
            f.place, f.publisher = first, ", ".join(parts[1:])
    elif lex.publisher_words.search(first):
        f.publisher = first
    elif len(first.split()) <= 2:
        f.place = first
    else:
        f.container = first


def _notes_and_types(text: str, f: Fields, lex: Lexicon) -> str:
    """Thesis/report words, editions and status words in a leftover segment."""
    t = text
    th = lex.thesis.search(t)
    if th:
        f.type = f.type or "thesis"
        f.notes.append(th.group())
        t = _EMPTY_BRACKETS.sub(" ", t[: th.start()] + " " + t[th.end() :])
    rp = lex.report.search(t)
    if rp and f.type is None:
        f.type = "report"
    st = lex.status.search(t)
    if st and f.status is None:
        f.status = lex.status_keys.get(fold(st.group()))
        t = t[: st.start()] + " " + t[st.end() :]
    return t


def _body(body: str, f: Fields, lex: Lexicon, *, comma_style: bool) -> None:
    body = _tidy(body)
    if f.year is None:
        body = _tidy(_late_year(body, f))
    if not body:
        return
    body = _take_imprint(body, f, lex)
    if not body:
        return
    q = _quoted_title(body)
    if q is not None:
        f.title, rest = q
        rest = rest.lstrip(" .,:;")
        m = _find_in_marker(" " + rest, lex)
        if m is not None and m.start() <= 1:
            rest = (" " + rest)[m.end() :]
            _container_region(rest, f, lex, chapter=True)
        elif m is not None:
            # "Title". Subtitle sentence. In: Book …
            sub = _strip(rest[: m.start() - 1])
            if sub:
                f.title = f"{f.title}. {sub}"
            _container_region(rest[m.end() - 1 :], f, lex, chapter=True)
        else:
            _after_title(rest, f, lex, prefer_container=True)
        return
    m = _find_in_marker(body, lex)
    if m is not None and m.start() > 0:
        f.title = _strip(body[: m.start()])
        _container_region(body[m.end() :], f, lex, chapter=True)
        return
    if _compact(body, f, lex, comma_style=comma_style):
        return
    if comma_style:
        title, rest = _cut_comma_title(body)
        cuts = _sentence_cuts(body, lex)
        if rest and cuts and cuts[0][0] < len(title):
            rest = ""  # a sentence ends before the first comma: read it as periods
        if rest:
            f.title = _strip(title)
            _comma_rest(rest, f, lex)
            _title_tail(f, lex)
            return
    _period_body(body, f, lex)
    _title_tail(f, lex)


_IMPRINT_SEP = re.compile(r"[.?!]\s+|,\s+|\(\s*")
_STATE = re.compile(r"[A-Z][A-Za-z]{0,4}\.?")


def _take_imprint(body: str, f: Fields, lex: Lexicon) -> str:
    """Lift a closing imprint out of the body: ``… Look Up. New York: Harper and Row``,
    ``…, Farnham: Ashgate``, ``… (Neuhausen-Stuttgart: Hänssler-Verlag)``.

    The imprint is the text after the last sentence end, comma or opening parenthesis
    before the body's last colon, when it reads as ``Place: Publisher`` (a short place or
    a publisher word on either side, no digits but a year).  A short state or country
    after a comma (``Cambridge, Mass.:``, ``. Berlin, Germany:``) belongs to the place.  Only at
    the very end of the body, and only when something title-like is left before it.
    """
    colon = body.rfind(":")
    if colon < 8 or f.publisher is not None:
        return body
    b_text = body[colon + 1 :]
    if _DIGIT.search(_ANY_YEAR.sub("", b_text)) or "(" in b_text.replace(")", ""):
        return body
    seps = [m for m in _IMPRINT_SEP.finditer(body, 0, colon)]
    if not seps:
        return body
    k = len(seps) - 1
    start = seps[k].end()
    if k > 0 and seps[k].group().startswith(","):
        inner = body[start:colon].strip()
        prev = seps[k - 1]
        if _STATE.fullmatch(inner) or (
            not prev.group().startswith(",")
            and _placeish(body[prev.end() : colon], lex)
            and len(inner.split()) <= 2
        ):
            # "Cambridge, Mass.: …", "Berlin, Germany: …" after a sentence end
            k -= 1
            start = seps[k].end()
    opened = seps[k].group().startswith("(")
    head = body[: seps[k].start()]
    if len(_WORDS.findall(head)) < 2:
        return body
    tail = body[start:]
    if opened:
        if not tail.rstrip(" .,;").endswith(")"):
            return body
        tail = tail.rstrip(" .,;")[:-1]
    elif ")" in tail:
        return body
    if not _is_place_pub(tail, lex):
        return body
    t0 = find_tail(head, lex)
    if t0 < len(head) and not _WORDS.search(head[t0:]):
        # bare numbers before the imprint ("(1945- 1947)", "Teil 1", "T. 1-2") are no
        # locator of a book: leave the imprint in place as their stop
        return body
    if not _place_publisher(tail, f, lex):
        return body
    # no span: ``body`` is a piece of the cleaned text, not of the input
    f.diag("imprint", f"read {_strip(tail)!r} as the imprint", None)
    f.imprint_cut = True
    return head


def _compact(body: str, f: Fields, lex: Lexicon, *, comma_style: bool = False) -> bool:
    """Compact physics style, no title: ``Nano Lett. 2010, 10, 1082`` / ``AJ, 142, 31``.

    After a comma (``S. Iijima, Nature 1991, 354, 56``) a short capitalised head with a
    volume and a page is a journal too.
    """
    t0 = find_tail(body, lex)
    if t0 >= len(body):
        return False
    head = _strip(body[:t0])
    if not head or len(head) > 60 or _sentence_cuts(head, lex):
        return False
    words = head.split()
    abbrev = _journalish(head, lex) >= 0.5 or (
        len(words) <= 2 and all(w.isupper() or "&" in w for w in words)
    )
    short = comma_style and len(words) <= 4 and all(w[:1].isupper() for w in words)
    if not (abbrev or short):
        return False
    tail = read_tail(body[t0:], lex, f.year)
    if not (tail.volume or tail.pages):
        return False
    if short and not abbrev and not (tail.volume and tail.pages):
        return False
    _read_locator(body, f, lex)
    f.container = head + (" " + tail.series if tail.series else "")
    return True


def _container_region(region: str, f: Fields, lex: Lexicon, *, chapter: bool) -> None:
    before_split = region
    region = _split_editors(region, f, lex)
    if region is before_split and f.editors is None:
        # "In: G. Ferréol et al., Histoire de …", "Dans C. Garnier, & M.-L. Rouquette, Repr…"
        sc = scan(region, lex)
        head = region[: sc.end]
        if (
            sc.names
            and sc.stop == "sep"
            and _INITIAL.search(head)
            and region[sc.end : sc.end + 1] == ","
        ):
            f.editors = head
            region = region[sc.end :].lstrip(" ,")
    region = _editors_after(region, f, lex)
    q = _quoted_title(region)
    if q is not None:
        region = q[0] + ". " + q[1]
    before = _read_locator(region, f, lex)
    sentences = _split_sentences(before, lex)
    if not sentences:
        return
    container = [sentences[0]]
    rest = sentences[1:]
    for n, extra in enumerate(rest):
        kind = _kind_of(extra, lex)
        if kind == "pub":
            if not _place_publisher(extra, f, lex):
                _leftover(extra, f, lex)
            for more in rest[n + 1 :]:
                _leftover(more, f, lex)
            break
        if kind == "edition":
            f.edition = f.edition or _strip(extra)
            continue
        if kind in ("note", "year", "editors") or (kind == "place" and n == len(rest) - 1):
            _leftover(extra, f, lex)
            continue
        if _DIGIT.search(extra) and len(extra.split()) < 5:
            _leftover(extra, f, lex)
            continue
        container.append(extra)
    text = ". ".join(container)
    # ", Place: Publisher 2007" or ", Place, 1969" glued to the container by commas
    parts = [p for p in re.split(r",\s+", text)]
    while len(parts) > 1:
        last = _strip(parts[-1])
        if _place_publisher(last, f, lex):
            parts.pop()
            continue
        if last.casefold().rstrip(".") in lex.month_words:
            parts.pop()  # "…, Jun. 2016, pp. 770–778": the month of the date
            continue
        if re.fullmatch(r"(?:[^\W\d_][\w'’.-]*(?:[ /-][^\W\d_][\w'’.-]*)?)", last) and (
            last[:1].isupper() and len(parts) > 1 and chapter
        ):
            if _publisherish(last, lex):
                if f.publisher is not None:
                    break
                f.publisher = last
            else:
                f.place = f"{last}, {f.place}" if f.place else last
            parts.pop()
            continue
        break
    text = _strip(", ".join(parts))
    em = _PAREN_EDITION.search(text)
    if em and lex.edition.search(em.group(1)):
        f.edition = f.edition or em.group(1).strip(" ,")
        text = _strip(text[: em.start()])
    f.container = text or None
    if f.container:
        f.container = _notes_and_types(f.container, f, lex).strip(" ,.;:") or None


def _scan_until_publisher(names: str, lex: Lexicon) -> AuthorScan:
    """Scan names, but stop before a comma-separated publisher (``Thomas Burger, MIT Press``)."""
    sc = scan(names, lex)
    if sc.names > 1:
        cut = names.rfind(", ", 0, sc.end)
        while cut > 0 and _publisherish(names[cut + 2 : sc.end], lex):
            sc = attrs.evolve(sc, end=cut, rest=cut, names=sc.names - 1)
            cut = names.rfind(", ", 0, cut)
    return sc


def _leftover(text: str, f: Fields, lex: Lexicon) -> None:
    t = _strip(_notes_and_types(text, f, lex))
    if not t:
        return
    em = lex.editors.match(t)
    if em and t[em.end() : em.end() + 1] in " :" and em.end() < len(t):
        # "Edited by Max Brod", "Hg. Hans Joachim Schneider", "red. Mieke Lauwers"
        names = t[em.end() :].lstrip(" :")
        sc = _scan_until_publisher(names, lex)
        if f.editors is None:
            f.editors = _strip(names[: sc.end] if sc.names else names)
        rest = names[sc.rest :] if sc.names else ""
        if _strip(rest):
            _leftover(rest, f, lex)
        return
    tm = lex.translator.match(t)
    if tm and t[tm.end() : tm.end() + 1] == " ":
        # "Translated by Thomas Burger, MIT Press"
        names = t[tm.end() :].lstrip()
        sc = _scan_until_publisher(names, lex)
        f.notes.append(_strip(t[: tm.end() + (sc.end if sc.names else len(names)) + 1]))
        rest = names[sc.rest :] if sc.names else ""
        if _strip(rest):
            _leftover(rest, f, lex)
        return
    if _place_publisher(t, f, lex):
        return
    if lex.edition.search(t) and len(t.split()) <= 4:
        f.edition = t
        return
    if f.publisher is None and not _DIGIT.search(t):
        f.publisher = t
        return
    if f.place is None and len(t.split()) <= 2:
        f.place = t
        return
    f.notes.append(t)


def _after_title(rest: str, f: Fields, lex: Lexicon, *, prefer_container: bool) -> None:
    rest = _strip(rest)
    if not rest:
        return
    rest = _editors_after(rest, f, lex)
    before = _read_locator(rest, f, lex)
    has_loc = bool(f.volume or f.issue or f.pages)
    sentences = _split_sentences(before, lex)
    if not sentences:
        return
    first = sentences[0]
    if has_loc or prefer_container:
        if _place_publisher(first, f, lex):
            pass
        else:
            f.container = _strip(first)
        for extra in sentences[1:]:
            _leftover(extra, f, lex)
        return
    for s in sentences:
        _leftover(s, f, lex)


_INITIAL = re.compile(r"(?:^|\s)[A-ZÀ-Þ]\.")
_SERIES_NUMBER = re.compile(
    r"[^\W\d_][\w-]{2,40}(?: [\w-]{1,20}){0,3} (?:[Nn]o\.? ?)?\d{1,4}[a-z]?"
)
_SERIES_TAIL = re.compile(r"[,\s]\s*[A-ZÅÄÖ]{2,6}\s*\Z")
_JOURNAL_RUN = re.compile(
    r"(?<=[a-zß-ÿ0-9)?] )(?:[A-Z][A-Za-zß-ÿ&.'-]{0,12}\.? ){1,7}[A-Z][A-Za-zß-ÿ&.'-]{0,12}\.?\s*\Z"
)
_PAREN_EDITION = re.compile(r"\s*\(\s*(\d{1,2}\s*\w{0,3}\.?\s+[^()]{1,20}?)\s*,?\s*\)?\s*\Z")
_TRAIL_NOTE = re.compile(r"\s*[(\[][^()\[\]\d]{2,40}[)\]][.\s]*\Z")
_PAGE_COUNT = re.compile(r"\A\s*\d{1,5}\s*(?:p{1,2}|S|s|sid|pages|Seiten|sidor)\.?\s*\Z")


def _locator_start(body: str, lex: Lexicon) -> tuple[int, str]:
    """Start of the locator at the end of ``body`` and a trailing note after it.

    A page count (``240 p.``) is no locator; a short trailing sentence after the
    locator (``… 35. 330-341. Ganda.``) is a note.
    """
    note = ""
    pm = _TRAIL_NOTE.search(body)
    if pm and pm.start() > 0:
        # "… 11: 348-363. (in German)." — a note after the locator
        t1, inner = _locator_start(body[: pm.start()], lex)
        if t1 < pm.start():
            return t1, _strip(body[pm.start() :]) + (f"; {inner}" if inner else "")
    t0 = find_tail(body, lex)
    if t0 >= len(body):
        cuts = _sentence_cuts(body, lex)
        if cuts:
            end, nxt = cuts[-1]
            last = body[nxt:]
            if len(last.split()) <= 2 and not _DIGIT.search(last) and ":" not in last:
                t1 = find_tail(body[: end + 1], lex)
                run = body[t1 : end + 1]
                if t1 <= end and (
                    re.search(r"\d\s*[-–—]\s*\d", run) or len(re.findall(r"\d+", run)) >= 2
                ):
                    return t1, _strip(last)
        return len(body), note
    if _PAGE_COUNT.match(body[t0:]):
        return len(body), note
    return t0, note


@functools.lru_cache(maxsize=2048)
def _is_place_pub(sentence: str, lex: Lexicon) -> bool:
    """``Stockholm: Finansdepartementet`` (a short place or a publisher word), not
    ``Environment and Planning D: Society and Space``."""
    m = _PLACE_PUB.match(_strip(sentence))
    if not m:
        return False
    a, b = m.group("a"), m.group("b")
    return _placeish(a, lex) or _publisherish(a, lex) or _publisherish(b, lex)


def _placeish(text: str, lex: Lexicon | None = None) -> bool:
    """A short place name: ``Lund``, ``Rio de Janeiro``, ``Pearl Harbor, HI``, ``New York, NY``,
    ``Frankfurt am Main`` — not ``Environment and Planning D``."""
    words = text.replace(",", " ").split()
    caps = [w for w in words if w[:1].isupper() and not (w.isupper() and len(w) <= 3)]
    lower = [w for w in words if w[:1].islower()]
    if any(len(w) > 2 and (lex is None or w.casefold() not in lex.particles) for w in lower):
        return False
    return 1 <= len(caps) <= 2 and len(words) <= 4


@functools.lru_cache(maxsize=2048)
def _kind_of(sentence: str, lex: Lexicon) -> str:
    """What a sentence after the title is: pub, note, edition, year, place or text."""
    t = _strip(sentence)
    if not t:
        return "empty"
    if _is_place_pub(t, lex):
        return "pub"
    if re.fullmatch(_YEAR_RE + r"[a-z]?", t) or _PAGE_COUNT.match(t):
        return "year"
    if lex.thesis.search(t) or lex.report.search(t) or lex.status.fullmatch(t):
        return "note"
    em = lex.editors.match(t)
    if em and em.end() < len(t) and t[em.end() : em.end() + 1] in " :":
        return "editors"
    if t[:1] in "([" and t[-1:] in ")]":
        return "note"
    if _SERIES_NUMBER.fullmatch(t):
        return "note"  # "Forskningsrapport 1", "Working Paper 34": a series statement
    if lex.edition.search(t) and len(t.split()) <= 4 and _DIGIT.search(t):
        return "edition"
    if _publisherish(t, lex) and len(t.split()) <= 8:
        return "pub"
    words = t.split()
    if (
        len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and not lex.journal_words & {w.casefold() for w in words}
    ):
        return "place"
    return "text"


_DATEISH = re.compile(
    rf"{_YEAR_RE}\s*[-–/.]\s*\d{{1,2}}|\d{{1,2}}\s*[-–/.]\s*\d{{1,2}}\s*[-–/.]\s*{_YEAR_RE}"
)


def _subtitle(sentence: str, lex: Lexicon) -> bool:
    if _DATEISH.search(sentence):
        return False  # "Bilaga till tjänsteskrivelse, 2018–04–12" is a note
    if _has_journal_word(sentence, lex):
        return False
    words = sentence.split()
    return len(words) >= 5 or _prose(sentence, lex) or sentence.rstrip().endswith("?")


def _has_journal_word(sentence: str, lex: Lexicon) -> bool:
    """A capitalised journal word (``Journal``, ``Zeitschrift``, ``Bull.``) or a lower-case
    one that the locale spells so (``tidskrift``)."""
    for w in sentence.split():
        low = w.strip(",;:()").casefold()
        if low in lex.journal_words or low.rstrip(".") in lex.journal_words:
            return True
    return False


def _journal_like(sentence: str, lex: Lexicon) -> bool:
    words = sentence.split()
    if not any(len(w) >= 4 and w.isalpha() for w in words):
        return False
    if any(w.casefold() in lex.journal_words for w in words):
        return True
    return len(words) >= 2 and _title_case_ratio(sentence) >= 0.75 and len(words) <= 8


def _period_body(body: str, f: Fields, lex: Lexicon) -> None:
    t0, trailing = _locator_start(body, lex)
    if trailing:
        f.notes.append(trailing)
    has_loc = t0 < len(body)
    if has_loc:
        region = body
        if trailing:
            cut = body.rfind(trailing.split("; ")[0][:12])
            if cut > t0:
                region = body[:cut]
        _read_locator(region, f, lex)
        pre = body[:t0]
    else:
        pre = body
        if _PAGE_COUNT.match(body[find_tail(body, lex) :]) and find_tail(body, lex) < len(body):
            cut = find_tail(body, lex)
            f.notes.append(_strip(body[cut:]))
            pre = body[:cut]
        lab = labelled_parts(pre, lex)
        if lab:
            first = min(v[1] for v in lab.values())
            if first > 0:
                cut_pre = _read_locator(pre, f, lex)
                tail = pre[first:]
                pre = cut_pre
                rest_after = re.sub(r"^[^,.;]*\d[^,.;]*", "", tail)
                if rest_after.strip(" .,;"):
                    f.notes.append(_strip(rest_after))
                has_loc = bool(f.volume or f.issue or f.pages)
    sents = _split_sentences(pre, lex)
    if not sents:
        return
    if len(sents) == 1:
        s0 = sents[0]
        if has_loc:
            title, rest = _cut_comma_title(s0)
            if rest:
                f.title, f.container = _strip(title), _strip(rest)
                return
            vm = _JOURNAL_RUN.search(s0)
            if vm and vm.start() > 10:
                # "… hepatocellular carcinoma Biochem Biophys Res Commun 1998; 244: 812-4"
                f.title, f.container = _strip(s0[: vm.start()]), _strip(vm.group())
                return
        if not has_loc:
            title, rest = _cut_comma_title(s0)
            parts = [_strip(p) for p in rest.split(",") if _strip(p)]
            if (
                rest
                and parts
                and all(
                    _publisherish(p, lex) or _placeish(p) or re.fullmatch(_YEAR_RE, p)
                    for p in parts
                )
                and any(_publisherish(p, lex) for p in parts)
            ):
                # "L'invention du territoire, Presses universitaires de Grenoble, Grenoble"
                f.title = _strip(title)
                _comma_rest(rest, f, lex)
                return
        f.title = s0 if has_loc else _peel_imprint(s0, f, lex)
        return
    kinds = [_kind_of(x, lex) for x in sents]
    kinds[0] = "title"
    if has_loc:
        idx = max((i for i in range(1, len(sents)) if kinds[i] in ("text", "place")), default=0)
        if (
            not idx
            and kinds[-1] == "pub"
            and (
                not _PLACE_PUB.match(_strip(sents[-1]))
                or (f.pages and not _publisherish(sents[-1], lex))
            )
        ):
            idx = len(sents) - 1  # "Internetworking:Research and Experience, 1 3-26"
        if not idx and not f.loc_labelled and not f.pages and _is_place_pub(sents[-1], lex):
            # numbers after a Place: Publisher sentence are a series or report number
            # ("Stockholm: Finansdepartementet, SOU 2018:38"), not a journal locator
            f.volume = f.issue = f.pages = None
            series = _SERIES_TAIL.search(pre)
            start = series.start() if series else t0
            f.notes.append(_strip(body[start:]))
            pre = pre[:start]
            sents = _split_sentences(pre, lex)
            kinds = [_kind_of(x, lex) for x in sents]
            if not sents:
                return
        if idx:
            place = None
            if kinds[idx] == "place" and idx >= 2 and kinds[idx - 1] == "text":
                # "… Regni Vegetabilis. Berlin 13: 267-278": the journal, then its place
                place = sents[idx]
                idx -= 1
            # a sentence with a journal word starts the container ("Zeitschrift für
            # Inklusion. Gemeinsam leben. 22. Jg.")
            first = idx
            for j in range(1, idx):
                if (
                    kinds[j] == "text"
                    and _has_journal_word(sents[j], lex)
                    and not _subtitle(sents[j], lex)
                ):
                    first = j
                    break
            f.title = _join_sentences(pre, sents[:first])
            cont = _join_sentences(pre, sents[first : idx + 1])
            if place:
                f.place = place
            semi = cont.rfind("; ")
            if semi > 0:
                # "… traditions; Public Money & Management, 37 (5)"
                f.title = f"{f.title}{'' if f.title.endswith(('?', '!')) else '.'} {cont[:semi]}"
                cont = cont[semi + 2 :]
            f.container = _strip(_notes_and_types(cont, f, lex))
            for extra in sents[idx + (2 if place else 1) :]:
                _leftover(extra, f, lex)
            return
        f.title = sents[0]
        for extra in sents[1:]:
            _leftover(extra, f, lex)
        return
    # no locator: a title (with subtitles), then a journal, publisher, place or notes
    if f.publisher is None and f.place is None and ", " in sents[-1]:
        # "… Une enquête, Paris, Presses universitaires de France": a comma imprint
        head = _peel_imprint(sents[-1], f, lex)
        if head != sents[-1]:
            sents[-1] = head
            kinds[-1] = _kind_of(head, lex)
            f.imprint_cut = True
    k = 1
    while k < len(sents) and kinds[k] == "text" and _subtitle(sents[k], lex):
        k += 1
    # a "text" sentence right before a Place: Publisher one is a subtitle too
    while k < len(sents) and (
        kinds[k] == "text" or (kinds[k] == "place" and k == len(sents) - 1 and f.imprint_cut)
    ):
        if k == len(sents) - 1 and not f.imprint_cut:
            break
        if k < len(sents) - 1 and kinds[k + 1] not in ("pub", "place"):
            break
        last_before_imprint = k == len(sents) - 1
        if (
            (len(sents[k].split()) >= (2 if last_before_imprint else 3) or _prose(sents[k], lex))
            and not _DATEISH.search(sents[k])
            and not lex.translator.match(sents[k])
            and not (last_before_imprint and _has_journal_word(sents[k], lex))
        ):
            k += 1
        else:
            break
    f.title = _join_sentences(pre, sents[:k])
    if k == len(sents):
        f.title = _peel_imprint(f.title, f, lex)
    for i, extra in enumerate(sents[k:]):
        kind = kinds[k + i]
        nxt = kinds[k + i + 1] if k + i + 1 < len(kinds) else None
        if kind == "place" and nxt == "place" and f.publisher is None:
            f.publisher = _strip(extra)  # "Socialstyrelsen. Stockholm."
            continue
        if (
            i == 0
            and kind == "text"
            and f.container is None
            and (_journal_like(extra, lex) or f.status is not None)
            and not lex.translator.match(extra)
        ):
            f.container = extra
            continue
        _leftover(extra, f, lex)


def _peel_imprint(title: str, f: Fields, lex: Lexicon) -> str:
    """``…, Paris, Maisonneuve et Larose`` / ``…, Oxford University Press, Melbourne`` /
    ``…, Stuttgart``: the comma-separated place and publisher closing a book title that
    has no locator.  Only short capitalised places and publisher words go; at least two
    words of title stay."""
    if f.publisher is not None or f.place is not None or ", " not in title:
        return title
    parts = title.split(", ")
    places: list[str] = []
    publisher: str | None = None
    n = len(parts)
    while n > 1:
        p = _strip(parts[n - 1])
        if not p or _DIGIT.search(p) or not p[:1].isupper():
            break
        if publisher is None and _publisherish(p, lex) and len(p.split()) <= 6:
            publisher = p
        elif _placeish(p, lex) and len(p.split()) <= 2 and not lex.editors.match(p):
            places.insert(0, p)
        else:
            break
        n -= 1
    head = ", ".join(parts[:n])
    if n == len(parts) or len(_WORDS.findall(head)) < 2:
        return title
    if publisher is None and len(places) > 2:
        return title
    f.publisher = publisher
    f.place = ", ".join(places) or None
    f.diag("imprint", f"read {', '.join(parts[n:])!r} as the imprint", None)
    return _strip(head)


def _join_sentences(text: str, parts: list[str]) -> str:
    """``parts`` (consecutive sentences of ``text``) joined as printed in ``text``."""
    if not parts:
        return ""
    start = text.find(parts[0])
    last = parts[-1]
    end = text.find(last, max(0, start)) + len(last) if start >= 0 else -1
    if start < 0 or end < len(last):
        return ". ".join(parts)
    return _strip(text[start:end])


def _prose(text: str, lex: Lexicon) -> bool:
    words = text.split()
    return len(words) >= 3 and _title_case_ratio(text) < 0.6


def _subtitle_like(ps: list[str], lex: Lexicon) -> bool:
    """Title sentences before the container: the middle ones read as prose."""
    return all(_prose(p, lex) or p.endswith("?") for p in ps[1:-1])


# ---------------------------------------------------------------------------------------


def segment(text: str, locales: tuple[LocaleRules, ...], lex: Lexicon) -> Fields:
    """Cut ``text`` into raw field strings (no field parsing yet)."""
    f = Fields(text=text)
    s = _clean(text, f, lex)
    s = _take_doi(s, f)
    s = _take_urls(s, f, lex)
    s = _take_accessed(s, f, lex)
    s = _take_ids(s, f)
    if "[" in s or "(" in s:
        mm = lex.medium.search(s)
        if mm:
            f.notes.append(mm.group().strip(" []()"))
            f.diag("moved-to-note", f"moved {mm.group().strip()!r} to the note", mm.span())
            s = s[: mm.start()] + s[mm.end() :]
    s = _GLUED_SENTENCE.sub(". ", s)  # "de Roever.Formalising" (URLs and DOIs are gone)
    s = _GLUED_NUMBER.sub(" ", s)  # "Engineering Mechanics25, 183" -> "Mechanics 25, 183"
    if " -" in s:
        s = _DASH_SEP.sub(". ", s)  # "Social Order -London: Routledge", "AUDOUIN. -Zool. Jb."
    s = _tidy(s)
    body = _authors_and_year(s, f, lex)
    comma_style = False
    if f.authors is not None:
        after = s[len(f.authors) :].lstrip()
        if f.year is None and after.startswith(","):
            comma_style = True
        if f.year is not None and body.lstrip().startswith(","):
            comma_style = True
    body = body.lstrip(" .,:;)]")
    st = _status_at(body, 0, f, lex)
    if st is not None:
        body = body[st:]
    _body(body, f, lex, comma_style=comma_style)
    _container_or_publisher(f, lex)
    if f.type is None:
        f.type = _guess_type(f, lex)
    _finish(f, lex)
    return f


def _container_or_publisher(f: Fields, lex: Lexicon) -> None:
    """A "container" with no locator that names a publisher or an institution
    (``Imperial College Press``, ``Queen Mary University of London``) is the publisher."""
    c = f.container
    if (
        c is None
        or f.publisher is not None
        or f.volume
        or f.issue
        or f.pages
        or f.editors
        or f.status is not None
        or len(c.split()) > 8
        or not _publisherish(c, lex)
        or _has_journal_word(c, lex)
        or lex.proceedings.search(c)
    ):
        return
    f.publisher, f.container = _strip(c), None
    f.diag("container-is-publisher", f"read {c!r} as the publisher, not a container", None)


def _finish(f: Fields, lex: Lexicon) -> None:
    """Final periods: kept after an abbreviation (``Nano Lett.``, ``Commun. ACM``), dropped
    after a word (``… in Britain.``).  A series letter glued to the volume (``D47``) goes
    back to the journal (``Phys. Rev. D``); a place in brackets after it goes out."""
    if f.container and f.series and not f.container.rstrip(" .").endswith(f" {f.series}"):
        f.container = f"{f.container.rstrip()} {f.series}"
    for name in ("title", "container", "publisher", "place", "edition", "volume", "issue"):
        value = getattr(f, name)
        if value is None:
            continue
        v = value.strip(" ,;:/-–—")
        if v.endswith(".") and not v.endswith(".."):
            last = v.rsplit(" ", 1)[-1]
            keep = (
                name == "container"
                and _is_abbrev(last, lex)
                and (len(last) <= 9 or "." in last[:-1])
            )
            if not keep:
                v = v[:-1].rstrip(" ,;:")
        setattr(f, name, v or None)


def _guess_type(f: Fields, lex: Lexicon) -> str:
    if f.editors and f.container:
        if lex.proceedings.search(f.container):
            return "paper-conference"
        return "chapter"
    if f.container:
        if lex.proceedings.search(f.container):
            return "paper-conference"
        if f.volume or f.issue or f.pages or not f.publisher:
            return "article-journal"
        return "chapter"
    if f.url and not f.publisher:
        return "webpage"
    if f.authors_are_editors or f.publisher or f.place:
        return "book"
    return "article"


def to_fields_dict(f: Fields) -> dict[str, Any]:  # pragma: no cover - debugging aid
    return attrs.asdict(f)
