"""A record printing a help sentence under each field's label before the value
(``comet.page.label_help``): the sentence is no value, the line after it is. Invented pages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.label_help import HELP_PAIRS

PAGES = [
    (
        """TITLE:
The full title of the item as printed on its title page.
Tides of the Northern Shore: A Play in Two Acts
PUBLISHER:
Identifies the name of the publisher, as given in the item.
Heron Books
SERIES:
Identifies the name of the series, as given in the item.
Plays of the Coast
PUBLICATION YEAR:
Records the date of publication of the item.
1907
""",
        "Heron Books",
        "Plays of the Coast",
    ),
    (
        """TÍTULO:
El título completo del ejemplar tal como figura en la portada.
Mareas de la costa norte: comedia en dos actos
EDITORIAL:
Indica el nombre de la editorial, tal como figura en el ejemplar.
Ediciones del Lago
SERIE:
Indica el nombre de la serie, tal como figura en el ejemplar.
Teatro de la Costa
AÑO:
Registra la fecha de publicación del ejemplar.
1907
""",
        "Ediciones del Lago",
        "Teatro de la Costa",
    ),
    (
        """TITEL:
Der vollständige Titel des Exemplars, wie er auf dem Titelblatt steht.
Gezeiten der Nordküste: Ein Stück in zwei Akten
VERLAG:
Nennt den Namen des Verlags, wie er im Exemplar steht.
Reiher Verlag
REIHE:
Nennt den Namen der Reihe, wie er im Exemplar steht.
Bühne der Küste
ERSCHEINUNGSJAHR:
Verzeichnet das Jahr der Veröffentlichung des Exemplars.
1907
""",
        "Reiher Verlag",
        "Bühne der Küste",
    ),
]


@pytest.mark.parametrize(("text", "publisher", "series"), PAGES)
def test_the_value_under_a_fields_help_sentence_is_read(
    text: str, publisher: str, series: str
) -> None:
    csl = parse_record(text).to_csl()
    assert csl.get("publisher") == publisher
    assert csl.get("collection-title") == series


def test_one_sentence_under_one_label_is_no_help_text() -> None:
    # fewer than HELP_PAIRS labels with a sentence under them: no help text read
    text = PAGES[0][0].split("SERIES:")[0]
    assert text.count(":\n") < HELP_PAIRS
    csl = parse_record(text).to_csl()
    assert csl.get("publisher") != "Identifies the name of the publisher, as given in the item."


@settings(max_examples=60, deadline=None)
@given(help_text=st.text(max_size=80), value=st.text(max_size=40))
def test_any_help_block_parses(help_text: str, value: str) -> None:
    parse_record(f"PUBLISHER:\n{help_text}\n{value}\nSERIES:\n{help_text}\n{value}\n" * 2)
