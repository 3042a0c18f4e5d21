"""General grammar of the page reader (issue 13, session 12's list of known misses): locators
with an empty slot or a national issue mark, a season's years, imprints without ISBD's colon,
``Published by`` lines and all-caps section headings. Every page, name, title and number here
was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record

_ABSTRACT = (
    "Abstract\n"
    "This paper follows the drainage of lowland fens in the north of the country over two "
    "decades and reports what changed in the water table, the plants and the birds.\n"
)


def _article(*lines: str) -> dict[str, object]:
    page = "\n".join(lines) + "\n" + _ABSTRACT
    return parse_record(page).to_csl()


# --- 1. locators with an empty slot ---------------------------------------------------------


@pytest.mark.parametrize(
    ("locator", "want"),
    [
        ("Year 2021, , 212 - 222", (None, None, "212-222", 2021)),
        ("Year 2021, Vol. 4, , 212 - 222", ("4", None, "212-222", 2021)),
        ("2021, No. 3, , 212-222", (None, "3", "212-222", 2021)),
    ],
)
def test_an_empty_slot_ends_no_locator(locator: str, want: tuple[object, ...]) -> None:
    csl = _article(
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
        f"Journal of Fen Studies, {locator}",
    )
    issued = csl.get("issued")
    year = issued["date-parts"][0][0] if isinstance(issued, dict) else None
    assert (csl.get("volume"), csl.get("issue"), csl.get("page"), year) == want
    assert csl.get("container-title") == "Journal of Fen Studies"  # the year label is no name


def test_a_masthead_with_an_empty_slot_over_the_title() -> None:
    csl = _article(
        "Journal of Fen Studies",
        "Year 2021, , 212 - 222",
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
    )
    assert csl.get("page") == "212-222"
    assert csl.get("container-title") == "Journal of Fen Studies"


def test_an_empty_slot_without_a_page_range_is_no_locator() -> None:
    """Negative: a year and a lone number around an empty slot (a list of counts) and a
    sentence with commas are no locator."""
    csl = _article(
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
        "Counted in 2021, , 212 ditches",
        "In 2021, , we drained 212 - 222 ditches of the old fen.",
    )
    assert "page" not in csl and "volume" not in csl


def test_a_year_word_ending_a_name_stays() -> None:
    """Negative: a name whose last word is a year label (``Book of the Year``) keeps it."""
    csl = _article(
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
        "Fen Book of the Year, 2021, 12, 212-222",
    )
    assert csl.get("container-title") == "Fen Book of the Year"


def test_a_journal_named_with_a_year_word_keeps_it() -> None:
    """Negative: only a year label ending the text before the numbers goes (``Yearbook``
    and ``Year's`` are part of a name)."""
    csl = _article(
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
        "Fen Yearbook, 2021, 12, 212-222",
    )
    assert csl.get("container-title") == "Fen Yearbook"
    assert csl.get("volume") == "12"


# --- 2. a season's years --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locator", "want"),
    [
        ("Vol. 12 (2019/20), pp. 45-67", ("12", None, "45-67", 2019)),
        ("Vol. 12, No. 3 (Winter 2019/20): 45-67", ("12", "3", "45-67", 2019)),
        ("Vol. 12, 2019/2020, Issue 3, pp. 45-67", ("12", "3", "45-67", 2019)),
    ],
)
def test_a_season_years_date_the_locator(locator: str, want: tuple[object, ...]) -> None:
    csl = _article(
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
        f"Fen Studies Quarterly, {locator}",
    )
    issued = csl.get("issued")
    year = issued["date-parts"][0][0] if isinstance(issued, dict) else None
    assert (csl.get("volume"), csl.get("issue"), csl.get("page"), year) == want


def test_numbers_after_a_slash_that_are_no_next_year_stay() -> None:
    """Negative: a year and a number that is not the next year (``2019/21``) is no
    season: it stays the issue as printed and dates nothing."""
    csl = _article(
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
        "Fen Studies Quarterly, Vol. 4, 2019/21, pp. 45-67",
    )
    assert (csl.get("volume"), csl.get("issue")) == ("4", "2019/21")
    assert "issued" not in csl


# --- 3. imprints without ISBD's colon -------------------------------------------------------


def _book(imprint: str, *, isbn: bool = True) -> dict[str, object]:
    page = f"Drainage and the early modern fen\nAnna Berglund\n{imprint}\n312 p. : ill.\n" + (
        "ISBN 978-0-415-83547-3\n" if isbn else ""
    )
    return parse_record(page).to_csl()


