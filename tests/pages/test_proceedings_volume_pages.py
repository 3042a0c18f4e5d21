"""A proceedings volume's own page and its event's dates line (every case invented): a
conference page that lists the papers of its proceedings under the event's name is the
volume's, a book, though it prints an example citation of one paper; the event's short name
and dates alone under its name are the event's dates (an online event has no place), not the
work's date; a paper's page under its proceedings' name is the paper's."""

from __future__ import annotations

from comet import parse_record
from comet.dates import DateRange
from comet.locales import resolve
from comet.page.event_dates import dates_alone
from comet.page.evidence import _Page
from comet.page.layout import read_layout
from comet.page.proceedings_volume import _name_marks, _names_line

VOLUME = """Institute for Lowland Studies

Home | Journals | e-Books | Conferences

3rd International Conference on Fen and Marsh Studies
3ICFMS * 11-13 May 2022 *

Department of Geography, University of Marshtown, Marshtown, NORWAY

ISBN 978-1-23456-790-3

Publisher: Institute for Lowland Studies, Marshtown, NORWAY, 2022

How to cite the papers? (each paper has its own DOI):
Penhallow, O., & Verrall, T. (2022). Peat loss under three drainage regimes. In B. Quill & \
H. Lowry (Eds.), 3rd International Conference on Fen and Marsh Studies: Conference \
Proceedings (pp. 1-10). Marshtown: Institute for Lowland Studies.

Papers and Authors

{entries}
"""
ENTRIES = """001: Peat loss under three drainage regimes
Orla Penhallow & Tamsin Verrall

002: Reed beds and the winter floods
Jory Kitto

003: The eels of the lower fens
Morwenna Trescothick, Piran Angove & Loveday Jenkin"""


def test_a_conference_page_listing_its_papers_is_the_volume() -> None:
    rec = parse_record(VOLUME.format(entries=ENTRIES))
    assert rec.csl_type == "book"
    assert rec.event is not None
    assert rec.event.name == "3rd International Conference on Fen and Marsh Studies"
    assert rec.event.place is None
    assert rec.event.start is not None and rec.event.start.date_parts() == [2022, 5, 11]
    assert rec.event.end is not None and rec.event.end.date_parts() == [2022, 5, 13]
    # the event's dates are not the volume's date (its imprint's year is)
    assert rec.to_csl()["issued"] == {"date-parts": [[2022]]}


def test_a_list_of_two_papers_is_not_enough() -> None:
    # near miss: two entries (a paper's page may list two related papers)
    two = ENTRIES.rsplit("\n\n", 1)[0]
    rec = parse_record(VOLUME.format(entries=two))
    assert rec.csl_type == "paper-conference"


def test_numbered_sections_over_prose_are_no_list_of_papers() -> None:
    # near miss: a paper's numbered sections, each over a sentence of prose
    sections = (
        "1. Peat loss and drainage\nThe fens were drained for four centuries.\n\n"
        "2. Reed beds in the floods\nThe reeds stand in water all winter.\n\n"
        "3. Eels of the lower fens\nThe eels return each spring."
    )
    rec = parse_record(VOLUME.format(entries=sections))
    assert rec.csl_type == "paper-conference"


PAPER = """Fen Press
Home | Books | Journals | Conferences
Proceedings of the 12th Symposium on Fen Ecology
Peat loss under three drainage regimes
Orla Penhallow, Tamsin Verrall
In: Proceedings of the 12th Symposium on Fen Ecology
Editors: Barnaby Quill, Hester Lowry
Pages: 1-12
ISBN: 978-1-23456-789-7
Published: 14 October 2019
Abstract
We measure the loss of peat under three drainage regimes in the lowland fens over six seasons.
"""


def test_a_papers_page_under_its_proceedings_name_is_the_papers() -> None:
    # near miss: the proceedings' name heads the page, but no list of papers follows
    rec = parse_record(PAPER)
    assert rec.csl_type == "paper-conference"
    assert rec.to_csl()["title"] == "Peat loss under three drainage regimes"


BOOK = """Fen Press
Home | Books | Journals | Conferences
Proceedings of the 12th Symposium on Fen Ecology
Marshtown, Norway, 3–5 June 2019
Editors: Barnaby Quill, Hester Lowry
Publisher: Fen Press
ISBN: 978-1-23456-789-7
Published: 14 October 2019
"""


def test_a_proceedings_book_has_its_events_line() -> None:
    rec = parse_record(BOOK)
    assert rec.csl_type == "book"
    assert rec.event is not None
    assert rec.event.place == "Marshtown, Norway"
    assert rec.event.start is not None and rec.event.start.date_parts() == [2019, 6, 3]
    assert rec.to_csl()["issued"] == {"date-parts": [[2019, 10, 14]]}


def _page() -> _Page:
    rules = resolve(None)
    text = "A page\n"
    return _Page(text, text, lambda a, b: (a, b), read_layout(text, rules), rules, None)


def test_dates_alone_beside_a_short_name() -> None:
    page = _page()
    one = dates_alone("FENECO * 2 July 2019 *", page)
    assert isinstance(one, DateRange) and one.start.date_parts() == [2019, 7, 2]
    two = dates_alone("12ISFE | June 3-5, 2019", page)
    assert isinstance(two, DateRange) and two.end is not None
    assert two.end.date_parts() == [2019, 6, 5]
    # near misses: a place beside the dates, a month alone, a sentence, dates alone
    assert dates_alone("Marshtown * 2 July 2019", page) is None
    assert dates_alone("June 3-5, 2019", page) is None
    assert dates_alone("FENECO * July 2019", page) is None
    assert dates_alone("Registration closes on 2 July 2019", page) is None


def test_names_line() -> None:
    fw = frozenset({"and", "de", "van"})
    marks = _name_marks(resolve(["en"]))
    assert _names_line("Orla Penhallow & Tamsin Verrall", fw, marks)
    assert _names_line("Vanessa de Sousa, Piet van Dam and J. Kitto", fw, marks)
    assert not _names_line("The eels return each spring.", fw, marks)
    assert not _names_line("Pages 12-19", fw, marks)
