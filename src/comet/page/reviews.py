"""Book reviews: the shape of a page that reviews a book.

A review's title opens with a review word (the locales' ``[types]`` ``book-review`` terms:
``Rezension:``, ``Recensione di``, ``Resenha:``, ``Compte rendu de``) and the rest names
the reviewed book (``Resenha: O Outro Livro`` reviews *O Outro Livro*), or the title is the
book's quoted title and its author (``“Risvolti di copertina” di Cristina Taglietti``)
under a review word standing alone (a section's name: ``Recensioni``). The book's own line
in the review (``O Outro Livro, de Philip Womack.``) names its author. The rest of a title
opening with a review word is a book only when the word is a label (a separator after it:
``Rezension: …``), the rest is quoted, or that line names its author (``Compte rendu de la
réunion du conseil`` reviews nothing). The reviewed book is the page's ``reviewed-title``
and ``reviewed-author``, never its title or author; its publisher, ISBN and pages printed
there are the book's, not the review's.
"""

from __future__ import annotations

import functools

import attrs

from comet import locales as _loc
from comet.names import Person
from comet.page.chrome import _closed_class
from comet.page.evidence import _Page
from comet.page.headline import _QUOTES
from comet.page.name_table import _one_person
from comet.references._kinds import _quoted_title

__all__ = ["Reviewed", "reviewed_work"]

#: words of a reviewed book's title at most
REVIEWED_TITLE_WORDS = 25
#: words of its author's name at most
AUTHOR_WORDS = 5
#: lines above the title searched for a review word standing alone
SECTION_LINES = 3
#: main lines searched for the book's own line (its title and author)
BOOK_LINE_LINES = 30
_SEPARATORS = " :–—-|"


@attrs.frozen
class Reviewed:
    """The book a review reviews: its title, its author (when the page names one) and why."""

    title: str
    authors: tuple[Person, ...]
    evidence: str


@functools.cache
def _review_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    found = _loc.terms_of("types", rules, "book-review")
    return tuple(sorted({w.casefold() for w in found}, key=len, reverse=True))


def _after_review_word(title: str, page: _Page) -> str | None:
    """The rest of a title opening with a review word (and a function word after it:
    ``Recensione di …``, ``Compte rendu de …``), quotes stripped; ``None`` otherwise."""
    low = title.casefold()
    for word in _review_words(page.rules):
        if not low.startswith(word):
            continue
        rest = title[len(word) :]
        if rest[:1].isalnum():
            continue  # 'Rezensionen …', 'Recensioner'
        stripped = rest.lstrip(_SEPARATORS)
        first, _, after = stripped.partition(" ")
        if rest.strip()[:1].isalpha() and first.casefold() in _closed_class(page.rules):
            if not after.strip():
                return None  # 'Recensione di' names no book
            stripped = after  # 'Recensione di …' ('Resenha: O Outro Livro' keeps its 'O')
        rest = stripped.strip()
        if 0 < len(rest.split()) <= REVIEWED_TITLE_WORDS:
            return rest
    return None


def _labelled(title: str, page: _Page) -> bool:
    """The title's review word is a label: a separator follows it (``Rezension: …``,
    ``Resenha – …``), never a function word (``Compte rendu de la réunion …``)."""
    low = title.casefold()
    for word in _review_words(page.rules):
        if low.startswith(word) and title[len(word) :].lstrip(" ")[:1] in ":–—-|":
            return True
    return False


def _person(text: str, page: _Page) -> tuple[Person, ...]:
    text = text.strip(" .,;")
    if not 2 <= len(text.split()) <= AUTHOR_WORDS or any(c.isdigit() for c in text):
        return ()
    person = _one_person(text, page.rules)
    return (person,) if person is not None else ()


def _by_author(rest: str, page: _Page) -> tuple[Person, ...]:
    """The author after a book's title: ``di Cristina Taglietti``, ``, de Philip Womack.``
    (a function word, then one person's name)."""
    rest = rest.strip().lstrip(",").strip()
    word, _, name = rest.partition(" ")
    if not name or word.casefold() not in _closed_class(page.rules):
        return ()
    return _person(name, page)


def _book_line_author(book: str, page: _Page) -> tuple[Person, ...]:
    """The author the book's own line names (``O Outro Livro, de Philip Womack.``)."""
    low = book.casefold()
    main = [ln for ln in page.layout.lines if ln.zone == "main"][:BOOK_LINE_LINES]
    for line in main:
        t = line.text.strip()
        if t.casefold().startswith(low) and len(t) > len(book):
            found = _by_author(t[len(book) :].lstrip(_QUOTES), page)
            if found:
                return found
    return ()


def reviewed_work(page: _Page, title: str | None) -> Reviewed | None:
    """The book the page reviews, read from its ``title`` (chosen already) and the lines
    around it (see the module's docstring), or ``None`` when the page has no review's
    shape."""
    if not title:
        return None
    book = _after_review_word(title, page)
    if book is not None:
        q = _quoted_title(book)
        authors = _by_author(q[1], page) if q else ()
        book = q[0].strip() if q else book.strip(_QUOTES + " ")
        if not book:
            return None
        authors = authors or _book_line_author(book, page)
        if q is None and not authors and not _labelled(title, page):
            return None  # 'Compte rendu de la réunion …': no book's line confirms a book
        return Reviewed(book, authors, "the title opens with a review word")
    q = _quoted_title(title.strip())
    if q is None or page.title_line is None:
        return None
    lines = page.layout.lines
    above = [
        ln.text.strip().casefold()
        for ln in lines[max(0, page.title_line - SECTION_LINES) : page.title_line]
    ]
    if not any(t in _review_words(page.rules) for t in above):
        return None
    authors = _by_author(q[1], page)
    return Reviewed(q[0].strip(), authors, "a quoted title under a review word")
