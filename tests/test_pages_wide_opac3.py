"""Catalogue record pages of many systems (wide set "opac3"): export views, ISBD lines and
short MARC views. Every case is hand-written in the shapes catalogues print; the titles,
names and publishers are invented.
"""

from __future__ import annotations

import pytest

from comet.formats import bibtex, ris
from comet.page import parse_record


def test_bibtex_edition_is_read_and_written() -> None:
    item = bibtex.loads("@book{7, title = {Salt marsh ecology /}, edition = {3rd ed.}}")[0]
    assert item["edition"] == "3rd ed."
    assert "edition = {3rd ed.}" in bibtex.dumps([item])
    assert "edition" not in bibtex.loads("@book{8, title = {Salt marsh ecology}}")[0]


def test_ris_edition_is_read_and_written() -> None:
    item = ris.loads("TY  - BOOK\nTI  - Salt marsh ecology\nET  - 2nd ed.\nER  - \n")[0]
    assert item["edition"] == "2nd ed."
    assert "ET  - 2nd ed." in "\n".join(ris.dumps([item]).splitlines())
    assert "edition" not in ris.loads("TY  - BOOK\nTI  - Salt marsh ecology\nER  - \n")[0]


def test_koha_bibtex_export_page_gives_the_edition() -> None:
    page = ("@book{4471,\n\tauthor = {Penhallow, Ruth A.},\n\ttitle = {Estuaries /},\n"
            "\tpublisher = {Harbour Books,},\n\tyear = {c2011.},\n\taddress = {Leeds :},\n"
            "\tedition = {4th ed.}\n}\n")  # fmt: skip
    item = parse_record(page).to_csl()
    assert item["edition"].rstrip(".") == "4th ed"
    assert item["title"] == "Estuaries"


def test_bibtex_values_lose_a_catalogues_isbd_end_marks() -> None:
    item = bibtex.loads("@book{5, title = {Estuaries /}, publisher = {Harbour Books,},"
                        " address = {[Leeds] :}, series = {Coast studies ;}}")[0]  # fmt: skip
    assert (item["title"], item["publisher"]) == ("Estuaries", "Harbour Books")
    assert (item["publisher-place"], item["collection-title"]) == ("Leeds", "Coast studies")
    # marks inside a value and a title's own final question mark stay
    item = bibtex.loads("@book{6, title = {Who reads maps? : a survey}, address = {Paris}}")[0]
    assert item["title"] == "Who reads maps? : a survey"
    item = bibtex.loads("@book{9, title = {Tides, storms and you?}}")[0]
    assert item["title"] == "Tides, storms and you?"


def test_isbd_export_with_the_heading_glued_and_notes_after_the_extent() -> None:
    line = ("Penhallow, R A Salt marsh ecology: an introduction - 2nd ed. - Exeter : Harbour"
            " Books, 2011 - 236 p. Dewey Class. No.: 577.69 PEN\n")  # fmt: skip
    item = parse_record(line).to_csl()
    assert item["title"] == "Salt marsh ecology: an introduction"
    assert item["author"] == [{"family": "Penhallow", "given": "R A"}]
    assert item["number-of-pages"] == "236"
    assert (item["publisher"], item["publisher-place"]) == ("Harbour Books", "Exeter")


def test_isbd_extent_with_roman_preliminaries_joined_by_a_plus() -> None:
    page = "Tidal charts / - Leeds : Ferry Books , 2009. - xviii+312\n\n9780000000019\n"
    assert parse_record(page).to_csl()["number-of-pages"] == "312"


@pytest.mark.parametrize(
    ("extent", "count"),
    [("xviii+312", "312"), ("xii, 240 p.", "240"), ("312 S.", "312"), ("[xvi], 88", "88"),
     ("2 v.", None), ("xii, 2 v.", None)],
)  # fmt: skip
def test_an_isbd_line_and_a_marc_view_read_one_extent_alike(extent: str, count: str | None) -> None:
    # one reading of a bare count after roman preliminaries (comet.page.extent.bare_count)
    isbd = f"Tidal charts / - Leeds : Ferry Books , 2009. - {extent}\n\n9780000000019\n"
    marc = ("=LDR  00000nam a2200000 a 4500\n=245  10$aTidal charts /$cOrla Vance.\n"
            f"=264  \\1$aLeeds :$bFerry Books,$c2009.\n=300  \\\\$a{extent} ;$c24 cm.\n")  # fmt: skip
    for page in (isbd, marc):
        assert parse_record(page).to_csl().get("number-of-pages") == count, page


