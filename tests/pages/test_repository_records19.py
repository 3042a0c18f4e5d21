"""Repository software's item pages (session 19): the qualified Dublin Core names of a
DSpace "full item record", the COAR resource types they print, one author a row under a
repeated label, and a citation's initials spelled out from the record's inverted names.
Invented records in the shapes of such pages (names, titles and places made up)."""

from __future__ import annotations

import pytest

from comet import match_label, parse_publication_type, parse_record

FULL_RECORD = """Show simple item record
dc.contributor.author\tOkonkwo, Adaeze\ten_US
dc.contributor.author\tLindgren, Per\ten_US
dc.contributor.advisor\tMarsh, Hollis\ten_US
dc.date.accessioned\t2019-08-12T10:11:02Z
dc.date.available\t2019-08-12T10:11:02Z
dc.date.issued\t2017-05
dc.identifier.citation\tOkonkwo, A. & Lindgren, P. (2017). Grazing pressure on upland \
sedges. Upland Ecology, 14(2), 55-71.\ten_US
dc.identifier.issn\t1234-5679
dc.identifier.uri\thttp://hdl.handle.net/10500/22881
dc.description.abstract\tWe measured grazing pressure on sedges at four upland sites over \
three summers.\ten_US
dc.description.provenance\tSubmitted by Maria Jonsson (mj@example.edu) on \
2019-08-12T10:11:02Z No. of bitstreams: 1\ten
dc.language.iso\ten\ten_US
dc.publisher\tUpland Society\ten_US
dc.relation.ispartof\tUpland Ecology\ten_US
dc.citation.volume\t14
dc.citation.issue\t2
dc.citation.spage\t55
dc.citation.epage\t71
dc.subject\tsedges\ten_US
dc.title\tGrazing pressure on upland sedges\ten_US
dc.type\tinfo:eu-repo/semantics/article\ten_US
Files in this item
Name:\tOkonkwo_2017.pdf
Size:\t412.1Kb
Format:\tPDF
"""

THESIS_RECORD = """Mostrar el registro completo del ítem
dc.contributor.advisor\tPardo Cuervo, Ignacio\tspa
dc.contributor.author\tQuintero Lasso, Mariela Andrea\tspa
dc.date.accessioned\t2021-03-04T15:22:10Z\tspa
dc.date.available\t2021-03-04T15:22:10Z\tspa
dc.date.issued\t2020-11-18\tspa
dc.format.extent\t142 páginas\tspa
dc.publisher\tUniversidad del Valle Alto\tspa
dc.publisher.place\tCali, Colombia\tspa
dc.title\tDinámica de caudales en cuencas andinas pequeñas\tspa
dc.type\tinfo:eu-repo/semantics/masterThesis\tspa
dc.description.degreename\tMagíster en Ingeniería - Recursos Hidráulicos\tspa
"""


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("dc.contributor.editor\tLund, Per", "editor"),
        ("dc.identifier.citation\tLund, P. (2001) A title. Journal, 3.", "cite_this"),
        ("dc.date.submitted\t2019-01-02", "deposited"),
        ("dc.publisher.place\tCali", "place"),
        ("dc.relation.ispartofseries\tWorking papers;12", "series"),
        ("thesis.degree.grantor\tNorthgate University", "publisher"),
        ("thesis.degree.name\tDoctor of Philosophy", "degree"),
        ("dc.citation.spage\t55", "first_page"),
        ("dc.description.provenance\tMade available in DSpace on 2019-08-12", "notes"),
    ],
)
def test_qualified_dublin_core_names_are_labels(line: str, key: str) -> None:
    m = match_label(line, spaced=True)
    assert m is not None and m.key == key


@pytest.mark.parametrize(
    ("term", "csl"),
    [
        ("info:eu-repo/semantics/article", "article-journal"),
        ("info:eu-repo/semantics/masterThesis", "thesis"),
        ("info:eu-repo/semantics/workingPaper", "report"),
        ("workingPaper", "report"),
        ("info:eu-repo/semantics/conferenceObject", "paper-conference"),
        ("info:eu-repo/semantics/bookPart", "chapter"),
    ],
)
def test_coar_resource_types(term: str, csl: str) -> None:
    value = parse_publication_type(term, strict=False).value
    assert value is not None and value.csl_type == csl


