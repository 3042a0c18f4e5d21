"""How library catalogues and repositories write their embedded metadata (invented values):
name headings with a person's dates and a role after the name, COinS in the book,
dissertation and Dublin Core formats, EPrints' reports, a publisher's place in schema.org,
and the fields only the tags may give (place, edition, series) where the page shows them."""

from __future__ import annotations

import pytest

from comet import parse_html
from comet.html import embedded_metadata
from comet.html.mapping import map_tags
from comet.html.tag_persons import _person, tag_role
from tests._html_build import meta, page

pytest.importorskip("selectolax")


def _names(value: str) -> list[tuple[str | None, str | None]]:
    got = _person(value)
    people = got if isinstance(got, tuple) else (got,) if got else ()
    return [(p.family, p.given) for p in people]


def _coins(*pairs: tuple[str, str]) -> str:
    from urllib.parse import urlencode

    return f'<span class="Z3988" title="{urlencode(pairs).replace("&", "&amp;")}"></span>'


# --- name headings: a person's dates and a role after the name ---------------------------


@pytest.mark.parametrize(
    ("value", "role", "want"),
    [
        ("Brekke, Odd, editor.", "editor", [("Brekke", "Odd")]),
        ("Vass, Irma (Hrsg.)", "editor", [("Vass", "Irma")]),
        ("Vass, Irma [Hrsg.]", "editor", [("Vass", "Irma")]),
        ("Ulla Tamm, ed.", "editor", [("Tamm", "Ulla")]),
        ("Sato, Hiro, tr.", "translator", [("Sato", "Hiro")]),
        ("Lund, Per, 1970- author", "author", [("Lund", "Per")]),
        ("Lund, Per, 1958-2011, author.", "author", [("Lund", "Per")]),
        ("Rask, Ole, 1950- translator.", "translator", [("Rask", "Ole")]),
        ("Mora, Lía (thesis advisor)", "supervisor", [("Mora", "Lía")]),
        # a person's dates alone: no role, the name as before
        ("Halde, Marit, 1961-", None, [("Halde", "Marit")]),
        ("Roux, Jean (1920-1999)", None, [("Roux", "Jean")]),
    ],
)
def test_a_name_heading_gives_the_name_and_its_role(
    value: str, role: str | None, want: list[tuple[str, str]]
) -> None:
    assert tag_role(value) == role
    assert _names(value) == want


@pytest.mark.parametrize(
    "value",
    [
        "Doe, Jane",
        "Editor, Jane",  # a family name that is a role word, before the comma
        "Doe, Ed",  # a given name that is a role word, after it
        "Roe, Ill",
        "Jo Doe, Al Roe",
        "Jane Doe, University of Tarn",
        "Ilse Varga, PhD",
        "Jo Doe (University of Tarn)",
    ],
)
def test_a_name_without_a_role_after_it_has_none(value: str) -> None:
    # negative: names, lists and affiliations are no roles
    assert tag_role(value) is None


def test_an_author_tag_that_names_an_editor_gives_an_editor() -> None:
    html = page(
        meta("DC.title", "Salt Roads of the Fjords")
        + meta("DC.creator", "Halde, Marit, 1961- author.")
        + meta("DC.creator", "Brekke, Odd, editor.")
        + meta("DC.creator", "Sato, Hiro, translator."),
        "<h1>Salt Roads of the Fjords</h1><p>Marit Halde; edited by Odd Brekke</p>",
    )
    rec = parse_html(html, read_text=False)
    assert [(p.family, p.given) for p in rec.authors] == [("Halde", "Marit")]
    assert [(p.family, p.given) for p in rec.editors] == [("Brekke", "Odd")]
    diags = [d for d in rec.diagnostics if d.code == "tag-role"]
    assert len(diags) == 1 and "translator" in diags[0].message


def test_author_tags_without_roles_are_all_authors() -> None:
    # negative: plain names stay authors
    html = page(
        meta("citation_title", "Reed Beds") + meta("citation_author", "Doe, Jane")
        + meta("citation_author", "Editor, Tom") + meta("citation_author", "Al Roe"),
        "<h1>Reed Beds</h1><p>Jane Doe, Tom Editor, Al Roe</p>",
    )  # fmt: skip
    rec = parse_html(html, read_text=False)
    assert [p.family for p in rec.authors] == ["Doe", "Editor", "Roe"]
    assert rec.editors == ()


