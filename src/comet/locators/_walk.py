"""Step 4 of reading a locator: unlabelled numbers get their fields by position.

One rule a function: a labelled field (:func:`_take_field`), a number in brackets
after the volume (:func:`_take_bracketed_issue`), a range (:func:`_take_range`), a
``a/b`` pair (:func:`_take_double`) and a single number (:func:`_take_number`).
"""

from __future__ import annotations

import attrs

from comet.dates import PartialDate
from comet.locators._items import _Acc, _is_year, _Item
from comet.locators._tokens import _E_NUMBER_RE, _diag, _roman, _Tok
from comet.locators.pages import _make_pages
from comet.locators.records import PageRange

_NUMERIC = ("num", "range", "double")


def _article_like(s: str) -> bool:
    return _E_NUMBER_RE.match(s) is not None or (len(s) >= 3 and s.isdigit() and s[0] == "0")


@attrs.define
class _Walk:
    """The state of one walk over the items of a locator."""

    text: str
    toks: list[_Tok]
    items: list[_Item]
    acc: _Acc
    #: later_num[k]: an unbracketed number follows item k
    later_num: list[bool]
    #: later_any[k]: a number or pages follow item k
    later_any: list[bool]
    last_field: str | None = None

    def extra(self, it: _Item, raw: str) -> None:
        self.acc.diags.append(
            _diag("locator-extra", f"extra number {raw!r} ignored", it.start, it.end, "warning")
        )

    def positional(self, it: _Item, msg: str) -> None:
        self.acc.diags.append(_diag("locator-positional", msg, it.start, it.end))


def _lookahead(toks: list[_Tok], items: list[_Item]) -> tuple[list[bool], list[bool]]:
    later_num = [False] * (len(items) + 1)
    later_any = [False] * (len(items) + 1)
    for k in range(len(items) - 1, -1, -1):
        x = items[k]
        later_num[k] = later_num[k + 1] or (x.kind in _NUMERIC and not _in_paren(toks, x))
        later_any[k] = later_any[k + 1] or x.kind in _NUMERIC or x.key in ("pages", "count")
    return later_num, later_any


def _walk(text: str, toks: list[_Tok], items: list[_Item], acc: _Acc) -> None:
    """Give unlabelled numbers their fields by position (step 4)."""
    w = _Walk(text, toks, items, acc, *_lookahead(toks, items))
    ignored: list[_Item] = []
    for k, it in enumerate(items):
        prev = toks[it.first - 1] if it.first > 0 else None
        in_paren = prev is not None and prev.kind == "open"
        sep = prev.text if prev is not None and prev.kind == "punct" else None
        if it.kind == "word":
            if not _roman_volume(w, k, it):
                ignored.append(it)
            continue
        if it.kind == "date":
            acc.dates.append(it.value)
            continue
        if it.kind == "field":
            _take_field(w, it)
            continue
        raw = text[it.start : it.end]
        if it.kind == "num" and _zero(raw) and not acc.numbers and not acc.fields:
            # '0[0D', 'v0.3.0': a first number worth nothing is no volume (volumes count
            # from one), and the numbers after it are no locator's by position either
            acc.unplaced = True
        if acc.unplaced:  # ('4 volumes, 1255 f°': after a count of volumes, an extent's counts)
            w.extra(it, raw)
            continue
        acc.numbers += 1
        f = acc.fields
        if in_paren and it.kind in _NUMERIC and "issue" not in f and "volume" in f:
            if not _take_bracketed_issue(w, it, raw):
                continue
        elif it.kind == "range":
            _take_range(w, k, it, raw)
        elif it.kind == "double":
            _take_double(w, it, raw)
        else:
            _take_number(w, k, it, raw, sep, in_paren=in_paren)
        if acc.numbers >= 2 and (sep == ":" or acc.pages is not None or "issue" in f):
            acc.strong = True
    for lo, hi in _merge_runs(ignored, toks):
        acc.diags.append(
            _diag("locator-ignored-text", f"ignored {text[lo:hi]!r}", lo, hi, "warning")
        )


#: the largest roman numeral read by position as a volume (``D``, ``M`` and what holds them,
#: ``MD``, ``DC``, ``CD``, are words far more often than volumes)
ROMAN_VOLUME_MAX = 399


