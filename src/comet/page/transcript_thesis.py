"""A thesis's genre named on a document's cover: a sharing site's transcript of a thesis.

A document's first page printed as text (:func:`comet.page.transcript_cover.transcript_cover`,
or a cover read by :mod:`comet.page.cover`) where nothing names a type is read as grey
literature, a report. A thesis's cover names its genre among the university's, the
department's and the author's lines, often in capitals and glued to them (``… Bachelor of
Science Thesis in Computer Science …``, ``… ΔΙΠΛΩΜΑΤΙΚΗ ΕΡΓΑΣΙΑ Επιβλέπων: …``): a thesis
term of the locales (``[types]`` thesis, doctoral, master's, licentiate or habilitation
thesis) of two words or more (its degree named: a bare ``Thesis`` is a title's word too) as
whole words in the cover's text, compared without case or accents, makes it a thesis (the
same weakest evidence as the report's, read before it).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from comet import locales as _loc
from comet.page.evidence import W_POS, Cand, _Page
from comet.page.transcript_cover import transcript_cover

__all__ = [
    "COVER_CHARS",
    "THESIS_KEYS",
    "W_DOCUMENT",
    "cover_thesis",
    "names_thesis",
    "transcript_type",
]

#: the ``[types]`` keys of a thesis's genre
THESIS_KEYS = ("thesis", "doctoral-thesis", "masters-thesis", "licentiate-thesis", "habilitation")
#: words of a thesis term on a cover at least (its degree named)
GENRE_WORDS = 2
#: characters of the cover read at most (a cover's lines, not the document's body)
COVER_CHARS = 1500
#: The weight of a document's transcript as the only sign of its type (a report, or a thesis
#: its cover names): under every other type evidence (it is taken only where there is none).
W_DOCUMENT = W_POS - 0.25


def _bare(text: str) -> str:
    """``text`` without case or accents (``ΕΡΓΑΣΙΑ`` and ``εργασία`` meet)."""
    folded = text.casefold()
    if folded.isascii():
        return folded  # (no accent to take off)
    decomposed = unicodedata.normalize("NFD", folded)
    # (each distinct character asked once: a cover's text is long, its alphabet short)
    marks = {ord(c): None for c in set(decomposed) if unicodedata.combining(c)}
    return decomposed.translate(marks) if marks else decomposed


@functools.cache
def _thesis_pattern(
    rules: tuple[_loc.LocaleRules, ...], min_words: int = 1
) -> re.Pattern[str] | None:
    """The locales' thesis terms (:data:`THESIS_KEYS`) of ``min_words`` words or more (two:
    a genre with its degree, ``Master's thesis``, ``Tesis doctoral``, where a bare ``Thesis``
    is a title's word too), bare (:func:`_bare`), as one alternation of whole words."""
    terms = {
        _bare(t)
        for key in THESIS_KEYS
        for t in _loc.terms_of("types", rules, key)
        if len(t.split()) >= min_words
    }
    if not terms:
        return None
    alt = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def names_thesis(page: _Page) -> bool:
    """Whether a line of the page's main text names a thesis's genre among other words
    (``Notes: Thesis (Ph.D.)--…`` in a catalogue's record): a physical description on such
    a page may be a thesis's. A line that is the genre alone is a menu's entry or a
    search facet (``Theses``, ``Dissertations``), as a catalogue prints on every page."""
    pattern = _thesis_pattern(page.rules)
    if pattern is None or pattern.search(_bare(page.text)) is None:
        return False
    for ln in page.layout.lines:
        if ln.zone != "main":
            continue
        bare = _bare(ln.text)
        m = pattern.search(bare)
        if m is not None and len(bare.strip(" :.")) > len(m.group()):
            return True
    return False


def _cover_span(page: _Page) -> tuple[int, int] | None:
    """Where the page's document cover stands: a cover read from the page's text
    (:mod:`comet.page.cover`: a glued top line or page 1 of numbered pages), else the cover
    of its transcript; ``None`` where it prints neither."""
    cover = page.memo.get("cover")
    if cover is not None:
        return int(cover.span[0]), int(cover.span[1])
    found = transcript_cover(page)
    if found is None or found.headed:
        return None
    lines = page.layout.lines[found.first : found.end]
    return (lines[0].start, lines[-1].end) if lines else None


def cover_thesis(page: _Page) -> Cand | None:
    """A thesis's candidate where the page's document cover names a thesis's genre (see the
    module), or ``None``."""
    span = _cover_span(page)
    pattern = _thesis_pattern(page.rules, GENRE_WORDS)
    if span is None or pattern is None:
        return None
    start, end = span[0], min(span[1], span[0] + COVER_CHARS)
    if pattern.search(_bare(page.text[start:end])) is None:
        return None
    return Cand("thesis", W_DOCUMENT, (start, end), "a document's cover names a thesis's genre")


def transcript_type(page: _Page) -> Cand:
    """The type of a document's transcript where nothing else names one: a thesis where its
    cover names a thesis's genre (:func:`cover_thesis`), else grey literature, a report."""
    thesis = cover_thesis(page)
    if thesis is not None:
        return thesis
    return Cand("report", W_DOCUMENT, (0, 0), "a document's transcript, no other type")
