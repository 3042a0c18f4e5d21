"""``comet.parse_html`` on a paper's record on an author's or a lab's own site (the pages
static site builders make for an academic's publication list): a schema.org ``Article``
that names only the first author, a template's default date, the site's name beside a
printed type and venue; and a section number that is no date (issue 17, found on a wide
local set of author-hosted scholarly pages).

Every page here is hand-written (invented names, titles, venues and sites)."""

from __future__ import annotations

import json

import pytest

import comet
from comet import parse_html
from tests._html_build import meta, page

pytest.importorskip("selectolax")


def ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def names(rec: object) -> list[str]:
    return [f"{p.given} {p.family}" for p in rec.authors]  # type: ignore[attr-defined]


TITLE = "Tidal mixing under sea ice in a shallow fjord"
NAV = "<nav><a href='/'>Ylva Strand</a> <a href='/publication'>Publications</a></nav>"


def record_page(
    byline: str,
    *,
    date: str = "2019-01-01T00:00:00Z",
    printed: str = "March 2022",
    details: str = "<h3>Type</h3><p>Journal article</p><h3>Publication</h3><p>Polar Waters</p>",
) -> str:
    head = (
        meta("og:site_name", "Ylva Strand", "property")
        + meta("og:type", "article", "property")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Article",
                "headline": TITLE,
                "datePublished": date,
                "author": {"@type": "Person", "name": "Ylva Strand"},
                "publisher": {"@type": "Organization", "name": "Ylva Strand"},
            }
        )
    )
    body = (
        NAV + f"<div class='pub'><h1>{TITLE}</h1><div class='meta'><div>{byline}</div>"
        f"<span class='date'>{printed}</span></div>"
        "<h3>Abstract</h3><p>We measured currents under fast ice through one winter and "
        "found that tides set the mixing in the inner basin.</p>" + details + "</div>"
    )
    return page(head, body)


BYLINE = "<span>Ylva Strand</span>, <span>Tomas Ekwall</span>, <span>Ines Marrow</span>"


def test_the_line_under_the_title_lists_every_writer() -> None:
    rec = parse_html(record_page(BYLINE))
    assert names(rec) == ["Ylva Strand", "Tomas Ekwall", "Ines Marrow"]
    d = next(d for d in rec.diagnostics if d.code == "reconciled" and d.field == "author")
    assert d.chosen == "text"


def test_a_connector_and_affiliation_numbers_stay_a_byline() -> None:
    rec = parse_html(
        record_page("Ylva Strand<sup>1</sup>, Tomas Ekwall<sup>2</sup> and Ines Marrow")
    )
    assert names(rec) == ["Ylva Strand", "Tomas Ekwall", "Ines Marrow"]


def test_a_sentence_under_the_title_is_no_byline() -> None:
    # the standfirst names the writer and others: not a list of authors
    standfirst = "Ylva Strand, Tomas Ekwall and Ines Marrow went north to measure the tides"
    rec = parse_html(record_page(standfirst))
    assert names(rec) == ["Ylva Strand"]


def test_a_list_that_does_not_begin_with_the_tags_writer_is_not_used() -> None:
    rec = parse_html(record_page("<span>Tomas Ekwall</span>, <span>Ines Marrow</span>"))
    assert not any("line under the title" in d.message for d in rec.diagnostics)
    assert names(rec) != ["Ylva Strand", "Tomas Ekwall", "Ines Marrow"]


RARE = "<span>Ylva Strand</span>, <span>Oluwaseun Adeyemi</span>, <span>Xu Zhang</span>"


def test_names_no_lexicon_knows_are_vouched_by_the_text_reader_on_a_typed_record() -> None:
    # the co-authors' given names are in no lexicon; the page prints the work's type
    rec = parse_html(record_page(RARE))
    assert names(rec) == ["Ylva Strand", "Oluwaseun Adeyemi", "Xu Zhang"]
    d = next(d for d in rec.diagnostics if d.code == "reconciled" and d.field == "author")
    assert d.chosen == "text"


def test_the_owner_anywhere_in_the_byline_of_a_typed_record() -> None:
    # the tags name the site's owner, the second writer of the paper
    byline = "<span>Tomas Ekwall</span>, <span>Ylva Strand</span>, <span>Ines Marrow</span>"
    assert names(parse_html(record_page(byline))) == ["Tomas Ekwall", "Ylva Strand", "Ines Marrow"]