def test_title_areas_that_open_like_a_heading_but_are_titles() -> None:
    from comet.page.isbd import _glued_heading

    # no given name (a place, a list of names), or a title that does not open with a capital
    for title in ("Paris, London and New York", "Berlin, Wien, Prag: Städte",
                  "Notes, Queries and Answers", "Ruiz, Ana", "Ruiz, ana maria",
                  "Dear, John Letters from the front", "Marshtown, Ada Penrose and the movement"):  # fmt: skip
        assert _glued_heading(title) is None
    # a title area with its own statement of responsibility keeps its first words
    for line in ("Marshtown, Ada Penrose and the fen movement / edited by Paul Roth"
                 " - Leeds : Ferry Books, 1998 - 310 p.\n",
                 "Dear, John Letters from the front / compiled by Mary Hale - Fenwick : Reed House,"
                 " 1990 - 180 p.\n"):  # fmt: skip
        item = parse_record(line).to_csl()
        assert item["title"].startswith(line.split(",")[0]), item["title"]
        assert item.get("author") is None or item["author"][0].get("family") not in (
            "Marshtown",
            "Dear",
        )


def test_a_label_colon_after_an_extent_that_is_a_sentence_is_no_note() -> None:
    from comet import locales as _loc
    from comet.page.isbd import _before_note

    rules = _loc.all_rules()
    assert _before_note("120 pages of reading: A guide", rules) == "120 pages of reading: A guide"
    assert _before_note("Note: 12 p.", rules) == "Note: 12 p."
    assert _before_note("212 p. ; 24 cm. ISBN: 9780000000019", rules) == "212 p. ; 24 cm."


SHOWMARC = """000 00391nam a2200109Ia 4500
008 140210n2010 ii |||gr||||Z||||||eng
100 _a{name}
245 0 _aWetland birds of the plains
_c{statement}
260 _aNashik
_bKestrel Pub.
_c2010
300 _a{extent}
942 _cBK
999 _c7701
_d7701
"""


def _showmarc(
    name: str = "Mehrotra V. K.", extent: str = "214.", statement: str = "V. K. Mehrotra"
) -> dict:
    return parse_record(SHOWMARC.format(name=name, extent=extent, statement=statement)).to_csl()


def test_marc_heading_of_a_surname_and_its_initials_without_a_comma() -> None:
    assert _showmarc()["author"] == [{"family": "Mehrotra", "given": "V. K."}]
    assert _showmarc("Mehrotra V K")["author"] == [{"family": "Mehrotra", "given": "V K"}]
    # a forename and a surname in direct order, or a name in capitals, stay as printed
    assert _showmarc("Vimala Mehrotra")["author"] == [{"literal": "Vimala Mehrotra"}]
    assert _showmarc("Mehrotra Ann")["author"] == [{"literal": "Mehrotra Ann"}]
    assert _showmarc("Mehrotra AB")["author"] == [{"literal": "Mehrotra AB"}]
    # a body's name of two words before initials stays whole
    assert _showmarc("Riverside University A.B.")["author"] == [
        {"literal": "Riverside University A.B."}
    ]


def test_marc_extent_that_is_a_bare_count_of_pages() -> None:
    assert _showmarc(extent="214.")["number-of-pages"] == "214"
    assert _showmarc(extent="xii, 240")["number-of-pages"] == "240"
    # a small bare number, volumes, leaves: no page count
    for extent in ("2", "3 v.", "40 leaves", "214, 12 p."):
        assert "number-of-pages" not in _showmarc(extent=extent), extent


NO_NAMES = """245 10 - TITLE STATEMENT
Title Wetland birds of the plains /
Statement of responsibility, etc. {statement}
260 ## - PUBLICATION, DISTRIBUTION, ETC.
Place of publication, distribution, etc. Nashik :
Name of publisher, distributor, etc. Kestrel,
Date of publication, distribution, etc. 2010.
300 ## - PHYSICAL DESCRIPTION
Extent 214 p.
"""


def test_statement_names_the_authors_of_a_record_without_name_fields() -> None:
    item = parse_record(NO_NAMES.format(statement="Vimala Mehrotra, Ola Nilsen.")).to_csl()
    assert item["author"] == [{"family": "Mehrotra", "given": "Vimala"},
                              {"family": "Nilsen", "given": "Ola"}]  # fmt: skip
    item = parse_record(NO_NAMES.format(statement="V. K. Mehrotra ; ill. Ola Nilsen.")).to_csl()
    assert item["author"] == [{"family": "Mehrotra", "given": "V. K."}]
    item = parse_record(NO_NAMES.format(statement="by Vimala Mehrotra.")).to_csl()
    assert item["author"] == [{"family": "Mehrotra", "given": "Vimala"}]


