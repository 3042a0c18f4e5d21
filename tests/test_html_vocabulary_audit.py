"""The embedded-metadata vocabularies read as their own specifications define them (issue
17, session 29's audit): the other spellings of a tag (Dublin Core's DCMI terms and its
``:`` separator, PRISM's ``prism:``, Digital Commons' ``bepress_citation_*`` copy of every
Highwire tag), Highwire's several editors in one tag and its edition, PRISM's
``aggregationType``, OpenURL's container keys in a span that names a part (``rft.btitle``
and ``rft.title`` beside ``rft.atitle``) and its Dublin Core ``rft.subject``, OpenGraph's
``book:tag``, schema.org's ``DefinedTerm`` keywords, ``itemReviewed``, a series a book is
part of, the date of the issue or book a work is in, and the types of work that have no
publication type word (``Map``, ``SoftwareSourceCode``), EPrints' item types of media.

Every page here is hand-written: invented titles, names, publishers and numbers, in
several languages; ISBNs and ISSNs carry valid check digits."""

from __future__ import annotations

import html as _html
import json
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_html
from comet.html.coins_keys import whole_titles
from comet.html.mapping import map_tags
from comet.html.parse import embedded_metadata
from comet.html.table import tag_table
from tests._html_build import meta, page

pytest.importorskip("selectolax")


def _csl(head: str, body: str = "", read_text: bool = False) -> dict[str, Any]:
    return parse_html(page(head, body), read_text=read_text).to_csl()


def _typed(head: str, field: str) -> list[object]:
    return [v.value for v in map_tags(embedded_metadata(page(head)), []) if v.field == field]


def _ld(obj: dict[str, Any]) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def _coins(**pairs: str) -> str:
    query = urlencode({k.replace("__", "."): v for k, v in pairs.items()})
    return f'<span class="Z3988" title="{_html.escape(query)}"></span>'


# --- other spellings of a tag --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "field", "want"),
    [("DCTERMS.subject", "permafrost", "keyword", "permafrost"),
     ("DC:subject", "Bodenfrost", "keyword", "Bodenfrost"),
     ("dcterms:publisher", "Éditions du Givre", "publisher", "Éditions du Givre"),
     ("DC:publisher", "Editorial Escarcha", "publisher", "Editorial Escarcha"),
     ("DC:language", "fr", "language", "fr"),
     ("prism:volume", "17", "volume", "17"),
     ("bepress_citation_keywords", "tundra", "keyword", "tundra"),
     ("bepress_citation_inbook_title", "Kalte Böden", "container-title", "Kalte Böden")],
)  # fmt: skip
def test_a_tag_written_with_another_spelling_of_its_name_is_read(
    name: str, value: str, field: str, want: str
) -> None:
    typed = _typed(meta(name, value), field)
    assert typed and (typed[0][0].text if field == "keyword" else str(typed[0])) == want


def test_a_name_of_no_vocabulary_is_not_made_a_spelling_of_one() -> None:
    # near miss: 'dcx.subject' and 'dc.subjects' are no Dublin Core names
    assert _typed(meta("dcx.subject", "tundra") + meta("dc.subjects", "tundra"), "keyword") == []


def test_every_spelling_of_a_tag_maps_to_its_field() -> None:
    fields = tag_table().fields
    assert fields["dcterms.subject"] == fields["dc.subject"] == fields["dc:subject"]
    assert fields["bepress_citation_edition"] == fields["citation_edition"] == "edition"
    assert "bepress_citation_book_title" in tag_table().book_titles


# --- Highwire: several editors in one tag, an edition ------------------------------------


def test_a_highwire_editors_tag_names_every_editor() -> None:
    head = (meta("citation_title", "Permafrost und Hangbewegung")
            + meta("citation_author", "Brandauer, Lioba")
            + meta("citation_inbook_title", "Kalte Böden")
            + meta("citation_editors", "Wendl, Ottilie; Hrubesch, Korbinian"))  # fmt: skip
    editors = _csl(head).get("editor")
    assert editors == [{"family": "Wendl", "given": "Ottilie"},
                       {"family": "Hrubesch", "given": "Korbinian"}]  # fmt: skip


def test_a_highwire_edition_the_page_prints_is_the_edition() -> None:
    head = (meta("citation_title", "Manual de suelos helados")
            + meta("citation_author", "Quiroga, Amparo")
            + meta("citation_isbn", "978-3-16-148410-0")
            + meta("citation_edition", "3.ª edición"))  # fmt: skip
    body = "<h1>Manual de suelos helados</h1><p>Amparo Quiroga. 3.ª edición, 2020.</p>"
    assert _csl(head, body).get("edition") == "3.ª edición"
    # near miss: an edition the page does not print is not trusted
    assert _csl(head, "<h1>Manual de suelos helados</h1>").get("edition") is None


