"""A report documentation page printed on the page: the standard form a technical report
carries on its first or last leaf (ANSI/NISO Z39.18's *Report Documentation Page*, the
*Technical Report Documentation Page* of many agencies), its numbered box labels ``1. Report
No.``, ``5. Report Date``, ``9. Performing Organization Name and Address``, ``12. Sponsoring
Agency Name and Address``. Two of its box labels or more make the work a report."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.chrome import _is_chrome
from comet.page.evidence import W_LABEL, W_POS, Cand, _Page
from comet.page.issuing_body import _body_name
from comet.page.publishers import _a_persons_name
from comet.page.report_number import _report_number
from comet.text._words import closed_class

__all__ = ["FORM_LABELS", "labelled_code", "report_form", "year_over_body"]

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
    labels = (
        *_loc.terms_of("words", rules, "report_form_labels"),
        *_loc.terms_of("words", rules, "report_form_marks"),
    )
    if not labels:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(labels)})(?!\w)", re.IGNORECASE)


@functools.cache
def _folded_labels(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The box labels of :func:`_form_labels`, case-folded, for a plain substring test."""
    labels = (
        *_loc.terms_of("words", rules, "report_form_labels"),
        *_loc.terms_of("words", rules, "report_form_marks"),
    )
    return tuple(t.casefold() for t in labels)


#: a box's number before its label (``5. Report Date``, ``12. Sponsoring …``)
_BOX_NUMBER = re.compile(r"(?<!\d)\d{1,2}\s?\.\s*$")


def report_form(page: _Page) -> Cand | None:
    """The work's type ``report`` where the page prints the box labels of a report
    documentation page (:data:`FORM_LABELS` distinct ones or more, one of them numbered,
    ``5. Report Date``, or one only the form prints, ``[words].report_form_marks``:
    ``Performing Organization Code``); a label alone (``Report date:`` on a newsletter's page)
    and a web form's ``Report No.`` / ``Report Date`` / ``Contract or Grant No.`` are none. Label
    evidence: the form is the report's own catalogue record."""
    pattern = _form_labels(page.rules)
    if pattern is None:
        return None
    head = page.text[:FORM_CHARS].casefold()
    if sum(1 for label in _folded_labels(page.rules) if label in head) < FORM_LABELS:
        return None  # (a cheap test before the pattern: most pages print no label of it)
    marks = _loc.casefolded_terms("words", page.rules, "report_form_marks")
    seen: dict[str, tuple[int, int]] = {}
    own = False  # a numbered box or a label only the form prints
    for m in pattern.finditer(page.text, 0, FORM_CHARS):
        label = " ".join(m.group().casefold().split())
        seen.setdefault(label, m.span())
        own = (
            own
            or label in marks
            or bool(_BOX_NUMBER.search(page.text, max(0, m.start() - 5), m.start()))
        )
        if len(seen) >= FORM_LABELS and own:
            first = next(iter(seen.values()))
            return Cand("report", W_LABEL, first, "a report documentation page's box labels")
    return None


#: words of a report's name and year line at most (``Annual Report 2022``, ``Rapport annuel 2022``)
YEAR_LINE_WORDS = 4
#: words of a body's name under it, at least and at most
NAME_WORDS = (2, 8)


def _name_line(text: str, page: _Page) -> bool:
    """A body's name as a cover prints it under its report's name (``Northfield Rowing Club``):
    two to eight capitalised words (function words between), no digit, not a person's name
    (two or three words opening with a known given name), no chrome; or a body's name of
    :func:`~comet.page.issuing_body._body_name`."""
    fw = closed_class(page.rules)
    if _body_name(text, page, fw):
        return True
    words = text.split()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] or any(c.isdigit() for c in text):
        return False
    if not all(w[:1].isupper() or w.casefold() in fw for w in words) or not words[-1][:1].isupper():
        return False
    return not _is_chrome(text, page.rules) and not _a_persons_name(text, page.rules)


def year_over_body(page: _Page) -> Cand | None:
    """A report series' name and a year on a line of their own near the top (``Annual Report
    2022``, read by :func:`~comet.page.report_number._report_number` as no number) over a
    body's name on the next line (``Northfield Rowing Club``, :func:`_name_line`): a report's
    cover, weak type evidence; a headline about one (``The Fen Bank publishes its Annual
    Report 2020``: more than :data:`YEAR_LINE_WORDS` words) is none."""
    _report_number(page)  # (read once per page: it marks the line)
    at = page.memo.get("report-year-line")
    if at is None:
        return None
    lines = page.layout.lines
    nxt = next((ln for ln in lines[at + 1 : at + 3] if ln.text.strip()), None)
    if nxt is None or nxt.zone != "main":
        return None
    head = lines[at]
    if len(head.text.split()) > YEAR_LINE_WORDS:
        return None  # ('Harbour Trust publishes Annual Report 2023': a headline)
    if not _name_line(nxt.text.strip(" .,;:"), page):
        return None
    return Cand("report", W_POS, (head.start, head.end), "a report's name and year over its body")
