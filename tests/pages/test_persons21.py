"""Persons in shapes of session 21 (every case invented): a half-title line that joins the
title to its editors before their mark, a catalogue's contributor list with each name's role
in brackets, a shop's byline in other languages (its author word, its role words), a name a
shop prints family name first, and a shop's menu entry with an editors' possessive."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.byline_text import _without_byline_word
from comet.page.evidence import _Page
from comet.page.front_editors import _names_before
from comet.page.name_runs import _column, paired_run
from comet.page.title_tail_names import _before_stop, _marked_run
from comet.text._words import closed_class

HALF_TITLE = (
    "Lecture Notes in Fen Science 1234\n\n{editors}\n\n"
    "Third International Workshop, FENREED 2001\nOslo, Norway, November 16-17, 2001\nProceedings\n"
)


def _names(rec: object, role: str) -> list[str]:
    csl = rec.to_csl()  # type: ignore[attr-defined]
    keys = ("given", "non-dropping-particle", "family")
    return [" ".join(p[k] for k in keys if p.get(k)) for p in csl.get(role, [])]


@pytest.mark.parametrize(
    "line",
    ["Wetland Birds Mia Berg Lars Dahl (Eds.)", "Reed Beds Ingrid Holm Nora Vik Editors"],
)
def test_title_words_before_a_half_titles_editors_are_no_editor(line: str) -> None:
    editors = _names(parse_record(HALF_TITLE.format(editors=line)), "editor")
    assert len(editors) == 2
    assert not any(w in " ".join(editors) for w in ("Wetland", "Birds", "Reed", "Beds"))


def test_editors_whose_given_names_no_lexicon_knows_stay() -> None:
    # near miss: not every name after the first is vouched for, so none is dropped
    fw = closed_class(_loc.all_rules())
    names = _names_before(["Ojas", "Pai", "Ulvi", "Tarn", "Mia", "Berg"], fw)
    assert [p.family for p in names] == ["Pai", "Tarn", "Berg"]


def test_an_editors_possessive_is_no_editors_mark() -> None:
    # near miss: a shop's menu 'Editors' Choice' after its other entries names no editor
    rec = parse_record(
        HALF_TITLE.format(editors="Children's Books Calendars Amazon Editors' Choice")
    )
    assert _names(rec, "editor") == []


CATALOGUE = "Titel: Seevögel der Ostsee\nBeteiligt: {value}\nVerlag: Muster Verlag\nJahr: 2019\n"


def test_each_bracketed_role_applies_to_its_own_name() -> None:
    rec = parse_record(CATALOGUE.format(value="Berg, Mia [Hrsg.]; Dahl, Lars [Ill.]"))
    assert _names(rec, "editor") == ["Mia Berg"]
    assert _names(rec, "illustrator") == ["Lars Dahl"]


def test_one_role_after_the_list_keeps_applying_to_all() -> None:
    # near miss: no bracket before the semicolon, the last name's role is the list's
    rec = parse_record(CATALOGUE.format(value="Berg, Mia; Dahl, Lars [Hrsg.]"))
    assert _names(rec, "editor") == ["Mia Berg", "Lars Dahl"]


SHOP = "Home\nBooks\nBasket\nAccount\n{title}\n{byline}\n4,5 / 5\n"


@pytest.mark.parametrize(
    ("title", "byline"),
    [
        (
            "Seevögel der Ostsee Taschenbuch – 3. März 2010",
            "von Mia Berg (Autor), Lars Dahl (Illustrator)",
        ),
        (
            "Uccelli di palude Copertina flessibile – 3 marzo 2010",
            "di Mia Berg (Autore), Lars Dahl (Illustratore)",
        ),
        (
            "Aves del humedal Tapa blanda – 3 marzo 2010",
            "de Mia Berg (Autor), Lars Dahl (Ilustrador)",
        ),
        (
            "Les Marais du Nord Broché – 3 mars 2010",
            "de Mia Berg (Auteur), Lars Dahl (Illustrations)",
        ),
        (
            "Vogels van het wad Paperback – 3 maart 2010",
            "door Mia Berg (Auteur), Lars Dahl (Illustrator)",
        ),
        (
            "The Tidewater Atlas: Mia Berg & Lars Dahl Paperback – 12 Jan. 2017",
            "by Mia Berg (Author), Lars Dahl (Illustrator)",
        ),
    ],
)
def test_a_shops_byline_word_is_no_part_of_the_name(title: str, byline: str) -> None:
    rec = parse_record(SHOP.format(title=title, byline=byline))
    assert _names(rec, "author") == ["Mia Berg"]
    assert _names(rec, "illustrator") == ["Lars Dahl"]


def test_a_shops_byline_far_down_under_its_title() -> None:
    menus = "\n".join(f"Menu entry {n}" for n in range(40))
    rec = parse_record(
        f"{menus}\nThe Tidewater Atlas Paperback – 12 Jan. 2017\n"
        "by Mia Berg (Author), Lars Dahl (Author)\n4.3 out of 5 stars\n"
    )
    assert _names(rec, "author") == ["Mia Berg", "Lars Dahl"]


def test_a_name_printed_family_first_and_given_first_elsewhere() -> None:
    page = SHOP.format(
        title="Les Marais du Nord Broché – 3 mars 2010",
        byline="de Berg Mia (Auteur), Dahl Lars (Illustrations)",
    )
    rec = parse_record(page + "\nÀ propos de l'auteur\nMia Berg\nLars Dahl\n")
    assert _names(rec, "author") == ["Mia Berg"]
    assert _names(rec, "illustrator") == ["Lars Dahl"]


def test_a_family_first_name_needs_the_other_order_on_the_page() -> None:
    # near miss: the page never prints 'Mia Berg', so 'Berg Mia' stays as the parser reads it
    page = SHOP.format(
        title="Les Marais du Nord Broché – 3 mars 2010", byline="de Berg Mia (Auteur)"
    )
    assert _names(parse_record(page), "author") == ["Berg Mia"]


def test_a_labelled_run_of_names_with_nothing_between_them_is_read_in_pairs() -> None:
    rec = parse_record(
        "Reed bed metabolism scripts\n\nAuthors:\tSandra Quell Henry Tamsk\n"
        "Resource type:\tComposite Resource\nCreated:\tMay 3, 2016\n"
    )
    assert _names(rec, "author") == ["Sandra Quell", "Henry Tamsk"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sandra Quell Henry Tamsk", ["Quell", "Tamsk"]),
        ("Anna Lind Maria Berg Peter Holm", ["Lind", "Berg", "Holm"]),
        ("Mary Ann Louise Smith", None),  # one person's two given and two family names
        ("Anna Quell Anna Quell", None),  # one name printed twice
        ("Quell Anna Tamsk Henry", None),  # no known given name first
        ("Sandra Quell Henry", None),  # an odd number of words
    ],
)
def test_paired_run(text: str, want: list[str] | None) -> None:
    got = paired_run(text)
    assert (None if got is None else [p.family for p in got]) == want


def test_names_after_the_title_on_a_transcripts_line_end_at_the_institution() -> None:
    title = "Counting Warblers in the Northern Reed Beds"
    rec = parse_record(
        f"{title}\n\nDownload\n\nTranscription\n\n"
        f"2 {title} Sandra Quell University of Fenmark and Reed Institute Paper No. 12 "
        "Any opinions expressed here are those of the author and not those of the institute.\n"
    )
    assert _names(rec, "author") == ["Sandra Quell"]


@pytest.mark.parametrize(
    ("rest", "want"),
    [
        ("Ana Ruiz Paperback", "Ana Ruiz"),
        ("Ana Ruiz University of Fenmark", "Ana Ruiz"),
        ("Ana Ruiz, Ida Moe July", "Ana Ruiz, Ida Moe"),
        ("Ana Ruiz, Ida Moe", "Ana Ruiz, Ida Moe"),  # near miss: nothing to cut
        ("June Moe", "June Moe"),  # near miss: a month's word opening the names is a name's
    ],
)
def test_names_after_a_title_end_at_a_word_no_name_holds(rest: str, want: str) -> None:
    page = _Page.__new__(_Page)
    page.rules = _loc.all_rules()
    assert _before_stop(rest, page) == want


COVER = (
    "Universidade Federal de Fenlândia\n\nCentro de Informática\n\n"
    "Um estudo das aves do pântano do norte\n\nAna Beatriz Lima de Sousa Reis\n\n"
    "Dissertação submetida à Coordenação do Curso de Pós-Graduação em Informática.\n\n"
    "Fenlândia, Brasil\n\n{copyright}\n"
)


def test_a_long_name_alone_on_a_cover_and_printed_again_is_the_author() -> None:
    rec = parse_record(
        COVER.format(copyright="©Ana Beatriz Lima de Sousa Reis, 12 de maio de 2015")
    )
    assert _names(rec, "author") == ["Ana Beatriz Lima de Sousa Reis"]


def test_a_long_name_printed_once_and_unmarked_is_not_read() -> None:
    # near miss: six words in title case with a particle, printed once, are no name here
    rec = parse_record(COVER.format(copyright="Licença Creative Commons 3.0"))
    assert _names(rec, "author") != ["Ana Beatriz Lima de Sousa Reis"]


def test_a_signed_line_with_a_name_hyphen_broken_before_a_space() -> None:
    rec = parse_record(
        "par Ana Ruiz- Moe sous la direction de Paul Moreau - Lyon, École normale supérieure\n\n"
        "Thèse de doctorat en Biologie\n"
    )
    assert [p["family"] for p in rec.to_csl()["author"]] == ["Ruiz-Moe"]


def test_a_signed_line_that_goes_on_as_a_sentence_names_no_one() -> None:
    # near miss: after the author word, the name's words run into a sentence
    rec = parse_record("by Ana Ruiz- Moe and the whole team of volunteers\n\nThe marsh diary\n")
    assert rec.to_csl().get("author") in (None, [])


@pytest.mark.parametrize("given", ["Rana", "Khaled", "Hiba"])
def test_common_arabic_given_names_in_latin_script_vouch_for_a_bare_byline(given: str) -> None:
    page = (
        "Home » Kitaplar » Sulak Kuşları\n\nSulak Kuşları\n\n"
        f"{given} Tamsk\nFEN YAYINCILIK\n"
        "Kuşlar hakkında uzun bir tanıtım yazısı burada duruyor ve kitabın konusunu anlatıyor.\n"
    )
    assert _names(parse_record(page), "author") == [f"{given} Tamsk"]


def test_an_unknown_given_name_on_a_bare_line_is_still_no_byline() -> None:
    # near miss: a capitalised pair under the title whose first word no lexicon knows
    page = (
        "Home » Kitaplar » Sulak Kuşları\n\nSulak Kuşları\n\nQorvu Tamsk\nFEN YAYINCILIK\n"
        "Kuşlar hakkında uzun bir tanıtım yazısı burada duruyor ve kitabın konusunu anlatıyor.\n"
    )
    assert _names(parse_record(page), "author") == []


def test_one_editor_after_a_half_titles_title_words() -> None:
    rec = parse_record(HALF_TITLE.format(editors="Wetland Birds Mia Berg (Ed.)"))
    assert _names(rec, "editor") == ["Mia Berg"]


@pytest.mark.parametrize(
    "value",
    [
        "Beteiligt: Berg, Mia [Hrsg.], Dahl, Lars [Ill.]",
        "Beteiligte Personen: Berg, Mia [Hrsg.] ; Dahl, Lars [Illustrator]",
    ],
)
def test_bracketed_roles_after_commas_or_spaced_semicolons(value: str) -> None:
    page = f"Titel: Seevögel der Ostsee\n{value}\nVerlag: Muster Verlag\nJahr: 2019\n"
    rec = parse_record(page)
    assert _names(rec, "editor") == ["Mia Berg"]
    assert _names(rec, "illustrator") == ["Lars Dahl"]


def test_an_author_labels_name_in_another_role_is_no_author() -> None:
    page = (
        "Titel: Seevögel der Ostsee\nVerfasser: Berg, Mia [Verfasser]; Dahl, Lars [Illustrator]\n"
        "Verlag: Muster Verlag\nJahr: 2019\n"
    )
    rec = parse_record(page)
    assert _names(rec, "author") == ["Mia Berg"]
    assert _names(rec, "illustrator") == ["Lars Dahl"]


@pytest.mark.parametrize("by", ["Yazan: Mia Berg", "Yazar: Mia Berg"])
def test_a_turkish_shops_author_word(by: str) -> None:
    page = (
        "Ana Sayfa\nKitaplar\nSepetim\n\nSulak Kuşları\n"
        f"{by}\nKarton Kapak\n120,00 TL\nSepete Ekle\n"
        "Kıyı kuşları ve sazlıktaki yuvaları üzerine, bütün okurlar için yazılmış bir kitap.\n"
    )
    assert _names(parse_record(page), "author") == ["Mia Berg"]


def test_a_cover_column_of_names_with_two_run_together() -> None:
    page = (
        "Fenmark University\n\nReed Warblers and Sound Maps of the Northern Fens\n\n"
        "Marcus Bernhard Daniel Quell\nJoakim Tamsk\nLinus Vell\n\n"
        "Bachelor of Science Thesis in Fen Science\nDepartment of Fen Science\nFenmark, June 2014\n"
    )
    rec = parse_record(page)
    assert [p["family"] for p in rec.to_csl()["author"]] == ["Bernhard", "Quell", "Tamsk", "Vell"]


def test_a_column_of_names_with_two_run_together_on_one_line() -> None:
    got = _column("Marcus Bernhard Daniel Quell\nJoakim Tamsk\nLinus Vell")
    assert got is not None
    assert [p.family for p in got] == ["Bernhard", "Quell", "Tamsk", "Vell"]


@pytest.mark.parametrize(
    "text",
    [
        "Marcus Quell Qorvu Tamsk\nJoakim Tamsk\nLinus Vell",  # a pair opened by no given name
        "Marcus Bernhard Daniel Quell\nJoakim Tamsk Vell Orm Pella\nLinus",  # no column of pairs
        "Joakim Tamsk\nLinus Vell",  # nothing run together
    ],
)
def test_a_column_of_names_is_left_as_read(text: str) -> None:
    assert _column(text) is None


TRANSCRIPT = (
    "Counting Reed Warblers by Their Songs · counted over three summers, (2) compared with...\n\n6\n\n"
    "{line}\n\nThis page was uploaded by a reader.\n"
)


def test_marked_names_after_the_title_inside_a_transcripts_line() -> None:
    line = (
        "Proceedings of the 4th Fen Workshop, pages 21–26 Oslo, Norway, May 3, 2019. "
        "c 2019 Fen Society 21 Counting Reed Warblers by Their Songs Ana Quell 1 , "
        "Ida Tamsk2 , and Eva Vellmo 1 1 Fen Institute, 2 Marsh University Abstract We count"
    )
    rec = parse_record(TRANSCRIPT.format(line=line))
    assert [p["family"] for p in rec.to_csl()["author"]] == ["Quell", "Tamsk", "Vellmo"]


@pytest.mark.parametrize(
    "line",
    [
        # near misses: the title's words inside a sentence; one name only after the title
        "We read Counting Reed Warblers by Their Songs Ana Quell , Ida Tamsk and others",
        "Fen Society 21 Counting Reed Warblers by Their Songs Ana Quell 1 Fen Institute",
    ],
)
def test_names_after_a_title_inside_a_line_need_a_page_header_and_a_list(line: str) -> None:
    rec = parse_record(TRANSCRIPT.format(line=line))
    assert [p["family"] for p in rec.to_csl().get("author", [])] != ["Quell", "Tamsk"]
    assert _marked_run("Ana Quell 1 Fen Institute", _all_rules_page()) == ""


def _all_rules_page() -> _Page:
    page = _Page.__new__(_Page)
    page.rules = _loc.all_rules()
    return page


def test_the_titles_words_before_unvouched_editors_are_no_editor() -> None:
    page = "Wetland Birds\n\nWetland Birds Ojas Pai Ulvi Tarn (Eds.)\n\nFen Press 2021\n"
    assert _names(parse_record(page), "editor") == ["Ojas Pai", "Ulvi Tarn"]


def test_editors_whose_words_are_not_the_titles_stay() -> None:
    # near miss: the first name's words are not the title's
    page = "Reed Ecology\n\nQorvu Tamsk Ojas Pai Ulvi Tarn (Eds.)\n\nFen Press 2021\n"
    assert _names(parse_record(page), "editor") == ["Qorvu Tamsk", "Ojas Pai", "Ulvi Tarn"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("de Ana de la Cruz", "Ana de la Cruz"),
        ("von Jens van der Vell", "Jens van der Vell"),
        ("von der Vell", "von der Vell"),  # near miss: a particle opens the family name
        ("de la Cruz", "de la Cruz"),
        ("de Ana de la", "de Ana de la"),  # near miss: no family name after the particles
    ],
)
def test_a_byline_word_before_a_name_with_particles(text: str, want: str) -> None:
    assert _without_byline_word(text, _loc.all_rules()) == want
