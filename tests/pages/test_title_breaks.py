"""A chosen title whose phrase its last line leaves unfinished goes on over the lines under it
(``comet.page.title_breaks``): a dangling word at the line's end, in small letters or
capitalised in title case, or a bracketed subtitle wrapped over the lines under it.
Invented pages in the shape of articles' first pages; every title and name was written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.page.title_breaks import dangles

_RULES = _loc.resolve(None)


def _title(page: str) -> str | None:
    title = parse_record(page).to_csl().get("title")
    return title if isinstance(title, str) else None


_ID_PAGE = """JURNAL ILMU RAWA Vol. 3, No. 1. Tahun 2019

ISSN 1234-5678

Analisis Kepuasan Pengguna Aplikasi Perpustakaan Daerah Kota Rawamulya Dengan
Memakai Model EUCS 2.0
Rina Maharani1) Bagus Pratama2)
Program Studi Sistem Informasi
Abstrak: Penelitian ini mengukur kepuasan pengguna aplikasi perpustakaan daerah dengan
model EUCS pada 120 responden.
"""


def test_a_title_case_line_ending_with_a_capitalised_dangling_word_goes_on() -> None:
    assert _title(_ID_PAGE) == (
        "Analisis Kepuasan Pengguna Aplikasi Perpustakaan Daerah Kota Rawamulya Dengan "
        "Memakai Model EUCS 2.0"
    )


_EN_PAGE = """Fen Studies Quarterly, Vol. 12, No. 4

Measuring Reed Growth on the Northern Marshes of Lundby and the
Fenwick Sensor Network, 2015–2019
Ana Lindqvist1, Tomas Berg2
1 Department of Wetland Science, Marsh University, Fenwick, 4417, Norway
Abstract
We measured the growth of reeds over three seasons.
"""


def test_a_line_ending_with_a_small_dangling_word_goes_on() -> None:
    assert _title(_EN_PAGE) == (
        "Measuring Reed Growth on the Northern Marshes of Lundby and the Fenwick Sensor Network, "
        "2015–2019"
    )


_RU_PAGE = """Вестник болотоведения. 2021. № 3 (45)

Динамика тростниковых зарослей на побережье Северного залива в
Ладожской области в 2010–2020 гг.
Иванова Анна Сергеевна
Болотный институт, г. Приозерск
Аннотация. Изучена динамика тростниковых зарослей за десять лет.
"""


def test_a_line_ending_with_a_dangling_word_joins_the_next_with_no_colon() -> None:
    # (the two lines were joined as 'title: subtitle' before; a preposition opens no subtitle)
    assert _title(_RU_PAGE) == (
        "Динамика тростниковых зарослей на побережье Северного залива в Ладожской области в "
        "2010–2020 гг."
    )


_ES_PAGE = """Revista de Humedales Vol. 7, No. 2
ISSN: 2233-4455

EFECTOS DEL PASTOREO SOBRE LOS JUNCOS DE LAS MARISMAS
DEL NORTE
(Estudio de Caso en la Comarca
de Villamar )
Lucía Ferrer Gómez
Universidad de Villamar
Resumen
Se midió el efecto del pastoreo sobre los juncos durante tres años.
"""

_FR_PAGE = """Cahiers des Marais, vol. 9, n° 1

ISSN 3344-5566

Les roselières du littoral atlantique et leurs oiseaux nicheurs
[Une étude des colonies
de Port-Vaillant ]
Camille Rousseau
Université de Port-Vaillant
Résumé
Nous avons compté les nids des roselières pendant deux printemps.
"""


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            _ES_PAGE,
            "EFECTOS DEL PASTOREO SOBRE LOS JUNCOS DE LAS MARISMAS DEL NORTE "
            "(Estudio de Caso en la Comarca de Villamar)",
        ),
        (
            _FR_PAGE,
            "Les roselières du littoral atlantique et leurs oiseaux nicheurs "
            "[Une étude des colonies de Port-Vaillant]",
        ),
    ],
)
def test_a_bracketed_subtitle_wrapped_under_the_title_joins_it(page: str, title: str) -> None:
    assert _title(page) == title


def test_a_bracket_never_closed_joins_nothing() -> None:
    page = _FR_PAGE.replace("de Port-Vaillant ]\n", "de Port-Vaillant\n")
    title = _title(page)
    assert title is not None and "[" not in title


def test_a_blank_line_under_a_dangling_end_ends_the_title() -> None:
    page = _EN_PAGE.replace("and the\nFenwick", "and the\n\nFenwick")
    title = _title(page)
    assert title is None or "Marshes" not in title or "Network" not in title


def test_a_byline_under_a_dangling_end_is_no_part_of_the_title() -> None:
    page = _EN_PAGE.replace("Fenwick Sensor Network, 2015–2019\n", "")
    title = _title(page)
    assert title is None or "Lindqvist" not in title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Analisis Kepuasan Pengguna Aplikasi Perpustakaan Dengan", True),
        ("Measuring Reed Growth on the Northern Marshes and the", True),
        ("Die Röhrichte der nördlichen Marschen und der", True),
        ("Notes Towards a Better Harbour Plan A", False),  # a letter, no article
        ("Measuring reed growth on the northern marshes With", False),  # no title case
        ("Reeds and the", False),  # too short to be a line the title fills
        ("Measuring Reed Growth on the Northern Marshes", False),
    ],
)
def test_dangling_ends(line: str, expected: bool) -> None:
    assert dangles(line, _RULES) is expected


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("Aa( )[]\n dengan the Dengan 1."), max_size=200))
def test_any_text_parses(text: str) -> None:
    parse_record(text)


def test_a_third_party_dangling_word_extends_the_rule() -> None:
    fixture = _loc.parse_data({"tag": "xx", "references": {"dangling_words": ["zum"]}}, "xx.toml")
    line = "Analisis Kepuasan Pengguna Aplikasi Perpustakaan Zum"
    assert not dangles(line, (_loc.get("en"),))
    assert dangles(line, (_loc.get("en"), fixture))
