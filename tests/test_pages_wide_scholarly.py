"""Shapes of scholarly landing pages seen across many publisher sites (issue 13, wide set).

Full-text article pages print a long reference list, often one author per line before
the cited work (``Moreau TJ,`` / ``Lindqvist AB`` / ``. A title. Some Journal 2001;12:5-9.``);
the page's own record never takes a locator or a journal name from it. Every string here
was written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record

HEAD = """Skip to main content
Search this site
Fen and Marsh Letters
On the bending of hollow reed stems in wind
Tomas J. Moreau, Ana B. Lindqvist
DOI: 10.5555/fml.2019.0042

Abstract
Hollow stems bend in the wind. We measured sixty stems in three marshes over two summers
and found that the thinnest stems bent the most and broke the least often.

Introduction
Reeds grow in wet ground. Their stems are hollow and light.
"""

REFERENCES = """
References

Okafor CN,
Petrov IV,
Sato K
. Stem stiffness in wetland grasses. Journal of Marsh Botany 2001;12:105-119.
Google Scholar
Halvorsen E,
Duarte MF
. Wind loads on slender plants. Plant Mechanics Review 1998;7(2):33-41.
CrossRef
"""


def test_reference_lines_give_no_locator_or_journal() -> None:
    rec = parse_record(HEAD + REFERENCES)
    item = rec.to_csl()
    assert item.get("volume") not in ("12", "7")
    assert item.get("page") not in ("105-119", "33-41")
    assert item.get("container-title") not in ("Sato K", "Duarte MF", "Journal of Marsh Botany")
    # the page's own record is still read (an empty record would pass the lines above)
    assert item["DOI"] == "10.5555/fml.2019.0042"
    assert item["title"] == "On the bending of hollow reed stems in wind"
    assert item["container-title"] == "Fen and Marsh Letters"
    assert [a["family"] for a in item["author"]] == ["Moreau", "Lindqvist"]


def test_an_abstract_a_doi_and_references_make_an_article() -> None:
    item = parse_record(HEAD + REFERENCES).to_csl()
    assert item["type"] == "article-journal"


def test_without_references_no_article_is_guessed_from_the_abstract() -> None:
    # a DOI and an abstract alone are a preprint's or a report's too (the introduction's
    # heading cut: with it the page shows a paper's parts, tests/pages/test_type_wide.py)
    item = parse_record(HEAD.split("\nIntroduction\n")[0] + "\n").to_csl()
    assert item["type"] != "article-journal"
    assert item["DOI"] == "10.5555/fml.2019.0042"


def test_an_abstract_and_an_introduction_make_an_article_without_references() -> None:
    assert parse_record(HEAD).to_csl()["type"] == "article-journal"


@settings(max_examples=40, deadline=None)
@given(
    names=st.lists(
        st.from_regex(r"[A-Z][a-z]{2,9} [A-Z]{1,2}", fullmatch=True), min_size=1, max_size=4
    ),
    vol=st.integers(1, 300),
    first=st.integers(1, 900),
)
def test_any_reference_list_leaves_the_locator_alone(
    names: list[str], vol: int, first: int
) -> None:
    refs = (
        "\nReferences\n\n"
        + ",\n".join(names)
        + f"\n. A study. Some Journal 2004;{vol}:{first}-{first + 9}.\n"
    )
    item = parse_record(HEAD + refs).to_csl()
    assert item.get("page") != f"{first}-{first + 9}"
    assert item.get("container-title") not in names
    assert item["DOI"] == "10.5555/fml.2019.0042"  # the page's own identifier stays


# --- titles: affiliation lines and section headings are not the work's title ---------------

AUTHORED = """Journal of Fen Studies
Home
Articles

Seasonal drift of reed seeds across three lowland marshes
Ana B. Lindqvist1*, Tomas J. Moreau2
1 Institute of Wetland Science, Marsh University, Fenwick, UK
2 Department of Botany, Lowland College, Harrowby, UK

Abstract
Seeds of reed drift on water in spring. We followed marked seeds for two seasons.

