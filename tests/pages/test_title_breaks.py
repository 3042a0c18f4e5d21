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
from comet.page.parse import _prepare
from comet.page.title_breaks import dangles, open_end, opens_small

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


# --- a wrap word at the line's end, or a line under it opening in small letters (titles32) ---

_WRAPPED_EN_OF = """Wetland Extension Notes

Cooling and Storing Reed Bundles from
Meadows

Storage Facts

Keep the bundles dry and out of the sun for three days after cutting.
Stack them on pallets so that air can move beneath the lowest layer.
"""

_WRAPPED_EN_AND = """Harbour Works Review, Spring 2031

Tidal Flood Control
and Harbour Defence Planning

Captain Ana Lindqvist

The planning of harbour defences has followed the tides for three centuries, and the
lessons of the old engineers still bear on the walls we build today.
"""

_WRAPPED_ES = """Efectos del pastoreo sobre los juncos en la comarca norte de Villamar
durante la sequía de los años noventa
Lucía Ferrer Gómez
Universidad de Villamar
Resumen
Se midió el efecto del pastoreo sobre los juncos durante tres años.
"""

_WRAPPED_DE = """Marschkunde. Heft 4

Die Röhrichte der nördlichen Marschen zwischen
Elbe und Weser
Jana Köhler
Institut für Marschforschung, Moordorf
Zusammenfassung
Wir kartierten die Röhrichte zweier Flussmündungen über vier Jahre.
"""

_WRAPPED_FR = """Cahiers des Marais, vol. 9, n° 1

Les roselières du littoral atlantique et leurs oiseaux nicheurs
au cours des printemps secs
Camille Rousseau
Université de Port-Vaillant
Résumé
Nous avons compté les nids des roselières pendant deux printemps.
"""

_WRAPPED_CS = """Listy o mokřadech 12/2030

Vliv sucha na rákosiny v jižních Čechách a
na Moravě
Jana Nováková
Ústav mokřadů, Třeboň
Souhrn
Sledovali jsme rákosiny tří rybníků po dobu čtyř let.
"""


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (_WRAPPED_EN_OF, "Cooling and Storing Reed Bundles from Meadows"),
        (_WRAPPED_EN_AND, "Tidal Flood Control and Harbour Defence Planning"),
        (
            _WRAPPED_ES,
            "Efectos del pastoreo sobre los juncos en la comarca norte de Villamar durante la "
            "sequía de los años noventa",
        ),
        (_WRAPPED_DE, "Die Röhrichte der nördlichen Marschen zwischen Elbe und Weser"),
        (
            _WRAPPED_FR,
            "Les roselières du littoral atlantique et leurs oiseaux nicheurs au cours des "
            "printemps secs",
        ),
        (_WRAPPED_CS, "Vliv sucha na rákosiny v jižních Čechách a na Moravě"),
    ],
)
def test_a_title_wrapped_mid_phrase_goes_on_under_its_line(page: str, title: str) -> None:
    assert _title(page) == title


def test_a_capitalised_tag_line_under_a_whole_title_stays_apart() -> None:
    page = _WRAPPED_FR.replace("au cours des printemps secs", "dans Ornithologie")
    title = _title(page)
    assert title is None or "Ornithologie" not in title


def test_a_small_line_under_a_closed_title_stays_apart() -> None:
    page = _WRAPPED_ES.replace("de Villamar\n", "de Villamar.\n")
    title = _title(page)
    assert title is None or "noventa" not in title


def test_a_byline_under_a_wrap_word_is_no_part_of_the_title() -> None:
    page = _WRAPPED_DE.replace("Elbe und Weser\n", "")
    title = _title(page)
    assert title is None or "Köhler" not in title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cooling and Storing Reed Bundles from", True),
        ("Die Röhrichte der nördlichen Marschen zwischen", True),
        ("Vliv sucha na rákosiny a", True),
        ("Reeds from", False),  # too short: a fragment
        ("Cooling and Storing Reed Bundles From", False),  # capitalised: title case ends so
        ("Cooling and Storing Reed Bundles", False),
    ],
)
def test_open_ends(line: str, expected: bool) -> None:
    assert open_end(line, _RULES) is expected


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("Aa \n.and of en zwischen Tidal 19-"), max_size=200))
def test_open_end_and_wrapped_pages_never_crash(text: str) -> None:
    if open_end(text, _RULES):
        # an open end is a line of three words or more whose last is a word in small letters
        words = text.split()
        assert len(words) >= 3 and words[-1].isalpha() and words[-1].islower()
    title = parse_record(text).to_csl().get("title")
    assert title is None or (isinstance(title, str) and title == title.strip())


_FULL_LINE = "Efectos del pastoreo sobre los juncos en la comarca norte de Villamar"


@pytest.mark.parametrize(
    ("under", "expected"),
    [
        ("en la sequía de los años noventa", True),
        ("and Harbour Defence Planning", True),  # a conjunction: its words may be capitalised
        ("in Gardening", False),  # a tag line: a capitalised word after a preposition
        ("dans Ornithologie", False),
        ("tesis doctoral en ecología", False),  # a genre's line
        ("статья из сборника", False),
        ("durante", False),  # one word: no line's rest
        ("verslag van veldwerk", False),  # no function word opens it: a genre's line
    ],
)
def test_lines_opening_small(under: str, expected: bool) -> None:
    page, _ = _prepare(f"{_FULL_LINE}\n{under}\n", None)
    assert opens_small(page, _FULL_LINE, 1) is expected
