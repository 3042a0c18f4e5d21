"""A title printed over two lines (``titles27``): a title proper ending its line with a colon
over its subtitle's line; a heading wrapped in sentence case, set apart by blank lines, with
no byline under it; a heading in Chinese or Japanese wrapped after a particle, joined with
no space. Every page is invented; each rule has pages where it must not fire (a line
introducing a list or a quotation, a paragraph's wrapped lines, a domain under a logo's
name, a journal's name over a title, a title over a section's heading).
"""

from __future__ import annotations

from comet import parse_record
from comet.page.evidence import Cand
from comet.page.parse import _prepare
from comet.page.title_blocks import colon_subtitle, set_apart, wrapped_caseless
from comet.page.title_sentences import sentences_under_heading

# --- a title proper ending with a colon over its subtitle's line ---------------------------

COLON_EN = (
    "Home | Journals | About\n\n"
    "Marsh Law in the Northern Fens:\n"
    "Tides, Courts and the Keeping of Dykes\n\n"
    "Ana Lindqvist, Tomas Okafor\n\n"
    "Journal of Fenland Studies, Vol. 12, No. 3, 2019, pp. 45-67\n\n"
    "Abstract\n"
    "The keeping of dykes in the northern fens was a matter for local courts long before "
    "the drainage boards took it over, and the records of those courts tell how tides "
    "were measured.\n"
)

COLON_DE = (
    "Startseite > Bücher > Geschichte\n\n"
    "Das Deichrecht der nördlichen Marschen:\n"
    "Gerichte, Gezeiten und die Pflege der Dämme\n\n"
    "Heike Brandtner\n\n"
    "Verlag Kranich, Kiel 2018. 312 Seiten.\n"
    "ISBN 978-3-00-012345-6\n\n"
    "Die Pflege der Deiche in den nördlichen Marschen lag lange vor den Deichverbänden in "
    "der Hand der örtlichen Gerichte, und deren Akten zeigen, wie gemessen wurde.\n"
)


def test_a_title_ending_with_a_colon_takes_its_subtitle_line() -> None:
    rec = parse_record(COLON_EN)
    assert rec.title == "Marsh Law in the Northern Fens"
    assert rec.subtitle == "Tides, Courts and the Keeping of Dykes"


def test_a_german_title_ending_with_a_colon_takes_its_subtitle_line() -> None:
    rec = parse_record(COLON_DE)
    assert rec.title == "Das Deichrecht der nördlichen Marschen"
    assert rec.subtitle == "Gerichte, Gezeiten und die Pflege der Dämme"


def _colon_pairs(text: str) -> list[int]:
    page, _ = _prepare(text, None)
    return [ln.index for ln in page.layout.lines if colon_subtitle(page, ln.index)]


def test_a_heading_over_a_list_takes_no_item() -> None:
    text = (
        "Rules for Submitting Papers:\n"
        "  • Papers are due on 15 July 2023 and go through the submission system\n"
        "  • The committee decides on all papers by 31 July 2023\n\n"
        "Papers may be written in English, Spanish or Portuguese, and the committee reads "
        "all of them in the same way before it decides.\n"
    )
    assert _colon_pairs(text) == []
    assert "Papers are due" not in (parse_record(text).title or "")


def test_a_line_introducing_a_quotation_or_a_source_takes_nothing() -> None:
    quoted = (
        "Comments from the participants included:\n"
        "“The talks on the tides were the best of the week”\n\n"
        "The symposium met at the marsh station for three days in the autumn, with talks "
        "on tides, dykes and the courts that kept them.\n"
    )
    source = (
        "The leaflet for this report is also available from:\n"
        "Marsh Survey Information Services\n\n"
        "The survey measured the tides of the northern fens for twelve years and reports "
        "the records of every station.\n"
    )
    neighbour = (
        "Read the previous entry of the fen diary:\n"
        "Dykes and Courts: A Winter Walk\n\n"
        "The diary follows the keepers of the dykes of the northern fens through a year of "
        "tides, storms and court days.\n"
    )
    assert _colon_pairs(quoted) == []
    assert _colon_pairs(source) == []
    assert _colon_pairs(neighbour) == []


# --- a heading wrapped in sentence case, set apart, no byline under it ----------------------

