"""Parallel titles: a work's title printed again in another language.

A journal outside the English-speaking world prints a work's title in the work's own
language and again in English (or in a third language) on the next line, glued after a
colon or as a further line of a title in capitals (``Vliv sucha na výnos řepy`` /
``Drought and the yield of beet``). The gold title is the first, in the work's language;
the other is a translated title. Two segments are parallel where each tells its language
(:func:`segment_language`: the title's closed-class words and telling letters,
:func:`~comet.page.title_language.title_locale`, or letters only one language writes) and
the languages differ; a segment too short to tell decides nothing, and a subtitle in the
same language stays the title's.

The title's readers ask :func:`parallel` where they would join a line to a title (a
subtitle's line, a line of a title in capitals) and keep the parallel one apart
(:func:`keep_parallel`); :func:`parallel_titles` gives the chosen title's parallel
titles for the record's ``translated_titles``.
"""

from __future__ import annotations

from comet.page.evidence import _Page
from comet.page.languages import TELLING_TITLE_LETTERS, _latin, _telling_letters_language
from comet.page.title_language import TRANSLATED_INTO, title_locale
from comet.text._words import function_words

__all__ = ["keep_parallel", "parallel", "parallel_lines", "parallel_titles", "segment_language"]

#: characters of a segment at least for its language to be read (a closed-class word or
#: two in a short tag line tell nothing)
SEGMENT_CHARS = 20
#: a parallel title's words are within this factor of the title's (a translation is about as
#: long as its original; a paragraph or a tag line is none)
LENGTH_RATIO = 2.5
#: parallel titles kept per title at most (a title printed in three languages has two)
MAX_PARALLEL = 3

_MEMO = "parallel-titles"
_PUNCT = ".,;:!?()[]\"'«»“”"


def segment_language(text: str, page: _Page) -> str | None:
    """The language a segment of a title reads in: by its closed-class words and telling
    letters (:func:`~comet.page.title_language.title_locale`, five words at least, English
    too), else by letters only one language writes in two of its words
    (:func:`~comet.page.languages._telling_letters_language`); ``None`` for a segment of
    fewer than :data:`SEGMENT_CHARS` characters, or one in no Latin script, or unclear."""
    text = text.strip()
    if len(text) < SEGMENT_CHARS or not _latin(text):
        return None
    key = ("segment-language", text)
    if key not in page.memo:
        page.memo[key] = title_locale(text, page) or _telling_letters_language(text, page)
    language: str | None = page.memo[key]
    return language


def parallel(first: str, other: str, page: _Page) -> bool:
    """Whether ``other`` (a segment after a separator, or the next line) is ``first``
    printed in another language: both tell their language (:func:`segment_language`) and
    the two differ, or ``other`` reads in a language of
    :data:`~comet.page.title_language.TRANSLATED_INTO` and ``first`` is none of its words
    (:func:`_unlike`: ``KURULUŞ DÖNEMİNDE VAKIFLAR`` / ``Foundations in the Early
    Period``). A same-language subtitle, a segment too short to tell and one far longer
    or shorter than the title (a paragraph, a tag) are no parallel title."""
    a_words, b_words = len(first.split()), len(other.split())
    if max(a_words, b_words) > LENGTH_RATIO * min(a_words, b_words):
        return False
    b = segment_language(other, page)
    if b is None:
        return False
    a = segment_language(first, page)
    if a is None:
        return b in TRANSLATED_INTO and _unlike(first, b, page)
    return a != b


def _unlike(text: str, tag: str, page: _Page) -> bool:
    """``text`` (:data:`SEGMENT_CHARS` characters or more) is not in the locale ``tag``:
    none of its closed-class words, and :data:`~comet.page.languages.TELLING_TITLE_LETTERS`
    words or more with a letter outside ASCII (which English writes in a loanword's
    accent at most)."""
    if len(text.strip()) < SEGMENT_CHARS:
        return False
    words = text.split()
    own = function_words(tuple(r for r in page.rules if r.tag == tag))
    if any(w.casefold().strip(_PUNCT) in own for w in words):
        return False
    return sum(1 for w in words if any(c.isalpha() and not c.isascii() for c in w)) >= (
        TELLING_TITLE_LETTERS
    )


def keep_parallel(page: _Page, line: int, text: str) -> None:
    """Note ``text`` as a parallel title of the title starting on line ``line``."""
    kept: list[str] = page.memo.setdefault((_MEMO, line), [])
    if text not in kept and len(kept) < MAX_PARALLEL:
        kept.append(text.strip())


def parallel_lines(page: _Page, first: int, text: str, k: int) -> bool:
    """Whether line ``k`` and those right under it are ``text`` (the title starting on
    line ``first``) in other languages (:func:`parallel`); each such line is kept
    (:func:`keep_parallel`, a title in three languages has two)."""
    lines = page.layout.lines
    found = False
    while k < len(lines) and parallel(text, lines[k].text, page):
        keep_parallel(page, first, lines[k].text)
        found = True
        k += 1
    return found


def parallel_titles(page: _Page, line: int | None, title: str | None) -> tuple[str, ...]:
    """The parallel titles noted for the title starting on line ``line`` (none that the
    chosen ``title`` holds itself), with a diagnostic naming each."""
    if line is None or not title:
        return ()
    found = tuple(t for t in page.memo.get((_MEMO, line), ()) if t not in title)
    for text in found:
        page.note("parallel-title", f"title: {text!r} is the title printed in another "
                  "language (a parallel title), kept as a translated title")  # fmt: skip
    return found
