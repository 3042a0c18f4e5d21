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
import re

import attrs

from comet import locales as _loc
from comet.names import Person
from comet.page.evidence import _Page
from comet.page.headline import _QUOTES
from comet.page.name_table import _one_person
from comet.references._kinds import _quoted_title
from comet.text._words import closed_class

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
        if rest.strip()[:1].isalpha() and first.casefold() in closed_class(page.rules):
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
    if not name or word.casefold() not in closed_class(page.rules):
        return ()
    return _person(name, page)


@functools.cache
def _author_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The one-word author words of the locales (``by``, ``par``, ``por``, ``door``, ``af``):
    never a function word that also joins a title's nouns (``of``, ``de``, ``di``)."""
    terms = _loc.terms_of("person_names", rules, "author")
    return frozenset(t.casefold() for t in terms if " " not in t and t.islower())


def _split_by_author(book: str, page: _Page) -> tuple[str, tuple[Person, ...]]:
    """A reviewed book's title and its author where an author word joins them at the end
    (``The Long Bridge by Ida Vellacott``); ``(book, ())`` when no one person ends it."""
    words = book.split()
    for i in range(len(words) - 2, 0, -1):
        if words[i].casefold() in _author_words(page.rules):
            authors = _person(" ".join(words[i + 1 :]), page)
            if authors:
                return " ".join(words[:i]).rstrip(" ,"), authors
            break
    return book, ()


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


#: a reader's rating: a run of three stars or more (``★★★☆☆``, ``****``); a mark out of
#: five or ten (``4/5``) is no rating here, since dates (``12/10``) and issue numbers have
#: that shape
_RATING = re.compile(r"[★☆✩✪✭✮⭐*∗]{3,}")
#: characters of a line that carries a rating at most (a label and the mark, or a heading)
RATING_LINE_CHARS = 90
#: lines above a rating line searched for the book's own lines (title, author)
RATED_BOOK_LINES = 6
#: how a heading joins a book's title and its author (``Title - Author ****``)
_TITLE_AUTHOR = re.compile(r"\s[-–—]\s|,\s")


def _rated_heading(title: str, page: _Page) -> Reviewed | None:
    """A heading that is a book's title and its author with a rating after them
    (``Scientifica Nova - Ana Ruiz ****``): the book a review reviews."""
    m = _RATING.search(title)
    if m is None or title[m.end() :].strip():
        return None  # the rating closes the heading
    head = title[: m.start()].strip()
    parts = _TITLE_AUTHOR.split(head)
    if len(parts) != 2 or not parts[0].strip():
        return None
    authors = _person(parts[1], page)
    if not authors:
        return None
    return Reviewed(parts[0].strip(), authors, "a heading: the book, its author, a rating")


def _rated_book_lines(page: _Page) -> Reviewed | None:
    """A book's own lines over a reader's rating (``Title`` / ``De: Ana Ruiz`` / ``Editora:
    …`` / ``Nota: ★★★``): the line naming the author after a function word or author
    label, the title on the line above it."""
    lines = page.layout.lines
    for line in lines:
        t = line.text.strip()
        if line.zone != "main" or len(t) > RATING_LINE_CHARS or _RATING.search(t) is None:
            continue
        for k in range(line.index - 1, max(0, line.index - RATED_BOOK_LINES) - 1, -1):
            if k < 1:
                break
            word, colon, name = lines[k].text.strip().partition(":")
            if colon and word.strip().casefold() in closed_class(page.rules):
                authors = _person(name, page)
            else:
                authors = ()
            above = lines[k - 1].text.strip()
            if (
                authors
                and k - 1 != page.title_line  # the page's own headline: the rating is its own
                and lines[k - 1].zone == "main"
                and ":" not in above
                and 0 < len(above.split()) <= REVIEWED_TITLE_WORDS
                and not _RATING.search(above)
            ):
                return Reviewed(above, authors, "the book's lines over a reader's rating")
    return None


def reviewed_work(page: _Page, title: str | None) -> Reviewed | None:
    """The book the page reviews, read from its ``title`` (chosen already) and the lines
    around it (see the module's docstring), or ``None`` when the page has no review's
    shape."""
    if not title:
        return None
    rated = _rated_heading(title, page) or _rated_book_lines(page)
    if rated is not None:
        return rated
    book = _after_review_word(title, page)
    if book is not None:
        q = _quoted_title(book)
        authors = _by_author(q[1], page) if q else ()
        book = q[0].strip() if q else book.strip(_QUOTES + " ")
        if q is None:  # 'Book Review: The Long Bridge by Ida Vellacott'
            book, authors = _split_by_author(book, page)
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
