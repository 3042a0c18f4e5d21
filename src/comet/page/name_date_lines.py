"""A person's name alone on a line over or under a date alone: a byline by its dateline,
never a title.
"""

from __future__ import annotations

from comet.page.evidence import _date_of, _Page
from comet.page.layout import Line
from comet.page.name_checks import _names_ok
from comet.page.name_plausible import _latin, plausible_person
from comet.page.name_table import _name_shaped, _one_person
from comet.page.name_vouched import vouched_name

#: words of a date line beside a byline at most (``27 Agosto 2015``, ``May 3, 2021``)
DATELINE_WORDS = 5


def _date_line(k: int, page: _Page) -> bool:
    """Line ``k`` is a date alone (a dateline)."""
    lines = page.layout.lines
    if not 0 <= k < len(lines):
        return False
    t = lines[k].text.strip()
    if not 0 < len(t.split()) <= DATELINE_WORDS:
        return False
    found = _date_of(page, t)  # a day or a month at least: 'Aus Lexikon 2009' is no date
    return found is not None and getattr(found, "month", None) is not None


def _dated_name(line: Line, page: _Page) -> bool:
    """One person's name alone on the line (a known given name first, every word a name's:
    :func:`~comet.page.name_plausible.plausible_person`), right over or under a date alone:
    a byline by its dateline, never a title (memoised per line)."""
    return page.remember(
        ("dated-name", line.index),
        lambda: (
            _name_shaped_latin(line.text.strip(), page)  # (cheap: before the dates' reader)
            and (_date_line(line.index + 1, page) or _date_line(line.index - 1, page))
            and _one_plausible_name(line.text.strip(), page)
        ),
    )


def _name_shaped_latin(text: str, page: _Page) -> bool:
    """The checks of :func:`_one_plausible_name` before the name parser (a necessary
    condition of it, cheap: the word count first, which rules out most lines at once)."""
    return _name_shaped(text, page.rules) and _latin(text)


def _one_plausible_name(text: str, page: _Page) -> bool:
    if not _latin(text):  # (a Han name is not judged)
        return False
    person = _one_person(text, page.rules)
    return (
        person is not None
        and (plausible_person(person) or vouched_name(page, text))
        and _names_ok([person], strict=True, page_rules=page.rules)
    )
