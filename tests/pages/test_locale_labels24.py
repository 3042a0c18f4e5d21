"""Session 24 locale data: more page-count labels of bookshops and catalogues, more
host-item ('In:') labels, and a host book's imprint after its title that is no part of the
container (``comet.page.container_imprint``)."""

from __future__ import annotations

import pytest

from comet.page import parse_record
from comet.page.container_imprint import without_imprint

BOOK = "Reeds of the Northern Fens\nby Jane Marlow\n{line}\nDescription\n{prose}\n"
PROSE = "This book describes the reeds of the northern fens over three seasons of field work."


@pytest.mark.parametrize(
    "line", ["Ilość stron: 345", "Počet stránek: 345", "Aantal bladzijden: 345"]
)
def test_page_count_labels(line: str) -> None:
    csl = parse_record(BOOK.format(line=line, prose=PROSE)).to_csl()
    assert csl.get("number-of-pages") == "345"


@pytest.mark.parametrize(
    ("page", "container"),
    [
        (
            "Laidunnus ja ruoko\nJaana Suo\nTeoksessa: Suon kasvit ja laidunnus. Helsinki: "
            "Suoseura, 2019, s. 45-67\nTiivistelmä\nTutkimme laidunnusta ja ruokoa rannikon "
            "soilla kolmen kauden ajan viidellä alueella.\n",
            "Suon kasvit ja laidunnus",
        ),
        (
            "Выпас и рост тростника\nИванов И. И.\nВ кн.: Болотные растения и выпас. М.: "
            "Наука, 2019. С. 45-67\nАннотация\nВ статье рассматривается выпас скота на "
            "прибрежных болотах и его влияние на рост тростника.\n",
            "Болотные растения и выпас",
        ),
        (
            "Bataklıkta otlatma\nAyşe Yılmaz\nİçinde: Bataklık Bilimi Dergisi, 12(3), 45-67\n"
            "Öz\nKıyı bataklıklarında otlatma ve kamış büyümesini beş alanda üç mevsim "
            "boyunca inceledik.\n",
            "Bataklık Bilimi Dergisi",
        ),
        (
            "Grazing in the fens\nJane Marlow\nIn: Reeds of the Northern Fens. Fenton: Marsh "
            "Press, 2019, pp. 45-67\nAbstract\nWe study grazing and reed growth on coastal "
            "marshes over three seasons of field work at five sites.\n",
            "Reeds of the Northern Fens",
        ),
    ],
)
def test_host_item_labels_and_the_books_imprint(page: str, container: str) -> None:
    assert parse_record(page).to_csl().get("container-title") == container


@pytest.mark.parametrize(
    ("value", "cut"),
    [
        ("Reeds of the Northern Fens. Fenton: Marsh Press, 2019, pp. 45-67",
         "Reeds of the Northern Fens"),
        ("Болотные растения. М.: Наука, 2019. С. 45-67", "Болотные растения"),
        # a subtitle after a colon, no year after it: no imprint
        ("Reeds of the Fens. Part Two: The Southern Reeds, pp. 45-67",
         "Reeds of the Fens. Part Two: The Southern Reeds, pp. 45-67"),
        # a lower-case word before the colon: a sentence, no place
        ("Reeds. see also: Marsh Press, 2019", "Reeds. see also: Marsh Press, 2019"),
    ],
)  # fmt: skip
def test_without_imprint(value: str, cut: str) -> None:
    assert without_imprint(value) == cut
