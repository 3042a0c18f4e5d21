"""Catalogue records of many systems and languages (wide set "opac23"): the display labels
catalogues print (main author, other authors, published, edition, series, subjects,
physical description) in a dozen languages, in the three layouts they use (``Label: value``;
a label cell and a value cell; a label line over its value line); a record's title label
against an interface line that repeats the title; and the numbering of a part closing an
ISBD title area. Every case is hand-written in the shapes catalogues print; the titles,
names, places and publishers are invented.
"""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet.page import parse_record
from comet.page.isbd import isbd_description
from comet.page.isbd_numbering import part_designation

RULES = _loc.all_rules()

#: lang: main author, other authors, language, published, edition, series, subjects,
#: physical description, language name, "similar items" heading, page abbreviation
LABELS = {
    "de": ("Hauptverfasser", "Weitere Verfasser", "Sprache", "Veröffentlicht", "Ausgabe",
           "Schriftenreihe", "Schlagworte", "Physische Beschreibung", "Deutsch",
           "Ähnliche Einträge", "S."),
    "nl": ("Hoofdauteur", "Andere auteurs", "Taal", "Gepubliceerd", "Editie", "Reeks",
           "Onderwerpen", "Fysieke beschrijving", "Nederlands", "Vergelijkbare items", "p."),
    "sv": ("Huvudförfattare", "Övriga författare", "Språk", "Publicerad", "Upplaga", "Serier",
           "Ämnen", "Fysisk beskrivning", "Svenska", "Liknande titlar", "s."),
    "da": ("Hovedforfatter", "Andre forfattere", "Sprog", "Udgivet", "Udgave", "Serie", "Emner",
           "Fysisk beskrivelse", "Dansk", "Lignende materialer", "s."),
    "nb": ("Hovedforfatter", "Andre forfattere", "Språk", "Utgitt", "Utgave", "Serie", "Emner",
           "Fysisk beskrivelse", "Norsk", "Lignende materiale", "s."),
    "fi": ("Päätekijä", "Muut tekijät", "Kieli", "Julkaistu", "Painos", "Sarjat", "Aiheet",
           "Ulkoasu", "suomi", "Samankaltaisia teoksia", "s."),
    "pl": ("Autor główny", "Inni autorzy", "Język", "Opublikowane", "Wydanie", "Seria", "Tematy",
           "Opis fizyczny", "polski", "Podobne pozycje", "s."),
    "cs": ("Hlavní autor", "Další autoři", "Jazyk", "Vydáno", "Vydání", "Edice", "Témata",
           "Fyzický popis", "čeština", "Podobné jednotky", "s."),
    "ru": ("Главный автор", "Другие авторы", "Язык", "Опубликовано", "Издание", "Серия",
           "Рубрики", "Физическое описание", "русский", "Похожие документы", "с."),
    "tr": ("Ana yazar", "Diğer Yazarlar", "Dil", "Yayın Bilgisi", "Baskı", "Dizi", "Konular",
           "Fiziksel açıklama", "Türkçe", "Benzer Materyaller", "s."),
    "fr": ("Auteur principal", "Contributeurs", "Langue", "Publié", "Mention d'édition",
           "Collection", "Sujet(s)", "Description matérielle", "Français",
           "Documents similaires", "p."),
    "en": ("Statement of responsibility", "Other authors", "Language", "Published",
           "Edition statement", "Series statement", "Local subjects", "Physical details", "English",
           "Similar items", "p."),
}  # fmt: skip


