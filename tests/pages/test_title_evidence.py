"""The title model's evidence from the page's prose (issue 13, ``titles17``): a title shares
its words with the abstract or the body under it; the site's name, a section's heading, a
related article's teaser or a menu line mostly does not. Every page is invented, in the
shapes of news pages, blogs, shops and catalogues' search results.
"""

from __future__ import annotations

from comet import parse_record
from comet.page import title_model
from comet.page.headings import _headword
from comet.page.parse import _prepare
from comet.page.title_evidence import FULL_HITS, near_prose

NEWS = (
    "Harbour Gazette\n"
    "Home | News | Sport | Culture\n"
    "Most read\n"
    "Gull Island ferry pier repairs will cost the council millions\n"
    "11 March 2024\n"
    "Island pupils miss school as the storm closes the harbour\n"
    "10 March 2024\n"
    "Local News\n"
    "Ferry service to Gull Island cut after storm damages pier\n"
    "By Marta Lindqvist\n"
    "12 March 2024\n"
    "The ferry service between the harbour and Gull Island will stop for at least six weeks after a storm damaged the island's pier on Sunday night, the council said.\n"
    "Engineers found cracks in the pier's supports, and the council said the ferry could not dock safely until the repairs to the island pier were finished.\n"
    "Residents of Gull Island said the ferry is their only link to the mainland shops, the school and the doctor, and asked the Harbour Gazette for a water taxi.\n"
    "Related articles\n"
    "Storm damages harbour pier and boats on the island\n"
    "Ferry timetable for the island changes in the spring\n"
    "Harbour Gazette\n"
    "© 2024 Harbour Gazette\n"
)

NEWS_RELATED_BELOW = (
    "Harbour Gazette\n"
    "Home\n"
    "News\n"
    "Sport\n"
    "Culture\n"
    "Harbour Gazette\n"
    "Local News\n"
    "Ferry service to Gull Island cut after storm damages pier\n"
    "By Marta Lindqvist\n"
    "12 March 2024\n"
    "The ferry service between the harbour and Gull Island will stop for at least six weeks after a storm damaged the island's pier on Sunday night, the council said.\n"
    "Engineers found cracks in the pier's supports, and the council said the ferry could not dock safely until repairs to the island pier were finished.\n"
    "Residents of Gull Island said the ferry is their only link to the mainland shops, the school and the doctor, and asked for a water taxi during the repairs.\n"
    "Related articles\n"
    "Harbour Gazette readers choose the best bakery of the year\n"
    "New school on the mainland opens its doors to island pupils\n"
    "Storm warning issued for the whole coast this weekend\n"
    "Harbour Gazette\n"
    "About us | Contact | Advertise\n"
    "© 2024 Harbour Gazette\n"
)

BLOG = (
    "Notes from the Fen\n"
    "A blog about birds, marshes and the people who count them\n"
    "Menu\n"
    "Counting avocets on the salt marsh in a wet spring\n"
    "Posted on 3 May 2023 by Ola Brink\n"
    "This spring the salt marsh was wetter than any year since we began counting, and the avocets nested later and further from the sea wall.\n"
    "We counted the avocets on four mornings in April and found fewer nests on the salt marsh than last year, but more chicks in each nest.\n"
    "Recent posts\n"
    "Why the marsh harrier came back to the fen\n"
    "A winter count of geese on the salt marsh meadows\n"
    "Notes from the Fen\n"
    "Proudly powered by a blog engine\n"
)

SHOP = (
    "Riverbank Books\n"
    "Your basket (0 items)\n"
    "Books\n"
    "Nature\n"
    "Tides of the Northern Coast: A Field Guide\n"
    "by Helen Marsh\n"
    "Paperback, 2019\n"
    "Price: 24.00\n"
    "Add to basket\n"
    "Description\n"
    "This field guide explains the tides of the northern coast, with tables of the tides for every harbour and notes on the birds and fish of the tidal flats.\n"
    "Readers learn how the moon and the wind shape the tides, and how to read a tide table before a walk on the flats.\n"
    "Customers also bought\n"
    "Birds of the Tidal Flats\n"
    "A Walker's Guide to the Northern Coast\n"
    "Riverbank Books\n"
)


