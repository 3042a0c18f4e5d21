"""comet: messy scholarly catalogue metadata in, clean typed records out.

Every ``parse_*`` function takes any ``str``.  Strict (the default) returns a
typed record or raises :class:`ParseError`; ``strict=False`` returns a
:class:`Parsed` with ``value`` (or ``None``) and ``diagnostics``.  See
``docs/contract.md``.
"""

from __future__ import annotations

from comet._version import __version__
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode, LocaleDataError, ParseError, UnknownLocaleError
from comet.records import Match, Parsed

__all__ = [
    "Diagnostic",
    "ErrorCode",
    "LocaleDataError",
    "Match",
    "ParseError",
    "Parsed",
    "Severity",
    "UnknownLocaleError",
    "__version__",
]
