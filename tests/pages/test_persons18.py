"""Persons printed but not read (session 18, ``persons18``): list words and role words of
name lists in more locales. Invented pages in the shapes of real ones (other names, titles
and words)."""

from __future__ import annotations

from comet import parse_names, parse_record


def _names(csl: dict, role: str = "author") -> list[tuple[str, str]]:
    return [(p.get("family", ""), p.get("given", "")) for p in csl.get(role, [])]


PROSE_RU = (
    "В статье рассматривается развитие школьных библиотек за последние двадцать лет и "
    "описывается, как изменились услуги для учеников и учителей. Результаты опроса "
    "показывают, что библиотеки с собственным бюджетом предлагают больше программ. "
) * 6


# --- [person_names].and in more locales ------------------------------------------------


def test_a_russian_byline_joined_by_i_names_both_authors() -> None:
    text = (
        "Школьные библиотеки в эпоху перемен\n"
        "Гущин К. Л. и Осокина В. Р.\n"
        "Аннотация\n" + PROSE_RU + "\n"
    )
    assert _names(parse_record(text).to_csl()) == [("Гущин", "К. Л."), ("Осокина", "В. Р.")]


def test_two_places_joined_by_i_under_a_title_are_no_authors() -> None:
    # (negative) 'Москва и Тверь' looks like a list of two one-word names: no byline
    text = "Школьные библиотеки в эпоху перемен\nМосква и Тверь\n" + PROSE_RU + "\n"
    assert "author" not in parse_record(text).to_csl()


def test_list_words_of_more_locales_split_a_list() -> None:
    cases = {
        "Тарас Дзюба та Орися Гнатюк": ["Дзюба", "Гнатюк"],
        "Réka Bodnár és Ottó Szalai": ["Bodnár", "Szalai"],
        "Đàm Văn Khải và Lò Thị Hiền": ["Khải", "Hiền"],
    }
    for text, families in cases.items():
        assert [p.family for p in parse_names(text)] == families, text


def test_a_ukrainian_heading_with_ta_under_the_title_is_no_byline() -> None:
    # (negative) a section heading 'Звіти та Плани' joins two capitalised words by the list
    # word: no authors
    text = (
        "Шкільні бібліотеки в добу змін\n"
        "Звіти та Плани\n"
        "У статті розглянуто розвиток шкільних бібліотек за останні двадцять років і "
        "показано, як змінилися послуги для учнів та вчителів.\n"
    )
    assert "author" not in parse_record(text).to_csl()


# --- role words ---------------------------------------------------------------------------


def test_editors_phrases_in_russian_and_ukrainian_name_the_editor() -> None:
    assert parse_names("под редакцией К. Л. Гущина").role == "editor"
    assert parse_names("за редакцією О. Гнатюк").role == "editor"
    assert parse_names("pod redakcją Anny Wrony").role == "editor"
    # (negative) a name alone carries no role
    assert parse_names("Гущин К. Л.").role is None


# --- a post's meta row of short segments ---------------------------------------------------

PROSE_PT = (
    "A equipe do centro comunitário registrou nesta manhã a entrega de novos equipamentos "
    "para as oficinas de marcenaria, que atendem jovens do bairro duas vezes por semana. "
) * 4


def _post(meta: str) -> str:
    return (
        "Arquivo\nJaneiro (12)\nFevereiro (3)\n\n"
        "Oficinas de marcenaria recebem novos equipamentos\n\n" + meta + "\n" + PROSE_PT + "\n"
    )


def test_a_meta_row_with_an_author_phrase_names_the_author() -> None:
    # the row is longer than a meta line (90 characters), but each of its segments is short
    meta = (
        "12/03/2019 - Publicado por: Marta Quintela - Categoria: Educação - "
        "Tags: oficinas marcenaria jovens"
    )
    assert len(meta) > 90
    assert _names(parse_record(_post(meta)).to_csl()) == [("Quintela", "Marta")]


