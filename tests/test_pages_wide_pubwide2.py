"""Journal article pages of publishers large and small (issue 13, the fresh "pubwide2" set):
shapes that recur across sites. Every page, name, title and number here was written for these
tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_keywords, parse_record
from comet.keywords import find_keyword_blocks

# --- Russian article pages: labels and the page's language ---------------------------------

_RU_PAGE = (
    "Научная статья\n"
    "{title}\n"
    "Ирина Петровна Соколова\n"
    "Аннотация\n"
    "В статье рассматривается развитие сельских библиотек в северных районах страны в "
    "последние десятилетия. Автор анализирует данные отчётов и показывает, что число "
    "читателей не уменьшилось, а изменились их запросы и формы работы с книгой.\n"
    "Ключевые слова\n"
    "{keywords}\n"
)


@pytest.mark.parametrize(
    ("keywords", "want"),
    [
        ("библиотека; чтение; северные районы", ["библиотека", "чтение", "северные районы"]),
        ("БИБЛИОТЕКА / ЧТЕНИЕ / СЕВЕР", ["БИБЛИОТЕКА", "ЧТЕНИЕ", "СЕВЕР"]),
    ],
)
def test_russian_article_labels(keywords: str, want: list[str]) -> None:
    title = "Сельские библиотеки северных районов в конце века"
    csl = parse_record(_RU_PAGE.format(title=title, keywords=keywords)).to_csl()
    assert csl["title"] == title
    assert csl.get("language") == "ru"
    assert csl.get("keyword", "").split(", ") == want


# --- keyword lists separated by a spaced slash or dash -----------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("soil / water / land use", ["soil", "water", "land use"]),
        ("Moorland – Peat – Grazing history", ["Moorland", "Peat", "Grazing history"]),
        ("input/output; signal-to-noise ratio", ["input/output", "signal-to-noise ratio"]),
        ("COVID-19 — remote teaching", ["COVID-19", "remote teaching"]),
    ],
)
def test_spaced_slash_and_dash_separate_keywords(line: str, want: list[str]) -> None:
    blocks = list(find_keyword_blocks(f"Keywords\n{line}\n\nIntroduction\n"))
    assert [k.text for k in blocks[0].value.keywords] == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("rivers; memory; 1870 – 1914", ["rivers", "memory", "1870 – 1914"]),
        (
            "harbour towns, trade / customs, 1650 – 1700",
            ["harbour towns", "trade / customs", "1650 – 1700"],
        ),
        ("Baltic trade – 1620 – 1680", ["Baltic trade", "1620 – 1680"]),
    ],
)
def test_a_spaced_dash_or_slash_in_a_separated_list_or_a_range_stays_inside(
    line: str, want: list[str]
) -> None:
    blocks = list(find_keyword_blocks(f"Keywords: {line}\n"))
    assert [k.text for k in blocks[0].value.keywords] == want


def test_unspaced_slash_and_hyphen_stay_inside_a_keyword() -> None:
    blocks = list(find_keyword_blocks("Keywords: client/server, e-learning, long-term care\n"))
    assert [k.text for k in blocks[0].value.keywords] == [
        "client/server",
        "e-learning",
        "long-term care",
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text("abcdefgh", min_size=4, max_size=8), min_size=2, max_size=5, unique=True))
def test_spaced_slash_list_round_trip(words: list[str]) -> None:
    blocks = list(find_keyword_blocks("Keywords\n" + " / ".join(words) + "\n"))
    assert [k.text for k in blocks[0].value.keywords] == words


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_keyword_parser_never_crashes(text: str) -> None:
    parse_keywords(text, strict=False)


# --- Turkish, Indonesian and Polish article pages: labels and the work's language ----------

_LABELLED_PAGE = "{title}\n{author}\n{abstract_label}\n{abstract}\n{kw_label}: {keywords}\n"


@pytest.mark.parametrize(
    ("lang", "title", "author", "abstract_label", "abstract", "kw_label", "keywords"),
    [
        (
            "tr",
            "Kıyı kasabalarında balıkçılık kooperatiflerinin gelişimi",
            "Ayşe Demirtaş",
            "Öz",
            "Bu çalışmada kıyı kasabalarındaki balıkçılık kooperatiflerinin gelişimi ele "
            "alınmaktadır. Araştırma için üç kasabada görüşmeler yapılmış ve kooperatiflerin "
            "üyeleri ile yöneticileri arasındaki ilişkiler incelenmiştir.",
            "Anahtar Kelimeler",
            "balıkçılık, kooperatif, kıyı kasabası",
        ),
        (
            "id",
            "Pengaruh kebun sekolah terhadap minat belajar siswa",
            "Rina Kartikasari",
            "Abstrak",
            "Penelitian ini bertujuan untuk mengetahui pengaruh kebun sekolah terhadap minat "
            "belajar siswa kelas lima. Data dikumpulkan dengan angket dan pengamatan yang "
            "dilakukan pada dua sekolah dasar di kabupaten yang sama.",
            "Kata kunci",
            "kebun sekolah, minat belajar, sekolah dasar",
        ),
        (
            "pl",
            "Spółdzielnie mleczarskie na wsi w okresie międzywojennym",
            "Tomasz Wierzbicki",
            "Streszczenie",
            "Artykuł przedstawia rozwój spółdzielni mleczarskich na wsi w okresie "
            "międzywojennym. Autor omawia ich organizację oraz znaczenie dla gospodarstw, "
            "które nie miały wcześniej dostępu do rynku.",
            "Słowa kluczowe",
            "spółdzielczość, mleczarstwo, wieś",
        ),
    ],
)
def test_new_locale_labels_and_language(
    lang: str,
    title: str,
    author: str,
    abstract_label: str,
    abstract: str,
    kw_label: str,
    keywords: str,
) -> None:
    page = _LABELLED_PAGE.format(
        title=title,
        author=author,
        abstract_label=abstract_label,
        abstract=abstract,
        kw_label=kw_label,
        keywords=keywords,
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == title
    assert csl.get("language") == lang
    assert csl.get("keyword") == keywords


def test_english_prose_stays_english_beside_new_locales() -> None:
    page = (
        "Village seed banks and household resilience\n"
        "Harriet Okonkwo\n"
        "Abstract\n"
        "This paper studies village seed banks as a source of household resilience among "
        "smallholders, and it draws on a survey of two hundred rural households in the dry "
        "season. The households that keep seed in a shared store lose fewer crops when the "
        "rains come late.\n"
    )
    assert parse_record(page).to_csl().get("language") == "en"


@pytest.mark.parametrize(
    ("a", "b"),
    [("SAYI", "Sayı"), ("ANAHTAR KELİMELER", "Anahtar Kelimeler"), ("ÖZET", "özet")],
)
def test_turkish_i_folds_in_both_cases(a: str, b: str) -> None:
    from comet.locales import fold

    assert fold(a) == fold(b)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_fold_is_idempotent(text: str) -> None:
    from comet.locales import fold

    assert fold(fold(text)) == fold(text)


# --- an abstract under its own heading with keywords: a journal article ------------------------

_ABSTRACT_PAGE = (
    "Grazing pressure and sedge recovery on upland bogs\n"
    "Morag Lindsay, Pieter van Houten\n"
    "{extra}"
    "Abstract:\n"
    "We resurveyed sedge cover on eleven upland bogs ten years after grazing was reduced and "
    "found that cover recovered fastest where peat depth exceeded one metre.\n"
    "{after}"
)


@pytest.mark.parametrize(
    ("extra", "after", "want"),
    [
        ("https://doi.org/10.5555/ubr.2019.114\n", "", "document"),
        ("", "Keywords: peat, grazing, sedges\n", "article-journal"),
        ("", "", "document"),
    ],
)
def test_abstract_heading_with_keywords(extra: str, after: str, want: str) -> None:
    page = _ABSTRACT_PAGE.format(extra=extra, after=after)
    assert parse_record(page).to_csl()["type"] == want


def test_title_printed_twice_is_one_title() -> None:
    title = "Frost heave under rural roads: a survey of two northern districts"
    page = (
        "Home | Volume 4 | Article number 17\n\n"
        "Research\n\n"
        f"{title}\n\n{title}\n\n"
        "Signe Halvorsen, Jonas Brekke\n\n"
        "Abstract\n"
        "We measured frost heave on forty kilometres of gravel road in two districts.\n"
    )
    assert parse_record(page).to_csl()["title"] == title


# --- Russian names written family name first, a patronymic last -----------------------------


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("Соколова Ирина Петровна", "Соколова", "Ирина Петровна"),
        ("Ирина Петровна Соколова", "Соколова", "Ирина Петровна"),
        ("Карпов Олег Ильич", "Карпов", "Олег Ильич"),
        # a family name ending like a patronymic, after a patronymic: given name first
        ("Олег Ильич Мартинкевич", "Мартинкевич", "Олег Ильич"),
    ],
)
def test_patronymic_closes_a_family_first_name(text: str, family: str, given: str) -> None:
    from comet import parse_names

    persons = parse_names(text, strict=False).value.persons
    assert [(p.family, p.given) for p in persons] == [(family, given)]


def test_roman_numeral_i_is_no_name_list_connector() -> None:
    from comet import parse_names

    persons = parse_names("Anna Berg, Per Lund I", strict=False).value.persons
    assert "I" not in [p.family for p in persons]


# --- a journal numbered by issue alone: the issue, the place and the date after it -----------


@pytest.mark.parametrize(
    ("line", "issue", "place", "issued"),
    [
        (
            "Cuad. Estud. Camp. Ensayos  no.41 Villa Nueva de los Ríos abr. 2019",
            "41",
            "Villa Nueva de los Ríos",
            [2019, 4],
        ),
        ("Rev. Est. Campo  no.7 Pelotas jul. 2021", "7", "Pelotas", [2021, 7]),
    ],
)
def test_issue_without_volume_with_place_and_date(
    line: str, issue: str, place: str, issued: list[int]
) -> None:
    page = (
        "Revista de Estudios del Campo\n\n"
        "versión On-line ISSN 2345-6780\n\n"
        f"{line}\n\n"
        "Artículos\n\n"
        "Ferias de semillas y memoria campesina en la sierra\n\n"
        "Lucía Fernanda Quispe Mamani\n\n"
        "Resumen\n\n"
        "El artículo describe tres ferias de semillas de la sierra y lo que guardan de la "
        "memoria de las familias campesinas que las sostienen.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("issue") == issue
    assert csl.get("publisher-place") == place
    assert csl["issued"]["date-parts"][0] == issued
    assert "volume" not in csl


# --- a volume and its issue written with a slash ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "volume", "issue"),
    [
        ("Zeitschrift für Feldforschung 15/2 (2021), 53–80.", "15", "2"),
        ("Journal of Upland Studies 7/11 (2018), 201–219.", "7", "11"),
    ],
)
def test_volume_slash_issue(line: str, volume: str, issue: str) -> None:
    page = (
        "Moorland peat cores and their dating methods\n\n"
        "Anna Berglund\n\n"
        f"{line}\n\n"
        "We date a set of peat cores from three moors with two methods and compare the "
        "results over five seasons of field work in the north.\n"
    )
    csl = parse_record(page).to_csl()
    assert (csl.get("volume"), csl.get("issue")) == (volume, issue)


def test_season_years_stay_one_volume() -> None:
    """A guard, not a reading: a season's years (``2019/20``) are never volume 2019, issue 20
    (the line's locator is not read at all today; a double volume that is read is tested in
    :func:`test_consecutive_numbers_stay_a_double_volume`)."""
    page = (
        "Winter grazing on coastal heaths\n\n"
        "Anna Berglund\n\n"
        "Heathland Notes 2019/20 (2020), 12–19.\n\n"
        "We follow the winter grazing of two coastal heaths and count the heather shoots "
        "browsed in each month of the season.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("issue") != "20"
    assert csl.get("volume") in (None, "2019/20")


@pytest.mark.parametrize(
    "name", ["Krystyna Wiśniewska", "Zeynep Aydınoğlu", "Dewi Anggraeni", "Наталья Котова"]
)
def test_bare_byline_of_a_known_given_name(name: str) -> None:
    page = (
        "Field notes on upland hay meadows and their flowering season\n\n"
        f"{name}\n\n"
        "The meadows of the upland farms flower two weeks later than those of the valley, "
        "and their hay is cut in the last days of July.\n"
    )
    authors = parse_record(page).to_csl().get("author") or []
    assert [a.get("given", "") + " " + a["family"] for a in authors] == [name]


# --- a subject classification's line holds no locator -----------------------------------------


@pytest.mark.parametrize("line", ["УДК 631.4/634.1", "JEL: C21, D12", "UDC 551.3/551.4"])
def test_classification_line_is_no_locator(line: str) -> None:
    page = (
        "Почвы северных склонов и их использование\n\n"
        f"{line}\n\n"
        "Ирина Петровна Соколова\n\n"
        "Аннотация\n"
        "В статье описаны почвы северных склонов трёх долин и то, как их используют "
        "хозяйства, расположенные в этих долинах.\n"
    )
    csl = parse_record(page).to_csl()
    assert "issue" not in csl
    assert "volume" not in csl
    assert csl.get("container-title") not in ("УДК", "JEL", "UDC")
    # the line is passed over, not read as the title or a byline
    assert csl.get("title") == "Почвы северных склонов и их использование"
    assert [(a["family"], a.get("given")) for a in csl.get("author", [])] == [
        ("Соколова", "Ирина Петровна")
    ]


def test_polish_date_reads_without_detection() -> None:
    from comet import parse_date

    result = parse_date("12 maja 2022", strict=False)
    assert result.value is not None and result.value.iso() == "2022-05-12"
    assert "language-detected" not in [d.code for d in result.diagnostics]


# --- review mends: negative cases -------------------------------------------------------------


def test_place_name_under_a_headline_is_no_byline() -> None:
    page = (
        "Monsoon floods displace thousands in the hill districts\n\n"
        "Sri Lanka\n\n"
        "Heavy rain flooded villages in three districts on Tuesday, and the relief agency "
        "opened twelve shelters for the families who left their homes.\n"
    )
    assert not parse_record(page).to_csl().get("author")


@pytest.mark.parametrize(
    ("text", "family"),
    [("Мария Анна Ходкевич", "Ходкевич"), ("Ян Станислав Шушкевич", "Шушкевич")],
)
def test_family_name_ending_like_a_patronymic_after_given_names(text: str, family: str) -> None:
    from comet import parse_names

    persons = parse_names(text, strict=False).value.persons
    assert [p.family for p in persons] == [family]


def test_journal_named_like_a_classification_keeps_its_locator() -> None:
    page = (
        "Tenant protections in the district after the crisis\n\n"
        "Marcus Hale\n\n"
        "UDC Law Review 12(1) (2009), 45–67.\n\n"
        "This article surveys tenant protections in the district over the decade after the "
        "crisis and the courts' reading of them.\n"
    )
    csl = parse_record(page).to_csl()
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("12", "1", "45-67")


@pytest.mark.parametrize("line", ["Jahrbuch für Flurgeschichte 12/13 (2015), 45–67."])
def test_consecutive_numbers_stay_a_double_volume(line: str) -> None:
    page = (
        "Parish records of the upper valley\n\n"
        "Marcus Hale\n\n"
        f"{line}\n\n"
        "The parish records of the upper valley survive from the sixteenth century and "
        "name every farm of the valley.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("issue") != "13"


def test_bare_literatura_section_is_no_references_heading() -> None:
    page = (
        "Inicio Noticias Cultura Literatura Cine\n"
        "Literatura\n"
        "La biblioteca municipal abre una nueva sala de lectura\n"
        "Marta Gómez\n"
        "La biblioteca municipal abrió ayer una nueva sala de lectura para los vecinos del "
        "barrio, con libros en tres lenguas y un rincón para los niños.\n"
    )
    assert parse_record(page).to_csl()["title"] == (
        "La biblioteca municipal abre una nueva sala de lectura"
    )


def test_bulgarian_prose_is_not_read_as_russian() -> None:
    page = (
        "Селските библиотеки в северните райони\n\n"
        "Резюме\n"
        "В статията се разглежда развитието на селските библиотеки в северните райони на "
        "страната през последните десетилетия. Авторът анализира данни от отчетите и "
        "показва, че броят на читателите не е намалял, а са се променили техните "
        "интереси и начинът на работа с книгата.\n"
    )
    assert parse_record(page).to_csl().get("language") != "ru"