WRAPPED = (
    "Research Repository\n\n"
    "Effects of salinity on the germination of three marsh\n"
    "grasses from the tidal flats of Kestrel Bay\n\n"
    "Thesis (PhD), University of Marshtown, 2017\n\n"
    "Abstract\n"
    "Salinity limits the germination of marsh grasses in tidal flats, and three grasses "
    "from the flats of the bay were tested at five levels of salinity over two seasons.\n"
)


def test_a_heading_wrapped_in_sentence_case_between_blank_lines_goes_on() -> None:
    rec = parse_record(WRAPPED)
    assert rec.title == (
        "Effects of salinity on the germination of three marsh grasses from the tidal "
        "flats of Kestrel Bay"
    )


def test_a_paragraph_wrapped_over_lines_is_no_block() -> None:
    text = (
        "Effects of salinity on the germination of three marsh\n"
        "grasses from the tidal flats of Kestrel Bay were\n"
        "tested at five levels of salinity over two seasons.\n"
    )
    page, _ = _prepare(text, None)
    assert not set_apart(page, [0, 1])
    assert not set_apart(page, [0, 1, 2])  # (it ends a sentence)


def test_a_domain_under_a_logo_line_is_no_part_of_a_title() -> None:
    text = (
        "Logo of the Information Centre for Building and Marsh Works\n"
        "marshbuild.example.org\n\n"
        "The centre collects the reports of the marsh works of the northern fens and lends "
        "them to the builders of dykes.\n"
    )
    page, _ = _prepare(text, None)
    assert not set_apart(page, [0, 1])


def test_a_journal_over_a_title_and_a_title_over_a_section_stay_apart() -> None:
    journal = (
        "Journal of Fenland Studies\n\n"
        "Winter Grazing of Marsh Ponies on the Northern Salt Flats\n\n"
        "Ana Lindqvist, Tomas Okafor\n\n"
        "Volume 12, Issue 3, 2019, pp. 45-67\n\n"
        "Abstract\n"
        "Grazing of marsh ponies on the salt flats in winter changes the vegetation of the "
        "flats in ways that field records describe only poorly.\n"
    )
    section = (
        "Winter Grazing of Marsh Ponies on the Northern Salt Flats\n\n"
        "Introduction to the Study Area\n\n"
        "The salt flats of the north are grazed by marsh ponies in winter, and the grazing "
        "changes the vegetation in ways that field records describe only poorly.\n"
    )
    for text in (journal, section):
        assert parse_record(text).title == (
            "Winter Grazing of Marsh Ponies on the Northern Salt Flats"
        )


# --- a heading in Chinese or Japanese wrapped after a particle -----------------------------

JA = (
    "ホーム > 論文検索\n\n"
    "北方湿地における潮汐の長期観測と\n"
    "堤防管理の歴史的変遷に関する研究\n\n"
    "山田 花子, 佐藤 太郎\n\n"
    "湿地研究 第12巻 第3号 45-67頁 2019年\n\n"
    "抄録\n"
    "北方湿地の堤防管理は、潮汐の長期観測に基づいて地域の裁判所が担ってきた。本研究では、"
    "その記録を分析し、管理の変遷を明らかにした。\n"
)

ZH = (
    "首页 > 期刊 > 论文\n\n"
    "北方湿地潮汐长期观测与\n"
    "堤防管理的历史变迁研究\n\n"
    "王小明, 李华\n\n"
    "湿地研究, 2019, 12(3): 45-67\n\n"
    "摘要\n"
    "北方湿地的堤防管理长期依赖地方法院对潮汐的观测。本文分析了这些记录，揭示了管理方式的变迁。\n"
)


def test_a_japanese_and_a_chinese_heading_wrapped_after_a_particle_join_unspaced() -> None:
    assert (
        parse_record(JA).title == "北方湿地における潮汐の長期観測と堤防管理の歴史的変遷に関する研究"
    )
    assert parse_record(ZH).title == "北方湿地潮汐长期观测与堤防管理的历史变迁研究"


def test_a_subtitle_line_opening_with_a_dash_or_a_noun_end_is_no_wrap() -> None:
    page, _ = _prepare("湿地の堤防\n", None)
    rules = page.rules
    assert wrapped_caseless("北方湿地における潮汐の", "長期観測", rules)
    assert not wrapped_caseless("北方湿地の堤防管理", "――潮汐観測の記録から", rules)
    assert not wrapped_caseless("北方湿地の堤防管理", "潮汐観測の記録から", rules)
    assert not wrapped_caseless("Marsh law of the", "northern fens", rules)


