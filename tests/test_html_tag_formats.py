"""How embedded-metadata tag families are written across platforms (invented values):
a ``<meta>`` with both a name and a property, names with an affiliation or an ORCID iD
written after them, days whose day and month could be read either way, ISO 8601's basic
form, Dublin Core types refined by dots, and the repository vocabulary's type names."""

from __future__ import annotations

import json

import pytest

from comet import parse_html
from comet.html import embedded_metadata
from comet.html.mapping import _date, _type, map_tags, type_words
from comet.html.tag_persons import _person, without_affiliation
from tests._html_build import meta, page

pytest.importorskip("selectolax")


def _names(value: str) -> list[tuple[str | None, str | None, str | None]]:
    got = _person(value)
    people = got if isinstance(got, tuple) else (got,) if got else ()
    return [(p.family, p.given, p.literal) for p in people]


# --- a <meta> with both an HTML name and an RDFa property ------------------------------


def test_a_meta_with_a_name_and_a_property_is_read_by_its_property() -> None:
    html = page('<meta property="og:title" content="Salt Marsh Carbon in the Tarn Delta" '
                'name="title"><meta name="dc.identifier" content="doi:10.5555/tarn.2016.4">',
                "<h2>Tarn Journal Online</h2><h1>Salt Marsh Carbon in the Tarn Delta</h1>"
                "<p>Some text of the abstract, long enough to be a paragraph of its own.</p>")  # fmt: skip
    names = [t.name for t in embedded_metadata(html)]
    assert "og:title" in names
    assert parse_html(html).title == "Salt Marsh Carbon in the Tarn Delta"


def test_both_keys_of_a_meta_are_read_when_both_are_known() -> None:
    html = page('<meta name="citation_title" property="og:title" content="Reed Beds">')
    names = sorted(t.name for t in embedded_metadata(html))
    assert names == ["citation_title", "og:title"]


def test_a_meta_whose_name_is_unknown_gives_no_tag() -> None:
    # negative: ``name="title"`` alone is no family's tag
    html = page('<meta name="title" content="Reed Beds"><meta name="rating" content="general">')
    assert [t.name for t in embedded_metadata(html) if t.family != "html"] == []


# --- names: an affiliation or an ORCID iD after the name ---------------------------------


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Ilse Varga, University of Tarn", [("Varga", "Ilse", None)]),
        ("Varga, Ilse, Tarn Institute of Marine Science", [("Varga", "Ilse", None)]),
        ("Varga, I., Department of Botany, Lund Hill College", [("Varga", "I.", None)]),
        ("Ilse Varga ORCID: 0000-0003-1415-9265", [("Varga", "Ilse", None)]),
        ("Ilse Varga (https://orcid.org/0000-0003-1415-9265)", [("Varga", "Ilse", None)]),
    ],
)
def test_an_affiliation_or_orcid_after_a_name_tag_is_no_part_of_the_name(
    value: str, want: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _names(value) == want


@pytest.mark.parametrize(
    ("value", "want"),
    [
        # an inverted name, two names around one comma, a suffix: unchanged
        ("Varga, Ilse", [("Varga", "Ilse", None)]),
        ("Ilse Varga, Tomas Ek", [("Varga", "Ilse", None), ("Ek", "Tomas", None)]),
        ("Ilse Varga, PhD", [("Varga", "Ilse", None)]),
        # a body's name whose second part is a unit of it: a body, kept whole
        ("Tarn University, Department of Physics",
         [(None, None, "Tarn University, Department of Physics")]),
    ],
)  # fmt: skip
def test_names_without_an_affiliation_are_read_as_before(
    value: str, want: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _names(value) == want


def test_without_affiliation_keeps_a_list_of_several_names() -> None:
    # negative: three parts, the last a group's name: not one name plus an affiliation
    assert without_affiliation("Ilse Varga, Tomas Ek, Delta Study Group") == (
        "Ilse Varga, Tomas Ek, Delta Study Group"
    )


def test_an_author_tag_with_an_affiliation_reads_as_the_person() -> None:
    html = page(meta("citation_title", "Reed Beds of the Tarn")
                + meta("citation_author", "Ilse Varga, University of Tarn")
                + meta("citation_author", "Ek, Tomas, Tarn Institute of Marine Science"),
                "<h1>Reed Beds of the Tarn</h1><p>Ilse Varga, Tomas Ek</p>")  # fmt: skip
    rec = parse_html(html)
    assert [(p.family, p.given) for p in rec.authors] == [("Varga", "Ilse"), ("Ek", "Tomas")]


# --- dates: day and month either way; ISO's basic form -------------------------------------


def _issued(head: str) -> list[str]:
    diags: list = []
    return [str(tv.value) for tv in map_tags(embedded_metadata(page(head)), diags)
            if tv.field.startswith("issued")]  # fmt: skip


def test_an_ambiguous_day_takes_the_reading_another_tag_writes_unambiguously() -> None:
    # the US platform order, month first, shown by the ISO date beside it
    got = _issued(meta("citation_date", "11/03/2014") + meta("DC.Date", "2014-11-03"))
    assert got == ["2014-11-03", "2014-11-03"]


def test_an_ambiguous_day_alone_is_read_day_first() -> None:
    # negative: nothing says the month comes first
    assert _issued(meta("citation_date", "11/03/2014")) == ["2014-03-11"]
    # negative: the other tag agrees with the day-first reading
    got = _issued(meta("citation_date", "11/03/2014") + meta("DC.Date", "2014-03-11"))
    assert got == ["2014-03-11", "2014-03-11"]
    # negative: a day above 12 is not ambiguous, and is not turned round
    got = _issued(meta("citation_date", "25/03/2014") + meta("DC.Date", "2014-03-25"))
    assert got == ["2014-03-25", "2014-03-25"]


def test_iso_basic_dates() -> None:
    assert str(_date("20160518")) == "2016-05-18"
    # negative: eight digits that are no day
    assert _date("20161399") is None
    assert _date("31415926") is None


# --- types ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Text.Serial.Journal", "article-journal"),
        ("Text.Book", "book"),
        ("Text.Chapter", "chapter"),
        ("Text.Thesis.Doctoral", "thesis"),
        ("info:eu-repo/semantics/conferenceObject", "paper-conference"),
        ("info:eu-repo/semantics/contributionToPeriodical", "article-magazine"),
    ],
)
def test_dublin_core_and_repository_type_values(value: str, want: str) -> None:
    assert _type(value) == want


