"""The record's type across the twelve fresh page sets (issue 13, session 16's "typewide":
one field family over every set at once). Every page, name, title and number here was
written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.identifiers import issn_in_doi
from comet.page.article_parts import _heading

# --- an abstract's heading, its prose, then an introduction's heading: a paper's parts -------


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("1. Introduction", "introduction"),
        ("I. INTRODUCTION", "introduction"),
        ("一、引言", "引言"),
        ("2、前言", "前言"),
        ("Introduction:", "introduction"),
    ],
)
def test_a_headings_number_is_cut(heading: str, want: str) -> None:
    assert _heading(heading) == want


_PAPER = "{title}\n\n{abstract}\n\n{prose}\n\n{intro}\n\n{text}\n"


@pytest.mark.parametrize(
    ("title", "abstract", "prose", "intro", "text"),
    [
        (
            "Dust exposure among quarry workers: a mapping of two decades of studies",
            "Abstract",
            "We map the studies of dust exposure among quarry workers published over two "
            "decades and the regions that produced them.",
            "Introduction",
            "Quarry work exposes thousands of workers to fine dust every year, and the "
            "studies of its effects are spread unevenly across the world.",
        ),
        (
            "Lesekompetenz in der Grundschule nach dem Wechsel der Lehrpläne",
            "Zusammenfassung",
            "Der Beitrag vergleicht die Lesekompetenz von Grundschulkindern vor und nach dem "
            "Wechsel der Lehrpläne in drei Ländern.",
            "1. Einleitung",
            "Seit dem Wechsel der Lehrpläne wird über die Lesekompetenz der Kinder in der "
            "Grundschule wieder öffentlich gestritten.",
        ),
        (
            "Сезонная динамика стока малых рек лесостепной зоны",
            "Аннотация",
            "Рассматривается сезонная динамика стока малых рек лесостепной зоны по данным "
            "тридцатилетних наблюдений на шести гидропостах.",
            "Введение",
            "Малые реки лесостепной зоны чутко реагируют на изменения климата и "
            "землепользования, и их сток меняется от года к году.",
        ),
    ],
)
def test_an_abstract_and_an_introduction_make_a_journal_article(
    title: str, abstract: str, prose: str, intro: str, text: str
) -> None:
    page = _PAPER.format(title=title, abstract=abstract, prose=prose, intro=intro, text=text)
    assert parse_record(page).to_csl()["type"] == "article-journal"


@pytest.mark.parametrize(
    "page",
    [
        # a contents list: the headings with no prose between them
        "Field Notes on Coastal Dunes\nContents\nAbstract\nIntroduction\nMethods\nResults\n"
        "The dunes of the northern coast move a few metres every winter, and the notes "
        "below follow them over ten seasons of walking.\n",
        # a book's page: the introduction before the blurb under 'Abstract'
        "Tides of the Northern Sea\nAna Ruiz\nIntroduction\nAbstract\nA history of the "
        "northern sea's tides and of the people who measured them, from the first harbour "
        "gauges to the satellites.\nAdd to basket\n",
        # a course page whose 'Introduction' is a session's name, no abstract heading
        "Marine Ecology\nSpring term 2022\nIntroduction\nThe first session introduces the "
        "ecology of coastal and open-ocean systems and the field trips of the term.\n"
        "Methods\nThe second session shows how samples are taken from the estuary.\n",
        # the headings in running text
        "Notes from the workshop\nThe abstract of each talk was read aloud before the "
        "introduction of its speaker, and the discussion ran late into the evening.\n"
        "Introduction\nThe workshop opened with a walk along the harbour.\n",
    ],
)
def test_no_abstract_and_introduction_no_journal_article(page: str) -> None:
    assert parse_record(page).to_csl().get("type") != "article-journal"


def test_an_abstract_and_an_introduction_yield_to_a_named_type() -> None:
    # a preprint's page and a thesis's page print the same parts
    preprint = _PAPER.format(
        title="Grain size and dune migration on a windy coast",
        abstract="Abstract",
        prose="We measure grain size along four dunes and relate it to the distance each "
        "dune migrates over a winter.",
        intro="Introduction",
        text="This preprint has not been peer reviewed. Dunes migrate at rates that "
        "depend on wind and on the grains they are made of.",
    )
    assert parse_record(preprint).to_csl()["type"] != "article-journal"
    thesis = "Thesis (PhD) – University of Harbourton, 2019\n" + _PAPER.format(
        title="Grain size and dune migration on a windy coast",
        abstract="Abstract",
        prose="This thesis measures grain size along four dunes and relates it to the "
        "distance each dune migrates over a winter.",
        intro="Introduction",
        text="Dunes migrate at rates that depend on wind and on the grains they are made "
        "of, and the chapters below measure both.",
    )
    assert parse_record(thesis).to_csl()["type"] == "thesis"


@pytest.mark.parametrize(
    "title",
    [
        "Course notes: Soil Chemistry for Gardeners",
        "Lecture Notes - Soil Chemistry",
        "Notes de cours : chimie des sols",
    ],
)
def test_course_notes_abstract_and_introduction_make_no_journal_article(title: str) -> None:
    page = (
        f"{title}\nAbstract\nThese notes go with the first-year course. They cover acids, "
        "salts and simple soil tests, with examples from allotments and many short exercises "
        "to try at home.\nIntroduction\nWeek 1 starts with a jar of soil and some water.\n"
    )
    assert parse_record(page).to_csl().get("type") != "article-journal"


# --- a catalogue's type row in Ukrainian and Hungarian: the locales' vocabularies ----------


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            "Регулювання ринку праці у малих містах\nВид документа: Стаття періодики Автор: "
            "Коваль О.П. Мова: Українська Обсяг: С.12-19.\n",
            "article-journal",
        ),
        ("Історія степових заповідників\nВид документа: Монографія\nРік: 2010\n", "book"),
        (
            "Magyar mezők madarai\nDokumentum típusa: Könyvfejezet\nSzerző: Kovács Anna\n"
            "Kiadás éve: 2011\n",
            "chapter",
        ),
        (
            "A tavaszi vonulás időzítése\nDokumentum típusa: Folyóiratcikk\nSzerző: Nagy Péter\n",
            "article-journal",
        ),
    ],
)
def test_type_rows_of_more_languages(page: str, want: str) -> None:
    assert parse_record(page).to_csl()["type"] == want


@pytest.mark.parametrize(
    "page",
    [
        # a news story whose headline opens with the word for an article
        "Стаття про ринок праці у малих містах викликала суперечку\nНовини\n12.03.2021\n"
        "Автори стверджують, що зарплати у малих містах зросли повільніше, ніж у столиці.\n",
        # a type row whose value names no kind of work
        "Історія степових заповідників\nВид документа: Електронний ресурс\nРік: 2010\n",
    ],
)
def test_no_type_row_no_type_of_those_languages(page: str) -> None:
    assert parse_record(page).to_csl().get("type") not in ("article-journal", "book")


# --- the work's own page range under its byline, no container: an article's (weakest) ------


@pytest.mark.parametrize(
    "page",
    [
        "Sommaire\nLa mémoire des rivières\nClaire Dumont et Paul Girard\n"
        "p. 203-219\nLire la suite\nLes rivières de la plaine gardent la trace des crues "
        "anciennes dans leurs berges, et les riverains s'en souviennent autrement.\n",
        "Skip to content\nTides and harbour trade in the long eighteenth century\nAna Ruiz\n"
        "pp. 112–131\nThe harbour's trade followed the tides more closely than its merchants "
        "admitted in their letters, as the ledgers of three houses show.\n",
    ],
)
def test_an_own_page_range_makes_an_article(page: str) -> None:
    assert parse_record(page).to_csl()["type"] == "article-journal"


@pytest.mark.parametrize(
    "page",
    [
        # a chapter's page that prints its book's ISBN
        "Tides and harbour trade\nAna Ruiz\npp. 112–131\nIn: The Northern Sea\n"
        "ISBN 978-0-306-40615-7\nThe harbour's trade followed the tides more closely than "
        "its merchants admitted in their letters.\n",
        # a working paper's page
        "Wage floors and regional employment\nAna Ruiz\npp. 1-24\nWorking Paper No. 17\n"
        "We study how regional wage floors change employment in small firms, using payroll "
        "records of twelve regions over two decades.\n",
        # a book's page count, no range
        "Tides of the Northern Sea\nAna Ruiz\n212 pages\nA history of the northern sea's "
        "tides and of the people who measured them.\n",
    ],
)
def test_no_own_page_range_alone_no_article(page: str) -> None:
    assert parse_record(page).to_csl().get("type") != "article-journal"


# --- a DOI built from its journal's ISSN -----------------------------------------------------


@pytest.mark.parametrize(
    ("doi", "want"),
    [
        ("10.5555/2049-3630-2020-3-2-41-52", "2049-3630"),
        ("10.5555/j.issn.3141-592X.2020030417", "3141-592X"),
        ("10.5555/S2718-2819(98)00123-4", "2718-2819"),
        ("10.5555/S1618-033X2004000300002", "1618-033X"),
        ("10.5555/41421353.2017.1234567", "4142-1353"),
        ("10.5555/1234-5679/ab12cd", "1234-5679"),
    ],
)
def test_issn_in_doi(doi: str, want: str) -> None:
    assert str(issn_in_doi(doi)) == want


@pytest.mark.parametrize(
    "doi",
    [
        "10.5555/hst-12-1017-2017",  # a page and a year
        "10.5555/zenodo.10012345",  # a record number
        "10.5555/978-3-030-12345-6_7",  # a book's ISBN
        "10.5555/report-1234-5678",  # a check character that fails
        "10.5555/2101.12345",
        "not a doi 1234-5679",
        "",
    ],
)
def test_no_issn_in_doi(doi: str) -> None:
    assert issn_in_doi(doi) is None


def test_a_doi_built_from_an_issn_makes_a_journal_article() -> None:
    page = (
        "Вестник гавани\nПриливы и торговля в малых портах севера\n"
        "https://doi.org/10.5555/2049-3630-2020-3-2-41-52\nСкачать\n"
        "Приливы определяли торговлю малых портов севера сильнее, чем признавали их "
        "купцы, как показывают книги трёх торговых домов.\n"
    )
    assert parse_record(page).to_csl()["type"] == "article-journal"


def test_a_doi_without_an_issn_names_no_type() -> None:
    page = (
        "Coastal dune survey data, 2010-2020\nAna Ruiz\n"
        "https://doi.org/10.5555/zenodo.10012345\nThe data set holds the positions of four "
        "dunes measured every winter for ten years.\n"
    )
    assert parse_record(page).to_csl().get("type") != "article-journal"


def test_a_journal_doi_below_a_story_names_no_type() -> None:
    # a news story links the study it reports under its prose: the study's DOI, not the page's
    page = (
        "Harbour Daily\nNews\nSea levels rise faster along the northern coast, study finds\n"
        "By Tom Lane\n12 March 2021\nSea levels along the northern coast rose faster over the "
        "last decade than anywhere else in the country, according to a study published this "
        "week by researchers at the harbour institute.\nThe researchers measured tides at "
        "twelve gauges and compared them with satellite data over twenty years.\n"
        "Read the study: https://doi.org/10.5555/2049-3630-2020-3-2-41-52\nShare this article\n"
    )
    assert parse_record(page).to_csl().get("type") != "article-journal"


# --- a label that names the work's journal ---------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "Приливы и торговля в малых портах\nАвтор: Соколова Ирина Петровна\n"
        "Журнал: Вестник гавани\nРаздел: История торговли\n",
        "Tides and trade in small ports\nAuthor: Ana Ruiz\nJournal title: Harbour Studies\n"
        "Year: 2019\n",
        "Mareas y comercio en puertos pequeños\nAutora: Ana Ruiz\nRevista: Estudios del Puerto\n"
        "Año: 2019\n",
    ],
)
def test_a_journal_label_makes_a_journal_article(page: str) -> None:
    assert parse_record(page).to_csl()["type"] == "article-journal"


@pytest.mark.parametrize(
    "page",
    [
        # a source's or a book title's label names no journal
        "Tides and trade in small ports\nAuthor: Ana Ruiz\nBook title: The Northern Sea\n"
        "Year: 2019\n",
        "Tides and trade in small ports\nAuthor: Ana Ruiz\nSource: Harbour Institute\nYear: 2019\n",
        # a journal label without a value
        "Tides and trade in small ports\nAuthor: Ana Ruiz\nJournal:\nYear: 2019\n",
    ],
)
def test_no_journal_label_no_journal_article(page: str) -> None:
    assert parse_record(page).to_csl().get("type") != "article-journal"


@pytest.mark.parametrize(
    "page",
    [
        # a garden blog's name under a journal label, over a post signed by its writer
        "Journal: Life in a Windy Orchard\nThe pears are in\nPosted 2 September 2022 "
        "by Pim\nWe picked the last of the pears today, a full crate of them, sweet and "
        "a little gritty.\nLeave a comment\n",
        # a travel diary's name (de), and one in small letters (ru)
        "Reisetagebuch\nJournal: Quer durch Schottland\nTag 5: Von Oban nach Mull\nDie Fähre "
        "war voll, aber die Überfahrt ruhig, und am Abend regnete es nur ein wenig.\n",
        "Журнал: заметки с дачи\nКак мы строили теплицу\nОпубликовано 5 мая 2022\nМы начали "
        "рано утром и к вечеру поставили каркас и натянули плёнку.\n",
    ],
)
def test_a_diarys_journal_label_without_a_records_backing_no_journal_article(page: str) -> None:
    assert parse_record(page).to_csl().get("type") != "article-journal"


# --- an abstract heading and a correspondence line: a journal article's apparatus -------------


@pytest.mark.parametrize(
    "corr",
    [
        "  1. Correspondence to Dr Ana Ruiz; ana.ruiz{at}harbour.example",
        "*Corresponding author: Ana Ruiz, ana.ruiz@harbour.example",
        "Адрес для переписки: Соколова Ирина Петровна, sokolova@harbour.example",
    ],
)
def test_an_abstract_and_a_correspondence_line_make_a_journal_article(corr: str) -> None:
    page = (
        "Full text\nDust exposure among quarry workers: following a cohort for ten years\n"
        f"  1. Ana Ruiz1,\n  2. Tom Lane2\n{corr}\nAbstract\nIntroduction Quarry work "
        "exposes thousands of workers to fine dust every year, and this protocol sets out "
        "how a cohort of them will be followed for ten years.\n"
    )
    assert parse_record(page).to_csl()["type"] == "article-journal"


@pytest.mark.parametrize(
    "page",
    [
        # a newspaper's letters page: 'Correspondence' over the letters, no abstract
        "Harbour Daily\nCorrespondence\nSir, the new ferry timetable leaves the islanders "
        "without a morning boat on Sundays, and the council should reconsider it soon.\n",
        # a correspondence line with no abstract heading
        "Dust exposure among quarry workers\nAna Ruiz\nCorrespondence to Ana Ruiz, "
        "Harbour Institute\nQuarry work exposes thousands of workers to fine dust every year.\n",
        # a preprint that names itself
        "Dust exposure among quarry workers\nAna Ruiz\nCorresponding author: Ana Ruiz\n"
        "Abstract\nThis preprint sets out how a cohort of quarry workers will be followed "
        "for ten years and what will be measured.\n",
        # the words in running text
        "Dust exposure among quarry workers\nAbstract\nThe study follows quarry workers.\n"
        "Correspondence to the council from the quarry workers was kept in the town archive "
        "for many years, and the letters are quoted below.\n",
    ],
)
def test_no_abstract_and_correspondence_line_no_journal_article(page: str) -> None:
    assert parse_record(page).to_csl().get("type") != "article-journal"


def test_a_correspondence_line_under_a_proceedings_line_is_no_journal_article() -> None:
    page = (
        "Proceedings of the Symposium on Coastal Lighthouses 2022\nSolar Lamps for Small "
        "Lighthouses\nEva Lund and Piet Smit\nCorrespondence to: Eva Lund\nAbstract\nWe "
        "describe solar lamps fitted to four small lighthouses and report their output over "
        "two winters of use.\nIntroduction\nMany small lighthouses still run on diesel.\n"
    )
    assert parse_record(page).to_csl().get("type") != "article-journal"


# --- a serial's own fields in a MARC view ------------------------------------------------------

_MARC = (
    "=LDR  00000nam a2200000 a 4500\n=008  820420d19821982couar1 c 0uuua0eng d\n"
    "=245  00$aHarbour software directory :$bprogram information.\n"
    "=260  \\\\$aAmsterdam :$bHarbour Press,$c1982.\n=300  \\\\$a1 v. ;$c22 cm.\n"
)


@pytest.mark.parametrize("field", ["=310  \\\\$aAnnual\n", "=362  0\\$a[1982]-\n"])
def test_a_serials_field_makes_a_periodical(field: str) -> None:
    assert parse_record(_MARC + field).to_csl()["type"] == "periodical"


@pytest.mark.parametrize(
    "field",
    [
        "",
        "=500  \\\\$aIssued annually until 1990.\n",
        "=502  \\\\$aThesis (Ph.D.)--Harbour University.\n",
    ],
)
def test_no_serials_field_no_periodical(field: str) -> None:
    assert parse_record(_MARC + field).to_csl()["type"] != "periodical"


# --- a journal's issue in the breadcrumb trail -------------------------------------------------


def test_an_issue_in_the_breadcrumb_makes_a_journal_article() -> None:
    page = (
        "Accueil > Numéros > N°23. Les marées de l'automne > Varia > La mémoire des "
        "rivières\nClaire Dumont\nLa mémoire des rivières\nLes rivières de la plaine gardent "
        "la trace des crues anciennes dans leurs berges, et les riverains s'en souviennent.\n"
    )
    assert parse_record(page).to_csl()["type"] == "article-journal"


@pytest.mark.parametrize(
    "page",
    [
        # an archive's year after the issues' section, and a menu's comment count
        "Home > Issues > 2019 > Notes from the harbour\nNotes from the harbour\nAna Ruiz\n"
        "The harbour's trade followed the tides more closely than its merchants admitted.\n",
        "Home | Issues | 2 Comments\nNotes from the harbour\nAna Ruiz\nThe harbour's trade "
        "followed the tides more closely than its merchants admitted.\n",
        # the words in a sentence
        "Notes from the harbour\nAna Ruiz\nThe issues 4 and 5 of the council's bulletin "
        "discussed the harbour's trade and the tides at length.\n",
    ],
)
def test_no_issue_in_a_breadcrumb_no_journal_article(page: str) -> None:
    assert parse_record(page).to_csl().get("type") != "article-journal"


@pytest.mark.parametrize(
    "page",
    [
        # a software project's issue tracker: the trail's step is a ticket's number
        "Tidewater Tools / Issues / 311\nSaving a map with no layers freezes the window\n"
        "Opened by oskar-v on 9 June 2023 · 2 comments\nWhen I save a map that has no layers "
        "the window stops answering and I have to close it.\nLabels: bug, maps\n",
        # a shop's back issues and a magazine's issues section, a number alone
        "Home > Back Issues > 23\nSky Rider No. 23: The Glass Comet\nWritten by Lou Brant\n"
        "Condition: fine. A copy of the first print run.\nPrice: 12.00\nAdd to basket\n",
        "Home › Issues › 58\nWinter walks on the coast\nBy Vera Nyman\nOur winter issue "
        "takes you along six paths where the wind is the only sound you will hear.\n"
        "Subscribe to the magazine\n",
    ],
)
def test_a_bare_number_after_issues_alone_makes_no_journal_article(page: str) -> None:
    assert parse_record(page).to_csl().get("type") != "article-journal"


# --- a report's executive summary heading ------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["Executive Summary", "EXECUTIVE SUMMARY", "Resumen ejecutivo", "Executive Summary Tides"],
)
def test_an_executive_summary_heading_makes_a_report(heading: str) -> None:
    page = (
        "Ferries for the Outer Islands\nBy Ana Ruiz\nMay 2021\n"
        f"{heading}\nThe outer islands lose their morning ferry on Sundays, and this paper "
        "sets out three timetables that would bring it back at little cost.\n"
    )
    assert parse_record(page).to_csl()["type"] == "report"


@pytest.mark.parametrize(
    "page",
    [
        # the words in running text, lower-case at a line's start too
        "Ferries for the Outer Islands\nBy Ana Ruiz\n12 March 2021\nThe report's executive summary "
        "says that the harbour towns will feel the change first.\nexecutive summary reports "
        "are read by few people, the council admitted on Tuesday.\n",
        # a longer word that opens with the heading's words
        "Ferries for the Outer Islands\nBy Ana Ruiz\n12 March 2021\nExecutive Summaryship is no word "
        "at all, and the council's new timetable for the ferries is no report.\n",
    ],
)
def test_no_executive_summary_heading_no_report(page: str) -> None:
    assert parse_record(page).to_csl().get("type") != "report"


@pytest.mark.parametrize(
    "page",
    [
        # a blog post's headline about writing one (en, de, pt)
        "Founders' Corner\nExecutive Summary: five mistakes that cost you the meeting\n"
        "By Tilda Marsh\n4 April 2022\nMost summaries we read are too long and say too "
        "little about the numbers that matter.\n",
        "Gründerblog\nManagement Summary schreiben: drei Fehler, die jeder macht\nVon Kai "
        "Brandt\n2. Mai 2022\nEin Management Summary ist kurz und nennt das Problem zuerst.\n",
        "Blog da Empresa\nResumo executivo: como convencer em uma página\nPor Rita Lobo\n"
        "9 de junho de 2021\nUm resumo executivo curto diz o problema, a solução e o custo.\n",
        # a news column named so, over its story, its byline and its date (en, es)
        "Money Matters\nExecutive summary\nShares fell for a second week as fuel prices rose "
        "and shops reported weak sales before the summer.\nBy Owen Hale\n3 July 2023\n",
        "Blog de Negocios\nResumen ejecutivo\nCómo contar tu proyecto en una página: ideas "
        "para tu primer plan, con ejemplos de tiendas pequeñas.\nPublicado el 8 de abril de "
        "2022 por Marta Gil\n",
    ],
)
def test_an_executive_summary_headline_is_no_report(page: str) -> None:
    assert parse_record(page).to_csl().get("type") != "report"