# --- PRISM's aggregationType ---------------------------------------------------------------


@pytest.mark.parametrize(("value", "want"), [("journal", ["article-journal"]),
                                             ("magazine", ["article-magazine"]),
                                             ("book", []), ("feed", []), ("other", [])])  # fmt: skip
def test_prism_aggregation_type_names_a_journals_or_a_magazines_article(
    value: str, want: list[str]
) -> None:
    assert _typed(meta("prism.aggregationType", value), "type") == want


# --- OpenURL: the container of a part, Dublin Core subjects ---------------------------------


def test_a_coins_book_title_beside_a_part_title_is_the_container() -> None:
    head = _coins(ctx_ver="Z39.88-2004", rft_val_fmt="info:ofi/fmt:kev:mtx:book",
                  rft__genre="bookitem", rft__atitle="Les sols gelés du Jura",
                  rft__btitle="Géographie du froid", rft__au="Morel, Anaïs",
                  rft__date="2016")  # fmt: skip
    csl = _csl(head)
    assert (csl["title"], csl.get("container-title")) == (
        "Les sols gelés du Jura", "Géographie du froid")  # fmt: skip


def test_a_coins_journal_title_in_the_older_key_is_the_container() -> None:
    head = _coins(ctx_ver="Z39.88-2004", rft_val_fmt="info:ofi/fmt:kev:mtx:journal",
                  rft__atitle="Frostmusterböden im Hochland", rft__title="Zeitschrift für Kältekunde",
                  rft__volume="9", rft__au="Pichler, Veit", rft__date="2011")  # fmt: skip
    csl = _csl(head)
    assert csl["title"] == "Frostmusterböden im Hochland"
    assert csl.get("container-title") == "Zeitschrift für Kältekunde"


def test_a_coins_book_title_without_a_part_is_the_works_title() -> None:
    # near miss: a whole book's span names no container
    head = _coins(ctx_ver="Z39.88-2004", rft_val_fmt="info:ofi/fmt:kev:mtx:book",
                  rft__btitle="Géographie du froid", rft__au="Morel, Anaïs", rft__date="2016")  # fmt: skip
    csl = _csl(head)
    assert csl["title"] == "Géographie du froid" and "container-title" not in csl


@given(st.lists(st.tuples(st.sampled_from(["rft.atitle", "rft.btitle", "rft.title", "rft.au",
                                           "RFT.BTITLE", "x"]), st.text(max_size=8)),
                max_size=6))  # fmt: skip
@settings(max_examples=100, deadline=None)
def test_whole_titles_keeps_every_value_and_renames_only_with_a_part(
    pairs: list[tuple[str, str]],
) -> None:
    out = whole_titles(pairs)
    assert [v for _, v in out] == [v for _, v in pairs]
    if not any(k == "rft.atitle" and v.strip() for k, v in pairs):
        assert out == pairs


def test_a_coins_subject_is_a_keyword() -> None:
    head = _coins(ctx_ver="Z39.88-2004", rft_val_fmt="info:ofi/fmt:kev:mtx:dc",
                  rft__title="Mapa de suelos helados", rft__subject="permafrost")  # fmt: skip
    assert [k.text for k in _typed(head, "keyword")[0]] == ["permafrost"]


# --- OpenGraph ---------------------------------------------------------------------------


def test_an_opengraph_book_tag_is_a_keyword() -> None:
    head = (meta("og:type", "book", "property") + meta("og:title", "Talvi ja maa", "property")
            + meta("book:tag", "routa", "property"))  # fmt: skip
    assert [k.text for k in _typed(head, "keyword")[0]] == ["routa"]


# --- schema.org --------------------------------------------------------------------------


ARTICLE = {"@context": "https://schema.org", "@type": "ScholarlyArticle",
           "headline": "Routa ja metsänuudistaminen", "author": "Aino Kettunen"}  # fmt: skip


def test_schema_keywords_as_defined_terms_are_keywords() -> None:
    obj = dict(ARTICLE, keywords=[{"@type": "DefinedTerm", "name": "routa"},
                                  {"@type": "DefinedTerm", "name": "kuusi"}])  # fmt: skip
    assert _csl(_ld(obj)).get("keyword") == "routa, kuusi"


