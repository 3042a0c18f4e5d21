"""Property tests for person names (comet.names)."""

from __future__ import annotations

import contextlib

import attrs
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from unidecode import unidecode

from comet import ParseError, Person, parse_name, parse_names
from comet import strategies as cst


@settings(max_examples=200)
@given(st.text(max_size=120))
def test_never_crashes(text: str) -> None:
    res = parse_names(text, strict=False)
    assert res.value is not None or res.error is not None
    with contextlib.suppress(ParseError):
        parse_names(text)
    with contextlib.suppress(ParseError):
        parse_name(text)


@settings(max_examples=100)
@given(st.lists(st.sampled_from([",", ";", " and ", "&", "(", ")", ".", "-", "et al.", "J.",
                                 "van", "Smith", "\n", " ", "og", "PhD", "…", "[", "1"]),
                max_size=30))  # fmt: skip
def test_never_crashes_on_name_shaped_noise(parts: list[str]) -> None:
    text = "".join(parts)
    res = parse_names(text, strict=False)
    if res.value is not None:
        for p in res.value:
            assert p.literal or p.family
            assert p.raw


@settings(max_examples=150)
@given(cst.name_lists())
def test_lists_round_trip(case: tuple[str, tuple[Person, ...]]) -> None:
    text, persons = case
    assert tuple(parse_names(text)) == persons


@settings(max_examples=100)
@given(cst.persons())
def test_display_round_trips(p: Person) -> None:
    assert parse_name(p.display()) == p
    if " " not in (p.family or ""):
        assert parse_name(p.display(given_first=True)) == p


@settings(max_examples=100)
@given(cst.persons())
def test_match_key_invariants(p: Person) -> None:
    key = p.match_key
    assert key.isascii() and key == key.lower()
    upper = attrs.evolve(p, family=(p.family or "").upper())
    plain = attrs.evolve(p, family=unidecode(p.family or ""), given=unidecode(p.given or ""))
    assert upper.match_key == key == plain.match_key
    assert p.sort_key.isascii() and p.sort_key == unidecode(p.sort_key).lower()
    assert attrs.evolve(p, raw="other text") == p


@settings(max_examples=150)
@given(st.data())
def test_rich_persons_round_trip(data: st.DataObject) -> None:
    """A person with a title, nickname and suffix, written in either order, reads back."""
    order = data.draw(st.sampled_from(["given-first", "family-first"]))
    text, person = data.draw(cst.rich_persons(order))
    assert parse_name(text) == person


@settings(max_examples=150)
@given(cst.name_lists(joiners=cst.list_joiners()))
def test_lists_joined_by_any_list_word_split_back(case: tuple[str, tuple[Person, ...]]) -> None:
    text, persons = case
    assume(" et al " not in text)  # French 'et' before the particle 'al' spells 'et al'
    assert tuple(parse_names(text)) == persons


@settings(max_examples=150)
@given(cst.bibtex_names())
def test_bibtex_round_trip(case: tuple[str, tuple[Person, ...]]) -> None:
    text, persons = case
    assert tuple(parse_names(text, style="bibtex")) == persons


@settings(max_examples=200)
@given(st.text(max_size=120))
def test_bibtex_never_crashes(text: str) -> None:
    res = parse_names(text, strict=False, style="bibtex")
    assert res.value is not None or res.error is not None
    with contextlib.suppress(ParseError):
        parse_names(text, style="bibtex")


def test_huge_author_field_is_too_long_at_once() -> None:
    text = "Berg, A., " * 10_000  # 100 kB
    for style in (None, "bibtex"):
        res = parse_names(text, strict=False, style=style)
        assert res.error is not None and res.error.code == "too-long"


# --- the given-name cues ([name_grammar] given_names / only_given_names) ------------------

_SYLLABLES = ["ka", "lo", "mer", "vin", "dra", "sto", "bel", "run", "ze", "tha", "qui", "nor"]


def _lexicons() -> tuple[list[str], frozenset[str]]:
    from comet.locales import resolve, terms_of
    from comet.names.rules import _rules

    rules = _rules(resolve(None))
    only = [n for n in terms_of("name_grammar", resolve(None), "only_given_names")]
    # the parser's own table decides: a name listed as a family name too is no 'only' name
    only = [n for n in only if n.casefold() in rules.only_given or n in rules.only_given]
    return sorted(set(only)), rules.given_names


_ONLY_GIVEN, _EVERY_GIVEN = _lexicons()


@st.composite
def _invented_family(draw: st.DrawFn) -> str:
    word = "".join(draw(st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4)))
    assume(word.casefold() not in _EVERY_GIVEN)
    return word.capitalize()


@settings(max_examples=150)
@given(st.sampled_from(_ONLY_GIVEN), _invented_family())
def test_known_given_name_orders(given_name: str, family: str) -> None:
    """A name known only as a given name is the given name where it is written first or
    after a comma; written last without a comma, the name is read given name first (as
    bylines print it) and flagged ``ambiguous-name-order``: the word may be either."""
    from comet.locales import resolve
    from comet.names.rules import _rules

    rules = _rules(resolve(None))
    assume(family.casefold() not in rules.org_words and family.casefold() not in rules.particles)
    for text in (f"{given_name} {family}", f"{family}, {given_name}"):
        p = parse_name(text)
        assert (p.given, p.family) == (given_name, family), text
    got = parse_name(f"{family} {given_name}", strict=False)
    assert got.value is not None
    assert (got.value.given, got.value.family) == (family, given_name)
    assert "ambiguous-name-order" in {d.code for d in got.diagnostics}
    p = parse_name(f"{given_name} {family}".upper())
    assert (p.given, p.family) == (given_name.upper(), family.upper())