def test_only_capitalised_dotted_words_are_a_refined_dcmi_type() -> None:
    # negative: an abbreviation or a lower-case path is not split at its dots
    assert type_words("text.serial") == "text.serial"
    assert type_words("Vol.3") == "Vol.3"
    assert _type("Text") is None


# --- a proceedings series tagged as a journal --------------------------------------------


def _series_page(printed: str, extra: str = "") -> str:
    return page(meta("citation_title", "Sparse Kernels for Tide Gauges")
                + meta("citation_author", "Varga, Ilse")
                + meta("citation_journal_title", "Advances in Coastal Learning Systems")
                + meta("citation_volume", "12") + meta("citation_publication_date", "2021"),
                "<h4>Sparse Kernels for Tide Gauges</h4>"
                f"<p>{printed}</p><h4>Authors</h4><p>Ilse Varga</p>{extra}")  # fmt: skip


def test_a_series_printed_with_an_event_short_name_and_year_is_a_conference() -> None:
    rec = parse_html(_series_page("Part of Advances in Coastal Learning Systems 12 (CoLS 2021)",
                                  "<nav>Conference proceedings | Search</nav>"))  # fmt: skip
    assert rec.csl_type == "paper-conference"
    assert rec.container_title == "Advances in Coastal Learning Systems"


@pytest.mark.parametrize(
    ("printed", "extra"),
    [
        # a journal's citation line: volume and year, no event
        ("Advances in Coastal Learning Systems 12 (2021)", ""),
        # the journal's own short name, no year
        ("Advances in Coastal Learning Systems (ACLS) 12", ""),
        # an event's designation elsewhere on the page, not after the journal's name
        ("Advances in Coastal Learning Systems 12", "<p>Presented at (CoLS 2021).</p>"),
        # an issue's months or season in brackets, even in capitals
        ("Advances in Coastal Learning Systems 12 (Jan-Feb 2021)", ""),
        ("Advances in Coastal Learning Systems 12 (WINTER 2021), pp. 4-19", ""),
        # the journal's own initials and year
        (
            "Published in Advances in Coastal Learning Systems (ACLS 2021). Cite as Varga (2021).",
            "",
        ),
    ],
)
def test_a_journal_without_an_event_designation_stays_a_journal(printed: str, extra: str) -> None:
    assert parse_html(_series_page(printed, extra)).csl_type == "article-journal"


def test_an_event_designation_needs_a_second_sign_of_an_event() -> None:
    # negative: a short name and year after the journal's name, but nothing else on the
    # page (no proceedings or event word, no conference or ISBN tag) says it is an event's
    html = _series_page("Advances in Coastal Learning Systems 12 (CoLS 2021)")
    assert "Proceedings" not in html and "Conference" not in html
    assert parse_html(html).csl_type == "article-journal"


