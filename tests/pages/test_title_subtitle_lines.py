"""A title printed over two heading lines, the title proper and its subtitle, is read whole
(``title: subtitle``); a series line, a sentence, a title with its subtitle already, a line
in another script, a name or a list of works joins nothing (invented pages)."""

from __future__ import annotations

import pytest

from comet import parse_record

BOOK = """{upper}

{lower}

Owlton Press (Verlag)
  • 1. Auflage
  • Hardcover
  • 248 Seiten
978-3-16-100000-0 (ISBN)
Die Studie untersucht, wie Gerichte an der Küste über Gezeiten und Weiderechte entschieden haben.
"""

ARTICLE = """Fenland Review of Coastal Studies
versión On-line ISSN 1234-5679
Fenland Rev. vol.12 no.3 Owlton jul. 2019

ARTÍCULOS

{upper}

{lower}

Ana Ruiz Berg*
Ola Moe Lind**

Resumen
El trabajo compara dos marismas del norte y sus aves durante diez años.
"""

UPPER = "Marsh Law in the Northern Fens"


def _title(page: str, upper: str, lower: str) -> str | None:
    return parse_record(page.format(upper=upper, lower=lower)).to_csl().get("title")


@pytest.mark.parametrize("page", [BOOK, ARTICLE])
def test_title_and_subtitle_lines_are_joined(page: str) -> None:
    lower = "A Study of Tides and Their Courts"
    assert _title(page, UPPER, lower) == f"{UPPER}: {lower}"


@pytest.mark.parametrize("page", [BOOK, ARTICLE])
@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("Fen Tales #2", "The Reed Cutter and the Heron"),  # a series and its number
        (UPPER, "The book was written over ten winters by the sea."),  # a sentence
        ("Marsh Law: Tides and Courts", "The Reed Cutter and the Heron"),  # a subtitle already
        (UPPER, "Болотное право северных топей"),  # its translation
        (UPPER, "Dr. Ana Ruiz, University of Owlton"),  # its author
    ],
)  # fmt: skip
def test_near_misses_join_nothing(page: str, upper: str, lower: str) -> None:
    title = _title(page, upper, lower) or ""
    assert f"{upper}: {lower}" not in title


def test_a_heading_printed_again_longer_joins_nothing() -> None:
    lower = "Marsh Law in the Northern Fens and Their Courts"
    assert ": " not in (_title(BOOK, UPPER, lower) or "")


def test_a_list_of_works_joins_nothing() -> None:
    page = BOOK.replace(
        "{lower}", "{lower}\n\nThe Reed Cutter and the Heron\n\nHerons Over the Salt Flats"
    )
    title = _title(page, UPPER, "A Study of Tides and Their Courts") or ""
    assert ": " not in title
