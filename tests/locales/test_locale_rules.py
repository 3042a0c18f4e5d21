"""Every registered locale through the same checks (a new locale file is picked up alone).

Logic tests of the parsers use the fixture locale in tests/data/locales/ instead, so editing a
shipped file cannot break them; these tests check the *data* of each shipped file.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

import comet
import comet.locales as L
from comet import PartialDate
from comet.dates._tables import _tables_for

TAGS = L.available()
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def _month_terms() -> list[tuple[str, str, int]]:
    return [
        (r.tag, term, MONTHS.index(key) + 1)
        for r in L.all_rules()
        for key in r.keys("months")
        for term in r.terms("months", key)
    ]


@pytest.mark.parametrize(("tag", "term", "month"), _month_terms())
def test_every_month_name_parses(tag: str, term: str, month: int) -> None:
    rules = L.get(tag)
    assert comet.parse_date(f"3 {term} 2019", locales=[tag]) == PartialDate(2019, month, 3)
    assert comet.parse_date(f"{term} 3, 2019", locales=[tag]) == PartialDate(2019, month, 3)
    homograph = term.casefold().rstrip(".") in _tables_for([tag]).homographs
    if homograph:  # cs "pro" alone before a year is the preposition: a month with its dot
        assert comet.parse_date(f"{term} 2019", locales=[tag]) == PartialDate(2019)
        assert comet.parse_date(f"{term}. 2019", locales=[tag]) == PartialDate(2019, month)
    elif rules.lookup("seasons", term) is None:  # fi "kesä" alone is a summer
        assert comet.parse_date(f"{term} 2019", locales=[tag]) == PartialDate(2019, month)
    if "." in rules.terms("date_words", "ordinal_suffix"):
        assert comet.parse_date(f"3. {term} 2019", locales=[tag]) == PartialDate(2019, month, 3)


@pytest.mark.parametrize(
    ("tag", "term", "season"),
    [
        (r.tag, t, k)
        for r in L.all_rules()
        for k in r.keys("seasons")
        for t in r.terms("seasons", k)
    ],
)
def test_every_season_parses(tag: str, term: str, season: str) -> None:
    assert comet.parse_date(f"{term} 2020", locales=[tag]) == PartialDate(2020, season=season)


@pytest.mark.parametrize("tag", TAGS)
def test_weekdays_and_prefixes_are_skipped(tag: str) -> None:
    rules = L.get(tag)
    jan = rules.terms("months", "january")
    if not jan:
        pytest.skip("no month names")
    for term in rules.terms("weekdays"):
        assert comet.parse_date(f"{term} 3 {jan[0]} 2019", locales=[tag]) == PartialDate(2019, 1, 3)
    for term in rules.terms("date_words", "day_prefix"):
        assert comet.parse_date(f"{term} 3 {jan[0]} 2019", locales=[tag]) == PartialDate(2019, 1, 3)


@pytest.mark.parametrize("tag", TAGS)
def test_range_words_join_dates(tag: str) -> None:
    rules = L.get(tag)
    for word in rules.terms("date_words", "range"):
        r = comet.parse_date_range(f"2014 {word} 2016", locales=[tag])
        assert (r.start, r.end) == (PartialDate(2014), PartialDate(2016))


#: The shipped languages (``mul``, the language-neutral rules, has no words of a language).
LANGUAGES = tuple(t for t in TAGS if t != L.NEUTRAL)


@pytest.mark.parametrize("tag", LANGUAGES)
def test_every_month_key_present(tag: str) -> None:
    """A shipped language names all twelve months (a third-party pack may add only some)."""
    assert set(L.get(tag).keys("months")) == set(MONTHS)


@pytest.mark.parametrize("tag", TAGS)
@pytest.mark.parametrize("section", ["status", "types"])
def test_vocabulary_labels_map_to_their_key(tag: str, section: str) -> None:
    rules = L.get(tag)
    for key in rules.keys(section):
        for term in rules.terms(section, key):
            assert rules.lookup(section, term) == key
            assert rules.lookup(section, term.upper()) == key


@pytest.mark.parametrize("tag", TAGS)
def test_terms_unique_within_each_section(tag: str) -> None:
    """A term (case-insensitively) stands under one canonical key of its section."""
    rules = L.get(tag)
    for section in rules.sections:
        seen: dict[str, str] = {}
        for key in rules.keys(section):
            for term in rules.terms(section, key):
                folded = L.fold(term)
                assert seen.setdefault(folded, key) == key, f"{tag} [{section}] {term!r}"


#: Abbreviations CLDR itself gives to a month and to a weekday (Spanish, Italian and Romanian "mar":
#: marzo and martes/martedì, martie and marți). scripts/cldr_months.py writes both, so they are allowed here,
#: and checked to read as the month ("mar 2019") and to be skipped before a date.
CLDR_MONTH_WEEKDAY = {("es", "mar"), ("it", "mar"), ("ro", "mar")}


@pytest.mark.parametrize("tag", TAGS)
def test_month_names_distinct_from_other_date_words(tag: str) -> None:
    rules = L.get(tag)
    months = {L.fold(t).rstrip(".") for t in rules.terms("months")}
    shared = {w for t, w in CLDR_MONTH_WEEKDAY if t == tag}
    for section in ("weekdays",):
        clash = months & {L.fold(t).rstrip(".") for t in rules.terms(section)}
        assert not clash - shared, f"{tag}: {sorted(clash)} are both months and {section}"
    jan = rules.terms("months", "january")
    for word in sorted(shared):
        month = MONTHS.index(str(rules.lookup("months", word))) + 1
        assert comet.parse_date(f"{word} 2019", locales=[tag]) == PartialDate(2019, month)
        got = comet.parse_date(f"{word} 3 {jan[0]} 2019", locales=[tag])
        assert got == PartialDate(2019, 1, 3)


# --- [[examples]] -----------------------------------------------------------------------------
# Each example names its parser by its input key.  Known keys are dispatched here; any other
# key runs ``comet.parse_<key>`` once that exists, and is skipped until then, so other parser
# families can add examples to the locale files first.


def _render_date(value: Any) -> str:
    return str(value.edtf())


DISPATCH: dict[str, tuple[Callable[..., Any], Callable[[Any], str]]] = {
    "date": (comet.parse_date, _render_date),
    "date_range": (comet.parse_date_range, _render_date),
}


def _examples() -> list[Any]:
    out = []
    for rules in L.all_rules():
        for i, ex in enumerate(rules.examples):
            keys = [k for k in ex if k not in ("expect", "note", "locales", "error")]
            out.append(pytest.param(rules.tag, ex, keys, id=f"{rules.tag}-{i}-{'-'.join(keys)}"))
    return out


def _matches(value: Any, expect: Any) -> bool:
    """``expect`` is the value's text, or one of its top-level fields."""
    if str(value) == str(expect):
        return True
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        fields = to_dict()
        if isinstance(expect, dict):
            return all(fields.get(k) == v for k, v in expect.items())
        return any(str(v) == str(expect) for v in fields.values() if not isinstance(v, dict | list))
    return False


