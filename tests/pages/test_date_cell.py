"""A meta line by the title whose cells a site separates with bars: the one cell that is a
date and nothing else dates the work (``comet.page.issued._date_cell``). Invented pages in
the shape of an institute's publication listing."""

from __future__ import annotations

from comet import parse_record
from comet.page.date_cells import _date_cell
from comet.page.parse import _prepare

BODY = (
    "The harbour towns of the north coast lost a third of their fishing fleet in ten years, "
    "and this brief asks what the regional fund could do to keep the remaining boats at sea.\n"
)


def _issued(meta: str) -> list[int] | None:
    text = f"Institute Publications\n\n  • Keeping the Fleet at Sea\n\n\n    {meta}\n    {BODY}"
    issued = parse_record(text).to_csl().get("issued")
    return list(issued["date-parts"][0]) if issued else None


def test_the_date_cell_dates_the_work() -> None:
    assert _issued("Policy Brief, March 2020 | March 2020 | Ana Ruiz, Pedro Mar") == [2020, 3]


def test_a_date_cell_to_the_day() -> None:
    assert _issued("Policy Brief | 4 March 2020 | Ana Ruiz, Pedro Mar") == [2020, 3, 4]


def test_a_report_covers_imprint_line_parted_by_a_bullet() -> None:
    assert _cell("NORTHERN SPACE AGENCY OWLTON, N. C. • JULY 1975") is not None


def test_a_meta_line_parted_by_middle_dots() -> None:
    assert _cell("By Ana Ruiz · 5 min read · March 3, 2021") is not None


# -- where the rule must not fire (the rule alone is asked: other readers may still read
# a date on such lines by their own rules) -------------------------------------------------


def _cell(meta: str) -> object:
    page, _ = _prepare(f"Institute Publications\n\n{meta}\n\n{BODY}", None)
    line = next(ln for ln in page.layout.lines if ln.text.strip() == meta)
    return _date_cell(page, line)


def test_the_rule_reads_the_cell() -> None:
    assert _cell("Policy Brief, March 2020 | March 2020 | Ana Ruiz, Pedro Mar") is not None


def test_a_menu_of_months_is_no_meta_line() -> None:
    assert _cell("January 2020 | February 2020 | March 2020") is None


def test_an_archive_trail_is_no_meta_line() -> None:
    assert _cell("Home | Archive | March 2020") is None


def test_a_cell_after_a_modification_label() -> None:
    assert _cell("Policy Brief | Last updated | 4 March 2020 | Ana Ruiz") is None


def test_a_year_cell_is_too_coarse() -> None:
    assert _cell("Policy Brief | 2020 | Ana Ruiz, Pedro Mar") is None


def test_a_date_inside_a_longer_cell_is_none() -> None:
    assert _cell("Policy Brief of March 2020 | Ana Ruiz, Pedro Mar") is None


def test_two_date_cells_are_a_list() -> None:
    assert _cell("Spring term • March 2020 • April 2020") is None


def test_a_bulleted_line_is_one_cell() -> None:
    assert _cell("• March 2020") is None


# -- a date between cells of words needs the work's authors after it (final review #4) ------


def test_an_event_line_names_a_place_not_authors() -> None:
    assert _cell("Summer choir evening | June 2025 | Old Town Hall") is None


def test_a_cv_line_names_an_employer() -> None:
    assert _cell("Lab technician • May 2012 • Riverside College") is None


def test_a_job_advert_line_names_a_deadline_and_a_button() -> None:
    assert _cell("Harbour Museum · Closing date · August 2023 · Apply here") is None


def test_an_event_page_has_no_issued_date() -> None:
    text = (
        "Events\nSummer choir evening | June 2025 | Old Town Hall\nPosted in Music\n"
        "The town choir sings old harbour songs this summer. Entry is free for everyone.\n"
    )
    assert parse_record(text).to_csl().get("issued") is None
