"""The type a record's fields imply together (``comet.page.type_model.SIGNS``): where no hand
rule names a type, the type model names one only if the fields read make a record of that
type (a volume's number with a printed extent); pages whose
fields make no record of any type stay a bare ``document``. Every page, name and number here
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

#: ordinary pages whose fields make no record of any type: they stay untyped in every mode
NEAR_MISSES = {
    # a count of pages alone: a notebook's, a leaflet's
    "count alone": "Flurnamen am Unterlauf\n\n412 S.\n",
    # an extent beside an issue's number: a periodical's issue
    "issue with a count": "Küstenhefte\n\nHeft 3\n\n96 Seiten\n\nMit Beiträgen zur Deichgeschichte.\n",
    # an edition of an app, no publisher
    "edition alone": "Tide Table App\n\n2nd edition\n\nThe app now shows the tides of forty harbours.\n",
    # a notice's number, no series
    "number alone": "Harbour notice\n\nNo. 12\n\nThe east quay is closed for repairs until May.\n",
    # an event's own page: its line over a call, no work's pages or DOI
    "event page": (
        "12th Fen Workshop, 3-5 May 2019, Lund, Sweden\n\nCall for papers\n\nWe invite papers "
        "on reed beds, fens and wet meadows.\nSubmission deadline: 1 March 2019\n"
    ),
    # a publisher's label and a date: a festival's page
    "publisher and date": (
        "Lantern Nights\n\nPublisher: Town of Westmere\n\n5 July 2025\n\n"
        "The lantern parade returns with music on the quay.\n"
    ),
    # a volume beside a binding and a publisher: a periodical's issue sold in print
    "volume and binding": (
        "Tidal flats of the north\n\nAna Ruiz\n\nVolume: 12\n\nPaperback\nPublisher: Harbour Press\n"
    ),
    # a container and a DOI alone: a site's name over a deposited object's DOI
    "container and DOI": (
        "Salt meadows and wading birds\n\nIda Moe; Tom Lane\n\nAnnals of Fen Ecology\n\n"
        "doi: 10.5555/afe.2021.0042\n\nWading birds feed on the salt meadows at low tide, and "
        "the meadows shrink every year.\n"
    ),
    # a DOI alone: a data set's, a program's
    "DOI alone": (
        "Reed beds and river birds\n\nAnna Lund\n\nhttps://doi.org/10.1234/rbrb.2011.3\n\n"
        "The reed beds along the river hold more birds than the open banks.\n"
    ),
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


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
@pytest.mark.parametrize("mode", type_model.MODES)
def test_pages_whose_fields_make_no_record_stay_untyped(
    name: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (negative) the model may weigh these pages' features towards a type; no sign holds
    monkeypatch.setattr(type_model, "MODE", mode)
    rec = parse_record(NEAR_MISSES[name])
    assert rec.to_csl()["type"] == "document"
    assert not any(d.code == "type-model" for d in rec.diagnostics)


def test_a_table_of_contents_names_no_type_of_the_work() -> None:
    # 'Chapter 1 – …' / 'Chapter 2 – …': the parts of a book listed, no chapter's page
    toc = "Harbour works of the north\n\nChapter 1 – The old quay\nChapter 2 – The new mole\n"
    row = type_row(toc)
    assert row is not None and not row[2].get("word_chapter")
    # (negative) one chapter's heading names the work's type
    row = type_row("Harbour works of the north\n\nChapter 3 – The new mole\n\nAna Ruiz\n")
    assert row is not None and row[2].get("word_chapter")
