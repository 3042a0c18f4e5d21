"""A publisher's value put in the ISBD form :func:`comet.page.imprint._imprint` reads
(``Place : Publisher, Date``), where a site prints the same parts another way:

- a place in brackets after the publisher (``Fen Press (London), 2011``, ``Наука (Москва)``)
  is the place of publication, when it is a city of the locales' lexicon;
- several ``Place: Publisher`` groups joined by semicolons with colons after the places
  (``London: Fen Press; New York: Heron Books``, ISBD's second imprint) are read as ISBD;
- a CJK imprint's full-width colon and comma (``北京：科学出版社，2015``) are ISBD's;
- a field separator (``Fen Press | 2011``) or a copyright sign without its comma
  (``Fen Press © 2011``, ``Fen Press ©``) stands where ISBD puts a comma;
- a distributor's statement after the publisher (``Fen Press ; distributed by Heron
  Books``, ``Reiher Verlag ; Vertrieb: Nordbuch``: the locales' ``distributor_words``) and a
  postal address after its name (``Fen Press, 14 Mill Lane, London``: a house number opens a
  comma part) are no part of the publisher.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN
from comet.page.places import is_city

__all__ = ["isbd_imprint"]

#: a place in brackets closing the publisher's name, perhaps with the date after a comma
_BRACKET_PLACE = re.compile(
    r"^(?P<pub>[^()\[\]]*[^\W\d_][^()\[\]]*?)\s*\((?P<place>[^()\d]{2,40})\)(?P<rest>\s*(?:,.*)?)$"
)
#: ``Place: Publisher`` groups joined by semicolons, a colon right after each place
_GROUPS = re.compile(r"^[^\W\d_][^:;]{0,40}:\s*[^:;]+(?:;\s*[^\W\d_][^:;]{0,40}:\s*[^:;]+)+$")
_TIGHT = re.compile(r"(?<=[^\s:])\s?:(?=\s*\S)")
#: a field separator between spaces (``Fen Press | 2011``)
_SEPARATOR = re.compile(r"\s+[|·•]\s*")
#: a copyright or phonogram sign before a year without a comma before it, or closing the value
_SIGN_DATE = re.compile(rf"(?<=[^\s,])\s+(?:©|℗)\s?(?={YEAR_PATTERN})")
_LONE_SIGN = re.compile(r"\s*[©℗]\s*$")
#: a comma part opening with a house number and a street's word (``14 Mill Lane``,
#: ``5, rue des Joncs`` is read as ``5`` then ``rue``), never a year (``2019 edition``)
_PRINTED_YEAR = r"(?:1[5-9]|20)\d\d"
_HOUSE = re.compile(rf"(?!{_PRINTED_YEAR}\b)\d{{1,5}}[A-Za-z]?\s+[^\W\d_]{{2,}}")
_YEAR = re.compile(rf"(?<!\d){_PRINTED_YEAR}(?!\d)")
#: the date closing an imprint after any separator (``Fen Press. 2011``, ``Fen Press -
#: 2011``, ``Sowa, Warszawa 2015``), and the date opening one (``2011, Fen Press``)
_DATE_END = re.compile(
    rf"(?P<sep>\s*(?:[,.;]|\s[-–—])?\s*)(?P<date>[\[(]?(?:c|©|℗)?\s?{_PRINTED_YEAR}\??[\])]?)\.?\s*$"
)
_DATE_START = re.compile(rf"^(?P<date>[\[(]?(?:c|©)?\s?{_PRINTED_YEAR}[\])]?)\s*[,;.]\s+(?=\D)")
#: what separates a publisher from the place after it: a comma, a semicolon, a dash between
#: spaces, a bracket (``Fen Press, London``, ``Наука; Москва``, ``Junco - São Paulo``,
#: ``Fen Press [London]``)
_PLACE_AFTER = re.compile(r"(?:[,;]|\s[-–—])\s*(?=[^,;]+$)|\s*[\[(](?=[^\[\]()]+[\])]$)")
#: the marks joining two places (``London & New York``, ``Berlin, Heidelberg``); the words
#: (``and``, ``und``, ``и``) are the locales' ``[person_names].and``
_PLACE_MARKS = r",|&|/"
#: the characters that mark a value for a closer look (a cheap test before any work)
_MARKS = re.compile(r"[()\[\]|·•©℗;：，,]|\s[-–—]\s|\.\s\d")


@functools.cache
def _distributor(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A separator, then a distributor's word of the locales (``; distributed by``,
    ``; Vertrieb``, ``, distribución``)."""
    words = _loc.terms_of("words", rules, "distributor_words")
    if not words:
        return None
    return re.compile(rf"\s*[;,/]\s*(?:{_loc.alternation(words)})\b", re.I)


