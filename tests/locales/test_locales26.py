"""Locale knowledge of session 26 (locales26): Persian compound family names written with a
space, the language of Norwegian prose, the years of the Republic of China, and a Persian
imprint's Solar Hijri year in European digits. Every name, title, place and number below
is invented."""

from __future__ import annotations

import pytest

import comet
from comet.dates import parse_date
from comet.names import parse_name, parse_names


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("بهرام رضایی نژاد", "رضایی نژاد", "بهرام"),
        ("مریم حسین زاده", "حسین زاده", "مریم"),
        ("علی کریمی نیا", "کریمی نیا", "علی"),
        ("سارا محمدی فر", "محمدی فر", "سارا"),
        ("رضایی نژاد، بهرام", "رضایی نژاد", "بهرام"),
        # near misses: the closer joined by a zero-width non-joiner is one word already;
        # two words alone stay a given name and a family name
        ("مریم کاظمی\u200cپور", "کاظمی\u200cپور", "مریم"),
        ("علی پور", "پور", "علی"),
        # a Latin name's word that reads like a closer is no closer
        ("Ana Maria Pur", "Pur", "Ana Maria"),
    ],
)
def test_persian_compound_family_name(text: str, family: str, given: str) -> None:
    p = parse_name(text)
    assert (p.family, p.given) == (family, given)


def test_persian_compound_family_names_in_a_list() -> None:
    got = parse_names("بهرام رضایی نژاد، مریم حسین زاده و علی احمدی")
    assert [(p.family, p.given) for p in got.persons] == [
        ("رضایی نژاد", "بهرام"),
        ("حسین زاده", "مریم"),
        ("احمدی", "علی"),
    ]


_NO_PAGE = """Hjem / Arkiv / Årgang 9 Nr. 2 (2020)

Gardsdrift og skogbruk i indre fjordstrøk

Siri Lunde, Per Aasen

Sammendrag
Denne artikkelen handler om hvordan gardsdriften har endret seg i de indre fjordstrøkene. Vi har
lest regnskap fra flere garder og finner at skogen ble viktigere etter krigen, da mange unge
flyttet til byene. Det er også slik at de som ble igjen, fikk bedre vilkår enn før, men ikke
overalt. Artikkelen drøfter hva dette betyr for hvordan vi forstår bygdenes historie.

Nøkkelord: gardsdrift, skogbruk, fjord
"""


def test_norwegian_prose_is_norwegian() -> None:
    # Bokmål's function words tell the language, Norwegian (ISO 639-1 'no')
    assert comet.parse_record(_NO_PAGE).to_csl()["language"] == "no"


def test_stated_written_standard_kept() -> None:
    # near miss: a label naming the written standard is the record's own word
    page = _NO_PAGE + "Språk: Norsk bokmål\n"
    assert comet.parse_record(page).to_csl()["language"] == "nb"


def test_danish_prose_stays_danish() -> None:
    page = (
        "Resumé\nDenne artikel handler om, hvordan landbruget har formet bosætningen i de "
        "indre egne. Vi har undersøgt regnskaber fra flere gårde og finder, at skoven blev "
        "vigtigere efter krigen, da mange unge flyttede til byerne. Det er også sådan, at de "
        "som blev tilbage, fik bedre vilkår end før, men ikke alle steder. Artiklen "
        "diskuterer, hvad dette betyder for, hvordan vi forstår egnens historie.\n"
    )
    assert (
        comet.parse_record("Landbrug og skov i de indre egne\n\n" + page).to_csl()["language"]
        == "da"
    )


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("民國108年", "2019"),
        ("民國 97 年 10 月", "2008-10"),
        ("中華民國九十八年十月", "2009-10"),
        ("民国二十年", "1931"),
        ("民國元年", "1912"),
        ("出版年：民國105年", "2016"),
    ],
)
def test_republic_of_china_years(text: str, expect: str) -> None:
    assert str(parse_date(text, locales="zh")) == expect


