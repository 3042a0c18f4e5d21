"""A document's first page printed as text: a cover or a title page glued into one line.

A document-sharing or viewer site prints the text of a PDF under its own heading, each page
glued into one long line opening with the page's number (``1 DISCUSSION PAPER SERIES … Do the
Best Go West? … Herbert Brücker Parvati Trübswetter January 2004 …`` / ``2 …`` / ``3 …``), or
the cover's lines glued into one line at the top of the page (``Heterogeneous Bank Lending …
John C. Bluedorn Research Department …``). A cover has a grammar of its own (GROBID's header
model reads it on every PDF): an issuing body or a series in capitals, the title in mixed
case, the names of its authors (after a byline opener, ``By``, ``Prepared by``, ``Udarbejdet
af``, ``redakcja``), their affiliations, a date. :func:`split_cover` finds that first page
and breaks it into **blocks** at those boundaries, by turning the space before a block into a
line break (the text keeps its length, so every offset still maps to the raw page), so that
the readers of titles, bylines, dates, publishers, types and numbers read the blocks as they
read a record page's lines. It runs once per page, before the layout is read, and changes
nothing on a page that prints no such cover (a record page, a story, an abstract, a
catalogue record, a list numbered from 1).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from comet import locales as _loc
from comet.page.locator_tail import _month_words
from comet.page.name_checks import _type_term
from comet.page.name_plausible import known_given
from comet.page.number_signs import number_signs
from comet.page.title_shapes import _organisation_words
from comet.text.scripts import UNSPACED_OR_HANGUL

__all__ = ["Cover", "headed_page", "split_cover"]

#: a line opening with a page's number (``1 Title of the report …``)
_PAGE_NUMBERED = re.compile(r"(\d{1,3})(?:\s|$)")
#: numbered pages in a row from 1 at least for the lines to be a document's pages (each
#: of the first two glued, :func:`_glued_page`)
TRANSCRIPT_PAGES = 2
#: words of a numbered line at least to be a page glued into one line
PAGE_LINE_WORDS = 8
#: words of one of a transcript's pages after the first at least (a page of text; a
#: ranked list's numbered items are shorter)
PAGE_TEXT_WORDS = 40
#: lines from the top where a cover glued into one line is looked for (no page numbers)
GLUED_TOP = 40
#: words of a line at least to be a cover glued with the text under it
GLUED_WORDS = 25
#: words of a cover at most (the rest of its line is the document's text)
COVER_WORDS = 80
#: words of a cover at least
COVER_MIN_WORDS = 6
#: share of a glued cover's words at least that open with a capital (a cover is headings
#: and names; a story's lead, an abstract or a paragraph is mostly lower case)
GLUED_CAPITALS = 0.55
#: words of a cover's top whose capitals are counted too (the better share of the top and
#: of the whole counts: a shared PDF's notice sentence lowers the whole, a sentence-case
#: title the top)
SHARE_WORDS = 40
#: share of a transcript's first page's words at least that open with a capital
PAGE_CAPITALS = 0.45
#: letters of a single word in capitals at least to make a block of its own
#: (``BIBLIOTEKSSTYRELSEN``, ``BRIEFING``; an acronym in a title, ``NASA``, stays)
CAPS_WORD_LETTERS = 6

#: a sentence's end inside the glued line: a lower-case word of three letters or more and a
#: full stop, then a capital (``… staff. ACCESS``): the cover ends there
_SENTENCE_END = re.compile(r"\.(?<=[^\W\d_]{3}\.)\s+(?=[^\W\d_])")  # (its stop scanned for)
#: an initial (``C.``, ``J.-P.``)
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)*\Z")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[.,;:]?\Z")
_PUNCT = ".,;:()[]\"'“”‘’«»*"
#: a word of a cover's line (a run of characters other than spaces)
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Cover:
    """A document's first page found in a page's text: the span of its cover and the
    blocks it was split into (``(start, end, kind)``, offsets in the cleaned text)."""

    span: tuple[int, int]
    how: str  # "transcript" (page 1 of numbered pages) or "glued" (a glued top line)
    blocks: tuple[tuple[int, int, str], ...]


@functools.cache
def _openers(rules: tuple[_loc.LocaleRules, ...]) -> tuple[tuple[str, ...], ...]:
    """Byline openers of a cover, as folded word tuples, longest first: the locales'
    ``[words].cover_bylines`` (``Prepared by``, ``Udarbejdet af``, ``redakcja``) and the
    author, editor and compiler words of ``[person_names]`` (``by``, ``edited by``)."""
    terms = set(_loc.terms_of("words", rules, "cover_bylines"))
    for key in ("author", "editors", "compiler"):
        terms.update(t for t in _loc.terms_of("person_names", rules, key) if len(t) > 2)
    out = {tuple(t.casefold().split()) for t in terms if t.strip() and t[0].isalpha()}
    return tuple(sorted(out, key=len, reverse=True))


@functools.cache
def _clients(rules: tuple[_loc.LocaleRules, ...]) -> tuple[tuple[str, ...], ...]:
    """Words opening the line that names the body a document was made for (the locales'
    ``[words].cover_clients``: ``Prepared for``, ``Im Auftrag von``), as folded tuples."""
    terms = {tuple(t.casefold().split()) for t in _loc.terms_of("words", rules, "cover_clients")}
    return tuple(sorted((t for t in terms if t), key=len, reverse=True))


@functools.cache
def _ends(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Headings that end a cover in its line (``[labels].abstract``, ``[words].cover_ends``:
    *Abstract*, *Summary*, *Resumen*), folded."""
    terms = set(_loc.terms_of("labels", rules, "abstract"))
    terms.update(_loc.terms_of("words", rules, "cover_ends"))
    return frozenset(t.casefold() for t in terms if " " not in t.strip())


