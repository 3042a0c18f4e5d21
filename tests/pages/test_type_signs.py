"""The type a record's fields imply together (``comet.page.type_model.SIGNS``): where no hand
rule names a type, the type model names one only if the fields read make a record of that
type (a volume's number with a printed extent); pages whose
fields make no record of any type stay a bare ``document`` (their near misses are
``test_type_model.NEAR_MISSES``, read in every mode). Every page, name and number here
was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page import type_model
from comet.page.model_rows import type_row

#: pages the hand rules leave untyped whose fields make the record of one type
INFERRED = {
    # a volume's number and a catalogue's physical description (pages : maps): a book's
    "volume and extent (de)": ("Flurnamen am Unterlauf\n\nBd. 3\n\n412 S. : Kt.\n", "book"),
    "volume and extent (ru)": ("Топонимы нижней Волги\n\nТ. 2\n\n318 с. : ил.\n", "book"),
}


@pytest.mark.parametrize("name", sorted(INFERRED))
def test_fallback_infers_the_type_from_the_fields(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, want = INFERRED[name]
    monkeypatch.setattr(type_model, "MODE", "off")
    assert parse_record(text).to_csl()["type"] == "document"  # (the hand rules name none)
    monkeypatch.setattr(type_model, "MODE", "fallback")
    rec = parse_record(text)
    assert rec.to_csl()["type"] == want
    notes = [d.message for d in rec.diagnostics if d.code == "type-model"]
    assert len(notes) == 1 and "fields:" in notes[0]  # (it says it inferred, and from what)


def test_a_table_of_contents_names_no_type_of_the_work() -> None:
    # 'Chapter 1 – …' / 'Chapter 2 – …': the parts of a book listed, no chapter's page
    toc = "Harbour works of the north\n\nChapter 1 – The old quay\nChapter 2 – The new mole\n"
    row = type_row(toc)
    assert row is not None and not row[2].get("word_chapter")
    # (negative) one chapter's heading names the work's type
    row = type_row("Harbour works of the north\n\nChapter 3 – The new mole\n\nAna Ruiz\n")
    assert row is not None and row[2].get("word_chapter")
