"""A thesis's genre on its cover with its field of study after it (``Master's Thesis in
Coastal Engineering``) or a degree's name before it (``Bachelor of Science Thesis``):
the genre line names a thesis (``comet.page.genre_lines``; English ``[types]`` terms).
Invented covers."""

from __future__ import annotations

import pytest

from comet import parse_record

COVER = (
    "University of Portsalt\nDepartment of Coastal Engineering\n\n"
    "Counting Gulls with Small Drones over the Harbour Wall\n\n{genre}\n\n"
    "Marta Bellini\nTobias Wren\n\nPortsalt, June 2014\n"
)


@pytest.mark.parametrize(
    "genre",
    [
        "Master's Thesis in Coastal Engineering",
        "Bachelor thesis in Harbour Studies",
        "Master of Science Thesis",
        "BACHELOR OF SCIENCE THESIS",
        "Bachelor of Science Thesis in Computer Science",
    ],
)
def test_a_cover_s_genre_with_its_field_names_a_thesis(genre: str) -> None:
    assert parse_record(COVER.format(genre=genre)).to_csl()["type"] == "thesis"


def test_a_report_s_genre_before_a_lower_case_word_names_no_report() -> None:
    # (negative) only a thesis's genre takes a field: 'Technical report in brief' stays no cover's
    csl = parse_record(COVER.format(genre="Technical report in brief")).to_csl()
    assert csl.get("type") != "report"


def test_a_genre_in_a_sentence_names_no_thesis() -> None:
    # (negative) the genre followed by lower-case words: a sentence about a thesis
    csl = parse_record(
        COVER.format(genre="Master's thesis in which the gulls were counted")
    ).to_csl()
    assert csl.get("type") != "thesis"
