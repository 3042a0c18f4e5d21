"""A journal's masthead or running head over an article, in the shapes and words of many
languages (``JURNAL … Vol. 6, No. 3. Tahun 2016``, ``Т. 5, № 3``, ``Cilt 5, Sayı 2``,
``t. 12, z. 3``, ``roč. 5, č. 2``, ``3. évf. 2. szám``, ``第5卷第3期``, ``Jg. 5, H. 2``,
``v. 12, n. 3``, ``Año 5, Núm. 2``), above or below the title: its volume, issue, pages and
year are the article's. A net for the page reader's locator lines (``comet.page.locator``):
invented pages, in the shape of a journal's article page; other names, other words.
"""

from __future__ import annotations

import pytest

from comet import parse_record

TITLE = "Birds of the Northern Marsh Plain"
REST = (
    "Maria Kowalska, Jan Nowak\n"
    "Abstract\n"
    "The wetlands of the northern plain have been studied for a long time, and here we "
    "report a survey of birds and plants made over several seasons by volunteers.\n"
    "Keywords: wetlands; birds\n"
)


def _page(head: str, *, above: bool) -> str:
    block = f"{head}\n{TITLE}" if above else f"{TITLE}\n{head}"
    return f"Home | Journals | About\n{block}\n{REST}"


#: a masthead line (or two) and the volume, issue, pages and year it gives
SHAPES = [
    ("JURNAL ILMU RAWA Vol. 6, No. 3. Tahun 2016", ("6", "3", None, [2016])),
    ("Jurnal Ilmu Rawa Vol. 4, No. 2\nNovember 2016", ("4", "2", None, [2016, 11])),
    ("Вестник Болотного университета. Т. 5, № 3", ("5", "3", None, None)),
    ("Bataklık Dergisi, Cilt 5, Sayı 2, 2019", ("5", "2", None, [2019])),
    ("Zeszyty Bagienne, t. 12, z. 3 (2018)", ("12", "3", None, [2018])),
    ("Bažinný časopis, roč. 5, č. 2, 2017", ("5", "2", None, [2017])),
    ("Mocsári Szemle 3. évf. 2. szám (2015)", ("3", "2", None, [2015])),
    ("沼泽学报 第5卷第3期 2016年", ("5", "3", None, [2016])),
    ("Zeitschrift für Moorkunde Jg. 5, H. 2 (2014)", ("5", "2", None, [2014])),
    ("Revista Pantanal v. 12, n. 3, 2019", ("12", "3", None, [2019])),
    ("Revista del Pantano Año 5, Núm. 2, 2018", ("5", "2", None, [2018])),
    ("Marsh Review 12(3): 45-67, 2019", ("12", "3", "45-67", [2019])),
    ("Marsh Review, Volume 12, Issue 3, March 2019, Pages 45-67", ("12", "3", "45-67", [2019, 3])),
    ("Revue des marais, t. 12, n° 3, 2019, p. 45-67", ("12", "3", "45-67", [2019])),
    ("Sumpfblätter 12 (2019), H. 3, S. 45–67", ("12", "3", "45-67", [2019])),
    ("Болотный вестник. 2019. Т. 12, № 3. С. 45–67", ("12", "3", "45-67", [2019])),
    ("Rivista delle paludi, a. 12, n. 3 (2019), pp. 45-67", ("12", "3", "45-67", [2019])),
    ("Marsh Review\nVolume 12\nIssue 3\n2019", ("12", "3", None, [2019])),
]


@pytest.mark.parametrize("above", [True, False])
@pytest.mark.parametrize(("head", "want"), SHAPES)
def test_a_mastheads_locator(
    head: str, want: tuple[str, str, str | None, list[int] | None], above: bool
) -> None:
    csl = parse_record(_page(head, above=above)).to_csl()
    volume, issue, pages, year = want
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == (volume, issue, pages)
    if year is not None:
        assert csl["issued"]["date-parts"] == [year]
