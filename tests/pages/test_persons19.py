"""Persons printed but not read (session 19, ``persons19``): the layouts where the names sit
(a `;` list of inverted names, a label's list with an interface word as a family name, a
long Romance name with its affiliation mark, an author block with a long affiliation
line). Invented pages in the shapes of real ones (other names, titles and words)."""

from __future__ import annotations

from comet import parse_names, parse_record


def _names(csl: dict, role: str = "author") -> list[tuple[str, str]]:
    return [(p.get("family", ""), p.get("given", "")) for p in csl.get(role, [])]


PROSE = (
    "This study describes how public libraries in small towns changed their reading "
    "programmes for children over the last twenty years, and what the staff learned from "
    "the families who took part in them. "
) * 4


# --- a `;` list of names in `Family, Given` order ----------------------------------------


def test_a_semicolon_list_of_inverted_names_keeps_two_word_family_names() -> None:
    names = parse_names("Teixeira, Ana Maria; Prado Leite, João Pedro")
    assert [(p.family, p.given) for p in names] == [
        ("Teixeira", "Ana Maria"),
        ("Prado Leite", "João Pedro"),
    ]


def test_a_semicolon_list_of_inverted_names_with_unknown_given_names() -> None:
    names = parse_names("Ochoa Verdugo, Yeison Andrés; Quintero Mesa, Luis")
    assert [(p.family, p.given) for p in names] == [
        ("Ochoa Verdugo", "Yeison Andrés"),
        ("Quintero Mesa", "Luis"),
    ]


def test_semicolon_groups_of_given_first_names_stay_four_people() -> None:
    # (negative) each part a pair of names given first: no 'Family, Given' pairs
    names = parse_names("Ana Ruiz, Ida Moe; Per Berg, Eva Lund")
    assert [p.family for p in names] == ["Ruiz", "Moe", "Berg", "Lund"]


def test_an_mla_list_with_commas_only_is_unchanged() -> None:
    # (negative) 'Smith, John, and Ana Ruiz': the first name inverted, the rest given first
    names = parse_names("Holt, Marcus, and Ana Ruiz")
    assert [(p.family, p.given) for p in names] == [("Holt", "Marcus"), ("Ruiz", "Ana")]


# --- an interface word that is a family name under an author label -----------------------


def test_an_author_label_whose_list_holds_a_family_name_that_is_an_interface_word() -> None:
    text = (
        "DP20991 Harbour Towns and the Rise of Public Reading\n"
        "Author(s): Helena Marsh, Andreas Link, Tomas Weller\n"
        "Date of Publication: March 2021\n"
        "Abstract: " + PROSE + "\n"
    )
    assert [f for f, _ in _names(parse_record(text).to_csl())] == ["Marsh", "Link", "Weller"]


def test_an_author_label_over_interface_words_names_no_one() -> None:
    # (negative) a search form's labels: 'Author: Share Link' is no person
    text = (
        "Harbour Towns and the Rise of Public Reading\n"
        "Author: Share Link\n"
        "Abstract: " + PROSE + "\n"
    )
    assert "author" not in parse_record(text).to_csl()


# --- a long Romance name with its affiliation mark, one name a line ------------------------


def test_a_byline_one_name_a_line_reads_a_long_name_with_its_affiliation_mark() -> None:
    text = (
        "Revista de Saúde Coletiva\n"
        "Hábitos de leitura de escolares: um estudo em três cidades\n"
        "Mariana Lopes-Vieira1\n"
        "Cláudio Mendes2\n"
        "José R. Da Costa Vila Nova3\n"
        "Teresa Do Carmo-Luz Prado4\n"
        "1 Universidade Federal do Ceará, Fortaleza, Brasil\n"
        "Resumo\n" + PROSE + "\n"
    )
    got = _names(parse_record(text).to_csl())
    assert len(got) == 4 and got[2][1].startswith("José R.") and got[3][0].endswith("Prado")


def test_a_long_title_line_shaped_as_a_name_is_no_author() -> None:
    # (negative) a heading of six title-case words opening with a given name, with a
    # particle, but no affiliation mark: a title, not a name
    text = "Maria Da Fonte Na Memória Popular\nAna Ruiz\nResumo\n" + PROSE + "\n"
    assert _names(parse_record(text).to_csl()) == [("Ruiz", "Ana")]


# --- an author block with a long affiliation line between two names ------------------------


def test_author_blocks_with_a_long_affiliation_line_keep_every_name() -> None:
    text = (
        "Informační služby knihoven v malých obcích\n"
        "Mgr. Petra Novotná,\n"
        "Ústav informačních studií a knihovnictví FF UK v Praze\n"
        "novotna@example.cz\n"
        "Mgr. Jana Horká,\n"
        "Katedra informačních studií a knihovnictví FF UK v Praze a Slezská univerzita v Opavě\n"
        "horka@example.cz\n"
        "PhDr. Eva Malá,\n"
        "Technická univerzita v Liberci\n"
        "mala@example.cz\n"
        "1 Úvod\n"
        "Každá knihovna, která začíná s informačním vzděláváním, hledá vzory a zkušenosti "
        "jiných knihoven, aby mohla nabídnout služby svým čtenářům a obcím v okolí.\n"
    )
    assert [f for f, _ in _names(parse_record(text).to_csl())] == ["Novotná", "Horká", "Malá"]