def test_a_date_between_the_title_and_the_byline_is_passed_over() -> None:
    body = (
        NAV + f"<h1>{TITLE}</h1><p>Mar 4, 2022</p><p>{RARE}</p>"
        "<h3>Abstract</h3><p>We measured currents under fast ice through one winter.</p>"
        "<h3>Type</h3><p>Journal article</p><h3>Publication</h3><p>Polar Waters</p>"
    )
    head = ld({"@context": "https://schema.org", "@type": "Article", "headline": TITLE,
               "author": {"@type": "Person", "name": "Ylva Strand"}})  # fmt: skip
    assert names(parse_html(page(head, body))) == ["Ylva Strand", "Oluwaseun Adeyemi", "Xu Zhang"]


def test_unknown_names_under_an_untyped_post_are_not_added() -> None:
    # negative: no printed type (a post): the tags' writer stands, whatever the text read
    rec = parse_html(record_page(RARE, details=""))
    assert names(rec) == ["Ylva Strand"]


def test_a_line_with_more_than_names_under_a_typed_record_is_not_used() -> None:
    # negative: a place after the names (a dateline) is no byline of writers alone
    rec = parse_html(record_page(RARE + " in Tromsø Harbour"))
    assert names(rec) == ["Ylva Strand"]


def test_a_names_line_away_from_the_title_is_not_used() -> None:
    # the names are printed further down the page (a related list), not under the title
    body = (
        NAV + f"<h1>{TITLE}</h1><p>March 2022</p><p>We measured currents under fast ice.</p>"
        "<h3>Related</h3><p>Ylva Strand, Tomas Ekwall, Ines Marrow</p>"
    )
    head = ld({"@context": "https://schema.org", "@type": "Article", "headline": TITLE,
               "author": {"@type": "Person", "name": "Ylva Strand"}})  # fmt: skip
    assert names(parse_html(page(head, body))) == ["Ylva Strand"]


def test_a_template_default_new_year_yields_to_the_printed_month() -> None:
    rec = parse_html(record_page(BYLINE))
    assert rec.issued is not None and rec.issued.date_parts() == [2022, 3]


def test_a_new_year_the_page_prints_is_a_day() -> None:
    rec = parse_html(record_page(BYLINE, date="2022-01-01", printed="1 January 2022"))
    assert rec.issued is not None and rec.issued.date_parts() == [2022, 1, 1]


def test_a_day_other_than_new_year_still_beats_a_printed_month() -> None:
    # a post's tag gives the day; the text only a month (a heading, an archive line)
    rec = parse_html(record_page(BYLINE, date="2021-05-04T09:00:00Z", details=""))
    assert rec.issued is not None and rec.issued.date_parts() == [2021, 5, 4]


def test_a_typed_record_posted_after_its_paper_keeps_the_printed_date() -> None:
    # the tags date the record's posting on the site; the page prints the paper's month
    rec = parse_html(record_page(BYLINE, date="2023-02-10T09:00:00Z", printed="June 2019"))
    assert rec.issued is not None and rec.issued.date_parts() == [2019, 6]


def test_a_printed_month_after_the_tags_day_does_not_win_on_a_typed_record() -> None:
    # negative: a later month is no earlier date of the work (a heading, an update)
    rec = parse_html(record_page(BYLINE, date="2019-02-10T09:00:00Z", printed="June 2023"))
    assert rec.issued is not None and rec.issued.date_parts() == [2019, 2, 10]


def test_the_owners_site_is_no_container_of_a_typed_paper() -> None:
    rec = parse_html(record_page(BYLINE, details="<h3>Type</h3><p>Journal article</p>"))
    assert rec.container_title != "Ylva Strand"


def test_a_post_still_has_its_site_as_container() -> None:
    head = (
        meta("og:site_name", "Harbour Notes", "property")
        + meta("og:type", "article", "property")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "BlogPosting",
                "headline": TITLE,
                "datePublished": "2021-05-04",
                "author": {"@type": "Person", "name": "Ylva Strand"},
            }
        )
    )
    body = (
        "<nav>Harbour Notes</nav>"
        + f"<h1>{TITLE}</h1><p>By Ylva Strand · 4 May 2021</p><p>We went out at dawn.</p>"
    )
    assert parse_html(page(head, body)).container_title == "Harbour Notes"


