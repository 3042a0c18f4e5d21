"""The editors a book's front matter names before its editors' mark, their names run
together with no separator between them (:func:`front_matter_editors`).

A proceedings volume's half-title prints its editors over the title, one name a line; a
page's text often joins those lines with spaces only, so that the names run together
before the mark (``Ola Berg Ana Ruiz Ida Moe (Eds.)``, ``… Ida Moe Editors Reed Ecology``),
or a citation of a paper in the volume names them with initials (``In O. Berg & A. Ruiz
(Eds.), Reed Ecology …``). Read from the mark backwards, each name is a family name, the
initials before it and a capitalised given name before those (none after initials that a
separator or the run's start precedes): ``Ola Berg Ana Ruiz`` is two names. The marks are
the locales' editors' marks (``[references].editors_marker``); a bare word among them counts
only capitalised (``Editors``: *the editors thank …* is prose).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person
from comet.page.evidence import _guard, _Page
from comet.page.layout import Line
from comet.page.name_plausible import known_given
from comet.text._words import closed_class

__all__ = ["editors_line", "front_matter_editors"]

#: lines from the top where a front matter's editors' mark is looked for
MARK_LINES = 40
#: names read before a mark at most (a long run is a list of something else)
MAX_NAMES = 12
#: an initial (``R.``, ``A.-M.``)
_INITIAL = re.compile(r"[A-ZÀ-Þ](?:\.-?[A-ZÀ-Þ])*\.")
#: a word of a name: capitalised letters, an inner hyphen or apostrophe (``Quoc-Nam``)
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]+)*")
#: what may stand between two names of the run
_SEPARATORS = frozenset({"&", ",", ";"})


@functools.cache
def _marks(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The editors' marks of the locales: one in brackets in any case, a bare word only
    capitalised, each a word of its own."""
    terms = _loc.terms_of("references", rules, "editors_marker")
    if not terms:
        return None
    bracketed = sorted({t for t in terms if t.startswith("(")}, key=len, reverse=True)
    bare = sorted(
        {t[:1].upper() + t[1:] for t in terms if t[:1].isalpha() and " " not in t},
        key=len,
        reverse=True,
    )
    parts = []
    if bracketed:
        parts.append(f"(?i:{'|'.join(map(re.escape, bracketed))})")
    if bare:
        # (not a possessive: 'Editors' Choice', 'Editor’s Pick' are a shop's menu entries)
        parts.append(rf"\b(?:{'|'.join(map(re.escape, bare))})(?![\w'’])")
    # (a lookahead for the marks' first characters rejects most positions of a line at once)
    guard = _guard([*bracketed, *bare])
    return re.compile(rf"{guard}(?<=\s)(?:{'|'.join(parts)})") if parts else None


def front_matter_editors(page: _Page) -> tuple[Person, ...]:
    """The names run together before the first editors' mark of the page's top lines, read
    from the mark backwards (two names at least, or one with initials after a separator or
    an opening word: ``In O. Berg (Ed.)``); ``()`` where no line has them."""
    found = _front(page)
    if found is None:
        return ()
    names = list(found[1])
    title = page.memo.get("title-key") or ""
    while len(names) > 1 and title and _ends_title(names[0], title):
        names.pop(0)  # 'Wetland Birds Ojas Pai Ulvi Tarn (Eds.)' under the title 'Wetland Birds'
    return tuple(names)


def _ends_title(p: Person, title: str) -> bool:
    """The words of ``p`` are the chosen title's (its key), or its last ones: the half-title's
    line printed the title before its editors."""
    words = " ".join(w.casefold() for w in (p.given or "", p.family or "") if w)
    return bool(words) and (title == words or title.endswith(" " + words))


def editors_line(line: Line, page: _Page) -> bool:
    """``line`` is the one whose names run together before an editors' mark (no title)."""
    found = _front(page)
    return found is not None and found[0] == line.index


