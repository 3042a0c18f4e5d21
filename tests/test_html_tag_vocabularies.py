"""Tags of the metadata vocabularies that name a field comet reads elsewhere: a Highwire
type tag holding a RIS reference type code, the number of pages of Highwire, PRISM,
EPrints and OpenURL (``citation_num_pages``, ``prism.pageCount``, ``eprints.pages``,
``rft.tpages``), OpenURL's article number (``rft.artnum``), PRISM's edition and series
title, DSpace's ``dc.language.iso``, a repository's whole citation of the work
(``DCTERMS.bibliographicCitation``, ``DC.identifier.citation``) and EPrints' ``date_type``.

Every page here is hand-written (invented titles, names, journals and numbers)."""

from __future__ import annotations

import html as _html
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_html
from comet.html.citation_tags import citation_fields
from comet.html.mapping import map_tags
from comet.html.parse import embedded_metadata
from tests._html_build import meta, page

pytest.importorskip("selectolax")

ARTICLE = (
    meta("citation_title", "Frost Heave under Birch Stands")
    + meta("citation_author", "Ruud, Halvard")
    + meta("citation_publication_date", "2019/05/02")
)
BODY = "<h1>Frost Heave under Birch Stands</h1><p>Halvard Ruud</p>"


def _typed(head: str, field: str) -> list[object]:
    values = map_tags(embedded_metadata(page(head)), [])
    return [v.value for v in values if v.field == field]


# --- a Highwire type tag holding a RIS reference type ------------------------------------


@pytest.mark.parametrize(
    ("code", "want"),
    [("JOUR", "article-journal"), ("CHAP", "chapter"), ("THES", "thesis"),
     ("RPRT", "report"), ("CONF", "paper-conference"), ("book", "book")],
)  # fmt: skip
def test_a_ris_type_code_in_a_highwire_type_tag_is_its_type(code: str, want: str) -> None:
    assert _typed(meta("citation_type", code), "type") == [want]


@pytest.mark.parametrize("read_text", [True, False])
def test_a_journal_code_types_a_page_that_names_no_journal(read_text: bool) -> None:
    html = page(ARTICLE + meta("citation_type", "JOUR"), BODY)
    assert parse_html(html, read_text=read_text).to_csl()["type"] == "article-journal"


def test_a_type_tag_of_no_known_code_gives_no_type_code() -> None:
    # near miss: four capitals that are no RIS type are read as words, and say nothing
    assert _typed(meta("citation_type", "QXZW"), "type") == []


# --- the number of pages and the article number ---------------------------------------


@pytest.mark.parametrize(
    "head",
    [meta("citation_num_pages", "27"), meta("prism.pageCount", "27"),
     meta("eprints.pages", "27"),
     '<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.btitle=Frost+Heave+under+'
     'Birch+Stands&amp;rft.tpages=27"></span>'],
)  # fmt: skip
def test_a_page_count_tag_gives_the_number_of_pages(head: str) -> None:
    html = page(ARTICLE + head, BODY)
    assert parse_html(html, read_text=False).to_csl().get("number-of-pages") == "27"


def test_a_page_count_stands_beside_the_range_of_pages() -> None:
    # near miss: an article's pages in its journal are not replaced by its count
    head = ARTICLE + meta("citation_firstpage", "41") + meta("citation_lastpage", "67")
    csl = parse_html(page(head + meta("citation_num_pages", "27"), BODY)).to_csl()
    assert csl.get("page") == "41-67"
    assert "number-of-pages" not in csl


def test_an_openurl_article_number_is_the_works_number() -> None:
    coins = ('<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.atitle=Frost+Heave+under'
             '+Birch+Stands&amp;rft.jtitle=Boreal+Soils&amp;rft.volume=8&amp;rft.artnum=e20417'
             '&amp;rft.aulast=Ruud&amp;rft.aufirst=Halvard"></span>')  # fmt: skip
    csl = parse_html(page("", BODY + coins), read_text=False).to_csl()
    assert csl.get("number") == "e20417"


# --- PRISM's edition and series, DSpace's language ------------------------------------


