"""Spanish, Portuguese and Italian (es, pt, it): the shipped files on realistic input.

The generic checks in test_locale_rules.py run every locale file; these are hand-written
examples of what pages in these languages print: dates, labels, type words, name lists
with particles, and one small OJS-style article page per language. The pages are written
for this test (invented journals, people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

import comet
from comet import PartialDate

OLD = ("da", "de", "en", "fi", "fr", "nb", "nl", "nn", "sv")


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tag", "expect"),
    [
        ("5 settembre 2018", "it", PartialDate(2018, 9, 5)),
        ("lunedì 5 settembre 2018", "it", PartialDate(2018, 9, 5)),
        ("1° marzo 2020", "it", PartialDate(2020, 3, 1)),
        ("giu. 2019", "it", PartialDate(2019, 6)),
        ("12 setembro 2020", "pt", PartialDate(2020, 9, 12)),
        ("out. 2018", "pt", PartialDate(2018, 10)),
        ("1º março 2021", "pt", PartialDate(2021, 3, 1)),
        ("3 mar. 2019", "es", PartialDate(2019, 3, 3)),
        ("setiembre 2017", "es", PartialDate(2017, 9)),
        ("el 3 de marzo 2019", "es", PartialDate(2019, 3, 3)),
        ("05/06/2019", "es", PartialDate(2019, 6, 5)),
        ("05/06/2019", "pt", PartialDate(2019, 6, 5)),
        ("05/06/2019", "it", PartialDate(2019, 6, 5)),
        ("primavera 2020", "es", PartialDate(2020, season="spring")),
        ("outono 2019", "pt", PartialDate(2019, season="autumn")),
        ("inverno 2021", "it", PartialDate(2021, season="winter")),
    ],
)
def test_dates(text: str, tag: str, expect: PartialDate) -> None:
    assert comet.parse_date(text, locales=[tag]) == expect


@pytest.mark.parametrize(
    ("text", "tag", "expect"),
    [
        ("3 de marzo de 2019", "es", PartialDate(2019, 3, 3)),
        ("12 de setembro de 2020", "pt", PartialDate(2020, 9, 12)),
        ("marzo de 2019", "es", PartialDate(2019, 3)),
    ],
)
def test_dates_with_de_before_the_year(text: str, tag: str, expect: PartialDate) -> None:
    assert comet.parse_date(text, locales=[tag]) == expect


@pytest.mark.parametrize(("text", "tag"), [("s.f.", "es"), ("s.d.", "pt"), ("senza data", "it")])
def test_undated(text: str, tag: str) -> None:
    r = comet.parse_date(text, locales=[tag], strict=False)
    assert r.value is None and "undated" in [d.code for d in r.diagnostics]


def test_date_range_word() -> None:
    r = comet.parse_date_range("2014 al 2016", locales=["es"])
    assert (r.start, r.end) == (PartialDate(2014), PartialDate(2016))


# --- labels, statuses, types ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "tag", "key", "value"),
    [
        ("Palabras clave: riego, suelos salinos", "es", "keywords", "riego, suelos salinos"),
        ("Fecha de publicación: 2019-03-03", "es", "published", "2019-03-03"),
        ("Revista: Cuadernos de Historia Rural", "es", "journal", "Cuadernos de Historia Rural"),
        ("Tipo de documento: Tesis doctoral", "es", "publication_type", "Tesis doctoral"),
        ("Cómo citar", "es", "cite_this", ""),
        ("Palavras-chave: solo; água; erosão", "pt", "keywords", "solo; água; erosão"),
        ("Resumo", "pt", "abstract", ""),
        ("Editora: Editora do Norte", "pt", "publisher", "Editora do Norte"),
        ("Parole chiave: suolo, acqua", "it", "keywords", "suolo, acqua"),
        ("Data di pubblicazione: 05/09/2018", "it", "published", "05/09/2018"),
        ("Rivista: Quaderni di Storia Alpina", "it", "journal", "Quaderni di Storia Alpina"),
        ("Editore: Edizioni del Lago", "it", "publisher", "Edizioni del Lago"),
        ("Riassunto", "it", "abstract", ""),
    ],
)
def test_labels(line: str, tag: str, key: str, value: str) -> None:
    m = comet.match_label(line, locales=[tag])
    assert m is not None and m.key == key
    assert line[m.value_start :] == value


@pytest.mark.parametrize(
    ("text", "tag", "key"),
    [
        ("En prensa", "es", "in-press"),
        ("Aceptado", "es", "accepted"),
        ("No prelo", "pt", "in-press"),
        ("Submetido", "pt", "submitted"),
        ("In corso di stampa", "it", "in-press"),
        ("Inedito", "it", "unpublished"),
    ],
)
def test_statuses(text: str, tag: str, key: str) -> None:
    assert str(comet.parse_status(text, locales=[tag])) == key


@pytest.mark.parametrize(
    ("text", "tag", "key", "csl"),
    [
        ("Artículo de revista", "es", "journal-article", "article-journal"),
        ("Tesis doctoral", "es", "doctoral-thesis", "thesis"),
        ("Capítulo de libro", "es", "chapter", "chapter"),
        ("Libro", "es", "book", "book"),
        ("Ponencia", "es", "conference-paper", "paper-conference"),
        ("Informe técnico", "es", "report", "report"),
        ("Artigo", "pt", "article", "article-journal"),
        ("Dissertação de mestrado", "pt", "masters-thesis", "thesis"),
        ("Tese de doutorado", "pt", "doctoral-thesis", "thesis"),
        ("Capítulo de livro", "pt", "chapter", "chapter"),
        ("Articolo in rivista", "it", "journal-article", "article-journal"),
        ("Tesi di dottorato", "it", "doctoral-thesis", "thesis"),
        ("Contributo in volume", "it", "chapter", "chapter"),
        ("Tipologia: Monografia", "it", "book", "book"),
    ],
)
def test_publication_types(text: str, tag: str, key: str, csl: str) -> None:
    t = comet.parse_publication_type(text, locales=[tag])
    assert (t.key, t.csl_type) == (key, csl)


def test_type_path_with_peer_review() -> None:
    t = comet.parse_publication_type("Artigo › Revisado por pares", locales=["pt"])
    assert (t.csl_type, t.peer_reviewed) == ("article-journal", True)


# --- names --------------------------------------------------------------------------------


def _names(text: str, tag: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.given, p.particle, p.family) for p in comet.parse_names(text, locales=[tag])]


def test_spanish_names_with_y_and_particles() -> None:
    assert _names("María José García y Juan de la Cruz", "es") == [
        ("María José", None, "García"),
        ("Juan", "de la", "Cruz"),
    ]


def test_spanish_et_al() -> None:
    plist = comet.parse_names("García, M. J.; Pérez, L. y otros", locales=["es"])
    assert plist.et_al and [p.family for p in plist] == ["García", "Pérez"]


def test_portuguese_names_with_e_and_particles() -> None:
    got = _names("Ana Paula dos Santos, João da Silva e Maria Oliveira", "pt")
    assert got == [
        ("Ana Paula", "dos", "Santos"),
        ("João", "da", "Silva"),
        ("Maria", None, "Oliveira"),
    ]


def test_portuguese_editors_marker() -> None:
    plist = comet.parse_names("SILVA, J.; SOUZA, M. (orgs.)", locales=["pt"])
    assert plist.role == "editor" and [p.family for p in plist] == ["SILVA", "SOUZA"]


def test_italian_names_with_e_and_particles() -> None:
    assert _names("Giulia Della Rocca, Marco Di Stefano e Luca Bianchi", "it") == [
        ("Giulia", None, "Della Rocca"),
        ("Marco", None, "Di Stefano"),
        ("Luca", None, "Bianchi"),
    ]


def test_italian_a_cura_di() -> None:
    plist = comet.parse_names("Mario Rossi (a cura di)", locales=["it"])
    assert plist.role == "editor" and [p.family for p in plist] == ["Rossi"]


def test_organisation_words() -> None:
    for text, tag in [
        ("Universidad Nacional de Ejemplo", "es"),
        ("Universidade Federal do Exemplo", "pt"),
        ("Università degli Studi di Esempio", "it"),
    ]:
        (p,) = comet.parse_names(text, locales=[tag])
        assert p.literal == text


# --- whole pages --------------------------------------------------------------------------

ES_PAGE = """\
Saltar al contenido principal
Saltar al menú de navegación principal
Iniciar sesión
Registrarse
Buscar
Inicio / Archivos / Vol. 14 Núm. 2 (2019) / Artículos
Revista de Estudios Hidrológicos Andinos

