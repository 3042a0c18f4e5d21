"""A document viewer's snippet glued after a title by a middle dot (``A Tide Gauge for Marshes ·
the gauge was read every…``) is no part of the title (``comet.page.title_ends``). Invented
pages; every title, name and number was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.title_ends import _snippet_tail as _viewer_snippet

_PAGE = """{head}

12

Proceedings of the 2021 Workshop on Marsh Sensing, pages 31–36, Lugo, Spain, May 3, 2021. We \
built a tide gauge from a pressure sensor of a few euros and read it in three estuarine marshes \
for a year. The gauge was read every ten minutes and its readings were compared with the port's.
"""


def test_a_snippet_after_a_middle_dot_is_cut() -> None:
    head = "A Cheap Tide Gauge for Estuarine Marshes · read every ten minutes, (2) comparing..."
    rec = parse_record(_PAGE.format(head=head))
    assert rec.to_csl()["title"] == "A Cheap Tide Gauge for Estuarine Marshes"
    assert any(d.code == "title-end" for d in rec.diagnostics)


@pytest.mark.parametrize(
    "title",
    [
        "Marsh Birds · Volume Two",  # a part's name after the dot, no ellipsis: the title's
        "Tides · and…",  # too short a title before the dot
        "Tides of the Bay and the Marsh...",  # an ellipsis, no middle dot
        "Tides of the Bay... · and more…",  # the title itself cut at a width
    ],
)
def test_no_snippet_is_cut(title: str) -> None:
    assert _viewer_snippet(title) is None


def test_a_title_with_a_middle_dot_and_no_snippet_stays_whole() -> None:
    head = "Estuarine Marshes · A Field Guide to Their Tide Gauges"
    assert parse_record(_PAGE.format(head=head)).to_csl()["title"] == head
