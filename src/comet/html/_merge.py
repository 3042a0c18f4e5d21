"""The machinery of reconciliation: the page the tags are checked against, the merge of
one record with the tag values, and the :class:`Reconciled` diagnostic
(:mod:`comet.html.reconcile` holds the rules, one per field)."""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from comet.dates import PartialDate, find_dates
from comet.diagnostics import Diagnostic, Severity
from comet.html.mapping import TagValue
from comet.html.table import tag_table
from comet.locales import LocaleRules
from comet.names import Person
from comet.page.model import Record
from comet.records import Match

_WORD = re.compile(r"[^\W\d_]+|\d+")
#: Families of scholarly metadata: a page with one of them is a landing page, not a post.
_SCHOLARLY = frozenset({"highwire", "prism", "eprints", "coins", "dublin-core"})


def _span(value: tuple[int, int] | list[int] | None) -> tuple[int, int] | None:
    return None if value is None else (int(value[0]), int(value[1]))


@attrs.frozen
class Reconciled(Diagnostic):
    """A choice between an embedded-metadata value and the visible text's value.

    ``span`` is the chosen value's span in the HTML; ``tag_span`` and ``text_span`` are the
    spans of the two rivals; ``chosen`` is ``"tag"`` or ``"text"``.
    """

    field: str = ""
    chosen: str = "tag"
    tag_value: str = ""
    text_value: str = ""
    tag_span: tuple[int, int] | None = attrs.field(default=None, converter=_span)
    text_span: tuple[int, int] | None = attrs.field(default=None, converter=_span)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready ``dict`` (the :class:`~comet.Diagnostic` keys plus both rivals)."""
        out = super().to_dict()
        out.update(field=self.field, chosen=self.chosen, tag_value=self.tag_value,
                   text_value=self.text_value,
                   tag_span=list(self.tag_span) if self.tag_span else None,
                   text_span=list(self.text_span) if self.text_span else None)  # fmt: skip
        return out


def key(text: str) -> str:
    """Words only, case-folded: what two spellings of one value share."""
    if len(text) <= _MEMO_LENGTH:
        return _short_key(text)
    return " ".join(_WORD.findall(text.casefold()))


#: Longest text whose :func:`key` is remembered (values and phrases, not pages).
_MEMO_LENGTH = 200


@functools.lru_cache(maxsize=16384)
def _short_key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


_DIGITS = re.compile(r"\d+")
#: Places of a value on the page :meth:`Page.cited` looks after.
_MAX_CITED = 50
#: Longest key looked for with its own pattern (:func:`_shown_pattern`); a longer one is
#: looked for in the page's key.
_PATTERN_LENGTH = 300


#: Places of a key printed as it is that :meth:`Page._printed_as_key` looks at.
_LITERAL_TRIES = 8


def _same_kind(c: str, letters: bool) -> bool:
    r"""Whether the character ``c`` is a letter (``letters``: ``[^\W\d_]``, what
    :func:`_shown_pattern` calls one) or a digit (``\d``)."""
    return c.isalnum() and not c.isdecimal() if letters else c.isdecimal()


@functools.lru_cache(maxsize=4096)
def _shown_pattern(k: str) -> re.Pattern[str]:
    """The pattern that finds the words of the key ``k`` in a case-folded text exactly
    where the text's key holds them in a row: each word a whole run of letters or of
    digits (:data:`_WORD`), the words apart by other characters (none between a run of
    letters and a run of digits).  (The lookbehind follows the first word, so that the
    search skips to where it is printed.)"""
    words = k.split(" ")
    kinds = [r"\d" if _DIGITS.fullmatch(w) else r"[^\W\d_]" for w in words]
    first = re.escape(words[0])
    parts = [first, f"(?<!{kinds[0]}{first})"]
    for i in range(1, len(words)):
        parts.append(r"[\W_]+" if kinds[i] == kinds[i - 1] else r"[\W_]*")
        parts.append(re.escape(words[i]))
    parts.append(f"(?!{kinds[-1]})")
    return re.compile("".join(parts))


def head_lines(text: str, most: int) -> Iterator[str]:
    """The first ``most`` lines of ``text`` (its first :data:`MAX_SCAN` characters), one
    at a time: a look at a page's head that does not split the whole page."""
    end = min(len(text), MAX_SCAN)
    at = 0
    for _ in range(most):
        if at >= end:
            return
        nl = text.find("\n", at, end)
        stop = end if nl < 0 else nl
        yield text[at:stop]
        at = stop + 1