def _record(lang: str, layout: str) -> str:
    (author, others, language, published, edition, series, subjects, extent, lang_name,
     similar, page_word) = LABELS[lang]  # fmt: skip
    fields = [
        (author, "Quellmark, Odrun"),
        (others, "Taviner, Bess"),
        (language, lang_name),
        (published, "Lanmouth : Greywater Press, 2011."),
        (edition, "2nd ed."),
        (series, "Coastal studies ; 14"),
        (subjects, "Harbours -- History"),
        (extent, f"xii, 318 {page_word} : ill. ; 24 cm"),
        ("ISBN", "9781234567897"),
    ]
    if layout == "colon":
        rows = [f"{label}: {value}" for label, value in fields]
    elif layout == "cells":
        rows = [f"{label}\t{value}" for label, value in fields]
    else:  # a label line over its value line
        rows = [row for pair in fields for row in pair]
    lines = ["Catalogue", "Velvet harbours of the north : essays on tidal towns", *rows]
    lines += [similar, "Tidal towns of the south", "Harbour lights of the west"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("layout", ["colon", "cells", "lines"])
@pytest.mark.parametrize("lang", sorted(LABELS))
def test_a_records_display_labels_in_many_languages(lang: str, layout: str) -> None:
    csl = parse_record(_record(lang, layout)).to_csl()
    assert csl["title"] == "Velvet harbours of the north: essays on tidal towns"
    names = [p["family"] for k in ("author", "contributor") for p in csl.get(k, [])]
    assert names[:2] == ["Quellmark", "Taviner"]
    assert csl["publisher"] == "Greywater Press"
    assert csl["publisher-place"] == "Lanmouth"
    assert csl["issued"] == {"date-parts": [[2011]]}
    assert "2" in csl["edition"]
    assert csl["collection-title"] == "Coastal studies"
    assert csl["number-of-pages"] == "318"


def test_a_footers_legal_notice_link_is_no_publisher() -> None:
    # 'Impressum' (a German site's legal notice) alone in a footer, the next link under it
    text = "\n".join([
        "Tidal towns of the south",
        "Verlag: Greywater Press",
        "Erscheinungsjahr: 2011",
        "Seitenzahl: 212",
        "",
        "Kontakt",
        "Impressum",
        "Datenschutz",
        "AGB",
    ]) + "\n"  # fmt: skip
    csl = parse_record(text).to_csl()
    assert csl["publisher"] == "Greywater Press"


def test_a_subject_label_keeps_its_value_out_of_the_title() -> None:
    text = "\n".join([
        "Main title:",
        "Salt roads of the fens / edited by Mara Oakridge.",
        "Author:",
        "Oakridge, Mara",
        "Imprint:",
        "Lanmouth : Greywater Press, 1994.",
        "Collation:",
        "212p. ; 22cm.",
        "Subject:",
        "Oakridge, Mara, 1931-2001 -- Criticism and interpretation",
        "ISBN:",
        "9781234567897",
        "",
        "Find it!",
        "",
        "Remove Salt roads of the fens from your current listSave Salt roads of the fens "
        "to your current list",
        "",
        "Total copies: 1",
    ]) + "\n"  # fmt: skip
    csl = parse_record(text).to_csl()
    assert csl["title"] == "Salt roads of the fens"
    assert csl.get("keyword") != "Oakridge, Mara"


@pytest.mark.parametrize("word", ["Subject", "Onderwerp", "Ämne", "Aihe", "Sujet", "Temat", "Konu"])
def test_a_mails_subject_header_is_no_subject_heading(word: str) -> None:
    # the singular is a mail's or a forum topic's header in these languages: no subjects label
    text = (
        f"{word}: Re: booking the harbour room for Thursday\nFrom: Tom Hale\n"
        "Date: Tue, 3 Oct 2023 09:12:44 +0200\n"
        "Hi all, the room is booked from ten to twelve; bring the slides.\n"
    )
    assert "keyword" not in parse_record(text).to_csl()


def test_a_label_word_in_a_navigation_line_reads_no_field() -> None:
    # a menu of a shop: 'Genre' and 'Subject' are links, no labels with values
    text = "\n".join([
        "Home | Genre | Subject | Bestsellers",
        "Velvet harbours of the north",
        "by Odrun Quellmark",
        "Publisher: Greywater Press",
        "Publication date: 2011",
    ]) + "\n"  # fmt: skip
    csl = parse_record(text).to_csl()
    assert csl["title"] == "Velvet harbours of the north"
    assert "keyword" not in csl


def test_a_holdings_table_under_a_record_gives_no_field() -> None:
    text = _record("sv", "colon") + "\n".join([
        "Bestånd",
        "| Bibliotek | Hylla | Status |",
        "| Stadsbiblioteket | Hcb Quellmark | Tillgänglig |",
    ]) + "\n"  # fmt: skip
    csl = parse_record(text).to_csl()
    assert csl["publisher"] == "Greywater Press"
    assert csl["title"] == "Velvet harbours of the north: essays on tidal towns"


# --- the numbering of a part closing an ISBD title area --------------------------------


def test_a_part_designation_comes_off_the_title() -> None:
    assert part_designation("FEN ATLAS.VOL(IV)", RULES) == ("FEN ATLAS", {"volume": "IV"})
    assert part_designation("Harbour Quarterly Vol.7 No.2,", RULES) == (
        "Harbour Quarterly",
        {"volume": "7", "issue": "2"},
    )
    assert part_designation("Болотные тропы. Вып. 24", RULES) == (
        "Болотные тропы",
        {"volume": "24"},
    )
    assert part_designation("Handbuch der Moorkunde. Bd. 3", RULES) == (
        "Handbuch der Moorkunde",
        {"volume": "3"},
    )


def test_no_part_designation_in_a_titles_own_words() -> None:
    assert part_designation("A guide to part 2", RULES) is None  # no stop, lower case
    assert part_designation("Technical report No. 5", RULES) is None  # a numbered report
    assert part_designation("Tide tables 2011", RULES) is None
    assert part_designation("Vol. 3", RULES) is None  # no title left


def test_an_isbd_line_gives_the_parts_volume() -> None:
    got = isbd_description(
        [
            "Oakridge, Mara",
            "Fen atlas. Vol. 2 / Mara Oakridge. - London : Sn Press, 1990. - 212 p.",
        ],
        RULES,
    )
    assert got is not None
    assert got[1]["title"] == "Fen atlas"
    assert got[1]["volume"] == "2"
    assert got[1]["number-of-pages"] == "212"


# --- a Koha-style record's "publication details" and "description" in many languages ----

#: lang: by, publication details, description (as Koha's OPAC translations print them)
KOHA = {
    "fr": ("Par", "Détails de publication", "Description"),
    "de": ("Von", "Veröffentlichungsangaben", "Beschreibung"),
    "pt": ("Por", "Detalhes da publicação", "Descrição"),
    "it": ("Di", "Dettagli pubblicazione", "Descrizione"),
    "nl": ("Door", "Publicatiegegevens", "Beschrijving"),
    "sv": ("Av", "Utgivningsinformation", "Beskrivning"),
    "tr": ("Yazar", "Yayın ayrıntıları", "Fiziksel açıklama"),
    "ru": ("Автор", "Подробности публикации", "Физическое описание"),
    "pl": ("Autor", "Szczegóły publikacji", "Opis fizyczny"),
    "cs": ("Autor", "Podrobnosti vydání", "Fyzický popis"),
    "fi": ("Tekijä", "Julkaisun tiedot", "Kuvaus"),
    "da": ("Af", "Udgivelsesdetaljer", "Beskrivelse"),
    "nb": ("Av", "Utgivelsesdetaljer", "Beskrivelse"),
}


@pytest.mark.parametrize("lang", sorted(KOHA))
def test_a_records_publication_details_in_many_languages(lang: str) -> None:
    by, details, description = KOHA[lang]
    text = "\n".join([
        "Velvet harbours of the north : essays on tidal towns / Odrun Quellmark.",
        f"{by}: Quellmark, Odrun",
        f"{details}: Lanmouth : Greywater Press, 2011.",
        f"{description}: xii, 318 p. : ill. ; 24 cm.",
        "ISBN: 9781234567897",
    ]) + "\n"  # fmt: skip
    csl = parse_record(text).to_csl()
    assert csl["publisher"] == "Greywater Press"
    assert csl["publisher-place"] == "Lanmouth"
    assert csl["issued"] == {"date-parts": [[2011]]}
    assert csl["number-of-pages"] == "318"


@pytest.mark.parametrize("label", ["Popis", "Opis", "Описание", "Açıklama", "Leírás"])
def test_a_shops_description_word_is_no_label(label: str) -> None:
    # a product's description (fabric, weight, sizes): no physical description of a book
    text = f"Tričko s lodí\nCena: 390 Kč\n{label}: 100 % bavlna, 180 g/m2, velikosti S–XXL\n"
    csl = parse_record(text).to_csl()
    assert "volume" not in csl and "issue" not in csl and "number-of-pages" not in csl


def test_a_description_label_over_prose_gives_no_page_count() -> None:
    # 'Описание' over an article's summary: a description, no physical one
    text = (
        "Болотные тропы северных гаваней\nИ. Лаптев\n"
        "Описание: В статье 12 гаваней сравниваются по 318 признакам, и выводы спорны.\n"
    )
    assert "number-of-pages" not in parse_record(text).to_csl()


@pytest.mark.parametrize("layout", ["cells", "lines"])
def test_labels_with_a_plural_mark_in_cells_and_lines(layout: str) -> None:
    # a French national catalogue's 'Titre(s)', 'Editeur(s)', 'Langue(s)', a Czech 'Fyz.popis'
    fields = [
        ("Titre(s)", "Velvet harbours of the north"),
        ("Auteur(s)", "Quellmark, Odrun"),
        ("Editeur(s)", "Lanmouth : Greywater Press, 2011"),
        ("Fyz.popis", "318 p. ; 24 cm"),
        ("Lien à la collection", "Coastal studies ; 14"),
        ("Langue(s)", "Français"),
    ]
    if layout == "cells":
        rows = [f"{label}\t{value}" for label, value in fields]
    else:
        rows = [row for pair in fields for row in pair]
    csl = parse_record("\n".join(["Catalogue", *rows]) + "\n").to_csl()
    assert csl["title"] == "Velvet harbours of the north"
    assert csl["publisher"] == "Greywater Press"
    assert csl["number-of-pages"] == "318"
    assert csl["collection-title"] == "Coastal studies"


def test_a_gost_city_abbreviation_parts_an_imprint_without_a_colon() -> None:
    got = isbd_description(["Болотные тропы / И. Лаптев. — М. Наука 1990. — 180 с."], RULES)
    assert got is not None
    assert got[1]["publisher-place"] == "М."
    assert got[1]["publisher"] == "Наука"
    # an initial in the statement of responsibility is no city
    got = isbd_description(["Записки / М. Горький. - Казань, 1990. - 12 с."], RULES)
    assert got is not None
    assert got[1]["title"] == "Записки"
    assert got[1].get("publisher-place") != "М."


# --- a catalogue's RIS export, one tag a line (the cleaner collapses the two spaces) ------


@pytest.mark.parametrize("gap", ["  - ", " - "])
def test_a_ris_export_one_tag_a_line(gap: str) -> None:
    tags = [
        ("TY", "BOOK"),
        ("AU", "Quellmark, Odrun"),
        ("AU", "Taviner, Bess"),
        ("TI", "Velvet harbours of the north"),
        ("PY", "2011"),
        ("CY", "Lanmouth"),
        ("PB", "Greywater Press"),
        ("SN", "9781234567897"),
        ("ER", ""),
    ]
    text = "Export\n" + "\n".join(f"{tag}{gap}{value}".rstrip() for tag, value in tags) + "\n"
    csl = parse_record(text).to_csl()
    assert csl["title"] == "Velvet harbours of the north"
    assert [p["family"] for p in csl["author"]] == ["Quellmark", "Taviner"]
    assert csl["publisher"] == "Greywater Press"
    assert csl["publisher-place"] == "Lanmouth"


def test_lines_opening_with_a_tag_shape_but_no_record_end_are_no_ris() -> None:
    # a chat's lines 'TY - …' (thank you) with no 'ER -' closing them: no RIS record
    text = "\n".join([
        "Harbour talk",
        "TY - see you at the pier",
        "AU - bring the ropes",
        "Velvet harbours of the north is a book by Odrun Quellmark about tidal towns.",
    ]) + "\n"  # fmt: skip
    csl = parse_record(text).to_csl()
    assert csl.get("title") != "see you at the pier"
    assert "author" not in csl or csl["author"][0].get("family") != "bring the ropes"


@pytest.mark.parametrize("word", ["Genre", "Género", "Sjanger", "Žánr", "Gatunek", "Жанр"])
def test_a_shops_genre_menu_gives_no_subject(word: str) -> None:
    # a shop's menu: the genre word alone on its line, the genres under it
    text = "\n".join([
        "Bookshop",
        "Home",
        word,
        "Romance",
        "Crime",
        "Velvet harbours of the north",
        "by Odrun Quellmark",
        "Publisher: Greywater Press",
        "Publication date: 2011",
    ]) + "\n"  # fmt: skip
    assert "keyword" not in parse_record(text).to_csl()
