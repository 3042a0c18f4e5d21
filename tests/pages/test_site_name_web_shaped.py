"""A page with a web article's shape (a headline, a byline and a date, prose, no identifier)
that the type rules name otherwise (a kicker's type word over the headline) still gets its
site's own name as the container when the site names itself (``comet.page.parse
._web_shaped``). Invented pages in the shape of the fresh ``web4`` set's magazines."""

from __future__ import annotations

import pytest
from tests.pages.test_site_signs import PROSE

from comet import parse_record

FOOTER = (
    "\nShare this story\n\nBecome a Harbour Light member and read every story first\n\n"
    "The old quay at dawn. Photo: Ola Brekke for Harbour Light\n\n"
    "Privacy policy\nTerms of use\n\nAbout Harbour Light\n\nContact us\n"
)


def _page(kicker: str, extra: str = "") -> str:
    return (
        f"Home\nNews\nBooks\n\n{kicker}\nWill the Holm Island ferry sail again?\n\n"
        f"By Petra Solberg\n\nMarch 12, 2024\n\n{extra}" + PROSE + FOOTER
    )


def test_a_web_shaped_page_of_another_type_gets_its_sites_name() -> None:
    csl = parse_record(_page("Article")).to_csl()
    assert csl["type"] not in ("article-magazine", "article-newspaper", "post-weblog")
    assert csl.get("container-title") == "Harbour Light"


@pytest.mark.parametrize(
    "extra",
    [
        "ISBN 978-3-16-148410-0\n\n",  # an identifier: no web article's shape
        "Vol. 12, No. 3, pp. 45-67\n\n",  # a locator: a journal's article, not the site's
    ],
)
def test_no_sites_name_for_a_page_with_an_identifier_or_a_locator(extra: str) -> None:
    assert parse_record(_page("Article", extra)).to_csl().get("container-title") != "Harbour Light"
