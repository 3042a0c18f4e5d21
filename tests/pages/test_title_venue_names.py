"""A title-like line that is a periodical's or an event's name is evidence against it as
the work's title (``comet.page.title_venue_names``, the title model's ``venue_name``).
Invented lines and pages in several languages; every name was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.title_venue_names import venue_name


def _venue(text: str) -> float:
    page, _ = _prepare(
        f"{text}\nA line of prose about the marshes and the birds of the fens.", None
    )
    return venue_name(text, page)


@pytest.mark.parametrize(
    "line",
    [
        "Journal of Fen Nursing Science",
        "Revista de Estudios del Litoral",
        "Zeitschrift für Moorkunde",
        "Revue des marais et des étangs",
        "International Conference on Fen Computing (FENCO 2031)",
        "Beitrag zur Tagung der Gesellschaft für Moorkunde am 3.6.2031 in Moordorf",
        "XII Congresso Brasileiro de Estudos do Mangue",
        "第12回湿地学会シンポジウム",
    ],
)
def test_a_periodicals_or_an_events_name(line: str) -> None:
    assert _venue(line) == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "Working Nurses of the Fens",
        "Wie Moore wachsen und vergehen",
        "O manguezal como arquivo de memórias",
        "How teams plan a conference on a small budget",  # (an event word in small letters)
        "Marsh Birds",
        "Proceedings of the 12th Symposium on Fen Ecology",  # (a proceedings volume's title)
        "Actes du colloque des marais de l'Ouest",
    ],
)
def test_a_works_title(line: str) -> None:
    assert _venue(line) == 0.0


#: a journal platform's article page: the masthead, its ISSNs, the type, then the title
_ARTICLE = """Journal of Fen Nursing Science
Online ISSN : 2031-0001
Print ISSN : 2031-0002
ISSN-L : 2031-0002
Original Articles
Working Nurses of the Fens and Their Winter Shifts
Ada QuillTom Reeve
Author information
JOURNAL OPEN ACCESS FULL-TEXT HTML

2031 Volume 12 Pages 101-109

Details
Abstract

Ziel: die Erfahrungen von Pflegekräften der Moorkliniken im Winterdienst zu beschreiben.

Methode: vierzig Pflegekräfte wurden in drei Wintern zu ihren Nachtdiensten befragt.
"""

#: a conference paper's first page: its title, then the note of the conference it was given at
_PAPER_DE = """Torf und Wasser im Unterricht der Grundschule (und in der Lehrerbildung). Ein Werkstattbericht aus dem Moorlabor der Pädagogischen Hochschule Fennhausen

Beitrag zur Tagung der Gesellschaft für Moorpädagogik Nord „Wie viel Gelände braucht die Schule?“ am 14.09.2031 an der Universität Fennhausen

Auf der Tagung der Gesellschaft für Moorpädagogik Nord im September 2031 ging es um das Gelände als Lernort. Die Gesellschaft hatte Lehrende aus Schulen und Hochschulen eingeladen, ihre Erfahrungen mit Exkursionen zu berichten.

Unser Beitrag zur Tagung stellt das Moorlabor vor, in dem Studierende seit drei Jahren mit Schulklassen arbeiten. Die Gesellschaft bat uns, auch von den Schwierigkeiten zu erzählen.

Im Moorlabor messen die Kinder den Wasserstand, sie bestimmen Pflanzen und sie zeichnen Karten des Geländes, das die Universität für die Tagung geöffnet hatte.
"""


def test_a_mastheads_article_is_titled_by_its_heading() -> None:
    rec = parse_record(_ARTICLE)
    assert rec.title == "Working Nurses of the Fens and Their Winter Shifts"


def test_a_conference_note_under_a_papers_title_is_no_title() -> None:
    rec = parse_record(_PAPER_DE)
    assert rec.to_csl()["title"].startswith("Torf und Wasser im Unterricht der Grundschule")


@given(st.text(max_size=80))
def test_any_text_is_read_without_error(text: str) -> None:
    page, _ = _prepare(text or "x", None)
    assert venue_name(text, page) in (0.0, 1.0)
