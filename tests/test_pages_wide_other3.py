"""Shapes of news, magazine and blog articles from fresh sites (issue #13, kind ``other``,
third wide set): the name a site gives itself.

Every page here is invented (names, titles, sites): the shapes are those found on many
sites of the local ``other3`` page set, never their text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record

PROSE_EN = (
    "The harbour of Kelvport has been silting up for a decade, and the dredgers that once "
    "kept the channel open now sit idle at the quay while the town argues about who should "
    "pay for them. Fishermen say the boats scrape the bottom at every low tide.\n\n"
    "Council members met on Tuesday to discuss a plan that would split the cost between the "
    "port authority and the regional government, but the vote was postponed again after a "
    "long debate about the size of the yearly contribution.\n\n"
    "Residents who live along the old quay fear that the delay will drive away the last "
    "ferry line, which already skips the town on stormy days and has warned that it may "
    "stop calling at the harbour altogether next year.\n"
)


def _article(tail: str, head: str = "") -> str:
    return (
        head + "Home\nNews\nCoast\n\n"
        "The harbour that nobody wants to pay for\n\n"
        "By Mara Ellingsen\n\n12 March 2024\n\n" + PROSE_EN + "\n" + tail
    )


def test_self_reference_line_confirmed_by_a_mention_names_the_periodical() -> None:
    page = _article(
        "Sign up to receive the best stories from The Harbour Lantern.\n\n"
        "More from The Harbour Lantern\n\nContact\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "The harbour that nobody wants to pay for"
    assert csl["container-title"] == "The Harbour Lantern"


def test_self_reference_line_confirmed_by_a_copyright_line() -> None:
    page = _article("Om Kystposten\n\nKontakt oss\n\n© 2024 Kystposten AS\n")
    assert parse_record(page).to_csl()["container-title"] == "Kystposten"


def test_copyright_line_with_company_suffix_and_tagline_cut() -> None:
    page = _article(
        "Support The Weekly Tern\n\nAdvertise\n\n© 2024 The Weekly Tern - Established 1981\n"
    )
    assert parse_record(page).to_csl()["container-title"] == "The Weekly Tern"


def test_interface_and_function_words_are_no_site_name() -> None:
    # 'Follow Us', 'About us', 'More from Politics': a site's buttons and desks
    page = _article(
        "Follow Us\n\nFollow Us\n\nAbout us\n\nMore from Politics\n\n"
        "Read more from Politics and us every day.\n"
    )
    assert parse_record(page).to_csl().get("container-title") is None


def test_a_product_named_only_in_menus_is_no_site_name() -> None:
    # 'About Premium' with 'Premium' in the menu and on a customer-service line: the
    # site's subscription, not its name (never in a sentence)
    page = _article(
        "Premium\n\nAbout Premium\n\nCustomer service Premium: 22 33 44 55 - press 2\n",
        head="Premium\nBuy Premium!\n",
    )
    assert parse_record(page).to_csl().get("container-title") is None


def test_a_copyright_owner_alone_is_no_site_name() -> None:
    # the footer's owner, mentioned in a sentence, never named by a self-reference line
    page = _article(
        "The Kelvport Media Trust funds independent reporting on the coast.\n\n"
        "© 2024 Kelvport Media Trust\n"
    )
    assert parse_record(page).to_csl().get("container-title") is None


def test_the_author_linked_from_more_from_is_no_site_name() -> None:
    page = _article("More from Mara Ellingsen\n\nMara Ellingsen writes about the coast for us.\n")
    csl = parse_record(page).to_csl()
    assert csl.get("container-title") != "Mara Ellingsen"


def test_no_site_name_on_pages_that_are_no_web_article() -> None:
    # a journal article's record: its container comes from its own fields, never from
    # a site's 'About' link
    page = (
        "About Quarry Letters\n\nQuarry Letters publishes short notes on stone.\n\n"
        "Sediment grain sizes in three upland quarries\n\nJ. Brandt, K. Olsen\n\n"
        "DOI: 10.5555/ql.2021.114\n\nAbstract\n\n" + PROSE_EN
    )
    csl = parse_record(page).to_csl()
    assert csl.get("type") not in ("article-magazine", "article-newspaper", "post-weblog") or (
        csl.get("container-title") != "Quarry Letters"
    )


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="©AboutMre fromX2024 .\n", max_size=300))
def test_self_names_never_crash(text: str) -> None:
    parse_record(_article(text)).to_csl()