def test_statements_with_role_words_or_abbreviations_name_no_author() -> None:
    for statement in ("edited by Vimala Mehrotra.", "Ill. Ola Nilsen", "Худож. Ю. Лесков",
                      "Vimala Mehrotra and others", "Bird Society of Nashik",
                      "National Library Board"):  # fmt: skip
        item = parse_record(NO_NAMES.format(statement=statement)).to_csl()
        assert "author" not in item, statement


NORMAL_VIEWS = {
    "sv": ("Strandängarnas flora\nUpphov\nLova Brink\nUtgivning\nVisby : Gotlandsförlaget, 2004\n"
           "Omfång\n188 sidor : illustrationer\nSpråk\nSvenska\n", "188"),
    "pl": ("Ptaki wybrzeża\nAutor\nNowak, Zofia\nAdres wydawniczy\nGdańsk : Wydawnictwo Morskie,"
           " 2012\nOpis fizyczny\n312 s. : il. ; 21 cm\nSeria\nPrzewodniki przyrodnicze ; 4\n", "312"),
    "fi": ("Metsälintujen vuosi\nTekijä\nKettunen, Aino\nJulkaistu\nHelsinki : Tuulikki, 2016\n"
           "Fyysinen kuvaus\n214 sivua : kuvitettu ; 24 cm\n", "214"),
    "nl": ("Kwelders van het noorden\nAuteur\nVisser, Anke\nUitgever\nGroningen : Wadden Pers, 2015\n"
           "Omvang\n176 pagina's : illustraties ; 23 cm\n", "176"),
    "da": ("Strandenge\nForfatter: Mette Holm\nForlag: Vadehavets Forlag\nUdgivet: 2009\n"
           "Omfang: 204 sider : illustrationer\n", "204"),
}  # fmt: skip


def test_physical_descriptions_of_normal_views_in_several_languages() -> None:
    for lang, (page, pages) in NORMAL_VIEWS.items():
        assert parse_record(page).to_csl().get("number-of-pages") == pages, lang
    pl = parse_record(NORMAL_VIEWS["pl"][0]).to_csl()
    assert (pl["collection-title"], pl["collection-number"]) == ("Przewodniki przyrodnicze", "4")


def test_a_description_in_words_gives_no_page_count() -> None:
    page = ("Strandängarnas flora\nUpphov\nLova Brink\nBeskrivning\nEn bok med illustrationer för"
            " barn i alla åldrar, 12 kapitel\nOmfång\nca. två timmars läsning\n")  # fmt: skip
    assert "number-of-pages" not in parse_record(page).to_csl()


def test_series_numbering_after_a_comma() -> None:
    from comet.page.series import series_parts

    words = frozenset({"v", "nr"})
    assert series_parts("Metsäkirjasto, 12", words) == ("Metsäkirjasto", "12")
    assert series_parts("Acta Borealia, 3b", words) == ("Acta Borealia", "3b")
    # a comma inside the title, a year after a comma: no numbering
    assert series_parts("Studies in Art, Architecture and Design", words)[1] is None
    assert series_parts("Paris, 1900", words) == ("Paris, 1900", None)


def test_czech_catalogue_view() -> None:
    page = ("Katalog knihovny\nNázev\nMokřady jižních Čech : průvodce\nAutor\nNovák, Petr\n"
            "Nakladatel\nPraha : Academia, 2011\nRozsah\n256 stran : ilustrace ; 22 cm\n"
            "Edice\nPrůvodce přírodou ; sv. 3\nJazyk\nčeština\n")  # fmt: skip
    item = parse_record(page).to_csl()
    assert item["title"] == "Mokřady jižních Čech: průvodce"
    assert item["author"] == [{"family": "Novák", "given": "Petr"}]
    assert (item["publisher"], item["publisher-place"]) == ("Academia", "Praha")
    assert item["number-of-pages"] == "256"
    assert (item["collection-title"], item["collection-number"]) == ("Průvodce přírodou", "3")
    assert item["language"] == "cs"


def test_a_byline_with_a_lone_a_is_not_split_by_the_czech_locale() -> None:
    from comet import parse_names

    names = parse_names("Brink, A and Nilsen, O")
    assert [p.family for p in names] == ["Brink", "Nilsen"]
