"""Repository records, report landing pages and entries of reference works (issue 13, the
wide "kinds" set): shapes that recur across sites. Every page and name here was written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.headings import _names_headword, _same_word
from comet.page.parse import _prepare

# --- an entry's headword opening its definition (after an article, inflected) -------------


@pytest.mark.parametrize(
    ("head", "definition"),
    [
        (
            "Feldscheune",
            "Eine Feldscheune (auch Feldstadel) ist ein frei stehendes Gebäude zur Lagerung "
            "von Heu und Getreide abseits des Hofes. Sie war bis ins 19. Jahrhundert verbreitet.",
        ),
        (
            "Torchis",
            "Le torchis est un matériau de construction composé de terre argileuse et de paille, "
            "appliqué sur un clayonnage de bois. On le trouve surtout dans les maisons rurales.",
        ),
        (
            "Carretas",
            "Una carreta (del latín carrus) es un vehículo de dos ruedas tirado por animales, "
            "usado para el transporte de cargas en el campo. Fue común hasta el siglo pasado.",
        ),
        (
            "Salt marsh",
            "A salt marsh is a coastal ecosystem in the upper intertidal zone between land and "
            "open salt water that is regularly flooded by the tides. It is dominated by grasses.",
        ),
    ],
)
def test_a_headword_over_its_definition_is_the_title_and_an_entry(
    head: str, definition: str
) -> None:
    page = "\n".join(["Startseite", "Suche", "", head, "", definition, "", "Weblinks"])
    rec = parse_record(page)
    assert rec.title == head
    assert rec.csl_type == "entry-encyclopedia"


def test_a_headword_under_the_works_name_and_a_redirect_note() -> None:
    page = "\n".join(
        [
            "Kornspeicher",
            "aus Wikipedia, der freien Enzyklopädie",
            "(Weitergeleitet von Getreidespeicher)",
            "Zur Navigation springen Zur Suche springen",
            "Ein Kornspeicher ist ein Gebäude, in dem gedroschenes Getreide bis zur weiteren "
            "Verarbeitung gelagert wird. Er schützt die Körner vor Nässe und Schädlingen.[1]",
        ]
    )
    rec = parse_record(page)
    assert rec.title == "Kornspeicher"
    assert rec.csl_type == "entry-encyclopedia"


def test_a_definition_ending_in_a_footnote_mark_still_defines() -> None:
    page = "\n".join(
        [
            "Reseña crítica",
            "Una reseña crítica es un texto breve que describe y valora una obra publicada "
            "según su contenido y su estilo. [1]",
        ]
    )
    assert parse_record(page).title == "Reseña crítica"


def test_a_heading_whose_words_do_not_open_the_paragraph_is_no_headword() -> None:
    page = "\n".join(
        [
            "Harbour news",
            "",
            "Ferries",
            "",
            "The council agreed on Monday to pay for a second boat, after a winter of delays "
            "that left commuters waiting on the pier for hours. Tickets stay the same.",
        ]
    )
    assert parse_record(page).csl_type != "entry-encyclopedia"


def test_a_section_heading_under_an_authored_title_is_not_the_title() -> None:
    page = "\n".join(
        [
            "Grain storage on small farms in the northern valleys",
            "By Ada Lindqvist",
            "",
            "Granaries",
            "Granaries were built on stone posts to keep the grain dry and the mice out, as "
            "the surveys of the valley farms show. Most of them had one room.",
        ]
    )
    assert parse_record(page).title == "Grain storage on small farms in the northern valleys"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Libros", "libro", True),
        ("Historisches", "Historische", True),
        ("Papier", "Papierkorb", False),
        ("Haus", "Hund", False),
        ("an", "and", False),
    ],
)
def test_one_word_inflected(a: str, b: str, same: bool) -> None:
    assert _same_word(a, b) is same


def test_names_headword_skips_one_article_elided_or_not() -> None:
    page, _ = _prepare("x", None)
    assert _names_headword("Wiktionnaire", "Le Wiktionnaire est un projet libre.", page)
    assert _names_headword("Encyclopédie", "L'encyclopédie est un ouvrage de référence.", page)
    assert not _names_headword("Encyclopédie", "Dans les bibliothèques on trouve des livres.", page)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.text(max_size=200))
def test_names_headword_never_crashes(head: str, body: str) -> None:
    page, _ = _prepare("x", None)
    assert _names_headword(head, body, page) in (True, False)