def _bare(word: str) -> str:
    return word.strip(_PUNCT)


def _caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capital(word: str) -> bool:
    w = _bare(word)
    return bool(w) and w[0].isupper() and not _caps(w)


@functools.cache
def _number_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words before a series' number (folded, no stop): the locales' number signs
    (``No.``, ``Nr.``, ``n°``) and short volume words (``[locator].volume``: ``Vol.``)."""
    volume = {_loc.fold(t).rstrip(".") for t in _loc.terms_of("locator", rules, "volume")}
    return number_signs(rules) | {t for t in volume if 2 <= len(t) <= 3 and t.isalpha()}


def _number(word: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    w = _bare(word)
    return bool(w) and (
        not any(c.isalpha() for c in w) or _loc.fold(w).rstrip(".") in _number_words(rules)
    )


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _glued_page(text: str) -> bool:
    """A page glued into one line: :data:`PAGE_LINE_WORDS` words with letters or more, no
    tab (a ranking's or a table's numbered rows are no pages)."""
    return (
        "\t" not in text
        and sum(any(c.isalpha() for c in w) for w in text.split()) >= PAGE_LINE_WORDS
    )


def _transcript_first(lines: list[tuple[int, str]]) -> int | None:
    """The index of a transcript's first page: lines opening with the numbers 1, 2, 3 … in
    page order (:data:`TRANSCRIPT_PAGES` at least), page 1 and another of them glued pages
    (:func:`_glued_page`), a page after the first of :data:`PAGE_TEXT_WORDS` words or more."""
    want, found = 1, []
    for i, (_, text) in enumerate(lines):
        m = _PAGE_NUMBERED.match(text)
        if m is None:
            continue
        n = int(m.group(1))
        if n == want or (n == want + 1 and want > 1):
            found.append(i)
            want = n + 1
    if want <= TRANSCRIPT_PAGES:
        return None
    long = [i for i in found if _glued_page(lines[i][1])]
    if len(long) < 2 or long[0] != found[0]:
        return None
    if not any(len(lines[i][1].split()) >= PAGE_TEXT_WORDS for i in found[1:]):
        return None  # no page of text: a numbered list's items
    return found[0]


def _cover_words(
    text: str, start: int, rules: tuple[_loc.LocaleRules, ...]
) -> list[tuple[int, int, str]]:
    """The words of a cover from ``start`` in its line: up to a heading that ends it
    (:func:`_ends`), a sentence's end, or :data:`COVER_WORDS` words."""
    end = len(text)
    m = _SENTENCE_END.search(text, start)
    if m is not None:
        end = m.start() + 1
    ends = _ends(rules)
    words: list[tuple[int, int, str]] = []
    for w in _WORD.finditer(text, 0, end):
        if w.start() < start:
            continue
        if words and _bare(w.group()).casefold() in ends:
            break
        words.append((w.start(), w.end(), w.group()))
        if len(words) >= COVER_WORDS:
            break
    return words


