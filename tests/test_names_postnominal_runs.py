"""Post-nominals in a run: capitals after a known degree are further credentials of the same
person (``Ruiz, Ana M. PhD, RN, CNE, CHPN``), up to the strong separator that ends the
person's part of a ``Family, Given; Family, Given`` list. Every name here is invented."""

from __future__ import annotations

import pytest

from comet.names import parse_names


def _read(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(p.family, p.given, p.suffix, p.literal) for p in parse_names(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Quellfeld, Marta J. PhD, RN, CNX, QHPN; Ostrander, Ines P. PhD, RN, ANQF",
            [
                ("Quellfeld", "Marta J.", "PhD, RN, CNX, QHPN", None),
                ("Ostrander", "Ines P.", "PhD, RN, ANQF", None),
            ],
        ),
        (
            "Marta J. Quellfeld, MD, MSQE; Ines Ostrander, PhD",
            [("Quellfeld", "Marta J.", "MD, MSQE", None), ("Ostrander", "Ines", "PhD", None)],
        ),
        (
            "Lindqvist, Karin PhD, FRQP; Barrantes, Lucía MSc",
            [("Lindqvist", "Karin", "PhD, FRQP", None), ("Barrantes", "Lucía", "MSc", None)],
        ),
    ],
)
def test_capitals_after_a_degree_are_the_same_persons_credentials(
    text: str, want: list[tuple[str | None, str | None, str | None, str | None]]
) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "families"),
    [
        # a family name in capitals after the strong separator is the next person
        ("Quellfeld, Marta PhD; LUNDMARK, Per", ["Quellfeld", "LUNDMARK"]),
        # capitals after initials and no degree: initials of another name, not a credential
        ("Smith, JA, Jones, MD", ["Smith", "Jones"]),
        # capitals followed by a given name in a comma list: a family name in capitals
        ("Quellfeld, Marta PhD, LUNDMARK, Per", ["Quellfeld", "LUNDMARK"]),
    ],
)
def test_capitals_that_open_another_name_stay_a_name(text: str, families: list[str]) -> None:
    assert [p.family for p in parse_names(text)] == families


def test_a_bodys_acronym_before_the_strong_separator_is_no_credential() -> None:
    # review27: a degree's letters are two to four capitals; a longer word in capitals
    # after them, before ';', names the person's body
    got = parse_names("Marta Quellfeld PhD, FENSOC; Ines Ostrander MSc, Reed Institute")
    assert [p.suffix for p in got][:1] == ["PhD"]
    assert _read("Lindqvist, Karin PhD, FRQP; Barrantes, Lucía MSc")[0][2] == "PhD, FRQP"
