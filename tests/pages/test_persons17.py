"""Persons printed but not read (session 17, ``persons17``): words of organisations in more
locales (an author block's affiliation lines, a body's name read as no person), and one
name under the title that no given-name lexicon knows. Invented pages in the shapes of
real ones (other names, titles and words)."""

from __future__ import annotations

from comet import parse_names, parse_record
from comet.page import person_model


def _names(csl: dict, role: str = "author") -> list[tuple[str, str]]:
    return [(p.get("family", ""), p.get("given", "")) for p in csl.get(role, [])]


PROSE_EN = (
    "The coastal wetlands of the northern delta have changed over the last four decades, "
    "as dams upstream hold back the silt that once rebuilt the banks after each flood. "
    "We combine satellite images with field surveys of vegetation and soil to measure "
    "how fast the marsh edge retreats and where new mudflats form instead. "
) * 6
PROSE_CS = (
    "Článek se zabývá vývojem školních knihoven v posledních dvaceti letech a popisuje, "
    "jak se proměnily služby pro žáky i učitele. Výsledky průzkumu ukazují, že knihovny "
    "s vlastním rozpočtem nabízejí více programů a delší otevírací dobu. "
) * 6


# --- [person_names].organisation_words in more locales --------------------------------


def test_a_czech_author_block_reads_every_name_past_its_affiliation() -> None:
    text = (
        "Školní knihovny v proměnách času\n"
        "Mgr. Jana Horáková,\n"
        "Ústav knihovnictví Filozofické fakulty v Olomouci\n"
        "horakova@example.cz\n"
        "PhDr. Pavel Novotný,\n"
        "Katedra informačních studií, Slezská univerzita\n"
        "novotny@example.cz\n"
        "1 Úvod\n" + PROSE_CS + "\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Horáková", "Jana"), ("Novotný", "Pavel")]


def test_an_affiliation_in_russian_is_no_name() -> None:
    # (negative) 'Томский государственный университет' between two names: no third name
    names = parse_names("Томский государственный университет", strict=False).value or []
    assert all(p.literal for p in names)


def test_a_polish_institute_under_a_title_is_no_author() -> None:
    # (negative) a body's name alone under the title is its issuer, never its author
    text = "Raport o stanie czytelnictwa w Polsce\nInstytut Książki Narodowej\n2019\n"
    assert "author" not in parse_record(text).to_csl()


def test_czech_and_polish_academic_titles_are_no_part_of_a_name() -> None:
    assert [p.family for p in parse_names("PhDr. Pavel Novotný")] == ["Novotný"]
    assert [p.given for p in parse_names("dr hab. Anna Nowak")] == ["Anna"]


# --- one name under the title that no given-name lexicon knows -----------------------


def test_an_unlisted_name_under_the_title_is_its_author() -> None:
    # the page names her again as only people are named: an e-mail address, an initial
    for again in ("Correspondence: r.thakkar@example.org", "Cite as: Thakkar, R. (2021)."):
        text = (
            "Silt, Dams and the Retreat of a Delta Marsh\nRasmiya Thakkar\n"
            + PROSE_EN
            + "\n"
            + again
            + "\n"
        )
        assert _names(parse_record(text).to_csl()) == [("Thakkar", "Rasmiya")], again


def test_headings_shaped_as_names_under_the_title_are_no_author() -> None:
    # (negative) a heading, a place, a product: two title-case words no lexicon knows, that
    # the page prints nowhere else as a person's name is printed
    for line in (
        "Rasmiya Thakkar",
        "Executive Summary",
        "Wall Street",
        "Buenos Aires",
        "Coca Cola",
    ):
        text = "Silt, Dams and the Retreat of a Delta Marsh\n" + line + "\n" + PROSE_EN + "\n"
        assert "author" not in parse_record(text).to_csl(), line


