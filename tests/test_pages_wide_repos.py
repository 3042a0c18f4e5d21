"""Thesis and repository records (issue 13, the wide "repos2" set): the label–value layouts
of institutional repositories. Every page, name and title here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record

# --- a thesis record's degree labels: the genre and the type -------------------------------


def _record_page(*rows: str, title: str = "Tidal Mixing in Imaginary Estuaries") -> str:
    return "\n\n".join([title, *rows, "Abstract", "A study of invented things. " * 12])


def test_a_degree_name_label_gives_the_genre_and_the_type() -> None:
    page = _record_page(
        "Date of Award", "Spring 2019", "Document Type", "Thesis",
        "Degree Name", "Master of Science (MS)", "Department", "Coastal Studies",
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.csl_type == "thesis"
    assert rec.genre == "Master of Science (MS)"
    assert rec.issued is not None and rec.issued.year == 2019


def test_the_degree_type_when_no_degree_name_is_printed() -> None:
    page = _record_page("Document Type", "Dissertation", "Degree Type", "PhD")
    rec = parse_record(page)
    assert rec.csl_type == "thesis"
    assert rec.genre == "PhD"


def test_the_degree_name_wins_over_the_degree_type() -> None:
    page = _record_page("Degree Type", "Master's Essay", "Degree Name", "Master of Arts (MA)")
    assert parse_record(page).genre == "Master of Arts (MA)"


@pytest.mark.parametrize(
    ("label", "degree"),
    [
        ("Grado académico", "Doctor en Ciencias del Mar"),
        ("Akademischer Grad", "Doktor der Naturwissenschaften"),
        ("Diplôme", "Doctorat en géographie"),
        ("Grau acadêmico", "Mestre em Engenharia"),
    ],
)
def test_degree_labels_in_other_languages(label: str, degree: str) -> None:
    # (with a second thesis label: a degree alone names no thesis's record)
    rec = parse_record(_record_page(f"{label}: {degree}", "Document Type: Thesis"))
    assert rec.csl_type == "thesis"
    assert rec.genre == degree


def test_no_degree_label_no_degree_genre() -> None:
    rec = parse_record(_record_page("Document Type", "Article", "Volume", "12"))
    assert rec.genre is None


# --- advisors and committee members are never the thesis's authors --------------------------


@pytest.mark.parametrize("label", ["Major Professor", "First Advisor", "Committee Chair"])
def test_an_advisor_under_their_label_is_no_author(label: str) -> None:
    # a record whose title heading was lost: the role label and the names under it are
    # neither a byline nor names of the work's authors
    page = "\n\n".join(
        [
            "Masters Theses", "Date of Award", "", "Degree Type", "", "Degree Name",
            "Master of Science", "", "Imaginary Engineering", label, "James H. Starling",
            "Committee Members", "Edwin Quill", "",
            "This thesis offers a model for the design of invented bridges over rivers. " * 4,
        ]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.authors == ()
    assert rec.title != "Date of Award"


def test_the_author_of_a_citation_stays_beside_an_advisor() -> None:
    page = _record_page(
        "First Advisor", "Edwina P. Starling",
        "Recommended Citation",
        'Quill, Barnaby T., "Tidal Mixing in Imaginary Estuaries" (2017). Masters Theses. 41.',
    )  # fmt: skip
    rec = parse_record(page)
    assert [p.family for p in rec.authors] == ["Quill"]


# --- a thesis's defence and award dates, its grantor ----------------------------------------


@pytest.mark.parametrize(
    ("label", "value", "year"),
    [
        ("Date of Graduation", "2021", 2021),
        ("Fecha de defensa", "15 de marzo de 2012", 2012),
        ("Date de soutenance", "3 juin 2015", 2015),
        ("Tag der mündlichen Prüfung", "12.07.2018", 2018),
    ],
)
def test_a_thesis_date_label_gives_the_date(label: str, value: str, year: int) -> None:
    rec = parse_record(_record_page("Degree Name", "Master of Arts", f"{label}: {value}"))
    assert rec.issued is not None and rec.issued.year == year


def test_a_defence_university_label_is_the_publisher_not_the_title() -> None:
    page = "\n".join(
        [
            "Cartografías imaginarias del litoral",
            "1. Ortega Vidal, Lucía",
            "Universidad de defensa: Universidad de Ejemplo",
            "Fecha de defensa: 4 de mayo de 2009",
            "Tipo: Tesis",
        ]
    )
    rec = parse_record(page)
    assert rec.title == "Cartografías imaginarias del litoral"
    assert rec.publisher == "Universidad de Ejemplo"


def test_a_granting_institution_label_is_the_publisher() -> None:
    page = _record_page("Granting Institution", "Invented State University",
                        "Degree Name", "Doctor of Philosophy (PhD)")  # fmt: skip
    assert parse_record(page).publisher == "Invented State University"


# --- any text with these labels: a record, never a crash -------------------------------------

_LABELS = ["Degree Name", "Degree Type", "First Advisor", "Committee Member", "Department",
           "Date of Award", "Granting Institution", "Grado académico", "Diplôme"]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_LABELS), st.text(max_size=40)),
        max_size=12,
    )
)
def test_label_rows_never_crash(rows: list[str]) -> None:
    rec = parse_record("\n".join(rows))
    if rec.genre is not None:
        assert rec.csl_type in ("thesis", "report")


# --- a record's fields as a bulleted list; a thesis's own title label -----------------------


def test_bulleted_label_rows_are_labels() -> None:
    page = "\n".join(
        [
            "Tesis doctoral de Lucía Ortega Vidal",
            "Un estudio de cartografías imaginarias del litoral y de sus usos. " * 3,
            "Datos académicos de la tesis doctoral «Cartografías imaginarias del litoral»",
            "- Título de la tesis: Cartografías imaginarias del litoral",
            "- Autor: Lucía Ortega Vidal",
            "- Fecha de lectura de la tesis: 14/05/2010",
        ]
    )
    rec = parse_record(page)
    assert rec.title == "Cartografías imaginarias del litoral"
    # (a two-part Spanish family name may be split either way: the whole name is the test)
    assert [f"{p.given} {p.family}" for p in rec.authors] == ["Lucía Ortega Vidal"]
    assert rec.issued is not None and rec.issued.year == 2010


def test_a_bulleted_word_alone_is_no_label() -> None:
    page = "\n".join(
        ["- Title", "- Abstract", "Winter Lights over Invented Harbours", "by Ana Ruiz"]
    )
    assert parse_record(page).title == "Winter Lights over Invented Harbours"


# --- a type line by the title names the genre: 'Policy Brief', 'Graduate Project' -----------


@pytest.mark.parametrize(
    ("genre", "csl_type"),
    [("Policy Brief", "report"), ("Graduate Project", "thesis"), ("Honors Thesis", "thesis")],
)
def test_a_type_line_by_the_title_gives_type_and_genre(genre: str, csl_type: str) -> None:
    page = "\n".join(
        ["Publications /", genre, "", "Back", "Lanterns and Ledgers of an Invented Port",
         "March 3, 2021", "", "This brief argues that invented ports need lanterns. " * 5]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.csl_type == csl_type
    assert rec.genre == genre


def test_labels_without_values_give_no_genre() -> None:
    # a repository's field names printed without their values: each is a label, none a value
    page = "\n".join(
        ["Graduate Project", "", "Lanterns and Ledgers of an Invented Port", "Public Deposited",
         "A study of invented things. " * 8, "Resource Type", "Date Available", "Date Issued",
         "Degree Level", "Degree Name", "Degree Field", "Degree Grantor", "Commencement Year",
         "Academic Affiliation", "Rights Statement", "Peer Reviewed", "File Format"]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.genre == "Graduate Project"
    assert rec.publisher is None


# --- a repository's citation of a thesis: its series and number, not a journal ----------------


@pytest.mark.parametrize(
    "series", ["Masters Theses", "Selected Honors Theses", "Electronic Theses and Dissertations"]
)
def test_a_thesis_series_in_a_citation_is_the_collection(series: str) -> None:
    page = "\n".join(
        [
            "Lanterns and Ledgers of an Invented Port",
            "Date of Award", "Spring 2017", "Abstract", "A study of invented things. " * 8,
            "Recommended Citation",
            f'Quill, Barnaby T., "Lanterns and Ledgers of an Invented Port" (2017). {series}. 41.',
        ]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.csl_type == "thesis"
    assert rec.collection_title == series
    assert rec.number == "41"
    assert rec.container_title is None


def test_a_journal_in_a_citation_stays_a_journal() -> None:
    page = "\n".join(
        [
            "Lanterns and Ledgers of an Invented Port",
            "Recommended Citation",
            'Quill, Barnaby T., "Lanterns and Ledgers of an Invented Port" (2017). '
            "Journal of Invented Harbours 12(3), 45-67.",
        ]
    )
    rec = parse_record(page)
    assert rec.container_title == "Journal of Invented Harbours"
    assert rec.collection_title is None


@pytest.mark.parametrize("mark", ["C+", "A-", "1,3", "2019"])
def test_a_mark_or_a_year_under_a_degree_like_label_is_no_degree(mark: str) -> None:
    for label in ("Degree", "Abschluss"):
        rec = parse_record(
            f"A Film About Invented Harbours\n\n{label}: {mark}\n\n" + "Prose. " * 30
        )
        assert rec.genre is None
        assert rec.csl_type != "thesis"


def test_a_degree_abbreviation_keeps_its_stops() -> None:
    rec = parse_record(_record_page("Degree: M.S.", "Department: Coastal Studies"))
    assert rec.genre == "M.S."


# --- a page range printed as two labels; labels glued to a number before them ---------------


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("First page", "Last page"),
        ("Página inicial", "Página final"),
        ("Erste Seite", "Letzte Seite"),
    ],
)
def test_first_and_last_page_labels_make_the_range(first: str, last: str) -> None:
    page = "\n".join(
        ["Lanterns and Ledgers of an Invented Port", "Volume: 9", f"{first}: 330", f"{last}: 341"]
    )
    rec = parse_record(page)
    assert rec.volume == "9"
    assert rec.pages is not None and (rec.pages.first, rec.pages.last) == ("330", "341")


def test_labels_glued_to_the_number_before_them() -> None:
    page = "\n".join(
        ["Lanterns and Ledgers of an Invented Port",
         "Autor: Ana Ruiz Volumen: 9Página inicial: 330Página final: 331"]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.volume == "9"
    assert rec.pages is not None and (rec.pages.first, rec.pages.last) == ("330", "331")


# --- a genre over its author's name: 'Tesis doctoral de …', 'Doctoral thesis by …' -----------


@pytest.mark.parametrize(
    ("line", "genre", "family"),
    [
        ("Tesis doctoral de Lucía Ortega", "Tesis doctoral", "Ortega"),
        ("Doctoral thesis by Barnaby Quill", "Doctoral thesis", "Quill"),
        ("Dissertation von Jonas Brandt", "Dissertation", "Brandt"),
    ],
)
def test_a_genre_byline_gives_type_genre_and_author(line: str, genre: str, family: str) -> None:
    page = "\n".join(
        ["Lanterns and Ledgers of an Invented Port", line, "A study of invented things. " * 8]
    )
    rec = parse_record(page)
    assert rec.csl_type == "thesis"
    assert rec.genre == genre
    assert [p.family for p in rec.authors] == [family]


def test_a_report_on_a_topic_is_no_genre_byline() -> None:
    page = "\n".join(["Report on Invented Harbours", "A study of invented things. " * 8])
    rec = parse_record(page)
    assert rec.authors == ()


def test_a_one_word_genre_before_a_topic_is_no_genre_byline() -> None:
    page = "\n".join(
        ["Annual Review of Invented Ports", "Report on Invented Harbours", "Prose. " * 30]
    )
    rec = parse_record(page)
    assert rec.authors == ()


# --- a dissertation's byline: name, degree, institution, year ----------------------------------


def test_a_dissertation_byline_gives_author_degree_and_grantor() -> None:
    page = "\n".join(
        [
            "Dissertation/Thesis Abstract",
            "Lanterns and Ledgers of an Invented Port",
            "by Quill, Barnaby, Ed.D., University of Example, 2016, 211; 10012345",
            "Abstract (Summary)",
            "A study of invented things. " * 8,
        ]
    )
    rec = parse_record(page)
    assert rec.csl_type == "thesis"
    assert rec.genre == "Ed.D."
    assert rec.publisher == "University of Example"
    assert [(p.family, p.given) for p in rec.authors] == [("Quill", "Barnaby")]
    assert rec.issued is not None and rec.issued.year == 2016
    assert rec.volume is None  # the year and the page count after it are no locator


def test_a_byline_with_a_place_is_no_dissertation_byline() -> None:
    page = "\n".join(
        ["Lanterns and Ledgers of an Invented Port",
         "by Quill, Barnaby, Portsmouth, University of Example, 2016, 211; 10012345",
         "A study of invented things. " * 8]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.csl_type != "thesis"
    assert rec.publisher is None


def test_a_publication_number_label_is_the_number() -> None:
    rec = parse_record(_record_page("Degree Name: Ed.D.", "Publication Number: 10012345"))
    assert rec.number == "10012345"


# --- review negatives: news, blog and catalogue pages stay what they were --------------------

_PROSE = "The council met on Tuesday and talked about the invented harbour for hours. " * 6


def _rows(*rows: str) -> str:
    return "\n\n".join([*rows, _PROSE])


@pytest.mark.parametrize(
    ("rows", "title", "family"),
    [
        (("Sports", "College", "Invented State wins the conference title", "By Tom Lane",
          "March 3, 2024"), "Invented State wins the conference title", "Lane"),
        (("Discipline", "Le nouveau règlement de la ligue de football", "Par Paul Durand",
          "12 mars 2024"), "Le nouveau règlement de la ligue de football", "Durand"),
        (("Crédito à habitação sobe em março", "Banca", "Por Ana Ruiz",
          "12 de março de 2024"), None, "Ruiz"),
        (("Nuevo horario del juzgado", "Tribunal", "Por Ana Ruiz", "12 de marzo de 2024"),
         None, "Ruiz"),
        (("Nieuwe regels voor studenten", "Opleiding", "Door Jan de Vries", "12 maart 2024"),
         None, "Vries"),
        (("Neue Regeln im Hafen", "Institut", "Von Jonas Brandt", "12. März 2024"),
         None, "Brandt"),
    ],
)  # fmt: skip
def test_a_one_word_section_line_is_no_thesis_label(
    rows: tuple[str, ...], title: str | None, family: str
) -> None:
    rec = parse_record(_rows(*rows))
    if title is not None:
        assert rec.title == title
    assert any(family in (p.family or "") for p in rec.authors)
    assert rec.csl_type != "thesis"


@pytest.mark.parametrize(
    "rows",
    [
        ("Tarifverhandlungen im Hafen", "Abschluss", "Einigung nach drei Runden",
         "Von Jonas Brandt", "12. März 2024"),
        ("Alumni spotlight: Ana Ruiz returns to the harbour", "By Tom Lane", "March 3, 2024",
         "Degree: Master of Science, 2015"),
        ("Nuevas becas para el puerto", "Titulación", "Grado en Derecho", "Por Ana Ruiz",
         "12 de marzo de 2024"),
    ],
)  # fmt: skip
def test_a_degree_row_on_a_news_page_is_no_thesis(rows: tuple[str, ...]) -> None:
    rec = parse_record(_rows(*rows))
    assert rec.csl_type != "thesis"
    assert rec.genre is None


def test_a_course_catalogue_programme_is_no_thesis() -> None:
    page = _rows(
        "Bachelor of Science in Nursing", "Degree", "Bachelor of Science (BS)", "College",
        "College of Health Sciences", "Credits: 120",
    )  # fmt: skip
    assert parse_record(page).csl_type != "thesis"


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Roe, M.D., Invented Medical University, 2019",
        "By Karen Holt, Ph.D., Invented State University, 2021 Fulbright Scholar",
    ],
)
def test_a_signature_with_a_degree_is_no_dissertation_byline(byline: str) -> None:
    rec = parse_record(_rows("Harbour health column", byline))
    assert rec.csl_type != "thesis"
    assert rec.genre is None


def test_initials_are_no_degree_in_a_dissertation_byline() -> None:
    page = _rows(
        "Lanterns and Ledgers", "by Smith, J.R., University of Example, 2013, 182; 3583321"
    )
    rec = parse_record(page)
    assert rec.genre != "J.R."


def test_a_report_byline_under_a_headline_gives_no_report_type() -> None:
    rec = parse_record(
        _rows("Harbour council approves new budget for the marina", "Report by Tom Lane",
              "12 May 2023")
    )  # fmt: skip
    assert rec.csl_type != "report"
    assert any(p.family == "Lane" for p in rec.authors)


def test_bulleted_label_rows_in_a_blog_body_keep_the_posts_date() -> None:
    page = "\n\n".join(
        ["My five favourite harbour films", "Posted by Lena Ortiz on 4 June 2021", _PROSE,
         "- Title: Harbour Lights at Dawn", "- Year: 1987", "- Director: Tom Lane", _PROSE]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.issued is not None and rec.issued.year == 2021


def test_a_plural_thesis_nav_item_is_no_genre() -> None:
    rec = parse_record(
        _rows("Library news", "Dissertations", "New opening hours for the reading room",
              "By Ana Ruiz", "March 3, 2024")
    )  # fmt: skip
    assert rec.csl_type != "thesis"
    assert rec.genre is None


def test_a_volume_line_above_a_first_page_label_keeps_the_volume() -> None:
    page = "\n\n".join(
        ["Invented harbours", "Ana Ruiz", "Journal of Imaginary Oceans", "Vol. 12",
         "First page: 45", "Last page: 67", "Abstract", "A study of invented things. " * 12]
    )  # fmt: skip
    rec = parse_record(page)
    assert rec.volume == "12"
    assert rec.pages is not None and (rec.pages.first, rec.pages.last) == ("45", "67")


def test_a_last_page_before_the_first_is_no_range() -> None:
    rec = parse_record(_record_page("Page start: 12", "Page end: 3"))
    assert rec.pages is None or (rec.pages.first, rec.pages.last) == ("12", None)


def test_a_degree_labels_year_is_no_part_of_the_genre() -> None:
    rec = parse_record(
        _record_page("Document Type: Thesis", "Degree Name: Master of Science, 2015")
    )
    assert rec.genre == "Master of Science"