def _front(page: _Page) -> tuple[int, tuple[Person, ...]] | None:
    """The line of :func:`front_matter_editors` and its names (memoised)."""

    def compute() -> tuple[int, tuple[Person, ...]] | None:
        pattern = _marks(page.rules)
        if pattern is None:
            return None
        fw = closed_class(page.rules)
        for line in page.layout.lines[:MARK_LINES]:
            if line.zone != "main" or ("(" not in line.text and "Edit" not in line.text):
                continue
            m = pattern.search(line.text)
            if m is None:
                continue
            names = _names_before(line.text[: m.start()].split(), fw)
            if names:
                return line.index, names
        return None

    return page.remember("front-matter-editors", compute)


def _names_before(tokens: list[str], fw: frozenset[str]) -> tuple[Person, ...]:
    """The names the ``tokens`` before a mark end with, read backwards."""
    names: list[Person] = []
    i = len(tokens) - 1
    while i >= 0 and len(names) < MAX_NAMES:
        word = tokens[i].rstrip(",;")
        if names and (tokens[i] in _SEPARATORS or (word.casefold() in fw and word.islower())):
            # '&', 'and' between two names: the name before it has a known given name or
            # initials ('… Science and Computational Intelligence': the run has ended)
            before = [t.rstrip(",") for t in tokens[max(0, i - 3) : i]]
            if not any(known_given(t) or _INITIAL.fullmatch(t) for t in before):
                break
            i -= 1
            continue
        if not _NAME_WORD.fullmatch(word) or word.casefold() in fw:
            break
        family, i = word, i - 1
        initials: list[str] = []
        while i >= 0 and _INITIAL.fullmatch(tokens[i].rstrip(",")):
            initials.insert(0, tokens[i].rstrip(","))
            i -= 1
        given_word = tokens[i] if i >= 0 else ""
        if _NAME_WORD.fullmatch(given_word) and given_word.casefold() not in fw:
            names.append(Person(family=family, given=" ".join([given_word, *initials])))
            i -= 1
        elif initials:
            names.append(Person(family=family, given=" ".join(initials)))
        else:
            break  # a lone capitalised word: no name of the run
    names.reverse()
    # the run's start: a digit, a sign, an opening word ('In') or the line's start before it;
    # after a content word (a series' name: 'Studies in Reed Ecology Ola Berg …') its first
    # names need a known given name or initials
    if not _boundary(tokens, i, fw):
        while names and not _vouched(names[0]):
            names.pop(0)  # (the dropped name's words stand before the next: no boundary)
    titled = False  # the title's words stood before the names on the line
    if i < 0 and len(names) >= 2 and all(_vouched(p) for p in names[1:]):
        # the line's start: a half-title's line joins the title to its editors ('Wetland
        # Birds Mia Berg Lars Dahl (Eds.)'); where every name after the first is vouched,
        # leading ones that are not are the title's capitalised words
        while len(names) > 1 and not _vouched(names[0]):
            names.pop(0)
            titled = True
    if (
        len(names) == 1
        and not titled
        and not all(_INITIAL.fullmatch(g) for g in (names[0].given or "").split())
    ):
        return ()  # one given name and a family name before a mark: a title's words as often
    return tuple(names)


def _boundary(tokens: list[str], i: int, fw: frozenset[str]) -> bool:
    """The token ``i`` before a run of names starts the run: none, a number, a sign or a
    word closing on one (``In:``, ``2,``), or a capitalised opening word (``In``)."""
    if i < 0:
        return True
    t = tokens[i]
    return (
        any(c.isdigit() for c in t)
        or t in _SEPARATORS
        or t[-1:] in ":;,)"
        or (t[:1].isupper() and t.casefold() in fw)
    )


def _vouched(p: Person) -> bool:
    """A name whose given name is known or holds an initial."""
    given = (p.given or "").split()
    return bool(given) and (known_given(given[0]) or any(_INITIAL.fullmatch(g) for g in given))
