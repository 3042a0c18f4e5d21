"""Session 19 locator shapes: a journal's short citation closed by the work's DOI, and a
page's title line that prints the work's title, a bar, then its citation."""

from __future__ import annotations

import pytest

from comet.page import parse_record

ABSTRACT = (
    "Аннотация\nВ статье рассматривается выпас скота на прибрежных болотах и его влияние на "
    "рост тростника в течение трёх сезонов наблюдений на пяти участках.\n"
)
TITLE = "Выпас и рост тростника на прибрежных болотах"


def _csl(block: str) -> dict[str, object]:
    return parse_record(f"{block}\n{ABSTRACT}").to_csl()


@pytest.mark.parametrize(
    "block",
    [
        # GOST's short citation, then the work's own DOI on the line
        f"{TITLE}\nВестник Болотного общества. 2021. № 47. DOI: 10.1234/bv.2021.47",
        f"{TITLE}\nВестник Болотного общества. 2021. № 47. https://doi.org/10.1234/bv.2021.47",
        # the page's title line: the title, a bar, the citation
        f"{TITLE} | Вестник Болотного общества. 2021. № 47. DOI: 10.1234/bv.2021.47\n\n{TITLE}",
    ],
)
def test_short_citation_with_its_doi(block: str) -> None:
    csl = _csl(block)
    assert csl.get("container-title") == "Вестник Болотного общества"
    assert csl.get("issue") == "47"
    assert csl.get("issued") == {"date-parts": [[2021]]}


def test_title_bar_then_short_citation_without_doi() -> None:
    # no DOI nor ISSN on the page: the issue and the year, the name too weak a container
    csl = _csl(f"{TITLE} | Вестник Болотного общества. 2021. № 47.\n\n{TITLE}")
    assert (csl.get("issue"), csl.get("issued")) == ("47", {"date-parts": [[2021]]})


@pytest.mark.parametrize(
    "block",
    [
        # an order's number with a DOI after it: no journal word, no issue
        f"{TITLE}\nПриказ. 2021. № 47. DOI: 10.1234/bv.2021.47",
        # anything but an identifier after the issue: no short citation
        f"{TITLE}\nВестник Болотного общества. 2021. № 47. Москва, Болотная улица",
        # a site's name before the bar (two words): no title, the line read as before
        "Болотный портал | Приказ. 2021. № 47.\n\n" + TITLE,
    ],
)
def test_no_short_citation(block: str) -> None:
    assert _csl(block).get("issue") is None


def test_locator_row_after_bars_keeps_its_parts() -> None:
    # a row of locator parts: the text before the last bar holds a locator, no title's bar
    csl = parse_record(
        "Grazing and Reed Growth in Coastal Marshes\nMarsh Letters\n"
        "Volume 12 | Issue 3 | Pages 45-67\n"
        "Abstract\nWe study grazing and reed growth on coastal marshes over three seasons.\n"
    ).to_csl()
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-67")


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("Выпас и рост тростника | Вестник Болотного общества. 2021. № 47.", True),
        ("Home | Marsh Letters | Vol. 12, No. 3 (2021)", False),  # a breadcrumb's steps
        ("Volume 12 | Issue 3 | Pages 45-67", False),  # a row of locator parts
        ("Marsh Letters | Vol. 12, No. 3 (2021)", False),  # a site's name: two words
    ],
)
def test_title_bar_cut(line: str, cut: bool) -> None:
    from types import SimpleNamespace

    from comet.locales import resolve
    from comet.page.locator import _after_title_bar

    text, start = _after_title_bar(line, 0, SimpleNamespace(rules=resolve(None)))  # type: ignore[arg-type]
    assert (start > 0) is cut
    assert line.endswith(text)