# --- COinS: the format's kind, the Dublin Core format, a book's fields --------------------


def test_a_coins_format_names_the_kind_where_no_genre_does() -> None:
    span = _coins(
        ("ctx_ver", "Z39.88-2004"),
        ("rft_val_fmt", "info:ofi/fmt:kev:mtx:dissertation"),
        ("rft.title", "Dune Grasses of the Outer Banks"),
        ("rft.au", "Mora, Lía"),
        ("rft.date", "2011"),
        ("rft.inst", "Tarn State University"),
    )
    html = page("", f"<h1>Dune Grasses of the Outer Banks</h1><p>Mora, Lía. 2011.</p>{span}")
    rec = parse_html(html, read_text=False)
    assert rec.csl_type == "thesis"
    assert rec.publisher == "Tarn State University"


@pytest.mark.parametrize(
    ("fmt", "genre", "want"),
    [
        ("info:ofi/fmt:kev:mtx:book", "bookitem", "chapter"),  # the genre is the finer
        ("info:ofi/fmt:kev:mtx:book", "book", "book"),
        ("info:ofi/fmt:kev:mtx:dc", None, None),  # the Dublin Core format names no kind
    ],
)
def test_the_coins_genre_wins_over_the_format(
    fmt: str, genre: str | None, want: str | None
) -> None:
    pairs = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", fmt), ("rft.title", "Reed Beds")]
    if genre:
        pairs.append(("rft.genre", genre))
    tags = [t for t in embedded_metadata(page("", _coins(*pairs))) if t.family == "coins"]
    types = [tv.value for tv in map_tags(tags, []) if tv.field == "type"]
    assert types[:1] == ([want] if want else [])


def test_coins_in_the_dublin_core_format_give_creator_publisher_and_language() -> None:
    span = _coins(
        ("ctx_ver", "Z39.88-2004"),
        ("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"),
        ("rft.title", "Moss Flora of the Upland Bogs"),
        ("rft.creator", "Ferrand, Lucie"),
        ("rft.date", "1987"),
        ("rft.publisher", "Upland Botanical Society"),
        ("rft.language", "French"),
    )
    html = page("", f"<h1>Moss Flora of the Upland Bogs</h1><p>Lucie Ferrand, 1987</p>{span}")
    rec = parse_html(html, read_text=False)
    assert [(p.family, p.given) for p in rec.authors] == [("Ferrand", "Lucie")]
    assert rec.publisher == "Upland Botanical Society"
    assert rec.language == "fr"


# --- EPrints: a report's number and series ----------------------------------------------


def _eprints(kind: str) -> str:
    return page(
        meta("eprints.type", kind) + meta("eprints.title", "Wave Overtopping at Breakwaters")
        + meta("eprints.creators_name", "Vliet, Anke") + meta("eprints.date", "2012")
        + meta("eprints.number", "41") + meta("eprints.series", "Coastal Reports")
        + meta("eprints.publication", "Tarn Coastal Journal" if kind == "article" else ""),
        "<h1>Wave Overtopping at Breakwaters</h1><p>Vliet, Anke (2012) Wave Overtopping at "
        "Breakwaters. Coastal Reports (41).</p>",
    )  # fmt: skip


def test_an_eprints_monograph_is_a_report_with_its_number_and_series() -> None:
    rec = parse_html(_eprints("monograph"), read_text=False)
    assert rec.csl_type == "report"
    assert rec.number == "41" and rec.issue is None
    assert rec.collection_title == "Coastal Reports"


def test_an_eprints_article_number_is_its_issue() -> None:
    # negative: an article's number tag is its issue's
    rec = parse_html(_eprints("article"), read_text=False)
    assert rec.issue == "41" and rec.number is None


# --- a publisher's place, an edition: filled where the page shows them --------------------


def _book(shown_place: str) -> str:
    return page(
        "",
        '<div itemscope itemtype="http://schema.org/Book"><h1 itemprop="name">Die Fährleute '
        'vom Oberrhein</h1><p>von <span itemprop="author" itemscope itemtype='
        '"http://schema.org/Person"><span itemprop="name">Kessler, Anton</span></span></p>'
        '<p>Verlag: <span itemprop="publisher" itemscope itemtype="http://schema.org/'
        f'Organization"><meta itemprop="location" content="Freiburg">{shown_place}'
        '<span itemprop="name">Rombach</span></span>, <span itemprop="datePublished">2009'
        '</span></p><p>Ausgabe: <span itemprop="bookEdition">3. Aufl.</span></p></div>',
    )


