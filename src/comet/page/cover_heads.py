"""The head lines of a thesis's or a report's cover that are never its title: the genre
(``Tesi di Laurea Triennale``, ``Working Paper``, ``DIPLOMOVÁ PRÁCE``: a line of the locales'
publication-type words) and the institution that granted the degree (``Università degli
Studi di Borgomarino``, ``Universidade Federal do Brejo``: capitalised words and function
words only, a word of the locales' ``[words].degree_grantors`` among them with no function
word before it). A PDF's first page prints both over the title; a record page prints
neither as its heading (``History of the University of X`` is a title about one)."""

from __future__ import annotations

from comet import locales as _loc
from comet.dates import PartialDate, parse_date
from comet.page.evidence import _Page
from comet.page.grantor import names_grantor
from comet.page.name_checks import _type_term
from comet.page.title_bylines import _type_line
from comet.page.work_statements import _thesis_statement
from comet.text._words import closed_class

__all__ = ["cover_head", "thesis_cover_date"]

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


def cover_head(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` is a cover's genre line or the name of a degree's grantor (see the module):
    a head line, never the work's title."""
    t = text.strip()
    if len(t.split()) >= GENRE_WORDS and _type_line(t, rules):
        return True
    return _institution(t, rules)


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
