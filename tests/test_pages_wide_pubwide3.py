"""Journal article pages of small and mid-size publishers (issue 13, the fresh "pubwide3"
set): shapes that recur across sites. Every page, name, title and number here was written
for these tests."""

from __future__ import annotations

import pytest

from comet import parse_keywords, parse_record

# --- a title over its translation, when only one line's language is known ---------------------

_TRANSLATED = (
    "DOI 10.5555/tfl.2024.17\n\n"
    "{title}\n\n"
    "{second}\n\n"
    "{name}\n\n"
    "{mail}\n\n"
    "Universidad del Litoral Norte, Salta\n\n"
    "RESUMEN\n\n"
    "Este trabajo describe los huertos de tres escuelas rurales y el uso que sus docentes "
    "hacen de ellos en las clases de ciencias durante dos años de observación.\n"
)


def test_title_over_its_translation_is_the_first_line() -> None:
    page = _TRANSLATED.format(
        title="Huertos escolares como aulas abiertas a la comunidad",
        second="School gardens as classrooms open to the community",
        name="Quilma Ferrand-Osto",
        mail="qferrand@unln.example.edu",
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Huertos escolares como aulas abiertas a la comunidad"
    assert csl.get("author") == [{"family": "Ferrand-Osto", "given": "Quilma"}]


@pytest.mark.parametrize(
    ("title", "second", "want"),
    [
        # a subtitle in the title's own language stays part of the title
        (
            "Agua, tierra y trabajo en los valles del norte",
            "Crónica de una reforma agraria",
            "Agua, tierra y trabajo en los valles del norte: Crónica de una reforma agraria",
        ),
        # an English title with a Spanish-looking word is still English: one title
        (
            "Las Vegas Casinos and Their Workers",
            "A social history of the strip",
            "Las Vegas Casinos and Their Workers: A social history of the strip",
        ),
    ],
)
def test_a_subtitle_in_the_same_language_is_joined(title: str, second: str, want: str) -> None:
    page = _TRANSLATED.format(title=title, second=second, name="Ana Ruiz", mail="aruiz@x.example")
    assert parse_record(page).to_csl()["title"] == want


# --- a bare byline vouched for by its author's ORCID link or e-mail ----------------------------

_BYLINE = (
    "Tidal flats of the southern shore and their birds\n\n"
    "{name}\n\n"
    "{below}\n\n"
    "Instituto de Costas, Bahía Serena\n\n"
    "Abstract\n\n"
    "We counted shorebirds on four tidal flats over three winters and relate their numbers to "
    "the flats' sediment and to the tides of each survey day.\n"
)


@pytest.mark.parametrize(
    "below", ["qferrand@costas.example.org", "https://orcid.org/0000-0002-1825-0097"]
)
def test_bare_byline_with_credentials_is_a_person(below: str) -> None:
    csl = parse_record(_BYLINE.format(name="Quilma Ferrand-Osto", below=below)).to_csl()
    assert csl.get("author") == [{"family": "Ferrand-Osto", "given": "Quilma"}]


@pytest.mark.parametrize(
    ("name", "below"),
    [
        ("Quilma Ferrand-Osto", "contacto@revista-costera.example"),  # the site's address
        ("Closing Notes", "info@revista-costera.example"),  # a heading over a contact line
        ("Field Station", "fieldstation@costas.example.org"),  # a heading's own words
    ],
)
def test_bare_line_without_an_authors_credentials_stays_no_person(name: str, below: str) -> None:
    csl = parse_record(_BYLINE.format(name=name, below=below)).to_csl()
    assert not csl.get("author")


# --- a keyword list's source note after its final full stop -----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("suelo; agua; uso del suelo. (Tesauro UNESCO).", ["suelo", "agua", "uso del suelo"]),
        ("soil, water, land use. (Source: a thesaurus)", ["soil", "water", "land use"]),
        # no full stop before the parentheses: part of the keyword
        ("alpha, beta, gamma (GABA)", ["alpha", "beta", "gamma (GABA)"]),
        ("proteins; enzymes (EC 3.1)", ["proteins", "enzymes (EC 3.1)"]),
    ],
)
def test_keyword_source_note(text: str, want: list[str]) -> None:
    got = parse_keywords(text, strict=False).value
    assert got is not None
    assert [k.text for k in got.keywords] == want
