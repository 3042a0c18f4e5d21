"""Steps 1–3 of reading a locator: dates, labels with their values, ranges and bare numbers."""

from __future__ import annotations

import re
from typing import Any

import attrs

from comet.dates import PartialDate
from comet.diagnostics import Diagnostic
from comet.locales import LocaleRules
from comet.locators._counts import skip_volume_counts
from comet.locators._dates import _find_dates, _read_date, _season_years, _year_part
from comet.locators._tokens import (
    _COUNTER_SCRIPT,
    _LABEL_SKIP,
    _PAGE_KEYS,
    _PREV_KEYS,
    _YEAR_RE,
    _diag,
    _glued,
    _roman,
    _Tok,
)
from comet.locators.pages import _make_pages, _read_page_value, _value_text
from comet.locators.records import PageRange


@attrs.define
class _Item:
    kind: str  # field | date | num | range | double | word
    start: int
    end: int
    first: int  # token index range
    last: int
    key: str | None = None
    value: Any = None


@attrs.define
class _Acc:
    """Accumulates a locator while walking the items."""

    text: str
    fields: dict[str, str] = attrs.Factory(dict)
    guessed: set[str] = attrs.Factory(set)
    pages: PageRange | None = None
    pages_guessed: bool = False
    pages_end: int = 0  # where the pages read stop in the text
    dates: list[PartialDate] = attrs.Factory(list)
    diags: list[Diagnostic] = attrs.Factory(list)
    strong: bool = False
    numbers: int = 0
    #: no number is read by position: a count of volumes was read ('4 volumes, 1255 f°': an
    #: extent's numbers follow), or the first number is worth nothing ('0[0D', 'v0.3.0')
    unplaced: bool = False

    def put(self, key: str, value: str, start: int, end: int, *, labelled: bool = False) -> None:
        old = self.fields.get(key)
        if old is None:
            self.fields[key] = value
            if not labelled:
                self.guessed.add(key)
        elif labelled and key in self.guessed and old != value:
            self.fields[key] = value
            self.guessed.discard(key)
            self.diags.append(
                _diag(
                    "locator-conflict",
                    f"labelled {key} {value!r} replaces {old!r} read by position",
                    start,
                    end,
                    "warning",
                )
            )
        elif old != value:
            self.diags.append(
                _diag(
                    "locator-conflict",
                    f"second {key} {value!r} differs from {old!r}: kept the first",
                    start,
                    end,
                    "warning",
                )
            )

    def put_pages(self, value: PageRange, start: int, end: int, *, labelled: bool = False) -> None:
        if self.pages is None:
            self.pages = value
            self.pages_guessed = not labelled
            self.pages_end = end
        elif labelled and self.pages_guessed and self.pages != value:
            old = self.pages
            if _issue_by_position(self, old, value):
                # '12:3, s. 45-67', '12 (2019), 3, S. 45-67': the number read by position
                # after the volume, before labelled pages, is the issue
                self.fields["issue"] = str(old.first)
                self.guessed.add("issue")
                self.diags.append(
                    _diag(
                        "locator-positional",
                        f"{old.first} after the volume, before labelled pages, read as the issue",
                        start,
                        end,
                    )
                )
            else:
                self.diags.append(
                    _diag(
                        "locator-conflict",
                        f"labelled pages {value} replace {old} read by position",
                        start,
                        end,
                        "warning",
                    )
                )
            self.pages, self.pages_guessed = value, False
        elif self.pages != value:
            self.diags.append(
                _diag(
                    "locator-conflict",
                    f"second pages {value} differ from {self.pages}: kept the first",
                    start,
                    end,
                    "warning",
                )
            )


#: digits of an issue number read by position at most
POSITIONAL_ISSUE_DIGITS = 3


