"""Lines that name a work's contributors in a role other than the author's (persons18):
a line of names opened by a role phrase of the locales (``Translated by Ana Ruiz``,
``Составитель: …``) or by a byline word and a role in brackets (``By (illustrator) Tom
Lee``). Such a line is never a title, and the lines right under the chosen byline name the
work's other contributors.
"""

from __future__ import annotations

from comet.names import Person
from comet.page.byline_roles import bracketed_role, role_of_line, role_phrase
from comet.page.bylines import _line_names
from comet.page.evidence import _Page
from comet.page.layout import _by_words

#: lines under a chosen byline where a list in another role is looked for
ROLE_LINES_AFTER = 2


def role_lines_after(page: _Page, span: tuple[int, int]) -> dict[str, list[Person]]:
    """The names of the lines right under a byline (:data:`ROLE_LINES_AFTER` at most) that
    open with a role phrase (``by Jane Doe`` / ``Translated by Ana Ruiz``: ``translator``):
    the work's other contributors. Stops at the first line that is none."""
    last = page.layout.line_at(max(span[0], span[1] - 1))
    if last is None:
        return {}
    out: dict[str, list[Person]] = {}
    lines = page.layout.lines
    for line in lines[last.index + 1 : last.index + 1 + ROLE_LINES_AFTER]:
        if line.index in page.layout.label_lines:
            break
        names = _line_names(line.text, page)
        role = role_of_line(page, line, opening=True)
        if not names or role is None:
            break
        out.setdefault(role, []).extend(names)
    return out


def contributor_line(t: str, page: _Page) -> bool:
    """A line of names opened by a role phrase or by a byline word and a role in brackets,
    or a role phrase and a colon before a body's name (``Compiled by: The Fenland Survey
    Office``): a contributor's line, never a title."""
    rules = page.rules
    role, rest = role_phrase(t, rules)
    if role is None:
        role, rest = bracketed_role(t, rules, _by_words(rules))
    if role is None:
        return False
    return t[: len(t) - len(rest)].rstrip().endswith(":") or bool(_line_names(t, page))