#: words of a cover per label at most for its words to be a record's fields run into one
#: line (``Autor: … Editorial: … Año: …``, ``TY - THES AU - …``); a cover may print a
#: label or two (``Zusammengestellt von: …``)
WORDS_PER_LABEL = 10
_LABEL_WORD = re.compile(r"[^\W\d_][^\s:]*:\Z|[A-Z][A-Z0-9]\Z")


def _labelled(words: Sequence[tuple[int, int, str]]) -> bool:
    """Words holding labels: ``Word:`` or a two-letter tag before a dash (RIS)."""
    toks = [w for _, _, w in words]
    count = 0
    for i, w in enumerate(toks):
        if (w.endswith(":") and _LABEL_WORD.match(w)) or (
            i + 1 < len(toks) and toks[i + 1] in ("-", "–") and _LABEL_WORD.match(w)
        ):
            count += 1
    return count * WORDS_PER_LABEL >= len(toks)


#: words of a glued line looked at for a list of names
LIST_WORDS = 30
#: words ending in a comma or a semicolon among them from which the line is a byline's list
#: of names (``Ana Ruiz, Univ. of X; Li Wei, …``), read as a byline already
LIST_COMMAS = 3
#: block boundaries at least (the page's number aside) for a line to be read as a cover
MIN_BOUNDARIES = 2


#: words of the heading a glued cover opens with at least (before its first name)
HEAD_WORDS = 4


def _headed(words: Sequence[tuple[int, int, str]], starts: Sequence[tuple[int, str]]) -> bool:
    """A cover (glued, or a transcript's page 1 after its number) opens with a heading (a
    title, a body, a series) of :data:`HEAD_WORDS` words or more before its first name, with
    a word in lower case or in capitals (a title's ``of``, a body's ``INSTITUTE``), not with
    a name nor with a heading in title case (minutes' ``Welcome And Apologies Present``, a
    forum's ``Posted By``)."""
    first = next((i for i, kind in starts if kind in ("name", "byline")), len(words))
    head = [w for _, _, w in words[:first]]
    return len(head) >= HEAD_WORDS and any(w[:1].islower() or _caps(w) for w in head)


