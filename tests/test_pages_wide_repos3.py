"""Repository, thesis and report pages (issue 13, the wide "repos3" set): label forms with
inclusive or plural endings, postal boxes on report covers and series statements printed over
two lines. Every page, name, title and number here was written for these tests."""

from __future__ import annotations

import pytest

import comet.locales as L
from comet import parse_record
from comet.vocab import label_at

EN_FR = (L.get("en"), L.get("fr"))

# --- a label's inclusive or plural forms before its colon ----------------------------------


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("Auteur / Autrice :\tMarion Lestrade", "author", "Marion Lestrade"),
        ("Auteur(s) : Marion Lestrade", "author", "Marion Lestrade"),
        ("Auteur·rice : Marion Lestrade", "author", "Marion Lestrade"),
        ("Author/Editor: Tom Reedley", "author", "Tom Reedley"),
        ("Autor(es): Ana Ruiz Prado", "author", "Ana Ruiz Prado"),
    ],
)
def test_a_label_with_another_form_of_its_word_is_the_label(
    line: str, key: str, value: str
) -> None:
    m = label_at(line)
    assert m is not None and m.key == key
    assert line[m.value_start :] == value


@pytest.mark.parametrize(
    "line",
    [
        "Auteur / Autrice",  # a search form's menu: no colon, no label of a value
        "Author / Title search",
        "Authors (2): Quill and Reed",  # a count in brackets is no form of the word
        "Auteurs et lecteurs / une histoire",  # a title that starts with a label's word
    ],
)
def test_a_label_word_before_a_slash_without_a_colon_is_no_label(line: str) -> None:
    assert label_at(line) is None


def test_a_thesis_record_with_inclusive_labels_reads_its_author() -> None:
    page = "\n".join(
        [
            "Thèse soutenue",
            "Les marées des ports imaginaires : une approche théorique",
            "Auteur / Autrice :\tMarion Lestrade",
            "Direction :\tPaul Ferrand",
            "Type :\tThèse de doctorat",
            "Discipline(s) :\tOcéanographie",
            "Date :\tSoutenance le 14/03/2019",
            "Résumé",
            "Cette thèse étudie les marées de ports qui n'existent pas et les trouve régulières. "
            * 3,
        ]
    )
    rec = parse_record(page)
    assert [(p.family, p.given) for p in rec.authors] == [("Lestrade", "Marion")]


# --- a postal box number on a report's cover is no locator ---------------------------------


def test_a_postal_box_on_a_working_papers_cover_is_no_volume() -> None:
    page = "\n".join(
        [
            "Tidal Pricing in Imaginary Harbours",
            "Jane Quill",
            "Working Paper No. 412",
            "March 2019",
            "Harbour Research Institute",
            "P.O. Box 417",
            "4410 XZ Marshtown",
            "Abstract",
            "We price the tides of harbours that do not exist and find them cheap. " * 4,
            "Keywords: tides, harbours, pricing",
        ]
    )
    item = parse_record(page).to_csl()
    assert item.get("volume") is None and item.get("page") is None
    assert item.get("container-title") is None
    assert item["number"] == "412"
    assert item["type"] == "report"


def test_a_journal_locator_that_is_no_postal_box_is_kept() -> None:
    # a box word elsewhere on the line does not hide a journal's locator
    page = "\n".join(
        [
            "The Black Box of Tidal Models",
            "Jane Quill",
            "Journal of Invented Tides 12(3): 45-67, 2019",
        ]
    )
    item = parse_record(page).to_csl()
    assert item["volume"] == "12" and item["page"] == "45-67"


def test_a_postfach_address_is_no_locator() -> None:
    page = "\n".join(
        [
            "Gezeiten erfundener Häfen",
            "Jana Feder",
            "Diskussionspapier Nr. 27",
            "Institut für Hafenforschung",
            "Postfach 10 06 55",
            "Musterstadt",
        ]
    )
    item = parse_record(page).to_csl()
    assert item.get("volume") is None and item.get("issue") is None
    assert item["number"] == "27"


# --- a series statement over two lines -----------------------------------------------------


def test_a_series_name_over_its_number_line_gives_number_and_collection() -> None:
    page = "\n".join(
        [
            "Tides and Credit in Imaginary Harbours",
            "HRI Working Papers",
            "",
            "No 412",
            "by Jane Quill and Tom Reedley",
            "Monetary Department",
            "May 2018",
            "Abstract",
            "We study how tides move credit in harbours that do not exist. " * 4,
            "Keywords: tides, credit",
        ]
    )
    item = parse_record(page).to_csl()
    assert item["number"] == "412"
    assert item["collection-title"] == "HRI Working Papers"
    assert item["type"] == "report"


