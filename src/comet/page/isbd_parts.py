"""Parts of an ISBD description's title area that are not the title: the main entry's
heading printed before the title proper in direct order and closed by a full stop (GOST 7.1
and card catalogues: ``Туоминен Арво. Русский Хельсинки / А. Туоминен``), and an age
rating closing the other title information (``Title : роман : 18+``), which Russian
publishers must print and catalogues transcribe.

A heading is read only when the statement of responsibility after `` / `` repeats its
family name: a title that opens with two capitalised words and a stop (``Saint Petersburg.
A history / by A. Fenwick``) keeps them.
"""

from __future__ import annotations

import re

__all__ = ["stated_heading", "without_age_rating"]

#: a heading opening the title area: a family name, a comma perhaps, one to three given
#: names or initials, a full stop, then the title's first capital (``Туоминен Арво.``,
#: ``Fenwick, Ada M.``, ``Иванов И. И.``)
_STATED = re.compile(
    r"(?P<family>[^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?),?\s+"
    r"(?P<given>(?:[^\W\d_]\.\s?){1,3}|[^\W\d_]{2,}(?:\s[^\W\d_]{2,}\.|\s[^\W\d_]\.|\.))"
    r"\s+(?=[^\W\d_])"
)
#: an age rating closing the title area's other title information (``: 18+``, ``: 6+``)
_AGE_RATING = re.compile(r"\s*:\s*\d{1,2}\+\s*$")


def stated_heading(title_area: str) -> tuple[dict[str, str], str] | None:
    """The heading before the title in ``title_area`` (title, `` / ``, statement) as a CSL
    name, and the area without it; ``None`` unless the statement after `` / `` repeats the
    heading's family name and the heading closes with a full stop before a capital."""
    title, sep, statement = title_area.partition(" / ")
    m = _STATED.match(title)
    if not sep or m is None:
        return None
    family, given = m.group("family"), " ".join(m.group("given").split())
    if not re.search(r"(?:^|\s)[^\W\d_]\.$", given):  # the area's stop after a full name
        given = given.rstrip(".")
    rest = title[m.end() :]
    if not given or not given[:1].isupper() or not rest[:1].isupper():
        return None
    if re.search(rf"(?<!\w){re.escape(family)}(?!\w)", statement, re.IGNORECASE) is None:
        return None
    return {"family": family, "given": given}, rest + sep + statement


def without_age_rating(title: str) -> str:
    """``title`` without an age rating closing it (``Мой Париж : эссе : 18+`` → ``Мой
    Париж : эссе``); unchanged when none closes it."""
    return _AGE_RATING.sub("", title)
