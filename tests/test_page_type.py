"""The page's CSL type from general signals (issue 13): a web article's shape, the kind of
periodical its masthead, copyright line or section menu names, report series, citations of
a blog. Every page, name and site here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_locator, parse_record
from comet.page.periodicals import names_kind
from comet.vocab import parse_publication_type
from comet.vocab.types import CSL_TYPES

BODY = (
    "The old ferry landing on the east bank has been closed since the spring floods, and the "
    "town council met on Tuesday evening to decide whether it should be rebuilt at all.\n\n"
    "Residents who spoke at the meeting said the crossing was the quickest way to the market "
    "on the other side, and that the detour over the northern bridge added half an hour.\n\n"
    "The council will publish the engineers' estimate next month, a spokeswoman said, and a "
    "final vote is expected before the summer holidays begin in the middle of July.\n"
)

BODY_DE = (
    "Die alte Fähranlegestelle am Ostufer ist seit dem Frühjahrshochwasser geschlossen, und "
    "der Gemeinderat hat am Dienstagabend beraten, ob sie überhaupt wieder aufgebaut wird.\n\n"
    "Anwohner sagten in der Sitzung, die Überfahrt sei der schnellste Weg zum Markt auf der "
    "anderen Seite, und der Umweg über die nördliche Brücke koste eine halbe Stunde.\n\n"
    "Der Rat will die Kostenschätzung der Ingenieure im nächsten Monat veröffentlichen, und "
    "eine Entscheidung wird noch vor den Sommerferien im Juli erwartet.\n"
)


def _article(masthead: str, headline: str, byline: str, body: str = BODY, foot: str = "") -> str:
    return f"{masthead}\n\n{headline}\n\n{byline}\n\n{body}\n{foot}"


def _type(text: str) -> str:
    return str(parse_record(text).to_csl()["type"])


# --- the shape of a web article and the periodical its page names ------------------------


@pytest.mark.parametrize(
    ("masthead", "foot", "want"),
    [
        ("The Riverside Gazette", "", "article-newspaper"),
        ("Home | Subscribe", "© 2023 The Millbrook Tribune", "article-newspaper"),
        ("Harbor Lights Magazine", "", "article-magazine"),
        ("Gardening Notes Blog", "", "post-weblog"),
        ("Home | About | Contact", "", "article-magazine"),
        # prose that mentions copyright and a paper is no copyright line of the site
        (
            "Home | About | Contact",
            "The copyright case was first reported by the Times.",
            "article-magazine",
        ),
    ],
)
def test_web_article_periodical_from_masthead(masthead: str, foot: str, want: str) -> None:
    text = _article(
        masthead, "Town weighs the future of the east bank ferry", "By Mara Quillfeather", foot=foot
    )
    rec = parse_record(text)
    assert rec.to_csl()["type"] == want
    assert any(d.code == "web-article" for d in rec.diagnostics)


def test_german_compound_newspaper_name() -> None:
    text = _article(
        "Nordheimer Volkszeitung",
        "Gemeinde streitet über die Zukunft der Fähre am Ostufer",
        "Von Jonas Mertelbach",
        body=BODY_DE,
    )
    assert _type(text) == "article-newspaper"


def test_section_menu_names_a_newspaper() -> None:
    menu = "Politik\nWirtschaft\nSport\nFeuilleton\nWetter"
    text = _article(
        menu, "Gemeinde streitet über die Zukunft der Fähre", "Von Jonas Mertelbach", BODY_DE
    )
    assert _type(text) == "article-newspaper"


def test_dateline_alone_signs_an_article() -> None:
    text = _article(
        "Harbor Lights Magazine", "Town weighs the future of the east bank ferry", "March 3, 2022"
    )
    assert _type(text) == "article-magazine"


def test_phone_number_is_no_journal_locator() -> None:
    foot = "Got a tip? Call 888 555-0199 or write to the desk.\nVol. 12, No. 4"
    text = _article(
        "The Riverside Gazette", "Town weighs the future of the east bank ferry",
        "By Mara Quillfeather", foot=foot,
    )  # fmt: skip
    assert _type(text) != "article-journal"
    rec = parse_record(text)
    assert rec.pages is None and rec.volume != "888"


def test_no_prose_no_web_article() -> None:
    text = "Harbor Lights Magazine\n\nTown weighs the ferry\n\nBy Mara Quillfeather\n\nShare\n"
    assert _type(text) == "document"


# --- precision: what has a locator, an identifier or an abstract stays what it is ---------


def test_journal_article_with_doi_stays_journal() -> None:
    text = (
        "Journal of Riverine Studies\n\n"
        "Sediment transport below small weirs\n\n"
        "Mara Quillfeather, Tomas Ebbing\n\n"
        "Journal of Riverine Studies, Vol. 14, No. 2, pp. 101-118\n"
        "DOI: 10.5555/jrs.2021.014\n\n" + BODY
    )
    assert _type(text) == "article-journal"


def test_abstract_heading_is_no_web_article() -> None:
    text = "Sediment transport below small weirs\n\nMara Quillfeather\n\nAbstract\n\n" + BODY
    rec = parse_record(text)
    assert not any(d.code == "web-article" for d in rec.diagnostics)


# --- a report series without the report's number ----------------------------------------


def test_report_series_without_number() -> None:
    text = (
        "Ferry crossings and rural markets\n\n"
        "Author: Quillfeather, Mara\n"
        "Series: Discussion papers in regional economics\n\n" + BODY
    )
    assert _type(text) == "report"


# --- a citation of the page's work in a blog ----------------------------------------------


def test_citation_in_a_blog_is_a_blog_post() -> None:
    text = _article(
        "Home | Archive",
        "Town weighs the future of the east bank ferry",
        "By Mara Quillfeather",
        foot="Suggested citation\nMara Quillfeather, Town weighs the future of the east bank "
        "ferry, RiverBlog, 2021/3/04.\n",
    )
    assert _type(text) == "post-weblog"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("RiverBlog", True),
        ("Gardening Notes Blog", True),
        ("Le carnet de recherche", False),
        ("Carnet de recherche de l'atelier", True),
        ("Journal of Blogology", False),
        ("The Riverside Gazette", False),
    ],
)
def test_names_blog(name: str, want: bool) -> None:
    assert names_kind(name, tuple(_loc.resolve(None)), "blog_names") is want


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_names_blog_never_crashes(text: str) -> None:
    assert isinstance(names_kind(text, tuple(_loc.resolve(None)), "blog_names"), bool)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["The Riverside Gazette", "Harbor Lights Magazine", "Notes Blog", "Home"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
)
def test_web_article_type_is_a_csl_type(masthead: str, headline: str) -> None:
    text = _article(masthead, headline, "By Mara Quillfeather")
    got = _type(text)
    if any(
        parse_publication_type(w, strict=False).value is not None
        for w in (headline, *headline.split())
    ):
        assert got in CSL_TYPES  # a type word as the headline ('SCORE') names a type
    elif parse_locator(headline.strip(), strict=False).value is not None:
        assert got in CSL_TYPES  # a locator as the headline ('12(3)', '0[0D') names a volume
    else:
        assert got in {"article-newspaper", "article-magazine", "post-weblog", "document"}


# --- the page names its own work's kind ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("The copyright holder for this preprint is the author, who granted a licence.", "article"),
        ("By the end of this chapter you should be able to plan a ferry survey.", "chapter"),
        (
            "Cette thèse étudie les bacs fluviaux du bassin de la Loire entre 1850 et 1950.",
            "thesis",
        ),
        ("Este capítulo presenta los transbordadores del río y su historia reciente.", "chapter"),
    ],
)
def test_page_names_its_own_work(line: str, want: str) -> None:
    text = f"Ferry crossings of the lower valley\n\nMara Quillfeather\n\n{line}\n\n{BODY}"
    rec = parse_record(text)
    assert rec.to_csl()["type"] == want


def test_self_reference_in_references_is_not_the_work() -> None:
    text = (
        "Ferry crossings of the lower valley\n\nMara Quillfeather\n\nDOI: 10.5555/fcv.2020.1\n"
        "Journal of Riverine Studies, Vol. 3, No. 1, pp. 1-20\n\n" + BODY + "\nReferences\n\n"
        "1. Ebbing T. Notes written for this chapter. Harbor Press; 2011.\n"
    )
    assert _type(text) == "article-journal"


def test_doi_and_journal_without_volume_is_a_journal_article() -> None:
    text = (
        "Sediment transport below small weirs\n\nMara Quillfeather and Tomas Ebbing\n\n"
        "Journal: Riverine Chemistry Letters\nDOI: 10.5555/c9rv00417a\n"
        "Published online: 9 May 2024\n\n" + BODY
    )  # an article published online before its issue: no volume yet
    assert _type(text) == "article-journal"


def test_own_doi_with_an_isbn_is_a_chapter() -> None:
    text = (
        "Ferry crossings of the lower valley\n\nMara Quillfeather\n\n"
        "DOI: 10.4018/978-1-5225-7788-1.ch004\nISBN13: 9781522577881\n\n" + BODY
    )  # the page's own DOI embeds the book's ISBN and a part: a chapter
    assert _type(text) == "chapter"


def test_full_section_menu_outweighs_blog_chrome() -> None:
    menu = "Politik\nWirtschaft\nSport\nFeuilleton\nWetter\nLokales"
    foot = "Kommentare\n\nSchreibe einen Kommentar\n\nÄhnliche Beiträge\n"
    text = _article(menu, "Gemeinde streitet über die Fähre", "Von Jonas Mertelbach", BODY_DE, foot)
    assert _type(text) == "article-newspaper"


def test_blog_chrome_without_a_menu_stays_a_blog() -> None:
    foot = "Kommentare\n\nSchreibe einen Kommentar\n\nÄhnliche Beiträge\n"
    text = _article(
        "Startseite", "Gemeinde streitet über die Fähre", "Von Jonas Mertelbach", BODY_DE, foot
    )
    assert _type(text) == "post-weblog"
