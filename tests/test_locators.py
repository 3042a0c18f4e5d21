"""Locators: parse_pages, parse_locator, find_locators (tables in tests/data/locators.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import comet
from comet.dates import Precision
from comet.errors import ErrorCode, ParseError
from comet.locales import all_rules, fold, terms_of
from comet.locators import (
    LOCATOR_MAX_LENGTH,
    PAGES_MAX_LENGTH,
    Locator,
    PageRange,
    find_locators,
    parse_locator,
    parse_pages,
)
from tests.conftest import seed_text
from tests.shared_data import dev_path, page_split, read_jsonl, requires_shared

TABLE = tomllib.loads((Path(__file__).parent / "data" / "locators.toml").read_text("utf-8"))
PAGES = TABLE["pages"]
LOCATORS = TABLE["locator"]


def _codes(diags: Any) -> set[str]:
    return {d.code for d in diags}


@pytest.mark.parametrize("case", PAGES, ids=[c["input"] or "<empty>" for c in PAGES])
def test_pages_table(case: dict[str, Any]) -> None:
    text = case["input"]
    if "error" in case:
        with pytest.raises(ParseError) as info:
            parse_pages(text)
        assert info.value.code == ErrorCode(case["error"])
        lenient = parse_pages(text, strict=False)
        assert lenient.value is None and lenient.error is not None
        assert lenient.error.code == ErrorCode(case["error"])
        return
    p = parse_pages(text)
    assert (p.first, p.last, p.count) == (case.get("first"), case.get("last"), case.get("count"))
    assert p.raw == text
    assert set(case.get("diagnostics", [])) <= _codes(p.diagnostics)
    assert parse_pages(text, strict=False).value == p


@pytest.mark.parametrize("case", LOCATORS, ids=[c["input"][:50] or "<empty>" for c in LOCATORS])
def test_locator_table(case: dict[str, Any]) -> None:
    text = case["input"]
    if "error" in case:
        with pytest.raises(ParseError) as info:
            parse_locator(text)
        assert info.value.code == ErrorCode(case["error"])
        assert parse_locator(text, strict=False).value is None
        return
    loc = parse_locator(text)
    got = {
        "volume": loc.volume,
        "issue": loc.issue,
        "page": str(loc.pages) if loc.pages and loc.pages.first else None,
        "count": loc.pages.count if loc.pages else None,
        "issued": loc.issued.iso() if loc.issued else None,
        "supplement": loc.supplement,
        "part": loc.part,
        "article_number": loc.article_number,
    }
    want = {k: case.get(k) for k in got}
    assert got == want
    assert loc.raw == text
    assert set(case.get("diagnostics", [])) <= _codes(loc.diagnostics)


def test_exported_from_comet() -> None:
    assert comet.parse_pages is parse_pages
    assert comet.parse_locator is parse_locator
    assert comet.find_locators is find_locators
    assert comet.PageRange is PageRange and comet.Locator is Locator


def test_page_range_string_form() -> None:
    assert str(parse_pages("801–20")) == "801-820"
    assert str(parse_pages("12 pp.")) == "12 pp."
    assert str(parse_pages("e0123456")) == "e0123456"
    assert parse_pages("801-820").is_range and not parse_pages("143").is_range


def test_messy_equals_canonical() -> None:
    assert parse_pages("p.801-20.") == parse_pages("801-820")
    assert parse_locator("Vol. 12, No. 3, pp. 45–67") == parse_locator("12(3), 45-67")


def test_descending_range_is_never_swapped() -> None:
    res = parse_pages("820-801", strict=False)
    assert res.value is None
    assert res.error is not None and res.error.span == (0, 7)
    # inside a locator the pages are dropped, the rest is kept
    loc = parse_locator("Vol. 3, pp. 820-801")
    assert loc.volume == "3" and loc.pages is None
    assert "locator-pages-dropped" in _codes(loc.diagnostics)


def test_locales_narrow_the_words() -> None:
    assert parse_pages("Sider 45-67", locales="da").count == 23
    with pytest.raises(ParseError):
        parse_pages("Sider 45-67", locales="en")
    assert parse_locator("Bd. 12, Nr. 3", locales=["de"]).issue == "3"


def test_contract_type_and_length() -> None:
    with pytest.raises(TypeError):
        parse_pages(12)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        parse_locator(None, strict=False)  # type: ignore[call-overload]
    with pytest.raises(ParseError) as info:
        parse_pages("1" * (PAGES_MAX_LENGTH + 1))
    assert info.value.code is ErrorCode.TOO_LONG
    assert parse_locator("1" * (LOCATOR_MAX_LENGTH + 1), strict=False).error.code == "too-long"


def test_diagnostic_spans_index_the_input() -> None:
    text = "801-20"
    (d,) = parse_pages(text).diagnostics
    assert d.code == "pages-expanded" and text[d.span[0] : d.span[1]] == "20"
    text = "Duke Math. J. 170(3): 1-50"
    loc = parse_locator(text)
    (d,) = [d for d in loc.diagnostics if d.code == "locator-ignored-text"]
    assert text[d.span[0] : d.span[1]] == "Duke Math. J."


def test_to_csl() -> None:
    csl = parse_locator("49(4), Aug, 2023: p.801-820.").to_csl()
    assert csl == {
        "volume": "49",
        "issue": "4",
        "page": "801-820",
        "number-of-pages": 20,
        "issued": {"date-parts": [[2023, 8]]},
    }
    assert parse_locator("Article 045004").to_csl() == {"number": "045004"}
    assert parse_locator("Vol. 2, 245 pp.").to_csl() == {"volume": "2", "number-of-pages": 245}


def test_to_json() -> None:
    data = parse_locator("40 (7)").to_dict()
    assert data["volume"] == "40" and data["issue"] == "7" and data["pages"] is None


# ------------------------------------------------------------------ seeds


def test_seed_001_description_and_holdings() -> None:
    text = seed_text("001")
    line = next(ln for ln in text.splitlines() if "Description:" in ln)
    desc = line.split("Description:", 1)[1].strip()
    loc = parse_locator(desc)
    assert (loc.volume, loc.issue, str(loc.pages), loc.issued) == (
        "49",
        "4",
        "801-820",
        comet.PartialDate(2023, 8),
    )
    row = next(ln for ln in text.splitlines() if "AR130244" in ln)
    vol_info = row.split("|")[1].strip()  # location | vol info | status | barcode
    assert parse_locator(vol_info) == loc


def test_seed_004_header() -> None:
    text = seed_text("004")
    lines = text.splitlines()
    vi = next(ln for ln in lines if ln.startswith("Volume & Issue:"))
    loc = parse_locator(vi)
    assert (loc.volume, loc.issue, loc.issued) == ("9", "2", comet.PartialDate(2021, 12))
    assert parse_locator(lines[0]) == loc
    pr = next(ln for ln in lines if ln.startswith("Page range:"))
    assert str(parse_pages(pr)) == "89-106"


#: seed 004 references: first words of the entry -> (volume, issue, pages) of its locator
SEED_004_REFS: dict[str, tuple[str | None, str | None, str | None] | None] = {
    "Alves, H.": ("33", "7/8", "671-682"),
    "Antonovsky, A.": ("11", "1", "11-18"),
    "Bonde, M.": ("40", "7", None),
    "Capano, G.": ("50", None, "399-426"),
    "Cashore & Howlett": ("51", "3", "532-551"),
    "Eriksson, E.": None,
    "Ferlie, E.": None,
    "Finansdepartementet (2018)": None,
    "Fox, C.": None,
    "Hartley, J.": ("25", "1", None),
    "Hall P. A.": ("25", "3", "275-296"),
    "Illeris,": None,
    "Jaspers, S.": ("21", "4", "606-627"),
    "Jönköpings kommun": None,
    "Jönköping: Socialtjänsten. Olsson": None,
    "Osborne, S.": ("20", "2", "225-231"),
    "Österström, S.": None,
    "Lejano, R.P.": ("41", "2", "360-383"),
    "Montin, S.": ("118", "3", None),
    "Narbutaite Aflaki, I.": None,
    "Pollitt, Ch.": None,
    "Qvist, M.": None,
    "Socialförvaltningen": None,
    "Socialstyrelsen (2021)": None,
    "SOSFS": None,
    "Torfing, J., Sørenssen": ("51", "5", "795-825"),
    "Torfing, J., Ferlie": ("49", "2", "189-209"),
    "Tuurnas, S.": None,
    "Voorberg, W.": ("37", "5", "365-372"),
}


def _seed_004_refs() -> list[str]:
    text = seed_text("004")
    body = text.split("\nKeywords\n", 1)[1].split("Recommended articles", 1)[0]
    return [r.strip() for r in body.split("Search in Google Scholar") if r.strip()]


def test_seed_004_references_all_listed() -> None:
    refs = _seed_004_refs()
    assert len(refs) == len(SEED_004_REFS)
    for ref in refs:
        assert any(ref.startswith(k) for k in SEED_004_REFS), ref


@pytest.mark.parametrize(("start", "want"), list(SEED_004_REFS.items()))
def test_seed_004_reference_locators(
    start: str, want: tuple[str | None, str | None, str | None] | None
) -> None:
    (ref,) = [r for r in _seed_004_refs() if r.startswith(start)]
    matches = list(find_locators(ref))
    if want is None:
        assert matches == []
        return
    m = matches[-1]
    got = (m.value.volume, m.value.issue, str(m.value.pages) if m.value.pages else None)
    assert got == want
    assert ref[m.start : m.end] == m.raw


def test_find_locator_spans_and_doi_glue() -> None:
    text = "Public Management Review, 21(4), 606–627.10.1080/14719037.2018.1508608 Search"
    (m,) = find_locators(text)
    assert m.raw == "21(4), 606–627" and text[m.start : m.end] == m.raw
    assert m.value.pages == PageRange("606", "627", 22)


def test_find_locator_skips_lone_numbers_and_identifiers() -> None:
    assert list(find_locators("Jönköping kommun (2016). 10 Förbättringar från Dialogen.")) == []
    assert list(find_locators("SOU 2018:38. Stockholm.")) == []
    assert list(find_locators("ISBN 978-80-89306-41-1")) == []
    assert list(find_locators("PMID: 31660350 [Available on 2020-03-01]")) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rev. Mar. Vol. 14, Nº 2, 1er Cuatrimestre, 2016, pp. 51- 58", ("14", "2", "51-58")),
        ("Vol. 21, N.º 1, primer semestre 2010, pp. 37-44", ("21", "1", "37-44")),
        ("Vol. 5, No. 2, 2nd Quarter 2019, pp. 1-9", ("5", "2", "1-9")),
        ("Vol. 5, No. 2, 1st semester, 2019, pp. 1-9", ("5", "2", "1-9")),
        ("Vol. 5, N° 2, 2e trimestre 2019, p. 1-9", ("5", "2", "1-9")),
        ("Bd. 5, Nr. 2, 1. Halbjahr 2019, S. 1-9", ("5", "2", "1-9")),
        ("Hors-série n° 31, 3e trimestre 2011", (None, "31", None)),
    ],
)
def test_a_part_of_the_year_inside_a_locator(text: str, want: tuple[str | None, ...]) -> None:
    # [date_words].year_part: a quarter, a semester, a 'Halbjahr' between the issue and
    # the year is part of the date, no page or volume ('2e' was read as a page)
    (m,) = find_locators(text)
    v = m.value
    assert (v.volume, v.issue, str(v.pages) if v.pages else None) == want
    assert v.issued is not None and v.issued.year in (2010, 2011, 2016, 2019)
    assert v.issued.precision is Precision.YEAR


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Močvarni list 7-8/2023 str. 77", ("7-8", "77", "2023")),
        ("Fenblad 11-12/1998, s. 5-9", ("11-12", "5-9", "1998")),
        # a labelled issue and its year: issue 4 of 1973 (a double issue '8/9' stays whole)
        ("Heft 4/1973", ("4", "None", "1973")),
    ],
)
def test_a_double_issue_and_its_year(text: str, want: tuple[str, str, str | None]) -> None:
    (m,) = find_locators(text)
    v = m.value
    assert (v.issue, str(v.pages), v.issued.iso() if v.issued else None) == want
    assert v.volume is None


@pytest.mark.parametrize("text", ["1-3/2023", "2-3/4", "12-14/2020"])
def test_no_double_issue_of_numbers_that_do_not_follow(text: str) -> None:
    # not two issues in a row, or no year: a date, an identifier or a fraction as before
    assert all(m.value.issue is None for m in find_locators(text))


@pytest.mark.parametrize(
    "text", ["Heft 4/1973", "7-8/2023", "12/13", "4/1973/", "/2023", "7-8/2023/2024", "1-2/"]
)
def test_slashed_numbers_never_raise(text: str) -> None:
    # (review) a double issue's text is cut at its slash: any such raw reads or is none
    for m in find_locators(text):
        assert m.value is not None
    comet.parse_locator(text, strict=False)


def test_a_part_of_the_year_alone_makes_no_locator() -> None:
    # prose naming a quarter, and a quarter word with no year after it
    assert [m.raw for m in find_locators("Sales rose in the second quarter 2019.")] == []
    assert [m.raw for m in find_locators("Sales rose in the 2nd quarter 2023.")] == []
    assert all(m.value.issued is None for m in find_locators("Vol. 5, No. 2, quarter pp. 1-9"))


@requires_shared("pages", "gold.jsonl")
def test_dev_page_gold_locators_read_in_place() -> None:
    """The gold page range of every dev page (``../shared/dev/pages``) is found on the page,
    and, on most pages, in one locator with the gold volume."""
    with_pages = with_volume = 0
    for line in read_jsonl(dev_path("pages", "gold.jsonl")):
        gold = line["gold"]
        if not gold.get("page") or page_split(line) != "dev":
            continue
        text = dev_path("pages", "pages", line["file"]).read_text("utf-8")
        want = gold["page"].replace("–", "-")
        hits = [m.value for m in find_locators(text)]
        ranges = [h for h in hits if h.pages is not None and str(h.pages).replace("–", "-") == want]
        assert ranges, f"{line['file']}: pages {want} not found"
        with_pages += 1
        with_volume += bool(gold.get("volume")) and any(h.volume == gold["volume"] for h in ranges)
    assert with_pages >= 15 and with_volume >= 10


def test_find_locator_too_long() -> None:
    with pytest.raises(ParseError) as info:
        list(find_locators("1" * 2_000_000))
    assert info.value.code is ErrorCode.TOO_LONG


DOCS = Path(__file__).parent.parent / "docs"


def test_docs_page_examples_run() -> None:
    import doctest

    result = doctest.testfile(
        str(DOCS / "locators.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert result.failed == 0


def test_diagnostic_codes_are_tabled() -> None:
    table = (DOCS / "errors.md").read_text("utf-8")
    for code in (
        "pages-expanded", "pages-article-number", "pages-following", "pages-extra-ranges",
        "locator-ignored-text", "locator-dangling-label", "locator-conflict",
        "locator-positional", "locator-date-range", "locator-pages-dropped", "locator-extra",
        "locator-volume-count",
    ):  # fmt: skip
        assert f"| `{code}` | locators |" in table


def test_find_locator_reads_windows_but_finds_locators_far_apart() -> None:
    filler = "lorem ipsum dolor " * 2000
    text = f"Journal 12(3), 45-67. {filler} Vol. IV, pp. ix-xx {filler} bookVolume 9, Issue 2"
    found = [(m.value.volume, m.value.issue) for m in comet.find_locators(text)]
    assert found == [("12", "3"), ("IV", None), ("9", "2")]


@pytest.mark.parametrize("text", ["0²P", "12 ²p", "1².3.", "page count ²", "²² pp."])
def test_superscript_digits_never_crash(text: str) -> None:
    """Superscript digits are digits to ``str.isdigit`` but not to ``int``: a number token
    such as ``0²`` is never converted as a count or a month (found by hypothesis)."""
    assert isinstance(list(comet.find_locators(text)), list)
    comet.parse_locator(text, strict=False)
    comet.parse_pages(text, strict=False)


@pytest.mark.parametrize(
    "text",
    ["counted per 100 μm2 of tissue", "a plot of 40 km2.", "dissolved in 250 cm3 (water)"],
)
def test_a_unit_raised_to_a_power_is_no_page(text: str) -> None:
    """``100 μm2`` is an area, not volume 100, page ``μm2``; one-letter page prefixes stay."""
    from comet.locators import find_locators

    assert list(find_locators(text)) == []
    (m,) = find_locators("Arch Zool 12 S5")
    assert m.value.volume == "12" and m.value.pages is not None and m.value.pages.first == "S5"


@pytest.mark.parametrize(
    "text",
    [
        "Posted 21 Nov 2017, 7:42pm",
        "Updated 6. November 2023 14:03 Uhr",
        "Yesterday 1:55PM",
        "Last edited 12 Jun 2017 17:57:34",
        "Dec. 22, 2016, 2:16 p.m.",
    ],
)
def test_a_time_of_day_is_no_volume_and_page(text: str) -> None:
    """A time with seconds or a day period of the locales (``[date_words].day_period``:
    ``pm``, ``a.m.``, ``Uhr``) is one token that no locator reads as ``volume:page``."""
    assert list(comet.find_locators(text)) == []


def test_volume_colon_page_stays_a_locator() -> None:
    (m,) = comet.find_locators("Bog Studies 12:45 (2019)")
    assert (m.value.volume, str(m.value.pages)) == ("12", "45")
    (m,) = comet.find_locators("Marsh Letters 58:211-226, 2021")
    assert (m.value.volume, str(m.value.pages)) == ("58", "211-226")


def test_a_named_issue_needs_the_volume_before_its_brackets() -> None:
    """``22(Wetland issue)`` names the issue; a title's ``(Special Issue)`` names none."""
    found = list(find_locators("Reeds of the North (Special Issue) and 3-4"))
    assert all(m.value.issue is None for m in found)
    assert parse_locator("22(Wetland issue): 5-9").issue == "Wetland issue"
    # a lower-case phrase before the issue word is prose, no name
    assert all(m.value.issue != "wetland issue" for m in find_locators("22(wetland issue): 5-9"))