def test_a_heading_whose_words_the_prose_uses_is_no_author() -> None:
    # (negative) 'Delta Surveys' is shaped as a name, but the page prints 'delta' and
    # 'surveys' in lower case: a heading
    text = "Silt, Dams and the Retreat of a Delta Marsh\nDelta Surveys\n" + PROSE_EN + "\n"
    assert "author" not in parse_record(text).to_csl()


def test_an_unlisted_name_on_a_short_page_is_not_read() -> None:
    # (negative) too little prose to tell a heading from a name: no verdict
    text = "Silt, Dams and the Retreat of a Delta Marsh\nRasmiya Thakkar\nDownload PDF\n"
    assert "author" not in parse_record(text).to_csl()


def test_a_place_or_an_interface_line_under_the_title_is_no_author() -> None:
    # (negative) words the locales list (a month, an interface word) are no name's
    for line in ("Related Articles", "Monday Edition", "Central Station"):
        text = "Silt, Dams and the Retreat of a Delta Marsh\n" + line + "\n" + PROSE_EN + "\n"
        assert "author" not in parse_record(text).to_csl(), line


def test_an_unlisted_name_far_from_the_title_is_not_read_by_the_bare_rule() -> None:
    # (negative) a name standing under two paragraphs is a quote's signature, not the
    # byline's (the bare rule reads one right under the title, or under its standfirst)
    text = (
        "Silt, Dams and the Retreat of a Delta Marsh\n"
        + PROSE_EN
        + "\n"
        + PROSE_EN
        + "\nRasmiya Thakkar\n"
        + PROSE_EN
        + "\n"
    )
    old = person_model.MODE
    try:
        person_model.MODE = "off"
        assert "author" not in parse_record(text).to_csl()
    finally:
        person_model.MODE = old


def test_a_country_under_the_title_is_no_author() -> None:
    # (negative) 'Costa Rica' is shaped as a name no lexicon knows: a country's name
    text = "Silt, Dams and the Retreat of a Delta Marsh\nCosta Rica\n" + PROSE_EN + "\n"
    assert "author" not in parse_record(text).to_csl()


# --- names glued after the title on one line (a cover copied as text) -----------------

COVER_PROSE = (
    "Este documento resume las clases del curso y presenta los conceptos básicos con "
    "ejemplos tomados de la economía de la región durante las últimas décadas. "
) * 3


def test_names_after_the_title_on_a_cover_line() -> None:
    text = (
        "Fluctuaciones regionales del empleo\n"
        "Descargar\n"
        "Fluctuaciones regionales del empleo Diego Quintana\n"
        "Apuntes de clase\n" + COVER_PROSE + "\n"
    )
    csl = parse_record(text).to_csl()
    assert _names(csl) == [("Quintana", "Diego")]


def test_a_page_number_and_a_page_reference_around_the_names() -> None:
    text = (
        "Informe sobre el empleo regional\n"
        "1 Informe sobre el empleo regional Ana Ruiz / 1.\n" + COVER_PROSE + "\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Ruiz", "Ana")]


def test_words_after_the_title_that_are_no_names() -> None:
    # (negative) the title again with an interface tail, a subtitle or a place: no author
    for tail in ("Descargar PDF", "Una Mirada Histórica", "Costa Rica", "Santa Lucía"):
        text = (
            "Informe sobre el empleo regional\n"
            f"Informe sobre el empleo regional {tail}\n" + COVER_PROSE + "\n"
        )
        assert "author" not in parse_record(text).to_csl(), tail


# --- a two-word name with its family name in capitals under the title -----------------


def test_a_two_word_name_in_the_capitals_style_under_the_title() -> None:
    text = (
        "Navigation\n"
        "La revue des marais : un bilan\n"
        "Jeanne MARCHAND\n"
        "p. 51-60\n"
        "Texte intégral\n"
        "La revue paraît deux fois par an depuis sa fondation et publie des études sur les "
        "zones humides, leur histoire et leur gestion.\n"
    )
    assert _names(parse_record(text).to_csl()) == [("MARCHAND", "Jeanne")]