def test_a_photographer_credit_in_a_meta_row_is_no_author() -> None:
    # (negative) 'Foto por' / 'Photo by' is no author phrase of the locales
    meta = "12/03/2019 - Foto por: Marta Quintela - Categoria: Educação - Tags: oficinas jovens"
    assert "author" not in parse_record(_post(meta)).to_csl()
    meta = "March 12, 2019 | Photo by Marta Quintela | Education | 3 Comments"
    assert "author" not in parse_record(_post(meta)).to_csl()


def test_a_long_sentence_with_dashes_is_no_meta_row() -> None:
    # (negative) a sentence of more than six words between its dashes: no meta row
    meta = (
        "12/03/2019 - Publicado por: Marta Quintela - a equipe do centro comunitário registrou "
        "a entrega de novos equipamentos - Tags: oficinas"
    )
    assert "author" not in parse_record(_post(meta)).to_csl()


def test_one_known_given_name_after_by_closes_a_meta_line() -> None:
    text = (
        "The Clearwater Blog\n\nMarch 2019 open thread\n\nMarch 12, 2019 | by Helena\n"
        "Our goal with these threads is to give readers a place to raise questions about "
        "our research and our recommendations, and to hear what we have changed since. " * 3
    )
    assert _names(parse_record(text).to_csl()) == [("Helena", "")]


def test_one_word_that_is_no_given_name_after_by_is_no_author() -> None:
    # (negative) 'by Admin', 'by Redaktion': an account, no person
    for who in ("Admin", "Redaktion", "Staff"):
        text = (
            "The Clearwater Blog\n\nMarch 2019 open thread\n\nMarch 12, 2019 | by " + who + "\n"
            "Our goal with these threads is to give readers a place to raise questions about "
            "our research and our recommendations, and to hear what we have changed since. " * 3
        )
        assert "author" not in parse_record(text).to_csl(), who


# --- a role phrase opening the line under the title -----------------------------------------

PROSE_EN = (
    "The coastal wetlands of the northern delta have changed over the last four decades, "
    "as dams upstream hold back the silt that once rebuilt the banks after each flood. "
) * 4


def _roles(text: str) -> dict[str, list[str]]:
    csl = parse_record(text).to_csl()
    keys = ("author", "editor", "translator", "compiler")
    return {k: [p.get("family") or p.get("literal") for p in csl[k]] for k in keys if k in csl}


def test_a_translator_or_compiler_line_under_the_title_names_no_author() -> None:
    cases = {
        "Translated by Ana Ruiz": {"translator": ["Ruiz"]},
        "Compiled by Ana Ruiz": {"compiler": ["Ruiz"]},
        "Traduit par Lucie Marchetti": {"translator": ["Marchetti"]},
        "Übersetzt von Jana Ohlsen": {"translator": ["Ohlsen"]},
        "Traduzione di Marta Rossini": {"translator": ["Rossini"]},
        "Составитель: Гущин К. Л.": {"compiler": ["Гущин"]},
        "Переводчик: Гущин К. Л.": {"translator": ["Гущин"]},
        "Çeviren: Ayşe Demirkol": {"translator": ["Demirkol"]},
    }
    for line, want in cases.items():
        assert _roles(f"The Delta Wetlands\n{line}\n{PROSE_EN}\n") == want, line


def test_role_words_in_lower_case_or_a_body_make_no_person() -> None:
    # (negative) 'Translated by machine', 'Edited by the Fenland Survey Office': no person
    for line in ("Translated by machine from the original", "Edited by the Fenland Survey Office"):
        got = _roles(f"The Delta Wetlands\n{line}\n{PROSE_EN}\n")
        assert "translator" not in got and "author" not in got, line


