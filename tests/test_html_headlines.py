"""``comet.parse_html`` on news and blog pages: the headline the markup marks (``<h1>``)
against title tags written for search engines (the site's name appended, the headline
reworded, the site's own name as a schema.org ``name``), and a tag's day of publication
against a text date that is only a year or has day and month the other way round
(issue 17, shapes found on a wide local set of news and blog pages).

Every page here is hand-written (invented names, titles and sites)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_html
from comet.html import Reconciled
from comet.html.heading_markup import heading_tags
from tests._html_build import meta, page

pytest.importorskip("selectolax")

from selectolax.lexbor import LexborHTMLParser


def title_el(text: str) -> str:
    return f"<title>{text}</title>"


HEADLINE = "Beekeepers count fewer hives after the wet spring"
SITE = meta("og:site_name", "Meadow Post", "property")
MENU = (
    "<nav><ul><li>Search the archive</li><li>Subscribe today</li></ul></nav>"
    "<div><p>Most read this week</p><p>Our newsletter arrives every Friday morning</p></div>"
)
TEXT = (
    "<p>Keepers across the county reported losses after months of rain kept the bees "
    "inside, and several said they would not replace their colonies this year.</p>"
)


def story(h1: str = HEADLINE, date: str = "", logo: str = "") -> str:
    return f"{logo}{MENU}<article><h1>{h1}</h1><p>{date}</p>{TEXT}</article>"


def reconciled(rec: object, field: str) -> Reconciled:
    return next(
        d
        for d in rec.diagnostics  # type: ignore[attr-defined]
        if isinstance(d, Reconciled) and d.field == field
    )


# --- titles ----------------------------------------------------------------------------


def test_the_headline_is_the_title_tag_without_the_appended_site_part() -> None:
    rec = parse_html(page(SITE + title_el(f"{HEADLINE} – County Desk | Meadow Post"), story()))
    assert rec.title == HEADLINE


def test_a_reworded_title_tag_yields_to_the_headline_not_to_a_menu_line() -> None:
    head = SITE + meta("og:title", "Wet spring hits hive numbers", "property")
    rec = parse_html(page(head, story()))
    assert rec.title == HEADLINE
    d = reconciled(rec, "title")
    assert d.chosen == "tag" and "<h1>" in d.message


def test_a_schema_name_that_is_the_site_name_is_no_title() -> None:
    item = {"@context": "https://schema.org", "@type": "WebPage", "name": "Meadow Post",
            "publisher": {"@type": "Organization", "name": "Meadow Post"}}  # fmt: skip
    head = f'<script type="application/ld+json">{json.dumps(item)}</script>'
    head += meta("og:title", HEADLINE, "property") + SITE
    rec = parse_html(page(head, story(logo="<p>Meadow Post</p>")))
    assert rec.title == HEADLINE


def test_a_logo_h1_is_not_the_headline() -> None:
    html = page(SITE, story(logo="<h1>Meadow Post</h1>"))
    tags = heading_tags(html, LexborHTMLParser(html), [HEADLINE], ["Meadow Post"])
    assert [t.value for t in tags] == [HEADLINE]


def test_site_first_title_and_logo_h1_keep_the_text_title() -> None:
    head = title_el(f"Meadow Notes » Archive » {HEADLINE}")
    body = f"<h1>Meadow Notes</h1><article><h2>{HEADLINE}</h2>{TEXT}</article>"
    assert parse_html(page(head, body)).title == HEADLINE


def test_a_headline_repeated_in_its_subtitle_is_the_title_never_the_menu() -> None:
    head = title_el("Hive Count: Hive Count Review | Meadow Post")
    body = f"{MENU}<article><h1>Hive Count</h1><h2>Hive Count: Hive Count</h2>{TEXT}</article>"
    assert parse_html(page(head, body)).title == "Hive Count"


def test_several_h1_the_one_the_title_tags_share_words_with() -> None:
    html = page("", "<h1>Weather Watch</h1><h1>" + HEADLINE + "</h1><h1>Related stories</h1>")
    tree = LexborHTMLParser(html)
    assert [t.value for t in heading_tags(html, tree, [f"{HEADLINE} | Meadow Post"], [])] == [
        HEADLINE
    ]
    assert heading_tags(html, tree, ["Something else entirely"], []) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<h1>", "</h1>", "Hive", "Count", " ", "<b>", "</b>",
                                 "<h1 hidden>", "&amp;", "Meadow Post", "<script>x</script>"]),
                max_size=30), st.lists(st.text(max_size=20), max_size=3))  # fmt: skip
def test_heading_tags_never_fail(parts: list[str], titles: list[str]) -> None:
    html = page("", "".join(parts))
    tags = heading_tags(html, LexborHTMLParser(html), titles, ["Meadow Post"])
    assert len(tags) <= 1 and all(t.name == "html:h1" and t.value for t in tags)


# --- dates -----------------------------------------------------------------------------


def test_a_day_month_swap_in_the_text_yields_to_the_tag_date() -> None:
    head = SITE + meta("article:published_time", "2021-04-09T08:00:00Z", "property")
    rec = parse_html(page(head, story(date="04/09/2021")))
    assert str(rec.issued) == "2021-04-09"
    assert "other way round" in reconciled(rec, "issued").message


def test_a_bare_copyright_year_yields_to_the_tag_day() -> None:
    head = SITE + meta("article:published_time", "2019-06-14T10:00:00+02:00", "property")
    body = story() + "<footer><p>© 2023 Meadow Post</p></footer>"
    rec = parse_html(page(head, body))
    assert str(rec.issued) == "2019-06-14"


def test_a_scholarly_page_keeps_the_printed_issue_year() -> None:
    head = (
        meta("citation_title", "Hive losses in wet springs")
        + meta("citation_journal_title", "Journal of Apiculture Notes")
        + meta("citation_publication_date", "2019/11/02")
        + meta("citation_volume", "12")
    )
    body = (
        "<h1>Hive losses in wet springs</h1><p>Journal of Apiculture Notes, 2020, vol. 12</p>"
        + TEXT
    )
    rec = parse_html(page(head, body))
    assert rec.issued is not None and rec.issued.year == 2020  # the issue's printed year


def test_a_marked_date_after_the_headline_dates_a_page_without_tags() -> None:
    from comet.html.byline_markup import dateline_tags

    teaser = '<div class="teaser"><span class="date">02.01.2020</span> Older story</div>'
    body = (
        f'{teaser}<article><h1>{HEADLINE}</h1><p class="meta"><span class="entry-date">'
        f"Tuesday, 9 March 2021</span></p>{TEXT}"
        '<div class="comments"><span class="comment-date">10 March 2021</span></div></article>'
        "<footer><p>© 2024 Meadow Post</p></footer>"
    )
    html = page("", body)
    assert [t.value for t in dateline_tags(html, LexborHTMLParser(html))] == [
        "Tuesday, 9 March 2021"
    ]
    assert str(parse_html(html.replace(teaser, "")).issued) == "2021-03-09"


def test_an_updated_date_is_not_the_marked_date() -> None:
    from comet.html.byline_markup import date_marker

    tree = LexborHTMLParser(
        '<span class="entry-date published">a</span><span class="updated-date">b</span>'
        '<time itemprop="datePublished">c</time><span class="comment-date">d</span>'
    )
    assert [date_marker(n) for n in tree.css("span, time")] == [True, False, True, False]


# --- the site as the container ---------------------------------------------------------


def test_a_posts_schema_publisher_names_its_site_without_a_site_name() -> None:
    item = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": HEADLINE,
            "publisher": {"@type": "Organization", "name": "Meadow Notes"}}  # fmt: skip
    head = f'<script type="application/ld+json">{json.dumps(item)}</script>'
    body = f"<header><p>Meadow Notes</p></header>{story()}"
    assert parse_html(page(head, body)).container_title == "Meadow Notes"


def test_web_writing_takes_the_site_over_the_texts_container() -> None:
    head = SITE + meta("og:type", "article", "property") + meta("og:title", HEADLINE, "property")
    body = (
        f"<header><p>Meadow Post</p></header>{story()}"
        "<p>By J. Fernley, Apiary Letters 12, 33-41 (2019)</p>"
    )
    rec = parse_html(page(head, body))
    assert rec.container_title == "Meadow Post"


def test_a_logo_h1_sharing_the_appended_site_name_loses_to_the_headline() -> None:
    html = page("", f"<h1>Meadow Post</h1><h1>{HEADLINE}</h1>")
    titles = ["Beekeepers count fewer hives this year - Meadow Post"]
    assert [t.value for t in heading_tags(html, LexborHTMLParser(html), titles, [])] == [HEADLINE]