# --- JSON-LD shapes -----------------------------------------------------------------------


def _ld(obj: dict, body: str = "<h1>Sea Ice Drift in the Tarn Strait</h1>") -> str:
    import json

    return page(f"<script type='application/ld+json'>{json.dumps(obj)}</script>", body)


def test_a_graph_refers_to_the_journal_of_its_article() -> None:
    html = _ld({"@context": "https://schema.org", "@graph": [
        {"@type": "ScholarlyArticle", "@id": "#a", "headline": "Sea Ice Drift in the Tarn Strait",
         "author": [{"@id": "#p1"}], "isPartOf": {"@id": "#j"}},
        {"@type": "Person", "@id": "#p1", "givenName": "Ilse", "familyName": "Varga"},
        {"@type": "Periodical", "@id": "#j", "name": "Tarn Journal of Ice"}]},
        "<h1>Sea Ice Drift in the Tarn Strait</h1><p>Ilse Varga</p><p>Tarn Journal of Ice 4</p>")  # fmt: skip
    rec = parse_html(html, read_text=False)
    assert rec.container_title == "Tarn Journal of Ice"
    assert [(p.family, p.given) for p in rec.authors] == [("Varga", "Ilse")]


def test_a_graph_reference_to_the_web_page_is_no_container() -> None:
    # negative: a CMS's graph makes the article part of its web page and site
    html = _ld({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": "#a", "headline": "Sea Ice Drift in the Tarn Strait",
         "isPartOf": {"@id": "#wp"}},
        {"@type": "WebPage", "@id": "#wp", "name": "Sea Ice Drift in the Tarn Strait - Ice Notes"},
        {"@type": "WebSite", "@id": "#ws", "name": "Ice Notes"}]})  # fmt: skip
    assert parse_html(html, read_text=False).container_title is None


def test_a_site_is_no_container_of_a_blog_post() -> None:
    # negative: a blog post's graph names its site; no container is printed
    html = _ld({"@context": "https://schema.org", "@graph": [
        {"@type": "BlogPosting", "@id": "#a", "headline": "Sea Ice Drift in the Tarn Strait",
         "isPartOf": {"@id": "#ws"}},
        {"@type": "WebSite", "@id": "#ws", "name": "Ice Notes"}]})  # fmt: skip
    assert parse_html(html, read_text=False).container_title is None


def test_an_ordered_author_list() -> None:
    html = _ld({"@context": "https://schema.org", "@type": "ScholarlyArticle",
                "headline": "Sea Ice Drift in the Tarn Strait",
                "author": {"@list": [{"@type": "Person", "name": "Ilse Varga"},
                                     {"@type": "Person", "name": "Tomas Ek"}]}})  # fmt: skip
    rec = parse_html(html, read_text=False)
    assert [p.family for p in rec.authors] == ["Varga", "Ek"]


def test_a_dataset_created_by_a_body() -> None:
    html = _ld({"@context": "https://schema.org", "@type": "Dataset",
                "name": "Sea Ice Drift in the Tarn Strait",
                "creator": [{"@type": "Organization", "name": "Tarn Polar Institute"}],
                "publisher": {"@type": "Organization", "name": "Tarn Data Archive"}},
               "<h1>Sea Ice Drift in the Tarn Strait</h1><p>Tarn Polar Institute</p>")  # fmt: skip
    rec = parse_html(html, read_text=False)
    assert [p.literal for p in rec.authors] == ["Tarn Polar Institute"]


def test_a_news_item_by_its_outlet_has_no_author() -> None:
    # negative: a news article's "author" organisation is the outlet, not a writer
    html = _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": "Sea Ice Drift in the Tarn Strait",
                "author": [{"@type": "Organization", "name": "Tarn Herald"}]},
               "<h1>Sea Ice Drift in the Tarn Strait</h1><p>Tarn Herald</p>")  # fmt: skip
    assert parse_html(html, read_text=False).authors == ()


def test_an_author_tag_with_a_short_family_name_in_capitals() -> None:
    html = page(meta("citation_title", "Reed Beds of the Tarn") + meta("citation_author", "LI, Wei")
                + meta("citation_author", "Varga, Ilse"),
                "<h1>Reed Beds of the Tarn</h1><p>Wei Li, Ilse Varga</p>")  # fmt: skip
    rec = parse_html(html, read_text=False)
    assert [(p.family.casefold(), p.given) for p in rec.authors] == [
        ("li", "Wei"),
        ("varga", "Ilse"),
    ]


