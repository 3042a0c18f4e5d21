"""A patent's own head on a page: the work is a patent, its number, inventors and date.

A patent office's full-text page, a patent portal's record or a document's front page
prints the patent's bibliographic data as its head (``comet.page.patent_grammar``: INID
codes, the ``[patents]`` labels of the locales, the offices' number grammar):

* its publication number: an INID ``(11)`` code's or a number label's value
  (``Patent Number: 5,123,456``, ``公开号：CN 108123456 A``), a heading naming a patent
  (a ``[types].patent`` term) and closing with the number (``United States Patent
  5,123,456``), or a database's key opening a line (``US5123456A - Title``);
* its inventors: an INID ``(72)``/``(75)`` code's or an inventor label's value, on the
  label's line or on the lines under a label standing alone (one name a line);
* its date: an INID ``(45)``/``(43)`` code's or a publication date label's value, else the
  first date on the heading's line after the number or on the two lines under it (the US
  front page's ``Roe et al.  March 3, 1998``), else the first date on a short line that
  prints the number again (a portal's event, ``2012-05-08 Publication of US7654321B2``); a
  filing, priority or application date (``Filed:``, ``(22)``) is never the work's, nor a
  cited patent's date;
* its title: an INID ``(54)`` code's or a title label's value, or the part after a
  database's key in its heading (``US5123456A - Title - Site``).

The page is a patent's only where it prints both a number and inventors so, in its main
text: a page citing a patent (inside a sentence, in its references) or a product page with
a model number has no such head, and a page printing inventors none of whose names the
first block has, or another number under a number's label or code, lists patents.
Pure and I/O-free.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import attrs

from comet import locales as _loc
from comet.names import Person
from comet.page.evidence import W_LABEL, Cand, _dates_in, _Page
from comet.page.patent_grammar import (
    INID_ROLES,
    inventor_names,
    line_openings,
    number_at_start,
    number_closing,
    patent_number,
)

__all__ = [
    "W_PATENT",
    "PatentHead",
    "page_patent",
    "patent_date",
    "patent_inventors",
    "patent_number_cand",
    "patent_title",
    "patent_type",
]

#: the weight of a patent's head: its data are printed under their codes or labels, a
#: whole record's (a labelled value's, and more: the number and the inventors together)
W_PATENT = W_LABEL + 0.1
#: the most lines of names under an inventor label standing alone
MAX_NAME_LINES = 20
#: the longest line of one name under such a label
MAX_NAME_LINE = 80
#: the most lines of the page's main text read for its head (a portal's menus over it)
MAX_HEAD_LINES = 400
#: the lines under a heading that print its date at most (the US front page's second line,
#: an application's third after its kind code)
HEAD_BLOCK = 2
#: how a number read from a heading is told
HEADING_EVIDENCE = "a heading naming a patent and its number"
#: the most words of a heading before the number it closes with
HEADING_WORDS = 6


@attrs.frozen
class PatentHead:
    """What a patent's head gives: its number, inventors and date with their spans in the
    page's text (``None`` where none is printed), and how the number was read."""

    number: str
    number_span: tuple[int, int]
    inventors: tuple[Person, ...]
    inventors_span: tuple[int, int]
    date: Any
    date_span: tuple[int, int] | None
    evidence: str
    title: str | None = None
    title_span: tuple[int, int] | None = None