#: every locale's locator words, folded (`Osa`, `Part`, `Vol`)
_LOCATOR_WORDS = frozenset(fold(w) for w in terms_of("locator", all_rules()))


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), min_size=1, max_size=3),
    volume=st.integers(1, 999),
    first=st.integers(1, 400),
    span=st.integers(0, 30),
)
def test_any_named_issue_after_a_volume_is_the_issue(
    words: list[str], volume: int, first: int, span: int
) -> None:
    # a locator word of a locale (Finnish `Osa`, `Part`, `Vol`) opens no name: `1(Part issue)`
    assume(not any(fold(w) in _LOCATOR_WORDS for w in words))
    named = " ".join(words) + " issue"
    loc = parse_locator(f"{volume}({named}):{first}-{first + span}")
    assert (loc.volume, loc.issue) == (str(volume), named)
    assert loc.pages is not None and loc.pages.first == str(first)


def test_a_day_period_is_matched_as_listed_or_in_capitals() -> None:
    """``Am J Med`` (a journal's abbreviation) is no day period after ``12:45``; a time's
    seconds before a page range's dash are its last page (``12:05:33-40``)."""
    found = [
        (m.value.volume, str(m.value.pages))
        for m in comet.find_locators("Lancet 12:45 Am J Med 3:10")
    ]
    assert found == [("12", "45"), ("3", "10")]
    (m,) = comet.find_locators("J Marsh 12:05:33-40")
    assert (m.value.volume, m.value.issue, str(m.value.pages)) == ("12", "05", "33-40")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("ss. 7", "7", None),
        ("ss. 31-44", "31", "44"),
        ("s. 88 ss.", "88", None),
        ("88 ss.", "88", None),
    ],
)
def test_a_word_that_is_pages_in_one_locale_and_following_in_another(
    text: str, first: str, last: str | None
) -> None:
    """``ss.`` labels pages in Polish and Turkish and marks 'and following pages' in
    Finnish: before a number it opens the pages, after one it is the mark."""
    pr = parse_pages(text)
    assert (pr.first, pr.last) == (first, last)


