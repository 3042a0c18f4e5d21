"""The locator run that ends a reference body (volume, issue, pages, labelled parts) and what follows it."""

from __future__ import annotations

import re

from comet.references._fields import _DIGIT, _YEAR_RE, Fields, _strip
from comet.references._imprint import _place_publisher, _scan_until_publisher
from comet.references._lexicon import Lexicon
from comet.references._sentences import _sentence_cuts, _split_sentences
from comet.references._tail import Tail, find_tail, labelled_parts, read_tail
from comet.references._types import _notes_and_types

_BEFORE_LABEL = re.compile(
    r"(?P<w>[^\s,]{1,40})[\s,]+(?P<n>\d{1,4}[a-z]?)(?:\s*\((?P<i>\d{1,4})\)|\s*\([^()]{1,30}\))?[\s,:.]*\Z"
    r"|,\s*(?P<r>[IVXLC]{1,7})(?:\s*\([^()]{1,30}\))?[\s,:.]*\Z"
)
_TRAIL_NOTE = re.compile(r"\s*[(\[][^()\[\]\d]{2,40}[)\]][.\s]*\Z")


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
    if lex.page_count.match(body[t0:]):
        return len(body), note
    return t0, note
