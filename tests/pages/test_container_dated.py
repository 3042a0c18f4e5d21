"""A periodical's or a reference work's name dated on a line of its own near the top names
the container, and its year (and issue) date the work (session 29;
``comet.page.masthead_issue``). Invented pages.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.locales import all_rules
from comet.page.masthead_issue import _dated_name, _journal_masthead, _name_like

ENTRY_PAGE = """{title}

{masthead}

{title}

{author}

{body}

{body}
"""


@pytest.mark.parametrize(
    ("masthead", "title", "author", "body", "container", "year", "issue"),
    [
        (
            "Mondo delle Paludi (2004)",
            "Le paludi costiere del Nord",
            "Giulia Ferri",
            "Le paludi costiere del Nord si formano dove i fiumi incontrano il mare e le "
            "maree lasciano depositi di limo per molti secoli, come mostrano gli scavi.",
            "Mondo delle Paludi",
            2004,
            None,
        ),
        (
            "Mocsári Szemle 1997. 2. szám",
            "A északi part menti mocsarak",
            "KOVÁCS ANNA",
            "Az északi part menti mocsarak ott alakulnak ki, ahol a folyók a tengerrel "
            "találkoznak, és az ár évszázadokon át iszapot rak le, ahogy az ásatások mutatják.",
            "Mocsári Szemle",
            1997,
            "2",
        ),
        (
            "Zeitschrift für Marschkunde 3/2019",
            "Die Küstenmarschen des Nordens",
            "Jonas Weber",
            "Die Küstenmarschen des Nordens entstehen dort, wo die Flüsse auf das Meer treffen "
            "und die Gezeiten über Jahrhunderte Schlick ablagern, wie die Grabungen zeigen.",
            "Zeitschrift für Marschkunde",
            2019,
            "3",
        ),
    ],
)
def test_a_dated_masthead_names_the_container(
    masthead: str,
    title: str,
    author: str,
    body: str,
    container: str,
    year: int,
    issue: str | None,
) -> None:
    page = ENTRY_PAGE.format(masthead=masthead, title=title, author=author, body=body)
    csl = parse_record(page).to_csl()
    assert csl.get("container-title") == container
    assert csl.get("issued") == {"date-parts": [[year]]}
    if issue is not None:
        assert csl.get("issue") == issue


BOOK_PAGE = """Reeds of the North (2004)

Ola Berg

ISBN 978-0-306-40615-7

The reeds of the north grow where the rivers meet the sea, and the tides leave silt behind
for many centuries, as the digs along the coast have shown in recent years.
"""


def test_a_books_title_with_its_year_names_no_container() -> None:
    assert parse_record(BOOK_PAGE).to_csl().get("container-title") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Mondo delle Paludi (2004)", "Mondo delle Paludi"),
        ("Mocsári Szemle 1997. 2. szám", "Mocsári Szemle"),
        ("Working Paper No. 14", None),  # no year: a report's number
        ("Reed Atlas online / PDF // https://example.org/atlas.pdf (2004)", None),  # a link
        ("Fen Letters 12(3): 45-67, 2019", None),  # pages: a citation's locator
    ],
)
def test_the_name_before_a_date(line: str, name: str | None) -> None:
    dated = _dated_name(line, all_rules())
    got = dated[0] if dated and _name_like(dated[0], "", all_rules()) else None
    assert got == name


@pytest.mark.parametrize("line", ["Training sessions 7-8/2023", "Ticket No. 12, summer 2019"])
def test_a_numbered_thing_with_its_year_names_no_container(line: str) -> None:
    page = ENTRY_PAGE.format(
        masthead=line,
        title="The coastal marshes of the north",
        author="Ola Berg",
        body="The coastal marshes of the north form where the rivers meet the sea and the "
        "tides leave silt behind for many centuries, as the digs along the coast show.",
    )
    assert parse_record(page).to_csl().get("container-title") is None


@given(st.text(max_size=90))
def test_any_line(line: str) -> None:
    dated = _dated_name(line, all_rules())
    assert dated is None or dated[0] in line


@pytest.mark.parametrize(
    ("head", "masthead"),
    [
        ("Mocsári Szemle", True),  # a journal word of the locales
        ("FENLAND REVIEW", True),
        ("KÄRR OCH MOSSE", True),  # capitals: a masthead whatever its language's word
        ("Newsletter", False),  # a periodical's word alone
        ("Training sessions", False),  # a numbered thing
    ],
)
def test_one_masthead_test_for_the_issue_and_the_name(head: str, masthead: bool) -> None:
    # the issue reader (masthead_issue) and the name reader (dated_masthead) of a dated
    # masthead line are one module's and ask one question of the name before the date
    assert _journal_masthead(head, all_rules()) is masthead
    line = f"{head} 2031. 4. szám"
    dated = _dated_name(line, all_rules())
    assert dated is not None and dated[0] == head and dated[2] == "4"
