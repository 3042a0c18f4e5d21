"""The series statement reader shared by page labels and MARC views (comet.page.series)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from comet.page.series import drop_locator_word, series_parts

WORDS = frozenset({"v", "vol", "bd", "no", "т", "вып"})


def test_leading_locator_word_goes() -> None:
    assert drop_locator_word("v. 12", WORDS) == "12"
    assert drop_locator_word("Bd 3", WORDS) == "3"
    assert drop_locator_word("т.21", WORDS) == "21"
    assert drop_locator_word("no12", WORDS) == "12"
    assert drop_locator_word("v. XII", WORDS) == "XII"


def test_other_numbering_stays() -> None:
    assert drop_locator_word("dai 22-23-hen", WORDS) == "dai 22-23-hen"
    assert drop_locator_word("Heft A", WORDS) == "Heft A"
    assert drop_locator_word("17", WORDS) == "17"


def test_series_parts_isbd_and_colon() -> None:
    assert series_parts("Lecture Notes in Fieldwork ; 12.", WORDS) == (
        "Lecture Notes in Fieldwork",
        "12",
    )
    assert series_parts("Schriften zur Ackerkunde: Bd. 30", WORDS) == (
        "Schriften zur Ackerkunde",
        "30",
    )


def test_series_parts_number_joined_by_a_space() -> None:
    assert series_parts("Библиотека садовода Т. 21", WORDS) == ("Библиотека садовода", "21")
    assert series_parts("Studies of Rivers vol. 3", WORDS) == ("Studies of Rivers", "3")
    # a word that is no locator word keeps the whole value as the title
    assert series_parts("Studies of Rivers part 3", WORDS) == ("Studies of Rivers part 3", None)


def test_series_without_numbering() -> None:
    assert series_parts("Occasional Papers of the Moor Society", WORDS) == (
        "Occasional Papers of the Moor Society",
        None,
    )


@given(st.text(max_size=80))
def test_never_crash_and_invariants(value: str) -> None:
    number = drop_locator_word(value, WORDS)
    assert value.endswith(number)  # only a prefix ever goes
    title, num = series_parts(value, WORDS)
    assert isinstance(title, str)
    assert num is None or (num and num == num.strip())
