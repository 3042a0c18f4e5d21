"""Every tuned number of :mod:`comet.locators`, each with its reason (``docs/locators.md``).

The modules import their numbers from here; change one here and the docs page with it.
"""

from __future__ import annotations

from comet.records import MAX_PAGE_LENGTH

__all__ = ["FIND_MAX_LENGTH", "LOCATOR_MAX_LENGTH", "PAGES_MAX_LENGTH", "WINDOW"]

#: Longest input :func:`comet.parse_pages` reads: a page field is short.
PAGES_MAX_LENGTH = 256
#: Longest input :func:`comet.parse_locator` reads: one locator string with its labels.
LOCATOR_MAX_LENGTH = 1024
#: Longest text :func:`comet.find_locators` scans: the page cap
#: (:data:`comet.records.MAX_PAGE_LENGTH`).
FIND_MAX_LENGTH = MAX_PAGE_LENGTH
#: Characters around a number or a locator word that a window of :func:`comet.find_locators`
#: covers: a locator is a run of numbers, locator words, dates and punctuation, so text far
#: from every number and label holds none (and is not cut into tokens at all).
WINDOW = 160