def _issue_by_position(acc: _Acc, old: PageRange, value: PageRange) -> bool:
    """A single number read by position as a page, after a volume and before labelled pages
    that differ from it, alone between separators, with no issue read yet: the issue
    (``12:3, s. 45-67``; not ``12 (2019), 2. Aufl., S. 45-67``, an edition)."""
    first = old.first or ""
    return (
        old.last is None
        and first.isdigit()
        and len(first) <= POSITIONAL_ISSUE_DIGITS
        and first != value.first
        and "volume" in acc.fields
        and "issue" not in acc.fields
        and _SEPARATOR_NEXT.match(acc.text, acc.pages_end) is not None
    )


#: a comma or a semicolon right after a number: it stands alone between separators (``12:3,
#: s. 45-67``), not a count with its word (``2. Aufl.,``, ``3 Abb.,``, ``3 figures,``)
_SEPARATOR_NEXT = re.compile(r"\s*[,;]")


def _skip_identifiers(toks: list[_Tok]) -> None:
    """Turn identifier labels (``ISBN``, ``PMID``, ``arXiv``) and their values into skipped text."""
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.kind != "label" or tok.key != "identifier":
            continue
        tok.kind = "skip"
        j = i + 1
        while j < n and toks[j].kind == "punct" and toks[j].text in _LABEL_SKIP:
            j += 1
        if j < n and toks[j].kind in ("num", "word", "dash", "punct"):
            toks[j].kind = "skip"
            while j + 1 < n and (
                _glued(toks[j], toks[j + 1])
                or (toks[j + 1].kind == "dash" and j + 2 < n and toks[j + 2].kind == "num")
                or (toks[j].kind == "dash" and toks[j + 1].kind == "num")
            ):
                j += 1
                toks[j].kind = "skip"


def _label_value_ok(label: _Tok, toks: list[_Tok], j: int, opened: bool) -> bool:
    """Guard against initials read as labels: ``Alves, H. (2013)``, ``Smith, P. I.``.

    A lone year is never the value of a one-letter label (``H.``, ``S.``, ``p.``) or
    of a label followed by a bracket; a one-letter roman numeral is never the value
    of a one-letter label.
    """
    v = toks[j]
    short = len(label.text.rstrip(".")) <= 1
    ranged = j + 2 < len(toks) and toks[j + 1].kind == "dash" and toks[j + 2].kind == "num"
    if _is_year(v) and not ranged and (short or opened):
        return False
    return not (short and v.kind == "word" and len(v.text.rstrip(".")) <= 1)


def _bind_labels(text: str, toks: list[_Tok], acc: _Acc) -> dict[int, _Item]:
    """Give each label its value (step 2); return the label items by token index."""
    items: dict[int, _Item] = {}
    number_first = False  # a word of the run took the ordinal before it: the run's order
    for i, tok in enumerate(toks):
        if tok.kind != "label" or tok.used:
            continue
        tok.used = True
        if tok.key == "special_issue":
            continue  # 'Vol. 24. Especial. Núm. 57': a mark between the parts, no value
        if tok.key == "serial_number":
            # 'Issue 3 - Serial Number 45', 'شماره 3 - شماره پیاپی 45': the issue's running
            # number over all volumes, read past with its number (no volume, issue or page)
            j = _value_start(toks, i)
            if j < len(toks) and toks[j].kind == "num":
                toks[j].used = True
            continue
        first = (
            _ordinal_first(toks, i)
            or (number_first and _ordinal_before(toks, i))
            or _counter_after(toks, i)
        )
        handled, item = False, _value_before(toks, i, acc) if first else None
        number_first = number_first or item is not None
        if item is None:
            handled, item = _value_after(text, toks, i, _value_start(toks, i), acc)
        if not handled and item is None:
            item = _value_before(toks, i, acc)
        if item is None and not handled and tok.key == "supplement":
            item = _Item("field", tok.start, tok.end, i, i, tok.key, tok.text)
        if item is None and not handled and tok.key == "issue":
            item = _named_issue(text, toks, i)
        if item is not None:
            items[i] = item
            year = _issue_year(toks, item)
            if year is not None:  # 'Heft 3/2015': the issue, then its year
                items[i], items[item.last] = year
        elif not handled:
            acc.diags.append(
                _diag(
                    "locator-dangling-label", f"label {tok.text!r} has no value", tok.start, tok.end
                )
            )
    return items


