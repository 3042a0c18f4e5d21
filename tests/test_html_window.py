"""The text reader's window on a page with strong embedded metadata: the head (after the
tags' title) and the tail of the visible text, mapped back to the whole text and the HTML."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comet.dates import PartialDate
from comet.html.embedded import Tag
from comet.html.mapping import TagValue
from comet.html.parse import HEAD_LENGTH, TAIL_LENGTH, head_and_tail, parse_html

pytest.importorskip("selectolax")

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _title(value: str, family: str = "highwire") -> TagValue:
    return TagValue("title", value, Tag(family, "citation_title", value), 0.9)


def _filler(n: int, word: str = "lorem") -> str:
    """``n`` lines of invented prose."""
    return "\n".join(f"{word} ipsum line {i} of the body, set down at length." for i in range(n))


def _long_page(title: str, tail: str) -> str:
    """Invented prose: a menu, the title, a byline, a long body, then ``tail``."""
    return f"Home\nJournals\n{title}\nMira Tolvanen\n{_filler(400)}\n{tail}"


def test_a_short_page_or_one_without_a_strong_title_is_read_whole() -> None:
    assert head_and_tail("Short page\nwith two lines", [_title("Short page")]) is None
    text = _long_page("Fjords in Winter Light", "Keywords: fjords")
    assert head_and_tail(text, []) is None
    assert head_and_tail(text, [_title("Fjords in Winter Light", "opengraph")]) is None
    assert head_and_tail(text, [_title("Fjords in Winter Light", "html")]) is None


def test_the_window_holds_the_head_after_the_title_and_the_tail() -> None:
    text = _long_page("Fjords in Winter Light", "Keywords: fjords, light")
    w = head_and_tail(text, [_title("Fjords in Winter Light")])
    assert w is not None
    assert w.text.startswith("Home\nJournals\nFjords in Winter Light\nMira Tolvanen\n")
    assert w.text.endswith("Keywords: fjords, light")
    assert HEAD_LENGTH <= w.head_length - text.index("Fjords") < HEAD_LENGTH + 80
    assert len(text) - w.tail_start <= TAIL_LENGTH
    assert text[w.head_length] == "\n" and text[w.tail_start - 1] == "\n"  # cut at line breaks
    assert len(w.text) < len(text)


def test_offsets_in_the_window_map_to_the_same_characters_of_the_page() -> None:
    text = _long_page("Fjords in Winter Light", "Keywords: fjords, light")
    w = head_and_tail(text, [_title("Fjords in Winter Light")])
    assert w is not None
    head = w.head_length
    for start, end in ((0, 4), (14, 36), (head - 10, head), (head + 2, head + 12),
                       (len(w.text) - 6, len(w.text))):  # fmt: skip
        assert text[w.to_page(start) : w.to_page(end)] == w.text[start:end]


@FAST
@given(
    before=st.integers(0, 3000),
    body=st.integers(0, 900),
    tail=st.text(alphabet="ab \n", max_size=400),
)
def test_window_invariants(before: int, body: int, tail: str) -> None:
    text = "x" * before + "\nTitle Line\n" + _filler(body) + "\n" + tail
    w = head_and_tail(text, [_title("Title Line")])
    if w is None:
        return
    assert 0 < w.head_length < w.tail_start <= len(text)
    assert w.text == f"{text[: w.head_length]}\n\n{text[w.tail_start :]}"
    for offset in range(0, len(w.text) + 1, 97):
        assert 0 <= w.to_page(offset) <= len(text)
    head = w.head_length
    tail_part = w.text[head + 2 :]
    assert text[w.to_page(head + 2) : w.to_page(len(w.text))] == tail_part


def _html(body_paragraphs: int) -> str:
    body = "".join(
        f"<p>Paragraph {i} of the invented body, about tides and the inner lagoon.</p>"
        for i in range(body_paragraphs)
    )
    return (
        "<!DOCTYPE html><html><head>"
        '<meta name="citation_title" content="Tidal Patterns of the Inner Lagoon">'
        '<meta name="citation_author" content="Marwick, Elsa J.">'
        '<meta name="citation_publication_date" content="2019/10/12">'
        "</head><body><nav>Home | Journals</nav>"
        "<h1>Tidal Patterns of the Inner Lagoon</h1><p>Elsa J. Marwick</p>"
        f"{body}<h2>About this article</h2><p>Keywords: tides, lagoons</p></body></html>"
    )


def test_parse_html_reads_the_head_and_tail_of_a_long_page_with_tags() -> None:
    page = _html(200)
    rec = parse_html(page)
    assert any(d.code == "read-head" for d in rec.diagnostics)
    assert rec.title == "Tidal Patterns of the Inner Lagoon"
    assert [p.family for p in rec.authors] == ["Marwick"]
    assert rec.issued == PartialDate(2019, 10, 12)
    start, end = rec.spans["keywords"]
    assert "tides, lagoons" in page[start:end]  # a span in the tail maps to the HTML
    whole = parse_html(page, whole_page=True)
    assert not any(d.code == "read-head" for d in whole.diagnostics)
    assert whole.title == rec.title and whole.keywords == rec.keywords


def test_a_short_page_is_read_whole() -> None:
    rec = parse_html(_html(3))
    assert not any(d.code == "read-head" for d in rec.diagnostics)


def test_a_run_spread_over_lines_maps_to_itself_not_a_later_attribute() -> None:
    from comet.html._deps import lexbor
    from comet.html.visible import visible_text

    raw = '<body><p>Mira\n      Tolvanen</p><div><img alt="Mira Tolvanen"></div></body>'
    vt = visible_text(lexbor()(raw), raw)
    assert vt.text == "Mira Tolvanen"
    start, _ = vt.to_raw(0, len(vt.text))
    assert start == raw.index("Mira")


def test_hidden_elements_found_by_the_selector_engine() -> None:
    from comet.html._deps import lexbor
    from comet.html.visible import visible_text

    raw = (
        '<body><p>shown</p><p hidden>gone</p><p aria-hidden="true">gone</p>'
        '<p aria-hidden="false">kept</p><p style="color: red">red</p>'
        '<div style="display: none"><p>gone</p></div><p style="visibility:hidden">gone</p></body>'
    )
    assert visible_text(lexbor()(raw), raw).text.split() == ["shown", "kept", "red"]


def test_a_title_not_shown_verbatim_reads_the_head_from_the_start_and_says_so() -> None:
    text = _long_page("Fjords in Winter Light", "Keywords: fjords")
    w = head_and_tail(text, [_title("Glaciers of the Northern Coast")])
    assert w is not None and not w.title_shown
    assert w.text.startswith("Home\nJournals\n")
    assert HEAD_LENGTH <= w.head_length < HEAD_LENGTH + 80  # from the start of the text
    shown = head_and_tail(text, [_title("Fjords in Winter Light")])
    assert shown is not None and shown.title_shown


def test_parse_html_says_when_the_tags_title_is_not_in_the_text() -> None:
    page = _html(200).replace(
        'content="Tidal Patterns of the Inner Lagoon"', 'content="Currents of a Hidden Bay"'
    )
    rec = parse_html(page)
    notes = [d for d in rec.diagnostics if d.code == "title-not-shown"]
    assert len(notes) == 1 and "from its start" in notes[0].message
    assert any(d.code == "read-head" for d in rec.diagnostics)
    assert not any(d.code == "title-not-shown" for d in parse_html(_html(200)).diagnostics)
    assert not any(
        d.code == "title-not-shown" for d in parse_html(page, whole_page=True).diagnostics
    )
