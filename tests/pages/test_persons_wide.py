"""Persons across many kinds of page (session 16, ``personswide``): a person label's value
in a run-in label row ends at the row's next label; a catalogue heading's role in round
brackets; the name order of the page's language. Invented records in the shapes of real
ones (other names, titles and words)."""

from __future__ import annotations

from comet import parse_record
from comet.page.byline_text import before_run_in_label


def _names(csl: dict, role: str = "author") -> list[tuple[str, str]]:
    return [(p.get("family", ""), p.get("given", "")) for p in csl.get(role, [])]


# --- a run-in label row: `Label: value Label: value …` on one line --------------------

ROW = "Вид документа: Стаття Автор: Гнатюк О.В. Тип автора: особа Мова: Українська Обсяг: С.12-19."


def test_a_run_in_row_ends_the_author_at_an_unknown_label() -> None:
    text = "Ринок праці в умовах кризи\n" + ROW + "\n"
    assert _names(parse_record(text).to_csl()) == [("Гнатюк", "О.В")]


def test_a_label_glued_to_a_name_in_capitals() -> None:
    line = "Autor: P. LORENZO, T. ABAD Referencia: REV. ACUIC. Volumen: 4 Pagina: 12"
    value = "P. LORENZO, T. ABADReferencia: REV. ACUIC."
    assert before_run_in_label(value, line) == "P. LORENZO, T. ABAD"


def test_a_run_in_row_keeps_a_name_and_its_work() -> None:
    # (negative) a colon after a given name or after a name's last word is no label
    line = "Autor: Ruiz, Ana: Notas de campo. Nota: x Año: 2001"
    assert before_run_in_label("Ruiz, Ana: Notas de campo.", line) == "Ruiz, Ana: Notas de campo."
    line = "Autor: Ana Ruiz: Notas de campo. Nota: x Año: 2001"
    assert before_run_in_label("Ana Ruiz: Notas de campo.", line) == "Ana Ruiz: Notas de campo."


def test_a_line_of_one_or_two_labels_is_no_run_in_row() -> None:
    # (negative) 'Autor: Ana Ruiz Tipo: x': two labels only, nothing is cut
    assert (
        before_run_in_label("Ana Ruiz. Tipo: x", "Autor: Ana Ruiz. Tipo: x") == "Ana Ruiz. Tipo: x"
    )


def test_a_compiler_in_round_brackets() -> None:
    text = (
        "Leyes del comercio\n"
        "Colaborador:Quintero Salas, Marta (Compiladora) Editorial:Editorial Lumbre "
        "Materia:Derecho Publicado:2011-03-01 Número de páginas:320\n"
    )
    csl = parse_record(text).to_csl()
    assert _names(csl, "compiler") == [("Quintero Salas", "Marta")]
    assert "contributor" not in csl


def test_a_name_in_round_brackets_is_no_role() -> None:
    # (negative) a bracketed word that is no role term leaves the contributor a contributor
    text = "Leyes del comercio\nColaborador: Quintero Salas, Marta (Lumbre)\nEditorial: Lumbre\n"
    csl = parse_record(text).to_csl()
    assert "compiler" not in csl and "editor" not in csl


# --- the usual name order of the page's language ([name_grammar] name_order) ----------

HU_RECORD = (
    "A Tisza árterei\n"
    "Szerző: Halmos Ákos\n"
    "szerkesztette: Dr. Vörös Zsófia\n"
    "Kiadó: Tölgyfa Könyvkiadó\n"
    "Kiadás éve: 2004\n"
    "Oldalszám: 212 oldal\n"
)


def test_a_hungarian_record_reads_names_family_first() -> None:
    csl = parse_record(HU_RECORD).to_csl()
    assert _names(csl) == [("Halmos", "Ákos")]
    assert _names(csl, "editor") == [("Vörös", "Zsófia")]


def test_an_english_record_of_a_hungarian_author_keeps_the_printed_order() -> None:
    # (negative) an English page prints the Hungarian author given name first: no flip
    text = (
        "The Floodplains of the Tisza\nAuthor: Ákos Halmos\nPublisher: Riverbank Press\n"
        "Year: 2004\nPages: 212\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Halmos", "Ákos")]


def test_a_hungarian_record_of_a_foreign_author_keeps_the_printed_order() -> None:
    # (negative) a known given name first and a family name no given name: as printed
    text = HU_RECORD.replace("Halmos Ákos", "John Whitfield")
    assert _names(parse_record(text).to_csl()) == [("Whitfield", "John")]


def test_names_with_a_comma_or_initials_keep_the_parsers_reading() -> None:
    # (negative) 'Halmos, Ákos' and 'Halmos Á.' are read right already
    for name in ("Halmos, Ákos", "Halmos Á."):
        csl = parse_record(HU_RECORD.replace("Halmos Ákos", name)).to_csl()
        assert _names(csl)[0][0] == "Halmos"


