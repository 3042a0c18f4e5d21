"""A container named by a publication note inside a line, followed by the issue the work
appeared in (``comet.page.container_notes``). Invented pages, names and numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.page.container_notes import _may_hold_note, _note_phrase, container_notes
from comet.page.parse import _prepare

_SPANISH = """LA ORILLA Y EL JUNCO. Notas sobre la vegetación de las marismas, Ana Beltrán Ruiz, Universidad de Huelva (Publicado en Cuadernos del Estero, XIV, 3, 2003, págs. 211-230)

Reseña de la obra colectiva sobre humedales costeros.

El volumen reúne doce trabajos sobre la flora de los esteros y su conservación.
"""

_ITALIAN = """Lucia Ferrante ci invia una riflessione sulle paludi nella pittura dell'Ottocento, già pubblicata in «Quaderni di Palude» 4/2017.
Dipingere la nebbia: paludi e pittori
di Lucia Ferrante

Nelle tele di fine secolo la palude diventa un tema: la nebbia, i canneti, le barche.
"""

_ENGLISH = """Why Fens Matter to Historians
(Annual Lecture 2011) Owen Marsh

Reprinted from the Fenland History Bulletin, March 2012 (with minor corrections).
Copyright 2012 by the Fenland History Society
Some may ask why a lecture on drained land should open a conference on cities.
"""

_FRENCH = """Les roselières du nord
Claire Vasseur

Article paru dans la Revue des Marais, 12(3), 2019, p. 45-67, et reproduit ici avec l'accord de l'auteure.

Les roselières couvrent une part croissante des zones humides littorales.
"""


_RUSSIAN = """Болотные птицы северных озёр
И. Петров

Статья опубликована в журнале «Вестник болот», 2019, № 3, с. 45–67.

Птицы болот северных озёр изучены мало.
"""


@pytest.mark.parametrize(
    ("page", "container"),
    [
        (_SPANISH, "Cuadernos del Estero"),
        (_ITALIAN, "Quaderni di Palude"),
        (_ENGLISH, "Fenland History Bulletin"),
        (_FRENCH, "Revue des Marais"),
        (_RUSSIAN, "Вестник болот"),
    ],
)
def test_a_note_names_the_container(page: str, container: str) -> None:
    assert parse_record(page).to_csl().get("container-title") == container


@pytest.mark.parametrize(
    "page",
    [
        # no issue after the name: a language, a place, a book's imprint
        "On reeds\nMara Holt\n\nThis essay was first published in English by a small press.\n",
        "On reeds\nMara Holt\n\nOriginally published in London by Heron Books, 2019.\n",
        "On reeds\nMara Holt\n\nPubblicata in Italia nel 2019 e tradotta in molte lingue.\n",
    ],
)
def test_no_container_without_an_issue(page: str) -> None:
    parsed, _ = _prepare(page, None)
    assert container_notes(parsed) == []


def test_a_note_deep_in_the_body_is_none() -> None:
    body = "\n".join(f"Paragraph {i} about fens and their birds." for i in range(20))
    page = f"On reeds\nMara Holt\n\n{body}\nA version was published in Fen Letters 12(3): 45-67.\n"
    parsed, _ = _prepare(page, None)
    assert container_notes(parsed) == []


_PIECES = st.sampled_from(
    [
        "Published in ",
        "pubblicata in ",
        "Reprinted from the ",
        "«",
        "»",
        "Fen Letters",
        ", ",
        "12(3)",
        "4/2011",
        "March 1987",
        " (",
        ")",
        ".",
        "\n",
        "the",
        "Mara Holt",
    ]
)


@given(st.lists(_PIECES, max_size=14).map("".join))
def test_any_text(text: str) -> None:
    parsed, _ = _prepare(text or " ", None)
    for cand in container_notes(parsed):
        assert str(cand.value).strip()


_NOTE_BITS = st.sampled_from(
    ["Published in", "reprinted from", "Erschienen in", "publicado en", "the", "Fen", "_", "2"]
)


@given(st.lists(st.one_of(_NOTE_BITS, st.text(max_size=12)), max_size=8))
def test_the_word_pair_test_passes_every_line_the_phrases_match(bits: list[str]) -> None:
    # the cheap test before the alternation never turns a line away that holds a note
    text = " ".join(bits) + " Fen Studies"
    parsed, _ = _prepare(text, None)
    phrase = _note_phrase(parsed.rules)
    if phrase is not None and phrase.search(text):
        assert _may_hold_note(text, parsed.rules)
