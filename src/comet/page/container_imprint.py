"""A host book's imprint printed after its title in a container's value: ``In: Reeds of the
Northern Fens. Fenton: Marsh Press, 2019, pp. 45-67``, ``В кн.: Болотные растения. М.: Наука,
2019. С. 45-67`` — ISBD's and ISO 690's order for a part of a book (the host's title, a full
stop, then ``Place: Publisher, Year``). The place and the publisher are the book's, no part
of the container's name.

The imprint is a full stop and a space, a place of one to three words opening with a capital
(an abbreviated one with its dot, ``М.``, ``N.Y.``), a colon, a publisher's name and a comma
or a full stop before a year: a subtitle after a colon (``Fens. Part Two: The Reeds``) has no
year after it and stays.
"""

from __future__ import annotations

import re

from comet.dates.years import CITATION_YEAR_PATTERN

__all__ = ["without_imprint"]

_IMPRINT = re.compile(
    r"\.\s+(?P<place>[^\W\d_][^\W\d_.]*\.?(?:[ -][^\W\d_][^\W\d_.]*\.?){0,2})\s?:\s+"
    rf"(?P<publisher>[^\W\d_][^,;:]{{1,60}}?)[,.]\s*\[?{CITATION_YEAR_PATTERN}\b"
)


def without_imprint(value: str) -> str:
    """``value`` cut before a host book's imprint after its title (``Reeds of the Northern
    Fens. Fenton: Marsh Press, 2019`` → ``Reeds of the Northern Fens``); ``value`` when it
    has none, or when nothing of a name would be left before it."""
    m = _IMPRINT.search(value)
    if m is None or not m.group("place")[:1].isupper() or m.start() < 2:
        return value
    return value[: m.start()]