def test_a_reviews_item_reviewed_gives_the_reviewed_title_and_authors() -> None:
    obj = {"@context": "https://schema.org", "@type": "Review",
           "name": "Ein Buch über den Frost", "author": "Ilse Gschwandtner",
           "itemReviewed": {"@type": "Book", "name": "Die Geschichte des Bodenfrosts",
                            "author": {"@type": "Person", "givenName": "Ferdinand",
                                       "familyName": "Aigner"}}}  # fmt: skip
    body = ("<h1>Ein Buch über den Frost</h1><p>Ilse Gschwandtner bespricht: Ferdinand Aigner, "
            "Die Geschichte des Bodenfrosts.</p>")  # fmt: skip
    csl = _csl(_ld(obj), body)
    assert csl.get("reviewed-title") == "Die Geschichte des Bodenfrosts"
    assert csl.get("reviewed-author") == [{"family": "Aigner", "given": "Ferdinand"}]
    # near miss: a reviewed work the page never names is not trusted
    assert "reviewed-title" not in _csl(_ld(obj), "<h1>Ein Buch über den Frost</h1>")


BOOK = {"@context": "https://schema.org", "@type": "Book", "name": "Sols gelés",
        "author": "Anaïs Morel", "datePublished": "2016", "isbn": "9783161484100"}  # fmt: skip


def test_a_series_a_book_is_part_of_is_its_collection_not_its_container() -> None:
    obj = dict(BOOK, isPartOf={"@type": "BookSeries", "name": "Études du froid"})
    body = "<h1>Sols gelés</h1><p>Anaïs Morel. Études du froid. 2016.</p>"
    csl = _csl(_ld(obj), body)
    assert csl.get("collection-title") == "Études du froid" and "container-title" not in csl


def test_a_periodical_a_work_is_part_of_stays_its_container() -> None:
    # near miss: a Periodical is a kind of series, but a journal: the container
    obj = dict(ARTICLE, isPartOf={"@type": "Periodical", "name": "Metsätieteen aikakauskirja"})
    csl = _csl(_ld(obj))
    assert csl.get("container-title") == "Metsätieteen aikakauskirja"
    assert "collection-title" not in csl


def test_a_chapters_date_is_its_books_date_where_it_gives_none() -> None:
    obj = {"@context": "https://schema.org", "@type": "Chapter", "name": "Kylmät maat",
           "author": "Aino Kettunen",
           "isPartOf": {"@type": "Book", "name": "Routa", "datePublished": "2018"}}  # fmt: skip
    assert _csl(_ld(obj))["issued"] == {"date-parts": [[2018]]}
    # near miss: the chapter's own date stands before its book's
    own = dict(obj, datePublished="2019-04-02")
    assert _csl(_ld(own))["issued"] == {"date-parts": [[2019, 4, 2]]}


@pytest.mark.parametrize(("schema_type", "want"), [("Map", "map"),
                                                   ("SoftwareSourceCode", "software"),
                                                   ("https://schema.org/Map", "map")])  # fmt: skip
def test_a_schema_type_of_no_publication_word_gives_its_csl_type(
    schema_type: str, want: str
) -> None:
    obj = {"@context": "https://schema.org", "@type": schema_type, "name": "Carta dei suoli gelati"}
    assert _typed(_ld(obj), "type") == [want]


# --- EPrints' item types of media ------------------------------------------------------------


@pytest.mark.parametrize(("value", "want"), [("image", ["graphic"]), ("video", ["motion_picture"]),
                                             ("audio", ["song"]),
                                             ("composition", ["musical_score"])])  # fmt: skip
def test_an_eprints_media_type_gives_its_csl_type(value: str, want: list[str]) -> None:
    assert _typed(meta("eprints.type", value), "type") == want


# --- a thesis's degree: schema.org inSupportOf, OpenURL's rft.degree -----------------------


def test_a_thesis_degree_the_page_prints_is_its_genre() -> None:
    obj = {"@context": "https://schema.org", "@type": "Thesis", "name": "Jäätyvä maa",
           "author": "Aino Kettunen", "inSupportOf": "Filosofian tohtori"}  # fmt: skip
    body = "<h1>Jäätyvä maa</h1><p>Aino Kettunen. Väitöskirja (Filosofian tohtori).</p>"
    assert _csl(_ld(obj), body).get("genre") == "Filosofian tohtori"
    # near miss: a degree the page does not print is not trusted
    assert "genre" not in _csl(_ld(obj), "<h1>Jäätyvä maa</h1>")


