"""The locator at the end of a reference: ``21(4), 606–627``, ``Vol 11, no 1. 11–18``…

:func:`find_tail` walks back from the end of the text over tokens that can belong to a
locator (numbers, ranges, ``(4)``, locator words from the locale files, separators) and
returns where that run starts; :func:`read_tail` interprets the run as volume, issue and
pages.  Labelled parts (``vol``, ``no``, ``pp``, ``S.``, ``Heft``…) are read by their labels;
unlabelled numbers by their shape (``V(I): P``, ``V:I/J, P``, ``V, P``, ``V (Y) P``…).
"""

from __future__ import annotations

import functools
import re

import attrs

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.references import tuning
from comet.references._lexicon import Lexicon

__all__ = ["Tail", "find_tail", "labelled_parts", "read_tail"]

_TOK = re.compile(
    r"(?P<num>(?:[A-Za-z]{1,3}(?=\d))?\d{1,7}[a-z]?(?:\s*(?:[-–—‐‑]{1,2}|to)\s*(?:[A-Za-z]{1,2}(?=\d))?\d{1,7}[a-z]?)?)"
    r"|(?P<word>[^\W\d_]{1,15}\.?(?:[^\W\d_]{1,3}\.)?[°º]?)"
    r"|(?P<open>\()|(?P<close>\))|(?P<sep>[,:;./])|(?P<deg>[°º])|(?P<dash>[-–—])"
)
_YEAR = re.compile(rf"{CITATION_YEAR_PATTERN}\Z")
_RANGE = re.compile(r"([A-Za-z]?\d+[a-z]?)\s*(?:[-–—‐‑]{1,2}|to)\s*([A-Za-z]?\d+[a-z]?)\Z")
_ROMAN = re.compile(r"[IVXLC]{1,7}\Z")
_WINDOW = tuning.TAIL_WINDOW


@attrs.frozen
class Tail:
    """Volume, issue and pages read from a locator run (strings as printed)."""

    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    years: tuple[int, ...] = ()
    #: a letter glued to the volume (``D47``): it belongs to the journal (``Phys. Rev. D``)
    series: str | None = None


@functools.lru_cache(maxsize=4096)
def _kind(lex: Lexicon, word: str) -> str | None:
    low = word.casefold()
    bare = low.rstrip(".°º")
    for table, name in (
        (lex.volume_words, "vol"),
        (lex.issue_words, "iss"),
        (lex.page_words, "page"),
    ):
        if low in table or bare in table:
            return name
    if bare in lex.following_words:
        return "ff"
    if low in lex.article_words or bare in lex.article_words:
        return "art"
    if low in lex.supplement_words or bare in lex.supplement_words:
        return "supp"
    if bare in lex.month_words:
        return "month"
    return None


@functools.lru_cache(maxsize=256)
def _tokens(text: str) -> list[tuple[str, str, int]]:
    return [(m.lastgroup or "", m.group(), m.start()) for m in _TOK.finditer(text)]


@functools.lru_cache(maxsize=512)
def find_tail(text: str, lex: Lexicon) -> int:
    """Start of the locator run at the end of ``text`` (``len(text)`` when there is none)."""
    base = max(0, len(text) - _WINDOW)
    window = text[base:]
    toks = _tokens(window)
    if not toks:
        return len(text)
    # tokens must cover the window's tail without gaps other than spaces
    start = len(text)
    has_num = False
    pos_end = len(window.rstrip())
    i = len(toks) - 1
    while i >= 0:
        kind, value, pos = toks[i]
        # a gap of non-space characters between tokens ends the run
        gap = window[pos + len(value) : pos_end]
        if gap.strip():
            break
        if kind == "num":
            has_num = True
        elif kind == "word":
            k = _kind(lex, value)
            if k is None:
                roman = _ROMAN.match(value) is not None
                after_vol = (
                    i > 0 and toks[i - 1][0] == "word" and _kind(lex, toks[i - 1][1]) == "vol"
                )
                in_paren = (
                    i > 0
                    and toks[i - 1][0] == "open"
                    and i + 1 < len(toks)
                    and toks[i + 1][0] == "close"
                )
                if not (roman and (after_vol or in_paren)):
                    break
        elif kind in ("sep", "open", "close", "deg", "dash"):
            pass
        start = base + pos
        pos_end = pos
        i -= 1
    if not has_num:
        return len(text)
    # trim leading separators / unmatched parentheses
    while start < len(text) and text[start] in " ,:;./)":
        start += 1
    run = text[start:]
    if run.count(")") > run.count("("):
        # "(CIII–CTO 19)": the run starts inside a parenthesis, it is a note
        return len(text)
    return start


