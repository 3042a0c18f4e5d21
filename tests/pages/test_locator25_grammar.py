"""Locator and container grammar of session 25 (locator25): ACM's reference format (a page
count after the locator, ``V, I, Article N``), a proceedings' name closed by the event's
place or days, a dotted ordinal in a proceedings' name, a series' numbering in brackets and
a report series of papers numbered alone. Every page is invented."""

from __future__ import annotations

import pytest

from comet import find_locators, parse_record, parse_reference

TITLE = "Winter roosts of the bearded tit in coastal reed beds"
BODY = (
    "\n\nAbstract\n\nThe reed warbler nests in dense stands along the lake shore, where the "
    "birds feed on insects and raise two broods a year. We counted nests at four sites.\n"
)


def _csl(*lines: str, head: str = f"{TITLE}\n\nAna Berg, Ola Brekke") -> dict[str, object]:
    return parse_record(head + "\n\n" + "\n".join(lines) + BODY).to_csl()


def test_acm_page_count_is_no_volume() -> None:
    ref = parse_reference(
        "Ana Berg and Ola Brekke. 2019. Winter roosts of the bearded tit. In Proceedings of "
        "the 12th Workshop on Reed Birds (WRB '19), May 12–14, 2019, Oslo, Norway. ACM, New "
        "York, NY, USA, 10 pages. https://doi.org/10.1145/3301234.3305678"
    ).to_csl()
    assert "volume" not in ref


def test_acm_journal_volume_issue_article() -> None:
    ref = parse_reference(
        "Ana Berg and Ola Brekke. 2019. Winter roosts of the bearded tit. Fen Trans. Wetl. "
        "Syst. 12, 3, Article 45 (May 2019), 23 pages. https://doi.org/10.1145/3301234"
    ).to_csl()
    assert (ref.get("volume"), ref.get("issue"), ref.get("page")) == ("12", "3", None)
    csl = _csl(
        "ACM Reference Format:",
        "Ana Berg and Ola Brekke. 2019. Winter roosts of the bearded tit in coastal reed beds. "
        "Fen Trans. Wetl. Syst. 12, 3, Article 45 (May 2019), 23 pages. "
        "https://doi.org/10.1145/3301234",
    )
    assert (csl.get("volume"), csl.get("issue"), csl.get("number")) == ("12", "3", "45")
    assert csl.get("number-of-pages") == "23"


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("Fen Letters 12, 3, Article 45", "12", "3"),
        ("Fen Letters 12, 3, 45 pages", "12", "3"),
        # near miss: a number after the volume with nothing labelled after it is a page
        ("Vol. 12, 3", "12", None),
    ],
)
def test_number_between_volume_and_a_labelled_part(
    text: str, volume: str, issue: str | None
) -> None:
    loc = next(iter(find_locators(text))).value
    assert (loc.volume, loc.issue) == (volume, issue)


@pytest.mark.parametrize(
    ("line", "container"),
    [
        ("In: Actas del XII Congreso de Humedales, Valencia, 2019, pp. 45-67",
         "Actas del XII Congreso de Humedales"),
        ("Dans : Actes du 12e colloque des zones humides, Lyon, 2019, p. 45-67",
         "Actes du 12e colloque des zones humides"),
        # a dotted ordinal numbers the event: no volume, no sentence's end
        ("In: Tagungsband der 12. Fachtagung Feuchtgebiete, S. 45-67",
         "Tagungsband der 12. Fachtagung Feuchtgebiete"),
        # near misses: no event named, or no place after the comma
        ("Annals of Marsh Studies, Oslo, 12(3), 45-67", "Annals of Marsh Studies"),
        ("In: Proceedings of the Fen Society, Biological Sciences, 12(3), 45-67",
         "Proceedings of the Fen Society, Biological Sciences"),
    ],
)  # fmt: skip
def test_proceedings_name_without_the_event_place(line: str, container: str) -> None:
    csl = _csl(line)
    assert csl.get("container-title") == container
    assert csl.get("page") == "45-67"


