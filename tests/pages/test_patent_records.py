"""A patent's head on a page (``comet.page.patent_grammar``, ``comet.page.patent_record``):
INID codes, the ``[patents]`` labels of the locales and an office's publication number make
the work a ``patent``, with its number, inventors (its authors), publication date and title;
a page citing a patent, a list of patents or a product's page with a patent number is none.
Every page, name, number and title here was written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.page.patent_grammar import (
    inventor_names,
    line_openings,
    number_at_start,
    number_closing,
    patent_number,
)

RULES = tuple(_loc.all_rules())


def _record(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


def _names(item: dict[str, object]) -> list[tuple[str, str]]:
    return [(a.get("family", ""), a.get("given", "")) for a in item.get("author", [])]  # type: ignore[attr-defined]


# -- the grammar: numbers, openings, names ------------------------------------------------


def test_publication_numbers_of_several_offices_are_read_whole() -> None:
    for text in (
        "US 7,215,804",
        "7,215,804",
        "US 2021/0345678 A1",
        "EP 3 141 592 B1",
        "WO 2020/271828 A1",
        "CN 110271828 A",
        "JP 2020-141592 A",
        "DE 10 2020 314 159 A1",
        "KR 10-2020-0031415",
        "US7215804B2",
        "EP3141592A1",
        "RU 2 718 281 C1",
    ):
        assert patent_number(text, RULES) == text, text


def test_short_numbers_years_and_other_codes_are_no_publication_number() -> None:
    for text in ("1999", "US 1,000", "ISO 9001", "EP 12", "Model HX-2000", "A1", "", "US"):
        assert patent_number(text, RULES) is None, text


def test_a_database_key_opens_a_line_and_a_number_closes_a_heading() -> None:
    assert number_at_start("US7215804B2 - Folding reed filter - Patent search", RULES) == (
        "US7215804B2"
    )
    assert number_at_start("US 7,215,804 - Folding reed filter", RULES) is None  # (no key)
    assert number_closing("United States Patent 7,215,804", RULES) == (21, "7,215,804")
    assert number_closing("Brevet FR 3 141 592 A1", RULES) == (7, "FR 3 141 592 A1")


def test_inid_codes_and_labels_open_the_data_of_a_line() -> None:
    roles = [op.role for op in line_openings("(72) Erfinder: Brandt, Jonas", RULES)]
    assert roles == ["inventor"]
    line = "United States Patent [19] [11] Patent Number: 7,215,804"
    openings = line_openings(line, RULES)
    assert [op.role for op in openings] == ["other", "number"]
    assert line[openings[1].value_start :] == "7,215,804"
    assert [op.role for op in line_openings("发明人：赵明；孙丽", RULES)] == ["inventor"]
    assert [op.role for op in line_openings("【発明者】佐藤 花子", RULES)] == ["inventor"]
    assert [op.role for op in line_openings("Date de dépôt : 3 mai 2011", RULES)] == ["filed"]
    assert line_openings("Inventory: 12 reeds", RULES) == []
    assert line_openings("The inventor of the reed filter", RULES) == []


def test_inventor_names_drop_their_places_in_every_order() -> None:
    for value in (
        "Brandt; Jonas K. (Marshtown, MN), Quill; Elena (Fenwick, OR)",
        "Jonas K. Brandt (Marshtown, MN), Elena Quill (Fenwick, OR)",
        "Brandt, Jonas K., Marshtown, US; Quill, Elena, Fenwick, US",
        "Brandt, Jonas K. [US]; Quill, Elena [US]",
    ):
        assert [(p.family, p.given) for p in inventor_names(value, RULES)] == [
            ("Brandt", "Jonas K."),
            ("Quill", "Elena"),
        ], value
    capitals = inventor_names("BRANDT JONAS [US]; QUILL ELENA [US]", RULES)
    assert [p.family for p in capitals] == ["BRANDT", "QUILL"]
    assert inventor_names("(US) [DE]", RULES) == ()


@given(st.text(max_size=120))
def test_any_text_gives_a_number_or_none(text: str) -> None:
    found = patent_number(text, RULES)
    assert found is None or found == text.strip()
    key = number_at_start(text, RULES)
    assert key is None or text.startswith(key)
    closing = number_closing(text, RULES)
    assert closing is None or text[closing[0] :].startswith(closing[1])


@given(st.text(max_size=160))
def test_any_line_gives_openings_inside_it(text: str) -> None:
    for op in line_openings(text, RULES):
        assert 0 <= op.start <= op.value_start <= len(text)


@given(st.text(max_size=160))
def test_any_value_gives_names_or_none(text: str) -> None:
    assert isinstance(inventor_names(text, RULES), tuple)


# -- whole pages of several offices and languages -----------------------------------------


US_FULL_TEXT = """( 1 of 1 )

