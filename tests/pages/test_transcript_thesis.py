"""A document's cover transcript that names a thesis's genre (in capitals, glued to the
university's and the author's lines, accents dropped) is a thesis's, not grey literature
(``comet.page.transcript_thesis``). Invented covers in the shape of a sharing site's
transcript of a document's first page."""

from __future__ import annotations

import pytest

from comet import parse_record

COVER = (
    "Harbour University of Technology Department of Coastal Engineering Marshtown, June "
    "2019          Tide Mills Revisited  Measuring Pond Levels with Cheap Sensors  {genre}"
    "    Orla Fenwick Tom Lane Ida Moe\n"
    "The Authors grant to Harbour University of Technology the non-exclusive right to "
    "publish the Work electronically and in a non-commercial purpose make it accessible on "
    "the Internet. The Author warrants that he or she is the author of the Work.\n"
)


def _type(text: str) -> str | None:
    return parse_record(text).to_csl().get("type")


@pytest.mark.parametrize(
    "genre",
    [
        "Bachelor of Science Thesis in Coastal Engineering",
        "MASTER'S THESIS",
        "ΔΙΠΛΩΜΑΤΙΚΗ ΕΡΓΑΣΙΑ",
        "Tesis doctoral",
    ],
)
def test_a_cover_naming_a_thesis_makes_a_thesis(genre: str) -> None:
    assert _type(COVER.format(genre=genre)) == "thesis"


def test_a_cover_naming_no_genre_stays_a_report() -> None:
    # (negative) the same cover with no genre: grey literature, a report
    assert _type(COVER.format(genre="Final Project Notes")) == "report"


def test_a_thesis_word_inside_another_word_is_no_genre() -> None:
    # (negative) 'Theses' as part of a longer word names no genre ('Hypothesestest')
    assert _type(COVER.format(genre="Hypothesestest Notes")) == "report"