Sampling
Sampling took place in April and May of both years, at dawn, from a small boat on each marsh.
"""


def test_a_numbered_affiliation_is_not_the_title() -> None:
    rec = parse_record(AUTHORED)
    assert rec.title == "Seasonal drift of reed seeds across three lowland marshes"


def test_a_section_heading_under_the_byline_is_no_headword() -> None:
    rec = parse_record(
        AUTHORED.replace("1 Institute", "Institute").replace("2 Department", "Department")
    )
    assert rec.title == "Seasonal drift of reed seeds across three lowland marshes"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_affiliation_rule_never_crashes(line: str) -> None:
    import comet.locales as L
    from comet.page.title_shapes import _affiliation_line

    assert isinstance(_affiliation_line(line, tuple(L.resolve(None))), bool)


def test_affiliation_shapes() -> None:
    import comet.locales as L
    from comet.page.title_shapes import _affiliation_line

    rules = tuple(L.resolve(None))
    assert _affiliation_line("3 Institute of Soils, Marsh University, Fenwick", rules)
    assert _affiliation_line("b Department of Botany, Lowland College, Harrowby", rules)
    assert _affiliation_line("* Museum of the Fens, 12 Reed Lane, Ely", rules)
    assert not _affiliation_line("Institute of Soils, Marsh University", rules)  # no marker
    assert not _affiliation_line("3 Ways to dry reeds, quickly", rules)  # no organisation
    assert not _affiliation_line("A history of the university, 1850-1900", rules)


# --- persons: subject menus and periodicals' names are never people ----------------------


def test_subject_and_periodical_names_are_no_persons() -> None:
    import comet.locales as L
    from comet.names import Person
    from comet.page.name_checks import _names_ok

    rules = tuple(L.resolve(None))
    for first, family in [("Marine", "Ecology"), ("Applied", "Linguistics"), ("Fen", "Review"),
                          ("Lowland", "Magazine"), ("Klinische", "Psychologie")]:  # fmt: skip
        assert not _names_ok([Person(family=family, given=first)], page_rules=rules)
    assert _names_ok([Person(family="Lindqvist", given="Ana B.")], page_rules=rules)
    assert _names_ok([Person(family="Moreau", given="J.")], page_rules=rules)  # an initial


def test_a_search_forms_field_name_is_no_author() -> None:
    import comet.locales as L
    from comet.names import Person
    from comet.page.persons import _label_names_ok

    rules = tuple(L.resolve(None))
    assert not _label_names_ok([Person(family="Nomcomplet", raw="Nom complet")], rules)
    assert _label_names_ok([Person(family="Duval", given="Claire", raw="Claire Duval")], rules)


# --- a record page whose prose holds a results phrase inside a longer word ----------------


def test_prose_with_results_form_is_still_a_record() -> None:
    import comet.locales as L
    from comet.page.not_record import judge

    rules = tuple(L.resolve(None))
    lines = [
        "Journal of Fen Studies",
        "Seasonal drift of reed seeds",
        "Our results form the basis of a new survey of the marshes (Moreau, 2011).",
        *[f"Moreau T ({1990 + k}) A note on reeds {k}. Fen Lett {k}:1-2" for k in range(8)],
    ]
    assert judge(lines, rules, lambda t: False) is None
    hits = [f"{k}. A note on reeds {k} ({1990 + k})" for k in range(1, 9)]
    assert judge(["Search", "42 results for reeds", *hits], rules, lambda t: False) is not None
    long_line = "We report the results for reeds " + "and sedges " * 30
    assert judge(["Search", long_line, *hits], rules, lambda t: False) is None


# --- titles: a date glued before the title, a line ending in 'by', a banner's close mark ---


def _title_rules() -> tuple:
    import comet.locales as L

    return tuple(L.resolve(None))


def test_a_date_glued_before_the_title_is_cut_off() -> None:
    from comet.page.parse import _prepare
    from comet.page.titles import _after_leading_date

    page, _ = _prepare("x", None)
    text = "1 October 2015 Drift of reed seeds across three lowland marshes"
    assert (
        text[_after_leading_date(page, text) :]
        == "Drift of reed seeds across three lowland marshes"
    )
    text = "March/April 2014 A survey of sedges in wet meadows"
    assert text[_after_leading_date(page, text) :] == "A survey of sedges in wet meadows"
    assert _after_leading_date(page, "1 October 2015") == 0  # a date alone
    assert _after_leading_date(page, "12 October 2015 Home News") == 0  # too little after it
    assert _after_leading_date(page, "Drift of reed seeds in 2015") == 0


def test_lines_ending_with_a_dangling_word_are_no_titles() -> None:
    from comet.page.title_shapes import _dangling_end

    rules = _title_rules()
    assert _dangling_end(["Brought", "to", "you", "by"], rules)
    assert _dangling_end(["Sign", "in", "|", "Register", "or"], rules)
    assert not _dangling_end(["Vitamin", "A"], rules)
    assert not _dangling_end(["Seasonal", "drift", "of", "reed", "seeds"], rules)
    assert not _dangling_end(["Was", "ist", "das?"], rules)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_title_helpers_never_crash(text: str) -> None:
    from comet.page.parse import _prepare
    from comet.page.title_shapes import _dangling_end
    from comet.page.titles import _after_leading_date

    page, _ = _prepare("x", None)
    at = _after_leading_date(page, text)
    assert 0 <= at <= len(text)
    assert isinstance(_dangling_end(text.split(), _title_rules()), bool)


def test_a_cookie_banner_with_its_close_mark_is_no_title() -> None:
    page = (
        "By continuing to browse this site, you agree to its use of cookies as described in "
        "our Cookie Policy.×\n\n" + AUTHORED
    )
    assert parse_record(page).title == "Seasonal drift of reed seeds across three lowland marshes"


# --- locators: the line of the work's own DOI, at the foot of a full-text page ------------

FOOT = """Fen and Marsh Letters
On the bending of hollow reed stems in wind
Tomas J. Moreau, Ana B. Lindqvist

Abstract
Hollow stems bend in the wind. We measured sixty stems in three marshes over two summers.

Table 1
Marsh\tStems\tBent
North 142 20
South 139 21

doi: 10.5555/fml.0.054957-0 FML November 2013 vol. 63 no. 11 4350-4353
"""


def test_the_locator_by_the_works_own_doi_wins_over_table_numbers() -> None:
    item = parse_record(FOOT).to_csl()
    assert item["DOI"] == "10.5555/fml.0.054957-0"
    assert item.get("volume") == "63"
    assert item.get("page") == "4350-4353"


LINKED_REFS = """Fen and Marsh Letters
On the bending of hollow reed stems in wind
Tomas J. Moreau, Ana B. Lindqvist