def test_full_item_record() -> None:
    item = parse_record(FULL_RECORD).to_csl()
    assert item["title"] == "Grazing pressure on upland sedges"
    # one author a row, spelled out where the citation abbreviates them
    assert item["author"] == [
        {"family": "Okonkwo", "given": "Adaeze"},
        {"family": "Lindgren", "given": "Per"},
    ]
    assert item["type"] == "article-journal"
    assert item["container-title"] == "Upland Ecology"
    assert (item["volume"], item["issue"], item["page"]) == ("14", "2", "55-71")
    # the deposit dates (accessioned, available, provenance) are not the issued date
    assert item["issued"] == {"date-parts": [[2017, 5]]}
    assert item["publisher"] == "Upland Society"


def test_full_thesis_record() -> None:
    item = parse_record(THESIS_RECORD).to_csl()
    assert item["type"] == "thesis"
    assert item["author"] == [{"family": "Quintero Lasso", "given": "Mariela Andrea"}]
    assert item["publisher"] == "Universidad del Valle Alto"
    assert item["publisher-place"] == "Cali, Colombia"
    assert item["issued"] == {"date-parts": [[2020, 11, 18]]}


def test_only_deposit_dates_give_no_issued_date() -> None:
    page = "\n".join(
        line for line in THESIS_RECORD.splitlines() if not line.startswith("dc.date.issued")
    )
    item = parse_record(page).to_csl()
    assert "issued" not in item or item["issued"]["date-parts"][0][:3] != [2021, 3, 4]


def test_author_rows_apart_stay_apart() -> None:
    """Two author labels with other rows between them are two readings, not one list
    (a page's author and, further down, a related item's)."""
    page = (
        "Item record\nTitle: Grazing on sedges\nAuthor: Okonkwo, Adaeze\n"
        "Date Issued: 2017\nPublisher: Upland Society\nAuthor: Lindgren, Per\n"
    )
    item = parse_record(page).to_csl()
    assert item["author"] == [{"family": "Okonkwo", "given": "Adaeze"}]


def test_initials_not_spelled_out_from_another_person() -> None:
    """An inverted name with other initials (``Okonkwo, Bisi``) spells out no ``A.``."""
    page = (
        "Item record\nCitation: Okonkwo, A. (2017). Grazing pressure on upland sedges. "
        "Upland Ecology, 14(2), 55-71.\nSee also: Okonkwo, Bisi (2015) Sedge meadows.\n"
    )
    item = parse_record(page).to_csl()
    assert item.get("author") in (None, [{"family": "Okonkwo", "given": "A."}])


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Appears in Collections: Faculty of Science", "collections"),
        ("Depositing User: Dr Hollis Marsh", "depositor"),
        ("Divisions: Faculty of Science > School of Ocean Sciences", "department"),
        ("Awarding Body: Northgate University", "publisher"),
        ("Thesis Type: Doctoral", "degree_type"),
        ("Date Submitted: 2019-04-02", "deposited"),
        ("Fecha de emisión: 2018-06-30", "published"),
        ("Título obtenido: Magíster en Hidrología", "degree"),
        ("Autor(a) principal: Figueiredo, Lucas Martins", "author"),
        ("Banca de defesa: Nunes, Paulo; Rocha, Elisa", "supervisor"),
        ("Ecole doctorale : Sciences de la Terre", "department"),
        ("Jahr der Fertigstellung: 2017", "year"),
        ("Freies Schlagwort / Tag: Flussmündung", "keywords"),
        ("Datum verdediging: 12 maart 2019", "published"),
        ("Data obrony: 2019-06-12", "published"),
        ("Julkaisun tyyppi: Pro gradu -tutkielma", "publication_type"),
        ("Pengguna Penyetor: Admin Perpustakaan", "depositor"),
        ("Дата защиты: 12.05.2016", "published"),
        ("Data di discussione della Tesi: 14 luglio 2017", "published"),
    ],
)
def test_repository_software_labels(line: str, key: str) -> None:
    m = match_label(line)
    assert m is not None and m.key == key


EPRINTS = """Harbour University Research Online
Halvorsen, Ingrid (2016) Tidal mixing in shallow northern fjords. PhD thesis, Harbour \
University.
Item Type:\tThesis (PhD)
Uncontrolled Keywords:\tfjords; tidal mixing
Divisions:\tFaculty of Science > School of Ocean Sciences
Depositing User:\tHollis Marsh
Date Deposited:\t14 Mar 2017 11:02
"""


