"""Bylines in shapes many sites share (issue 13, the persons family across every fresh set):
a family name that is a weekday word before the byline's date, an author label that
names the writers of other articles, a genre word before the author word, a writer whose
given name is in no locale's list but whom the page names after an author word, the
page's one author-word byline wherever it stands, a name closed by a relative time, Czech
given names. Every page and name here was written for these tests."""

from __future__ import annotations

import pytest

from comet import locales, parse_record
from comet.names import Person
from comet.page.author_lines import _lone_by_line, _signed_line
from comet.page.name_plausible import known_given, plausible_person
from comet.page.name_vouched import vouched_name
from comet.page.parse import _prepare
from comet.page.persons import _labelled_persons

PROSE = (
    "The ferry company said the new timetable would start next month, after a winter of "
    "delays that left commuters waiting on the pier for hours. Residents had asked for a "
    "second boat since the spring, and the council agreed to pay for half of it."
)
HEADLINE = "Second ferry for the island crossing agreed after a long winter"


def _names(text: str, role: str = "author") -> list[str]:
    out = []
    for a in parse_record(text).to_csl().get(role, []):
        out.append(" ".join(str(a[k]) for k in ("given", "family", "literal") if a.get(k)))
    return out


def _article(*over_body: str, tail: tuple[str, ...] = ()) -> str:
    """A news page: masthead, headline, the lines given, the body, then ``tail``."""
    return "\n".join(
        ["The Harbour Courier", "", HEADLINE, "", *over_body, "", PROSE, "", PROSE, "", *tail]
    )


# --- a family name that is a weekday word of some locale, before the byline's date ---


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Petra Lund , Tomas Do on Monday, March 14th, 2022 at 9:05 a.m.",
         ["Petra Lund", "Tomas Do"]),
        ("By Ines Sa on Tuesday, May 3, 2022", ["Ines Sa"]),
    ],
)  # fmt: skip
def test_a_family_name_that_is_a_weekday_word_stays_the_name(line: str, names: list[str]) -> None:
    assert _names(_article(line)) == names


def test_a_weekday_that_opens_the_date_is_no_name() -> None:
    # 'Sunday the 5th of May': the date goes on with its day's number, Sunday is the date's
    assert _names(_article("By Petra Lund Sunday the 5th of May 2019")) == ["Petra Lund"]
    assert _names(_article("By Petra Lund on Monday, March 14th, 2022")) == ["Petra Lund"]


# --- an author label that names the writers of other articles ---

TEASERS = (
    "More News",
    "",
    "Harbour master retires after forty years at the pier",
    "By",
    "Oskar Lindahl",
    "",
    "New bus line links the ferry to the station",
    "By",
    "Maren Holt",
    "",
    "Council votes on the winter timetable",
    "By",
    "Oskar Lindahl",
    "",
    "Island school opens a second class",
    "By",
    "Hanne Vik",
)


def test_teaser_bylines_under_one_label_do_not_outweigh_the_article_byline() -> None:
    page = _article("By Marta Lindqvist", "March 14, 2022", tail=TEASERS)
    assert _names(page) == ["Marta Lindqvist"]


def _kept(text: str, title_line: int | None = None) -> list[str]:
    """The families of the page's labelled author candidates that are not teasers."""
    page, _ = _prepare(text, None)
    page.title_line = title_line
    return [c.value[0].family or "" for c in _labelled_persons(page)]


def test_teaser_labels_name_nobody() -> None:
    assert _kept(_article(tail=TEASERS)) == []


def test_the_titles_own_label_over_a_teaser_list_stays() -> None:
    page = "\n".join(
        ["Harbour timetables and their users", "Author: Lindqvist, Marta", "", PROSE, "",
         "Related items", "", "Ferry fares in 2020", "Author: Holt, Maren", "", PROSE, "",
         "Island schools", "Author: Vik, Hanne", "", PROSE, "", "Pier repairs",
         "Author: Lindahl, Oskar"]
    )  # fmt: skip
    assert _kept(page, title_line=0) == ["Lindqvist"]
    assert _kept(page) == []
    assert _names(page) == ["Marta Lindqvist"]


def test_a_books_contents_with_each_chapters_author_names_no_author() -> None:
    page = "\n".join(
        ["Tides and towns: essays on the northern coast", "Editor: Ingrid Solheim",
         "Publisher: Harbour Books, 2020", "", "Contents", "", "1. The salt roads",
         "Author: Daniel Hart", "", "2. Fishing villages in winter", "Author: Petra Novak", "",
         "3. Lighthouses and their keepers", "Author: Jon Berg"]
    )  # fmt: skip
    assert _names(page) == []
    assert _names(page, "editor") == ["Ingrid Solheim"]