def test_ordinal_in_a_spanish_proceedings_name_is_no_issue() -> None:
    csl = _csl("In: Actas del XII Congreso de Humedales, Valencia, 2019, pp. 45-67")
    assert csl.get("issue") is None
    # near miss: a part printed with its word before the pages stays the issue
    assert _csl("Fen Letters, Vol. 12, Pt 3, pp. 45-67").get("issue") == "Pt 3"


BOOK = "Reed beds of the north\n\nAna Berg\n\nFen Press, 2019\n\nISBN 978-3-16-148410-0"


@pytest.mark.parametrize(
    ("line", "series", "number"),
    [
        ("Series: Wetland Studies (Book 12)", "Wetland Studies", "12"),
        ("Part of the book series: Marsh Notes in Computing ((MNC,volume 129))",
         "Marsh Notes in Computing", "129"),
        ("Part of the book series: Wetland Studies (WS)", "Wetland Studies", None),
        # near miss: a bracket that spells no initials of the name stays
        ("Series: Fen Studies (Oslo)", "Fen Studies (Oslo)", None),
    ],
)  # fmt: skip
def test_series_numbering_in_brackets(line: str, series: str, number: str | None) -> None:
    csl = _csl(line, head=BOOK)
    assert csl.get("collection-title") == series
    assert csl.get("collection-number") == number


def test_papers_series_numbered_alone() -> None:
    csl = _csl(
        "Suggested Citation: Berg, Ana (2014): Winter roosts of the bearded tit in coastal reed "
        "beds, Marsh Papers, No. 187, Fen Institute for Wetlands, Oslo",
        head=f"{TITLE}\n\nAna Berg",
    )
    assert (csl.get("collection-title"), csl.get("number"), csl.get("issue")) == (
        "Marsh Papers", "187", None,
    )  # fmt: skip
    # near miss: a journal named so, with a volume and pages, stays a journal
    journal = _csl("Marsh Economic Papers 66(2), 345-367")
    assert journal.get("container-title") == "Marsh Economic Papers"
    assert journal.get("volume") == "66"


@pytest.mark.parametrize(
    "text",
    [
        "Volume 12, Issue 3 - Serial Number 45, Autumn 2019, Pages 45-67",
        "دوره 12، شماره 3 - شماره پیاپی 45، پاییز 1398، صفحه 45-67",
    ],
)
def test_a_serial_number_is_read_past(text: str) -> None:
    locs = [m.value for m in find_locators(text)]
    assert len(locs) == 1
    assert (locs[0].volume, locs[0].issue, str(locs[0].pages)) == ("12", "3", "45-67")


def test_no_serial_number_without_its_word() -> None:
    # near miss: a bare number after the issue and a dash is no serial number's
    locs = [m.value for m in find_locators("Volume 12, Issue 3 - 45, Autumn 2019")]
    assert all(loc.issue != "45" for loc in locs)


FA_BODY = (
    "چکیده\n\nاین پژوهش به بررسی زمستان‌گذرانی پرندگان در نیزارهای ساحلی می‌پردازد و نتایج "
    "پنج سال شمارش را گزارش می‌کند.\n"
)
FA_TITLE = "زمستان‌گذرانی چرخ‌ریسک در نیزارهای ساحلی"


@pytest.mark.parametrize(
    ("masthead", "line"),
    [
        ("فصلنامه پژوهش‌های تالاب",
         "مقاله 5، دوره 12، شماره 3 - شماره پیاپی 45، پاییز 1398، صفحه 45-67"),
        ("مجلة دراسات الأهوار", "المجلد 12، العدد 3، ص 45-67"),
    ],
)  # fmt: skip
def test_a_masthead_in_a_script_without_capitals(masthead: str, line: str) -> None:
    text = f"{masthead}\n\n{FA_TITLE}\n\n{line}\n\nعلی رضایی 1؛ مریم احمدی 2\n\n{FA_BODY}"
    csl = parse_record(text).to_csl()
    assert csl.get("container-title") == masthead
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-67")


def test_the_title_over_its_locator_is_no_journal() -> None:
    # near miss of the line above a locator: the work's own title names no journal
    text = f"{FA_TITLE}\n\nدوره 12، شماره 3، صفحه 45-67\n\nعلی رضایی 1؛ مریم احمدی 2\n\n{FA_BODY}"
    csl = parse_record(text).to_csl()
    assert csl.get("container-title") != FA_TITLE