def test_eprints_record() -> None:
    item = parse_record(EPRINTS).to_csl()
    assert item["author"] == [{"family": "Halvorsen", "given": "Ingrid"}]
    assert item["type"] == "thesis"
    assert item["publisher"] == "Harbour University"
    assert item["issued"] == {"date-parts": [[2016]]}


def test_depositing_user_is_no_author() -> None:
    """The account that deposited the item is never its author, even with nothing else."""
    page = (
        "Tidal mixing in shallow northern fjords\nItem Type:\tThesis (PhD)\n"
        "Depositing User:\tHollis Marsh\nDate Deposited:\t14 Mar 2017 11:02\n"
    )
    assert "author" not in parse_record(page).to_csl()


def test_vufind_principal_author() -> None:
    page = (
        "Detalhes bibliográficos\nAno de defesa:\t2018\n"
        "Autor(a) principal:\tFigueiredo, Lucas Martins\n"
        "Orientador(a):\tCastro, Beatriz Almeida\nTipo de documento:\tTese\n"
        "Título:\tErosão costeira em praias arenosas do litoral sul\n"
    )
    item = parse_record(page).to_csl()
    assert item["author"] == [{"family": "Figueiredo", "given": "Lucas Martins"}]
    assert item["type"] == "thesis"


@pytest.mark.parametrize(
    "line",
    [
        "Qualification for the final is decided on Sunday",
        "Handle with care: the samples are fragile",
        "Curso de verão sobre ecologia de formigas",
    ],
)
def test_no_label_in_ordinary_lines(line: str) -> None:
    m = match_label(line)
    assert m is None or m.key not in ("degree", "url", "department")


def test_discovery_record_heading_is_no_part_of_the_title() -> None:
    """A discovery layer's table heading (``Detalhes bibliográficos``) between the title and
    the labelled rows is no second line of the title."""
    page = (
        "Biblioteca Digital de Teses\nBuscar\n"
        "Erosão costeira em praias arenosas do litoral sul\nDetalhes bibliográficos\n"
        "Autor(a) principal:\tFigueiredo, Lucas Martins\nData de Publicação:\t2018\n"
        "Instituição de defesa:\tUniversidade Estadual do Litoral\n"
        "Tipo de documento:\tDissertação\n"
    )
    item = parse_record(page).to_csl()
    assert item["title"] == "Erosão costeira em praias arenosas do litoral sul"
    assert item["author"] == [{"family": "Figueiredo", "given": "Lucas Martins"}]
    assert item["publisher"] == "Universidade Estadual do Litoral"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Rojas Blanco, Edwar Alonso", [{"family": "Rojas Blanco", "given": "Edwar Alonso"}]),
        ("Pérez Quiroga, Teodora", [{"family": "Pérez Quiroga", "given": "Teodora"}]),
        # two people in direct order: the first word is a known given name
        (
            "Jane Doe, John Smith",
            [{"family": "Doe", "given": "Jane"}, {"family": "Smith", "given": "John"}],
        ),
    ],
)
@pytest.mark.parametrize("layout", ["Autores:\n{}", "Autor: {}"])
def test_labelled_name_with_two_family_names(value: str, want: list, layout: str) -> None:
    # (the advisor's row printed inverted: the record's names are family first)
    page = (
        "Registro\nTítulo: Facturas electrónicas\n"
        + layout.format(value)
        + "\nDirector: Pardo Cuervo, Ignacio\nFecha: 2020\n"
    )
    assert parse_record(page).to_csl()["author"] == want


@pytest.mark.parametrize(
    "value",
    [
        "Kaveh Ardalan, Roozbeh Nikfar",
        "Yaretzi Tlapa Cruz, Itzel Xochitl Mena",
        "Thandeka Mbeki, Sipho Dlamini",
    ],
)
def test_two_people_in_direct_order_without_inversion_signs(value: str) -> None:
    """Uncommon given names and no sign that the page inverts its names: two people."""
    page = "Record\nTitle: Coastal dunes after storms\nAuthors:\n" + value + "\nYear: 2020\n"
    assert len(parse_record(page).to_csl().get("author", [])) != 1


def test_two_family_names_only_under_a_label() -> None:
    """A bare line under a title (no label) keeps the name parser's reading."""
    page = "Facturas electrónicas en pequeñas empresas\nRojas Blanco, Edwar Alonso y otros\n"
    item = parse_record(page).to_csl()
    assert item.get("author") != [{"family": "Rojas Blanco", "given": "Edwar Alonso"}]


