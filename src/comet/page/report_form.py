"""A report documentation page printed on the page: the standard form a technical report
carries on its first or last leaf (ANSI/NISO Z39.18's *Report Documentation Page*, the
*Technical Report Documentation Page* of many agencies), its numbered box labels ``1. Report
No.``, ``5. Report Date``, ``9. Performing Organization Name and Address``, ``12. Sponsoring
Agency Name and Address``. Two of its box labels or more make the work a report."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import W_LABEL, Cand, _Page

__all__ = ["FORM_LABELS", "labelled_code", "report_form"]

#: distinct box labels of the form at least that make the page print one
FORM_LABELS = 2
#: characters of the page read for the form (a transcript prints it on its first leaves, or on
#: the last of a short report)
FORM_CHARS = 20000


#: a report's number as an issue label prints it whole: one token with a digit (``2019-12``,
#: ``27/2020``, ``WP-14``)
_CODE = re.compile(r"[\w./-]*\d[\w./-]*")
#: characters of such a code at most
CODE_CHARS = 20
#: a day's date (``2021-02-15``, ``15.02.2021``): no report's number
_DAY = re.compile(r"\d{4}[-/.]\d\d?[-/.]\d\d?|\d\d?[-/.]\d\d?[-/.]\d{4}")


def labelled_code(page: _Page, issue: str) -> str:
    """A report's number as its issue label prints it (``Numéro : 2019-12``, whose locator
    reading kept ``12`` as the issue after the year), where the label's value is one code
    holding ``issue`` and no day's date (``2021-02-15``); else ``issue``."""
    for lv in page.layout.values("issue"):
        value = lv.value.strip(" .;,")
        if len(value) > CODE_CHARS or issue not in value or _DAY.fullmatch(value):
            continue  # ('Issue: 2021-02-15': a date)
        if _CODE.fullmatch(value):
            return value
    return issue


@functools.cache
def _form_labels(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' box labels of a report documentation page (``[words].report_form_labels``:
    *Report No., Report Date, Performing Organization Code, Sponsoring Agency Code*), as whole
    words, in any case (the form prints them in capitals too)."""
    labels = _loc.terms_of("words", rules, "report_form_labels")
    if not labels:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(labels)})(?!\w)", re.IGNORECASE)


@functools.cache
def _folded_labels(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The box labels of :func:`_form_labels`, case-folded, for a plain substring test."""
    return tuple(t.casefold() for t in _loc.terms_of("words", rules, "report_form_labels"))


def report_form(page: _Page) -> Cand | None:
    """The work's type ``report`` where the page prints the box labels of a report
    documentation page (:data:`FORM_LABELS` distinct ones or more: ``Report No.`` and
    ``Report Date``, ``Performing Organization Code``); a label alone (``Report date:``
    on a newsletter's page, ``the sponsoring agency code`` in a sentence) is none. Label
    evidence: the form is the report's own catalogue record."""
    pattern = _form_labels(page.rules)
    if pattern is None:
        return None
    head = page.text[:FORM_CHARS].casefold()
    if sum(1 for label in _folded_labels(page.rules) if label in head) < FORM_LABELS:
        return None  # (a cheap test before the pattern: most pages print no label of it)
    seen: dict[str, tuple[int, int]] = {}
    for m in pattern.finditer(page.text, 0, FORM_CHARS):
        seen.setdefault(" ".join(m.group().casefold().split()), m.span())
        if len(seen) >= FORM_LABELS:
            first = next(iter(seen.values()))
            return Cand("report", W_LABEL, first, "a report documentation page's box labels")
    return None
