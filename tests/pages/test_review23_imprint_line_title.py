"""A line under an imprint label with an imprint's shape (``Publication : Place :
Publisher``) is the work's imprint, never its title (``comet.page.titles``,
``comet.page.publisher_imprints``). Invented pages."""

from __future__ import annotations

from comet import parse_record


def test_an_imprint_line_over_the_title_is_no_title() -> None:
    page = (
        "Heath Moth Review\nPublication : Gorsedale : Nightjar Academic Press\n"
        "ISSN 2345-6789\nVolume 8, Issue 4\nMoths of the Burnt Heath\nTilde Rasko\npp. 12-30\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Moths of the Burnt Heath"
    assert csl.get("publisher") == "Nightjar Academic Press"


def test_a_publication_line_naming_a_journal_may_still_be_read_elsewhere() -> None:
    # near miss: 'Publication: Heath Moth Review' has no imprint's shape; the title stays
    page = "Moths of the Burnt Heath\nTilde Rasko\nPublication: Heath Moth Review\n2029\n"
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Moths of the Burnt Heath"
