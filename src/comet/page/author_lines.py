"""An author named apart from a byline: a post's meta line under its title, a name over or
under its dateline, a line signed above the body's first run of prose (``Ana Ruiz · 3 May
2021``)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.body import prose_runs
from comet.page.byline_roles import _role_of_phrase, unglue_by_word
from comet.page.evidence import W_LINE, W_POS, Cand, _dates_in, _lenient, _Page
from comet.page.layout import _by_words
from comet.page.meta_bylines import _meta_byline
from comet.page.name_checks import _names_ok, _type_term
from comet.page.name_date_lines import _dated_name
from comet.page.name_plausible import family_first, known_given, plausible_person
from comet.page.name_table import _one_person
from comet.page.name_vouched import author_word_lines, vouched_name
from comet.page.noun_names import noun_names
from comet.page.role_lines import authors_of_roles, names_of_roles, role_named

#: evidence a byline gains when its line opens with an author word (``By``, ``Von``, ``Par``)
BY_WORD_BONUS = 0.1


#: lines under the title where a post's meta line (date, author, comment link) is looked for
META_LINES = 4


def _meta_line_author(page: _Page, title_line: int) -> Cand | None:
    """The author a blog post's meta line names (:func:`~comet.page.meta_bylines._meta_byline`)
    in the few lines under the title: weak evidence."""
    last = min(len(page.layout.lines), title_line + 1 + META_LINES)
    for index in range(title_line + 1, last):
        by = _meta_byline(page, index)
        if by is not None:
            return Cand(by.persons, W_POS, by.span, "a post's meta line")
    return None


def _dated_name_author(page: _Page, title_line: int) -> Cand | None:
    """The writer a name line over or under a date alone names (``Ana Ruiz`` /
    ``12. marts 2009``, :func:`~comet.page.name_date_lines._dated_name`) in the
    :data:`SIGNED_REACH` lines under the title, past a standfirst: weak evidence."""
    last = min(len(page.layout.lines), title_line + 1 + SIGNED_REACH)
    for line in page.layout.lines[title_line + 1 : last]:
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        if _dated_name(line, page):
            person = _one_person(line.text.strip(), page.rules)
            if person is not None and not noun_names((person,), page, line.text):
                start = line.start + line.text.index(line.text.strip())  # (no 'Sofia Airport')
                span = (start, start + len(line.text.strip()))
                return Cand((person,), W_POS, span, "a name by its dateline under the title")
    return None


#: lines looked at above the body's first run of prose for a signed line
SIGNED_REACH = 12
#: a separator after a name on a signed line: ``·``, ``•``, ``|``, ``/``, a dash
_SIGN_SEPARATOR = re.compile(r"\s*(?:[·•|/,]|\s[-–—])\s*")
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*")


def _signed_line(page: _Page) -> Cand | None:
    """The writer's line over the body (one of the :data:`SIGNED_REACH` lines over the
    body's first run of prose, where a headline's byline stands): an author word and one name (``By Ana Ruiz``, ``ByAna Ruiz Dec 9,
    2016``), or one name, a separator and a date (``Ana Ruiz - Apr 16, 2015``, ``Ana Ruiz /
    November 18, 2016``, ``Ana Ruiz · Daily Courier · Posted: …``). The name must look like a
    person's (:func:`~comet.page.name_plausible.plausible_person`)."""
    runs = prose_runs(page)
    if not runs:
        return None
    lines = page.layout.lines
    for line in lines[max(0, runs[0] - SIGNED_REACH) : runs[0]]:
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        found = _signed_name(line.text, page)
        if found is not None:
            person, by_word, offset = found
            start = line.start + offset
            span = (start, start + len(person.raw or ""))
            weight = W_POS + (BY_WORD_BONUS / 2 if by_word else 0.0)
            return Cand((person,), weight, span, "a signed line over the body")
    return None


