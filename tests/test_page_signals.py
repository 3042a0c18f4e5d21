"""The general page signals of issue 13, on hand-written lines and pages.

Interface chrome (locale ``[words].interface_words``), the learned title scorer, catalogue
(ISBD) imprints, name headings and subject headings, bylines with interface text and
affiliation markers glued in, contact lines, and pages that are not the record of one work.
Every string here was written for these tests.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

import comet.locales as L
from comet import parse_record
from comet.page import title_model
from comet.page.byline_text import _byline_text
from comet.page.chrome import _is_chrome, _is_contact
from comet.page.imprint import _imprint
from comet.page.not_record import judge
from comet.page.persons import _heading_names
from tests.pages.gold import load

RULES = tuple(L.resolve(None))


# --- interface chrome ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Log in to your account",
        "Skip to main contentSkip to article",
        "Search PMC Full-Text Archive Search in PMC",
        "Download PDF",
        "Share this article",
        "Your cart is empty.",
        "Springe zum Inhalt",
        "Passer au contenu principal",
        "Log ind",
        "Logga in",
        "1786 Accesses",
    ],
)
def test_interface_lines_are_chrome(line: str) -> None:
    assert _is_chrome(line, RULES)


@pytest.mark.parametrize(
    "line",
    [
        "Full-text search in digital archives",
        "Search for dark matter in dwarf galaxies",
        "Open access and the economics of journals",
        "Eine Geschichte der Kartografie",
        "PMC",
        "2019",
    ],
)
def test_content_lines_are_not_chrome(line: str) -> None:
    assert not _is_chrome(line, RULES)


# --- the title model ---------------------------------------------------------------------


def test_title_model_file_matches_its_features() -> None:
    data = json.loads(resources.files("comet.page").joinpath("title_model.json").read_text())
    assert tuple(data["features"]) == title_model.FEATURES
    assert len(data["weights"]) == len(title_model.FEATURES)


def test_title_model_prefers_a_line_above_a_byline_to_a_menu_line() -> None:
    title = dict.fromkeys(title_model.FEATURES, 0.0) | {"words": 1.0, "byline": 1.0,
                                                        "byline_adjacent": 1.0}  # fmt: skip
    menu = dict.fromkeys(title_model.FEATURES, 0.0) | {"words": 0.2, "short": 1.0,
                                                       "interface": 1.0}  # fmt: skip
    assert title_model.LOW <= title_model.score(menu) < title_model.score(title)
    assert title_model.score(title) <= title_model.HIGH


def test_a_title_below_site_chrome_is_chosen() -> None:
    page = (
        "Skip to main content\nLog in\nSearch\nMenu\nJournal of Things\n\n"
        "Tidal rhythms in estuarine mud snails\n"
        "Hanne Fjeld, Oskar Lindqvist\n"
        "Published: 3 May 2021\n"
        "Abstract\nMud snails follow the tide. We show how, in three estuaries.\n"
    )
    rec = parse_record(page)
    assert rec.title == "Tidal rhythms in estuarine mud snails"
    assert [p.family for p in rec.authors] == ["Fjeld", "Lindqvist"]


# --- catalogue records: imprints, headings, subjects ----------------------------------------


@pytest.mark.parametrize(
    ("imprint", "publisher", "place", "year"),
    [
        ("Bergen : Fagbokforlaget, 2011", "Fagbokforlaget", "Bergen", 2011),
        ("Wien : Böhlau, [2016]", "Böhlau", "Wien", 2016),
        ("Boston, MA : Beacon Press, Inc., c1999", "Beacon Press, Inc.", "Boston, MA", 1999),
        ("Halle, Waisenhaus, 1788-91", "Waisenhaus", "Halle", 1788),
        ("Royal Society of Chemistry, 1971", "Royal Society of Chemistry", None, 1971),
        ("[Lima, Peru] : Ediciones Andinas, [2008]", "Ediciones Andinas", "[Lima, Peru]", 2008),
        ("Kyōto : Hōzōkan, Shōwa 50 [1975]", "Hōzōkan", "Kyōto", 1975),
        ("Aarhus Universitetsforlag", "Aarhus Universitetsforlag", None, None),
    ],
)
def test_imprints(imprint: str, publisher: str, place: str | None, year: int | None) -> None:
    assert _imprint(imprint) == (publisher, place, year)


@pytest.mark.parametrize(
    ("imprint", "expected"),
    [
        ("[S.l.] : [s.n.], 1998", ("", None, 1998)),
        ("Owlton : [o.V.], 1827", ("", "Owlton", 1827)),
        ("[u.o.] : Ugglan förlag, 1950", ("Ugglan förlag", None, 1950)),
        ("Owlton : Quill Press ; Nestburg : Vale Books, 1990.", ("Quill Press", "Owlton", 1990)),
        ("Owlton : Quill Press, 2019, ©2018", ("Quill Press", "Owlton", 2019)),
        ("Owlton ; Nestburg : Quill Press, 2014.", ("Quill Press", "Owlton ; Nestburg", 2014)),
    ],
)
def test_imprints_with_placeholders_several_groups_and_copyright_dates(
    imprint: str, expected: tuple[str, str | None, int | None]
) -> None:
    assert _imprint(imprint, RULES) == expected


def test_an_imprint_without_publisher_says_so() -> None:
    rec = parse_record("Owl Songs\nPublisher: [S.l.] : [s.n.], 1998\n")
    assert rec.publisher is None and rec.place is None
    assert any(d.code == "unknown-publisher" for d in rec.diagnostics)


def test_a_date_only_imprint_has_no_publisher() -> None:
    assert _imprint("1996") == ("", None, 1996)
    assert _imprint("[1912?]")[0] == ""


@pytest.mark.parametrize(
    ("heading", "names"),
    [
        ("Grieg, Edvard, 1843-1907 [composer.].", "Grieg, Edvard"),
        ("[Holberg, Ludvig, baron, 1684-1754].", "Holberg, Ludvig, baron"),
        ("Lind, Jenny, 1820-1887 [tr. [and] ed.] | Berg, Axel, 1901-.", "Lind, Jenny ; Berg, Axel"),
        ("Statistics Norway.", "Statistics Norway"),
        # a death year of this century, a birth year of it
        ("Marsh, Jolene, 1931-2012.", "Marsh, Jolene"),
        ("Penhallow, Ruth, 2001-", "Penhallow, Ruth"),
        # negative: a number range that is no life dates stays (not at the heading's end)
        ("Marsh, Jolene, 1931-2012 letters", "Marsh, Jolene, 1931-2012 letters"),
    ],
)
def test_name_headings(heading: str, names: str) -> None:
    assert _heading_names(heading) == names


OPAC_PAGE = """Skip to main content
Log in to your account
Your cart is empty.
Details for: Fjordens fugle : en feltbog /
Normal view MARC view

