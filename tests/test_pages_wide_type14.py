"""The record's type across the fresh page sets of many kinds (issue 13, session 14's
"type14": one field family over every set at once). Every page, name, title and number
here was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

# --- an abstract heading and a reference list: the weakest sign of a journal article ----------

_SUMMARY = "{title}\n\n{heading}\n\n{prose}\n"


@pytest.mark.parametrize(
    ("title", "heading", "prose"),
    [
        (
            "Hortas urbanas e segurança alimentar em bairros periféricos",
            "Resumo",
            "O estudo descreve as hortas urbanas de quatro bairros e o que os moradores "
            "colhem delas ao longo de dois anos de acompanhamento.\n\nReferências\n\n"
            "Lima, A. (2015). Hortas e cidades. São Paulo: Editora Exemplo.",
        ),
        (
            "Van richtlijn naar praktijk in de eerstelijnszorg",
            "Samenvatting",
            "Dit artikel beschrijft hoe huisartsen een nieuwe richtlijn toepassen en welke "
            "obstakels zij daarbij in de dagelijkse praktijk ervaren.\n\nLiteratuur\n\n"
            "Jansen, P. (2017). Richtlijnen in de praktijk. Utrecht: Voorbeeld.",
        ),
        (
            "Сезонные миграции птиц в дельте северной реки",
            "Аннотация",
            "Рассматриваются сроки весенних и осенних миграций птиц в дельте реки по данным "
            "десятилетних наблюдений на трёх стационарах.\n\nСписок литературы\n\n"
            "1. Петров И. И. Птицы северных рек. М.: Наука, 2001.",
        ),
    ],
)
def test_an_abstract_heading_and_an_apparatus_make_a_journal_article(
    title: str, heading: str, prose: str
) -> None:
    rec = parse_record(_SUMMARY.format(title=title, heading=heading, prose=prose))
    assert rec.to_csl()["type"] == "article-journal"


@pytest.mark.parametrize(
    "page",
    [
        # a film's synopsis under 'Résumé'
        "Les Marées de l'automne\nRéalisé par Claire Dumont\nSortie : 12 mars 2019\nRésumé\n"
        "Une jeune gardienne de phare découvre qu'un navire disparu depuis vingt ans "
        "réapparaît chaque nuit au large de son île, et décide de comprendre pourquoi.\n"
        "Distribution\nLéa Martin, Paul Girard\n",
        # a news story's summary box
        "Stadtrat beschließt neue Buslinie\nVon Anna Keller\n12.03.2021\nZusammenfassung\n"
        "Der Stadtrat hat am Dienstag eine neue Buslinie zwischen dem Bahnhof und dem "
        "Klinikum beschlossen; sie soll ab dem Herbst alle zwanzig Minuten fahren.\n",
        # a seminar's announcement and a publisher's book page (s14 review)
        "Department of Geography\nSeminar series\nCoastal erosion and the politics of "
        "retreat\nDr Ana Ruiz\nThursday 12 October 2023, 4pm, Room 2.14\nAbstract\nThe talk "
        "follows three villages that moved inland after the storms of the last decade and "
        "the arguments that preceded each move.\nAll welcome. Tea and coffee from 3.30pm.\n",
        "Harbour Books\nCatalogue\nTides of the Northern Sea\nAna Ruiz\nHardback, 2022\n"
        "Abstract\nA history of the northern sea's tides and of the people who measured "
        "them, from the first harbour gauges to the satellites.\nAdd to basket\n",
        # a DOI with the abstract: a preprint's or a report's too
        "Wage floors and regional employment\nhttps://doi.org/10.5555/wf.2020.7\nAbstract\n"
        "We study how regional wage floors change employment in small firms, using payroll "
        "records of twelve regions over two decades.\n",
        # a course's description under 'Abstract'
        "Introduction to Marine Ecology\nSpring term 2022\nAbstract\nThis course introduces "
        "the ecology of coastal and open-ocean systems, with weekly field trips to the "
        "estuary and a final project on a local habitat.\nInstructor: Dr. Lena Ortiz\n",
    ],
)
def test_an_abstract_heading_alone_makes_no_journal_article(page: str) -> None:
    assert parse_record(page).to_csl()["type"] != "article-journal"


def test_an_abstract_heading_yields_to_any_type_the_page_names() -> None:
    page = _SUMMARY.format(
        title="Tidal mills of the southern estuaries",
        heading="Abstract",
        prose="The thesis surveys the tidal mills of three estuaries and the records of "
        "their owners from the sixteenth to the nineteenth century.",
    )
    page = "Degree: Master of Arts\nDepartment: History\n\n" + page
    assert parse_record(page).to_csl()["type"] == "thesis"


@pytest.mark.parametrize(
    "page",
    [
        # a working paper named on the page: no journal's article
        _SUMMARY.format(
            title="Wage floors and regional employment",
            heading="Abstract",
            prose="We study how regional wage floors change employment in small firms, "
            "using payroll records of twelve regions. This working paper is a draft.\n\n"
            "References\n\nBerg, J. (2018). Wages and firms. Oslo: Example Press.",
        ),
        # the word in a sentence is no heading
        "Wage floors and regional employment\n\nAn abstract of the talk is on the "
        "programme page; the talk itself studies how wage floors change employment in "
        "small firms of twelve regions.\n",
        # an ordinary page with no abstract at all
        "Opening hours of the town library\n\nThe library is open from nine to six on "
        "weekdays and from ten to two on Saturdays; it is closed on public holidays.\n",
    ],
)
def test_no_abstract_heading_no_journal_article(page: str) -> None:
    assert parse_record(page).to_csl()["type"] != "article-journal"


# --- a web periodical's ISSN in its footer: still a web article ---------------------------------

_STORY = (
    "{head}"
    "Night ferries return to the northern islands after ten years\n"
    "By Marta Lindqvist - 2021-04-12\n"
    "The regional council has agreed to run night ferries to the three northern islands "
    "again from June, ten years after the last boat stopped for lack of passengers.\n"
    "Islanders had asked for the service for years, saying that the day boats leave too "
    "early for anyone who works on the mainland to travel home the same evening.\n"
    "The council expects the first sailings to be busy through the summer months, when "
    "visitors to the islands' music festival and the walking trails fill the day boats.\n"
    "A return ticket will cost the same as on the day boats, and islanders with a resident's "
    "card will travel at half price, the council's transport committee said on Tuesday.\n"
    "{foot}"
)


def test_a_site_issn_in_the_footer_keeps_the_web_article() -> None:
    page = _STORY.format(
        head="", foot="About us\nContact\n© 2021 The Island Courier - ISSN 1234-5679\n"
    )
    assert parse_record(page).to_csl()["type"] in (
        "article-magazine",
        "article-newspaper",
        "post-weblog",
    )


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        # the ISSN over the story: a journal's masthead
        ("Journal of Island Studies\nISSN 1234-5679\n", ""),
        # a volume and an issue with the footer's ISSN: a journal's article
        ("", "Vol. 12, No. 3 (2021)\n© 2021 Island Studies - ISSN 1234-5679\n"),
    ],
)
def test_a_journal_issn_is_no_site_issn(head: str, foot: str) -> None:
    page = _STORY.format(head=head, foot=foot)
    assert parse_record(page).to_csl()["type"] not in (
        "article-magazine",
        "article-newspaper",
        "post-weblog",
    )


# --- a report series named at the top of the page -----------------------------------------------

_RECORD = (
    "{menu}"
    "Tolls and traffic on the coastal bridges\n"
    "Ines Varga and\n"
    "Tomas Lund\n"
    "{series}\n"
    "Abstract:\n"
    "We estimate how road tolls on four coastal bridges changed the traffic over them and on "
    "the roads around them, using counts from twelve years before and after the tolls.\n"
)


@pytest.mark.parametrize(
    "series",
    [
        "No 412, Coastal Economics Discussion Papers from Institute of Coastal Trade",
        "Banco del Litoral - Serie Documentos de Trabajo",
        "Harbour Institute Report No. 17",
    ],
)
def test_a_report_series_at_the_top_makes_a_report(series: str) -> None:
    assert parse_record(_RECORD.format(menu="", series=series)).to_csl()["type"] == "report"


@pytest.mark.parametrize(
    "series",
    [
        # a site's menu item alone (far from the title: a type line by it is a genre's)
        "Working Papers\nEvents\nPeople\nProjects\nTeaching\nLibrary\nAlumni\nJobs\nContact",
        "Home | Research | Working Papers | Events | Contact",  # a menu on one line
        "Home | Blog | Policy Brief Archive | Contact",  # a menu item's words after it
        "Home > Research > Working Papers",  # a breadcrumb
        "A new working paper finds that tolls cut traffic",  # a sentence's words
        "The Harbour Report",  # a newsletter's name, no number
    ],
)
def test_no_report_series_no_report(series: str) -> None:
    menu, _, line = series.rpartition("\n")
    page = _RECORD.format(menu=f"{menu}\n" if menu else "", series=line if menu else series)
    assert parse_record(page).to_csl()["type"] != "report"


def test_a_report_series_below_the_story_is_another_works() -> None:
    page = _STORY.format(
        head="", foot="Read next\nNo 12, Coastal Economics Discussion Papers from the Institute\n"
    )
    assert parse_record(page).to_csl()["type"] != "report"


# --- newspaper desks and names of more languages ------------------------------------------------

_NEWS = (
    "{menu}"
    "Nye nattferjer til øyene i nord fra juni\n"
    "Av Marta Lindqvist\n"
    "12. april 2021\n"
    "Fylkestinget har vedtatt å sette inn nattferjer til de tre øyene i nord igjen fra juni, "
    "ti år etter at den siste båten ble lagt ned fordi det var for få passasjerer om bord.\n"
    "Øyboerne har bedt om tilbudet i mange år, og sier at dagbåtene går for tidlig til at "
    "noen som jobber på fastlandet kan reise hjem samme kveld etter endt arbeidsdag.\n"
    "Fylket venter at de første avgangene blir fulle gjennom hele sommeren, når gjester til "
    "musikkfestivalen og turstiene på øyene fyller opp dagbåtene.\n"
)


@pytest.mark.parametrize(
    "menu",
    [
        "Nyheter\nInnenriks\nUtenriks\nSport\nKultur\n",  # a Norwegian newspaper's desks
        "Domácí\nZahraničí\nEkonomika\nNázory\n",  # a Czech one's
        "Fjordavisen\n",  # a masthead naming a newspaper ('-avisen')
    ],
)
def test_newspaper_desks_and_names_of_more_languages(menu: str) -> None:
    assert parse_record(_NEWS.format(menu=menu)).to_csl()["type"] == "article-newspaper"


def test_desk_words_in_a_sentence_are_no_menu() -> None:
    menu = (
        "Festivalen byr på politikk, kultur og sport gjennom hele sommeren, og på debatt om "
        "økonomi og utenriks i et eget telt ved havna hver kveld i juli og august.\n"
    )
    assert parse_record(_NEWS.format(menu=menu)).to_csl()["type"] != "article-newspaper"


# --- type labels and their values in more languages ---------------------------------------------


@pytest.mark.parametrize(
    ("label", "want"),
    [
        ("Typ dokumentu: Kniha", "book"),  # cs
        ("Rodzaj publikacji: Rozdział w książce", "chapter"),  # pl
        ("Vrsta rada: Diplomski rad", "thesis"),  # hr
        ("Yayın Türü: Doktora Tezi", "thesis"),  # tr
        ("Jenis Dokumen: Skripsi", "thesis"),  # id
        ("Тип документа: Монография", "book"),  # ru
    ],
)
def test_type_labels_of_more_languages(label: str, want: str) -> None:
    page = f"Tidal mills of the southern estuaries\n{label}\nAuthor: Ana Ruiz\nYear: 2015\n"
    assert parse_record(page).to_csl()["type"] == want


def test_a_news_sites_article_marker_is_no_type_word() -> None:
    # 'Článek' (an article) over a Czech news story: the site's marker, no journal's article
    page = _NEWS.format(menu="Domácí\nZahraničí\nEkonomika\nNázory\n").replace(
        "Av Marta Lindqvist\n", "Av Marta Lindqvist\nČlánek\n"
    )
    assert parse_record(page).to_csl()["type"] == "article-newspaper"