def test_a_catalogue_records_place_and_edition_come_from_its_schema_org_item() -> None:
    rec = parse_html(_book("Freiburg : "), read_text=False)
    assert rec.publisher == "Rombach"
    assert rec.place == "Freiburg"
    assert rec.edition == "3. Aufl."


def test_a_place_the_page_does_not_show_is_not_taken() -> None:
    # negative: the place is only in the markup
    rec = parse_html(_book(""), read_text=False)
    assert rec.place is None
    assert rec.publisher == "Rombach"


# --- schema.org in RDFa Lite (vocab, typeof, property) ----------------------------------


def _rdfa_record(vocab: str = "http://schema.org/") -> str:
    return page(
        "",
        f'<nav>Search | Browse</nav><div vocab="{vocab}" resource="#record" '
        'typeof="Book Product"><h1 property="name">Salt Roads of the Northern Fjords</h1>'
        '<table><tr><th>Main Author:</th><td><span property="author" typeof="Person">'
        '<a href="/author/halde"><span property="name">Halde, Marit</span></a></span></td></tr>'
        '<tr><th>Published:</th><td><span property="publisher" typeof="Organization">'
        '<span property="location">Bergen</span> : <span property="name">Fjordbok</span>'
        '</span>, <span property="datePublished">2014</span></td></tr><tr><th>ISBN:</th>'
        '<td><span property="isbn">9780306406157</span></td></tr></table></div>',
    )


def test_a_catalogue_record_in_rdfa_lite_is_read_as_schema_org() -> None:
    names = {t.name for t in embedded_metadata(_rdfa_record())}
    assert {"schema:name", "schema:author", "schema:isbn", "schema:publisher.location"} <= names
    rec = parse_html(_rdfa_record(), read_text=False)
    assert rec.title == "Salt Roads of the Northern Fjords"
    assert [(p.family, p.given) for p in rec.authors] == [("Halde", "Marit")]
    assert str(rec.issued) == "2014"
    assert rec.publisher == "Fjordbok" and rec.place == "Bergen"
    assert [str(i) for i in rec.isbns] == ["9780306406157"]


def test_rdfa_of_another_vocabulary_is_not_read() -> None:
    # negative: the same markup under another vocabulary, and OpenGraph's ``property``
    # attributes on <meta> tags, give no schema.org tag
    html = _rdfa_record("http://purl.org/dc/terms/") + meta("og:title", "Fjords", "property")
    assert not [t for t in embedded_metadata(html) if t.family == "schema.org"]


# --- an identifier tag holding an ISBN or an ISSN by its scheme -----------------------------


@pytest.mark.parametrize(
    ("value", "field", "want"),
    [
        ("urn:isbn:9780306406157", "ISBN", "9780306406157"),
        ("ISBN 978-0-306-40615-7", "ISBN", "9780306406157"),
        ("urn:issn:0317-8471", "ISSN", "0317-8471"),
    ],
)
def test_an_identifier_tag_with_an_isbn_or_issn_scheme_gives_it(
    value: str, field: str, want: str
) -> None:
    tags = [t for t in embedded_metadata(page(meta("DC.identifier", value))) if t.family != "html"]
    got = [(tv.field, str(tv.value)) for tv in map_tags(tags, [])]
    assert got == [(field, want)]


@pytest.mark.parametrize("value", ["http://hdl.handle.net/12345/678", "urn:isbn:9780306406158"])
def test_other_identifiers_give_no_isbn(value: str) -> None:
    # negative: a handle is no identifier of these schemes; a wrong check digit is rejected
    tags = [t for t in embedded_metadata(page(meta("DC.identifier", value))) if t.family != "html"]
    diags: list = []
    assert [tv for tv in map_tags(tags, diags) if tv.field in ("ISBN", "ISSN")] == []


# --- a body as the author of a report or a book ----------------------------------------------


def _jsonld(kind: str) -> str:
    import json

    item = {"@context": "https://schema.org", "@type": kind, "name": "Tidal Flats Survey 2019",
            "author": {"@type": "Organization", "name": "Tarn Coastal Agency"},
            "datePublished": "2019"}  # fmt: skip
    return page(
        f'<script type="application/ld+json">{json.dumps(item)}</script>',
        "<h1>Tidal Flats Survey 2019</h1><p>Tarn Coastal Agency, 2019</p>",
    )


