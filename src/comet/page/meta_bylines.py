"""A post's meta line read for its author: a date and the name that follows it (after a
byline word or before interface words: ``March 3, 2021 by Tom Marlow Leave a comment``), or
the name that stands before the date (``Posted by Ana Ruiz on March 3, 2021``).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.byline_text import _byline_words
from comet.page.bylines import _Byline
from comet.page.chrome import _interface_in_names
from comet.page.evidence import _YEAR, _dates_in, _lenient, _Page
from comet.page.layout import Line
from comet.page.name_checks import _names_ok
from comet.page.name_plausible import known_given

#: words of a meta line before its author word at most (``Posted by``, ``Ein Beitrag von``)
META_BY_LEAD_WORDS = 2
#: words after the date of a meta line whose name stands before it at most (a time, ``at
#: 10:30``, ``à 10h30``)
META_TAIL_WORDS = 3
#: letters of the word joining a name to its date at most (``on``, ``le``, ``am``, ``il``)
META_JOIN_LETTERS = 3


def _name_before_date(
    page: _Page, line: Line, lead: list[str], date_text: str, tail: str
) -> _Byline | None:
    """The author of a meta line that names the author before the date: an author word
    after at most :data:`META_BY_LEAD_WORDS` words, two or three capitalised words of a
    name, then a short joining word or a separator, the date and at most a time (``Posted
    by Ana Ruiz on March 3, 2021``, ``Publié par Ana Ruiz le 3 mars 2021``). A sentence
    ('Written by Ana Ruiz for the launch of the new museum on 3 May') has more words.

    The name's end: ``Posted by Ana Ruiz | March 3, 2021`` (a separator standing alone),
    ``Posted by Ana Ruiz on March 3, 2021`` (a short joining word, or the dates' reader
    counting it as the date's: ``on March 3, 2021``), ``Posted by Ana Ruiz, 3 May 2021`` (a
    separator glued to the name's last word)."""
    if len(tail.split()) > META_TAIL_WORDS:
        return None
    by_words = _byline_words(page.rules)
    at = next(
        (i for i, w in enumerate(lead[: META_BY_LEAD_WORDS + 1]) if w.casefold() in by_words), None
    )
    if at is None:
        return None
    rest = lead[at + 1 :]
    if rest and not rest[-1].strip(_META_SEPARATORS):
        rest = rest[:-1]  # 'Posted by Ana Ruiz | March 3, 2021': the separator before the date
    elif rest and rest[-1][:1].islower() and len(rest[-1]) <= META_JOIN_LETTERS:
        rest = rest[:-1]  # '… Ana Ruiz on March 3, 2021': the word joining name and date
    elif rest and rest[-1][-1:] in _META_SEPARATORS:
        rest = [*rest[:-1], rest[-1].rstrip(_META_SEPARATORS)]  # 'Ana Ruiz, 3 May 2021'
    elif not (date_text[:1].islower() and len(date_text.split()[0]) <= META_JOIN_LETTERS):
        return None  # (the dates' reader may count the joining word as the date's: 'on …')
    if not 2 <= len(rest) <= META_NAME_WORDS or not all(w[:1].isupper() for w in rest):
        return None
    name = " ".join(rest)
    plist = _lenient(parse_names, name, locales=page.rules)
    if plist is None or len(plist) != 1 or not _names_ok(list(plist), page_rules=page.rules):
        return None
    tokens = list(re.finditer(r"\S+", line.text))  # the name's own words, not an earlier one
    start = line.start + tokens[at + 1].start()
    return _Byline(tuple(plist), (start, start + len(name)), line.index, line.index)


#: the longest line read as a post's meta line (``March 3, 2021 by Tom Marlow 2 Comments``)
MAX_META_LINE = 90
#: words of an author's name in a meta line at most
META_NAME_WORDS = 3
#: words before the date of a meta line at most (``Posted on``, ``Veröffentlicht am``)
META_LEAD_WORDS = 3
_META_SEPARATORS = "|·•/,;:()–—-"
#: the longest meta row of short segments (``05/10/2018 - Posted by: Ana Ruiz - Category:
#: Health - Tags: …``): past :data:`MAX_META_LINE` only where every segment is short
MAX_META_ROW = 160
#: words of one segment of such a row at most (a sentence has more)
META_ROW_SEGMENT_WORDS = 6
#: a row's segments: the text between separators standing alone
_ROW_SPLIT = re.compile(r"\s[-–—|·•]\s")


def _short_segments(text: str) -> bool:
    """``text`` is a meta row: three segments or more between separators standing alone,
    each of :data:`META_ROW_SEGMENT_WORDS` words at most."""
    parts = _ROW_SPLIT.split(text)
    return len(parts) >= 3 and all(len(p.split()) <= META_ROW_SEGMENT_WORDS for p in parts)


@functools.cache
def _author_phrases(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The phrases of the locales that close on a byline word and name a post's writer
    (``Posted by``, ``Publicado por``, ``Written by``, ``Veröffentlicht von``): author labels,
    the author words of name lists, a blog's and a news page's meta labels, folded."""
    terms = [
        *_loc.terms_of("labels", rules, "author"),
        *_loc.terms_of("person_names", rules, "author"),
        *_loc.terms_of("page_kinds", rules, "blog"),
        *_loc.terms_of("words", rules, "news_date_labels"),
    ]
    return frozenset(t.casefold() for t in terms if " " in t)


def _by_word_at(page: _Page, tokens: list[str]) -> int | None:
    """Where the name after a meta line's date starts past its author word: 1 after a
    byline word (``by Ana Ruiz``), 2 or 3 after an author phrase of the locales
    (``Posted by Ana Ruiz``, ``Publicado por: Ana Ruiz``); ``None`` without one. ``Photo
    by Ana Ruiz`` is a credit, no author phrase."""
    by_words = _byline_words(page.rules)
    if tokens and tokens[0].strip(_META_SEPARATORS).casefold() in by_words:
        return 1
    for n in (2, 3):
        if len(tokens) > n and tokens[n - 1].rstrip(":").casefold() in by_words:
            phrase = " ".join(tokens[:n]).rstrip(":").casefold()
            if phrase in _author_phrases(page.rules):
                return n
    return None


def _meta_byline(page: _Page, index: int) -> _Byline | None:
    """The one author of a post's meta line: a date, then a name (after a byline word such
    as ``by``/``von``/``par`` where there is one), then interface words or the end of the
    line (``March 3, 2021 by Tom Marlow Leave a comment``, ``Posted on 3 May 2020 by Ana
    Ruiz``, ``28. Januar 2015 owlkeeper Schreibe einen Kommentar``). A name of one word
    (a user name) counts only when interface words follow it, as they do in a meta line
    and never in a sentence. Memoised per line."""
    return page.remember(
        ("meta-byline", index), lambda: _read_meta_byline(page, page.layout.lines[index])
    )


def _read_meta_byline(page: _Page, line: Line) -> _Byline | None:

    text = line.text
    if not _YEAR.search(text):
        return None
    if len(text) > MAX_META_LINE and (len(text) > MAX_META_ROW or not _short_segments(text)):
        return None
    dates = [d for d in _dates_in(page, text) if d.value.month is not None]
    if len(dates) != 1:
        return None
    lead = text[: dates[0].start].split()
    if any(any(c.isdigit() for c in w) for w in lead):
        return None
    if len(lead) > META_LEAD_WORDS:
        date_text = text[dates[0].start : dates[0].end]
        return _name_before_date(page, line, lead, date_text, text[dates[0].end :])
    ui = _interface_in_names(page.rules)
    tokens = text[dates[0].end :].split()
    while tokens and not tokens[0].strip(_META_SEPARATORS):
        tokens = tokens[1:]  # '3 May 2020 | Ana Ruiz': the separator after the date
    at = _by_word_at(page, tokens)
    by_word = at is not None
    words: list[str] = []
    ended = False  # the name ended at interface words or a separator, as a meta line's does
    after = tokens[at or 0 :]
    for i, w in enumerate(after):
        bare = w.strip(_META_SEPARATORS)
        if not bare or bare.casefold() in ui:
            ended = True
            break
        if any(c.isdigit() for c in bare):
            # '3 Comments' ends a name; 'Volume 125' is a locator, not a name
            nxt = after[i + 1].strip(_META_SEPARATORS).casefold() if i + 1 < len(after) else ""
            ended = bare.isdigit() and nxt in ui
            break
        words.append(bare)
        if w.rstrip(_META_SEPARATORS) != w:
            ended = True
            break  # 'Tom Marlow,' / 'Tom Marlow|': a separator ends the name
    else:
        ended = by_word  # the end of the line ends a name only after 'by', 'von', 'par'
    if not 1 <= len(words) <= META_NAME_WORDS or not ended:
        return None  # a sentence or a locator, not a meta line
    name = " ".join(words)
    start = line.start + text.index(words[0], dates[0].end)
    if len(words) == 1:
        if not words[0][:1].isalpha():
            return None
        if words[0] == tokens[-1].strip(_META_SEPARATORS) and not (
            by_word and known_given(words[0])
        ):
            # a user name stands before interface words, not at the end; a known given
            # name after the byline word closes one ('March 12, 2019 | by Helena')
            return None
        if words[0][:1].isupper() and not known_given(words[0]):
            return None  # 'Kategorie': a label; a user name is 'owlkeeper' or 'Heiko'
        persons: tuple[Person, ...] = (Person(family=name, raw=name),)
    else:
        plist = _lenient(parse_names, name, locales=page.rules)
        if plist is None or len(plist) != 1 or not _names_ok(list(plist), page_rules=page.rules):
            return None
        persons = tuple(plist)
    return _Byline(persons, (start, start + len(name)), line.index, line.index)