class Page:
    """What the visible text shows, for the checks "is this value on the page?"."""

    def __init__(self, visible: str) -> None:
        self.text = visible
        self._key: str | None = None
        self._casefolded: str | None = None
        self._dates: dict[tuple[int, ...], int] = {}
        self._found: dict[tuple[int, int], list[PartialDate]] = {}
        self._folded: str | None = None

    @property
    def key(self) -> str:
        """The key of the whole visible text (:func:`key`), between two spaces; made on
        first use (most pages need only :meth:`shows`, which does without it)."""
        if self._key is None:
            self._key = f" {key(self.text)} "
        return self._key

    def folded(self) -> str:
        """The visible text (its first :data:`MAX_SCAN` characters), case-folded, once."""
        if self._folded is None:
            short = len(self.text) <= MAX_SCAN
            self._folded = self._casefolded_text() if short else self.text[:MAX_SCAN].casefold()
        return self._folded

    def shows(self, text: str) -> bool:
        """Whether the words of ``text`` stand in a row in the visible text (its key
        holds ``text``'s key between spaces)."""
        k = key(text)
        if not k:
            return False
        if self._key is not None or len(k) > _PATTERN_LENGTH:
            return f" {k} " in self.key
        if not self._may_show(k):
            return False
        if self._printed_as_key(k):
            return True  # (found without making the pattern: a long title's costs more)
        return _shown_pattern(k).search(self._casefolded_text()) is not None

    def _printed_as_key(self, k: str) -> bool:
        """Whether the case-folded text holds ``k`` itself (its words apart by one space)
        where :func:`_shown_pattern` matches it: no letter (digit) just before a first
        word of letters (digits), none just after the last — a match of the pattern, whose
        separators all take a space.  ``False`` says nothing (the pattern is then run)."""
        folded = self._casefolded_text()
        words = k.split(" ")
        first, last = _DIGITS.fullmatch(words[0]) is None, _DIGITS.fullmatch(words[-1]) is None
        at = folded.find(k)
        for _ in range(_LITERAL_TRIES):
            if at < 0:
                return False
            end = at + len(k)
            if not (at and _same_kind(folded[at - 1], first)) and not (
                end < len(folded) and _same_kind(folded[end], last)
            ):
                return True
            at = folded.find(k, at + 1)
        return False

    def _may_show(self, k: str) -> bool:
        """Whether each word of the key ``k`` is somewhere in the case-folded text: the
        pattern that finds them in a row (:func:`_shown_pattern`) cannot match otherwise,
        and most values checked lack one, so their pattern is neither made nor run."""
        folded = self._casefolded_text()
        return all(w in folded for w in k.split(" "))

    def cited(self, text: str, tokens: Iterable[str], window: int = 6) -> bool:
        """Whether ``text`` is shown followed, within ``window`` words, by one of
        ``tokens`` (a journal name followed by its volume or year: a citation line)."""
        k = key(text)
        # the words after a place are single words: a token of several words is never
        # one of them (an article number ``e0123`` is the two words ``e 0123``)
        want = {w for w in (key(t) for t in tokens if t) if w and " " not in w}
        if not k or not want:
            return False
        if self._key is None and len(k) <= _PATTERN_LENGTH:
            return self._cited_in_text(k, want, window)
        needle, at = f" {k} ", 0
        for _ in range(_MAX_CITED):
            at = self.key.find(needle, at)
            if at < 0:
                return False
            after = self.key[at + len(needle) :].split(" ", window)[:window]
            if want & set(after):
                return True
            at += 1
        return False

    def _cited_in_text(self, k: str, want: set[str], window: int) -> bool:
        """:meth:`cited` without the page's key: the places where the case-folded text
        shows ``k``'s words (:func:`_shown_pattern`), each followed by its next words."""
        if not self._may_show(k):
            return False  # (the first search would find nothing)
        folded = self._casefolded_text()
        pattern, at = _shown_pattern(k), 0
        for i in range(_MAX_CITED):
            m = pattern.search(folded, at)
            if m is None:
                return False
            if i == 0 and not any(w in folded for w in want):
                return False  # (no token printed anywhere: none after a place either)
            after = {w.group() for w in itertools.islice(_WORD.finditer(folded, m.end()), window)}
            if want & after:
                return True
            at = m.start() + 1
        return False

    def _casefolded_text(self) -> str:
        if self._casefolded is None:
            self._casefolded = self.text.casefold()
        return self._casefolded

    def abbreviation(self, full: str) -> Iterator[str]:
        """The abbreviations of ``full`` the page prints (``Org. Biomol. Chem.`` for
        ``Organic & Biomolecular Chemistry``): each word a prefix of the full name's
        significant words, in order, at least one of them cut; of a name with a subtitle
        after a colon, also of the name before it (``Proc. R. Soc. B`` for ``Proceedings of
        the Royal Society B: Biological Sciences``)."""
        yield from self._abbreviation(full)
        head, colon, _ = full.partition(": ")
        if colon and len(_WORD.findall(head)) >= 2:
            yield from self._abbreviation(head)

    def _abbreviation(self, full: str) -> Iterator[str]:
        words = [w for w in _WORD.findall(full) if not (w.islower() and len(w) <= 3)]
        if len(words) > 2 and words[0] in tag_table().publication_articles:
            words = words[1:]  # ('J Neurosci' for 'The Journal of Neuroscience')
        if not 1 < len(words) <= 8:
            return
        # the first letter, then the lookbehind for a word character before it: the
        # search skips to each place the letter is printed; a word after it may open in
        # lower case where no letter stands before it ('R. Soc. open sci.' for 'Royal
        # Society Open Science'; not the 'c' that ends 'Organic')
        head = re.escape(words[0][0])
        pattern = rf"({head}(?<!\w{head})[^\W\d_]*\.?)" + "".join(
            f"\\s*((?:{re.escape(w[0])}|(?<![^\\W\\d_]){re.escape(w[0].lower())})[^\\W\\d_]*\\.?)"
            for w in words[1:]
        )
        for m in re.finditer(pattern, self.text[:MAX_SCAN]):
            tokens = [g.rstrip(".") for g in m.groups()]
            if all(
                w.casefold().startswith(t.casefold()) for t, w in zip(tokens, words, strict=True)
            ) and any(len(t) < len(w) for t, w in zip(tokens, words, strict=True)):
                yield m.group(0)

    def date_shown(self, d: PartialDate) -> int:
        """How many parts of ``d`` (year, month, day) a date printed on the page matches:
        0 when its year is not even printed."""
        parts = tuple(d.date_parts())
        if parts not in self._dates:
            self._dates[parts] = self._date_shown(d)
        return self._dates[parts]

    def _date_shown(self, d: PartialDate) -> int:
        best = 0
        year = re.escape(str(d.year))
        # the lookbehind after the year (no digit before it): the search can skip to each
        # place the year is printed instead of trying every character of the page
        printed = re.compile(rf"{year}(?<!\d{year})(?!\d)")
        for i, m in enumerate(printed.finditer(self.text, 0, MAX_SCAN)):
            best = max(best, 1)
            if i >= MAX_YEARS:
                break
            for v in self._dates_near(m.start(), m.end()):
                if v.year == d.year:
                    parts, mine = v.date_parts(), d.date_parts()
                    n = 0
                    while n < min(len(parts), len(mine)) and parts[n] == mine[n]:
                        n += 1
                    best = max(best, n)
            if best >= len(d.date_parts()) or m.start() > MAX_SCAN:
                break
        if best < len(d.date_parts()) == 3:
            best = max(best, self._short_year_shown(d))
        return best

    def _short_year_shown(self, d: PartialDate) -> int:
        """How many parts of a dated ``d`` the page prints with its year cut to two digits
        (``14 January '15``, ``12.16.14``): each such year is read as ``d``'s own, in full,
        and the date around it compared."""
        yy = f"{d.year % 100:02d}"
        best = 0
        # the two digits first, then what stands before them (the lookbehind after them:
        # the search skips to each place they are printed, as in _date_shown)
        for i, m in enumerate(_short_year(yy).finditer(self.text, 0, MAX_SCAN)):
            if i >= MAX_YEARS:
                break
            lo, hi = max(m.start() - 30, 0), m.end()
            head = self.text[lo : m.start()]
            if head[-1] in "./-" and _NUMERIC_HEAD.search(head) is None:
                continue  # a number's part ('1.15', '2-15'), not a date's year
            piece = head.rstrip("'\u2018\u2019") + str(d.year)
            for v in dates_in(piece + self.text[hi : hi + 8]):
                if isinstance(v.value, PartialDate) and v.value.year == d.year:
                    parts, mine = v.value.date_parts(), d.date_parts()
                    n = 0
                    while n < min(len(parts), len(mine)) and parts[n] == mine[n]:
                        n += 1
                    best = max(best, n)
            if best == 3:
                break
        return best if best >= 2 else 0  # a year alone ('Class of '21') says nothing more

    def _dates_near(self, start: int, end: int) -> list[PartialDate]:
        """The dates printed around ``text[start:end]`` (a year), read once per place."""
        lo, hi = max(start - 24, 0), min(end + 24, len(self.text))
        if (lo, hi) not in self._found:
            self._found[lo, hi] = [f.value for f in dates_in(self.text[lo:hi])
                                   if isinstance(f.value, PartialDate)]  # fmt: skip
        return self._found[lo, hi]

    def page_range(self, first: str) -> str | None:
        """The printed range that starts at ``first`` (``D36–D42``), if the page shows one."""
        if self.text.find(first, 0, MAX_SCAN) < 0:
            return None  # (not printed: no pattern made)
        at = re.escape(first)  # (the lookbehind after it: see _date_shown)
        m = re.compile(rf"{at}(?<![\w.]{at})\s?[-–—]\s?([A-Za-z]?\d+)(?!\w|\.\d)").search(
            self.text, 0, MAX_SCAN
        )
        return f"{first}-{m.group(1)}" if m else None