def test_republic_word_without_a_year_is_no_date() -> None:
    assert str(parse_date("平成30年", locales="ja")) == "2018"  # Japan's eras as before
    with pytest.raises(comet.ParseError):
        parse_date("民国时期", locales="zh")


def test_taiwan_catalogue_record_year() -> None:
    page = "題名：沿海漁村的變遷\n作者：林志明 著\n出版者：潮聲出版社\n出版年：民國108年\n"
    assert comet.parse_record(page).to_csl()["issued"]["date-parts"] == [[2019]]


@pytest.mark.parametrize(
    ("page", "year"),
    [
        # a Persian imprint's year in European digits is the Solar Hijri calendar's
        ("عنوان: تاریخ شهرهای کویری\nمشخصات نشر: یزد: نشر کویر، 1399.\n", 2020),
        ("عنوان: تاریخ شهرهای کویری\nمشخصات نشر: یزد: نشر کویر، ۱۳۹۹.\n", 2020),
        # near misses: an Arabic imprint's lunar Hijri year, a Latin imprint's year
        ("العنوان الرئيسي: تاريخ المدن\nالناشر: بيروت: دار النخيل، 1420 هـ\n", 1420),
        ("Titre : Chronique du port\nPublication : Lyon : Éditions du Quai, 1399\n", 1399),
    ],
)
def test_imprint_year_calendar(page: str, year: int) -> None:
    assert comet.parse_record(page).to_csl()["issued"]["date-parts"][0][0] == year


_ID_PAGE = """Beranda / Arsip / Vol. 6 No. 1 (2022)

Dampak Irigasi Tetes terhadap Hasil Panen Cabai di Lahan Kering

Rudi Hartono, Wulan Sari

Abstrak
Penelitian ini mengkaji dampak irigasi tetes terhadap hasil panen cabai di lahan kering. Data
diperoleh dari dua puluh petani dan dianalisis secara deskriptif.

Kata Kunci: irigasi, cabai, lahan kering

Jurnal Agronomi Lahan Kering, Vol. 6, No. 1, Maret 2022, Hal. 12-20
"""


@pytest.mark.parametrize(
    "trail",
    [
        "Beranda / Arsip / Vol. 6 No. 1 (2022)",
        "홈 / 지난호 / Vol. 6 No. 1 (2022)",
        "Domov / Archív / Vol. 6 No. 1 (2022)",
    ],
)
def test_breadcrumb_steps_name_no_journal(trail: str) -> None:
    # a trail's home and archive steps are interface words, never the journal's name
    page = _ID_PAGE.replace("Beranda / Arsip / Vol. 6 No. 1 (2022)", trail)
    csl = comet.parse_record(page).to_csl()
    assert csl["container-title"] == "Jurnal Agronomi Lahan Kering"


def test_cover_word_without_a_trail_keeps_the_issue_date() -> None:
    # near miss: 'Portada' (an issue's cover) opening a masthead line, no trail separator
    page = (
        "Revista Cántabra de Estudios Agrarios\n\n"
        "Portada RCEA Vol. 12. Núm. 3. Junio 2018\nISSN: 1234-5679\nOriginales\n\n"
        "El regadío en los valles del norte\n\n"
        "Resumen: El artículo estudia la evolución del regadío en los valles del norte "
        "durante el siglo pasado y sus efectos en la economía de las comarcas.\n"
    )
    assert comet.parse_record(page).to_csl()["issued"]["date-parts"] == [[2018, 6]]


