"""Words once written into parser logic, now locale data: each rule reads its key of the
locales, so a third-party locale adding a word extends the rule (a fixture locale ``xx``
with invented words). Invented pages."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

from comet import locales as L
from comet import parse_record
from comet.page import chrome, marc_names
from tests.pages._events import PROSE


def _fixture(section: str, key: str, *words: str) -> L.LocaleRules:
    return L.parse_data({"tag": "xx", section: {key: list(words)}}, "xx.toml")


#: the caches of rules that read every registered locale (no page's choice)
_EVERY_LOCALE_CACHES = (marc_names._term_split, marc_names._suffix, chrome._name_lowercase)


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A third-party pack adding invented words to ``en`` (``[person_names]``: a list word
    ``qo``, a suffix ``Zr.``), registered for the test only."""
    path = tmp_path / "en.toml"
    path.write_text(
        'tag = "en"\n[person_names]\nand = ["qo"]\nsuffixes = ["Zr."]\n', encoding="utf-8"
    )
    monkeypatch.setattr(L, "_plugin_paths", lambda: iter([("en", path)]))
    monkeypatch.setattr(L, "_registry", functools.cache(L._registry.__wrapped__))
    for cache in _EVERY_LOCALE_CACHES:
        cache.cache_clear()
    yield path
    monkeypatch.undo()
    for cache in _EVERY_LOCALE_CACHES:
        cache.cache_clear()


# --- [places].place_links (comet.page.event_prose) -------------------------------------

_HELD = (
    "Call for papers\n\nThe 12th Symposium on Fen Ecology will be held in Marsh {link} Fenby, "
    "Norway, on 3-5 June 2031. Papers are due by 1 March." + PROSE
)


def test_a_place_link_of_the_locales_joins_a_places_words() -> None:
    event = parse_record(_HELD.format(link="upon"), locales=["en"]).event
    assert event is not None and event.place == "Marsh upon Fenby, Norway"


def test_a_third_party_place_link_extends_the_rule() -> None:
    assert parse_record(_HELD.format(link="zu"), locales=["en"]).event is None
    fixture = _fixture("places", "place_links", "zu")
    event = parse_record(_HELD.format(link="zu"), locales=["en", fixture]).event
    assert event is not None and event.place == "Marsh zu Fenby, Norway"


# --- [date_words].connector, .ordinal_suffix (comet.page.event_calendar) -----------------


def _step_days(text: str, *rules: L.LocaleRules) -> str | None:
    from comet.page.event_calendar import _step

    m = _step(rules).search(text)
    return None if m is None else m.group(1)


def test_a_calendar_step_reads_the_connectors_and_ordinals_of_the_locales() -> None:
    es, en = L.get("es"), L.get("en")
    assert _step_days("3-5 de junio de 2031: congreso", es) == "3-5 de junio de 2031"
    assert _step_days("3rd-5th June 2031: symposium", en) == "3rd-5th June 2031"
    assert _step_days("3-5 de junio de 2031: congreso", en) is None


def test_a_third_party_connector_and_ordinal_extend_the_calendar_step() -> None:
    text = "3zz-5zz qo Fenmonth qo 2031: Fen moot"
    assert _step_days(text, L.get("en")) is None
    connector = _fixture("date_words", "connector", "qo")
    ordinal = _fixture("date_words", "ordinal_suffix", "zz")
    assert _step_days(text, L.get("en"), connector, ordinal) == "3zz-5zz qo Fenmonth qo 2031"


# --- [date_words].day_prefix, [references].accessed_date_prefix (comet.references) ------

_CITED = (
    "Marsh, A. (2019). Fen birds. Fen Journal, 3(2), 1-9. Available at "
    "https://example.org/fen (accessed {word} 3 May 2020)."
)


def _accessed(word: str, *locales: str | L.LocaleRules) -> str | None:
    from comet.references import parse_reference

    parsed = parse_reference(_CITED.format(word=word), locales=list(locales), strict=False)
    accessed = parsed.value.accessed if parsed.value is not None else None
    return None if accessed is None else accessed.raw


def test_an_access_dates_prefix_of_the_locales_is_left_out_of_the_date() -> None:
    assert _accessed("on", "en") == "3 May 2020"
    assert _accessed("the", "en") == "3 May 2020"
    assert _accessed("qo", "en") == "qo 3 May 2020"


def test_a_third_party_access_date_prefix_extends_the_rule() -> None:
    for section, key in (("references", "accessed_date_prefix"), ("date_words", "day_prefix")):
        assert _accessed("qo", "en", _fixture(section, key, "qo")) == "3 May 2020"


# --- [locator].pages, .page: a page count in a reference (comet.references) -------------


def _page_count(text: str, *locales: str | L.LocaleRules) -> bool:
    from comet.references._lexicon import lexicon

    return lexicon(L.resolve(list(locales))).page_count.match(text) is not None


def test_a_page_count_reads_the_page_words_of_the_locales() -> None:
    assert _page_count("212 pp.", "en")
    assert _page_count("84 Seiten", "de")
    assert _page_count("96 sidor", "sv")
    assert not _page_count("96 sidor", "en")
    assert not _page_count("2019", "en")