def roman_opens(toks: list[_Tok], items: list[_Item], k: int) -> bool:
    """``XXI, 2, 1998, págs. 33-50``, ``xii (3), 45-67``: item ``k`` is a roman numeral of
    two letters or more (up to :data:`ROMAN_VOLUME_MAX`), a number after it past a comma
    or in brackets, and pages later on: the volume of a journal that numbers its volumes
    in roman (the number after it then reads as the issue)."""
    it = items[k]
    if it.kind != "word" or it.first != it.last or k + 1 >= len(items):
        return False
    text = toks[it.first].text
    value = _roman(text)
    if value is None or len(text.rstrip(".")) < 2 or value > ROMAN_VOLUME_MAX:
        return False
    nxt = items[k + 1]
    if nxt.kind != "num" or nxt.first != it.last + 2 or toks[it.last + 1].text not in (",", "("):
        return False
    return any(x.kind == "range" or x.key == "pages" for x in items[k + 2 :])


def _roman_volume(w: _Walk, k: int, it: _Item) -> bool:
    """A roman volume (:func:`roman_opens`) before any number: read; ``True`` when read."""
    acc = w.acc
    if acc.numbers or acc.fields or acc.pages is not None or not roman_opens(w.toks, w.items, k):
        return False
    text = w.toks[it.first].text.rstrip(".")
    acc.put("volume", text, it.start, it.end)
    acc.numbers += 1
    w.positional(it, f"{text!r} before the issue read as a roman volume")
    w.last_field = "volume"
    return True


def _zero(raw: str) -> bool:
    """A bare number whose digits are all zeros (``0``, ``00``, ``0D``): volumes are counted
    from one, so such a number read by position is no volume (a labelled ``Vol. 0`` is read
    as printed)."""
    digits = [c for c in raw if c.isdecimal()]
    return bool(digits) and all(c == "0" for c in digits)


def _take_field(w: _Walk, it: _Item) -> None:
    """A labelled field (bound in step 2): pages, a page count or any other key."""
    acc = w.acc
    acc.strong = True
    if it.key == "pages":
        acc.put_pages(it.value, it.start, it.end, labelled=True)
    elif it.key == "count":
        if acc.pages is None:
            acc.pages = PageRange(None, None, it.value, raw=w.text[it.start : it.end])
        elif acc.pages.count is None:
            acc.pages = attrs.evolve(acc.pages, count=it.value)
    else:
        acc.put(str(it.key), str(it.value), it.start, it.end, labelled=True)
    w.last_field = it.key


def _take_bracketed_issue(w: _Walk, it: _Item, raw: str) -> bool:
    """``V(I)``: a number in brackets after the volume is the issue (a year range is a date).

    ``False`` when the item was read as a date (no strength check after it).
    """
    acc, toks = w.acc, w.toks
    if it.kind == "range" and _is_year(toks[it.first]) and _is_year(toks[it.last]):
        acc.dates.append(PartialDate(int(toks[it.first].text), raw=raw))
        acc.diags.append(
            _diag("locator-date-range", "a range of years: kept the first", it.start, it.end)
        )
        return False
    acc.put("issue", raw, it.start, it.end)
    acc.strong = True
    w.last_field = "issue"
    return True


def _take_range(w: _Walk, k: int, it: _Item, raw: str) -> None:
    """``a-b``: a volume range before ``:``, else pages, else a descending volume-issue pair."""
    acc, toks, f = w.acc, w.toks, w.acc.fields
    nxt = w.items[k + 1] if k + 1 < len(w.items) else None
    nsep = toks[nxt.first - 1].text if nxt is not None and nxt.first > 0 else None
    if "volume" not in f and nxt is not None and nxt.kind in _NUMERIC and nsep == ":":
        acc.put("volume", raw, it.start, it.end)
        w.last_field = "volume"
        return
    if acc.pages is not None:
        w.extra(it, raw)
        return
    res = _make_pages(w.text, toks[it.first], toks[it.last], raw)
    if res.value is not None:
        acc.diags.extend(res.diags)
        acc.put_pages(res.value, it.start, it.end)
        acc.strong = True
        w.last_field = "pages"
    elif "volume" not in f and w.later_any[k + 1]:
        # "45-3, 2001, p. 658-677": a descending pair before the pages is volume-issue
        acc.put("volume", toks[it.first].text, it.start, it.end)
        acc.put("issue", toks[it.last].text, it.start, it.end)
        w.positional(it, f"{raw!r} read as volume-issue")
        w.last_field = "issue"
    else:
        msg = res.error[0] if res.error else "bad pages"
        acc.diags.append(_diag("locator-pages-dropped", msg, it.start, it.end, "warning"))