def test_an_author_tag_with_two_names_joined_by_a_list_word() -> None:
    assert _names("Ilse Varga and Tomas Ek") == [("Varga", "Ilse", None), ("Ek", "Tomas", None)]
    assert _names("Ilse Varga & Tomas Ek") == [("Varga", "Ilse", None), ("Ek", "Tomas", None)]


def test_a_firm_named_for_two_people_is_no_list_of_authors() -> None:
    # negative: two bare words around a list word are no two persons' names
    assert _names("Varga & Varga") == []
    assert _names("Tarn and Holm") == []


# --- a <meta> whose value is written in a ``value`` attribute --------------------------


def test_a_meta_s_value_attribute_stands_for_its_content() -> None:
    head = ("<meta value=2019-07-11 name=citation_date>"
            '<meta value="Vale, Ada" name=citation_author>'
            '<meta name="citation_title" value="Tidal Notes" content="Salt Marsh Carbon">')  # fmt: skip
    tags = {t.name: t.value for t in embedded_metadata(page(head, "<p>x</p>"))}
    assert tags["citation_date"] == "2019-07-11"
    assert tags["citation_author"] == "Vale, Ada"
    assert tags["citation_title"] == "Salt Marsh Carbon"  # content, where both are written


def test_a_meta_without_content_or_value_gives_no_tag() -> None:
    # negative: a name alone (or another attribute) is no value
    head = '<meta name="citation_title"><meta name="citation_date" data-x="2019-07-11">'
    assert not [t for t in embedded_metadata(page(head, "<p>x</p>")) if t.family == "highwire"]


# --- a title tag framed by a watermark -------------------------------------------------

FRAMED_TITLE = "Salt Marsh Carbon in the Tarn Delta"


def _framed_page(tag_title: str) -> str:
    head = meta("citation_title", tag_title) + meta("citation_author", "Vale, Ada")
    return page(head, f"<h1>Draft – {FRAMED_TITLE}</h1><p>Ada Vale</p><p>We measured carbon.</p>")


def test_a_title_tag_framed_by_the_same_word_is_read_without_it() -> None:
    rec = parse_html(_framed_page(f"Draft -- {FRAMED_TITLE} -- Draft"))
    assert rec.title == FRAMED_TITLE
    assert any(d.code == "title-frame" for d in rec.diagnostics)


@pytest.mark.parametrize(
    "tag_title",
    [
        f"Draft -- {FRAMED_TITLE} -- Final",  # two different words: no frame
        "Tarn -- Delta -- Tarn",  # the 'title' inside is no longer than the frame
        "Home and the Sea at Home",  # the same word at both ends without separators
    ],
)
def test_a_title_not_framed_by_one_word_keeps_its_ends(tag_title: str) -> None:
    # negative
    rec = parse_html(_framed_page(tag_title))
    assert not any(d.code == "title-frame" for d in rec.diagnostics)


def test_a_title_printed_with_the_same_word_at_both_ends_keeps_them() -> None:
    # negative: a travel post's title opens and ends with its city, printed so as the heading
    title = "Lisbon – Trams, Tiles and Steep Streets – Lisbon"
    head = f"<title>{title}</title>" + meta("og:title", title)
    rec = parse_html(page(head, f"<h1>{title}</h1><p>By Rui Lopes, 4 May 2021</p><p>We rode "
                                "the old trams for three days and climbed every hill.</p>"))  # fmt: skip
    assert rec.title == title
    assert not any(d.code == "title-frame" for d in rec.diagnostics)


# --- Google Scholar's technical report tags ----------------------------------------------

_REPORT_HEAD = (
    meta("citation_title", "Sediment Budgets of the Tarn Delta")
    + meta("citation_author", "Marrow, Ilse")
    + meta("citation_date", "2021")
)
_REPORT_BODY = "<h1>Sediment Budgets of the Tarn Delta</h1><p>Ilse Marrow</p><p>Tarn Institute</p>"


@pytest.mark.parametrize(
    "tags",
    [
        meta("citation_technical_report_number", "TI-2021-07"),
        meta("citation_technical_report_institution", "Tarn Institute"),
    ],
)
def test_a_report_number_or_institution_tag_makes_a_report(tags: str) -> None:
    for read_text in (True, False):
        rec = parse_html(page(_REPORT_HEAD + tags, _REPORT_BODY), read_text=read_text)
        assert rec.csl_type == "report"


def test_a_report_number_beside_a_journal_tag_is_no_report() -> None:
    # negative: a journal article whose record also carries its laboratory's number
    tags = (
        meta("citation_technical_report_number", "TI-2021-07")
        + meta("citation_journal_title", "Tarn Delta Letters")
        + meta("citation_volume", "4")
    )
    rec = parse_html(page(_REPORT_HEAD + tags, _REPORT_BODY), read_text=False)
    assert rec.csl_type == "article-journal"