def headed_page(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A numbered line (``1 …``) opens as a document's page 1 does: a heading before its
    first name (:func:`_headed`), not an agenda's or a forum post's first item in title case
    (``1 Posted By Karin Vogel On 3 March 2021 …``). The gate :func:`split_cover` applies to
    a transcript's page 1, shared with ``comet.page.transcript_cover``."""
    words = _cover_words(text, 0, rules)
    return _headed(words, _blocks(words, rules, True))


def _name_list(words: Sequence[tuple[int, int, str]]) -> bool:
    """The glued line opens a list of names (and affiliations) separated by commas."""
    return sum(w.endswith((",", ";")) for _, _, w in words[:LIST_WORDS]) >= LIST_COMMAS


def _capital_share(words: Sequence[tuple[int, int, str]]) -> float:
    alpha = [w for _, _, w in words if sum(map(str.isalpha, w)) >= 2]  # no marks (``a``)
    if not alpha:
        return 0.0
    return sum(1 for w in alpha if _bare(w)[:1].isupper()) / len(alpha)


def _has_person(words: Sequence[tuple[int, int, str]], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    toks = [w for _, _, w in words]
    for i, w in enumerate(toks):
        if (
            i + 1 < len(toks)
            and _capital(w)
            and known_given(_bare(w))
            and (_capital(toks[i + 1]) or _INITIAL.match(toks[i + 1]))
        ):
            return True
        if _opener_at(toks, i, rules):
            return True
    return False


@functools.cache
def _openers_by_first(
    rules: tuple[_loc.LocaleRules, ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`_openers` by their first word (each word's list longest first, as there)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for op in _openers(rules):
        out.setdefault(op[0], []).append(op)
    return {first: tuple(ops) for first, ops in out.items()}


def _opener_at(toks: Sequence[str], i: int, rules: tuple[_loc.LocaleRules, ...]) -> int:
    """The number of words of a byline opener at ``toks[i]`` followed by a capitalised word
    (0 where none). Only the openers of the word's own first word are tried."""
    if i + 1 >= len(toks):
        return 0  # no word after an opener
    for op in _openers_by_first(rules).get(_bare(toks[i]).casefold(), ()):
        n = len(op)
        if (
            i + n < len(toks)
            and tuple(_bare(t).casefold() for t in toks[i : i + n]) == op
            and _capital(toks[i + n])
        ):
            return n
    return 0


def _blocks(
    words: Sequence[tuple[int, int, str]], rules: tuple[_loc.LocaleRules, ...], numbered: bool
) -> list[tuple[int, str]]:
    """The block starts of a cover's words: ``(index of the word, kind)``."""
    toks = [w for _, _, w in words]
    n = len(toks)
    starts: dict[int, str] = {}
    months = _month_words(rules)
    orgs = _organisation_words(rules)
    ands = frozenset(t.casefold() for t in _loc.terms_of("person_names", rules, "and"))

    def mark(i: int, kind: str) -> None:
        was = starts.get(i, "page")
        if 0 < i < n and (
            was == "page" or (was.startswith("after-") and not kind.startswith("after-"))
        ):
            starts[i] = kind  # a block after a number or another block says what it opens

    if numbered:
        mark(1, "page")  # the page's number stands apart
    # runs of words in capitals: an issuing body, a series, a document type
    i = 0
    while i < n:
        if not _caps(toks[i]):
            i += 1
            continue
        end = i
        while end < n and (
            _caps(toks[end])
            or (end > i and _number(toks[end], rules))
            or (end > i and end + 1 < n and toks[end].isalpha() and toks[end].isupper()
                and _caps(toks[end + 1]))  # a one-letter word between words in capitals
        ):  # fmt: skip
            end += 1
        capitals = [t for t in toks[i:end] if _caps(t)]
        if len(capitals) >= 2 or sum(c.isalpha() for c in capitals[0]) >= CAPS_WORD_LETTERS:
            mark(i, "capitals")
            mark(end, "after-capitals")
        i = end
    # dates: a month and a year (perhaps a day before the month)
    for i in range(n - 1):
        if _bare(toks[i]).casefold().rstrip(".") in months and _YEAR.match(toks[i + 1]):
            at = i - 1 if i > 0 and _bare(toks[i - 1]).isdigit() else i
            mark(at, "date")
            mark(i + 2, "after-date")
    # the body it was made for
    folded = [_bare(t).casefold() for t in toks]
    for i in range(1, n):
        if any(tuple(folded[i : i + len(c)]) == c for c in _clients(rules)):
            mark(i, "client")
    # a footnote mark closes a title (``… approach *``); a name marked for its affiliation
    # (``Huub Meijers a , Joan Muysken b``) is a name
    for i in range(n):
        if toks[i] in _MARKS:
            mark(i, "mark")
            mark(i + 1, "after-mark")
        elif i + 2 < n and _marked_name(toks, i, months, orgs):
            mark(i, "name")
            mark(i + 3 + (i + 3 < n and toks[i + 3] in (",", ";")), "after-name")
    # a document type before a separator (``Conference Paper · February 2019``) and the
    # words after an address (``… publication at: https://… <title>``)
    for i in range(n):
        if toks[i] in _SEPARATORS and i > 0:
            for size in range(min(TYPE_WORDS, i), 0, -1):
                if _type_term(" ".join(toks[i - size : i]), rules) is not None:
                    mark(i - size, "type")
                    break
        elif _ADDRESS.match(toks[i]):
            mark(i + 1, "after-address")
    # a change of script: words of Han or kana against words of Latin letters (a number
    # goes with the words after it: ``Hajime Tomura | 2015 年 9 月 | Working Paper``)
    script: list[bool | None] = [None if _number(t, rules) else _unspaced(t) for t in toks]
    for i in range(n - 2, -1, -1):
        if script[i] is None:
            script[i] = script[i + 1]
    for i in range(1, n):
        if None not in (script[i], script[i - 1]) and script[i] != script[i - 1]:
            mark(i, "script")
    # byline openers and names
    i = 0
    while i < n:
        op = _opener_at(toks, i, rules)
        named = op > 0
        if not named and not (
            _capital(toks[i]) and known_given(_bare(toks[i])) and i + 1 < n
            and (_capital(toks[i + 1]) or _INITIAL.match(toks[i + 1]))
            and not (i > 0 and (known_given(_bare(toks[i - 1])) or _INITIAL.match(toks[i - 1])))
            and not _in_sentence(toks, i)
        ):  # fmt: skip
            i += 1
            continue
        j = _name_end(toks, i + op)
        if not named and j is not None and _type_opens(toks, j - 1, rules):
            i += 1  # 'Debor, Sarah Working Paper The …': a document's type, no family name
            continue
        if (
            not named
            and j is not None
            and j < n
            and toks[j][:1].islower()
            and len(_bare(toks[j])) > 1
            and _bare(toks[j]).casefold() not in ands
        ):
            i += 1  # 'Marco Teórico de la Política …': a title's words, no name
            continue
        mark(i, "byline" if named else "name")
        if i > 1 and toks[i - 1].isdigit() and len(toks[i - 1]) <= 2 and _capital(toks[i - 2]):
            mark(i - 1, "mark")  # '… Identification 1 John C. Bluedorn': a footnote's mark
        while j is not None and (
            toks[j - 1].endswith((",", ";")) or (j < n and _bare(toks[j]).casefold() in ands)
        ):  # 'Saba Infante, Gloria Estévez y …': a list of names goes on
            k = _name_end(toks, j + (j < n and _bare(toks[j]).casefold() in ands))
            if k is None:
                break
            j = k
        while j is not None:
            mark(j, "after-name")
            # a further name of two capitalised words up to a boundary
            k = _pair(toks, j, months, orgs, starts)
            if k is None:
                break
            mark(j, "name")
            j = k
        i = j if j is not None else i + op + 1
    return sorted(starts.items())


_UNSPACED = UNSPACED_OR_HANGUL
#: separators a cover line prints between a document's type and its date (``·``, ``|``)
_SEPARATORS = frozenset("·|•")
#: words of a document type before such a separator at most (``Conference Paper``)
TYPE_WORDS = 3
#: an address (a URL) in a cover's words: the words after it open a block
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+\Z")
#: a footnote's mark standing alone after a title
_MARKS = frozenset("*∗†‡§")
#: an affiliation's mark after a name: a lower-case letter, one or two digits, a star
_AFFILIATION_MARK = re.compile(r"(?:[a-z]|\d{1,2}|[*∗†‡]),?\Z")


def _unspaced(word: str) -> bool:
    """A word of a script written without spaces (Han, kana, hangul)."""
    return _UNSPACED.search(word) is not None


def _marked_name(toks: Sequence[str], i: int, months: frozenset[str], orgs: frozenset[str]) -> bool:
    """``toks[i]`` opens a name of two capitalised words with an affiliation's mark after
    it (``Huub Meijers a ,``)."""
    if i > 0:
        before = toks[i - 1]
        after_name = i > 1 and _AFFILIATION_MARK.match(before) is not None and _capital(toks[i - 2])
        if not (before in _MARKS or before.endswith((",", ";")) or after_name):
            return False  # inside a title or a body's name: a name follows a mark or a comma
    for w in toks[i : i + 2]:
        b = _bare(w)
        if not _capital(b) or b != w or b.casefold() in months or b.casefold() in orgs:
            return False
    after = toks[i + 3] if i + 3 < len(toks) else ""
    return _AFFILIATION_MARK.match(toks[i + 2]) is not None and (
        toks[i + 2].endswith(",") or after in (",", ";", "") or _capital(after)
    )


def _in_sentence(toks: Sequence[str], i: int) -> bool:
    """``toks[i]`` follows a word in lower case (``concerts by Anna Berg``): a name inside a
    sentence, not a cover's name standing apart (a byline opener, ``Udarbejdet af``, is read
    before this test)."""
    if i == 0:
        return False
    if toks[i - 1].endswith(":"):
        return False  # a label's value (``authors, including: Peter Lund``)
    before = _bare(toks[i - 1])
    return len(before) > 1 and before[:1].islower() and before.isalpha()


def _type_opens(toks: Sequence[str], k: int, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A publication type of :data:`TYPE_WORDS` words at most and two at least opens at
    ``toks[k]``, each word capitalised (``Working Paper``, ``Technical Report``): the word is
    the type's, never a name's last."""
    for size in range(TYPE_WORDS, 1, -1):
        words = [_bare(t) for t in toks[k : k + size]]
        if (
            len(words) == size
            and all(w[:1].isupper() for w in words)
            and _type_term(" ".join(words), rules) is not None
        ):
            return True
    return False


def _name_end(toks: Sequence[str], i: int) -> int | None:
    """The index after a name from ``toks[i]``: a given name, initials, a family name."""
    n = len(toks)
    if i >= n or not _capital(toks[i]):
        return None
    j = i + 1
    while j < n and (_INITIAL.match(toks[j]) or (known_given(_bare(toks[j])) and j + 1 < n
                                                  and _capital(toks[j + 1]))):  # fmt: skip
        j += 1
    if j < n and _capital(toks[j]):
        j += 1
        if (
            j < n
            and _AFFILIATION_MARK.match(toks[j])
            and (
                toks[j].endswith(",")
                or j + 1 == n
                or toks[j + 1] in (",", ";")
                or _capital(toks[j + 1])
            )
        ):  # an affiliation's mark after the name ('Tomasz Wrebel a ,') stays with it
            j += 1 + (j + 1 < n and toks[j + 1] in (",", ";"))
        return j
    return None


def _pair(
    toks: Sequence[str], j: int, months: frozenset[str], orgs: frozenset[str],
    starts: dict[int, str],
) -> int | None:  # fmt: skip
    """The index after a second name of two capitalised words at ``toks[j]`` that a block's
    boundary, the end or a known given name closes (``Parvati Trübswetter January 2004``)."""
    if j + 1 >= len(toks):
        return None
    a, b = _bare(toks[j]), _bare(toks[j + 1])
    for w in (a, b):
        if not _capital(w) or w.casefold() in months or w.casefold() in orgs:
            return None
    k = j + 2
    if k == len(toks) or k in starts or _caps(toks[k]) or known_given(_bare(toks[k])):
        return k
    return None


def split_cover(text: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, Cover | None]:
    """``text`` with a document's first page broken into blocks (the space before each block
    turned into a line break), and the :class:`Cover` found; ``text`` unchanged and ``None``
    where the page prints no cover."""
    lines = _lines(text)
    how, at = "transcript", _transcript_first(lines)
    if at is None:
        how = "glued"
        at = next((i for i, (_, t) in enumerate(lines[:GLUED_TOP])
                   if len(t.split()) >= GLUED_WORDS), None)  # fmt: skip
        if at is None:
            return text, None
    offset, line = lines[at]
    words = _cover_words(line, 0, rules)
    if len(words) < COVER_MIN_WORDS:
        return text, None
    if how == "glued" and _labelled(words):
        return text, None  # a record's labelled fields run into one line
    body = words[1:] if how == "transcript" else words
    share = max(_capital_share(body[:SHARE_WORDS]), _capital_share(body))
    if share < (PAGE_CAPITALS if how == "transcript" else GLUED_CAPITALS):
        return text, None
    if _name_list(words) or (how == "glued" and not _has_person(words, rules)):
        return text, None  # a list of names or a numbered reference, no cover
    starts = _blocks(words, rules, how == "transcript")
    if sum(kind != "page" for _, kind in starts) < MIN_BOUNDARIES:
        return text, None  # no cover's blocks in it
    if how == "glued" and not any(kind in ("name", "byline") for _, kind in starts):
        return text, None  # no name standing apart: a sentence naming a person, no cover
    if not _headed(words, starts):
        return text, None  # a byline run into one line (or an agenda's, a thread's first
        # item in title case: 'Welcome And Apologies … Anna Berg'), no cover
    chars = list(text)
    blocks = []
    prev, kind = 0, "head"
    for i, k in starts:
        space = offset + words[i][0] - 1
        if chars[space] not in " \t":
            continue
        chars[space] = "\n"
        blocks.append((offset + words[prev][0], space, kind))
        prev, kind = i, k
    if not blocks:
        return text, None
    end = offset + words[-1][1]
    blocks.append((offset + words[prev][0], end, kind))
    return "".join(chars), Cover((offset + words[0][0], end), how, tuple(blocks))
