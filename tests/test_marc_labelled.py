"""Labelled MARC views (a field heading, then the subfields by name) and UNIMARC records
read as MARC 21: ``comet.page.marc_labelled`` and ``comet.page.marc_unimarc``.

Every page here is hand-written in the shapes catalogues print (Koha's ``opac-MARCdetail``
with name and value on rows of their own or on one row, in MARC 21 and UNIMARC); the names,
titles and publishers are invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.marc_labelled import read_labelled_fields
from comet.page.marc_map import load_map
from comet.page.marc_record import read_marc_view
from comet.page.marc_unimarc import from_unimarc, is_unimarc
from comet.page.marc_view import MarcField, Subfield

#: MARC 21, Koha's table copied with a bar round each cell: name and value on rows of their own
PAIRED = """MARC details
| 000 -LEADER |
| fixed length control field |
00912nam a2200253 i 4500 |
| 008 - FIXED-LENGTH DATA ELEMENTS--GENERAL INFORMATION |
| fixed length control field |
810302s1981 enk b 000 0 eng |
| 020 ## - INTERNATIONAL STANDARD BOOK NUMBER |
| International Standard Book Number |
0851234569 : |
| Terms of availability |
£4.50 |
| 100 1# - MAIN ENTRY--PERSONAL NAME |
| Personal name |
Quarrie, Hester J. |
| 245 10 - TITLE STATEMENT |
| Title |
Parish records : |
| Remainder of title |
keeping, mending & lending / |
| Statement of responsibility, etc. |
by H. J. Quarrie and O. Penhale. |
| 260 ## - PUBLICATION, DISTRIBUTION, ETC. (IMPRINT) |
| Place of publication, distribution, etc. |
Exeter : |
| Name of publisher, distributor, etc. |
Westcountry Press, |
| Date of publication, distribution, etc. |
1981. |
| 300 ## - PHYSICAL DESCRIPTION |
| Extent |
x, 156 p. ; |
| Dimensions |
22 cm. |
| 650 #0 - SUBJECT ADDED ENTRY--TOPICAL TERM |
| Topical term or geographic name entry element |
Church records and registers |
| 700 1# - ADDED ENTRY--PERSONAL NAME |
| Personal name |
Penhale, Oswin, |
| Relator term |
joint author. |
Holdings
Item type Current library Call number Status
Book Main Library 027.6 QUA Available
"""

#: the same shape in a catalogue language whose subfield names comet does not list: the rows
#: are read by their place (first row $a; ISBD punctuation names the next)
PAIRED_UNKNOWN_NAMES = """Detaljer
245 10 - TITELUPPGIFT |
Titel |
Strandängar : |
Övrig titelinformation |
en fälthandbok / |
Upphov |
Lova Brink. |
260 ## - UTGIVNING |
Ort |
Visby : |
Förlag |
Gotlandsförlaget, |
Datum |
2004 |
300 ## - FYSISK BESKRIVNING |
Omfång |
188 s. |
"""

#: UNIMARC (Koha's labelled view) with name and value on one row, Russian names
UNIMARC_INLINE = """Лесные озёра : очерки / Пётр Савин

