"""The evidence a page gives: candidates, their weights and the page being read.

Every field of a record is chosen among candidates (:class:`Cand`); each has a weight
that says how strong its evidence is. The weights and their reasons are here, in one
place (``docs/pages.md`` lists them):

* ``W_BLOCK`` 0.95, a BibTeX or RIS block printed on the page: the site states the field
  in a machine format;
* ``W_LABEL`` 0.75, a labelled value (``DOI:``, ``Published online:``): the site names the
  field in words;
* ``W_CITE`` 0.70, a formatted citation (``Cite this``): the site's own citation, but a
  style may abbreviate or drop parts;
* ``W_LINE`` 0.55, a pattern on a line (a locator line, the byline under the title);
* ``W_POS`` 0.45, position only;
* ``OTHER_WORK`` 0.1: a candidate inside the reference list describes another work, and
  inside a related-items list (0.3) probably does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import attrs

from comet import locales as _loc
from comet import records as _records
from comet.dates import PartialDate, find_dates, parse_date
from comet.dates.years import YEAR_PATTERN
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ParseError
from comet.page.kinds import PageKind
from comet.page.layout import Layout
from comet.page.letter_runs import folded_key, runs_of
from comet.page.line_labels import BULLET
from comet.page.numeric_order import in_proven_order, numeric_proof, read_order, written_proof

#: Longest page accepted (characters); longer input raises ``ParseError(too-long)``
#: (:data:`comet.records.MAX_PAGE_LENGTH`).
MAX_PAGE_LENGTH = _records.MAX_PAGE_LENGTH

T = TypeVar("T")

# Evidence weights (documented in docs/pages.md).
W_BLOCK = 0.95  # BibTeX / RIS block printed on the page

W_CITE = 0.7  # a formatted citation under "Cite this"

W_EXPORT = 0.9  # a page that is one exported citation: the lines are the citation's parts

W_LABEL = 0.75  # a labelled value

W_LINE = 0.55  # a pattern on a line (locator line, byline after the title)

W_POS = 0.45  # position only

OTHER_WORK = 0.1  # multiplier inside the reference list

_ZONE_WEIGHT = {"references": OTHER_WORK, "related": 0.3}

#: The page language when the labels of several locales tie (``docs/pages.md``): English,
#: whose labels (``DOI``, ``ISBN``, ``Abstract``) other interfaces borrow, so a tie that
#: includes it is most often an English interface with a few shared labels.
TIE_LANGUAGES = ("en",)

_SENTENCE = re.compile(r"[a-z]{2}\.\s+[A-Z][a-z]")

_URL = re.compile(r"https?://[^\s<>\"]{3,2000}")

#: ``(?<!\d)(YEAR)(?!\d)``, its first digit read before the lookbehinds: a pattern opening
#: with a class is scanned for it in C, one opening with a lookbehind tried at every position
_YEAR = re.compile(rf"(\d(?<!\d\d)\d\d\d(?<={YEAR_PATTERN}))(?!\d)")

_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")  # (the same in a case-folded ASCII text)

_BULLET = BULLET

_DIGIT_RE = re.compile(r"\d")

_DOI_LIKE = re.compile(r"\b10\.\d{4,9}/\S+")


@attrs.define
class Cand:
    """A candidate value for one field, with its evidence."""

    value: Any
    score: float
    span: tuple[int, int]
    evidence: str
    #: the features a learned scorer saw (title lines), for training and explanations
    features: dict[str, float] | None = None
    #: the kind of source a container candidate comes from, set where it is built
    #: (:data:`comet.page.container_features.SOURCES`; ``None``: not recorded)
    source: str | None = attrs.field(default=None, eq=False)


@attrs.define
class _Page:
    raw: str
    text: str
    to_raw: Callable[[int, int], tuple[int, int]]
    layout: Layout
    rules: tuple[_loc.LocaleRules, ...]
    kind: PageKind | None
    diags: list[Diagnostic] = attrs.field(factory=list)
    spans: dict[str, tuple[int, int]] = attrs.field(factory=dict)
    cites: list[tuple[dict[str, Any], tuple[int, int], float, str]] = attrs.field(factory=list)
    bylines: list[Any] = attrs.field(factory=list)
    heads: list[Cand] = attrs.field(factory=list)
    title_line: int | None = None
    memo: dict[Any, Any] = attrs.field(factory=dict)

    # -- helpers -----------------------------------------------------------
    def remember(self, key: Any, compute: Callable[[], T]) -> T:
        """``compute()`` once per page and ``key`` (the readers ask about the same lines
        again and again): the memoised value."""
        if key not in self.memo:
            self.memo[key] = compute()
        found: T = self.memo[key]
        return found

    def text_key(self) -> str:
        """The words of the whole page, case-folded (``_key(page.text)``, computed once)."""
        found = self.memo.get("text-key")
        if found is None:
            # in one pass: no word spans a line break and case folding is per character,
            # so this is the lines' keys joined (those of blank lines left out)
            found = self.memo["text-key"] = folded_key(self.text)
        return str(found)

    def weight(self, offset: int) -> float:
        return _ZONE_WEIGHT.get(self.layout.zone_at(offset), 1.0)

    def note(self, code: str, message: str, span: tuple[int, int] | None = None,
             severity: Severity = Severity.INFO, *, reason: str | None = None) -> None:  # fmt: skip
        raw_span = self.to_raw(*span) if span is not None else None
        self.diags.append(Diagnostic(code, message, raw_span, severity, reason=reason))

    def choose(self, field: str, cands: Sequence[Cand], *, explain: bool = True) -> Cand | None:
        if not cands:
            return None
        ordered = sorted(cands, key=choice_order)
        best = ordered[0]
        self.spans[field] = self.to_raw(*best.span)
        if explain:
            rivals = [c for c in ordered[1:] if _differs(c.value, best.value)]
            if rivals:
                r = rivals[0]
                self.note(
                    "chose-candidate",
                    f"{field}: chose {_show(best.value)} ({best.evidence}) over "
                    f"{_show(r.value)} ({r.evidence})",
                    best.span,
                )
        return best


def choice_order(c: Cand) -> tuple[float, int]:
    """The order of :meth:`_Page.choose`: the highest weight first, the earliest on ties."""
    return (-c.score, c.span[0])


def _show(value: Any) -> str:
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "…")


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return _key(a) != _key(b)
    return bool(a != b)


def _key(text: str) -> str:
    if len(text) <= _KEY_CACHED:
        return _key_cached(text)
    for seen, key in _long_keys:  # (a page's long line, keyed by several readers)
        if seen is text:
            return key
    key = _key_of(text)
    _remember_long_key(text, key)
    return key


#: the keys of the last texts too long for :data:`_key_cached` (the same ``str`` objects:
#: the readers of one page key its one long line again and again), the last first
_long_keys: tuple[tuple[str, str], ...] = ()
#: such texts kept at most
LONG_KEYS = 4


def _remember_long_key(text: str, key: str) -> None:
    global _long_keys
    _long_keys = ((text, key), *_long_keys[: LONG_KEYS - 1])


def _guard(terms: Iterable[str]) -> str:
    """A lookahead for the first characters of ``terms``, to put right before their
    alternation (compiled under the same flags): ignoring case, a regex engine tries every
    term at every position of a search; this one test rejects most positions at once."""
    firsts = sorted({t[0] for t in terms if t})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])" if firsts else ""


def _may_hold_key(text: str, key: str) -> bool:
    """A necessary condition for ``key`` (a :func:`_key`) to be part of ``_key(text)``,
    checked in C: its longest word is in the case-folded text (every word of a key is a
    piece of its case-folded text)."""
    return not key or max(key.split(" "), key=len) in text.casefold()


def _key_of(text: str) -> str:
    folded = text.casefold()
    # (an ASCII text's letters are a-z once folded: a class the regex engine tests at once)
    return " ".join(_ASCII_WORD.findall(folded) if folded.isascii() else runs_of(folded))


#: Texts up to this long have their key memoised: the readers of a page compare the same
#: lines (and their titles) over and over; at most 8,192 keys are kept.
_KEY_CACHED = 2048

_key_cached = functools.lru_cache(maxsize=8192)(_key_of)


def _lenient(fn: Callable[..., Any], text: str, **kwargs: Any) -> Any:
    try:
        result = fn(text, strict=False, **kwargs)
    except ParseError:
        return None
    return result.value


def _lenient_find_dates(text: str, rules: tuple[_loc.LocaleRules, ...]) -> list[Any]:
    try:
        return list(find_dates(text, locales=rules))
    except ParseError:
        return []


def _dates_in(page: _Page, text: str) -> list[Any]:
    """:func:`_lenient_find_dates` of a text of the page, read once per page (the readers
    of dates, bylines and headings ask about the same lines; the list is not to be
    changed); an ambiguous numeric date read in the page's order (:func:`_page_ordered`)."""
    return page.remember(
        ("dates-in", text),
        lambda: [
            attrs.evolve(m, value=_page_ordered(page, m.value))
            if isinstance(m.value, PartialDate) and m.value.day is not None
            else m
            for m in _lenient_find_dates(text, page.rules)
        ],
    )


