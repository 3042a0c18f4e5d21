"""``comet.parse_html``: details of a paper's record that the markup or the identifiers
settle (session 18, issue 17): a year or a month the markup marks as the date under the
headline of a paper's record on its author's site, the venue printed after its label with
an ``In`` before it, and an article number the text reader took for a page where the work's
DOI ends with it.

Every page here is hand-written (invented names, titles, venues, DOIs and sites)."""

from __future__ import annotations

import pytest

from comet import parse_html
from tests._html_build import meta, page
from tests.test_html_author_sites import ld

pytest.importorskip("selectolax")

TITLE = "Sediment pulses in the channels of a tidal marsh"
OWNER = "Ines Marrow"


def item(kind: str, **fields: object) -> dict[str, object]:
    """A schema.org item of ``kind`` with its fields (JSON-LD)."""
    return {"@context": "https://schema.org", "@type": kind, **fields}


def person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


def record(
    printed: str = "2021",
    *,
    date: str = "2023-02-10T09:00:00Z",
    kind: str = "Journal article",
    venue: str = "<em>Marsh Letters</em>",
    between: str = "",
    footer: str = "© 2023 Ines Marrow",
    byline: str = f"<span>Tomas Brekke</span>, <span>{OWNER}</span>, <span>Lia Mora</span>",
) -> str:
    """A paper's record on its author's site, as academic site builders make it."""
    owner = {"@type": "Organization", "name": OWNER}
    work = item(
        "Article", headline=TITLE, datePublished=date, author=person(OWNER), publisher=owner
    )
    head = (
        meta("og:site_name", OWNER, "property")
        + meta("og:type", "article", "property")
        + ld(work)
        + f"<title>{TITLE} | {OWNER}</title>"
    )
    details = (
        (f"<div class='row'><div class='pub-row-heading'>Type</div><div>{kind}</div></div>"
         if kind else "")
        + f"<div class='row'><div class='pub-row-heading'>Publication</div><div>{venue}</div></div>"
    )  # fmt: skip
    body = (
        f"<nav><a href='/'>{OWNER}</a> <a href='/publication'>Publications</a></nav>"
        f"<div class='article-container'><h1>{TITLE}</h1>{between}"
        f"<div class='article-metadata'><div>{byline}</div>"
        f"<span class='article-date'>{printed}</span></div></div>"
        "<h3>Abstract</h3><p class='pub-abstract'>We followed sediment through three "
        "channels over two summers and found that storms set its supply.</p>"
        f"{details}<footer>{footer}</footer>"
    )
    return page(head, body)


# --- a year or a month marked as the date under the headline ------------------------


def test_a_marked_year_under_the_headline_is_the_paper_s_date() -> None:
    # the text reader reads no date from a year alone; the markup marks it as the date
    rec = parse_html(record("2021"))
    assert rec.issued is not None and rec.issued.date_parts() == [2021]
    d = next(d for d in rec.diagnostics if d.code == "reconciled" and d.field == "issued")
    assert d.chosen == "tag" and "2023-02-10" in d.text_value


def test_a_marked_month_is_read_as_before() -> None:
    rec = parse_html(record("March 2021"))
    assert rec.issued is not None and rec.issued.date_parts() == [2021, 3]


def test_a_tag_day_the_page_prints_in_full_still_wins() -> None:
    # the page prints the tag's day: it is no record's posting day
    rec = parse_html(record("2023", footer="Posted 10 February 2023"))
    assert rec.issued is not None and rec.issued.date_parts() == [2023, 2, 10]


def test_a_marked_element_that_says_more_than_a_date_gives_no_year() -> None:
    # 'Revised in 2021 …' is no date of publication alone: the tag's date stands, at the
    # precision the page prints it (its year, in the footer), as before
    rec = parse_html(record("Revised in 2021 after review"))
    assert rec.issued is not None and rec.issued.date_parts() == [2023]


