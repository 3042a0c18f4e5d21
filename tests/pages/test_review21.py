"""Near misses of session 21's rules found in review (every page invented): a journal's
review of a book with the book's ISBN and the journal's volume and issue on one line, a
project's page headed by its university with a supervisor labelled, a one-word imprint under
an 'Imprint' label."""

from __future__ import annotations

import pytest

from comet import parse_record

REVIEW = """Fen Studies Review
Vol. 8, No. 2 (2021)

Wetland Histories: A Reader
Reviewed by Tamsin Verrall
Published: 2021-06-01

Orla Penhallow (ed.), Wetland Histories: A Reader, Heron Press, 2020, ISBN 9780306406157

This collection gathers twelve essays on drained landscapes and the people who lived there.
"""


def test_a_journals_review_with_volume_and_issue_on_one_line_is_no_book() -> None:
    # no page range, no DOI, no ISSN: the volume and the issue on one line are the journal's
    assert parse_record(REVIEW).csl_type != "book"


PROJECT = """University of Marshtown
Department of Wetland Ecology

Fen Restoration Monitoring Project
Project lead: Dr. Orla Penhallow
Supervisor: Prof. Tamsin Verrall
Funding: Regional Water Board

The project monitors water levels and vegetation at six restored fens in the lowlands. \
Students join the field team each summer to survey plots and record peat depth.
"""


def test_a_projects_page_under_a_university_with_a_supervisor_is_no_thesis() -> None:
    # near miss of the thesis cover: no work's author on the page
    rec = parse_record(PROJECT).to_csl()
    assert rec["type"] != "thesis"
    assert rec.get("publisher") != "University of Marshtown"


@pytest.mark.parametrize(
    ("label", "publisher", "place"),
    [
        ("Imprint", None, "Marshtown"),  # an imprint's one word before its date: the place
        ("Publication details", None, "Marshtown"),
        ("Publisher", "Marshtown", None),  # a publisher's label: the publisher's name
    ],
)
def test_one_word_before_the_date_is_a_place_unless_the_label_names_the_publisher(
    label: str, publisher: str | None, place: str | None
) -> None:
    text = f"Histoire des marais\nAuthor: Jean Dufresne\n{label}: Marshtown, 1886\nDescription: 312 p.\n"
    rec = parse_record(text).to_csl()
    assert (rec.get("publisher"), rec.get("publisher-place")) == (publisher, place)


SHOP = (
    "Basket\nBooks\n\n{heading}\n\nby Oda Brekke (Author)\n\n"
    "Product details\n\nPublisher : Marsh Lane Books (4 Mar. 2021)\nLanguage : English\n"
    "Paperback : 412 pages\nISBN-13 : 978-0306406157\n"
)


@pytest.mark.parametrize("inner", ["Illustrated", "Book 2", "French"])
def test_one_word_in_brackets_after_a_product_title_is_no_series(inner: str) -> None:
    # near miss of the shop's series in brackets: one word describes the book
    rec = parse_record(SHOP.format(heading=f"The Salt Ledger ({inner}) Paperback – 4 Mar. 2021"))
    assert "collection-title" not in rec.to_csl()


def test_a_series_name_in_brackets_after_a_product_title_is_still_read() -> None:
    rec = parse_record(
        SHOP.format(heading="The Salt Ledger (Fen Road Classics) Paperback – 4 Mar. 2021")
    )
    assert rec.to_csl().get("collection-title") == "Fen Road Classics"


SOCIETY = """Peat loss under drainage in the eastern fens
Orla Penhallow, Tamsin Verrall
Published in: Proceedings of the Fen Society. Biological Sciences, vol. 12, pp. 45-67, 2019
Abstract
We measured peat loss at twelve drained sites across the eastern fens over a decade.
"""


def test_a_societys_proceedings_and_its_section_are_no_series() -> None:
    # near miss of the series after an event's proceedings: a learned body's journal
    csl = parse_record(SOCIETY).to_csl()
    assert csl.get("volume") == "12"
    assert "collection-title" not in csl


def test_a_volume_and_an_issue_keep_the_section_in_the_container() -> None:
    text = SOCIETY.replace("Fen Society", "3rd Fen Workshop").replace("vol. 12,", "vol. 12, no. 3,")
    csl = parse_record(text).to_csl()
    assert csl.get("volume") == "12"
    assert "collection-title" not in csl
