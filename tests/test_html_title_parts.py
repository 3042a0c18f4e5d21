"""``comet.parse_html``: the authors a page's ``<title>`` names beside the work's title
(``Site - Title - Name``, ``Title - Name | Publisher``, a catalogue's ``Family, Given :
Title``) where the record has none or names other persons; never a journal's or a site's
name read as a person, never over a scholarly tag's authors.

Every page here is hand-written (invented titles, names, magazines and publishers)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comet import parse_html

pytest.importorskip("selectolax")


def doc(head: str, body: str, lang: str = "en") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>"
    )


def names(r: object) -> list[str]:
    return [f"{p.given} {p.family}" for p in r.authors]  # type: ignore[attr-defined]


#: an article page whose byline is a line by itself under the title, and a box of related
#: articles with other writers' bylines further down
@pytest.mark.parametrize(
    ("site", "title", "name", "lang", "related"),
    [
        ("Harbour Quarterly Review", "Did the Tides Turn?", "Osvin K. Tarrow", "en",
         "Further reading: Why Ports Matter, by Maria Lopez and John Smith"),
        ("Revue des Ports", "Les marées ont-elles tourné ?", "Ysolde Quéméner", "fr",
         "À lire aussi : Pourquoi les ports comptent, par Marie Dupont"),
        ("Hafenblätter", "Haben sich die Gezeiten gewendet?", "Raimo Fleddersen", "de",
         "Lesen Sie auch: Warum Häfen zählen, von Anna Schmidt"),
        ("Revista de Puertos", "¿Cambiaron las mareas?", "Itziar Goikoetxea", "es",
         "Lea también: Por qué importan los puertos, por María López"),
    ],
)  # fmt: skip
def test_the_name_after_the_title_in_the_title_element_is_the_author(
    site: str, title: str, name: str, lang: str, related: str
) -> None:
    filler = "<p>" + " ".join(["The text of the essay goes on here."] * 30) + "</p>"
    page = doc(
        f"<title>{site} - {title} - {name}</title>",
        f"<div>{site}</div><h2>{title}</h2><div>{name}</div><div>From {site}, "
        f"Spring 2004</div>{filler}<p>{related}</p>",
        lang,
    )
    r = parse_html(page)
    assert names(r) == [name]
    for diag in r.diagnostics:  # (where the text reader read another byline first)
        if diag.code == "title-authors":
            assert diag.span is not None
            assert page[diag.span[0] : diag.span[1]].startswith(site)


def test_a_catalogue_heading_family_name_first() -> None:
    page = doc(
        "<title>NOVAK, Jan Václav : Sonáta pro housle a klavír</title>",
        "<h1>Sonáta pro housle a klavír</h1><table><tr><td>Záhlaví</td><td>NOVAK, Jan "
        "Václav</td></tr><tr><td>Název</td><td>Sonáta pro housle a klavír</td></tr>"
        "<tr><td>Autor</td><td>Jan Václav Novak</td></tr></table>",
        "cs",
    )
    r = parse_html(page)
    assert [(p.family.casefold(), p.given) for p in r.authors] == [("novak", "Jan Václav")]


@pytest.mark.parametrize(
    "head",
    [
        # a journal's name before the title, printed as the page's masthead
        "<title>Coastal Parasitology Open - Fulltext - Worms of the Estuary - Example "
        "Journals Online</title>",
        # a journal's name after the title (a periodical word)
        "<title>Worms of the Estuary - Marsh Letters Journal</title>",
    ],
)
def test_a_journal_name_is_no_author(head: str) -> None:
    page = doc(
        head,
        "<div>Coastal Parasitology Open</div><div>Marsh Letters Journal</div>"
        "<h1>Worms of the Estuary</h1><p>Lena Hartvig, Tomas Ekdal</p>"
        "<p>Abstract: worms were counted in twelve estuaries.</p>",
    )
    r = parse_html(page)
    assert not any(d.code == "title-authors" for d in r.diagnostics)
    assert "Open" not in [p.family for p in r.authors]


def test_scholarly_tags_authors_are_kept() -> None:
    page = doc(
        "<title>Worms of the Estuary - Ilse Varga</title>"
        '<meta name="citation_title" content="Worms of the Estuary">'
        '<meta name="citation_author" content="Hartvig, Lena">',
        "<h1>Worms of the Estuary</h1><div>Ilse Varga</div><p>Lena Hartvig</p>",
    )
    r = parse_html(page)
    assert [p.family for p in r.authors] == ["Hartvig"]


def test_a_byline_that_agrees_is_kept_whole() -> None:
    page = doc(
        "<title>Worms of the Estuary - Lena Hartvig - Marsh Press</title>",
        "<h1>Worms of the Estuary</h1><p>Lena Hartvig, Tomas Ekdal</p><p>Marsh Press, 2020</p>",
    )
    r = parse_html(page)
    assert not any(d.code == "title-authors" for d in r.diagnostics)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120), st.text(max_size=200))
def test_any_title_element_never_crashes(title: str, body: str) -> None:
    r = parse_html(doc(f"<title>{title}</title>", f"<h1>{title[:30]}</h1><p>{body}</p>"))
    assert isinstance(r.authors, tuple)