def test_second_person_in_direct_order_stays_a_second_person() -> None:
    page = "Preprint\nAuthor:Palmira Vidal Aguilar, Stefan Ulbrich\nYear: 2019\n"
    authors = parse_record(page).to_csl()["author"]
    assert len(authors) == 2 and authors[1] == {"family": "Ulbrich", "given": "Stefan"}


THESIS_PORTAL = """Thèse soutenue
Dynamique des glaciers rocheux dans les Alpes du Sud
Auteur / Autrice : Camille Bertrand
Direction : Hélène Mercier
Type : Thèse de doctorat
Date : Soutenance le 12/12/2019
Etablissement(s) : Grenoble Alpes
Ecole(s) doctorale(s) : École doctorale Terre, Univers, Environnement
"""


def test_thesis_institution_is_the_publisher() -> None:
    item = parse_record(THESIS_PORTAL).to_csl()
    assert item["type"] == "thesis"
    assert item["publisher"] == "Grenoble Alpes"


@pytest.mark.parametrize(
    "page",
    [
        # an article's record: the institution is the authors' affiliation
        "Grazing pressure on upland sedges\nAuthor: Adaeze Okonkwo\n"
        "Institution: Northgate University\nJournal: Upland Ecology\nYear: 2017\n",
        # a job advertisement: a department, no thesis
        "Research assistant in glaciology\nInstitution: Northgate University\n"
        "Department: Earth Sciences\nClosing date: 12 March 2021\n",
    ],
)
def test_institution_without_a_thesis_is_no_publisher(page: str) -> None:
    assert parse_record(page).to_csl().get("publisher") != "Northgate University"


FIGSHARE_LIKE = """Browse
Search
Thesis
Coastal dune vegetation after storms
Thesis posted on 2021-06-14, 09:12 authored by Mara Ellison
This thesis documents the recovery of coastal dune vegetation after three winter storms \
on the northern coast.
Degree Type
Doctor of Philosophy
Institution
Northgate University
Date Awarded
2020-12-01
"""


def test_posting_line_and_genre_over_title() -> None:
    item = parse_record(FIGSHARE_LIKE).to_csl()
    # the genre alone over the title is no thesis note taking the title as its value
    assert item["title"] == "Coastal dune vegetation after storms"
    assert item["author"] == [{"family": "Ellison", "given": "Mara"}]
    assert item["type"] == "thesis"
    assert item["issued"] == {"date-parts": [[2020, 12, 1]]}


@pytest.mark.parametrize(
    "line",
    [
        "The storm posted on 2021-06-14 a new record",  # no type term before the label
        "Thesis posted on the notice board by Ana Ruiz",  # no date after the label
        "thesis posted on 2021-06-14 by Ana Ruiz",  # a sentence in small letters
        "Book posted on 3 May 2024 authored by Jane Porter",  # a marketplace's listing
    ],
)
def test_no_posting_line(line: str) -> None:
    from comet.locales import resolve
    from comet.page.line_labels import _posting_line

    assert _posting_line(line, resolve(None)) is None


def test_thesis_note_keeps_its_value() -> None:
    page = "Tidal mixing in fjords\nThesis\nPh.D. Harbour University 1998\nAuthor: Ruiz, Ana\n"
    from comet.locales import resolve
    from comet.page.layout import read_layout

    layout = read_layout(page, resolve(None))
    assert [lv.value for lv in layout.values("thesis_note")] == ["Ph.D. Harbour University 1998"]


@pytest.mark.parametrize(
    ("citation", "grantor"),
    [
        (
            "TAVARES, Renata Lopes. Ecologia de formigas em fragmentos de cerrado. 2019. 88 f. "
            "Dissertação (Mestrado em Ecologia) - Universidade Federal do Planalto, Brasília, 2019.",
            "Universidade Federal do Planalto",
        ),
        (
            "SILVA, Ana. Título da obra. 2015. 120 f. Tese (Doutorado em Física) – Instituto de "
            "Física, Universidade Estadual do Sul, Campinas, 2015.",
            "Universidade Estadual do Sul",
        ),
        # a book's imprint and a university press name no grantor
        ("SILVA, Ana. Título. 2. ed. São Paulo: Editora Unesp, 2015.", None),
        (
            "SILVA, Ana. Título da obra. 2015. Tese (Doutorado) - Editora da Universidade, 2015.",
            None,
        ),
        # a bracketed note that is no thesis's
        (
            "SILVA, Ana. Título da obra. 2015. Relatório (Anual) - Universidade do Sul, Recife, 2015.",
            None,
        ),
    ],
)
def test_abnt_thesis_note_grantor(citation: str, grantor: str | None) -> None:
    from comet.locales import resolve
    from comet.page.grantor import thesis_grantor

    assert thesis_grantor(citation, resolve(None)) == grantor


