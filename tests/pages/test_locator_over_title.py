"""A journal article's first page printed as a web page: its own locator (a volume or an
issue with a range of pages) above its title is a running head, so the page is no web
story and the locator names a journal article (``comet.page.periodicals.web_article``).
Every page, name and journal here was written for these tests."""

from __future__ import annotations

from comet import parse_record

PROSE = (
    "Reed beds along the northern shore have shrunk by a third since the survey of 1990, "
    "and the loss is fastest where the dykes were raised. This paper compares six sites over "
    "three summers and asks which of the measures taken since then slowed the loss.\n\n"
    "The sites were chosen with the water board, and each was visited twice a month from "
    "May to September, when the reeds grow fastest and the birds nest among them.\n"
)


def _type(text: str) -> str | None:
    return parse_record(text).to_csl().get("type")


def test_a_running_head_over_the_title_is_a_journal_article() -> None:
    text = (
        "Rok 2019, roč. 12, č. 3, s. 45-67\n\n"
        "Rákosí na severním pobřeží\n\n"
        "Mgr. Jana Kovářová,\nÚstav ekologie krajiny\n\n" + PROSE
    )
    assert _type(text) == "article-journal"


def test_a_volume_line_in_english_over_the_title() -> None:
    text = (
        "Vol. 12, No. 3 (2019), pp. 45-67\n\n"
        "Reed beds of the northern shore\n\nMara Quillfeather\n\n" + PROSE
    )
    assert _type(text) == "article-journal"


def test_a_magazine_issue_line_over_a_headline_stays_a_web_article() -> None:
    # (negative) an issue's masthead over a story prints no pages
    text = (
        "Issue 42, March 2024\n\n"
        "Reed beds of the northern shore\n\nBy Mara Quillfeather\n\n" + PROSE
    )
    assert _type(text) != "article-journal"


def test_a_locator_cited_below_the_headline_stays_a_web_article() -> None:
    # (negative) a post quoting a study's volume and pages in its text
    text = (
        "Reed beds of the northern shore\n\nBy Mara Quillfeather\n\n3 May 2022\n\n"
        "A study in the Marsh Review, vol. 12, no. 3, pp. 45-67, measured the reeds.\n\n" + PROSE
    )
    before = _type(text)
    assert before != "article-journal"


def test_a_magazine_issue_with_pages_over_a_headline_stays_a_web_article() -> None:
    # (negative) a print magazine's issue and pages, no volume, over its story's headline
    text = (
        "Issue 42, March 2024, pp. 12-15\n\n"
        "Reed beds of the northern shore\n\nBy Mara Quillfeather\n\n" + PROSE
    )
    assert _type(text) != "article-journal"


def test_pages_alone_over_the_title_name_no_journal() -> None:
    # (negative) a page range alone (a printed leaflet's 'pp. 4-5') names no issue
    text = "pp. 4-5\n\nReed beds of the northern shore\n\nBy Mara Quillfeather\n\n" + PROSE
    assert _type(text) != "article-journal"