@functools.cache
def _place_joins(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """The marks and the words (``[person_names].and``) joining two places."""
    words = [t for t in _loc.terms_of("person_names", rules, "and") if t.isalpha()]
    alts = f"{_PLACE_MARKS}|(?<!\\w)(?:{_loc.alternation(words)})(?!\\w)" if words else _PLACE_MARKS
    return re.compile(rf"\s*(?:{alts})\s*", re.I)


def _cities(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` names one or more cities of the locales' lexicon (``London``, ``London &
    New York``, ``Berlin, Heidelberg``)."""
    names = [n for n in _place_joins(rules).split(text.strip(" .[]()")) if n]
    return bool(names) and all(is_city(n, rules) for n in names)


def _place_after(value: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``Publisher, Place, Date`` in ISBD's order (``Reiher-Verlag, Berlin, Heidelberg`` →
    ``Berlin, Heidelberg : Reiher-Verlag``; ``Наука; Москва``; ``Sowa, Warszawa 2015``;
    ``Fen Press [London]``): the place the cities of the lexicon after the publisher's name,
    the date after them or opening the value put last; ``value`` itself otherwise
    (``London, Fen Press``: ISBD's order without its colon, read so already)."""
    start = _DATE_START.match(value)
    if start is not None:  # '2011, Fen Press'
        value = f"{value[start.end() :]}, {start.group('date')}"
    end = _DATE_END.search(value)
    body, date = (value[: end.start()], end.group("date")) if end else (value, "")
    marked = start is not None or (
        end is not None and end.group("sep").strip() in (".", "-", "–", "—")
    )
    head, place = body, ""
    while True:
        cuts = list(_PLACE_AFTER.finditer(head))
        if not cuts:
            break
        cut = cuts[-1]
        tail = head[cut.end() :].strip(" .:[]()")
        if not tail or not _cities(tail, rules):
            break
        head, place = head[: cut.start()].rstrip(), f"{tail}, {place}" if place else tail
    if not place or not any(c.isalpha() for c in head) or _cities(head, rules):
        # ('Fen Press. 2011', '2011, Fen Press': the date's separator put right)
        return f"{body}, {date}" if marked and date else value
    return f"{place} : {head}" + (f", {date}" if date else "")


def _cjk(text: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" for c in text)


def isbd_imprint(value: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``value`` rewritten in the ISBD form (see the module); ``value`` itself when none of
    the shapes is in it."""
    if _MARKS.search(value) is None:
        return value
    if ("：" in value or "，" in value) and _cjk(value):
        value = value.replace("：", " : ").replace("，", ", ")  # '北京：科学出版社，2015'
    distributor = _distributor(rules)
    cut = distributor.search(value) if distributor is not None else None
    if cut is not None and cut.start() > 0:
        value = value[: cut.start()]  # 'Fen Press ; distributed by Heron Books'
    value = _SEPARATOR.sub(", ", value)  # 'Fen Press | 2011'
    value = _LONE_SIGN.sub("", _SIGN_DATE.sub(", ©", value))  # 'Fen Press © 2011'
    if " : " not in value and ";" in value and _GROUPS.match(value.strip()):
        value = re.sub(r"\s*;\s*", " ; ", _TIGHT.sub(" :", value))  # 'London: Fen Press; …'
    m = _BRACKET_PLACE.match(value.strip())
    if (
        m is not None
        and ":" not in m.group("pub")
        and is_city(m.group("place").split(",")[0], rules)
    ):
        value = f"{m.group('place').strip()} : {m.group('pub').strip()}{m.group('rest')}"
    if " : " not in value:
        value = _place_after(value, rules)
    if "," in value:
        parts = value.split(",")
        for k in range(1, len(parts)):
            part = parts[k].strip()
            if _HOUSE.match(part) and _YEAR.search(part) is None:  # 'Fen Press, 14 Mill Lane'
                value = ",".join(parts[:k])
                break
    return value