def test_abnt_citation_gives_the_thesis_publisher() -> None:
    page = (
        "Repositório Institucional\n"
        "Título: Ecologia de formigas em fragmentos de cerrado do planalto central\n"
        "Autor(es): Tavares, Renata Lopes\nOrientador: Moura, Henrique Dias\n"
        "Citação: TAVARES, Renata Lopes. Ecologia de formigas em fragmentos de cerrado do "
        "planalto central. 2019. 88 f. Dissertação (Mestrado em Ecologia) - Universidade "
        "Federal do Planalto, Brasília, 2019.\nData do documento: 29-Mar-2019\n"
    )
    item = parse_record(page).to_csl()
    assert item["type"] == "thesis"
    assert item["publisher"] == "Universidade Federal do Planalto"


DIVA_LIKE = """Research portal
Ice formation in small boreal lakes
Lindqvist, Oskar
Nordlund University, Faculty of Science, Department of Ecology.
2015 (English)Doctoral thesis, comprehensive summary (Other academic)
Abstract [en]
The thesis examines how small boreal lakes stratify while ice forms in early winter.
Place, publisher, year, edition, pages
Nordstad: Nordlund University, 2015. , p. 54
Series
Nordlund University ecology dissertations, ISSN 1234-5678 ; 88
Supervisors
Berg, Anna
"""


def test_year_language_type_line_and_series_issn() -> None:
    item = parse_record(DIVA_LIKE).to_csl()
    assert item["type"] == "thesis"
    assert item["author"] == [{"family": "Lindqvist", "given": "Oskar"}]
    # the series' ISSN is no part of its title, and the series is no journal
    assert item["collection-title"] == "Nordlund University ecology dissertations"
    assert item["collection-number"] == "88"
    assert "container-title" not in item
    assert item["publisher"] == "Nordlund University"


@pytest.mark.parametrize(
    "line",
    [
        "2015 (reprint) New edition with a foreword",  # no language in the brackets
        "1998 (English) Penguin Classics paperback",  # no type term after it
        "2019 (English)In: Upland Ecology, Vol. 14, no 2, p. 55-71",
    ],
)
def test_no_year_language_type_line(line: str) -> None:
    from comet.locales import resolve
    from comet.page.evidence import _Page
    from comet.page.layout import read_layout
    from comet.page.record_lines import year_language_type

    rules = resolve(None)
    text = f"A record\n{line}\n"
    page = _Page(text, text, lambda a, b: (a, b), read_layout(text, rules), rules, None)
    assert year_language_type(page) is None


def _hits(n: int, year: int = 2010) -> str:
    return "\n".join(
        f"Tidal study number {i} of the northern fjords\nHalvorsen, Ingrid ({year + i})"
        for i in range(n)
    )


@pytest.mark.parametrize(
    "head",
    [
        # a browse page, a search's results, a collection's recent submissions
        'Harbour University Repository\nBrowsing by Author "Halvorsen, Ingrid"\n'
        "Now showing items 1-8 of 8",
        "Repositório Institucional\nBusca\nMostrando itens 1-8 de 8",
        "Repositorio Institucional\nMostrando ítems 1-8 de 8",
        "Harbour University Repository\nSchool of Ocean Sciences Theses\nBrowse\n"
        "By Issue Date\nAuthors\nTitles\nRecent Submissions",
    ],
)
def test_repository_lists_are_no_record(head: str) -> None:
    record = parse_record(head + "\n" + _hits(8) + "\n")
    item = record.to_csl()
    assert "title" not in item and "author" not in item and "issued" not in item
    assert any(d.code == "not-a-record" for d in record.diagnostics)


