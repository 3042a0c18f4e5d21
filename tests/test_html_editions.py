"""A work's one edition in schema.org (``workExample``): a shop's or a catalogue's page of
one edition gives its ISBN, date, language and page count; a work with several editions
gives none of them (invented values)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from comet import parse_html
from comet.html import embedded_metadata
from tests._html_build import page

pytest.importorskip("selectolax")


def _edition(isbn: str, date: str, lang: str = "nl", pages: str = "312") -> dict[str, Any]:
    return {"@type": "Book", "bookFormat": "https://schema.org/Paperback", "isbn": isbn,
            "datePublished": date, "inLanguage": lang, "numberOfPages": pages}  # fmt: skip


def _book(example: Any, body: str = "") -> str:
    item = {"@context": "https://schema.org", "@type": "Book", "name": "Het Getij van Wexmoor",
            "author": {"@type": "Person", "name": "Lotte Ravenhorst"},
            "publisher": {"@type": "Organization", "name": "Uitgeverij Kreek"},
            "workExample": example}  # fmt: skip
    text = body or ("<h1>Het Getij van Wexmoor</h1><p>Lotte Ravenhorst</p>"
                    "<p>Verschenen 9 april 2021 · 312 pagina's</p>")  # fmt: skip
    return page(f'<script type="application/ld+json">{json.dumps(item)}</script>', text)


def test_one_edition_gives_the_record_its_fields() -> None:
    rec = parse_html(_book(_edition("9780306406157", "2021-04-09")))
    assert rec.isbns and str(rec.isbns[0]) == "9780306406157"
    assert str(rec.issued) == "2021-04-09"
    assert rec.language == "nl"
    csl = rec.to_csl()
    assert csl.get("number-of-pages") == "312"


def test_a_list_of_one_edition_is_one_edition() -> None:
    names = {t.name for t in embedded_metadata(_book([_edition("9780306406157", "2021-04-09")]))}
    assert {"schema:workexample.isbn", "schema:workexample.datepublished"} <= names


def test_several_editions_give_none_of_theirs() -> None:
    # a page of the work listing its editions: which one is the record, it does not say
    html = _book([_edition("9780306406157", "2021-04-09"),
                  _edition("9781861972712", "2019-02-01", "en", "280")])  # fmt: skip
    names = {t.name for t in embedded_metadata(html)}
    assert not {n for n in names if n.startswith("schema:workexample.")}
    rec = parse_html(html, read_text=False)
    assert rec.isbns == ()
    assert rec.language != "en"


def test_an_edition_does_not_outweigh_the_works_own_title() -> None:
    example = dict(_edition("9780306406157", "2021-04-09"), name="Getij")
    rec = parse_html(_book(example))
    assert rec.title == "Het Getij van Wexmoor"