def test_a_third_party_page_word_extends_the_page_count() -> None:
    assert not _page_count("64 Blatt", "en")
    assert _page_count("64 Blatt", "en", _fixture("locator", "pages", "Blatt"))


# --- [person_names].and, .suffixes: a MARC name field (comet.page.marc_names) -----------


def _terms(text: str) -> list[str]:
    return [t.strip() for t in marc_names._term_split().split(text)]


def test_relator_terms_part_at_the_list_words_of_the_locales() -> None:
    assert _terms("editor and translator") == ["editor", "translator"]
    assert _terms("Hrsg. und Übers.") == ["Hrsg.", "Übers."]
    assert _terms("editor qo translator") == ["editor qo translator"]
    assert marc_names._suffix().fullmatch("Jr.") is not None
    assert marc_names._suffix().fullmatch("Zr.") is None


def test_a_third_party_list_word_and_suffix_extend_the_marc_names(pack: Path) -> None:
    assert _terms("editor qo translator") == ["editor", "translator"]
    assert marc_names._suffix().fullmatch("Zr.") is not None


# --- [person_names].and, .particles with no page's locales (comet.page.name_checks) -----


def test_a_name_without_a_pages_locales_reads_every_locales_lower_case_words() -> None:
    from comet.names import Person
    from comet.page.name_checks import _names_ok

    assert _names_ok([Person(given="Ola", family="Marsh")])
    assert not _names_ok([Person(given="Ola", family="Marsh qo")])
    fixture = _fixture("person_names", "particles", "qo")
    assert _names_ok([Person(given="Ola", family="Marsh qo")], page_rules=(fixture,))


def test_a_third_party_list_word_is_a_lower_case_word_of_any_name(pack: Path) -> None:
    from comet.names import Person
    from comet.page.name_checks import _names_ok

    assert _names_ok([Person(given="Ola", family="Marsh qo")])


# --- [person_names].and: a byline's closing list word (comet.page.byline_list_ends) -----


def test_a_bylines_last_name_follows_a_list_word_of_the_locales() -> None:
    from comet.page.byline_list_ends import _closing_and

    line = "A. Berg, K. Moe qo L. Fen"
    assert _closing_and((L.get("en"),)).search(line.replace("qo", "and")) is not None
    assert _closing_and((L.get("en"),)).search(line) is None
    fixture = _fixture("person_names", "and", "qo")
    assert _closing_and((fixture,)).search(line) is not None
    assert _closing_and((_fixture("person_names", "and", "&"),)).search(line) is None


# --- [words].number_signs (comet.page.number_signs: cover, isbd_numbering, type_features,
# false_locators) -------------------------------------------------------------------------


def test_the_number_signs_of_the_locales() -> None:
    from comet.page.number_signs import number_signs

    assert {"no", "nr", "n°", "núm", "nro"} <= number_signs(L.resolve(None))
    assert "qo" not in number_signs(L.resolve(None))


def test_a_third_party_number_sign_extends_every_rule_reading_them() -> None:
    import re

    from comet.page import cover, false_locators, isbd_numbering, type_features

    en = L.get("en")
    fixture = _fixture("words", "number_signs", "Qo.")
    assert not cover._number("Qo.", (en,))
    assert cover._number("Qo.", (en, fixture))
    assert "qo" not in isbd_numbering._number_signs((en,))
    with_issue = L.parse_data(
        {"tag": "xx", "locator": {"issue": ["Qo."]}, "words": {"number_signs": ["Qo."]}}, "xx.toml"
    )
    assert "qo" in isbd_numbering._number_signs((en, with_issue))
    assert type_features._after_one_word((en,)).match("Qo.") is None
    assert type_features._after_one_word((en, fixture)).match("Qo.") is not None
    box = L.parse_data(
        {"tag": "xx", "words": {"post_box": ["Boxo"], "number_signs": ["Qo."]}}, "xx.toml"
    )
    post_box = false_locators._post_box_end((box,))
    assert isinstance(post_box, re.Pattern) and post_box.search("Fenby Boxo Qo. ") is not None


# --- [words].copyright_marks (mul.toml; comet.page.copyright_marks) ----------------------


def test_a_copyright_statement_opens_with_the_word_of_the_neutral_locale() -> None:
    from comet.page.copyright_marks import copyright_statement

    statement = copyright_statement(L.resolve(["en"]))
    m = statement.match("Copyright © 2004 Fen Press.")
    assert m is not None and m.group("holder") == "Fen Press"
    m = statement.match("COPYRIGHT 2018 Marsh Media")
    assert m is not None and m.group("holder") == "Marsh Media"
    assert statement.match("Qopyright 2018 Marsh Media") is None