def test_a_two_word_capitals_heading_whose_word_the_prose_uses() -> None:
    # (negative) 'Grace PERIOD' over prose about a grace period: a heading
    text = (
        "Loans for Small Farms\n"
        "Grace PERIOD\n"
        "Most lenders allow a grace period of six months before the first repayment, and "
        "the period may be longer for farms hit by drought.\n"
    )
    assert "author" not in parse_record(text).to_csl()


# --- names apart by markers or by a sign alone -----------------------------------------

TITLE = "Silt, Dams and the Retreat of a Delta Marsh\n"


def test_markers_that_are_the_only_separators_between_names() -> None:
    for line in ("Ana Ruiz1 Ida Moe2", "Ana Ruiz 1* Ida Moe 2", "Ana Ruiz 1 Ida Moe 2 Jon Berg 3"):
        names = _names(parse_record(TITLE + line + "\n" + PROSE_EN + "\n").to_csl())
        assert names[:2] == [("Ruiz", "Ana"), ("Moe", "Ida")], line


def test_names_apart_by_a_middle_dot_a_bar_or_a_slash() -> None:
    for line in ("Ana Ruiz · Ida Moe", "Ana Ruiz | Ida Moe", "Ana Ruiz / Ida Moe"):
        names = _names(parse_record(TITLE + line + "\n" + PROSE_EN + "\n").to_csl())
        assert names == [("Ruiz", "Ana"), ("Moe", "Ida")], line


def test_a_sign_before_a_job_title_or_a_section_is_no_list_of_names() -> None:
    # (negative) the line read as before: a job title after a bar, a menu's sections, a
    # writer's role after a dash
    csl = parse_record(TITLE + "Ana Ruiz | Staff Writer\n" + PROSE_EN + "\n").to_csl()
    assert _names(csl) == [("Ruiz", "Ana")]
    for line in ("Politics | World Affairs", "Harbour News · Delta Reports"):
        assert "author" not in parse_record(TITLE + line + "\n" + PROSE_EN + "\n").to_csl(), line
    csl = parse_record(TITLE + "Ana Ruiz – Journalist\n" + PROSE_EN + "\n").to_csl()
    assert _names(csl) == [("Ruiz", "Ana")]


# --- a signed line: the date first, or a comma before the date --------------------------


def test_a_signed_line_that_opens_with_its_date() -> None:
    for line in ("13/06/2024 10:19 Ana Ruiz", "13 June 2024 | Ana Ruiz", "Ana Ruiz, 13 June 2024"):
        csl = parse_record(TITLE + line + "\n" + PROSE_EN + "\n").to_csl()
        assert _names(csl) == [("Ruiz", "Ana")], line


def test_a_section_or_a_place_by_a_date_is_no_signature() -> None:
    # (negative) a section's name or a dateline's place beside the date, and a list of
    # names before the date (no one signature)
    for line in (
        "Morning Bell 11.18.19",
        "13 June 2024 | World News",
        "Buenos Aires, 13 de junio de 2024",
        "Rasmiya Thakkar 13/06/2024 10:19",
    ):
        csl = parse_record(TITLE + line + "\n" + PROSE_EN + "\n").to_csl()
        assert "author" not in csl, line
    csl = parse_record(TITLE + "Ana Ruiz, Ida Moe 13/06/2024\n" + PROSE_EN + "\n").to_csl()
    assert _names(csl) != [("Ruiz", "Ana")]


def test_a_subtitle_after_the_title_whose_word_the_prose_uses() -> None:
    # (negative) 'Grace Period' opens with a given name, but the page speaks of a grace
    # period: the words after the title are a subtitle
    prose = "Los bancos conceden un period de gracia; the grace period lasts six months. " * 12
    text = (
        "Informe sobre el empleo regional\n"
        "Informe sobre el empleo regional Grace Period\n" + prose + "\n"
    )
    assert "author" not in parse_record(text).to_csl()


