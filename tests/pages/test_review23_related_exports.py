"""An export block (RIS, BibTeX, Refer) printed in a related-items list is another work's
record, not the page's own (``comet.page.citations``). Invented pages."""

from __future__ import annotations

from comet import parse_record

HEAD = "Grazing Effects on Heath Moths\nOdo Quarrie\nJournal: Nordic Heath Review, 2029\n"
RIS = "TY  - JOUR\nAU  - Morrow, Lena\nTI  - Beetles on Burnt Heath\nJO  - Heath Notes\nPY  - 2017\nER  - \n"


def test_a_related_items_export_is_not_the_pages_record() -> None:
    csl = parse_record(HEAD + "Related items\n" + RIS).to_csl()
    assert csl["title"] == "Grazing Effects on Heath Moths"
    assert csl.get("container-title") != "Heath Notes"
    assert {"family": "Morrow", "given": "Lena"} not in csl.get("author", [])


def test_the_pages_own_export_is_still_read() -> None:
    # near miss: an export block under the page's own 'Export citation' heading
    own = RIS.replace("Beetles on Burnt Heath", "Grazing Effects on Heath Moths")
    csl = parse_record(HEAD + "Export citation\n" + own).to_csl()
    assert csl["title"] == "Grazing Effects on Heath Moths"
    assert csl["author"] == [{"family": "Morrow", "given": "Lena"}]


def test_a_related_articles_export_is_not_the_pages_record() -> None:
    csl = parse_record(HEAD + "Related articles\n" + RIS).to_csl()
    assert csl["title"] == "Grazing Effects on Heath Moths"