SEARCH = (
    "City Library Catalogue\n"
    "Search results for: tides\n"
    "Tides of the Northern Coast: A Field Guide\n"
    "Marsh, Helen, 2019\n"
    "Tides and currents for small boat sailors\n"
    "Ruiz, Ana, 2004\n"
    "The tides of the world explained for young readers\n"
    "Okafor, Ben, 2011\n"
    "Showing 1 to 3 of 3 results for tides. The catalogue lists books about the tides of the coast, tide tables and currents in the library.\n"
    "City Library Catalogue\n"
)


def _line(page, text):  # type: ignore[no-untyped-def]
    return next(ln for ln in page.layout.lines if ln.text == text)


def test_a_headline_shares_its_words_with_the_body_under_it() -> None:
    page, _ = _prepare(NEWS, None)
    head = _line(page, "Ferry service to Gull Island cut after storm damages pier")
    assert near_prose(head, page) == 1.0


def test_menu_lines_and_labels_share_nothing() -> None:
    page, _ = _prepare(NEWS, None)
    for text in ("Home | News | Sport | Culture", "Most read", "Local News", "Related articles"):
        assert near_prose(_line(page, text), page) == 0.0


def test_a_paragraph_of_the_body_gains_nothing_from_the_next_one() -> None:
    page, _ = _prepare(NEWS, None)
    body = next(ln for ln in page.layout.lines if ln.text.startswith("Engineers found"))
    assert near_prose(body, page) == 0.0


def test_a_teaser_below_the_body_has_no_prose_under_it() -> None:
    page, _ = _prepare(NEWS, None)
    teaser = _line(page, "Storm damages harbour pier and boats on the island")
    assert near_prose(teaser, page) == 0.0  # its words are the body's, but no prose is under it


def test_a_page_without_prose_gives_no_evidence() -> None:
    page, _ = _prepare("Tidal Marsh Birds\nAna Ruiz\n2019\n", None)
    assert [near_prose(ln, page) for ln in page.layout.lines] == [0.0, 0.0, 0.0]


def test_near_prose_counts_distinct_words_up_to_full_evidence() -> None:
    page, _ = _prepare(
        "Marsh birds\n"
        "Marsh birds nest in spring on the wet meadows by the sea wall and the creeks.\n",
        None,
    )
    assert near_prose(page.layout.lines[0], page) == 2 / FULL_HITS


def test_the_model_weighs_the_prose_under_a_line() -> None:
    base = dict.fromkeys(title_model.FEATURES, 0.0) | {"words": 0.8, "blank_before": 1.0}
    shared = base | {"near_prose": 1.0}
    assert title_model.score(base) < title_model.score(shared)


# --- negatives: the site's name, a section, a teaser or a related item is no title ---------


def test_news_page_teasers_above_and_below_stay_teasers() -> None:
    rec = parse_record(NEWS)
    assert rec.title == "Ferry service to Gull Island cut after storm damages pier"


def test_news_page_site_name_in_the_body_stays_the_site() -> None:
    rec = parse_record(NEWS_RELATED_BELOW)
    assert rec.title == "Ferry service to Gull Island cut after storm damages pier"


def test_blog_name_and_recent_posts_are_no_title() -> None:
    rec = parse_record(BLOG)
    assert rec.title == "Counting avocets on the salt marsh in a wet spring"


def test_shop_name_and_other_books_are_no_title() -> None:
    rec = parse_record(SHOP)
    assert rec.title == "Tides of the Northern Coast"
    assert rec.to_csl()["title"] == "Tides of the Northern Coast: A Field Guide"


def test_search_results_take_no_result_nor_the_catalogue_as_title() -> None:
    title = parse_record(SEARCH).title
    assert title not in (
        "City Library Catalogue",
        "Tides of the Northern Coast: A Field Guide",
        "Tides of the Northern Coast",
        "Tides and currents for small boat sailors",
        "The tides of the world explained for young readers",
    )


# --- a paper's introduction heading is no dictionary headword --------------------------------

ARTICLE_WITH_INTRODUCTION = (
    "Rev Farm Costera. 2022 Mar 04;9(2):11-19.\n\n"
    "Atención domiciliaria a pacientes mayores en la costa norte\n\n"
    "INTRODUCCIÓN\n\n"
    "El aumento de la esperanza de vida ha hecho crecer el número de personas mayores con "
    "enfermedades crónicas que viven solas en su casa (1,2).\n"
)


