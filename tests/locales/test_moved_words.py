"""Words once written into parser logic, now locale data: each rule reads its key of the
locales, so a third-party locale adding a word extends the rule (a fixture locale ``xx``
with invented words). Invented pages."""

from __future__ import annotations

from comet import locales as L
from comet import parse_record
from tests.pages._events import PROSE


def _fixture(section: str, key: str, *words: str) -> L.LocaleRules:
    return L.parse_data({"tag": "xx", section: {key: list(words)}}, "xx.toml")


# --- [places].place_links (comet.page.event_prose) -------------------------------------

_HELD = (
    "Call for papers\n\nThe 12th Symposium on Fen Ecology will be held in Marsh {link} Fenby, "
    "Norway, on 3-5 June 2031. Papers are due by 1 March." + PROSE
)


def test_a_place_link_of_the_locales_joins_a_places_words() -> None:
    event = parse_record(_HELD.format(link="upon"), locales=["en"]).event
    assert event is not None and event.place == "Marsh upon Fenby, Norway"


def test_a_third_party_place_link_extends_the_rule() -> None:
    assert parse_record(_HELD.format(link="zu"), locales=["en"]).event is None
    fixture = _fixture("places", "place_links", "zu")
    event = parse_record(_HELD.format(link="zu"), locales=["en", fixture]).event
    assert event is not None and event.place == "Marsh zu Fenby, Norway"
