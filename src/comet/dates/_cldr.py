"""The generated CLDR date data (``comet/locales/cldr/*.json``), loaded lazily per language.

The files are written by ``scripts/cldr_dates.py`` from CLDR through Babel at development
time; nothing here needs Babel.  One language is read the first time a parser asks for it.

>>> ru = lookup("ru")
>>> ru.order, ru.months[2][0]
('DMY', 'марта')
>>> lookup("en-GB").order
'DMY'
>>> lookup("xx") is None
True
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

__all__ = ["CldrDates", "languages", "lookup", "word_languages"]

_PACKAGE = "comet.locales"
_FOLDER = "cldr"


@attrs.frozen(eq=False)
class CldrDates:
    """The date words and numeric order of one CLDR language (see ``scripts/cldr_dates.py``)."""

    tag: str
    order: str
    months: tuple[tuple[str, ...], ...]
    weekdays: tuple[tuple[str, ...], ...]
    eras: tuple[str, ...]
    periods: tuple[str, ...]
    glue: tuple[str, ...]
    #: the numerals of dates written in words (zh, ja): ((numeral, value 0-10), …)
    numerals: tuple[tuple[str, int], ...] = ()
    #: era name -> the Gregorian year of its first year (ja ``平成`` 1989)
    era_years: tuple[tuple[str, int], ...] = ()
    #: the word for an era's first year (ja ``元``)
    first_year: tuple[str, ...] = ()


def _read(name: str) -> Any:
    return json.loads(resources.files(_PACKAGE).joinpath(_FOLDER, name).read_text("utf-8"))


@functools.cache
def _index() -> Mapping[str, Any]:
    return _read("index.json")  # type: ignore[no-any-return]


def languages() -> tuple[str, ...]:
    """Tags of every language with generated date data (``af`` … ``zu``, ``sr-Latn``)."""
    return tuple(_index()["languages"])


def word_languages() -> Mapping[str, str]:
    """Every month or weekday name (as CLDR writes it) -> the tags that have it, space-separated.

    Keyed for lookup by :func:`comet.dates._tables.detect` (with the tokenizer, so that the
    file does not depend on the Unicode version of the Python that wrote it).
    """
    return _index()["words"]  # type: ignore[no-any-return]


@functools.cache
def _raw(tag: str) -> Mapping[str, Any] | None:
    if tag not in set(languages()):
        return None
    return _read(f"{tag}.json")  # type: ignore[no-any-return]


def _tuple(items: Any) -> tuple[str, ...]:
    return tuple(str(x) for x in items)


@functools.cache
def _build(tag: str, region: str) -> CldrDates | None:
    data = _raw(tag)
    if data is None:
        return None
    order = str(data.get("regions", {}).get(region, data["order"])) if region else data["order"]
    return CldrDates(
        tag=tag,
        order=order,
        months=tuple(_tuple(m) for m in data["months"]),
        weekdays=tuple(_tuple(w) for w in data["weekdays"]),
        eras=_tuple(data["eras"]),
        periods=_tuple(data["periods"]),
        glue=_tuple(data["glue"]),
        numerals=tuple(
            (str(c), v) for v, chars in enumerate(data.get("numerals", ())) for c in chars
        ),
        era_years=tuple((str(k), int(v)) for k, v in data.get("era_years", {}).items()),
        first_year=_tuple(data.get("first_year", ())),
    )


def lookup(tag: str) -> CldrDates | None:
    """The data for a BCP 47 tag (``ru``, ``pt-BR``, ``sr-Latn-RS``), or ``None``.

    The script subtag picks the file (``sr-Latn``), the region only the numeric order
    (``en-GB`` is day first).
    """
    parts = tag.strip().replace("_", "-").split("-")
    lang = parts[0].lower()
    script = next((p.title() for p in parts[1:] if len(p) == 4 and p.isalpha()), "")
    region = next(
        (p.upper() for p in parts[1:] if (len(p) == 2 and p.isalpha()) or p.isdigit()), ""
    )
    for cand in (f"{lang}-{script}" if script else "", lang):
        data = _raw(cand) if cand else None
        if data is not None:
            found = _build(cand, region if region in data.get("regions", {}) else "")
            if found is not None:
                return found
    return None
