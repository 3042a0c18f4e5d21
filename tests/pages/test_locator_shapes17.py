"""Locators printed in shapes the page reader missed (locator17): an issue with its word, its
year and its page range and no volume (GOST's ``Журнал. 2020. № 3. С. 45–67``, Vancouver's
``2020;(3):45-67``); a locator's parts parted by bars, arrows or middle dots (``Vol. 42 ››
Issue (7): 2015-2021``, ``Volume 12 | Issue 3 | Pages 45-67``); Arabic, Persian and Hebrew
locator words (``ar.toml``, ``fa.toml``, ``he.toml`` ``[locator]``), the Arabic comma, a range a
right-to-left line printed last page first, and a locator split by a season and a year the
grammar does not read. Invented pages; the negative cases must give no locator."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locales import all_rules
from comet.locators import find_locators
from comet.page.locator_lines import line_locators, rtl_ranges

ABSTRACT = (
    "Abstract\nWe studied the reed beds of three coastal marshes over ten years and found "
    "that grazing shaped their growth more than the tides did, which we discuss at length.\n"
)


def _csl(line: str, pre: str = "") -> dict[str, object]:
    text = f"{pre}Grazing and Reed Growth in Coastal Marshes\nAna Lindqvist, Tomas Berg\n{line}\n"
    return parse_record(text + ABSTRACT).to_csl()


def _loc(csl: dict[str, object]) -> tuple[object, object, object]:
    return csl.get("volume"), csl.get("issue"), csl.get("page")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Болотный вестник. 2020. № 3. С. 45–67.", (None, "3", "45-67")),
        ("2015. №3, 136-138", (None, "3", "136-138")),
        ("Marsh Ecology Letters 2020;(3):45-67", (None, "3", "45-67")),
        ("Volume 12 | Issue 3 | Pages 45-67", ("12", "3", "45-67")),
        ("Vol. 12 › No. 3 › pp. 45–67", ("12", "3", "45-67")),
        ("2020, Vol. 12 » Issue 3: 45-67", ("12", "3", "45-67")),
        ("مجلة الأهوار، المجلد 12، العدد 3، 2020، ص 45-67", ("12", "3", "45-67")),
        ("כרך 12, גיליון 3, 2020, עמ' 45-67", ("12", "3", "45-67")),
        ("Ročník 12, číslo 3, 2020, s. 45-67", ("12", "3", "45-67")),
        ("Tập 12, Số 3 (2020), tr. 45-67", ("12", "3", "45-67")),
    ],
)
def test_locator_shapes(line: str, want: tuple[object, object, object]) -> None:
    assert _loc(_csl(line)) == want


def test_a_persian_masthead() -> None:
    # volume and issue, a season and a solar-calendar year, then the range printed right to
    # left; the year is no volume
    csl = _csl("مجلة مطالعات تالاب دوره 6، شماره 2 تابستان 1393 ص. 88- 71")
    assert _loc(csl) == ("6", "2", "71-88")


@pytest.mark.parametrize(
    "line",
    [
        "Posted 12/3/2020, 45-67 views",  # a date and a count
        "Tel. 2015 № 3, 136-138",  # a phone-like row with a number sign
        "Page 1 of 3",  # a result list's pager
        "Home › 2019 › 12 › Reed beds",  # a dated archive's breadcrumb
        "Home | Archives | Vol. 3 | About",  # a menu with bars
        "Price | 2020 | 45 | 67",  # a table's row
        "Order 2020 № 3 for 45-67 € in total",  # a price
    ],
)
def test_no_locator(line: str) -> None:
    csl = _csl(line)
    assert _loc(csl) == (None, None, None)


def test_an_issue_and_range_in_the_reference_list_is_not_the_works() -> None:
    refs = (
        "References\n1. Berg T. Reed beds of the north. Болотный вестник. 2018. № 2. "
        "С. 11–19.\n2. Moe A. Tides. Marsh Lett. 2017;(4):3-9.\n"
    )
    text = "Grazing and Reed Growth in Coastal Marshes\nAna Lindqvist\n" + ABSTRACT + refs
    csl = parse_record(text).to_csl()
    assert csl.get("issue") is None and csl.get("page") is None


def test_an_issue_and_range_in_a_related_list_is_not_the_works() -> None:
    related = "Related articles\nReeds in winter\nБолотный вестник. 2018. № 2. С. 11–19.\n"
    text = "Grazing and Reed Growth in Coastal Marshes\nAna Lindqvist\n" + ABSTRACT + related
    csl = parse_record(text).to_csl()
    assert csl.get("issue") is None and csl.get("page") is None


def test_rtl_ranges() -> None:
    assert rtl_ranges("ص. 76- 47") == "ص. 47- 76"
    assert rtl_ranges("ص. 145-49") == "ص. 145-49"  # an abbreviation: 145–149
    assert rtl_ranges("pp. 76-47") == "pp. 76-47"  # no right-to-left script: left alone


def test_line_locators_keeps_lengths() -> None:
    rules = all_rules()
    text = "2022, Vol. 42 ›› Issue (7): 2015-2021."
    read, matches = line_locators(text, rules)
    assert len(read) == len(text)
    assert [(m.value.volume, m.value.issue, str(m.value.pages)) for m in matches] == [
        ("42", "7", "2015-2021")
    ]


def test_vancouver_issue_without_volume() -> None:
    (m,) = find_locators("Marsh Lett. 2020;(3):45-67.")
    assert (m.value.volume, m.value.issue, str(m.value.pages)) == (None, "3", "45-67")
    (m,) = find_locators("Marsh Letters (12), 45-67")
    assert m.value.volume == "12"  # a bracketed number with no year before it: the volume


def test_arabic_comma_parts_a_locator() -> None:
    (m,) = find_locators("المجلد 12، العدد 3، ص 45-67", locales=all_rules())
    assert (m.value.volume, m.value.issue, str(m.value.pages)) == ("12", "3", "45-67")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Issue: Vol. 12 No. 3 (2020): Special issue on marshes", ("12", "3", None)),
        ("Heft 3/2020, S. 45–67", (None, "3", "45-67")),
        ("Nr. 3/2020, S. 45-67", (None, "3", "45-67")),
    ],
)
def test_issue_label_and_issue_of_its_year(line: str, want: tuple[object, ...]) -> None:
    assert _loc(_csl(line)) == want


def test_an_issue_label_with_words_is_no_locator() -> None:
    # (negative) an issue label whose value is a theme with a number in it
    csl = _csl("Issue: 12 ways to save a marsh in 2020")
    assert csl.get("volume") is None


def _facts(line: str) -> object:
    text = (
        f"Reeds of the Northern Marshes\nAna Lindqvist\n{line}\n"
        "A field guide to the reed beds of the northern coast, their birds and their insects, "
        "written for walkers and for students of the marshes alike.\n"
    )
    return parse_record(text).to_csl().get("number-of-pages")


@pytest.mark.parametrize(
    "line",
    [
        "Paperback, 245 pages",
        "Hardcover – 245 pages",
        "Harbour Light Press, 2019. 245 p.",
        "Bergen, 2019. — 245 с.",
        "ISBN 978-3-16-148410-0, 245 pages",
        "Anzahl Seiten: 245",
    ],
)
def test_a_page_count_in_a_line_of_facts(line: str) -> None:
    assert _facts(line) == "245"


@pytest.mark.parametrize(
    "line",
    [
        "It runs to 245 pages, and every one of them is worth it.",  # a sentence
        "Paperback, 245 grams",  # a weight
        "Price: 24,50 €, 245 g",
        "Page 1 of 3, next",  # a pager
    ],
)
def test_no_page_count_in_a_line_of_facts(line: str) -> None:
    assert _facts(line) is None


def test_a_citation_line_repeating_the_title() -> None:
    # a citation of the work printed with no label under its abstract (GB/T 7714): the
    # locator after the title is the work's
    title = "Grazing and Reed Growth in Coastal Marshes"
    text = (
        f"{title}\nAna Lindqvist, Tomas Berg\n{ABSTRACT}"
        f"LINDQVIST A, BERG T. {title}[J]. Journal of Wetlands, 2020, 12(3): 45-67.\n"
    )
    assert _loc(parse_record(text).to_csl()) == ("12", "3", "45-67")


@pytest.mark.parametrize(
    "line",
    [
        "Home › Scores › Lullaby for Strings, Opus 49, Nr. 4",  # a breadcrumb repeating it
        "Details for: Lullaby for Strings, Opus 49, Nr. 4 / by Ana Lindqvist",
        "Lullaby for Strings, Opus 49, Nr. 4 (2 reviews, 5 stars)",
    ],
)
def test_numbers_of_a_title_repeated_are_no_locator(line: str) -> None:
    text = (
        "Lullaby for Strings, Opus 49, Nr. 4\nAna Lindqvist\n"
        f"{line}\nPublisher: Harbour Music, 2014\nMaterial type: Score\n"
    )
    csl = parse_record(text).to_csl()
    assert csl.get("volume") is None and csl.get("issue") is None


@pytest.mark.parametrize("line", ["Reading time: 5 min, 3 pages", "Comments, 12 pages"])
def test_a_count_beside_no_book_fact_is_none(line: str) -> None:
    assert _facts(line) is None


def test_a_pager_after_a_separator_is_no_locator_part() -> None:
    assert _loc(_csl("Archive › Vol. 3 › Page 2 of 5")) == (None, None, None)


def test_a_gost_reference_list_is_not_the_works() -> None:
    text = (
        "Зимние скопления куликов в устье реки\nПетров А. В.\nАннотация\n"
        "Мы изучили зимние скопления куликов в устье реки за десять лет наблюдений.\n"
        "Литература\nСмирнов Б. К. Кулики северных морей // Орнитология. 2015. № 3. С. 12–30.\n"
        "Иванов В. Г. Птицы устьев // Зоология. 2017. № 4. С. 5–9.\n"
    )
    csl = parse_record(text).to_csl()
    assert csl.get("issue") is None and csl.get("page") is None


def test_an_archive_of_issues_in_bar_rows_is_none() -> None:
    text = (
        "Journal of Marsh Studies\nArchives\nVol. 12 | No. 3 | 2021\nVol. 12 | No. 2 | 2021\n"
        "Vol. 12 | No. 1 | 2021\nVol. 11 | No. 4 | 2020\n"
    )
    csl = parse_record(text).to_csl()
    assert csl.get("volume") is None and csl.get("issue") is None


@pytest.mark.parametrize("line", ["Samedi 7 décembre 2024, 16 h", "Sábado 7 de diciembre, 20 h"])
def test_a_time_of_day_is_no_page_count(line: str) -> None:
    assert _facts(line) is None


def test_a_classification_after_a_title_is_no_locator() -> None:
    title = "Organisation of the Marsh Libraries: Basic Rules"
    text = (
        f"{title}\nHarbour, 1988\n"
        f"{title} / Marsh Council - Harbour : Council Press, 1988 - 41 p. ; 24 cm - "
        'Universal Decimal Class. No.: 351.852.11(460.2)"19"(094.4)\n'
    )
    csl = parse_record(text).to_csl()
    assert csl.get("volume") is None and csl.get("issue") is None


def test_a_faculty_before_a_locator_is_no_journal() -> None:
    text = "مديريت دانش سازماني\nدانشكدة مديريت دانشگاه تهران دوره 8، شماره 1 ص. 47-76\n" + ABSTRACT
    csl = parse_record(text).to_csl()
    assert csl.get("volume") == "8"
    assert "دانشگاه" not in str(csl.get("container-title") or "")