@pytest.mark.parametrize(
    "lines",
    [
        # a number line under a heading that names no report series
        ["Tides and Credit in Imaginary Harbours", "Jane Quill", "Recent Issues", "No 12",
         "Journal of Invented Tides"],
        # a series name far above a number line (another line between them)
        ["Tides and Credit in Imaginary Harbours", "HRI Working Papers", "Jane Quill", "No 12"],
        # a site's menu: the pair between menu items
        ["Research", "Working Papers", "No 12", "Projects", "Contact",
         "Tides and credit in the harbours of the quiet bay", "Jane Quill"],
        ["Research", "", "Working Papers", "", "No 12", "", "Projects", "",
         "Tides and credit in the harbours of the quiet bay", "Jane Quill"],
    ],
)  # fmt: skip
def test_a_number_line_without_its_series_above_is_no_report_number(lines: list[str]) -> None:
    item = parse_record("\n".join(lines)).to_csl()
    assert item.get("number") != "12"
    assert item.get("collection-title") is None


# --- thesis statements of Portuguese, Italian, Swedish and Norwegian title pages -----------


@pytest.mark.parametrize(
    ("lines", "publisher"),
    [
        (["MARINA COSTA DE ALMEIDA", "MARÉS DE PORTOS IMAGINÁRIOS", "Dissertação apresentada à "
          "Universidade Federal de Lagoa Funda, como parte das exigências do Programa de "
          "Pós-Graduação em Oceanografia, para obtenção do título de Magister Scientiae.",
          "LAGOA FUNDA", "2011"], "Universidade Federal de Lagoa Funda"),
        (["Università degli Studi di Portofondo", "Le maree dei porti immaginari",
          "Tesi presentata per il conseguimento del titolo di Dottore di ricerca",
          "Marta Ferri", "2016"], "Università degli Studi di Portofondo"),
    ],
)  # fmt: skip
def test_a_thesis_statement_of_more_locales_makes_a_thesis(
    lines: list[str], publisher: str
) -> None:
    item = parse_record("\n".join(lines)).to_csl()
    assert item["type"] == "thesis"
    assert item.get("publisher") == publisher


def test_a_statement_phrase_in_a_news_story_far_down_makes_no_thesis() -> None:
    story = "O clube treinou durante meses e os jogadores falaram da época com os jornalistas. "
    page = "\n".join(
        [
            "Clube da Lagoa vence o torneio de verão",
            "Por Ana Souto",
            "12 de março de 2021",
            story * 40,
            "Os jogadores treinaram para obtenção do título de campeão regional.",
        ]
    )
    assert parse_record(page).to_csl()["type"] != "thesis"


def test_a_call_for_applications_with_a_degree_phrase_makes_no_thesis() -> None:
    page = "\n\n".join(
        [
            "Inscrições abertas para o mestrado",
            "Estão abertas as inscrições para obtenção do título de Mestre em Educação na "
            "Universidade Federal da Lagoa.",
            "As inscrições vão até o fim de junho e podem ser feitas pela internet.",
        ]
    )
    item = parse_record(page).to_csl()
    assert item["type"] != "thesis"
    assert item.get("publisher") is None


def test_a_statement_after_its_thesis_word_or_on_its_own_line_makes_a_thesis() -> None:
    for statement in (
        "Dissertação apresentada à Universidade Federal da Lagoa, como parte das exigências "
        "do Programa de Pós-Graduação em Marés, para obtenção do título de Magister Scientiae.",
        "para obtenção do título de Mestre em Marés\nUniversidade Federal da Lagoa",
    ):
        page = "\n".join(["Marés de portos imaginários", "Ana Souto", statement, "2009"])
        assert parse_record(page).to_csl()["type"] == "thesis"


# --- a report's copyright holder is its issuing body ----------------------------------------


def test_the_copyright_holder_of_a_numbered_report_is_its_publisher() -> None:
    page = "\n".join(
        [
            "Tides and Credit in Imaginary Harbours",
            "HRI Working Papers",
            "No 88",
            "by Jane Quill",
            "May 2018",
            "© Harbour Research Council 2018. All rights reserved.",
            "Abstract",
            "We study how tides move credit in harbours that do not exist. " * 4,
        ]
    )
    assert parse_record(page).to_csl().get("publisher") == "Harbour Research Council"


def test_an_organisations_copyright_on_a_blog_post_names_no_publisher() -> None:
    page = "\n".join(
        [
            "Walking the Quiet Marsh in Spring",
            "By Jane Quill",
            "12 March 2021",
            "We walked the marsh at dawn and counted the herons on the old dyke. " * 6,
            "© 2021 Marsh Walkers Association",
        ]
    )
    assert parse_record(page).to_csl().get("publisher") is None


# --- a genre heading over a record's title; a related paper's year is no number ------------