def test_an_arxiv_number_in_the_report_tag_is_no_report() -> None:
    # negative: a repository writes a preprint's arXiv identifier as its report number
    tags = meta("citation_technical_report_number", "arXiv:2101.01234")
    rec = parse_html(page(_REPORT_HEAD + tags, _REPORT_BODY), read_text=False)
    assert rec.csl_type != "report"


# --- a page number of zero is a template's placeholder ------------------------------------

_PAGED_HEAD = (
    meta("citation_title", "Sediment Budgets of the Tarn Delta")
    + meta("citation_journal_title", "Tarn Delta Letters")
    + meta("citation_volume", "4")
)


@pytest.mark.parametrize(("first", "last"), [("0", "0"), ("0", ""), ("00", "00")])
def test_a_page_tag_of_zero_is_no_page(first: str, last: str) -> None:
    tags = meta("citation_firstpage", first) + (meta("citation_lastpage", last) if last else "")
    for read_text in (True, False):
        rec = parse_html(page(_PAGED_HEAD + tags, _REPORT_BODY), read_text=read_text)
        assert rec.pages is None and rec.number is None
        assert any(d.code == "tag-rejected" and "placeholder" in d.message for d in rec.diagnostics)


@pytest.mark.parametrize(("first", "last", "want"), [("10", "20", "10-20"), ("1", "1", "1")])
def test_page_tags_with_a_digit_other_than_zero_stay_pages(
    first: str, last: str, want: str
) -> None:
    # negative: a page that only begins with a zero-free number is a page (a first page
    # equal to its last is one page)
    tags = meta("citation_firstpage", first) + meta("citation_lastpage", last)
    rec = parse_html(page(_PAGED_HEAD + tags, _REPORT_BODY), read_text=False)
    assert str(rec.pages) == want


def test_an_article_number_with_a_leading_zero_is_still_read() -> None:
    # negative: zeros before other digits are an article number's, not a placeholder
    rec = parse_html(page(_PAGED_HEAD + meta("citation_firstpage", "041027"), _REPORT_BODY),
                     read_text=False)  # fmt: skip
    assert rec.number == "041027"


# --- an article number the work's DOI ends with ------------------------------------------

_NUMBERED_HEAD = (
    meta("citation_title", "Sediment Budgets of the Tarn Delta")
    + meta("citation_journal_title", "Frontiers in Delta Science")
    + meta("citation_volume", "6")
)
_NUMBERED_BODY = _REPORT_BODY + "<p>Front. Delta Sci. 6:1062.</p>"


@pytest.mark.parametrize("doi", ["10.5555/fdelta.2015.01062", "10.5555/1234-5678-6-1062"])
def test_a_first_page_the_doi_ends_with_is_the_article_number(doi: str) -> None:
    tags = meta("citation_firstpage", "1062") + meta("citation_doi", doi)
    for read_text in (True, False):
        rec = parse_html(page(_NUMBERED_HEAD + tags, _NUMBERED_BODY), read_text=read_text)
        assert rec.number == "1062" and rec.pages is None


@pytest.mark.parametrize(
    "doi",
    [
        "10.5555/0003-066x.6.2.1062",  # volume, issue and page: the page is a page
        "10.5555/fdelta.2015.01063",  # another counter
        "10.5555/fdelta.2015.1062",  # no zeros: not a counter of fixed width
    ],
)
def test_a_first_page_the_doi_does_not_number_stays_a_page(doi: str) -> None:
    # negative: the DOI ends otherwise, or with the page but not as an article's number
    tags = meta("citation_firstpage", "1062") + meta("citation_doi", doi)
    rec = parse_html(page(_NUMBERED_HEAD + tags, _NUMBERED_BODY), read_text=False)
    assert str(rec.pages) == "1062" and rec.number is None


def test_a_doi_of_the_volume_and_the_first_page_keeps_the_page() -> None:
    # negative: a DOI built from the volume and the first page with dots names a page
    for doi, first in (("10.5555/bn.12.145", "145"), ("10.5555/PhysRevDelta.47.777", "777")):
        head = _NUMBERED_HEAD.replace(
            'content="6"', 'content="47"' if first == "777" else 'content="12"'
        )
        tags = meta("citation_firstpage", first) + meta("citation_doi", doi)
        rec = parse_html(page(head + tags, _REPORT_BODY), read_text=False)
        assert str(rec.pages) == first and rec.number is None