def test_a_short_line_in_small_letters_under_a_whole_title_is_no_wrap() -> None:
    text = (
        "Kaarten van de getijden in de noordelijke wadden en kwelders\n"
        "verslag van veldwerk\n\n"
        "De kaarten tonen de getijden van de noordelijke wadden over twaalf jaar van metingen "
        "door de dijkgraven en hun opzichters.\n"
    )
    assert parse_record(text).title == (
        "Kaarten van de getijden in de noordelijke wadden en kwelders"
    )


# --- a sentence under the page's heading is no title ----------------------------------------


def test_a_quoted_sentence_under_a_symposium_heading_is_no_title() -> None:
    text = (
        "2019 Fenland Symposium\n\n"
        "We were glad to host the fourth symposium of the fen society at the marsh station "
        "from 10 to 12 September, with seven panels on tides, dykes and courts.\n\n"
        "Over the three days the panels asked how the courts of the fens kept the dykes and "
        "who paid for the work when the tides broke them.\n\n"
        "Comments from the participants included:\n\n"
        "“The panels were lively and rich in how they framed the keeping of the dykes.”\n\n"
        "“The talks between the speakers and the hall gave much room for new ideas.”\n"
    )
    assert parse_record(text).title == "2019 Fenland Symposium"


def test_a_description_sentence_under_a_book_heading_is_no_title() -> None:
    text = (
        "Поделиться\n"
        "Оценить\n\n"
        "Хранители плотин\n\n"
        "Ольга Берёзкина\n\n"
        "Описание и характеристики\n\n"
        "Длинный список премии болотного края.\n"
        "Смешной и очень северный роман о смотрителях плотин и о судах приливов.\n\n"
        "Издательство Кранич\n"
        "Год издания 2021\n"
        "ISBN 978-5-00-012345-6\n"
    )
    assert parse_record(text).title == "Хранители плотин"


def test_a_sentence_with_its_byline_under_it_or_over_the_heading_keeps_its_score() -> None:
    # (a medical index prints an article's title with a full stop, its byline under it)
    page, _ = _prepare("Fen Medicine Index\n\nMarsh fever in the northern fens.\n", None)
    heading = Cand("Fen Medicine Index", 0.6, (0, 18), "title-like line", {"byline": 0.0})
    titled = Cand("Marsh fever in the northern fens.", 0.8, (20, 53), "t", {"byline": 1.0})
    loose = Cand("Marsh fever in the northern fens.", 0.8, (20, 53), "t", {"byline": 0.0})
    above = Cand("Marsh fever in the northern fens.", 0.8, (0, 10), "t", {"byline": 0.0})
    sentences_under_heading(page, [heading, titled, loose, above])
    assert (titled.score, above.score) == (0.8, 0.8)
    assert loose.score < 0.8


# --- an article's type glued before its title -------------------------------------------


def test_an_article_type_glued_before_the_title_is_cut_in_three_languages() -> None:
    for kicker, title in (
        ("Original Article", "Winter Grazing and the Salt Flats: Effects of Tides on Marsh Ponies"),
        ("Artículo original", "Pastoreo invernal en las marismas del norte y sus mareas"),
        ("Оригинальная статья", "Зимний выпас на солончаках северных болот и приливы"),
    ):
        text = (
            "Skip to contents\n\n"
            "FJM : Fen Journal of Marsh Studies\n\n"
            "HOME > Fen J Marsh Stud > Volume 12(3); 2019 > Article\n"
            f"{kicker} {title}\n"
            "Ana Lindqvist1, Tomas Okafor2\n"
            "Fen Journal of Marsh Studies 2019;12(3):45-67.\n\n"
            "1Marsh Station, Fenby\n\n"
            "Abstract\n"
            "Winter grazing on the salt flats of the northern fens changes the marsh plants, "
            "and the tides carry the seeds of the grazed plants further than before.\n"
        )
        assert parse_record(text).title == title.split(": ")[0]