def test_an_introduction_heading_is_no_headword_over_its_definition() -> None:
    page, _ = _prepare(ARTICLE_WITH_INTRODUCTION, None)
    intro = _line(page, "INTRODUCCIÓN")
    assert not _headword(intro, page)
    assert parse_record(ARTICLE_WITH_INTRODUCTION).title == (
        "Atención domiciliaria a pacientes mayores en la costa norte"
    )


def test_a_dictionary_headword_stays_one() -> None:
    page, _ = _prepare(
        "WHEELWRIGHT\n\nA craftsman who builds and repairs the wooden wheels of carts and "
        "wagons on the farm.\n",
        None,
    )
    assert _headword(page.layout.lines[0], page)


# --- review17: pages with no prose score as before; results and teasers are no titles --------

# (unspaced scripts: no line has twelve words split by spaces, so no line has prose under it)
ARTICLE_JA = (
    "湿地研究\n"
    "干潟における渡り鳥の採餌行動\n"
    "佐藤 花子\n"
    "北海大学\n"
    "要旨\n"
    "本稿は干潟における渡り鳥の採餌行動の季節変化を検討する。\n"
    "キーワード: 干潟, 渡り鳥\n"
)

NEWS_ZH_ROWS = (
    "海港日报\n"
    "湿地公园新增三座观鸟台\n"
    "作者 王芳\n"
    "责任编辑 陈明\n"
    "2023-06-02 09:15\n"
    "湿地公园今天开放三座新的观鸟台，市民可以在涨潮时观察候鸟。\n"
)

SEARCH_RESULTS = (
    "Fen Valley Library\n"
    'Search results for "tidal marsh birds"\n'
    "Showing 1-3 of 27\n"
    "Waders of the tidal marsh mud flats\n"
    "Lindqvist, Marta. 2019. Book\n"
    "Birds of the tidal marsh in winter and spring\n"
    "Okafor, Ben. 2011. Article\n"
    "A field guide to the marsh birds of the northern coast\n"
    "Ruiz, Ana. 2004. Book\n"
    "The tidal marsh birds of the fens are counted every winter by the volunteers of the "
    "library's nature club, and their counts are kept in the local collection.\n"
)

BLOG_TEASERS = (
    "The Fen Counting Blog\n"
    "Why the marsh harrier came back to the fen ...\n"
    "2 May 2023\n"
    "A winter count of geese on the salt marsh meadows ...\n"
    "12 April 2023\n"
    "The Fen Counting Blog\n"
    "Counting avocets on the salt marsh in a wet spring\n"
    "3 May 2023 | by Ola Brink\n"
    "This spring the salt marsh was wetter than any year since we began counting, and the "
    "avocets nested later and further from the sea wall than in any spring before.\n"
    "We counted the avocets on four mornings in April and found fewer nests on the salt marsh "
    "than last year, but more chicks in each of the nests we found.\n"
    "Recent posts\n"
    "Why the marsh harrier came back to the fen ...\n"
    "© 2023 The Fen Counting Blog\n"
)


def test_unspaced_scripts_have_no_prose_feature_and_keep_their_title() -> None:
    for text, title in (
        (ARTICLE_JA, "干潟における渡り鳥の採餌行動"),
        (NEWS_ZH_ROWS, "湿地公园新增三座观鸟台"),
    ):
        page, _ = _prepare(text, None)
        assert all(near_prose(ln, page) == 0.0 for ln in page.layout.lines)
        assert parse_record(text).title == title


def test_a_list_of_search_results_takes_no_result_as_its_title() -> None:
    title = parse_record(SEARCH_RESULTS).title
    assert title not in (
        "Waders of the tidal marsh mud flats",
        "Birds of the tidal marsh in winter and spring",
        "A field guide to the marsh birds of the northern coast",
    )


def test_a_blog_s_name_and_its_teasers_stay_below_the_post_title() -> None:
    # (teasers ending in '...' with their dates above the post; the blog's name printed
    # twice over it and in its copyright line)
    rec = parse_record(BLOG_TEASERS)
    assert rec.title == "Counting avocets on the salt marsh in a wet spring"
