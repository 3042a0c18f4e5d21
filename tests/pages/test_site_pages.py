"""A link to a site's page about itself (``[words].site_pages``) is chrome (invented pages)."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.chrome import _is_chrome

BLOG = """Menu
Home
Recipes
{nav}
Slow-cooked lentil soup
March 2, 2021 by Ines Vale
Leave a Comment
This soup takes four hours but only ten minutes of work.
"""


@pytest.mark.parametrize("nav", ["About me", "About us", "Über uns", "À propos", "Om oss", "O nas"])
def test_a_menu_link_to_the_sites_own_page_is_no_title(nav: str) -> None:
    rec = parse_record(BLOG.format(nav=nav))
    assert rec.title == "Slow-cooked lentil soup"


@pytest.mark.parametrize(
    "line", ["About Time", "About the journal", "What the sea tells about us", "Sanningen om oss"]
)
def test_only_the_whole_line_is_a_site_page(line: str) -> None:
    assert not _is_chrome(line, _loc.all_rules())


def test_a_title_holding_the_phrase_stays_the_title() -> None:
    rec = parse_record("What the Sea Tells About Us\nBy Ines Vale\n4 May 2020\nA long essay.\n")
    assert rec.title == "What the Sea Tells About Us"