Abstract
Hollow stems bend in the wind. We measured sixty stems in three marshes over two summers.

References
Okafor CN, Petrov IV. Stem stiffness in wetland grasses. J Marsh Bot 2001;12:105-119.
Google Scholar
Published online ahead of print June 7, 2013, doi: 10.5555/fml.0.048827-0 FML November 2013 vol. 63 no. 11 4141-4148
Halvorsen E. Wind loads on slender plants. Plant Mech Rev 1998;7:33-41.
Google Scholar
"""


def test_the_works_own_published_line_amid_reference_links_is_read() -> None:
    item = parse_record(LINKED_REFS).to_csl()
    assert item["DOI"] == "10.5555/fml.0.048827-0"
    assert item.get("volume") == "63"
    assert item.get("page") == "4141-4148"


# --- bylines: given names that spell another language's function word ----------------------


def test_marked_bylines_keep_given_names_that_are_function_words_elsewhere() -> None:
    from comet.page.bylines import _line_names
    from comet.page.parse import _prepare

    page, _ = _prepare("x", None)

    def names(line: str) -> list[tuple[str | None, str | None]] | None:
        got = _line_names(line, page)
        return None if got is None else [(p.given, p.family) for p in got]

    assert names("Hans Moreau2,†") == [("Hans", "Moreau")]
    assert names("Kun Lindqvist1, Ana Okafor2 and Jiro Petrov1*") == [
        ("Kun", "Lindqvist"),
        ("Ana", "Okafor"),
        ("Jiro", "Petrov"),
    ]
    assert names("Will Q. Halvorsen") == [("Will Q.", "Halvorsen")]
    assert names("My Account") is None  # a menu entry, no markers, no initial
    assert names("Read More") is None


def test_a_marker_loosens_only_the_name_it_marks() -> None:
    """A marker exempts the name it is glued to from the function-word check, not the
    whole line; digits after a word in capitals (a code such as ``COVID19``) mark nothing."""
    from comet.page.bylines import _line_names
    from comet.page.name_checks import _marked_words
    from comet.page.parse import _prepare

    page, _ = _prepare("x", None)
    assert _marked_words("Kun Lindqvist1,2, Ana Okafor* and Elke Ho * a") == {
        "lindqvist",
        "okafor",
        "ho",
    }
    assert _marked_words("Ida Moe b, Jo Dahl") == {"moe"}
    assert _marked_words("COVID19 and H2O in Reed Beds") == frozenset()
    assert _line_names("Ana Okafor1, Will Ho2", page) is not None
    assert _line_names("Ana Okafor1, Read More", page) is None
    assert _line_names("Ana Okafor, Read More COVID19", page) is None
    assert _line_names("Read More, Ida Covid19", page) is None


def test_a_current_issue_widget_is_no_container() -> None:
    page = FOOT.replace("Table 1", "This Month's Issue\n\nApril 2015, 65 (Pt 4)\n\nTable 1")
    item = parse_record(page).to_csl()
    assert item.get("container-title") != "This Month's Issue"


def test_letter_markers_before_a_list_word_and_marked_function_word_names() -> None:
    from comet.page.bylines import _line_names
    from comet.page.parse import _prepare

    page, _ = _prepare("x", None)
    got = _line_names("Ana Okafor a , Tomas J. Moreau bc and Elke Ho * a", page)
    assert got is not None
    assert [(p.given, p.family) for p in got] == [
        ("Ana", "Okafor"),
        ("Tomas J.", "Moreau"),
        ("Elke", "Ho"),
    ]
    assert _line_names("Sign In", page) is None


def test_numbered_captions_are_no_titles() -> None:
    from comet.page.title_shapes import _caption

    rules = _title_rules()
    assert _caption(["Table", "2", "Stem", "counts", "per", "marsh"], rules)
    assert _caption(["Fig.", "3a", "Reed", "stems"], rules)
    assert _caption(["Abbildung", "1:", "Schilf"], rules)
    assert not _caption(["Table", "manners", "in", "the", "fens"], rules)
    assert not _caption(["Seasonal", "drift"], rules)


def test_caption_number_prefixes_are_locale_data() -> None:
    """``Table S1`` (supplementary), ``Tabelle A2`` (appendix): the letters come from the
    locales' ``[captions].number_prefixes``, not from the code."""
    from comet import locales
    from comet.page.title_shapes import _caption

    en, zh = locales.resolve("en"), locales.resolve("zh")
    assert set(locales.terms_of("captions", en, "number_prefixes")) >= {"S", "A"}
    assert _caption(["Table", "S1", "Stem", "counts"], en)
    assert _caption(["Tabelle", "A2", "Schilf"], locales.resolve("de"))
    assert not _caption(["Table", "B1", "Stem", "counts"], en)
    assert not _caption(["Table", "S1", "Stem", "counts"], zh)  # no caption words at all


