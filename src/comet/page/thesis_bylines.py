"""A thesis's or a report's author named on a line with its genre or its degree.

Two lines a repository or a thesis database prints near the title name the author without a
byline of their own: the genre over the author's name (``Tesis doctoral de Ana Ruiz``,
``Doctoral thesis by Ana Ruiz``, ``Dissertation von Jonas Brandt``; :func:`genre_byline`),
and a dissertation's byline with the degree, the granting institution and the year (``by
Quill, Barnaby, Ph.D., University of Example, 2013, 182; 3583321``; :func:`thesis_byline`).
"""

from __future__ import annotations

import re

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.names import Person, parse_names
from comet.names.rules import _rules
from comet.page.byline_cuts import _supervision
from comet.page.bylines import _line_names
from comet.page.evidence import _Page
from comet.page.genre_lines import GENRE_LINES, GENRE_TYPES, GENRE_WORDS
from comet.page.grantor import names_grantor
from comet.page.layout import _by_words
from comet.page.name_checks import _names_ok, _type_term
from comet.text._words import function_words

__all__ = ["genre_byline", "supervised_byline", "supervised_grantor", "thesis_byline"]


#: words of a genre byline at most (``Tesis doctoral de Ana María Ruiz Gómez``)
GENRE_BYLINE_WORDS = 12


def genre_byline(page: _Page) -> tuple[str, str, tuple[Person, ...], tuple[int, int]] | None:
    """A line near the top that is a thesis's or a report's genre, a function word linking it
    to its author (the locales' ``[words].function_words``: ``de``, ``by``, ``von``) and the
    author's name (names the byline reader accepts, three at most): ``Tesis
    doctoral de Ana Ruiz``, ``Doctoral thesis by Ana Ruiz``, ``Dissertation von Jonas
    Brandt``. The type, the genre as printed, the names and the line's span, or ``None``."""

    def compute() -> tuple[str, str, tuple[Person, ...], tuple[int, int]] | None:
        links = function_words(page.rules)
        for line in page.layout.lines[:GENRE_LINES]:
            if line.zone != "main" or line.index in page.layout.label_lines:
                continue
            words = line.text.split()
            if not 3 <= len(words) <= GENRE_BYLINE_WORDS:
                continue
            if _type_term(line.text, page.rules) is not None:
                continue  # 'Tesi di Laurea Triennale': a genre of its own words, no author
            for n in range(min(GENRE_WORDS, len(words) - 2), 0, -1):
                pt = _type_term(" ".join(words[:n]), page.rules)
                if pt is None or pt.csl_type not in GENRE_TYPES:
                    continue
                if words[n].casefold() not in links or not words[n + 1][:1].isupper():
                    break
                names = _line_names(" ".join(words[n + 1 :]), page)
                if (
                    names
                    and len(names) <= 3
                    and line.index != page.title_line  # ('Report on Harbour Lights': a title)
                    # one word of genre only before an author word ('Dissertation von …'),
                    # not before any function word ('Report on Harbour Lights')
                    and (n > 1 or words[n].casefold() in _by_words(page.rules))
                ):
                    return pt.csl_type, " ".join(words[:n]), names, (line.start, line.end)
                break
        return None

    return page.remember("genre-byline", compute)


#: the year after the institution (``2013``)
_LEADING_YEAR = re.compile(CITATION_YEAR_PATTERN)
#: the pages and the order number after the year (``182; 3583321``, ``182``)
_PAGES_NUMBER = re.compile(r"\s*\d+(?:\s*;\s*\d+)?\s*\.?")