@pytest.mark.parametrize("kind", ["Report", "Book", "Dataset"])
def test_a_body_is_the_author_of_a_report_a_book_or_a_dataset(kind: str) -> None:
    rec = parse_html(_jsonld(kind), read_text=False)
    assert [p.literal for p in rec.authors] == ["Tarn Coastal Agency"]


@pytest.mark.parametrize("kind", ["NewsArticle", "BlogPosting"])
def test_a_body_is_no_author_of_a_news_item_or_a_post(kind: str) -> None:
    # negative: a news item's or a post's "author" organisation is its outlet
    rec = parse_html(_jsonld(kind), read_text=False)
    assert rec.authors == ()


def test_an_address_after_a_name_names_no_role() -> None:
    # negative: a state's abbreviation closing an affiliation's address is no role word
    # (``Ill.``, the German illustrator's abbreviation)
    assert tag_role("Jo Doe, Department of Botany, University of Tarn, Chicago, Ill.") is None


def test_hostile_rdfa_is_read_in_bounds() -> None:
    import time

    deep = '<div property="about" typeof="Thing">' * 3000 + "x" + "</div>" * 3000
    many = '<span typeof="Book"><span property="name">Reed Beds</span></span>' * 3000
    html = page("", f'<div vocab="http://schema.org/" typeof="Book">{deep}{many}</div>')
    start = time.process_time()
    parse_html(html, read_text=False)
    assert time.process_time() - start < 10


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("http://purl.org/coar/resource_type/c_6501", "article-journal"),
        ("http://purl.org/coar/resource_type/c_db06", "thesis"),
        ("c_3248", "chapter"),
        ("Doctoral thesis", "thesis"),  # a label: read as words, as before
    ],
)
def test_a_coar_resource_type_code_names_the_type(value: str, want: str) -> None:
    tags = [t for t in embedded_metadata(page(meta("DC.type", value))) if t.family != "html"]
    assert [tv.value for tv in map_tags(tags, []) if tv.field == "type"] == [want]


def test_an_unknown_code_names_no_type() -> None:
    # negative: a code outside the vocabulary's table, and a path ending in a word that is
    # not a code, give no type of their own
    tags = [t for t in embedded_metadata(page(meta("DC.type", "http://purl.org/coar/resource_type/c_zz99")))
            if t.family != "html"]  # fmt: skip
    assert [tv for tv in map_tags(tags, []) if tv.field == "type"] == []


@pytest.mark.parametrize(
    ("scope", "prop"),
    [('itemscope itemtype="http://schema.org/ItemPage"', 'itemprop="mainEntity" itemscope '
      'itemtype="http://schema.org/Book"'),
     ('vocab="http://schema.org/" typeof="ItemPage"', 'property="mainEntity" typeof="Book"')],
)  # fmt: skip
def test_the_work_a_page_item_holds_as_its_main_entity_is_read(scope: str, prop: str) -> None:
    name = "itemprop" if "itemprop" in prop else "property"
    html = page("", f'<body {scope}><nav {name}="breadcrumb">Home</nav><div {prop}>'
                f'<h1 {name}="name">Reed Beds of the Tarn</h1><p {name}="datePublished">2009</p>'
                "</div></body>")  # fmt: skip
    rec = parse_html(html, read_text=False)
    assert rec.title == "Reed Beds of the Tarn"
    assert str(rec.issued) == "2009"


def test_a_page_item_without_a_main_entity_gives_no_work() -> None:
    # negative: a web page's own name is no work's title
    html = page("", '<body itemscope itemtype="http://schema.org/WebPage"><h1 itemprop="name">'
                "Library Search</h1></body>")  # fmt: skip
    assert not [t for t in embedded_metadata(html) if t.family == "schema.org"]