def test_a_two_sentence_title_over_its_byline_is_read() -> None:
    page = AUTHORED.replace(
        "Seasonal drift of reed seeds across three lowland marshes",
        "Drift of reed seeds in lowland marshes. Slow and fast currents compared",
    )
    rec = parse_record(page)
    assert rec.title is not None and rec.title.startswith("Drift of reed seeds in lowland marshes.")


# --- publisher: a 'published by' statement in a copyright line ------------------------------


def test_published_by_in_a_copyright_line_names_the_publisher() -> None:
    base = AUTHORED + "\n© 2016 The Author(s). Published by {} under the terms of a licence.\n"
    for printed, want in [
        ("Marsh & Fen", "Marsh & Fen"),
        (
            "the Lowland Society of Botany on behalf of the Reed Trust",
            "the Lowland Society of Botany",
        ),
    ]:
        item = parse_record(base.format(printed)).to_csl()
        assert item.get("publisher") == want


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=60))
def test_published_by_never_crashes(tail: str) -> None:
    text = AUTHORED + "\n© 2016 Published by " + tail + "\n"
    rec = parse_record(text)
    assert rec.raw == text  # the raw input is kept
    publisher = rec.to_csl().get("publisher")
    assert publisher is None or (isinstance(publisher, str) and publisher.strip() == publisher)
    assert rec.to_csl()["title"] == "Seasonal drift of reed seeds across three lowland marshes"


PART_PAGE = """Fen and Marsh Letters
On the bending of hollow reed stems in wind
Tomas J. Moreau, Ana B. Lindqvist
doi: 10.5555/fml.0.04217-0 Fen Marsh Lett March 2011 vol. 41 no. Pt 3 211-219
Abstract
Hollow stems bend in the wind.
"""


def test_a_part_without_an_issue_is_the_issue_as_printed() -> None:
    item = parse_record(PART_PAGE).to_csl()
    assert item.get("issue") == "Pt 3"
    assert item.get("volume") == "41"


def test_a_numbered_issue_is_not_replaced_by_a_part() -> None:
    page = PART_PAGE.replace("no. Pt 3", "no. 6")
    assert parse_record(page).to_csl().get("issue") == "6"


GLUED_DOI = """Marsh Ecology Notes
Wind and reeds in three northern fens
Ana B. Lindqvist
DOI: https://doi.org/10.5555/men.06613Published March 3, 2012 Cite as Marsh Ecol Notes 2012;4:e06613
Abstract
Reeds bend.
"""


def test_a_label_glued_to_a_doi_is_cut_off() -> None:
    assert str(parse_record(GLUED_DOI).to_csl().get("DOI")).lower() == "10.5555/men.06613"


SEARCH_FORM = """Archive of Fen Studies
Search
Author
Author : Full name
Author : Family name
Author : First name
Author : Identifier (string)
Author : Function
Title
Stems of hollow reeds in winter storms
Olaf Brennecke
Journal of Fen Studies, 1961, 22 (4), pp.155-160
"""


def test_a_search_forms_author_fields_are_no_persons() -> None:
    authors = parse_record(SEARCH_FORM).to_csl().get("author") or []
    families = {a.get("family") or a.get("literal") for a in authors}
    assert not families & {"Identifier", "Function", "Full name", "First name"}


def test_repeated_author_labels_with_names_stay_persons() -> None:
    page = """Archive of Fen Studies
Stems of hollow reeds in winter storms
Author : Brennecke, Olaf
Author : Lindqvist, Ana
Author : Moreau, Tomas
Journal of Fen Studies, 1961, 22 (4), pp.155-160
"""
    authors = parse_record(page).to_csl().get("author") or []
    assert "Brennecke" in [a.get("family") for a in authors]


VERSIONS = """Open Fen Research
Longevity of reed warblers in three northern fens
Ana B. Lindqvist, Tomas J. Moreau
Abstract
Reed warblers live long.
Open Peer Review
Revised
version 2
published
14 Mar 2016
version 1
published
2 Sep 2015
"""


def test_a_version_table_dates_the_work_by_its_first_version() -> None:
    issued = parse_record(VERSIONS).to_csl().get("issued")
    assert issued == {"date-parts": [[2015, 9, 2]]}


def test_a_list_of_other_articles_is_no_version_table() -> None:
    page = """Fen News
Reed warblers return early to the northern fens
By Ana Lindqvist
Published: 3 May 2019
Warblers came back two weeks early this spring, counters said.
More on this story
Herons nest again on the old peat cuttings after thirty years away
Published: 27 Apr 2019
Otters seen in the lower fen for the first time since the drainage works
Published: 2 Apr 2019
"""
    assert parse_record(page).to_csl().get("issued") == {"date-parts": [[2019, 5, 3]]}


BREADCRUMB = """Log in
Home >
Earth Sciences >
Advanced Fen Studies >
Vol 4 Issue 2 >
Reed beds of the northern fens in a dry decade
Ana B. Lindqvist, Tomas J. Moreau
First published: 3 March 2017
How to Cite
Lindqvist A. B., Moreau T. J. (2017). Reed beds of the northern fens in a dry decade. Adv. Fen Stud., 4: 1600123.
Abstract
Reed beds shrank.
"""


def test_a_breadcrumb_step_spells_out_the_cited_abbreviation() -> None:
    item = parse_record(BREADCRUMB).to_csl()
    assert item.get("container-title") == "Advanced Fen Studies"


