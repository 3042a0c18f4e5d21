"""Values of known labels that hold more than their label names (labelvals27): a date
label's value going on with the issue's numbers (``Year: 2019, Vol. 3, Issue 2``), a date
label holding a whole source (``Published: Marsh Letters 12 (3), 2020, 45-67``), a note's or a
format's label holding a physical description (``Notes: xii, 245 p. ; 24 cm``). Each value is
read by the parser that knows its grammar. Invented records; the negative cases are near
misses (a date and a clock's time, a date and one bare number, a note citing pages)."""

from __future__ import annotations

import pytest

from comet import parse_record

ARTICLE = "Ripple dynamics in shallow estuaries\nAuthor: Teodor Marlow\n"
BOOK = "Reeds of the northern marshes\nAuthor: Lindqvist, Ana\nPublisher: Fenwick Books, 2011\n"


def _csl(head: str, row: str) -> dict:
    return parse_record(f"{head}{row}\n").to_csl()


@pytest.mark.parametrize(
    ("row", "volume", "issue"),
    [
        ("Year: 2019, Vol. 3, Issue 2", "3", "2"),
        ("Date: 2020, vol. 12, no. 3", "12", "3"),
        ("Jahr: 2018, Bd. 7, H. 4", "7", "4"),
        ("Año: 2017, vol. 9, núm. 1", "9", "1"),
        ("Year: 2019; 3(2)", "3", "2"),
        ("Issue: 2020, Vol. 12, No. 3", "12", "3"),  # an issue label, its year first
    ],
)
def test_date_label_goes_on_with_locator(row: str, volume: str, issue: str) -> None:
    csl = _csl(ARTICLE, row)
    assert (csl.get("volume"), csl.get("issue")) == (volume, issue)


def test_date_label_holds_source() -> None:
    csl = _csl(ARTICLE, "Published: Estuarine Letters 12 (3), 2020, 45-67")
    assert csl.get("container-title") == "Estuarine Letters"
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-67")


@pytest.mark.parametrize(
    "row",
    [
        "Date: 2019-03-04, 12:45",  # a clock's time after the date, no volume and page
        "Year: 2019, 12",  # a date and one bare number
        "Published: 12 March 2019",  # a date alone
    ],
)
def test_date_label_without_locator(row: str) -> None:
    csl = _csl(ARTICLE, row)
    assert csl.get("volume") is None and csl.get("page") is None


@pytest.mark.parametrize(
    "row",
    [
        "Notes: 245 S.",
        "Notes: xii, 245 p. : ill. ; 24 cm",
        "Note: Text in Welsh. 245 p.",  # a sentence of the note
        "Anmerkungen: 245 S. : Ill.",
        "Format: 245 pages ; 24 cm",
        "Format: 1 online resource (245 pages)",
    ],
)
def test_note_holds_extent(row: str) -> None:
    assert _csl(BOOK, row).get("number-of-pages") == "245"


@pytest.mark.parametrize(
    "row",
    [
        "Notes: Includes bibliographical references (p. 231-240) and index.",
        "Format: PDF, 2.3 MB",
        "Notes: See pages 12 and 14 of the appendix",
    ],
)
def test_note_without_extent(row: str) -> None:
    assert _csl(BOOK, row).get("number-of-pages") is None


BOOK_HEAD = "Reeds of the northern marshes\nAuthor: Lindqvist, Ana\n"


def _imprint(row: str) -> tuple[str | None, str | None]:
    csl = _csl(BOOK_HEAD, row)
    return csl.get("publisher"), csl.get("publisher-place")