def test_prism_edition_and_series_title_fill_a_books_fields_the_page_shows() -> None:
    head = (meta("citation_title", "Lichens of the Outer Skerries")
            + meta("citation_author", "Vik, Solrun")
            + meta("citation_publication_date", "2011")
            + meta("prism.edition", "3rd edition")
            + meta("prism.seriesTitle", "Coastal Flora Handbooks"))  # fmt: skip
    body = ("<h1>Lichens of the Outer Skerries</h1><p>Solrun Vik</p><p>3rd edition</p>"
            "<p>Series: Coastal Flora Handbooks</p>")  # fmt: skip
    csl = parse_html(page(head, body), read_text=False).to_csl()
    assert csl.get("edition") == "3rd edition"
    assert csl.get("collection-title") == "Coastal Flora Handbooks"


def test_a_prism_edition_the_page_does_not_show_is_not_used() -> None:
    # near miss: a tag's edition printed nowhere on the page is not taken on trust
    head = (meta("citation_title", "Lichens of the Outer Skerries")
            + meta("prism.edition", "3rd edition"))  # fmt: skip
    csl = parse_html(page(head, "<h1>Lichens of the Outer Skerries</h1>"), read_text=False)
    assert csl.to_csl().get("edition") is None


def test_dspace_language_iso_gives_the_language() -> None:
    head = ARTICLE + meta("dc.language.iso", "nb")
    assert parse_html(page(head, BODY), read_text=False).language == "nb"


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(["citation_type", "citation_num_pages", "prism.pagecount",
                          "eprints.pages", "prism.edition", "prism.seriestitle",
                          "dc.language.iso"]),
    value=st.text(max_size=40),
)  # fmt: skip
def test_any_value_of_the_new_tags_reads_without_failing(name: str, value: str) -> None:
    html = page(ARTICLE + meta(name, _html.escape(value, quote=True)), BODY)
    assert parse_html(html, read_text=False) is not None


# --- a repository's whole citation of the work ------------------------------------------

DSPACE = (
    meta("DC.title", "Salt Intrusion in Narrow Fjords")
    + meta("DC.creator", "Aune, Mette")
    + meta("DCTERMS.issued", "2018-09-14")
    + meta("DC.source", "Boreal Waters")
)
DSPACE_BODY = "<h1>Salt Intrusion in Narrow Fjords</h1><p>Aune, Mette</p><p>Boreal Waters</p>"
CITED = "Aune, M. (2018). Salt Intrusion in Narrow Fjords. Boreal Waters, 14(2), 201-219."


@pytest.mark.parametrize("name", ["DCTERMS.bibliographicCitation", "DC.identifier.citation"])
@pytest.mark.parametrize("read_text", [True, False])
def test_a_citation_tag_gives_the_works_volume_issue_and_pages(name: str, read_text: bool) -> None:
    html = page(DSPACE + meta(name, CITED), DSPACE_BODY)
    csl = parse_html(html, read_text=read_text).to_csl()
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("14", "2", "201-219")


def test_a_volume_tag_of_its_own_outweighs_the_citations() -> None:
    head = DSPACE + meta("DC.source.volume", "15") + meta("DCTERMS.bibliographicCitation", CITED)
    assert parse_html(page(head, DSPACE_BODY), read_text=False).to_csl().get("volume") == "15"


def test_a_citation_gives_its_container_only_under_the_works_own_title() -> None:
    assert ("container-title", "Boreal Waters") in citation_fields(
        CITED, ["Salt Intrusion in Narrow Fjords"]
    )
    # near miss: a citation of another work (a related item) names another container
    assert not [f for f, _ in citation_fields(CITED, ["Tides of the Inner Sounds"])
                if f == "container-title"]  # fmt: skip


def test_a_citation_with_one_page_number_gives_no_pages() -> None:
    # near miss: a book's citation ending with its count of pages is no range of pages
    fields = citation_fields("Aune, M. (2018). Salt Intrusion in Narrow Fjords. Tarn: Fjord "
                             "Press. 245 p.", ["Salt Intrusion in Narrow Fjords"])  # fmt: skip
    assert not [f for f, _ in fields if f == "page"]


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=120), st.lists(st.text(max_size=30), max_size=3))
def test_any_citation_tag_reads_without_failing(text: str, titles: list[str]) -> None:
    for field, value in citation_fields(text, titles):
        assert field in ("volume", "issue", "page", "container-title")
        assert isinstance(value, str)