FIGURES = """Marsh Ecology Notes
Wind and reeds in three northern fens
Ana B. Lindqvist
Citation: Lindqvist AB (2013) Wind and reeds in three northern fens. Marsh Ecol Notes 8(12): e81234. doi:10.5555/journal.men.0081234
Abstract
Reeds bend.
Figure 1. Reed stems after a storm.
doi:10.5555/journal.men.0081234.g001
Table 1. Stem counts.
doi:10.5555/journal.men.0081234.t001
Figure 2. Reed stems before a storm.
doi:10.5555/journal.men.0081234.g002
"""


def test_a_figures_doi_ranks_below_its_articles_doi() -> None:
    assert parse_record(FIGURES).to_csl().get("DOI") == "10.5555/journal.men.0081234"


def test_component_tails_rank_below_their_work_and_version_tails_do_not() -> None:
    """``.g001``/``.t002``/``.s001`` name a part of the work; ``.v2`` names the work in
    one version, which keeps its own score (DOIs compare folded)."""
    from comet.identifiers import doi
    from comet.page.evidence import Cand
    from comet.page.ids import _components_below_their_work

    work = "10.5555/repo.4242"
    tails = (".g001", ".t002", ".s001", ".v2", ".v13")
    cands = [Cand(doi.parse(work), 0.5, (0, 1), "label")]
    cands += [Cand(doi.parse(work + t), 0.9, (0, 1), "label") for t in tails]
    _components_below_their_work(cands)
    scores = {str(c.value).removeprefix(work): c.score for c in cands[1:]}
    assert all(scores[t] < 0.5 for t in (".g001", ".t002", ".s001"))
    assert scores[".v2"] == scores[".v13"] == 0.9


SIDEBAR_NAMES = """Fen Trials
Other articles by authors
on Google Scholar
Lindqvist A
Moreau T
Okafor C
Li B
on PubMed
Lindqvist A
Moreau T
Okafor C
Li B
Study protocol
Reed bed restoration in three northern fens: protocol for a randomised trial
Ana Lindqvist1*, Tomas Moreau2, Chidi Okafor1 and Bo Li3
Abstract
Reed beds shrank.
"""


def test_initials_are_spelled_out_from_a_byline_with_affiliation_marks() -> None:
    authors = parse_record(SIDEBAR_NAMES).to_csl().get("author") or []
    assert [(a.get("given"), a.get("family")) for a in authors] == [
        ("Ana", "Lindqvist"),
        ("Tomas", "Moreau"),
        ("Chidi", "Okafor"),
        ("Bo", "Li"),
    ]


# --- interface words: menus, the site's name, share bars ------------------------------------

_MEGA_MENU = [
    "Fen Data Portal",
    "Skip to main content",
    "Resources",
    "All Resources",
    "Reeds & Rushes",
    "Reed Atlas",
    "Stem Counter",
    "Marsh Maps",
    "Reed Finder (Basic Local Search Tool)",
    "All Reeds & Rushes Resources...",
    "Literature",
    "Fen Names Database (FND)",
    "Reed Finder (Basic Local Search Tool)",
    "Peat Index",
    "Water Levels",
    "Sign in",
]


def test_a_mega_menu_with_long_link_texts_gives_no_title_or_person() -> None:
    from comet.page.parse import _prepare
    from comet.page.title_lines import _menu_lines

    page = "\n".join(
        [
            *_MEGA_MENU,
            "",
            "Seasonal drift of reed seeds across three lowland marshes",
            "",
            "Lindqvist AB, Moreau TJ, Okafor C.",
            "",
            "Abstract",
            "Seeds of reed drift on water in spring. We followed marked seeds for two seasons.",
        ]
    )
    prepared, _ = _prepare(page, None)
    menu = _menu_lines(prepared)
    assert set(range(len(_MEGA_MENU))) <= menu  # long link texts and bare words inside the run
    rec = parse_record(page)
    assert rec.title == "Seasonal drift of reed seeds across three lowland marshes"
    assert [p.family for p in rec.authors] == ["Lindqvist", "Moreau", "Okafor"]


def test_a_menu_run_ends_at_its_last_short_entry() -> None:
    """Without blank lines, the heading after a menu is no entry of it."""
    from comet.page.parse import _prepare
    from comet.page.title_lines import _menu_lines

    entries = ["Home", "Themes", "Issues", "Podcasts", "Subscribe", "Events", "Shop", "Contact"]
    heading = "When the town still needed its wells"
    prepared, _ = _prepare("\n".join([*entries, heading, "By Ida Moe", PROSE_LINE]), None)
    assert _menu_lines(prepared) == frozenset(range(len(entries)))


PROSE_LINE = (
    "Until the water main came, every lane had its well and every well a society that kept it "
    "clean, and their minutes tell of dirty buckets, late payers and a long quarrel in court."
)


def test_a_name_the_footer_repeats_is_the_site_not_the_title() -> None:
    page = "\n".join(
        [
            "Fenland Science Hub",
            "",
            "Journals",
            "",
            "Research article",
            "",
            "Reed beds slow the spring flood in three northern fens",
            "",
            "Ana B. Lindqvist, Tomas J. Moreau and Chidi Okafor",
            "",
            "Abstract",
            "Reed beds hold water back. We measured the spring flood in three fens over two years.",
            "",
            "Terms and Conditions",
            "Privacy statement",
            "© 2019 Fenland Science Hub Ltd unless otherwise stated.",
        ]
    )
    rec = parse_record(page)
    assert rec.title == "Reed beds slow the spring flood in three northern fens"
    assert any("the site's name" in d.message for d in rec.diagnostics)