def test_a_signed_line_with_a_family_first_name() -> None:
    csl = parse_record(TITLE + "Trần Minh Khoa 13/06/2024 10:19\n" + PROSE_EN + "\n").to_csl()
    assert _names(csl) == [("Trần", "Minh Khoa")]


def test_a_dateline_town_is_no_family_first_name() -> None:
    # (negative) a town and a comma before the date: a dateline, though the town's first
    # word is a Vietnamese surname
    csl = parse_record(TITLE + "Phan Thiết, 13/06/2024\n" + PROSE_EN + "\n").to_csl()
    assert "author" not in csl


# --- the review's shapes (invented pages at the rules' edges) ---------------------------

REVIEW_PROSE = (
    "Stalls open in the afternoon and the procession starts at dusk, led by the town band. "
    "Families bring paper lanterns made at the library workshops during the week before. "
) * 10


def test_a_venue_a_place_a_brand_or_a_section_under_the_title_is_no_author() -> None:
    # (negative) two capitalised words no lexicon knows, under the title, over a date, a
    # price or prose: a venue, a dateline's place, a brand, a section's label
    pages = (
        "Lantern procession and winter market\nHarwick Pavilion\nSaturday 7 December 2024, 4 pm\n",
        "Ferry timetable to change in January\nTarrow Quay\nPublished 2 December 2024\n",
        "Enamel stovetop kettle, 1.5 litres\nCorvell Homeware\n£42.00\n",
        "Why the old orchards are coming back\nSlow Living\n",
        "Marché de Noël et défilé aux lanternes\nEspace Marivaux\nSamedi 7 décembre 2024, 16 h\n",
    )
    for head in pages:
        assert "author" not in parse_record(head + REVIEW_PROSE + "\n").to_csl(), head


def test_an_outlet_after_a_middle_dot_is_no_second_author() -> None:
    # (negative) 'Harbour Ledger' after the dot is the writer's outlet, not a second name
    text = "Ferry timetable to change in January\nAna Ruiz · Harbour Ledger\n3 March 2021\n"
    csl = parse_record(text + REVIEW_PROSE + "\n").to_csl()
    assert ("Ledger", "Harbour") not in _names(csl)


def test_organisation_words_in_titles_and_journal_names_change_neither() -> None:
    # (negative) a body's word inside a title or a journal's name keeps both as they were
    cases = (
        (
            "Летняя школа по орнитологии: итоги сезона",
            "Вестник Томского государственного университета",
        ),
        ("Szkoła letnia w terenie: wnioski", "Zeszyty Naukowe Uniwersytetu Ekonomicznego"),
        ("Sekolah lapangan bagi petani padi", "Jurnal Penyuluhan Pertanian"),
        ("Köy okullarında yaz merkezi deneyimi", "Eğitim Fakültesi Dergisi"),
        ("Letní škola terénní biologie", "Sborník Ústavu zemědělských informací"),
    )
    for title, journal in cases:
        text = f"{title}\nAnna Kovac\nJournal: {journal}\n" + REVIEW_PROSE + "\n"
        csl = parse_record(text).to_csl()
        assert csl.get("title") == title, title
        assert csl.get("container-title") == journal, journal
        assert "Kovac" in [f for f, _ in _names(csl)], title
    # hu: the title and the author as before (this label gives no container, before too)
    title = "A falusi iskolák nyári központja"
    text = f"{title}\nAnna Kovac\nJournal: Egyetemi Könyvtári Szemle\n" + REVIEW_PROSE + "\n"
    csl = parse_record(text).to_csl()
    assert csl.get("title") == title
    assert "Kovac" in [f for f, _ in _names(csl)]


def test_an_author_word_closing_the_titles_line_names_nobody() -> None:
    # '… By' with no name after it (found by the never-crash property test of the HTML
    # news rules after persons18's author-word reading merged): no crash, no author
    item = parse_record("Harbour Ferry Timetables\n\nHarbour Ferry Timetables By\n").to_csl()
    assert "author" not in item
