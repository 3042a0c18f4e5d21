"""The head lines of a thesis's or a report's cover that are never its title: the genre
(``Tesi di Laurea Triennale``, ``Working Paper``, ``DIPLOMOVÁ PRÁCE``: a line of the locales'
publication-type words) and the institution that granted the degree (``Università degli
Studi di Borgomarino``, ``Universidade Federal do Brejo``: capitalised words and function
words only, a word of the locales' ``[words].degree_grantors`` among them with no function
word before it). A PDF's first page prints both over the title; a record page prints
neither as its heading (``History of the University of X`` is a title about one). An
institution's line is a head line only on a cover (:func:`on_cover`: a degree statement or a
genre line near the top): elsewhere ``University Towns of the North`` is a book's title."""

from __future__ import annotations

from comet import locales as _loc
from comet.dates import PartialDate, parse_date
from comet.page.evidence import _Page
from comet.page.grantor import names_grantor
from comet.page.name_checks import _type_term
from comet.page.title_bylines import _type_line
from comet.page.work_statements import _thesis_statement
from comet.text._words import closed_class

__all__ = ["cover_head", "genre_head", "institution_head", "on_cover", "thesis_cover_date"]

#: words of a genre line at least (``Tesi``, ``Article`` alone is a menu's or a tab's word, a
#: one-word line is read elsewhere)
GENRE_WORDS = 2
#: words of an institution's name line at most (``Faculdade de Engenharia da Universidade
#: do Porto``), and at least (``Universitas Indonesia``)
INSTITUTION_WORDS = 9
INSTITUTION_MIN_WORDS = 2


#: characters that may open a capitalised word of a name (``“Tullio Levi-Civita”``)
_OPENING_MARKS = "“”\"'‘’«»("


def _institution(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    words = text.split()
    if not INSTITUTION_MIN_WORDS <= len(words) <= INSTITUTION_WORDS:
        return False
    if any(c.isdigit() or c in ":;?!" for c in text):
        return False
    fw = closed_class(rules)
    if not all(w.lstrip(_OPENING_MARKS)[:1].isupper() or w.casefold().strip(".,") in fw
               for w in words):  # fmt: skip
        return False  # 'A universidade do brejo abre as inscrições': a sentence
    grantor = next((k for k, w in enumerate(words) if names_grantor(w, rules)), None)
    return grantor is not None and not any(
        w.casefold().strip(".,") in fw for w in words[:grantor]
    )  # ('History of the University of X': a title about it, the name after its words)


def genre_head(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` is a genre line of publication-type words (``Tesi di Laurea Triennale``)."""
    t = text.strip()
    return len(t.split()) >= GENRE_WORDS and _type_line(t, rules)


def institution_head(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` has the shape of a degree grantor's name (``Università degli Studi di …``)."""
    return _institution(text.strip(), rules)


def cover_head(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` is a cover's genre line or the name of a degree's grantor (see the module):
    a head line, never the title of a cover's work (the institution's shape only counts on a
    cover: :func:`on_cover`)."""
    return genre_head(text, rules) or institution_head(text, rules)


def _genre_word(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A line that is one type word of a thesis or a report alone (``Dissertation``,
    ``Speciale``, ``Rapport``): a cover's genre line of one word."""
    t = text.strip(" .:")
    if not t or " " in t:
        return False
    pt = _type_term(t, rules)
    return pt is not None and pt.csl_type in ("thesis", "report")


def on_cover(page: _Page) -> bool:
    """Whether the page is a thesis's or a report's cover: a degree statement, or a genre
    line among its first :data:`DATE_LINES` lines, of one thesis's or report's word or more
    (memoised on the page)."""
    memo = page.memo.get("on-cover")
    if memo is None:
        memo = _thesis_statement(page) is not None or any(
            genre_head(line.text, page.rules) or _genre_word(line.text, page.rules)
            for line in page.layout.lines[:DATE_LINES]
        )
        page.memo["on-cover"] = memo
    return bool(memo)


#: lines from the top of a thesis's cover where its date line is looked for
DATE_LINES = 40
#: words of a line from which it is prose (the cover ends before it)
PROSE_WORDS = 12
#: what makes a date line more than a date (``Plzeň, 2014``, ``2019-2020``: a place, a
#: span of years, an academic year)
_NOT_A_DATE_ALONE = frozenset({"ignored-text", "date-range"})


def thesis_cover_date(page: _Page) -> tuple[PartialDate, tuple[int, int]] | None:
    """The date a thesis's cover prints on a line of its own (``2012``, ``October 2025``),
    under its genre line (a type term of a thesis: ``DIPLOMOVÁ PRÁCE``, ``SKRIPSI``) or its
    degree statement and before any prose; ``None`` where there is none (read only where the
    page gives no other date)."""
    lines = page.layout.lines
    thesis = _thesis_statement(page) is not None
    for line in lines[:DATE_LINES]:
        text = line.text.strip()
        if len(text.split()) >= PROSE_WORDS:
            return None
        if not text or line.zone != "main" or line.index in page.layout.label_lines:
            continue
        if not thesis:
            pt = _type_term(text, page.rules)
            thesis = pt is not None and pt.csl_type == "thesis"
            continue
        if not any(c.isdigit() for c in text):
            continue
        found = parse_date(text, locales=page.rules, strict=False)
        if isinstance(found.value, PartialDate) and not any(
            d.code in _NOT_A_DATE_ALONE for d in found.diagnostics
        ):
            return found.value, (line.start, line.end)
    return None
