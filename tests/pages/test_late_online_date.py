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
        # (negatives) online before the year, or in its year: the online date
        ("Rev. Costa vol.12 no.3 2020  Published online: 12 December 2019", [2019, 12, 12]),
        ("Rev. Costa vol.12 no.3 2019  Published online: 3 March 2019", [2019, 3, 3]),
    ],
)
def test_the_earliest_publication_date_dates_the_work(line: str, want: list[int]) -> None:
    assert _issued(line) == want
