"""Locale words at work where they are set off (a host's ISSN medium word), the new locale
files' function words, Thai Buddhist-era years and the last words moved out of code.
Invented text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import locales as L
from comet.page.host_values import host_title

# --- a medium's word before a host's ISSN (comet.page.host_values) -----------------------


@pytest.mark.parametrize(
    ("tag", "value", "want"),
    [
        # the title's own last word: no medium qualifier
        ("it", "La Stampa ISSN 1234-5679", "La Stampa"),
        ("es", "El Papel ISSN 1234-5679", "El Papel"),
        ("en", "Fenland Working Paper ISSN 1234-5679", "Fenland Working Paper"),
        ("en", "Marsh Letters Online ISSN 1234-5679", "Marsh Letters Online"),
        # set off: brackets, a comma, a slash, a dash, or one of two media
        ("it", "La Stampa (stampa ISSN 1234-5679)", "La Stampa"),
        ("it", "Rivista del Delta, in linea ISSN 1234-5679", "Rivista del Delta"),
        ("es", "El Papel / papel ISSN 1234-5679", "El Papel"),
        ("es", "Revista Llanura (Impresa) ISSN 1234-5679", "Revista Llanura"),
        ("en", "Marsh Letters - Online ISSN 1234-5679", "Marsh Letters"),
        ("en", "Marsh Letters Print ISSN 1234-5679; Online ISSN 2345-6780", "Marsh Letters"),
        ("en", "Marsh Letters ISSN (Online) 1234-5679", "Marsh Letters"),
    ],
)
def test_a_medium_word_drops_only_where_it_is_set_off(tag: str, value: str, want: str) -> None:
    assert host_title(value, (L.get(tag),)) == want


# --- the new files' function words (comet.page.languages._language_of) --------------------

#: invented abstracts, one per language of the new files, and Croatian and Serbian prose
_PROSE = {
    "ca": "L'article estudia els canvis dels mercats rurals durant el segle passat i també "
    "les formes amb què aquests pobles van viure quan el tren hi va arribar.",
    "ro": "Articolul analizează schimbările din piețele rurale în secolul trecut și felul în "
    "care aceste sate au trăit după sosirea căii ferate, precum și urmările ei.",
    "sl": "Članek obravnava spremembe podeželskih trgov v prejšnjem stoletju, ki so jih vasi "
    "doživele, ko je prišla železnica, ter tudi to, kar se je zaradi nje spremenilo.",
    "bg": "Статията разглежда промените на селските пазари през миналия век, които тези села "
    "преживяват след идването на железницата, както и това, което тя донася.",
    "th": "บทความ นี้ ศึกษา การ เปลี่ยนแปลง ของ ตลาด ใน ชนบท และ ผล ที่ เกิด จาก ทาง รถไฟ",
}
_NEAR = {
    # Croatian and Serbian share Slovenian's commonest words (je, se, na, za, da): not Slovenian
    "hr": "Rad prati promjene seoskih tržnica tijekom prošlog stoljeća koje su sela "
    "doživjela nakon dolaska željeznice, kao i ono što se zbog nje promijenilo.",
    "sr": "Rad prati promene seoskih pijaca tokom prošlog veka koje su sela doživela posle "
    "dolaska železnice, kao i ono što se zbog nje promenilo.",
}


def _language(text: str) -> str | None:
    from comet.page.languages import _language_of
    from comet.page.parse import _prepare

    page, _ = _prepare(f"{text}\n", None)
    return _language_of(text, page)


@pytest.mark.parametrize("tag", sorted(_PROSE))
def test_prose_in_a_new_locale_reads_as_its_language(tag: str) -> None:
    assert _language(_PROSE[tag]) == tag


@pytest.mark.parametrize("tag", sorted(_NEAR))
def test_croatian_and_serbian_prose_is_no_slovenian(tag: str) -> None:
    assert _language(_NEAR[tag]) == "hr"  # (no Serbian file: Croatian's words read it)


def test_slovenian_prose_is_no_croatian() -> None:
    assert _language(_PROSE["sl"]) != "hr"


# --- a locale's own era: Thai Buddhist-era years (comet.dates._era_years) -----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("3 มีนาคม 2561", "2018-03-03"),  # a Thai month name: the era's year
        ("ตุลาคม 2560", "2017-10"),
        ("3 มี.ค. 2561", "2018-03-03"),
        ("พ.ศ. 2540", "1997"),  # the era's mark
        ("3 มีนาคม พ.ศ. 2561", "2018-03-03"),
        ("วันที่ 3 มีนาคม พ.ศ. 2561", "2018-03-03"),
    ],
)
def test_a_thai_buddhist_era_year_reads_as_its_gregorian_year(text: str, want: str) -> None:
    from comet import parse_date

    for locales in (None, "th"):
        d = parse_date(text, locales=locales)
        assert str(d) == want
        assert [x.code for x in d.diagnostics].count("era-year") == 1
        assert d.raw == text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("3 มีนาคม 2018", "2018-03-03"),  # a Gregorian year in a Thai date stays
        ("3 มีนาคม 1999", "1999-03-03"),
    ],
)
def test_a_gregorian_year_in_a_thai_date_stays(text: str, want: str) -> None:
    from comet import parse_date

    d = parse_date(text)
    assert str(d) == want
    assert "era-year" not in [x.code for x in d.diagnostics]


@pytest.mark.parametrize("text", ["2561", "3 March 2561", "3 mars 2561"])
def test_no_thai_context_no_era_year(text: str) -> None:
    from comet import parse_date

    assert parse_date(text, strict=False).value is None


def test_the_era_is_locale_data() -> None:
    from comet.dates._era_years import era_years_of

    era = era_years_of("xx", {"era_offset": ["100"], "era_first_year": ["2150"]}, ["Qomonth"])
    assert era is not None
    shifted = era.shift("7 Qomonth 2150")
    assert shifted == ("7 Qomonth 2050", ((10, 2150, 2050),))
    assert era.shift("7 Other 2150") is None
    assert era_years_of("xx", {"era_offset": ["x"], "era_first_year": ["2150"]}, ["Q"]) is None
    assert era_years_of("xx", {}, ["Qomonth"]) is None


@given(st.text(alphabet=st.sampled_from("0123456789 .มีนาคมพศ2561"), max_size=30))
def test_any_text_with_thai_and_digits_parses_without_crashing(text: str) -> None:
    from comet import parse_date

    d = parse_date(text, strict=False)
    if d.value is not None and any(x.code == "era-year" for x in d.diagnostics):
        assert d.value.year <= 2100


# --- an ISBN's binding word read from [identifiers] (comet.identifiers.isbn) -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ISBN 978-0-306-40615-7 pbk.", "pbk"),
        ("ISBN 978-0-306-40615-7, hardcover", "hbk"),
        ("ISBN 978-0-306-40615-7 e-book", "ebook"),
        ("ISBN 978-0-306-40615-7 kartoniert", "pbk"),  # de
        ("ISBN 978-0-306-40615-7 : broché", "pbk"),  # fr
        ("ISBN 978-0-306-40615-7 Fenland Press", None),  # no binding word
        ("ISBN 978-0-306-40615-7 pbkx", None),  # a word only starting like one
    ],
)
def test_an_isbns_binding_word_is_any_locales(text: str, want: str | None) -> None:
    from comet.identifiers import isbn

    assert [m.value.qualifier for m in isbn.find(text)] == [want]


# --- a country's article and link words (comet.vocab.country) ----------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Gambia", "GM"),  # [places].name_articles
        ("Gambia, The", "GM"),
        ("United States of America", "US"),  # [places].place_links
        ("Estados Unidos de América", "US"),  # another locale's link word
        ("Thegambia", None),  # no article glued to the name
    ],
)
def test_a_countrys_article_and_link_words_are_locale_data(text: str, code: str | None) -> None:
    from comet import parse_country

    found = parse_country(text, strict=False).value
    assert (found.code if found is not None else None) == code


# --- a time after a date: the locales' day periods (comet.dates._parse) -------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("9 May 2031 7 pm", "ignored-time"),
        ("9 May 2031, 7 p. m.", "ignored-time"),
        ("9 May 2031 at 7AM", "ignored-time"),
        ("9. Mai 2031 7 Uhr", "ignored-time"),  # de [date_words].day_period
        ("9 May 2031 7 pears", "ignored-text"),  # no day period
    ],
)
def test_a_time_after_a_date_reads_the_locales_day_periods(text: str, code: str) -> None:
    from comet import parse_date

    d = parse_date(text, strict=False)
    assert d.value is not None and d.value.year == 2031
    assert code in [x.code for x in d.diagnostics]


# --- Arabic's joined article tells an Arabic line from a Persian one (dates._solar_hijri) --


def test_the_joined_article_is_locale_data() -> None:
    from comet.dates._solar_hijri import persian

    assert persian("منتشر شده در")  # Arabic script, no letter or article of Arabic's own
    assert not persian("نشر الدار")  # ar [words].joined_articles opening a word
    assert persian("نشر دار")
    assert "joined_articles" in L.get("ar").sections["words"]
