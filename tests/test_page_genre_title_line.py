"""A genre term opening the line that prints the work's title (comet.page.genre_title_line).

A site's head may name the work's genre and its title on one line; the term is one of the
locales' ``[types]``, the rest of the line the title the reader chose. Every string here was
written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.genre_title_line import genre_title_line
from comet.page.parse import _prepare

BODY = {
    "ru": "Болотные птицы гнездятся в тростнике. Мы наблюдали их три весны подряд на озёрах.",
    "fr": "Les dunes reculent après chaque tempête. Nous avons mesuré trente profils de plage.",
    "en": "The dunes move inland after each storm. We measured thirty beach profiles in a row.",
}


def _cand(head: str, title: str, lang: str) -> str | None:
    page, _ = _prepare(f"{head}\n\n{title}\n\n{BODY[lang]}", None)
    found = genre_title_line(page, title)
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("head", "title", "lang", "csl"),
    [
        (
            "Научная статья на тему «Болотные птицы Приозерья в годы засухи»",
            "Болотные птицы Приозерья в годы засухи",
            "ru",
            "article-journal",
        ),
        (
            "Thèse : Les dunes littorales de la Manche après les tempêtes",
            "Les dunes littorales de la Manche après les tempêtes",
            "fr",
            "thesis",
        ),
        (
            "Research article: Dune retreat on a barrier island after winter storms",
            "Dune retreat on a barrier island after winter storms",
            "en",
            "article-journal",
        ),
    ],
)
def test_genre_term_opening_the_titles_line(head: str, title: str, lang: str, csl: str) -> None:
    assert _cand(head, title, lang) == csl


@pytest.mark.parametrize(
    ("head", "title", "lang"),
    [
        # the term opens a sentence that mentions the title among other words
        (
            "Article 12 of the coastal statute restricts any works near "
            "Dune retreat on a barrier island and the harbour walls built in the past",
            "Dune retreat on a barrier island",
            "en",
        ),
        # the rest of the line is no title of the work
        ("Thèse : soutenance publique à Brest", "Les dunes littorales de la Manche", "fr"),
        # a title too short to tell from any line's words
        ("Article: Dunes", "Dunes", "en"),
    ],
)
def test_no_genre_without_the_title(head: str, title: str, lang: str) -> None:
    assert _cand(head, title, lang) is None


def test_page_typed_by_its_genre_line() -> None:
    page = (
        "Научная статья на тему «Болотные птицы Приозерья в годы засухи»\n\n"
        "Болотные птицы Приозерья в годы засухи\n\n"
        f"{BODY['ru']}\n"
    )
    assert parse_record(page).to_csl().get("type") == "article-journal"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.text(max_size=80))
def test_any_text(text: str, title: str) -> None:
    page, _ = _prepare(text, None)
    found = genre_title_line(page, title)
    assert found is None or isinstance(found.value, str)