def _lone_by_line(page: _Page) -> Cand | None:
    """The page's one author-word byline, wherever it stands (a headline read elsewhere, a
    body whose first run of prose is a teaser's): every line of the page that opens with an
    author word and a name (:func:`~comet.page.name_vouched.author_word_lines`) names the
    same person, and the first reads as a signed line (:func:`_signed_name`: ``By Lance
    Quill published 19 May 2026``). Weaker than a signed line over the body; a page of
    teasers, each with its writer, has none."""
    found = author_word_lines(page)
    if not found or any(name != found[0][1] for _, name in found):
        return None
    line = page.layout.lines[found[0][0]]
    if line.zone != "main" or line.index in page.layout.label_lines:
        return None
    signed = _signed_name(line.text, page)
    if signed is None or not signed[1]:
        return None
    person, _, offset = signed
    start = line.start + offset
    span = (start, start + len(person.raw or ""))
    return Cand((person,), W_POS - BY_WORD_BONUS / 2, span, "the page's one author-word byline")


def _signed_name(text: str, page: _Page) -> tuple[Person, bool, int] | None:
    """The person of a signed line, whether an author word opened it, and where the name
    starts in ``text``; ``None`` for any other line."""
    if len(text) > MAX_SIGNED_LINE:
        return None
    body = _without_genre(text.strip().lstrip("/ ").strip(), page)
    glued = unglue_by_word(body, _by_words(page.rules))
    dated = _name_after_date(glued, page)
    if dated is not None:  # '13 June 2024 | Ana Ruiz', '13/06/2024 10:19 Ana Ruiz'
        return dated[0], False, max(text.find(dated[1]), 0)
    first, _, rest = glued.partition(" ")
    by_word = first.casefold().rstrip(":") in _by_words(page.rules)
    tail = rest if by_word else glued
    dates = [d for d in _dates_in(page, tail) if d.start > 0]
    if dates:
        tail = f"{tail[: dates[0].start].rstrip()} · {tail[dates[0].start :]}"
    sep = _SIGN_SEPARATOR.search(tail)
    head = tail[: sep.start()] if sep is not None else tail
    words: list[str] = []
    for w in head.split():
        if not _NAME_WORD.fullmatch(w) or not w[:1].isupper():
            break
        words.append(w)
    if not 2 <= len(words) <= 4:
        return None
    after = tail[len(" ".join(words)) :].strip() if tail.startswith(" ".join(words)) else None
    if after is None:
        return None
    relative = bool(after) and _relative_time(after, page)  # 'Ana Ruiz 7 hours'
    if not by_word and not relative and not (sep is not None and sep.start() == len(" ".join(words))
                                             and _dates_in(page, after)):  # fmt: skip
        return None  # a bare name counts with a separator and a date (or a time ago) after it
    if by_word and after and not (sep is not None or relative or _dates_in(page, after)):
        return None  # 'By Ana Ruiz and the team …': a sentence, not a signature
    name = " ".join(words)
    comma = sep is not None and sep.group().strip() == ","
    if comma and not any(d.start == 0 for d in _dates_in(page, after.lstrip(" ,·"))):
        return None  # 'Ana Ruiz, Ida Moe 13/06/2024': a list of names, not one signature
    person = _signed_person(name, page, comma=comma)
    if person is None:
        return None
    offset = text.find(words[0])
    return person, by_word, max(offset, 0)


def _signed_person(name: str, page: _Page, *, comma: bool = False) -> Person | None:
    """The one person ``name`` (a signed line's words) names: a name that looks like a
    person's (a known given name, or the page's author word before it elsewhere). A name no
    lexicon knows is none here, even one the page never prints in lower case: a section's
    name stands by a date as often as a writer's (``Morning Bell 11.18.19``)."""
    plist = _lenient(parse_names, name, locales=page.rules)
    if (
        plist is None
        or len(plist) != 1
        or not _names_ok(list(plist), strict=True, page_rules=page.rules)
    ):
        return None
    # 'Trần Minh Khoa 13/06/2024': a family-first language's surname opens the name (not
    # before a comma: 'Phan Thiết, 13/6/2024' is a dateline's town)
    person: Person = (None if comma else family_first(plist[0])) or plist[0]
    if not (plausible_person(person) or vouched_name(page, name)):
        return None
    return person