def _issue_year(toks: list[_Tok], item: _Item) -> tuple[_Item, _Item] | None:
    """``Heft 3/2015``, ``Číslo 1/2013``, ``nr 2/2011``: an issue word's value of a short
    number and a year glued by a slash is the issue and the year it came out in, as
    journals numbered within the year print them (``8/9``, a double issue, stays whole; so
    does an unlabelled ``4/1973``, read as such by the walk): the issue item and the date
    item, or ``None``."""
    k = item.last
    if item.key != "issue" or k < 2 or toks[k - 1].text != "/" or item.first > k - 2:
        return None
    num, year = toks[k - 2], toks[k]
    if num.kind != "num" or not num.text.isdecimal() or len(num.text) > 3:
        return None
    if not _is_year(year) or _is_year(num) or item.value != f"{num.text}/{year.text}":
        return None
    issue = attrs.evolve(item, end=num.end, last=k - 2, value=num.text)
    when = PartialDate(int(year.text), raw=year.text)
    return issue, _Item("date", year.start, year.end, k, k, value=when)


#: words before the issue word of a named issue at most (``(Web Server issue)``)
NAMED_ISSUE_WORDS = 3


def _named_issue(text: str, toks: list[_Tok], i: int) -> _Item | None:
    """``41(Database issue)``, ``12 (Special Issue)``: an issue named by capitalised words
    before the issue word, alone in brackets after the volume, as the issue (the words and
    the issue word)."""
    if i + 1 >= len(toks) or toks[i + 1].kind != "close":
        return None
    k = i - 1
    while k >= 0 and i - k <= NAMED_ISSUE_WORDS and toks[k].kind == "word" and not toks[k].used:
        k -= 1
    first = k + 1
    if first == i or k < 1 or toks[k].kind != "open" or not toks[first].text[:1].isupper():
        return None
    if toks[k - 1].kind != "num":
        return None  # after a volume only: 'Title (Special Issue)' names no issue
    for tok in toks[first:i]:
        tok.used = True
    value = " ".join(text[toks[first].start : toks[i].end].split())
    return _Item("field", toks[first].start, toks[i].end, first, i, "issue", value)


def _value_start(toks: list[_Tok], i: int) -> int:
    """The token index of the value of the label ``toks[i]`` (``len(toks)``: none)."""
    n = len(toks)
    j = i + 1
    opened = False
    while j < n and (
        (toks[j].kind == "punct" and toks[j].text in _LABEL_SKIP)
        or (toks[j].kind == "open" and toks[j].text in "{(")
        or toks[j].kind == "quote"
        or (toks[j].kind == "label" and toks[j].key == "special_issue")  # 'Núm. especial 3'
    ):
        opened = opened or toks[j].text == "("
        j += 1
    if j < n and not _label_value_ok(toks[i], toks, j, opened):
        return n
    return j


#: labels whose value is a number, never a range ending in a year (``numéro 1 – 2019``)
_NUMBER_KEYS = frozenset({"volume", "issue"})


