"""Names with their role written after them (persons23): Chinese, Japanese and Korean
statements of responsibility put the role word after the name, apart by a space (``王小明
著``, ``山田 太郎 著``, ``김철수 지음 | 이영희 옮김``, ``[美] 约翰·史密斯 著，王小明 译``); one
mark may close several names (``王小明、李华 著``). A foreign author's nationality opens the
name in brackets (``[美]``, ``（英）``).

The role words are locale data: ``[person_names]`` author, editor, translator, compiler and
illustrator words, with ``author_marks_after`` and ``other_marks_after`` (the words written
only after a name: Korean ``저``, ``역``). Only names in a script without capitals are read
so (a Latin ``Ana Ruiz ed.`` is another reader's). A label's value keeps its authors' names
(the role words dropped); a short line near the title that is such a statement alone, with
an author's mark, is a byline.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.evidence import W_LINE, Cand, _lenient, _Page
from comet.page.name_headings import _label_names_ok

__all__ = ["MARKED_EVIDENCE", "marked_authors", "role_marked_line"]

#: where a value's names part (a comma, an ideographic comma, a semicolon, a bar, a slash)
_SEPS = re.compile(r"\s*[,，、;；|｜/／]\s*")
#: a foreign author's nationality in brackets before the name (``[美]``, ``（英）``)
_NATIONALITY = re.compile(r"^[\[［(（〔【]\s*[^\W\d_]{1,3}\s*[\]］)）〕】]\s*")
#: lines under the title looked at (none: the page's first lines)
LINES_BELOW = 6
#: characters of such a line at most
MAX_LINE = 80
#: words of one name at most (``山田 太郎``, ``존 스미스``)
MAX_NAME_WORDS = 3
MARKED_EVIDENCE = "names with their role marks after them"

_AUTHOR_KEYS = ("author", "author_marks_after")
_OTHER_KEYS = ("editor", "editors", "translator", "compiler", "illustrator", "other_marks_after")


@functools.cache
def _marks(rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
    """Each role word of the locales (folded) and whether it is the author's (``author``)
    or another role's (``other``)."""
    out: dict[str, str] = {}
    for key in _AUTHOR_KEYS:
        for t in _loc.terms_of("person_names", rules, key):
            out[t.casefold()] = "author"
    for key in _OTHER_KEYS:
        for t in _loc.terms_of("person_names", rules, key):
            out.setdefault(t.casefold(), "other")
    return out


def _uncased(text: str) -> bool:
    """``text`` holds letters, none of them a capital or a small letter (Han, kana, Hangul)."""
    return any(c.isalpha() for c in text) and not any(c.isupper() or c.islower() for c in text)


def role_items(value: str, rules: tuple[_loc.LocaleRules, ...]) -> list[tuple[str, str]] | None:
    """The names of ``value`` with their roles (``author``, ``other``; a name without a mark
    takes the next mark after it, or ``author`` after the last one); ``None`` where no name
    carries a role word after it (nor a nationality before it)."""
    marks = _marks(rules)
    items: list[tuple[str, str | None]] = []
    found = False
    for part in _SEPS.split(value.strip()):
        name = _NATIONALITY.sub("", part).strip()
        found = found or name != part.strip()
        words = name.split()
        role = None
        if len(words) >= 2 and words[-1].casefold() in marks:
            role = marks[words[-1].casefold()]
            name = " ".join(words[:-1])
        if not name or not _uncased(name):
            if role is not None or name:
                return None  # (a Latin name, or a name that is a role word alone)
            continue
        if role is not None:
            found = True
            items = [(n, r if r is not None else role) for n, r in items]
        items.append((name, role))
    if not found or not items:
        return None
    return [(n, r if r is not None else "author") for n, r in items]


def marked_authors(value: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """A label's value with its authors' names alone, their marks dropped (``约翰·史密斯
    著，王小明 译`` → ``约翰·史密斯``; ``""``: no author's); ``None`` where no name in a
    script without capitals carries a role mark (the value stays as it is)."""
    items = role_items(value, rules)
    if items is None:
        return None
    return ", ".join(n for n, r in items if r == "author")


def role_marked_line(page: _Page) -> Cand | None:
    """A short line near the title that is a statement of names and their roles alone,
    with an author's mark (``김철수 저 | 이영희 역``, ``山田 太郎 著``): its authors."""
    lines = page.layout.lines
    title = page.title_line
    # (the title's own line too: a statement read as the title is still the byline)
    lo, hi = (0, 2 * LINES_BELOW) if title is None else (title, title + 1 + LINES_BELOW)
    marks = _marks(page.rules)
    for line in lines[lo:hi]:
        text = line.text.strip()
        if len(text) > MAX_LINE or not text or line.index in page.layout.label_lines:
            continue
        if not any(w.casefold() in marks for w in text.split()[1:]):
            continue  # (the cheap test first: no role word after a first word)
        items = role_items(text, page.rules)
        if items is None or not _statement(text, items, marks):
            continue
        names = [n for n, r in items if r == "author"]
        if not names or any(len(n.split()) > MAX_NAME_WORDS for n in names):
            continue
        plist = _lenient(parse_names, ", ".join(names), locales=page.rules)
        if plist is None or len(plist) != len(names):
            continue
        if not _label_names_ok(list(plist), page.rules):  # (the marks vouch as a label does)
            continue
        persons: tuple[Person, ...] = tuple(plist)
        start = line.start + line.text.find(text)
        return Cand(persons, W_LINE, (start, start + len(text)), MARKED_EVIDENCE)
    return None


def _statement(text: str, items: list[tuple[str, str]], marks: dict[str, str]) -> bool:
    """The line is names and role marks alone: its last word a role mark (every name
    before it has one), an author's among them."""
    last = text.split()[-1].casefold()
    return marks.get(last) is not None and any(r == "author" for _, r in items)
