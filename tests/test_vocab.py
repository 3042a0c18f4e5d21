"""Vocabularies: statuses, publication types, languages, countries and field labels.

Example inputs come from the seed pages, the development pages and issue 3
(``tests/data/vocab.toml``); logic tests that must not depend on the shipped word
lists use a fixture locale written to ``tmp_path``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import comet
import comet.locales as L
from comet.locales import _schema
from comet.vocab import (
    TYPE_CSL,
    Country,
    Status,
    StatusValue,
    find_countries,
    label_terms,
    match_label,
    parse_country,
    parse_language,
    parse_publication_type,
    parse_status,
    split_place,
)
from comet.vocab.types import CSL_TYPES, TYPE_GROUPS, csl_type_of

from .conftest import seed_text

DATA = tomllib.loads((Path(__file__).parent / "data" / "vocab.toml").read_text("utf-8"))


def _codes(parsed: Any) -> list[str]:
    return [d.code for d in parsed.diagnostics]


# --- statuses -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", DATA["status"], ids=lambda c: c["input"] or "<empty>")
def test_status_examples(case: dict[str, Any]) -> None:
    result = parse_status(case["input"], strict=False)
    if "error" in case:
        assert result.value is None
        assert result.error is not None and result.error.code.value == case["error"]
        with pytest.raises(comet.ParseError):
            parse_status(case["input"])
        return
    status = result.value
    assert status is not None, result.diagnostics
    assert status.value == StatusValue(case["value"])
    assert status.year == case.get("year")
    if "label" in case:
        assert status.label == case["label"]
    if "date" in case:
        assert status.date == case["date"]
    assert status.raw == case["input"]


def test_status_seed_line_and_diagnostics() -> None:
    line = next(ln for ln in seed_text("000").splitlines() if ln.startswith("Status"))
    result = parse_status(line, strict=False)
    assert result.value == Status(StatusValue.PUBLISHED, year=2019)
    assert "removed-label" in _codes(result)


def test_status_enum_matches_schema() -> None:
    assert tuple(v.value for v in StatusValue) == _schema.STATUSES


def test_status_locale_hint_narrows() -> None:
    assert parse_status("Publicerad", locales="sv").value is StatusValue.PUBLISHED
    assert not parse_status("Publicerad", locales="da", strict=False).ok


def test_status_loose_match_is_reported() -> None:
    result = parse_status("epub-ahead-of-print", strict=False)
    assert result.value is not None
    assert result.value.value is StatusValue.EPUB_AHEAD_OF_PRINT
    assert "loose-vocabulary-match" in _codes(result)


def test_status_equality_ignores_spelling() -> None:
    assert parse_status("Udgivet - 2019") == parse_status("Published - 2019")
    assert str(parse_status("StatusUdgivet - 2019")) == "published - 2019"
    assert StatusValue.IN_PRESS.csl == "in press" and StatusValue.PUBLISHED.csl is None


def test_status_too_long() -> None:
    with pytest.raises(comet.ParseError) as info:
        parse_status("Udgivet " * 100)
    assert info.value.code is comet.ErrorCode.TOO_LONG


def test_status_non_str() -> None:
    with pytest.raises(TypeError):
        parse_status(None)  # type: ignore[arg-type]


# --- publication types ----------------------------------------------------------------------


@pytest.mark.parametrize("case", DATA["type"], ids=lambda c: c["input"].strip() or "<blank>")
def test_type_examples(case: dict[str, Any]) -> None:
    result = parse_publication_type(case["input"], strict=False)
    if "error" in case:
        assert result.error is not None and result.error.code.value == case["error"]
        return
    t = result.value
    assert t is not None, result.diagnostics
    assert t.csl_type == case["csl"]
    if "path" in case:
        assert list(t.path) == case["path"]
    if "key" in case:
        assert t.key == case["key"]
    assert t.category == case.get("category")
    assert t.peer_reviewed == case.get("peer_reviewed")


def test_type_seed_000_glued_path() -> None:
    line = next(ln for ln in seed_text("000").splitlines() if ln.startswith("Publikation"))
    result = parse_publication_type(line, strict=False)
    assert result.value is not None and result.value.csl_type == "paper-conference"
    assert _codes(result).count("split-glued-type-path") == 2
    assert "removed-label" in _codes(result)


def test_type_unknown_element_is_kept() -> None:
    result = parse_publication_type(
        "Contribution to journal › Novel thing › peer-review", strict=False
    )
    t = result.value
    assert t is not None
    assert t.path == ("Contribution to journal", "Novel thing", "peer-review")
    assert t.csl_type == "article-journal" and t.peer_reviewed is True
    assert "unknown-type-term" in _codes(result)


def test_type_pre_test_rules_out_names_only() -> None:
    from comet.vocab.types import may_end_in_type_term

    for text in ("Tidsskriftartikel", "Journal article.", "Working Paper -", "Thèse (x)",
                 "Konferencebidrag uden forlag/tidsskriftPaper uden forlag/tidsskriftForskning",
                 "Bidrag til tidsskrift › Tidsskriftartikel › "):  # fmt: skip
        assert may_end_in_type_term(text), text
    for text in ("Maren Holt", "Working Paper 12", "", " › ", "Journal article Smith"):
        assert not may_end_in_type_term(text), text


def test_type_equality_ignores_spelling() -> None:
    assert parse_publication_type("Tidsskriftartikel") == parse_publication_type("Journal article")
    t = parse_publication_type("Bidrag til tidsskrift › Tidsskriftartikel")
    assert str(t) == "Bidrag til tidsskrift › Tidsskriftartikel"


def test_type_csl_mapping_is_valid() -> None:
    assert set(TYPE_CSL.values()) <= CSL_TYPES
    assert set(TYPE_CSL) >= TYPE_GROUPS
    assert csl_type_of("webpage") == "webpage"
    assert csl_type_of("article-newspaper") == "article-newspaper"  # a CSL name maps to itself
    assert csl_type_of("no-such-type") == "document"


def test_every_shipped_type_key_has_a_csl_type() -> None:
    for rules in L.all_rules():
        for key in rules.keys("types"):
            assert key in TYPE_CSL or key in CSL_TYPES, f"{rules.tag} [types].{key}"


def test_type_keys_from_a_fixture_locale(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(
        'tag = "xx"\n[types]\narticle-journal = ["Zog"]\nbook = ["Blub"]\n'
        '[type_categories]\nresearch = ["Fro"]\n[peer_review]\nyes = ["Pip"]\n',
        encoding="utf-8",
    )
    rules = L.load_file(path)
    t = parse_publication_type("ZogFroPip", locales=[rules])
    assert (t.csl_type, t.category, t.peer_reviewed) == ("article-journal", "research", True)
    assert parse_publication_type("Blub", locales=[rules]).csl_type == "book"


# --- languages ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", DATA["language"], ids=lambda c: c["input"])
def test_language_examples(case: dict[str, Any]) -> None:
    result = parse_language(case["input"], strict=False)
    if "error" in case:
        assert result.error is not None and result.error.code.value == case["error"]
        return
    assert result.value is not None, result.diagnostics
    assert result.value.tag == case["tag"]


def test_language_names_and_lists() -> None:
    assert parse_language("da-DK").name == "Danish (Denmark)"
    result = parse_language("English, Danish", strict=False)
    assert result.value is not None and result.value.tag == "en"
    assert "multiple-languages" in _codes(result)
    assert parse_language("English") == parse_language("eng") == parse_language("Engelsk")


def test_language_name_with_its_code_in_brackets() -> None:
    # catalogues print the name and the code: 'Sprache(n): Deutsch (ger)'
    assert parse_language("Sprache(n): Deutsch (ger)").tag == "de"
    assert parse_language("Language(s): English [eng]").tag == "en"
    got = parse_language("Français (fre); Deutsch (ger)", strict=False)
    assert got.value is not None and got.value.tag == "fr"
    # the bracket is no code, or the words are no language's name: nothing
    assert parse_language("English (2nd ed.)", strict=False).value is None
    assert parse_language("Summary (eng)", strict=False).value is None


def test_language_seed_004() -> None:
    lines = seed_text("004").splitlines()
    i = lines.index("Languages")
    assert parse_language(f"{lines[i]} {lines[i + 1]}").tag == "en"


# --- countries ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", DATA["country"], ids=lambda c: c["input"])
def test_country_examples(case: dict[str, Any]) -> None:
    result = parse_country(case["input"], strict=False)
    if "error" in case:
        assert result.error is not None and result.error.code.value == case["error"]
        return
    assert result.value is not None, result.diagnostics
    assert result.value.code == case["code"]


@pytest.mark.parametrize("case", DATA["place"], ids=lambda c: c["input"])
def test_split_place(case: dict[str, Any]) -> None:
    place, country = split_place(case["input"])
    assert place == case["place"]
    assert (country.code if country else None) == case.get("code")


def test_country_names_come_from_cldr() -> None:
    assert parse_country("Belgien").name == "Belgium"
    assert parse_country("Belgien") == Country("BE")
    assert comet.vocab.country_name("BE", "da") == "Belgien"
    result = parse_country("Korea, Republic of", strict=False)
    assert "inverted-country-name" in _codes(result)


def test_find_country_ignores_codes() -> None:
    assert [m.value.code for m in find_countries("Boston, MA")] == []
    hits = list(find_countries("Tyskland; Sverige"))
    assert [(m.value.code, m.raw) for m in hits] == [("DE", "Tyskland"), ("SE", "Sverige")]
    assert hits[1].span == (10, 17)


def test_seed_000_event_place() -> None:
    line = next(ln for ln in seed_text("000").splitlines() if ln.startswith("Begivenhed"))
    m = match_label(line)
    assert m is not None and m.key == "event"
    place, country = split_place(line[m.value_start :].split(" - ", 1)[1])
    assert place == "Public Governance Institute, KU Lueven, Lueven"
    assert country is not None and country.code == "BE"


# --- labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize("case", DATA["label"], ids=lambda c: c["line"][:40])
def test_match_label_examples(case: dict[str, Any]) -> None:
    line = case["line"]
    m = match_label(line, spaced=case.get("spaced", False))
    assert m is not None
    assert m.key == case["key"]
    assert line[m.span[0] : m.span[1]] == case["label"]
    assert line[m.value_start :] == case["value"]


@pytest.mark.parametrize("case", DATA["not_label"], ids=lambda c: c["line"][:40])
def test_match_label_rejects(case: dict[str, Any]) -> None:
    assert match_label(case["line"]) is None


def test_match_label_longest_first_and_locales() -> None:
    m = match_label("Published Online: 30 Dec 2021", locales="en")
    assert m is not None and m.key == "published_online"
    assert match_label("Antal sider: 12", locales="da") == ("page_count", (0, 11), 13)
    assert match_label("Antal sider: 12", locales="en") is None
    assert match_label("   Sprog: Dansk") == ("language", (3, 8), 10)
    assert match_label("") is None
    with pytest.raises(TypeError):
        match_label(3)  # type: ignore[arg-type]


def test_match_label_fixture_locale(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text('tag = "xx"\n[labels]\nstatus = ["Zorp", "Zorp Zorp"]\n', encoding="utf-8")
    rules = L.load_file(path)
    assert match_label("Zorp ZorpYes", locales=[rules]) == ("status", (0, 9), 9)
    assert match_label("Zorpyes", locales=[rules]) is None
    assert match_label("zorp: yes", locales=[rules]) == ("status", (0, 4), 6)


def test_all_seed_labels_found() -> None:
    keys = []
    for line in seed_text("000").splitlines():
        m = match_label(line, locales="da")
        if m is not None:
            keys.append(m.key)
    assert keys == [
        "publication_type", "status", "event", "event_duration", "conference", "event_location"
    ]  # fmt: skip


def test_shipped_labels_have_no_cross_locale_clash() -> None:
    """The same label string means the same field in every shipped locale."""
    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for rules in L.all_rules():
        for key, terms in rules.sections.get("labels", {}).items():
            for term in terms:
                folded = L.fold(term)
                if folded in seen and seen[folded][1] != key:
                    clashes.append((term, seen[folded], (rules.tag, key)))
                seen.setdefault(folded, (rules.tag, key))
    assert clashes == []


def test_label_terms() -> None:
    terms = label_terms("da")
    assert terms["Varighed"] == "event_duration"
    assert terms["Originalsprog"] == "original_language"


def test_exported_from_comet() -> None:
    for name in ("parse_status", "parse_publication_type", "parse_language", "parse_country"):
        assert callable(getattr(comet, name))
    assert comet.match_label is match_label


def test_every_label_term_is_found_before_a_colon() -> None:
    """The label matcher groups its terms by length and folded form (speed): for every
    term of every shipped locale, printed as listed or in capitals and followed by a colon
    or glued to a value, it finds what a plain scan of the terms, longest first, finds
    (capitals that change a term's length, ``FUSSNOTE``, are matched by printed length)."""
    from comet.locales import all_rules, fold
    from comet.vocab._labels import _table, _value_after, label_at, label_terms

    rules = all_rules()

    def scan(line: str) -> object:
        table = _table(rules)
        head = fold(line[:2])
        for term, folded, key in (*table.get(head[:2], ()), *table.get(head[:1], ())):
            if len(term) <= len(line) and fold(line[: len(term)]) == folded:
                found = _value_after(term, key, line, 0, len(term), False)
                if found is not None:
                    return found
        return None

    for term in label_terms():
        for printed in {term, term.upper()}:
            if len(printed) != len(term):
                continue
            for line in (f"{printed}: a value", f"{printed}Value 12"):
                assert label_at(line, locales=None) == scan(line), line