def _value_after(
    text: str, toks: list[_Tok], i: int, j: int, acc: _Acc
) -> tuple[bool, _Item | None]:
    """The value after a label: ``(handled, item)``; not handled means look before it."""
    tok, n = toks[i], len(toks)
    key = tok.key or ""
    if key in _PAGE_KEYS:
        value = _read_page_value(toks, j)
        if value is None:
            return False, None
        fi, li, nxt = value
        res = _make_pages(text, toks[fi], toks[li] if li is not None else None, "")
        end = toks[nxt - 1].end
        for k in range(fi, nxt):
            toks[k].used = True
        acc.diags.extend(res.diags)
        if res.value is None:
            msg = res.error[0] if res.error else "bad pages"
            acc.diags.append(_diag("locator-pages-dropped", msg, tok.start, end, "warning"))
            return True, None
        pages = attrs.evolve(res.value, raw=text[toks[fi].start : end])
        return True, _Item("field", tok.start, end, i, nxt - 1, "pages", pages)
    if key == "page_count":
        if j < n and toks[j].kind == "num" and toks[j].text.isdecimal() and not toks[j].used:
            toks[j].used = True
            return True, _Item("field", tok.start, toks[j].end, i, j, "count", int(toks[j].text))
        return False, None
    if key == "following" or j >= n or toks[j].used:
        return False, None
    if key == "year":  # 'Año 2023': the work's year (the tokenizer saw the year after it)
        if not _is_year(toks[j]):
            return False, None
        toks[j].used = True
        year = PartialDate(int(toks[j].text), raw=toks[j].text)
        return True, _Item("date", tok.start, toks[j].end, i, j, value=year)
    v = toks[j]
    ok = v.kind == "num" or (v.kind == "word" and _roman(v.text) is not None)
    ok = ok or (key == "part" and v.kind == "word" and len(v.text) == 1 and v.text.isupper())
    if not ok:
        return False, None
    end_idx = j
    if (
        j + 2 < n
        and toks[j + 1].kind == "dash"
        and toks[j + 2].kind == "num"
        and v.kind == "num"
        and not toks[j + 2].used
        # 'numéro 1 – 2019', 'Nr 4-2018': an issue and its year, no range of issues
        and not (key in _NUMBER_KEYS and _is_year(toks[j + 2]) and not _is_year(v))
    ) or (
        j + 2 < n
        and toks[j + 1].text == "/"
        and toks[j + 2].kind == "num"
        and _glued(v, toks[j + 1])
        and _glued(toks[j + 1], toks[j + 2])
    ):
        end_idx = j + 2
    for k in range(j, end_idx + 1):
        toks[k].used = True
    value_text = text[v.start : toks[end_idx].end] if end_idx != j else _value_text(v)
    return True, _Item("field", tok.start, toks[end_idx].end, i, end_idx, key, value_text)


def _counter_after(toks: list[_Tok], i: int) -> bool:
    """``24巻``, ``第1期``, ``26권``, ``73-89页``: a locator word of a script that glues its
    counters (Han, kana, Hangul) to the unused number before it takes that number, as those
    languages write a count (the number, then its counter); apart by a space it does so only
    with no number after it (``巻 12 号 1``, as J-STAGE prints them, are labels)."""
    p = i - 1
    if p < 0 or toks[p].kind != "num" or toks[p].used:
        return False
    if _COUNTER_SCRIPT.match(toks[i].text) is None:
        return False
    return _glued(toks[p], toks[i]) or i + 1 >= len(toks) or toks[i + 1].kind != "num"


def _ordinal_before(toks: list[_Tok], i: int) -> bool:
    """An unused ordinal that is no year (a number with its stop glued) right before the
    locator word ``toks[i]`` (``3. sz.``)."""
    p = i - 1
    return (
        p >= 1
        and toks[p].text == "."
        and toks[p - 1].kind == "num"
        and not toks[p - 1].used
        and not _is_year(toks[p - 1])
        and _glued(toks[p - 1], toks[p])
    )


