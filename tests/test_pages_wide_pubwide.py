"""Article landing pages of small and non-English journal platforms (issue 13, the wide
"pubwide" set): shapes that recur across sites. Every page, name and number here was written
for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.locales import resolve
from comet.page.glued_headings import _glued_heading_at
from comet.page.layout import read_layout
from comet.page.line_labels import _colon_labels

# --- a field's heading glued to the end of the value before it (OJS article pages) --------

_OJS = (
    "{title}\n"
    "DOI:\n"
    "https://doi.org/10.5555/rvx.v3i2.{n}{kw_label}:\n"
    "{keywords}{abstract_label}\n"
    "{abstract}\n"
)


@pytest.mark.parametrize(
    ("title", "kw_label", "keywords", "abstract_label", "abstract", "want"),
    [
        (
            "Huertos urbanos y memoria barrial en una ciudad intermedia",
            "Palabras clave",
            "huertos urbanos; memoria; barrio; ciudad intermedia.",
            "Resumen",
            "Este trabajo examina cómo los huertos comunitarios de una ciudad intermedia "
            "sostienen la memoria de sus barrios, a partir de entrevistas con vecinos.",
            ["huertos urbanos", "memoria", "barrio", "ciudad intermedia"],
        ),
        (
            "Cooperativas de pesca artesanal no litoral sul",
            "Palavras-chave",
            "Pesca artesanal, Cooperativismo, Território",
            "Resumo",
            "O artigo discute a organização de cooperativas de pesca artesanal em três "
            "municípios do litoral sul, com base em observação participante e entrevistas.",
            ["Pesca artesanal", "Cooperativismo", "Território"],
        ),
        (
            "Village Seed Banks and Household Resilience",
            "Keywords",
            "seed banks, resilience, smallholders, rural households",
            "Abstract",
            "This paper studies village seed banks as a source of household resilience among "
            "smallholders, drawing on a survey of two hundred rural households.",
            ["seed banks", "resilience", "smallholders", "rural households"],
        ),
    ],
)
def test_glued_keyword_heading_and_doi(
    title: str, kw_label: str, keywords: str, abstract_label: str, abstract: str, want: list[str]
) -> None:
    page = _OJS.format(title=title, n=4821, kw_label=kw_label, keywords=keywords,
                       abstract_label=abstract_label, abstract=abstract)  # fmt: skip
    rec = parse_record(page)
    assert str(rec.doi) == "10.5555/rvx.v3i2.4821"
    assert [k.text for k in rec.keywords] == want


def test_glued_heading_found_only_after_a_value() -> None:
    table = _colon_labels(resolve(None))
    line = "https://doi.org/10.5555/x.77Keywords:"
    assert _glued_heading_at(line, table) == line.index("Keywords")
    line = "tourism, coastal townsAbstract"
    assert _glued_heading_at(line, table) == line.index("Abstract")
    # a label word inside a name or a sentence, or after a space, is no glued heading
    assert _glued_heading_at("The Abstract", table) is None
    assert _glued_heading_at("Keywords:", table) is None
    assert _glued_heading_at("McAbstract", table) is None


def test_a_camel_case_word_ending_in_a_short_label_is_not_unglued() -> None:
    table = _colon_labels(resolve(None))
    for line in ("How to ExCite", "MyHashTags", "Registered with WikiCite", "SeeAlsoCitation"):
        assert _glued_heading_at(line, table) is None, line
    # a longer label after a value's last word is still split off
    line = "Arquivos, Memória, InformaçãoResumo"
    assert _glued_heading_at(line, table) == line.index("Resumo")


@pytest.mark.parametrize(
    ("page", "title", "keywords"),
    [
        ("How to ExCite\nAna Ruiz\nA guide to getting pupils interested in science.\n",
         "How to ExCite", []),
        ("A Week on the Coast\nAna Ruiz\nMyHashTags\nbeach, sun\n"
         "We spent the week on the coast and wrote about it every day.\n",
         "A Week on the Coast", []),
    ],
)  # fmt: skip
def test_a_camel_case_heading_keeps_the_title_and_reads_no_keywords(
    page: str, title: str, keywords: list[str]
) -> None:
    rec = parse_record(page)
    assert rec.title == title
    assert [k.text for k in rec.keywords] == keywords


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_unglued_layout_never_crashes_and_keeps_lines_in_order(text: str) -> None:
    layout = read_layout(text, resolve(None))
    for i, line in enumerate(layout.lines):
        assert line.index == i
        assert text[line.start : line.end] == line.text
        if i:
            assert layout.lines[i - 1].end <= line.start


def test_citas_heads_the_reference_list() -> None:
    page = (
        "Turismo rural y empleo femenino en los valles altos\n"
        "DOI: 10.5555/tur.2022.118\n"
        "Resumen\n"
        "Se analiza el empleo femenino generado por el turismo rural en tres valles altos, "
        "con datos de una encuesta a hogares y entrevistas a empresarias locales.\n"
        "Citas\n"
        "Ferreyra, L. M., & Quiroga, A. (2015). Empleo y estacionalidad. Revista de Estudios "
        "Rurales, 9(2), 33–51. https://doi.org/10.5555/rer.2015.09\n"
    )
    rec = parse_record(page)
    assert str(rec.doi) == "10.5555/tur.2022.118"
    assert rec.authors == ()


# --- a title in capitals broken over lines -------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            ["EFEITO DA ADUBAÇÃO ORGÂNICA NO CRESCIMENTO DE", "MUDAS DE ARAÇÁ-BOI"],
            "EFEITO DA ADUBAÇÃO ORGÂNICA NO CRESCIMENTO DE MUDAS DE ARAÇÁ-BOI",
        ),
        (
            ["LA GESTIÓN DEL AGUA EN COMUNIDADES", "DE MONTAÑA DEL NORTE ANDINO"],
            "LA GESTIÓN DEL AGUA EN COMUNIDADES DE MONTAÑA DEL NORTE ANDINO",
        ),
        (
            ["STRATEGI PEMASARAN DIGITAL USAHA KECIL", "KERAJINAN ROTAN DI DESA TEPIAN"],
            "STRATEGI PEMASARAN DIGITAL USAHA KECIL KERAJINAN ROTAN DI DESA TEPIAN",
        ),
    ],
)
def test_title_in_capitals_over_lines(lines: list[str], want: str) -> None:
    page = (
        "Jurnal Contoh Vol. 4, No. 2 Juni 2021: 101 - 112\n\n"
        + "\n".join(lines)
        + "\nMarta Quispe Rojas¹, Tomás Eduardo Villca²\n"
        "¹Universidad de Ejemplo\n\n"
        "Abstract\n"
        "This study examines a question of local interest with a survey of forty households "
        "and interviews, and it reports the main results and their limits.\n"
    )
    assert parse_record(page).title == want


def test_names_in_capitals_are_not_joined_to_the_title() -> None:
    page = (
        "Revista de Ejemplo, 12(3), 2019\n\n"
        "EL PAISAJE SONORO DE LAS PLAZAS DE MERCADO\n"
        "ROSAURA BETANCOURT\n"
        "Universidad del Ejemplo\n\n"
        "Resumen\n"
        "El artículo describe el paisaje sonoro de tres plazas de mercado a partir de "
        "grabaciones de campo y entrevistas con vendedores y compradores.\n"
    )
    assert parse_record(page).title == "EL PAISAJE SONORO DE LAS PLAZAS DE MERCADO"


def test_a_title_in_capitals_broken_after_a_name_particle() -> None:
    # a name's particle closing a line ('IBN') breaks the title as a function word does
    page = (
        "Revista de Ejemplo, 12(3), 2019\n\n"
        "THE LETTERS OF IBN\n"
        "QASIRA FROM THE HARBOUR TOWNS\n"
        "Universidad del Ejemplo\n\n"
        "Abstract\n"
        "The letters kept in a harbour town tell of trade, of weather and of the families "
        "who wrote them.\n"
    )
    assert parse_record(page).title == "THE LETTERS OF IBN QASIRA FROM THE HARBOUR TOWNS"


@pytest.mark.parametrize(
    ("tag", "title"),
    [
        ("ORIGINAL ARTICLE", "THE EFFECT OF SLEEP ON MEMORY"),
        ("RESEARCH ARTICLE", "A STUDY OF RIVERS IN SPAIN"),
        ("CASE REPORT", "ACUTE KIDNEY FAILURE AFTER A LONG RUN"),
        ("JOURNAL OF APPLIED SCIENCES", "EFFECTS OF HEAT ON STEEL BEAMS"),
    ],
)
def test_a_section_tag_or_journal_in_capitals_is_not_joined_to_the_title(
    tag: str, title: str
) -> None:
    page = (
        f"{tag}\n{title}\nAna Ruiz, Li Wei\n"
        "Abstract\n"
        "We measured what the title names over two years and report the main results here.\n"
    )
    assert parse_record(page).title == title


# --- the place and date after a journal's volume and number ---------------------------------

_HEAD = (
    "Scientific Library of Examples\n\n"
    "{nav}\n\n"
    "{journal}\n\n"
    "versão On-line ISSN 1234-5679\n\n"
    "{line}\n\n"
    "ARTIGO\n\n"
    "Hortas escolares e hábitos alimentares: um estudo em duas escolas\n\n"
    "Marina Prates Coutinho1\n\n"
    "1Universidade do Exemplo\n\n"
    "RESUMO\n\n"
    "O estudo acompanhou durante um ano letivo as hortas de duas escolas e os hábitos "
    "alimentares de seus alunos, com questionários e observação.\n"
)


@pytest.mark.parametrize(
    ("line", "place", "issued"),
    [
        ("Rev. Ex. Saúde vol.8 no.2 Porto Alegre mayo/ago. 2018", "Porto Alegre", [2018]),
        ("Rev Ex Saúde vol.8 n.2 Lisboa jun. 2018", "Lisboa", [2018, 6]),
        ("Rev. Ex. Saúde vol.8 no.2 Rio de Janeiro  2018", "Rio de Janeiro", [2018]),
        ("Rev. Ex. Saúde vol.8 no.2 Cuenca Oct./Dec. 2018", "Cuenca", [2018]),
    ],
)
def test_place_and_date_after_volume_and_number(line: str, place: str, issued: list[int]) -> None:
    page = _HEAD.format(nav="vol.8 número2Outro artigo do número índice de autores",
                        journal="Revista de Exemplos em Saúde", line=line)  # fmt: skip
    rec = parse_record(page)
    csl = rec.to_csl()
    assert (csl.get("volume"), csl.get("issue")) == ("8", "2")
    assert csl.get("publisher-place") == place
    assert csl["issued"]["date-parts"][0] == issued


@pytest.mark.parametrize(
    "nav", ["vol.8 issue2Another Article of the Issue", "vol.8 número2A Horta"]
)
def test_issue_glued_to_the_next_title_on_a_contents_line(nav: str) -> None:
    page = _HEAD.format(nav=nav, journal="Revista de Exemplos em Saúde",
                        line="Rev. Ex. Saúde vol.8 no.2 Lisboa 2018")  # fmt: skip
    assert parse_record(page).to_csl().get("issue") == "2"


def test_no_place_read_from_a_locator_with_pages() -> None:
    page = _HEAD.format(nav="", journal="Revista de Exemplos em Saúde",
                        line="Rev. Ex. Saúde 2018; 8(2): 101-119")  # fmt: skip
    csl = parse_record(page).to_csl()
    assert csl.get("page") == "101-119"
    assert csl.get("publisher-place") is None


@pytest.mark.parametrize(
    ("tail", "year"),
    [("Lisboa 1500", 1500), ("Lisboa 1499", None), ("Lisboa 2100", 2100), ("Lisboa 2101", None)],
)
def test_place_and_date_reads_the_years_of_a_citation(tail: str, year: int | None) -> None:
    # the years the project reads in a citation (comet.dates.years), not a range of its own
    from comet.page.locator_tail import place_and_date
    from comet.page.parse import _prepare

    page, _ = _prepare("x", None)
    got = place_and_date(page, tail)
    assert (got[1].year if got else None) == year


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_place_and_date_never_crashes(tail: str) -> None:
    from comet.page.locator_tail import place_and_date
    from comet.page.parse import _prepare

    page, _ = _prepare("x", None)
    got = place_and_date(page, tail)
    if got is not None:
        place, date, end = got
        assert place and place in tail[:end]
        assert str(date.year) in tail


# --- a title over its translations; a byline with ORCID links and e-mails --------------------

_TRANSLATED = (
    "Biblioteca Digital de Ejemplos\n\n"
    "Inicio Lista de revistas Buscar\n\n"
    "Revista de Estudios de Ejemplo\n\n"
    "Rev. Est. Ej. vol.7 no.1 Quito ene./jun. 2021\n\n"
    "Artículos originales\n\n"
    "{title}\n\n"
    "{translation}\n\n"
    "{byline}\n\n"
    "1Universidad del Ejemplo, Quito, Ecuador.\n\n"
    "Resumen\n\n"
    "El estudio describe la relación entre dos variables en una muestra de estudiantes "
    "de secundaria durante un semestre, con cuestionarios validados y entrevistas.\n"
)


@pytest.mark.parametrize(
    ("title", "translation"),
    [
        (
            "La lectura en voz alta y la comprensión de textos en la escuela secundaria",
            "Reading aloud and the understanding of texts in the secondary school",
        ),
        (
            "Hábitos de sueño y rendimiento escolar en los adolescentes de la ciudad",
            "Sleep habits and school performance of the adolescents in the city",
        ),
    ],
)
def test_title_over_its_translation(title: str, translation: str) -> None:
    page = _TRANSLATED.format(
        title=title,
        translation=translation,
        byline="Rosendo Aquino Valarezo1  raquino@ejemplo.edu.ec\nhttp://orcid.org/0000-0002-1825-0097",
    )
    rec = parse_record(page)
    assert rec.title == title
    assert [(p.given, p.family) for p in rec.authors] == [("Rosendo Aquino", "Valarezo")]


def test_two_names_with_orcid_lines_between() -> None:
    byline = (
        "Itziar Olabarrieta1\nhttp://orcid.org/0000-0002-1825-0097\n\n"
        "Gorka Txurruka2\nhttps://orcid.org/0000-0001-5109-3700"
    )
    page = _TRANSLATED.format(
        title="La lectura en voz alta y la comprensión de textos en la escuela secundaria",
        translation="Reading aloud and the understanding of texts in the secondary school",
        byline=byline,
    )
    assert [p.family for p in parse_record(page).authors] == ["Olabarrieta", "Txurruka"]


def test_a_name_with_a_mark_alone_is_plausible() -> None:
    from comet.names import parse_names
    from comet.page.name_plausible import plausible_names, plausible_person

    (p,) = parse_names("Quilla Yupanqui")  # a given name the lexicon does not know
    assert plausible_names([p], one_line=True, marked=True)
    # without the mark, or off one line, the name alone is judged by the lexicon only
    assert not plausible_names([p], one_line=True, marked=False)
    assert not plausible_names([p], one_line=False, marked=True)
    for name in ("Quilla Yupanqui", "Ana Ruiz", "J. R. Stone"):
        (q,) = parse_names(name)
        assert plausible_names([q], one_line=True, marked=False) is plausible_person(q)


# --- the work's language told apart by the function words only one language has -----------


@pytest.mark.parametrize(
    ("abstract", "want"),
    [
        (
            "El presente trabajo describe los cambios en el uso del suelo de la cuenca alta "
            "durante las dos últimas décadas, con imágenes de satélite y visitas de campo. "
            "Los resultados muestran que la superficie de cultivo creció en la zona norte, "
            "mientras que el bosque nativo se redujo por la expansión de la ganadería.",
            "es",
        ),
        (
            "Il contributo analizza la diffusione delle biblioteche di quartiere nella città "
            "negli ultimi anni, con interviste ai bibliotecari e ai lettori. Si è inteso "
            "mostrare come gli spazi di lettura sostengano la vita sociale del quartiere e "
            "quali servizi siano più richiesti dagli abitanti.",
            "it",
        ),
    ],
)
def test_language_of_an_abstract_apart_from_its_neighbour(abstract: str, want: str) -> None:
    page = f"Revista de ejemplo, 4(2), 2020\n\nUn título de ejemplo para la prueba\n\nResumen\n\n{abstract}\n"
    assert parse_record(page).language == want


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_language_apart_never_crashes(text: str) -> None:
    from comet.page.languages import _language_apart
    from comet.page.parse import _prepare

    page, _ = _prepare("x", None)
    got = _language_apart(text, page)
    assert got is None or got in {r.tag for r in page.rules}


def test_code_is_no_abstract_language() -> None:
    from comet.page.languages import _language_apart
    from comet.page.parse import _prepare

    page, _ = _prepare("x", None)
    code = "fn main() -> () { let x = read(a, b); if x > 0 { print(x) } else { return; } }" * 3
    assert _language_apart(code, page) is None


# --- a review's byline: 'Rezension von', 'Compte rendu par' ------------------------------


@pytest.mark.parametrize(
    ("title", "byline", "given", "family"),
    [
        (
            "Arbeit und Muße auf dem Lande",
            "Rezension von Ottilie Brandhuber",
            "Ottilie",
            "Brandhuber",
        ),
        (
            "Les jardins ouvriers de la ville",
            "Compte rendu par Hortense Vaillancourt",
            "Hortense",
            "Vaillancourt",
        ),
        (
            "Harbour towns after the ferries",
            "Review by Morwenna Tregarthen",
            "Morwenna",
            "Tregarthen",
        ),
    ],
)
def test_review_byline(title: str, byline: str, given: str, family: str) -> None:
    page = (
        f"{title}\n\n{byline}\n\n"
        "Ingrid Sollmann, Pablo Ferreyra (Hg.):\n\nEin Sammelband zum Landleben.\n\n"
        "Abstract: The reviewed volume gathers twelve contributions on rural work and its "
        "seasons, from the harvest to the long evenings of the winter months.\n"
    )
    rec = parse_record(page)
    assert [(p.given, p.family) for p in rec.authors] == [(given, family)]
