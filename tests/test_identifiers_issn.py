"""ISSN parsing and finding: labels, media, check characters."""

from __future__ import annotations

import pytest

from comet import ErrorCode, Issn, ParseError, parse_issn
from comet.identifiers import find_issns
from comet.identifiers import issn as issn_mod
from tests.conftest import seed_text


def test_seed_004_eissn() -> None:
    page = seed_text("004")
    hits = list(find_issns(page))
    assert [(m.value.value, m.value.medium) for m in hits] == [("2353-3773", "electronic")] * 2
    assert all(page[m.start : m.end] == "2353-3773" for m in hits)
    assert parse_issn("eISSN\n2353-3773") == Issn("2353-3773")


def test_pure_print_issn_glued_to_its_label() -> None:
    # the shape of dev page 024 (Pure), with an invented ISSN
    d = parse_issn("ISSN (Print)1083-4710")
    assert (d.value, d.medium) == ("1083-4710", "print")


LABELS = [
    ("2353-3773", None, []),
    ("23533773", None, ["normalized-separators"]),
    ("ISSN 2353-3773", None, ["removed-label"]),
    ("ISSN: 2353-3773", None, ["removed-label"]),
    ("eISSN 2353-3773", "electronic", ["removed-label", "medium-from-label"]),
    ("e-ISSN: 2353-3773", "electronic", ["removed-label", "medium-from-label"]),
    ("EISSN 2353-3773", "electronic", ["removed-label", "medium-from-label"]),
    ("ISSN (online) 2353-3773", "electronic", ["removed-label", "medium-from-label"]),
    ("Online ISSN: 2353-3773", "electronic", ["removed-label", "medium-from-label"]),
    ("Print ISSN 0036-8075", "print", ["removed-label", "medium-from-label"]),
    ("pISSN 0036-8075", "print", ["removed-label", "medium-from-label"]),
    ("p-ISSN: 0036-8075", "print", ["removed-label", "medium-from-label"]),
    ("ISSN (print) 0036-8075", "print", ["removed-label", "medium-from-label"]),
    ("ISSN: 0036-8075 (Print)", "print", ["removed-label", "medium-from-label", "removed-label"]),
    ("ISSN-L 0036-8075", None, ["removed-label"]),
    ("issn 2434-561x", None, ["removed-label", "uppercased"]),
    ("ISSN 2434–561X", None, ["removed-label", "normalized-separators"]),
    ("ISSN1432 - 0916", None, ["removed-label", "normalized-separators"]),
    ("Journal of Things. ISSN 0010-4159.", None, ["ignored-text", "removed-label", "removed-punctuation"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "medium", "codes"), LABELS)
def test_labels_and_media(text: str, medium: str | None, codes: list[str]) -> None:
    d = parse_issn(text)
    assert d.medium == medium
    assert sorted(x.code for x in d.diagnostics) == sorted(codes)
    assert d.raw == text


def test_localised_medium_words_come_from_locale_files() -> None:
    assert parse_issn("ISSN (trykt) 0036-8075").medium == "print"
    assert parse_issn("ISSN (Elektronisk): 2353-3773").medium == "electronic"
    assert parse_issn("ISSN (unknown) 2353-3773").medium is None


def test_list_after_one_label() -> None:
    hits = list(find_issns("ISSN 0036-8075 (print); 1095-9203 (web)"))
    assert [(m.value.value, m.value.medium) for m in hits] == [
        ("0036-8075", "print"),
        ("1095-9203", "electronic"),
    ]


def test_find_needs_a_label_unless_bare() -> None:
    text = "pp. 2353-3773 and ISSN 0036-8075"
    assert [m.value.value for m in find_issns(text)] == ["0036-8075"]
    assert [m.value.value for m in find_issns(text, bare=True)] == ["2353-3773", "0036-8075"]


ERRORS = [
    ("2353-3774", ErrorCode.INVALID_CHECKSUM),
    ("ISSN 2353-3774", ErrorCode.INVALID_CHECKSUM),
    ("1234-567", ErrorCode.INVALID_LENGTH),
    ("ISSN", ErrorCode.INVALID_FORMAT),
    ("hello", ErrorCode.NOT_FOUND),
    ("", ErrorCode.EMPTY),
    ("ISSN 0036-8075 (print); 1095-9203 (web)", ErrorCode.AMBIGUOUS),
    ("ISSN " + "1" * 2500, ErrorCode.TOO_LONG),
]


@pytest.mark.parametrize(("text", "code"), ERRORS)
def test_errors(text: str, code: ErrorCode) -> None:
    with pytest.raises(ParseError) as info:
        parse_issn(text)
    assert info.value.code is code
    assert parse_issn(text, strict=False).error.code is code  # type: ignore[union-attr]


def test_record() -> None:
    d = parse_issn("eISSN 2353-3773")
    assert d == Issn("2353-3773") and d.medium == "electronic"  # medium is not identity
    assert str(d) == "2353-3773" and d.compact == "23533773"
    assert d.to_ean13() == "9772353377009"
    assert d.to_dict()["medium"] == "electronic"
    assert issn_mod.format("2434 561x") == "2434-561X"
    assert issn_mod.compact("ISSN 2353-3773") == "23533773"
    assert issn_mod.is_valid("eISSN 2353-3773")
    assert not issn_mod.is_valid("2353-3774")
    assert not issn_mod.is_valid("see ISSN 2353-3773")


def test_medium_words_logic_with_a_fixture_index(monkeypatch: pytest.MonkeyPatch) -> None:
    # the logic, independent of the shipped locale files
    from comet.identifiers import _labels, clear_caches

    monkeypatch.setattr(
        _labels, "_locale_index", lambda: {"gedruckt": "print", "netz": "electronic"}
    )
    clear_caches()
    try:
        assert parse_issn("ISSN (gedruckt) 0036-8075").medium == "print"
        assert parse_issn("Netz-ISSN 2353-3773").medium == "electronic"
        assert parse_issn("ISSN (trykt) 0036-8075").medium is None
    finally:
        clear_caches()
