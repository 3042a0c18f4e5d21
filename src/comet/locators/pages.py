"""One page field: :func:`parse_pages` (a range, a single page, an article number or a count)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, overload

import attrs

from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode
from comet.locales import LocaleRules, Locales, resolve
from comet.locators import tuning
from comet.locators._tokens import (
    _E_NUMBER_RE,
    _LABEL_SKIP,
    _PAGE_NUM_RE,
    _diag,
    _roman,
    _Tok,
    _tokenize,
    ascii_digits,
)
from comet.locators.records import PageRange
from comet.records import Parsed, fail, run

#: Longest input :func:`parse_pages` reads (a page field is short).
PAGES_MAX_LENGTH = tuning.PAGES_MAX_LENGTH  # reasons: comet.locators.tuning


@attrs.define
class _PagesResult:
    value: PageRange | None
    diags: list[Diagnostic]
    error: tuple[str, ErrorCode, int, int] | None = None


def _is_page_tok(tok: _Tok) -> bool:
    if tok.used:
        return False
    if tok.kind == "num":
        return True
    return tok.kind == "word" and _roman(tok.text) is not None


def _roman_label(first: _Tok, tok: _Tok) -> bool:
    """A label that is also a roman numeral ending a roman range (``i-v.``: ``v.`` is not 'volume')."""
    return (
        first.kind == "word"
        and _roman(first.text) is not None
        and tok.kind == "label"
        and not tok.used
        and _roman(tok.text) is not None
    )


def _read_page_value(toks: Sequence[_Tok], j: int) -> tuple[int, int | None, int] | None:
    """``(first, last or None, next index)`` of a page value starting at token ``j``."""
    if j >= len(toks) or not _is_page_tok(toks[j]):
        return None
    if (
        j + 2 < len(toks)
        and toks[j + 1].kind == "dash"
        and (_is_page_tok(toks[j + 2]) or _roman_label(toks[j], toks[j + 2]))
        and not (j + 4 < len(toks) and toks[j + 3].kind == "dash" and _is_page_tok(toks[j + 4]))
    ):
        return (j, j + 2, j + 3)
    return (j, None, j + 1)


def _value_text(tok: _Tok) -> str:
    """A value as printed, without the period a word token keeps (``xii.`` -> ``xii``)."""
    return tok.text.removesuffix(".") if tok.kind in ("word", "label") else tok.text


def _backwards(a: str, b: str, first: _Tok, last: _Tok, diags: list[Diagnostic]) -> _PagesResult:
    """The failure of a last page before the first (never swapped)."""
    msg = f"last page {b} is before first page {a}"
    return _PagesResult(None, diags, (msg, ErrorCode.OUT_OF_RANGE, first.start, last.end))


def _make_pages(text: str, first: _Tok, last: _Tok | None, raw: str) -> _PagesResult:
    """Build a :class:`PageRange`; expand an abbreviated last page; check the order."""
    diags: list[Diagnostic] = []
    a = _value_text(first)
    if last is None:
        if _E_NUMBER_RE.match(a):
            diags.append(
                _diag(
                    "pages-article-number",
                    "an article number (e-number), not a page",
                    first.start,
                    first.end,
                )
            )
        return _PagesResult(PageRange(a, None, None, raw=raw), diags)
    b = _value_text(last)
    count: int | None = None
    ra, rb = _roman(a), _roman(b)
    ma, mb = _PAGE_NUM_RE.match(a), _PAGE_NUM_RE.match(b)
    if ra is not None and rb is not None and a.islower() == b.islower():
        if rb < ra:
            return _backwards(a, b, first, last, diags)
        count = rb - ra + 1
    elif ma is not None and mb is not None and (mb.group(1) in ("", ma.group(1))):
        prefix, da, db = ma.group(1), ma.group(2), mb.group(2)
        if len(db) < len(da) and (mb.group(1) == "" or int(db) < int(da)):
            expanded = da[: len(da) - len(db)] + db
            if int(expanded) >= int(da):
                diags.append(
                    _diag(
                        "pages-expanded",
                        f"abbreviated last page {b} read as {prefix}{expanded}",
                        last.start,
                        last.end,
                    )
                )
                db = expanded
        elif mb.group(1) == "" and prefix:
            diags.append(
                _diag(
                    "pages-expanded",
                    f"last page {b} read as {prefix}{db}",
                    last.start,
                    last.end,
                )
            )
        if int(db) < int(da):
            return _backwards(a, b, first, last, diags)
        b = prefix + db
        count = int(db) - int(da) + 1
    return _PagesResult(PageRange(a, b, count, raw=raw), diags)


def _read_after_pages(
    text: str, toks: list[_Tok], j: int, single: bool
) -> tuple[list[Diagnostic], bool] | Parsed[PageRange]:
    """What may follow the page value: ``f.``, a count label, a second range (noted).

    ``(diagnostics, a count label followed)``, or the failure on anything else.
    """
    diags: list[Diagnostic] = []
    n = len(toks)
    following = count_suffix = False
    extra_start = None
    while j < n:
        t = toks[j]
        if t.kind == "label" and t.key == "following" and not following:
            following = True
            diags.append(
                _diag("pages-following", "'and following pages' noted, not kept", t.start, t.end)
            )
        elif t.kind == "label" and t.key in ("pages", "page_count") and single and not count_suffix:
            count_suffix = True
        elif t.kind in ("close", "quote") or (t.kind == "punct" and t.text in ".,;"):
            pass
        elif (
            t.kind in ("num", "dash") and extra_start is None and j > 0 and toks[j - 1].text in ",;"
        ):
            extra_start = t.start
        elif extra_start is None:
            return fail(
                text,
                f"unexpected {t.text!r} after the pages",
                ErrorCode.INVALID_FORMAT,
                t.start,
                t.end,
            )
        j += 1
    if extra_start is not None:
        diags.append(
            _diag(
                "pages-extra-ranges",
                "more than one page range: kept the first",
                extra_start,
                toks[-1].end,
                "warning",
            )
        )
    return diags, count_suffix


def _pages_impl(text: str, locales: tuple[LocaleRules, ...]) -> Parsed[PageRange]:
    read = ascii_digits(text)  # (another script's digits read as ASCII's; raw kept)
    res = _pages_read(read, locales)
    if read == text:
        return res
    if res.error is not None:
        e = res.error
        return fail(text, e.message, e.code, e.start, e.end, res.diagnostics[:-1])
    assert res.value is not None
    return Parsed(attrs.evolve(res.value, raw=text), res.diagnostics, text)


def _pages_read(text: str, locales: tuple[LocaleRules, ...]) -> Parsed[PageRange]:
    """:func:`_pages_impl` on a text written with ASCII digits."""
    if not text.strip():
        return fail(text, "no pages in an empty text", ErrorCode.EMPTY)
    toks = _tokenize(text, locales)
    j, n = 0, len(toks)
    count_label = False
    while j < n and (
        toks[j].kind in ("open", "quote")
        or (toks[j].kind == "punct" and toks[j].text in _LABEL_SKIP)
        or (toks[j].kind == "label" and toks[j].key in ("pages", "page_count"))
    ):
        if toks[j].kind == "label" and toks[j].key == "page_count":
            count_label = True
        j += 1
    value = _read_page_value(toks, j)
    if value is None:
        if j < n:
            t = toks[j]
            return fail(
                text,
                f"expected a page number, found {t.text!r}",
                ErrorCode.INVALID_FORMAT,
                t.start,
                t.end,
            )
        return fail(text, "no page number found", ErrorCode.NOT_FOUND)
    fi, li, j = value
    first, last = toks[fi], (toks[li] if li is not None else None)
    tail = _read_after_pages(text, toks, j, last is None)
    if isinstance(tail, Parsed):
        return tail
    diags, count_suffix = tail
    if count_label or count_suffix:
        if last is not None or not first.text.isdecimal():
            return fail(
                text,
                "a page count must be one number",
                ErrorCode.INVALID_FORMAT,
                first.start,
                first.end,
            )
        return Parsed(
            PageRange(None, None, int(first.text), raw=text, diagnostics=tuple(diags)),
            tuple(diags),
            text,
        )
    res = _make_pages(text, first, last, text)
    diags = res.diags + diags
    if res.error is not None or res.value is None:
        msg, code, s, e = res.error or ("no pages", ErrorCode.INVALID_FORMAT, 0, len(text))
        return fail(text, msg, code, s, e, tuple(diags))
    return Parsed(attrs.evolve(res.value, diagnostics=tuple(diags)), tuple(diags), text)


@overload
def parse_pages(text: str, *, locales: Locales = ..., strict: Literal[True] = ...) -> PageRange: ...
@overload
def parse_pages(
    text: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[PageRange]: ...
def parse_pages(
    text: str, *, locales: Locales = None, strict: bool = True
) -> PageRange | Parsed[PageRange]:
    """Read a page field: a range, a single page, an article number or a page count.

    Labels (``pp.``, ``S.``, ``Sider``, ``Page range:``, ``Antal sider:``) come from
    the ``[locator]`` section of ``locales`` (``None``: every locale).  An
    abbreviated last page is expanded (``801-20`` → ``801-820``, diagnostic
    ``pages-expanded``).  A last page before the first is an ``out-of-range``
    error, never swapped.  Inputs longer than :data:`PAGES_MAX_LENGTH` fail with
    ``too-long``.

    >>> str(parse_pages("S. 45–67")), parse_pages("S. 45–67").count
    ('45-67', 23)
    >>> parse_pages("pages = {779--805}").last
    '805'
    >>> parse_pages("xii–xx").count
    9
    >>> parse_pages("12 S.").count, parse_pages("12 S.").first
    (12, None)
    >>> parse_pages("820-801", strict=False).error.code
    <ErrorCode.OUT_OF_RANGE: 'out-of-range'>
    """
    rules = resolve(locales)
    return run(lambda t: _pages_impl(t, rules), text, strict, max_length=PAGES_MAX_LENGTH)  # type: ignore[no-any-return]