def test_a_share_bar_names_nobody_but_a_name_with_its_button_stays() -> None:
    from comet.page.bylines import _line_names
    from comet.page.parse import _prepare

    page, _ = _prepare("x", None)
    assert _line_names("X LinkedIn Facebook Bluesky Threads Email Link", page) is None
    got = _line_names("Ida MoeEmail author", page)
    assert got is not None and [(p.given, p.family) for p in got] == [("Ida", "Moe")]


def test_a_line_repeating_the_title_is_no_author() -> None:
    page = "\n".join(
        [
            "Chapter 6 - Counting Reeds in Winter",
            "",
            *[f"{i}. Chapter {i} of the handbook" for i in range(1, 4)],
            "",
            "Counting Reeds in Winter",
            "",
            "Written by Ida Moe",
            "",
            PROSE_LINE,
        ]
    )
    rec = parse_record(page)
    assert [(p.given, p.family) for p in rec.authors] == [("Ida", "Moe")]


# --- a repository's article page under a government banner (issue 13: no interface words
# as a title or a person) -------------------------------------------------------------------

BANNERED = """Skip to main content

An official website of the Republic of Nowhere

Here's how you know
Here's how you know
Search
Log in
Journal List
User Guide
Learn more: Archive Disclaimer | Archive Copyright Notice
Fen Marsh Res
. 2014 Mar 3;22(Wetland issue):W12–W19. doi: 10.5555/fmr/abc123

Reedbase

Tomas J Moreau 1, Ana B Lindqvist 1, Carl Okafor 2,*
Author information
Article notes

Abstract

Reedbase is a public catalogue of reed stems measured in three marshes over two summers. We
describe how the stems were measured and how the catalogue is kept.
"""


def test_a_banner_and_help_links_are_no_title_or_person() -> None:
    item = parse_record(BANNERED).to_csl()
    assert item["title"] == "Reedbase"  # one word over a byline of several names
    assert [a["family"] for a in item["author"]] == ["Moreau", "Lindqvist", "Okafor"]


def test_a_journal_name_over_its_continued_locator_is_the_container() -> None:
    item = parse_record(BANNERED).to_csl()
    assert item["container-title"] == "Fen Marsh Res"
    assert (item["volume"], item["issue"], item["page"]) == ("22", "Wetland issue", "W12-W19")


def test_banner_sentences_are_chrome_in_several_languages() -> None:
    from comet import locales
    from comet.page.chrome import _is_chrome

    rules = locales.resolve(None)
    for line in (
        "An official website of the Republic of Nowhere",
        "Here’s how you know",
        "Eine offizielle Website der Republik Nirgendwo",
        "Un site officiel de la République de Nulle-part",
        "Un sitio web oficial de la República de Ninguna",
        "User Guide",
        "Benutzerhandbuch",
        "Guide de l'utilisateur",
        "Guía del usuario",
        "Older Article",
        "Newer Articles",
        "Ältere Beiträge",
    ):
        assert _is_chrome(line, rules), line
    # the words inside a title, or a longer line, are content
    assert not _is_chrome("Why the official website of a marsh trust matters", rules)
    assert not _is_chrome("A field guide to the reeds of northern fens", rules)
    assert not _is_chrome("Older reeds", rules)


# --- article numbers and abbreviated journal names (issue 13) -------------------------------

CITATION_LINE = """Skip to content
Marsh Science Letters
Reed stems bend less in cold water
Ida Moe1 and Tomas Lindqvist2
Marsh Science Letters, Volume 14, Number 3
Citation Ida Moe et al 2019 Marsh Sci. Lett. 14 035018
DOI 10.5555/msl.14.3.035018

Abstract
We measured reed stems in cold and warm water over two summers and found that the stems in
cold water bent less than the stems in warm water.
"""


def test_a_citation_line_gives_the_article_number_and_the_full_name_wins() -> None:
    item = parse_record(CITATION_LINE).to_csl()
    assert (item["volume"], item["issue"], item["number"]) == ("14", "3", "035018")
    assert item["container-title"] == "Marsh Science Letters"  # not 'Marsh Sci. Lett'


CITE_BLOCK_ABBREVIATED = """Current Marsh Reports volume 19, Article number: 3 (2017) Cite this article
Counting reeds in the dark
Ida Moe
Abstract
We counted reeds at night in three northern fens and compare the counts with those made by day.
Cite this article
Moe, I. Counting reeds in the dark. Curr Marsh Rep 19, 3 (2017). https://doi.org/10.5555/cmr-2017-0003
"""


def test_the_journal_before_the_locator_spells_out_a_citations_abbreviation() -> None:
    item = parse_record(CITE_BLOCK_ABBREVIATED).to_csl()
    assert item["container-title"] == "Current Marsh Reports"
    assert (item["volume"], item["number"]) == ("19", "3")


