"""``comet.parse_html`` on a preprint server's page: the server that posts a preprint is its
publisher (CSL ``publisher``, as Zotero's repository field and citation styles have it), not
the body that runs the server, which the publisher tag names.

Every page here is hand-written (invented names, titles, servers, bodies and DOIs)."""

from __future__ import annotations

import pytest

from comet import parse_html
from tests._html_build import meta, page

pytest.importorskip("selectolax")

TITLE = "Sediment pulses in the channels of a tidal marsh"
BODY = "Harbour Institute for Marsh Research"


def preprint(
    site: str = "SedimentPrints", *, journal: str | None = None, shown: bool = True
) -> str:
    head = (
        meta("citation_title", TITLE)
        + meta("citation_author", "Marrow, Ines")
        + meta("citation_author", "Brekke, Tomas")
        + meta("citation_publication_date", "2021/05/04")
        + meta("citation_publisher", BODY)
        + meta("citation_doi", "10.99999/2021.05.04.123456")
        + (meta("citation_journal_title", journal) if journal else "")
        + meta("og:site_name", site, "property")
    )
    body = (
        (f"<header><a href='/'>{site}</a></header>" if shown else "")
        + f"<p>New Results</p><h1>{TITLE}</h1><p>Ines Marrow, Tomas Brekke</p>"
        "<p>doi: https://doi.org/10.99999/2021.05.04.123456</p>"
        "<p>This article is a preprint and has not been certified by peer review.</p>"
        "<p>Posted May 04, 2021.</p><h2>Abstract</h2><p>We measured the pulses.</p>"
    )
    return page(head, body)


@pytest.mark.parametrize("site", ["SedimentPrints", "PaleoPreprints Hub"])
def test_a_preprints_publisher_is_the_server_not_the_body_running_it(site: str) -> None:
    r = parse_html(preprint(site))
    assert r.csl_type == "article"
    assert r.publisher == site
    assert any(
        getattr(d, "field", None) == "publisher" and d.chosen == "tag" for d in r.diagnostics
    )


def test_a_journal_articles_publisher_tag_stands_beside_the_sites_name() -> None:
    # near miss: the tags name a journal: the article's publisher is the publisher tag's
    r = parse_html(preprint(journal="Marsh Letters"))
    assert r.container_title == "Marsh Letters"
    assert r.publisher == BODY


def test_a_site_name_the_page_does_not_show_is_no_publisher() -> None:
    # near miss: the site's name lives in the tags only
    r = parse_html(preprint("QuietServerName", shown=False))
    assert r.publisher != "QuietServerName"