#: a clock time after a date (``10:19``, ``9.41 am``)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[aApP]\.?[mM]\.?)?")


def _name_after_date(text: str, page: _Page) -> tuple[Person, str] | None:
    """A signed line that opens with its date and ends with the writer's name, nothing
    after it (``13 June 2024 | Ana Ruiz``, ``13/06/2024 10:19 Ana Ruiz``): the person and
    the name as printed."""
    if not text[:1].isdigit() and not text[:1].isupper():
        return None
    dates = _dates_in(page, text)
    if not dates or dates[0].start != 0:
        return None
    rest = text[dates[0].end :].strip(" ,")
    clock = _CLOCK.match(rest)
    if clock is not None:
        rest = rest[clock.end() :]
    rest = rest.strip().lstrip("·•|/-–—").strip()
    words = rest.split()
    if not 2 <= len(words) <= 4 or not all(
        _NAME_WORD.fullmatch(w) and w[:1].isupper() for w in words
    ):
        return None
    person = _signed_person(rest, page)
    return (person, rest) if person is not None else None


#: the types of a piece whose author signs it as its writer (``Kommentar von``, ``Review
#: by``, ``Report by``); a credit of another kind of work names no author of the page's
#: text (``Music by``, ``Map by``, ``Edition by``: a composer, a cartographer, an editor)
WRITTEN_TYPES = ("article", "review", "post", "report", "thesis", "chapter", "entry",
                 "paper-conference", "manuscript")  # fmt: skip