@pytest.mark.parametrize("text", ["1.5.1", "3.2.1 Installing the tools", "2.4.1"])
def test_a_section_number_is_no_date(text: str) -> None:
    assert comet.parse_date(text, strict=False).value is None


@pytest.mark.parametrize(("text", "parts"), [("12.3.04", [2004, 3, 12]), ("21.6.5", [2021, 6, 5])])
def test_a_two_digit_year_still_reads(text: str, parts: list[int]) -> None:
    got = comet.parse_date(text, strict=False).value
    assert got is not None and got.date_parts() == parts


def test_the_venue_printed_after_its_label_is_the_container() -> None:
    rec = parse_html(record_page(BYLINE))
    assert rec.container_title == "Polar Waters"


def test_a_type_after_the_venue_label_is_no_container() -> None:
    # negative: a thesis record prints its kind again where a paper prints its venue
    details = "<h3>Type</h3><p>Thesis</p><h3>Publication</h3><p>Thesis</p>"
    rec = parse_html(record_page(BYLINE, details=details))
    assert rec.container_title in (None, "")


def test_a_year_after_the_venue_label_is_no_container() -> None:
    details = "<h3>Type</h3><p>Journal article</p><h3>Publication</h3><p>2021</p>"
    assert parse_html(record_page(BYLINE, details=details)).container_title in (None, "")


def test_a_venue_label_on_a_post_names_no_container() -> None:
    # negative: the rule reads typed works only; a blog post keeps its site as container
    head = (
        meta("og:site_name", "Harbour Notes", "property")
        + meta("og:type", "article", "property")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "BlogPosting",
                "headline": TITLE,
                "author": {"@type": "Person", "name": "Ylva Strand"},
            }
        )
    )
    body = (
        "<nav>Harbour Notes</nav>"
        f"<h1>{TITLE}</h1><p>By Ylva Strand · 4 May 2021</p><p>We went out at dawn.</p>"
        "<h3>Publication</h3><p>Weekend edition</p>"
    )
    assert parse_html(page(head, body)).container_title == "Harbour Notes"


def test_a_printed_type_is_not_overridden_by_a_preprint_button() -> None:
    # the record links its preprint; the page prints the work's type
    details = (
        "<p><a href='/preprint.pdf'>Preprint</a></p>"
        "<h3>Type</h3><p>Journal article</p><h3>Publication</h3><p>Polar Waters</p>"
    )
    rec = parse_html(record_page(BYLINE, details=details))
    assert rec.csl_type == "article-journal"


def test_a_byline_read_given_names_first_like_the_tag() -> None:
    # 'Ylva Strand, Tomas Di Ekwall' alone reads as one inverted name; the tag says
    # the first is a given-first name
    byline = "Ylva Strand, Tomas Di Ekwall, Ines Marrow"
    rec = parse_html(record_page(byline))
    assert [p.family for p in rec.authors][:1] == ["Strand"]
    assert len(rec.authors) == 3


def test_affiliation_marks_glued_to_initials_are_not_names() -> None:
    # a citation-style byline: family names, initials, affiliation numbers glued on
    head = meta("citation_title", TITLE) + meta("citation_author", "Strand Y")
    body = f"<h1>{TITLE}</h1><p>Strand Y1, Ekwall T2, Marrow I3.</p><p>Polar Waters. 2022.</p>"
    rec = parse_html(page(head, body))
    assert [(p.family, (p.given or "").rstrip(".")) for p in rec.authors] == [
        ("Strand", "Y"),
        ("Ekwall", "T"),
        ("Marrow", "I"),
    ]


@pytest.mark.parametrize("value", ["12 March 2020", "March 2020", "Published: 4 May 2021"])
def test_a_date_after_the_venue_label_is_no_container(value: str) -> None:
    details = f"<h3>Type</h3><p>Journal article</p><h3>Publication</h3><p>{value}</p>"
    assert parse_html(record_page(BYLINE, details=details)).container_title in (None, "")


def test_a_conference_s_year_in_its_name_is_still_a_venue() -> None:
    details = "<h3>Type</h3><p>Conference paper</p><h3>Publication</h3><p>In FJORD 2021</p>"
    assert parse_html(record_page(BYLINE, details=details)).container_title == "FJORD 2021"


