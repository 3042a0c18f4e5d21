"""A web article's periodical named by its owner's copyright line and the site's mentions of
itself (``comet.page.site_mentions``): the name left when a company's words are cut from a
dated copyright holder (``© 2024 Harbour Light Media Network``: ``Harbour Light``), a dated
copyright holder itself, or a self-reference phrase's name (``About Harbour Light``),
printed again inside two other lines (a call to action, a credit, prose). Every page is invented; the shapes are those of news and magazine sites of the
fresh ``other3`` and ``web4`` sets (issue 13)."""

from __future__ import annotations

import re

import pytest

from comet import parse_record
from comet.locales import all_rules
from comet.page.periodicals import _company_words
from comet.page.site_mentions import owner_name
from comet.text._words import closed_class

PROSE = (
    "The ferry to Holm Island stopped running in the winter, and the islanders have "
    "argued ever since about whether the council should buy a smaller boat for the "
    "few families who still live there all year.\n\n"
    "The old quay is now a meeting place for anglers, who fish for cod from its end on "
    "calm mornings and leave their buckets by the lamp post until the tide turns.\n\n"
    "An engineer's report last spring found the pier's timbers rotten below the water "
    "line, and the repairs would cost more than the island spends on its school.\n"
)


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
    ("footer", "name"),
    [
        # the owner's name with a company's words cut: the site's name it holds
        ("© 2024 Harbour Light Media Network. All rights reserved.\n", "Harbour Light"),
        ("Copyright © 2019-2024 The Harbour Light Group\n", "Harbour Light"),
        # a dated copyright holder with no legal form, mentioned twice
        ("© 2024 Harbour Light\n", "Harbour Light"),
    ],
)  # fmt: skip
def test_the_owners_notice_and_two_mentions_name_the_site(footer: str, name: str) -> None:
    assert _container(_page(MENTIONED, footer)) == name


@pytest.mark.parametrize(
    ("body", "footer"),
    [
        # the owner's notice, the site's name never printed again
        ("", "© 2024 Harbour Light Media Network. All rights reserved.\n"),
        # mentioned once only
        ("\nThe mayor told Harbour Light on Tuesday that the ferry will sail.\n",
         "© 2024 Harbour Light Media Network\n"),
        # a name the article is about, mentioned often, but no copyright line holds it
        ("\nHarbour Light, the ferry company, has run the route since 1990.\n\n"
         "Harbour Light declined to comment.\n\nA spokesman for Harbour Light said no.\n", ""),
        # the name printed only in a domain and an address: no mention
        ("\nRead more at tidewatch.org every morning of the week.\n\n"
         "Send your tips to news@tidewatch.org or call us.\n",
         "© 2024 Tidewatch Media Group\n"),
        # an undated notice (a photo's credit), mentions or not
        (MENTIONED, "Photo: © Harbour Light Media\n"),
        # a blogger's own notice and her name in the post: a person, never a periodical
        ("\nI am Petra Solberg, and I write about islands.\n\n"
         "Petra Solberg has lived on Holm Island since 2001.\n",
         "© 2024 Petra Solberg\n"),
    ],
)  # fmt: skip
def test_no_site_named_without_the_notice_and_two_mentions(body: str, footer: str) -> None:
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


@pytest.mark.parametrize(
    ("holder", "name"),
    [
        ("Al Harbour Media Network", "Al Harbour"),
        ("Mediehuset Holmposten", "Holmposten"),
        ("The Harbour Group", "The Harbour"),
        ("Harbour Light", None),  # no company's word: the holder is read as it is
        ("Media Group", None),  # nothing left
        ("harbour Media", None),  # no capital: no name
    ],
)
def test_owner_name(holder: str, name: str | None) -> None:
    rules = all_rules()
    company = _company_words(rules)
    assert isinstance(company, re.Pattern)
    assert owner_name(holder, company, closed_class(rules)) == name