VOLUME_COLON_NUMBER = """Marsh Research
Home
Reed stems in a warm winter
Ida Moe, Tomas Lindqvist and Carl Okafor
Marsh Research 2014, 10:144 doi:10.5555/1234-5678-10-144
Published: 2 July 2014
Abstract
We measured reed stems in a warm winter and found that they stayed green until March.
"""


def test_a_single_page_the_doi_ends_with_is_the_article_number() -> None:
    rec = parse_record(VOLUME_COLON_NUMBER)
    item = rec.to_csl()
    assert (item["volume"], item.get("page"), item["number"]) == ("10", None, "144")
    assert any(d.code == "article-number" for d in rec.diagnostics)
    # a DOI that does not end with the volume and the number leaves the page a page
    other = VOLUME_COLON_NUMBER.replace("1234-5678-10-144", "mr.2014.0007")
    item = parse_record(other).to_csl()
    assert (item["page"], item.get("number")) == ("144", None)


@settings(max_examples=30, deadline=None)
@given(volume=st.integers(1, 99), number=st.integers(1, 999), suffix=st.booleans())
def test_any_doi_ending_with_volume_and_number_makes_a_number(
    volume: int, number: int, suffix: bool
) -> None:
    doi = f"10.5555/1234-5678-{volume}-{number}" if suffix else f"10.5555/mr.{number}x"
    page = VOLUME_COLON_NUMBER.replace("10:144 doi:10.5555/1234-5678-10-144",
                                       f"{volume}:{number} doi:{doi}")  # fmt: skip
    item = parse_record(page).to_csl()
    assert item["volume"] == str(volume)
    if suffix:
        assert (item.get("page"), item["number"]) == (None, str(number))
    else:
        assert item.get("number") is None


VOLUME_ISSUE_IN_DOI = """Marsh Science
Home
Reed stems in a warm winter
Ida Moe and Tomas Lindqvist
Marsh Science 2021, 7(4), 2381; https://doi.org/10.5555/marshsci7042381
Published: 2 November 2021
Abstract
We measured reed stems in a warm winter and found that they stayed green until March.
"""


def test_a_doi_glueing_volume_issue_and_number_makes_an_article_number() -> None:
    rec = parse_record(VOLUME_ISSUE_IN_DOI)
    item = rec.to_csl()
    assert (item["volume"], item["issue"], item.get("page"), item["number"]) == (
        "7", "4", None, "2381",
    )  # fmt: skip
    assert any(d.code == "article-number" for d in rec.diagnostics)
    # zeros pad the issue and the number ('15(3), 508' with '…15030508')
    padded = VOLUME_ISSUE_IN_DOI.replace("7(4), 2381", "15(3), 508").replace("7042381", "15030508")
    assert parse_record(padded).to_csl()["number"] == "508"


def test_a_doi_that_glues_other_numbers_leaves_the_page() -> None:
    # another issue in the DOI, a dotted DOI, a first page of a range: pages stay pages
    for doi in ("marshsci7052381", "marshsci.2019.2381", "marshsci70423810"):
        item = parse_record(VOLUME_ISSUE_IN_DOI.replace("marshsci7042381", doi)).to_csl()
        assert (item["page"], item.get("number")) == ("2381", None), doi
    item = parse_record(VOLUME_ISSUE_IN_DOI.replace("2381;", "2381-2390;")).to_csl()
    assert (item["page"], item.get("number")) == ("2381-2390", None)


# --- an online-publication date inside a citation (issue 13) --------------------------------

CITED_EPUB = """Reed stems in a warm winter
Ida Moe, Tomas Lindqvist
Research output: Contribution to journal › Article › peer-review
Abstract
We measured reed stems in a warm winter and found that they stayed green until March.
Cite this
APA
Vancouver
Moe, I., & Lindqvist, T. (2019). Reed stems in a warm winter. Marsh Research, 12(3), 45-67. https://doi.org/10.5555/mr.2019.0042
Moe I, Lindqvist T. Reed stems in a warm winter. Marsh Research. 2019;12(3):45-67. Epub 2019 Mar 4. doi: 10.5555/mr.2019.0042
"""


def test_an_epub_date_in_a_citation_refines_the_year() -> None:
    item = parse_record(CITED_EPUB).to_csl()
    assert item["issued"] == {"date-parts": [[2019, 3, 4]]}


def test_an_online_label_with_a_year_alone_refines_nothing() -> None:
    page = CITED_EPUB.replace("Epub 2019 Mar 4.", "Epub 2019.")
    assert parse_record(page).to_csl()["issued"] == {"date-parts": [[2019]]}


ACRONYM_LOCATOR = """International Journal of Marsh Science
Home
Reed stems in a warm winter
Ida Moe, Tomas Lindqvist and Carl Okafor
IJMS 2014 vol. 63 no. 11 4350-4353
Published: 2 July 2014
Abstract
We measured reed stems in a warm winter and found that they stayed green until March.
"""


def test_a_masthead_spelling_out_the_locators_acronym_is_the_container() -> None:
    item = parse_record(ACRONYM_LOCATOR).to_csl()
    assert item["container-title"] == "International Journal of Marsh Science"
    assert (item["volume"], item["issue"], item["page"]) == ("63", "11", "4350-4353")


