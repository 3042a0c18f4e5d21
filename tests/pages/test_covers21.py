"""Report and thesis covers (session 21, ``covers21``): a title a cover centred over three
lines in capitals, the first the shortest; a title a thesis's cover wrapped in sentence case.
Every page is invented, in the shapes of the fresh sets' pages; each rule has a near miss
where it must not fire.
"""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.title_runs import _caps_run, _wrapped_run

# --- a title in capitals centred over three lines -------------------------------------------


def _report_cover(title_lines: list[str]) -> str:
    return "\n".join(
        ["FJORDVIK SURVEY TECHNICAL NOTE FS TN 4411", "", *title_lines, "",
         "B. K. Almgren", "Harbour Research Station", "Owlton, 20391", "",
         "FJORDVIK SURVEY OFFICE OWLTON • MAY 1981"]
    )  # fmt: skip


@pytest.mark.parametrize(
    "lines",
    [
        ["A STUDY OF TIDAL", "FLOW RECORDS FROM THE NORTH", "OF MARSH BAY HARBOURS"],
        # the middle line ends with a function word: the break after it is mid-phrase
        ["TIDAL MODELS", "FOR THE SHALLOW BASINS OF", "MARSH BAY AND OWLTON"],
    ],
)
def test_a_title_centred_over_three_capitals_lines_is_one_run(lines: list[str]) -> None:
    page, _ = _prepare(_report_cover(lines), None)
    first = next(ln.index for ln in page.layout.lines if ln.text == lines[0])
    assert _caps_run(page, first) == [first, first + 1, first + 2]


def test_a_title_centred_over_three_capitals_lines_is_the_title() -> None:
    lines = ["A STUDY OF TIDAL", "FLOW RECORDS FROM THE NORTH", "OF MARSH BAY HARBOURS"]
    rec = parse_record(_report_cover(lines))
    assert rec.title == " ".join(lines)
    assert [p.family for p in rec.authors] == ["Almgren"]


def test_a_series_line_over_a_blank_line_starts_no_capitals_run() -> None:
    # the series and its number close the head block: the title's run starts under it
    page, _ = _prepare(_report_cover(["A STUDY OF TIDAL", "FLOW RECORDS FROM THE NORTH",
                                      "OF MARSH BAY HARBOURS"]), None)  # fmt: skip
    assert _caps_run(page, 0) == []


def test_a_short_tag_over_a_capitals_headline_stays_apart() -> None:
    # no mid-phrase break under the longer line: a tag over a headline, two lines
    page, _ = _prepare(
        "\n".join(["BREAKING NEWS", "A STORM CLOSES THE COASTAL ROAD AGAIN", "",
                   "The road along the bay was shut at noon after the waves broke over it."]),
        None,
    )  # fmt: skip
    assert _caps_run(page, 0) == []


def test_three_capitals_lines_with_a_blank_line_between_stay_apart() -> None:
    # the lines stand in two blocks: the shorter line above is a heading of its own
    page, _ = _prepare(
        "\n".join(["HARBOUR NOTES", "", "FLOW RECORDS FROM THE NORTH",
                   "OF MARSH BAY HARBOURS", "", "B. K. Almgren"]),
        None,
    )  # fmt: skip
    assert _caps_run(page, 0) == []


# --- a title a thesis's cover wrapped in sentence case ----------------------------------------


THESIS = (
    "Universidade Federal do Brejo\n\n"
    "Programa de Pós-Graduação em Ciência de Dados\n\n"
    "Um estudo das mudanças de voto nas câmaras municipais\n\n"
    "{tail}\n\n"
    "Dissertação submetida à Coordenação do Programa de Pós-Graduação em Ciência de Dados "
    "da Universidade Federal do Brejo como parte dos requisitos necessários para obtenção "
    "do grau de Mestre em Ciência de Dados.\n\n"
    "Vila Serena, 2017\n"
)


def test_a_thesis_title_wrapped_in_sentence_case_goes_on() -> None:
    rec = parse_record(THESIS.format(tail="dos pequenos municípios costeiros"))
    assert rec.title == (
        "Um estudo das mudanças de voto nas câmaras municipais dos pequenos municípios costeiros"
    )