United States Patent\t       7,215,804
Brandt , et al.\tMay 8, 2007

Reed filter with a folded fibre core

Abstract

A filter has a core of folded reed fibres held in a frame so that water flows through
channels between them.

Inventors:\tBrandt; Jonas K. (Marshtown, MN), Quill; Elena (Fenwick, OR)
Assignee:\tFenwick Water Works, Inc. (Fenwick, OR)
Appl. No.:\t10/456,789
Filed:\tJune 6, 2003

References Cited [Referenced By]
U.S. Patent Documents

5112233\tMay 1992\tBaxter et al.
6223344\tMay 2001\tNguyen

Other References

Baxter et al., Journal of Reed Science, vol. 12, pp. 33-41 (1999). cited by other .
"""


def test_an_office_s_full_text_page_is_a_patent_dated_by_its_head() -> None:
    item = _record(US_FULL_TEXT)
    assert item["type"] == "patent"
    assert item["number"] == "7,215,804"
    assert _names(item) == [("Brandt", "Jonas K."), ("Quill", "Elena")]
    assert item["issued"] == {"date-parts": [[2007, 5, 8]]}  # (not filed, not a reference's)
    assert item["title"] == "Reed filter with a folded fibre core"
    assert "container-title" not in item and "volume" not in item


def test_an_application_s_full_text_page_is_dated_under_its_kind_code() -> None:
    text = (
        "United States Patent Application\t20070123456\n"
        "Kind Code\tA1\n"
        "Brandt; Jonas K. ; et al.\tMay 31, 2007\n"
        "\n"
        "Reed filter with a woven fibre core\n"
        "\n"
        "Abstract\n"
        "A filter has a core of woven reed fibres.\n"
        "\n"
        "Inventors:\tBrandt; Jonas K.; (Marshtown, MN) ; Quill; Elena; (Fenwick, OR)\n"
        "Serial No.:\t456789\n"
        "Filed:\tNovember 30, 2006\n"
    )
    item = _record(text)
    assert (item["type"], item["number"]) == ("patent", "20070123456")
    assert _names(item) == [("Brandt", "Jonas K."), ("Quill", "Elena")]
    assert item["issued"] == {"date-parts": [[2007, 5, 31]]}


def test_a_front_page_s_inid_codes_give_number_date_title_and_inventors() -> None:
    text = (
        "(19) European Patent Office\n"
        "(11) EP 3 141 592 B1\n"
        "(12) EUROPEAN PATENT SPECIFICATION\n"
        "(45) Date of publication and mention of the grant of the patent: 11.09.2019 "
        "Bulletin 2019/37\n"
        "(21) Application number: 15734567.8\n"
        "(22) Date of filing: 02.07.2015\n"
        "(54) Reed filter with a folded fibre core\n"
        "(73) Proprietor: Fenwick Water Works, Inc.\n"
        "(72) Inventors: BRANDT, Jonas (US); QUILL, Elena (US)\n"
    )
    item = _record(text)
    assert item["type"] == "patent"
    assert item["number"] == "EP 3 141 592 B1"
    assert item["issued"] == {"date-parts": [[2019, 9, 11]]}
    assert item["title"] == "Reed filter with a folded fibre core"
    assert _names(item) == [("BRANDT", "Jonas"), ("QUILL", "Elena")]


def test_a_portal_s_labels_on_lines_of_their_own_and_its_event_line() -> None:
    text = (
        "US7215804B2 - Reed filter with a folded fibre core - Patent Finder\n"
        "Reed filter with a folded fibre core\n"
        "Download PDF\n"
        "Publication number\n"
        "US7215804B2\n"
        "Inventor\n"
        "Jonas K. Brandt\n"
        "Elena Quill\n"
        "Current Assignee (the assignees listed may be out of date)\n"
        "Fenwick Water Works Inc\n"
        "Priority date (an assumption, no legal conclusion)\n"
        "2002-06-10\n"
        "2003-06-06 Application filed by Fenwick Water Works Inc\n"
        "2007-05-08 Application granted\n"
        "2007-05-08 Publication of US7215804B2\n"
        "Abstract\n"
        "A filter has a core of folded reed fibres held in a frame.\n"
    )
    item = _record(text)
    assert item["type"] == "patent"
    assert item["number"] == "US7215804B2"
    assert _names(item) == [("Brandt", "Jonas K."), ("Quill", "Elena")]
    assert item["issued"] == {"date-parts": [[2007, 5, 8]]}  # (never the priority date)
    assert item["title"] == "Reed filter with a folded fibre core"


def test_a_german_register_s_page() -> None:
    text = (
        "Patentregister - Dokument\n"
        "Veröffentlichungsnummer: DE 10 2020 314 159 A1\n"
        "Titel: Filter mit gefaltetem Schilfkern\n"
        "Anmelder: Fenwick Wasser GmbH, 80331 München, DE\n"
        "Erfinder: Brandt, Jonas, Marshtown, US; Quill, Elena, Fenwick, US\n"
        "Anmeldetag: 17.09.2020\n"
        "Veröffentlichungstag: 24.03.2022\n"
    )
    item = _record(text)
    assert item["type"] == "patent"
    assert item["number"] == "DE 10 2020 314 159 A1"
    assert _names(item) == [("Brandt", "Jonas"), ("Quill", "Elena")]
    assert item["issued"] == {"date-parts": [[2022, 3, 24]]}


def test_a_french_office_s_page() -> None:
    text = (
        "Base brevets\n"
        "Numéro de publication : FR 3 141 592 A1\n"
        "Date de publication : 12 avril 2019\n"
        "Titre : Filtre à noyau de roseau plié\n"
        "Demandeur(s) : Société des Eaux de Fenwick\n"
        "Inventeur(s) : BRANDT Jonas ; QUILL Elena\n"
        "Date de dépôt : 3 octobre 2017\n"
    )
    item = _record(text)
    assert item["type"] == "patent"
    assert item["number"] == "FR 3 141 592 A1"
    assert _names(item) == [("BRANDT", "Jonas"), ("QUILL", "Elena")]
    assert item["issued"] == {"date-parts": [[2019, 4, 12]]}


def test_a_spanish_office_s_page() -> None:
    text = (
        "Patentes en línea\n"
        "Número de publicación: ES 2 718 281 T3\n"
        "Fecha de publicación: 28 de junio de 2019\n"
        "Título: Filtro con núcleo de junco plegado\n"
        "Solicitante: Aguas de Fenwick S.L.\n"
        "Inventor(es): Brandt, Jonas; Quill, Elena\n"
        "Fecha de presentación: 2 de julio de 2015\n"
    )
    item = _record(text)
    assert item["type"] == "patent"
    assert item["number"] == "ES 2 718 281 T3"
    assert _names(item) == [("Brandt", "Jonas"), ("Quill", "Elena")]
    assert item["issued"] == {"date-parts": [[2019, 6, 28]]}
    assert item["title"] == "Filtro con núcleo de junco plegado"


def test_a_chinese_office_s_record() -> None:
    text = (
        "专利检索\n"
        "一种折叠芦苇芯过滤器\n"
        "申请号：CN202010314159.2\n"
        "申请日：2020-04-15\n"
        "公开（公告）号：CN111427182A\n"
        "公开(公告)日：2020-07-17\n"
        "发明人：赵明；孙丽；周强\n"
        "申请(专利权)人：某某水务科技有限公司\n"
        "摘要：本发明公开了一种过滤器。\n"
    )
    item = _record(text)
    assert item["type"] == "patent"
    assert item["number"] == "CN111427182A"
    assert [a["family"] for a in item["author"]] == ["赵", "孙", "周"]  # type: ignore[index]
    assert item["issued"] == {"date-parts": [[2020, 7, 17]]}  # (not the filing date)
    assert item["title"] == "一种折叠芦苇芯过滤器"


def test_a_russian_office_s_record() -> None:
    text = (
        "Патент на изобретение\n"
        "Номер патента: RU 2 718 281 C1\n"
        "Дата публикации: 14.04.2020\n"
        "Название изобретения: Фильтр с сердечником из камыша\n"
        "Патентообладатель(и): ООО Фенвик\n"
        "Изобретатель(и): Брандт Иван Петрович (RU), Квиль Елена Сергеевна (RU)\n"
        "Дата подачи заявки: 20.03.2019\n"
    )
    item = _record(text)
    assert item["type"] == "patent"
    assert item["number"] == "RU 2 718 281 C1"
    assert [a["family"] for a in item["author"]] == ["Брандт", "Квиль"]  # type: ignore[index]
    assert item["issued"] == {"date-parts": [[2020, 4, 14]]}
    assert item["title"] == "Фильтр с сердечником из камыша"


def test_korean_and_japanese_records() -> None:
    korean = (
        "특허정보\n"
        "공개번호: KR 10-2020-0031415\n"
        "공개일자: 2020.03.25\n"
        "발명의 명칭: 접힌 갈대 코어 필터\n"
        "출원인: 펜윅 주식회사\n"
        "발명자: 김민수, 이지은\n"
        "출원일자: 2018.09.14\n"
    )
    item = _record(korean)
    assert (item["type"], item["number"]) == ("patent", "KR 10-2020-0031415")
    assert item["issued"] == {"date-parts": [[2020, 3, 25]]}
    assert item["title"] == "접힌 갈대 코어 필터"
    japanese = (
        "特許情報\n"
        "公開番号：JP 2020-141592 A\n"
        "公開日：2020年9月10日\n"
        "発明の名称：折り畳み葦芯フィルタ\n"
        "出願人：フェンウィック株式会社\n"
        "発明者：佐藤 花子\n"
        "出願日：2019年3月5日\n"
    )
    item = _record(japanese)
    assert (item["type"], item["number"]) == ("patent", "JP 2020-141592 A")
    assert item["issued"] == {"date-parts": [[2020, 9, 10]]}
    assert item["title"] == "折り畳み葦芯フィルタ"


# -- no patent's head ------------------------------------------------------------------------


def test_an_article_citing_a_patent_is_no_patent() -> None:
    text = (
        "Reed cores in water filters: a review\n"
        "Jonas Brandt, Elena Quill\n"
        "Journal of Reed Science, vol. 14, no. 2, pp. 33-41, 2015\n"
        "Abstract\n"
        "Folded reed cores were first patented by Brandt (US 7,215,804, 2007); the inventors "
        "of that patent later studied their flow.\n"
        "References\n"
        "[1] Brandt J, Quill E, inventors; Fenwick Water Works, assignee. Reed filter with a "
        "folded fibre core. US patent 7,215,804. 2007 May 8.\n"
    )
    item = _record(text)
    assert item["type"] == "article-journal"
    assert item.get("number") is None


def test_a_product_page_with_a_model_and_a_patent_number_is_no_patent() -> None:
    text = (
        "Fenwick Reed Filter RF-2000\n"
        "Model number: RF 2000455\n"
        "Patent: US 7,215,804\n"
        "Price: $129.00\n"
        "Add to cart\n"
    )
    assert _record(text).get("type") != "patent"


def test_a_list_of_patents_with_their_inventors_is_no_patent() -> None:
    text = (
        "Patents of the Fenwick Reed Laboratory\n"
        "Reed filter with a folded fibre core\n"
        "Patent Number: US 7,215,804 B2\n"
        "Inventors: Jonas Brandt, Elena Quill\n"
        "Reed mat with woven channels\n"
        "Patent Number: US 7,314,159 B1\n"
        "Inventors: Elena Quill, Tomas Reed\n"
    )
    assert _record(text).get("type") != "patent"


def test_a_sentence_naming_a_patent_and_its_number_is_no_heading() -> None:
    text = (
        "Reed filter\n"
        "The reed filter of the Fenwick works is protected by United States Patent 7,215,804\n"
        "Inventors: Jonas Brandt, Elena Quill\n"
        "The reed filter is a water filter with a core of folded reed fibres. It was first "
        "built in the marshes around Fenwick and is now used in many small water works.\n"
    )
    assert _record(text).get("type") != "patent"