010 ## - ISBN
Номер ISBN 978-5-7777-0101-4
100 ## - Данные общей обработки
Данные общей обработки 20150310d2011 u y0rusy50 ca
101 0# - Язык документа
Язык текста, звукозаписи и т.д. rus
200 1# - Заглавие и сведения об ответственности
Основное заглавие Лесные озёра
Сведения, относящиеся к заглавию очерки
Первые сведения об ответственности Пётр Савин
210 ## - Публикация, распространение и т. д.
Место издания, распространения и т.д. Вологда
Имя издателя, распространителя и т. д. Северный край
215 ## - Физическая характеристика
Обозначение специфического вида материала и физической характеристики документа или его составных частей 224 с.
700 #1 - Имя лица - первичная ответственность
Начальный элемент ввода Савин
Часть имени, кроме начального элемента ввода Пётр
"""

#: UNIMARC, Portuguese names, name and value on rows of their own
UNIMARC_PAIRED = """000 -Etiqueta do registo |
Cabeçalho |
00701nam a2200241 4500 |
010 ## - Número internacional normalizado dos livros (ISBN) |
Número (ISBN) |
978-972-0-00000-2 |
101 0# - Língua de publicação |
Língua do texto, banda sonora, etc. |
Português |
200 1# - Titulo e menção de responsabilidade |
Título próprio |
Marés do norte |
Informação de outro título |
contos |
210 ## - Publicação, Distribuição, etc. |
Lugar da edição, distribuição, etc. |
Braga |
Nome do editor, distribuidor, etc. |
Edições Ribeira |
Data da publicação, distribuição, etc. |
2009 |
215 ## - Descrição física |
Indicação específica da natureza do documento e extensão da espécie |
141 p. |
225 2# - Coleção |
Título próprio da coleção |
Letras do mar |
700 #1 - Nome de pessoa - Responsabilidade principal |
Palavra de ordem |
Quintela |
Outra parte do nome não tomada para palavra de ordem |
Rosa Maria |
"""


def _csl(text: str) -> dict:
    return parse_record(text).to_csl()


def test_paired_rows_read_by_their_names() -> None:
    fields = {f.tag: f for f in read_labelled_fields(PAIRED)}
    assert fields["245"].get("a").value == "Parish records :"  # type: ignore[union-attr]
    assert fields["245"].get("c").value == "by H. J. Quarrie and O. Penhale."  # type: ignore[union-attr]
    assert fields["020"].get("c").value == "£4.50"  # type: ignore[union-attr]
    assert fields["000"].value == "00912nam a2200253 i 4500 |".rstrip(" |")
    assert (fields["100"].ind1, fields["100"].ind2) == ("1", " ")
    item = _csl(PAIRED)
    assert item["type"] == "book"
    assert item["title"] == "Parish records: keeping, mending & lending"
    # a 700 with the AACR2 relator term "joint author." is a second author
    assert item["author"] == [
        {"family": "Quarrie", "given": "Hester J."},
        {"family": "Penhale", "given": "Oswin"},
    ]
    assert (item["publisher"], item["publisher-place"]) == ("Westcountry Press", "Exeter")
    assert item["issued"] == {"date-parts": [[1981]]}
    assert item["number-of-pages"] == "156"
    assert "0851234569" in item["ISBN"].replace("-", "") or "9780851234564" in item["ISBN"].replace(
        "-", ""
    )


def test_holdings_after_the_last_field_are_not_subfields() -> None:
    fields = read_labelled_fields(PAIRED)
    last = fields[-1]
    assert last.tag == "700"
    assert [s.code for s in last.subfields] == ["a", "e"]
    assert "Available" not in PAIRED[last.span[0] : last.span[1]]


def test_unknown_names_read_by_place_and_isbd_punctuation() -> None:
    fields = {f.tag: f for f in read_labelled_fields(PAIRED_UNKNOWN_NAMES)}
    assert [(s.code, s.value) for s in fields["245"].subfields] == [
        ("a", "Strandängar :"),
        ("b", "en fälthandbok /"),
        ("c", "Lova Brink."),
    ]
    assert [(s.code, s.value) for s in fields["260"].subfields] == [
        ("a", "Visby :"),
        ("b", "Gotlandsförlaget,"),
        ("c", "2004"),
    ]
    assert [s.code for s in fields["300"].subfields] == ["a"]
    item = _csl(PAIRED_UNKNOWN_NAMES)
    assert item["title"] == "Strandängar: en fälthandbok"
    assert (item["publisher"], item["publisher-place"]) == ("Gotlandsförlaget", "Visby")
    assert item["number-of-pages"] == "188"


def test_unimarc_inline_rows_as_marc21() -> None:
    item = _csl(UNIMARC_INLINE)
    assert item["title"] == "Лесные озёра: очерки"
    assert item["publisher"] == "Северный край"
    assert item["publisher-place"] == "Вологда"
    assert item["issued"] == {"date-parts": [[2011]]}  # 100 $a/09-12: no 210 $d
    assert item["language"] == "ru"
    assert item["number-of-pages"] == "224"
    assert item["type"] == "book"  # no leader; an ISBN field
    assert item["author"] == [{"family": "Савин", "given": "Пётр"}]


def test_unimarc_paired_rows_as_marc21() -> None:
    item = _csl(UNIMARC_PAIRED)
    assert item["type"] == "book"
    assert item["title"] == "Marés do norte: contos"
    assert item["author"] == [{"family": "Quintela", "given": "Rosa Maria"}]
    assert (item["publisher"], item["publisher-place"]) == ("Edições Ribeira", "Braga")
    assert item["issued"] == {"date-parts": [[2009]]}
    assert item["number-of-pages"] == "141"
    assert item["collection-title"] == "Letras do mar"
    assert item["language"] == "pt"


def test_crosswalk_only_for_unimarc_records() -> None:
    mm = load_map()
    marc21 = (MarcField("245", "1", "0", (Subfield("a", "Kelp", (0, 4)),)),
              MarcField("200", " ", " ", (Subfield("a", "x", (5, 6)),)))  # fmt: skip
    assert not is_unimarc(marc21, mm)
    assert from_unimarc(marc21, mm) == marc21
    uni = (
        MarcField(
            "200", "1", " ", (Subfield("a", "Kelp", (0, 4)), Subfield("f", "A. Bo", (5, 10)))
        ),
    )
    got = from_unimarc(uni, mm)
    assert [(f.tag, [(s.code, s.value) for s in f.subfields]) for f in got] == [
        ("245", [("a", "Kelp"), ("c", "A. Bo")])
    ]


# -- where it must not fire ---------------------------------------------------------------


def test_numbered_list_is_not_a_labelled_view() -> None:
    text = (
        "Course outline\n100 - Introduction to archives\n200 - Reading old hands\n"
        "245 - Seals and charters\n300 - Final essay\nEach unit runs two weeks.\n"
    )
    assert read_labelled_fields(text) == ()
    assert read_marc_view(text) is None
    assert _csl(text).get("number-of-pages") is None


def test_a_dewey_outline_with_lines_under_each_class_is_no_record() -> None:
    text = (
        "Browse the shelves\n000 - Computer science, information\nGeneral works\n"
        "Encyclopedias and yearbooks\n100 - Philosophy and psychology\nEthics\nLogic\n"
        "200 - Religion\nBibles\nWorld religions\n300 - Social sciences\nLaw\n"
        "Education\n400 - Language\nDictionaries\nGrammar\n"
    )
    assert read_labelled_fields(text) == ()
    assert read_marc_view(text) is None
    assert "title" not in _csl(text) or _csl(text)["title"] != "Bibles"


def test_a_course_list_with_title_and_author_rows_is_no_record() -> None:
    text = (
        "Programme\n100 - Introduction to Library Science\nAuthor\nDr. Ruth Adams\n"
        "200 - Cataloguing and Metadata\nTitle\nCataloguing and Metadata\nAuthor\n"
        "Dr. Omar Pell\n245 - Advanced Classification\nTitle\nAdvanced Classification\n"
        "Publisher\nFaculty of Information\n"
    )
    assert read_labelled_fields(text) == ()
    assert read_marc_view(text) is None


def test_price_lists_and_ranges_are_no_headings() -> None:
    text = (
        "Opening times\n200 1- 4 pm\n978-0-00-000000-2\n245 -\n"
        "Room 101 - Reading room\nRoom 102 - Map room\n"
    )
    assert read_labelled_fields(text) == ()


def test_headings_without_rows_give_no_fields() -> None:
    text = "245 10 - TITLE STATEMENT\n260 ## - PUBLICATION\n300 ## - PHYSICAL DESCRIPTION\n"
    assert read_labelled_fields(text) == ()


def test_a_normal_view_with_a_marc_label_in_a_menu_is_untouched() -> None:
    text = (
        "Normal view MARC view ISBD view\nHarbour lights / Ada Penrose.\nBy: Penrose, Ada\n"
        "Material type: Text\nPublication details: Leeds : Ferry Books, 2012\n"
        "Description: 212 p.\nISBN: 9780000000019\n"
    )
    assert read_labelled_fields(text) == ()
    assert read_marc_view(text) is None
    assert parse_record(text).to_csl()["title"] == "Harbour lights"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("245 10-#|\nTitle:/,.a")), max_size=300))
def test_any_text_never_crashes(text: str) -> None:
    for f in read_labelled_fields(text):
        for s in f.subfields:
            assert 0 <= s.span[0] <= s.span[1] <= len(text)
