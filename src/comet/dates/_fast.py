"""Fast paths of ``parse_date`` for the commonest shapes of a date field (``5 May 2019``,
``May 5, 2019``, ``2019-05-05``): read without the scanner, or ``None`` to go the full way."""

from __future__ import annotations

import re

from comet.dates._records import (
    PartialDate,
    _plausible,
    _valid_day,
)
from comet.dates._tables import (
    _strip_accents,
    _Tables,
)
from comet.locales import fold

#: the commonest written shapes, read without tokenising when the word is one month's
#: name: ``3 March 2019``, ``3. März 2019``, ``March 3, 2019``, ``March 2019``
#: (a dot after the year is left outside the date without a diagnostic: ``3. März 2019.``)
_DMY_FAST = re.compile(r"\s*+(\d{1,2})\.?\s++([^\W\d_]++)\.?,?\s++(\d{4})\.?\s*+\Z")
_MDY_FAST = re.compile(r"\s*+([^\W\d_]++)\.?\s++(\d{1,2}),?\s++(\d{4})\.?\s*+\Z")
_MY_FAST = re.compile(r"\s*+([^\W\d_]++)\.?,?\s++(\d{4})\.?\s*+\Z")
#: a connector word after the day and before the year: ``3 de marzo de 2019``
_DMY_CONN_FAST = re.compile(
    r"\s*+(\d{1,2})(\.?)\s++([^\W\d_]++)\s++([^\W\d_]++)(\.?)(,?)\s++"
    r"(?:([^\W\d_]++)\s++)?(\d{4})(\.?)\s*+\Z"
)
#: three numbers joined by one separator of _NUM_SEPS: ``27.05.2019``, ``5/27/2019``
_NUMERIC_FAST = re.compile(r"\s*+(\d{1,4})([./\-–‐‑])(\d{1,2})\2(\d{1,4})\s*+\Z")
#: a weekday before one of those shapes: ``Monday, 3 March 2019``, ``Mon. March 3, 2019``
_WEEKDAY_FAST = re.compile(r"\s*+([^\W\d_]++)[.,]?\s++(?=[^\W_])")


def _one_month(word: str, tables: _Tables) -> int | None:
    """The month ``word`` names in ``tables`` when it names one and is no season."""
    key = fold(word)
    months = tables.months.get(key)
    if months is None or len(months) != 1 or key in tables.seasons:
        return None
    return months[0]


def _plain_weekday(word: str, tables: _Tables) -> bool:
    """``word`` is a weekday the scanner skips as a plain prefix: no month, season,
    circa word or start of a name of several tokens, and no prefix of one."""
    key = (
        word.casefold().replace("\u0640", "").replace("\u0131", "i")
    )  # the token key (see _tokens._Tok)
    if key not in tables.weekdays or key in tables.circa or key in tables.multi:
        return False
    if key in tables.seasons or key in tables.months:
        return False
    bare = _strip_accents(key)
    return tables.months_ascii.get(bare) is None and tables.months.get(bare) is None


def _plain_after_weekday(word: str, day_s: str, year_s: str, tables: _Tables) -> bool:
    """After a weekday, the scanner reads the month ``word`` as in the shapes without one:
    it is no further prefix, and no token starts a name of several tokens."""
    key = word.casefold().replace("\u0640", "").replace("\u0131", "i")
    if key in tables.weekdays or key in tables.prefixes or key in tables.circa:
        return False
    multi = tables.multi
    if key in multi:
        return False
    return not (
        tables.multi_num
        and (str(int(year_s)) in multi or (day_s != "" and str(int(day_s)) in multi))
    )


def _fast_written(text: str, tables: _Tables) -> PartialDate | None:
    """The date of ``text`` when it is one of the commonest written shapes exactly.

    The same reading the scanner gives, without its tokens: anything less plain (two
    months, a season, another word) returns ``None`` and is read the long way.
    """
    if len(text) > 40 or ":" in text:
        return None
    pos = 0
    m = _DMY_FAST.match(text)
    if m is None:
        w = _WEEKDAY_FAST.match(text)
        if w is not None and _plain_weekday(w.group(1), tables):
            pos = w.end()
            m = _DMY_FAST.match(text, pos)
    if m is not None:
        day_s, word, year_s = m.groups()
    else:
        m = _MDY_FAST.match(text, pos)
        if m is not None:
            word, day_s, year_s = m.groups()
        else:
            m = _MY_FAST.match(text, pos)
            if m is None:
                return None
            word, year_s = m.groups()
            day_s = ""
    if pos and not _plain_after_weekday(word, day_s, year_s, tables):
        return None
    month = _one_month(word, tables)
    y = int(year_s)
    if month is None or not _plausible(y):
        return None
    if not day_s:
        if tables.homographs and fold(word) in tables.homographs:
            return None  # 'pro 2019', 'pro. 2019': the scanner reads the dot
        return PartialDate(y, month, raw=text)
    d = int(day_s)
    return PartialDate(y, month, d, raw=text) if _valid_day(y, month, d) else None


