"""A type tag's value read as words and typed by the publication type vocabulary
(:func:`type_words`, :func:`_type`), and read by its head: the kind of work a repository's
type label names before its container or its qualifier (``Artikel i tidskrift``,
``Kapitel i bok, del av antologi``, ``Doktorsavhandling, monografi``), where the type
vocabulary, reading the whole label, hears only the container (a periodical, a book)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from comet.errors import ParseError
from comet.locales import casefolded_terms, resolve
from comet.vocab import parse_publication_type

_SPACE = re.compile(r"\s+")

#: CSL types of a container (or none at all): a label read as one of them may name the
#: contribution before the container's name.
CONTAINER_KINDS = frozenset({None, "periodical", "book"})
#: The kinds of work a head may name in a container of each kind: a book's article is
#: its chapter; a periodical's, a journal article.
_IN_BOOK = {"article-journal": "chapter", "chapter": "chapter", "thesis": "thesis",
            "report": "report", "paper-conference": "paper-conference"}  # fmt: skip
_IN_PERIODICAL = {"article-journal": "article-journal", "review": "review"}
#: Longest type label read by its head.
_MAX_LABEL = 80


@functools.cache
def _in_words() -> re.Pattern[str] | None:
    """The words that put a contribution in its container (``in``, Scandinavian ``i``,
    ``dans``, ``en``: the ``[references] in_container`` terms of every locale), as a
    separator between two words."""
    words = sorted({t.rstrip(":").strip() for t in casefolded_terms(
        "references", resolve(None), "in_container")} - {""}, key=len, reverse=True)  # fmt: skip
    if not words:
        return None
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")\s+", re.I)


def head_type(words: str, whole: str | None, parse: Callable[[str], str | None]) -> str | None:
    """The CSL type the head of a type label names, where the whole label reads as a
    container's kind (``whole``, one of :data:`CONTAINER_KINDS`): the part before a comma,
    else the words before an ``in`` word; a proceedings' word in the label makes a head
    naming an article a conference paper. ``None`` where the head names no kind of work.

    >>> _type("Artikel i tidskrift"), _type("Kapitel i bok, del av antologi")
    ('article-journal', 'chapter')
    >>> _type("Doktorsavhandling, monografi"), _type("Article in book")
    ('thesis', 'chapter')
    """
    if whole not in CONTAINER_KINDS or len(words) > _MAX_LABEL:
        return None
    head = words.split(",", 1)[0].strip()
    if head != words:
        got = parse(head)
        if got not in CONTAINER_KINDS:
            return got
    pattern = _in_words()
    parts = pattern.split(head, maxsplit=1) if pattern is not None else [head]
    if len(parts) < 2 or not parts[0].strip():
        return None
    got = parse(parts[0].strip())
    if got in CONTAINER_KINDS or _review(parts[0].strip()):
        return None  # (a review in a book is no chapter for every convention: as read)
    if whole == "periodical":
        return _IN_PERIODICAL.get(got or "")
    if whole == "book" and got == "article-journal" and _proceedings(parts[1]):
        return "paper-conference"
    return _IN_BOOK.get(got or "") if whole == "book" else got


def _review(words: str) -> bool:
    """Whether a type label's head names a review (the type vocabulary's keys with
    ``review``: ``Review``, ``Rezension``, ``Book review``)."""
    try:
        t = parse_publication_type(words, strict=False).value
    except ParseError:
        return False
    return t is not None and "review" in (t.key or "")


def _proceedings(text: str) -> bool:
    """Whether a container's name holds a proceedings' word (the locales' ``[types]
    proceedings`` terms)."""
    low = text.casefold()
    return any(t in low for t in casefolded_terms("types", resolve(None), "proceedings"))


_TYPE_URI = re.compile(r"^(?:[a-z][\w+.-]*:)?(?://)?[^\s]*[/#:]([^/#:\s]+)/?$", re.I)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: A Dublin Core type with its refinements joined by dots (``Text.Serial.Journal``,
#: ``Text.Chapter``): read as the words of every segment.
_DOTTED_TYPE = re.compile(r"^[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z]+)+$")


def type_words(value: str) -> str:
    """A type value as words: the last segment of a URI or vocabulary path
    (``info:eu-repo/semantics/doctoralThesis``, ``http://schema.org/BlogPosting``), every
    segment of a Dublin Core type refined by dots (``Text.Serial.Journal``),
    camel case and underscores split (``BlogPosting`` → ``Blog Posting``,
    ``book_section`` → ``book section``).

    >>> type_words("info:eu-repo/semantics/bookPart"), type_words("conference_item")
    ('book Part', 'conference item')
    >>> type_words("Text.Serial.Journal")
    'Text Serial Journal'

    """
    v = _SPACE.sub(" ", value).strip()
    if _DOTTED_TYPE.match(v):  # a DCMI type refined by dots (``Text.Serial.Journal``)
        return v.replace(".", " ")
    m = _TYPE_URI.match(v)
    if m is not None and " " not in v:
        v = m.group(1)
    return _SPACE.sub(" ", _CAMEL.sub(" ", v.replace("_", " "))).strip()


def _type(value: str) -> str | None:
    """The CSL type a type tag's value names, or ``None``."""
    words = type_words(value)
    csl = _csl_type(words) if words else None
    if csl is None and words != value.strip():
        csl = _csl_type(value.strip())
    if csl in CONTAINER_KINDS and words:
        # a label read as its container's kind ('Artikel i tidskrift'): its head's kind
        return head_type(words, csl, _csl_type) or csl
    return csl


def _csl_type(words: str) -> str | None:
    """The CSL type the publication type vocabulary reads in ``words``, or ``None``."""
    try:
        t = parse_publication_type(words, strict=False).value
    except ParseError:
        return None
    return t.csl_type if t is not None and t.csl_type else None