def test_a_new_year_tag_alone_still_dates_the_page() -> None:
    # nothing else dates the page: the tag's date stands
    head = ld({"@context": "https://schema.org", "@type": "Article", "headline": TITLE,
               "datePublished": "2019-01-01"})  # fmt: skip
    rec = parse_html(page(head, f"<h1>{TITLE}</h1><p>We measured currents.</p>"))
    assert rec.issued is not None and rec.issued.year == 2019


def test_the_tags_alone_read_the_byline_s_names_element_by_element() -> None:
    # read_text=False sets each inline element on a line of its own: the commas join them
    rec = parse_html(record_page(BYLINE), read_text=False)
    assert names(rec) == ["Ylva Strand", "Tomas Ekwall", "Ines Marrow"]


def test_lines_without_separators_are_not_joined_into_a_byline() -> None:
    # negative: a menu of people's pages under the title, one name a line, no commas
    menu = "<div><span>Ylva Strand</span></div><div><span>Tomas Ekwall</span></div>"
    rec = parse_html(record_page(menu), read_text=False)
    assert names(rec) == ["Ylva Strand"]


def test_a_lower_case_article_after_in_is_not_the_venue_s() -> None:
    details = (
        "<h3>Type</h3><p>Conference paper</p><h3>Publication</h3>"
        "<p>In the 2021 Symposium on Fjord Physics</p>"
    )
    rec = parse_html(record_page(BYLINE, details=details))
    assert rec.container_title == "2021 Symposium on Fjord Physics"


def test_a_journal_named_with_its_article_keeps_it() -> None:
    # negative: 'The Fjord Review' is the journal's own name
    details = "<h3>Type</h3><p>Journal article</p><h3>Publication</h3><p>The Fjord Review</p>"
    assert parse_html(record_page(BYLINE, details=details)).container_title == "The Fjord Review"


def test_a_middle_initial_is_not_moved_into_the_family_name() -> None:
    # the page's BibTeX block writes 'C. Flournoy'-style names; the tags are right
    head = meta("citation_title", TITLE) + meta("citation_author", "Ylva K. Strand")
    body = (
        f"<h1>{TITLE}</h1><p>Ylva K. Strand</p><p>Published March 3, 2022</p>"
        "<pre>@article{strand2022, author = {K. Strand, Ylva}, title = {Tidal mixing under "
        "sea ice in a shallow fjord}, year = {2022}}</pre>"
    )
    rec = parse_html(page(head, body))
    assert [(p.family, p.given) for p in rec.authors] == [("Strand", "Ylva K.")]


def _news(line: str, kind: str = "NewsArticle") -> str:
    head = meta("og:type", "article", "property") + ld(
        {
            "@context": "https://schema.org",
            "@type": kind,
            "headline": TITLE,
            "author": {"@type": "Person", "name": "Mara Olsen"},
        }
    )
    body = f"<h1>{TITLE}</h1><p>{line}</p><p>The harbour froze early this year.</p>"
    return page(head, body)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Mara Olsen, New York", "NewsArticle"),
        ("Mara Olsen, Buenos Aires", "NewsArticle"),
        ("Mara Olsen, Ciudad Real", "NewsArticle"),
        ("Mara Olsen, Santa Cruz", "BlogPosting"),
        ("Mara Olsen, Bad Homburg", "NewsArticle"),
        ("Mara Olsen, Harbour Times", "NewsArticle"),
    ],
)
def test_a_dateline_s_place_or_an_outlet_is_no_co_author(line: str, kind: str) -> None:
    assert names(parse_html(_news(line, kind))) == ["Mara Olsen"]


def test_a_news_byline_of_known_names_still_lists_them() -> None:
    rec = parse_html(_news("Mara Olsen, Tomas Ekwall and Sarah Lind"))
    assert names(rec) == ["Mara Olsen", "Tomas Ekwall", "Sarah Lind"]


def test_a_place_on_a_typed_record_is_no_co_author() -> None:
    assert names(parse_html(record_page("Ylva Strand, New York"))) == ["Ylva Strand"]


