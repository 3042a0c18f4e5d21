"""``comet.parse_html`` on scholarly shapes found with invented pages (issue 17; review of
html3): a container tag that names only a book (``citation_inbook_title``) types a page
nothing else types as a chapter; a JSON-LD chapter's book gives its editors, publisher and
ISBN; a COinS span's first author in parts; an EPrints thesis's institution.

Every page here is hand-written (invented names, titles and publishers)."""

from __future__ import annotations

import pytest

from comet import parse_html
from tests._html_build import meta, page

pytest.importorskip("selectolax")

HEAD = (
    meta("citation_title", "Salt, Ice and the Early Modern Fisheries")
    + meta("citation_author", "Dagher, Rami")
    + meta("citation_publisher", "Harbourline Press")
    + meta("citation_publication_date", "2018")
)
BODY = (
    "<h1>Salt, Ice and the Early Modern Fisheries</h1><p>Rami Dagher</p>"
    "<p>Preserving the catch decided where fish could be sold.</p>"
)


def test_a_book_title_tag_makes_the_tags_alone_a_chapter() -> None:
    head = HEAD + meta("citation_inbook_title", "Cold Economies: Essays on Northern Trade")
    assert parse_html(page(head, BODY), read_text=False).csl_type == "chapter"


def test_a_journal_title_tag_beside_it_makes_no_chapter() -> None:
    # negative: a journal tag too: not only a book's title, no chapter
    head = (HEAD + meta("citation_inbook_title", "Cold Economies")
            + meta("citation_journal_title", "Northern Trade Review"))  # fmt: skip
    assert parse_html(page(head, BODY), read_text=False).csl_type != "chapter"


def test_a_type_tag_outweighs_the_book_title() -> None:
    # negative: the page's type tag says what it is (a review of the book)
    head = (HEAD + meta("citation_inbook_title", "Cold Economies")
            + meta("DC.type", "Book review"))  # fmt: skip
    assert parse_html(page(head, BODY), read_text=False).csl_type != "chapter"


CHAPTER_LD = (
    '<script type="application/ld+json">{"@type": "Chapter", "name": "Bells of the River '
    'Towns", "author": {"@type": "Person", "name": "Ilse Brandvold"}, "isPartOf": {"@type": '
    '"Book", "name": "Sound and Place", "editor": [{"@type": "Person", "name": "Tomas Lereu"}], '
    '"isbn": "9780999990124", "publisher": {"@type": "Organization", "name": "Harbourline '
    'Press"}}, "datePublished": "2019"}</script>'
)


def test_a_jsonld_chapter_s_book_gives_editors_publisher_and_isbn() -> None:
    body = ("<h1>Bells of the River Towns</h1><p>Ilse Brandvold</p><p>In: Sound and Place, ed. "
            "Tomas Lereu. Harbourline Press, 2019. ISBN 978-0-99999-012-4</p>")  # fmt: skip
    rec = parse_html(page(CHAPTER_LD, body), read_text=False)
    assert [p.family for p in rec.editors] == ["Lereu"]
    assert rec.publisher == "Harbourline Press"
    assert [str(i) for i in rec.isbns] == ["9780999990124"]


def test_an_article_s_periodical_gives_no_editors() -> None:
    # negative: a journal names no editor of the article
    head = (
        '<script type="application/ld+json">{"@type": "ScholarlyArticle", "name": "Counting '
        'owls", "isPartOf": {"@type": "Periodical", "name": "Owl Letters"}}</script>'
    )
    rec = parse_html(page(head, "<h1>Counting owls</h1><p>Owl Letters</p>"), read_text=False)
    assert rec.editors == ()


def _coins(authors: str) -> str:
    title = ("ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&amp;"
             f"rft.atitle=Quarry+Dust+and+Moss+Growth&amp;rft.jtitle=Upland+Ecology{authors}")  # fmt: skip
    return (
        "<h1>Quarry Dust and Moss Growth</h1><p>Halima Osei, Ruben Castell</p>"
        f'<p>Upland Ecology</p><span class="Z3988" title="{title}"></span>'
    )


def test_a_coins_first_author_in_parts_is_read() -> None:
    rec = parse_html(
        page("", _coins("&amp;rft.aulast=Osei&amp;rft.aufirst=Halima")), read_text=False
    )
    # the parts are one name, the first author's; the line under the title lists the rest
    assert [(p.family, p.given) for p in rec.authors] == [("Osei", "Halima"), ("Castell", "Ruben")]


def test_coins_whole_names_are_not_doubled_by_the_parts() -> None:
    # negative: rft.au names every author; rft.aulast repeats the first, not a third
    authors = "&amp;rft.aulast=Osei&amp;rft.au=Osei%2C+Halima&amp;rft.au=Castell%2C+Ruben"
    rec = parse_html(page("", _coins(authors)), read_text=False)
    assert [p.family for p in rec.authors] == ["Osei", "Castell"]


def test_an_eprints_thesis_s_institution_is_its_publisher() -> None:
    head = (meta("eprints.title", "Lichen Cover on Old Stone Bridges")
            + meta("eprints.type", "thesis") + meta("eprints.institution", "University of Wexmoor"))  # fmt: skip
    body = "<h1>Lichen Cover on Old Stone Bridges</h1><p>PhD thesis, University of Wexmoor.</p>"
    assert parse_html(page(head, body), read_text=False).publisher == "University of Wexmoor"


def _thesis(extra: str = "") -> str:
    head = (meta("bepress_citation_title", "Wetland Birds of the Lower Marsh")
            + meta("bepress_citation_author", "Dunleavy, Orla")
            + meta("bepress_citation_dissertation_institution", "Fenwick State University")
            + meta("bepress_citation_date", "2015") + extra)  # fmt: skip
    body = ("<h1>Wetland Birds of the Lower Marsh</h1><p>Orla Dunleavy, Fenwick State "
            "University</p><p>Date of Award: 2015</p>")  # fmt: skip
    return page(head, body)


