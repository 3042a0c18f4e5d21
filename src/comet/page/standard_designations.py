"""A standard's designation printed as a record's fact: the work is a standard.

A standards body's catalogue (a national standards portal, a standards organisation's
store, a consortium's page of one standard) prints the standard's designation on a line of
its own or as one labelled value: the body's code (``ISO``, ``EN``, ``GB``, ``IEEE``; the
locales' ``[words].standard_bodies``), more codes joined by slashes or spaces (``ISO/IEC``,
``DIN EN ISO``, ``UNE-EN``, ``GB/T``, a group standard's ``T/ABCD``), the standard's number
(a letter may open it, ``D638``, ``J1939``; its parts after dots or hyphens: ``1.1``,
``62304-1``) and its year after a colon or a dash (``:2017``, ``-2019``, ``—2018``; a month
may follow, ``:2015-11``). The grammar is that of every body's designations, the
same in every language:

* ``EN 13306:2017`` alone on a line, or after a short label and its colon or tab
  (``Reference<TAB>EN 13306:2017``, ``标准号：GB/T 1.1-2009``): the standard's own number,
  and the work a ``standard``.
* An agency's report series code (the locales' ``[words].report_codes``: ``NISTIR 8200``,
  ``NIST SP 800-53r5``, ``NASA/TM—2010–990001``; a revision's letter and number may close
  the number, a volume the line, ``NISTIR 8011 Vol. 3``) in the same places: the work's
  number (where no report number line of ``comet.page.report_number`` gives it in its own
  series' way), and the work a ``report``.
* A designation alone on its line numbers the work under the title or at most
  :data:`TITLE_REACH` lines over it (a certificate in a site's menu over the title,
  ``ISO 9001:2015``, numbers nothing); after a label it numbers it anywhere in the main text, and a number
  label's whole value that is one (``Publication Number: EN 4242:2019``) is the number
  whole (``comet.page.locator_labels``).
* Inside a sentence (``conforms to ISO 9001:2015``) or beside more text on its line a
  designation is another standard's, cited; a code with neither a year nor a number of
  three digits (``EN 1``, ``ISO 3``) is too short to tell from a menu's language code.

Pure and I/O-free.
"""

from __future__ import annotations

import functools
import re

import attrs

from comet import locales as _loc
from comet.page.evidence import _DIGIT_RE, W_LINE, Cand, _Page

__all__ = [
    "W_DESIGNATION",
    "Designation",
    "designation",
    "designation_cand",
    "designation_kind",
    "page_designation",
]

#: the weight of a designation standing whole on its line: a type printed as a fact of the
#: record (a line's pattern), under a label naming a type
W_DESIGNATION = W_LINE
#: the longest line (in characters, its label included) a designation's line may be
MAX_LINE = 80
#: the most words of the label before a designation's colon or tab
LABEL_WORDS = 4
#: the fewest digits of a designation's number where no year follows it
BARE_DIGITS = 3
#: lines a designation alone on its line stands over the title's line at most
TITLE_REACH = 2


@attrs.frozen
class Designation:
    """A designation a page prints as its fact: its text, its span in the page's text and
    the type it tells (``standard`` for a standards body's, ``report`` for an agency's)."""

    value: str
    span: tuple[int, int]
    kind: str