@functools.cache
def _relative_time_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A relative time and nothing else: a number and a unit of the locales'
    ``[words].relative_time``, with up to three of its words or function words before the
    number (``vor``, ``il y a``, ``hace``) and up to two after the unit (``ago``, ``fa``)."""
    units = _loc.terms_of("words", rules, "relative_time")
    if not units:
        return None
    words = _loc.alternation([*units, *_loc.terms_of("words", rules, "function_words")])
    unit = _loc.alternation(units)
    return re.compile(
        rf"(?:(?:{words})\s+){{0,3}}\d{{1,3}}\s*(?:{unit})\.?(?:\s+(?:{words})){{0,2}}", re.I
    )


def _relative_time(text: str, page: _Page) -> bool:
    """``text`` is a relative time alone (``7 hours``, ``2 hours ago``, ``vor 3 Stunden``,
    ``il y a 2 heures``): a story's age printed after its writer's name."""
    if not any(c.isdigit() for c in text) or len(text) > MAX_RELATIVE_TIME:
        return False
    pattern = _relative_time_pattern(page.rules)
    return pattern is not None and pattern.fullmatch(text.strip()) is not None


#: the longest relative time read after a name (``il y a 12 minutes``)
MAX_RELATIVE_TIME = 40


def _without_genre(text: str, page: _Page) -> str:
    """``text`` without a first word that is a publication-type term of the locales, of a
    written piece (:data:`WRITTEN_TYPES`), before an author word (``Kommentar von Ana
    Ruiz``, ``Review by Ana Ruiz``: the piece's genre and its writer); any other text
    comes back whole."""
    first, _, rest = text.partition(" ")
    if not rest or rest.split(maxsplit=1)[0].casefold() not in _by_words(page.rules):
        return text
    found = _type_term(first, page.rules)
    if found is not None and found.csl_type.startswith(WRITTEN_TYPES):
        return rest
    return text


#: the longest line read as a signed line
MAX_SIGNED_LINE = 160


#: lines from the top of a page where a name with its role in brackets is looked for
ROLE_NAME_LINES = 30


#: the evidence of a name read with its role in brackets
ROLE_NAMED_EVIDENCE = "a name with its role"


def listed_roles(page: _Page) -> list[tuple[str, Person]]:
    """The other names of the line of names with their roles in brackets that gave the
    author (``Ida Moe (Editor)``: ``("editor", Ida Moe)``), each in its CSL role."""
    found = page.memo.get("listed-roles")
    if not found:
        return []
    out: list[tuple[str, Person]] = []
    phrases = _role_of_phrase(page.rules)
    for name, word in found[1]:
        role = phrases.get(word.casefold())
        if role is None or role == "author":
            continue
        plist = _lenient(parse_names, name, locales=page.rules)
        if plist is not None and len(plist.persons) == 1:
            out.append((role, _family_first_printed(plist.persons[0], page)))
    return out


#: lines right under the title where a name with its role in brackets is looked for too
ROLE_UNDER_TITLE = 3


@functools.cache
def _shop_by_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words a shop's byline opens with before its names and their roles in brackets:
    the one-word author labels (``by``, ``von``, ``di``, ``door``) and the locales'
    ``[name_grammar].shop_byline_words``, words that are name particles too (French and Spanish
    ``de``), read as an author word only there (folded)."""
    extra = _loc.terms_of("name_grammar", rules, "shop_byline_words")
    return _by_words(rules) | {t.casefold() for t in extra}


def _without_by_word(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """A line of names with their roles in brackets without the author word it opens with
    (``de Ana Ruiz (Auteur), …``, ``von Ana Ruiz (Autor)``: the name is ``Ana Ruiz``); a
    line whose first name has no such word comes back whole. A line with no bracket is
    never changed (``de la Cruz``)."""
    first, _, rest = text.partition(" ")
    if "(" not in rest or not rest[:1].isupper():
        return text
    return rest if first.casefold().rstrip(":") in _shop_by_words(rules) else text


def _role_named_author(page: _Page) -> Cand | None:
    """A line near the top that is a name and its role in brackets, an author word of the
    locales (``[person_names].author``: ``Irina Vestmark (Autor)``, ``Ana Ruiz (Author)``,
    as a book shop's or a document platform's header prints the author), after a shop's
    author word (``von``, ``de``: :func:`_without_by_word`): the author, at position weight
    (the byline under the title, where there is one, is stronger), at a byline's weight on
    the lines right under the title (:data:`ROLE_UNDER_TITLE`)."""
    lines = page.layout.lines
    under = page.title_line + 1 if page.title_line is not None else 0
    # the top lines, and those right under the title (a shop's header of menus and prices
    # puts its product's title and byline far down)
    wanted = [
        *lines[:ROLE_NAME_LINES],
        *lines[max(under, ROLE_NAME_LINES) : under + ROLE_UNDER_TITLE],
    ]
    for line in wanted:
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        text = _without_by_word(line.text.strip(), page.rules)
        if role_named(text, page.rules) is None:
            # 'Ana Ruiz (Author), Ida Moe (Illustrator)': each name with its role
            listed = authors_of_roles(text, page.rules)
            if listed is None:
                continue
            page.memo["listed-roles"] = (line.index, names_of_roles(text, page.rules))
            text = listed
        plist = _lenient(parse_names, text, locales=page.rules)
        if plist is None or not plist.persons or not _names_ok(list(plist.persons)):
            continue
        if plist.role is not None:
            continue
        # right under the title: the product's byline, as strong as a byline there
        weight = W_LINE if under <= line.index < under + ROLE_UNDER_TITLE else W_POS
        persons = tuple(_family_first_printed(p, page) for p in plist.persons)
        return Cand(persons, weight, (line.start, line.end), ROLE_NAMED_EVIDENCE)
    return None


def _family_first_printed(p: Person, page: _Page) -> Person:
    """A name of two words printed family name first on a shop's line of names with their
    roles (``Ferri Jean-Yves (Auteur)``) read so: its second word is a known given name, its
    first is none, and the page prints the two words the other way round too (``Jean-Yves
    Ferri`` in the product's details); any other name comes back as read."""
    words = (p.raw or "").split()
    if len(words) != 2 or "," in (p.raw or "") or p.literal is not None:
        return p
    first, second = words
    if p.family != second or not known_given(second) or known_given(first):
        return p
    if f"{second} {first}" not in page.text:
        return p
    return Person(family=first, given=second, raw=p.raw)