# --- a container tag that holds the source's citation ------------------------------------


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Tarn Journal of Botany; Vol 5, No 2 (2011)", "Tarn Journal of Botany"),
        ("Comparative Zoology 2011 5: 1", "Comparative Zoology"),
        ("Acta Botanica Tarnensis, 2019, Vol. 3, Iss. 2", "Acta Botanica Tarnensis"),
        ("Revista de Estudios Tarnenses; Núm. 12 (2019)", "Revista de Estudios Tarnenses"),
        # names with numbers or years of their own, and no locator after them: unchanged
        ("Journal of Physics: Conference Series", "Journal of Physics: Conference Series"),
        ("Proceedings of the 2019 Conference on Reed Beds",
         "Proceedings of the 2019 Conference on Reed Beds"),
        ("Physics 2", "Physics 2"),
        ("Annals 2019", "Annals 2019"),
    ],
)  # fmt: skip
def test_a_container_tag_is_read_without_the_locator_after_the_name(value: str, want: str) -> None:
    tags = [t for t in embedded_metadata(page(meta("DC.source", value))) if t.family != "html"]
    assert [tv.value for tv in map_tags(tags, []) if tv.field == "container-title"] == [want]


def test_an_edition_that_is_a_bare_number_is_not_taken_from_the_tags() -> None:
    # negative: ``2`` is printed somewhere on any page; it shows no edition
    html = page("", '<div itemscope itemtype="http://schema.org/Book"><h1 itemprop="name">Reed '
                'Beds</h1><meta itemprop="bookEdition" content="2"><p>Page 2 of 12</p></div>')  # fmt: skip
    assert parse_html(html, read_text=False).edition is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("info:pmid/31415926", [("PMID", "31415926")]),
        ("info:doi/10.5555/tarn.2019.4", [("DOI", "10.5555/tarn.2019.4")]),
        ("urn:ISBN:9780306406157", [("ISBN", "9780306406157")]),
        ("info:oclcnum/123456", []),  # negative: a scheme of no field
    ],
)
def test_a_coins_identifier_is_read_by_its_scheme(value: str, want: list[tuple[str, str]]) -> None:
    html = page(
        "", _coins(("ctx_ver", "Z39.88-2004"), ("rft.atitle", "Reed Beds"), ("rft_id", value))
    )
    tags = [t for t in embedded_metadata(html) if t.name == "coins:rft_id"]
    assert [(tv.field, str(tv.value)) for tv in map_tags(tags, [])] == want


# --- the review's edges (negative cases) ------------------------------------------------------


@pytest.mark.parametrize("value", ["Van Buren, Ed", "Mac Donald, Ed", "De Souza, Ed"])
def test_a_given_name_that_is_a_role_word_after_a_family_name_of_two_words(value: str) -> None:
    # negative: ``Ed`` is the given name; the person stays an author
    html = page(meta("citation_title", "Reed Beds") + meta("citation_author", value),
                "<h1>Reed Beds</h1>")  # fmt: skip
    rec = parse_html(html, read_text=False)
    assert [(p.family, p.given) for p in rec.authors] == [(value.split(",")[0], "Ed")]
    assert rec.editors == ()


@pytest.mark.parametrize("kind", ["NewsArticle", "BlogPosting"])
def test_a_news_outlets_address_is_no_place_of_publication(kind: str) -> None:
    import json

    item = {"@context": "https://schema.org", "@type": kind, "headline": "Harbour Fair Opens",
            "publisher": {"@type": "Organization", "name": "Harbour Times",
                          "location": "Springfield",
                          "address": {"@type": "PostalAddress", "addressLocality": "Springfield"}}}  # fmt: skip
    html = page(f'<script type="application/ld+json">{json.dumps(item)}</script>',
                "<h1>Harbour Fair Opens</h1><footer>Harbour Times, 12 Main Street, Springfield"
                "</footer>")  # fmt: skip
    assert parse_html(html, read_text=False).place is None


def test_a_book_publishers_postal_address_is_no_place_of_publication() -> None:
    # negative: a catalogue's place is the publisher's ``location``, not its postal address
    html = page("", '<div itemscope itemtype="http://schema.org/Book"><h1 itemprop="name">Reed '
                'Beds</h1><p itemprop="publisher" itemscope itemtype="http://schema.org/'
                'Organization"><span itemprop="name">Rombach</span>, <span itemprop="address">'
                "Freiburg</span></p></div>")  # fmt: skip
    assert parse_html(html, read_text=False).place is None


@pytest.mark.parametrize("value", ["Unknown", "[Unknown]", "Anonymous", "Unbekannt", "N/A"])
def test_a_placeholder_creator_is_no_author(value: str) -> None:
    span = _coins(("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"),
                  ("rft.title", "Harbour at Dusk"), ("rft.creator", value))  # fmt: skip
    rec = parse_html(page("", f"<h1>Harbour at Dusk</h1><p>Photograph</p>{span}"), read_text=False)
    assert rec.authors == ()