def _ordinal_first(toks: list[_Tok], i: int) -> bool:
    """``12. évf. 3. sz.``: a locator word between two ordinals (a number with its stop glued,
    or a range, ``3. sz. 45–67. o.``), the one after it the next word's, takes the one before
    it, as languages that print the number first write them (Hungarian's ``évfolyam``,
    ``szám``), and so does every later word of the run with an ordinal before it (``68. évf.
    3. sz. 301-320.``: the range is no issue); ``Jg. 12. H. 3`` keeps its order (the ordinal
    before ``H.`` is ``Jg.``'s already)."""
    n = len(toks)
    if not _ordinal_before(toks, i):
        return False  # ('Вестник. 2020. № 3. С. 45': a year before, GOST's order)
    j = _value_start(toks, i)
    if j + 2 < n and toks[j].kind == "num" and toks[j + 1].kind == "dash":
        j += 2  # '3. sz. 45–67. o.': the next word's range
    return (
        j + 2 < n
        and toks[j].kind == "num"
        and toks[j + 1].text == "."
        and _glued(toks[j], toks[j + 1])
        and toks[j + 2].kind == "label"
    )


def _value_before(toks: list[_Tok], i: int, acc: _Acc) -> _Item | None:
    """A number right before a label that has no value after it (``22. Jg.``, ``12 pp.``)."""
    tok = toks[i]
    key = tok.key or ""
    p = i - 1
    if p >= 1 and toks[p].kind == "punct" and toks[p].text == "." and _glued(toks[p - 1], toks[p]):
        p -= 1
    if p < 0 or toks[p].kind != "num" or toks[p].used or key not in _PREV_KEYS:
        return None
    prev = toks[p]
    if key in _PAGE_KEYS:
        if p >= 2 and toks[p - 1].kind == "dash" and toks[p - 2].kind == "num":
            first = toks[p - 2]
            res = _make_pages(acc.text, first, prev, "")
            if not first.used and res.value is not None and res.value.last is not None:
                # '45–67. o.': a range before its pages word (number-first languages)
                first.used = toks[p - 1].used = prev.used = True
                pages = attrs.evolve(res.value, raw=acc.text[first.start : prev.end])
                return _Item("field", first.start, tok.end, p - 2, i, "pages", pages)
        if prev.text.isdecimal():
            prev.used = True
            return _Item("field", prev.start, tok.end, p, i, "count", int(prev.text))
        return None
    if key in _NUMBER_KEYS and p >= 2 and toks[p - 1].kind == "dash" and toks[p - 2].kind == "num":
        first = toks[p - 2]
        if (
            not first.used
            and not _is_year(first)
            and _glued(first, toks[p - 1])
            and _glued(toks[p - 1], prev)
        ):
            # '1-2. sz.': a double issue before its word
            first.used = toks[p - 1].used = prev.used = True
            value = acc.text[first.start : prev.end]
            return _Item("field", first.start, tok.end, p - 2, i, key, value)
    prev.used = True
    if key == "following":
        acc.diags.append(
            _diag("pages-following", "'and following pages' noted, not kept", tok.start, tok.end)
        )
        pages = PageRange(prev.text, raw=prev.text)
        return _Item("field", prev.start, tok.end, p, i, "pages", pages)
    return _Item("field", prev.start, tok.end, p, i, key, prev.text)


def _is_year(tok: _Tok) -> bool:
    return tok.kind == "num" and _YEAR_RE.match(tok.text) is not None


def _double_issue_year(toks: list[_Tok], i: int, j: int, seps: list[str]) -> bool:
    """``a-b/YYYY`` glued (``7-8/2023``, ``11-12/1998``): a double issue (two short numbers,
    the second the next) and its year, as journals numbered by issue print them; any other
    chain of numbers stays a date or an identifier."""
    if seps != ["-", "/"] or not all(_glued(toks[k], toks[k + 1]) for k in range(i, j)):
        return False
    a, b = toks[i].text, toks[i + 2].text
    return (
        a.isdecimal()
        and b.isdecimal()
        and len(a) <= 2
        and len(b) <= 2
        and int(b) == int(a) + 1
        and _is_year(toks[j])
    )