@pytest.mark.parametrize(("tag", "example", "keys"), _examples())
def test_locale_examples(tag: str, example: dict[str, Any], keys: list[str]) -> None:
    if len(keys) != 1:
        pytest.fail(f"an example has one input key, got {keys}")
    (key,) = keys
    text = example[key]
    if key in DISPATCH:
        fn, render = DISPATCH[key]
    else:
        maybe = getattr(comet, f"parse_{key}", None)
        if maybe is None:
            pytest.skip(f"no parser comet.parse_{key} yet")
        fn, render = maybe, str
    kwargs: dict[str, Any] = {"strict": False}
    if "locales" in inspect.signature(fn).parameters:
        kwargs["locales"] = [tag]
    result = fn(text, **kwargs)
    expect = example["expect"]
    if expect == "" or "error" in example:
        assert result.value is None, f"{text!r} should not parse"
        if "error" in example:
            assert result.error is not None and result.error.code == example["error"]
        return
    assert result.value is not None, [d.code for d in result.diagnostics]
    if key in DISPATCH:
        assert render(result.value) == expect
    else:
        assert _matches(result.value, expect), f"{result.value!r} != {expect!r}"


# --- the check command ---------------------------------------------------------------------


def test_shipped_files_pass_check() -> None:
    from importlib import resources

    for entry in resources.files("comet.locales").iterdir():
        if entry.name.endswith(".toml"):
            with resources.as_file(entry) as path:
                assert L.validate_file(path) == [], entry.name


def test_check_reports_missing_months_and_bad_examples(tmp_path: Any) -> None:
    p = tmp_path / "zz.toml"
    p.write_text('tag = "zz"\n[months]\nmay = ["mai"]\n[[examples]]\nexpect = "x"\n', "utf-8")
    problems = L.validate_file(p)
    assert any(line.startswith("zz.toml [months]: no names for january") for line in problems)
    assert any(line.startswith("zz.toml [[examples]][0]") for line in problems)


def test_check_reports_a_wrap_word_that_is_no_single_small_word(tmp_path: Any) -> None:
    # [headings].wrap_words is read one page word at a time: a phrase or a capital never matches
    p = tmp_path / "zz.toml"
    p.write_text('tag = "zz"\n[headings]\nwrap_words = ["fro", "up to", "Via"]\n', "utf-8")
    problems = L.validate_file(p)
    assert [line for line in problems if "wrap_words" in line] == [
        "zz.toml [headings].wrap_words: 'up to' is no single word in small letters",
        "zz.toml [headings].wrap_words: 'Via' is no single word in small letters",
    ]


def test_neutral_rules_join_every_choice() -> None:
    """``mul`` (scheme field names such as ``dc.title``) joins any locale choice, once."""
    assert [r.tag for r in L.resolve("fr")] == ["fr", L.NEUTRAL]
    assert [r.tag for r in L.resolve(["de", "mul"])] == ["de", L.NEUTRAL]
    assert L.resolve(None) == L.all_rules()
    assert L.get(L.NEUTRAL).lookup("labels", "DC.Title") == "title"
    assert L.get("en").lookup("labels", "dc.title") is None
