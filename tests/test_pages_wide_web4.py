"""Shapes of news, magazine and blog articles from fresh sites (issue #13, kind ``other``,
fourth wide set): the periodical a page's footer names in its copyright notice.

Every page here is invented (names, titles, sites): the shapes are those found on many
sites of the local ``web4`` page set, never their text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record

PROSE_EN = (
    "The lighthouse on Skarv Point was switched off in the spring, and the village has "
    "argued ever since about whether the old lamp should be lit again for the tourists "
    "who come to photograph it on summer evenings.\n\n"
    "The keeper's cottage is now a small museum, run by volunteers who open it on "
    "weekends and sell postcards of the tower, the rocks and the seals that sleep on them "
    "when the tide is out.\n\n"
    "A survey last year found cracks in the lantern room, and the repairs would cost more "
    "than the village spends on its roads in a year, so the council has asked the coast "
    "guard to share the bill before anything is done.\n"
)


def _article(footer: str, byline: str = "By Ines Halvorsen") -> str:
    return (
        "Home\nNews\nCoast\nTravel\n\n"
        "Should the Skarv Point lamp shine again?\n\n"
        f"{byline}\n\nMarch 12, 2024\n\n" + PROSE_EN + "\nShare this story\n\n" + footer
    )


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("© 2024 The Skerry Courier. All rights reserved.\n", "The Skerry Courier"),
        ("Copyright © 2010-2024 Lanternwise, All Rights Reserved.\n", "Lanternwise"),
        ("Copyright © 2019 TIDEWATCH. Todos os direitos reservados.\n", "TIDEWATCH"),
        ("Privacy\nTerms\n© 2016-2024 Coastal Notes\n", "Coastal Notes"),
        ("© 2024 Skerry Notes · Theme by Tern Studio\n", "Skerry Notes"),
    ],
)
def test_a_footer_copyright_line_names_the_periodical(footer: str, name: str) -> None:
    csl = parse_record(_article(footer)).to_csl()
    assert csl["title"] == "Should the Skarv Point lamp shine again?"
    assert csl["container-title"] == name


@pytest.mark.parametrize(
    "footer",
    [
        # the owner: a legal form or a company's word
        "© 2024 Northlight Media, LLC. All Rights Reserved\n",
        "© 2024 Harbourside Publishing Group\n",
        "© 2024 Tern Interactive Inc.\n",
        "© 2024 Kelvport Harbour Trust\n",
        # no year: a photo credit, not the site's notice
        "© Skerry Images\n",
        # a person (the author, or a photographer)
        "© 2024 Ines Halvorsen\n",
        "© 2024 Jonas Berg\n",
        # a domain, digits, a sentence
        "© 2024 skerrycourier.com\n",
        "© 2024 Skerry 24 News\n",
        "Copyright 2024: all the text on this site may be shared with a link to it.\n",
        # mid-line: a caption's credit
        "The lamp room in 1998. © 2024 Skerry Courier\n",
        # interface words
        "© 2024 Privacy Policy\n",
        # (review) a picture agency, a platform's credit, organisations in two languages
        "© 2024 Getty Images\n",
        "© 2024 Skerry Photos\n",
        "© 2024 Proudly powered by WordPress\n",
        "Copyright © 2024 Friends of Skarv Point Lighthouse\n",
        "© 2024 Asociación Vecinal de Skarv. Todos los derechos reservados.\n",
        "© 2024 Associação de Moradores de Skarv\n",
    ],
)
def test_footer_lines_that_name_no_periodical(footer: str) -> None:
    csl = parse_record(_article(footer)).to_csl()
    assert csl.get("container-title") is None, footer


def test_only_the_last_copyright_line_is_read() -> None:
    # a teaser's credit above, the owner's notice in the footer: the owner decides (none)
    page = _article("© 2023 Coastal Notes\n\nMore stories\n\n© 2024 Northlight Media, LLC\n")
    assert parse_record(page).to_csl().get("container-title") is None


def test_a_self_reference_still_wins_over_the_footer() -> None:
    page = _article(
        "About The Skerry Courier\n\nMore from The Skerry Courier\n\n© 2024 Coastal Notes\n"
    )
    assert parse_record(page).to_csl()["container-title"] == "The Skerry Courier"


def test_no_footer_name_on_a_journal_article() -> None:
    page = (
        "Sediment grain sizes in three upland quarries\n\nJ. Brandt, K. Olsen\n\n"
        "DOI: 10.5555/ql.2021.114\n\nAbstract\n\n" + PROSE_EN + "\n© 2024 Coastal Notes\n"
    )
    assert parse_record(page).to_csl().get("container-title") != "Coastal Notes"


def test_a_platforms_front_page_and_menu_links_name_the_site() -> None:
    # 'Name homepage' and 'Name main menu' over the article: two phrases, the same name
    page = "Skerry Notes homepage\n\nSkerry Notes main menu\n\n" + _article("")
    assert parse_record(page).to_csl()["container-title"] == "Skerry Notes"


def test_popular_on_and_advertise_with_name_the_site() -> None:
    page = _article("Popular on Lanternwise\n\nAdvertise with Lanternwise\n\nContact\n")
    assert parse_record(page).to_csl()["container-title"] == "Lanternwise"


@pytest.mark.parametrize(
    "footer",
    [
        "Back to top\n\nBack to News\n\nPopular on News\n",  # 'Back to' is a button's
        "Popular on Twitter\n\nFollow us\n",  # one phrase: not confirmed
        "Advertise with us\n\nBack to us\n",
        "Make Skarv Point your homepage\n\nPopular on Skarv Point\n",  # a sentence
        "Lighthouse homepage\n\nThe keeper says the lighthouse main menu is closed.\n",
        # (review) a university page's links: a common noun, no site's name
        "Department homepage\n\nDepartment main menu\n",
    ],
)
def test_links_that_name_no_site(footer: str) -> None:
    record = parse_record(_article(footer))
    assert not [d for d in record.diagnostics if d.code == "self-named"], footer
    # (the menu's 'News' may still be read as a magazine's masthead: a separate rule)
    got = record.to_csl().get("container-title")
    assert got not in ("us", "Twitter", "Lighthouse", "Department")


@pytest.mark.parametrize(
    "byline",
    [
        "By Ines Halvorsen Updated Nov 13, 2019, 10:28am EST",
        "By Ines Halvorsen Published Nov 13, 2019",
        "By Ines Halvorsen Posted on Nov 13, 2019",
    ],
)
def test_a_dates_label_between_byline_and_date_is_no_name(byline: str) -> None:
    csl = parse_record(_article("", byline=byline)).to_csl()
    assert csl["author"] == [{"family": "Halvorsen", "given": "Ines"}]


def test_a_dates_label_in_german_byline() -> None:
    page = _article("", byline="Von Jonas Feld Aktualisiert 25.08.2015").replace(
        "March 12, 2024", "12. März 2024"
    )
    assert parse_record(page).to_csl()["author"] == [{"family": "Feld", "given": "Jonas"}]


def test_a_family_name_that_is_a_label_word_stays() -> None:
    # 'Date' is a one-word date label and a family name: two words only, kept
    csl = parse_record(_article("", byline="By Ana Date Nov 13, 2019")).to_csl()
    assert csl["author"] == [{"family": "Date", "given": "Ana"}]


def test_an_iso_time_stamp_in_a_byline_is_no_locator() -> None:
    page = _article("", byline="By Ines Halvorsen - Coast Contributor 2024-03-12T09:48:14Z News")
    csl = parse_record(page).to_csl()
    assert csl.get("container-title") is None
    assert "volume" not in csl and "page" not in csl


def test_a_journal_locator_beside_a_time_stamp_is_still_read() -> None:
    # the stamp is skipped, the citation's own numbers are not
    page = (
        "Sediment grain sizes in three upland quarries\n\nJ. Brandt, K. Olsen\n\n"
        "Quarry Letters 12(3): 45-67\n\nDOI: 10.5555/ql.2021.114\n\n"
        "Last modified 2021-05-03T09:30:00+02:00\n\nAbstract\n\n" + PROSE_EN
    )
    csl = parse_record(page).to_csl()
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-67")


def test_a_quotations_attribution_is_no_title() -> None:
    # a claim's attribution over the headline and its byline
    page = (
        "Fact checks\n\nLamp costs\n\n"
        "— Per Olsen on Monday, March 4th, 2024 in a letter to the council\n\n"
        "Does the Skarv Point lamp cost a fortune?\n\n"
        "By Ines Halvorsen on Tuesday, March 12th, 2024 at 9:08 a.m.\n\n" + PROSE_EN
    )
    assert parse_record(page).to_csl()["title"] == "Does the Skarv Point lamp cost a fortune?"


def test_a_title_with_a_dash_inside_stays_a_title() -> None:
    page = _article("").replace(
        "Should the Skarv Point lamp shine again?", "Skarv Point — should the lamp shine again?"
    )
    title = parse_record(page).to_csl()["title"]
    assert title.startswith("Skarv Point") and title.endswith("should the lamp shine again?")


KO_PROSE = (
    "시는 올해 여름부터 강변 공원에 새로운 자전거 도로를 만들 계획이라고 밝혔다. "
    "시민들은 주말마다 공원을 찾아 산책을 하고 자전거를 탄다. "
    "시는 이 사업에 많은 예산을 쓸 예정이며 공사는 가을에 끝날 것으로 보인다.\n\n"
)
EL_PROSE = (
    "Ο δήμος σχεδιάζει να ανοίξει ένα νέο πάρκο δίπλα στη θάλασσα το επόμενο καλοκαίρι, "
    "και οι κάτοικοι της πόλης ζητούν περισσότερα δέντρα και παγκάκια στον παραλιακό "
    "δρόμο, όπου περπατούν κάθε βράδυ με τα παιδιά τους.\n\n"
)


@pytest.mark.parametrize(("prose", "code"), [(KO_PROSE, "ko"), (EL_PROSE, "el")])
def test_a_news_pages_script_says_its_language(prose: str, code: str) -> None:
    page = _article("").replace(PROSE_EN, prose.replace("\n\n", " ") * 3 + "\n\n" + prose * 2)
    assert parse_record(page).to_csl().get("language") == code


def test_a_few_letters_of_another_script_change_no_language() -> None:
    # Greek letters and a Korean name in English prose: English
    page = _article("").replace(
        "cracks in the lantern room", "cracks (α, β and γ) in the lantern room of 김민준"
    )
    assert parse_record(page).to_csl().get("language") == "en"


def test_han_characters_alone_are_not_japanese() -> None:
    zh = "市政府今年夏天计划在河边公园修建新的自行车道，市民每个周末都到公园散步和骑车。\n\n"
    page = _article("").replace(PROSE_EN, zh * 4)
    assert parse_record(page).to_csl().get("language") != "ja"


def _menu_page(menu: str, chrome: str) -> str:
    return (
        f"{menu}\n\nShould the Skarv Point lamp shine again?\n\nBy Ines Halvorsen\n\n"
        f"March 12, 2024\n\n{PROSE_EN}\n{chrome}"
    )


def test_a_short_section_menu_under_more_chrome_cues_is_a_magazines() -> None:
    page = _menu_page(
        "Politics\nWorld\nBusiness\nCulture\nScience\nHealth",
        "Share this story\n\nMost Popular\n\nNewsletters\n\nLatest news\n\n"
        "Related Stories\n\nAdvertise with us\n",
    )
    assert parse_record(page).to_csl()["type"] == "article-magazine"


def test_a_long_section_menu_is_still_a_newspapers() -> None:
    page = _menu_page(
        "Politics\nWorld\nBusiness\nSport\nWeather\nObituaries\nOpinion\nCrosswords",
        "Share this story\n\nMost Popular\n\nNewsletters\n",
    )
    assert parse_record(page).to_csl()["type"] == "article-newspaper"


def test_a_newspaper_word_in_a_menus_link_names_no_newspaper() -> None:
    menu = "Home\nCoast\nTravel\nFood\nVideo\nPodcasts\nDaily Edition\nEvents\nShop"
    page = _menu_page(menu, "Share this story\n")
    assert parse_record(page).to_csl()["type"] == "article-magazine"


def test_a_magazine_link_in_a_menu_of_desks_still_names_a_magazine() -> None:
    # a newspaper's word in a menu is a section; a 'Magazine' link says what the site publishes
    menu = "Home\nPolitics\nCrime\nEducation\nJustice\nVideo\nPodcasts\nMagazine\nEvents\nShop"
    page = _menu_page(menu, "Share this story\n")
    assert parse_record(page).to_csl()["type"] == "article-magazine"


def test_a_newspaper_word_in_the_masthead_still_names_a_newspaper() -> None:
    page = _menu_page("The Skerry Daily\n\nHome", "Share this story\n")
    assert parse_record(page).to_csl()["type"] == "article-newspaper"


@pytest.mark.parametrize(
    "byline",
    [
        "By: Ines Halvorsen - Category: Coast",
        "Author: Ines Halvorsen | Category: Coast",
        "By Ines Halvorsen | Tags: lamp, coast",
    ],
)
def test_a_meta_lines_next_field_is_no_name(byline: str) -> None:
    csl = parse_record(_article("", byline=byline)).to_csl()
    assert csl["author"] == [{"family": "Halvorsen", "given": "Ines"}]


def test_names_joined_by_a_dash_without_a_label_are_kept() -> None:
    # no colon after the dash: the cut does not apply ('Ana Ruiz - Jon Berg' stays as read)
    csl = parse_record(_article("", byline="Author: Ines Halvorsen, Jon Berg")).to_csl()
    assert len(csl["author"]) == 2


COMMENTS = (
    "10 Comments\n\n"
    "Oskar Lind on March 19, 2024 at 4:47 pm said:\n\n"
    "Logically there must be a cheaper way to keep the lamp lit, and the village should "
    "ask the coast guard for the old spare parts before it pays for new ones this year.\n\n"
    "Ines Halvorsen on March 20, 2024 at 9:12 am said:\n\n"
    "Thanks, Oskar. We asked them in January and are still waiting for an answer.\n"
)


def _post(comments: str) -> str:
    return (
        "The Skerry Blog\n\nSkarv Point lamp: an open thread\n\n"
        "March 12, 2024 | by Ines Halvorsen\n\n" + PROSE_EN + "\n" + comments
    )


def test_a_comment_thread_is_not_the_posts() -> None:
    record = parse_record(_post(COMMENTS))
    assert {ln.zone for ln in record_lines(record, "said:")} == {"related"}
    csl = record.to_csl()
    assert csl["title"] == "Skarv Point lamp: an open thread"
    assert csl["issued"] == {"date-parts": [[2024, 3, 12]]}


def test_quoted_speech_is_no_comment_thread() -> None:
    # 'The mayor said:' lines hold no date: the article's own text
    quotes = "The mayor said:\n\nWe will light it again.\n\nThe keeper said:\n\nNot soon.\n"
    record = parse_record(_post(quotes))
    assert all(ln.zone == "main" for ln in record_lines(record, "said:"))


def record_lines(record: object, end: str) -> list:
    from comet.locales import resolve
    from comet.page.layout import read_layout

    layout = read_layout(str(record.raw), resolve(None))  # type: ignore[attr-defined]
    return [ln for ln in layout.lines if ln.text.endswith(end)]


def test_one_comment_header_makes_no_thread() -> None:
    one = "Oskar Lind on March 19, 2024 at 4:47 pm said:\n\nA fine post.\n"
    record = parse_record(_post(one))
    assert all(ln.zone == "main" for ln in record_lines(record, "said:"))


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="©Copyright 2024 AllRightsReserved.,-\n", max_size=200))
def test_footer_names_never_crash(text: str) -> None:
    parse_record(_article(text)).to_csl()