@functools.lru_cache(maxsize=256)
def labelled_parts(text: str, lex: Lexicon) -> dict[str, tuple[str, int, int]]:
    """``vol``/``iss``/``page`` -> (value, start, end) for labelled locators anywhere in ``text``."""
    out: dict[str, tuple[str, int, int]] = {}
    toks = _tokens(text)
    for idx, (kind, value, pos) in enumerate(toks):
        if kind != "word":
            continue
        k = _kind(lex, value)
        if k not in ("vol", "iss", "page"):
            continue
        if k in out:
            continue
        # the label must stand alone (not the tail of a longer word)
        if pos > 0 and text[pos - 1].isalpha():
            continue
        j = idx + 1
        while j < len(toks) and toks[j][0] in ("sep", "deg") and toks[j][1] in ".:°º":
            j += 1
        if j < len(toks) and toks[j][0] == "num":
            num = toks[j][1]
            if j + 2 < len(toks) and toks[j + 1][1] == "/" and toks[j + 2][0] == "num":
                num = f"{num}/{toks[j + 2][1]}"
                j += 2
            if k == "vol" or k == "iss":
                m = _RANGE.match(num)
                if m and k == "vol":
                    num = m.group(1)
            end = toks[j][2] + len(toks[j][1])
            # "f."/"ff." after a page
            if k == "page" and j + 1 < len(toks) and _kind(lex, toks[j + 1][1]) == "ff":
                end = toks[j + 1][2] + len(toks[j + 1][1])
            out[k] = (num, pos, end)
        elif k == "vol" and j < len(toks) and toks[j][0] == "word" and _ROMAN.match(toks[j][1]):
            out[k] = (toks[j][1], pos, toks[j][2] + len(toks[j][1]))
    # postfix volume: "22. Jg."
    return out


def read_tail(text: str, lex: Lexicon, year: int | None = None) -> Tail:
    """Interpret a locator run (the text from :func:`find_tail`).

    ``year`` is the reference's year when known: only that number is read as a year.
    """
    r = _TailReader(_tokens(text), lex, year)
    i, n = 0, len(r.toks)
    while i < n:
        kind = r.toks[i][0]
        if kind == "word":
            i = r.word(i)
        elif kind == "open":
            i = r.bracket(i)
        elif kind == "num":
            i = r.number(i)
        else:
            i += 1
    return r.tail()