def test_a_source_labels_abbreviation_gives_way_to_the_full_name() -> None:
    page = CITATION_LINE.replace(
        "Citation Ida Moe et al 2019 Marsh Sci. Lett. 14 035018",
        "Citation: Marsh Sci. Lett. 14, 224009 (2019)",
    )
    item = parse_record(page).to_csl()
    assert item["container-title"] == "Marsh Science Letters"
    assert (item["volume"], item["number"]) == ("14", "224009")


# --- a family name that is an interface word, marked as a name by its affiliation marker -----

MARKED_BYLINE = """Reed stems in a warm winter
Ida Moe1,
Olav Back1,
Mia Share2 &
Carl Okafor1
Show authors
Marsh Research volume 12, pages 45–67 (2019)
Abstract
We measured reed stems in a warm winter and found that they stayed green until March.
"""


def test_an_affiliation_marker_makes_an_interface_word_a_family_name() -> None:
    rec = parse_record(MARKED_BYLINE)
    assert [p.family for p in rec.authors] == ["Moe", "Back", "Share", "Okafor"]


def test_a_marked_line_of_interface_words_alone_is_no_name() -> None:
    rec = parse_record(MARKED_BYLINE.replace("Olav Back1,", "View Profile1,"))
    families = [p.family for p in rec.authors]
    assert families[:1] == ["Moe"]
    assert "Profile" not in families and "View" not in families


@pytest.mark.xfail(strict=True, reason="the byline stops at a marked interface line")
def test_the_names_after_a_marked_interface_line_are_kept() -> None:
    rec = parse_record(MARKED_BYLINE.replace("Olav Back1,", "View Profile1,"))
    assert [p.family for p in rec.authors] == ["Moe", "Share", "Okafor"]


# --- a copyright footer after the notes names the publisher (issue 13) ----------------------

FOOTER_AFTER_NOTES = """Counting Reeds in Winter
Written by Ida Moe
The reeds of the northern fens bend in the wind because their stems are hollow and light, and the
wind there blows from the sea for most of the year.
References
1See the survey of the northern fens for the counts of earlier winters.
2The stems were counted by night.
Previous
Chapter 5 - Counting Reeds in Summer
Copyright © 2017 Fen Trust. Published by Fenland Books, Inc. Licensed under CC BY 4.0
"""


def test_a_copyright_line_after_the_notes_is_the_pages_own() -> None:
    """The copyright line is read as the page's own (its publisher statement); the lines
    after it keep the zone they were in."""
    from comet import locales
    from comet.page.layout import read_layout

    layout = read_layout(FOOTER_AFTER_NOTES + "About us\n", locales.resolve(None))
    zones = {ln.text[:9]: ln.zone for ln in layout.lines}
    assert zones["2The stem"] == "references"
    assert zones["Copyright"] == "main"
    assert zones["About us"] != "main"


def test_a_published_by_statement_keeps_the_companys_legal_form() -> None:
    item = parse_record(FOOTER_AFTER_NOTES).to_csl()
    assert item["publisher"].rstrip(".") == "Fenland Books, Inc"
    page = FOOTER_AFTER_NOTES.replace("Fenland Books, Inc.", "Fenland Bücher GmbH.")
    assert parse_record(page).to_csl()["publisher"].rstrip(".") == "Fenland Bücher GmbH"


# --- an ISO 4 abbreviated journal name by the work's DOI, before its volume exists -----------

AHEAD_OF_VOLUME = """Hollow reed stems under wind load
Ida Moe and Carl Okafor
DOI: 10.5555/C9MR01234A (Paper) Marsh Chem. Biol., 2021, Advance Article
Received 3rd May 2021, Accepted 1st June 2021
Abstract
We measured the wind load on hollow reed stems in three northern fens over two summers.
"""


def test_an_abbreviated_journal_by_the_doi_is_the_container() -> None:
    item = parse_record(AHEAD_OF_VOLUME).to_csl()
    assert item["container-title"].rstrip(".") == "Marsh Chem. Biol"


def test_dotted_words_outside_the_abbreviation_lexicon_name_no_journal() -> None:
    page = AHEAD_OF_VOLUME.replace("Marsh Chem. Biol.", "Fen Mar. Rd.")
    assert parse_record(page).to_csl().get("container-title") is None


def test_the_abbreviation_lexicon_is_locale_data_in_several_languages() -> None:
    from comet import locales
    from comet.page.journal_abbrev import _abbreviation_words

    for tag, word in (("de", "dtsch"), ("fr", "soc"), ("es", "bol"), ("it", "boll")):
        assert word in _abbreviation_words(locales.resolve(tag)), tag
    page = AHEAD_OF_VOLUME.replace("Marsh Chem. Biol.", "Z. Dtsch. Ges. Moorkd.")
    item = parse_record(page).to_csl()
    assert item["container-title"].rstrip(".") == "Z. Dtsch. Ges. Moorkd"


def test_a_citation_lines_year_after_et_al_dates_the_work() -> None:
    page = CITATION_LINE.replace("Citation Ida Moe et al 2019 Marsh Sci. Lett. 14 035018",
                                 "Citation I Moe et al 1976 Marsh Sci. Lett. 14 143")  # fmt: skip
    item = parse_record(page).to_csl()
    assert item["issued"] == {"date-parts": [[1976]]}
    assert (item["volume"], item["page"]) == ("14", "143")