def thesis_byline(
    page: _Page,
) -> tuple[tuple[Person, ...], str, str, int, tuple[int, int]] | None:
    """A dissertation's byline as thesis databases print it: an author word, the author's
    name, the degree, the institution that granted it and the year (``by Quill, Barnaby,
    Ph.D., University of Example, 2013, 182; 3583321``). The names, the degree, the
    institution, the year and the line's span, or ``None``."""

    def compute() -> tuple[tuple[Person, ...], str, str, int, tuple[int, int]] | None:
        by = _by_words(page.rules)
        for line in page.layout.lines[:GENRE_LINES]:
            head, _, rest = line.text.strip().partition(" ")
            if line.zone != "main" or head.casefold() not in by or "," not in rest:
                continue
            parts = [x.strip() for x in rest.split(",")]
            for k in range(1, min(4, len(parts) - 2)):
                degree = parts[k]
                # a degree the locales know ('Ph.D.', 'D.M.'), not initials ('J.R.')
                if degree.replace(" ", "").casefold() not in _rules(page.rules).degrees:
                    continue
                if not names_grantor(parts[k + 1], page.rules):
                    break
                # the database's tail: the year, the pages and the order number
                # ('2013, 182; 3583321'), not a signature's ('2021 Fulbright Scholar')
                year = _LEADING_YEAR.fullmatch(parts[k + 2])
                if year is None or not _PAGES_NUMBER.fullmatch(",".join(parts[k + 3 :])):
                    break
                names = parse_names(", ".join(parts[:k]), locales=page.rules, strict=False).value
                if names is not None and 1 <= len(names) <= 2 and _names_ok(list(names)):
                    span = (line.start, line.end)
                    return tuple(names), degree, parts[k + 1], int(year.group()), span
                break
        return None

    return page.remember("thesis-byline", compute)


#: words of a supervised byline at most (``par Ana Ruiz sous la direction de Jonas Brandt et
#: de Lea Holm - Université de Nordville``)
SUPERVISED_BYLINE_WORDS = 40


def supervised_byline(page: _Page) -> tuple[int, int] | None:
    """A line near the top that is an author word, the author's name and the phrase naming
    the supervisors (the locales' ``[words].supervision_phrases``: ``par Ana Ruiz sous la
    direction de Jonas Brandt``, ``by Ana Ruiz under the supervision of …``), as a thesis
    database prints a thesis under its title: a thesis. The line's span, or ``None``."""

    def compute() -> tuple[int, int] | None:
        pattern = _supervision(page.rules)
        if pattern is None:
            return None
        by = _by_words(page.rules)
        for line in page.layout.lines[:GENRE_LINES]:
            text = line.text.strip()
            head, _, rest = text.partition(" ")
            if line.zone != "main" or head.casefold() not in by:
                continue
            m = pattern.search(f" {rest} ")
            if m is None or len(text.split()) > SUPERVISED_BYLINE_WORDS:
                continue
            author, supervisors = rest[: m.start()], rest[m.end() - 1 :]
            # a name on each side ('par Ana Ruiz sous la direction de Jonas Brandt'), not a
            # sentence ('by the team under the direction of its chair')
            if _line_names(author, page) and supervisors[:1].isupper():
                return (line.start, line.end)
        return None

    return page.remember("supervised-byline", compute)


#: the separator before the granting institution closing a supervised byline (`` - ``)
_CLOSING_PART = re.compile(r"\s[-–—]\s")
#: words of the closing part at most (``Lyon, École normale supérieure (sciences)``)
GRANTOR_PART_WORDS = 10


def supervised_grantor(page: _Page) -> tuple[str, str | None, tuple[int, int]] | None:
    """The institution that granted the degree where a supervised byline closes with it
    after a dash (``par Ana Ruiz sous la direction de Jonas Brandt - Université de
    Nordville``; with its place before a comma, ``- Nordville, École normale supérieure``),
    as a thesis database prints a thesis's statement of responsibility: the institution
    (a name holding a degree grantor's word of the locales), its place or ``None``, and the
    institution's span; ``None`` where the byline closes with no such part (``… sous la
    direction de Jonas Brandt - 2015``)."""
    span = supervised_byline(page)
    if span is None:
        return None
    text = page.text[span[0] : span[1]]
    parts = _CLOSING_PART.split(text)
    if len(parts) < 2:
        return None
    last = parts[-1].strip(" .")
    if not last or len(last.split()) > GRANTOR_PART_WORDS or any(c.isdigit() for c in last):
        return None
    place, comma, name = last.partition(", ")
    if not comma or names_grantor(place, page.rules) or len(place.split()) > 3:
        place, name = "", last  # ('Université Paris sciences et lettres': no place)
    if not names_grantor(name, page.rules) or not name[:1].isupper():
        return None
    start = span[0] + text.rindex(name)
    return name, place or None, (start, start + len(name))