def test_one_label_over_rows_of_one_record_is_no_teaser_list() -> None:
    # a record's rows of one label stand together: no list of other articles
    rows = "\n".join(
        ["Harbour timetables and their users", "", "Author: Lindqvist, Marta",
         "Author: Holt, Maren", "Author: Vik, Hanne", "Year: 2021", "", PROSE]
    )  # fmt: skip
    # (session 19: the rows of one label on consecutive lines are one author list)
    page, _ = _prepare(rows, None)
    kept = [[p.family for p in c.value] for c in _labelled_persons(page)]
    assert kept == [["Lindqvist", "Holt", "Vik"]]
    assert _names(rows) == ["Marta Lindqvist", "Maren Holt", "Hanne Vik"]


def test_an_author_label_naming_two_people_is_no_teaser_list() -> None:
    assert _kept(_article(tail=TEASERS[:9])) == ["Lindahl", "Holt"]


# --- a genre word before the author word ---


@pytest.mark.parametrize(
    ("line", "name"),
    [("Kommentar von Marta Lindqvist", "Marta Lindqvist"),
     ("Review by Jonas Feld", "Jonas Feld")],
)  # fmt: skip
def test_a_genre_word_before_the_author_word_signs_the_article(line: str, name: str) -> None:
    assert _names(_article(line, "14.03.2022")) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Kommentar von gestern",
        "Review of Jonas Feld",
        "Harbour von Marta Lindqvist",
        "Music by Marta Lindqvist",
        "Edition by Marta Lindqvist",
        "Map by Marta Lindqvist",
    ],
)
def test_no_genre_word_or_no_author_word_signs_nothing(line: str) -> None:
    assert _names(_article(line, "14.03.2022")) == []


# --- a given name in no locale's list, vouched for by an author word on the page ---


def test_unknown_given_names_are_not_plausible_alone() -> None:
    assert not known_given("Ysolde")
    assert not plausible_person(Person(given="Ysolde", family="Quell"))


#: a writer's by-line over the body, and the page's lines after the body
SIGNED = ("The pier at dawn. (Harbour Archive)", "", "By Ysolde Quell", "March 14, 2022")
BIO = ("About Ysolde Quell", "Ysolde Quell writes on ferries and the islands.")


def _signed(text: str) -> list[str]:
    page, _ = _prepare(text, None)
    cand = _signed_line(page)
    return [] if cand is None else [p.display() for p in cand.value]


def test_a_by_line_whose_writer_the_page_names_again_signs_the_article() -> None:
    assert _signed(_article(*SIGNED, tail=BIO)) == ["Quell, Ysolde"]
    assert _signed(_article(*SIGNED, tail=("Ysolde Quell",))) == ["Quell, Ysolde"]


def test_a_by_line_printed_once_with_an_unknown_given_name_signs_nothing() -> None:
    assert _signed(_article(*SIGNED)) == []
    # a known given name needs no second print
    assert _signed(_article(*SIGNED[:2], "By Marta Quell", "March 14, 2022")) == ["Quell, Marta"]


@pytest.mark.parametrize(
    ("lines", "name", "vouched"),
    [
        (("By Ysolde Quell", "About Ysolde Quell"), "Ysolde Quell", True),
        (("Ysolde Quell", "14.03.2022", "von Ysolde Quell published today"), "Ysolde Quell", True),
        (("By Ysolde Quell",), "Ysolde Quell", False),  # printed once
        (("Tidal Works", "Tidal Works"), "Tidal Works", False),  # never after an author word
        (("By Topic", "Topic"), "Topic", False),  # one word after the author word
        (("Read by Tidal Works", "Tidal Works"), "Tidal Works", False),  # not opening the line
        # a phrase's words stand in lower case in the prose: no name
        (
            ("Public Transport", "By Public Transport", "Take public transport to the pier."),
            "Public Transport",
            False,
        ),
        # directions: a station or a means of transport after the author word
        (
            ("Von Kiel Hauptbahnhof", "Ab Kiel Hauptbahnhof fahren Sie mit dem Bus."),
            "Kiel Hauptbahnhof",
            False,
        ),
        (("By Night Bus", "The Night Bus leaves at midnight."), "Night Bus", False),
        (("Par Gare Centrale", "La Gare Centrale est au nord."), "Gare Centrale", False),
        # an address with the name in lower case is no prose
        (
            ("By Ysolde Quell", "harbour.example/author/ysolde-quell", "About Ysolde Quell"),
            "Ysolde Quell",
            True,
        ),
    ],
)
def test_a_name_vouched_for_by_an_author_word(
    lines: tuple[str, ...], name: str, vouched: bool
) -> None:
    page, _ = _prepare("\n".join([HEADLINE, "", *lines, "", PROSE]), None)
    assert vouched_name(page, name) is vouched