@attrs.define
class _TailReader:
    """The state of :func:`read_tail`: labelled values, years, and unlabelled items."""

    toks: list[tuple[str, str, int]]
    lex: Lexicon
    year: int | None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    years: list[int] = attrs.Factory(list)
    #: (shape, value) of the unlabelled items, in order
    plain: list[tuple[str, str]] = attrs.Factory(list)
    #: an article's number was read (its label and number: no item of ``plain``)
    article: bool = False

    def _is_day(self, j: int) -> bool:
        return self.toks[j][0] == "num" and self.toks[j][1].isdigit() and int(self.toks[j][1]) <= 31

    def word(self, i: int) -> int:
        """A month (its day is no locator) or a label (its value follows, or precedes)."""
        toks, n, plain = self.toks, len(self.toks), self.plain
        k = _kind(self.lex, toks[i][1])
        if k == "month":
            # "March 5, 2014", "6 February", "2018 Jan 9": the day is no locator
            last = plain[-1][1] if plain and plain[-1][0] == "num" else ""
            if last.isdigit() and int(last) <= 31 and i > 0 and toks[i - 1][1] == last:
                plain.pop()
            return i + 2 if i + 1 < n and self._is_day(i + 1) else i + 1
        if k == "art":
            # "Article 45": the article's number, no page; the two numbers before it are
            # the volume and the issue (ACM's "12, 3, Article 45 (May 2019)")
            j = i + 1
            while j < n and toks[j][0] == "sep" and toks[j][1] in ".:":
                j += 1
            if j < n and toks[j][0] == "num":
                self.article = True
                return j + 1
            return i + 1
        if k not in ("vol", "iss", "page"):
            return i + 1
        j = i + 1
        while j < n and toks[j][0] in ("sep", "deg") and toks[j][1] in ".:°º":
            j += 1
        if j < n and toks[j][0] == "num":
            val = toks[j][1]
            if j + 2 < n and toks[j + 1][1] == "/" and toks[j + 2][0] == "num":
                val = f"{val}/{toks[j + 2][1]}"  # "no. 25/26"
                j += 2
            self._label(k, val)
            return j + 1
        if j < n and k == "vol" and toks[j][0] == "word" and _ROMAN.match(toks[j][1]):
            self.volume = self.volume or toks[j][1]
            return j + 1
        # postfix label: "22. Jg." -> the previous number
        if k in ("vol", "iss") and plain and plain[-1][0] == "num":
            self._label(k, plain.pop()[1])
        elif k == "page" and plain and plain[-1][0] == "num" and toks[i - 1][0] == "num":
            # "10 pages", "345 S.", "240 с.": a page word after its number counts the work's
            # pages (ACM's "…, 10 pages."): no volume, issue or page
            plain.pop()
        return i + 1

    def _label(self, k: str, val: str) -> None:
        if k == "vol":
            self.volume = self.volume or val
        elif k == "iss":
            self.issue = self.issue or val
        else:
            self.pages = self.pages or val

    def bracket(self, i: int) -> int:
        """``(Suppl. 2)`` (skipped), ``(IX)``, ``(4)``, ``(2013)``, ``(7/8)``."""
        toks, n, plain = self.toks, len(self.toks), self.plain
        if i + 1 < n and toks[i + 1][0] == "word" and _kind(self.lex, toks[i + 1][1]) == "supp":
            j = i + 1
            while j < n and toks[j][0] != "close":
                j += 1
            return j + 1
        if i + 2 < n and toks[i + 2][0] == "close":
            kind, val = toks[i + 1][0], toks[i + 1][1]
            if kind == "word" and _ROMAN.match(val):
                plain.append(("paren", val))
                return i + 3
            if kind == "num":
                if _YEAR.match(val) and plain and (self.year is None or int(val) == self.year):
                    self.years.append(int(val))
                else:
                    plain.append(("paren", val))
                return i + 3
        if (
            i + 4 < n
            and toks[i + 1][0] == "num"
            and toks[i + 2][1] == "/"
            and toks[i + 3][0] == "num"
            and toks[i + 4][0] == "close"
        ):
            plain.append(("paren", f"{toks[i + 1][1]}/{toks[i + 3][1]}"))
            return i + 5
        return i + 1

    def number(self, i: int) -> int:
        """A number: ``7/8`` after ``33:``, a page before ``ff.``, the year, or a plain item."""
        toks, n, plain = self.toks, len(self.toks), self.plain
        value = toks[i][1]
        if (
            i + 2 < n
            and toks[i + 1][1] == "/"
            and toks[i + 2][0] == "num"
            and plain
            and plain[-1][0] == "num"
        ):
            plain.append(("slash", f"{value}/{toks[i + 2][1]}"))
            return i + 3
        if i + 1 < n and _kind(self.lex, toks[i + 1][1]) == "ff":
            plain.append(("num", value))
            return i + 2
        if (
            _YEAR.match(value)
            and not _RANGE.match(value)
            and (self.year is None or int(value) == self.year)
        ):
            nxt = toks[i + 1][1] if i + 1 < n else ""
            if (
                nxt == ";"
                or (i + 1 < n and _kind(self.lex, nxt) == "month")
                or (i > 0 and _kind(self.lex, toks[i - 1][1]) == "month")  # '(May 2019)'
                or not plain
                or i + 1 >= n
            ):
                self.years.append(int(value))
                return i + 1
        plain.append(("range" if _RANGE.match(value) else "num", value))
        return i + 1

    def tail(self) -> Tail:
        """The labelled values, completed by the unlabelled items by their shapes."""
        plain = self.plain
        volume, issue, pages = self.volume, self.issue, self.pages
        series: str | None = None
        # glued series letter: "D47" (an article number "CD010523" is not one)
        if (
            plain
            and plain[0][0] == "num"
            and plain[0][1][:1].isalpha()
            and not plain[0][1][:2].isalpha()
        ):
            series = plain[0][1][:1]
            plain[0] = ("num", plain[0][1][1:])
        shapes = [s for s, _ in plain]
        vals = [v for _, v in plain]
        if shapes:
            if self.article and volume is None and issue is None and shapes == ["num", "num"]:
                volume, issue = vals  # '12, 3, Article 45': a volume and its issue, no pages
            elif volume is None and issue is None and pages is None:
                volume, issue, pages = _by_shape(shapes, vals)
            else:
                rest = list(zip(shapes, vals, strict=True))
                if pages is None and rest and rest[-1][0] in ("range", "num") and (volume or issue):
                    pages = rest.pop()[1]
                if volume is None and rest and rest[0][0] == "num":
                    volume = rest.pop(0)[1]
                if issue is None and rest and rest[0][0] in ("paren", "slash"):
                    issue = rest.pop(0)[1]
        return Tail(volume, issue, pages, tuple(self.years), series)


def _by_shape(shapes: list[str], vals: list[str]) -> tuple[str | None, str | None, str | None]:
    s = tuple(shapes)
    if s == ("range",):
        return None, None, vals[0]
    if s == ("num",):
        return vals[0], None, None
    if s == ("num", "paren"):
        return vals[0], vals[1], None
    if s in (
        ("num", "paren", "range"),
        ("num", "paren", "num"),
        ("num", "slash", "range"),
        ("range", "paren", "range"),
    ):
        return vals[0], vals[1], vals[2]
    if s in (("num", "slash", "num"),):
        return vals[0], vals[1], vals[2]
    if s in (("num", "range"), ("num", "num")):
        return vals[0], None, vals[1]
    if s in (("num", "num", "range"), ("num", "num", "num")):
        return vals[0], vals[1], vals[2]
    if s == ("paren", "range") or s == ("paren", "num"):
        return None, vals[0], vals[1]
    if s == ("paren",):
        return None, vals[0], None
    # fall back: first number volume, a range pages
    volume = issue = pages = None
    for shape, val in zip(shapes, vals, strict=True):
        if shape == "range" and pages is None:
            pages = val
        elif shape == "num" and volume is None:
            volume = val
        elif shape in ("paren", "slash") and issue is None:
            issue = val
        elif shape == "num" and pages is None:
            pages = val
    return volume, issue, pages
