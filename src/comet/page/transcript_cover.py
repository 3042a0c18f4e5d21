"""A document's transcript on a document-sharing page, and the date on its cover.

A document-sharing site prints a document's text under its own header (an upload date, view
and download counters, ``Academic year: 2022``): the document's first page, its cover, dates
the work; the site's lines above it date the upload (``Post on 27-Jun-2020``). The
transcript's pages are marked in one of three ways: each page glued into one numbered line
(``1 TITLE … Place 2006`` / ``2 …``, :func:`comet.page.title_lines._transcript_lines`), a
bare number in parentheses on its own line before each page (``(1)`` / ``(2)``), or a word,
the page's number and a colon opening a line that repeats the page's heading (``Page 1: Title
of the document``, the site's running head over each page).
Numbered lines whose first opens with a post's label (``1 Posted by … on 3 March 2021``)
are a forum thread's posts, no transcript.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from comet import locales as _loc
from comet.dates import PartialDate
from comet.page.cover import headed_page
from comet.page.evidence import _YEAR, W_POS, Cand, _dates_in, _Page
from comet.page.lines import Line
from comet.page.title_lines import _transcript_lines

__all__ = [
    "COVER_LINES",
    "TranscriptCover",
    "cover_cand",
    "cover_date",
    "document_transcript",
    "transcript_cover",
    "transcript_genre",
]

#: lines of a cover after its page marker at most (a page's lines; the next marker ends it)
COVER_LINES = 30
#: lines of a page between bare ``(1)`` and ``(2)`` marks at least (a cover's title, names,
#: its imprint), fewer being numbered comments or notes
COVER_MIN_LINES = 3
#: lines from the top where a transcript's first page marker is looked for
MARKER_REACH = 120
#: words of a line above a bare ``(1)`` at most: the site's header (buttons, counters, the
#: document's title), not an article's prose whose equations are numbered ``(1)``, ``(2)``
CHROME_WORDS = 15
#: characters of a running head compared with the page's heading (``Page 1: Title …``)
HEAD_CHARS = 30

#: a bare page number in parentheses alone on its line (``(1)``)
_BARE_MARK = re.compile(r"\((\d{1,3})\)")
#: a word, a page number and a colon opening a line (``Page 1: Title``, ``Seite 2: …``)
_WORD_MARK = re.compile(r"([^\W\d_]{2,12}) (\d{1,3}): (.+)")


class TranscriptCover:
    """The lines of a transcript's cover: ``first`` (the first line read, a glued page's or
    the line after the marker) to ``end`` (exclusive), and the marker's line (``above``:
    every line before it is the site's)."""

    __slots__ = ("above", "end", "first", "headed")

    def __init__(self, above: int, first: int, end: int, headed: bool = False) -> None:
        self.above, self.first, self.end = above, first, end
        #: found under a site's transcript heading alone (``Transcript``): a video's, a
        #: lecture's transcript shows that shape too, so it dates the work but names no type
        self.headed = headed


def _paragraph(text: str) -> bool:
    """A paragraph of prose: more than :data:`CHROME_WORDS` words ending a sentence (an
    abstract above an article's numbered sections; a site's header holds none). A line cut
    short by an ellipsis (``… the amount of biomass in the system is...``) is a site's
    snippet of the document in its header, no paragraph of the page's own."""
    end = text.rstrip()
    if end.endswith(("...", "…")):
        return False
    return end.endswith((".", "!", "?")) and len(text.split()) > CHROME_WORDS


