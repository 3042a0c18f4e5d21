"""A journal's name after the work's title on the page's head line (``Thermal currents in
small upland fens | Journal of Fen Hydrology``), as a document's title names its site, is
the container where it holds a journal word of the locales (``comet.page.container_lines.
title_tails``); a site's name with none names no periodical. Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record

BODY = (
    "Thermal currents in small upland fens\nMara Feldt, Oskar Lindqvist\nAbstract\n"
    "Thermal currents of twelve upland fens were measured over three seasons and compared "
    "with earlier circulation models of the region.\n"
)
TITLE = "Thermal currents in small upland fens"


@pytest.mark.parametrize(
    ("tail", "container"),
    [
        (" | Journal of Fen Hydrology", "Journal of Fen Hydrology"),
        (" – Upland Water Letters", "Upland Water Letters"),
    ],
)
def test_the_journal_after_the_title(tail: str, container: str) -> None:
    csl = parse_record(f"{TITLE}{tail}\n{BODY}").to_csl()
    assert csl.get("container-title") == container
    assert csl.get("title") == TITLE


@pytest.mark.parametrize(
    "tail",
    [
        " | Fen Friends",  # (negative) a site's name with no journal word
        " | Fen Hydrology Society",  # (negative) a society's name
        " | Northmoor University Press Journals",  # (negative) a publisher's name
        " | Reviews",  # (negative) a journal word alone: a section
    ],
)
def test_no_journal_from_a_sites_name(tail: str) -> None:
    assert parse_record(f"{TITLE}{tail}\n{BODY}").to_csl().get("container-title") is None
