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

__all__ = [
    "MARKED_EVIDENCE",
    "marked_authors",
    "role_marked_line",
    "tailed_roles",
    "without_role_tails",
]

#: where a value's names part (a comma, an ideographic comma, a semicolon, a bar, a slash)
_SEPS = re.compile(r"\s*([,，、;；|｜/／])\s*")
#: the separators between statements of responsibility (ISBD's ``;`` between functions,
#: catalogues' ``/`` and ``|``): a role mark closes the names back to the last of them only
#: (``김영희 ; 박철수 옮김``: the translator is 박철수 alone; ``王小明、李华 著``: both authors)
_STATEMENT_SEPS = frozenset(";；|｜/／")
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


#: the ``[person_names]`` keys of other roles' words and the role each names
_ROLE_OF_KEY = {"editor": "editor", "editors": "editor", "translator": "translator",
                "compiler": "compiler", "illustrator": "illustrator"}  # fmt: skip


@functools.cache
def _role_marks(rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
    """:func:`_marks` with the role each other role's word names (``編``, ``主编``:
    ``editor``; ``译``: ``translator``); the words only written after a name,
    ``other_marks_after``, stay ``other``."""
    out = dict(_marks(rules))
    for key, role in _ROLE_OF_KEY.items():
        for t in _loc.terms_of("person_names", rules, key):
            if out.get(t.casefold()) == "other":
                out[t.casefold()] = role
    return out


def tailed_roles(value: str, rules: tuple[_loc.LocaleRules, ...]) -> dict[str, list[str]]:
    """The names of a label's ``value`` in a script without capitals that carry another
    role's word after them, by role (``山田 太郎 編`` → editor ``山田 太郎``; ``王小明 主编``;
    ``约翰·史密斯 著，王小明 译`` → translator ``王小明``): an author's label may name the
    work's editors so. Empty where no name carries such a word."""
    items = role_items(value, rules, _role_marks(rules))
    out: dict[str, list[str]] = {}
    for name, role in items or ():
        if role not in ("author", "other"):
            out.setdefault(role, []).append(name)
    return out


def role_items(
    value: str, rules: tuple[_loc.LocaleRules, ...], marks: dict[str, str] | None = None
) -> list[tuple[str, str]] | None:
    """The names of ``value`` with their roles (``author``, ``other``, or the roles of
    ``marks``; a name without a mark takes the next mark after it within its statement, or
    ``author``); ``None`` where no name carries a role word after it (nor a nationality
    before it)."""
    marks = _marks(rules) if marks is None else marks
    items: list[tuple[str, str | None]] = []
    found = False
    pieces = _SEPS.split(value.strip())
    group = 0  # the first item after the last statement separator
    for k in range(0, len(pieces), 2):
        part = pieces[k]
        sep = pieces[k - 1] if k else ""
        if sep in _STATEMENT_SEPS:
            group = len(items)
        name = _NATIONALITY.sub("", part).strip()
        found = found or name != part.strip()
        words = name.split()
        role = None
        if len(words) >= 2 and words[-1].casefold() in marks:
            role = marks[words[-1].casefold()]
            name = " ".join(words[:-1])
        elif len(words) == 1 and name.casefold() in marks and items and items[-1][1] is None:
            # '山田 花子／著': the role mark alone after a slash closes the name before it
            found = True
            items[-1] = (items[-1][0], marks[name.casefold()])
            continue
        if not name or not _uncased(name):
            if role is not None or name:
                return None  # (a Latin name, or a name that is a role word alone)
            continue
        if role is not None:
            found = True
            items[group:] = [(n, r if r is not None else role) for n, r in items[group:]]
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


def without_role_tails(page: _Page, cands: list[Cand]) -> list[Cand]:
    """``cands`` whose names in a script without capitals kept a role word after or before
    them (a line read as a byline, ``山田花子 著 ; 鈴木一郎 訳`` → family ``山田花子``, given
    ``著``; Arabic ``سلمى الحداد ؛ ترجمة أحمد يوسف``: the translator's role word before his
    name): the author's names without their role word, the other roles' names dropped, a
    candidate left without a name dropped (``李明华 主编`` names an editor)."""
    out = []
    for c in cands:
        persons = c.value if isinstance(c.value, (tuple, list)) else ()
        if not any(_role_word(p) for p in persons):
            out.append(c)
            continue
        kept: list[Person] = []
        for p in persons:
            got = _role_word(p)
            if got is None:
                kept.append(p)
                continue
            role, name = got
            if role != "author":
                continue
            again = _lenient(parse_names, name, locales=page.rules)
            if again is None or len(again) != 1:
                break
            kept.append(again[0])
        else:
            if kept:
                c.value = tuple(kept)
                out.append(c)
    return out


def _role_word(p: Person) -> tuple[str, str] | None:
    """The role (``author``, ``other``) of a role word of the locales that ``p``'s printed
    words close with (``山田花子 著``) or open with (``ترجمة أحمد يوسف``, a role word that
    is not only written after a name), and the name without it, where that name is in a
    script without capitals; else ``None``."""
    words = (p.raw or "").split()
    if len(words) < 2:
        return None
    marks, heads = _all_marks()
    last, first = words[-1].casefold(), words[0].casefold()
    if last in marks and _uncased(" ".join(words[:-1])):
        return marks[last], " ".join(words[:-1])
    if first in heads and _uncased(" ".join(words[1:])):
        return heads[first], " ".join(words[1:])
    return None


@functools.cache
def _all_marks() -> tuple[dict[str, str], dict[str, str]]:
    """Every locale's role words (:func:`_marks`), and those that may open a name (the
    ``[person_names]`` role words of two characters or more but the ``*_marks_after``
    ones)."""
    rules = _loc.all_rules()
    marks = _marks(rules)
    after = {
        t.casefold()
        for key in ("author_marks_after", "other_marks_after")
        for t in _loc.terms_of("person_names", rules, key)
    }
    # (one character opens no name: Han '文' is a role word and a surname)
    return marks, {t: r for t, r in marks.items() if t not in after and len(t) > 1}