def _date_of(page: _Page, text: str) -> Any:
    """``parse_date`` of a whole text of the page, lenient (``None`` when it is no date),
    read once per page: the title, byline and date readers ask about the same short lines;
    an ambiguous numeric date read in the page's order (:func:`_page_ordered`)."""
    return page.remember(
        ("date-of", text),
        lambda: _page_ordered(page, _lenient(parse_date, text, locales=page.rules)),
    )


def _page_ordered(page: _Page, value: Any) -> Any:
    """``value``, where it is read from an ambiguous numeric date (``07/01/2014``), in the
    order of day and month the page's other dates prove, or marked ambiguous
    (:mod:`comet.page.numeric_order`); any other value as it is."""
    if not isinstance(value, PartialDate) or value.day is None or value.day > 12:
        return value
    read = read_order(value.raw, value)
    if read is None:
        return value
    numeric = page.remember("numeric-order", lambda: numeric_proof(page.text))
    written: dict[str, str] = {}
    if not numeric:
        key = ("written-order", value.year, value.month, value.day)
        written = page.remember(key, lambda: written_proof(page.text, value, page.rules))
    return in_proven_order(value, read, numeric, written)


def _str(cand: Cand | None) -> str | None:
    return None if cand is None else str(cand.value)


def _unique(values: Iterable[T]) -> tuple[T, ...]:
    out: list[T] = []
    for v in values:
        if v not in out:
            out.append(v)
    return tuple(out)
