"""A list of other works' citations without a heading (a reading list, a publication list) is
no source of the page's own names, container or locator; the page's own citation printed in
several styles or languages stays the page's own (invented pages)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.locales import resolve
from comet.page.citation_runs import citation_runs
from comet.page.layout import read_layout

READING_LIST = """Books and papers on river deltas
Posted by Ines Korver on 14 April 2021
T. Maran, L. Osei. Sediment budgets of small deltas. Delta Letters 8 (2017) 12-29.
R. Havel. Mangroves and tides revisited. Estuarine Notes 21 (2019) 301-322.
Okafor, B. (2015). Salt wedges in tidal rivers. River Systems, 4(2), 55-70.
"""


def test_a_reading_list_gives_the_post_no_container_or_locator() -> None:
    rec = parse_record(READING_LIST)
    assert rec.title == "Books and papers on river deltas"
    assert [p.family for p in rec.authors] == ["Korver"]
    assert rec.container_title is None
    assert rec.volume is None and rec.pages is None


def test_a_publication_list_names_no_author() -> None:
    text = """Selected publications
A. Lindqvist, M. Roos. Peat and carbon in boreal fens. Mire Science 3 (2012) 1-19.
M. Roos. Drainage ditches and water tables. Wetland Review 10 (2016) 40-58.
"""
    rec = parse_record(text)
    assert rec.authors == ()
    assert rec.volume is None and rec.container_title is None


OWN_TWICE = """Salt wedges in tidal rivers
Bola Okafor
River Systems, Volume 4, Issue 2
Okafor, B. (2015). Salt wedges in tidal rivers. River Systems, 4(2), 55-70.
Okafor B. Salt wedges in tidal rivers. River Syst. 2015;4(2):55-70.
"""


def test_the_pages_own_citation_in_two_styles_stays_its_own() -> None:
    rec = parse_record(OWN_TWICE)
    assert rec.title == "Salt wedges in tidal rivers"
    assert rec.volume == "4"
    assert rec.issue == "2"


def test_two_languages_of_one_citation_stay_the_pages_own() -> None:
    rules = resolve(None)
    text = (
        "Havel R. Mangroves revisited. Estuarine Notes. 2019;21(3):301-322.\n"
        "Havel R. Les mangroves revisitées. Notes estuariennes. 2019;21(3):301-322.\n"
    )
    layout = read_layout(text, rules)
    lines = citation_runs(list(layout.lines), rules, layout.label_lines)
    assert {ln.zone for ln in lines} == {"main"}


def test_one_citation_line_alone_is_never_marked() -> None:
    rules = resolve(None)
    text = "A page\nR. Havel. Mangroves and tides revisited. Estuarine Notes 21 (2019) 301-322.\n"
    layout = read_layout(text, rules)
    assert all(ln.zone == "main" for ln in layout.lines)


def test_prose_with_years_is_no_citation_list() -> None:
    text = (
        "A history of the harbour\n"
        "In 1921 the harbour was dredged for the first time, and again in 1954 after a storm.\n"
        "The council voted in 1987 to close the old quay; it reopened in 2003 as a museum.\n"
    )
    rules = resolve(None)
    layout = read_layout(text, rules)
    assert all(ln.zone == "main" for ln in layout.lines)


@given(st.lists(st.text(max_size=120), max_size=8))
def test_never_crashes_and_keeps_every_line(parts: list[str]) -> None:
    rules = resolve(None)
    layout = read_layout("\n".join(parts), rules)
    lines = citation_runs(list(layout.lines), rules, layout.label_lines)
    assert [ln.text for ln in lines] == [ln.text for ln in layout.lines]
