"""Every tuned number of :mod:`comet.references`, each with its reason (``docs/references.md``).

The modules import their numbers from here; change one here and the docs page with it.
"""

from __future__ import annotations

__all__ = ["MAX_BLOCK_LENGTH", "MAX_HEAD", "MAX_LENGTH", "MAX_TOKENS", "TAIL_WINDOW"]

#: Longest reference string :func:`comet.parse_reference` reads (longer: ``too-long``):
#: one entry, however long its author list, fits in it.
MAX_LENGTH = 4096
#: Longest reference list :func:`comet.parse_references` reads (characters): about 500
#: typical references.  Its cost is per entry, and 100,000 characters of the shortest
#: entries that still parse (``Ab Cd. (1900). Tb b.``) take about a second; split a
#: longer list by line first.  ``parse_record`` reads the first 100,000 characters of a
#: page's reference list and says so (``references-truncated``).
MAX_BLOCK_LENGTH = 100_000
#: Longest head (characters) before a year that can still be a name block of <= 8 words.
MAX_HEAD = 400
#: Tokens the author scanner reads from the start of an entry: far more than any author
#: list, and a bound on the work for one entry.
MAX_TOKENS = 600
#: Characters at the end of an entry searched for its locator run (``21(4), 606–627``).
TAIL_WINDOW = 160
