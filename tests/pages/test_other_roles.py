"""A catalogue's contributors, each with a role word in brackets: a person the page names as
translator or illustrator (``Ida Brandmoor (Übersetzer)``) is no author, even where a bare
line over the title lists them together (``comet.page.other_roles``); ``Beteiligt`` and
``Involved`` are contributor labels, never part of the name after them. Invented pages;
every name, press, interface line and title was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_PAGE = """Moorbibliothek Online-Katalog

Zum Inhalt springen

Suche
Merkliste
Hilfe

Bestand
Ausleihbar im Lesesaal

{names}

Das stille Moor : Roman

Erstausgabe

Hamburg: Moorhaus, 03/2021

Permalink
In die Zwischenablage kopieren

Titel\tDas stille Moor : Roman / Lena Torvik ; aus dem Englischen von Ida Brandmoor

{label}\tLena Torvik (Verfasser)
\tIda Brandmoor ({role})

Verlag\tHamburg: Moorhaus
"""


def _families(page: str) -> list[str]:
    return [a.get("family", "") for a in parse_record(page).to_csl().get("author") or []]


@pytest.mark.parametrize("label", ["Beteiligt", "Involved"])
@pytest.mark.parametrize("role", ["Übersetzer", "Illustrator", "translator"])
def test_a_translator_in_brackets_is_no_author(label: str, role: str) -> None:
    page = _PAGE.format(names="Lena Torvik und Ida Brandmoor", label=label, role=role)
    authors = parse_record(page).to_csl().get("author")
    assert authors == [{"family": "Torvik", "given": "Lena"}]


def test_a_translator_of_another_name_takes_no_author_out() -> None:
    # (negative) the bracketed translator is none of the listed names: both stay
    page = _PAGE.format(
        names="Lena Torvik und Ida Brandmoor", label="Beteiligt", role="Übersetzer"
    ).replace("\tIda Brandmoor (Übersetzer)", "\tPer Sundqvist (Übersetzer)")
    # (the title's statement must not name her translator either: it would say so itself)
    page = page.replace(" ; aus dem Englischen von Ida Brandmoor", "")
    assert _families(page) == ["Torvik", "Brandmoor"]


def test_a_self_translated_author_stays() -> None:
    # (negative) a name printed with the author's word too is still an author
    page = _PAGE.format(
        names="Lena Torvik und Ida Brandmoor", label="Beteiligt", role="Übersetzer"
    ).replace(
        "\tIda Brandmoor (Übersetzer)", "\tIda Brandmoor (Verfasser)\n\tIda Brandmoor (Übersetzer)"
    )
    assert "Brandmoor" in _families(page)