def _take_double(w: _Walk, it: _Item, raw: str) -> None:
    """``a/b``: an issue and its year (``Heft 4/1973``; a double issue's ``7-8/2023``), else a
    double volume or issue."""
    acc, f = w.acc, w.acc.fields
    key = "issue" if "volume" in f else "volume"
    a, b = w.toks[it.first], w.toks[it.last]
    if _is_year(b) and not _is_year(a) and "issue" not in f:
        issue = raw.rpartition("/")[0] or a.text  # 'a' of 'a/YYYY', 'a-b' of 'a-b/YYYY'
        acc.put("issue", issue, a.start, a.start + len(issue))
        acc.dates.append(PartialDate(int(b.text), raw=b.text))
        w.positional(it, f"{raw!r} read as issue/year")
        acc.strong = True
        w.last_field = "issue"
    elif key in f:
        w.extra(it, raw)
    else:
        acc.put(key, raw, it.start, it.end)
        acc.strong = acc.strong or key == "issue"
        w.last_field = key


def _take_number(w: _Walk, k: int, it: _Item, raw: str, sep: str | None, *, in_paren: bool) -> None:
    """A single number: the volume, the issue between volume and pages, or the pages."""
    acc, f = w.acc, w.acc.fields
    free = acc.pages is None and "article_number" not in f
    if free and "volume" in f and "issue" in f and _year_before_pages(w, k, it):
        # 'Vol 3(1) 2005: 35-40': the year between the issue and the pages after its colon
        acc.dates.append(PartialDate(int(raw), raw=raw))
        w.positional(it, f"{raw!r} before ':' and the pages read as the year")
        return
    if in_paren and "volume" not in f and "issue" not in f and _after_year_semicolon(w, it):
        # 'Marsh Lett. 2020;(3):45-67': Vancouver's issue of a journal with no volume
        acc.put("issue", raw, it.start, it.end)
        w.positional(it, f"{raw!r} in brackets after the year's ';' read as the issue")
        w.last_field = "issue"
    elif in_paren and "volume" not in f and "issue" not in f:
        acc.put("volume", raw, it.start, it.end)
        w.positional(it, f"{raw!r} in brackets read as the volume")
        w.last_field = "volume"
    elif "volume" not in f and free and not _article_like(raw):
        acc.put("volume", raw, it.start, it.end)
        w.last_field = "volume"
    elif (
        "issue" not in f
        and free
        and (w.later_num[k + 1] or _labelled_after(w, k))
        and w.last_field == "volume"
        and sep in (":", ",", ".", None)
        and not _article_like(raw)
    ):
        acc.put("issue", raw, it.start, it.end)
        w.positional(it, f"{raw!r} between volume and pages read as the issue")
        w.last_field = "issue"
    elif free:
        if _article_like(raw):
            acc.put("article_number", raw, it.start, it.end)
            w.last_field = "article_number"
        else:
            acc.put_pages(PageRange(raw, raw=raw), it.start, it.end)
            w.last_field = "pages"
        if acc.numbers >= 2 or sep == ":" or _E_NUMBER_RE.match(raw):
            acc.strong = True
    else:
        w.extra(it, raw)


#: the labelled fields after which a number between the volume and them is the issue
#: (labelled pages have their own reading: comet.locators._items)
_AFTER_ISSUE = frozenset({"article_number", "count"})


def _labelled_after(w: _Walk, k: int) -> bool:
    """A labelled article number or page count follows item ``k`` (ACM's ``12, 3, Article
    45 (May 2019), 23 pages``: the number between the volume and the article's number is
    the issue, as between the volume and the pages)."""
    return any(x.kind == "field" and x.key in _AFTER_ISSUE for x in w.items[k + 1 :])


def _year_before_pages(w: _Walk, k: int, it: _Item) -> bool:
    """A year right before a colon and the pages after it (``3(1) 2005: 35-40``)."""
    toks = w.toks
    return (
        it.first == it.last
        and _is_year(toks[it.first])
        and it.last + 1 < len(toks)
        and toks[it.last + 1].text == ":"
        and k + 1 < len(w.items)
        and w.items[k + 1].kind == "range"
    )


def _after_year_semicolon(w: _Walk, it: _Item) -> bool:
    """The bracket opens right after a year and its semicolon (``2020;(3)``, ``2020; (3)``)."""
    toks, k = w.toks, it.first - 2
    while k >= 0 and toks[k].kind == "space":
        k -= 1
    if k < 1 or toks[k].text != ";":
        return False
    k -= 1
    while k >= 0 and toks[k].kind == "space":
        k -= 1
    return k >= 0 and _is_year(toks[k])


def _in_paren(toks: list[_Tok], it: _Item) -> bool:
    return it.first > 0 and toks[it.first - 1].kind == "open"


def _merge_runs(items: list[_Item], toks: list[_Tok]) -> list[tuple[int, int]]:
    """Join ignored words that follow each other into one span each."""
    spans: list[tuple[int, int]] = []
    last_idx = -2
    for it in items:
        if spans and it.first <= last_idx + 2:
            spans[-1] = (spans[-1][0], it.end)
        else:
            spans.append((it.start, it.end))
        last_idx = it.last
    return spans