def test_a_genre_heading_over_the_title_is_no_number_label() -> None:
    page = "\n".join(
        [
            "Working Paper",
            "Tides and credit in imaginary harbours: evidence from a model of harbour banks "
            "that lend to fishing fleets over long seasons.",
            "Abstract: We test whether tides move credit in harbours that do not exist.",
            "Keywords: Tides; Credit;",
            "Part of Series: Harbour Discussion Papers",
            "Publication Date: 1997",
            "Number: 584",
        ]
    )
    item = parse_record(page).to_csl()
    assert item["title"].startswith("Tides and credit in imaginary harbours")
    assert item["number"] == "584"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Working Paper: 2021-07", "2021-07"),
        ("Working Paper", None),
    ],
)
def test_a_working_paper_label_keeps_its_number(line: str, number: str | None) -> None:
    lines = ["Tides of the Quiet Bay", "Jane Quill", line]
    if number is None:
        lines.append("No. 31")
        number = "31"
    assert parse_record("\n".join(lines)).to_csl().get("number") == number


def test_a_related_papers_year_is_no_report_number() -> None:
    page = "\n".join(
        [
            "What the Tides Tell Us About Harbours",
            "Jane Quill and Tom Reedley",
            "Abstract: We survey the tides of harbours that do not exist. " * 3,
            "Related works:",
            "Working Paper: What the Tides Tell Us about Harbours (2022)",
        ]
    )
    assert parse_record(page).to_csl().get("number") != "2022"


def test_a_note_sentence_over_the_abstract_label_does_not_take_the_title() -> None:
    page = "\n".join(
        [
            "Tides of the Quiet Bay",
            "Jane Quill and Tom Reedley",
            "Harbour Research Institute",
            "An earlier version of this paper was presented at the annual meeting of the "
            "harbour society in the spring of 2019 in Marshtown.",
            "Abstract: We survey the tides of harbours that do not exist and find them calm.",
        ]
    )
    assert parse_record(page).to_csl()["title"] == "Tides of the Quiet Bay"


# --- a thesis's defence statement in running text --------------------------------------------


def test_a_defence_statement_dates_a_thesis_and_names_its_university() -> None:
    page = "\n".join(
        [
            "Revue imaginaire des ports",
            "Marion Lestrade, Les marées des ports imaginaires. Thèse d'océanographie, réalisée "
            "sous la direction de Paul Ferrand, soutenue le 3 février 2015 à l'Université "
            "Lagune-Est. Jury composé de Anne Morel et Luc Berthier.",
            "Cette thèse étudie les marées de ports qui n'existent pas. " * 4,
        ]
    )
    item = parse_record(page).to_csl()
    assert item["type"] == "thesis"
    assert item["issued"]["date-parts"][0] == [2015, 2, 3]
    assert item.get("publisher") == "Université Lagune-Est"


def test_an_english_defence_line_makes_a_thesis() -> None:
    page = "\n".join(
        [
            "Tides of the Quiet Bay",
            "PhD student: Jane Quill, Thesis director: Tom Reedley",
            "Thesis defended the 2nd of March 2015",
            "We study the tides of harbours that do not exist. " * 4,
        ]
    )
    item = parse_record(page).to_csl()
    assert item["type"] == "thesis"
    assert item["issued"]["date-parts"][0] == [2015, 3, 2]


@pytest.mark.parametrize(
    "sentence",
    [
        # a motion supported on a date: no thesis's word before the phrase
        "La motion, soutenue le 3 mars 2020 par les élus du port, a été adoptée hier soir.",
        # a thesis's word and the phrase, but no date after it
        "La thèse de Marion Lestrade, soutenue publiquement, a été saluée par le jury.",
    ],
)
def test_a_supported_motion_or_an_undated_defence_makes_no_thesis(sentence: str) -> None:
    page = "\n".join(
        [
            "Le conseil du port adopte la motion",
            "Par Anne Morel",
            "12 mars 2020",
            sentence,
            "Les élus ont parlé du port et des marées avec les habitants pendant la réunion. " * 4,
        ]
    )
    assert parse_record(page).to_csl()["type"] != "thesis"


@pytest.mark.parametrize(
    "lines",
    [
        # two defences dated in one news line, the thesis's word before a colon
        ["Department news", "Dissertation news: Omar Haddad defended on 4 May 2023, and Lea "
         "Brun defended the 12th of June 2023.", "The department congratulates both of them."],
        # a news date label over a story about a prize-winning thesis
        ["Pesquisadora premiada", "Publicado em 14/05/2023", "A tese, defendida em 12 de maio "
         "de 2023 no Instituto de Biologia, recebeu o prêmio nacional. A Universidade celebra."],
        # 'thèse' a claim inside the sentence, a proposal supported
        ["Conseil municipal", "Après le débat sur la thèse du déficit structurel, la "
         "proposition, soutenue le 3 mars 2022 par la majorité, a été adoptée."],
    ],
)  # fmt: skip
def test_news_of_defences_or_a_thesis_as_a_claim_makes_no_thesis(lines: list[str]) -> None:
    item = parse_record("\n\n".join(lines)).to_csl()
    assert item["type"] != "thesis"
    assert item.get("publisher") not in ("Universidade", "A Universidade")


