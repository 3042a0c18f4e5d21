"""Locators printed in shapes the page reader missed (locator18): Hungarian's number-first
order (``12. évf. 3. sz. 45–67. o.``: ``hu.toml`` ``[locator]``), Ukrainian's volume, issue
and page words (``uk.toml``), the abbreviation ``Iss`` without its stop (``Vol 12, Iss 3, Pp
45-67``), and an issue label whose value is the issue's number and its date (``Issue: 3 ,
March 2021 )``, a publisher's ``Published in`` statement cut into labels). Invented pages;
the negative cases must give no locator."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.locators import find_locators

ABSTRACT = (
    "Abstract\nWe studied the reed beds of three coastal marshes over ten years and found "
    "that grazing shaped their growth more than the tides did, which we discuss at length.\n"
)


def _csl(line: str) -> dict[str, object]:
    text = f"Grazing and Reed Growth in Coastal Marshes\nAna Lindqvist, Tomas Berg\n{line}\n"
    return parse_record(text + ABSTRACT).to_csl()


def _loc(csl: dict[str, object]) -> tuple[object, object, object]:
    return csl.get("volume"), csl.get("issue"), csl.get("page")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Mocsári Szemle, 12. évf. 3. sz. (2021), 45–67. o.", ("12", "3", "45-67")),
        ("Mocsári Szemle, 2021. 12. évf. 3. sz. 45–67. o.", ("12", "3", "45-67")),
        # the range after an issue read number first, with no page word: pages, no issue
        ("Mocsári Szemle, 2021, 68. évf. 3. sz. 301-320.", ("68", "3", "301-320")),
        ("Вісник боліт, 2021, т. 12, № 3, с. 45–67", ("12", "3", "45-67")),
        ("Vol 12, Iss 3, Pp 45-67 (2021)", ("12", "3", "45-67")),
        (
            "Published in: Marsh Letters ( Volume: 12 , Issue: 3 , March 2021 )\nPage(s): 45 - 67",
            ("12", "3", "45-67"),
        ),
        ("Volume: 12\nIssue: 3 (2021)", ("12", "3", None)),
    ],
)
def test_locator_shapes(line: str, want: tuple[object, object, object]) -> None:
    assert _loc(_csl(line)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("12. évf. 1-2. sz.", ("12", "1-2", "None")),  # a double issue before its word
        ("Jg. 12. H. 3. S. 45-67", ("12", "3", "45-67")),  # German order kept
        ("Jg. 12. H. 3-4. S. 45-67", ("12", "3-4", "45-67")),
        ("Вестник. 2020. № 3. С. 45–67.", (None, "3", "45-67")),  # a year is no ordinal
        ("45-67 pp.", (None, None, "45-67")),  # a range before its pages word
        ("12 pp.", (None, None, "12 pp.")),  # a count stays a count
    ],
)
def test_number_first_grammar(text: str, want: tuple[object, object, object]) -> None:
    m = next(iter(find_locators(text)))
    assert (m.value.volume, m.value.issue, str(m.value.pages)) == want


@pytest.mark.parametrize(
    "line",
    [
        "Issue: 12 ways to keep a marsh wet",  # a heading, not a number and a date
        "Issue: 3 ways to drain a marsh in 2021",  # words after the number, no date
        "Mocsári Szemle 2021. 12. ülés",  # an ordinal before a word that is none of ours
        "Évfolyam: 9.\nSzám: 3 fő",  # a school's grade and a count of people
        # another work cited in a sentence that goes on after its locator
        "Nagy Eszter könyvtáros, a városi könyvtár igazgatója. Legutóbbi cikke a Könyvtári "
        "Figyelő 2022. 68. évf. 3. sz. 301-320. oldalán jelent meg a tavalyi év végén.",
        "Iss Lindqvist and the marsh, 2021",  # a name, not a word before a number
    ],
)
def test_no_locator(line: str) -> None:
    assert _loc(_csl(line)) == (None, None, None)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # Persian page words and digits; CJK full-width punctuation and digits (values in
        # ASCII digits: comet.locators._tokens.ascii_digits)
        ("مجله تالاب، جلد ۱۲، شماره ۳، ۱۴۰۰، صص ۴۵-۶۷", ("12", "3", "45-67")),
        ("مجله تالاب، دوره ۱۲، شماره ۳، پاییز ۱۴۰۰، صفحه ۴۵-۶۷", ("12", "3", "45-67")),
        ("湿地研究，2021，１２（３）：４５－６７", ("12", "3", "45-67")),
        # an issue numbered within its year with a slash, after a volume or year first
        ("Zeitschrift für Moorkunde, 12. Jahrgang, Heft 3/2021, S. 45–67", ("12", "3", "45-67")),
        ("Revue des marais 2021/3, pp. 45-67", (None, "3", "45-67")),
    ],
)
def test_more_locator_shapes(line: str, want: tuple[object, object, object]) -> None:
    assert _loc(_csl(line)) == want


@pytest.mark.parametrize(
    "line",
    [
        "Téléphone : 010－12345678",  # a phone number with a full-width hyphen
        "Décret 2021/3 du conseil, article 4",  # a decree's number, no journal, no pages
        "电话：０１０－１２３４５６７８",  # a phone number in full-width digits
    ],
)
def test_no_locator_more(line: str) -> None:
    assert _loc(_csl(line)) == (None, None, None)


def _report(line: str) -> object:
    text = f"Grazing and Reed Growth in Coastal Marshes\n{line}\nAna Lindqvist\nMarch 2021\n"
    return parse_record(text + ABSTRACT).to_csl().get("number")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Discussion Paper Series, No. 2021-07", "2021-07"),  # a series word after the genre
        ("Working Paper Series 2021-07", "2021-07"),
        ("Rapport 2021:7", "2021:7"),  # a Nordic year-colon number
        ("Препринт № 2021-07", "2021-07"),  # ru.toml [references].report
        ("Műhelytanulmány 2013/1", "2013/1"),  # hu.toml
        ("Научный доклад № 7", "7"),  # ru.toml: a genre of two words
        ("Documento de trabalho n.º 12", "12"),  # pt.toml
        ("ECB Working Paper Series No 2567 / June 2021", "2567"),  # its date after a slash
        ("Notes de recherche n° 7", "7"),
    ],
)
def test_report_numbers(line: str, want: str) -> None:
    assert _report(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "Working Paper Series on Wetlands, 2021",  # words after the series: no number
        "Report 10:30 in the main hall",  # a time, not a year-colon number
        "Report on the marsh of 2021:7 sites",  # a sentence
        "Working Paper Series / June 2021",  # a date, no number
    ],
)
def test_no_report_number(line: str) -> None:
    assert _report(line) is None


def _book(rows: list[str]) -> dict[str, object]:
    text = "The Salt Marshes of the North\nTomas Berg\n" + "\n".join(rows) + "\nAdd to cart\n"
    return parse_record(text).to_csl()


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (["Seitenzahl 345"], "345"),  # a page-count label without a colon
        (["Sayfa Sayısı\t345"], "345"),
        (["Number of pages 345 pages"], "345"),
        (["Объем: 345"], "345"),  # a physical description's bare count, no volume
        (["Terjedelem 345"], "345"),
        (["Mô tả vật lý: 240 tr. : minh họa ; 21 cm"], "240"),  # vi.toml extent units
    ],
)
def test_page_counts(rows: list[str], want: str) -> None:
    csl = _book(rows)
    assert csl.get("number-of-pages") == want
    assert csl.get("volume") is None


@pytest.mark.parametrize(
    "rows",
    [
        ["Seitenzahl 345 und viele farbige Abbildungen im Anhang"],  # a sentence
        ["Объем: 2019"],  # a year, no count
        ["Pages 12 to 14 of the catalogue"],  # running text
    ],
)
def test_no_page_count(rows: list[str]) -> None:
    csl = _book(rows)
    assert csl.get("number-of-pages") is None
    assert csl.get("volume") is None


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (["Number of Pages: XII, 345"], "345"),  # roman preliminaries, no unit
        (["Anzahl der Seiten XII, 345"], "345"),
    ],
)
def test_page_counts_with_preliminaries(rows: list[str], want: str) -> None:
    assert _book(rows).get("number-of-pages") == want


def _record(lines: list[str]) -> dict[str, object]:
    return parse_record("\n".join(lines) + "\n").to_csl()


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (  # ISBD's series area after the extent
            "Berg, T. The salt marshes of the north / T. Berg. - 2nd ed. - Oslo : Myr, 2019. "
            "- 345 p. : ill. - (Nordic wetland studies ; 12). - ISBN 978-0-00-000000-0",
            ("345", "12", "2nd ed"),
        ),
        (  # AACR2's two hyphens between the areas
            "The salt marshes of the north / Tomas Berg. -- 2nd ed. -- Oslo : Myrforlaget, "
            "2019. -- xii, 345 p. : ill. ; 24 cm. -- (Nordic wetland studies ; v. 12)",
            ("345", "12", "2nd ed"),
        ),
        (  # an edition word written after the number ([words].edition_after_number)
            "Болота / Т. Берг. - 2-е изд. - Москва : Болото, 2019. - 345 с. : ил. - "
            "(Болотные исследования ; вып. 12). - ISBN 978-5-00-000000-0",
            ("345", "12", "2-е изд"),
        ),
    ],
)
def test_isbd_series_area(line: str, want: tuple[str, str, str]) -> None:
    csl = _record(["Berg, Tomas", line])
    assert (csl.get("number-of-pages"), csl.get("collection-number"), csl.get("edition")) == want


def test_isbd_line_without_series_area() -> None:
    # a bracketed note that is no series statement (a year) gives no series number
    csl = _record(
        ["Berg, Tomas", "The salt marshes / Tomas Berg. - Oslo : Myr, 2019. - 345 p. - (2019)"]
    )
    assert csl.get("collection-number") is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Schriften zum Moorrecht (Bd. 123)", ("Schriften zum Moorrecht", "123")),
        (
            "Lecture Notes in Marsh Science (LNMS, volume 123)",
            ("Lecture Notes in Marsh Science", "123"),
        ),
        ("Études des marais, n° 123", ("Études des marais", "123")),
        ("(Marsh studies ; 12)", ("Marsh studies", "12")),  # ISBD's brackets round it
        ("Études des marais (2019)", ("Études des marais (2019)", None)),  # a year, no number
        ("Marsh Studies (Special Edition)", ("Marsh Studies (Special Edition)", None)),
    ],
)
def test_series_numbering(value: str, want: tuple[str, object]) -> None:
    from comet.locales import resolve
    from comet.page.series import series_parts
    from comet.page.venue import _locator_vocab_folded

    assert series_parts(value, _locator_vocab_folded(resolve(None))) == want


def _issue_page(block: str, doi: bool = True) -> dict[str, object]:
    text = f"Grazing and Reed Growth in Coastal Marshes\nAna Lindqvist, Tomas Berg\n{block}\n"
    text += "DOI: 10.1234/marsh.2021.45\n" if doi else ""
    return parse_record(text + ABSTRACT).to_csl()


@pytest.mark.parametrize(
    "block",
    [
        "No 45 (2021): Marshes and meadows",  # a journal numbered by issue alone, its theme
        "Вип. 45 (2021)",
        "№ 45 (2021)",
        "Issue\nNo. 45 (2021)",  # under the issue label, on the next line
    ],
)
def test_issue_and_year_line(block: str) -> None:
    csl = _issue_page(block)
    assert (csl.get("volume"), csl.get("issue")) == (None, "45")


@pytest.mark.parametrize(
    ("block", "doi"),
    [
        ("No. 45 (2021)\nNo. 44 (2020)", True),  # an archive's list of issues
        ("Current issue\nNo. 46 (2022)", True),  # the journal's newest, not the page's
        ("No. 45 (2021)", False),  # no ISSN, no DOI: no journal's page shown
        ("Page 3 (2021)", True),  # a page, no issue
    ],
)
def test_no_issue_and_year_line(block: str, doi: bool) -> None:
    assert _issue_page(block, doi).get("issue") is None


@pytest.mark.parametrize(
    ("block", "want"),
    [
        ("Болотный вестник. 2021. №3.", (None, "3", None)),  # GOST's short form, no pages
        ("Marsh Journal. 2021. No. 3.", (None, "3", None)),
        ("Revue des marais, 45 | 2021", (None, "45", None)),  # an issue, a bar, the year
        ("Revue des marais, 45 | 2021, 45-67.", (None, "45", "45-67")),
    ],
)
def test_issue_without_volume(block: str, want: tuple[object, object, object]) -> None:
    assert _loc(_issue_page(block)) == want


@pytest.mark.parametrize(
    "block",
    [
        "Приказ. 2021. № 3.",  # an order's number: no journal word, no ISSN
        "Смирнов Б. К. Кулики // Орнитология. 2015. № 3.",  # a cited work
        "Comments, 12 | 2021",  # an interface word before the bar
        "Downloads, 120 | 2021",
    ],
)
def test_no_issue_without_volume(block: str) -> None:
    assert _issue_page(block).get("issue") is None


def test_cjk_series_number_in_a_catalogue_row() -> None:
    csl = _record(
        ["湿地研究", "版次: 2版", "载体形态项: 345页 ; 24cm", "丛书名: 湿地研究丛书 ; 第12辑"]
    )
    assert (csl.get("edition"), csl.get("number-of-pages"), csl.get("collection-number")) == (
        "2版",
        "345",
        "12",
    )


def test_cjk_series_number_without_a_counter_word() -> None:
    from comet.locales import resolve
    from comet.page.series import drop_locator_word
    from comet.page.venue import _locator_vocab_folded

    words = _locator_vocab_folded(resolve(None))
    assert drop_locator_word("第12辑", words) == "12"
    assert drop_locator_word("12巻", words) == "12"
    assert drop_locator_word("12 ways", words) == "12 ways"  # no counter word


@pytest.mark.parametrize(
    "text",
    [
        # a news item whose title holds a common word for a report: no report's page
        "Новости\nОтчёт главы района за 2023 год\n15 февраля 2024\nГлава района рассказал "
        "депутатам о работе администрации за прошедший год и о планах на следующий.\n",
        "Новини\nЗвіт міського голови за 2023 рік\n15 лютого 2024\nМіський голова розповів "
        "депутатам про роботу міської ради за минулий рік.\n",
        "뉴스\n시, 교통 보고서 발표\n2024.07.02\n시는 올해 교통 현황을 담은 자료를 시민에게 공개했다고 밝혔다.\n",
    ],
)
def test_news_is_no_report(text: str) -> None:
    assert parse_record(text).to_csl().get("type") != "report"


@pytest.mark.parametrize(
    "text",
    [
        # a magazine's post, then its shop's back issue under the prose
        "Reed Cutting Season Opens\nPosted 4 June 2024\nThe reed cutters of the northern marsh "
        "started work this week, and the harvest looks better than in any year since the "
        "flood.\nAlso in the shop\nNo. 12 (2023)\nHarbour Magazine, ISSN 1234-5679\n",
        # a town paper's ISSN, then an order's number in GOST's shape without a journal word
        "Городские вести\nISSN 1234-5679\nСубботник в парке\n12 марта 2024\nЖители города "
        "вышли на субботник в парке и убрали все аллеи до обеда.\nПриказ директора. 2024. № 3.\n",
    ],
)
def test_no_issue_from_a_periodical_site(text: str) -> None:
    assert parse_record(text).to_csl().get("issue") is None
