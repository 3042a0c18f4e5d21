"""Identifiers as they appear in the wild (issue 15, part 2): short DOIs, SICI brackets,
DOIs inside markup and link syntaxes, URL version and format tails, Unicode dashes and
spaces in ISSNs and ISBNs, several identifiers in one field with their media, and the
book a DOI names.  Every string here is invented in the shapes described, none is copied
from a corpus."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import comet
from comet import ErrorCode, ParseError
from comet import strategies as cst
from comet.identifiers import BookInDoi, book_in_doi, doi, find_identifiers, isbn, issn


def _codes(result: object) -> list[str]:
    return [d.code for d in result.diagnostics]  # type: ignore[attr-defined]


# --- short DOIs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["10/b6vnmd", "doi:10/b6vnmd", "DOI: 10/B6VNMD", "https://doi.org/10/b6vnmd",
     "http://dx.doi.org/10/b6vnmd", "  10/b6vnmd  ", "see doi:10/b6vnmd."],
)  # fmt: skip
def test_short_doi_kept_as_such(text: str) -> None:
    d = comet.parse_doi(text)
    assert d.value == "10/b6vnmd"
    assert d.short and d.prefix == "10" and d.registrant == ""
    assert "short-doi" in _codes(d)
    assert d.url == "https://doi.org/10/b6vnmd"


def test_full_doi_is_not_short() -> None:
    assert not comet.parse_doi("10.1234/abcd").short


def test_short_doi_found_only_after_a_label_or_resolver() -> None:
    text = "Due 10/2024; see doi:10/cq7x2 or https://doi.org/10/dd4k and 3/4 of 10/abcd."
    assert [m.value.value for m in comet.find_dois(text)] == ["10/cq7x2", "10/dd4k"]


@pytest.mark.parametrize("text", ["10/2019", "10/abc", "10/abc/def", "10/ab-cd"])
def test_not_a_short_doi(text: str) -> None:
    with pytest.raises(ParseError) as err:
        comet.parse_doi(text)
    assert err.value.code is ErrorCode.INVALID_FORMAT


def test_short_doi_is_valid() -> None:
    assert doi.is_valid("https://doi.org/10/b6vnmd")
    assert not doi.is_valid("10/abc")


# --- SICI and brackets ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("10.4321/0012-3456(2001)12[345:ABCDEF]2.0.CO;2", "10.4321/0012-3456(2001)12[345:abcdef]2.0.co;2"),
        ("doi:10.4321/0012-3456(2001)12[345:ABCDEF]2.0.CO;2.", "10.4321/0012-3456(2001)12[345:abcdef]2.0.co;2"),
        ("[https://doi.org/10.4321/x1(a)b[c]]", "10.4321/x1(a)b[c]"),
        ("10.4321/(SICI)1234-5678(199901)12:3<45::AID-XYZ6>3.0.CO;2-Q", "10.4321/(sici)1234-5678(199901)12:3<45::aid-xyz6>3.0.co;2-q"),
        ("10.4321/abc.123[4]", "10.4321/abc.123"),  # a footnote marker
        ("[10.4321/abc.123](https://doi.org/10.4321/abc.123)", "10.4321/abc.123"),
    ],
)  # fmt: skip
def test_brackets(text: str, want: str) -> None:
    assert comet.parse_doi(text).value == want


# --- markup -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '<pub-id pub-id-type="doi">10.4321/jt.2020.0042</pub-id>',
        "<ref>A. Author. Journal of Tests 3: 1-9. doi:10.4321/jt.2020.0042</ref>",
        "<doi>10.4321/jt.2020.0042</doi>.",
        '<a href="https://doi.org/10.4321/jt.2020.0042">full text</a>',
        "<a href=https://doi.org/10.4321/jt.2020.0042>full text</a>",
        "<a href='https://doi.org/10.4321/jt.2020.0042' rel=x>full text</a>",
        "<!-- 10.4321/jt.2020.0042-->",
        "/URI(https://doi.org/10.4321/jt.2020.0042)>>",
        "<< /S /URI /URI (https://doi.org/10.4321/jt.2020.0042) >>",
        "10.4321/jt.2020.0042<br/>next line",
        "10.4321/jt.2020.0042<i>x</i>",
        "dx.doi.org/10.4321/jt.2020.0042&lt;/institution-id&gt;",
        '"doi":"10.4321\\/jt.2020.0042"',
        "{{cite journal |doi=10.4321/jt.2020.0042 |pmid=4321}}",
    ],
)
def test_doi_ends_where_markup_starts(text: str) -> None:
    assert comet.parse_doi(text).value == "10.4321/jt.2020.0042"
    assert "10.4321/jt.2020.0042" in [m.value.value for m in comet.find_dois(text)]


def test_markup_diagnostic() -> None:
    r = comet.parse_doi("<doi>10.4321/jt.2020.0042</doi>", strict=False)
    assert "removed-markup" in _codes(r)


def test_tag_like_text_without_closing_tag_is_kept() -> None:
    assert comet.parse_doi("10.4321/ab<cd>ef").value == "10.4321/ab<cd>ef"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("10.4321/jt\\_2020\\_1", "10.4321/jt_2020_1"),
        ("10.4321/jt{\\_}2020", "10.4321/jt_2020"),
        ("/URI(https://doi.org/10.4321/0001-2345\\(99\\)12345-6)", "10.4321/0001-2345(99)12345-6"),
        ("10.4321/jt.2020.0042\u200e", "10.4321/jt.2020.0042"),
    ],
)
def test_escapes_and_marks(text: str, want: str) -> None:
    assert comet.parse_doi(text).value == want


# --- URL tails --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "codes"),
    [
        ("v3", ["removed-version"]),
        ("v3.full.pdf", ["removed-version", "removed-url-path"]),
        ("v12.full", ["removed-version", "removed-url-path"]),
        ("v1.full+html", ["removed-version", "removed-url-path"]),
        ("v2.article-info", ["removed-version", "removed-url-path"]),
        (".full.pdf", ["removed-url-path"]),
        ("/abstract", ["removed-url-path"]),
        ("v4#sec-2", ["removed-version", "removed-url-query"]),
        ("v4.full.pdf?download=true", ["removed-version", "removed-url-path", "removed-url-query"]),
    ],
)
def test_preprint_url_tails(tail: str, codes: list[str]) -> None:
    text = "https://www.preprints.example/content/10.4321/2021.03.04.123456" + tail
    r = comet.parse_doi(text, strict=False)
    assert r.value is not None and r.value.value == "10.4321/2021.03.04.123456"
    got = _codes(r)
    assert all(c in got for c in codes), got


def test_resolver_url_keeps_its_path() -> None:
    # a resolver's path is the DOI: a DOI may end in ".pdf" or a letter-digit run
    assert comet.parse_doi("https://doi.org/10.4321/JT2(1)001-009.1999.paper.pdf").value == (
        "10.4321/jt2(1)001-009.1999.paper.pdf"
    )
    assert comet.parse_doi("https://doi.org/10.4321/abc.123v2").value == "10.4321/abc.123v2"


def test_version_kept_outside_urls_and_dotted() -> None:
    assert comet.parse_doi("10.4321/abc.123v2").value == "10.4321/abc.123v2"
    assert (
        comet.parse_doi("https://www.example.org/articles/10.4321/m9.figshare.123.v2").value
        == "10.4321/m9.figshare.123.v2"
    )


# --- ISSN and ISBN separators -----------------------------------------------------------

_DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63", "\uff0d"]
_SPACES = ["\u00a0", "\u2007", "\u2009", "\u200a", "\u202f", "\u3000", "\u200b"]


@pytest.mark.parametrize("dash", _DASHES)
@pytest.mark.parametrize("space", ["", " ", *_SPACES])
def test_issn_any_dash_and_space(dash: str, space: str) -> None:
    text = f"ISSN{space or ' '}0036{space}{dash}{space}8075"
    assert comet.parse_issn(text).value == "0036-8075"
    assert [m.value.value for m in issn.find(text)] == ["0036-8075"]


@pytest.mark.parametrize("space", _SPACES)
def test_issn_space_between_halves(space: str) -> None:
    assert comet.parse_issn(f"0036{space}8075").value == "0036-8075"


@pytest.mark.parametrize(
    "text", ["0\u20130368075", "00 36 80 75", "0036\u202f80\u202f75", "0-0-3-6-8-0-7-5"]
)
def test_issn_field_split_oddly(text: str) -> None:
    r = comet.parse_issn(text, strict=False)
    assert r.value is not None and r.value.value == "0036-8075"
    assert "normalized-separators" in _codes(r)


def test_issn_odd_split_bad_check() -> None:
    assert comet.parse_issn("0\u20130368076", strict=False).error.code is ErrorCode.INVALID_CHECKSUM


@pytest.mark.parametrize("sep", [*_DASHES, *_SPACES])
def test_isbn_any_dash_and_space(sep: str) -> None:
    text = "ISBN " + sep.join(["978", "0", "415", "83547", "3"])
    assert comet.parse_isbn(text).isbn13 == "9780415835473"
    assert [m.value.isbn13 for m in isbn.find(text)] == ["9780415835473"]


# --- several identifiers in one field, with their media ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "0036-8075 (Print) 1095-9203 (Online)",
        "0036-8075 (print); 1095-9203 (electronic)",
        "Print: 0036-8075; Online: 1095-9203",
        "ISSN 0036-8075 (print), 1095-9203 (online)",
        "0036\u20138075 (Print)\u00a01095\u20139203 (Online)",
        "ISSN (trykt) 0036-8075; ISSN (elektronisk) 1095-9203",
    ],
)
def test_several_issns_with_media(text: str) -> None:
    found = [(m.value.value, m.value.medium) for m in issn.find(text)]
    assert found == [("0036-8075", "print"), ("1095-9203", "electronic")]


def test_bare_issns_without_media_need_bare() -> None:
    text = "0036-8075 1095-9203"
    assert list(issn.find(text)) == []
    assert [m.value.medium for m in issn.find(text, bare=True)] == [None, None]


def test_issn_element_with_attributes() -> None:
    text = '<issn publication-format="print">0036-8075</issn><issn pub-type="epub">1095-9203</issn>'
    found = [(m.value.value, m.value.medium) for m in issn.find(text)]
    assert found == [("0036-8075", "print"), ("1095-9203", "electronic")]


def test_several_isbns_with_qualifiers() -> None:
    text = "ISBN 978-0-19-852663-6 (hbk.); 978\u20130\u201319\u2013852664\u20133 (pbk.)"
    got = [(m.value.isbn13, m.value.qualifier) for m in isbn.find(text)]
    assert got == [("9780198526636", "hbk"), ("9780198526643", "pbk")]


def test_find_identifiers_mixed_field() -> None:
    text = "doi:10/b6vnmd; ISSN 0036–8075 (Print); ISBN 978 0 415 83547 3"
    kinds = [(type(m.value).__name__, str(m.value)) for m in find_identifiers(text)]
    assert kinds == [("Doi", "10/b6vnmd"), ("Issn", "0036-8075"), ("Isbn", "9780415835473")]


def test_issn_from_ean13() -> None:
    ean = comet.parse_issn("0036-8075").to_ean13("05")
    assert comet.parse_issn(ean).value == "0036-8075"
    assert "converted-ean13" in _codes(comet.parse_issn(ean, strict=False))
    spaced = f"{ean[:3]} {ean[3:7]} {ean[7:10]} {ean[10:12]} {ean[12]}"
    assert comet.parse_issn(spaced).value == "0036-8075"
    bad = ean[:-1] + str((int(ean[-1]) + 1) % 10)
    assert comet.parse_issn(bad, strict=False).value is None


# --- the book a DOI names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("10.4321/9780415835473", ""),
        ("10.4321/978-0-415-83547-3", ""),
        ("10.4321/978-0-415-83547-3.ch004", "ch004"),
        ("10.4321/978-0-415-83547-3_12", "12"),
        ("10.4321/9780415835473-3", "3"),
        ("10.4321/oso/9780415835473.003.0007", "003.0007"),
        ("10.4321/9780415835473/chapter-2", "chapter-2"),
        ("10.4321/9780415835473.", ""),
    ],
)
def test_book_in_doi(text: str, part: str) -> None:
    book = book_in_doi(text)
    assert isinstance(book, BookInDoi)
    assert book.isbn.isbn13 == "9780415835473"
    assert book.part == part
    assert book.is_part is bool(part)


@pytest.mark.parametrize("text", ["10.4321/abc.123", "not a doi", "", "10.4321/9780415835474"])
def test_no_book_in_doi(text: str) -> None:
    assert book_in_doi(text) is None


# --- properties -------------------------------------------------------------------------

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@_SETTINGS
@given(cst.wrapped_dois())
def test_wrapped_doi_comes_back_unchanged(case: tuple[str, comet.Doi]) -> None:
    text, want = case
    assert comet.parse_doi(text) == want
    assert want in [m.value for m in comet.find_dois(text)]


@_SETTINGS
@given(cst.short_dois())
def test_short_doi_round_trip(d: comet.Doi) -> None:
    if not (len(d.suffix) == 4 and d.suffix.isdigit()):  # 10/2019 reads as a date
        assert comet.parse_doi(d.value) == d
    assert comet.parse_doi(d.url) == d
    assert comet.parse_doi("doi:" + d.value.upper()).short


@_SETTINGS
@given(st.text(alphabet="10/.<>()[]{}\\\"'-_v3fulpd+#?:; \u2013\u00a0\u202fabcx", max_size=60))
def test_never_crash_on_markup_like_text(text: str) -> None:
    for parser in (comet.parse_doi, comet.parse_issn, comet.parse_isbn):
        parser(text, strict=False)
    list(find_identifiers(text))
    list(issn.find(text, bare=True))
    book_in_doi(text)


@_SETTINGS
@given(cst.issns(), st.sampled_from(_DASHES), st.sampled_from(["", " ", *_SPACES]))
def test_issn_separator_property(rec: comet.Issn, dash: str, space: str) -> None:
    text = rec.value[:4] + space + dash + space + rec.value[5:]
    assert comet.parse_issn(text) == rec
