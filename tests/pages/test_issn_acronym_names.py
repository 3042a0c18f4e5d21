"""A journal's name written as its acronym, a colon and the name in full before its ISSN
(``ReHuSo: Revista de …  e-ISSN …``, as Open Journal Systems mastheads print it) is the
container; a label's value before an ISSN (``CODEN: ABCDE; ISSN …``) is none. Invented
pages."""

from __future__ import annotations

import pytest

from comet import parse_record

HEAD = "Portales de los humedales de la costa del Ecuador\nJennifer Pérez-Mora\n"
TAIL = (
    "Resumen\nEn este artículo se aborda la importancia de los humedales costeros y de su "
    "gestión por las comunidades locales.\n"
)


def _container(line: str) -> object:
    return parse_record(f"{HEAD}{line}\n{TAIL}").to_csl().get("container-title")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "ReHuMe: Revista de Humedales y Costas e-ISSN 2550-6587",
            "ReHuMe: Revista de Humedales y Costas",
        ),
        (
            "JKHL: Jurnal Kajian Hutan dan Lahan ISSN 2615-8787",
            "JKHL: Jurnal Kajian Hutan dan Lahan",
        ),
    ],
)
def test_acronym_colon_name_by_its_issn(line: str, want: str) -> None:
    assert _container(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "CODEN: ABCDE; ISSN 2615-8787",  # a label's value: a code, no name
        "CODEN: ABCDE FGHIJ; ISSN 2615-8787",  # codes in capitals, no words
        "Print: Revista de Humedales ISSN 2615-8787",  # one capital: a label, no acronym
    ],
)
def test_label_before_issn_is_no_name(line: str) -> None:
    assert _container(line) is None


def test_publishers_list_of_journals_names_none() -> None:
    # two or more names written 'Acronym: Name' before different ISSNs: a publisher's list of
    # its journals, none of them the work's
    page = (
        "Our journals\n"
        "JHC: Journal of Humedal Costero ISSN 2049-3630\n"
        "RDL: Revista de Lagunas ISSN 0317-8471\n"
        "BMP: Boletín de Marismas y Playas ISSN 1050-124X\n"
        "Submit your manuscript to one of our journals through the online system.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("container-title") is None
    assert csl.get("type") != "article-journal"
