"""The other field parsers, called through their public functions.

References reuse :func:`comet.parse_names`, :func:`comet.dates.parse_date` and
:func:`comet.parse_pages` rather than copies of them (the DOI is found by
:func:`comet.identifiers.doi.find` in ``_clean``).
"""

from __future__ import annotations

from comet.dates import PartialDate, parse_date
from comet.locales import LocaleRules
from comet.locators import PageRange, parse_pages
from comet.names import Person, PersonList, parse_names

__all__ = ["corporate", "date", "names", "pages"]


def names(text: str, locales: tuple[LocaleRules, ...]) -> PersonList | None:
    """The persons of an author or editor block, or ``None`` when none is found."""
    res = parse_names(text, locales=locales, strict=False)
    value = res.value
    if value is None or not value.persons:
        return None
    return value


def corporate(text: str) -> PersonList:
    """One organisation as a literal name (``Stockholms stad``, ``Wikipedia contributors``)."""
    return PersonList(persons=(Person(literal=text, raw=text),), raw=text)


def date(text: str, locales: tuple[LocaleRules, ...]) -> PartialDate | None:
    """A :class:`~comet.PartialDate` or ``None``."""
    return parse_date(text, locales=locales, strict=False).value


def pages(text: str, locales: tuple[LocaleRules, ...]) -> PageRange | None:
    """A :class:`~comet.PageRange` or ``None``."""
    return parse_pages(text, locales=locales, strict=False).value
