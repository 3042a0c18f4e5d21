"""Person names and author lists (comet.names)."""

from __future__ import annotations

import doctest
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from unidecode import unidecode

import comet
from comet import NameOrder, ParseError, Person, PersonList, parse_name, parse_names
from comet.errors import ErrorCode
from comet.names import MAX_LENGTH
from tests.conftest import seed_gold, seed_text
from tests.shared_data import dev_path, read_jsonl, source_split

DATA = Path(__file__).parent / "data"
CASES: list[dict[str, Any]] = tomllib.loads((DATA / "names.toml").read_text("utf-8"))["case"]
FIELDS = ("title", "family", "given", "particle", "suffix", "nickname", "literal")


def _as_dicts(people: PersonList) -> list[dict[str, Any]]:
    out = []
    for p in people:
        d: dict[str, Any] = {k: getattr(p, k) for k in FIELDS if getattr(p, k) is not None}
        if p.dropping_particle:
            d["dropping_particle"] = True
        out.append(d)
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"{c['source']}: {c['input'][:40]}" for c in CASES])
def test_table(case: dict[str, Any]) -> None:
    names = parse_names(case["input"], style=case.get("style"))
    assert _as_dicts(names) == case["persons"]
    if "order" in case:
        assert names.order == case["order"]
    assert names.et_al is case.get("et_al", False)
    assert names.role == case.get("role")
    codes = {d.code for d in names.diagnostics}
    assert set(case.get("diagnostics", [])) <= codes


def _fold(text: str | None) -> str:
    return re.sub(r"[^0-9a-z]+", "", unidecode(text or "").casefold())


@pytest.mark.parametrize("prefix", ["000", "001", "002"])
def test_seed_author_lines(prefix: str) -> None:
    """The author line of each seed page reads as its gold persons."""
    gold = next(g for g in seed_gold() if str(g["file"]).startswith(prefix))["gold"]
    authors = gold["author"]  # type: ignore[index]
    first = authors[0]["family"]
    line = next(ln for ln in seed_text(prefix).splitlines() if first in ln)
    got = [(_fold(p.full_family), _fold(p.given)) for p in parse_names(line)]
    assert got == [(_fold(a["family"]), _fold(a["given"])) for a in authors]


def test_corpus_dev_floor() -> None:
    """Regression floor on the DEV part of the shared names corpus (never the unseen part).

    A case is right as in ``benchmarks/names.py``: the same number of names, each with the
    gold's title, given, particle + family, suffix and nickname (case- and space-folded).
    """
    from benchmarks.names import comet_names, right

    cases = [
        c
        for c in read_jsonl(dev_path("names", "cases.jsonl"))
        if source_split("names", c["source"]) == "dev"
    ]
    assert len(cases) > 700
    ok = sum(right(comet_names(c), c) for c in cases)
    assert ok / len(cases) >= 0.90, f"{ok}/{len(cases)}"


# --- the contract -----------------------------------------------------------


def test_exports() -> None:
    assert comet.parse_names is parse_names and comet.parse_name is parse_name
    assert comet.Person is Person and comet.PersonList is PersonList


@pytest.mark.parametrize("fn", [parse_names, parse_name])
def test_type_error(fn: Any) -> None:
    with pytest.raises(TypeError):
        fn(b"Smith, J.")
    with pytest.raises(TypeError):
        fn(None, strict=False)


