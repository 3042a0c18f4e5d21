"""An editor beside a container makes no chapter by itself (the review of books6: a journal's
or a magazine's editor). Invented pages."""

from __future__ import annotations

from comet import parse_record


def test_a_journal_with_an_editor_stays_a_journal_article() -> None:
    # (negative) a journal's editor beside its volume and issue: no chapter
    text = (
        "Salt Marsh Birds in Winter\n\nAna Ruiz\n\nJournal: Coastal Studies\nEditor: Tom Berg\n"
        "Volume: 12\nIssue: 3\nPages: 45-67\n\nAbstract\n\nWe counted the birds of two marshes.\n"
    )
    assert parse_record(text).to_csl()["type"] == "article-journal"


def test_a_magazine_with_an_editor_is_no_chapter() -> None:
    # (negative) 'Published in' names a magazine as well: an editor beside it makes no chapter
    text = (
        "Harbour lights return\n\nBy Ana Ruiz\n\nPublished in: Harbour Monthly\nEditor: Tom Berg\n"
        "Date: 3 May 2021\n\nThe old harbour lights were switched on again last night after "
        "twenty years of darkness in the bay.\n"
    )
    assert parse_record(text).to_csl().get("type") != "chapter"