# --- EPrints' kind of date ------------------------------------------------------------


@pytest.mark.parametrize(("kind", "want"), [("published", "issued"), ("completed", "issued"),
                                            ("submitted", "issued-other")])  # fmt: skip
def test_an_eprints_date_is_the_issue_date_unless_its_kind_is_submitted(
    kind: str, want: str
) -> None:
    head = meta("eprints.date", "2017-06") + meta("eprints.date_type", kind)
    fields = [v.field for v in map_tags(embedded_metadata(page(head)), [])
              if v.tag.name == "eprints.date"]  # fmt: skip
    assert fields == [want]


# --- PRISM's issue identifier beside its issue number -----------------------------------


def test_prisms_issue_number_outweighs_its_issue_identifier() -> None:
    head = ARTICLE + meta("prism.issueIdentifier", "2051007") + meta("prism.number", "13")
    assert _typed(head, "issue") == ["13"]
    assert parse_html(page(head, BODY), read_text=False).to_csl().get("issue") == "13"


def test_an_issue_identifier_alone_gives_the_issue() -> None:
    # near miss: without the number tag, the identifier is the page's only issue
    assert _typed(ARTICLE + meta("prism.issueIdentifier", "4"), "issue") == ["4"]


# --- OpenGraph's book object, EPrints' official link, PRISM's cover date as printed -------


def test_opengraphs_book_object_gives_the_isbn_date_and_page_count() -> None:
    head = (meta("og:type", "books.book", "property") + meta("og:title", "Moss and Mire", "property")
            + meta("books:isbn", "978-0-00-000000-2", "property")
            + meta("books:release_date", "2014-03-01", "property")
            + meta("books:page_count", "288", "property"))  # fmt: skip
    csl = parse_html(page(head, "<h1>Moss and Mire</h1>"), read_text=False).to_csl()
    assert csl.get("ISBN") == "9780000000002"
    assert csl.get("issued") == {"date-parts": [[2014, 3, 1]]}
    assert csl.get("number-of-pages") == "288"


def test_an_eprints_official_link_to_a_doi_gives_the_doi() -> None:
    head = ARTICLE + meta("eprints.official_url", "https://doi.org/10.5555/boreal.2019.118")
    assert str(parse_html(page(head, BODY), read_text=False).doi) == "10.5555/boreal.2019.118"


def test_an_eprints_official_link_to_a_page_gives_no_doi() -> None:
    # near miss: the publisher's page of the work, with no DOI in its address
    head = ARTICLE + meta("eprints.official_url", "https://journal.example.org/view/118")
    assert parse_html(page(head, BODY), read_text=False).doi is None


def test_prisms_cover_display_date_is_read_as_a_cover_date() -> None:
    head = ARTICLE + meta("prism.coverDisplayDate", "June 2019")
    values = map_tags(embedded_metadata(page(head)), [])
    assert [str(v.value) for v in values if v.field == "issued-cover"] == ["2019-06"]


# --- a publisher tag naming the platform, beside one the page prints --------------------

PUBLISHED = ARTICLE + meta("citation_journal_title", "Boreal Soils") + meta("citation_volume", "8")


def test_a_shown_publisher_of_another_family_outweighs_an_unshown_highwire_one() -> None:
    head = (
        PUBLISHED
        + meta("citation_publisher", "Quire Hosting")
        + meta("DC.publisher", "Tarn Soil Society")
    )
    body = BODY + "<footer>Published by the Tarn Soil Society</footer>"
    for read_text in (True, False):
        assert parse_html(page(head, body), read_text=read_text).publisher == "Tarn Soil Society"


def test_a_shown_highwire_publisher_stands_beside_another_shown_one() -> None:
    # near miss: the strongest family's value is printed: it stands
    head = (
        PUBLISHED
        + meta("citation_publisher", "Tarn Soil Society")
        + meta("DC.publisher", "Quire Hosting")
    )
    body = BODY + "<footer>Tarn Soil Society · hosted by Quire Hosting</footer>"
    assert parse_html(page(head, body), read_text=False).publisher == "Tarn Soil Society"