def test_a_coins_dissertations_degree_is_its_genre() -> None:
    head = _coins(ctx_ver="Z39.88-2004", rft_val_fmt="info:ofi/fmt:kev:mtx:dissertation",
                  rft__title="Suelos helados andinos", rft__au="Quiroga, Amparo",
                  rft__degree="Doctorado", rft__inst="Universidad de Cuyo")  # fmt: skip
    body = "<h1>Suelos helados andinos</h1><p>Tesis de Doctorado, Universidad de Cuyo.</p>"
    assert _csl(head, body).get("genre") == "Doctorado"


# --- schema.org terms written as compact or whole IRIs (JSON-LD, RDFa) -----------------------


def test_jsonld_terms_written_as_compact_iris_are_read() -> None:
    obj = {"@context": {"sdo": "https://schema.org/"}, "@type": "sdo:ScholarlyArticle",
           "sdo:headline": "Hielo y raíces", "sdo:datePublished": "2021-11-03",
           "sdo:author": {"@type": "sdo:Person", "sdo:givenName": "Amparo",
                          "sdo:familyName": "Quiroga"}}  # fmt: skip
    csl = _csl(_ld(obj))
    assert csl["type"] == "article-journal" and csl["title"] == "Hielo y raíces"
    assert csl["author"] == [{"family": "Quiroga", "given": "Amparo"}]
    assert csl["issued"] == {"date-parts": [[2021, 11, 3]]}


def test_a_jsonld_value_with_a_colon_is_left_as_it_is() -> None:
    # near miss: values (a DOI URI, a time) are not terms: only keys and types are renamed
    obj = {"@context": "https://schema.org", "@type": "ScholarlyArticle", "headline": "Ratio: 2:1",
           "identifier": "doi:10.5555/hielo.7"}  # fmt: skip
    csl = _csl(_ld(obj))
    assert csl["title"] == "Ratio: 2:1" and csl.get("DOI") == "10.5555/hielo.7"


@pytest.mark.parametrize("prefix_decl", ['prefix="sdo: http://schema.org/"', ""])
def test_rdfa_terms_with_a_prefix_bound_to_schema_org_are_read(prefix_decl: str) -> None:
    pfx = "sdo" if prefix_decl else "schema"  # (RDFa 1.1 binds "schema" undeclared)
    body = (f'<div {prefix_decl} typeof="{pfx}:Book"><h1 property="{pfx}:name">Talven '
            f'maa</h1><span property="{pfx}:author" typeof="{pfx}:Person"><span '
            f'property="{pfx}:name">Aino Kettunen</span></span><meta property='
            f'"{pfx}:datePublished" content="2015"></div>')  # fmt: skip
    csl = _csl("", body)
    assert (csl["type"], csl["title"]) == ("book", "Talven maa")
    assert csl["author"] == [{"family": "Kettunen", "given": "Aino"}]


def test_rdfa_terms_of_another_vocabulary_make_no_schema_item() -> None:
    # near miss: a prefix bound elsewhere ('bibo:') types no schema.org item
    body = ('<div prefix="bibo: http://purl.org/ontology/bibo/" typeof="bibo:Book">'
            '<h1 property="bibo:shortTitle">Talven maa</h1></div>')  # fmt: skip
    assert _typed(body, "type") == []


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["@type", "schema:name", "name", "http://schema.org/x",
                                       "a:b:c", "@id", "@context"]), inner, max_size=4),
    max_leaves=20,
)  # fmt: skip


@given(_JSON)
@settings(max_examples=200, deadline=None)
def test_local_terms_never_fails_and_is_stable(doc: Any) -> None:
    from comet.html.jsonld_terms import local_terms

    once = local_terms(doc)
    assert local_terms(once) == once


# --- OpenURL identifiers as info: URIs ---------------------------------------------------


@pytest.mark.parametrize(("rft_id", "field", "want"),
                         [("info:pmid/31415926", "PMID", "31415926"),
                          ("info:arxiv/2101.01234", "arxiv", "arXiv:2101.01234"),
                          ("info:doi/10.5555/hielo.7", "DOI", "10.5555/hielo.7")])  # fmt: skip
def test_an_openurl_info_uri_gives_its_identifier(rft_id: str, field: str, want: str) -> None:
    head = _coins(ctx_ver="Z39.88-2004", rft_id=rft_id, rft__atitle="Hielo y raíces")
    assert [str(v) for v in _typed(head, field)] == [want]


def test_an_info_uri_of_another_namespace_gives_no_identifier() -> None:
    # near miss: an OCLC number or a handle is no field of the record
    head = _coins(ctx_ver="Z39.88-2004", rft_id="info:oclcnum/123456", rft__atitle="Hielo")
    assert _typed(head, "DOI") == [] and _typed(head, "PMID") == []