@pytest.mark.parametrize(
    "value",
    ["Transportation Research Part A 45", "Tarn Journal of Botany Series B 12"],
)
def test_a_journals_part_letter_and_number_stay_in_its_name(value: str) -> None:
    # negative: one number after a part or series letter is no locator
    tags = [t for t in embedded_metadata(page(meta("DC.source", value))) if t.family != "html"]
    assert [tv.value for tv in map_tags(tags, []) if tv.field == "container-title"] == [value]


# --- a catalogue's <h1> names the catalogue: the record's labelled title wins -------------


def _catalogue_record(label: str, h1: str) -> str:
    head = meta("og:title", "Fjordlys Library Catalogue: record view", "property")
    rows = (
        f"<table><tr><td>{label}</td><td>Salt and Cedar : a northern chronicle / Ivar Moen</td></tr>"
        "<tr><td>Published</td><td>Bergen : Kvist, 2021</td></tr>"
        "<tr><td>Extent</td><td>312 pages</td></tr></table>"
    )
    return page(head, f"<h1>{h1}</h1><p>Search the catalogue</p>{rows}")


def test_a_labelled_title_outweighs_the_catalogues_h1() -> None:
    r = parse_html(_catalogue_record("Title", "Fjordlys Library Catalogue"))
    assert r.title is not None and r.title.startswith("Salt and Cedar")


def test_an_unlabelled_text_title_still_yields_to_the_h1() -> None:
    # near miss: the same row under a label that is not a title's ('Note'): the <h1> stays
    # the page's headline as before
    r = parse_html(_catalogue_record("Note", "Salt and Cedar at the harbour"))
    assert r.title == "Salt and Cedar at the harbour"


# --- a shop's <h1> holds the product's binding and date: the text's title stays ----------


def _product_page(h1: str) -> str:
    head = "<title>Fjordshop.example: Quiet Harbours eBook : Moen, Ivar: Kindle Store</title>"
    body = (
        f"<h1>{h1}</h1><p>by Ivar Moen (Author)</p>"
        "<p>Format: Paperback</p><p>Publisher: Kvist (3 Mar. 2019)</p>"
        "<p>Paperback: 312 pages</p><p>ISBN-13: 978-0-00-000000-2</p>"
    )
    return page(head, body)


def test_a_product_headings_binding_and_date_are_no_part_of_the_title() -> None:
    r = parse_html(_product_page("Quiet Harbours Paperback – 3 Mar. 2019"))
    assert r.full_title == "Quiet Harbours"


def test_an_h1_that_goes_on_with_other_words_is_still_the_headline() -> None:
    # near miss: the words after the text's title are no binding: the <h1> is the title
    r = parse_html(_product_page("Quiet Harbours of the Western Fjords"))
    assert r.full_title == "Quiet Harbours of the Western Fjords"


# --- a catalogue's inverted name puts the particle after the given names ----------------


def _repository_record(heading: str) -> str:
    head = (
        meta("DC.title", "Dunas e ventos do litoral sul")
        + meta("DC.creator", "Ferraz Neto, Olavo Brandão de")
        + meta("DCTERMS.issued", "2014")
    )
    body = (
        "<h1>Dunas e ventos do litoral sul</h1>"
        f"<table><tr><td>Autor</td><td>{heading}</td></tr>"
        "<tr><td>Data</td><td>2014</td></tr></table>"
    )
    return page(head, body)


def test_the_inverted_name_with_its_particle_last_is_the_tags_name_shown() -> None:
    from comet.html._merge import Page
    from comet.html._printed_names import _name_shown
    from comet.names import Person

    p = Person(family="Ferraz Neto", given="Olavo Brandão", particle="de")
    assert _name_shown(Page("Autor: Ferraz Neto, Olavo Brandão de [USP]"), p)
    # near miss: the words in another order are not the name printed
    assert not _name_shown(Page("Autor: Olavo Neto, Ferraz Brandão de"), p)


def test_a_repository_name_heading_with_a_trailing_particle_keeps_the_tags_name() -> None:
    r = parse_html(_repository_record("Ferraz Neto, Olavo Brandão de"))
    assert [(p.family, p.given, p.particle) for p in r.authors] == [
        ("Ferraz Neto", "Olavo Brandão", "de")
    ]
