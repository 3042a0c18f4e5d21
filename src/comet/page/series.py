"""A series statement's parts: its title and its numbering without the locator word.

One reader for the page's ``Series:`` values (:mod:`comet.page.venue`) and the MARC 490/830
fields of catalogue views (:mod:`comet.page.marc_values`); the locator words (``v.``,
``Bd.``, ``т.``, ``вып.``) come from the locales.
"""

from __future__ import annotations

import re
from collections.abc import Set

from comet.dates.years import CITATION_YEAR_PATTERN

#: a series statement's numbering: after `` ; `` (ISBD), after ``;`` glued to the title
#: when a number follows (a repository's ``Series;12``, ``Working Paper;no. 3``) or after
#: ``: `` when digits follow
_SERIES_SPLIT = re.compile(r"\s+[;؛]\s+|[;؛]\s*(?=(?:[^\W\d_]{1,4}\.?\s?)?\d)|:\s+(?=\S*\s?\S*\d)")

#: a series statement's numbering joined to its title by a space, without ISBD ``;``:
#: a locator word and a number closing it (``Библиотека писателей Т. 21``, ``… vol. 3``)
_SERIES_TAIL = re.compile(r"\s+([^\W\d_][\w°º-]*\.?)\s*(\d[\w./-]*)$")
#: a series statement's numbering in brackets closing it, after its abbreviation at most:
#: ``Schriften zum Moorrecht (Bd. 123)``, ``Lecture Notes in X (LNX, volume 123)``
_BRACKET_TAIL = re.compile(r"\s*\((?:[^\W\d_][\w.-]*,\s*)?([^\W\d_][\w°º-]*\.?)\s*(\d[\w./-]*)\)$")

#: a series statement's numbering after a comma, a bare number closing it (``Metsäkirjasto,
#: 12``, as Nordic catalogues print a series and its number)
_COMMA_NUMBER = re.compile(r",\s*(\d{1,4}[a-z]?)$")
#: a series statement's numbering after a number sign closing it (``Marsh Basics #6``, as
#: shops and e-book stores print a book's place in its series)
_HASH_NUMBER = re.compile(r"\s*#\s?(\d{1,4}[a-z]?)$")
#: a year after a comma belongs to the title (``Paris, 1900``)
_YEARLIKE = re.compile(CITATION_YEAR_PATTERN)

#: a bracket doubled round a series' abbreviation and numbering, as a publisher's page prints
#: it (``Lecture Notes in X ((LNX,volume 12))``)
_DOUBLED_BRACKETS = re.compile(r"\(\(([^()]*)\)\)")
#: a series' abbreviation in brackets closing its title (``Lecture Notes in X (LNX)``)
_ACRONYM_TAIL = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)$")


def without_acronym(title: str) -> str:
    """``title`` without its abbreviation in brackets closing it, where the abbreviation's
    capitals are the initials of the title's capitalised words in their order (``Lecture
    Notes in Marsh Studies (LNMS)``); any other bracket (``Fen Studies (Oslo)``) stays."""
    m = _ACRONYM_TAIL.search(title)
    if m is None:
        return title
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", title[: m.start()])
                       if w[0].isupper())  # fmt: skip
    capitals = iter(initials)
    letters = [c for c in m.group(1) if c.isupper()]
    if len(letters) >= 2 and all(c in capitals for c in letters):
        return title[: m.start()].rstrip()
    return title


#: a locator word opening a numbering: ``v. 12``, ``Bd 3``, ``т.21``, ``no12``
_LEADING_WORD = re.compile(r"([^\W\d_][\w-]*)(?:\.\s*|\s+)(?=\S)|([^\W\d_]+)(?=\d)")


def _folded(word: str) -> str:
    return word.casefold().rstrip(".")


#: a number between an ordinal prefix and a counter word, as CJK scripts write it
#: (``第12辑``, ``제12권``, ``12巻``)
_CJK_NUMBER = re.compile(r"(?:第|제)?\s*(\d{1,5})\s*([^\W\d_]{1,2})")


def drop_locator_word(number: str, words: Set[str]) -> str:
    """``number`` without a leading locator word of ``words`` (folded, without dots):
    ``v. 12`` → ``12``, ``Т. 21`` → ``21``, ``v. XII`` → ``XII``; other numbering stays as
    written (``dai 22-23-hen``, ``Heft A``)."""
    m = _LEADING_WORD.match(number)
    if m is not None and _folded(m.group(1) or m.group(2)) in words:
        return number[m.end() :]
    cjk = _CJK_NUMBER.fullmatch(number)
    if cjk is not None and _folded(cjk.group(2)) in words:
        return cjk.group(1)  # '第12辑' → '12'
    return number


#: the series' ISSN after its title, as ISBD's series area and repositories print it
#: (``Ecology dissertations, ISSN 1234-5678 ; 88``): no part of the title
_SERIES_ISSN = re.compile(r",?\s*\bISSN:?\s*\d{4}-?\d{3}[\dXx]\s*$")


def series_parts(value: str, words: Set[str]) -> tuple[str, str | None]:
    """A series statement as its title and numbering: ``Title ; 12``, ``Title: Bd. 30``,
    ``Title Т. 21`` (subfields joined by a space, the number after a locator word of
    ``words``), ``Title, 12``, ``Title #12``; the numbering loses its locator word
    (:func:`drop_locator_word`), the title the series' ISSN after it (``Title, ISSN
    1234-5678 ; 88``)."""
    value = _DOUBLED_BRACKETS.sub(r"(\1)", value.strip(" ."))  # '((LNCS,volume 12))': one pair
    if value.startswith("(") and value.endswith(")") and "(" not in value[1:]:
        value = value[1:-1].strip(" .")  # '(Marsh studies ; 12)': ISBD's brackets round it
    parts = _SERIES_SPLIT.split(value, maxsplit=1)
    if len(parts) == 1:
        value = value.rstrip(",")
        numbered = _SERIES_TAIL.search(value) or _BRACKET_TAIL.search(value)
        if numbered and _folded(numbered.group(1)) in words:
            parts = [value[: numbered.start()], numbered.group(2)]
        elif (comma := _COMMA_NUMBER.search(value)) is not None and not _YEARLIKE.fullmatch(
            comma.group(1)
        ):
            parts = [value[: comma.start()], comma.group(1)]
        elif (sign := _HASH_NUMBER.search(value)) is not None and value[: sign.start()].strip():
            parts = [value[: sign.start()], sign.group(1)]
    title = _SERIES_ISSN.sub("", parts[0]).strip(" .,:;") or value
    title = without_acronym(title)
    number = parts[1].strip(" .") if len(parts) > 1 else ""
    return title, drop_locator_word(number, words).strip() or None
