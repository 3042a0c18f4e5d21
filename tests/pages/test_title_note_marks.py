"""A footnote's mark after a title's last word (``… Coastal Plains †``, ``… Plains*``) is no
part of the title (``comet.page.title_ends``). Invented pages; every title and name was
written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.title_ends import _note_mark

_PAGE = """Proceeding Paper

{title}

Ana Lindqvist and Tomas Berg

Presented at the 4th International Conference on Coasts, Lugo, Spain, 2–5 May 2021.
Published: 21 November 2021
"""


@pytest.mark.parametrize("mark", [" †", "†", " ‡", "*", " *", " §", "‡*"])
def test_a_note_mark_after_the_title_is_cut(mark: str) -> None:
    title = "On the Drift of Sand Dunes in Coastal Plains"
    rec = parse_record(_PAGE.format(title=title + mark))
    assert rec.to_csl()["title"] == title
    assert any(d.code == "title-end" for d in rec.diagnostics)


@pytest.mark.parametrize(
    "title",
    [
        "Search with A*",  # the search algorithm's name
        "Uses of the C*-algebra",
        "Graphs of Degree 3*",
        "On the Drift of Sand Dunes",
        "Dunes †",  # too short to be told from a name with its mark
    ],
)
def test_a_title_of_its_own_keeps_its_end(title: str) -> None:
    assert _note_mark(title) is None
