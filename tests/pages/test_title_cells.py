"""The title cell of a line joined from a table row (:mod:`comet.page.title_cells`): the
row's one long cell beside a menu's entry, a label and its count, a dateline; a cell of
names or a row of two long cells gives none. Invented pages in several languages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.page.evidence import _Page
from comet.page.layout import read_layout
from comet.page.title_cells import title_cell

BODY = {
    "ru": "Аннотация: Получена оценка числа тростников на северных болотах по ночам и днём.\n",
    "en": "The reeds of the northern fens bend in the wind because their stems are hollow.\n",
    "de": "Die Schilfhalme der nördlichen Marschen biegen sich im Wind, weil sie hohl sind.\n",
    "fr": "Les roseaux des marais du nord plient au vent parce que leurs tiges sont creuses.\n",
}


def _page(text: str) -> _Page:
    rules = _loc.resolve(None)
    return _Page(text, text, lambda a, b: (a, b), read_layout(text, rules), rules, None)


def test_the_middle_cell_between_a_menu_entry_and_a_count_is_the_title_ru() -> None:
    page = (
        "ЖУРНАЛЫ ПЕРСОНАЛИИ ОРГАНИЗАЦИИ\n\n"
        "\tОбщая информация\tБолот. вестн., 2019, том 4, выпуск 2, страницы 5–9\n"
        "\tАрхив\tОценка числа тростников на северных болотах и её применение\t"
        "Полный текст:\t41\n"
        "\tПравила для авторов\t\tЛитература:\t12\n\n" + BODY["ru"] + "\n"
        "Образец цитирования: И. Моева, “Оценка числа тростников на северных болотах и её "
        "применение”, Болот. вестн., 4:2 (2019), 5–9\n"
    )
    assert parse_record(page).title == (
        "Оценка числа тростников на северных болотах и её применение"
    )


def test_the_first_cell_before_a_dateline_cell_is_the_title_en() -> None:
    page = (
        "Hollow Stems of the Fens\t\tOn Newsstands May 3\nIda Moe and Orla Vance\n" + BODY["en"] * 3
    )
    assert parse_record(page).title == "Hollow Stems of the Fens"


def test_a_long_title_cell_between_menu_entries_de() -> None:
    page = (
        "Marschblätter\n\n"
        "Titel und Autor suchen\tWarum sich die Schilfhalme der nördlichen Marschen im "
        "Wind biegen: Messungen aus drei Sommern\tAnkündigungen\n\n" + BODY["de"] + "\n"
        "Zitiervorschlag: Moe, I.: Warum sich die Schilfhalme der nördlichen Marschen im Wind "
        "biegen: Messungen aus drei Sommern, Marschblätter, 4, 11-19, 2020.\n"
    )
    assert parse_record(page).to_csl().get("title") == (
        "Warum sich die Schilfhalme der nördlichen Marschen im Wind biegen: Messungen aus "
        "drei Sommern"
    )


def test_a_row_whose_long_cell_is_names_gives_no_title_cell_fr() -> None:
    page = _page("Rubrique\tA. Dupuis, B. Marchal\n" + BODY["fr"])
    assert title_cell(page.layout.lines[0], page) is None


def test_a_row_of_cells_of_a_title_and_a_section_fr() -> None:
    page = _page("Essais\tPourquoi les roseaux des marais du nord plient\n" + BODY["fr"])
    line = page.layout.lines[0]
    span = title_cell(line, page)
    assert span is not None
    assert line.text[span[0] : span[1]] == "Pourquoi les roseaux des marais du nord plient"


def test_a_breadcrumbs_step_mark_is_no_part_of_the_cell_es() -> None:
    page = _page("> Por qué se doblan los juncos del norte\tsu selección\n")
    line = page.layout.lines[0]
    span = title_cell(line, page)
    assert span is not None
    assert line.text[span[0] : span[1]] == "Por qué se doblan los juncos del norte"


def test_two_long_cells_or_one_cell_give_no_title_cell() -> None:
    for text in (
        "Essays on the reeds of the north\tWhy the reeds of the northern fens bend\n",
        "Why the reeds of the northern fens bend\n",
        "Essais\tdes roseaux\n",
    ):
        page = _page(text)
        assert title_cell(page.layout.lines[0], page) is None


_CELLS = st.lists(
    st.text(alphabet=st.sampled_from("ab Éé.:>»1\t-,"), max_size=20), min_size=1, max_size=5
)


@given(_CELLS.map("\t".join), st.text(max_size=40))
def test_any_row_gives_a_cell_of_its_line_or_none(row: str, more: str) -> None:
    page = _page(f"{row}\n{more}")
    for line in page.layout.lines:
        span = title_cell(line, page)
        if span is not None:
            cell = line.text[span[0] : span[1]]
            assert cell.strip() == cell and "\t" not in cell and cell