@functools.cache
def _post_labels(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' labels of a post's date (``[words].news_date_labels``: *Posted by,
    Publié le*), folded."""
    return tuple(t.casefold() for t in _loc.terms_of("words", rules, "news_date_labels"))


def _posted(page: _Page, text: str) -> bool:
    """A numbered line that opens, after its number, with a post's label (``1 Posted By Ana
    Ruiz On 3 March 2021 …``): a forum thread's numbered posts, no document's first page."""
    head = text.lstrip(" \t0123456789.").casefold()
    return bool(head) and head.startswith(_post_labels(page.rules))


def _key(text: str) -> str:
    return " ".join(text.casefold().split())[:HEAD_CHARS]


def transcript_cover(page: _Page) -> TranscriptCover | None:
    """The cover of the page's transcript (see the module), or ``None`` where the page
    prints no transcript (bare ``(1)`` / ``(2)`` marks count only under short lines: after
    a paragraph they number an article's equations). Memoised per page."""

    def read() -> TranscriptCover | None:
        numbered = _transcript_lines(page)
        lines = page.layout.lines
        split = page.memo.get("cover")
        if split is not None and split.how == "transcript":
            # page 1 split into its blocks (comet.page.cover): its number's line to its
            # last block's are the cover (the numbered lines left are pages 2, 3 …)
            top, bottom = page.layout.line_at(split.span[0]), page.layout.line_at(split.span[1])
            if top is not None and bottom is not None:
                if any(_paragraph(ln.text) for ln in lines[: top.index]):
                    return None
                return TranscriptCover(top.index, top.index, bottom.index + 1)
        if numbered:
            first = min(numbered)
            if any(_paragraph(ln.text) for ln in lines[:first]):
                return None  # an article's numbered sections under its abstract
            if not headed_page(lines[first].text, page.rules):
                return None  # numbered items (a forum's posts, minutes), no page 1
            if _posted(page, lines[first].text):
                return None  # '1 Posted by Ana Ruiz on 3 March 2021 …': a thread's posts
            return TranscriptCover(first, first, first + 1)
        heading = next((ln.text for ln in lines if ln.text.strip()), "")
        marks: list[int] = []  # lines of (1), (2) in order
        prose = False  # a long line before the first mark: an article's text, its (1) an
        for ln in lines[:MARKER_REACH]:  # equation's number, no page's
            text = ln.text.strip()
            m = _BARE_MARK.fullmatch(text)
            if m is not None and int(m.group(1)) == len(marks) + 1 and not prose:
                marks.append(ln.index)
                if len(marks) == 2:
                    break
                continue
            if not marks and len(text.split()) > CHROME_WORDS:
                prose = True
            w = _WORD_MARK.fullmatch(text)
            if w is not None and w.group(2) == "1" and _key(w.group(3)) == _key(heading):
                end = ln.index + 1 + COVER_LINES
                for nxt in lines[ln.index + 1 : end]:
                    n = _WORD_MARK.fullmatch(nxt.text.strip())
                    if n is not None and n.group(1) == w.group(1) and n.group(2) == "2":
                        end = nxt.index
                        break
                return TranscriptCover(ln.index, ln.index + 1, min(end, len(lines)))
        if len(marks) == 2 and COVER_MIN_LINES < marks[1] - marks[0] <= COVER_LINES + 1:
            return TranscriptCover(marks[0], marks[0] + 1, marks[1])
        if len(marks) < 2:
            return _under_heading(page)
        return None  # (a line or two between the marks: numbered comments, no page)

    cover: TranscriptCover | None = page.remember(("transcript-cover", 0), read)
    return cover


@functools.cache
def _transcript_headings(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' headings of a document's transcript (``[words].transcript_headings``:
    *Transcript, Transcripción, Page content transcription*), folded."""
    return frozenset(t.casefold() for t in _loc.terms_of("words", rules, "transcript_headings"))


#: lines under a transcript's heading where the document's first page may open (a viewer's
#: notice, ``If your browser does not render the page …``, may stand between)
HEADING_GAP = 2


#: lines under a transcript's heading looked at for speakers' lines, and how many make a
#: dialogue
DIALOGUE_LINES = 8
DIALOGUE_SPEAKERS = 2
#: a speaker's line: one to three words and a colon, then a sentence (``TOM LANE: Thirty
#: years this spring.``; a cover's ``Tema: cosecha`` is a label, no sentence)
_SPEAKER = re.compile(r"(?:[^\W\d_][\w.'’-]*\s+){0,2}[^\W\d_][\w.'’-]*:\s+\S.*[.?!…]\s*$")


def _dialogue(lines: Sequence[Line]) -> bool:
    """Two lines or more of ``lines`` are a speaker's: the transcript of a conversation (an
    interview, a podcast, a hearing), no document's pages."""
    return sum(1 for ln in lines if _SPEAKER.match(ln.text.strip())) >= DIALOGUE_SPEAKERS


def _under_heading(page: _Page) -> TranscriptCover | None:
    """The transcript under a document-sharing site's heading alone on its line
    (``Transcript``, ``Transkription von Seiteninhalten``) in the site's header (no
    paragraph of prose above it), whose next line or the one after opens as a document's
    page 1 does (:func:`comet.page.cover.headed_page`: a heading, not a speaker's line of a
    podcast's or an interview's transcript); its cover is the lines from there."""
    heads = _transcript_headings(page.rules)
    if not heads:
        return None
    lines = page.layout.lines
    for ln in lines[:MARKER_REACH]:
        if _paragraph(ln.text):
            return None
        if ln.text.strip().rstrip(":：").strip().casefold() not in heads:
            continue
        if _dialogue(lines[ln.index + 1 : ln.index + 1 + DIALOGUE_LINES]):
            return None  # an interview's or a podcast's transcript: speakers' lines
        for nxt in lines[ln.index + 1 : ln.index + 1 + HEADING_GAP]:
            if headed_page(f"1 {nxt.text}", page.rules):
                return TranscriptCover(
                    ln.index, nxt.index, min(nxt.index + COVER_LINES, len(lines)), headed=True
                )
        return None
    return None


def document_transcript(page: _Page) -> bool:
    """The page prints a document's transcript marked by its pages (numbered lines, page
    marks), not only by a site's ``Transcript`` heading (a video's or a lecture's
    transcript has that shape too: it dates the work, it names no report)."""
    cover = transcript_cover(page)
    return cover is not None and not cover.headed


def cover_date(page: _Page) -> tuple[PartialDate, tuple[int, int]] | None:
    """The date of the transcript's cover: the dates of its lines where they all fall in one
    year (a cover prints its year once, perhaps with a month: ``Maj 2012``, ``June 27, 2012
    Alexandria, Va.``, ``Valtion teknillinen tutkimuskeskus Espoo 1998``), the finest of
    them, with its line's span; ``None`` where the cover has no date or dates of several
    years (a span of years studied, a cover with its series' founding year)."""
    cover = transcript_cover(page)
    if cover is None:
        return None
    found: list[tuple[PartialDate, tuple[int, int]]] = []
    for ln in page.layout.lines[cover.first : cover.end]:
        if ln.zone != "main" or not _YEAR.search(ln.text):
            continue
        for d in _dates_in(page, ln.text):
            if isinstance(d.value, PartialDate):
                found.append((d.value, (ln.start + d.start, ln.start + d.end)))
    if not found or len({d.year for d, _ in found}) != 1:
        return None
    return max(found, key=lambda f: len(f[0].date_parts()))


def cover_cand(page: _Page) -> tuple[Cand, int] | None:
    """The date on the cover of the page's transcript as a candidate of the issued date
    (position evidence), and where the transcript's page marker starts: a document-sharing
    site's lines above it (``Post on 27-Jun-2020``, ``Academic year: 2022``) date the upload,
    not the work, and give no positional date."""
    found = cover_date(page)
    cover = transcript_cover(page)
    if found is None or cover is None:
        return None
    marker = page.layout.lines[cover.above].start
    return Cand(found[0], W_POS, found[1], "the date on a transcript's cover"), marker


#: lines of a transcript read for its report's genre after its cover's (the pages after the
#: first, one line each where a site glued them: an imprint page names the series)
GENRE_PAGES = 2
#: characters of each of those lines read (a glued page is one long line)
GENRE_CHARS = 2000


@functools.cache
def _genre_names(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A report's genre of two words or more printed as a name (``Working Papers``,
    ``Discussion Paper``, ``DOCUMENTOS DE TRABAJO``: every word capitalised, or the whole in
    capitals; the locales' report terms, ``[references].report`` and ``[types]`` report):
    case-sensitive, so that prose's ``the working paper`` is none."""
    terms = {
        *_loc.terms_of("references", rules, "report"),
        *_loc.terms_of("types", rules, "report"),
    }
    forms: set[str] = set()
    for term in terms:
        words = term.split()
        if len(words) < 2 or not all(w[:1].isalpha() for w in words):
            continue
        forms.add(" ".join(w[:1].upper() + w[1:] for w in words))
        forms.add(term.upper())
    if not forms:
        return None
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def transcript_genre(page: _Page) -> Cand | None:
    """A report's genre named on a document's transcript (its cover and the next
    :data:`GENRE_PAGES` lines: ``… Műhelytanulmányok 2013/1 … The purpose of the … Working
    Papers are …`` on the imprint page): the transcript of a report, where no author was
    read (an association's statutes, minutes or a contract, transcribed too, name no report
    series). The weakest type evidence, as a transcript by its authors."""
    cover = transcript_cover(page)
    pattern = _genre_names(page.rules)
    if cover is None or cover.headed or pattern is None:
        return None
    for ln in page.layout.lines[cover.first : cover.end + GENRE_PAGES]:
        if ln.zone != "main":
            continue
        for m in pattern.finditer(ln.text, 0, GENRE_CHARS):
            if _cited(ln.text, m.start(), m.end()) or not _body_before(ln.text, m.start()):
                continue  # '(see … Working Papers 12, 2009)': another work's series; 'Item 3:
                # Working Papers of the group': an agenda's item, no body's series
            at = ln.start + m.start()
            return Cand("report", W_POS - 0.25, (at, at + len(m.group())),
                        f"a document's transcript names the genre {m.group()!r}")  # fmt: skip
    return None


#: a number (or a number's word) right after a series' name: a cited work's number
_NUMBER_AFTER = re.compile(r"\s*(?:[Nn][or]?\.?\s*|#\s*)?\d")
#: characters before a series' name searched for an opening parenthesis
CITE_REACH = 120


def _body_before(text: str, start: int) -> bool:
    """The word before a series' name at ``start`` of ``text`` is capitalised and closes no
    clause: the name of the body whose series it is (``Fjordvik Economic Institute Working
    Papers``, ``… Zrt. Working Papers``), not an agenda's item (``Item 3: Working Papers``)
    or a sentence's first words."""
    before = text[:start].split()
    return bool(before) and before[-1][:1].isupper() and not before[-1].endswith((":", ";"))


def _cited(text: str, start: int, end: int) -> bool:
    """The series' name at ``start:end`` of ``text`` is another work's: in parentheses
    (``(Ruiz, … Working Papers 12, 2009)``) or followed by a number (``NBER Working Paper
    1234``), as a text cites a paper of a series."""
    before = text[max(0, start - CITE_REACH) : start]
    if before.rfind("(") > before.rfind(")"):
        return True
    return _NUMBER_AFTER.match(text, end) is not None
