"""A chapter page names its book under a container label (``From the edited volume``,
``Chapter in``, ``Erschienen in``) and the book's editors: a container with editors and no
journal locators is a chapter of an edited book (``comet.page.content._record_types``).
Invented pages in the shape of open-access chapter platforms."""

from __future__ import annotations

from comet import parse_record

CHAPTER = (
    "Open access peer-reviewed chapter\n\nTide Pools as Classrooms\n\nWritten By\n\nMira Olsen\n\n"
    "Published: 14 March 2021\n\nDOI: 10.5772/example.11111\n\nFrom the Edited Volume\n\n"
    "Coastal Education Today\n\nEdited by Tomas Berg\n\nAbstract\n\nTide pools offer a place "
    "where pupils can watch a whole community of animals within a few square metres.\n\n"
    "Keywords\n\n  • tide pools\n  • field teaching\n"
)


def test_a_chapter_of_an_edited_volume() -> None:
    csl = parse_record(CHAPTER).to_csl()
    assert csl["type"] == "chapter"
    assert csl["container-title"] == "Coastal Education Today"
    assert csl["editor"][0]["family"] == "Berg"


def test_a_journal_with_an_editor_stays_a_journal_article() -> None:
    # (negative) a journal's editor beside its volume and issue: no chapter
    text = (
        "Salt Marsh Birds in Winter\n\nAna Ruiz\n\nJournal: Coastal Studies\nEditor: Tomas Berg\n"
        "Volume: 12\nIssue: 3\nPages: 45-67\n\nAbstract\n\nWe counted the birds of two marshes.\n"
    )
    assert parse_record(text).to_csl()["type"] == "article-journal"


def test_proceedings_with_editors_stay_a_conference_paper() -> None:
    # (negative) a proceedings volume with its editors: a conference paper, no chapter
    text = (
        "Counting Gulls with Drones\n\nAna Ruiz\n\nIn: Proceedings of the 5th Workshop on Coastal "
        "Monitoring\nEditors: Tomas Berg, Lena Holm\nPages: 12-19\n"
    )
    assert parse_record(text).to_csl().get("type") != "chapter"


def test_a_magazine_with_an_editor_is_no_chapter() -> None:
    # (negative) 'Published in' names a magazine as well: an editor beside it makes no chapter
    text = (
        "Harbour lights return\n\nBy Ana Ruiz\n\nPublished in: Harbour Monthly\nEditor: Tom Berg\n"
        "Date: 3 May 2021\n\nThe old harbour lights were switched on again last night after "
        "twenty years of darkness in the bay.\n"
    )
    assert parse_record(text).to_csl().get("type") != "chapter"