@pytest.mark.parametrize(
    ("row", "publisher", "place"),
    [
        ("Publisher: Fenwick Books (London), 2011", "Fenwick Books", "London"),
        ("Editorial: Ediciones del Junco (Madrid), 2015", "Ediciones del Junco", "Madrid"),
        ("Издательство: Камыш (Москва)", "Камыш", "Москва"),
        ("Éditeur : Éditions du Héron (Paris)", "Éditions du Héron", "Paris"),
        ("Publisher: Oslo: Fenwick Books; Bergen: Heron Press", "Fenwick Books", "Oslo"),
        ("出版社：北京：芦苇出版社，2015", "芦苇出版社", "北京"),
        ("Publisher: Fenwick Books | 2011", "Fenwick Books", None),
        ("Publisher: Fenwick Books © 2011", "Fenwick Books", None),
        ("Publisher: Fenwick Books ; distributed by Heron Trade", "Fenwick Books", None),
        ("Verlag: Reiher Verlag ; Vertrieb Nordbuch", "Reiher Verlag", None),
        ("Publisher: Fenwick Books, 14 Mill Lane, Marshtown", "Fenwick Books", None),
        # the publisher first, its cities after (one or several), the date last or first
        ("Verlag: Reiher-Verlag, Berlin, Heidelberg", "Reiher-Verlag", "Berlin, Heidelberg"),
        ("Издательство: Камыш; Москва", "Камыш", "Москва"),
        ("Wydawca: Wydawnictwo Trzcina, Warszawa 2015", "Wydawnictwo Trzcina", "Warszawa"),
        ("Publisher: Fenwick Books [London]", "Fenwick Books", "London"),
        ("Publisher: Fenwick Books, London & New York", "Fenwick Books", "London & New York"),
        ("Editora: Junco Editora - São Paulo", "Junco Editora", "São Paulo"),
        ("Publisher: Fenwick Books. 2011", "Fenwick Books", None),
        ("Publisher: 2011, Fenwick Books", "Fenwick Books", None),
        # a shop's edition and dated bracket in a CJK date (the year glued to 年)
        ("出版社: 芦苇出版社; 第1版 (2015年3月1日)", "芦苇出版社", None),
    ],
)
def test_publisher_value_parts(row: str, publisher: str, place: str | None) -> None:
    assert _imprint(row) == (publisher, place)


@pytest.mark.parametrize(
    ("row", "publisher"),
    [
        # a bracket that names no city stays part of the name
        ("Publisher: Fenwick Books (Editions)", "Fenwick Books (Editions)"),
        ("Publisher: Heron (India) Pvt. Ltd., 2011", "Heron (India) Pvt. Ltd."),
        # a date after the name is no address ('12 March' opens with a number)
        ("Publisher: Fenwick Books, 12 March 2019", "Fenwick Books"),
        # one colon and a semicolon: a subtitle, not two imprints
        ("Publisher: Fen Review: New Series; Part Two", "Fen Review: New Series; Part Two"),
        # a year glued to letters in brackets is no date: the bracket stays
        ("Publisher: Fenwick Books (Route 2019A)", "Fenwick Books (Route 2019A)"),
        # a month before the year, a country after the city: read as before, nothing moved
        (
            "Publisher: Centre for Fen Studies, Belgrade, SERBIA, July 2021",
            "Centre for Fen Studies",
        ),
    ],
)
def test_publisher_value_kept(row: str, publisher: str) -> None:
    assert _imprint(row)[0] == publisher


@pytest.mark.parametrize(
    ("row", "container"),
    [
        ("Journal: Estuarine Letters (ISSN 1234-5679)", "Estuarine Letters"),
        ("Journal: Estuarine Letters, eISSN 1234-5679", "Estuarine Letters"),
        ("Journal: Estuarine Letters | Volume 12 | Issue 3", "Estuarine Letters"),
        ("Journal: Estuarine Letters / Heronsgate Society", "Estuarine Letters"),
        ("In: Estuarine Letters. - Lakeside. - 12 (2020), 3, S. 45-67", "Estuarine Letters"),
        (
            "In: Tidal Worlds / ed. by Ana Ruiz. - Lakeside : Fenwick, 2019. - S. 3-9",
            "Tidal Worlds",
        ),
        ("В кн.: Устьевые записки. - 2019. - № 2. - С. 45-67", "Устьевые записки"),
        (
            "Enthalten in: Flussmündungen. - Lakeside : Reiher, 2008. - 12 (2020), 3",
            "Flussmündungen",
        ),
        (
            "Journal: Estuarine Letters. Vol. 12",
            "Estuarine Letters",
        ),  # a volume's word after a mark
        ("Revista: Revista de Estuarios, Lakeside, v. 12", "Revista de Estuarios, Lakeside"),
        ("Container title: Estuarine Letters", "Estuarine Letters"),  # a CSL export's field
    ],
)
def test_host_value_parts(row: str, container: str) -> None:
    assert _csl(ARTICLE, row).get("container-title") == container