def test_a_grantor_word_alone_names_no_grantor() -> None:
    page = "\n\n".join(
        ["Marés de portos imaginários",
         "A tese, defendida em 12 de maio de 2023, estuda as marés. A Universidade celebra."]
    )  # fmt: skip
    assert parse_record(page).to_csl().get("publisher") not in ("Universidade", "A Universidade")


# --- a number under a report series' label makes a report ------------------------------------


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Working Paper: HRI ID: h2719", "report"),
        ("Discussion paper number: 2019-04", "report"),
    ],
)
def test_a_report_series_number_label_makes_a_report(label: str, kind: str) -> None:
    page = "\n".join(
        [label, "Authors: Jane Quill; Tom Reedley", "Abstract: We survey the tides. " * 3]
    )
    assert parse_record(page).to_csl()["type"] == kind


def test_a_publication_number_label_alone_makes_no_report() -> None:
    page = "\n".join(
        [
            "Tides of the Quiet Bay",
            "Jane Quill",
            "Publication Number: 4412",
            "Publisher: Marsh Press",
            "ISBN 978-0-306-40615-7",
        ]
    )
    assert parse_record(page).to_csl()["type"] != "report"


# --- a title a cover broke over lines in sentence case ----------------------------------------


def test_a_title_broken_over_lines_in_sentence_case_is_read_whole() -> None:
    page = "\n".join(
        [
            "Tidal profitability and risk taking in a prolonged environment",
            "",
            "of low tides: a study of harbour risk in the fishing",
            "",
            "fleets of Marsh Bay",
            "",
            "Jane Quill",
            "",
            "Working Paper No. 526",
            "October 2016",
        ]
    )
    assert parse_record(page).to_csl()["title"] == (
        "Tidal profitability and risk taking in a prolonged environment of low tides: a study "
        "of harbour risk in the fishing fleets of Marsh Bay"
    )


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # a byline in lower case under the title is no part of it
        (["Tides and credit in the harbours of the quiet bay", "by Jane Quill",
          "Working Paper No. 12"], "Tides and credit in the harbours of the quiet bay"),
        # a locator line in lower case is no part of it
        (["Tides and credit in the harbours of the quiet bay", "pp. 12-20",
          "Jane Quill"], "Tides and credit in the harbours of the quiet bay"),
        # a title ending in a full stop takes no line after it
        (["Tides and credit in the harbours of the quiet bay.", "and other stories",
          "Jane Quill"], "Tides and credit in the harbours of the quiet bay."),
    ],
)  # fmt: skip
def test_a_lower_case_line_that_is_no_title_part_stays_out(lines: list[str], title: str) -> None:
    got = parse_record("\n".join(lines)).to_csl().get("title", "")
    assert got.rstrip(".") == title.rstrip(".")


@pytest.mark.parametrize(
    ("title", "tag"),
    [
        ("Why we stopped using paper lab notebooks", "posted in Research, Lab life"),
        ("How to grow tomatoes on a small balcony", "in Gardening"),
        ("Five lessons from running a reading group", "on Teaching and Learning"),
        ("Episode 14 climate adaptation in small island states", "with Lena Ortiz and Paul Kim"),
    ],
)
@pytest.mark.parametrize("byline", [None, "Jane Quill"])
def test_a_blogs_category_tag_or_guest_line_is_no_part_of_the_title(
    title: str, tag: str, byline: str | None
) -> None:
    lines = [title, "", tag, ""] + ([byline, ""] if byline else [])
    lines.append("We tried it for a year and wrote down what we saw.")
    got = parse_record("\n".join(lines)).to_csl().get("title", "")
    assert tag not in got
    if byline:
        assert got == title


# --- a one-word genre closed by a full stop before the title ---------------------------------


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Dissertation. Gezeiten erfundener Häfen im Wandel der Zeit",
         "Gezeiten erfundener Häfen im Wandel der Zeit"),
        # two words after the genre: too short to be the title, the line stays whole
        ("Dissertation. Gezeiten Häfen", "Dissertation. Gezeiten Häfen"),
    ],
)  # fmt: skip
def test_a_genre_with_a_full_stop_before_a_title_is_cut(heading: str, title: str) -> None:
    page = "\n".join(
        [heading, "Jana Feder", "Humboldt-Universität zu Musterstadt", "2014",
         "Zusammenfassung", "Wir untersuchen die Gezeiten erfundener Häfen. " * 4]
    )  # fmt: skip
    assert parse_record(page).to_csl()["title"] == title
