"""Step 4 of reading a locator: unlabelled numbers get their fields by position."""

from __future__ import annotations

import attrs

from comet.dates import PartialDate
from comet.locators._items import _Acc, _is_year, _Item
from comet.locators._tokens import _E_NUMBER_RE, _diag, _Tok
from comet.locators.pages import _make_pages
from comet.locators.records import PageRange


def _article_like(s: str) -> bool:
    return _E_NUMBER_RE.match(s) is not None or (len(s) >= 3 and s.isdigit() and s[0] == "0")


def _walk(text: str, toks: list[_Tok], items: list[_Item], acc: _Acc) -> None:
    """Give unlabelled numbers their fields by position (step 4)."""
    last_field: str | None = None
    numeric = ("num", "range", "double")
    ignored: list[_Item] = []
    # later_num[k]: an unbracketed number follows item k; later_any[k]: a number or pages do
    later_num = [False] * (len(items) + 1)
    later_any = [False] * (len(items) + 1)
    for k in range(len(items) - 1, -1, -1):
        x = items[k]
        later_num[k] = later_num[k + 1] or (x.kind in numeric and not _in_paren(toks, x))
        later_any[k] = later_any[k + 1] or x.kind in numeric or x.key in ("pages", "count")
    for k, it in enumerate(items):
        prev = toks[it.first - 1] if it.first > 0 else None
        in_paren = prev is not None and prev.kind == "open"
        sep = prev.text if prev is not None and prev.kind == "punct" else None
        if it.kind == "word":
            ignored.append(it)
            continue
        if it.kind == "date":
            acc.dates.append(it.value)
            continue
        if it.kind == "field":
            acc.strong = True
            if it.key == "pages":
                acc.put_pages(it.value, it.start, it.end, labelled=True)
            elif it.key == "count":
                if acc.pages is None:
                    acc.pages = PageRange(None, None, it.value, raw=text[it.start : it.end])
                elif acc.pages.count is None:
                    acc.pages = attrs.evolve(acc.pages, count=it.value)
            else:
                acc.put(str(it.key), str(it.value), it.start, it.end, labelled=True)
            last_field = it.key
            continue
        acc.numbers += 1
        later = later_num[k + 1]
        raw = text[it.start : it.end]
        f = acc.fields
        if in_paren and it.kind in numeric and "issue" not in f and "volume" in f:
            if it.kind == "range" and _is_year(toks[it.first]) and _is_year(toks[it.last]):
                acc.dates.append(PartialDate(int(toks[it.first].text), raw=raw))
                acc.diags.append(
                    _diag(
                        "locator-date-range", "a range of years: kept the first", it.start, it.end
                    )
                )
                continue
            acc.put("issue", raw, it.start, it.end)
            acc.strong = True
            last_field = "issue"
        elif it.kind == "range":
            nxt = items[k + 1] if k + 1 < len(items) else None
            nsep = toks[nxt.first - 1].text if nxt is not None and nxt.first > 0 else None
            if "volume" not in f and nxt is not None and nxt.kind in numeric and nsep == ":":
                acc.put("volume", raw, it.start, it.end)
                last_field = "volume"
            elif acc.pages is None:
                res = _make_pages(text, toks[it.first], toks[it.last], raw)
                if res.value is not None:
                    acc.diags.extend(res.diags)
                    acc.put_pages(res.value, it.start, it.end)
                    acc.strong = True
                    last_field = "pages"
                elif "volume" not in f and later_any[k + 1]:
                    # "45-3, 2001, p. 658-677": a descending pair before the pages is volume-issue
                    acc.put("volume", toks[it.first].text, it.start, it.end)
                    acc.put("issue", toks[it.last].text, it.start, it.end)
                    acc.diags.append(
                        _diag(
                            "locator-positional",
                            f"{raw!r} read as volume-issue",
                            it.start,
                            it.end,
                        )
                    )
                    last_field = "issue"
                else:
                    msg = res.error[0] if res.error else "bad pages"
                    acc.diags.append(
                        _diag("locator-pages-dropped", msg, it.start, it.end, "warning")
                    )
            else:
                acc.diags.append(
                    _diag(
                        "locator-extra",
                        f"extra number {raw!r} ignored",
                        it.start,
                        it.end,
                        "warning",
                    )
                )
        elif it.kind == "double":
            key = "issue" if "volume" in f else "volume"
            a, b = toks[it.first], toks[it.last]
            if _is_year(b) and not _is_year(a) and "issue" not in f:
                # "Heft 4/1973": issue 4 of the year 1973
                acc.put("issue", a.text, a.start, a.end)
                acc.dates.append(PartialDate(int(b.text), raw=b.text))
                acc.diags.append(
                    _diag("locator-positional", f"{raw!r} read as issue/year", it.start, it.end)
                )
                acc.strong = True
                last_field = "issue"
            elif key in f:
                acc.diags.append(
                    _diag(
                        "locator-extra",
                        f"extra number {raw!r} ignored",
                        it.start,
                        it.end,
                        "warning",
                    )
                )
            else:
                acc.put(key, raw, it.start, it.end)
                acc.strong = acc.strong or key == "issue"
                last_field = key
        else:  # a single number
            if in_paren and "volume" not in f and "issue" not in f:
                acc.put("volume", raw, it.start, it.end)
                acc.diags.append(
                    _diag(
                        "locator-positional",
                        f"{raw!r} in brackets read as the volume",
                        it.start,
                        it.end,
                    )
                )
                last_field = "volume"
            elif (
                "volume" not in f
                and acc.pages is None
                and "article_number" not in f
                and not _article_like(raw)
            ):
                acc.put("volume", raw, it.start, it.end)
                last_field = "volume"
            elif (
                "issue" not in f
                and acc.pages is None
                and "article_number" not in f
                and later
                and last_field == "volume"
                and sep in (":", ",", ".", None)
                and not _article_like(raw)
            ):
                acc.put("issue", raw, it.start, it.end)
                acc.diags.append(
                    _diag(
                        "locator-positional",
                        f"{raw!r} between volume and pages read as the issue",
                        it.start,
                        it.end,
                    )
                )
                last_field = "issue"
            elif acc.pages is None and "article_number" not in f:
                if _article_like(raw):
                    acc.put("article_number", raw, it.start, it.end)
                    last_field = "article_number"
                else:
                    acc.put_pages(PageRange(raw, raw=raw), it.start, it.end)
                    last_field = "pages"
                if acc.numbers >= 2 or sep == ":" or _E_NUMBER_RE.match(raw):
                    acc.strong = True
            else:
                acc.diags.append(
                    _diag(
                        "locator-extra",
                        f"extra number {raw!r} ignored",
                        it.start,
                        it.end,
                        "warning",
                    )
                )
        if acc.numbers >= 2 and (sep == ":" or acc.pages is not None or "issue" in f):
            acc.strong = True
    for lo, hi in _merge_runs(ignored, toks):
        acc.diags.append(
            _diag("locator-ignored-text", f"ignored {text[lo:hi]!r}", lo, hi, "warning")
        )


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
