"""Family names opened by an elided particle (``Luc d’Aubigny``): the particle word is
part of the family name, never glued to the given name before it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_names

# invented given names and family stems
GIVEN = st.sampled_from(["Luc", "Ana", "Eva", "Jo", "Pierre", "Maud", "Léa", "Noé", "Ivo"])
STEM = st.sampled_from(["Aubigny", "Orvalle", "Estrac", "Arbonne", "Ulmet", "Hermel"])
ELIDED = st.sampled_from(["d’", "d'", "l’", "l'", "dell’"])


@settings(max_examples=60, deadline=None)
@given(GIVEN, ELIDED, STEM)
def test_elided_particle_family_keeps_given_apart(
    given_name: str, particle: str, stem: str
) -> None:
    family = particle + stem
    people = parse_names(f"{given_name} {family}")
    assert [(p.given, p.family) for p in people] == [(given_name, family)]
    inverted = parse_names(f"{family}, {given_name}")
    assert [(p.given, p.family) for p in inverted] == [(given_name, family)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luc d’Aubigny", [("Luc", "d’Aubigny")]),
        ("Marie d’Orvalle et Paul Ranet", [("Marie", "d’Orvalle"), ("Paul", "Ranet")]),
        ("Jean-Luc l’Estrac", [("Jean-Luc", "l’Estrac")]),
    ],
)
def test_elided_particle_examples(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.given, p.family) for p in parse_names(text)] == expected


def test_split_word_still_joined() -> None:
    """The repair of a word split by the copy ('Tõ nurist') still works."""
    assert [p.family for p in parse_names("Tõ nurist")] == ["Tõnurist"]


# --- two-word family names before a comma (Iberian) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quintana Robles, Ana Lucía", [("Ana Lucía", "Quintana Robles")]),
        (
            "Barrio Soto, Marta; Ibarra Llano, José",
            [("Marta", "Barrio Soto"), ("José", "Ibarra Llano")],
        ),
        ("Anna Berg, Karin Lid", [("Anna", "Berg"), ("Karin", "Lid")]),  # a given name first: two
    ],
)
def test_two_word_family_before_given_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.given, p.family) for p in parse_names(text)] == expected


def test_initials_after_a_comma_are_no_suffix_that_joins_surnames() -> None:
    # 'V.' alone could be the suffix 'V'; followed by another initial it starts a given name
    got = parse_names("Silva, Ana Maria e Costa, V. A.")
    assert [(p.family, p.given) for p in got] == [("Silva", "Ana Maria"), ("Costa", "V. A.")]