def test_a_short_sequence_number_ending_the_doi_is_no_article_number() -> None:
    # negative: a publisher's DOI ends with its year, month and a three-digit sequence
    tags = meta("citation_firstpage", "62") + meta("citation_doi", "10.5555/j.delta.2015.01.062")
    rec = parse_html(page(_NUMBERED_HEAD + tags, _REPORT_BODY), read_text=False)
    assert str(rec.pages) == "62" and rec.number is None


@pytest.mark.parametrize(("first", "number"), [("plv012", "plv012"), ("e5", None), ("pp123", None)])
def test_a_manuscript_code_as_first_page_is_the_article_number(
    first: str, number: str | None
) -> None:
    # a code of several letters and digits is an article's; a one-letter e-locator a page
    tags = meta("citation_firstpage", first) + meta("citation_doi", "10.5555/delta/plv012")
    rec = parse_html(page(_NUMBERED_HEAD + tags, _REPORT_BODY), read_text=False)
    assert rec.number == number
    if number is None:
        assert rec.pages is not None


# --- a conference paper in proceedings published as a book -------------------------------


def test_a_conference_tag_beside_a_book_title_is_a_conference_paper() -> None:
    tags = (
        meta("citation_title", "Sediment Budgets of the Tarn Delta")
        + meta("citation_conference_title", "Tarn Delta Workshop")
        + meta("citation_inbook_title", "Proceedings of the Tarn Delta Workshop 2015")
    )
    for read_text in (True, False):
        assert (
            parse_html(page(tags, _REPORT_BODY), read_text=read_text).csl_type == "paper-conference"
        )


def test_a_book_title_alone_is_still_a_chapter() -> None:
    # negative: no conference tag, the page is a part of the book
    tags = meta("citation_title", "Sediment Budgets of the Tarn Delta") + meta(
        "citation_inbook_title", "A History of the Tarn Delta"
    )
    assert parse_html(page(tags, _REPORT_BODY), read_text=False).csl_type == "chapter"


# --- a type label read by its head ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Artikel i tidskrift", "article-journal"),  # an article in a journal
        ("Artikel in Zeitschrift", "article-journal"),
        ("Kapitel i bok, del av antologi", "chapter"),
        ("Doktorsavhandling, monografi", "thesis"),  # a thesis published as a monograph
        ("Article in book", "chapter"),  # a book's article is its chapter
        ("Article in conference proceedings", "paper-conference"),
    ],
)
def test_a_type_label_naming_its_container_is_read_by_its_head(value: str, want: str) -> None:
    assert _type(value) == want


@pytest.mark.parametrize(
    ("value", "want"),
    [("Book", "book"), ("Periodical", "periodical"), ("Book, Whole", "book"),
     ("Review in book", "book"), ("Rezension in Sammelband", "book"),
     ("Edited book", "book"), ("Journal Article", "article-journal")],
)  # fmt: skip
def test_a_label_that_names_only_a_container_or_a_work_stays_as_read(value: str, want: str) -> None:
    # negative: no contribution named before the container, or no container at all
    assert _type(value) == want


def test_a_type_label_in_a_dublin_core_tag_types_the_page() -> None:
    tags = meta("DC.title", "Sediment Budgets of the Tarn Delta") + meta(
        "DC.type", "Artikel i tidskrift"
    )
    assert parse_html(page(tags, _REPORT_BODY), read_text=False).csl_type == "article-journal"


# --- the Unix epoch as a tag date is a null timestamp ----------------------------------------


def test_an_epoch_date_tag_the_page_does_not_print_is_no_date() -> None:
    tags = _REPORT_HEAD.replace("2021", "1970-01-01T00:00:00Z")
    rec = parse_html(page(tags, _REPORT_BODY), read_text=False)
    assert rec.issued is None
    assert any(d.code == "tag-rejected" and "epoch" in d.message for d in rec.diagnostics)
    printed = parse_html(page(tags, _REPORT_BODY + "<p>Published 12 March 2019</p>"))
    assert printed.issued is not None and printed.issued.date_parts() == [2019, 3, 12]


def test_an_epoch_day_the_page_prints_is_a_date() -> None:
    # negative: a record of a work dated that day, printed on the page
    tags = _REPORT_HEAD.replace("2021", "1970-01-01")
    body = _REPORT_BODY + "<p>Issued 1 January 1970</p>"
    rec = parse_html(page(tags, body), read_text=False)
    assert rec.issued is not None and rec.issued.date_parts() == [1970, 1, 1]