@pytest.mark.parametrize(
    "tail",
    [
        "em Ciência Política",  # a capitalised name after the function word: a category
        "em 2017",  # a number: no title's words
    ],
)
def test_a_line_that_is_no_sentence_case_tail_stays_out(tail: str) -> None:
    page, _ = _prepare(THESIS.format(tail=tail), None)
    first = next(ln.index for ln in page.layout.lines if ln.text.startswith("Um estudo"))
    assert _wrapped_run(page, first) == []


def test_a_sentence_case_tail_needs_a_cover() -> None:
    # no degree statement, no genre line: a blog post's lines, the tail no part of a title
    text = (
        "Notes from the marsh walk on a grey morning\n\n"
        "of small birds\n\n"
        "We walked the dyke at low tide and counted what we saw along the way.\n"
    )
    page, _ = _prepare(text, None)
    assert _wrapped_run(page, 0) == []


def test_a_capitals_line_ending_in_a_year_goes_on_with_no_blank_line() -> None:
    # the near miss: a title's line ending in a year, the next line under it in one block
    page, _ = _prepare(
        "\n".join(["THE STORM FLOODS OF 1953", "AND THE SEA WALLS", "",
                   "B. K. Almgren", "", "Harbour Research Station"]),
        None,
    )  # fmt: skip
    assert _caps_run(page, 0) == [0, 1]


# --- a thesis's cover headed by its university, its supervisor labelled ------------------------

COVER = (
    "{head}\n\n"
    "Dipartimento di Scienze del Mare\n\n"
    "Corso di laurea in Oceanografia\n\n"
    "Correnti di marea nella laguna di Borgomarino\n\n"
    "{label}\n\n"
    "Carla Ventimiglia\n\n"
    "Studente\n\n"
    "Matteo Brusca\n\n"
    "Anno Accademico 2016 - 2017\n"
)


def test_a_university_heading_a_cover_with_a_supervisor_label_is_a_thesis() -> None:
    rec = parse_record(COVER.format(head="Università degli Studi di Borgomarino",
                                    label="Relatore")).to_csl()  # fmt: skip
    assert rec["type"] == "thesis"
    assert rec["publisher"] == "Università degli Studi di Borgomarino"
    assert "container-title" not in rec


@pytest.mark.parametrize(
    ("head", "label"),
    [
        # no supervisor labelled: a department's or a course's page under its university
        ("Università degli Studi di Borgomarino", "Docenti del corso"),
        # a supervisor labelled, no university heading the page: a project's page
        ("Laboratorio di Idraulica Costiera", "Relatore"),
    ],
)
def test_a_university_or_a_supervisor_alone_makes_no_thesis(head: str, label: str) -> None:
    rec = parse_record(COVER.format(head=head, label=label)).to_csl()
    assert rec.get("type") != "thesis"
    assert rec.get("publisher") != head


def test_a_record_page_with_labels_above_its_university_is_no_cover() -> None:
    from comet.page.thesis_cover import cover_grantor

    text = "Titolo: Correnti di marea\n" + COVER.format(
        head="Università degli Studi di Borgomarino", label="Relatore"
    )
    page, _ = _prepare(text, None)
    assert cover_grantor(page) is None


# --- a document-sharing site's snippet of the document above its transcript --------------------


def _shared(snippet: str) -> str:
    return "\n".join(
        [snippet, "", "Upload: harbourfan", "", "Post on 03-Mar-2019", "", "12 views", "",
         "TRANSCRIPT", "", "TIDAL CURRENTS AND SEDIMENT TRANSPORT IN THE", "",
         "OUTER HARBOUR OF OWLTON", "", "Final Report", "", "Prepared by:", "",
         "Marta Lindqvist", "", "Harbour Research Station", "", "October 14, 1987"]
    )  # fmt: skip


@pytest.mark.parametrize(
    "snippet",
    [
        "tidal currents - harbour · the sediment moves with the tide in the outer harbour and "
        "the amount carried out to sea each year is...",
        "Tidal currents and sediment transport: the survey measured the flow at six stations "
        "over two winters and found that the outer ...",
    ],
)
def test_a_snippet_cut_by_an_ellipsis_leaves_the_transcript_a_cover(snippet: str) -> None:
    rec = parse_record(_shared(snippet)).to_csl()
    assert rec["issued"] == {"date-parts": [[1987, 10, 14]]}


def test_a_paragraph_ending_a_sentence_above_the_transcript_is_prose() -> None:
    # the near miss: a whole sentence of the page's own above it, no site's snippet
    from comet.page.transcript_cover import transcript_cover

    text = _shared(
        "The sediment moves with the tide in the outer harbour and the amount carried out "
        "to sea each year has been measured at six stations since the survey began."
    )
    page, _ = _prepare(text, None)
    assert transcript_cover(page) is None


