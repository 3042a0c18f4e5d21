"""Repository record pages (the shapes of the fresh ``repo22`` wide set; every case invented):
a thesis record whose label rows name its institutions (an organisation's name left after a
row's prefix is cut is no title), a discovery catalogue's ``Published:`` row holding a degree
grantor's name and the year (the thesis's publisher), and a data repository's landing page
that calls its work ``this dataset``."""

from __future__ import annotations

from comet import parse_record

THESIS_ROWS = (
    "Use this URL to cite or link to this record:\n"
    "Title: {title}\n"
    "Author: Lindqvist, Maren\n"
    "Awarding Body: University of Lakeside\n"
    "Current Institution: University of Lakeside\n"
    "Date of Award: 2019\n"
    "Availability of Full Text:\n"
    "Full text unavailable. Restricted access.\n"
    "This thesis studies the reed warblers of the northern fens over three summers and "
    "compares their counts with those of the past decade, site by site and year by year.\n"
)


def test_an_institution_after_a_rows_prefix_is_no_title() -> None:
    title = "A survey of Marshtown, Reed Hall, MS 12"
    rec = parse_record(THESIS_ROWS.format(title=title)).to_csl()
    assert rec["title"] == title
    assert rec["publisher"] == "University of Lakeside"


def test_a_title_naming_no_organisation_stays_the_labelled_title() -> None:
    # near miss: the labelled title itself holds an organisation's word, not its name
    title = "Reed warblers of the University fens"
    rec = parse_record(THESIS_ROWS.format(title=title)).to_csl()
    assert rec["title"] == title


DISCOVERY = (
    "{title}\n\n"
    "Reed warblers nest in the northern fens; this study counts them over three summers and "
    "compares the counts with the past decade...\n\n"
    "Full description\n\n"
    "Bibliographic Details\n"
    "Main Author: Berg, Ola\n"
    "Format: Thesis\n"
    "Language:English\n"
    "Published: {published}\n"
    "Subjects:\n"
    "Online Access:https://repository.example.org/1234/\n"
)


def test_a_grantor_and_a_year_under_published_give_the_publisher() -> None:
    page = DISCOVERY.format(
        title="Reed warblers of the northern fens", published="University of Lakeside 2020"
    )
    rec = parse_record(page).to_csl()
    assert rec["publisher"] == "University of Lakeside"
    assert rec["issued"] == {"date-parts": [[2020]]}
    assert rec["type"] == "thesis"


def test_a_place_and_a_year_under_published_name_no_publisher() -> None:
    # near miss: a place's name before the year is no grantor (no publisher read)
    rec = parse_record(
        DISCOVERY.format(title="Reed warblers of the northern fens", published="Marshtown 2020")
    ).to_csl()
    assert rec.get("publisher") is None
    assert rec["issued"] == {"date-parts": [[2020]]}


DATA_PAGE = (
    "Data from: Nest heights of reed warblers in three northern fens\n"
    "Data files\n"
    "Mar 03, 2024 version files 40.2 KB\n"
    "-\n"
    "nest_heights.csv\n"
    "38.1 KB\n"
    "Abstract\n"
    "This dataset contains the nest heights of 412 reed warbler nests measured in three "
    "fens over two summers, with the date and the reed stem's height of each nest.\n"
    "https://doi.org/10.99999/data.fen123\n"
)


def test_a_page_calling_its_work_this_dataset_is_a_dataset() -> None:
    rec = parse_record(DATA_PAGE).to_csl()
    assert rec["type"] == "dataset"
    assert rec["DOI"] == "10.99999/data.fen123"


def test_an_article_mentioning_this_dataset_stays_an_article() -> None:
    # near miss: a journal article's prose speaks of the data it used
    text = (
        "Journal of Fen Ecology\n"
        "Volume 12, Issue 3, 2021, Pages 45-61\n"
        "https://doi.org/10.99999/jfe.2021.045\n\n"
        "Nest heights of reed warblers in northern fens\n\n"
        "Ola Berg, Maren Lindqvist\n\n"
        "Abstract\n"
        "We measured 412 nests over two summers. From this dataset we estimate how nest "
        "height follows the height of the reed stems around the nest.\n"
    )
    rec = parse_record(text).to_csl()
    assert rec["type"] == "article-journal"