# --- a link or a URN in a name tag is no name ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DCTERMS.isPartOf", "https://hdl.handle.net/1234/567"),
        ("DC.source", "https://tarn.example.org/journal"),
        ("DC.publisher", "http://www.tarn.example.org"),
        ("citation_series_title", "info:eu-repo/grantAgreement/EC/FP7/123456"),
    ],
)
def test_a_link_in_a_container_series_or_publisher_tag_is_no_name(name: str, value: str) -> None:
    rec = parse_html(page(_REPORT_HEAD + meta(name, value), _REPORT_BODY), read_text=False)
    assert value not in (rec.container_title, rec.publisher, rec.collection_title)
    assert any(d.code == "tag-rejected" for d in rec.diagnostics)


def test_a_container_tag_holding_an_issn_urn_gives_the_issn() -> None:
    rec = parse_html(page(_REPORT_HEAD + meta("DC.source", "urn:ISSN:0028-0836"), _REPORT_BODY),
                     read_text=False)  # fmt: skip
    assert rec.container_title is None and [i.value for i in rec.issns] == ["0028-0836"]


@pytest.mark.parametrize("value", ["Tarn Delta Letters", "Tarn Delta Letters, www edition"])
def test_a_container_name_stays_a_name(value: str) -> None:
    # negative: a name with words around a host-like word is still a name
    rec = parse_html(page(_REPORT_HEAD + meta("DC.source", value), _REPORT_BODY), read_text=False)
    assert rec.container_title == value


# --- values that stand for nothing -------------------------------------------------------


@pytest.mark.parametrize("value", ["null", "undefined", "None", "NaN", "[object Object]"])
@pytest.mark.parametrize("name", ["citation_author", "citation_volume", "citation_keywords",
                                  "citation_publisher", "citation_journal_title"])  # fmt: skip
def test_a_program_s_empty_value_in_a_tag_is_no_value(name: str, value: str) -> None:
    rec = parse_html(page(_PAGED_HEAD + meta(name, value), _REPORT_BODY), read_text=False)
    csl = rec.to_csl()
    assert all(csl.get(f) != value for f in ("volume", "keyword", "publisher", "container-title"))
    assert not rec.authors
    assert any(d.code == "tag-rejected" and "empty value" in d.message for d in rec.diagnostics)


@pytest.mark.parametrize("value", ["admin", "Administrator", "webmaster", "The Editors"])
def test_a_site_account_or_a_lone_article_is_no_author(value: str) -> None:
    rec = parse_html(page(_PAGED_HEAD + meta("citation_author", value), _REPORT_BODY),
                     read_text=False)  # fmt: skip
    assert not rec.authors


@pytest.mark.parametrize("value", ["Nonesuch, Ada", "Nanami Sato", "Adminah Rusli", "Theo Nullsen"])
def test_names_that_begin_like_an_empty_value_are_names(value: str) -> None:
    # negative: only the whole value stands for nothing
    rec = parse_html(page(_PAGED_HEAD + meta("citation_author", value), _REPORT_BODY),
                     read_text=False)  # fmt: skip
    assert len(rec.authors) == 1


# --- a plain keywords meta, where the page prints its words as a list ----------------------

_KEYWORDS = meta("keywords", "delta mud, sediment budget, tides")


def _keywords(rec: object) -> list[str]:
    return [k.text for k in rec.keywords]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "listing",
    [
        "<p>Tags: <a>delta mud</a> <a>sediment budget</a> <a>tides</a></p>",
        "<ul><li>delta mud</li><li>sediment budget</li><li>tides</li></ul>",
    ],
)
def test_a_keywords_meta_the_page_prints_as_a_list_gives_keywords(listing: str) -> None:
    for read_text in (True, False):
        rec = parse_html(
            page(_REPORT_HEAD + _KEYWORDS, _REPORT_BODY + listing), read_text=read_text
        )
        assert _keywords(rec) == ["delta mud", "sediment budget", "tides"]


def test_a_keywords_meta_whose_words_are_strewn_in_the_prose_gives_none() -> None:
    # negative: a site's search words that the article's sentences happen to hold
    body = _REPORT_BODY + "<p>The delta mud settles at high tides; a sediment budget follows.</p>"
    rec = parse_html(page(_REPORT_HEAD + _KEYWORDS, body), read_text=False)
    assert _keywords(rec) == []


def test_a_scholarly_keywords_tag_outweighs_the_plain_meta() -> None:
    # negative: with citation_keywords, the plain meta is not read
    head = _REPORT_HEAD + _KEYWORDS + meta("citation_keywords", "estuaries")
    listing = "<p>Tags: <a>delta mud</a> <a>sediment budget</a> <a>tides</a></p>"
    rec = parse_html(page(head, _REPORT_BODY + listing), read_text=False)
    assert _keywords(rec) == ["estuaries"]


# --- a language tag over the text reader's guess from the prose ----------------------------

