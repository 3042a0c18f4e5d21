"""One number written with a point (a coordinate ``N:51.30417``, a catalogue number ``no.
4410.0``, a version ``v.2.4.1`` or ``Version 3.00``) is never two numbers of a locator,
even after a locator word (``comet.page.false_locators._split_number``); a citation's
volume and issue glued by a point (``12.3 (2019)``) stay one. Invented pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.locators import Locator, PageRange
from comet.page.false_locators import _split_number

BODY = (
    "Samples were taken every second week along the northern shore of the estuary, and the "
    "counts were checked by two observers before they were entered.\n\n"
)


def _csl(head: str, line: str) -> dict:
    return parse_record(head + line + "\n\n" + BODY + BODY).to_csl()


@pytest.mark.parametrize(
    ("head", "line"),
    [
        # a data repository's coordinates (English)
        (
            "Dataset: Limpet grazing on the Fenwick shore\n\nCite This Dataset\n",
            "Spatial Extent: N:51.30417 E:-4.11873 S:51.30417 W:-4.11873",
        ),
        # a statistics office's catalogue number (English)
        (
            "Household Budgets: Methods\n\nChapter 4. Sources\n\n",
            "See the Standard Classification of Households (Cat. no. 4410.0) for the groups.",
        ),
        # a programme's version in a methods section (German)
        (
            "Die Rechnungen wurden mit dem Programm\n\n",
            "Die Ausrichtung erfolgte mit MOORALIGN v.2.4.1 (https://example.org/mooralign).",
        ),
        # a catalogue engine's version in the footer (French)
        (
            "Le Phare des brumes\n\nRoman de Léonie Vasseur\n\n",
            "Moteur du catalogue - Version 3.00 (2011-02-17)",
        ),
        # coordinates under a label (Spanish)
        (
            "Conjunto de datos: Algas de la bahía de Quintero\n\n",
            "Cobertura espacial: N:32.77514 O:-71.52098",
        ),
    ],
)
def test_a_pointed_number_is_no_locator(head: str, line: str) -> None:
    csl = _csl(head, line)
    assert not {"volume", "issue", "page"} & set(csl)


def test_a_citations_volume_and_issue_glued_by_a_point_stay() -> None:
    csl = _csl(
        "Tidal mills of the northern coast\n\nMarta Quillan\n\n",
        "Published in: Coastal Heritage Review 12.3 (2019): 45-67.",
    )
    assert csl.get("volume") == "12"


@pytest.mark.parametrize(
    ("raw", "loc", "split"),
    [
        ("N:51.30417", Locator(volume="30417", issue="51"), True),
        ("no. 4410.0", Locator(volume="0", issue="4410"), True),
        ("v.2.4.1", Locator(volume="2", issue="4", pages=PageRange(first="1")), True),
        ("Version 3.00", Locator(volume="3", article_number="00"), True),
        ("12.3 (2019)", Locator(volume="12", issue="3"), False),
        ("Vol. 19. No. 32", Locator(volume="19", issue="32"), False),
        ("vol.16 n.3", Locator(volume="16", issue="3"), False),
        ("2021. № 472", Locator(issue="472"), False),
    ],
)
def test_split_number(raw: str, loc: Locator, split: bool) -> None:
    assert _split_number(raw, loc) is split


@given(st.text(max_size=40), st.text(max_size=6), st.text(max_size=6))
def test_split_number_takes_any_text(raw: str, volume: str, issue: str) -> None:
    split = _split_number(raw, Locator(volume=volume or None, issue=issue or None))
    assert isinstance(split, bool)
    if "." not in raw:  # only a number written with a point is split
        assert not split


@given(st.integers(1, 999), st.integers(1000, 999999), st.sampled_from(["N:", "no. ", "v."]))
def test_a_long_fraction_is_one_number(whole: int, fraction: int, head: str) -> None:
    # a measure's fraction of four digits or more is no issue, whatever word stands before
    loc = Locator(volume=str(fraction), issue=str(whole))
    assert _split_number(f"{head}{whole}.{fraction}", loc)


@given(st.integers(1, 999), st.integers(1, 99))
def test_a_volume_and_a_short_issue_stay(volume: int, issue: int) -> None:
    # a citation's volume and issue glued by a point ('12.3 (2019)')
    loc = Locator(volume=str(volume), issue=str(issue))
    assert not _split_number(f"{volume}.{issue} (2019)", loc)