@pytest.mark.parametrize(
    ("text", "code"),
    [("", "empty"), ("   \n ", "empty"), ("(2019)", "not-found"), ("1234, 5678", "not-found")],
)
def test_errors(text: str, code: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_names(text)
    assert info.value.code == code
    lenient = parse_names(text, strict=False)
    assert lenient.value is None and lenient.error is not None
    assert lenient.diagnostics[-1].code == code


def test_too_long() -> None:
    with pytest.raises(ParseError) as info:
        parse_names("Smith, J., " * (MAX_LENGTH // 5))
    assert info.value.code is ErrorCode.TOO_LONG


def test_parse_name_needs_one_name() -> None:
    with pytest.raises(ParseError) as info:
        parse_name("Cashore & Howlett")
    assert info.value.code is ErrorCode.INVALID_FORMAT
    assert parse_name("Agger, Annika") == Person(family="Agger", given="Annika", initials="A.")


def test_lenient_returns_parsed() -> None:
    res = parse_names("Hall P. A.", strict=False)
    assert res.ok and res.value is not None
    assert res.value[0].family == "Hall"
    assert res.to_dict()["value"]["persons"][0]["given"] == "P. A."


def test_raw_kept_and_not_compared() -> None:
    a = parse_name("Aaramo- Immonen, H.")
    b = parse_name("Aaramo-Immonen, H.")
    assert a == b
    assert a.raw == "Aaramo- Immonen, H." and b.raw == "Aaramo-Immonen, H."
    assert [d.code for d in a.diagnostics] == ["joined-hyphen"]
    assert a.diagnostics[0].span == (0, 15)


def test_multiword_given_first_keeps_raw() -> None:
    """Convention: the last word is the family name; ``raw`` keeps the whole name."""
    p = parse_names("Nanna Møller Mortensen, Catherine Needham")[0]
    assert (p.family, p.given, p.raw) == ("Mortensen", "Nanna Møller", "Nanna Møller Mortensen")
    assert p.initials == "N. M."


def test_diagnostic_spans_index_input() -> None:
    text = "Voorberg, W. et al., Bekkers, V."
    names = parse_names(text)
    (d,) = [d for d in names.diagnostics if d.code == "et-al-inside-list"]
    assert d.span is not None and text[d.span[0] : d.span[1]] == "et al."


# --- keys, display, CSL -----------------------------------------------------


def test_match_key_folds_accents() -> None:
    assert parse_name("Møller, A.").match_key == parse_name("Moller, Anne").match_key
    assert parse_name("Møller, A.").match_key == "moller|a"
    assert parse_name("Petersén, A.").sort_key == "petersen a"
    assert (
        parse_name("Narbutaite-Aflaki, I.").match_key
        == parse_name("Narbutaite Aflaki, I.").match_key
    )


def test_literal_keys() -> None:
    p = parse_name("Jönköpings kommun")
    assert p.is_organisation and p.to_csl() == {"literal": "Jönköpings kommun"}
    assert p.sort_key == "jonkopings kommun" and p.match_key == "jonkopingskommun"
    assert p.display() == "Jönköpings kommun"


def test_display_and_csl() -> None:
    p = parse_name("van der Berg, J.")
    assert p.display() == "van der Berg, J."
    assert p.display(given_first=True) == "J. van der Berg"
    assert p.to_csl() == {"family": "Berg", "given": "J.", "non-dropping-particle": "van der"}
    b = parse_name("Beethoven, Ludwig van")
    assert b.dropping_particle
    assert b.to_csl() == {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"}
    assert b.display() == "Beethoven, Ludwig van"
    s = parse_name("Smith Jr., John")
    assert s.to_csl() == {"family": "Smith", "given": "John", "suffix": "Jr."}
    assert s.display(given_first=True) == "John Smith Jr."
    assert str(parse_name("Cashore")) == "Cashore"


def test_person_list_protocol() -> None:
    names = parse_names("Jaspers, S., & Steen, T.")
    assert len(names) == 2 and names[1].family == "Steen"
    assert [p.family for p in names] == ["Jaspers", "Steen"]
    assert names.to_csl() == [
        {"family": "Jaspers", "given": "S."},
        {"family": "Steen", "given": "T."},
    ]
    data = json.loads(names.to_json())
    assert data["order"] == "family-first" and data["persons"][0]["family"] == "Jaspers"


# --- options ------------------------------------------------------------------


def test_locales_limit_connectors() -> None:
    sv = parse_names("Svensson, Anna och Berg, Karl", locales="sv")
    assert [p.family for p in sv] == ["Svensson", "Berg"]
    en = parse_names("Svensson, Anna och Berg, Karl", locales="en", strict=False)
    assert en.value is None or [p.family for p in en.value] != ["Svensson", "Berg"]


def test_order_hint() -> None:
    assert [p.family for p in parse_names("Smith, Jones", order="family-first")] == ["Smith"]
    assert parse_names("Smith, Jones", order="given-first").order is None
    with pytest.raises(ValueError):
        parse_names("Smith, J.", order="mixed")


def test_ambiguity_is_reported() -> None:
    names = parse_names("Smith, Jones")
    assert [d.code for d in names.diagnostics] == ["ambiguous-name-order"]
    assert names.order is NameOrder.FAMILY_FIRST
    assert not parse_names("Smith, J.").diagnostics


def test_docs_page_examples_run() -> None:
    page = Path(__file__).parent.parent / "docs" / "names.md"
    result = doctest.testfile(str(page), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted >= 4


def test_bibtex_list_words_of_named_locales() -> None:
    """BibTeX mode splits at ``and`` only; a caller naming a locale (biber's ``namesep``
    and ``others_string``) also splits at its list word and reads its "and others"."""
    text = "Hedda Brandl und Ottokar Wiese und andere"
    plain = parse_names(text, style="bibtex")
    assert len(plain) == 1 and not plain.et_al
    de = parse_names(text, style="bibtex", locales=["de"])
    assert [(p.given, p.family) for p in de] == [("Hedda", "Brandl"), ("Ottokar", "Wiese")]
    assert de.et_al
    assert len(parse_names("Ada Lowe and Ben Marsh", style="bibtex", locales=["de"])) == 2


def test_affiliation_markers_of_a_letter_and_a_number() -> None:
    """Markers ``a1``, ``c1`` after each name (a publisher's byline): several after the
    last name, and glued to a name in capitals, are no part of the names."""
    text = "Ilse Varga a1, Tomas B. Ek a2 and Frank Moll a1 c1"
    assert [(p.given, p.family) for p in parse_names(text)] == [
        ("Ilse", "Varga"), ("Tomas B.", "Ek"), ("Frank", "Moll"),
    ]  # fmt: skip
    caps = "SARAH THOMSONa1, ELISABETH A. INNESa1 and FRANK MOLLa2 c1"
    assert [p.family for p in parse_names(caps)] == ["THOMSON", "INNES", "MOLL"]


def test_names_ending_like_a_marker_keep_their_letters() -> None:
    # negative: a mixed-case name's last letters are the name's ('Linda1': a number alone
    # is cut), and a lower-case word inside a name is no marker
    assert [p.given for p in parse_names("Maria Linda1")] == ["Maria"]
    assert parse_names("Maria Linda1")[0].family == "Linda"
    assert parse_names("José Ortega y Gasset")[0].family == "Ortega y Gasset"


def test_a_short_family_name_in_capitals_before_the_comma() -> None:
    """``LI, Wei``: two or three capitals before the comma of ``Family, Given`` with a
    given name written out after it are the family name, not initials."""
    assert [(p.family, p.given) for p in parse_names("LI, Wei; WU, Jing")] == [
        ("LI", "Wei"), ("WU", "Jing"),
    ]  # fmt: skip
    assert (parse_name("NG, Alan").family, parse_name("NG, Alan").given) == ("NG", "Alan")


def test_initials_after_the_comma_stay_initials() -> None:
    # negative: initials stand after the comma, and a Vancouver list keeps its pairs
    assert [(p.family, p.given) for p in parse_names("Doe, JA, Roe, AB")] == [
        ("Doe", "JA"), ("Roe", "AB"),
    ]  # fmt: skip
    assert [(p.family, p.given) for p in parse_names("Smith AB, Jones CD")] == [
        ("Smith", "AB"), ("Jones", "CD"),
    ]  # fmt: skip
    assert (parse_name("LI, W.").family, parse_name("LI, W.").given) == ("LI", "W.")
    assert [(p.family, p.given) for p in parse_names("Smith, JA, Jones, Peter")] == [
        ("Smith", "JA"), ("Jones", "Peter"),
    ]  # fmt: skip


def test_a_forced_family_first_order_reads_names_without_a_comma() -> None:
    """``order="family-first"`` (the caller knows the data): a name of words without a comma
    reads its first word as the family name (``Halmos Zita``) instead of finding no name."""

    def parts(text: str) -> list[tuple[str | None, str | None]]:
        return [(p.family, p.given) for p in parse_names(text, order="family-first")]

    assert parts("Halmos Zita") == [("Halmos", "Zita")]
    assert parts("Révffy Kolos Bence") == [("Révffy", "Kolos Bence")]
    assert parts("Halmos Zita; Révffy Kolos") == [("Halmos", "Zita"), ("Révffy", "Kolos")]
    # negative: one comma parting two runs of words stays one inverted name
    assert parts("Ferrando Lasso, Inés Clara") == [("Ferrando Lasso", "Inés Clara")]
    # negative: without the order the usual reading stands
    assert [(p.family, p.given) for p in parse_names("Halmos Zita")] == [("Zita", "Halmos")]


def test_surnames_joined_after_a_particle_before_one_more_surname() -> None:
    """``Lívia Andrade da Rocha e Mota Quelhas``: the conjunction after a particle's surname
    joins it to the next surname though one more surname ends the name; a known given name
    after the conjunction opens a second person."""
    (one,) = parse_names("Lívia Andrade da Rocha e Mota Quelhas")
    assert one.given == "Lívia Andrade"
    assert "Rocha e Mota" in (one.family or "")
    two = parse_names("Lívia da Rocha e Pedro Quelhas")
    assert [p.family for p in two] == ["Rocha", "Quelhas"]
    # no particle before the first surname: the list reading stays
    assert len(parse_names("Lívia Rocha e Mota Quelhas")) == 2
