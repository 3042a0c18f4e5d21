"""A container title cut inside a bracket it opens (a venue read up to its year) is closed
off; a container whose brackets close stays whole (invented pages)."""

from __future__ import annotations

from comet import parse_record

_PAGE = """Rain Gauges of the Upper Tarn

Ilse Varga

In: {venue}, pages 12-19.
"""


def test_a_venue_cut_inside_its_bracket_drops_the_open_bracket() -> None:
    rec = parse_record(_PAGE.format(venue="Proceedings of the Ninth Tarn Conference on "
                                          "Hydrology (THC 2018)"))  # fmt: skip
    assert rec.container_title == "Proceedings of the Ninth Tarn Conference on Hydrology"
    assert any(d.code == "cut-bracket" for d in rec.diagnostics)


def test_a_venue_whose_brackets_close_stays_whole() -> None:
    # negative: a closed bracket is part of the name
    venue = "Proceedings of the Ninth Tarn Conference on Hydrology (Volume 1: Long Papers)"
    rec = parse_record(_PAGE.format(venue=venue))
    assert rec.container_title == venue
    assert not any(d.code == "cut-bracket" for d in rec.diagnostics)