# --- the granting institution closing a supervised byline ---------------------------------------


@pytest.mark.parametrize(
    ("line", "publisher", "place"),
    [
        ("par Lucie Marchand sous la direction de Paul Ferrand - Université de Nordville",
         "Université de Nordville", None),
        ("par Lucie Marchand sous la direction de Paul Ferrand et de Anne Roux . - Brestou, "
         "École supérieure des sciences de la mer", "École supérieure des sciences de la mer",
         "Brestou"),
        ("by Ana Ruiz under the supervision of Jonas Brandt - University of Fenland",
         "University of Fenland", None),
    ],
)  # fmt: skip
def test_a_supervised_byline_closing_with_its_university_names_the_publisher(
    line: str, publisher: str, place: str | None
) -> None:
    rec = parse_record(line).to_csl()
    assert rec["type"] == "thesis"
    assert rec.get("publisher") == publisher
    assert rec.get("publisher-place") == place


def test_a_supervised_byline_closing_with_no_institution_names_no_publisher() -> None:
    # the near miss: the part after the dash is a year, then a body with no grantor's word
    for line in (
        "par Lucie Marchand sous la direction de Paul Ferrand - 2015",
        "par Lucie Marchand sous la direction de Paul Ferrand - Laboratoire des marées",
    ):
        assert "publisher" not in parse_record(line).to_csl()


# --- a report's number within its year under the series' label ----------------------------------


@pytest.mark.parametrize(
    ("label", "value", "number"),
    [
        ("Diskussionspapier", "3/2020", "3/2020"),
        ("Working Paper", "12/2019", "12/2019"),
        # the near miss: a number, then a slash set apart before other words
        ("Working Paper", "14 / Spring issue", "14"),
    ],
)
def test_a_report_number_keeps_its_year_after_a_slash(label: str, value: str, number: str) -> None:
    text = f"Fjordvik Institut\n\n{label}\n{value}\n\nGezeiten und Kredit am Hafen\nAna Ruiz\n"
    assert parse_record(text).to_csl().get("number") == number


# --- a report's genre named by its series ---------------------------------------------------------


@pytest.mark.parametrize(
    ("series", "genre"),
    [
        ("FJORDVIK SURVEY TECHNICAL NOTE", "TECHNICAL NOTE"),
        ("Marsh Bank Policy Research Working Paper", "Working Paper"),
        ("Working Paper", None),  # the series is its genre alone: no more said
        ("Fjordvik Harbour Studies", None),  # no genre closing the series' name
    ],
)
def test_a_series_named_after_its_genre_gives_the_genre(series: str, genre: str | None) -> None:
    text = f"{series} No. 4411\n\nTidal flow records from the north\nB. K. Almgren\n"
    rec = parse_record(text).to_csl()
    assert rec.get("genre") == genre


# --- a report cover's title block between its number and its byline ------------------------------


def _numbered_cover(first: str, second: str) -> str:
    return "\n".join(
        ["Harbour Survey Technical Note HS 4411", "", first, "", second, "B. K. Almgren",
         "Harbour Research Station, Owlton", "", "May 1981"]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Simulation of a Tidal Gauge Network", "Field Calibration and Test Records"),
        ("Sediment Budgets of the Outer Harbour", "Measured over Three Winter Storms"),
    ],
)
def test_a_title_in_title_case_over_two_lines_under_the_number_is_one(
    first: str, second: str
) -> None:
    rec = parse_record(_numbered_cover(first, second))
    assert rec.title == f"{first} {second}"
    assert [p.family for p in rec.authors] == ["Almgren"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a series' name in capitals over a title in title case: two blocks
        ("HARBOUR SURVEY OFFICE NOTES", "Simulation of a Tidal Gauge Network"),
        # a body's name over the title: no part of it
        ("Owlton Marine Research Institute", "Simulation of a Tidal Gauge Network"),
    ],
)
def test_a_head_line_over_the_title_is_no_part_of_the_block(first: str, second: str) -> None:
    from comet.page.cover_title_block import report_title_block

    page, _ = _prepare(_numbered_cover(first, second), None)
    at = next(ln.index for ln in page.layout.lines if ln.text == first)
    assert report_title_block(page, at) == []
