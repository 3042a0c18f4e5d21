"""A journal's name over its tagline (``Ondine`` / ``An international journal of fen
science``) above the work's title is the container (``comet.page.container_lines.
tagline_names``); a subtitle under the title describes the work, and a tagline with no
journal word names no periodical. Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record

BODY = (
    "Thermal currents in small upland fens\nMara Feldt, Oskar Lindqvist\nAbstract\n"
    "Thermal currents of twelve upland fens were measured over three seasons and compared "
    "with earlier circulation models of the region.\n"
)


@pytest.mark.parametrize(
    ("head", "container"),
    [
        ("Ondine\nAn international journal of fen science", "Ondine"),
        ("Fen Hydrology\nA quarterly for wetland scientists", "Fen Hydrology"),
    ],
)
def test_the_name_over_its_tagline(head: str, container: str) -> None:
    csl = parse_record(f"Home\n{head}\nSearch\n{BODY}").to_csl()
    assert csl.get("container-title") == container
    assert csl.get("title") == "Thermal currents in small upland fens"


@pytest.mark.parametrize(
    "head",
    [
        # (negative) a site's tagline with no journal word: a site, no periodical
        "Fen Friends\nA meeting place for wetland lovers",
        # (negative) a society's line with no tagline
        "Fen Hydrology Society",
    ],
)
def test_no_name_without_a_journals_tagline(head: str) -> None:
    assert parse_record(f"Home\n{head}\nSearch\n{BODY}").to_csl().get("container-title") is None


def test_a_subtitle_under_the_title_is_no_tagline() -> None:
    # (negative) 'A review of …' under the work's title describes the work
    page = (
        "Home\nSearch\nThermal currents in small upland fens\nA review of field studies\n"
        + BODY.split("\n", 1)[1]
    )
    assert parse_record(page).to_csl().get("container-title") is None


@pytest.mark.parametrize("kind", ["A Review", "A review article"])
def test_a_works_kind_over_the_title_is_no_tagline(kind: str) -> None:
    # (negative) the work's kind under a publisher's name names no journal
    page = f"Home\nNorthmoor Press\n{kind}\nSearch\n{BODY}"
    assert parse_record(page).to_csl().get("container-title") is None
