"""A web article's periodical named by a self-reference phrase (``About Harbour Light``)
whose name the page prints again inside two lines that are no prose (a call to action, a
credit: ``comet.page.site_mentions``). Every page is invented; the shapes are those of news
and magazine sites of the fresh ``other3`` and ``web4`` sets (issue 13)."""

from __future__ import annotations

import pytest
from tests.pages.test_site_signs import PROSE

from comet import parse_record


def _page(body: str = "", footer: str = "") -> str:
    return (
        "Home\nNews\nIslands\nTravel\n\n"
        "Will the Holm Island ferry sail again?\n\n"
        "By Petra Solberg\n\nMarch 12, 2024\n\n" + PROSE + body + "\nShare this story\n\n" + footer
    )


def _container(page: str) -> str | None:
    return parse_record(page).to_csl().get("container-title")


MENTIONED = (
    "\n“We will not give up on the island,” the mayor told Harbour Light on Tuesday.\n\n"
    "Become a Harbour Light member and read every story first\n"
)


@pytest.mark.parametrize(
    ("body", "footer"),
    [
        # an owner's notice and a dated holder with mentions: not read (tried: on the work
        # halves A they named two sites, on the held-out halves B one wrong name)
        (MENTIONED, "© 2024 Harbour Light Media Network. All rights reserved.\n"),
        # the name printed only in a domain and an address: no mention
        ("\nRead more at tidewatch.org every morning of the week.\n\n"
         "Send your tips to news@tidewatch.org or call us.\n",
         "About Tidewatch\n"),
        # a blogger's own notice and her name in the post: a person, never a periodical
        ("\nI am Petra Solberg, and I write about islands.\n\n"
         "Petra Solberg has lived on Holm Island since 2001.\n",
         "About Petra Solberg\n"),
    ],
)  # fmt: skip
def test_no_site_named_without_a_phrase_and_two_mentions(body: str, footer: str) -> None:
    assert _container(_page(body, footer)) is None


def test_a_self_reference_and_two_mentions_off_the_prose_name_the_site() -> None:
    body = MENTIONED + "\nThe old quay at dawn. Photo: Ola Brekke for Harbour Light\n"
    assert _container(_page(body, "About Harbour Light\n")) == "Harbour Light"


SUBJECT = (
    "Greenpeace said on Tuesday that the old pier should stay where it is, and that its "
    "timbers could be mended by local carpenters for far less than the council fears.\n\n"
)


@pytest.mark.parametrize(
    ("body", "footer"),
    [
        # one phrase naming several sections (a menu): none of them is the site
        ("\nFerries and buses will run less often.\n\nNew Ferries for the north.\n",
         "More from Ferries\nMore from Travel\nMore from Islands\n"),
        # a phrase naming a kind of periodical only: a link to the site's blog
        ("\nRead the Blog every week.\n\nOur Blog has moved.\n", "Blog homepage\n"),
        # one phrase and one mention
        ("\nThe mayor told Harbour Light on Tuesday.\n", "About Harbour Light\n"),
        # a tag's phrase and what the article is about: mentions in its prose count for
        # nothing, one caption is not enough
        ("\n" + SUBJECT + SUBJECT, "About Greenpeace\n"),
        ("\n" + SUBJECT + "A Greenpeace boat in the harbour.\n", "About Greenpeace\n"),
    ],
)  # fmt: skip
def test_no_site_named_by_a_menus_phrases(body: str, footer: str) -> None:
    assert _container(_page(body, footer)) is None


def test_a_shop_page_gets_no_periodical_from_its_footer() -> None:
    page = (
        "Reedbook Store\nHome\nBooks\nCart\n\n"
        "Tides of the Fen (paperback)\n\nby Ola Berg\n\nPrice: 14.99 EUR\n\nAdd to cart\n\n"
        "Reedbook Store ships to every island twice a week.\n\n"
        "Questions? Write to Reedbook Store customer service.\n\n"
        "© 2024 Reedbook Store Media Group\n"
    )
    assert _container(page) is None
