"""persons25: names glued where a document's line break was lost (``Ida BergRobert A.
Lund``). Invented pages; every name and title was written for these tests."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.glued_names import split_glued_names

_REPORT = """A TECHNICAL REPORT ON FEN DRAINAGE IN THREE VALLEYS

{byline}

Prepared for the Office of Fen Works

MAY 1971

Institute for Wetland Studies
"""


def _families(text: str) -> list[str]:
    authors = parse_record(text).to_csl().get("author") or []
    return [a.get("family", "") for a in authors]


def test_two_names_glued_in_a_byline_are_two_authors() -> None:
    assert _families(_REPORT.format(byline="Ida BergRobert A. Lund")) == ["Berg", "Lund"]


def test_a_name_glued_to_a_known_given_name_and_a_hyphened_family() -> None:
    assert _families(_REPORT.format(byline="Ola Holm-SundMaria Tamm")) == ["Holm-Sund", "Tamm"]


@pytest.mark.parametrize(
    "byline",
    [
        "Ana FitzGerald Tamm",  # a family name's opening part: one word
        "Ana McGregor Tamm",  # too short a part before the capital
        "Ana LeBlanc Tamm",
        "Ana DellaRosa Tamm",  # a known given name opens the word
        "Ana Bergwald",  # no glued word
    ],
)
def test_inner_capitals_of_one_family_name_are_kept(byline: str) -> None:
    assert split_glued_names(byline, _loc.resolve(None)) == byline


def test_a_glued_word_at_a_line_end_is_not_cut() -> None:
    """The glued word must stand between two words of the line: ``Ana BergMaria`` alone
    may be a title word's join, not two names."""
    assert split_glued_names("Ana BergMaria", _loc.resolve(None)) == "Ana BergMaria"


_COVER = """ESCOLA SUPERIOR DE ENGENHARIA DA VILA NOVA

Modelos de drenagem de turfeiras

{name}

{genre}

Mestrado em Engenharia do Ambiente

Orientador: Rui Lobo

Março 2017
"""


def test_a_long_name_with_joined_surnames_alone_under_the_title() -> None:
    """``Lívia Andrade da Rocha e Mota Quelhas`` alone on a cover's line: one person, the
    title above it kept."""
    item = parse_record(
        _COVER.format(name="Lívia Andrade da Rocha e Mota Quelhas", genre="PLANO DE TESE")
    ).to_csl()
    assert item.get("title") == "Modelos de drenagem de turfeiras"
    (author,) = item.get("author") or [{}]
    whole = " ".join(author.get(k, "") for k in ("given", "non-dropping-particle", "family"))
    assert whole.split() == ["Lívia", "Andrade", "da", "Rocha", "e", "Mota", "Quelhas"]


@pytest.mark.parametrize("genre", ["DISSERTATION PLANNING", "Tese Doutoral"])
def test_a_thesis_genre_heading_under_the_name_is_no_name(genre: str) -> None:
    item = parse_record(_COVER.format(name="Ana Beatriz Quelhas", genre=genre)).to_csl()
    assert [a.get("family") for a in item.get("author") or []] == ["Quelhas"]


def test_a_long_title_case_line_without_joined_surnames_is_no_name() -> None:
    """Near miss: six title-case words with a particle but no conjunction between two
    surnames, alone on the line under the title, are no one's name."""
    item = parse_record(_COVER.format(name="Maria Luisa da Fonte Nova Santos", genre="")).to_csl()
    assert item.get("author") is None or all(
        "Santos" not in (a.get("family") or "") for a in item.get("author") or []
    )


def test_a_surname_spelt_like_a_genre_closing_a_name_is_kept() -> None:
    """Near miss: a title-case name whose last word spells a thesis's genre in one language
    (``Tesina``) is still a name; only a line opening with the genre, or one in capitals
    holding it, is a genre's heading."""
    from comet.page.bylines import _genre_heading

    rules = _loc.resolve(None)
    assert not _genre_heading("Giulia Tesina", rules)
    assert _genre_heading("PLANO DE TESE", rules)
    assert _genre_heading("Dissertation Planning", rules)