def _joins(keys: list[str], tables: _Tables) -> bool:
    """Whether a name of several tokens (``tháng 3``, ``12月``) is among the token ``keys``
    of a text: the scanner would join it into one token (see ``_Reader._join_names``)."""
    multi = tables.multi
    if not multi:
        return False
    for i, key in enumerate(keys):
        for seq in multi.get(key, ()):
            if tuple(keys[i : i + len(seq)]) == seq:
                return True
    return False


def _key(word: str) -> str:
    """The token key of a word (see ``_tokens._Tok``)."""
    return word.casefold().replace("\u0640", "").replace("\u0131", "i")


def _fast_connected(text: str, tables: _Tables) -> PartialDate | None:
    """``3 de marzo de 2019``: the day-first shape with the locales' connector words."""
    if not tables.connectors or len(text) > 48:
        return None
    m = _DMY_CONN_FAST.match(text)
    if m is None:
        return None
    day_s, dot1, conn1, word, dot2, comma, conn2, year_s, dot3 = m.groups()
    c1, key = _key(conn1), _key(word)
    c2 = c1 if conn2 is None else _key(conn2)
    if c1 not in tables.connectors or c2 not in tables.connectors:
        return None
    if c1 in tables.range_words or c2 in tables.range_words:
        return None  # (no locale has such a word: a range the long way)
    if dot3 and "." in tables.range_words:
        return None
    months = tables.months.get(key)
    if months is None or len(months) != 1 or key in tables.seasons:
        return None
    keys = [str(int(day_s)), *dot1, c1, key, *dot2, *comma]
    keys += [c2] if conn2 is not None else []
    keys += [str(int(year_s)), *dot3]
    if _joins(keys, tables) or any(k in tables.glue for k in (c1, key)):
        return None
    y, mo, d = int(year_s), months[0], int(day_s)
    if not (_plausible(y) and _valid_day(y, mo, d)):
        return None
    return PartialDate(y, mo, d, raw=text)


def _fast_numeric(text: str, tables: _Tables) -> PartialDate | None:
    """The date of an all-numeric ``text`` (``27.05.2019``) when the scanner reads it with
    no diagnostic: a year first, or the first valid reading of the locales' orders when it
    is in their own orders and they agree (see ``_NumericDates._numeric``)."""
    m = _NUMERIC_FAST.match(text)
    if m is None:
        return None
    a_s, sep, b_s, c_s = m.groups()
    if _joins([str(int(a_s)), sep, str(int(b_s)), sep, str(int(c_s))], tables):
        return None  # a name of several tokens is there (``12月``): the long way
    la, lc = len(a_s), len(c_s)
    a, b, c = int(a_s), int(b_s), int(c_s)
    if la == 4:
        if lc <= 2 and _plausible(a) and _valid_day(a, b, c):
            return PartialDate(a, b, c, raw=text)
        return None
    if la > 2 or lc != 4:
        return None  # a two-digit year has a diagnostic; other lengths no reading here
    readings: list[tuple[str, int, int, int]] = []
    for order in tables.orders:
        if order == "YMD":
            continue  # a four-digit last number is no day
        y, mo, d = (c, b, a) if order == "DMY" else (c, a, b)
        if _plausible(y) and _valid_day(y, mo, d):
            readings.append((order, y, mo, d))
    if not readings:
        return None
    own = {r[1:] for r in readings if r[0] in tables.own_orders}
    order, y, mo, d = readings[0]
    if order not in tables.own_orders or len(own) > 1:
        return None  # date-order-swapped, ambiguous-date-order: the long way
    return PartialDate(y, mo, d, raw=text)
