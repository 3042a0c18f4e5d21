"""A book's page count in a facts line far down a whole page, beside the page's first ISBN
(``comet.page.page_count_lines._fact_lines``), in a line opening with a binding without
separators (``Taschenbuch neu 210 Seiten ISBN …``), and a paged list's pagination (``Page 1
of 6``, ``comet.page.pagination``) that is no locator. Invented pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.locales import all_rules
from comet.page.pagination import in_pagination

#: a shop's menus: more lines than the top a page count is looked for in
MENU = "".join(f"Rayon {i}\n" for i in range(70))


def _shop(details: str, carousel: str) -> str:
    return (
        f"{MENU}Les Oiseaux du marais\nAnne Roseau (Auteur)\n\n"
        "Une histoire des marais et de leurs oiseaux au fil des saisons.\n\n"
        f"{carousel}\n\nDétails sur le produit\n\n{details}\n"
    )


@pytest.mark.parametrize(
    ("details", "carousel", "count"),
    [
        (
            "Éditeur : Héron; 2e édition (3 mars 2015)\nBroché : 312 pages\n"
            "ISBN-13 : 978-2840123453",
            "Page 1 sur 4 Page 1 sur 4",
            "312",
        ),
        (
            "Verlag : Reiher Verlag (4. Mai 2016)\nTaschenbuch : 208 Seiten\n"
            "ISBN-13 : 978-3161484100",
            "Seite 1 von 3 Zum Anfang Seite 1 von 3",
            "208",
        ),
        (
            "Editorial : Garza; 1ª edición (2 junio 2018)\nTapa blanda : 180 páginas\n"
            "ISBN-13 : 978-8476543214",
            "Página 1 de 5 Volver al principio Página 1 de 5",
            "180",
        ),
        (
            "Publisher : Fen Press (12 May 2020)\nPaperback : 96 pages\nISBN-13 : 978-0001234567",
            "Page 1 of 2 Start over Page 1 of 2",
            "96",
        ),
    ],
)
def test_a_binding_count_beside_the_isbn_far_down(details: str, carousel: str, count: str) -> None:
    csl = parse_record(_shop(details, carousel)).to_csl()
    assert csl["number-of-pages"] == count
    assert "volume" not in csl


def test_a_binding_line_without_separators_holding_the_isbn() -> None:
    text = (
        f"{MENU}Wege durch das Moor\n\nLea Brandt\n\n"
        "Taschenbuch neu 210 Seiten ISBN:978-3-16-148410-0 Erschienen:03.04.2017\n"
        "Lieferzeit: 2 Tage\n"
    )
    assert parse_record(text).to_csl()["number-of-pages"] == "210"


@pytest.mark.parametrize(
    "line",
    [
        "Paperback neu 210 Seiten 2 Bände",  # (negative) two counts: which one is unknown
        "Schöne Bücher, 210 Seiten lang",  # (negative) no binding opens the line
    ],
)
def test_no_count_from_another_line(line: str) -> None:
    from comet.page.page_count_lines import _unparted_facts

    rules = all_rules()
    assert _unparted_facts(line, rules) is None


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Page 1 of 6", True),
        ("Page 1 sur 6 Page 1 sur 6", True),
        ("Seite 2 von 9", True),
        ("Página 3 de 3", True),
        ("Page 7 of 3", False),  # (negative) the page past the count: no pagination
        ("pp. 12 to 30", False),  # (negative) no pagination word
        ("Vol. 12, No. 3, pp. 45-67", False),  # (negative) a locator
        ("Vol. 3 of 5", False),  # (negative) a volume's place among the set's volumes
        ("Part 2 of 4", False),  # (negative) a part's place among the parts
        ("Band 2 von 3", False),  # (negative) the same in German
    ],
)
def test_pagination_of_a_paged_list(text: str, digits: bool) -> None:
    assert in_pagination(text, 0, len(text), all_rules()) is digits


def test_a_locator_beside_a_pagination_stays() -> None:
    text = "Page 1 of 2 | Fen Ecology Letters Vol. 12, No. 3, pp. 45-67"
    start = text.index("Vol.")
    assert not in_pagination(text, start, len(text), all_rules())


def test_a_journal_locator_is_still_read() -> None:
    text = (
        "Reeds in the Fen\n\nAnna Reed\n\nFen Ecology Letters Vol. 12, No. 3, pp. 45-67\n\n"
        "Page 1 of 2\n"
    )
    csl = parse_record(text).to_csl()
    assert csl["volume"] == "12"
    assert csl["page"] == "45-67"


@given(st.text(max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_in_pagination_accepts_any_text(text: str, start: int, end: int) -> None:
    # a pagination holds digits: a span without any is never one
    if in_pagination(text, start, end, all_rules()):
        assert any(c.isdigit() for c in text[start:end])
