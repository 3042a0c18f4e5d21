"""Properties of ``comet.parse_html``: any ``str`` or ``bytes`` is read without a crash;
embedded metadata written from a record reads back as that record."""

from __future__ import annotations

import html as html_mod

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comet import ParseError, parse_html
from comet.dates import PartialDate
from comet.html import decode_html, embedded_metadata
from comet.strategies import dois, issns

pytest.importorskip("selectolax")

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_FRAGMENTS = st.sampled_from([
    "<html>", "<head>", "<body>", "</p>", "<p>", "<div>", "<script>", "</script>", "<style>",
    "<!--", "-->", "<meta name='citation_title' content='", "'>", '<meta charset="',
    "<script type='application/ld+json'>", "{", "}", "[", "]", '"@type":', '"author":',
    "<span class='Z3988' title='rft.au=", "&amp;", "&#x", ";", "<br>", "<td>", "<table>",
    "\x00", "\ufffd", "é", "<![CDATA[", "<template>", "<svg>", " itemscope itemtype='https://schema.org/Article'",
])  # fmt: skip

HTMLISH = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=20)), max_size=40).map("".join)


def _no_crash(value: str | bytes) -> None:
    try:
        rec = parse_html(value, references=False)
    except ParseError as err:  # only the documented length limit
        assert err.code == "too-long"
        return
    assert isinstance(rec.raw, str)
    for d in rec.diagnostics:
        if d.span is not None:
            assert 0 <= d.span[0] <= d.span[1] <= len(rec.raw)
    for start, end in rec.spans.values():
        assert 0 <= start <= end <= len(rec.raw)


@FAST
@given(st.one_of(st.text(max_size=300), HTMLISH))
def test_any_str_is_read(value: str) -> None:
    _no_crash(value)


@FAST
@given(st.one_of(st.binary(max_size=300), HTMLISH.map(lambda s: s.encode("utf-8", "replace"))))
def test_any_bytes_are_read(value: bytes) -> None:
    _no_crash(value)
    text, _diags = decode_html(value)
    assert isinstance(text, str)


@FAST
@given(HTMLISH)
def test_embedded_metadata_never_fails(value: str) -> None:
    for tag in embedded_metadata(value, []):
        if tag.span is not None:
            assert 0 <= tag.span[0] <= tag.span[1] <= len(value)


_WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)
_SYLLABLES = ("ka", "ro", "len", "mi", "sa", "tor", "vel", "du", "ne", "bri", "as", "ol")
#: invented names built of syllables (random letters can spell a suffix such as ``Lpc``)
_NAME = st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4).map(
    lambda parts: "".join(parts).capitalize()
)
_TITLE = st.lists(_WORD, min_size=2, max_size=8).map(lambda ws: " ".join(ws).capitalize())
_DATES = st.builds(
    lambda y, m, d: PartialDate(y, m, d),
    st.integers(1900, 2030),
    st.integers(1, 12),
    st.integers(1, 28),
)


def _meta(name: str, value: str) -> str:
    return f'<meta name="{name}" content="{html_mod.escape(value)}">'


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_TITLE,
    people=st.lists(st.tuples(_NAME, _NAME), min_size=1, max_size=5, unique_by=lambda p: p[0]),
    issued=_DATES,
    doi=dois(),
    issn=issns(),
    volume=st.integers(1, 300),
    first=st.integers(1, 900),
    length=st.integers(1, 40),
    shown=st.booleans(),
)
def test_tags_written_from_a_record_read_back(
    title: str,
    people: list[tuple[str, str]],
    issued: PartialDate,
    doi: object,
    issn: object,
    volume: int,
    first: int,
    length: int,
    shown: bool,
) -> None:
    head = (
        _meta("citation_title", title)
        + "".join(_meta("citation_author", f"{family}, {given}") for family, given in people)
        + _meta("citation_publication_date", issued.iso().replace("-", "/"))
        + _meta("citation_doi", str(doi))
        + _meta("citation_issn", str(issn))
        + _meta("citation_volume", str(volume))
        + _meta("citation_firstpage", str(first))
        + _meta("citation_lastpage", str(first + length))
    )
    body = f"<h1>{html_mod.escape(title)}</h1>" if shown else ""
    rec = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert rec.title == title
    assert [(p.family, p.given) for p in rec.authors] == people
    assert rec.issued == issued
    assert str(rec.doi) == str(doi)
    assert [str(i) for i in rec.issns] == [str(issn)]
    assert rec.volume == str(volume)
    assert str(rec.pages) == f"{first}-{first + length}"