@pytest.mark.parametrize(
    ("imprint", "publisher", "place"),
    [
        ("Marshtown, Fen Valley Press, 2019", "Fen Valley Press", "Marshtown"),
        ("Fen Valley Press, Marshtown 2019", "Fen Valley Press", "Marshtown"),
        ("Marshtown: van Dijk 2020", "van Dijk", "Marshtown"),
        ("Neustadt am Deich, Moorland Verlag, 2019", "Moorland Verlag", "Neustadt am Deich"),
        ("Villemarais, Éditions du Marais, 2019", "Éditions du Marais", "Villemarais"),
        ("Marshtown, Marshtown University Press, 2019", "Marshtown University Press", "Marshtown"),
        ("Myrvik, Torvbokforlaget, 2019", "Torvbokforlaget", "Myrvik"),  # a compound's end
        ("Torvbokforlaget, Myrvik 2019", "Torvbokforlaget", "Myrvik"),
        ("Moordorf, Torfverlag, 2019", "Torfverlag", "Moordorf"),
    ],
)
def test_an_imprint_without_isbd_colon(imprint: str, publisher: str, place: str) -> None:
    csl = _book(imprint)
    assert (csl.get("publisher"), csl.get("publisher-place")) == (publisher, place)
    assert csl.get("issued", {}).get("date-parts", [[0]])[0][0] == int(imprint[-4:])


@pytest.mark.parametrize(
    "line",
    [
        "Department of Fen History, University of Marshtown, 2019",  # an affiliation
        "In Marshtown, the Fen Valley Press opened in 2019",  # a sentence
        "Dyke Road 12, Fen Valley Press, 2019",  # an address
        "Anna Berglund, Fen Valley Press, 2019",  # an author, not a place
        "Marshtown, Routledge, 2019",  # no publisher word, no lexicon of places: nothing
        "Tomas Torvforlaget, 2019",  # a surname ending in a publisher word, no place
        "Torvforlaget",  # no year: no imprint line
    ],
)
def test_lines_that_are_no_plain_imprint(line: str) -> None:
    csl = _book(line)
    assert csl.get("publisher-place") is None
    assert csl.get("publisher") in (None, "Fen Valley Press")


def test_a_plain_imprint_only_on_a_book_page() -> None:
    """Negative: on a page with no ISBN and of no catalogue's or shop's kind, a line of the
    same shape gives no place."""
    csl = _book("Marshtown, Fen Valley Press, 2019", isbn=False)
    assert csl.get("publisher-place") is None


# --- 4. 'Published by' statements -----------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "publisher", "issued"),
    [
        ("Published by Fenwick Science B.V.", "Fenwick Science B.V.", None),
        (
            "Published by the Royal Fen Society on 3 March 2021",
            "the Royal Fen Society",
            [2021, 3, 3],
        ),
        (
            "Herausgegeben von der Gesellschaft für Moorkunde",
            "der Gesellschaft für Moorkunde",
            None,
        ),
        ("Publié par les Presses du Marais", "les Presses du Marais", None),
        ("Publicado por la Sociedad de Turberas", "la Sociedad de Turberas", None),
        (
            "Published by Fen Valley Press on behalf of the Marsh Society",
            "Fen Valley Press",
            None,
        ),
        ("Published by Reed & Sedge", "Reed & Sedge", None),
    ],
)
def test_a_body_published_by_is_the_publisher(
    statement: str, publisher: str, issued: list[int] | None
) -> None:
    csl = _article("On the drainage of lowland fens", "Anna Berg, Tomas Lind", statement)
    assert csl.get("publisher") == publisher
    assert csl.get("issued", {}).get("date-parts", [None])[0] == issued
    assert [a["family"] for a in csl["author"]] == ["Berg", "Lind"]  # the byline stays
    assert "editor" not in csl  # a body 'herausgegeben von' edits nothing


_BLOG = (
    "Notes from the fen\n"
    "A walk along the old dyke at dawn\n"
    "{statement}\n"
    "We walked along the old dyke at dawn and counted the birds that rose from the reeds "
    "as the light came up over the water and the fields beyond.\n"
    "The water was high after the rain of the week before, and the path was wet in places.\n"
)


@pytest.mark.parametrize(
    ("statement", "family", "issued"),
    [
        ("Published by Jane Doe", "Doe", None),
        ("Published by Jane Doe on March 3, 2021", "Doe", [2021, 3, 3]),
        ("Publicado por Ana Ruiz el 3 de marzo de 2021", "Ruiz", [2021, 3, 3]),
    ],
)
def test_a_person_published_by_is_the_author(
    statement: str, family: str, issued: list[int] | None
) -> None:
    """Negative for the publisher: a blog's byline names its author, never a publisher."""
    csl = parse_record(_BLOG.format(statement=statement)).to_csl()
    assert "publisher" not in csl
    assert [a["family"] for a in csl.get("author", [])] == [family]
    if issued is not None:
        assert csl["issued"]["date-parts"][0] == issued