def test_a_name_order_of_another_value_is_refused() -> None:
    import pytest

    from comet import locales as _loc

    data = {"tag": "xx", "name_grammar": {"name_order": ["sideways"]}}
    with pytest.raises(Exception, match="name_order"):
        _loc.parse_data(data, "xx.toml")
    assert _loc.parse_data(
        {"tag": "xx", "name_grammar": {"name_order": ["family-first"]}}, "xx.toml"
    )


# --- an author label's block: one item a line, details glued after each name ----------


def test_an_author_block_of_names_with_their_schools_glued() -> None:
    text = (
        "Reading Habits of Grade Nine Learners in Two Rural Districts\n\nAuthors\n\n"
        "  • Rosalind P. Averill Lakeside National High School, Tarma, Peru Author\n"
        "  • Gideon T. Marsh Lakeside National High School, Tarma, Peru Author\n\n"
        "DOI: 10.5555/rh.2021.77\n"
    )
    csl = parse_record(text).to_csl()
    assert _names(csl) == [("Averill", "Rosalind P."), ("Marsh", "Gideon T.")]


def test_an_author_block_of_marked_names_with_mails_and_affiliations() -> None:
    text = (
        "CALIDAD DEL AGUA EN ZONAS COSTERAS. UNA REVISIÓN\n\nAUTORES\n\n"
        "Tomás Quiroga Vela1 Autor de correspondencia tq@uni.example.edu\n\n"
        "Universidad Técnica del Litoral Ecuador\n\n"
        "Inés Paredes Lomas1 email: ines.paredes@uni.example.edu\n\n"
        "Universidad Técnica del Litoral Ecuador\n\nRESUMEN\n\n"
        "El presente trabajo revisa los criterios de calidad del agua en zonas costeras.\n"
    )
    got = [" ".join((g, f)) for f, g in _names(parse_record(text).to_csl())]
    assert got == ["Tomás Quiroga Vela", "Inés Paredes Lomas"]


def test_an_authors_heading_over_titles_names_nobody() -> None:
    # (negative) items that open with capitalised words but carry no mark, no middle
    # initial before an organisation's word: a list of works, not of people
    text = (
        "Spring Catalogue\n\nAuthors\n\n"
        "  • Quiet Rivers of the North and their birds\n"
        "  • Garden Paths in Winter\n"
        "  • Maps Of Old Harbours Press Office\n"
    )
    assert "author" not in parse_record(text).to_csl()


# --- a list written family name first, told by its patronymics ----------------------


def test_a_russian_label_list_family_first_by_its_patronymics() -> None:
    text = (
        "Библиотечные фонды малых городов: опыт описания\n"
        "Автор: Дюваль Мари-Клер, Веснина Ольга Игоревна, Карпинский Артём Олегович\n"
        "Рубрика: Книжное дело\n"
    )
    got = _names(parse_record(text).to_csl())
    assert got == [
        ("Дюваль", "Мари-Клер"),
        ("Веснина", "Ольга Игоревна"),
        ("Карпинский", "Артём Олегович"),
    ]


def test_a_foreign_guests_two_word_name_beside_one_patronymic_name_is_kept() -> None:
    # (negative, s16 review #18) one name family first by its patronymic and a foreign
    # guest's name given first: the two-word name keeps its printed order
    text = (
        "Библиотечные фонды малых городов: опыт описания\n"
        "Автор: Веснина Ольга Игоревна, Жан Мортье\n"
        "Рубрика: Книжное дело\n"
    )
    assert _names(parse_record(text).to_csl()) == [
        ("Веснина", "Ольга Игоревна"),
        ("Мортье", "Жан"),
    ]


def test_a_list_given_name_first_with_patronymics_in_the_middle_is_kept() -> None:
    # (negative) 'Ольга Игоревна Веснина': the patronymic in the middle, given name first
    text = (
        "Библиотечные фонды малых городов: опыт описания\n"
        "Автор: Ольга Игоревна Веснина, Артём Олегович Карпинский\n"
        "Рубрика: Книжное дело\n"
    )
    assert _names(parse_record(text).to_csl()) == [
        ("Веснина", "Ольга Игоревна"),
        ("Карпинский", "Артём Олегович"),
    ]


def test_a_list_of_two_word_names_without_patronymics_is_kept() -> None:
    # (negative) no patronymic: the parser's reading stands
    text = "Field notes on river birds\nAuthor: Mara Quill, Tobias Renn\nSection: Nature\n"
    assert _names(parse_record(text).to_csl()) == [("Quill", "Mara"), ("Renn", "Tobias")]


# --- a byline with each author's card between its names ------------------------------

