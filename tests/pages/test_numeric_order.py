"""One numeric date order per page (``comet.page.numeric_order``): an ambiguous numeric
date (``07/01/2014``) is read in the order another date of the same page proves (a part
over 12, or the same date written with its month's name), and where nothing proves an
order the reading is kept and marked ``ambiguous-date-order``. Invented pages in several
languages, and properties of the pure functions."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.dates import PartialDate
from comet.page.numeric_order import (
    AMBIGUOUS,
    DMY,
    FROM_PAGE,
    MDY,
    in_proven_order,
    numeric_proof,
    read_order,
    written_proof,
)

RULES = _loc.resolve(None)


def _record(text: str) -> tuple[list[int] | None, set[str]]:
    r = parse_record(text)
    issued = r.to_csl().get("issued")
    return (issued["date-parts"][0] if issued else None), {d.code for d in r.diagnostics}


def _page(history: str) -> str:
    return (
        "Soil moisture under willow canopies in a dry summer\n"
        "Maria Olsen, Peter Hale\n"
        "Journal of Field Hydrology\n"
        f"{history}\n"
        "Abstract\n"
        "We measured soil moisture under willows for three summers.\n"
    )


def test_a_month_first_date_on_the_page_reads_the_ambiguous_one_month_first() -> None:
    issued, codes = _record(_page("Received: 12/23/2013\nPublished: 07/01/2014"))
    assert issued == [2014, 7, 1]
    assert FROM_PAGE in codes


def test_a_day_first_date_on_the_page_reads_the_ambiguous_one_day_first() -> None:
    issued, codes = _record(_page("Received: 23/12/2013\nPublished: 07/01/2014"))
    assert issued == [2014, 1, 7]
    assert FROM_PAGE in codes


def test_the_same_date_written_with_its_month_name_decides() -> None:
    issued, codes = _record(_page("Published: 07/01/2014\nOnline since July 1, 2014"))
    assert issued == [2014, 7, 1]
    assert FROM_PAGE in codes


def test_german_page_dotted_dates() -> None:
    text = (
        "Bodenfeuchte unter Weiden im trockenen Sommer\n"
        "Jonas Feld, Ida Brandt\n"
        "Eingereicht: 28.11.2013\n"
        "Veröffentlicht: 04.03.2014\n"
        "Zusammenfassung\n"
        "Wir haben die Bodenfeuchte gemessen.\n"
    )
    issued, codes = _record(text)
    assert issued == [2014, 3, 4]
    assert FROM_PAGE in codes


def test_spanish_page_written_date_beside_the_numeric_one() -> None:
    text = (
        "Humedad del suelo bajo sauces en un verano seco\n"
        "Lucía Ramos, Pedro Mar\n"
        "Fecha de publicación: 05/03/2014 (5 de marzo de 2014)\n"
        "Resumen\n"
        "Medimos la humedad del suelo bajo los sauces.\n"
    )
    issued, codes = _record(text)
    assert issued == [2014, 3, 5]
    assert FROM_PAGE in codes


def test_no_proof_keeps_the_reading_and_says_so() -> None:
    # (negative) nothing on the page decides: the reader's order stays, never silently
    before, _ = _record(_page("Published: 13/01/2014"))
    issued, codes = _record(_page("Published: 07/01/2014"))
    assert before == [2014, 1, 13]
    assert issued is not None and issued[0] == 2014
    assert AMBIGUOUS in codes and FROM_PAGE not in codes


def test_both_orders_on_one_page_prove_nothing() -> None:
    # (negative) a page with dates of both orders: no order is taken from it
    issued, codes = _record(_page("Published: 07/01/2014\nNotes: 12/23/2013 and 23.12.2013"))
    assert issued is not None
    assert AMBIGUOUS in codes and FROM_PAGE not in codes


def test_a_numeric_date_after_a_word_proves_nothing_of_itself() -> None:
    # (negative) 'vom 4.2.2021' is the ambiguous date itself, a word before it: no written date
    text = (
        "Kosten der Moorpflege im Vergleich\n"
        "Bericht der Arbeitsgruppe vom 4.2.2021\n"
        "Zusammenfassung\n"
        "Wir vergleichen die Kosten der Pflege.\n"
    )
    _issued, codes = _record(text)
    assert FROM_PAGE not in codes
    assert written_proof(text, PartialDate(2021, 2, 4), RULES) == {}


def test_an_unambiguous_date_carries_no_order_diagnostic() -> None:
    # (negative) a date with a part over 12, or a written one, needs no proof
    _issued, codes = _record(_page("Published: 23/01/2014"))
    assert AMBIGUOUS not in codes and FROM_PAGE not in codes
    _issued, codes = _record(_page("Published: 3 May 2014"))
    assert AMBIGUOUS not in codes and FROM_PAGE not in codes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Submitted 12/23/2014", {MDY: "12/23/2014"}),
        ("Eingang 23.12.2014", {DMY: "23.12.2014"}),
        ("07/01/2014 and 3-5-2015", {}),  # both ambiguous
        ("doi 10.1000/12.31.2014", {}),  # inside an identifier
        ("1.2.3.2014 release", {}),  # a longer run of numbers
        ("version 13.1.2014.2", {}),
        ("12/23/14", {}),  # a two-digit year proves nothing
    ],
)
def test_numeric_proof(text: str, want: dict[str, str]) -> None:
    assert numeric_proof(text) == want


def test_read_order_finds_the_printed_date() -> None:
    v = PartialDate(2014, 1, 7, raw="Published: 07/01/2014")
    assert read_order(v.raw, v) == (DMY, "07/01/2014")
    w = PartialDate(2014, 7, 1, raw="07/01/14")
    assert read_order(w.raw, w) == (MDY, "07/01/14")
    assert read_order("3 May 2014", PartialDate(2014, 5, 3)) is None
    assert read_order("05/05/2014", PartialDate(2014, 5, 5)) is None  # reads one way


def test_written_proof_reads_lines_with_the_year() -> None:
    v = PartialDate(2014, 1, 7)  # read day first from 07/01/2014
    assert written_proof("Posted July 1, 2014\n", v, RULES) == {"swapped": "July 1, 2014"}
    assert written_proof("Posted 7 January 2014\n", v, RULES) == {"same": "7 January 2014"}
    assert written_proof("Posted 1 July 2015\n", v, RULES) == {}


_DAY_MONTH = st.tuples(st.integers(1, 12), st.integers(1, 12)).filter(lambda p: p[0] != p[1])


@given(_DAY_MONTH, st.integers(1900, 2099), st.sampled_from("/.-"))
def test_read_order_names_the_order_read(pair: tuple[int, int], year: int, sep: str) -> None:
    a, b = pair
    raw = f"{a:02d}{sep}{b:02d}{sep}{year}"
    assert read_order(raw, PartialDate(year, b, a, raw=raw)) == (DMY, raw)
    assert read_order(raw, PartialDate(year, a, b, raw=raw)) == (MDY, raw)


@given(_DAY_MONTH, st.integers(1900, 2099), st.sampled_from([DMY, MDY]))
def test_a_proof_gives_the_proven_order(pair: tuple[int, int], year: int, proven: str) -> None:
    a, b = pair
    raw = f"{a}/{b}/{year}"
    for order, value in ((DMY, PartialDate(year, b, a, raw=raw)), (MDY, PartialDate(year, a, b))):
        out = in_proven_order(value, (order, raw), {proven: "x"}, {})
        want = (year, b, a) if proven == DMY else (year, a, b)
        assert (out.year, out.month, out.day) == want
        assert [d.code for d in out.diagnostics] == [FROM_PAGE]


@given(_DAY_MONTH, st.integers(1900, 2099))
def test_no_proof_keeps_the_value(pair: tuple[int, int], year: int) -> None:
    a, b = pair
    value = PartialDate(year, b, a, raw=f"{a}/{b}/{year}")
    for numeric in ({}, {DMY: "x", MDY: "y"}):
        out = in_proven_order(value, (DMY, value.raw), numeric, {})
        assert attrs.evolve(out, diagnostics=()) == value
        assert [d.code for d in out.diagnostics] == [AMBIGUOUS]


@given(st.text(max_size=200))
def test_numeric_proof_never_crashes(text: str) -> None:
    for order, shown in numeric_proof(text).items():
        # each proof is printed on the page, with its part over 12 where its order says
        assert shown in text
        first, second = (int(p) for p in re.split(r"[./-]", shown)[:2])
        assert (first > 12) if order == DMY else (second > 12)


@given(st.integers(13, 28), st.integers(1, 12), st.integers(1900, 2099), st.sampled_from("/.-"))
def test_a_part_over_twelve_proves_its_order(day: int, month: int, year: int, sep: str) -> None:
    assert numeric_proof(f"Received {day}{sep}{month}{sep}{year}") == {
        DMY: f"{day}{sep}{month}{sep}{year}"
    }
    assert numeric_proof(f"Received {month}{sep}{day}{sep}{year}") == {
        MDY: f"{month}{sep}{day}{sep}{year}"
    }
