"""Locators: volume, issue, pages, article number, supplement and part.

``parse_pages`` reads one page field; ``parse_locator`` reads a string that holds
several locator parts at once (``49(4), Aug, 2023: p.801-820.``);
``find_locators`` finds every locator-shaped run in free text (the end of a
reference string).  The words (``Vol.``, ``Heft``, ``årg.``, ``S.``, ``Page
range``…) come from the ``[locator]`` section of the locale files; dates inside a
locator are read by :func:`comet.dates.parse_date`.

>>> p = parse_pages("p.801-20")
>>> str(p), p.count
('801-820', 20)
>>> [d.code for d in p.diagnostics]
['pages-expanded']
>>> parse_pages("Antal sider: 12").count
12
>>> loc = parse_locator("49(4), Aug, 2023: p.801-820.")
>>> loc.volume, loc.issue, str(loc.pages), loc.issued.year
('49', '4', '801-820', 2023)
>>> parse_locator("Bd. 12, Nr. 3, S. 45–67").to_csl()
{'volume': '12', 'issue': '3', 'page': '45-67', 'number-of-pages': 23}
>>> [m.raw for m in find_locators("Public Management Review, 21(4), 606–627.")]
['21(4), 606–627']

The package holds one step a module: :mod:`~comet.locators.records` (the records),
``_tokens`` (cutting a string into tokens), ``_dates`` (dates inside a locator),
:mod:`~comet.locators.pages` (one page field), ``_items`` (labels and their values,
ranges, bare numbers), ``_walk`` (unlabelled numbers by position),
:mod:`~comet.locators.locator` (one locator string) and :mod:`~comet.locators.find`
(locators in free text).
"""

from __future__ import annotations

from comet.locators.find import FIND_MAX_LENGTH, find_locators
from comet.locators.find import find_locator as find_locator  # deprecated alias
from comet.locators.locator import LOCATOR_MAX_LENGTH, parse_locator
from comet.locators.pages import PAGES_MAX_LENGTH, parse_pages
from comet.locators.records import Locator, PageRange

__all__ = [
    "FIND_MAX_LENGTH",
    "LOCATOR_MAX_LENGTH",
    "PAGES_MAX_LENGTH",
    "Locator",
    "PageRange",
    "find_locators",
    "parse_locator",
    "parse_pages",
]
