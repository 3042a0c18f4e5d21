"""Property tests for comet.vocab: never crash, every locale word maps to its key, idempotence."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import comet.locales as L
from comet import ParseError
from comet import strategies as cst
from comet.locales import _schema
from comet.vocab import (
    find_countries,
    match_label,
    parse_country,
    parse_language,
    parse_publication_type,
    parse_status,
    split_place,
)
from comet.vocab.types import may_end_in_type_term

_PARSERS = (parse_status, parse_publication_type, parse_language, parse_country)
_VOCAB_CHARS = st.text(
    alphabet=st.sampled_from(list("StatusUdgivet -2019›>/:,()BidragtilPaperForskning\n")),
    max_size=80,
)


@given(st.one_of(st.text(max_size=300), _VOCAB_CHARS))
def test_never_crashes(text: str) -> None:
    for fn in _PARSERS:
        with contextlib.suppress(ParseError):
            fn(text)
        result = fn(text, strict=False)
        assert (result.value is None) == (result.error is not None)
    m = match_label(text)
    if m is not None:
        assert 0 <= m.span[0] < m.span[1] <= m.value_start <= len(text)
    for hit in find_countries(text):
        assert text[hit.start : hit.end] == hit.raw
    place, _country = split_place(text)
    assert isinstance(place, str)


def _only_type_words(text: str) -> bool:
    found = parse_publication_type(text, strict=False)
    return found.value is not None and all(d.code != "unknown-type-term" for d in found.diagnostics)


_TYPE_WORDS = st.sampled_from([t for r in L.all_rules() for t in r.terms("types")][:400])


@given(
    st.one_of(
        st.text(max_size=120),
        _VOCAB_CHARS,
        st.tuples(
            st.sampled_from(["", "Type: ", "(", "Material type: "]),
            _TYPE_WORDS,
            st.sampled_from(["", " ", " › ", "/", "-"]),
            _TYPE_WORDS,
            st.sampled_from(["", " ", ".", " -", ":", ";", " › ", ")", "\u00a0", " 12", " (x)"]),
        ).map("".join),
    )
)
@settings(max_examples=400)
def test_the_type_pre_test_never_rules_out_a_type(text: str) -> None:
    """``may_end_in_type_term`` is only a shortcut: a text it rules out is never read as
    type words alone."""
    if not may_end_in_type_term(text):
        assert not _only_type_words(text)
    for variant in (text.upper(), text.title()):
        if not may_end_in_type_term(variant):
            assert not _only_type_words(variant)


def _words(section: str) -> list[tuple[str, str, str]]:
    return [
        (rules.tag, key, term)
        for rules in L.all_rules()
        for key, terms in rules.sections.get(section, {}).items()
        for term in terms
    ]


@pytest.mark.parametrize(("tag", "key", "term"), _words("status"))
def test_every_status_word_maps_to_its_key(tag: str, key: str, term: str) -> None:
    assert parse_status(term, locales=tag).value.value == key
    assert parse_status(f"{term} - 2019", locales=tag).year == 2019


@pytest.mark.parametrize("tag", sorted(L.available()))
def test_every_locale_has_every_status(tag: str) -> None:
    rules = L.get(tag)
    if tag in {"da", "sv", "nb", "nn", "de", "nl", "fi", "fr", "en"}:
        assert set(rules.keys("status")) == set(_schema.STATUSES)


@pytest.mark.parametrize(("tag", "key", "term"), _words("types"))
def test_every_type_word_maps_to_its_key(tag: str, key: str, term: str) -> None:
    assert parse_publication_type(term, locales=tag).key == key


@pytest.mark.parametrize(("tag", "key", "term"), _words("type_categories"))
def test_every_category_word_maps_to_its_key(tag: str, key: str, term: str) -> None:
    anytype = L.get(tag).terms("types")[0]
    assert parse_publication_type(f"{anytype} › {term}", locales=tag).category == key


@pytest.mark.parametrize(("tag", "key", "term"), _words("peer_review"))
def test_every_peer_review_word_maps_to_its_key(tag: str, key: str, term: str) -> None:
    anytype = L.get(tag).terms("types")[0]
    t = parse_publication_type(f"{anytype} › {term}", locales=tag)
    assert t.peer_reviewed is (key == "yes")


@pytest.mark.parametrize(("tag", "key", "term"), _words("labels"))
def test_every_label_maps_to_its_key(tag: str, key: str, term: str) -> None:
    lines = [f"{term}: x", f"{term} : x", term]
    if len(term) >= 3:  # shorter labels are never glued
        lines.append(f"{term}2019")
    for line in lines:
        m = match_label(line, locales=tag)
        assert m is not None and m.key == key, line
        assert m.span == (0, len(term))


@given(cst.status_texts())
def test_status_texts_parse_and_are_idempotent(text: str) -> None:
    s = parse_status(text)
    assert parse_status(str(s)) == s


@given(cst.statuses())
def test_status_records_round_trip(status: object) -> None:
    assert parse_status(str(status)) == status


@given(st.one_of(cst.type_paths(), cst.type_paths(glued=True)))
def test_type_paths_parse_and_are_idempotent(text: str) -> None:
    t = parse_publication_type(text)
    assert parse_publication_type(str(t)) == t
    assert t.path and all(t.path)


@given(cst.language_texts())
@settings(max_examples=60)
def test_language_idempotent(text: str) -> None:
    result = parse_language(text, strict=False)
    if result.value is not None:
        assert parse_language(result.value.tag) == result.value


@given(cst.country_texts())
def test_country_texts_parse_and_are_idempotent(text: str) -> None:
    c = parse_country(text)
    assert parse_country(c.code) == c


@given(cst.label_lines())
def test_label_lines(case: tuple[str, str, str]) -> None:
    _key, label, line = case
    m = match_label(line)
    assert m is not None
    assert m.span == (0, len(label))