CARDS = (
    "Skip to content\n\n„Lesen im Wandel“\n\nBericht vom Bibliothekskongress 2022 in Kiel\n\n"
    "    Greta Holm\n\n    ORCID logo EMAIL logo\n    , Sina Varnholt\n\n    Sina Varnholt\n\n"
    "    ORCID logo EMAIL logo\n    and Jonas Pfeil\n\n    Jonas Pfeil\n\n    ORCID logo EMAIL logo\n"
    "From the journal Bibliotheksarbeit\n\n1 Einleitung\n\n"
    "Der Kongress fand in diesem Jahr in Kiel statt, mit mehr als zweitausend Teilnehmenden aus "
    "vielen Ländern, die in Vorträgen und Werkstätten über die Zukunft des Lesens sprachen.\n"
)


def test_a_byline_with_each_authors_card_between_its_names() -> None:
    got = _names(parse_record(CARDS).to_csl())
    assert got == [("Holm", "Greta"), ("Varnholt", "Sina"), ("Pfeil", "Jonas")]


def test_a_repeated_name_without_a_list_going_on_ends_the_byline() -> None:
    # (negative) a name printed again over its affiliation, then no list's comma or word:
    # one author, and a heading is no name of the list
    text = (
        "Notes on River Birds of the Northern Plains\n\nGreta Holm\n\nGreta Holm\n\n"
        "Harbour Museum, Kiel\n\nFrom the journal Field Notes\n\n"
        "The birds of the northern plains move along the rivers in spring, and the notes "
        "below follow them from the delta to the lakes.\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Holm", "Greta")]


def test_only_a_comma_or_a_list_word_goes_on_with_a_list() -> None:
    from comet.locales import resolve
    from comet.page.byline_list_ends import _continued
    from comet.page.evidence import _Page

    class _P:  # the helper reads only the page's locales
        rules = resolve(None)

    page = _P()
    assert _continued(", Sina Varnholt", page)  # type: ignore[arg-type]
    assert _continued("and Jonas Pfeil", page)  # type: ignore[arg-type]
    assert not _continued("Marta Quill", page)  # type: ignore[arg-type]
    assert not _continued("From the journal Field Notes", page)  # type: ignore[arg-type]
    assert _Page  # (the type the helper is written for)


# --- an issue's masthead under a byline is no person ----------------------------------


def test_a_month_and_an_issue_word_under_a_byline_are_no_name() -> None:
    text = (
        "2019 Staff Papers\n\nThe Price of Rain: Farm Credit after the Drought\n"
        "Odile Ferrante\nOctober  Number 812\n\n"
        "We study how farm credit responded to the drought of 2012 across counties.\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Ferrante", "Odile")]


def test_a_person_named_with_an_issue_word_is_still_a_person() -> None:
    # (negative) 'Julia Band': a volume word ('Band') as a family name, no month word
    text = (
        "The Price of Rain: Farm Credit after the Drought\nJulia Band\n\n"
        "We study how farm credit responded to the drought of 2012 across counties.\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Band", "Julia")]


# --- a byline opening with initials keeps its first one ------------------------------


def test_a_byline_opening_with_the_initial_u_keeps_it() -> None:
    # 'U.' is also German's abbreviated 'und' (a list word): before another initial it is
    # the name's own
    text = (
        "Research Article\n\nLate Sowing of Millet Lowers the Yield on Hill Farms\n\n"
        "U. R. T. Bhandel , S.K. Gorkhali , P.M. Raut\n"
        "Crop Research Division, Hill Agricultural Research Council, Pokhara\n"
    )
    got = [(f, g) for f, g in _names(parse_record(text).to_csl())]
    assert got[0] == ("Bhandel", "U. R. T.")


def test_a_line_going_on_with_u_and_a_name_still_drops_the_list_word() -> None:
    # (negative) 'u. Ida Berg': the abbreviated list word before a full name goes
    from comet.page.byline_name_shapes import _initials_run

    assert not _initials_run(["u.", "Ida", "Berg"])
    assert _initials_run(["U.", "R.", "Bhandel"])


# --- a title line that opens with its authors --------------------------------------------


def test_a_title_line_opening_with_its_authors() -> None:
    text = (
        "А. Б. Ланская, К. Д. Орлов. Летняя школа «Слово и текст: старые рукописи и новые методы»\n"
        "Русская филология. 2014. № 3, С. 40 - 44\n\n"
        "В июле 2014 года в Твери прошла летняя школа для молодых филологов.\n"
    )
    csl = parse_record(text).to_csl()
    assert _names(csl) == [("Ланская", "А. Б."), ("Орлов", "К. Д.")]
    assert csl["title"].startswith("Летняя школа")


