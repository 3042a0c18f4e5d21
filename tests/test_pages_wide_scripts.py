"""Catalogue record pages in non-Latin scripts (a local wide set of Koha pages rendered from
Cyrillic, Hebrew, Arabic, Greek and CJK records): imprints whose subfields a catalogue joined
by spaces without ISBD punctuation, in scripts whose publishers open with a head word
(``тип.``, ``изд-во``), and names in scripts without the split-glyph damage of Latin copies.
All names, titles and places are invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet.locales import all_rules
from comet.names import parse_names
from comet.page import parse_record
from comet.page.imprint import _imprint, _spaced_imprint
from tests.test_pages_wide_opac import _record_page

RULES = all_rules()


@pytest.mark.parametrize(
    ("imprint", "expected"),
    [
        # a head word opens the publisher; the bare year closes the imprint
        ("Озерск тип. В. Л. Пескова 1881", ("тип. В. Л. Пескова", "Озерск", 1881)),
        ("Озерск Изд-во Северного ун-та 1962", ("Изд-во Северного ун-та", "Озерск", 1962)),
        # two places joined by the space of two subfields
        ("Озерск Липовец т-во Н. Н. Грачёва", ("т-во Н. Н. Грачёва", "Озерск Липовец", None)),
        # an adjective before the head word, and a one-letter preposition before it
        ("Озерск Губернская тип. 1870", ("Губернская тип.", "Озерск", 1870)),
        ("Озерск В типографии Ф. Ладина 1822", ("В типографии Ф. Ладина", "Озерск", 1822)),
        # an abbreviated place, an abbreviated adjective
        ("Л. Гос. изд-во 1928", ("Гос. изд-во", "Л.", 1928)),
        # a dated imprint: initials or capitals open the publisher's name
        ("Озерск Н. П. Гречишкин 1899", ("Н. П. Гречишкин", "Озерск", 1899)),
        ("Озерск ОГИЗ 1934", ("ОГИЗ", "Озерск", 1934)),
        # a range of years: the first
        ("Озерск тип. И. Котова 1810-1814", ("тип. И. Котова", "Озерск", 1810)),
        # only a place and a date
        ("СПб. 1903.", ("", "СПб", 1903)),
        # the locale's words for an unknown place and publisher
        ("[Б. м.] : [б. и.], 1917", ("", None, 1917)),
        ("Ramat Ofer : [ḥ. mo. l.], 761 [2001]", ("", "Ramat Ofer", 2001)),
        ("[Ḥ. m.] : Lipah, 1999", ("Lipah", None, 1999)),
        # a Latin imprint with a bare year and initials
        ("Owlton Q. Marsh 1851", ("Q. Marsh", "Owlton", 1851)),
        # two publishers at one place (ISBD), romanised: a lower-case word is no place
        (
            "Ozersk : Severnai︠a︡ pechatʹ : Lipa, 1998",
            ("Severnai︠a︡ pechatʹ : Lipa", "Ozersk", 1998),
        ),
        (
            "[Heshan] : Bei hu chu ban she : Bei hu shu dian, 1989",
            ("Bei hu chu ban she : Bei hu shu dian", "[Heshan]", 1989),
        ),
        # two places, then the publisher
        ("Owlton : Nestburg : Heron Press, 1901", ("Heron Press", "Owlton : Nestburg", 1901)),
        # scripts without case: places are not told by capitals, a publisher follows one place
        ("חיפה, הוצאת גלים, 1994", ("הוצאת גלים", "חיפה", 1994)),
        ("חיפה : גלים : אור, 1994", ("גלים : אור", "חיפה", 1994)),
        ("الرباط : دار النخلة، 1987", ("دار النخلة", "الرباط", 1987)),
        ("Գյումրի : Ծիրան, 2003", ("Ծիրան", "Գյումրի", 2003)),
    ],
)
def test_space_joined_imprints(imprint: str, expected: tuple[str, str | None, int | None]) -> None:
    assert _imprint(imprint, RULES) == expected


@pytest.mark.parametrize(
    ("imprint", "publisher"),
    [
        ("Eastmoor University Press 1990", "Eastmoor University Press"),  # no head word
        ("Quillfeather US", "Quillfeather US"),  # capitals without a date: a publisher's name
        ("Озерск тип.", "Озерск тип"),  # a head word alone splits off no place
    ],
)
def test_space_joined_names_that_stay_one_publisher(imprint: str, publisher: str) -> None:
    got, place, _year = _imprint(imprint, RULES)
    assert place is None
    assert got == publisher


@given(st.text(max_size=60))
def test_spaced_imprint_never_crashes(text: str) -> None:
    heads = frozenset({"тип.", "изд-во"})
    out = _spaced_imprint(text, heads)
    assert out is None or (out[0] and out[1] and f"{out[0]} {out[1]}" in " ".join(text.split()))


@given(
    st.sampled_from(["Озерск", "Липовец", "Белозерье", "Owlton"]),
    st.sampled_from(["тип. А. Б. Чернова", "Изд-во Озерского ун-та", "т-во Р. Д. Грачёва"]),
    st.integers(min_value=1700, max_value=2030),
)
def test_head_word_imprints_round_trip(place: str, publisher: str, year: int) -> None:
    assert _imprint(f"{place} {publisher} {year}", RULES) == (publisher, place, year)
    assert _imprint(f"{place} : {publisher}, {year}", RULES) == (publisher, place, year)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Озерский Нил преподобный", "Озерский Нил"),  # the epithet is the title
        ("Σπύρος Αλκυονίδης ιερεύς", "Σπύρος Αλκυονίδης ιερεύς"),
        ("Анна мария", ""),  # no name: nothing glued either
        ("Озерская пристань", ""),
        # (a body's word of the locales, `комиссия`, makes the whole a body's name)
        ("Озерская комиссия", "Озерская комиссия"),
    ],
)
def test_lower_case_words_of_other_scripts_are_not_glued(name: str, words: str) -> None:
    """A copy splits Latin words at an accented glyph ('Tõ nurist'); a lower-case word after
    a Cyrillic or Greek word is a word of its own, never glued to it."""
    out = parse_names(name, strict=False).value
    parts = [p.literal or " ".join(filter(None, [p.given, p.family])) for p in out or []]
    assert " ".join(parts).split() == words.split()


def test_a_split_latin_word_is_still_joined() -> None:
    assert [p.family for p in parse_names("Tõ nurist")] == ["Tõnurist"]


def test_a_cyrillic_record_page_without_isbd_punctuation() -> None:
    page = _record_page(
        "Записки о северных озёрах :, очерки",
        "Записки о северных озёрах : очерки",
        "By: Белозерский, Пётр Ильич, 1840-1901.\n"
        "Publisher: Озерск тип. К. Л. Ветрова 1887\nDescription: 214 с. 22 см.\n",
    )
    rec = parse_record(page)
    assert rec.title is not None and rec.title.startswith("Записки о северных озёрах")
    assert [(p.family, p.given) for p in rec.authors] == [("Белозерский", "Пётр Ильич")]
    assert rec.publisher == "тип. К. Л. Ветрова" and rec.place == "Озерск"
    assert rec.issued is not None and rec.issued.year == 1887


@pytest.mark.parametrize(
    ("term", "role"),
    [("пер.", "translator"), ("сост.", "compiler"), ("ред.", "editor"), ("übers.", "translator")],
)
def test_relator_terms_of_the_locales_give_roles(term: str, role: str) -> None:
    page = _record_page(
        "Северные песни",
        "Северные песни",
        f"Contributor(s): Озерова, Вера Павловна, 1801-1870 [{term}].\n"
        "Publisher: Озерск : Изд-во Озерского ун-та, 1960\n",
    )
    rec = parse_record(page).to_csl()
    assert [p.get("family") for p in rec.get(role, [])] == ["Озерова"]


def test_directional_marks_of_right_to_left_text_are_ignored() -> None:
    """RLM/LRM marks, embeddings and isolates round right-to-left values change nothing."""
    plain = _record_page(
        "שירי הגליל :",
        "שירי הגליל : מבחר",
        "By: אלמוג, נועה.\nPublisher: חיפה : הוצאת גלים, 1994.\nDescription: 212 p. ; 21 cm.\n",
    )
    marked = (
        plain.replace("By: ", "By: \u200f")
        .replace("Publisher: ", "Publisher: \u202b")
        .replace("1994.", "1994.\u202c\u200e")
        .replace("שירי הגליל : מבחר", "\u2067שירי הגליל : מבחר\u2069")
    )
    a, b = parse_record(plain).to_csl(), parse_record(marked).to_csl()
    for key in ("title", "author", "publisher", "publisher-place", "issued"):
        assert a.get(key) == b.get(key), key
    assert b.get("publisher-place") == "חיפה" and b.get("issued") == {"date-parts": [[1994]]}


def test_clean_text_removes_directional_marks() -> None:
    from comet.text import clean_text

    out = clean_text("\u200fכהן\u200e, \u202bרות\u202c")
    assert out.text == "כהן, רות"
    assert {d.code for d in out.diagnostics} == {"removed-zero-width"}


@pytest.mark.parametrize(
    ("series", "title", "number"),
    [
        ("Series: Озерская библиотека Т. 14.", "Озерская библиотека", "14"),
        ("Series: Труды Озерского общества вып. 3", "Труды Озерского общества", "3"),
        ("Series: Fenland studies vol. 7", "Fenland studies", "7"),
        ("Series: Озерская библиотека ; 9", "Озерская библиотека", "9"),
        ("Series: Озерская библиотека 2000", "Озерская библиотека 2000", None),
    ],
)
def test_series_numbering_joined_by_a_space(series: str, title: str, number: str | None) -> None:
    page = _record_page(
        "Северные песни", "Северные песни", f"{series}\nPublisher: Озерск : Липа, 1960\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("collection-title") == title
    assert csl.get("collection-number") == number


def test_a_cyrillic_page_count() -> None:
    page = _record_page(
        "Северные песни",
        "Северные песни",
        "Publisher: Озерск : Липа, 1960\nDescription: XII, 318 с. ил. 21 см.\n",
    )
    assert parse_record(page).to_csl().get("number-of-pages") == "318"


@pytest.mark.parametrize(
    ("heading", "family", "given"),
    [
        ("Белозерский де Липа, Пётр Ильич, 1840-1901.", "Белозерский де Липа", "Пётр Ильич"),
        (
            "Abū Ṭayyib, Yūsuf ibn Khalīl ibn ʻAbd Raḥmān.",
            "Abū Ṭayyib",
            "Yūsuf ibn Khalīl ibn ʻAbd Raḥmān",
        ),
        ("Wrenfield Marsh, Orla Quenby, 1861-1930.", "Wrenfield Marsh", "Orla Quenby"),
    ],
)
def test_one_catalogue_heading_is_one_inverted_name(heading: str, family: str, given: str) -> None:
    """A heading with one comma after a multi-word family name is one person, not the two
    given-first names the words could also make."""
    page = _record_page("Северные песни", "Северные песни", f"By: {heading}\n")
    authors = parse_record(page).to_csl().get("author", [])
    assert authors == [{"family": family, "given": given}]


def test_cyrillic_particles_as_latin_ones() -> None:
    latin = parse_names("Boissy, Louis de")[0]
    cyrillic = parse_names("Буасси, Луи де")[0]
    assert (latin.given, latin.particle) == ("Louis", "de")
    assert (cyrillic.given, cyrillic.particle) == ("Луи", "де")


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("v. 12", "12"),
        ("Т. 21", "21"),
        ("вып. 3", "3"),
        ("Bd.30", "30"),
        ("dai 22-23-hen", "dai 22-23-hen"),
    ],
)
def test_marc_series_numbering_loses_its_locator_word(value: str, number: str) -> None:
    from comet.page.marc_values import _numbering_words
    from comet.page.series import drop_locator_word

    assert drop_locator_word(value, _numbering_words()) == number


@pytest.mark.parametrize(
    ("description", "pages"),
    [
        ("Description: 244 с. 19.", "244"),  # size without its unit: no page 19
        ("Description: [6], 132 с. 8°.", "132"),
        ("Description: 96 с. ил. 17 х 12 см.", "96"),
    ],
)
def test_physical_descriptions_without_isbd_colon(description: str, pages: str) -> None:
    page = _record_page(
        "Северные песни", "Северные песни", f"Publisher: Озерск : Липа, 1960\n{description}\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("number-of-pages") == pages
    assert "page" not in csl


@pytest.mark.parametrize(
    "heading",
    ["Озерский университет. Библиотека", "북부대학교. 민속연구소", "Fenland University. Library"],
)
def test_a_body_heading_with_units_is_one_body(heading: str) -> None:
    page = _record_page("Северные песни", "Северные песни", f"By: {heading}.\n")
    assert parse_record(page).to_csl().get("author") == [{"literal": heading}]


def test_an_armenian_page_count() -> None:
    page = _record_page(
        "Լեռնային երգեր",
        "Լեռնային երգեր",
        "Publisher: Գյումրի : Ծիրան, 2003.\nDescription: 148 էջ ; 20 սմ.\n",
    )
    csl = parse_record(page).to_csl()
    assert csl.get("number-of-pages") == "148"
    assert csl.get("publisher-place") == "Գյումրի"


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        ("Bin-Ṭarrāf, ʻAbd al-Wahhāb", "Bin-Ṭarrāf", "ʻAbd al-Wahhāb"),
        ("Qasimi, Abd al-Latif", "Qasimi", "Abd al-Latif"),
        ("Zaydān, ʻUmar ibn Saʻīd", "Zaydān", "ʻUmar ibn Saʻīd"),
    ],
)
def test_romanised_arabic_names_keep_their_given_names(name: str, family: str, given: str) -> None:
    """ALA-LC romanisation: ayn (ʻ) before a capital, the article joined by a hyphen
    (``al-Wahhāb``): a name, neither dropped nor glued to the word before it."""
    people = parse_names(name)
    assert [(p.family, p.given) for p in people] == [(family, given)]