@functools.lru_cache(maxsize=8192)
def dates_in(text: str) -> tuple[Match[PartialDate], ...]:
    """:func:`comet.dates.find_dates` of a short piece of a page (around a year, after a
    date label), remembered: the pieces recur on a site's pages (``© 2021``, ``Published:
    …``), the reader is pure and its matches immutable."""
    return tuple(find_dates(text))


#: How much of the visible text the date and page checks scan (characters).
MAX_SCAN = 200_000


@functools.lru_cache(maxsize=128)
def _short_year(yy: str) -> re.Pattern[str]:
    """A year's two digits after an apostrophe or a numeric date's separator."""
    return re.compile(rf"{yy}(?<=['\u2018\u2019./-]{yy})(?!\d)")


#: A numeric date's day and month before its two-digit year (``12.16.``).
_NUMERIC_HEAD = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-]$")
#: How many printed years of a date are looked at for its month and day.
MAX_YEARS = 16


class _Merge:
    def __init__(self, rec: Record, tags: Sequence[TagValue], page: Page,
                 text_span: Callable[[str], tuple[int, int] | None],
                 rules: tuple[LocaleRules, ...]) -> None:  # fmt: skip
        self.rec = rec
        self.rules = rules
        self.page = page
        self.text_span = text_span
        self.by_field: dict[str, list[TagValue]] = defaultdict(list)
        for tv in tags:
            self.by_field[tv.field].append(tv)
        self.changes: dict[str, Any] = {}
        self.spans: dict[str, tuple[int, int]] = dict(rec.spans)
        self.diags: list[Diagnostic] = []

    # -- the tag values of a field: the strongest family's, in page order ------------
    def best(self, field: str) -> list[TagValue]:
        values = self.by_field.get(field, [])
        if not values:
            return []
        top = max(v.weight for v in values)
        family = next(v.tag.family for v in values if v.weight == top)
        return [v for v in values if v.tag.family == family]

    def first(self, *fields: str) -> TagValue | None:
        cands = [v for f in fields for v in self.best(f)]
        return max(cands, key=lambda v: v.weight) if cands else None

    def take(self, field: str, value: Any, tv: TagValue | None) -> None:
        self.changes[field] = value
        if tv is not None and tv.tag.span is not None:
            self.spans[field] = tv.tag.span

    def explain(self, field: str, chosen: str, tv: TagValue, text_value: Any, why: str,
                tag_value: Any = None) -> None:  # fmt: skip
        tag_value = _show(tv.value if tag_value is None else tag_value)
        text_shown = _show(text_value)
        tspan = self.text_span(field)
        span = tv.tag.span if chosen == "tag" else tspan
        winner, loser = (tag_value, text_shown) if chosen == "tag" else (text_shown, tag_value)
        src = f"{tv.tag.name}" if chosen == "tag" else "the visible text"
        other = "the visible text" if chosen == "tag" else tv.tag.name
        self.diags.append(Reconciled(
            "reconciled", f"{field}: chose {winner} ({src}) over {loser} ({other}): {why}",
            span, Severity.INFO if chosen == "tag" else Severity.WARNING, field=field,
            chosen=chosen, tag_value=str(tag_value), text_value=str(text_shown),
            tag_span=tv.tag.span, text_span=tspan,
        ))  # fmt: skip