def test_an_unshown_publisher_tag_is_used_where_no_other_is_shown() -> None:
    # near miss: no other family's publisher is printed: the strongest tag's value stands
    head = PUBLISHED + meta("citation_publisher", "Quire Hosting") + meta("DC.publisher", "Fen Co")
    assert parse_html(page(head, BODY), read_text=False).publisher == "Quire Hosting"


# --- a dataset's creating body, printed, over persons read elsewhere --------------------


def _dataset(body: str) -> str:
    item = {"@context": "https://schema.org", "@type": "Dataset",
            "name": "Fjord Salinity Profiles 2010-2020",
            "creator": [{"@type": "Organization", "name": "Tarn Marine Institute"}],
            "datePublished": "2021-02-01",
            "publisher": {"@type": "Organization", "name": "Tarn Data Archive"}}  # fmt: skip
    return page(f'<script type="application/ld+json">{json.dumps(item)}</script>', body)


def test_a_datasets_printed_creating_body_stands_over_a_misread_person() -> None:
    body = ("<h1>Fjord Salinity Profiles 2010-2020</h1><p>Tarn Marine Institute</p>"
            "<p>Published 1 February 2021 | Tarn Data Archive</p>")  # fmt: skip
    rec = parse_html(_dataset(body))
    assert [p.literal for p in rec.authors] == ["Tarn Marine Institute"]


def test_a_datasets_unprinted_body_yields_to_the_persons_of_the_byline() -> None:
    # near miss: the body is printed nowhere, the page's byline names a person
    body = "<h1>Fjord Salinity Profiles 2010-2020</h1><p>By Solrun Vik</p><p>1 February 2021</p>"
    rec = parse_html(_dataset(body))
    assert [(p.family, p.given) for p in rec.authors] == [("Vik", "Solrun")]


# --- a work's translators and illustrators from their own tags --------------------------


def _book(extra: dict[str, object], body: str) -> str:
    item = {"@context": "https://schema.org", "@type": "Book", "name": "The Salt Roads",
            "author": {"@type": "Person", "name": "Marit Halde"}, **extra}  # fmt: skip
    return page(f'<script type="application/ld+json">{json.dumps(item)}</script>', body)


def test_a_books_printed_translator_and_illustrator_are_its_roles() -> None:
    html = _book(
        {"translator": {"@type": "Person", "name": "Hiro Sato"},
         "illustrator": [{"@type": "Person", "givenName": "Ines", "familyName": "Marrow"}]},
        "<h1>The Salt Roads</h1><p>Marit Halde</p><p>Translated by Hiro Sato</p>"
        "<p>Illustrations: Ines Marrow</p>",
    )  # fmt: skip
    for read_text in (True, False):
        csl = parse_html(html, read_text=read_text).to_csl()
        assert csl.get("translator") == [{"family": "Sato", "given": "Hiro"}]
        assert csl.get("illustrator") == [{"family": "Marrow", "given": "Ines"}]
        assert csl.get("author") == [{"family": "Halde", "given": "Marit"}]


def test_a_translator_the_page_never_prints_is_not_taken() -> None:
    # near miss: a tag's name printed nowhere on the page is not trusted
    html = _book({"translator": {"@type": "Person", "name": "Hiro Sato"}},
                 "<h1>The Salt Roads</h1><p>Marit Halde</p>")  # fmt: skip
    assert "translator" not in parse_html(html, read_text=False).to_csl()


def test_a_repositorys_translator_tag_gives_the_translator() -> None:
    head = (meta("DC.title", "The Salt Roads") + meta("DC.creator", "Halde, Marit")
            + meta("DC.contributor.translator", "Sato, Hiro"))  # fmt: skip
    body = "<h1>The Salt Roads</h1><p>Halde, Marit</p><p>Translator: Sato, Hiro</p>"
    csl = parse_html(page(head, body), read_text=False).to_csl()
    assert csl.get("translator") == [{"family": "Sato", "given": "Hiro"}]
    assert csl.get("author") == [{"family": "Halde", "given": "Marit"}]
