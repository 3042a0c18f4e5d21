"""Report, working-paper, thesis and repository record pages (issue 13, the wide "reports"
set): shapes that recur across sites. Every page, name, title and number here was written
for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import comet.locales as L
from comet import parse_record
from comet.page.grantor import thesis_grantor
from comet.page.not_record import judge
from comet.page.report_number import split_report_series
from comet.page.series import series_parts

EN = (L.get("en"),)

# --- an empty search box's status line above a record ------------------------------------


def test_an_empty_search_line_above_a_record_keeps_the_record() -> None:
    page = "\n".join(
        [
            "• No results found",
            "",
            "Tidal Patterns in Imaginary Harbours",
            "",
            "Academic year: 2021",
            "Jane Quill",
            "Submitted on 3 Mar 2014",
            "Thèse soutenue le 2 février 2014",
            "Chapter 1 (2009)",
            "Chapter 2 (2011)",
            "Chapter 3 (2012)",
            "",
            "Abstract",
            "We study the tides of harbours that do not exist and find them regular. " * 4,
        ]
    )
    rec = parse_record(page)
    assert rec.title == "Tidal Patterns in Imaginary Harbours"
    assert not any(d.code == "not-a-record" for d in rec.diagnostics)


def test_a_short_record_under_an_empty_search_line_is_kept() -> None:
    # a record under EMPTY_PAGE characters: its lines and its year after the phrase
    page = "\n".join(
        ["Search", "No results", "Tides of the Quiet Bay", "Jane Quill", "2019",
         "Journal of Invented Tides 5(2): 1-10"]
    )  # fmt: skip
    assert judge(page.splitlines(), EN, lambda t: False) is None
    rec = parse_record(page)
    assert rec.title == "Tides of the Quiet Bay"
    assert [p.family for p in rec.authors] == ["Quill"]


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (["Search", "No results found for 'harbour'", "Try other words."], "empty"),
        (["Recherche", "Aucun résultat trouvé", "Accueil"], "empty"),
        (["Suche", "Keine Treffer", "Startseite"], "empty"),
    ],
)
def test_an_empty_search_page_is_no_record(lines: list[str], kind: str) -> None:
    rules = tuple(L.get(t) for t in ("en", "fr", "de"))
    verdict = judge(lines, rules, lambda t: False)
    assert verdict is not None and verdict.kind == kind


def test_an_empty_search_line_heads_no_list_of_hits() -> None:
    lines = ["No results found", "Tidal Patterns in Imaginary Harbours"]
    lines += [f"Chapter {i} ({2000 + i})" for i in range(8)]
    lines += ["An abstract of this thesis on harbours and tides. " * 20]
    assert judge(lines, EN, lambda t: False) is None


# --- a report's or a thesis's genre heading a cover line ----------------------------------


def test_a_working_paper_cover_line_gives_the_type_and_the_title() -> None:
    page = "\n".join(
        [
            "Working Paper Tidal Patterns in Imaginary Harbours",
            "",
            "Jane Quill",
            "",
            "Abstract",
            "We study the tides of harbours that do not exist and find them regular.",
        ]
    )
    rec = parse_record(page)
    assert rec.csl_type == "report"
    assert rec.title == "Tidal Patterns in Imaginary Harbours"


@pytest.mark.parametrize(
    ("line", "csl_type"),
    [
        ("1 DISCUSSION PAPER SERIES HBR DP No. 41 Tidal Patterns in Imaginary Harbours", "report"),
        ("TRABAJO DE FIN DE MÁSTER – CURSO 2019/2020", "thesis"),
        ("Document de travail n° 2019-07", "report"),
        ("Arbeitspapier Nr. 12", "report"),
    ],
)
def test_a_genre_opening_a_line_at_the_top_types_the_page(line: str, csl_type: str) -> None:
    page = "\n".join(
        [
            "Mareas de puertos imaginarios",
            line,
            "Ana Quintero",
            "Resumen",
            "Estudiamos las mareas de puertos que no existen y las hallamos regulares.",
        ]
    )
    assert parse_record(page).csl_type == csl_type


@pytest.mark.parametrize(
    "line",
    [
        "Report this ad",
        "Report abuse",
        "Working paper series on harbours",
        "Working Paper Series on Harbours",
    ],
)
def test_a_menu_or_a_button_line_names_no_genre(line: str) -> None:
    page = "\n".join(
        [
            line,
            "Tidal Patterns in Imaginary Harbours",
            "Jane Quill",
            "We study the tides of harbours that do not exist and find them regular.",
        ]
    )
    assert parse_record(page).csl_type != "report"


@pytest.mark.parametrize(
    "headline",
    [
        "Technical Report Card Shows Harbours Improving",
        "Thesis Defense 2021 Held at the Harbour Library",
        "Report 2023 Finds Rising Tides in Quiet Bays",
        "Working Paper Series on Imaginary Harbours",
        "Discussion Paper Review of Imaginary Harbours",
    ],
)
def test_a_headline_opening_with_a_genre_is_no_cover_line(headline: str) -> None:
    page = "\n".join(
        [
            headline,
            "Jane Quill",
            "The harbours of the county are doing better this year, the new figures show.",
        ]
    )
    rec = parse_record(page)
    assert rec.csl_type not in ("report", "thesis")
    assert rec.title == headline


@given(
    st.sampled_from(["Working Paper", "Report", "Thèse", "Discussion Paper Series"]),
    st.text(max_size=80),
)
@settings(max_examples=100, deadline=None)
def test_a_line_opening_with_a_genre_never_crashes_the_reader(genre: str, rest: str) -> None:
    line = f"{genre} {rest}".replace("\n", " ")
    rec = parse_record(f"{line}\nJane Quill\nWe study the tides of imaginary harbours.")
    assert rec.title is None or rec.title.strip()


# --- a cited report series: its name, the report's number, the issuing body ----------------


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        (
            "Harbour Working Papers 2019-041, Institute of Imaginary Tides",
            ("Harbour Working Papers", "2019-041", "Institute of Imaginary Tides"),
        ),
        (
            "Discussion Papers 88, University of Nowhere, Department of Tides",
            ("Discussion Papers", "88", "University of Nowhere, Department of Tides"),
        ),
        ("Tide Discussion Paper, No. 2001-03", ("Tide Discussion Paper", "2001-03", None)),
        ("Working Papers 42", ("Working Papers", "42", None)),
        ("Harbour Working Papers", None),
        ("Journal of Imaginary Tides 12", None),
    ],
)
def test_a_cited_report_series_splits(
    value: str, parts: tuple[str, str, str | None] | None
) -> None:
    assert split_report_series(value, EN) == parts


def test_a_citation_of_a_working_paper_gives_series_number_and_publisher() -> None:
    page = "\n".join(
        [
            "Tidal Patterns in Imaginary Harbours",
            "",
            "Author",
            "Jane Quill",
            "",
            "Suggested Citation",
            "",
            '  • Jane Quill, 2019. "Tidal Patterns in Imaginary Harbours," Harbour Working '
            "Papers 2019-041, Institute of Imaginary Tides.",
        ]
    )
    item = parse_record(page).to_csl()
    assert item["collection-title"] == "Harbour Working Papers"
    assert item["number"] == "2019-041"
    assert item["publisher"] == "Institute of Imaginary Tides"
    assert item["type"] == "report"


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_splitting_a_report_series_never_crashes(value: str) -> None:
    parts = split_report_series(value, EN)
    if parts is not None:
        assert parts[1] and any(c.isdigit() for c in parts[1])


# --- a repository's series row: ``Series;number`` ---------------------------------------


def test_a_repository_series_row_gives_the_report_number() -> None:
    page = "\n".join(
        [
            "Item record",
            "",
            "Title: Tidal Patterns in Imaginary Harbours",
            "Authors: Quill, Jane",
            "Issue Date: 13-Nov-2006",
            "Series/Report no.: Harbour Working Papers;no. 7",
            "URI: http://hdl.handle.net/123456789/999",
        ]
    )
    item = parse_record(page).to_csl()
    assert item["collection-title"] == "Harbour Working Papers"
    assert item["number"] == "7"
    assert item["type"] == "report"


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Technical Notes;12", ("Technical Notes", "12")),
        ("Harbour Papers;no. 3", ("Harbour Papers", "3")),
        ("Studies;A", ("Studies;A", None)),
        ("Title ; 12", ("Title", "12")),
    ],
)
def test_a_series_glued_to_its_number(value: str, parts: tuple[str, str | None]) -> None:
    assert series_parts(value, frozenset({"no", "v"})) == parts


# --- a repository's citation of a thesis: names. title. discipline. grantor, year. --------


def test_a_repositorys_thesis_citation_gives_type_author_year_and_grantor() -> None:
    page = "\n".join(
        [
            "Les marées des ports imaginaires",
            "",
            "HAL Id: tel-01234567",
            "Submitted on 4 Apr 2017",
            "",
            "To cite this version:",
            "",
            "Marta Velloso. Les marées des ports imaginaires. Océanographie [physics.ao-ph]. "
            "Université de Nullepart, 2016. Français. \ufffdtel-01234567\ufffd",
        ]
    )
    item = parse_record(page).to_csl()
    assert item["type"] == "thesis"
    assert item["author"] == [{"family": "Velloso", "given": "Marta"}]
    assert item["issued"]["date-parts"][0][0] == 2016
    assert item["publisher"] == "Université de Nullepart"


@pytest.mark.parametrize(
    ("citation", "grantor"),
    [
        (
            "Marta Velloso. Les marées. Océanographie [physics.ao-ph]. Université de Nullepart, "
            "2016. Français.",
            "Université de Nullepart",
        ),
        ("Jane Quill. Harbours. Tides and Shores. University of Nowhere Press, 2015.", None),
        ("Jane Quill. Harbours. Nowhere University, 2015.", None),  # no discipline between
        ("Quill, J. (2015). Harbours. Journal of Tides, 12(3), 1-9.", None),
        # a book's edition, volume or place before the university: its press, no grantor
        ("Quill, Jane. Harbours of Nowhere. 2nd ed. Nowhere University, 2015.", None),
        ("Quill, Jane. Harbours of Nowhere. Revised edition. Nowhere University, 2015.", None),
        ("Quill, Jane. Harbours of Nowhere. Vol. 2. Nowhere University, 2015.", None),
        ("Quill, Jane. Harbours of Nowhere. Tides. Elsewhere: Nowhere University, 2015.", None),
    ],
)
def test_a_thesis_citations_grantor(citation: str, grantor: str | None) -> None:
    rules = tuple(L.get(t) for t in ("en", "fr"))
    assert thesis_grantor(citation, rules) == grantor


@pytest.mark.parametrize(
    "imprint", ["2nd ed. Nowhere University", "Vol. 2. Elsewhere: Nowhere University"]
)
def test_a_books_citation_naming_a_university_is_no_thesis(imprint: str) -> None:
    page = "\n".join(
        [
            "Harbours of Nowhere",
            "Jane Quill",
            "Cite this:",
            f"Quill, Jane. Harbours of Nowhere. {imprint}, 2015.",
        ]
    )
    assert parse_record(page).csl_type != "thesis"


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_reading_a_thesis_grantor_never_crashes(citation: str) -> None:
    found = thesis_grantor(citation, EN)
    assert found is None or found.strip()


# --- a report's byline closed by its month, a shop's excerpt button, a report's number ------


def test_a_byline_closed_by_its_month_gives_the_author_and_the_title() -> None:
    page = "\n".join(
        [
            "Interim report on imaginary harbours",
            "",
            "Jane Quill, May 1991",
            "",
            "Department of Tides, University of Nowhere.",
            "",
            "Acknowledgements",
            "I thank the harbour masters of nowhere for their help with the tides.",
        ]
    )
    item = parse_record(page).to_csl()
    assert item["title"] == "Interim report on imaginary harbours"
    assert item["author"] == [{"family": "Quill", "given": "Jane"}]


@pytest.mark.parametrize("place", ["San Francisco", "Victoria Falls"])
def test_a_dateline_closed_by_its_month_names_no_author(place: str) -> None:
    page = "\n".join(
        [
            "Harbours of Tomorrow",
            f"{place}, May 2019",
            "The harbours of tomorrow will be wider and quieter than today, the masters say.",
        ]
    )
    assert parse_record(page).authors == ()


def test_a_byline_closed_by_its_month_over_an_affiliation_gives_the_author() -> None:
    page = "\n".join(
        [
            "Tides of the Quiet Bay",
            "Jane Quill, March 2019",
            "Department of Tides, University of Nowhere",
            "We study the tides of harbours that do not exist and find them regular.",
        ]
    )
    assert parse_record(page).to_csl()["author"] == [{"family": "Quill", "given": "Jane"}]


@pytest.mark.parametrize("button", ["Lire un extrait", "Read an excerpt", "Leseprobe"])
def test_an_excerpt_button_is_no_title(button: str) -> None:
    page = "\n".join(
        [
            "Pour une meilleure lecture des marées imaginaires - Tome 2",
            "",
            "348 pages",
            "",
            button,
            "",
            "Le Tome II de cet ouvrage analyse en détail les marées des ports qui n'existent pas "
            "et les procédures de leur mesure dans les établissements imaginaires.",
        ]
    )
    assert parse_record(page).title == "Pour une meilleure lecture des marées imaginaires - Tome 2"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Harbour Institute Technical Report No. HI-TR-2019-04", "HI-TR-2019-04"),
        ("Working Paper No. wp2019-04", "wp2019-04"),
        ("Relatório Interno TRS 3/2018", None),
    ],
)
def test_a_report_number_line(line: str, number: str | None) -> None:
    page = "\n".join(
        [
            "Tidal Patterns in Imaginary Harbours",
            line,
            "Jane Quill",
            "We study the tides of harbours that do not exist and find them regular.",
        ]
    )
    assert parse_record(page).to_csl().get("number") == number


@pytest.mark.parametrize(
    "title",
    ["Harbour Programme Completion Report", "Imaginary Tides Monitoring Technical Report"],
)
def test_a_title_closing_with_a_reports_genre_types_the_page(title: str) -> None:
    page = "\n".join(
        [
            title,
            "",
            "Table of contents",
            "Introduction 1 Harbours 3 Tides 7",
            "",
            "The harbour programme is a partnership of two imaginary ministries, funding research "
            "on the tides of harbours that do not exist and on their regular patterns.",
        ]
    )
    assert parse_record(page).csl_type == "report"


def test_a_cover_lines_genre_is_the_records_genre() -> None:
    page = "\n".join(
        [
            "Mareas de puertos imaginarios",
            "TRABAJO DE FIN DE MÁSTER – CURSO 2019/2020",
            "Ana Quintero",
            "Resumen",
            "Estudiamos las mareas de puertos que no existen y las hallamos regulares.",
        ]
    )
    rec = parse_record(page)
    assert rec.csl_type == "thesis"
    assert rec.genre == "TRABAJO DE FIN DE MÁSTER"