def test_a_long_sentence_with_an_organisation_word_ends_the_byline() -> None:
    # (negative) a sentence of prose about a university after the byline is no affiliation
    text = (
        "Reading Rooms in Small Harbour Towns\n"
        "Helena Marsh\n"
        "The university library of the town opened its reading room to every family in "
        "the district after the war and kept it open every day of the week.\n"
        "Tomas Weller\n" + PROSE + "\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Marsh", "Helena")]


# --- common given names of more languages (a bare one-name byline) -------------------------


def test_a_bare_byline_with_a_greek_given_name_is_the_author() -> None:
    text = "Reading Rooms in Small Harbour Towns\nPanagiotis Lemonidis\n" + PROSE + "\n"
    assert _names(parse_record(text).to_csl()) == [("Lemonidis", "Panagiotis")]


def test_a_bare_byline_with_a_hungarian_given_name_is_the_author() -> None:
    text = "Reading Rooms in Small Harbour Towns\nZsófia Szalai\n" + PROSE + "\n"
    assert _names(parse_record(text).to_csl()) == [("Szalai", "Zsófia")]


def test_a_university_named_after_a_person_under_a_title_is_no_author() -> None:
    # (negative) a known given name opening a body's name: no person
    text = "Reading Rooms in Small Harbour Towns\nVytautas Magnus University\n" + PROSE + "\n"
    assert "author" not in parse_record(text).to_csl()


def test_an_audio_button_row_under_a_byline_is_no_second_name() -> None:
    # 'Lesen Hören' (read, listen) under the writer's name: interface, no person
    text = (
        "Die Bibliothek am Hafen\n"
        "12.03.2024\n"
        "Panagiotis Lemonidis\n"
        "Lesen Hören\n"
        "Die Bibliothek am Hafen hat ihren Lesesaal nach dem Umbau wieder geöffnet, und viele "
        "Familien aus dem Viertel kommen jeden Tag, um dort zu lesen und zu lernen.\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Lemonidis", "Panagiotis")]


# --- a shop's contributor row under its label; initials glued to a family name in capitals --


def test_a_shop_contributor_row_names_the_author_not_the_illustrator() -> None:
    text = (
        "Harbour Lights: A History in Twelve Maps\n"
        "Hardback\n"
        "Authors and Contributors      By (author) Rowan Tesler, By (illustrator) Mia Corde\n"
        "Format: Hardback\n"
        "Pages: 288\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Tesler", "Rowan")]


def test_a_shop_row_of_an_editor_alone_names_no_author() -> None:
    # (negative) the role in brackets is another's: no author from the row
    text = (
        "Harbour Lights: A History in Twelve Maps\n"
        "Hardback\n"
        "Authors and Contributors      Edited by (editor) Mia Corde\n"
        "Format: Hardback\n"
    )
    assert ("Corde", "Mia") not in _names(parse_record(text).to_csl())


def test_initials_glued_to_a_family_name_in_capitals_are_split() -> None:
    names = parse_names("G.CARDONA, M. ORTIZ")
    assert [(p.family, p.given) for p in names] == [("CARDONA", "G."), ("ORTIZ", "M.")]


def test_a_company_of_two_capitals_after_an_initial_stays_whole() -> None:
    # (negative) 'E.ON': no initial and a family name
    assert [p.literal for p in parse_names("E.ON")] == ["E.ON"]


# --- bylines with ORCID links, bracketed affiliations; an inverted name by the lexicon ------

ABSTRACT = "Abstract\n" + PROSE + "\n"


def test_affiliations_in_brackets_after_each_name_are_left_out() -> None:
    text = (
        "Reading Rooms in Small Harbour Towns\n"
        "Helena Marsh (University of Tarma), Tomas Weller (Lakeside College)\n" + ABSTRACT
    )
    assert _names(parse_record(text).to_csl()) == [("Marsh", "Helena"), ("Weller", "Tomas")]


def test_a_nickname_in_brackets_is_no_affiliation() -> None:
    # (negative) a bracket without an organisation's word stays with the name
    names = parse_record(
        "Reading Rooms in Small Harbour Towns\nRobert (Bob) Marsh\n" + ABSTRACT
    ).to_csl()["author"]
    assert names[0]["family"] == "Marsh"


def test_one_inverted_name_with_two_family_and_two_given_names_under_the_title() -> None:
    text = "Reading Rooms in Small Harbour Towns\nQuintero Mesa, Luis Alberto\n" + ABSTRACT
    assert _names(parse_record(text).to_csl()) == [("Quintero Mesa", "Luis Alberto")]


def test_an_inverted_name_under_an_author_label_on_any_page() -> None:
    text = (
        "Reading Rooms in Small Harbour Towns\n"
        "Autores:\nOchoa Verdugo, Juan Carlos\n"
        "Tipo de recurso:\nInforme\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Ochoa Verdugo", "Juan Carlos")]


