"""General signals for persons, dates, container and locator on pages (issue 13).

Each rule is pinned with shapes of its own, in several languages: a post's meta line as a
byline, a publication date that ends a submission history, a journal's name followed by its
locator (a venue line, never a title), a journal's name next to its ISSN, and the interface
words that are never names. Every string here was written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import comet.locales as L
from comet import parse_record
from comet.dates import PartialDate
from comet.page.locator_lines import _is_venue_line
from comet.page.meta_bylines import _meta_byline
from comet.page.parse import _prepare

RULES = tuple(L.resolve(None))

BODY = "The stems are hollow and bend in the wind. We measured sixty stems in three marshes."


def _meta(line: str) -> list[str] | None:
    page, _ = _prepare(f"A title of a post\n{line}\n{BODY}", None)
    by = _meta_byline(page, 1)
    return None if by is None else [p.raw for p in by.persons]


# --- a post's meta line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on 3 May 2020 by Ana Ruiz", ["Ana Ruiz"]),
        ("March 3, 2021 by Tom Marlow Leave a comment", ["Tom Marlow"]),
        ("3 May 2020 | Ana Ruiz | 4 Comments", ["Ana Ruiz"]),
        ("3 May 2020 · By Ana Ruiz", ["Ana Ruiz"]),
        ("12 mars 2020 par Claire Dubois Laisser un commentaire", ["Claire Dubois"]),
        ("4. Mai 2019 strandlaeufer Schreibe einen Kommentar", ["strandlaeufer"]),
    ],
)
def test_a_meta_line_names_its_author(line: str, names: list[str]) -> None:
    assert _meta(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "On 3 May 2020 the committee met in Paris.",  # a sentence
        "March 3, 2021 Tom Marlow",  # nothing after the name, no byline word
        "Published: 12 March 2013 Volume 125, pages 259-266",  # a locator after the date
        "Ana Ruiz wrote this on 3 May 2020 after a long walk",  # prose before the date
        "3 May 2020 by jdoe",  # a one-word name needs interface words after it
        "From 3 May 2020 to 9 June 2021 by Ana Ruiz",  # two dates: a period, not a meta line
    ],
)
def test_lines_that_are_no_meta_line(line: str) -> None:
    assert _meta(line) is None


def test_a_meta_line_makes_the_line_above_it_the_title() -> None:
    page = (
        "Skip to content\nNotes from the Fen\nA blog about ditches and dykes\nHome\nAbout\n\n"
        f"How a dyke is mended\n14 June 2022 by Ida Moe 3 Comments\n{BODY}\n"
        "Recent Posts\nA winter on the fen\n"
    )
    rec = parse_record(page)
    assert rec.title == "How a dyke is mended"
    assert [(p.given, p.family) for p in rec.authors] == [("Ida", "Moe")]
    assert rec.issued == PartialDate(2022, 6, 14)


# --- a publication date ending a submission history ----------------------------------------


@pytest.mark.parametrize(
    ("history", "locator"),
    [
        (
            "Received 2 March 2018, Accepted 20 September 2018, First published 15 November 2018",
            "Marsh Ecology Letters, 2019, 12, 45-67",
        ),
        (
            "Reçu le 2 mars 2018 ; accepté le 20 septembre 2018 ; première publication "
            "15 novembre 2018",
            "Revue des Marais, 2019, 12, 45-67",
        ),
        (
            "Recibido: 2 de marzo de 2018 · Aceptado: 20 de septiembre de 2018 · "
            "Primera publicación: 15 de noviembre de 2018",
            "Revista de Humedales, 2019, 12, 45-67",
        ),
    ],
)
def test_a_first_publication_after_a_history_dates_the_work(history: str, locator: str) -> None:
    rec = parse_record(f"{locator}\nA study of reeds\nAna Ruiz, Ida Moe\n{history}\n{BODY}")
    assert rec.issued == PartialDate(2018, 11, 15)
    assert rec.volume == "12"


def test_a_first_publication_without_a_history_does_not_outweigh_the_locator() -> None:
    # a journal page's 'First published' is the journal's first date, not the article's
    text = (
        "A study of reeds\nAna Ruiz, Ida Moe\nMarsh Ecology Letters, 2019, 12, 45-67\n"
        f"First published 15 November 1971\n{BODY}"
    )
    assert parse_record(text).issued == PartialDate(2019)


def test_first_published_labels_are_in_the_locales() -> None:
    terms = {t.casefold() for t in L.terms_of("labels", RULES, "first_published")}
    for term in ("first published", "erstveröffentlichung", "première publication",
                 "primera publicación", "prima pubblicazione", "först publicerad"):  # fmt: skip
        assert term in terms


# --- a venue line is never the title -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Zeitschrift für Küstenforschung, 2019, 27, 311–329",
        "Coastal Ecology Letters 31(2), 45–67",
        "Revue des Marais 12 (2020) 101-118",
    ],
)
def test_a_journal_and_its_locator_is_a_venue_line(line: str) -> None:
    assert _is_venue_line(line, RULES)


@pytest.mark.parametrize(
    "line",
    [
        "Why the grey heron waits",
        "Volume 12, Issue 3, 2020, Pages 45-67",  # a locator alone: a locator line
        "We measured 12 sites in 2019, 27 of 311 cores",
        "In 2019, 27, 311–329",
        "Coastal Ecology Letters 31(2), 45–67, and what came after it",
    ],
)
def test_lines_that_are_no_venue_line(line: str) -> None:
    assert not _is_venue_line(line, RULES)


def test_a_venue_line_above_the_title_is_not_the_title() -> None:
    text = (
        "Tidskrift för våtmarker, 2019, 27, 311–329\n\nOriginalartikel\n"
        "Vassens kolförråd i Östersjöns vikar\nAnna Svensson och Erik Johansson\n"
        "Mottagen: 4 mars 2018 · Accepterad datum: 20 september 2018\n\n"
        "Sammanfattning\nVass binder kol i sina rötter. Vi har mätt kolet på tolv platser."
    )
    rec = parse_record(text)
    assert rec.title == "Vassens kolförråd i Östersjöns vikar"
    assert [p.family for p in rec.authors] == ["Svensson", "Johansson"]
    assert (rec.container_title, rec.volume) == ("Tidskrift för våtmarker", "27")


# --- a journal's name by its ISSN ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Marsh Ecology Letters · ISSN 1234-5679",
        "Wetland Science Bulletin (ISSN 1234-5679)",
        "Wetland Science Bulletin\nOnline ISSN: 1234-5679",
        "Revista de Humedales\nISSN electrónico 1234-5679",
    ],
)
def test_a_journal_name_by_its_issn_is_the_container(line: str) -> None:
    rec = parse_record(f"A study of reeds\nAna Ruiz, Ida Moe\n{line}\nAbstract\n{BODY}")
    assert rec.container_title in ("Marsh Ecology Letters", "Wetland Science Bulletin",
                                   "Revista de Humedales")  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Feedback\nISSN 1234-5679 (online)",
        "Subscribe · ISSN 1234-5679",
        "CODEN: ABCDE; ISSN:1234-5679",
    ],
)
def test_interface_text_by_an_issn_is_no_container(line: str) -> None:
    rec = parse_record(f"A study of reeds\nAna Ruiz, Ida Moe\n{line}\nAbstract\n{BODY}")
    assert rec.container_title is None


# --- interface words are never names -------------------------------------------------------


@pytest.mark.parametrize(
    ("menu", "lang"),
    [
        ("Aktuelle Ausgabe", "de"),
        ("Letzte Artikel", "de"),
        ("Recent Posts", "en"),
        ("Derniers numéros", "fr"),
        ("Huidige nummer", "nl"),
        ("Senaste numret", "sv"),
    ],
)
def test_navigation_over_an_issue_is_no_person(menu: str, lang: str) -> None:
    text = f"Startseite\n{menu}\nArchiv\n\nEin Titel über Schilf und Wind\n{BODY}"
    rec = parse_record(text)
    assert all(menu.split()[0] not in (p.given or "", p.family or "") for p in rec.authors)


# --- never a crash ------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_the_venue_line_test_takes_any_text(text: str) -> None:
    assert _is_venue_line(text, RULES) in (True, False)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 |·,.-:ByMarchJuneAnaRuizleaveComment"),
               max_size=80))  # fmt: skip
def test_a_meta_line_reader_takes_any_line(line: str) -> None:
    names = _meta(line.replace("\n", " "))
    assert names is None or 1 <= len(names) <= 1


# --- numbers and names that only look like a locator or an expansion -----------------------


def test_a_decimal_number_alone_is_no_locator() -> None:
    text = (
        "Wetland Press\nJournals\nImpact factor\n2.47\nSearch\n\nA study of reeds\n"
        f"Ana Ruiz, Ida Moe\nMarsh Ecology Letters 2019, 12:45\n{BODY}"
    )
    assert parse_record(text).volume == "12"


def test_an_account_link_holding_the_journal_name_is_no_expansion_of_it() -> None:
    text = (
        "Wetland Press\nHome\nArticles\nMy Marsh Ecology Letters\n\nMarsh Ecology Letters\n\n"
        f"A study of reeds\nAna Ruiz, Ida Moe\nMarsh Ecology Letters 2019, 12:45\n{BODY}"
    )
    assert parse_record(text).container_title == "Marsh Ecology Letters"


def test_a_section_named_inside_a_longer_masthead_is_not_the_journal() -> None:
    text = (
        "Annals of Fenland History\nFenland Review Club Archive\nSearch\nSign in\nMenu\n"
        "LATEST\nISSUES\nREVIEW CLUB\nMULTIMEDIA\n\nResearch article\nA study of reeds\n"
        f"Ana Ruiz, Ida Moe\n{BODY}"
    )
    assert parse_record(text).container_title == "Annals of Fenland History"


# --- a corporate heading under an author label ---------------------------------------------


@pytest.mark.parametrize(
    ("heading", "literal"),
    [
        ("Fenland Drainage Board (Norfolk, England).", "Fenland Drainage Board (Norfolk, England)"),
        ("Bureau des marais (France)", "Bureau des marais (France)"),
        ("Ruiz, Ana (Ana María)", None),
        ("Ovid (Roman poet)", None),  # one word before the qualifier: the name parser reads it
    ],
)
def test_a_heading_with_a_qualifier_and_no_comma_is_a_corporate_body(
    heading: str, literal: str | None
) -> None:
    rec = parse_record(f"Details for: Maps of the fens\nMaps of the fens\nBy: {heading}\n"
                       "Publisher: Norwich : Fen Press, 2007")  # fmt: skip
    assert rec.authors
    assert rec.authors[0].literal == literal


# --- names with an elided particle or an inner capital --------------------------------------


def test_a_byline_with_elided_particles_and_inner_capitals() -> None:
    text = (
        "A study of reeds\n"
        "Ana Ruiz, Ian McGregor, Christophe d’Aubigny, View ORCID ProfileRose DeWitt and Ida Moe\n"
        f"Abstract\n{BODY}"
    )
    got = [(p.given, p.family) for p in parse_record(text).authors]
    assert got == [("Ana", "Ruiz"), ("Ian", "McGregor"), ("Christophe", "d’Aubigny"),
                   ("Rose", "DeWitt"), ("Ida", "Moe")]  # fmt: skip


# --- masthead fields and author widgets ----------------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "volume", "issue"),
    [
        ("Volume 23, Number 5/6", "23", "5/6"),
        ("Band 23, Heft 5/6", "23", "5/6"),
        ("Tome 23, Numéro 5-6", "23", "5-6"),
        ("Årgång 23, nummer 5", "23", "5"),
    ],
)
def test_a_masthead_locator_is_no_person(masthead: str, volume: str, issue: str) -> None:
    text = f"Wetland Science Bulletin\n{masthead}\nA study of reeds\nAna Ruiz and Ida Moe\n{BODY}"
    rec = parse_record(text)
    assert [p.family for p in rec.authors] == ["Ruiz", "Moe"]
    assert (rec.volume, rec.issue) == (volume, issue)


@pytest.mark.parametrize(
    ("journal", "title", "widget", "abstract"),
    [
        ("Marsh Ecology Letters", "A study of reeds", "Search for this author in:\nPubMed\n"
         "Google Scholar", f"Abstract\n{BODY}"),
        ("Revue des Marais", "Une étude des roseaux", "Rechercher cet auteur dans :\nGoogle "
         "Scholar", "Résumé\nLes roseaux plient parce que leurs tiges sont creuses et "
         "légères, et nous avons mesuré soixante tiges."),
        ("Zeitschrift für Moorkunde", "Eine Studie über Schilf", "Diesen Autor suchen in:\n"
         "PubMed", "Zusammenfassung\nSchilf biegt sich, weil seine Halme hohl sind, und wir "
         "haben sechzig Halme gemessen."),
    ],
)  # fmt: skip
def test_an_author_widget_between_names_is_read_past(
    journal: str, title: str, widget: str, abstract: str
) -> None:
    text = f"{journal}\n\n{title}\nAna Ruiz\n{widget}\nIda Moe\n{widget}\n\n{abstract}"
    rec = parse_record(text)
    assert [p.family for p in rec.authors] == ["Ruiz", "Moe"]
    assert rec.title == title


# --- repository records ---------------------------------------------------------------------


def test_a_citation_label_holding_only_the_source_gives_journal_and_locator() -> None:
    text = (
        "Wetland Repository\nA study of reeds\nAuthors: Ruiz, Ana; Moe, Ida\nIssue Date: 2019\n"
        f"Citation: Marsh Ecology Letters 12(3): 45-67\nAbstract: {BODY}\n"
    )
    rec = parse_record(text)
    assert (rec.container_title, rec.volume, rec.issue) == ("Marsh Ecology Letters", "12", "3")
    assert rec.pages is not None and rec.pages.first == "45"


def test_a_citation_quoting_the_title_may_end_with_an_issn() -> None:
    text = (
        "Wetland Research Online\nHome\nBrowse\nA study of reeds\n"
        "Ruiz, Ana and Moe, Ida (2019) A study of reeds. Marsh Ecology Letters, 12 (3). "
        "pp. 45-67. ISSN 1234-5679\nFull text not available from this repository.\n"
        f"Abstract\n{BODY}\nItem Type: Article\nDate Deposited: 10 Jan 2020 10:00\n"
    )
    rec = parse_record(text)
    assert [(p.given, p.family) for p in rec.authors] == [("Ana", "Ruiz"), ("Ida", "Moe")]
    assert (rec.issued, rec.container_title, rec.volume) == (
        PartialDate(2019),
        "Marsh Ecology Letters",
        "12",
    )


def test_a_name_with_a_colon_is_no_person() -> None:
    text = f"Tools\nSeqTool: FastAlign\n\nA study of reeds\nAna Ruiz, Ida Moe\n{BODY}"
    assert [p.family for p in parse_record(text).authors] == ["Ruiz", "Moe"]


# --- a report's series line ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Working Paper No. 2719", "2719"),
        ("Technical Report TR-2019-04", "TR-2019-04"),
        ("Diskussionspapier Nr. 27", "27"),
        ("Document de travail n° 2019-12", "2019-12"),
    ],
)
def test_a_report_series_line_gives_the_number_and_no_person(line: str, number: str) -> None:
    text = f"Wetland Economics Institute\nA study of reed markets\nAna Ruiz and Ida Moe\n{line}\n{BODY}"
    rec = parse_record(text)
    assert rec.number == number
    assert [p.family for p in rec.authors] == ["Ruiz", "Moe"]


# --- an edited book under 'In:' ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "book", "editor"),
    [
        (
            "In: Tom Marlow (ed.) Reeds and Rivers. Wetland Press, 2019",
            "Reeds and Rivers",
            "Marlow",
        ),
        ("In: Marlow, T., Moe, I. (eds.) Reeds and Rivers", "Reeds and Rivers", "Marlow"),
        (
            "In: Jens Ohlsen (Hrsg.) Schilf und Strom. Moorverlag, 2018",
            "Schilf und Strom",
            "Ohlsen",
        ),
    ],
)
def test_an_in_line_naming_an_edited_book(line: str, book: str, editor: str) -> None:
    text = f"Chapter 3: How reeds bend\nAna Ruiz, Ida Moe\n{line}\n\nAbstract\n{BODY}"
    rec = parse_record(text)
    assert rec.container_title == book
    assert rec.editors and rec.editors[0].family == editor
    assert [p.family for p in rec.authors] == ["Ruiz", "Moe"]


# --- a journal's name over the title is not joined to it -----------------------------------


@pytest.mark.parametrize(
    ("masthead", "title", "byline"),
    [
        (
            "Journal of Marsh Studies",
            "Why reeds bend in the wind",
            "By Ana Ruiz, Tom Marlow and Ida Moe",
        ),
        ("Wetland Science Bulletin", "A census of reed warblers", "Ana Ruiz and Ida Moe"),
        ("Revista de Humedales", "Por qué se doblan los juncos", "Ana Ruiz y Pedro Gómez"),
    ],
)
def test_a_masthead_over_a_title_with_its_byline_is_the_container(
    masthead: str, title: str, byline: str
) -> None:
    rec = parse_record(f"{masthead}\n{title}\n{byline}\n{BODY}")
    assert (rec.title, rec.container_title) == (title, masthead)


@pytest.mark.parametrize(
    "label", ["Author(s)", "Autor/in", "Verfasst von", "Escrito por", "Autoria", "Écrit par",
              "Scritto da", "Geschreven door", "Författare"],
)  # fmt: skip
def test_author_labels_in_many_locales(label: str) -> None:
    text = f"Repository\n\nA study of reeds\n{label}: Ruiz, Ana; Moe, Ida\nDate: 2019\n{BODY}"
    assert [p.family for p in parse_record(text).authors] == ["Ruiz", "Moe"]


@pytest.mark.parametrize(
    ("line", "journal"),
    [
        ("Revista: Revista de Humedales 14(2), 101-118", "Revista de Humedales"),
        ("Zeitschrift: Zeitschrift für Moorkunde 14 (2), S. 101–118", "Zeitschrift für Moorkunde"),
    ],
)
def test_a_journal_label_value_loses_its_locator(line: str, journal: str) -> None:
    rec = parse_record(f"A study of reeds\nAna Ruiz, Ida Moe\n{line}\n{BODY}")
    assert (rec.container_title, rec.volume) == (journal, "14")
