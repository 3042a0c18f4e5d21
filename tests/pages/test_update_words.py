"""A news page's update beside its first publication on one line: the update's date yields
to the other date of its line, and stands where it is the only date the page prints for the
work (``[words].update_words``, ``comet.page.line_dates._day_date_in_line``). Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record

BODY = (
    "\n\nThe harbour towns of the north coast lost a third of their fishing fleet in ten "
    "years, and this story asks what the regional fund could do to keep the boats at sea.\n"
)


def _issued(head: str, meta: str) -> list[int] | None:
    issued = parse_record(f"{head}\n\n{meta}{BODY}").to_csl().get("issued")
    return list(issued["date-parts"][0]) if issued else None


@pytest.mark.parametrize(
    ("head", "meta", "want"),
    [
        # the update first on the line, the first publication after it
        (
            "Keeping the Fleet at Sea",
            "Updated 5 May 2021, first published 3 May 2021",
            [2021, 5, 3],
        ),
        (
            "Die Flotte auf See halten",
            "Von Ana Ruiz | aktualisiert 5. Mai 2021 | 3. Mai 2021",
            [2021, 5, 3],
        ),
        (
            "Garder la flotte en mer",
            "Par Ana Ruiz, mis à jour le 5 mai 2021, le 3 mai 2021",
            [2021, 5, 3],
        ),
        # (negatives) the update the only date printed: it dates the page
        (
            "Keeping the Fleet at Sea",
            "By Ana Ruiz Updated Nov 13, 2019, 10:28am EST",
            [2019, 11, 13],
        ),
        # an ordinary dateline: no update word, its date
        ("Keeping the Fleet at Sea", "By Ana Ruiz, May 3, 2021", [2021, 5, 3]),
    ],
)
def test_the_update_yields_to_the_first_date(head: str, meta: str, want: list[int]) -> None:
    assert _issued(head, meta) == want


def test_a_later_event_date_does_not_replace_the_update() -> None:
    # (final review #8) a page is never first published after its update: the later date
    # of the line is a match's or an event's
    text = (
        "Town Sport\n\nUpdated 8 April 2020 | Derby on 20 May 2020\n\n"
        "Riverside Rovers face the old rivals in the spring derby"
        f"{BODY}By Lea Moss\n"
    )
    issued = parse_record(text).to_csl().get("issued")
    assert issued is not None and list(issued["date-parts"][0]) == [2020, 4, 8]