@pytest.mark.parametrize(
    ("page", "authors", "editors", "translators"),
    [
        (
            "書名: 港の歴史\n著者: 山田 太郎, 鈴木 花子 編\n出版者: 東都出版\n出版年: 2018\n",
            None,
            [("山田", "太郎"), ("鈴木", "花子")],
            None,
        ),
        (
            "题名：海边的城市\n作者：王小明 主编\n出版社：江海出版社\n出版时间：2019-03\n",
            None,
            [("王", "小明")],
            None,
        ),
        (
            "서명: 도시와 바다\n저자: 김철수 엮음\n발행처: 바다출판사\n발행연도: 2020\n",
            None,
            [("김", "철수")],
            None,
        ),
        (
            "书名：海边的城市\n作者：[美] 约翰·史密斯 著，王小明 译\n出版社：江海出版社\n",
            [("史密斯", "约翰")],
            None,
            [("王", "小明")],
        ),
        # near miss: an author's mark names the author alone
        (
            "题名：海边的城市\n作者：王小明 著\n出版社：江海出版社\n出版时间：2019-03\n",
            [("王", "小明")],
            None,
            None,
        ),
    ],
)
def test_other_roles_marked_under_an_author_label(
    page: str,
    authors: list[tuple[str, str]] | None,
    editors: list[tuple[str, str]] | None,
    translators: list[tuple[str, str]] | None,
) -> None:
    csl = comet.parse_record(page).to_csl()

    def names(key: str) -> list[tuple[str, str]] | None:
        got = csl.get(key)
        return [(n["family"], n["given"]) for n in got] if got else None

    assert (names("author"), names("editor"), names("translator")) == (
        authors,
        editors,
        translators,
    )


@pytest.mark.parametrize(
    ("page", "isbn"),
    [
        (
            "عنوان: تاریخ شهرهای کویری\nشابک: ۹۷۸-۶۰۰-۱۲۳-۴۵۶-۹\nمشخصات ظاهری: ۲۴۵ ص.\n",
            "9786001234569",
        ),
        ("العنوان الرئيسي: تاريخ المدن\nردمك: ٩٧٨-٦٠٠-١٢٣-٤٥٦-٩\n", "9786001234569"),
        ("書名: 港の歴史\nISBN: ９７８－４－１２－３４５６７８－４\n", "9784123456784"),
        # near miss: a check digit that does not fit is no ISBN, in any digits
        ("書名: 港の歴史\nISBN: ９７８－４－１２－３４５６７８－５\n", None),
    ],
)
def test_isbn_label_value_in_other_digits(page: str, isbn: str | None) -> None:
    assert comet.parse_record(page).to_csl().get("ISBN") == isbn


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # Iran's catalogues glue the slash before the statement of responsibility to the title
        (
            "عنوان و نام پدیدآور : تاریخ باغ‌های کویری/ نوشته نادر صالحی.\n"
            "مشخصات نشر : یزد: نشر کویر، ۱۳۹۹.\n",
            "تاریخ باغ‌های کویری",
        ),
        (
            "عنوان و نام پدیدآور : تاریخ باغ‌های کویری / نادر صالحی.\n"
            "مشخصات نشر : یزد: نشر کویر، ۱۳۹۹.\n",
            "تاریخ باغ‌های کویری",
        ),
        # near misses: a Latin title's glued slash, two years apart by a slash
        (
            "Title: Love/ hate in the garden towns\nPublisher: Yazd : Kavir, 2020.\n",
            "Love/ hate in the garden towns",
        ),
        (
            "عنوان : باغ‌ها در سال‌های ۱۳۵۷/ ۱۳۵۸\nمشخصات نشر : یزد: نشر کویر، ۱۳۹۹.\n",
            "باغ‌ها در سال‌های ۱۳۵۷/ ۱۳۵۸",
        ),
    ],
)
def test_glued_slash_before_a_statement_of_responsibility(page: str, title: str) -> None:
    assert comet.parse_record(page).to_csl()["title"] == title


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Persian's yeh and keheh, none of Arabic's letters: Persian
        ("تاریخ باغ‌های کویری", "fa"),
        # near misses: Arabic's yeh and teh marbuta; Urdu's heh
        ("تاريخ الحدائق العربية", "ar"),
        ("باغوں کی تاریخ ہے", None),
    ],
)
def test_title_script_persian_forms(text: str, language: str | None) -> None:
    from comet.page.languages import _written_language

    assert _written_language(text, 0.5) == language
