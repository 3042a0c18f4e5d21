"""``comet.parse_html``: visible text, embedded metadata, reconciliation, bad input.

Every page here is hand-written (invented titles, names and identifiers)."""

from __future__ import annotations

import json
import sys

import pytest

import comet
from comet import ParseError, parse_html
from comet.html import MAX_HTML_LENGTH, Reconciled, decode_html, embedded_metadata
from comet.html.mapping import map_tags
from comet.html.visible import visible_text
from tests._html_build import meta, page

pytest.importorskip("selectolax")


ARTICLE = page(
    meta("citation_title", "Tidal Patterns of the Inner Lagoon")
    + meta("citation_author", "Marwick, Elsa J.")
    + meta("citation_author", "Tobias Lindqvist")
    + meta("citation_publication_date", "2019/05/14")
    + meta("citation_journal_title", "Journal of Coastal Studies")
    + meta("citation_volume", "41")
    + meta("citation_issue", "3")
    + meta("citation_firstpage", "211")
    + meta("citation_lastpage", "230")
    + meta("citation_doi", "10.5555/jcs.2019.041")
    + meta("citation_issn", "0378-5955")
    + meta("citation_language", "en"),
    "<nav>Home | Journals | Sign in</nav><h1>Tidal Patterns of the Inner Lagoon</h1>"
    "<p>Elsa J. Marwick, Tobias Lindqvist</p>"
    "<p>Journal of Coastal Studies 41(3): 211–230. Published 14 May 2019</p>"
    "<p>DOI: 10.5555/jcs.2019.041</p>"
    "<h2>Abstract</h2><p>We measured the tides of the inner lagoon over four years.</p>",
)


# --- decoding --------------------------------------------------------------------------


def test_bytes_decoded_as_declared_and_overridden_when_wrong() -> None:
    text, diags = decode_html("<meta charset='utf-8'><p>Ærø — naïve</p>".encode())
    assert "Ærø — naïve" in text and diags == ()
    latin = "<meta charset='utf-8'><p>Les élèves à l'école — déjà été</p>".encode("cp1252")
    text, diags = decode_html(latin)
    assert "élèves à l'école — déjà été" in text
    assert [d.code for d in diags] == ["charset-overridden"]


def test_bom_wins_and_a_cut_character_is_replaced() -> None:
    text, _ = decode_html(b"\xef\xbb\xbf<meta charset='iso-8859-1'><p>caf\xc3\xa9</p>")
    assert "café" in text
    text, diags = decode_html("<p>Zürich ".encode() + "Genè".encode()[:-1] + b"</p>")
    assert "\ufffd" in text and diags[0].code == "replaced-bytes"


def test_declared_latin1_is_windows_1252() -> None:
    text, _ = decode_html(b"<meta charset=ISO-8859-1><p>\x93quoted\x94</p>")
    assert "“quoted”" in text


def test_parse_html_reports_a_wrong_charset() -> None:
    data = page(meta("citation_title", "Études"), "<h1>Études sur la mer</h1>").encode("cp1252")
    rec = parse_html(data)
    assert any(d.code == "charset-overridden" for d in rec.diagnostics)
    assert "Études" in rec.raw


# --- visible text ----------------------------------------------------------------------


