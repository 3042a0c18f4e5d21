"""Signals for page kinds the dev corpus lacks (issue 13): repository records, theses,
working papers, encyclopedia and dictionary entries, blogs and magazines, and journal
pages in Chinese, French, Spanish and German.

Every string here was written for these tests (invented names, titles and identifiers).
The whole written pages are in ``tests/data/written_pages`` and scored by
``tests/test_pages.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import comet.locales as L
from comet import parse_record
from comet.identifiers import find_identifiers
from comet.names import parse_names
from comet.page.kinds import detect_kind
from comet.page.layout import read_layout
from comet.page.locator_lines import _suffix_words_first
from comet.text import clean_text

RULES = tuple(L.resolve(None))


def _layout(text: str):  # type: ignore[no-untyped-def]
    return read_layout(clean_text(text, locales=RULES).text, RULES)


# --- Chinese names written without a space ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("王建国", "王", "建国"),
        ("林美華", "林", "美華"),
        ("张丽", "张", "丽"),
        ("欧阳明辉", "欧阳", "明辉"),  # a compound surname (zh [name_grammar])
        ("司馬光", "司馬", "光"),
        # four characters opening with a common Japanese family name (ja [name_grammar]
        # family_first_surnames): a Japanese name, no longer kept literal
        ("山田太郎", "山田", "太郎"),
    ],
)
def test_han_name_splits_after_the_family_name(text: str, family: str, given: str) -> None:
    (person,) = parse_names(text)
    assert (person.family, person.given) == (family, given)


@pytest.mark.parametrize("text", ["北京大学", "湿地研究中心", "编辑部", "湿地太郎"])
def test_han_institutions_and_long_names_stay_literal(text: str) -> None:
    (person,) = parse_names(text)
    assert person.literal == text


def test_han_name_list() -> None:
    persons = parse_names("刘晓峰； 欧阳明辉； 张丽")
    assert [(p.family, p.given) for p in persons] == [
        ("刘", "晓峰"),
        ("欧阳", "明辉"),
        ("张", "丽"),
    ]


@given(st.text(alphabet="王李张刘陈欧阳司马大学所社、，； ", max_size=30))
def test_han_names_never_crash(text: str) -> None:
    result = parse_names(text, strict=False)
    for p in result.value or ():
        assert p.literal or p.family


# --- identifiers and labels of CJK pages ---------------------------------------------------


def test_issn_after_a_full_width_colon() -> None:
    assert [str(m.value) for m in find_identifiers("ISSN：1009-2242")] == ["1009-2242"]


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("第8卷第3期", "卷 8 期 3"),
        ("2003年15卷04期 33-41页", "2003 卷 15 期 04 页 33-41"),
        ("Vol. 8, No. 3", "Vol. 8, No. 3"),  # nothing to move
    ],
)
def test_suffix_locator_words_move_before_their_numbers(text: str, moved: str) -> None:
    assert _suffix_words_first(text, RULES) == moved


@given(st.text(alphabet="第卷期页年0123456789- ，", max_size=40))
def test_suffix_words_never_crash(text: str) -> None:
    out = _suffix_words_first(text, RULES)
    assert isinstance(out, str)


def test_bracketed_labels() -> None:
    layout = _layout("【篇名】 湖泊的冬天\n【刊名】 湿地学报\n【页码】 12-19\n")
    got = {lv.key: lv.value for lv in layout.labels}
    assert got["title"] == "湖泊的冬天"
    assert got["journal"] == "湿地学报"
    assert got["pages"] == "12-19"


def test_chinese_record_with_bracketed_labels() -> None:
    page = (
        "首页\n期刊\n学位论文\n登录\n\n"
        "【篇名】 山地河流的冬季径流\n【作者】 周志强； 欧阳晓红\n【刊名】 山地水文学报\n"
        "【年份】 2015\n【期号】 02\n【页码】 33-40\n"
    )
    item = parse_record(page).to_csl()
    assert item["title"] == "山地河流的冬季径流"
    assert [(a["family"], a["given"]) for a in item["author"]] == [("周", "志强"), ("欧阳", "晓红")]
    assert item["container-title"] == "山地水文学报"
    assert item["page"] == "33-40"


# --- repository records -------------------------------------------------------------------


def test_name_label_goes_on_over_one_name_lines() -> None:
    layout = _layout(
        "Title:\tGlaciers of the north\nAuthors:\tVance, Ruth\nOkoro, Emeka\nLind, Petra\n"
        "Keywords:\tice\n"
    )
    (author,) = [lv for lv in layout.labels if lv.key == "author"]
    assert author.value == "Vance, Ruth; Okoro, Emeka; Lind, Petra"


def test_name_label_stops_at_interface_words() -> None:
    layout = _layout("Authors: Ruth Vance, Emeka Okoro\nDownload PDF\nKeywords: ice\n")
    (author,) = [lv for lv in layout.labels if lv.key == "author"]
    assert author.value == "Ruth Vance, Emeka Okoro"


def test_dublin_core_rows() -> None:
    page = (
        "Show simple item record\n"
        "dc.contributor.author Vance, Ruth\n"
        "dc.date.issued 2019-04-02\n"
        "dc.title Winter ice on the northern lakes en\n"
        "dc.type Doctoral thesis en\n"
        "dc.publisher University of Northmoor en\n"
    )
    item = parse_record(page).to_csl()
    assert item["title"] == "Winter ice on the northern lakes"
    assert item["author"] == [{"family": "Vance", "given": "Ruth"}]
    assert item["type"] == "thesis"
    assert item["publisher"] == "University of Northmoor"
    assert item["issued"] == {"date-parts": [[2019, 4, 2]]}


def test_citation_line_at_the_top_of_a_record() -> None:
    page = (
        "Northmoor Research Online\nHome\nBrowse\n"
        "Vance, Ruth and Okoro, Emeka (2016) Winter ice on the northern lakes. "
        "Lake Studies, 7 (2). pp. 10-19. ISSN 1667-4014\n"
        "Item Type:\tArticle\nDate Deposited:\t02 Mar 2016 10:00\n"
    )
    item = parse_record(page).to_csl()
    assert item["title"] == "Winter ice on the northern lakes"
    assert [a["family"] for a in item["author"]] == ["Vance", "Okoro"]
    assert item["container-title"] == "Lake Studies"
    assert item["page"] == "10-19"


def test_source_only_citation_label() -> None:
    page = (
        "Title:\tWinter ice on the northern lakes\nAuthors:\tVance, Ruth\n"
        "Citation:\tLake Studies, 7(2), 10-19\nIssue Date:\t2016\n"
    )
    item = parse_record(page).to_csl()
    assert item["container-title"] == "Lake Studies"
    assert (item["volume"], item["issue"], item["page"]) == ("7", "2", "10-19")


def test_thesis_labels() -> None:
    page = (
        "Titel:\tEis auf den Seen des Nordens\nAutor/in:\tVogt, Hanna\n"
        "Gutachter/in:\tProf. Dr. Brandt, Otto\nDokumentart:\tDissertation\n"
        "Erscheinungsjahr:\t2017\nVerlag:\tUniversität Nordheim\nVerlagsort:\tNordheim\n"
        "Seitenzahl:\t212\n"
    )
    item = parse_record(page).to_csl()
    assert item["author"] == [{"family": "Vogt", "given": "Hanna"}]  # no reviewer
    assert item["type"] == "thesis"
    assert item["publisher-place"] == "Nordheim"
    assert item["number-of-pages"] == "212"


def test_report_number_after_a_number_word() -> None:
    page = (
        "Diskussionspapier Nr. 12\nEis und Arbeit: Winterwirtschaft am See\n"
        "Autoren: Hanna Vogt, Otto Brandt\nReihe: Seeländer Diskussionspapiere\n"
        "Herausgeber: Institut für Seeforschung\nErschienen: März 2020\n"
    )
    item = parse_record(page).to_csl()
    assert item["number"] == "12"
    assert item["type"] == "report"


# --- bylines, dates and locators of blogs and magazines ------------------------------------


def test_date_label_with_its_author() -> None:
    layout = _layout("Posted on 4 May 2020 by Ruth Vance\n")
    got = {lv.key: lv.value for lv in layout.labels}
    assert got["author"] == "Ruth Vance"
    assert got["published_online"] == "4 May 2020"


def test_date_label_with_time_and_verb_before_by() -> None:
    layout = _layout("Posted on 2020-05-04, 10:12 written by Ruth Vance, Emeka Okoro\n")
    got = {lv.key: lv.value for lv in layout.labels}
    assert got["author"] == "Ruth Vance, Emeka Okoro"


def test_clock_time_is_no_locator() -> None:
    page = (
        "Revista Costera\nCiencia\nSociedad\n\n"
        "Las dunas se mueven hacia el pueblo\nPor Marta Ibáñez\n3 de junio de 2021 - 09:45\n"
        "Las dunas avanzan cada año sobre las casas del pueblo, y los vecinos plantan pinos.\n"
    )
    item = parse_record(page).to_csl()
    assert "volume" not in item and "page" not in item
    assert item["issued"] == {"date-parts": [[2021, 6, 3]]}


def test_thousands_separator_is_no_locator() -> None:
    page = (
        "Las dunas se mueven hacia el pueblo\nPor Marta Ibáñez\n3 de junio de 2021\n"
        "Los vecinos plantaron más de 2.400 pinos en las dunas del pueblo durante el invierno.\n"
    )
    assert "volume" not in parse_record(page).to_csl()


@pytest.mark.parametrize(
    "numbers",
    [
        "Aktualisiert: 11.04.2020, 18:27",  # a dotted date and its time
        "Player version 1.7.2",  # a version
        "0:00 / 2:33",  # a video's clock
        "Heute 12. November 2015 / 13:48",  # a dateline: a date to the day and a time
        "Mehr als 1 456 Leser",  # numbers with no journal before them
    ],
)
def test_numbers_that_only_look_like_a_locator(numbers: str) -> None:
    """Without a locator word, dates, versions, clocks and loose numbers give no volume or
    page (a news page has none of its own)."""
    page = (
        "Die Dünen wandern landeinwärts\nVon Ruth Vance\n"
        f"{numbers}\n"
        "Die Dünen rücken jedes Jahr näher an die Häuser, und die Nachbarn pflanzen Kiefern.\n"
    )
    item = parse_record(page).to_csl()
    assert "volume" not in item and "page" not in item and "issue" not in item


@pytest.mark.parametrize(
    ("line", "volume", "page"),
    [
        ("Marsh Lett. Q 12, 041027", "12", None),  # a journal, then volume and article number
        ("How to Cite\n9(2), 101-118", "9", "101-118"),  # numbers alone, in a locator's shape
    ],
)
def test_bare_numbers_in_a_locator_shape_stay(line: str, volume: str, page: str | None) -> None:
    text = f"Reed beds as nurseries\nRuth Vance and Emeka Okoro\n{line}\nAbstract\nReed beds shelter young fish.\n"
    item = parse_record(text).to_csl()
    assert item.get("volume") == volume
    assert item.get("page") == page


def test_breadcrumb_names_no_people() -> None:
    page = "Themen › Alltag\nDie Brunnen der Stadt\nVon Ruth Vance\n"
    item = parse_record(page).to_csl()
    assert item["author"] == [{"family": "Vance", "given": "Ruth"}]


def test_letter_range_is_no_name() -> None:
    page = "Historisches Lexikon der Mühlen\nArtikel A–Z\n\nMüller\nDer Müller mahlt das Korn.\n"
    assert "author" not in parse_record(page).to_csl()


def test_one_word_headword_under_its_breadcrumb() -> None:
    page = (
        "Lexikon der Mühlen\nStartseite\nArtikel A–Z\nLexikon › M › Mühlrad\n\nMühlrad\n"
        "Das Mühlrad treibt die Mühle an. Es wird vom Wasser bewegt.\n"
    )
    assert parse_record(page).title == "Mühlrad"


# --- page kinds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Open Lexicon of Mills\nMill wheel\nBy Ruth Vance\nHow to cite this entry\n"
         "Related Entries\n", "entry"),
        ("Lo más leído\nComparte este artículo\nSuscríbete\n", "magazine"),
        ("Deja un comentario\nEntradas recientes\nEtiquetas: aves\n", "blog"),
    ],
)  # fmt: skip
def test_page_kind_cues(text: str, kind: str) -> None:
    found, _scores = detect_kind(text, (), RULES)
    assert found is not None and found.name == kind


@pytest.mark.parametrize(
    ("cue", "text", "placed"),
    [
        ("Advertisement", "Advertisement\n", True),  # a line of its own
        ("Newsletters", "Home | Newsletters | Contact\n", True),  # a part of a menu line
        ("Powered by WordPress", "Designed by Ida Moe | Powered by WordPress\n", True),
        ("Posted by", "Posted by Ana Ruiz on 3 May 2021 in Garden notes, Reeds and rivers\n", True),
        ("Advertise with us", "AboutCareersAdvertise with us\n", True),  # glued link texts
        ("Kommentare", "Kommentare4\n", True),
        (
            "Top Stories",
            "Home World Top Stories Sport Weather Culture Travel Opinion Video\n",
            True,
        ),
        ("Blog", "Blogroll\n", False),  # not the whole word
        ("Anzeige", "Anzeigen\n", False),
        ("Blog", "Bloggen auf Wordpress.com.\n", False),
        (
            "Advertisement",
            "The council ran an Advertisement in the paper, and the newsletters of three clubs "
            "carried it too, so that every household on the island heard of the ferry.\n",
            False,  # a word of a sentence in prose
        ),
    ],
)
def test_a_kind_cue_counts_as_whole_words_in_an_interface_place(
    cue: str, text: str, placed: bool
) -> None:
    from comet.page.kinds import cue_in_place

    assert cue_in_place(cue, text) is placed


@given(st.text(max_size=200), st.sampled_from(["Blog", "Leave a comment", "Anzeige", "|"]))
def test_a_placed_cue_is_always_in_the_text(text: str, cue: str) -> None:
    from comet.page.kinds import cue_in_place

    placed = cue_in_place(cue, text)
    assert placed is (placed and cue in text)
    assert cue_in_place(cue, f"{text}\n{cue}\n")  # a line of its own always counts


def test_one_cue_or_cues_in_prose_name_no_kind() -> None:
    prose = (
        "We sent the Advertisement to the Newsletters of three marsh societies and asked "
        "readers for Related Stories of reed cutting in their parish over the last century.\n"
    )
    assert detect_kind(prose, (), RULES)[0] is None
    assert detect_kind("Reeds and rivers\nLeave a comment\n", (), RULES)[0] is None
    found, _ = detect_kind("Reeds and rivers\nAdvertisement\nNewsletters\n", (), RULES)
    assert found is not None and found.name == "magazine"


def test_generic_words_in_prose_do_not_make_an_article_a_magazine() -> None:
    page = "\n".join(
        [
            "Reed cutting in three northern parishes",
            "Ana Ruiz, Ida Moe",
            "Journal of Marsh Studies 12(3): 45-67",
            "DOI: 10.5555/jms.2021.0042",
            "Abstract",
            "Parish newsletters and one Advertisement in a local paper are our sources for "
            "reed cutting in the nineteenth century; Newsletters of the societies add more.",
        ]
    )
    rec = parse_record(page)
    assert rec.csl_type == "article-journal"


def test_dictionary_entry_type() -> None:
    page = (
        "Dictionnaire des métiers du moulin\nAccueil\nIndex alphabétique\n\n"
        "MEUNIER\nArtisan qui fait moudre le grain.\nAuteur de la notice : Ruth Vance\n"
        "Pour citer cette notice\n"
    )
    assert parse_record(page).to_csl()["type"] == "entry-dictionary"


def test_blog_masthead_is_the_container() -> None:
    page = (
        "The Mill Pond\nNotes from a miller\nHome\nAbout\n\n"
        "Why the wheel stops in August\nPosted on 4 May 2020 by Ruth Vance\n"
        "The pond runs low in August, and the wheel stops for a week or two every year.\n"
        "Leave a Reply\nRecent Posts\n© 2020 The Mill Pond\n"
    )
    item = parse_record(page).to_csl()
    assert item["type"] == "post-weblog"
    assert item["container-title"] == "The Mill Pond"
    assert item["author"] == [{"family": "Vance", "given": "Ruth"}]


def test_name_and_affiliation_lines_are_a_byline() -> None:
    page = (
        "Zeitschrift für Mühlenkunde\n\n"
        "Wasserräder an der Aue im 17. Jahrhundert\n"
        "Dr. Ruth Vance, Universität Nordheim\n"
        "Zeitschrift für Mühlenkunde, Jahrgang 12 (2019), Heft 2, S. 5–20\n"
    )
    rec = parse_record(page)
    assert rec.title == "Wasserräder an der Aue im 17. Jahrhundert"
    assert [(p.family, p.given) for p in rec.authors] == [("Vance", "Ruth")]


def test_file_size_under_a_cite_heading_is_no_source() -> None:
    page = (
        "Nightly counts of owls in the old barn\nCite\nDownload (2.3 MB)\n"
        "posted on 2021-03-09 authored by Ruth Vance\n"
    )
    item = parse_record(page).to_csl()
    assert "page" not in item and "number-of-pages" not in item and "volume" not in item


@pytest.mark.parametrize("heading", ["MAGAZINE", "The Journal"])
def test_a_journal_word_alone_is_no_journal_name(heading: str) -> None:
    """A line of journal words only (a section's heading) never names the container.
    (A locale's journal *label* alone on a line, Spanish ``Revista``, labels the next
    line instead: a label-value layout, not this rule.)"""
    page = (
        f"{heading}\nThe dunes move inland\nBy Ruth Vance\n"
        "The dunes come closer to the houses every year, and the neighbours plant pines.\n"
    )
    rec = parse_record(page)
    assert rec.container_title is None
    assert rec.title == "The dunes move inland"
