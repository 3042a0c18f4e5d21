"""One locator string: :func:`parse_locator` (volume, issue, pages, date, …)."""

from __future__ import annotations

import functools
from typing import Literal, overload

from comet.dates import PartialDate
from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode
from comet.locales import LocaleRules, Locales, resolve
from comet.locators import tuning
from comet.locators._dates import _RANK
from comet.locators._items import _Acc, _collect_items
from comet.locators._tokens import _diag, _tokenize, ascii_digits
from comet.locators._walk import _walk
from comet.locators.records import Locator
from comet.records import Parsed, fail, run

#: Longest input :func:`parse_locator` reads.
LOCATOR_MAX_LENGTH = tuning.LOCATOR_MAX_LENGTH  # reasons: comet.locators.tuning


def _merge_dates(
    dates: list[PartialDate], diags: list[Diagnostic], span: tuple[int, int]
) -> PartialDate | None:
    best: PartialDate | None = None
    for d in dates:
        if best is None:
            best = d
            continue
        fine, coarse = (d, best) if _RANK[d.precision] > _RANK[best.precision] else (best, d)
        compatible = (
            fine.year == coarse.year
            and coarse.month in (None, fine.month)
            and coarse.day in (None, fine.day)
            and coarse.season in (None, fine.season)
        )
        if compatible:
            best = fine
        else:
            diags.append(
                _diag(
                    "locator-conflict",
                    f"second date {d} differs from {best}: kept the first",
                    span[0],
                    span[1],
                    "warning",
                )
            )
    return best


def _build(text: str, acc: _Acc, raw: str, span: tuple[int, int]) -> Locator | None:
    issued = _merge_dates(acc.dates, acc.diags, span)
    f = acc.fields
    if not f and acc.pages is None:
        return None
    diags = tuple(acc.diags)
    return Locator(
        volume=f.get("volume"),
        issue=f.get("issue"),
        pages=acc.pages,
        issued=issued,
        supplement=f.get("supplement"),
        part=f.get("part"),
        article_number=f.get("article_number"),
        raw=raw,
        diagnostics=diags,
    )


@functools.lru_cache(maxsize=2048)
def _locator_impl(text: str, locales: tuple[LocaleRules, ...]) -> Parsed[Locator]:
    # memoised (results are frozen): parse_record asks about the same line from several
    # field readers, and pages repeat lines
    if not text.strip():
        return fail(text, "no locator in an empty text", ErrorCode.EMPTY)
    read = ascii_digits(text)  # (another script's digits read as ASCII's; raw kept)
    toks = _tokenize(read, locales)
    acc = _Acc(read)
    items = _collect_items(read, toks, acc, locales)
    _walk(read, toks, items, acc)
    value = _build(read, acc, text, (0, len(text)))
    if value is None:
        return fail(
            text,
            "no volume, issue, pages or article number found",
            ErrorCode.NOT_FOUND,
            0,
            len(text),
            tuple(acc.diags),
        )
    return Parsed(value, value.diagnostics, text)


@overload
def parse_locator(text: str, *, locales: Locales = ..., strict: Literal[True] = ...) -> Locator: ...
@overload
def parse_locator(
    text: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[Locator]: ...
def parse_locator(
    text: str, *, locales: Locales = None, strict: bool = True
) -> Locator | Parsed[Locator]:
    """Read volume, issue, pages, date, supplement, part and article number from one string.

    Labelled parts (``Vol.``, ``Heft``, ``årg.``, ``pp.``…, from the ``[locator]``
    section of ``locales``) are read first; unlabelled numbers then go by
    position: ``V(I)``, ``V:I, P``, ``V, P``, ``V: P``.  A year, or a month and
    year, becomes ``issued`` (read by :func:`comet.dates.parse_date`).  Words that
    are not locator words (a journal title before ``170(3): 1-50``) are skipped
    with a ``locator-ignored-text`` diagnostic.  Fails with ``not-found`` when no
    volume, issue, pages, supplement, part or article number is found; inputs
    longer than :data:`LOCATOR_MAX_LENGTH` fail with ``too-long``.

    >>> loc = parse_locator("Volume 9 (2021): Issue 2 (December 2021)")
    >>> loc.volume, loc.issue, loc.issued.iso()
    ('9', '2', '2021-12')
    >>> parse_locator("33:7/8, 671–682").issue
    '7/8'
    >>> parse_locator("Rev. Mod. Phys. 94, 045004").article_number
    '045004'
    """
    rules = resolve(locales)
    return run(lambda t: _locator_impl(t, rules), text, strict, max_length=LOCATOR_MAX_LENGTH)  # type: ignore[no-any-return]