@functools.cache
def _designation_re(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A whole designation: a standards body's or an agency's code of the locales, more
    codes after slashes or spaces, the number with its parts (a revision's letter and
    number glued after them, ``800-53r5``), then an optional year after a colon or a dash;
    a volume of the locales' ``[locator].volume`` words may close it, outside it."""
    bodies = _loc.terms_of("words", rules, "standard_bodies")
    agencies = _loc.terms_of("words", rules, "report_codes")
    if not bodies and not agencies:
        return None
    body = _loc.alternation(b for b in (*bodies, *agencies) if len(b) > 1)
    letter = _loc.alternation(b for b in bodies if len(b) == 1)  # ('T/ABC': before a slash)
    code = r"[^\W\d_]{1,10}"
    # a word after a space: a code in capitals, or a document kind's word of the locales
    docs = _loc.alternation(_loc.terms_of("words", rules, "standard_doc_words"))
    spaced = r"[A-Z\u0410-\u042f\u0401]{1,6}(?![^\W\d_])" + (f"|(?:{docs})" if docs else "")
    agency = f"(?P<agency>{_loc.alternation(agencies)})" if agencies else "(?!)"
    first = f"(?:{agency}|{body}|(?:{letter})(?=\\s?/))" if letter else f"(?:{agency}|{body})"
    volume = _loc.alternation(_loc.terms_of("locator", rules, "volume"))
    tail = rf"(?:\s(?:{volume})\.?\s?\w{{1,4}})?" if volume else ""
    return re.compile(
        rf"(?P<des>{first}(?:\s?[/-]\s?{code}|\s(?:{body}|{spaced}))*(?:\s?|[\u2013\u2014])"
        r"(?P<num>(?<![^\W\d_])\d+|(?<=\s)[A-Z]\d+)(?:[.\u2010-\u2015-]\d+)*?(?:[A-Za-z]\d{1,3})?"
        r"(?:\s?[:\u2010-\u2015-]\s?(?P<year>(?:19|20)\d\d)(?:-[01]\d)?)?)" + tail
    )


def _match(text: str, rules: tuple[_loc.LocaleRules, ...]) -> re.Match[str] | None:
    value = text.strip()
    if not value or len(value) > MAX_LINE or not _DIGIT_RE.search(value):
        return None
    pattern = _designation_re(rules)
    m = pattern.fullmatch(value) if pattern is not None else None
    if m is None or (m.group("year") is None and not _bare_number(m["des"], m.group("num"))):
        return None
    return m


def designation(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The designation ``text`` (stripped) is whole, a volume closing it left off
    (``GB/T 1.1-2009``, ``IEEE 754-2019``, ``EN 13306:2017``, ``NISTIR 8011`` of
    ``NISTIR 8011 Vol. 3``), else ``None``."""
    m = _match(text, rules)
    return m["des"] if m is not None else None


def designation_kind(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """``standard`` where ``text`` is a standards body's designation whole, ``report`` where
    it is an agency's report code (:func:`designation`), else ``None``."""
    m = _match(text, rules)
    if m is None:
        return None
    return "report" if m["agency"] is not None else "standard"


#: a year standing for a number (``EN 2019``: a code and a year, a menu's or a list's)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _bare_number(found: str, num: str) -> bool:
    """A designation with no year is a standard's where its number has :data:`BARE_DIGITS`
    digits or more, is no year alone, or has parts (``SAE J1939``, ``ISO 8601-1``)."""
    if len(num) < BARE_DIGITS:
        return False
    return not (_YEAR.fullmatch(num) and found.endswith(num))


def _line_designation(
    text: str, rules: tuple[_loc.LocaleRules, ...]
) -> tuple[int, str, str] | None:
    """The designation closing a line, alone on it or after a short label (at most
    :data:`LABEL_WORDS` words, no digit, no sentence's end; a table's cell before it, its
    colon or tab cleaned to a space), with its offset in the line and the type it tells."""
    if len(text) > MAX_LINE or not text.rstrip()[-1:].isdigit():
        return None  # (a designation closes its line with its number's or year's digit)
    for m in _OPENINGS.finditer(text):
        label = text[: m.start()]
        if _DIGIT_RE.search(label) or len(label.split()) > LABEL_WORDS or _ENDS.search(label):
            return None
        found = _match(text[m.end() :], rules)
        if found is not None:
            kind = "report" if found["agency"] is not None else "standard"
            return text.index(found["des"], m.end()), found["des"], kind
    return None


#: where a designation may open on a line: its start, or after a space, a colon or a tab
_OPENINGS = re.compile(r"^\s*|(?<=\S)\s*[:：]\s*|(?<=\S)\s+")
#: a sentence's end inside a label: the text before a designation is prose, no label
_ENDS = re.compile(r"[.!?。！？](?:\s|$)")


def page_designation(page: _Page) -> Designation | None:
    """The first number label's value that is a designation whole, else the first
    designation standing whole on a line of the page's main text (see the module's
    docstring); memoised on the page."""
    return page.remember("standard-designation", lambda: _first_designation(page))


def _first_designation(page: _Page) -> Designation | None:
    if _designation_re(page.rules) is None:
        return None
    for lv in page.layout.labels:  # 'Report No.' / 'NISTIR 8200', '标准号' / 'GB/T 1.1-2009'
        if lv.key != "number" or page.weight(lv.value_start) < 1:
            continue
        m = _match(lv.value, page.rules)
        if m is not None:
            start = lv.value_start + lv.value.index(m["des"])
            kind = "report" if m["agency"] is not None else "standard"
            return Designation(m["des"], (start, start + len(m["des"])), kind)
    for line in page.layout.lines:
        if line.zone != "main":
            continue
        hit = _line_designation(line.text, page.rules)
        if hit is None:
            continue
        if not line.text[: hit[0]].strip() and not _by_title(page, line.index):
            continue  # (alone on its line away from the title: a menu's certificate)
        start = line.start + hit[0]
        return Designation(hit[1], (start, start + len(hit[1])), hit[2])
    return None


def _by_title(page: _Page, index: int) -> bool:
    """Whether the line ``index`` is under the title's or at most :data:`TITLE_REACH` lines
    over it (a site's menu over the title names its certificates, ``ISO 9001:2015``)."""
    return page.title_line is not None and page.title_line - index <= TITLE_REACH


def designation_cand(page: _Page) -> Cand | None:
    """A standard's or a report's type candidate where the page prints a designation as
    its fact."""
    found = page_designation(page)
    if found is None:
        return None
    why = f"a {found.kind}'s designation ({found.value!r})"
    return Cand(found.kind, W_DESIGNATION, found.span, why)
