"""Review of session 26's rules: invented pages that broke them, and near misses."""

from __future__ import annotations

import pytest

from comet import parse_record


def _csl(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


_NEWS_EN = (
    "New pottery workshop for children\n"
    "{line}\n"
    "Published 4 May 2022\n"
    "On Saturday mornings, the children of the district learn to shape bowls and cups "
    "from river clay.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        # a part-of phrase beside a dates line is a sentence, no flattened table's row
        "Part of the Riverside Garden Network",
        "Appears in the Brookfield Parish Newsletter archive",
        "Parte de la Red de Huertos Escolares",
        "Faz parte da Rede de Hortas Escolares",
        # a label's journal word that opens the name leaves no 'of Clay Studies'
        "Published in the Journal of Clay Studies",
        # a part-of label's value that names a series or a collection
        "Part of: Autumn Collection",
        "Forma parte de: Colección de Otoño",
    ],
)
def test_a_part_of_line_names_no_container(line: str) -> None:
    container = _csl(_NEWS_EN.format(line=line)).get("container-title")
    assert container is None or not str(container)[:1].islower()
    assert container not in ("Autumn Collection", "Colección de Otoño")


@pytest.mark.parametrize(
    ("line", "container"),
    [
        # near misses: a capitalised name after the label is still read
        ("Published in: Clay Studies Quarterly", "Clay Studies Quarterly"),
        ("Is Part Of: Journal of Clay Studies", "Journal of Clay Studies"),
        ("Published in Clay Studies", "Clay Studies"),
    ],
)
def test_a_container_label_before_a_name_still_reads(line: str, container: str) -> None:
    assert _csl(_NEWS_EN.format(line=line)).get("container-title") == container


_REPORT_COVER = """{head}
Silt Traps and Eel Passages in Tidal Creeks
Thomas Brannock, Maria Hale
Saltmouth 2022
Abstract: We counted eels passing four silt traps over two springs and found that the traps \
with a side channel let twice as many through as the others.
Keywords: eels; silt; creeks
Introduction
The creeks have been trapped for silt since the harbour was dredged.
"""


def test_a_report_cover_line_read_as_container_makes_no_article() -> None:
    # the byline's names read, the cover's line naming the report is no journal
    text = _REPORT_COVER.format(head="SALTMOUTH INSTITUTE FOR CREEK STUDIES REPORT")
    assert parse_record(text).csl_type == "report"


def test_a_journal_container_with_an_abstract_stays_an_article() -> None:
    # near miss: a journal's name (no report word) over the same abstract
    text = _REPORT_COVER.format(head="Journal of Creek Ecology").replace(
        "Saltmouth 2022", "Journal of Creek Ecology 14(2): 33-41, 2022"
    )
    assert parse_record(text).csl_type == "article-journal"


@pytest.mark.parametrize(
    "locator",
    [
        # a month with its unit mark inside a locator that also names its words with marks
        "河川論集 第12巻 第3号 2031年3月 pp.45-67",
        "河川論集 12巻3号 (2031年3月) 45-67頁",
        "河川论丛 2031年3月 第12卷 第3期 45-67页",
    ],
)
def test_a_marked_month_in_a_cjk_locator_is_no_page(locator: str) -> None:
    csl = _csl(f"河川の土砂に関する研究\n山田 太郎\n{locator}\n")
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "3", "45-67")
    assert csl.get("issued") == {"date-parts": [[2031, 3]]}


def test_a_year_numbered_issue_keeps_its_year() -> None:
    # near miss: the year character before an issue, no month ('2031年第10期')
    csl = _csl("河川の土砂に関する研究\n山田 太郎\n河川论丛 2031年第10期 33-41页\n")
    assert (csl.get("issue"), csl.get("page")) == ("10", "33-41")
    assert csl.get("issued") == {"date-parts": [[2031]]}


@pytest.mark.parametrize("line", ["Novi Sad", "Veracruz Port"])
def test_a_city_under_a_title_is_no_byline(line: str) -> None:
    # a city of the lexicon whose first word is a known given name (Novi)
    text = (
        "Cold nights and promoter binding in barley\n"
        f"{line}\n"
        "Published 3 March 2021\n"
        "The enzyme binds the promoter only in cold nights, which explains the seasonal "
        "pattern we saw in the field plots.\n"
    )
    assert not _csl(text).get("author")


def test_a_person_named_like_no_city_stays_a_byline() -> None:
    # near miss: a known given name and a family name that make no city
    text = (
        "Cold nights and promoter binding in barley\n"
        "Novi Halvorsen\n"
        "Published 3 March 2021\n"
        "The enzyme binds the promoter only in cold nights, which explains the seasonal "
        "pattern we saw in the field plots.\n"
    )
    assert _csl(text).get("author") == [{"family": "Halvorsen", "given": "Novi"}]


_SHOP = """Beginning Pottery at Home
Tamsin Orrell
Publisher: Larkspur Books, 2019
ISBN: 978-1-00-000000-0
Format: {fmt}
"""


@pytest.mark.parametrize("fmt", ["Vinyl-bound notebook", "DVD-ROM drive"])
def test_a_format_naming_a_carrier_in_part_types_no_recording(fmt: str) -> None:
    assert _csl(_SHOP.format(fmt=fmt))["type"] not in ("song", "motion_picture")


@pytest.mark.parametrize(("fmt", "csl_type"), [("Vinyl", "song"), ("DVD", "motion_picture")])
def test_a_format_naming_a_carrier_whole_still_types_it(fmt: str, csl_type: str) -> None:
    assert _csl(_SHOP.format(fmt=fmt))["type"] == csl_type


@pytest.mark.parametrize(
    "sentence",
    [
        "The Annual Meeting of the Parish Council will take place on 3-5 July 2031 in the hall.",
        "Das Sommerfest des Heimatvereins findet vom 3. bis 5. Juli 2031 statt.",
    ],
)
def test_a_news_storys_held_sentence_gives_no_event(sentence: str) -> None:
    # a news story tells another's event: its subject is not the page's heading
    page = (
        "Village hall reopens after flood repairs\n"
        "By Clara Feld\n"
        "June 14, 2031\n"
        f"{sentence}\n"
        "Volunteers repainted the walls and replaced the floor.\n"
    )
    ev = parse_record(page).event
    assert ev is None or ev.start is None


def test_a_held_sentence_naming_the_heading_gives_the_dates() -> None:
    # near miss: the sentence's subject names the event the page is headed by
    page = (
        "Ashby Clay Days 2031\n"
        "Ashby Clay Days will take place on 3-5 July 2031, online.\n"
        "Potters from the whole valley show their work.\n"
    )
    ev = parse_record(page).event
    assert ev is not None and ev.start is not None
    assert (ev.start.year, ev.start.month, ev.start.day) == (2031, 7, 3)