def test_a_dissertation_institution_tag_makes_the_tags_alone_a_thesis() -> None:
    rec = parse_html(_thesis(), read_text=False)
    assert rec.csl_type == "thesis" and rec.publisher == "Fenwick State University"


def test_a_journal_tag_beside_the_institution_makes_no_thesis() -> None:
    # negative: a journal names the container: not a thesis by the institution alone
    rec = parse_html(
        _thesis(meta("bepress_citation_journal_title", "Marsh Studies")), read_text=False
    )
    assert rec.csl_type != "thesis"


BOOK = "Harbour Methods: Field Notes on Tides"
CONTENTS = (
    "<nav><ul><li>Preface</li><li>1 Introduction</li><li>1.1 Why tides</li>"
    "<li>2 Instruments</li><li>2.1 Gauges</li><li>3 Tidal Data</li></ul></nav>"
)


def _book_site_page(og_title: str, heading: str, og_type: str = "book") -> str:
    head = (
        f"<title>{og_title}</title>"
        + meta("og:title", og_title, "property")
        + meta("og:type", og_type, "property")
        + meta("author", "Rami Dagher")
        + meta("date", "2021-06-25")
    )
    body = (
        CONTENTS + f"<h1>{heading}</h1><p>Rami Dagher</p><p>2021-06-25</p>"
        "<h2>1 Introduction</h2><p>These notes gather what a tide gauge tells.</p>"
    )
    return page(head, body)


def test_a_book_s_own_page_is_a_book() -> None:
    # a static book site's first page: OpenGraph's book type, the book's title, chapters
    rec = parse_html(_book_site_page(BOOK, BOOK))
    assert rec.title == BOOK
    assert rec.csl_type == "book"


@pytest.mark.parametrize(
    ("og_title", "heading", "og_type"),
    [
        # a chapter's page of the same book: its title is the part before the book's
        (f"3 Tidal Data | {BOOK}", "3 Tidal Data", "book"),
        # a post: OpenGraph's article type
        (BOOK, BOOK, "article"),
    ],
)
def test_a_chapter_s_page_or_a_post_is_no_book(og_title: str, heading: str, og_type: str) -> None:
    # negative: only the book's own page (book type, the book's whole title) is a book
    assert parse_html(_book_site_page(og_title, heading, og_type)).csl_type != "book"


def _ahead_of_print(*extra: str) -> str:
    head = (
        meta("citation_title", "Salt Marsh Carbon in the Tarn Delta")
        + meta("citation_author", "Vale, Ada")
        + meta("citation_online_date", "2021/03/04")
        + "".join(extra)
    )
    return page(head, "<h1>Salt Marsh Carbon in the Tarn Delta</h1><p>Ada Vale</p>")


@pytest.mark.parametrize(
    "identifier",
    [meta("citation_doi", "10.5555/tarn.2021.7"), meta("citation_issn", "0028-0836")],
)
def test_a_journal_tag_with_a_doi_or_an_issn_is_an_article_ahead_of_its_volume(
    identifier: str,
) -> None:
    html = _ahead_of_print(meta("citation_journal_title", "Tarn Coastal Letters"), identifier)
    assert parse_html(html, read_text=False).csl_type == "article-journal"


@pytest.mark.parametrize(
    "tags",
    [
        # a journal tag alone: nothing says the work is the journal's article
        meta("citation_journal_title", "Tarn Coastal Letters"),
        # a container tag that names a book: a part of the book
        meta("citation_book_title", "Cold Economies") + meta("citation_doi", "10.5555/c.7"),
    ],
)
def test_a_journal_tag_alone_or_a_book_s_title_makes_no_journal_article(tags: str) -> None:
    # negative
    assert parse_html(_ahead_of_print(tags), read_text=False).csl_type != "article-journal"


def test_a_preprint_server_s_journal_tag_makes_no_journal_article() -> None:
    # negative: a preprint server names itself in the journal tag; its page says preprint
    head = (
        meta("citation_title", "Salt Marsh Carbon in the Tarn Delta")
        + meta("citation_journal_title", "tarnRxiv")
        + meta("citation_doi", "10.5555/2021.03.04.1")
    )
    body = (
        "<h1>Salt Marsh Carbon in the Tarn Delta</h1><p>Ada Vale</p>"
        "<p>This article is a preprint and has not been peer reviewed.</p>"
    )
    assert parse_html(page(head, body), read_text=False).csl_type != "article-journal"


@pytest.mark.parametrize(
    ("site", "journal"),
    [
        ("Cliffside Living Magazine", "Cliffside Living Magazine"),  # a magazine
        ("The Cliffside Morning Herald", "The Cliffside Morning Herald"),  # a newspaper
        ("Cliffside Walks", "Cliffside Walks Blog"),  # a blog named in the journal tag
    ],
)
def test_a_press_title_s_journal_tag_and_issn_make_no_journal_article(
    site: str, journal: str
) -> None:
    # negative: magazines, newspapers and blogs carry ISSNs as journals do
    head = (
        meta("og:type", "article", attr="property")
        + meta("og:site_name", site, attr="property")
        + meta("citation_journal_title", journal)
        + meta("citation_issn", "2049-3630")
        + meta("citation_title", "Six Coves to Swim in This Autumn")
    )
    body = (
        "<h1>Six Coves to Swim in This Autumn</h1><p>By Lena Ek, 2 October 2023</p>"
        "<p>The water stays warm well into October in these six coves.</p>"
    )
    assert parse_html(page(head, body)).csl_type != "article-journal"
