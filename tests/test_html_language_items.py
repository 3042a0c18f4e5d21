"""``comet.parse_html``: a schema.org ``inLanguage`` written as a ``Language`` item (its
``name`` or its ``alternateName``), not as a code.

Every page here is hand-written (invented titles)."""

from __future__ import annotations

import json

import pytest

from comet import parse_html
from tests._html_build import page

pytest.importorskip("selectolax")


def book(language: object) -> str:
    item = {"@context": "https://schema.org", "@type": "Book", "name": "Quiet Harbours",
            "inLanguage": language}  # fmt: skip
    script = json.dumps(item)
    return page(f'<script type="application/ld+json">{script}</script>', "<h1>Quiet Harbours</h1>")


@pytest.mark.parametrize(
    ("language", "want"),
    [
        ({"@type": "Language", "name": "Portuguese", "alternateName": "pt"}, "pt"),
        ({"@type": "Language", "name": "Deutsch"}, "de"),
        ({"@type": "Language", "alternateName": "fr"}, "fr"),
    ],
)
def test_a_language_item_gives_the_works_language(language: object, want: str) -> None:
    assert parse_html(book(language), read_text=False).language == want


def test_a_language_item_without_a_language_gives_none() -> None:
    # near miss: a name that is no language
    item = {"@type": "Language", "name": "Harbour"}
    assert parse_html(book(item), read_text=False).language is None
