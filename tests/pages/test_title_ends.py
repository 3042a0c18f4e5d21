"""What a page glues to a title's ends is cut: a site's name after a bar, the next ISBD
area, a subtitle of interface words; a colon after a function word is no subtitle's mark
(invented titles)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record


def _title(first_line: str) -> str | None:
    rec = parse_record(f"{first_line}\nBy Clara Nyholm\nPublished 12 May 2019\n")
    return rec.to_csl().get("title")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Tidal Channels of the Northern Coast | MarshLink", "Tidal Channels of the Northern Coast"),
        ("Harbour Records of the Baltic. - Riga. Quillon House.", "Harbour Records of the Baltic"),
        ("Salt Marshes in Northern Europe: Share Embed", "Salt Marshes in Northern Europe"),
        ("Reed Beds and Their Birds in: Wetlands of the North", "Reed Beds and Their Birds in Wetlands of the North"),
    ],
)  # fmt: skip
def test_glued_ends_are_cut(line: str, title: str) -> None:
    assert _title(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "Organizing Marsh Research: A Theoretical View",  # a subtitle with one interface word
        "Tidal Channels of the Northern Coast | Volume 2",  # a number after the bar
        "Tidal Channels | The Story of the Coast and Its People",  # too long for a site's name
    ],
)
def test_a_titles_own_words_stay(line: str) -> None:
    assert _title(line) == line


@given(st.text(max_size=80))
def test_never_crashes(line: str) -> None:
    parse_record(line + "\nBy Clara Nyholm\n")