def test_a_marked_year_far_below_the_headline_is_not_read() -> None:
    filler = "<p>" + "Notes on the field season and the instruments we used. " * 60 + "</p>"
    rec = parse_html(record("2021", between=filler))
    assert rec.issued is not None and rec.issued.date_parts() == [2023]


# --- the venue printed after its label, behind an 'In' ------------------------------


def test_a_venue_printed_after_in_is_read_without_it() -> None:
    rec = parse_html(record("March 2021", venue="In <em>Journal of Marsh Studies</em>"))
    assert rec.container_title == "Journal of Marsh Studies"


def test_a_venue_without_in_is_read_as_printed() -> None:
    rec = parse_html(record("March 2021", venue="<em>Journal of Marsh Studies</em>, 12(3), 45-67"))
    assert rec.container_title == "Journal of Marsh Studies"
    assert (rec.volume, rec.issue, str(rec.pages)) == ("12", "3", "45-67")


@pytest.mark.parametrize(
    "venue",
    ["<em>Journal of Marsh Studies</em>, 2021", "<em>Journal of Marsh Studies</em> (in press)"],
)
def test_a_year_or_a_status_after_the_printed_venue_is_no_part_of_it(venue: str) -> None:
    rec = parse_html(record("March 2021", venue=venue))
    assert rec.container_title == "Journal of Marsh Studies"


@pytest.mark.parametrize(
    "venue",
    ["Proceedings of the 2022 Workshop on Coastal Systems (WCS 2022)", "Marsh Notes (Tarn)"],
)
def test_an_event_s_short_name_or_a_place_after_the_venue_stays(venue: str) -> None:
    # negative: brackets holding more than a year or a status are part of the name
    rec = parse_html(record("March 2021", venue=venue))
    assert rec.container_title == venue


# --- an article number the text reader read as a page ------------------------------


def journal_page(cite: str, doi: str, volume: str = "6") -> str:
    head = "".join(
        meta(k, v)
        for k, v in (
            ("citation_title", TITLE),
            ("citation_author", "Marrow, Ines"),
            ("citation_author", "Brekke, Tomas"),
            ("citation_publication_date", "2015/03/12"),
            ("citation_journal_title", "Frontiers in Marsh Science"),
            ("citation_volume", volume),
            ("citation_doi", doi),
        )
    )
    body = (
        f"<h1>{TITLE}</h1><p>Ines Marrow, Tomas Brekke</p><p>{cite}</p>"
        "<p>We followed sediment through three channels over two summers.</p>"
    )
    return page(head, body)


def test_a_page_the_doi_ends_with_as_a_counter_is_the_article_number() -> None:
    html = journal_page(
        "Citation: Marrow I and Brekke T (2015) Sediment pulses. Front. Marsh Sci. 6:1062. "
        "doi: 10.5555/fmars.2015.01062",
        "10.5555/fmars.2015.01062",
    )
    rec = parse_html(html)
    assert rec.number == "1062" and rec.pages is None
    assert any(d.code == "article-number" for d in rec.diagnostics)


def test_a_printed_page_the_doi_does_not_count_stays_a_page() -> None:
    # a DOI ending in a publisher's short sequence number ('….01.062') counts no article
    html = journal_page(
        "Marsh Notes 12: 62. doi: 10.5555/mn.2015.01.062", "10.5555/mn.2015.01.062", "12"
    )
    rec = parse_html(html)
    assert rec.number is None and str(rec.pages) == "62"


# --- a journal's news story ------------------------------------------------------------


def news_page(
    journal: str, *, volume: str = "", kind: str = "NewsArticle", doi: str = "", issn: str = ""
) -> str:
    head = (
        meta("prism.publicationname", journal)
        + meta("og:site_name", journal, "property")
        + (meta("prism.volume", volume) if volume else "")
        + (meta("citation_doi", doi) if doi else "")
        + (meta("prism.issn", issn) if issn else "")
        + meta("og:type", "article", "property")
        + ld(item(kind, headline="Drought shrinks the alpine sedge meadows",
                  datePublished="2019-09-12", author=person("Ada Lind")))
    )  # fmt: skip
    body = (
        f"<header><p>{journal}</p></header><h1>Drought shrinks the alpine sedge meadows</h1>"
        "<p>By Ada Lind</p><p>12 September 2019</p>"
        "<p>Botanists counted fewer flowering sedges after the third dry summer in a row, "
        "and say the meadows may not recover before the glaciers retreat further.</p>"
    )
    return page(head, body)