def test_an_events_title_opening_with_two_names_is_no_byline() -> None:
    # (negative, s16 review #19) an evening of readings from two writers' letters: the page
    # shows no year, no work's record; the names are the event's subject
    text = (
        "B. Holm, K. Lind. Letters from the Lighthouse: an evening of readings\n"
        "Come to the harbour library for readings from the letters of two keepers.\n"
        "Friday 6 pm, free entry\n"
    )
    csl = parse_record(text).to_csl()
    assert "author" not in csl
    assert csl["title"].startswith("B. Holm, K. Lind.")


def test_a_title_about_one_person_keeps_the_name() -> None:
    # (negative) one name with initials before the title's words is the work's subject
    for head in (
        "J. R. R. Tolkien. A Biography of the Writer",
        "U. S. Army. Annual report of the chief",
    ):
        text = (
            head + "\nMarta Quill\n\nThe book follows the writer's life from his youth onwards.\n"
        )
        csl = parse_record(text).to_csl()
        assert csl["title"].startswith(head.split(".")[0][:4])
        assert _names(csl) == [("Quill", "Marta")]


def test_a_title_opening_with_initials_and_words_is_no_byline() -> None:
    # (negative) 'W. E. B. Du Bois and the …': no full stop closing a list of names
    text = "W. E. B. Du Bois and the Souls of Black Folk Today\nMarta Quill\n"
    csl = parse_record(text).to_csl()
    assert csl["title"].startswith("W. E. B. Du Bois")


def test_an_author_heading_with_an_editors_role_names_an_editor_only() -> None:
    for heading in ("Ruiz, Ana (Hrsg.)", "Ruiz, Ana [Hrsg.]"):
        text = f"Der Harz im Wandel\nAutor: {heading}\nVerlag: Harzbuch\nJahr: 2001\n"
        csl = parse_record(text).to_csl()
        assert _names(csl, "editor") == [("Ruiz", "Ana")]
        assert "author" not in csl


def test_a_contributor_with_an_author_role_in_round_brackets_stays_a_contributor() -> None:
    # (negative) '(Author)' in round brackets makes no author of a contributor heading
    text = "River Birds\nContributor: Ruiz, Ana (Author)\nPublisher: Harbour\nYear: 2001\n"
    assert _names(parse_record(text).to_csl(), "contributor") == [("Ruiz", "Ana")]


def test_a_given_name_first_and_a_family_name_ending_like_a_patronymic_is_kept() -> None:
    # (negative) 'Анна Мария Богданович': a known given name first
    text = (
        "Библиотечные фонды малых городов: опыт описания\n"
        "Автор: Анна Мария Богданович, Ольга Игоревна Веснина\nРубрика: Книжное дело\n"
    )
    got = _names(parse_record(text).to_csl())
    assert got[0][0] == "Богданович"


# --- an organisation glued to a byline's last name ------------------------------------


def test_an_institute_acronym_glued_after_the_last_name_is_cut() -> None:
    text = (
        "Tutkijan opas\n\nAino Lehtola,\n\nPaavo Sarkka & Ilona Vesterinen KTT Tietopalvelu\n\n"
        "Valtion tutkimuslaitos Oulu 2001\n"
    )
    got = _names(parse_record(text).to_csl())
    assert got[-1] == ("Vesterinen", "Ilona")


def test_a_family_name_in_capitals_is_no_glued_acronym() -> None:
    # (negative) 'Serge Frédéric NKOLO ABANDA': capitals, then capitals, no cut
    text = (
        "Notes on River Birds of the North\nSerge Frédéric NKOLO ABANDA\n\n"
        "The birds of the north move in spring along the rivers and lakes.\n"
    )
    assert _names(parse_record(text).to_csl()) == [("NKOLO ABANDA", "Serge Frédéric")]


def test_a_lone_name_with_its_bodys_acronym_is_no_byline() -> None:
    # (negative, s16 review #16) a staff card under a news heading: 'Name ACRONYM Word' on a
    # line of its own, with no author word and no list of names, is its subject, no author
    text = (
        "Team news\nJonas Berg HTW Reserve\nNew warden for the heath\n"
        "Jonas came to the reserve in 2016 and has counted its nightjars every summer since.\n"
        "4 June 2022\n"
    )
    assert "author" not in parse_record(text).to_csl()


def test_a_papers_code_glued_to_its_title_is_no_name() -> None:
    text = (
        "Subject: Working Papers of the Week\n\nWP20931 Harbours and Inland Trade\n\n"
        "Date of Publication: May 2021\n"
    )
    assert "author" not in parse_record(text).to_csl()


def test_names_with_affiliation_marks_of_three_digits_stay_names() -> None:
    # (negative) 'Ruiz12': an affiliation mark, no code
    text = (
        "Harbours and Inland Trade in the Early Modern Baltic\nAna Ruiz12, Marta Quill3\n\n"
        "The harbours of the Baltic traded inland along the rivers for centuries.\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Ruiz", "Ana"), ("Quill", "Marta")]
