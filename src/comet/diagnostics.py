"""Diagnostics: an audit trail of every change, removal and guess a parser made.

A :class:`Diagnostic` is a small frozen record with a stable ``code`` (a
kebab-case string tabled in ``docs/errors.md``), a human ``message`` and the
``span`` of the *input* it concerns (``None`` when it concerns the whole input).

>>> d = Diagnostic("removed-boilerplate", "removed link text", (10, 34))
>>> d.code, d.span
('removed-boilerplate', (10, 34))
>>> d.to_dict()
{'code': 'removed-boilerplate', 'message': 'removed link text', 'span': [10, 34], 'severity': 'info'}
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import attrs

__all__ = ["Diagnostic", "Severity"]


class Severity(StrEnum):
    """How much a diagnostic matters to someone auditing the output."""

    #: A normalisation that cannot change meaning (whitespace, NFC).
    INFO = "info"
    #: A repair, removal or guess that a careful user may want to review.
    WARNING = "warning"
    #: The reason a value could not be produced.
    ERROR = "error"


def _span(value: tuple[int, int] | list[int] | None) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


def _severity(value: Severity | str) -> Severity:
    # a member is returned as is: the enum call costs more than the rest of the record
    return value if type(value) is Severity else Severity(value)


@attrs.frozen
class Diagnostic:
    """One thing a parser changed, removed, guessed or could not do."""

    code: str
    message: str
    span: tuple[int, int] | None = attrs.field(default=None, converter=_span)
    severity: Severity = attrs.field(default=Severity.INFO, converter=_severity)
    #: a stable token for a later stage that acts on this diagnostic (the HTML reader asks
    #: whether a page's ``web-article`` type came from its masthead): data, so no reader
    #: parses ``message``. Not compared, not shown, not in :meth:`to_dict`.
    reason: str | None = attrs.field(default=None, kw_only=True, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready ``dict``."""
        return {
            "code": self.code,
            "message": self.message,
            "span": list(self.span) if self.span is not None else None,
            "severity": self.severity.value,
        }

    def shifted(self, offset: int) -> Diagnostic:
        """The same diagnostic with its span moved by ``offset`` characters.

        Used when a parser runs on a slice of a larger text.
        """
        if self.span is None or offset == 0:
            return self
        return attrs.evolve(self, span=(self.span[0] + offset, self.span[1] + offset))
