"""Repository records, report landing pages and entries of reference works (issue 13, the
wide "kinds" set): shapes that recur across sites. Every page and name here was written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.headings import _names_headword, _same_word
from comet.page.parse import _prepare

# --- an entry's headword opening its definition (after an article, inflected) -------------


@pytest.mark.parametrize(
    ("head", "definition"),
    [
        (
            "Feldscheune",
            "Eine Feldscheune (auch Feldstadel) ist ein frei stehendes Gebäude zur Lagerung "
            "von Heu und Getreide abseits des Hofes. Sie war bis ins 19. Jahrhundert verbreitet.",
        ),
        (
            "Torchis",
            "Le torchis est un matériau de construction composé de terre argileuse et de paille, "
            "appliqué sur un clayonnage de bois. On le trouve surtout dans les maisons rurales.",
        ),
        (
            "Carretas",
            "Una carreta (del latín carrus) es un vehículo de dos ruedas tirado por animales, "
            "usado para el transporte de cargas en el campo. Fue común hasta el siglo pasado.",
        ),
        (
            "Salt marsh",
            "A salt marsh is a coastal ecosystem in the upper intertidal zone between land and "
            "open salt water that is regularly flooded by the tides. It is dominated by grasses.",
        ),
    ],
)
def test_a_headword_over_its_definition_is_the_title_and_an_entry(
    head: str, definition: str
) -> None:
    page = "\n".join(["Startseite", "Suche", "", head, "", definition, "", "Weblinks"])
    rec = parse_record(page)
    assert rec.title == head
    assert rec.csl_type == "entry-encyclopedia"


def test_a_headword_under_the_works_name_and_a_redirect_note() -> None:
    page = "\n".join(
        [
            "Kornspeicher",
            "aus Wikipedia, der freien Enzyklopädie",
            "(Weitergeleitet von Getreidespeicher)",
            "Zur Navigation springen Zur Suche springen",
            "Ein Kornspeicher ist ein Gebäude, in dem gedroschenes Getreide bis zur weiteren "
            "Verarbeitung gelagert wird. Er schützt die Körner vor Nässe und Schädlingen.[1]",
        ]
    )
    rec = parse_record(page)
    assert rec.title == "Kornspeicher"
    assert rec.csl_type == "entry-encyclopedia"


def test_a_definition_ending_in_a_footnote_mark_still_defines() -> None:
    page = "\n".join(
        [
            "Reseña crítica",
            "Una reseña crítica es un texto breve que describe y valora una obra publicada "
            "según su contenido y su estilo. [1]",
        ]
    )
    assert parse_record(page).title == "Reseña crítica"


def test_a_heading_whose_words_do_not_open_the_paragraph_is_no_headword() -> None:
    page = "\n".join(
        [
            "Harbour news",
            "",
            "Ferries",
            "",
            "The council agreed on Monday to pay for a second boat, after a winter of delays "
            "that left commuters waiting on the pier for hours. Tickets stay the same.",
        ]
    )
    assert parse_record(page).csl_type != "entry-encyclopedia"


def test_a_section_heading_under_an_authored_title_is_not_the_title() -> None:
    page = "\n".join(
        [
            "Grain storage on small farms in the northern valleys",
            "By Ada Lindqvist",
            "",
            "Granaries",
            "Granaries were built on stone posts to keep the grain dry and the mice out, as "
            "the surveys of the valley farms show. Most of them had one room.",
        ]
    )
    assert parse_record(page).title == "Grain storage on small farms in the northern valleys"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Libros", "libro", True),
        ("Historisches", "Historische", True),
        ("Papier", "Papierkorb", False),
        ("Haus", "Hund", False),
        ("an", "and", False),
    ],
)
def test_one_word_inflected(a: str, b: str, same: bool) -> None:
    assert _same_word(a, b) is same


def test_names_headword_skips_one_article_elided_or_not() -> None:
    page, _ = _prepare("x", None)
    assert _names_headword("Wiktionnaire", "Le Wiktionnaire est un projet libre.", page)
    assert _names_headword("Encyclopédie", "L'encyclopédie est un ouvrage de référence.", page)
    assert not _names_headword("Encyclopédie", "Dans les bibliothèques on trouve des livres.", page)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.text(max_size=200))
def test_names_headword_never_crashes(head: str, body: str) -> None:
    page, _ = _prepare("x", None)
    assert _names_headword(head, body, page) in (True, False)


# --- repository records: a type label over its value, a report's number ----------------------


def test_a_type_label_over_a_type_word_that_is_a_label_itself() -> None:
    page = "\n".join(
        [
            "Department of Rural Studies Papers",
            "",
            "Authors",
            "",
            "Maren Quist",
            "",
            "Document Type",
            "",
            "Working Paper",
            "",
            "Publication Date",
            "",
            "1983",
            "",
            "Number",
            "",
            "8304",
            "",
            "Included in",
            "",
            "Agricultural Economics Commons",
        ]
    )
    rec = parse_record(page)
    assert rec.csl_type == "report"
    assert rec.number == "8304"
    assert rec.issue is None


def test_a_volume_and_issue_on_a_blog_page_do_not_make_a_journal_article() -> None:
    page = "\n".join(
        [
            "Werkbank-Notizen",
            "Startseite",
            "Kategorien",
            "",
            "Eine Lichtschranke für die Garage",
            "",
            "Mit einer Infrarot-Diode und einem kleinen Mikrocontroller lässt sich die Einfahrt "
            "überwachen. Der Aufbau dauert etwa eine Stunde und kostet wenig.",
            "Der Sensor sitzt in 38 cm Höhe, Heft 6 der Bastelreihe beschreibt ihn, Bd. 38 Nr. 6.",
            "",
            "Dieser Artikel wurde am 3. März 2016 von Jorin geschrieben.",
            "Leave a Reply",
            "Kommentare",
        ]
    )
    assert parse_record(page).csl_type != "article-journal"


# --- theses: the degree statement of a title page ------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "A thesis submitted to the Graduate School in partial fulfillment of the requirements "
        "for the degree of Doctor of Philosophy",
        "Dissertation zur Erlangung des Doktorgrades der Philosophischen Fakultät",
        "Thèse présentée en vue de l'obtention du grade de docteur en géographie",
        "Tesis presentada para optar al grado de Doctora en Historia",
        "Proefschrift ter verkrijging van de graad van doctor aan de Universiteit",
    ],
)
def test_a_degree_statement_makes_the_work_a_thesis(statement: str) -> None:
    page = "\n".join(
        [
            "Kalkbrennerei und Landschaft im östlichen Jura, 1850–1920",
            "Selma Tavernier",
            "",
            statement,
            "",
            "Tavernier, S. (2019). Kalkbrennerei und Landschaft im östlichen Jura, 1850–1920. "
            "Citation export",
        ]
    )
    assert parse_record(page).csl_type == "thesis"


def test_a_page_about_theses_without_a_degree_statement_is_no_thesis() -> None:
    page = "\n".join(
        [
            "How to plan a doctoral dissertation",
            "By Omar Lindgren",
            "",
            "Writing a dissertation takes years; this post collects advice on planning the "
            "chapters, meeting the supervisor and keeping notes. Start early and write often.",
        ]
    )
    assert parse_record(page).csl_type != "thesis"


# --- report landing pages: the series line after the issuing body, a bracketed series -------


def test_a_report_number_after_the_issuing_bodys_name() -> None:
    page = "\n".join(
        [
            "Technical Reports (CSE)",
            "",
            "Document Type",
            "",
            "Technical Report",
            "",
            "Date of this Version",
            "",
            "June 1991",
            "",
            "Northfield Polytechnic Department of Computing and Control Technical Report No. "
            "NP-CC-91-07.",
            "",
            "This report collects the notes of a summer school on sensor networks held at the "
            "college; it has grown from working notes into what follows.",
            "",
            "Date Posted: 12 May 2009",
        ]
    )
    rec = parse_record(page)
    assert rec.csl_type == "report"
    assert rec.number == "NP-CC-91-07"
    assert rec.issued is not None and (rec.issued.year, rec.issued.month) == (1991, 6)


def test_a_bracketed_series_statement_gives_series_and_number() -> None:
    page = "\n".join(
        [
            "Discussion papers of the staff",
            "Ilse Brandvold, Tomas Okonjo",
            "Geneva: Institute for Trade Studies, 2004, (ITS Working Paper No. 117)",
        ]
    )
    rec = parse_record(page)
    assert rec.number == "117"
    assert rec.collection_title == "ITS Working Paper"


# --- theses: the degree grantor as publisher --------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "grantor"),
    [
        (
            "A Dissertation by MARA ELLISON Submitted to the Office of Graduate Studies of "
            "Westmoor State University in partial fulfillment of the requirements for the "
            "degree of DOCTOR OF PHILOSOPHY",
            "Westmoor State University",
        ),
        (
            "A Master's paper submitted to the faculty of the School of Design of the "
            "University of Eastbrook at Millford in partial fulfillment of the requirements "
            "for the degree of Master of Science",
            "University of Eastbrook at Millford",
        ),
        (
            "Proefschrift ter verkrijging van de graad van doctor aan de Rijksuniversiteit "
            "Heerveld op gezag van de rector magnificus",
            "Rijksuniversiteit Heerveld",
        ),
    ],
)
def test_the_university_beside_the_degree_statement_is_the_publisher(
    statement: str, grantor: str
) -> None:
    page = "\n".join(["Tidal mills of the southern estuaries", "", statement, "", "Abstract"])
    rec = parse_record(page)
    assert rec.csl_type == "thesis"
    assert rec.publisher == grantor


def test_a_citations_discipline_before_the_university_is_dropped() -> None:
    from comet.page.grantor import grantor_segment
    from comet.page.parse import _prepare

    page, _ = _prepare("x", None)
    value = "Histoire moderne [shs.hist]. Université de Belcourt"
    assert grantor_segment(value, page.rules) == "Université de Belcourt"
    assert grantor_segment("Oxbridge Academic Press", page.rules) == "Oxbridge Academic Press"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_grantor_functions_never_crash(text: str) -> None:
    from comet.page.grantor import degree_grantor, grantor_segment

    page, _ = _prepare(text or "x", None)
    assert grantor_segment(text, page.rules) is not None
    got = degree_grantor(page, (0, min(5, len(page.text))))
    assert got is None or isinstance(got, str)


# --- bylines: a list closed by its conjunction ends there ------------------------------------


@pytest.mark.parametrize(
    "byline",
    ["Ines Varga; Tomas Holm; and Lea Brandt", "Ines Varga, Tomas Holm et Lea Brandt"],
)
def test_a_heading_after_a_closed_name_list_is_no_person(byline: str) -> None:
    page = "\n".join(
        [
            "Working with Data",
            "",
            "7 Curating Field Notes for Reuse",
            "",
            byline,
            "",
            "Learning Outcomes",
            "",
            "By the end of this chapter you should be able to describe the steps of curation.",
        ]
    )
    rec = parse_record(page)
    assert [p.family for p in rec.authors] == ["Varga", "Holm", "Brandt"]


def test_a_repository_cover_citation_labelled_for_the_published_version() -> None:
    page = "\n".join(
        [
            "University of Eastmoor",
            "Tidal mills of the southern estuaries",
            "Varga, Ines",
            "",
            "Citation for published version (APA): Varga, I. (2011). Tidal mills of the "
            "southern estuaries. Eastmoor University Press.",
        ]
    )
    rec = parse_record(page)
    assert [p.family for p in rec.authors] == ["Varga"]
    assert rec.issued is not None and rec.issued.year == 2011


# --- a post's time stamp is no locator -----------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "Dieser Beitrag wurde am 7.04.15 09:42 veröffentlicht",
        "Gespeichert von mira am 12. März 2016 - 21:05",
        "18.11.14, 07:30",
        "Publié le 3 février 2019 - 16:20",
    ],
)
def test_a_date_with_a_time_of_day_is_no_volume_issue_and_page(stamp: str) -> None:
    page = "\n".join(
        [
            "Werkstattnotizen",
            "",
            "Ein Regenmesser aus der Dachrinne",
            stamp,
            "",
            "Mit einem Trichter, einem Schlauch und einer alten Flasche lässt sich die Menge "
            "des Regens gut messen. Die Werte trage ich jeden Abend in eine Tabelle ein.",
        ]
    )
    rec = parse_record(page)
    assert rec.volume is None and rec.issue is None and rec.pages is None


def test_a_real_locator_after_a_year_is_kept() -> None:
    page = "\n".join(
        [
            "Seed dispersal by wind on alpine meadows",
            "Ines Varga",
            "Alpine Botany Letters 2019, 12:45-58",
        ]
    )
    rec = parse_record(page)
    assert rec.volume == "12"


# --- genre: the kind of report or thesis as printed -----------------------------------------


def test_a_type_label_names_the_reports_genre() -> None:
    page = "\n".join(
        [
            "Trade frictions in the river ports",
            "",
            "Authors",
            "",
            "Maren Quist",
            "",
            "Document Type",
            "",
            "Discussion Paper",
            "",
            "Publication Date",
            "",
            "1979",
        ]
    )
    rec = parse_record(page)
    assert rec.csl_type == "report"
    assert rec.genre == "Discussion Paper"
    assert rec.to_csl()["genre"] == "Discussion Paper"
    assert type(rec).from_csl(rec.to_csl()).genre == "Discussion Paper"


def test_no_genre_for_a_journal_article() -> None:
    page = "\n".join(
        [
            "Trade frictions in the river ports",
            "Maren Quist",
            "Journal of River Trade, 12(3), 45-67, 2019",
            "Document Type",
            "Article",
        ]
    )
    assert parse_record(page).genre is None


def test_a_long_series_line_under_prose_quotes_another_work() -> None:
    page = "\n".join(
        [
            "Published on Field Notes",
            "",
            "A milestone for our paper series",
            "",
            "“This paper studies how ferry timetables shape island labour markets, using the "
            "records of three harbours over two decades and the census of the islands.”",
            "",
            "Northfield Institute for Island Studies Department of Economics Working Paper No. 7",
            "",
            "The first paper of the series came out in 1967; the seven-hundredth this spring.",
        ]
    )
    assert parse_record(page).number != "7"


def test_sections_that_repeat_their_heading_are_no_headwords() -> None:
    page = "\n".join(
        [
            "Volume 9",
            "",
            "A ferry timetable trial on three islands: study protocol",
            "",
            "Primary objective",
            "",
            "The primary objective is to learn whether a shared timetable reduces the hours "
            "islanders wait at the pier in winter. We compare two harbours with one.",
            "",
            "Intervention",
            "",
            "The intervention is a timetable agreed by the three ferry companies and printed in "
            "every harbour. It starts in October and runs for a year.",
        ]
    )
    rec = parse_record(page)
    assert rec.title != "Primary objective"
    assert rec.csl_type != "entry-encyclopedia"


# --- a title page's author blocks: name, institute, e-mail ---------------------------------


def test_names_between_affiliation_blocks_are_one_byline() -> None:
    page = "\n".join(
        [
            "Offene Archive für die Landesgeschichte",
            "Jonas Feldkamp",
            "Universität Oldenmoor",
            "Institut für Geschichtswissenschaft",
            "j.feldkamp@uni-oldenmoor.example",
            "Marta Lindqvist",
            "Universität Oldenmoor",
            "Institut für Geschichtswissenschaft",
            "Rechen- und Medienzentrum",
            "m.lindqvist@uni-oldenmoor.example",
            "Der Beitrag beschreibt, wie Archive ihre Bestände im Netz zugänglich machen. Er "
            "vergleicht drei Projekte und fragt nach ihren Kosten.",
        ]
    )
    rec = parse_record(page)
    assert [p.family for p in rec.authors] == ["Feldkamp", "Lindqvist"]


@pytest.mark.parametrize(
    "byline",
    [
        "par Jeanne Rolland sous la direction de Paul Mercier - Lyon, École normale supérieure",
        "por Jeanne Rolland bajo la dirección de Paul Mercier",
        "von Jeanne Rolland betreut von Paul Mercier",
        "by Jeanne Rolland under the supervision of Paul Mercier",
    ],
)
def test_a_thesis_byline_stops_before_its_supervisors(byline: str) -> None:
    page = "\n".join(
        ["Les moulins à marée de l'estuaire, 1700-1850", byline, "", "Soutenue le 12-03-2019"]
    )
    rec = parse_record(page)
    assert [p.family for p in rec.authors] == ["Rolland"]


def test_a_language_in_a_citations_place_is_the_works_language() -> None:
    page = "\n".join(
        [
            "Tidal mills of the southern estuaries",
            "Ines Varga",
            "",
            "Cite",
            "Ines Varga. Tidal mills of the southern estuaries. History [shs.hist]. Université "
            "de Belcourt, 2014. English. ⟨tel-01234567⟩",
        ]
    )
    rec = parse_record(page)
    assert rec.language == "en"
    assert rec.place is None


@pytest.mark.parametrize(
    ("statement", "grantor"),
    [
        (
            "in partial fulfillment of the requirements for the degree of Doctor of Philosophy\n"
            "Brackwater University, Tidesend, Marshshire",
            "Brackwater University",
        ),
        (
            "submitted to the Department of Reeds, University of Fenmoor, Norland, in partial "
            "fulfillment of the requirements for the degree of Doctor of Philosophy",
            "University of Fenmoor",
        ),
        (
            "A dissertation submitted in partial fulfillment of the requirements for the degree "
            "of Doctor of Philosophy in Chemistry in the Graduate College of the University of "
            "Fenmoor at Saltmarsh",
            "University of Fenmoor at Saltmarsh",
        ),
        (
            "Thesis submitted for the degree of Doctor of Philosophy at Reedbank College "
            "Fenmoor\n\nAbstract",
            "Reedbank College Fenmoor",
        ),
    ],
)
def test_the_grantor_is_one_name_within_its_line(statement: str, grantor: str) -> None:
    """A grantor's name never runs across a line break or a comma, and of a sub-unit and
    its university (``Graduate College of the University of X``) the university grants."""
    page = f"Reed beds as fish nurseries\nRuth Vance\n{statement}\n2019\n"
    assert parse_record(page).publisher == grantor


def test_a_place_named_like_a_language_stays_a_place() -> None:
    from comet.page.venue_fields import _language_name

    assert _language_name("English.") == "en"
    assert _language_name("français") == "fr"
    assert _language_name("Georgia") is None and _language_name("Malta") is None


def test_a_report_numbers_span_is_its_own_digits() -> None:
    page = (
        "Reed beds as fish nurseries\nRuth Vance\n"
        "Tidesend: Marsh Office, 2002, (Marsh Working Paper No. 2)\nAbstract\nReeds shelter fish.\n"
    )
    rec = parse_record(page)
    assert rec.number == "2"
    start, end = rec.spans["number"]
    assert page[start - 4 : end] == "No. 2"


@pytest.mark.parametrize(
    "org", ["Fachhochschule Kiel", "Moorforschungsinstitut", "Fenmoorsuniversitet"]
)
def test_a_compound_ending_in_an_organisation_word_is_an_affiliation(org: str) -> None:
    """The locales' ``-hochschule``/``-institut`` ends are a compound's end: the dash marks
    it and is not printed."""
    from comet.page.byline_affiliations import _affiliation_or_mail
    from comet.page.parse import _prepare

    page, _ = _prepare(f"Reeds\n{org}\n", None)
    assert _affiliation_or_mail(page.layout.lines[1], page)
