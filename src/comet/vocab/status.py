"""Publication statuses: ``Udgivet - 2019``, ``Accepteret/In press``, ``forthcoming``.

Pure portals and repositories print a status in the page's language; comet maps
it to one :class:`StatusValue` and keeps the printed label and a trailing year.

>>> s = parse_status("StatusUdgivet - 2019")
>>> s.value, s.label, s.year
(<StatusValue.PUBLISHED: 'published'>, 'Udgivet', 2019)
>>> parse_status("Accepteret/In press").value.value
'accepted'
>>> parse_status("forthcoming").value.value
'in-press'
>>> parse_status("Veröffentlicht - 3. März 2019", locales="de").date
'3. März 2019'

The words live in the ``[status]`` section of each locale file.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal, overload

import attrs

from comet.dates.years import YEAR_PATTERN
from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode
from comet.locales import LocaleRules, Locales, fold, merged_index, resolve, terms_of
from comet.records import Parsed, RecordMixin, fail, run
from comet.vocab._common import loose, loose_index, normalize, raw_spans, trim
from comet.vocab._labels import strip_label

__all__ = ["MAX_LENGTH", "Status", "StatusValue", "parse_status"]

#: Longest input :func:`parse_status` reads (a status is a few words and a date).
MAX_LENGTH = 256

#: Label keys stripped before the status word.
_LABEL_KEYS = frozenset({"status"})

#: A year in the trailing date (``Udgivet - 27 maj 2019``).
_YEAR = re.compile(rf"(?<!\d)({YEAR_PATTERN})(?!\d)")
#: Characters that may separate a status word from its date.
_DATE_SEPARATORS = frozenset("-–—,:/|(")
#: How far after the year a trailing date may go (``2019)``, ``2019 (online)``).
_AFTER_YEAR = 20


class StatusValue(StrEnum):
    """The canonical publication statuses (the keys of the ``[status]`` section)."""

    PUBLISHED = "published"
    EPUB_AHEAD_OF_PRINT = "epub-ahead-of-print"
    ACCEPTED = "accepted"
    IN_PRESS = "in-press"
    SUBMITTED = "submitted"
    IN_PREPARATION = "in-preparation"
    UNPUBLISHED = "unpublished"

    @property
    def csl(self) -> str | None:
        """The CSL ``status`` text (``None`` for published works, which have none)."""
        return _CSL_STATUS[self]


_CSL_STATUS: dict[StatusValue, str | None] = {
    StatusValue.PUBLISHED: None,
    StatusValue.EPUB_AHEAD_OF_PRINT: "epub ahead of print",
    StatusValue.ACCEPTED: "accepted",
    StatusValue.IN_PRESS: "in press",
    StatusValue.SUBMITTED: "submitted",
    StatusValue.IN_PREPARATION: "in preparation",
    StatusValue.UNPUBLISHED: "unpublished",
}


@attrs.frozen
class Status(RecordMixin):
    """A publication status.

    ``value`` is canonical; ``label`` the word as printed (``Udgivet``);
    ``year`` a trailing year (``Udgivet - 2019``) and ``date`` the whole
    trailing date text (``27 maj 2019``) for :func:`comet.parse_date`.
    """

    value: StatusValue = attrs.field(converter=StatusValue)
    label: str = attrs.field(default="", eq=False)
    year: int | None = None
    date: str | None = attrs.field(default=None, eq=False)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return self.value.value if self.year is None else f"{self.value.value} - {self.year}"


def _lookup(
    term: str, locales: tuple[LocaleRules, ...], span: tuple[int, int], loosely: bool
) -> tuple[str | None, tuple[Diagnostic, ...]]:
    diags: tuple[Diagnostic, ...] = ()
    if loosely:
        keys = loose_index("status", locales).get(loose(term))
        if keys is not None:
            diags = (
                Diagnostic(
                    "loose-vocabulary-match",
                    f"{term!r} matched a status word only when punctuation was ignored",
                    span,
                ),
            )
    else:
        keys = merged_index("status", locales).get(fold(term))
    if keys is None:
        return None, ()
    if len(keys) > 1:
        diags += (
            Diagnostic(
                "ambiguous-term",
                f"{term!r} means {', '.join(keys)} in different locales; took {keys[0]}",
                span,
                "warning",
            ),
        )
    return keys[0], diags


def _is_sep(ch: str) -> bool:
    return ch.isspace() or ch in _DATE_SEPARATORS


def _find(
    text: str, start: int, end: int, locales: tuple[LocaleRules, ...]
) -> tuple[str, tuple[int, int], tuple[int, int] | None, tuple[Diagnostic, ...]] | None:
    """``(key, word span, date span or None, diagnostics)`` of the status in ``text[start:end]``.

    The whole text is tried first, then a status word followed by a date
    (``Udgivet - 2019``, ``Published - 15 Mar 2019``), longest word first; exact
    words before words that match only when punctuation is ignored.
    """
    years = [m for m in _YEAR.finditer(text, start, end) if end - m.end() <= _AFTER_YEAR]
    for loosely in (False, True):
        key, diags = _lookup(text[start:end], locales, (start, end), loosely)
        if key is not None:
            return key, (start, end), None, diags
        if not years:
            continue
        for k in range(years[-1].start(), start, -1):
            if not _is_sep(text[k]):
                continue
            e2 = k
            while e2 > start and _is_sep(text[e2 - 1]):
                e2 -= 1
            s2, e2, _ = trim(text, start, e2)
            if s2 >= e2:
                continue
            key, diags = _lookup(text[s2:e2], locales, (s2, e2), loosely)
            if key is not None:
                d0, d1 = k, end
                while d0 < d1 and _is_sep(text[d0]):
                    d0 += 1
                if text[d1 - 1] == ")" and "(" not in text[d0 : d1 - 1]:
                    d1 -= 1
                return key, (s2, e2), (d0, d1), diags
    return None


def _parse(text: str, locales: tuple[LocaleRules, ...]) -> Parsed[Status]:
    raw = text
    text, diags = normalize(text)
    if not text.strip():
        return fail(raw, "empty status", ErrorCode.EMPTY, 0, len(raw), diags)
    offset, label_diags = strip_label(text, _LABEL_KEYS, locales)
    diags += label_diags
    start, end, trim_diags = trim(text, offset, len(text))
    diags += trim_diags
    if start >= end:
        return fail(raw, "no status after the label", ErrorCode.EMPTY, offset, len(raw), diags)
    found = _find(text, start, end, locales)
    if found is None and offset == 0:
        # a status label glued to a lower-case status word: 'Statusunder udgivelse'
        for label in terms_of("labels", locales, "status"):
            cut = start + len(label)
            if cut < end and fold(text[start:cut]) == fold(label):
                found = _find(text, cut, end, locales)
                if found is not None:
                    diags += (
                        Diagnostic(
                            "removed-label", f"removed the label {label!r} (status)", (start, cut)
                        ),
                    )
                    break
    if found is None:
        return fail(
            raw,
            f"{text[start:end]!r} is not a known status",
            ErrorCode.NOT_FOUND,
            start,
            end,
            diags,
        )
    key, (w0, w1), date_span, more = found
    diags += more
    year: int | None = None
    date: str | None = None
    if date_span is not None:
        date = text[date_span[0] : date_span[1]].strip()
        m = list(_YEAR.finditer(date))
        year = int(m[-1].group()) if m else None
        if not _YEAR.fullmatch(date):
            diags += (
                Diagnostic(
                    "status-date-kept-as-text",
                    "the date after the status is kept as text in 'date'; only its year is parsed",
                    date_span,
                ),
            )
    value = Status(StatusValue(key), text[w0:w1], year, date, raw, diags)
    return Parsed(value, diags, raw)


@overload
def parse_status(text: str, *, locales: Locales = ..., strict: Literal[True] = ...) -> Status: ...
@overload
def parse_status(
    text: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[Status]: ...
def parse_status(
    text: str, *, locales: Locales = None, strict: bool = True
) -> Status | Parsed[Status]:
    """Parse a publication status in any shipped language.

    ``locales`` narrows the languages tried (default: all registered).  A
    leading ``Status`` label (``Status: …`` or glued ``StatusUdgivet``) is
    removed; a trailing date (`` - 2019``, `` - 27 maj 2019``) comes back as
    ``year`` and ``date``.

    >>> parse_status("Publicerad").value.value
    'published'
    >>> parse_status("Status: E-pub ahead of print").value.value
    'epub-ahead-of-print'
    >>> parse_status("nonsense", strict=False).error.code.value
    'not-found'
    """
    rules = resolve(locales)
    return run(raw_spans(lambda t: _parse(t, rules)), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]