def test_a_type_word_alone_or_a_numbered_type_cuts_nothing() -> None:
    from comet.page.title_kickers import after_type_kicker

    page, _ = _prepare("x\n", None)
    assert after_type_kicker("Editorial Board of the Fen Journal of Marsh Studies", page) == 0
    assert after_type_kicker("Research Article 12 Winter Grazing on the Salt Flats", page) == 0
    assert after_type_kicker("Original Research Article Winter Grazing on Flats", page) > 0
    assert after_type_kicker("Winter Grazing on the Salt Flats of the Fens", page) == 0


def test_a_title_ending_with_a_dash_takes_its_subtitle_line_but_no_container() -> None:
    dashed = (
        "Inicio / Libros\n\n"
        "La gestión del agua en los humedales del norte –\n"
        "Un estudio de los tribunales de mareas\n\n"
        "Editorial Garza, 2020. 212 p.\n\n"
        "Durante siglos, la gestión del agua en los humedales del norte dependió de tribunales "
        "locales que medían las mareas y ordenaban limpiar los canales.\n"
    )
    proceedings = (
        "Marsh Law in the Northern Fens:\n"
        "Proceedings of the Fen Society Conference on Tides\n\n"
        "The papers of the conference ask how the courts of the fens kept the dykes and who "
        "paid for the work when the tides broke them.\n"
    )
    journal = (
        "Marsh Law in the Northern Fens:\n"
        "Fenland Review of Tides and Courts\n\n"
        "The papers of the review ask how the courts of the fens kept the dykes and who "
        "paid for the work when the tides broke them.\n"
    )
    assert _colon_pairs(dashed) == [1]
    assert parse_record(dashed).title == "La gestión del agua en los humedales del norte"
    assert _colon_pairs(proceedings) == []
    assert _colon_pairs(journal) == []


def test_a_headline_closing_with_an_exclamation_mark_is_no_sentence() -> None:
    from comet.page.title_sentences import _sentence

    assert not _sentence("Save the Ponies of the Salt Flats!")
    assert not _sentence("Who Keeps the Dykes of the Fens?")
    assert not _sentence("Vol. 12, No. 3, pp. 45-67, 2019.")
    assert _sentence("Longlisted for the Fen Book Prize.")
    assert _sentence("“The talks on the tides were the best of the week!”")


JA_BOOK = (
    "ホーム > 図書\n\n"
    "北方湿地における潮汐の長期観測と\n"
    "{lower}\n\n"
    "出版社: 鷺書房\n"
    "出版年: 2019\n"
    "ISBN: 978-4-00-012345-6\n\n"
    "北方湿地の堤防管理は、潮汐の長期観測に基づいて地域の裁判所が担ってきた。本書は、その記録を"
    "分析し、管理の変遷を明らかにする。\n"
)


def test_a_japanese_heading_wrapped_with_no_byline_joins_but_takes_no_sentence() -> None:
    wrapped = JA_BOOK.format(lower="堤防管理の歴史的変遷に関する研究")
    sentence = JA_BOOK.format(lower="堤防管理の歴史を記録から明らかにした。")
    assert (
        parse_record(wrapped).title
        == "北方湿地における潮汐の長期観測と堤防管理の歴史的変遷に関する研究"
    )
    assert parse_record(sentence).title == "北方湿地における潮汐の長期観測と"


def test_a_title_opening_with_a_genre_term_keeps_its_words() -> None:
    # review27: a kicker names the article's unit (Article, Paper, статья); a genre term
    # whose words name another genre or none ('Case Report', 'Short Communication',
    # 'Literature Review') opens many titles and is no glued type
    from comet.page.title_kickers import after_type_kicker

    page, _ = _prepare("x\n", None)
    for title in (
        "Case Report Forms in Trials of Fen Medicine",
        "Short Communication Skills of Marsh Wardens Today",
        "Literature Review Methods for the Northern Fen Studies",
        "Brief Report Cards for the Reed Schools of Fenby",
    ):
        assert after_type_kicker(title, page) == 0, title
    assert after_type_kicker("Review Article Winter Grazing on the Salt Flats", page) > 0
    assert after_type_kicker("Research Paper Winter Grazing on the Salt Flats", page) > 0
    text = (
        "Case Report Forms in Trials of Fen Medicine\n"
        "Ida Moe, Ola Berg\n"
        "Marsh Letters 2020; 12(3): 45-67\n"
    )
    assert parse_record(text).title == "Case Report Forms in Trials of Fen Medicine"