@functools.cache
def _cue_re(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """An inventor label of the locales or an inventor's INID code anywhere: the cheap
    test a page passes before its lines are read."""
    terms = _loc.alternation(_loc.terms_of("patents", rules, "inventor"))
    codes = _loc.alternation(_loc.terms_of("patents", rules, "inid_inventor"))
    if not terms or not codes:
        return None
    label = rf"(?:{terms})[ \t]*(?:[:：】\]]|$)"
    return re.compile(rf"{label}|[\[(](?:{codes})[\])]", re.IGNORECASE | re.MULTILINE)


@functools.cache
def _heading_re(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A ``[types].patent`` term as a word (a script written without spaces: anywhere)."""
    terms = _loc.terms_of("types", rules, "patent")
    if not terms:
        return None
    return re.compile(rf"(?<![A-Za-zÀ-ÿ])(?:{_loc.alternation(terms)})(?![A-Za-zÀ-ÿ])", re.I)


def page_patent(page: _Page) -> PatentHead | None:
    """The page's patent head (see the module's docstring), memoised on the page."""
    return page.remember("patent-head", lambda: _read_head(page))


def _main_lines(page: _Page) -> list[Any]:
    return [ln for ln in page.layout.lines if ln.zone == "main" and page.weight(ln.start) >= 1]


@attrs.frozen
class _Heading:
    """A heading's number with its span, the heading's position among the main lines and
    the title a database's key heading prints after the number."""

    number: str
    span: tuple[int, int]
    pos: int
    title: tuple[str, tuple[int, int]] | None = None


@functools.cache
def _cue_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The case-folded letters opening each inventor label of the locales (none that
    another one opens: ``inventor`` holds ``inventors``), and the inventor's INID codes in
    their brackets: what a page's words and text must hold before :func:`_cue_re` is
    searched."""
    found = (_LETTERS.match(t.casefold()) for t in _loc.terms_of("patents", rules, "inventor"))
    stems = {m.group() for m in found if m is not None}
    words = sorted(w for w in stems if not any(o != w and w.startswith(o) for o in stems))
    codes = _loc.terms_of("patents", rules, "inid_inventor")
    brackets = ("()", "[]", "\uff08\uff09")
    return tuple(words), tuple(f"{b[0]}{c}{b[1]}" for c in codes for b in brackets)


#: the letters opening a label
_LETTERS = re.compile(r"[^\W\d_]+")


def _cued(page: _Page) -> bool:
    """Whether the page prints an inventor label or code (:func:`_cue_re`), its cheap
    tests first: a label's first letters among the page's words, a code's digits and
    bracket in its text."""
    words, codes = _cue_words(page.rules)
    key = page.text_key()
    if not any(w in key for w in words) and not any(c in page.text for c in codes):
        return False
    cue = _cue_re(page.rules)
    return cue is not None and cue.search(page.text) is not None


def _read_head(page: _Page) -> PatentHead | None:
    if not _cued(page):
        return None
    lines = _main_lines(page)[:MAX_HEAD_LINES]
    found: dict[str, tuple[Any, tuple[int, int]]] = {}
    heading: _Heading | None = None
    for pos, line in enumerate(lines):
        openings = line_openings(line.text, page.rules)
        for i, op in enumerate(openings):
            if op.role not in INID_ROLES or (op.role in found and op.role not in _LISTED):
                continue
            end = openings[i + 1].start if i + 1 < len(openings) else len(line.text)
            value = line.text[op.value_start : end].strip()
            start = line.start + op.value_start
            read = _value(page, op.role, value, (start, start + len(value)), lines[pos + 1 :])
            if read is None:
                continue
            if op.role in found:  # (other inventors, another number: a list of patents)
                if _another(op.role, read[0], found[op.role][0]):
                    return None
                continue
            found[op.role] = read
        if not openings and heading is None:
            heading = _heading(page, line.text, line.start, pos)
    number = found.get("number")
    evidence = "a patent's number under its code or label"
    dated = _heading_date(page, lines, heading) if heading is not None else None
    if number is None and heading is not None:
        number, evidence = (heading.number, heading.span), HEADING_EVIDENCE
    inventors = found.get("inventor")
    if number is None or inventors is None:
        return None
    date = found.get("date") or dated
    if date is None:
        date = _number_line_date(page, lines, str(number[0]), number[1])
    title = found.get("title") or (heading.title if heading is not None else None)
    return PatentHead(
        str(number[0]), number[1], inventors[0], inventors[1],
        date[0] if date is not None else None, date[1] if date is not None else None,
        evidence, title[0] if title is not None else None, title[1] if title is not None else None,
    )  # fmt: skip


#: a kind code closing a number, and any sign but a digit
_KIND_END, _NOT_DIGIT = re.compile(r"[A-Z]\d?$"), re.compile(r"\D")


def _serial(number: str) -> str:
    """A number's digits, its office's code and its kind code left out (``US 8,412,977
    B2`` and ``US7654321`` are one number)."""
    return _NOT_DIGIT.sub("", _KIND_END.sub("", _GROUPS.sub("", number)))


#: the roles whose second value, another work's, makes the page a list of patents
_LISTED = ("inventor", "number")


def _another(role: str, value: Any, first: Any) -> bool:
    """A second value of ``role`` names another patent: inventors none of whose family
    names the first block has (the same names printed twice in two ways are one block),
    a number whose digits differ."""
    if role == "number":
        return _serial(str(value)) != _serial(str(first))
    families = {(p.family or p.literal or "").casefold() for p in first}
    return not any((p.family or p.literal or "").casefold() in families for p in value)


def _value(
    page: _Page, role: str, value: str, span: tuple[int, int], below: list[Any]
) -> tuple[Any, tuple[int, int]] | None:
    """A datum's value read: a number whole, the inventors (on the label's line, or one a
    line under a label standing alone), the first date; ``None`` where it is none."""
    if not value and below and not line_openings(below[0].text, page.rules):
        if role == "inventor":
            return _names_under(page, below)
        value, span = below[0].text.strip(), (below[0].start, below[0].end)
    if role == "number":
        number = patent_number(value, page.rules)
        return (number, span) if number is not None else None
    if role == "inventor":
        persons = inventor_names(value, page.rules)
        return (persons, span) if persons else None
    if role == "title":
        return (value, span) if any(ch.isalpha() for ch in value) else None
    if role == "date":
        dates = _dates_in(page, value)
        if dates:
            at = span[0] + dates[0].start
            return dates[0].value, (at, span[0] + dates[0].end)
    return None


def _names_under(page: _Page, below: list[Any]) -> tuple[Any, tuple[int, int]] | None:
    """The names one a line under an inventor label standing alone (a portal's list), to
    the next label, a blank line or a line that is no name's."""
    taken: list[tuple[Person, Any]] = []
    for line in below[:MAX_NAME_LINES]:
        text = line.text.strip()
        if taken and line.blank_before:
            break
        if len(text) > MAX_NAME_LINE or line_openings(text, page.rules):
            break
        persons = inventor_names(text, page.rules)
        if len(persons) != 1 or any(ch.isdigit() for ch in text):
            break
        taken.append((persons[0], line))
    if not taken:
        return None
    return tuple(p for p, _ in taken), (taken[0][1].start, taken[-1][1].end)


def _heading(page: _Page, text: str, start: int, pos: int) -> _Heading | None:
    """A heading's number: a database's key opening the line (``US5123456A - Title -
    Site``: the title the first part after it), or the number closing a short line that
    names a patent (``United States Patent 5,123,456``)."""
    key = number_at_start(text, page.rules)
    if key is not None:
        return _Heading(key, (start, start + len(key)), pos, _after_key(text, start, len(key)))
    if len(text.split()) > HEADING_WORDS + 4 or not any(ch.isdigit() for ch in text):
        return None
    closing = number_closing(text, page.rules)
    if closing is None:
        return None
    head = text[: closing[0]]
    names = _heading_re(page.rules)
    if any(ch.isdigit() for ch in head) or len(head.split()) > HEADING_WORDS:
        return None
    if names is None or names.search(head) is None:
        return None
    at = start + closing[0]
    return _Heading(closing[1], (at, at + len(closing[1])), pos)


#: a separator between the parts of a head line (``Number - Title - Site``)
_SEP = re.compile(r"\s[-–—|]\s")


def _after_key(text: str, start: int, cut: int) -> tuple[str, tuple[int, int]] | None:
    """The part after a key heading's number and its separator, to the next separator."""
    m = _SEP.match(text, cut)
    if m is None:
        return None
    end = _SEP.search(text, m.end())
    part = text[m.end() : end.start() if end is not None else len(text)].strip()
    if not any(ch.isalpha() for ch in part):
        return None
    at = start + text.index(part, m.end())
    return part, (at, at + len(part))


def _heading_date(
    page: _Page, lines: list[Any], heading: _Heading
) -> tuple[Any, tuple[int, int]] | None:
    """The first date after the number on the heading's line, else on the
    :data:`HEAD_BLOCK` lines under it (a kind code's line between, ``Kind Code A1``) to one
    that opens a datum (a filing date's label)."""
    line = lines[heading.pos]
    after = heading.span[1] - line.start
    candidates = [(line.text[after:], heading.span[1])]
    for nxt in lines[heading.pos + 1 : heading.pos + 1 + HEAD_BLOCK]:
        if line_openings(nxt.text, page.rules):
            break
        candidates.append((nxt.text, nxt.start))
    for text, start in candidates:
        dates = _dates_in(page, text)
        if dates:
            return dates[0].value, (start + dates[0].start, start + dates[0].end)
    return None


#: what a number's groups are apart by (left out where numbers are compared)
_GROUPS = re.compile(r"[\s,./-]")


def _number_line_date(
    page: _Page, lines: list[Any], number: str, span: tuple[int, int]
) -> tuple[Any, tuple[int, int]] | None:
    """The first date on a short line that prints the patent's own number again, away
    from the number's line (a portal's event, ``2012-05-08 Publication of US7654321B2``),
    where the line opens no datum (a filing date's label)."""
    compact = _GROUPS.sub("", number)
    for line in lines:
        if line.start <= span[0] <= line.end or len(line.text) > MAX_NAME_LINE:
            continue
        if compact not in _GROUPS.sub("", line.text) or line_openings(line.text, page.rules):
            continue
        dates = _dates_in(page, line.text)
        if dates:
            return dates[0].value, (line.start + dates[0].start, line.start + dates[0].end)
    return None


def patent_type(page: _Page) -> Cand | None:
    """The ``patent`` type where the page prints a patent's head."""
    head = page_patent(page)
    if head is None:
        return None
    why = f"a patent's head ({head.evidence}: {head.number!r}, and its inventors)"
    return Cand("patent", W_PATENT, head.number_span, why)


def patent_number_cand(page: _Page) -> Cand | None:
    """The patent's publication number as its head prints it."""
    head = page_patent(page)
    if head is None:
        return None
    return Cand(head.number, W_PATENT, head.number_span, head.evidence)


def patent_inventors(page: _Page) -> Cand | None:
    """The patent's inventors: its authors."""
    head = page_patent(page)
    if head is None:
        return None
    return Cand(head.inventors, W_PATENT, head.inventors_span, "a patent's inventors")


def patent_title(page: _Page) -> list[Cand]:
    """The patent's title under its code or label (``(54)``, ``Title of Invention:``), or
    after its key in the page's heading."""
    head = page_patent(page)
    if head is None or head.title is None or head.title_span is None:
        return []
    return [Cand(head.title, W_PATENT, head.title_span, "a patent's title in its head")]


def patent_date(page: _Page) -> list[Cand]:
    """The patent's publication or grant date (never its filing date)."""
    head = page_patent(page)
    if head is None or head.date is None or head.date_span is None:
        return []
    return [Cand(head.date, W_PATENT, head.date_span, "a patent's publication date")]
