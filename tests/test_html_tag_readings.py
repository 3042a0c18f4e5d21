"""``comet.parse_html`` on date tags written in another calendar than the Gregorian (an
Iranian journal platform's Solar Hijri ``citation_date`` beside its Gregorian
``citation_publication_date``), and on a first-page tag equal to its last-page tag (a
one-page item); JSON-LD a template wrote HTML-escaped and a record wrapped in a
``DataFeed`` of one element (issue 17, found on a wide local set of saved scholarly pages).

Every page here is hand-written (invented names, titles and journals)."""

from __future__ import annotations

import pytest

from comet import parse_html
from tests._html_build import meta, page

pytest.importorskip("selectolax")


def tags_only(head: str) -> dict[str, object]:
    return parse_html(page(head, "<p>x</p>").encode(), read_text=False).to_csl()


def test_solar_hijri_day_of_a_persian_page_is_converted() -> None:
    head = (
        meta("citation_title", "بررسی آب‌های زیرزمینی دشت نمونه")
        + meta("citation_language", "fa")
        + meta("citation_date", "1393/04/15")
    )
    assert tags_only(head)["issued"] == {"date-parts": [[2014, 7, 6]]}


def test_solar_hijri_day_agrees_with_the_gregorian_tag() -> None:
    head = (
        meta("citation_title", "بررسی آب‌های زیرزمینی دشت نمونه")
        + meta("citation_language", "fa-IR")
        + meta("citation_date", "1389/10/01")
        + meta("citation_publication_date", "2010/12/22")
    )
    assert tags_only(head)["issued"] == {"date-parts": [[2010, 12, 22]]}


def test_early_day_of_a_page_in_another_language_is_not_used() -> None:
    # a lunar Hijri day on an Arabic page: neither a Gregorian nor a Solar Hijri day
    head = (
        meta("citation_title", "دراسة في المخطوطات القديمة")
        + meta("citation_language", "ar")
        + meta("citation_date", "1445/05/12")
        + meta("citation_publication_date", "2023/11/26")
    )
    assert tags_only(head)["issued"] == {"date-parts": [[2023, 11, 26]]}


def test_near_miss_a_gregorian_day_and_a_year_alone_stay() -> None:
    # a modern Gregorian day on a Persian page, and a bare early year (a manuscript's):
    # neither is a year-first day of the fourteenth or fifteenth century
    head = (
        meta("citation_title", "نسخه‌ای نویافته")
        + meta("citation_language", "fa")
        + meta("citation_publication_date", "2019/05/02")
    )
    assert tags_only(head)["issued"] == {"date-parts": [[2019, 5, 2]]}
    head = meta("citation_title", "A Psalter from a Flemish workshop") + meta(
        "citation_date", "1452"
    )
    assert tags_only(head)["issued"] == {"date-parts": [[1452]]}


def test_first_page_equal_to_last_page_is_one_page() -> None:
    head = (
        meta("citation_title", "Notes on a marsh warbler's song")
        + meta("citation_journal_title", "Fenland Bird Notes")
        + meta("citation_firstpage", "55")
        + meta("citation_lastpage", "55")
    )
    assert tags_only(head)["page"] == "55"


def test_near_miss_a_range_stays_a_range() -> None:
    head = (
        meta("citation_title", "Notes on a marsh warbler's song")
        + meta("citation_journal_title", "Fenland Bird Notes")
        + meta("citation_firstpage", "55")
        + meta("citation_lastpage", "58")
    )
    assert tags_only(head)["page"] == "55-58"


# JSON-LD a template wrote HTML-escaped, and a catalogue's record wrapped in a DataFeed


def _feed(elements: list[dict[str, object]], escaped: bool) -> str:
    import json

    body = json.dumps({"@context": "https://schema.org", "@type": "DataFeed",
                       "dataFeedElement": elements})  # fmt: skip
    if escaped:
        body = body.replace('"', "&quot;")
    return f'<script type="application/ld+json">{body}</script>'


_BOOK = {"@type": "Book", "name": "Lighthouses of the Vireo Coast",
         "author": {"@type": "Person", "name": "Orla Penhallow"}}  # fmt: skip


def test_escaped_json_ld_of_a_one_element_feed_is_read() -> None:
    rec = tags_only(_feed([_BOOK], escaped=True))
    assert rec["type"] == "book"
    assert rec["title"] == "Lighthouses of the Vireo Coast"
    assert rec["author"] == [{"family": "Penhallow", "given": "Orla"}]


def test_near_miss_a_feed_of_several_elements_is_a_list_page() -> None:
    other = dict(_BOOK, name="Harbours of the Vireo Coast")
    rec = tags_only(_feed([_BOOK, other], escaped=False))
    assert rec.get("type") != "book" and rec.get("author") is None


def test_near_miss_broken_json_without_entities_stays_unread() -> None:
    html = page(
        '<script type="application/ld+json">{"@type": "Book", "name": }</script>', "<p>x</p>"
    )
    rec = parse_html(html.encode(), read_text=False)
    assert any(d.code == "jsonld-unreadable" for d in rec.diagnostics)
