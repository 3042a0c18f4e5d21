"""Every tuned number of :mod:`comet.identifiers`, each with its reason (``docs/identifiers.md``).

The modules import their numbers from here; change one here and the docs page with it.
"""

from __future__ import annotations

__all__ = ["CACHE_MAX", "CACHE_SPAN", "MAX_LENGTH", "MAX_SUFFIX", "MEMO_SIZE", "MEMO_TEXT"]

#: Longest input a ``parse_*`` of an identifier accepts: an identifier field (a DOI URL
#: with its query string included), never a page.
MAX_LENGTH = 2000
#: Longest DOI suffix read: real suffixes are far shorter, and the bound keeps the DOI
#: pattern linear on junk.
MAX_SUFFIX = 1000
#: Inputs longer than this are not memoised (field values repeat; long texts rarely do).
MEMO_TEXT = 256
#: Entries per parser before its memo is emptied (a bound on memory, a few MB).
MEMO_SIZE = 8192
#: Shared diagnostics kept before the table is emptied (a bound on memory).
CACHE_MAX = 50_000
#: Diagnostics are shared only when they start before this offset (the same few recur
#: near the start of a field: ``removed-label`` at 0-4).
CACHE_SPAN = 256