def test_two_given_first_names_parted_by_a_comma_stay_two() -> None:
    # (negative) the part before the comma opens with a known given name, or the part
    # after it holds a word that is no given name
    for line, families in (
        ("Helena Marsh, Tomas Weller", ["Marsh", "Weller"]),
        ("Quell Torvin, Maria Holm", ["Torvin", "Holm"]),
    ):
        text = "Reading Rooms in Small Harbour Towns\n" + line + "\n" + ABSTRACT
        assert [f for f, _ in _names(parse_record(text).to_csl())] == families, line


# --- et al., each name with its role in brackets, a given name that is a function word ------


def test_a_byline_cut_short_by_et_al_names_its_first_authors() -> None:
    for tail in (" et al.", ", et al.", " и др."):
        text = "Reading Rooms in Small Harbour Towns\nHelena Marsh, Tomas Weller" + tail
        text += "\n" + ABSTRACT
        assert [f for f, _ in _names(parse_record(text).to_csl())] == ["Marsh", "Weller"], tail


def test_et_al_after_a_heading_makes_no_byline() -> None:
    # (negative) lower-case words before 'et al.' are no names
    text = "Reading Rooms in Small Harbour Towns\nreading rooms et al.\n" + ABSTRACT
    assert "author" not in parse_record(text).to_csl()


def test_each_name_with_its_role_in_brackets_names_the_authors_only() -> None:
    text = (
        "Harbour Lights: A History in Twelve Maps\n"
        "Helena Marsh (Author), Tomas Weller (Illustrator)\n"
        "Hardback | 288 pages\n"
    )
    csl = parse_record(text).to_csl()
    assert _names(csl) == [("Marsh", "Helena")]
    assert _names(csl, "illustrator") == [("Weller", "Tomas")]


def test_brackets_of_places_after_names_are_no_roles() -> None:
    # (negative) no author word in any bracket: no line of roles
    from comet import locales
    from comet.page.role_lines import authors_of_roles

    rules = locales.all_rules()
    assert authors_of_roles("Helena Marsh (Oslo), Tomas Weller (Bergen)", rules) is None
    assert authors_of_roles("Helena Marsh (Author)", rules) is None


def test_a_known_given_name_that_is_a_function_word_in_a_list() -> None:
    text = "Reading Rooms in Small Harbour Towns\nPer Lundqvist and Helena Marsh\n" + ABSTRACT
    assert _names(parse_record(text).to_csl()) == [("Lundqvist", "Per"), ("Marsh", "Helena")]


def test_a_function_word_line_alone_is_no_name() -> None:
    # (negative) one 'name' alone whose given name is a function word: a heading
    text = "Reading Rooms in Small Harbour Towns\nPer Annum\n" + ABSTRACT
    assert "author" not in parse_record(text).to_csl()


# --- degrees after names; a family name in capitals first ---------------------------------


def test_degrees_in_capitals_after_names_are_no_family_names() -> None:
    text = "Reading Rooms in Small Harbour Towns\nAna Ruiz, PhD, and Helena Marsh, MLS\n" + ABSTRACT
    assert _names(parse_record(text).to_csl()) == [("Ruiz", "Ana"), ("Marsh", "Helena")]


def test_one_name_family_first_in_capitals_under_the_title() -> None:
    text = "Reading Rooms in Small Harbour Towns\nMARSH Helena\n" + ABSTRACT
    assert _names(parse_record(text).to_csl()) == [("MARSH", "Helena")]


def test_a_heading_in_capitals_and_a_word_is_no_name() -> None:
    # (negative) capitals then a word that is no known given name
    for line in ("NEWS Today", "UN Women"):
        text = "Reading Rooms in Small Harbour Towns\n" + line + "\n" + ABSTRACT
        assert "author" not in parse_record(text).to_csl(), line


# --- from review19 --------------------------------------------------------------------------


def test_a_share_button_after_a_two_word_name_is_no_family_name() -> None:
    # (negative) 'Jane Austen Share': a family name before the interface word
    for label, line in (("Author", "Tessa Lund Share"), ("Autor", "Hanna Berg Teilen")):
        text = "Bookshop\nThe River Path\n" + label + ": " + line + "\nPaperback\n"
        names = _names(parse_record(text).to_csl())
        assert all(f not in ("Share", "Teilen") for f, _ in names), line


def test_the_uploader_of_a_shared_document_is_no_author() -> None:
    # (negative) a document-sharing site's uploader under its notice
    text = (
        "Document library\nHarbour wall inspection notes\nUploaded by\nPriya Raman\n"
        "Views: 120\nDownload PDF\n"
    )
    assert "author" not in parse_record(text).to_csl()


def test_a_staff_list_with_orcid_links_names_no_author() -> None:
    # (negative) job titles under names with ORCID links: no byline
    text = (
        "Our people\nResearch staff\nDr Helen Park https://orcid.org/0000-0002-1111-2222\n"
        "Research Fellow, Soil Science\nDr Omar Said https://orcid.org/0000-0003-3333-4444\n"
        "Lecturer, Hydrology\nContact the department office\n"
    )
    assert "author" not in parse_record(text).to_csl()
