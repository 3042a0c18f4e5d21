"""A title of capitalised nouns joined by a list word reads as names (``Heath Grazing and Land
Rent``: *Heath Grazing*, *Land Rent*); no known given name opens them and their words are
common words, so the line stays a title and starts no byline (``comet.page.noun_names``).
Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.names import parse_names
from comet.page.bylines import _byline_at
from comet.page.noun_names import noun_names
from comet.page.parse import _prepare

_ABSTRACT = "We study the grazing of heath land and the rent of salt marsh by sheep farms."


def _article(title: str, byline: str, abstract: str = _ABSTRACT) -> str:
    return f"Journal of Upland Studies\nVol. 12, No. 3\n\n{title}\n\n{byline}\n\nAbstract\n{abstract}\n"


@pytest.mark.parametrize(
    ("title", "byline", "families"),
    [
        ("Heath Grazing and Land Rent", "Anna Berg and Jonas Holm", ["Berg", "Holm"]),
        ("Salt Marsh Grazing and Upland Rent", "Anna Berg, Jonas Holm", ["Berg", "Holm"]),
        ("Heath Grazing & Land Rent", "Ida Moe", ["Moe"]),
    ],
)
def test_a_title_of_nouns_keeps_its_title(title: str, byline: str, families: list[str]) -> None:
    csl = parse_record(_article(title, byline)).to_csl()
    assert csl["title"] == title
    assert [a["family"] for a in csl["author"]] == families


def test_a_spanish_title_of_nouns() -> None:
    page = (
        "Revista de Estudios Costeros\nVol. 8, núm. 2 (2020)\n\n"
        "Pesca Artesanal y Mercados Locales\n\nLucía Ortega y Mateo Ruiz\n\n"
        "Resumen\nEstudiamos la pesca artesanal en tres puertos y los mercados del pescado.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Pesca Artesanal y Mercados Locales"
    assert [a["family"] for a in csl["author"]] == ["Ortega", "Ruiz"]


def test_the_title_of_nouns_starts_no_byline() -> None:
    """A heading over the byline is no byline's first line (the names under it are)."""
    page, _ = _prepare(_article("Heath Grazing and Land Rent", "Anna Berg and Jonas Holm"), None)
    at = next(ln.index for ln in page.layout.lines if ln.text.startswith("Heath"))
    assert _byline_at(page, at) is None
    by = _byline_at(page, at + 1)
    assert by is not None
    assert [p.family for p in by.persons] == ["Berg", "Holm"]


def _nouns(line: str, abstract: str = _ABSTRACT) -> bool:
    page, _ = _prepare(_article("A Title", line, abstract), None)
    persons = parse_names(line, strict=False).value
    assert persons is not None
    return noun_names(persons, page)


@pytest.mark.parametrize(
    "line",
    [
        "Heath Grazing and Land Rent",  # 'heath', 'grazing' in the abstract in lower case
        "Marsh Birds and Salt Works",  # 'salt', 'marsh' there too
    ],
)
def test_common_words_are_no_names(line: str) -> None:
    assert _nouns(line)


@pytest.mark.parametrize(
    ("line", "abstract"),
    [
        ("Anna Berg and Jonas Holm", _ABSTRACT),  # known given names
        ("J. Berg and K. Holm", _ABSTRACT),  # initials
        ("Tjark Brommel and Oluwa Adeyemi", _ABSTRACT),  # unknown names, no common word
        ("Tjark Heath, Oluwa Salt and Dagny Rent", _ABSTRACT),  # three names: a byline's shape
        # a capitalised word printed in lower case only in an address: no common word
        ("Tjark Brommel and Oluwa Adeyemi", "Write to tjark.brommel@example.org today."),
    ],
)
def test_names_of_people_are_names(line: str, abstract: str) -> None:
    assert not _nouns(line, abstract)


def test_a_section_heading_of_nouns_under_the_title_stays_out() -> None:
    """A line of noun names is a title candidate only where a title stands (over a byline
    or an abstract): a heading alone among the page's lines is not made one."""
    page = (
        "Heath Grazing in the North\n\nAnna Berg\n\nAbstract\n" + _ABSTRACT + "\n\n"
        "Related Topics\n\nHeath Grazing and Land Rent\n\nSee also the next issue.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Heath Grazing in the North"
    assert [a["family"] for a in csl["author"]] == ["Berg"]


_FIELD_PROSE = (
    "We walked into the field at dawn to count the larks in the wood and the field margins."
)


@pytest.mark.parametrize(
    ("byline", "families"),
    [
        # (negative) an author word vouches for names whose words are common words too
        ("By Tjark Brommel and Oluwa Field", ["Brommel", "Field"]),
        ("By Tjark Field", ["Field"]),
        # (negative) a name alone on its line in a list of names one a line goes on
        ("Anna Berg\nTjark Field", ["Berg", "Field"]),
        ("Anna Berg, Tjark Field", ["Berg", "Field"]),
    ],
)
def test_a_byline_of_names_that_are_common_words_too(byline: str, families: list[str]) -> None:
    page = f"Notes from the Field\n\n{byline}\n\n{_FIELD_PROSE}\n"
    csl = parse_record(page).to_csl()
    assert [a["family"] for a in csl["author"]] == families


def test_a_heading_of_two_nouns_starts_no_byline() -> None:
    """A shop's category over the book's title (``Crime Fiction`` / ``Second Skin``): the
    title's two nouns, printed in lower case in the blurb, are no one-name byline."""
    page = (
        "Books\n\nCrime Fiction\n\nSecond Skin\n\nAuthor: Mara Quill\nLanguage: English\n\n"
        "A thriller about a second life and the skin we hide in.\n"
    )
    p, _ = _prepare(page, None)
    at = next(ln.index for ln in p.layout.lines if ln.text == "Second Skin")
    assert _byline_at(p, at) is None


_MOOR_PROSE = "Lowland heath declines where grazing stops; we compare three moor sites and a glen."


@pytest.mark.parametrize(
    ("byline", "families"),
    [
        # affiliation marks after every name, or after a name before the last: a byline's
        # shape, no title's (review24)
        ("Heath Moor1, Dale Glen2", ["Moor", "Glen"]),
        ("Heath Moor1,2 and Dale Glen1", ["Moor", "Glen"]),
        ("Heath Moor*, Dale Glen", ["Moor", "Glen"]),
    ],
)
def test_marked_names_whose_words_are_common_words_are_a_byline(
    byline: str, families: list[str]
) -> None:
    page = (
        "Heathland Review\nVol. 8 (2020), pp. 12-30\n\nGrazing Regimes on Lowland Heath\n\n"
        f"{byline}\n\nAbstract\n{_MOOR_PROSE}\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Grazing Regimes on Lowland Heath"
    assert [a["family"] for a in csl.get("author", [])] == families


def test_a_title_of_nouns_with_a_note_mark_at_its_end_stays_nouns() -> None:
    """(negative) A note's mark after a title's last word (its funding note) is no mark of
    names: ``Heath Grazing and Land Rent*`` stays common words."""
    line = "Heath Grazing and Land Rent*"
    page, _ = _prepare(_article("A Title", line), None)
    persons = parse_names(line, strict=False).value
    assert persons is not None
    assert noun_names(persons, page, line)
