"""Persons on news and magazine pages (issue 13): a bare line under a headline is a byline
only where it looks like people's names; author words glued to a name and writers' job
titles are dropped. Every page and name here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales, parse_record
from comet.names import Person
from comet.page.byline_roles import unglue_by_word, unglue_roles, without_roles
from comet.page.name_plausible import (
    given_name_lexicon,
    known_given,
    plausible_names,
    plausible_person,
)

PROSE = (
    "The ferry company said the new timetable would start next month, after a winter of "
    "delays that left commuters waiting on the pier for hours. Residents had asked for a "
    "second boat since the spring, and the council agreed to pay for half of it."
)
HEADLINE = "Second ferry for the island crossing agreed after a long winter"
EN = (locales.get("en"),)
DE = (locales.get("de"),)


def _page(*under: str, headline: str = HEADLINE) -> str:
    return "\n".join(
        ["The Harbour Courier", "", headline, *under, "March 14, 2022", "", PROSE, "", PROSE]
    )


def _families(text: str) -> list[str]:
    return [
        str(a.get("family") or a.get("literal"))
        for a in parse_record(text).to_csl().get("author", [])
    ]


@pytest.mark.parametrize(
    "line",
    ["Weekend Reading", "Market Pulse", "Closing Notes", "Harbour Life", "Tide Tables",
     "Erste Eindrücke", "Grüne Woche", "Vie Pratique"],
)  # fmt: skip
def test_a_bare_section_line_under_the_headline_is_no_author(line: str) -> None:
    assert _families(_page(line)) == []


@pytest.mark.parametrize(
    ("line", "family"),
    [("Marta Lindqvist", "Lindqvist"), ("Jonas Okafor-Brandt", "Okafor-Brandt"),
     ("Claire Dufrenoy", "Dufrenoy"), ("J. R. Maddox", "Maddox"), ("SABINE HOLTKAMP", "HOLTKAMP")],
)  # fmt: skip
def test_a_bare_byline_with_a_known_given_name_is_the_author(line: str, family: str) -> None:
    assert [f.casefold() for f in _families(_page(line))] == [family.casefold()]


@pytest.mark.parametrize(
    "line",
    ["ByMarta Lindqvist", "Byby Marta Lindqvist", "By Marta Lindqvist", "By by Marta Lindqvist",
     "VonMarta Lindqvist"],
)  # fmt: skip
def test_an_author_word_glued_to_the_name_is_dropped(line: str) -> None:
    assert _families(_page(line)) == ["Lindqvist"]


@pytest.mark.parametrize(
    "lines",
    [
        ["Marta LindqvistStaff Writer"],
        ["Marta Lindqvist, Senior Reporter"],
        ["By Marta Lindqvist, Contributing Correspondent"],
        ["Marta Lindqvist", "Contributing Correspondent"],
        ["Redakteurin Marta Lindqvist"],
        ["Marta Lindqvist", "Pressesprecherin Hafenbetrieb Nord"],
        ["Marta Lindqvist", "Periodista Judicial"],
    ],
)
def test_a_writers_job_title_is_no_name(lines: list[str]) -> None:
    assert _families(_page(*lines)) == ["Lindqvist"]


def test_a_bare_line_vouched_by_an_author_label_stays() -> None:
    text = _page("Tamsin Vell") + "\n\nAuthor: Tamsin Vell\n"
    assert _families(text) == ["Vell"]


# --- the pieces -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "ok"),
    [("Marta", True), ("J. R.", True), ("Jean-Luc", True), ("ANNA", True), ("Anna-Lena", True),
     ("Market", False), ("Closing", False), ("Pop", False), (None, False)],
)  # fmt: skip
def test_plausible_person(given: str | None, ok: bool) -> None:
    assert plausible_person(Person(given=given, family="Lindqvist")) is ok


def test_a_literal_or_an_empty_list_is_not_plausible() -> None:
    assert not plausible_person(Person(literal="Harbour Courier"))
    assert not plausible_names([])
    # a list of two with one known given name is a byline
    assert plausible_names(
        [Person(given="Quill", family="Ferro"), Person(given="Anna", family="Brant")]
    )


def test_the_given_name_lexicon_is_locale_data() -> None:
    lex = given_name_lexicon()
    assert {"anna", "marta", "sabine", "claire"} <= lex
    assert "market" not in lex
    assert known_given("Sabine,")
    assert known_given("Ines") and known_given("INÈS") and known_given("Inés")


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Marta Lindqvist Staff Writer", "Marta Lindqvist"),
        ("Marta Lindqvist, Senior Editor", "Marta Lindqvist"),
        ("Redakteur Jonas Brandt", "Jonas Brandt"),
        ("Contributing Correspondent", None),
        ("Redakteurin Hafen Nord", None),
        ("Marta Lindqvist", "Marta Lindqvist"),
        ("", ""),
    ],
)
def test_without_roles(text: str, out: str | None) -> None:
    rules = (*EN, *DE)
    assert without_roles(text, rules) == out


@pytest.mark.parametrize(
    ("text", "out"),
    [("Marta LindqvistStaff Writer", "Marta Lindqvist Staff Writer"),
     ("Marta LindqvistCEO", "Marta LindqvistCEO"), ("Ewan McGregor", "Ewan McGregor"),
     ("Jonas BrandtRedakteur", "Jonas Brandt Redakteur")],
)  # fmt: skip
def test_unglue_roles(text: str, out: str) -> None:
    assert unglue_roles(text, (*EN, *DE)) == out


@pytest.mark.parametrize(
    ("text", "out"),
    [("ByMarta Lindqvist", "By Marta Lindqvist"), ("Byby MARTA LINDQVIST", "By MARTA LINDQVIST"),
     ("Byron Vell", "Byron Vell"), ("Bywater Lane", "Bywater Lane"), ("By Ana", "By Ana"),
     ("VonIda Berg", "Von Ida Berg")],
)  # fmt: skip
def test_unglue_by_word(text: str, out: str) -> None:
    assert unglue_by_word(text, frozenset({"by", "von"})) == out


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_role_and_by_word_readers_never_crash(text: str) -> None:
    rules = (*EN, *DE)
    cut = without_roles(text, rules)
    # what is left is the line's own words, in order
    if cut is not None:
        assert cut.split() == [w for w in cut.split() if w.strip(",;|·–—-")] or cut == text
        assert " ".join(cut.split()) in " ".join(text.split()) or cut == text
    glued = unglue_roles(text, rules)
    assert glued.replace(" ", "") == text.replace(" ", "")
    by = unglue_by_word(text, frozenset({"by", "von"}))
    assert len(by) <= len(text) + 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "Zs", "P")), max_size=30))
def test_plausible_person_never_crashes(given_name: str) -> None:
    assert plausible_person(Person(given=given_name or None, family="Vell")) in (True, False)


@pytest.mark.parametrize(
    "menu",
    [["Harbour Life", "Tide Tables"], ["Weekend Reading", "Market Pulse", "Closing Notes"]],
)
def test_bare_lines_one_name_each_with_no_known_given_name_are_a_menu(menu: list[str]) -> None:
    assert _families(_page(*menu)) == []


def test_a_paper_byline_of_unknown_given_names_on_one_line_stays() -> None:
    persons = [Person(given=g, family=f) for g, f in (("Quill", "Ferro"), ("Ysolde", "Brant"),
                                                     ("Oro", "Tamsk"))]  # fmt: skip
    assert plausible_names(persons, one_line=True)
    assert not plausible_names(persons, one_line=False)
    assert not plausible_names(persons[:2], one_line=True)
    assert plausible_names(persons[:2], one_line=True, marked=True)


def test_names_in_other_scripts_are_not_judged_by_the_latin_lexicon() -> None:
    assert plausible_person(Person(given="Светлана", family="Орлова"))
    assert plausible_person(Person(given="文静", family="赵", raw="赵文静"))
    assert not plausible_person(Person(given="Pop", family="Culture"))


def test_two_bare_names_with_no_known_given_name_are_no_byline() -> None:
    assert _families(_page("Quill Ferro & Ysolde Brant")) == []
    assert _families(_page("Quill Ferro, Ysolde Brant")) == []
    assert _families(_page("Anna Ferro & Ysolde Brant")) == ["Ferro", "Brant"]


def test_han_characters_with_spaces_between_them_are_no_name() -> None:
    assert not plausible_person(Person(given="本語", family="日", raw="日 本語"))


@pytest.mark.parametrize(
    "line",
    ["ByMarta Lindqvist Dec 9, 2016", "Marta Lindqvist - Apr 16, 2015 8:02 pm UTC",
     "Marta Lindqvist / November 18, 2016", "By Marta Lindqvist • Nov 11, 2020",
     "Marta Lindqvist 14 March 2022"],
)  # fmt: skip
def test_a_signed_line_over_the_body_names_the_author(line: str) -> None:
    text = "\n".join(
        ["The Harbour Courier", "", HEADLINE, "Photo: the harbour at dawn", "", line, "",
         PROSE, "", PROSE]
    )  # fmt: skip
    assert _families(text) == ["Lindqvist"]


@pytest.mark.parametrize(
    "line", ["Weekend Reading - Apr 16, 2015", "Harbour Life / November 18, 2016"]
)
def test_a_section_with_a_date_over_the_body_is_no_signed_line(line: str) -> None:
    text = "\n".join(["The Harbour Courier", "", HEADLINE, "", line, "", PROSE, "", PROSE])
    assert _families(text) == []


def test_a_desk_under_an_author_label_is_no_person() -> None:
    text = "\n".join(["Die Hafenzeitung", "", "Neue Fähre für die Insel beschlossen", "",
                      "Autor: Redaktion", "", PROSE, "", PROSE])  # fmt: skip
    assert _families(text) == []


def test_two_capitals_before_a_name_in_capitals_are_no_initials() -> None:
    assert not plausible_person(Person(given="ON", family="NOW"))
    assert plausible_person(Person(given="JR", family="Maddox"))
    assert plausible_person(Person(given="J. R.", family="MADDOX"))


@pytest.mark.parametrize(("word", "author"), [("Kategorie", []), ("owlkeeper", ["owlkeeper"]),
                                              ("Heiko", ["Heiko"])])  # fmt: skip
def test_a_one_word_name_of_a_meta_line(word: str, author: list[str]) -> None:
    text = "\n".join(["Eulen im Garten", "", "Der Waldkauz im Winter",
                      f"12. Mai 2016 {word} Schreibe einen Kommentar", "", PROSE, "", PROSE])  # fmt: skip
    assert _families(text) == author