def test_a_journal_s_news_story_is_a_magazine_article() -> None:
    # a journal's apparatus (the work's DOI, the journal's ISSN) beside the news tag
    rec = parse_html(news_page("Alpine Science", issn="1234-5679", doi="10.5555/d4158-019-0279"))
    assert rec.csl_type == "article-magazine"
    d = next(d for d in rec.diagnostics if d.code == "reconciled" and d.field == "type")
    assert d.chosen == "tag" and d.tag_value == "article-magazine"


def test_a_news_story_of_a_periodical_named_a_journal_is_a_magazine_article() -> None:
    rec = parse_html(news_page("Journal of Alpine Botany"))
    assert rec.csl_type == "article-magazine"


@pytest.mark.parametrize(
    "journal",
    ["The Harbour Evening Post", "Harbour Daily News", "The Evening Standard", "Alpine Science"],
)
def test_a_paper_s_own_news_story_stays_a_newspaper_article(journal: str) -> None:
    # negative: a paper that names itself in a journal tag, beside an explicit NewsArticle
    rec = parse_html(news_page(journal))
    assert rec.csl_type == "article-newspaper"


def test_a_paper_with_a_volume_and_no_news_tag_is_no_magazine_article() -> None:
    rec = parse_html(news_page("Alpine Science", volume="12", kind="ScholarlyArticle"))
    assert rec.csl_type != "article-magazine"


# --- a draft's watermark printed around the title ------------------------------------


def draft_page(printed: str, tag: str) -> str:
    head = meta("citation_title", tag) + meta("citation_author", "Marrow, Ines")
    return page(head, f"<h1>{printed}</h1><p>Ines Marrow</p><p>We followed sediment pulses.</p>")


@pytest.mark.parametrize("word", ["Draft", "Entwurf"])
def test_a_draft_watermark_printed_around_the_title_is_no_part_of_it(word: str) -> None:
    framed = f"{word} – {TITLE} – {word}"
    rec = parse_html(draft_page(framed, framed.replace("–", "--")))
    assert rec.title == TITLE
    assert any(d.code == "title-frame" for d in rec.diagnostics)


def test_a_draft_word_at_one_end_only_stays_in_the_title() -> None:
    # negative: 'Draft – …' without the same word at the end frames nothing
    title = f"Draft – {TITLE}"
    rec = parse_html(draft_page(title, title))
    assert rec.title == title


# --- a byline of initials under the title of a paper's record -------------------------


@pytest.mark.parametrize(
    "byline",
    ["<span>T. Brekke</span>, <span>I. Marrow</span>, <span>L. Mora</span>",
     "<span>Brekke, T.</span>, <span>Marrow, I.</span>, <span>Mora, L.</span>"],
)  # fmt: skip
def test_a_byline_of_initials_lists_every_writer(byline: str) -> None:
    # the text reader spells out 'I.' as 'Ines' (the site's name prints it in full)
    rec = parse_html(record("March 2021", byline=byline))
    assert [p.family for p in rec.authors] == ["Brekke", "Marrow", "Mora"]
    assert [p.given[:1] for p in rec.authors] == ["T", "I", "L"]


def test_a_line_of_initials_that_says_more_than_names_is_no_byline() -> None:
    # negative: a place after the names: the tags' writer stays alone
    byline = "<span>T. Brekke</span>, <span>I. Marrow</span>, <span>L. Mora</span> in Tarn Harbour"
    rec = parse_html(record("March 2021", byline=byline))
    assert [p.family for p in rec.authors] == ["Marrow"]


# --- a repository's series tag written 'Series;Number' ---------------------------------