Balance hídrico de una cuenca de alta montaña en la cordillera oriental
Lucía Fernández y Tomás de la Vega

Palabras clave: balance hídrico, cuencas de montaña, páramo, escorrentía

Resumen
Se estima el balance hídrico anual de una cuenca de alta montaña a partir de registros \
de precipitación y caudal de diez años.

Descargas
PDF
Publicado
2019-03-03
Cómo citar
Fernández, L., & de la Vega, T. (2019). Balance hídrico de una cuenca de alta montaña en \
la cordillera oriental. Revista de Estudios Hidrológicos Andinos, 14(2), 45–67.
Número
Vol. 14 Núm. 2 (2019)
Sección
Artículos
Licencia
Esta obra está bajo una licencia internacional Creative Commons Atribución 4.0.
"""

PT_PAGE = """\
Pular para o conteúdo principal
Pular para o menu de navegação principal
Entrar
Cadastro
Buscar
Início / Arquivos / v. 22 n. 3 (2020) / Artigos
Cadernos de Ecologia Urbana

Arborização de calçadas e conforto térmico em bairros da zona norte
Ana Paula Santos, João Carlos Silva e Mariana Oliveira

Resumo
O estudo compara a temperatura de superfície de calçadas arborizadas e não arborizadas \
em três bairros ao longo de um verão.

