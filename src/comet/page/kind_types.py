"""The types a page's layout and kind imply: a headword over its definition (an entry of a
dictionary or an encyclopedia), the page kind's own type, the stronger the more of its cues
the page shows.
"""

from __future__ import annotations

import functools

from comet import locales as _loc
from comet.page.entries import affixed_headword, dictionary_sections, entry_source
from comet.page.evidence import W_POS, Cand, _Page
from comet.page.headings import _headword, _opens_next_paragraph
from comet.page.kinds import cue_in_place
from comet.page.periodicals import newspaper_menu, periodical_type

#: How much each point of a page kind's score past the second adds to the kind's type
#: evidence (``comet.page.kinds.detect_kind``: a word 1, a phrase 2, a label key 2).
KIND_CUE_STEP = 0.05
#: lines of a page's header searched for a dictionary word
HEADER_LINES = 12


@functools.cache
def _dictionary_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _loc.terms_of("words", rules, "dictionary_words"))


def _names_dictionary(page: _Page) -> bool:
    """The page's header (its first lines: the site name, the reference work's name) names
    a dictionary (``[words].dictionary_words``) where a page's interface prints names (a
    short line, a line's opening: :func:`~comet.page.kinds.cue_in_place`; the word in the
    entry's prose, ``… verwandter Wörterbuch- oder Enzyklopädie-Einträge …``, is none), or
    the entry shows a dictionary's section labels (``Etymology``, ``Synonyms``): an entry
    of it is a dictionary entry."""
    if dictionary_sections(page):
        return True
    words = _dictionary_words(page.rules)
    for ln in page.layout.lines[:HEADER_LINES]:
        low = ln.text.casefold()
        if any(w in low and cue_in_place(w, low) for w in words):
            return True
    return False


def _entry_type(page: _Page) -> str:
    """The type of an entry of the page's reference work: a dictionary's when the page
    names a dictionary (:func:`_names_dictionary`), an encyclopedia's otherwise."""
    return "entry-dictionary" if _names_dictionary(page) else "entry-encyclopedia"


def _kind_types(page: _Page) -> list[Cand]:
    """The types the page's layout and kind imply: a headword over its definition (an
    entry), and the page kind's type, the stronger the more of its cues the page shows (a
    magazine page told from a newspaper's, a blog with a newspaper's section menu)."""
    cands: list[Cand] = []
    span = (0, 0)
    head = page.layout.lines[page.title_line] if page.title_line is not None else None
    if head is not None and (
        # 'Dissertation' / 'Eine Dissertation … ist …': the work is the entry the page defines
        # (a heading in capitals over prose that does not repeat it may be a section's)
        (_headword(head, page) and _opens_next_paragraph(head, page))
        # 'Lemma betekenis & definitie' / 'Lemma is een …': a reference site's entry
        or affixed_headword(head, page) is not None
    ):
        why = "the title is a headword over its definition"
        cands.append(Cand(_entry_type(page), W_POS - 0.1, span, why))
    if dictionary_sections(page):
        cands.append(Cand("entry-dictionary", W_POS, span, "a dictionary entry's section labels"))
    elif (source := entry_source(page)) is not None:
        cands.append(Cand(_entry_type(page), W_POS, source.span, f"an entry of {source.value!r}"))
    if page.kind is not None and page.kind.csl_type is not None:
        # the more of its cues a page shows, the stronger (two words: weak; 6: a line's)
        cues = int(page.memo.get("kind-score", 0))
        weight = W_POS - 0.05 + KIND_CUE_STEP * min(4, max(0, cues - 2))
        csl_type, why = page.kind.csl_type, ""
        if csl_type == "entry-encyclopedia":
            csl_type = _entry_type(page)
        elif csl_type == "article-magazine":  # a magazine's or a newspaper's: say which
            csl_type, why = periodical_type(page)
            why = f"; {why}"
        elif csl_type == "post-weblog" and (desks := newspaper_menu(page)) is not None:
            csl_type, why = "article-newspaper", f"; a newspaper's section menu ({desks})"
        cands.append(Cand(csl_type, weight, span,
                          f"a {page.kind.name} page ({cues} cues{why})"))  # fmt: skip
    return cands