@pytest.mark.parametrize(
    ("row", "container"),
    [
        # a pipe before words without a number: no locator after it, nothing cut
        (
            "Journal: Estuarine Letters | Fen Society Series",
            "Estuarine Letters | Fen Society Series",
        ),
        # a dash without the full stop before it is no ISBD area separator
        ("Journal: Estuarine Letters - Marsh Edition", "Estuarine Letters - Marsh Edition"),
        # a part's word after the comma names no volume: nothing cut
        ("Journal: Estuarine Letters, Part 2", "Estuarine Letters, Part 2"),
    ],
)
def test_host_value_kept(row: str, container: str) -> None:
    assert _csl(ARTICLE, row).get("container-title") == container


TITLE = "Riverbank studies in tidal ecology\n"


def _names(csl: dict, role: str) -> list[str] | None:
    people = csl.get(role)
    return [p.get("family") or p.get("literal") for p in people] if people else None


@pytest.mark.parametrize(
    ("row", "authors", "editors"),
    [
        # a bracketed role mark after the name: the role's, no part of the name
        ("Author: Ana Ruiz (ed.)", None, ["Ruiz"]),
        ("Autor: Ana Ruiz (Hrsg.)", None, ["Ruiz"]),
        ("Author: Teodor Marlow (Author)", ["Marlow"], None),
        ("Author: Teodor Marlow (Author), Ana Ruiz (Editor)", ["Marlow"], ["Ruiz"]),
        # an affiliation after a comma or a dash: no part of the names
        ("Author: Teodor Marlow, University of Lakeside", ["Marlow"], None),
        ("Autor: Ana Ruiz, Universidad del Junco", ["Ruiz"], None),
        ("Author: Teodor Marlow - Lakeside University", ["Marlow"], None),
        (
            "Authors: Teodor Marlow, Lakeside University, Ana Ruiz, Fen Institute",
            ["Marlow", "Ruiz"],
            None,
        ),
    ],
)
def test_author_value_parts(row: str, authors: list[str] | None, editors: list[str] | None) -> None:
    csl = _csl(TITLE, row)
    assert (_names(csl, "author"), _names(csl, "editor")) == (authors, editors)


@pytest.mark.parametrize(
    ("row", "authors"),
    [
        ("Author: Marlow, Teodor", ["Marlow"]),  # an inverted name: its comma stays
        ("Author: Teodor Marlow - Ana Ruiz", ["Marlow", "Ruiz"]),  # two names, no body
        # a bracket that is no role is not dropped as one (read as before: a heading)
        ("Author: Teodor Marlow (Lakeside)", ["Teodor Marlow (Lakeside)"]),
    ],
)
def test_author_value_kept(row: str, authors: list[str]) -> None:
    assert _names(_csl(TITLE, row), "author") == authors


JOURNAL = (
    "Ripple dynamics in shallow estuaries\nAuthor: Teodor Marlow\nJournal: Estuarine Letters\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Pages: pp. 45-67 (23 pages)",  # the article's count in brackets after its range
        "Page range: 45-67 (23 pp.)",
        "Seiten: S. 45-67 (23 Seiten)",
        "Страницы: С. 45–67 (23 с.)",
        "Pages: 45-67 / 245",  # the host's total after a slash
        "页码：45-67页",  # the unit after the range
    ],
)
def test_pages_label_range_goes_on(row: str) -> None:
    assert _csl(JOURNAL, row).get("page") == "45-67"


@pytest.mark.parametrize(
    "row",
    [
        "Pages: 12 p. (45-67)",  # a count first: no range read from the bracket
        "Pages: e0123456 (12 pages)",  # an article number, no range
    ],
)
def test_pages_label_without_range(row: str) -> None:
    assert _csl(JOURNAL, row).get("page") is None