@pytest.mark.parametrize(
    "statement", ["Published by Jane Doe", "Published by Jane Doe and Ana Ruiz"]
)
def test_published_by_a_person_under_a_byline_keeps_the_byline(statement: str) -> None:
    csl = _article("On the drainage of lowland fens", "Anna Berg, Tomas Lind", statement)
    assert [a["family"] for a in csl["author"]] == ["Berg", "Lind"]
    assert "publisher" not in csl


def test_published_by_in_running_text_is_no_statement() -> None:
    """Negative: 'published by' inside a sentence names no publisher."""
    csl = _article(
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
        "The first survey of the fen was published by a small society in 1950 and is lost.",
    )
    assert "publisher" not in csl


# --- 5. all-caps article-type headings ------------------------------------------------------

_KICKERS = [
    "RESEARCH ARTICLE",
    "ORIGINAL PAPER",
    "SHORT COMMUNICATION",
    "CASE REPORT",
    "BOOK REVIEW",
    "EDITORIAL",
    "ARTÍCULO ORIGINAL",
    "ORIGINALARBEIT",
    "ARTICLE DE RECHERCHE",
]


@pytest.mark.parametrize("kicker", _KICKERS)
@pytest.mark.parametrize("over", [True, False])
def test_an_article_type_heading_is_no_title_person_or_subtitle(kicker: str, over: bool) -> None:
    title = "On the drainage of lowland fens"
    lines = [kicker, title] if over else [title, kicker]
    csl = _article(*lines, "Anna Berg, Tomas Lind")
    assert csl.get("title") == title
    assert [a["family"] for a in csl["author"]] == ["Berg", "Lind"]


def test_an_editorial_heading_takes_no_title_as_its_publisher() -> None:
    """'Editorial' is a Spanish publisher label and an English article type: alone over a
    title (no publisher's or body's word in it) it is the heading, the title stays."""
    page = (
        "EDITORIAL\n"
        "On the drainage of lowland fens\n"
        "By Anna Berg\n"
        "March 3, 2021\n"
        "We walked along the old dyke at dawn and counted the birds that rose from the reeds "
        "as the light came up over the water and the fields beyond the village.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("title") == "On the drainage of lowland fens"
    assert "publisher" not in csl


@pytest.mark.parametrize("publisher", ["Universidad de Montealto", "Marisma", "Juncal XX"])
def test_an_editorial_label_over_a_publisher_keeps_it(publisher: str) -> None:
    """Negative: the same label over a body's name or a short name is the publisher."""
    page = (
        "Dinámica de los juncales del delta\n"
        "Autor\nHerrera, Lucía\n"
        f"Editorial\n{publisher}\n"
        "Fecha de publicación\n2016\n"
    )
    assert parse_record(page).to_csl().get("publisher") == publisher


def test_a_capitalised_subtitle_that_is_no_type_stays_a_subtitle() -> None:
    """Negative: only lines made of article-type words are read past; a real subtitle
    under the title is joined as before."""
    csl = _article("Drainage of lowland fens", "A CENTURY OF CHANGE", "Anna Berg, Tomas Lind")
    assert "A CENTURY OF CHANGE" in csl.get("title", "")


def test_an_empty_cell_in_a_row_of_numbers_is_no_locator() -> None:
    """Negative: a row of a table with an empty cell (no journal's name, no locator or
    year label before it) is no masthead."""
    csl = _article(
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
        "2019, , 12-15",
    )
    assert "page" not in csl


# --- every shape above takes any text -------------------------------------------------------

_PIECES = st.sampled_from(
    ["Published by ", "Publié par ", "EDITORIAL\n", "Editorial\n", "№ ", "Year ", ", , ", "/20",
     "2019", " Press", ": ", ", ", "\n", "RESEARCH ARTICLE\n", "ISBN 978-0-415-83547-3\n"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=14))
def test_the_new_shapes_never_crash(parts: list[str]) -> None:
    text = "".join(parts)
    record = parse_record(text)
    assert record.raw == text
    record.to_csl()


# --- review: an unlabelled physical description on a book's page ---------------------------


@pytest.mark.parametrize("extent", ["xii, 210 p. : ill.", "210 p. ; 24 cm", "[4], 210 p."])
def test_an_unlabelled_physical_description_counts_the_pages(extent: str) -> None:
    page = (
        "Fen drainage in the early modern period\n"
        "Anna Berglund\n"
        "Myrvik, Torvbokforlaget, 2019\n"
        f"{extent}\n"
        "ISBN 978-0-415-83547-3\n"
    )
    assert parse_record(page).to_csl().get("number-of-pages") == "210"


def test_a_sentence_with_a_page_count_is_no_physical_description() -> None:
    """Negative: a short sentence naming pages, and a locator line, count no pages."""
    csl = _article(
        "On the drainage of lowland fens",
        "Anna Berg, Tomas Lind",
        "The survey fills 210 p. of notes.",
        "Fen Studies, Vol. 12, pp. 45-67",
    )
    assert "number-of-pages" not in csl
    assert csl.get("page") == "45-67"