def test_a_covers_prepared_by_phrase_still_names_the_author() -> None:
    # (negative) 'Udarbejdet af' is a Danish compiler's phrase and a report cover's byline
    # opener: on a cover it names the report's author (the cover reader's), never a compiler
    text = (
        "Fremtidens folkebiblioteker\nUdarbejdet af Ane Lundgaard\n"
        "Rapporten beskriver, hvordan bibliotekerne har udviklet sig i de seneste tyve år, "
        "og hvordan tilbuddene til børn og voksne har ændret sig. " * 3 + "\n"
    )
    assert "compiler" not in _roles(text)


# --- writers' job titles in more locales ---------------------------------------------------


def test_a_writers_job_title_after_the_name_is_no_part_of_it() -> None:
    cases = {
        "Skoler i sentrum\nKari Nordby Nyhetsredaktør\n": ("Nordby", "Kari"),
        "Nowe szkoły w centrum miasta\nAnna Wrona Dziennikarka\n": ("Wrona", "Anna"),
        "Nové školy v centru města\nJana Horáková Redaktorka\n": ("Horáková", "Jana"),
        "Nya skolor i centrum\nKarin Lund Krönikör\n": ("Lund", "Karin"),
        "Новые школы в центре города\nКирилл Лаптев Обозреватель\n": ("Лаптев", "Кирилл"),
    }
    prose = (
        "12.03.2024\nThe council voted for the plan late last night after a long debate, and "
        "the work on the new schools starts in the autumn as planned. " * 3 + "\n"
    )
    for head, want in cases.items():
        assert _names(parse_record(head + prose).to_csl()) == [want], head


def test_a_job_title_alone_under_the_title_is_no_person() -> None:
    # (negative) 'Dziennikarka' / 'Обозреватель' alone: a job, no name
    for head in ("Nowe szkoły w centrum miasta\nDziennikarka\n", "Новые школы\nОбозреватель\n"):
        text = head + "The council voted for the plan late last night after a long debate. " * 3
        assert "author" not in parse_record(text).to_csl(), head


# --- Ukrainian patronymics -----------------------------------------------------------------


def test_a_ukrainian_name_closed_by_a_patronymic_is_family_first() -> None:
    prose = (
        "У статті розглянуто розвиток шкільних бібліотек за останні двадцять років і "
        "показано, як змінилися послуги для учнів та вчителів. " * 3
    )
    head = "Шкільні бібліотеки в добу змін\n"
    got = _names(parse_record(head + "Дзюба Орися Тарасівна\n" + prose).to_csl())
    assert got == [("Дзюба", "Орися Тарасівна")]
    # (negative) given name, patronymic, family name: the printed order is kept
    got = _names(parse_record(head + "Орися Тарасівна Дзюба\n" + prose).to_csl())
    assert got == [("Дзюба", "Орися Тарасівна")]


def test_a_translators_line_under_the_byline_names_the_translator() -> None:
    text = f"The Delta Wetlands\nby Jane Marsh\nTranslated by Ana Ruiz\n{PROSE_EN}\n"
    assert _roles(text) == {"author": ["Marsh"], "translator": ["Ruiz"]}
    text = f"The Delta Wetlands\nJane Marsh\nTranslated by Ana Ruiz\nIllustrated by Tom Lee\n{PROSE_EN}"
    csl = parse_record(text).to_csl()
    assert csl["title"] == "The Delta Wetlands"  # a contributor's line is no title
    assert _names(csl, "illustrator") == [("Lee", "Tom")]


def test_an_editors_mark_closing_the_list_still_names_every_editor() -> None:
    # (negative) '(eds.)' after the last name is no role phrase opening a new list
    text = f"The Delta Wetlands\nAna Ruiz,\nTom Lee (eds.)\n{PROSE_EN}\n"
    assert _roles(text) == {"editor": ["Ruiz", "Lee"]}


def test_a_shops_contributor_line_with_its_role_in_brackets() -> None:
    text = f"The Delta Wetlands\nBy (author) Philip Marsh\nIllustrated by (illustrator) Tom Lee\n{PROSE_EN}"
    csl = parse_record(text).to_csl()
    assert csl["title"] == "The Delta Wetlands"
    assert _roles(text) == {"author": ["Marsh"]}
    assert _names(csl, "illustrator") == [("Lee", "Tom")]
    # (negative) words in brackets that name no role: no contributor's line
    text = f"The Delta Wetlands\nBy (the river) Philip Marsh\n{PROSE_EN}"
    assert "illustrator" not in parse_record(text).to_csl()