def _collect_items(
    text: str, toks: list[_Tok], acc: _Acc, locales: tuple[LocaleRules, ...]
) -> list[_Item]:
    """Dates, labels, ranges and bare numbers, in text order (steps 1–3)."""
    read = _read_date(locales)
    _skip_identifiers(toks)
    acc.unplaced = skip_volume_counts(text, toks, acc.diags, locales)  # '4 volumes': an extent
    by_index: dict[int, _Item] = {}
    for s, e, value, diags in _find_dates(text, toks, read, _year_part(locales)):
        acc.diags.extend(diags)
        by_index[s] = _Item("date", toks[s].start, toks[e].end, s, e, value=value)
    by_index.update(_bind_labels(text, toks, acc))
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if tok.used or tok.kind != "num":
            i += 1
            continue
        # identifiers glued with a dash to a word (jpa-00235190) are not locators
        if (
            i >= 2
            and toks[i - 1].kind == "dash"
            and toks[i - 2].kind == "word"
            and _glued(toks[i - 2], toks[i - 1])
            and _glued(toks[i - 1], tok)
        ):
            tok.used = True
            i += 1
            continue
        # chains: a-b-c or a/b/c are dates or identifiers
        j = i
        seps: list[str] = []
        while (
            j + 2 < n
            and (toks[j + 1].kind == "dash" or toks[j + 1].text == "/")
            and toks[j + 2].kind == "num"
            and not toks[j + 2].used
        ):
            seps.append("/" if toks[j + 1].text == "/" else "-")
            j += 2
        if _double_issue_year(toks, i, j, seps):  # '7-8/2023': a double issue, its year
            by_index[i] = _Item(
                "double", tok.start, toks[j].end, i, j, value=text[tok.start : toks[j].end]
            )
            for k in range(i, j + 1):
                toks[k].used = True
            i = j + 1
            continue
        if len(seps) >= 2:
            chain_date = read(text[tok.start : toks[j].end]) if _is_year(tok) else None
            if chain_date is not None:
                by_index[i] = _Item("date", tok.start, toks[j].end, i, j, value=chain_date)
            for k in range(i, j + 1):
                toks[k].used = True
            i = j + 1
            continue
        if seps == ["-"]:
            by_index[i] = _Item("range", tok.start, toks[j].end, i, j)
            tok.used = toks[j].used = True
            i = j + 1
            continue
        if seps == ["/"] and _glued(tok, toks[i + 1]) and _glued(toks[i + 1], toks[j]):
            if _season_years(tok, toks[j]):  # '2019/20': a season's or academic year's
                acc.diags.append(
                    _diag(
                        "locator-date-range",
                        "a season's years: kept the first",
                        tok.start,
                        toks[j].end,
                    )
                )
                value = PartialDate(int(tok.text), raw=text[tok.start : toks[j].end])
                by_index[i] = _Item("date", tok.start, toks[j].end, i, j, value=value)
                tok.used = toks[i + 1].used = toks[j].used = True
                i = j + 1
                continue
            by_index[i] = _Item(
                "double", tok.start, toks[j].end, i, j, value=text[tok.start : toks[j].end]
            )
            tok.used = toks[j].used = True
            i = j + 1
            continue
        tok.used = True
        volume_year = (  # "Berlin, 1941: 98-134": a year-like volume before the pages
            i + 4 < n
            and toks[i + 1].text == ":"
            and toks[i + 2].kind == "num"
            and toks[i + 3].kind == "dash"
            and toks[i + 4].kind == "num"
        )
        if _is_year(tok) and not volume_year:
            by_index[i] = _Item(
                "date", tok.start, tok.end, i, i, value=PartialDate(int(tok.text), raw=tok.text)
            )
        else:
            by_index[i] = _Item("num", tok.start, tok.end, i, i, value=tok.text)
        i += 1
    for i, tok in enumerate(toks):
        if tok.kind == "word" and not tok.used:
            by_index[i] = _Item("word", tok.start, tok.end, i, i)
    return [by_index[k] for k in sorted(by_index)]
