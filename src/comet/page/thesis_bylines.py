"""A thesis's or a report's author named on a line with its genre or its degree.

Two lines a repository or a thesis database prints near the title name the author without a
byline of their own: the genre over the author's name (``Tesis doctoral de Ana Ruiz``,
``Doctoral thesis by Ana Ruiz``, ``Dissertation von Jonas Brandt``; :func:`genre_byline`),
and a dissertation's byline with the degree, the granting institution and the year (``by
Quill, Barnaby, Ph.D., University of Example, 2013, 182; 3583321``; :func:`thesis_byline`).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.bylines import _line_names
from comet.page.evidence import _Page
from comet.page.genre_lines import GENRE_LINES, GENRE_TYPES, GENRE_WORDS
from comet.page.grantor import names_grantor
from comet.page.layout import _by_words
from comet.page.name_checks import _names_ok, _type_term

__all__ = ["genre_byline", "thesis_byline"]


#: words of a genre byline at most (``Tesis doctoral de Ana María Ruiz Gómez``)
GENRE_BYLINE_WORDS = 12


@functools.cache
def _function_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in _loc.terms_of("words", rules, "function_words"))


def genre_byline(page: _Page) -> tuple[str, str, tuple[Person, ...], tuple[int, int]] | None:
    """A line near the top that is a thesis's or a report's genre, a function word linking it
    to its author (the locales' ``[words].function_words``: ``de``, ``by``, ``von``) and the
    author's name (names the byline reader accepts, three at most): ``Tesis
    doctoral de Ana Ruiz``, ``Doctoral thesis by Ana Ruiz``, ``Dissertation von Jonas
    Brandt``. The type, the genre as printed, the names and the line's span, or ``None``."""

    def compute() -> tuple[str, str, tuple[Person, ...], tuple[int, int]] | None:
        links = _function_words(page.rules)
        for line in page.layout.lines[:GENRE_LINES]:
            if line.zone != "main" or line.index in page.layout.label_lines:
                continue
            words = line.text.split()
            if not 3 <= len(words) <= GENRE_BYLINE_WORDS:
                continue
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


#: a degree's abbreviation in a thesis's byline (``D.M.``, ``Ph.D.``, ``Ed.D.``, ``M.A.``)
_DEGREE_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,2}\.){2,4}")
#: a year opening the part after the institution (``2013, 182; 3583321``)
_LEADING_YEAR = re.compile(r"(?:1[5-9]|20)\d\d\b")


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
                if not (
                    _DEGREE_ABBREVIATION.fullmatch(degree)
                    or degree.replace(" ", "") in _degree_words(page.rules)
                ):
                    continue
                if not names_grantor(parts[k + 1], page.rules):
                    break
                year = _LEADING_YEAR.match(parts[k + 2])
                if year is None:
                    break
                names = parse_names(", ".join(parts[:k]), locales=page.rules, strict=False).value
                if names is not None and 1 <= len(names) <= 2 and _names_ok(list(names)):
                    span = (line.start, line.end)
                    return tuple(names), degree, parts[k + 1], int(year.group()), span
                break
        return None

    return page.remember("thesis-byline", compute)


@functools.cache
def _degree_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' post-nominal degrees (``PhD``, ``MSc``), without spaces."""
    return frozenset(t.replace(" ", "") for t in _loc.terms_of("person_names", rules, "degrees"))
