"""``comet.parse_html``: a volume or an issue tag written with the field's label before its
number (``Vol. 12``, ``No. 3``, ``Heft 3``): the label names the field and is no part of
the number.

Every page here is hand-written (invented titles, names and numbers)."""

from __future__ import annotations

import pytest

from comet import parse_html
from tests._html_build import meta, page

pytest.importorskip("selectolax")


def article(volume: str, issue: str) -> str:
    head = (
        meta("citation_title", "Tidal pulses in a salt marsh")
        + meta("citation_author", "Marrow, Ines")
        + meta("citation_journal_title", "Marsh Letters")
        + meta("citation_volume", volume)
        + meta("citation_issue", issue)
    )
    return page(head, "<h1>Tidal pulses in a salt marsh</h1><p>Ines Marrow</p>")


@pytest.mark.parametrize(
    ("volume", "issue"),
    [("Vol. 12", "No. 3"), ("Volume 12", "Issue 3"), ("v. 12", "n. 3"), ("Band 12", "Heft 3"),
     ("Vol 12", "Nº 3")],
)  # fmt: skip
@pytest.mark.parametrize("read_text", [True, False])
def test_a_locator_label_before_the_tags_number_is_dropped(
    volume: str, issue: str, read_text: bool
) -> None:
    r = parse_html(article(volume, issue), read_text=read_text)
    assert (r.volume, r.issue) == ("12", "3")


@pytest.mark.parametrize(
    ("volume", "issue"),
    [("12", "Suppl 2"), ("12", "Part B"), ("Vol. 12 No. 3", "3"), ("A12", "3")],
)
def test_a_tag_without_a_locator_label_before_one_number_stays_as_it_is(
    volume: str, issue: str
) -> None:
    # near misses: a supplement or a part is the issue; two numbers, or no label, stay
    r = parse_html(article(volume, issue), read_text=False)
    assert (r.volume, r.issue) == (volume, issue)