def series_page(series: str, printed: str) -> str:
    head = "".join(
        meta(k, v)
        for k, v in (
            ("citation_title", "Wage Floors and Harbour Employment"),
            ("citation_author", "Marrow, Ines"),
            ("citation_publication_date", "2021-03-02"),
            ("DC.type", "Working Paper"),
            ("DC.relation.ispartofseries", series),
        )
    )
    body = (
        "<h1>Wage Floors and Harbour Employment</h1><p>Ines Marrow</p>"
        f"<p>{printed}</p><p>We study wage floors in port cities over three decades.</p>"
    )
    return page(head, body)


def test_a_series_tag_with_a_number_gives_the_series_and_the_number() -> None:
    rec = parse_html(series_page("Harbour Policy Working Paper;No. 9876",
                                 "Harbour Policy Working Paper; No. 9876"))  # fmt: skip
    assert rec.number == "9876"
    assert rec.collection_title == "Harbour Policy Working Paper"


@pytest.mark.parametrize(
    "series",
    ["Harbour Policy Working Paper", "Harbour Policy Review; Vol. 3 No. 4", "Notes; Papers; 12"],
)
def test_a_series_tag_without_one_number_gives_no_number(series: str) -> None:
    # negative: a series alone, a volume and an issue, or several parts: no work's number
    rec = parse_html(series_page(series, "Harbour Policy Working Paper"))
    assert rec.number is None


def test_a_book_s_series_tag_gives_its_number_in_the_series() -> None:
    # a book in a series: the number is the volume's in the series, not the work's own
    head = "".join(
        meta(k, v)
        for k, v in (
            ("DC.title", "Tides of the Northern Fjords"),
            ("DC.creator", "Marrow, Ines"),
            ("DC.type", "Book"),
            ("DC.relation.ispartofseries", "Studies in Coastal History;12"),
        )
    )
    body = ("<h1>Tides of the Northern Fjords</h1><p>Ines Marrow</p>"
            "<p>Studies in Coastal History; 12</p><p>A history of the fjords' tides.</p>")  # fmt: skip
    rec = parse_html(page(head, body))
    assert rec.number is None and rec.collection_number == "12"
    assert rec.collection_title == "Studies in Coastal History"


@pytest.mark.parametrize(
    ("series", "printed"),
    [
        ("Lecture Notes in Marsh Science;12", "A chapter on tides."),  # the series not printed
        ("Annual Reports;2019", "Annual Reports; 2019"),  # a year, no number
    ],
)
def test_a_series_number_without_its_series_or_a_year_gives_nothing(
    series: str, printed: str
) -> None:
    # negative: a number is kept only with its series, and a year is none
    head = meta("DC.title", "Tides of the Northern Fjords") + meta("DC.creator", "Marrow, Ines")
    head += meta("DC.relation.ispartofseries", series)
    body = f"<h1>Tides of the Northern Fjords</h1><p>Ines Marrow</p><p>{printed}</p>"
    rec = parse_html(page(head, body))
    assert rec.number is None and rec.collection_number is None


# --- an age rating after a shop's title ------------------------------------------------


def test_an_age_rating_after_the_tag_s_title_is_no_part_of_it() -> None:
    head = meta("og:title", "Зимний маяк на краю залива 18+") + meta("og:type", "book")
    body = "<h1>Зимний маяк на краю залива 18+</h1><p>Ольга Северина</p><p>Цена: 450 ₽</p>"
    rec = parse_html(page(head, body))
    assert rec.title == "Зимний маяк на краю залива"
    assert any(d.code == "title-end" for d in rec.diagnostics)


def test_a_number_ending_the_tag_s_title_stays() -> None:
    # negative: a number that is no rating of the laws' scale, and a plus glued to a word
    for title in ("Readers Aged 13+", "Modern Programming in C++"):
        head = meta("og:title", title) + meta("og:type", "book")
        rec = parse_html(page(head, f"<h1>{title}</h1><p>Ines Marrow</p>"))
        assert rec.title == title
