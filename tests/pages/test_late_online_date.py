"""An online date in a later year than the issue's is no issued date: the work is dated by
the earliest publication date printed (``comet.page.issued``). Invented pages in the shape
of a journal platform's article header."""

from __future__ import annotations

import pytest

from comet import parse_record

BODY = (
    "Abstract\n\nThe salt marshes of the northern coast lost a fifth of their area between "
    "1990 and 2015, and this study measures the loss of sediment along three transects.\n\n"
    "Keywords: salt marsh; sediment\n"
)


def _issued(line: str) -> list[int]:
    page = "Sediment loss in three northern salt marshes\n\nAna Ruiz, Pedro Mar\n\n"
    csl = parse_record(page + line + "\n\n" + BODY).to_csl()
    return list(csl["issued"]["date-parts"][0])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # posted online the year after the issue: the year
        ("Rev. Costa vol.12 no.3 Mar./Apr. 2017  Epub May 2, 2018", [2017]),
        # posted online months after the month, in its year: the month
        ("Rev. Costa vol.41 no.4 Lima abr. 2021  Epub 23-Ago-2021", [2021, 4]),
        ("Cad. Serra v.7 n.2 Braga fev. 2018  Epub 05-Jul-2018", [2018, 2]),
        ("Bull. Nord vol.3 no.1 Jan. 2016  Epub Oct 9, 2016", [2016, 1]),
        # (negatives) online before the year, or in its year: the online date
        ("Rev. Costa vol.12 no.3 2020  Published online: 12 December 2019", [2019, 12, 12]),
        ("Rev. Costa vol.12 no.3 2019  Published online: 3 March 2019", [2019, 3, 3]),
        # (negatives) online within the month: the day refines it
        ("Rev. Costa vol.41 no.4 Lima abr. 2021  Epub 23-Abr-2021", [2021, 4, 23]),
        ("Bull. Nord vol.3 no.1 Jun. 2016  Epub May 28, 2016", [2016, 5, 28]),
    ],
)
def test_the_earliest_publication_date_dates_the_work(line: str, want: list[int]) -> None:
    assert _issued(line) == want


@pytest.mark.parametrize(
    ("history", "want"),
    [
        ("Received: May 2, 2023\nAdvance Publication: August 7, 2023\nPublished: August 30, 2023",
         [2023, 8, 7]),
        ("Accepted 4 June 2020\nAdvance online publication 20 July 2020\nPublished 1 Sept 2020",
         [2020, 7, 20]),
    ],
)  # fmt: skip
def test_an_advance_publication_is_the_first_online(history: str, want: list[int]) -> None:
    page = "Sediment loss in three northern salt marshes\n\nAna Ruiz, Pedro Mar\n\n"
    csl = parse_record(page + history + "\n\n" + BODY).to_csl()
    assert list(csl["issued"]["date-parts"][0]) == want
