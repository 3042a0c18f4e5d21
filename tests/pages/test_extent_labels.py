"""A book's number of pages under its label in many shapes (locator17): a physical
description under a page-count or a pages label (``Umfang: XII, 245 S. : Ill.``), an RDA
extent that brackets its pages (``1 online resource (245 pages)``), physical-description and
page-count labels of more locales, and a page count after a label no locale knows
(``Sayfa: 245 s.``). Invented records; the negative cases are values that are no page count."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import all_rules
from comet.page.extent import _is_extent, bracketed_count

HEAD = "Catalogue record\nTitle: Reeds of the northern marshes\nAuthor: Lindqvist, Ana\n"
TAIL = "ISBN: 9783161484100\n"


def _pages(row: str) -> str | None:
    return parse_record(f"{HEAD}{row}\n{TAIL}").to_csl().get("number-of-pages")


@pytest.mark.parametrize(
    "row",
    [
        "Umfang: XII, 245 S. : Ill. ; 24 cm",  # an ISBD extent under a page-count label
        "Pages: xii, 245 p. : ill. ; 24 cm",  # ... under a pages label
        "Physical description: 1 online resource (245 pages)",  # RDA
        "Number of pages: 1 online resource (xii, 245 pages)",
        "Extent: 245 p.",
        "Print length: 245 pages",
        "Liczba stron: 245",
        "Количество страниц: 245",
        "Sayfa Sayısı: 245",
        "Terjedelem: 245 p. : ill.",
        "Laajuus: 245 s.",
        "Deskripsi fisik: xii, 245 hlm. ; 24 cm",
        "载体形态: 245页",
        "Kolace: 245 s. : il. ; 24 cm",  # a label no locale knows, a physical description
        "Pages: xii + 245",  # roman preliminaries joined by a plus
        "Страниц: 245",
    ],
)
def test_page_count_rows(row: str) -> None:
    assert _pages(row) == "245"


@pytest.mark.parametrize(
    "row",
    [
        "Duration: 1 online resource (245 min)",  # minutes, no pages
        "Kolace: 245 Kč",  # a price after a label no locale knows
        "Sample: 24 pages",  # another count after a label no locale knows
        "Companion volume: 212 pages",
        "Views: 245",  # a number without a page unit
        "Format: 2 CD (120 min)",
    ],
)
def test_no_page_count(row: str) -> None:
    assert _pages(row) is None


def test_bracketed_count() -> None:
    rules = all_rules()
    assert str(bracketed_count("1 online resource (245 pages)", rules)) == "245 pp."
    assert str(bracketed_count("1 Online-Ressource (XII, 245 Seiten)", rules)) == "245 pp."
    assert bracketed_count("Volume 3 (2019)", rules) is None
    assert bracketed_count("2 CD (120 min)", rules) is None
    assert not _is_extent("Marsh Letters 12 (2019)", rules)


def test_a_page_count_in_prose_is_none() -> None:
    # (negative) a sentence with a colon and a page count of another book
    text = (
        "Reeds of the northern marshes\nAna Lindqvist\n"
        "Note: the first edition ran to 245 pages and sold out within a year of its printing.\n"
    )
    assert "number-of-pages" not in parse_record(text).to_csl()