Palavras-chave: arborização urbana; conforto térmico; ilhas de calor

Downloads
PDF
Publicado
2020-09-12
Como Citar
SANTOS, A. P.; SILVA, J. C.; OLIVEIRA, M. Arborização de calçadas e conforto térmico em \
bairros da zona norte. Cadernos de Ecologia Urbana, v. 22, n. 3, p. 101-118, 2020.
Edição
v. 22 n. 3 (2020)
Seção
Artigos
Licença
Este trabalho está licenciado sob uma licença Creative Commons Atribuição 4.0 Internacional.
"""

IT_PAGE = """\
Salta al contenuto principale
Salta al menu di navigazione principale
Accedi
Registrati
Cerca
Home / Archivio / V. 31 N. 2 (2018) / Articoli
Rivista di Storia del Paesaggio Agrario

Terrazzamenti e muri a secco nelle valli prealpine tra Otto e Novecento
Giulia Della Rocca, Marco Di Stefano e Luca Bianchi

Parole chiave: terrazzamenti, muri a secco, paesaggio agrario, Prealpi

Riassunto
L'articolo ricostruisce la costruzione e l'abbandono dei terrazzamenti in tre valli \
prealpine attraverso catasti storici e fotografie aeree.

Pubblicato
05-09-2018
Come citare
Della Rocca, G., Di Stefano, M., & Bianchi, L. (2018). Terrazzamenti e muri a secco \
nelle valli prealpine tra Otto e Novecento. Rivista di Storia del Paesaggio Agrario, \
31(2), 77–95.
Fascicolo
V. 31 N. 2 (2018)
Sezione
Articoli
Licenza
Quest'opera è distribuita con Licenza Creative Commons Attribuzione 4.0 Internazionale.
"""

PAGES: dict[str, tuple[str, dict[str, Any]]] = {
    "es": (
        ES_PAGE,
        {
            "title": "Balance hídrico de una cuenca de alta montaña en la cordillera oriental",
            "authors": [("Lucía", "Fernández"), ("Tomás", "Vega")],
            "issued": [2019, 3, 3],
            "container-title": "Revista de Estudios Hidrológicos Andinos",
            "keywords": ["balance hídrico", "cuencas de montaña", "páramo", "escorrentía"],
            "locator": ("14", "2", "45-67"),
        },
    ),
    "pt": (
        PT_PAGE,
        {
            "title": "Arborização de calçadas e conforto térmico em bairros da zona norte",
            "authors": [("Ana Paula", "Santos"), ("João Carlos", "Silva"), ("Mariana", "Oliveira")],
            "issued": [2020, 9, 12],
            "container-title": "Cadernos de Ecologia Urbana",
            "keywords": ["arborização urbana", "conforto térmico", "ilhas de calor"],
            "locator": ("22", "3", "101-118"),
        },
    ),
    "it": (
        IT_PAGE,
        {
            "title": "Terrazzamenti e muri a secco nelle valli prealpine tra Otto e Novecento",
            "authors": [("Giulia", "Della Rocca"), ("Marco", "Di Stefano"), ("Luca", "Bianchi")],
            "issued": [2018, 9, 5],
            "container-title": "Rivista di Storia del Paesaggio Agrario",
            "keywords": ["terrazzamenti", "muri a secco", "paesaggio agrario", "Prealpi"],
            "locator": ("31", "2", "77-95"),
        },
    ),
}


@pytest.mark.parametrize("tag", sorted(PAGES))
@pytest.mark.parametrize("locales", ["own", "all"])
def test_ojs_article_page(tag: str, locales: str) -> None:
    text, want = PAGES[tag]
    csl = comet.parse_record(text, locales=[tag] if locales == "own" else None).to_csl()
    assert csl["title"] == want["title"]
    assert [(a.get("given"), a.get("family")) for a in csl["author"]] == want["authors"]
    assert csl["issued"]["date-parts"] == [want["issued"]]
    assert csl["container-title"] == want["container-title"]
    assert [k.strip() for k in csl["keyword"].split(",")] == want["keywords"]
    assert (csl["volume"], csl["issue"], csl["page"]) == want["locator"]
    assert csl["type"] == "article-journal"


@pytest.mark.parametrize("tag", sorted(PAGES))
def test_the_locale_adds_what_the_other_locales_miss(tag: str) -> None:
    """Without the new locale the keyword label is not read (a check that the page tests
    exercise the new file, not only layout the other locales already handle)."""
    text, _want = PAGES[tag]
    assert comet.parse_record(text, locales=list(OLD)).to_csl().get("keyword") is None


def test_byline_with_portuguese_particles() -> None:
    text = PT_PAGE.replace(
        "Ana Paula Santos, João Carlos Silva e Mariana Oliveira",
        "Ana Paula dos Santos, João Carlos da Silva e Mariana Oliveira",
    )
    csl = comet.parse_record(text, locales=["pt"]).to_csl()
    assert [a.get("given") for a in csl["author"]] == ["Ana Paula", "João Carlos", "Mariana"]


KOHA_ES = """\
Historia social del agua en los valles del norte / Carmen Ibáñez Soler.
Por: Ibáñez Soler, Carmen
Tipo de material: Texto
Detalles de publicación: Granada : Ediciones del Sur, 2016
Descripción: 312 p. : il. ; 24 cm.
ISBN: 9788412345674
Materias: Agua -- Historia | Regadío -- Historia
Resumen: Estudio de la gestión comunitaria del agua de riego entre los siglos XVIII y XX.
| Tipo de ítem | Ubicación actual | Signatura topográfica | Estado | Fecha de vencimiento | Código de barras |
|---|---|---|---|---|---|
Libro
|
Biblioteca Central | 333.91 IBA | Disponible | | B0098765 |
No hay comentarios para este ítem.
"""

SBN_IT = """\
Tipo documento: Testo a stampa
Titolo: Le cartiere della valle del fiume nel Settecento / Paolo Ferri
Autore principale: Ferri, Paolo
Pubblicazione: Bologna : Edizioni del Portico, 2011
Descrizione fisica: 245 p. : ill. ; 22 cm
Collezione: Studi di storia economica ; 12
Soggetti: Carta - Fabbricazione - Storia - Sec. 18.
Lingua di pubblicazione: ITALIANO
Paese di pubblicazione: ITALIA
Codici identificativi: ISBN 9788412345674
"""


IRIS_IT = """\
IRIS - Archivio istituzionale della ricerca
Università degli Studi di Esempio
Catalogo dei prodotti
Titolo: Modelli idrologici distribuiti per piccoli bacini montani
Autori: Bianchi, Luca; Ferrari, Chiara; Russo, Andrea
Data di pubblicazione: 2017
Rivista: Quaderni di Idraulica Applicata
Volume: 12
Fascicolo: 4
Numero di pagine: 18
Abstract: Si confrontano tre modelli idrologici distribuiti su dodici piccoli bacini montani.
Parole chiave: modelli idrologici; bacini montani; deflussi
Tipologia: 1.1 Articolo in rivista
Lingua: Italiano
Appare nelle tipologie: 01 - Articolo su periodico
"""

DSPACE_PT = """\
Repositório Institucional
Início
Navegar
Entrar
Título: Qualidade da água em reservatórios do semiárido
Autor(es): Souza, Maria Clara; Almeida, Pedro Henrique
Orientador: Carvalho, Luís
Palavras-chave: qualidade da água; reservatórios; semiárido
Data do documento: 2021-05-20
Editora: Universidade Federal do Exemplo
Resumo: Avalia-se a qualidade da água de cinco reservatórios ao longo de dois anos.
Tipo: Dissertação
URI: http://repositorio.exemplo.br/handle/123/4567
Aparece nas coleções: Programa de Pós-Graduação em Recursos Hídricos
"""


@pytest.mark.parametrize(
    ("text", "tag", "want"),
    [
        (
            KOHA_ES,
            "es",
            {
                "title": "Historia social del agua en los valles del norte",
                "author": [{"family": "Ibáñez Soler", "given": "Carmen"}],
                "issued": {"date-parts": [[2016]]},
                "publisher": "Ediciones del Sur",
                "publisher-place": "Granada",
                "number-of-pages": "312",
                "keyword": "Agua, Regadío",
                "type": "book",
            },
        ),
        (
            SBN_IT,
            "it",
            {
                "title": "Le cartiere della valle del fiume nel Settecento",
                "author": [{"family": "Ferri", "given": "Paolo"}],
                "issued": {"date-parts": [[2011]]},
                "publisher": "Edizioni del Portico",
                "publisher-place": "Bologna",
                "collection-title": "Studi di storia economica",
                "language": "it",
                "number-of-pages": "245",
                "type": "book",
            },
        ),
        (
            IRIS_IT,
            "it",
            {
                "title": "Modelli idrologici distribuiti per piccoli bacini montani",
                "author": [
                    {"family": "Bianchi", "given": "Luca"},
                    {"family": "Ferrari", "given": "Chiara"},
                    {"family": "Russo", "given": "Andrea"},
                ],
                "issued": {"date-parts": [[2017]]},
                "container-title": "Quaderni di Idraulica Applicata",
                "volume": "12",
                "issue": "4",
                "keyword": "modelli idrologici, bacini montani, deflussi",
                "type": "article-journal",
            },
        ),
        (
            DSPACE_PT,
            "pt",
            {
                "title": "Qualidade da água em reservatórios do semiárido",
                "author": [
                    {"family": "Souza", "given": "Maria Clara"},
                    {"family": "Almeida", "given": "Pedro Henrique"},
                ],
                "issued": {"date-parts": [[2021, 5, 20]]},
                "publisher": "Universidade Federal do Exemplo",
                "keyword": "qualidade da água, reservatórios, semiárido",
                "type": "thesis",
            },
        ),
    ],
)
def test_catalogue_record(text: str, tag: str, want: dict[str, Any]) -> None:
    for locales in ([tag], None):
        csl = comet.parse_record(text, locales=locales).to_csl()
        assert {k: csl.get(k) for k in want} == want


# --- registry -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "tag"),
    [("es", "es"), ("es-MX", "es"), ("español", "es"), ("Spanish", "es"), ("castellano", "es"),
     ("pt", "pt"), ("pt-BR", "pt"), ("pt_PT", "pt"), ("português", "pt"), ("Portuguese", "pt"),
     ("it", "it"), ("it-IT", "it"), ("italiano", "it"), ("Italian", "it")],
)  # fmt: skip
def test_registry_resolves_the_new_tags(query: str, tag: str) -> None:
    import comet.locales as L

    assert L.get(query).tag == tag