def test_a_role_phrase_and_colon_before_a_body_is_no_title() -> None:
    text = f"The Delta Wetlands\nCompiled by: The Fenland Survey Office\n{PROSE_EN}"
    assert parse_record(text).to_csl()["title"] == "The Delta Wetlands"
    # (negative) a title opening with the words of a role phrase and no colon stays a title
    text = f"Translated by Machines: How Software Reads Old Books\nAna Ruiz\n{PROSE_EN}"
    assert parse_record(text).to_csl()["title"].startswith("Translated by Machines")


# --- a document's author inside a page glued into one line ---------------------------------

GLUED = (
    "Coastal Policy Series 41 R I V E R S A N D T I D E S : W H A T W E K N O W "
    "The deltas of the north sea coast have lost much of their silt over the last decades "
    "as dams hold it back upstream and the banks retreat faster each winter season now "
)


def _glued(byline: str) -> str:
    return "Rivers and tides - Coastal Policy Desk\n\n" + GLUED + byline + "\n"


def test_a_name_after_by_in_a_glued_line_is_the_author() -> None:
    assert _names(parse_record(_glued("By Ana K. Marsh")).to_csl()) == [("Marsh", "Ana K.")]
    text = _glued("Policy Desk Author: Ida Lovrenc Policy Desk Series 41.2")
    assert _names(parse_record(text).to_csl()) == [("Lovrenc", "Ida")]


def test_by_in_a_glued_sentence_or_a_photo_credit_is_no_author() -> None:
    # (negative) 'By Ana Marsh is meant …' goes on in lower case: a sentence; 'Photo By …'
    # is a photographer's credit; a short line is no glued page
    for tail in ("By Ana Marsh is meant the warden of the dunes", "Photo By Ana Marsh"):
        assert "author" not in parse_record(_glued(tail)).to_csl(), tail
    text = "Rivers and tides\n\nStand By Me Ana Marsh Band Tour 2019\n"
    assert "author" not in parse_record(text).to_csl()


# --- review18's edge cases ------------------------------------------------------------------

PROSE_VI = (
    "Thư viện thành phố sẽ mở cửa thêm vào ngày thứ Bảy hằng tuần để phục vụ học sinh và "
    "người đi làm. Thư viện cũng tổ chức các buổi đọc sách cho trẻ em. " * 3
)


def test_the_editorial_board_is_no_person() -> None:
    # (negative) 'Tác giả: Ban biên tập' (the editorial board): the role word 'biên tập'
    # leaves 'Ban', no person; the title stays the headline
    text = (
        "Thư viện thành phố mở cửa thêm ngày thứ Bảy\nNgày: 08/05/2024\n"
        "Địa điểm: Thư viện thành phố\n" + PROSE_VI + "\nTác giả: Ban biên tập\n"
    )
    csl = parse_record(text).to_csl()
    assert "author" not in csl and "editor" not in csl
    assert csl["title"] == "Thư viện thành phố mở cửa thêm ngày thứ Bảy"


def test_two_places_joined_by_va_are_no_authors() -> None:
    # (negative) 'Hà Nội và Đà Nẵng': two-syllable names opening with a family-first
    # surname are places as often as people
    text = "Trang chủ\nThành phố trồng thêm một nghìn cây xanh\nHà Nội và Đà Nẵng\n" + PROSE_VI
    assert "author" not in parse_record(text).to_csl()


def test_a_function_word_is_no_family_name_in_a_glued_line() -> None:
    # (negative) 'By Grace Of The Mayor': 'Of' is no family name
    assert "author" not in parse_record(_glued("Pool By Grace Of The Mayor")).to_csl()