# --- the page's one author-word byline, wherever it stands ---

TEASER_PROSE = (
    "Harbour towns along the coast have asked for more ferries for years, and the company "
    "now says a second boat could run from the spring if the council pays for half of it."
)


def _lone(*lines: str) -> list[str]:
    page, _ = _prepare("\n".join(["The Harbour Courier", "", "Menu", "", *lines]), None)
    cand = _lone_by_line(page)
    return [] if cand is None else [p.display() for p in cand.value]


def test_the_one_author_word_byline_of_a_page_names_the_author() -> None:
    lines = ("Ferry news", "", TEASER_PROSE, "", "News", "",
             "By Marta Lindqvist published 19 May 2026", "", PROSE, "", PROSE)  # fmt: skip
    assert _lone(*lines) == ["Lindqvist, Marta"]


def test_author_word_lines_naming_different_people_are_no_lone_byline() -> None:
    assert _lone("By Marta Lindqvist", "", PROSE, "", "By Oskar Lindahl", "", PROSE) == []


@pytest.mark.parametrize(
    "line",
    ["By Type", "By submitting your information you agree to the Terms", "By Tidal Works and more",
     "Stories by Marta Lindqvist"],
)  # fmt: skip
def test_no_lone_byline_without_one_name_after_an_opening_author_word(line: str) -> None:
    assert _lone(line, "", PROSE) == []


# --- a writer's name closed by a relative time ---


@pytest.mark.parametrize(
    "line",
    ["Marta Lindqvist 7 hours", "Marta Lindqvist 2 hours ago", "Marta Lindqvist vor 3 Stunden",
     "Marta Lindqvist il y a 12 minutes", "By Marta Lindqvist 5 days ago"],
)  # fmt: skip
def test_a_name_closed_by_a_relative_time_signs_the_article(line: str) -> None:
    assert _signed(_article(line)) == ["Lindqvist, Marta"]


@pytest.mark.parametrize(
    "line",
    ["Harbour Life 7 hours", "Marta Lindqvist 7 pages", "Marta Lindqvist and 7 others",
     "Marta Lindqvist 7 hours of ferry delays"],
)  # fmt: skip
def test_no_relative_time_after_the_name_signs_nothing(line: str) -> None:
    assert _signed(_article(line)) == []


# --- Czech given names ---

CZ_PROSE = (
    "Podnikatel, který stál v centru celé kauzy, prodává svou vilu na okraji města. Rodina se "
    "proti rozhodnutí soudu odvolala, ale neuspěla, a prodej tak může pokračovat podle plánu."
)


def test_czech_given_names_are_known() -> None:
    cs = (locales.get("cs"),)
    assert all(known_given(w) for w in ("Radim", "Zdeňka", "Vojtěch", "Šárka"))
    assert locales.terms_of("name_grammar", cs, "common_given_names")


def test_a_czech_bare_byline_under_the_headline_is_the_author() -> None:
    page = "\n".join(
        ["Zprávy", "", "Majitel vily prodává dům po prohraném sporu", "", "Radim Kovařík",
         "", CZ_PROSE, "", CZ_PROSE]
    )  # fmt: skip
    assert _names(page) == ["Radim Kovařík"]


def test_a_czech_section_line_under_the_headline_is_no_author() -> None:
    page = "\n".join(
        ["Zprávy", "", "Majitel vily prodává dům po prohraném sporu", "", "Hlavní zprávy",
         "", CZ_PROSE, "", CZ_PROSE]
    )  # fmt: skip
    assert _names(page) == []


@pytest.mark.parametrize("family", ["Park", "Street", "Bridge", "Port", "Plaza"])
def test_a_family_name_that_names_places_too_is_vouched_for(family: str) -> None:
    # place words keep a way's name from being vouched for ('By Night Bus'); common family
    # names are no place words (final review)
    lines = (f"By Ysolde {family}", f"About Ysolde {family}")
    page, _ = _prepare("\n".join([HEADLINE, "", *lines, "", PROSE]), None)
    assert vouched_name(page, f"Ysolde {family}") is True
