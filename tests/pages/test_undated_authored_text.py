"""A web article of no named periodical signed by its authors and dated nowhere is a
journal's article printed as a web page, no magazine's story
(``comet.page.web_research``): stories are dated and their sites name themselves or show
their chrome. Every page, name and place here was invented for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

PROSE = {
    "en": (
        "The salt meadows of the eastern estuary were grazed by sheep until the dyke was "
        "raised, and the plants that grew there changed within ten summers of the flooding "
        "being stopped. This study counts the species of six meadows and compares them."
    ),
    "fr": (
        "Les prés salés de l'estuaire oriental furent pâturés par les moutons jusqu'à la "
        "construction de la digue, et les plantes qui y poussaient changèrent en dix étés. "
        "Cette étude compte les espèces de six prés et les compare entre elles."
    ),
    "de": (
        "Die Salzwiesen der östlichen Mündung wurden von Schafen beweidet, bis der Deich "
        "erhöht wurde, und die Pflanzen, die dort wuchsen, änderten sich binnen zehn Sommern. "
        "Diese Studie zählt die Arten von sechs Wiesen und vergleicht sie miteinander."
    ),
}
HEADLINES = {
    "en": "Salt meadows of the eastern estuary after the dyke",
    "fr": "Les prés salés de l'estuaire oriental après la digue",
    "de": "Die Salzwiesen der östlichen Mündung nach dem Deich",
}


def _page(lang: str, byline: str, under: str = "", foot: str = "") -> str:
    prose = PROSE[lang]
    return f"{HEADLINES[lang]}\n\n{byline}\n{under}\n{prose}\n\n{prose}\n\n{prose}\n\n{foot}"


def _type(text: str) -> str | None:
    return parse_record(text).to_csl().get("type")


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("en", "Orla Fenwick, Tamsin Riley"),
        ("fr", "Aurèle Vasseur, Margot Lenoir"),
        ("de", "Hedda Brinkmann, Jonas Albrecht"),
    ],
)
def test_an_undated_authored_text_is_a_journal_article(lang: str, byline: str) -> None:
    assert _type(_page(lang, byline)) == "article-journal"


@pytest.mark.parametrize(
    ("lang", "byline", "date"),
    [
        ("en", "Orla Fenwick, Tamsin Riley", "12 March 2021"),
        ("fr", "Aurèle Vasseur, Margot Lenoir", "12 mars 2021"),
        ("de", "Hedda Brinkmann, Jonas Albrecht", "12. März 2021"),
    ],
)
def test_a_dated_story_stays_a_web_article(lang: str, byline: str, date: str) -> None:
    # (negative) the day of the story by its byline: a magazine's, a newspaper's
    assert _type(_page(lang, byline, date)) == "article-magazine"


def test_a_magazines_masthead_keeps_its_story() -> None:
    # (negative) the page names its periodical a magazine
    text = "Estuary Magazine\n\n" + _page("en", "Orla Fenwick, Tamsin Riley")
    assert _type(text) == "article-magazine"


def test_a_story_under_a_sites_chrome_stays_a_web_article() -> None:
    # (negative) a news or blog site's interface under the story: a comment box
    foot = "Leave a comment\nMost read\nShare this story\n"
    assert _type(_page("en", "Orla Fenwick, Tamsin Riley", foot=foot)) != "article-journal"


def test_an_unsigned_text_stays_as_it_was() -> None:
    # (negative) no byline: nothing says who wrote it, no scholar's text
    assert _type(_page("en", "")) != "article-journal"


@pytest.mark.parametrize(
    ("lang", "byline"),
    [("en", "By Orla Fenwick"), ("fr", "Par Aurèle Vasseur"), ("de", "Von Hedda Brinkmann")],
)
def test_a_reporters_byline_stays_a_web_article(lang: str, byline: str) -> None:
    # (negative) 'By …' signs a story; a paper's page lists its authors' names bare
    assert _type(_page(lang, byline)) == "article-magazine"
