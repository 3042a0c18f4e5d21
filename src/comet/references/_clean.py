"""Step 1: clean the string and lift out what is not a field of the body: markup, link text, the DOI, URLs, access notes and other identifiers."""

from __future__ import annotations

import re
import unicodedata

from comet.identifiers import doi
from comet.references._fields import _CUT, _DIGIT, _WORDS, _YEAR_RE, Fields
from comet.references._lexicon import Lexicon, link_text_from

_LABEL = re.compile(
    r"\s*(?:[-–—•*·]\s+|\[\s*[\w.+ -]{1,16}\s*\]|\(\s*\d{1,4}\s*\)|(?P<n>\d{1,4})\s*[.)](?=\s)|(?P<m>\d{1,4})\s+(?=[^\W\d_]))\s*"
)
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}\s*/?>")
_SPACED_PUNCT = re.compile(r"(?<=\w) ([.,;:])(?=[^\W\d_])|(?<=\b[^\W\d_a-z]) (\.)(?= )")
_SPACE_BEFORE_MARK = re.compile(r"\s+([?!])(?=\s|\Z)")
#: a ``doi:`` label or a ``doi.org`` URL right before a DOI
_DOI_LABEL = re.compile(r"(?:(?:https?://)?(?:dx\.)?doi\.org/|\bdoi\s*[:=.]?\s*)\Z", re.IGNORECASE)
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
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_IDS_HINT = re.compile(r"⟨|PM|[Aa][Rr][Xx][Ii][Vv]|IS[BS]N|OCLC|[Ee][Pp]ub|/\d{7}|\[\s*\d{4}\.")


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
    m = lex.link_text.search(s, link_text_from(s, lex, tail_start))
    if m and m.start() > 0:
        f.diag("removed-link-text", f"removed link text {m.group().strip()!r}", m.span())
        s = s[: m.start()].rstrip()
    return s


def _take_doi(s: str, f: Fields) -> str:
    """Lift the first DOI out (found by :func:`comet.identifiers.doi.find`), with its
    ``doi:`` label or ``doi.org`` URL and the brackets around it."""
    if "10." not in s:
        return s
    for m in doi.find(s):
        start, end = m.start, m.end
        label = _DOI_LABEL.search(s, max(0, start - 40), start)
        if label is not None:
            start = label.start()
        elif start > 0 and (s[start - 1].isalnum() or s[start - 1] in "/_"):
            continue  # inside a word or a URL path: the URL is taken whole later
        f.doi = m.value
        pair = s[start - 1 : start] + s[end : end + 1]
        if pair in ("⟨⟩", "()", "[]", "<>"):
            start, end = start - 1, end + 1  # "⟨10.1051/…⟩"
        f.diag("took-doi", f"took DOI {m.value}", (start, end))
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
        body = (lex.accessed_in_brackets if bracketed else lex.accessed_body).match(s, m.end())
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