def test_a_third_party_copyright_word_extends_every_rule_reading_them() -> None:
    from comet.page.copyright_marks import copyright_firsts, copyright_mark, copyright_statement

    rules = (L.get("en"), _fixture("words", "copyright_marks", "Qopyright"))
    m = copyright_statement(rules).match("Qopyright 2018 Marsh Media")
    assert m is not None and m.group("holder") == "Marsh Media"
    assert copyright_mark(rules).search("all text qopyright fen") is not None
    assert copyright_mark((L.get("en"),)).search("all text qopyright fen") is None
    assert {"Q", "q", "©", "("} <= copyright_firsts(rules)


# --- [date_words].ordinal_suffix without a built-in English fallback (comet.page.chrome) -


def test_a_conference_ordinal_reads_the_ordinal_suffixes_of_the_locales() -> None:
    from comet.page.chrome import _ordinals

    assert _ordinals((L.get("en"),)).search("the 12th Fen Symposium") is not None
    none = _fixture("date_words", "circa", "ca.")
    assert _ordinals((none,)).search("the 12th Fen Symposium") is None
    fixture = _fixture("date_words", "ordinal_suffix", "zz")
    assert _ordinals((none, fixture)).search("the 12zz Fen Symposium") is not None


# --- [person_names].and between names and languages (proceedings_volume, labelled_titles)


def test_a_third_party_list_word_parts_names_and_languages() -> None:
    from comet.page.labelled_titles import _languages_only
    from comet.page.proceedings_volume import _name_marks

    en, fixture = L.get("en"), _fixture("person_names", "and", "qo")
    assert _name_marks((en,)).split("Orla Penhallow and Tamsin Verrall")[1] == "Tamsin Verrall"
    assert len(_name_marks((en,)).split("Orla Penhallow qo Tamsin Verrall")) == 1
    assert _name_marks((en, fixture)).split("Orla Penhallow qo Tamsin Verrall") == [
        "Orla Penhallow",
        "Tamsin Verrall",
    ]
    assert _languages_only("English and French", (en,))
    assert not _languages_only("English qo French", (en,))
    assert _languages_only("English qo French", (en, fixture))


# --- [identifiers].print, .electronic before a host's ISSN (comet.page.host_values) ------


def test_a_medium_word_of_the_locales_before_a_hosts_issn_is_no_part_of_its_name() -> None:
    from comet.page.host_values import host_title

    en = (L.get("en"),)
    assert host_title("Marsh Letters (Online ISSN 1234-5679)", en) == "Marsh Letters"
    assert host_title("Marsh Letters, Qoprint ISSN 1234-5679", en) == "Marsh Letters, Qoprint"
    fixture = _fixture("identifiers", "print", "Qoprint")
    assert host_title("Marsh Letters, Qoprint ISSN 1234-5679", (*en, fixture)) == "Marsh Letters"


# --- [locator].following in a reference's locator (comet.references._tail) ---------------


def test_a_third_party_following_word_extends_a_references_locator() -> None:
    from comet.references._lexicon import lexicon
    from comet.references._tail import _kind

    en = L.resolve(["en"])
    assert _kind(lexicon(en), "ff.") == "ff"
    assert _kind(lexicon(en), "seq.") == "ff"  # (the last word of 'et seq.')
    assert _kind(lexicon(en), "qq.") is None
    with_qq = (*en, _fixture("locator", "following", "und qq."))
    assert _kind(lexicon(with_qq), "qq.") == "ff"


# --- [person_names].and in a list of languages (comet.vocab.language) --------------------


def test_a_third_party_list_word_parts_a_list_of_languages() -> None:
    from comet.vocab import parse_language

    assert parse_language("English and French", locales=["en"]).tag == "en"
    assert parse_language("English qo French", locales=["en"], strict=False).value is None
    fixture = _fixture("person_names", "and", "qo")
    assert parse_language("English qo French", locales=["en", fixture]).tag == "en"


# --- [words].postal_marks (comet.page.publisher_address) ---------------------------------


def test_a_third_party_postal_mark_ends_an_address() -> None:
    from comet.page.publisher_address import _postal_mark

    fr = L.resolve(["fr"])
    assert _postal_mark(fr).sub("", "Cedex 05") == ""
    assert _postal_mark(fr).sub("", "Qopost 7") == "Qopost 7"
    fixture = _fixture("words", "postal_marks", "Qopost")
    assert _postal_mark((*fr, fixture)).sub("", "Qopost 7") == ""


# --- [date_words].born, .died, .circa in a heading's life dates (comet.page.name_headings)


def test_a_headings_life_dates_after_a_date_word_of_the_locales() -> None:
    from comet.page.name_headings import _heading_names

    en = L.resolve(["en"])
    assert _heading_names("Marsh, Ola, b. 1931-", en) == "Marsh, Ola"
    assert _heading_names("Marsh, Ola, ca. 1850-1910", en) == "Marsh, Ola"
    assert _heading_names("Marsh, Ola, qo. 1931-", en) != "Marsh, Ola"
    for key in ("born", "died", "circa"):
        fixture = _fixture("date_words", key, "qo.")
        assert _heading_names("Marsh, Ola, qo. 1931-", (*en, fixture)) == "Marsh, Ola"