#: The text reader's types a type tag of the page's own work may make more precise.
_GUESSED_TYPES = frozenset({None, "article-journal", "article", "document", "webpage"})


def _typed_work(m: _Merge) -> bool:
    """Whether the text reader read the kind of a work that is no writing on the web: the
    type the page prints (a ``Type`` label's value: ``Journal article``, ``Conference
    paper``), or a kind it does not merely guess (a thesis, a chapter) — a personal or a
    lab site's record of a paper, whose container is no site."""
    csl = m.rec.csl_type
    if csl is None or csl in tag_table().web_types:
        return False
    return m.rec.type is not None or csl not in _GUESSED_TYPES


def _site_names(m: _Merge, fields: tuple[str, ...] = ("site-name", "publisher")) -> set[str]:
    """The site's and the publisher's names (folded), as the tags give them (``fields``:
    the site's name only where a person's site may name its owner as the publisher)."""
    return {key(str(v.value)) for f in fields for v in m.by_field.get(f, [])} - {""}


def _show(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "; ".join(_show(v) for v in value[:6]) + ("; …" if len(value) > 6 else "")
    if isinstance(value, Person):
        return value.display() if hasattr(value, "display") else str(value)
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _scholarly(m: _Merge) -> bool:
    """Whether a scholarly family of tags (Highwire, PRISM, EPrints, COinS, Dublin Core)
    gives any field."""
    return any(v.tag.family in _SCHOLARLY for vs in m.by_field.values() for v in vs)
