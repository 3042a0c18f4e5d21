"""A publisher named on a short line of its own with its role in brackets after it, as
book shops print a book's facts (``Mohr Siebeck (Verlag)``, ``Harbour Press (Publisher)``,
``Éditions du Marais (Éditeur)``): the role is a one-word publisher label of the locales
(``[labels].publisher``: *Verlag, Publisher, Éditeur, Editore, Uitgever, Wydawnictwo,
Издательство, Yayınevi*). Such a line names the publisher and is no title."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import W_LABEL, Cand, _Page
from comet.page.line_scan import whole_lines

__all__ = ["bracketed_publisher", "bracketed_publishers"]

#: lines from the top a publisher's line is looked for in
PUBLISHER_LINE_REACH = 60


@functools.cache
def _role_words(rules: tuple[_loc.LocaleRules, ...]) -> str:
    """The alternation of the locales' one-word publisher labels (``[labels].publisher``),
    but a word some locale writes for an editor too (Spanish *Editora*: ``Ana Ruiz
    (Editora)`` names the book's editor); empty where there is none."""
    editors = {t.casefold().rstrip(".") for t in _loc.terms_of("person_names", rules, "editor")}
    words = [
        t
        for t in _loc.terms_of("labels", rules, "publisher")
        if " " not in t.strip() and t.casefold() not in editors
    ]
    return _loc.alternation(words)


@functools.cache
def _role_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A whole line ``Name (<one-word publisher label>)``: a name of one to eight words
    opening with a letter, no digit and no bracket in it."""
    alt = _role_words(rules)
    if not alt:
        return None
    return re.compile(
        rf"^[ \t]*(?P<name>[^\W\d_][^\d()\n]{{1,80}}?)[ \t]*\((?:{alt})\)[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


@functools.cache
def _role_tail(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """The role in brackets closing a line alone (``(Verlag)``): a bracket opens it, so it is
    sought fast before the whole line's pattern."""
    alt = _role_words(rules) or "(?!)"
    return re.compile(rf"\((?:{alt})\)[ \t]*$", re.IGNORECASE | re.MULTILINE)


#: words of a publisher's name at most
NAME_WORDS = 8


def bracketed_publisher(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The publisher's name of a line ``Mohr Siebeck (Verlag)`` (``None`` for any other
    line: ``Anna Reed (Author)``, ``Reeds (2nd edition)``)."""
    if not text.rstrip().endswith(")"):
        return None
    pattern = _role_pattern(rules)
    m = pattern.match(text) if pattern is not None else None
    if m is None or len(m.group("name").split()) > NAME_WORDS:
        return None
    return m.group("name").strip()


def bracketed_publishers(page: _Page) -> list[Cand]:
    """The publisher of the first such line among the page's first
    :data:`PUBLISHER_LINE_REACH` lines, as a candidate a little weaker than a label's (one
    scan of the text; memoised per page)."""

    def find() -> list[Cand]:
        pattern = _role_pattern(page.rules)
        lines = page.layout.lines
        if pattern is None or not lines:
            return []
        end = lines[min(len(lines), PUBLISHER_LINE_REACH) - 1].end
        for m in whole_lines(page.text, _role_tail(page.rules), pattern, end):
            # (the role in brackets closing a line sought first, then the whole line)
            if len(m.group("name").split()) <= NAME_WORDS:
                span = m.span("name")
                return [Cand(m.group("name").strip(), W_LABEL - 0.05, span,
                             "a publisher's name with its role in brackets")]  # fmt: skip
        return []

    found = page.remember(("bracketed-publisher", 0), find)
    return list(found) if isinstance(found, list) else []
