"""Date-role labels held as locale data (``[labels]`` of the locale files): a bookshop's
release label, a repository's year of first publication, an online-since aside closing a
byline, the submission history's received and accepted labels. Invented pages in the shape
of bookshops', repositories' and journals' in several languages."""

from __future__ import annotations

import pytest

from comet import parse_record


def _issued(text: str) -> list[int] | None:
    issued = parse_record(text).to_csl().get("issued")
    return issued["date-parts"][0] if issued else None


def test_french_bookshop_release_label() -> None:
    text = (
        "Le jardin des hérons\n"
        "Claire Dufour\n"
        "Editeur: Éditions du Marais\n"
        "Romans\tParution: octobre 2020\t\n"
        "Format: Broché\n"
        "Pages: 312 pages\n"
    )
    assert _issued(text) == [2020, 10]


@pytest.mark.parametrize(
    ("label", "lang_title"),
    [
        ("Year of first publication", "Sparse solvers for owl migration models"),
        ("Jahr der Erstveröffentlichung", "Dünnbesetzte Löser für Zugvogelmodelle"),
    ],
)
def test_repository_year_of_first_publication(label: str, lang_title: str) -> None:
    text = (
        f"{lang_title}\n"
        "Metadaten\n"
        "Author:Ana Ruiz, Pedro Mar\n"
        "Document Type:In Proceedings\n"
        "First Page:41\n"
        "Last Page:49\n"
        f"{label}:2019\n"
    )
    assert _issued(text) == [2019]


def test_italian_online_since_aside_closing_a_byline() -> None:
    text = (
        "Biblioteche e lettura digitale\n"
        "di Lia Neri (in linea da marzo 2001)\n"
        "Testo della relazione tenuta al convegno di primavera della sezione regionale.\n"
    )
    assert _issued(text) == [2001, 3]


def test_a_lowercase_label_in_a_sentence_stays_prose() -> None:
    # (negative) the aside closes a sentence of many words, not a byline
    text = (
        "Biblioteche e lettura digitale\n"
        "Questo testo, scritto per un convegno della sezione regionale delle biblioteche "
        "(in linea da marzo 2001).\n"
    )
    assert _issued(text) is None


@pytest.mark.parametrize(
    ("history", "keys"),
    [
        ("Recepción: 12/03/2019\nAprobación: 20/06/2019", {"received", "accepted"}),
        ("Recepção: 12/03/2019\nAprovação: 20/06/2019", {"received", "accepted"}),
        ("Статья поступила: 12.03.2019", {"received"}),
    ],
)
def test_submission_history_labels(history: str, keys: set[str]) -> None:
    text = f"Owl flight in cold winters\nAna Ruiz\n{history}\nPublished: 3 July 2019\n"
    r = parse_record(text)
    assert keys <= set(r.dates)
    assert _issued(text) == [2019, 7, 3]
