"""Property tests for the identifier parsers (DOI, ISSN, ISBN, ORCID)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import comet
from comet import Doi, Isbn, Issn, Orcid, ParseError
from comet import strategies as cst
from comet.identifiers import clear_caches, doi, find_identifiers, isbn, issn, orcid

MODULES = {"doi": doi, "issn": issn, "isbn": isbn, "orcid": orcid}

# text that looks like identifiers: digits, separators, labels and URL pieces
_PIECES = st.sampled_from(
    ["10.", "1080", "/", "-", "–", ".", " ", "(", ")", "<", ">", "%2F", "doi:", "DOI ", "ISSN",
     "eISSN", "ISBN", "978", "X", "x", "https://doi.org/", "orcid.org/", "0000-", "&lt;", ";",
     "\n", "Get", "Crossref", "abc", "ø", "?", "#", "(pbk.)", ":", ","]
)  # fmt: skip
ID_TEXT = st.one_of(
    st.text(),
    st.lists(st.one_of(_PIECES, st.text("0123456789", min_size=1, max_size=9)), max_size=14).map(
        "".join
    ),
)


def _check_parsed(mod: Any, text: str) -> None:
    try:
        strict = mod.parse(text)
    except ParseError as exc:
        strict = exc
    lenient = mod.parse(text, strict=False)
    if isinstance(strict, ParseError):
        assert lenient.value is None and lenient.error is not None
        assert lenient.error.code == strict.code
    else:
        assert lenient.value == strict
        for d in strict.diagnostics:
            assert d.span is None or 0 <= d.span[0] <= d.span[1] <= len(text)
    assert isinstance(mod.is_valid(text), bool)


@pytest.mark.parametrize("name", sorted(MODULES))
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ID_TEXT)
def test_never_crashes(name: str, text: str) -> None:
    mod = MODULES[name]
    _check_parsed(mod, text)
    for m in mod.find(text):
        assert text[m.start : m.end] == m.raw
        assert isinstance(m.value, (Doi, Issn, Isbn, Orcid))


@settings(max_examples=100)
@given(text=ID_TEXT)
def test_find_identifiers_never_crashes_and_is_sorted(text: str) -> None:
    hits = list(find_identifiers(text))
    assert [m.start for m in hits] == sorted(m.start for m in hits)


def _idempotent(parse: Callable[[str], Any], record: Any) -> None:
    again = parse(str(record))
    assert again == record
    assert parse(str(again)) == again


@given(cst.dois())
def test_doi_idempotent_and_round_trip(record: Doi) -> None:
    _idempotent(comet.parse_doi, record)
    assert comet.parse_doi(doi.format(record)) == record
    assert comet.parse_doi(record.url) == record  # the URL form round-trips too
    assert doi.is_valid(record.value)


@given(cst.issns())
def test_issn_idempotent_and_round_trip(record: Issn) -> None:
    _idempotent(comet.parse_issn, record)
    assert comet.parse_issn(issn.format(record)) == record
    assert comet.parse_issn(issn.compact(record)) == record


@given(cst.isbns())
def test_isbn_idempotent_and_round_trip(record: Isbn) -> None:
    _idempotent(comet.parse_isbn, record)
    assert comet.parse_isbn(isbn.format(record)) == record
    if record.isbn10 is not None:
        assert comet.parse_isbn(record.isbn10) == record
        assert record.isbn13.startswith("978")
    else:
        assert record.isbn13.startswith("979")


@given(cst.orcids())
def test_orcid_idempotent_and_round_trip(record: Orcid) -> None:
    _idempotent(comet.parse_orcid, record)
    assert comet.parse_orcid(record.url) == record
    assert comet.parse_orcid(record.compact) == record


@settings(max_examples=200)
@given(cst.messy_dois())
def test_messy_dois_recovered(case: tuple[str, Doi]) -> None:
    text, record = case
    assert comet.parse_doi(text) == record
    assert record in [m.value for m in comet.find_dois(text)]
    assert record in [m.value for m in find_identifiers(text)]


@settings(max_examples=150)
@given(cst.messy_issns())
def test_messy_issns_recovered(case: tuple[str, Issn]) -> None:
    text, record = case
    assert comet.parse_issn(text) == record
    assert record in [m.value for m in issn.find(text)]


@settings(max_examples=150)
@given(cst.messy_isbns())
def test_messy_isbns_recovered(case: tuple[str, Isbn]) -> None:
    text, record = case
    assert comet.parse_isbn(text) == record
    assert record in [m.value for m in isbn.find(text)]


@settings(max_examples=100)
@given(cst.messy_orcids())
def test_messy_orcids_recovered(case: tuple[str, Orcid]) -> None:
    text, record = case
    assert comet.parse_orcid(text) == record
    assert record in [m.value for m in orcid.find(text)]


_CHECKED = "0123456789X"


def _substitutions(draw: st.DrawFn, value: str) -> tuple[int, str]:
    positions = [i for i, c in enumerate(value) if c != "-"]
    i = draw(st.sampled_from(positions))
    new = draw(st.sampled_from([c for c in _CHECKED if c != value[i]]))
    return i, new


@given(cst.issns(), st.data())
def test_issn_single_substitution_caught(record: Issn, data: st.DataObject) -> None:
    i, new = _substitutions(data.draw, record.value)
    changed = record.value[:i] + new + record.value[i + 1 :]
    assume("X" not in changed[:-1])  # an X inside is a format error, also caught
    assert not issn.is_valid(changed)
    with pytest.raises(ParseError):
        comet.parse_issn(changed)


@given(cst.isbns(), st.booleans(), st.data())
def test_isbn_single_substitution_caught(record: Isbn, ten: bool, data: st.DataObject) -> None:
    value = record.isbn10 if ten and record.isbn10 is not None else record.isbn13
    i, new = _substitutions(data.draw, value)
    changed = value[:i] + new + value[i + 1 :]
    assert not isbn.is_valid(changed)
    if new != "X":  # (an X inside leaves a shorter run of digits that may be valid)
        with pytest.raises(ParseError):
            comet.parse_isbn(changed)


@given(cst.orcids(), st.data())
def test_orcid_single_substitution_caught(record: Orcid, data: st.DataObject) -> None:
    i, new = _substitutions(data.draw, record.value)
    changed = record.value[:i] + new + record.value[i + 1 :]
    assert not orcid.is_valid(changed)


# the one-step fast paths must agree with the general parsers, diagnostics included


@settings(max_examples=200)
@given(st.one_of(cst.messy_dois().map(lambda c: c[0]), ID_TEXT))
def test_doi_fast_path_agrees(text: str) -> None:
    fast = doi._fast(text)
    if fast is not None:
        slow = doi._scan(text)
        assert slow.value == fast
        assert slow.diagnostics == fast.diagnostics


@settings(max_examples=200)
@given(st.one_of(cst.messy_issns().map(lambda c: c[0]), ID_TEXT, cst.issns().map(str)))
def test_issn_fast_path_agrees(text: str) -> None:
    fast = issn._fast(text)
    if fast is not None:
        slow = issn._general(text)
        assert slow.value == fast
        assert slow.diagnostics == fast.diagnostics


@settings(max_examples=200)
@given(st.one_of(cst.messy_isbns().map(lambda c: c[0]), ID_TEXT, cst.isbns().map(str)))
def test_isbn_fast_path_agrees(text: str) -> None:
    fast = isbn._fast(text)
    if fast is not None:
        slow = isbn._general(text)
        assert slow.value == fast
        assert slow.diagnostics == fast.diagnostics


@given(st.sampled_from(sorted(MODULES)), ID_TEXT)
def test_memo_gives_the_same_answer(name: str, text: str) -> None:
    mod = MODULES[name]
    first = mod.parse(text, strict=False)
    clear_caches()
    second = mod.parse(text, strict=False)
    assert first.value == second.value and first.diagnostics == second.diagnostics


@settings(max_examples=20)
@given(st.from_type(Doi), st.from_type(Issn), st.from_type(Isbn), st.from_type(Orcid))
def test_strategies_registered_for_from_type(d: Doi, s: Issn, b: Isbn, o: Orcid) -> None:
    assert (type(d), type(s), type(b), type(o)) == (Doi, Issn, Isbn, Orcid)