# --- a word glued to an issue number (platform5 review) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "issue", "pages"),
    [
        ("Bd. 7, H. 4Ba, S. 3-9", "4Ba", "3-9"),  # an issue's own letters stay, one locator
        ("vol. 5 no. 2Sp 2019", "2Sp", None),
        ("Vol. 3, No. 4Ba", "4Ba", None),  # at the end of the text too
        ("Vol. 3, No. 4Editorial", "4", None),
        ("vol.12 número3Humedales costeros", "3", None),  # a word of four letters or more goes
    ],
)
def test_a_glued_word_cut_from_an_issue_only_when_it_is_a_word(
    text: str, issue: str, pages: str | None
) -> None:
    found = list(find_locators(text))
    assert len(found) == 1
    loc = found[0].value
    assert loc.issue == issue
    assert (loc.pages.raw if loc.pages else None) == pages


@pytest.mark.parametrize(
    ("text", "want"), [("頁 iv-x", "iv-x"), ("頁 i-i", "i-i"), ("頁 12-30", "12-30")]
)
def test_a_counter_scripts_page_label_before_roman_pages(text: str, want: str) -> None:
    # a Han page label before a front matter's roman pages is a label (hypothesis found
    # '頁 i-i' once the counter words took only decimal numbers after them)
    assert str(comet.parse_pages(text)) == want
