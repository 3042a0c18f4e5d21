"""Step 2: the author block and the year after it (author-date styles), or the year near the end (author-title-date styles)."""

from __future__ import annotations

import re

from comet.locales import fold
from comet.references._authors import AuthorScan, scan
from comet.references._fields import _ANY_YEAR, _DIGIT, _YEAR, _YEAR_RE, Fields
from comet.references._lexicon import Lexicon

_LEAD_YEAR = re.compile(rf"\s*(?P<y>{_YEAR_RE})[a-z]?\s*[:.,]?\s+(?=[^\W\d_])")
_ACRONYM = re.compile(r"\s*[(\[][A-Z][A-Z&.\- ]{1,14}[)\]]")
_YEAR_AT = re.compile(
    rf"[(\[]\s*(?P<y1>{_YEAR})(?P<s1>[a-z])?"
    r"(?:\s*[-–/]\s*\d{2,4}[a-z]?)?"
    r"(?:\s*[,:;]\s*[^()\[\]]{0,40}?)?\s*[)\]]"
    rf"|(?P<y2>{_YEAR})(?P<s2>[a-z])?(?:\s*[-–/]\s*\d{{2,4}})?"
    r"(?=\s*(?:[.,:;)]|\Z|\s*[\[(]|\s+[^\W\d_a-z]|\s*[\"“‘'„«]))",
)
_PAREN_YEAR = re.compile(
    rf"[(\[]\s*{_YEAR}[a-z]?(?:\s*[-–/]\s*\d{{2,4}})?(?:\s*[,:;]\s*[^()\[\]]{{0,40}}?)?\s*[)\]]"
)
_FAMILY_ONLY = re.compile(r"([^\W\d_][\w'’-]{2,30}),\s+(?=[\"“'‘«]|[^\W\d_a-z][^\W\d_]*[a-zß-ÿ])")
_BARE_YEAR_SENT = re.compile(
    rf"(?:\.|,)\s+(?P<y2>{_YEAR_RE})(?P<s2>[a-z])?(?:\s*[-–/]\s*\d{{2,4}})?\s*[.,:]\s"
)
_BRACKET_YEAR = re.compile(rf"\s*\[\s*{_YEAR_RE}[a-z]?\s*\]")
_STATUS_PAREN = re.compile(r"[(\[]\s*([^()\[\]]{1,30}?)\s*[)\]]")
#: a creator's identifier printed after the names, before the parenthesised year (a
#: repository's citation of a student's thesis: ``Name, 051422987 (2003) Title.``): six
#: digits or more, so a volume, an issue or a count is never one
_CREATOR_ID = re.compile(r"\s*,\s*\d{6,12}(?=\s*[(\[])")


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
    if sc.names and ym is None:
        cid = _CREATOR_ID.match(s, sc.end)
        if cid is not None:
            ym = _early_year(s, cid.end())
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