def test_a_record_with_related_items_and_files_is_a_record() -> None:
    page = (
        "Tidal mixing in shallow northern fjords\nHalvorsen, Ingrid\nDate Issued: 2016\n"
        "Item Type: Thesis (PhD)\nFiles in this item\nName:\tHalvorsen_2016.pdf\n"
        "Size:\t4.212Mb\nFormat:\tPDF\nRelated items\n"
        "Showing items related by title, author, creator and subject.\n" + _hits(6) + "\n"
    )
    item = parse_record(page).to_csl()
    assert item["title"] == "Tidal mixing in shallow northern fjords"
    assert item["author"] == [{"family": "Halvorsen", "given": "Ingrid"}]
    assert item["issued"] == {"date-parts": [[2016]]}


@pytest.mark.parametrize(
    "page", ["Browse\nBy Issue Date\nAuthors\nTitles\n", "Sort\nBy Date Issued\n"]
)
def test_a_label_after_by_is_no_person(page: str) -> None:
    assert "author" not in parse_record(page).to_csl()


def test_statistics_page_invents_nothing() -> None:
    page = (
        "Harbour University Repository\nStatistics\nTotal visits\n"
        "Tidal mixing in shallow northern fjords\nViews\n412\nTotal visits per month\n"
        "January 2021\t12\nFebruary 2021\t9\nFile Visits\nHalvorsen_2016.pdf\t388\n"
    )
    item = parse_record(page).to_csl()
    assert "author" not in item and "issued" not in item


def test_date_under_title_survives_a_file_list() -> None:
    page = (
        "Tidal mixing in shallow northern fjords\nMarch 2019\nHalvorsen, Ingrid\n"
        "Files\nHalvorsen_2016_final.pdf\t4.2 MB\n"
    )
    assert parse_record(page).to_csl()["issued"] == {"date-parts": [[2019, 3]]}


@pytest.mark.parametrize(
    "heading",
    [
        "2 Resultados para o litoral sul",
        "Resultados para los huertos de altura",
        "Risultati per le spiagge del sud",
        "Wyniki dla odcinka zachodniego",
    ],
)
def test_a_results_section_heading_keeps_the_article(heading: str) -> None:
    refs = "\n".join(
        f"Lindqvist, M. ({2000 + i}). Dune study {i}. Coastal Letters, {i}." for i in range(6)
    )
    page = (
        "Coastal dunes after winter storms\nMarta Lindqvist\nCoastal Letters 12(3) 2019\n"
        + heading
        + "\n"
        + refs
        + "\n"
    )
    record = parse_record(page)
    assert not any(d.code == "not-a-record" for d in record.diagnostics)
    assert record.to_csl().get("title") == "Coastal dunes after winter storms"


@pytest.mark.parametrize(
    "page",
    [
        # a menu's one-word label over its next item; a sentence after the label's colon
        "Tesis doctoral\nUniversidad\nAdmisiones\nInvestigación\nDinámica de caudales andinos\n"
        "Autor: Quintero Lasso, Mariela\nDirector: Pardo Cuervo, Ignacio\n"
        "Tipo de documento: Tesis doctoral\n",
        "Dinamica delle spiagge\nAutore: Rossi, Marta\nRelatore: Bianchi, Luca\n"
        "Tipo di tesi: Tesi di dottorato\n"
        "Università: gli studenti possono consultare la tesi in biblioteca.\n",
    ],
)
def test_one_word_institution_label_needs_a_name_on_its_line(page: str) -> None:
    publisher = parse_record(page).to_csl().get("publisher") or ""
    assert publisher not in ("Admisiones",) and "studenti" not in publisher


def test_coverage_place_is_no_place_of_publication() -> None:
    page = (
        "dc.contributor.author\tSantos, Rita\tpt_BR\n"
        "dc.title\tPesca artesanal em Nazaré\tpt_BR\n"
        "dc.coverage.city\tNazaré\tpt_BR\ndc.date.issued\t2018\tpt_BR\n"
    )
    assert "publisher-place" not in parse_record(page).to_csl()


def test_a_guides_table_of_dublin_core_fields_is_no_record() -> None:
    page = (
        "Guía de autoarchivo\nCampo | Descripción | Ejemplo\n"
        "dc.title | Título del trabajo | Título de ejemplo\n"
        "dc.identifier.citation | Cita bibliográfica | Apellido, N. (2020). Título. "
        "Revista, 3(2), 1-10.\n"
    )
    item = parse_record(page).to_csl()
    assert "container-title" not in item and "volume" not in item