def test_a_menu_item_after_a_venue_label_is_no_container() -> None:
    nav = "<ul><li>Home</li><li>Publication</li><li>Teaching</li><li>Contact</li></ul>"
    html = record_page(BYLINE, details="<h3>Type</h3><p>Journal article</p>")
    html = html.replace("<body>", "<body>" + nav, 1)
    assert parse_html(html).container_title in (None, "")


@pytest.mark.parametrize(
    "value",
    [
        "Peer reviewed",
        "Accepted manuscript",
        "Published online 2022",
        "Springer, Berlin",
        "PDF download (2.4 MB)",
    ],
)
def test_a_status_interface_or_publisher_line_is_no_venue(value: str) -> None:
    details = f"<h3>Type</h3><p>Journal article</p><h3>Publication</h3><p>{value}</p>"
    assert parse_html(record_page(BYLINE, details=details)).container_title in (None, "")


PROCEEDINGS_RECORD = (
    "<h3>Type</h3><p>Refereed Conference Proceedings</p>"
    "<h3>Publication</h3><p>In the 2024 International Conference on Coastal Robotics (ICCR)</p>"
)


def test_a_paper_in_a_conference_s_proceedings_is_a_conference_paper() -> None:
    # the record's type label names the proceedings; the venue line puts the work in them
    rec = parse_html(record_page(BYLINE, details=PROCEEDINGS_RECORD))
    assert rec.csl_type == "paper-conference"
    assert rec.container_title == "2024 International Conference on Coastal Robotics (ICCR)"
    assert any(d.code == "printed-venue" for d in rec.diagnostics)


def test_a_kind_of_work_read_as_container_yields_to_the_printed_venue() -> None:
    details = PROCEEDINGS_RECORD.replace(
        "Refereed Conference Proceedings", "Conference Proceedings"
    )
    rec = parse_html(record_page(BYLINE, details=details))
    assert rec.container_title == "2024 International Conference on Coastal Robotics (ICCR)"
    assert rec.csl_type == "paper-conference"


@pytest.mark.parametrize(
    "details",
    [
        # a book in a series: 'In' a series that names no event
        "<h3>Type</h3><p>Book</p><h3>Publication</h3><p>In Harbour Studies Series</p>",
        # an edited proceedings volume: its venue line names the event without 'In'
        "<h3>Type</h3><p>Conference Proceedings</p>"
        "<h3>Publication</h3><p>2024 International Conference on Coastal Robotics</p>",
    ],
)
def test_a_book_not_printed_in_a_conference_stays_a_book(details: str) -> None:
    # negative: only a work printed 'In' a conference's proceedings is a paper of them
    assert parse_html(record_page(BYLINE, details=details)).csl_type == "book"


@pytest.mark.parametrize(
    "venue",
    ["In Proceedings of the 2024 Conference on Fjords", "Thesis Eleven", "Journal of Polar Waters"],
)
def test_a_venue_that_holds_a_type_s_word_is_still_a_venue(venue: str) -> None:
    # a proceedings' or a journal's name with a type's word is no kind of work
    details = f"<h3>Type</h3><p>Conference paper</p><h3>Publication</h3><p>{venue}</p>"
    rec = parse_html(record_page(BYLINE, details=details))
    assert rec.container_title == venue.removeprefix("In ")


def _post_on(site: str) -> str:
    head = (
        meta("og:site_name", site, "property")
        + meta("og:type", "article", "property")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "BlogPosting",
                "headline": TITLE,
                "datePublished": "2021-05-04",
                "author": {"@type": "Person", "name": "Ylva Strand"},
            }
        )
    )
    body = (
        f"<nav>{site}</nav><h1>{TITLE}</h1><p>By Ylva Strand · 4 May 2021</p>"
        "<p>We went out at dawn and measured the currents under the ice.</p>"
    )
    return page(head, body)


def test_a_site_named_after_the_post_s_writer_is_no_container() -> None:
    # a person's own site, named after its owner: the post has no container
    rec = parse_html(_post_on("Ylva Strand"))
    assert rec.container_title is None
    assert any(d.code == "site-is-author" for d in rec.diagnostics)


@pytest.mark.parametrize("site", ["Harbour Notes", "Tomas Ekwall"])
def test_a_site_named_otherwise_stays_the_post_s_container(site: str) -> None:
    # negative: a blog's name, or another person's name, is the post's container
    assert parse_html(_post_on(site)).container_title == site
