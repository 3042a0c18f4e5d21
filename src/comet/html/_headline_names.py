"""The byline printed on the line right under a page's headline, read beside the tags'
names: where that line is, whether it holds names and nothing else, and the name shapes and
keys the comparison uses (a step of :mod:`comet.html._names`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from comet.html._merge import (
    _PATTERN_LENGTH,
    MAX_SCAN,
    _Merge,
    _scholarly,
    _shown_pattern,
    _site_names,
    _typed_work,
    dates_in,
    head_lines,
    key,
)
from comet.html._printed_names import _family_key, _whole_key
from comet.html.table import tag_table
from comet.names import Person, parse_names
from comet.page.byline_roles import without_roles
from comet.page.name_plausible import known_given

#: Most names a marked byline gives (more: a list of writers, not one work's byline).
MAX_BYLINE = 4

#: Lines of visible text looked at for the headline (its byline is the next line).
MAX_HEAD_LINES = 300
#: Most names the line under the headline may list (a consortium's author list).
MAX_HEADLINE_NAMES = 200
#: A word of a byline line that is not a name: a connector (``and``, ``et``, ``und``, a
#: short lower-case word) or an affiliation's number.
_CONNECTOR = re.compile(r"[^\W\d_]{1,3}|\d{1,2}")


#: An affiliation's or a note's mark glued to the end of a name (``Schlotz W4``, ``Doe*``).
_AFFILIATION_MARK = re.compile(r"(?<=[^\W\d_])[\d*†‡§]+(?=[\s,.;]|$)")
#: Places the title's words are looked for on the page (a menu, a breadcrumb first).
_TITLE_HITS = 6
#: Lines looked at after the title for its byline (blank lines between blocks).
_BLANK_LINES = 8


def _line_under_title(m: _Merge, past_date: bool = False) -> str | None:
    """The first line with text after the line that is the page's title and nothing
    else, among the page's first :data:`MAX_HEAD_LINES` lines; ``None`` where there is
    none. (The title's words are found in the case-folded text, not line by line.) With
    ``past_date``, a line that is a date alone is passed over (``Jun 1, 2021`` between a
    paper's title and its byline, as some site themes print them)."""
    title = m.changes.get("title") or m.rec.title
    want = key(title) if title else ""
    if not want or len(want) > _PATTERN_LENGTH:
        return None
    folded = m.page.folded()
    if not all(w in folded for w in want.split(" ")):
        return None  # (a word missing: the pattern would find nothing)
    pattern = _shown_pattern(want)
    at = 0
    for _ in range(_TITLE_HITS):
        hit = pattern.search(folded, at)
        if hit is None:
            return None
        at = hit.end()
        start = folded.rfind("\n", 0, hit.start()) + 1
        end = folded.find("\n", hit.end())
        if key(folded[start : end if end >= 0 else len(folded)]) != want:
            continue  # the title's words inside a longer line (a breadcrumb, a sentence)
        number = folded.count("\n", 0, start)
        if number >= MAX_HEAD_LINES:
            return None
        text, pos = m.page.text, 0
        for _ in range(number + 1):  # (the same line in the text: case-folding keeps lines)
            pos = text.find("\n", pos) + 1
            if not pos:
                return None
        lines = head_lines(text[pos : pos + MAX_SCAN], _BLANK_LINES + 2 * MAX_HEADLINE_NAMES)
        first = next((ln for ln in islice(lines, _BLANK_LINES) if ln.strip()), None)
        if first is not None and past_date and _date_alone(first):
            first = next((ln for ln in islice(lines, _BLANK_LINES) if ln.strip()), None)
        return None if first is None else _joined(first, lines)
    return None


def _date_alone(line: str) -> bool:
    """Whether a line is one date and nothing else (``Jun 1, 2021``, ``June, 2022``)."""
    text = line.strip(" .,;|·–-")
    found = dates_in(text) if len(text) <= _DATE_LINE else ()
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


#: Longest line read as a date alone.
_DATE_LINE = 40


def _joined(first: str, lines: Iterator[str]) -> str:
    """``first`` with the names that follow it line by line where each comes after a line
    that is a separator alone (``,``, ``;``, ``&`` or a connector): a byline whose inline
    elements the quick text reader sets on lines of their own."""
    out = [first.strip()]
    while True:
        sep = next(lines, "").strip()
        if not sep or not (sep in _SEPARATORS or (_CONNECTOR.fullmatch(sep) and sep.islower())):
            return " ".join(out).replace(" ,", ",").replace(" ;", ";")
        name = next((ln.strip() for ln in islice(lines, 2) if ln.strip()), "")
        if not name:
            return " ".join(out).replace(" ,", ",").replace(" ;", ";")
        out += [sep, name]


_SEPARATORS = frozenset({",", ";", "&"})


def _headline_list(m: _Merge, tk: list[str]) -> list[Person] | None:
    """The names printed on the line right under the page's title (the line after the
    one that is the title, blank lines aside) where that line is a byline and nothing
    else (names, commas, a connector, affiliation numbers), lists more names than the
    tags (``tk``, family keys) and begins with them; ``None`` elsewhere."""
    if len(tk) > MAX_BYLINE:
        return None
    line = _line_under_title(m)
    if not line or len(line) > 60 * MAX_HEADLINE_NAMES or without_roles(line, m.rules) != line:
        return None  # (a writer's job title beside the name: 'Jo Doe, Staff Writer')
    line = _AFFILIATION_MARK.sub("", line)  # 'Powell DJ1, Schlotz W4.': the names alone
    k = f" {key(line)} "
    if not all(f" {f} " in k for f in tk):
        return None
    people = _line_names(line, tk)
    sites = _site_names(m)
    if not (len(tk) < len(people) <= MAX_HEADLINE_NAMES) or not all(
        p.given and p.family and not p.literal and _name_shape(p) and not _publication_name(p)
        and (i < len(tk) or _whole_key(p) not in sites)
        for i, p in enumerate(people)
    ):  # fmt: skip
        return None  # (a writer's outlet beside her: 'Jo Doe, The Harbour Review')
    if [_family_key(p) for p in people[: len(tk)]] != tk or not _vouched(m, people[len(tk) :]):
        return None
    if not _names_only(line, people):
        return None  # the line says more than names: a sentence, a standfirst
    return people


def _names_only(line: str, people: Sequence[Person]) -> bool:
    """Whether a byline line (affiliation marks taken out) holds ``people``'s names and
    nothing else but commas, short lower-case connectors and affiliation numbers."""
    rest = key(line).split()
    for p in people:
        for w in _whole_key(p).split():
            if w in rest:
                rest.remove(w)
    original = {w.casefold(): w for w in re.findall(r"[^\W_]+", line)}
    return all((_CONNECTOR.fullmatch(w) and original.get(w, w).islower()) or w.isdigit()
               for w in rest)  # fmt: skip


def _typed_byline(m: _Merge, tk: list[str], text_people: list[Person]) -> bool:
    """Whether the text reader's names are the whole byline of a work whose kind the page
    prints (a paper's record on its author's or its lab's site: a ``Type`` label's
    ``Journal article``), of which the tags (``tk``, family keys) name only some — the
    first writer, or the site's owner, anywhere in the list: the line right under the
    title (a date alone between them passed over) prints the text reader's names and
    nothing else, more of them than the tags name, and every name of the tags. The text
    reader's own reading of that line vouches for names no lexicon knows (``Oluwaseun
    Adeyemi``) and for the owner's name among them, the site's name."""
    if not _typed_work(m) or not (len(tk) < len(text_people) <= MAX_HEADLINE_NAMES):
        return False
    xk = [_family_key(p) for p in text_people]
    if not set(tk) <= set(xk):
        return False
    line = _line_under_title(m, past_date=True)
    if not line or len(line) > 60 * MAX_HEADLINE_NAMES or without_roles(line, m.rules) != line:
        return False
    line = _AFFILIATION_MARK.sub("", line)
    people = _line_names(line, xk[:1])
    return (
        len(people) == len(text_people)
        # (the text reader may spell out an initial the page prints in full elsewhere:
        # 'I. Marrow' read as 'Ines Marrow' beside the site's name)
        and all(_same_person(p, x) for p, x in zip(people, text_people, strict=True))
        and all(_name_shape(p) and not _publication_name(p) for p in people)
        and _names_only(line, people)
    )


def _same_person(p: Person, x: Person) -> bool:
    """The same name, or the same family name and first initial."""
    return _whole_key(p) == _whole_key(x) or (
        bool(_initial_key(p)) and _initial_key(p) == _initial_key(x)
    )


def _vouched(m: _Merge, extra: list[Person]) -> bool:
    """Whether the names a line under the title adds to the tags' are writers, not a
    dateline's place or an outlet (``Mara Olsen, New York``, ``Jo Doe, Harbour Times``):
    each opens with a known given name (:func:`comet.page.byline_roles.known_given`) —
    on a record whose kind the page prints or that carries scholarly tags, one of several
    suffices (a co-author list of names from many languages)."""
    known = sum(known_given(p.given.split()[0]) for p in extra if p.given)
    if len(extra) > 1 and (_typed_work(m) or _scholarly(m)):
        return known >= 1
    return known == len(extra)


def _line_names(line: str, tk: list[str]) -> list[Person]:
    """The names of a byline line, read as the tags print their names where the reading
    by itself does not begin with them: ``Jo Doe, Al Roe Ma`` is read as one inverted name
    (``Jo Doe`` a family name) unless read given names first."""
    people: list[Person] = []
    for order in (None, "given-first"):
        found = parse_names(line, order=order, strict=False).value
        people = list(found.persons) if found is not None else []
        if [_family_key(p) for p in people[: len(tk)]] == tk:
            break
    return people


def _publication_name(p: Person) -> bool:
    """Whether a name read from a tag is a publication's: its first word an article that
    opens a title (``The Harbour Review``; ``[bylines] publication_articles``)."""
    words = tag_table().publication_articles
    first = (p.literal or p.given or "").split(maxsplit=1)
    return bool(first) and first[0] in words


_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[^\W\d_]\.)$")


def _name_shape(p: Person) -> bool:
    """A person's name as a byline prints it: a given and a family name, two to five words
    of letters, each capitalised (or a short lower-case particle: ``van``, ``de``)."""
    if not p.family or not p.given or p.literal:
        return False
    words = " ".join(x for x in (p.given, p.particle, p.family) if x).split()
    if not 2 <= len(words) <= 5:
        return False
    return all(_NAME_WORD.match(w) and (w[0].isupper() or len(w) <= 3) for w in words)


def _words_key(p: Person) -> tuple[str, ...]:
    """A person's name words, sorted: what a name keeps in any order or split."""
    return tuple(sorted(_whole_key(p).split()))


def _initial_key(p: Person) -> tuple[str, ...]:
    """A person's family name and first initial: what a name keeps when printed with
    initials (``Marrow I.`` for ``Marrow, Ines``); empty without both."""
    family, given = _family_key(p), key(p.given or "")
    return (family, given[:1]) if family and given else ()
