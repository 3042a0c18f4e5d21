"""Hypothesis strategies for locators: :class:`~comet.PageRange` values and locator strings.

``page_ranges()`` draws records whose string form parses back to them;
``page_cases()`` and ``locator_cases()`` draw ``(text, expected record)`` pairs
written the ways catalogue pages write them (labels from the locale files, en
dashes, abbreviated last pages, brackets); ``locator_strings()`` draws the texts only.

>>> import comet
>>> from comet import strategies as cst
>>> from hypothesis import given
>>> @given(cst.locator_cases())
... def check(case):
...     text, want = case
...     assert comet.parse_locator(text) == want
>>> check()
"""

from __future__ import annotations

from hypothesis import strategies as st

from comet import locales as L
from comet.dates import PartialDate
from comet.locators import Locator, PageRange

__all__ = ["locator_cases", "locator_strings", "page_cases", "page_ranges"]

_DASHES = ("-", "–", "—", " - ", "--", " – ", "‐")
_ROMAN_TABLE = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN_TABLE:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _terms(key: str) -> list[str]:
    return sorted(L.terms_of("locator", L.all_rules(), key))


@st.composite
def _numeric_range(draw: st.DrawFn, prefix: str = "") -> PageRange:
    first = draw(st.integers(1, 99_999))
    last = draw(st.integers(first, first + 400))
    return PageRange(f"{prefix}{first}", f"{prefix}{last}", last - first + 1)


@st.composite
def _roman_range(draw: st.DrawFn) -> PageRange:
    first = draw(st.integers(1, 60))
    last = draw(st.integers(first, 80))
    return PageRange(_roman(first), _roman(last), last - first + 1)


def page_ranges() -> st.SearchStrategy[PageRange]:
    """:class:`~comet.PageRange` records with ``parse_pages(str(p)) == p``.

    Numeric ranges (``801-820``), prefixed ranges (``S12-S19``), roman ranges
    (``xii-xx``), single pages, e-numbers (``e0123456``) and page counts.
    """
    single = st.integers(1, 99_999).map(lambda n: PageRange(str(n)))
    e_number = st.integers(0, 9_999_999).map(lambda n: PageRange(f"e{n:07d}"))
    count = st.integers(1, 5_000).map(lambda n: PageRange(count=n))
    return st.one_of(
        _numeric_range(),
        _numeric_range(prefix="S"),
        _roman_range(),
        single,
        e_number,
        count,
    )


def _abbreviate(draw: st.DrawFn, first: str, last: str) -> str:
    """``last`` cut to the digits that differ from ``first`` (or more), as printed."""
    if len(first) != len(last):
        return last
    common = 0
    while common < len(first) and first[common] == last[common]:
        common += 1
    keep = draw(st.integers(max(1, len(last) - common), len(last)))
    return last[len(last) - keep :]


@st.composite
def _page_case(draw: st.DrawFn) -> tuple[str, PageRange]:
    kind = draw(st.sampled_from(["range", "range", "single", "count", "roman"]))
    trail = draw(st.sampled_from(["", ".", ","]))
    if kind == "count":
        n = draw(st.integers(1, 5_000))
        # (a pages word that is another locale's "and following" mark, ``ss.``, reads
        # after a number as that mark: '143 ss.' is page 143 and after, not 143 pages)
        following = {t.casefold() for t in _terms("following")}
        word = draw(st.sampled_from([t for t in _terms("pages") if t.casefold() not in following]))
        if draw(st.booleans()):
            label = draw(st.sampled_from(_terms("page_count")))
            return f"{label}: {n}{trail}", PageRange(count=n)
        return f"{n} {word}{trail}", PageRange(count=n)
    label = draw(st.sampled_from(["", *_terms("pages"), *_terms("page")]))
    lead = f"{label} " if label else ""
    if kind == "single":
        n = draw(st.integers(1, 99_999))
        return f"{lead}{n}{trail}", PageRange(str(n))
    expected = draw(_roman_range()) if kind == "roman" else draw(_numeric_range())
    assert expected.first is not None and expected.last is not None
    last = expected.last
    if kind == "range" and draw(st.booleans()):
        last = _abbreviate(draw, expected.first, expected.last)
    dash = draw(st.sampled_from(_DASHES))
    return f"{lead}{expected.first}{dash}{last}{trail}", expected


def page_cases() -> st.SearchStrategy[tuple[str, PageRange]]:
    """``(text, expected)`` pairs: page fields as pages print them, with labels from the locales."""
    return _page_case()


@st.composite
def _locator_case(draw: st.DrawFn) -> tuple[str, Locator]:
    volume = str(draw(st.integers(1, 999)))
    issue = draw(st.one_of(st.integers(1, 12).map(str), st.sampled_from(["7/8", "3/4", "1/2"])))
    pages = draw(_numeric_range())
    year = draw(st.integers(1900, 2030))
    dash = draw(st.sampled_from(_DASHES))
    p = f"{pages.first}{dash}{pages.last}"
    vol_l = draw(st.sampled_from(_terms("volume")))
    iss_l = draw(st.sampled_from(_terms("issue")))
    pag_l = draw(st.sampled_from(_terms("pages")))
    issued = PartialDate(year)
    shapes: list[tuple[str, Locator]] = [
        (f"{volume}({issue}), {p}", Locator(volume, issue, pages)),
        (f"{volume} ({issue}), {p}.", Locator(volume, issue, pages)),
        (f"{volume}:{issue}, {p}", Locator(volume, issue, pages)),
        (f"{volume}({issue}): {p} ({year}).", Locator(volume, issue, pages, issued)),
        (f"{volume}, {p}", Locator(volume, None, pages)),
        (f"{volume} ({issue})", Locator(volume, issue)),
        (f"{vol_l} {volume}, {iss_l} {issue}, {pag_l} {p}", Locator(volume, issue, pages)),
        (f"{vol_l} {volume} ({year}), {iss_l} {issue}", Locator(volume, issue, None, issued)),
        (f"{vol_l} {volume} ({issue}), {p}", Locator(volume, issue, pages)),
        (f"{year}, {volume} ({issue}), {pag_l} {p}", Locator(volume, issue, pages, issued)),
    ]
    return draw(st.sampled_from(shapes))


def locator_cases() -> st.SearchStrategy[tuple[str, Locator]]:
    """``(text, expected)`` pairs: volume, issue, pages and year in the common printed shapes.

    Shapes: ``V(I), P``, ``V:I, P``, ``V(I): P (Y)``, ``V, P``, ``V (I)`` and
    labelled forms with the locator words of every registered locale
    (``Bd. 12, Nr. 3, S. 45–67``).
    """
    return _locator_case()


def locator_strings() -> st.SearchStrategy[str]:
    """Locator texts as pages print them (the texts of :func:`locator_cases`)."""
    return _locator_case().map(lambda case: case[0])
