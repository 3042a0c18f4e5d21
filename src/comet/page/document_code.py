"""A document's number as its series or its label prints it: an agency's code of letters and
digits whose groups hyphens, slashes or dashes join (``ABC/DOE-0123(98)``, ``WP/19/89``,
``XYZ/TM—2011–204417``, ``AG-917-2``), digits grouped by points or a comma
(``4321.0.55.002``, ``2007,021``), a part or a year in brackets glued after it (``(99)``).

A report's number is such a code with a digit in it; a word without one (``Report``, ``No``)
is none, and a point or a comma joins only digits (``No.12`` is a number word and its number,
``12, 2019`` two values).
"""

from __future__ import annotations

import re

__all__ = ["document_code"]

#: a code: groups of letters or digits joined by a hyphen, a slash or a dash (a point or a
#: comma between digits only), then a bracketed part of a few letters or digits glued on
_CODE = re.compile(
    r"(?<![^\W_])[^\W_]+(?:(?:[-/\u2010-\u2015]|(?<=\d)[.,](?=\d))[^\W_]+)*(?:\([^\W_]{1,4}\))?"
)
#: characters of a code at most (longer: a run of words glued by hyphens, no number)
CODE_CHARS = 32


def document_code(value: str) -> str | None:
    """The first code of ``value`` that holds a digit (:data:`_CODE`), or ``None``:
    ``ABC/DOE-0123(98)`` of ``Report#: ABC/DOE-0123(98)``, ``12`` of ``No. 12``."""
    for m in _CODE.finditer(value):
        code = m.group()
        if any(c.isdigit() for c in code) and len(code) <= CODE_CHARS:
            return code
    return None
