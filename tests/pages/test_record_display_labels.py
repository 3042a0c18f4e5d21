"""Record-display labels of catalogue and repository systems (labels26): the labels an OPAC,
a repository's item page or a journal system prints in many languages, each read for its
field; the names under a person's label in a script without case (a label alone on its line
over its value, readings and affiliations in brackets, Japanese name headings); and the
near misses that stay no label (a date under 'Erschienen', a work's title under
'Publication', a cover's type word, a table's source line). Every page is invented."""

from __future__ import annotations

import pytest

from comet import parse_record


def _csl(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


def _families(csl: dict[str, object]) -> list[tuple[str | None, str | None]]:
    return [(p.get("family"), p.get("given")) for p in csl.get("author") or []]  # type: ignore[union-attr]


# --- persons under a label, caseless scripts -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label alone on its line over one unspaced name (Korean, Chinese, Japanese)
        ("하천 교통의 역사\n저자\n김철수\n발행기관: 강변출판사\n", [("김", "철수")]),
        ("长江航运史研究\n作者\n王晓明\n出版社：江岸出版社\n", [("王", "晓明")]),
        ("河川交通の歴史的研究\n著者\n山田太郎\n出版者: 川辺書房\n", [("山田", "太郎")]),
        # Han names apart by spaces alone: two persons, never one family and one given name
        (
            "长江航运史研究\n作者：王晓明 李红梅\n出版社：江岸出版社\n",
            [("王", "晓明"), ("李", "红梅")],
        ),
        # a Japanese catalogue's name headings (family, given) apart by semicolons
        (
            "河川交通の歴史的研究\n著者: 山田, 太郎 ; 佐藤, 花子\n出版者: 川辺書房\n",
            [("山田", "太郎"), ("佐藤", "花子")],
        ),
        ("河川交通の歴史\n著者: 佐藤, 花子, 1950-\n出版者: 川辺書房\n", [("佐藤", "花子")]),
        # a reading or an affiliation in brackets after the name
        (
            "河川交通の歴史的研究\n著者: 山田 太郎 (ヤマダ タロウ)\n出版者: 川辺書房\n",
            [("山田", "太郎")],
        ),
        ("长江航运史研究\n作者：王晓明（江岸大学）\n出版社：江岸出版社\n", [("王", "晓明")]),
    ],
)
def test_caseless_names_under_a_label(text: str, expected: list[tuple[str, str]]) -> None:
    assert _families(_csl(text)) == expected


def test_two_chinese_names_apart_by_a_comma_stay_two() -> None:
    # near miss of the Japanese heading: no Japanese family name opens it
    csl = _csl("长江航运史研究\n作者：王明, 李华\n出版社：江岸出版社\n")
    assert _families(csl) == [("王", "明"), ("李", "华")]


def test_caseless_label_alone_over_a_number_reads_no_name() -> None:
    # near miss: the line under the label alone is a number, no name
    csl = _csl("하천 교통의 역사\n저자\n2031\n발행기관: 강변출판사\n")
    assert not csl.get("author")


# --- labels of record displays -----------------------------------------------------------------


def test_dspace_item_page_pt() -> None:
    csl = _csl(
        "Rotas fluviais do baixo Tapajós\n"
        "Autor(es): Marques, Helena Duarte\n"
        "Coorientador(a): Vieira, Otávio\n"
        "Data do documento: 2031-03-14\n"
        "Data de disponibilização: 2031-05-02\n"
        "Editora: Universidade do Vale Fluvial\n"
        "Tipo: Dissertação\n"
        "Aparece na coleção: Programa de Pós-Graduação em Geografia\n"
    )
    assert csl.get("issued") == {"date-parts": [[2031, 3, 14]]}
    assert _families(csl) == [("Marques", "Helena Duarte")]


def test_eprints_deposit_date_is_no_issued_date() -> None:
    csl = _csl(
        "Winter roosts of the bearded tit in coastal reed beds\n"
        "Creators: Berg, Ana and Brekke, Ola\n"
        "Item Type: Article\n"
        "Publication: Fen and Marsh Letters\n"
        "Date: 2029\n"
        "Deposit Date: 03 Apr 2031 10:12\n"
        "Divisions: School of Biology\n"
    )
    assert csl.get("issued") == {"date-parts": [[2029]]}


def test_vufind_record_en() -> None:
    csl = _csl(
        "Reed warblers of the northern fens\n"
        "Main Author: Lindqvist, Maja\n"
        "Format: Book\n"
        "Language: English\n"
        "Publisher Info: Marshtown : Fenland Press, 2030.\n"
        "Physical Desc: xii, 214 pages : illustrations ; 24 cm\n"
        "Main Series: Fenland studies ; 12\n"
    )
    assert csl.get("publisher") == "Fenland Press"
    assert _families(csl) == [("Lindqvist", "Maja")]


# --- near misses ---------------------------------------------------------------------------------


def test_erschienen_with_a_date_is_no_publisher() -> None:
    csl = _csl(
        "Pendeln am See: Arbeitswege im Grenzraum\n"
        "Autoren: Lena Fässler, Jonas Ried\n"
        "Herausgeber: Institut für Seenforschung Uferstadt\n"
        "Erschienen: Mai 2030\n"
    )
    assert csl.get("publisher") == "Institut für Seenforschung Uferstadt"
    assert csl.get("issued") == {"date-parts": [[2030, 5]]}


def test_publication_over_a_title_is_no_publisher() -> None:
    csl = _csl(
        "Publication: The Lantern Keepers\n"
        "Authors: Harriet Vole\n"
        "Date: 2031-02-00\n"
        "Publisher: Marsh House\n"
        "Pub. Format: hc\n"
    )
    assert csl.get("publisher") == "Marsh House"


def test_cover_type_word_is_no_thesis_note() -> None:
    csl = _csl(
        "SKRIPSI\n"
        "PEMETAAN LAHAN BASAH DI PESISIR UTARA\n"
        "Diajukan untuk memenuhi sebagian syarat memperoleh gelar Sarjana\n"
        "Oleh:\n"
        "Ratna Kusumadewi\n"
        "NPM: 2031700012\n"
        "PROGRAM STUDI GEOGRAFI\n"
        "UNIVERSITAS PESISIR RAYA\n"
        "2031\n"
    )
    assert str(csl.get("title")).startswith("PEMETAAN LAHAN BASAH DI PESISIR UTARA")
    assert csl.get("issued") == {"date-parts": [[2031]]}


def test_source_under_a_table_is_no_container() -> None:
    csl = _csl(
        "Laporan Tahunan Perikanan Pesisir 2031\n"
        "Penulis: Bayu Santoso\n"
        "Tabel 1. Produksi ikan per desa\n"
        "Sumber: Dinas Kelautan, 2030\n"
    )
    assert "container-title" not in csl


@pytest.mark.parametrize(
    "value",
    ["Лапшин А.С.1, Корнеева О.П.2", "LAPSHIN A.S.1, KORNEEVA O.P.2", "Berg A.1; Lund P.2"],
)
def test_affiliation_marks_glued_to_initials(value: str) -> None:
    csl = _csl(f"Очерки истории судоходства\nАвторы: {value}\nЖурнал: Речной вестник\n")
    assert len(csl.get("author") or []) == 2  # type: ignore[arg-type]


def test_year_after_a_name_is_no_mark() -> None:
    # near miss: four digits after a space are a year, the name stays whole
    from comet.page.label_persons import without_glued_marks

    assert without_glued_marks("Berg, Ana, 2019") == "Berg, Ana, 2019"
    assert without_glued_marks("Berg A.1, Lund P.2") == "Berg A., Lund P."