_PROSE = 3 * (
    "<p>We measured the carbon stored in the salt marshes of the northern coast over ten "
    "years and found that the rising tides have increased the burial of carbon in the lower "
    "marsh, while the upper marsh has lost some of its store to erosion during the winter "
    "storms of the last decade.</p>"
)
_DE_TITLE = "Salzwiesen und Kohlenstoff bei steigenden Gezeiten"


def _language_page(tag: str, lang: str = "en") -> str:
    head = meta("citation_title", _DE_TITLE) + meta("citation_author", "Marrow, Ilse") + tag
    body = f"<h1>{_DE_TITLE}</h1><p>Ilse Marrow</p>{_PROSE}"
    return page(head, body).replace("<html>", f"<html lang='{lang}'>")


@pytest.mark.parametrize("name", ["citation_language", "DC.language"])
def test_a_language_tag_outweighs_a_guess_from_the_prose(name: str) -> None:
    rec = parse_html(_language_page(meta(name, "de")))
    assert rec.language == "de"
    assert any(d.code == "reconciled" and "guessed" in d.message for d in rec.diagnostics)


def test_the_html_lang_does_not_outweigh_the_prose() -> None:
    # negative: <html lang> is the site's interface language, not a statement of the work's
    rec = parse_html(_language_page("", lang="de"))
    assert rec.language == "en"


# --- a schema.org identifier that names its scheme ---------------------------------------


def test_a_property_value_identifier_is_read_by_its_scheme() -> None:
    ident = [
        {"@type": "PropertyValue", "propertyID": "PMID", "value": 12345678},
        {"@type": "PropertyValue", "propertyID": "e-ISSN", "value": "0028-0836"},
    ]
    item = {"@context": "https://schema.org", "@type": "ScholarlyArticle",
            "headline": "Sediment Budgets of the Tarn Delta", "identifier": ident}  # fmt: skip
    head = f'<script type="application/ld+json">{json.dumps(item)}</script>'
    rec = parse_html(page(head, _REPORT_BODY), read_text=False)
    assert rec.pmid == "12345678" and [i.value for i in rec.issns] == ["0028-0836"]


def test_an_identifier_of_an_unknown_scheme_gives_nothing() -> None:
    # negative: a repository's own number is no ISSN, whatever its shape
    ident = {"@type": "PropertyValue", "propertyID": "local", "value": "0028-0836"}
    item = {"@context": "https://schema.org", "@type": "ScholarlyArticle",
            "headline": "Sediment Budgets of the Tarn Delta", "identifier": ident}  # fmt: skip
    head = f'<script type="application/ld+json">{json.dumps(item)}</script>'
    rec = parse_html(page(head, _REPORT_BODY), read_text=False)
    assert not rec.issns and rec.pmid is None


# --- the abbreviation the page cites the work in -------------------------------------------


def _cited_page(full: str, cited: str) -> str:
    head = (
        meta("citation_title", "Sediment Budgets of the Tarn Delta")
        + meta("citation_journal_title", full)
        + meta("citation_volume", "14")
    )
    body = (
        f"<header>{full}</header><h1>Sediment Budgets of the Tarn Delta</h1><p>Ilse Marrow</p>"
        f"<p>Cite this: Marrow I (2015) Sediment Budgets of the Tarn Delta. {cited}</p>"
    )
    return page(head, body)


@pytest.mark.parametrize(
    ("full", "cited", "want"),
    [
        ("The Journal of Delta Science", "J Delta Sci 2015;14(2):12-30", "J Delta Sci"),
        ("Royal Society Delta Science", "R. Soc. delta sci. 14: 150123", "R. Soc. delta sci."),
        (
            "Proceedings of the Tarn Society B: Delta Sciences",
            "Proc. T. Soc. B 14: 20150123",
            "Proc. T. Soc. B",
        ),
    ],
)
def test_an_abbreviation_without_the_article_or_in_lower_case_is_the_cited_name(
    full: str, cited: str, want: str
) -> None:
    assert parse_html(_cited_page(full, cited)).container_title == want


def test_the_full_name_cited_stays_the_container() -> None:
    # negative: the page cites the journal by its full name
    rec = parse_html(
        _cited_page("The Journal of Delta Science", "The Journal of Delta Science 14 (2015) 12-30")
    )
    assert rec.container_title == "The Journal of Delta Science"


def test_a_name_with_a_subtitle_cited_whole_stays_whole() -> None:
    # negative: the page cites the name with its subtitle
    full = "Tarn Delta Letters: Series B"
    assert parse_html(_cited_page(full, f"{full} 14: 12-30")).container_title == full