Fjordens fugle : en feltbog / af Signe Holm ; tegninger af Per Vang.

By: Holm, Signe, 1961- [author.].

Contributor(s): Vang, Per [illustrator.].

Material type: Book
Edition: 2. udgave.
Series: Danske feltbøger ; 12.
Publisher: Odense : Fuglebogforlaget, [2015]
Description: 212 sider : illustrationer ; 21 cm.
ISBN: 9788799999996
Subject(s): Birds -- Denmark -- Identification | Fjords -- Denmark
Holdings ( 0 )
Powered by Koha
"""


def test_a_catalogue_record_page() -> None:
    rec = parse_record(OPAC_PAGE)
    assert rec.title is not None and rec.title.startswith("Fjordens fugle")
    assert [(p.family, p.given) for p in rec.authors] == [("Holm", "Signe")]
    assert (rec.publisher, rec.place) == ("Fuglebogforlaget", "Odense")
    assert rec.issued is not None and rec.issued.year == 2015
    assert (rec.collection_title, rec.collection_number) == ("Danske feltbøger", "12")
    assert rec.edition == "2. udgave"
    assert [p.family for p in rec.roles["illustrator"]] == ["Vang"]
    assert [k.text for k in rec.keywords] == ["Birds", "Fjords"]
    assert rec.csl_type == "book"


# --- bylines and contact lines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("Ana Ruiz, View ORCID ProfileBo Lind, View ORCID ProfileCai Wen",
         "Ana Ruiz, Bo Lind, Cai Wen"),
        ("Author links open overlay panelEva Sand a b, Ola Fors a, Li Mei c",
         "Eva Sand, Ola Fors, Li Mei"),
        ("Ida Moe1,2, Jon Aas3* & Kim Lee2", "Ida Moe, Jon Aas & Kim Lee"),
        ("Tor EikEmail author: Siv NessEmail author", "Tor Eik, Siv Ness"),
        ("Maria de la Cruz, Jan van Dijk", "Maria de la Cruz, Jan van Dijk"),
        ("Eli Tran ORCID: orcid.org/0000-0002-1825-00971 na1,", "Eli Tran"),
        ("Ruth Amos2 na1,", "Ruth Amos"),
        ("Holm AK1, Berg-Lund T2, Dahl S3.", "Holm AK, Berg-Lund T, Dahl S."),
    ],
)  # fmt: skip
def test_bylines_lose_glued_chrome_and_markers(line: str, clean: str) -> None:
    assert _byline_text(line, RULES) == clean


@pytest.mark.parametrize(
    "line",
    ["Fax: +47 5555 1234; Tel: +47 5555 4321", "E-mail: someone@example.org", "Telefon 12 34 56"],
)
def test_contact_lines(line: str) -> None:
    assert _is_contact(line, RULES)


def test_contact_numbers_are_no_locator() -> None:
    page = (
        "Brittle stars of the shelf\n"
        "Nils Holt, Mari Sund *\n"
        "Institute of Marine Research, Bergen. Fax: +47 5523 8531; Tel: +47 5523 8500\n"
        "Marine Biology Letters, 2013, 7, 211-219\n"
    )
    rec = parse_record(page)
    assert (rec.volume, str(rec.pages)) == ("7", "211-219")


# --- pages that are not a record ------------------------------------------------------------

NOT_RECORDS = [
    "Home\nLog in\nPage not found\nSorry, the page you requested does not exist.\nContact",
    "Menu\nAccess denied\nYou must be logged in to see this item.\nLog in | Register",
    "Startseite\nSeite nicht gefunden\nDie angeforderte Seite gibt es nicht.",
    "Forside\nSiden blev ikke fundet\nPrøv at søge igen.",
    "Sök\nSökresultat\n1. Havets fåglar, 2019\n2. Fjällens fåglar, 2018\n3. Skogens fåglar, 2017\n"
    "4. Sjöarnas fåglar, 2016\n5. Stadens fåglar, 2015\n6. Kustens fåglar, 2014",
    "Catalogue\nSearch results\nResults for: tide\nTides of the north (2020)\n"
    "Tidal mud (2019)\nThe tide book (2018)\nTide and time (2017)\nMoon tides (2016)",
]


@pytest.mark.parametrize("page", NOT_RECORDS)
def test_not_a_record(page: str) -> None:
    rec = parse_record(page)
    assert rec.title is None and rec.authors == () and rec.issued is None
    (d,) = [d for d in rec.diagnostics if d.code == "not-a-record"]
    assert d.severity.value == "warning" and d.span is not None


def test_a_record_page_that_mentions_an_error_is_a_record() -> None:
    page = (
        "Error correction in quantum memories\nAsta Berg, Finn Dahl\n"
        "Abstract\n" + "We study how an error has occurred and is corrected. " * 40
    )
    assert judge(page.splitlines(), RULES, lambda t: False) is None
    assert parse_record(page).title == "Error correction in quantum memories"


def test_no_bundled_page_is_taken_for_a_non_record() -> None:
    for g in load("pages") + load("written_pages"):
        rec = parse_record(g["path"].read_text("utf-8"))
        assert "not-a-record" not in [d.code for d in rec.diagnostics], g["file"]


# the corpus pages (dev and unseen) are checked with the floors, parsed once:
# tests/test_pages_corpus.py::test_no_corpus_page_is_taken_for_a_non_record


# --- zones, scripts, kinds, languages --------------------------------------------------------


def test_a_related_items_zone_ends_at_prose() -> None:
    prose = (
        "Die Ebbe kam früh in diesem Jahr. Die Boote lagen im Schlick und warteten. "
        "Niemand wusste, wann das Wasser wiederkommen würde, und die Fischer sprachen "
        "von einem Winter, der nicht enden wollte. Am Abend kamen die Vögel zurück. "
        "Sie saßen auf den Pfählen und sahen über das Watt, als ob sie auf etwas warteten. "
    )
    page = f"Watt und Zeit\nVon Jens Ohlsen\nSiehe auch\nDer Deich\nDie Flut\n{prose}\n{prose}\n"
    from comet.page.layout import read_layout

    zones = {ln.text[:8]: ln.zone for ln in read_layout(page, RULES).lines}
    assert zones["Der Deic"] == "related" and zones[prose[:8]] == "main"
    rec = parse_record(page)
    assert rec.language == "de"
    assert "guessed-language" in [d.code for d in rec.diagnostics]


def test_the_reference_list_ends_at_the_affiliations_heading() -> None:
    page = (
        "Salt marsh carbon in the Wadden Sea\nJens Ohlsen, Ute Berg\n"
        "References\n"
        "Adam P (1990) Saltmarsh ecology. Cambridge University Press, Cambridge\n"
        "Berg U (2001) Marsh soils. J Coast Res 17: 100-110\n"
        "Authors and Affiliations\nInstitute of Coastal Research, Kiel\n"
        "DOI https://doi.org/10.5555/wadden.2019.042\n"
    )
    rec = parse_record(page)
    assert str(rec.doi) == "10.5555/wadden.2019.042"


def test_romanised_fields_win_over_the_original_script() -> None:
    page = (
        "Details for: Umi no uta /\n\nUmi no uta / Tanaka Yoko.\n\n"
        "By: Tanaka, Yōko, 1950-.\n"
        "Material type: Book\n"
        "Series: 海の 文庫 ; 12\n"
        "Series: Umi no bunko ; 12.\n"
        "Publisher: 東京 : 海社, 1999\n"
        "Publisher: Tōkyō : Umisha, 1999\n"
    )
    rec = parse_record(page)
    assert (rec.publisher, rec.place, rec.collection_title) == ("Umisha", "Tōkyō", "Umi no bunko")


def test_a_blog_post_is_a_weblog_post() -> None:
    page = (
        "Menu\nBlog\nNotes from the tide line\n\nWhy mud snails climb\n"
        "Posted by Ida Strand on 3 May 2021\n"
        "Every spring the snails climb the reeds. " * 3 + "\n"
        "Categories: Snails, Tides\nLeave a Reply\nYour email address will not be published.\n"
    )
    assert parse_record(page).csl_type == "post-weblog"


@pytest.mark.parametrize(
    "title",
    ["β-Carotene in estuarine algae", "p-Nitrophenol uptake by mud snails",
     "mRNA decay in cold-adapted fish"],
)  # fmt: skip
def test_titles_may_start_in_lower_case_science(title: str) -> None:
    page = f"Skip to main content\n{title}\nAsta Berg, Finn Dahl\nAbstract\nShort.\n"
    assert parse_record(page).title == title


def test_pubmed_ids_of_the_page_not_of_its_references() -> None:
    page = (
        "Tide clocks in snails\nAsta Berg, Finn Dahl\nPMCID: PMC1234567 PMID: 30000001\n"
        "References\nCarr J. (2015) Snail clocks. J Tidal Stud 9: 45-61. PMID: 20000002\n"
    )
    item = parse_record(page).to_csl()
    assert (item["PMID"], item["PMCID"]) == ("30000001", "PMC1234567")
    from comet.page import Record

    assert Record.from_csl(item).to_csl() == item


def test_an_arxiv_preprint() -> None:
    page = (
        "Computer Science > Machine Learning\narXiv:2101.00001 (cs)\n"
        "Sparse tides in neural nets\nAsta Berg, Finn Dahl\n"
        "Submitted on 3 Jan 2021\nCite as: arXiv:2101.00001v2 [cs.LG]\n"
    )
    item = parse_record(page).to_csl()
    assert (item["number"], item["type"]) == ("arXiv:2101.00001", "article")


def test_a_journal_masthead_is_the_container() -> None:
    page = (
        "Skip to main content\nJournal of Estuarine Snails\n\n"
        "Tide clocks in mud snails\nAsta Berg, Finn Dahl\n"
        "Published: 3 May 2021\nAbstract\nSnails keep time by the tide.\n"
    )
    assert parse_record(page).container_title == "Journal of Estuarine Snails"


def test_record_keeping_dates_are_not_the_work_date() -> None:
    page = (
        "Tide clocks in mud snails\nAsta Berg, Finn Dahl\n"
        "Last updated: 9 October 2024\nAccessed: 1 December 2024\n"
        "Published: 3 May 2021\n"
    )
    rec = parse_record(page)
    assert rec.issued is not None and rec.issued.iso() == "2021-05-03"
    page2 = "Tide clocks in mud snails\nAsta Berg, Finn Dahl\nLast updated: 9 October 2024\n"
    assert parse_record(page2).issued is None


# --- flattened metadata tables and copyright holders ---------------------------------------

_TABLE_PAGE = """Tidal Patterns of Invented Harbours
Ada Quill, Bruno Vale
Abstract
We model the tides of harbours that do not exist, using three invented basins.
References
1. Marsh, T. Imaginary coastlines. J. Invented Geogr. 2001;3:1-9. Google Scholar
2. Reed, P. Wave tables for nowhere. Fict. Ocean. Lett. 1999;7:44-50. Google Scholar
Copyright information
© Harbour Society 2015
DOI https://doi.org/10.5555/harbour.2015.17
Publisher Name Lantern Publishing
Online ISSN 0317-8471
"""


def test_a_metadata_table_after_the_references_belongs_to_the_page() -> None:
    rec = parse_record(_TABLE_PAGE)
    assert str(rec.doi) == "10.5555/harbour.2015.17"
    assert rec.publisher == "Lantern Publishing"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # the body's name, without the legal form a copyright line gives its holder
        # (comet.page.publisher_holder: the corpus's gold names the body)
        ("© 2019 Lantern Publishing Ltd", "Lantern Publishing"),
        ("Copyright © 2004 Owl Hill Press. All rights reserved.", "Owl Hill Press"),
        ("(c) 1998 Nordlicht Verlag", "Nordlicht Verlag"),
        ("© The Author(s) 2016", None),  # authors hold it: no publisher
        # a body's copyright on a work's page names its publisher (comet.page.copyright_bodies)
        ("© Harbour Society 2015", "Harbour Society"),
        ("© Harbour Shipping Ltd 2015", None),  # a company's: a site's owner, no publisher
    ],
)
def test_a_copyright_holder_is_a_publisher_when_it_is_a_publishing_house(
    line: str, publisher: str | None
) -> None:
    rec = parse_record(f"A Study of Invented Owls\nAda Quill\n{line}\n")
    assert rec.publisher == publisher


def test_a_heading_ending_in_a_colon_is_not_a_table_value() -> None:
    page = "A Study of Owls\nReceived: 3 May 2020\nPart of the following collections:\nOwl Week\n"
    assert parse_record(page).container_title != "the following collections"


# --- datelines and a post's meta line --------------------------------------------------------


def test_a_dateline_above_the_title_dates_a_news_page() -> None:
    page = (
        "Menu\n\nNEWS\n3 March 2021\n\nInvented comet seen over an imaginary town\n\n"
        "Residents of the town report a bright tail in the evening sky.\n\nAda Quill\n"
    )
    rec = parse_record(page)
    assert rec.issued is not None and rec.issued.date_parts() == [2021, 3, 3]
    # the sentence under the headline is its standfirst, neither the title nor a subtitle
    assert (rec.title, rec.subtitle) == ("Invented comet seen over an imaginary town", None)


def test_a_posts_meta_line_is_not_its_title_but_dates_it() -> None:
    page = (
        "Owl Blog\n\nConference: Nocturnal birds of invented islands and their songs (Owlton)\n\n"
        "12. Mai 2016 owlkeeper Schreibe einen Kommentar\n\n"
        "Die Tagung findet am 3. Juni statt. Vorträge über Eulen und ihre Inseln.\n"
    )
    rec = parse_record(page)
    assert f"{rec.title}: {rec.subtitle}".endswith("(Owlton)")
    assert rec.issued is not None and rec.issued.date_parts() == [2016, 5, 12]
    assert [p.family for p in rec.authors] == ["owlkeeper"]  # the meta line's author


def test_reference_link_texts_do_not_end_the_reference_list() -> None:
    from comet.page.layout import read_layout

    refs = "\n".join(
        f"Quill, A. et al. Invented owls {i}. Owl Lett. {10 + i}, {100 + i}-{110 + i} (200{i})"
        "\nCAS\nPubMed\nArticle"
        for i in range(4)
    )
    page = f"A Study of Invented Owls\nAda Quill, Bruno Vale\n\nReferences\n{refs}\n"
    layout = read_layout(page, RULES)
    entries = [ln for ln in layout.lines if ln.text.startswith("Quill, A.")]
    assert len(entries) == 4 and all(ln.zone == "references" for ln in entries)


def test_numbers_glued_to_a_name_are_affiliation_markers_not_a_locator() -> None:
    page = "A Study of Invented Owls\n\nAda Quill1, 2, 7,\nBruno Vale3\n\nAbstract\nOwls.\n"
    assert parse_record(page).volume is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ada Quill5, 6, 7,", "Ada Quill"),
        ("Bruno van Vale1, 2,", "Bruno van Vale"),
        ("A. Quill1,2, B. Vale3", "A. Quill, B. Vale"),
    ],
)
def test_affiliation_markers_with_spaces_leave_the_byline(line: str, names: str) -> None:
    from comet.page.byline_text import _byline_text

    assert _byline_text(line, RULES) == names


def test_a_genre_line_under_a_byline_is_no_person() -> None:
    page = (
        "A Study of Invented Owls\n\nAda Quill\nBruno Vale\nOriginal Paper\nReceived: 3 May 2020\n"
    )
    assert [p.family for p in parse_record(page).authors] == ["Quill", "Vale"]


def test_initials_written_together_are_no_abbreviation() -> None:
    page = "A Study of Invented Owls\n\nAda J.P. Quill, Bruno Vale, Cora A.-B. Lind\n\nAbstract\nOwls.\n"
    assert [p.family for p in parse_record(page).authors] == ["Quill", "Vale", "Lind"]


def test_a_page_with_many_blog_cues_is_a_post() -> None:
    page = (
        "Owl Blog\nKategorien\nNeueste Beiträge\n\nEulen auf erfundenen Inseln\n\n"
        "Veröffentlicht von owlkeeper\n\nZeitschrift für Eulen, Band 3, Heft 2, S. 4-9.\n\n"
        "Schlagwörter: Eulen\nSchreibe einen Kommentar\n"
    )
    assert parse_record(page).csl_type == "post-weblog"


def test_a_locator_with_an_article_number_and_a_date_label_after_it() -> None:
    page = (
        "Invented Tides of Imaginary Seas\n\nAda Quill and Bruno Vale\n\n"
        "Owl Rev. Lett. 12, 041027 – Published 9 March, 2021\n\nAbstract\nTides.\n"
    )
    rec = parse_record(page)
    assert (rec.volume, rec.number) == ("12", "041027")
    assert rec.issued is not None and rec.issued.date_parts() == [2021, 3, 9]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Owl Rev. 12, 041027 – Published 9 March, 2021", True),
        ("The survey was published 9 March 2021 by the owls.", False),  # prose, lower case
        ("Published 9 March 2021", False),  # at the start: an ordinary label
    ],
)
def test_one_date_label_in_mid_line(line: str, expected: bool) -> None:
    from comet.page.issued import _date_label_pattern
    from comet.page.line_dates import mid_line_label as _mid_line_label

    pattern, _keys = _date_label_pattern(RULES)
    hit = pattern.search(line)
    assert hit is not None and _mid_line_label(line, hit) is expected


def test_a_generic_date_label_and_an_article_label_with_a_number() -> None:
    page = "Owl Studies\n\nDate: September 2022\nArticle: 102530\nVolume: Volume 55\n"
    rec = parse_record(page)
    assert rec.number == "102530"
    assert rec.issued is not None and rec.issued.date_parts() == [2022, 9]


def test_an_article_heading_over_the_title_is_no_article_number() -> None:
    page = (
        "Article\nInvented Tides of 3 Imaginary Seas\n\nAda Quill, Bruno Vale\n\nAbstract\nTides.\n"
    )
    rec = parse_record(page)
    assert rec.title == "Invented Tides of 3 Imaginary Seas" and rec.number is None


@pytest.mark.parametrize(
    ("heading", "number", "title"),
    [
        ("Chapter 6 - Watching Invented Owls", "6", "Watching Invented Owls"),
        ("Kapitel 3: Eulen der erfundenen Inseln", "3", "Eulen der erfundenen Inseln"),
        ("Chapitre IV. Les hiboux imaginaires", "IV", "Les hiboux imaginaires"),
    ],
)
def test_a_chapter_heading_gives_the_chapter_number(heading: str, number: str, title: str) -> None:
    rec = parse_record(f"{heading}\n\nAda Quill\n\nOwls are birds of the night.\n")
    assert (rec.chapter_number, rec.title) == (number, title)
    assert rec.csl_type == "chapter" and rec.to_csl()["chapter-number"] == number


def test_a_title_starting_with_chapter_and_a_word_is_kept() -> None:
    rec = parse_record("Chapter and Verse of Invented Owls\n\nAda Quill\n\nOwls.\n")
    assert rec.chapter_number is None and rec.title == "Chapter and Verse of Invented Owls"


def test_initials_of_a_citation_are_spelled_out_from_the_page() -> None:
    page = (
        "Invented Tides of Imaginary Seas\n\nÅsa B. Quill,\nAffiliation: Owl University\n"
        "Bruno Vale mail,\nAffiliation: Owl Institute\n\n"
        "Citation: Quill ÅB, Vale B, Lind C (2014) Invented Tides of Imaginary Seas. "
        "Owl Lett 10(6): e1003604.\n"
    )
    rec = parse_record(page)
    assert [(p.family, p.given) for p in rec.authors] == [
        ("Quill", "Åsa B."),
        ("Vale", "Bruno"),
        ("Lind", "C"),  # no full form on the page: kept as the citation gives it
    ]
    assert any(d.code == "expanded-initials" for d in rec.diagnostics)


def test_a_full_name_with_other_initials_is_not_taken() -> None:
    page = "Invented Tides\n\nMaria L. Quill wrote it.\n\nCitation: Quill SR (2014) Invented Tides. Owl Lett 10: 1-5.\n"
    assert [p.given for p in parse_record(page).authors] == ["SR"]


def test_a_long_menu_of_short_lines_holds_no_title() -> None:
    menu = "\n".join(f"Owl Tool {i}" for i in range(12))
    page = (
        f"Owl Portal\n\n{menu}\n\nInvented tides of imaginary seas and their owls.\n\n"
        "Quill AB1, Vale B2.\n\nAuthor information\n"
    )
    assert parse_record(page).title == "Invented tides of imaginary seas and their owls."


def test_a_byline_in_capitals_one_name_a_line() -> None:
    page = (
        "Invented Dyads of Imaginary Owls\nAuthors\n\nADA QUILL\nBRUNO KUMAR VALE\n"
        "C LINDEMAILEmail author\nArticle\nReceived: 27 June 2012\n\nAbstract\nOwls.\n"
    )
    rec = parse_record(page)
    assert [p.family for p in rec.authors] == ["QUILL", "VALE", "LINDEMAIL"]


def test_a_blog_label_names_the_container_of_a_post() -> None:
    page = (
        "Owl Science Blogs\n\nBLOG: Nocturnal Notes\n\nInvented owls sing at midnight\n\n"
        "12. Mai 2016|\nVon Ada Quill\n\nEulen singen. Sie singen nachts.\n"
    )
    rec = parse_record(page)
    assert (rec.container_title, rec.csl_type) == ("Nocturnal Notes", "post-weblog")


def test_a_bare_blog_menu_item_is_no_label_value() -> None:
    page = "Home\nBlog\nAbout\n\nInvented Owls\nAda Quill\n\nOwl Lett. 3, 4-9 (2001)\n"
    assert parse_record(page).csl_type != "post-weblog"


def test_a_long_catalogue_title_after_a_chrome_prefix_is_a_title() -> None:
    long_title = (
        "Mémoires des hiboux imaginaires, depuis l'année 1701 jusqu'en 1705, où l'on verra "
        "les chants de la nuit et diverses choses concernant les îles inventées."
    )
    page = f"Owl Library online\nLog in\n\nDetails for: {long_title}\n\nNormal view MARC view\n\n{long_title}\n"
    assert parse_record(page).title == long_title


@pytest.mark.parametrize(
    "label", ["Publication details", "Imprint", "Publication info", "Production", "Published"]
)
def test_catalogue_imprint_labels(label: str) -> None:
    page = (
        f"Owl songs / Ada Quill.\n\nMain author: Quill, Ada\n{label}: Owlton : Quill Press, 2014.\n"
    )
    rec = parse_record(page)
    assert (rec.publisher, rec.place) == ("Quill Press", "Owlton")
    assert rec.issued is not None and rec.issued.year == 2014
    assert [p.family for p in rec.authors] == ["Quill"]


def test_other_titles_on_a_catalogue_page_are_not_the_title() -> None:
    page = (
        "Uniform title: Songs of owls\nOther title: Owl songs\n\nOwl songs at night / Ada Quill.\n"
    )
    assert parse_record(page).title == "Owl songs at night"


def test_a_licence_statement_is_no_locator_and_no_container() -> None:
    page = (
        "This article is licensed under a Creative Commons Attribution 3.0 Unported Licence\n"
        "Invented Owls of Imaginary Islands\n\nAda Quill\n\nAbstract\nOwls.\n"
    )
    rec = parse_record(page)
    assert rec.volume is None and rec.container_title is None


def test_a_journal_in_a_breadcrumb_trail_is_a_container_candidate() -> None:
    page = (
        "Home > Journals > Owl Review > Vol. 3 No. 2 (2020)\n\nInvented Owls of Imaginary Islands\n\n"
        "Ada Quill\n\nAbstract\nOwls sing.\n"
    )
    assert parse_record(page).container_title == "Owl Review"


@pytest.mark.parametrize(("label", "lang"), [("Source", "en"), ("Quelle", "de"), ("Fuente", "es")])
def test_a_source_label_names_the_journal(label: str, lang: str) -> None:
    page = f"Invented Owls\n\nAda Quill\n\n{label}: Owl Review, 3(2), 4-9\n"
    rec = parse_record(page)
    assert (rec.container_title, rec.volume) == ("Owl Review", "3")


def test_a_bare_type_word_by_the_title_is_weak_type_evidence() -> None:
    page = "Thèse\n\nLes hiboux des îles inventées\n\nAda Quill\n\nRésumé\nLes hiboux chantent.\n"
    assert parse_record(page).csl_type == "thesis"


def test_a_locator_in_a_blog_post_is_of_the_work_it_discusses() -> None:
    page = (
        "Owl Blog\nKategorien\nNeueste Beiträge\nSchlagwörter\n\nNeue Eulenbücher im Herbst\n\n"
        "12. Mai 2016 owlkeeper Schreibe einen Kommentar\n\n"
        "Neuerscheinung: Jahrbuch der Eulengesellschaft 20 (2013), S. 11-31.\n"
    )
    rec = parse_record(page)
    assert rec.issued is not None and rec.issued.date_parts() == [2016, 5, 12]


def test_a_vancouver_byline_of_family_names_that_are_also_words() -> None:
    page = (
        "A long invented title of a study of owls on islands, their songs, their calls, and "
        "the tides of the imaginary seas around them over many years.\n\n"
        "Meno H1, Ota T, Quill A2.\n\nAuthor information\n"
    )
    assert [p.family for p in parse_record(page).authors] == ["Meno", "Ota", "Quill"]


def test_role_phrases_before_names_are_labels() -> None:
    page = (
        "Watching Invented Owls\n\nWritten by Ada Quill\nEdited by Bruno Vale\n\n"
        "Owls are birds of the night, and this chapter watches them.\n"
    )
    rec = parse_record(page)
    assert [p.family for p in rec.authors] == ["Quill"]
    assert [p.family for p in rec.editors] == ["Vale"]


def test_a_sentence_starting_with_a_role_phrase_is_no_label() -> None:
    page = "Invented Owls\n\nAda Quill\n\nEdited by hand, the owl songs were transcribed in 1901.\n"
    assert parse_record(page).editors == ()


def test_a_kinds_phrases_come_from_the_locales() -> None:
    from comet.page.kinds import detect_kind

    page = "Ugglor på natten\n\nLämna ett svar\nLämna en kommentar\n"
    kind, _scores = detect_kind(page, (), tuple(L.resolve("sv")))
    assert kind is not None and kind.name == "blog"
    kind, _scores = detect_kind(page, (), tuple(L.resolve("en")))
    assert kind is None  # the Swedish phrases are Swedish locale data
