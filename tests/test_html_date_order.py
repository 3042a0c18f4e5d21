"""``comet.parse_html``: a tag's all-numeric date whose day and month read either way
(``07/01/2014``) against the page's written date (issue 17; the order of day and month).

Every page here is hand-written (invented names, titles and sites)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_html
from comet.dates import PartialDate, parse_date
from comet.html._date_order import order_ambiguous, other_order
from tests._html_build import meta, page

pytest.importorskip("selectolax")

TEXT = (
    "<p>Keepers across the valley counted their colonies after the long winter and "
    "found fewer than in any year since the cooperative began its survey.</p>"
)


def story(date: str, title: str = "Counting hives after the winter") -> str:
    return f"<article><h1>{title}</h1><p>{date}</p>{TEXT}</article>"


def tagged(tag_date: str, shown: str) -> PartialDate | None:
    head = meta("citation_title", "Counting hives after the winter") + meta(
        "citation_date", tag_date
    )
    return parse_html(page(head, story(shown))).issued


@pytest.mark.parametrize(
    ("tag_date", "shown", "want"),
    [
        ("07/01/2014", "July 1, 2014 | Ward, Nora", "2014-07-01"),  # US
        ("03/04/2019", "4 March 2019", "2019-03-04"),  # UK
        ("03/04/2019", "3. April 2019", "2019-04-03"),  # DE
        ("05/06/2020", "5 juin 2020", "2020-06-05"),  # FR
        ("10/11/2021", "2021年10月11日", "2021-10-11"),  # JP
    ],
)
def test_an_ambiguous_tag_date_does_not_overrule_the_written_date(
    tag_date: str, shown: str, want: str
) -> None:
    assert str(tagged(tag_date, shown)) == want


def test_an_unambiguous_tag_date_still_corrects_a_swapped_text_date() -> None:
    head = meta("article:published_time", "2021-04-09T08:00:00Z", "property")
    rec = parse_html(page(head, story("04/09/2021")))
    assert str(rec.issued) == "2021-04-09"


def test_a_tag_day_over_twelve_is_unambiguous() -> None:
    assert str(tagged("13/02/2013", "13 February 2013")) == "2013-02-13"
    assert str(tagged("02/13/2013", "February 13, 2013")) == "2013-02-13"


def test_order_ambiguous() -> None:
    assert order_ambiguous(parse_date("07/01/2014"))
    assert not order_ambiguous(parse_date("2014-01-07"))
    assert not order_ambiguous(parse_date("13/01/2014"))
    assert not order_ambiguous(parse_date("05/05/2014"))
    assert not order_ambiguous(parse_date("January 7, 2014"))
    assert not order_ambiguous(PartialDate(2014, 1, 7))
    assert str(other_order(parse_date("07/01/2014"))) == "2014-07-01"
    assert other_order(parse_date("2014-01-07")) is None


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.integers(1900, 2100),
       st.sampled_from(["/", ".", "-"]))  # fmt: skip
def test_other_order_is_an_involution_on_numeric_dates(a: int, b: int, y: int, sep: str) -> None:
    d = parse_date(f"{a:02d}{sep}{b:02d}{sep}{y}", strict=False)
    value = getattr(d, "value", d)
    if not isinstance(value, PartialDate):
        return
    other = other_order(value)
    if a == b or other is None:
        assert other is None or a != b
        return
    assert (other.month, other.day) == (value.day, value.month)
    assert other.year == value.year


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=24))
def test_order_ambiguous_never_fails(raw: str) -> None:
    order_ambiguous(PartialDate(2000, 3, 4, raw=raw))