def _visible(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    return visible_text(LexborHTMLParser(html), html).text


def test_scripts_styles_and_hidden_elements_are_not_text() -> None:
    text = _visible(
        "<body><script>var title = 'Not This';</script><style>h1 {color: red}</style>"
        "<h1>Shown Title</h1><div hidden>secret</div><p style='display: none'>gone</p>"
        "<noscript>enable js</noscript><template><p>tpl</p></template>"
        "<p aria-hidden='true'>icon</p><p>kept</p></body>"
    )
    assert text == "Shown Title\n\nkept"  # a heading and a paragraph: set apart by a blank line


def test_processing_instructions_in_the_body_are_not_text() -> None:
    # a page saved with its template code left in (``<?php … ?>``): a node with no tag name
    body = "<body><h1>A Quiet Harbour at Dusk</h1><?php share_buttons(); ?><p>kept</p></body>"
    assert _visible(body) == "A Quiet Harbour at Dusk\n\nkept"
    record = parse_html(page(body="<h1>A Quiet Harbour at Dusk</h1><?php x(); ?><p>kept</p>"))
    assert record.title == "A Quiet Harbour at Dusk"


def test_blocks_lines_cells_and_inline_runs() -> None:
    text = _visible(
        "<h1>A <i>Title</i> in <b>Parts</b></h1><p>line one<br>line two</p>"
        "<table><tr><td>Volume</td><td>12</td></tr></table><ul><li>a</li><li>b</li></ul>"
    )
    # headings, paragraphs and tables are set apart by a blank line, as a browser shows them
    assert text.split("\n") == [
        "A Title in Parts", "", "line one", "line two", "", "Volume\t12", "", "a", "b"
    ]  # fmt: skip


def test_paragraphs_in_table_cells_keep_the_row_on_one_line() -> None:
    # publishers' tables and "about this article" boxes wrap each cell's value in a block
    html = (
        "<p>Before</p><table><tr><th><p>Journal</p></th><td><div>Coastal Letters</div></td></tr>"
        "<tr><th><p>Volume</p></th><td><p>12</p></td></tr></table><p>After</p>"
    )
    assert _visible(html).split("\n") == [
        "Before", "", "Journal\tCoastal Letters", "Volume\t12", "", "After"
    ]  # fmt: skip


def test_spans_after_a_table_s_cells_still_map_to_the_html() -> None:
    from selectolax.lexbor import LexborHTMLParser

    html = "<table><tr><td><p>Volume</p></td><td><p>12</p></td></tr></table><p>Tidal notes</p>"
    vt = visible_text(LexborHTMLParser(html), html)
    at = vt.text.index("Tidal notes")
    start, end = vt.to_raw(at, at + len("Tidal notes"))
    assert html[start:end] == "Tidal notes"
    at = vt.text.index("12")
    assert html[slice(*vt.to_raw(at, at + 2))] == "12"


@pytest.mark.parametrize(
    ("html", "lines"),
    [
        # a cell of two paragraphs: its lines stay lines
        ("<table><tr><td><p>Jo Doe</p><p>Tarn University</p></td><td>x</td></tr></table>",
         ["Jo Doe", "", "Tarn University", "", "x"]),
        # a row's only cell: a layout table's block, its paragraph set apart
        ("<table><tr><td><p>A Quiet Harbour</p></td></tr><tr><td>By Jo Doe</td></tr></table>",
         ["A Quiet Harbour", "", "By Jo Doe"]),
        # a layout table's cell that holds a heading: the heading stays set apart
        ("<table><tr><td>Menu</td><td><h1>A Quiet Harbour</h1></td></tr></table><p>By Jo Doe</p>",
         ["Menu", "", "A Quiet Harbour", "", "By Jo Doe"]),
    ],
)  # fmt: skip
def test_cells_of_several_lines_or_a_heading_keep_their_breaks(html: str, lines: list[str]) -> None:
    # negative: only a cell whose text is one line is set on its row's line
    assert _visible(html).split("\n") == lines


def test_broken_markup_is_repaired() -> None:
    text = _visible("<p>unclosed <b>bold <i>both</p><div>next</span></div><p>last")
    assert text.split("\n") == ["unclosed bold both", "", "next", "", "last"]


def test_spans_refer_to_the_raw_html() -> None:
    rec = parse_html(ARTICLE)
    start, end = rec.spans["title"]
    assert "Tidal Patterns of the Inner Lagoon" in rec.raw[start:end]
    assert rec.raw == ARTICLE


# --- embedded metadata -----------------------------------------------------------------


def test_highwire_tags_map_through_the_field_parsers() -> None:
    rec = parse_html(ARTICLE)
    assert rec.title == "Tidal Patterns of the Inner Lagoon"
    assert [(p.family, p.given) for p in rec.authors] == [
        ("Marwick", "Elsa J."),
        ("Lindqvist", "Tobias"),
    ]
    assert str(rec.issued) == "2019-05-14"
    assert rec.container_title == "Journal of Coastal Studies"
    assert (rec.volume, rec.issue, str(rec.pages)) == ("41", "3", "211-230")
    assert str(rec.doi) == "10.5555/jcs.2019.041"
    assert [str(i) for i in rec.issns] == ["0378-5955"]
    assert rec.language == "en"
    csl = rec.to_csl()
    assert csl["DOI"] == "10.5555/jcs.2019.041" and csl["page"] == "211-230"


@pytest.mark.parametrize(
    "head",
    [
        meta("DC.title", "Salt Marsh Birds")
        + meta("DC.creator", "Okonkwo, Ada")
        + meta("DCTERMS.issued", "2020-02-03")
        + meta("DC.identifier", "https://doi.org/10.5555/SMB.7"),
        meta("eprints.title", "Salt Marsh Birds")
        + meta("eprints.creators_name", "Okonkwo, Ada")
        + meta("eprints.date", "2020-02-03")
        + meta("eprints.id_number", "doi:10.5555/smb.7"),
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "A Portal"}, {"@type": "ScholarlyArticle", '
        '"headline": "Salt Marsh Birds", "author": [{"@type": "Person", "givenName": "Ada", '
        '"familyName": "Okonkwo"}], "datePublished": "2020-02-03", '
        '"sameAs": "https://doi.org/10.5555/smb.7"}]}</script>',
        '<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.atitle=Salt+Marsh+Birds'
        "&amp;rft.au=Okonkwo%2C+Ada&amp;rft.date=2020-02-03&amp;rft_id=info%3Adoi%2F10.5555"
        '%2Fsmb.7"></span>',
    ],
    ids=["dublin-core", "eprints", "json-ld", "coins"],
)
def test_every_family_maps_to_the_same_record(head: str) -> None:
    html = page(head, "<p>Salt Marsh Birds</p><p>Ada Okonkwo</p><p>3 February 2020</p>")
    rec = parse_html(html)
    assert rec.title == "Salt Marsh Birds"
    assert [(p.family, p.given) for p in rec.authors] == [("Okonkwo", "Ada")]
    assert str(rec.issued) == "2020-02-03"
    assert str(rec.doi) == "10.5555/smb.7"


def test_microdata_and_prism_and_opengraph() -> None:
    html = page(
        meta("prism.publicationName", "Review of Lake Science")
        + meta("prism.volume", "8")
        + meta("prism.startingPage", "77")
        + meta("prism.endingPage", "90")
        + meta("og:title", "Ice Cover Trends", "property"),
        '<div itemscope itemtype="https://schema.org/ScholarlyArticle">'
        '<h1 itemprop="headline">Ice Cover Trends</h1>'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Rui Tavares</span></span></div>'
        "<p>Review of Lake Science 8, 77–90</p>",
    )
    rec = parse_html(html)
    assert rec.title == "Ice Cover Trends"
    assert [p.family for p in rec.authors] == ["Tavares"]
    assert rec.container_title == "Review of Lake Science"
    assert (rec.volume, str(rec.pages)) == ("8", "77-90")


def test_a_value_that_fails_its_parser_is_reported_not_copied() -> None:
    html = page(
        meta("citation_title", "Rivers")
        + meta("citation_issn", "1234-5678")
        + meta("citation_isbn", "978-0-00-000000-1")
        + meta("citation_publication_date", "not a date"),
        "<h1>Rivers</h1>",
    )
    rec = parse_html(html)
    assert rec.issns == () and rec.isbns == () and rec.issued is None
    rejected = [d for d in rec.diagnostics if d.code == "tag-rejected"]
    assert len(rejected) == 3
    for d in rejected:
        assert d.span is not None and rec.raw[d.span[0] : d.span[1]] in html


def test_names_in_any_order_and_dates_with_their_precision() -> None:
    tags = embedded_metadata(
        page(
            meta("citation_author", "van der Berg, Anouk")
            + meta("citation_author", "Kwame Mensah")
            + meta("citation_date", "2021/08")
            + meta("DC.creator", "A. Roe, , B. Doe")
        )
    )
    values = {(v.tag.name, str(v.value)) for v in map_tags(tags, [])}
    people = [v.value for v in map_tags(tags, []) if v.field == "author"]
    assert ("citation_date", "2021-08") in values
    assert [p.family for p in people[:2]] == ["Berg", "Mensah"]
    assert people[0].particle == "van der"
    assert [p.family for p in people[2]] == ["Roe", "Doe"]


def test_cited_works_coins_are_ignored() -> None:
    coins = "".join(
        f'<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.atitle=Cited+{i}"></span>'
        for i in range(3)
    )
    diags: list[comet.Diagnostic] = []
    from comet.html.parse import _own_coins

    assert _own_coins(page(body=coins), [], diags) == []
    assert diags[0].code == "coins-ignored"


# --- reconciliation --------------------------------------------------------------------


def _reconciled(rec: comet.Record, field: str) -> Reconciled:
    found = [d for d in rec.diagnostics if isinstance(d, Reconciled) and d.field == field]
    assert found, [d.message for d in rec.diagnostics]
    return found[0]


def test_an_issue_date_in_the_tags_yields_to_the_printed_publication_date() -> None:
    html = page(
        meta("citation_title", "Moss on Basalt") + meta("citation_publication_date", "2016"),
        "<h1>Moss on Basalt</h1><p>First published online: 12 October 2015</p>",
    )
    rec = parse_html(html)
    assert str(rec.issued) == "2015-10-12"
    d = _reconciled(rec, "issued")
    assert d.chosen == "text" and d.tag_span is not None and d.text_span is not None
    assert rec.raw[d.tag_span[0] : d.tag_span[1]] == "2016"
    assert "12 October 2015" in rec.raw[d.text_span[0] : d.text_span[1]]
    assert d.to_dict()["chosen"] == "text"


def test_a_tag_title_with_the_site_name_appended() -> None:
    html = page(
        meta("og:title", "Grain Storage in Early Towns | The Archive Portal", "property"),
        "<h1>Grain Storage in Early Towns</h1><p>by Imre Halasz</p>",
    )
    rec = parse_html(html)
    assert rec.title == "Grain Storage in Early Towns"


def test_a_truncated_author_list_yields_to_the_full_one() -> None:
    names = ["Ines Duarte", "Pavel Novak", "Lin Wei", "Sara Holm"]
    html = page(
        meta("citation_title", "Wind Shear Near Ridges")
        + "".join(meta("citation_author", n) for n in names),
        "<h1>Wind Shear Near Ridges</h1><p>Ines Duarte, Pavel Novak et al.</p>",
    )
    rec = parse_html(html)
    assert [p.family for p in rec.authors] == ["Duarte", "Novak", "Wei", "Holm"]


def test_a_tag_doi_not_on_the_page_yields_to_the_printed_one() -> None:
    html = page(
        meta("citation_title", "Fungal Mats") + meta("citation_doi", "10.5555/other.99"),
        "<h1>Fungal Mats</h1><p>DOI: 10.5555/fungal.12</p>",
    )
    rec = parse_html(html)
    assert str(rec.doi) == "10.5555/fungal.12"
    assert _reconciled(rec, "DOI").chosen == "text"


# --- bad input -------------------------------------------------------------------------


def test_type_and_length_errors() -> None:
    with pytest.raises(TypeError):
        parse_html(12)  # type: ignore[arg-type]
    with pytest.raises(ParseError) as err:
        parse_html("<p>" + "x" * MAX_HTML_LENGTH)
    assert err.value.code == "too-long"


def test_enormous_text_is_cut_with_a_diagnostic() -> None:
    body = "<p>word word word word word word word word</p>" * 7000  # ~300k characters of text
    rec = parse_html(page(meta("citation_title", "Long"), body), references=False)
    assert any(d.code == "truncated-text" for d in rec.diagnostics)


@pytest.mark.timeout(180)
def test_hostile_json_ld_never_crashes_or_hangs() -> None:
    deep = '{"a":' * 100_000 + "1" + "}" * 100_000
    huge = '{"@type": "ScholarlyArticle", "author": [' + ",".join(['"X Y"'] * 200_000) + "]}"
    broken = '{"@type": "Article", "headline": "Unclosed'
    for body in (deep, huge, broken, "[]" * 1000, '{"@graph": ' + "[" * 5000 + "]" * 5000 + "}"):
        html = page(f'<script type="application/ld+json">{body}</script>', "<h1>A Page</h1>")
        rec = parse_html(html, references=False)  # a hang fails by the timeout mark
        assert rec.raw == html


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    with pytest.raises(ImportError, match=r"comet-meta\[html\]"):
        parse_html("<p>x</p>")


def test_cli_reads_html_by_extension_and_content(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from comet.cli import main

    named = tmp_path / "article.html"
    named.write_bytes(ARTICLE.encode("utf-8"))
    sniffed = tmp_path / "article.dat"
    sniffed.write_text(ARTICLE, encoding="utf-8")
    assert main(["parse", str(named), str(sniffed)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["DOI"] for i in items] == ["10.5555/jcs.2019.041"] * 2


@pytest.mark.timeout(240)
def test_hostile_markup_stays_linear() -> None:
    pages = [
        # every text run escaped (never verbatim in the HTML)
        page(body="<p>&amp;&lt;</p>" * 60_000),
        # thousands of tags and of microdata items
        page(meta("citation_author", "Doe, Jane") * 5_000, "<h1>T</h1>"),
        page(
            body='<div itemscope itemtype="https://schema.org/ScholarlyArticle">'
            + '<span itemprop="author">Jane Doe</span>' * 20_000
            + "</div>"
            + '<div itemscope itemtype="https://schema.org/Person"></div>' * 5_000
        ),
        # many COinS spans and unclosed scripts and comments
        page(body='<span class="Z3988" title="rft.atitle=x"></span>' * 5_000),
        page(body="<script>" * 5_000 + "<!--" * 5_000),
        page(body="<div>" * 50_000 + "deep" + "</div>" * 50_000),
    ]
    for html in pages:
        rec = parse_html(html, references=False)  # a hang fails by the timeout mark
        assert rec.raw == html


def test_tags_only_mode_checks_against_the_page() -> None:
    html = page(
        meta("citation_title", "Lichens of the Outer Skerries | Field Notes")
        + meta("citation_author", "Brandt, Ola")
        + meta("citation_publication_date", "2018/03/01"),
        "<h1>Lichens of the Outer Skerries</h1><p>Ola Brandt</p><p>March 2018</p>",
    )
    rec = parse_html(html, read_text=False)
    assert rec.title == "Lichens of the Outer Skerries"
    assert rec.issued is not None and rec.issued.date_parts() == [2018, 3]
    assert rec.spans["title"][0] > 0 and "Lichens" in rec.raw[slice(*rec.spans["title"])]
    assert parse_html(html, read_text=None).title == rec.title


def test_the_document_title_and_time_are_the_weakest_evidence() -> None:
    html = (
        "<html><head><title>Notes on Tide Pools | A Shore Blog</title></head><body>"
        "<nav>Home</nav><h2>Notes on Tide Pools</h2>"
        '<p>Posted by Ines Duarte on <time datetime="2016-07-03">3 July 2016</time></p>'
        "<p>Some text about the shore and the pools at low tide.</p></body></html>"
    )
    rec = parse_html(html)
    assert rec.title == "Notes on Tide Pools"
    assert str(rec.issued) == "2016-07-03"
    tags = embedded_metadata(html)
    assert [t.name for t in tags] == ["html:title", "html:time"]
    assert all(html[t.span[0] : t.span[1]] in html for t in tags if t.span)


def test_a_document_title_whose_head_is_a_short_site_name_yields_to_the_heading() -> None:
    html = (
        "<html><head><title>Orrin - The Field Handbook of Moss</title></head><body>"
        "<nav>Orrin</nav><h1>Counting Spores in Wet Seasons</h1>"
        "<p>by Tove Lindqvist</p><p>A chapter about spores and how to count them.</p>"
        "</body></html>"
    )
    rec = parse_html(html)
    assert rec.title == "Counting Spores in Wet Seasons"
    d = _reconciled(rec, "title")
    assert d.chosen == "text"


def test_a_time_element_dates_a_page_whose_text_gives_no_date() -> None:
    html = (
        "<html><head><title>Moss on Roofs</title></head><body>"
        "<h1>Moss on Roofs</h1>"
        '<p>Written by Ines Duarte · <time datetime="2019-11-04T08:00:00Z">last autumn</time></p>'
        "<p>Moss grows where the roof stays wet after rain, mostly on the north side.</p>"
        "</body></html>"
    )
    rec = parse_html(html)
    assert rec.issued is not None and rec.issued.date_parts() == [2019, 11, 4]


ET_AL_TAG = b"""<html><head><meta name="author" content="Moe I , et al." /><title>Reed stems</title>
</head><body><h1>Reed stems bend less in cold water</h1>
<div class="auths">Moe I<sup>1</sup>, Okafor C<sup>2</sup>, Lindqvist T<sup>3</sup>.</div>
<p>We measured reed stems in cold and warm water over two summers and found that the stems
in cold water bent less than the stems in warm water.</p>
</body></html>"""


def test_an_author_tag_ending_in_et_al_gives_way_to_the_longer_byline() -> None:
    rec = parse_html(ET_AL_TAG, references=False)
    assert [p.family for p in rec.authors] == ["Moe", "Okafor", "Lindqvist"]