CHAPTER_RECORD = (
    "Nesting of reed warblers in northern fens\n\n"
    "Berg, O. and Lindqvist, M. (2020) Nesting of reed warblers in northern fens. In: {eds}"
    "Fens of the North: Birds, Reeds and Water. Heron Press, Marshtown, pp. 101-118.\n\n"
    "[img] PDF (Published version) - Published Version\n"
    "Restricted to Repository staff only\n\n"
    "[Extract:] Reed warblers nest in the reed beds of the northern fens; this chapter counts "
    "their nests over three summers and compares the counts with the past decade.\n\n"
    "Item ID: 4711\n"
    "Item Type: Book Chapter\n"
    "ISBN: 978-0-00-000000-2\n"
    "Date Deposited: 06 Mar 2021 06:16\n"
)


def test_the_editors_of_the_pages_citation_are_the_records_editors() -> None:
    eds = "Moe, Ida, and Ruiz, Ana, (eds.) "
    rec = parse_record(CHAPTER_RECORD.format(eds=eds)).to_csl()
    assert rec["type"] == "chapter"
    assert rec["editor"] == [{"family": "Moe", "given": "Ida"}, {"family": "Ruiz", "given": "Ana"}]
    assert rec["container-title"] == "Fens of the North: Birds, Reeds and Water"


def test_a_citation_naming_no_editors_gives_none() -> None:
    # near miss: the same citation without an editors' mark names no editor
    rec = parse_record(CHAPTER_RECORD.format(eds="")).to_csl()
    assert "editor" not in rec


ETD_RECORD = (
    "Theses and Dissertations\n\n"
    "Reed Warbler Nests in the Northern Fens\n\n"
    "Author\n\nBerg, Ola\n\n"
    "{chair_label}\n\n{chair}\n\n"
    "{date_label}\n\n12-17-2019\n\n"
    "Document Type\n\nGraduate Thesis - Open Access\n\n"
    "Abstract\n\n"
    "Reed warblers nest in the reed beds of the northern fens. I counted their nests over "
    "three summers and compared the counts with those of the past decade.\n"
)


def test_a_thesis_chair_is_no_author_and_the_date_of_degree_is_the_date() -> None:
    page = ETD_RECORD.format(chair_label="Thesis Chair", chair="Moe, Ida",
                             date_label="Date of Degree")  # fmt: skip
    rec = parse_record(page).to_csl()
    assert rec["author"] == [{"family": "Berg", "given": "Ola"}]
    assert rec["issued"] == {"date-parts": [[2019, 12, 17]]}
    assert rec["type"] == "thesis"


def test_a_french_research_director_is_no_author() -> None:
    text = (
        "Les fauvettes des roselières du Nord\n\n"
        "Auteur : Berg, Ola\n"
        "Directeur de recherche : Moe, Ida\n"
        "Date de publication : 2019\n"
        "Type : Thèse ou mémoire\n"
    )
    rec = parse_record(text).to_csl()
    assert rec["author"] == [{"family": "Berg", "given": "Ola"}]


XMLUI_VIEW = (
    "Reed warblers of the northern fens (1999-2014)\n"
    "Date\n"
    "2016-10-20{glued}\n"
    "Berg, Ola\n"
    "Orientador\n"
    "Moe, Ida\n"
    "Metadata\n"
    "Show full item recordAbstract\n"
    "Reed warblers nest in the reed beds of the northern fens; this work counts their nests "
    "over three summers and compares the counts with those of the past decade.\n"
)


def test_an_author_heading_glued_after_a_date_opens_its_own_line() -> None:
    rec = parse_record(XMLUI_VIEW.format(glued="Author")).to_csl()
    assert rec["author"] == [{"family": "Berg", "given": "Ola"}]
    assert rec["issued"] == {"date-parts": [[2016, 10, 20]]}


def test_a_name_label_glued_after_a_letter_or_a_longer_word_is_not_split() -> None:
    from comet import locales as _loc
    from comet.page.glued_headings import _glued_heading_at
    from comet.page.line_labels import _colon_labels

    table = _colon_labels(_loc.all_rules())
    assert _glued_heading_at("2016-10-20Author", table) == len("2016-10-20")
    # near misses: after a letter a name label is a word's own end; a longer word is none
    assert _glued_heading_at("Show full item recordAuthor", table) is None
    assert _glued_heading_at("Report 2016-10-20Authority", table) is None
