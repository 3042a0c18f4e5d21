"""The locales' locator words that number a part (``Vol.``, ``Heft``, ``т.``, ``pp.``).

Every ``[locator]`` term but the special issue's marks (``Especial``, ``Speciale``): those
stand between the parts with no number of their own, so a reader that looks for a number
after a locator word (a series' numbering, ``Title, Bd. 12``) never takes them for one.
"""

from __future__ import annotations

from collections.abc import Sequence

from comet.locales import LocaleRules, terms_of

#: the ``[locator]`` keys of words with no number of their own, or with a number that is no
#: part of the locator (a serial number: read past with its number)
MARK_KEYS = ("special_issue", "serial_number")


def numbering_terms(locales: Sequence[LocaleRules]) -> tuple[str, ...]:
    """Every ``[locator]`` term of ``locales`` but the marks of :data:`MARK_KEYS`, as written.

    >>> from comet.locales import resolve
    >>> terms = numbering_terms(resolve(None))
    >>> "Vol." in terms, "Especial" in terms
    (True, False)
    """
    marks = {t for key in MARK_KEYS for t in terms_of("locator", locales, key)}
    return tuple(t for t in terms_of("locator", locales) if t not in marks)
