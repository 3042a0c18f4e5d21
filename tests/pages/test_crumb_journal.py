"""A journal's name inside a breadcrumb trail before the issue's numbers (``Home / Journals /
Marsh Letters / Vol. 12 No. 3 (2019) / Articles``): the last step before the numbers is the
journal, never the whole trail. Invented pages in the shape of journal platforms' article
pages."""

from __future__ import annotations

import pytest

from comet import parse_record

BODY = (
    "\n\nDrainage and the early modern fen\n\nAnna Berglund\n\n"
    "The drainage of the fens changed the landscape and the lives of those who lived "
    "there, as this study shows in detail over several chapters.\n\nKeywords: fens; drainage\n"
)


@pytest.mark.parametrize(
    "trail",
    [
        "Home / Journals / Marsh Letters / Vol. 12 No. 3 (2019) / Articles",
        "Home > Journals > Marsh Letters > Vol. 12 No. 3 (2019) > Articles",
        "Start » Zeitschriften » Marsh Letters » Vol. 12 No. 3 (2019)",
    ],
)
def test_the_journal_is_the_trails_last_step_before_the_numbers(trail: str) -> None:
    csl = parse_record(trail + BODY).to_csl()
    assert csl.get("container-title") == "Marsh Letters"
    assert (csl.get("volume"), csl.get("issue")) == ("12", "3")


@pytest.mark.parametrize(
    ("line", "container"),
    [
        # one separator: a bilingual name, kept whole
        ("Marsh Letters / Lettres des marais 12 (2019) 45-67",
         "Marsh Letters / Lettres des marais"),
        # a trail with no journal's name: none
        ("Home / Archives / Vol. 12 No. 3 (2019) / Articles", None),
    ],
)  # fmt: skip
def test_no_trail_step_cut_from_a_name_nor_read_from_chrome(line: str, container: str) -> None:
    assert parse_record(line + BODY).to_csl().get("container-title") == container
