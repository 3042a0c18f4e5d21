"""A web article's periodical named by the site's signs (``comet.page.site_signs``): its
name alone on a line (the logo), as its domain, in a photo credit, or held in a copyright
line with a legal form. Every page is invented; the shapes are those of many news and
magazine sites of the fresh ``other3`` and ``web4`` sets (issue 13).
"""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.site_signs import SiteSigns, confirmed, squashed

PROSE = (
    "The ferry to Holm Island stopped running in the winter, and the islanders have "
    "argued ever since about whether the council should buy a smaller boat for the "
    "few families who still live there all year.\n\n"
    "The old quay is now a meeting place for anglers, who fish for cod from its end on "
    "calm mornings and leave their buckets by the lamp post until the tide turns.\n\n"
    "An engineer's report last spring found the pier's timbers rotten below the water "
    "line, and the repairs would cost more than the island spends on its school.\n"
)


def _page(top: str = "", caption: str = "", footer: str = "") -> str:
    return (
        f"{top}Home\nNews\nIslands\nTravel\n\n"
        "Will the Holm Island ferry sail again?\n\n"
        "By Petra Solberg\n\nMarch 12, 2024\n\n"
        + PROSE
        + (f"\n{caption}\n\n" if caption else "\n")
        + "Share this story\n\n"
        + footer
    )


def _container(page: str) -> str | None:
    return parse_record(page).to_csl().get("container-title")


@pytest.mark.parametrize(
    ("page", "name"),
    [
        # the logo's line and a copyright line with a legal form (the site's own company)
        (_page(footer="Holm Courier\n\n© 2024 Holm Courier, LLC. All rights reserved.\n"),
         "Holm Courier"),
        # the logo over the headline and a photo credit naming the site
        (_page(top="Kelp Tidings\n", caption="Foto: Kelp Tidings"), "Kelp Tidings"),
        (_page(top="Kelp Tidings\n", caption="Foto: Ola Brekke, Kelp Tidings"), "Kelp Tidings"),
        # the logo over the headline and the site's domain on a line of its own
        (_page(top="Tidewatch\n", footer="tidewatch.org\n"), "Tidewatch"),
        (_page(top="Rådhus Nytt\n", footer="www.radhusnytt.no\n"), "Rådhus Nytt"),
        # one self-reference phrase and the domain
        (_page(top="tidewatch.org\n", footer="More from TIDEWATCH\n"), "TIDEWATCH"),
        # a possessive after the phrase's name, and a second phrase
        (_page(footer="Subscribe to Lanternwise’s newsletter\n\nAbout Lanternwise\n"),
         "Lanternwise"),
    ],
)  # fmt: skip
def test_two_signs_name_the_site(page: str, name: str) -> None:
    assert _container(page) == name


@pytest.mark.parametrize(
    "page",
    [
        # one self-reference phrase and its menu link alone: a section, no site
        _page(footer="More from Islands\n\nIslands\n"),
        _page(top="Fisheries\n", footer="More from Fisheries\n"),
        # the logo alone, even twice: a heading or a menu's link as well
        _page(top="Kelp Tidings\n", footer="Kelp Tidings\n"),
        # a credit naming a source that is also a tag under the headline
        _page(caption="Foto: Harbour Police", footer="Harbour Police\n"),
        # a picture or news agency credited and standing alone over the headline
        _page(top="Reuters\n", caption="Foto: Reuters"),
        _page(top="NTB\n", caption="Foto: Ola Brekke, NTB"),
        # a photographer credited and named alone (a person, never a periodical)
        _page(top="Ola Brekke\n", caption="Foto: Ola Brekke"),
        # another site's domain in a link list and its name alone in the footer
        _page(footer="Partners\n\nHarbour Watch\n\nharbourwatch.com\n"),
        # a photo's copyright credit (no year) and the same name as a tag below
        _page(caption="The quay at dawn. © Harbour Police", footer="Harbour Police\n"),
        # (review) a partner credited and listed with its domain: a source, not the site
        _page(
            top="Vask Courier\n",
            caption="Photo: Harbour Watch",
            footer="Our partners\n\nHarbour Watch\n\nharbourwatch.com\n",
        ),
        # a photographer credited, with the photographer's domain
        _page(caption="Photo: Lena Fjord", footer="lenafjord.com\n"),
        # a possessive with more words after it is no name of the phrase's
        _page(footer="About Holm’s ferry timetable and its fares\n"),
    ],
)
def test_one_sign_or_a_weak_pair_names_nothing(page: str) -> None:
    record = parse_record(page)
    assert not [d for d in record.diagnostics if d.code == "self-named"], page


def test_a_journal_article_takes_no_site_name() -> None:
    page = (
        "Tidewatch\n\nSediment in three upland quarries\n\nJ. Brandt, K. Olsen\n\n"
        "DOI: 10.5555/ql.2021.114\n\nAbstract\n\n" + PROSE + "\ntidewatch.org\n"
    )
    assert _container(page) != "Tidewatch"


def test_squashed_spelling() -> None:
    assert squashed("Der Nord-Kurier") == "dernordkurier"
    assert squashed("Seebrücke Zeitung") == "seebruckezeitung"


def test_the_signs_of_lines() -> None:
    from comet.locales import resolve

    signs = SiteSigns(resolve(None))
    for i, (line, top) in enumerate([("Kelp Tidings", True), ("kelptidings.com", False),
                                     ("Foto: Ola Brekke / Kelp Tidings", False),
                                     ("Kelp Tidings", False)]):  # fmt: skip
        signs.read(line, i * 100, top)
    assert signs.kinds("Kelp Tidings") == {"masthead", "domain", "credit"}
    assert signs.kinds("Ola Brekke") == {"credit"}
    assert ("Kelp Tidings", (0, 12)) in signs.candidates()
    assert confirmed({"masthead", "domain"}, 0)
    assert not confirmed({"credit", "domain"}, 0)  # (review: a source's credit and domain)
    assert confirmed({"alone"}, 1)
    assert not confirmed({"alone"}, 0)
    assert not confirmed({"masthead", "alone"}, 0)
    assert not confirmed({"alone", "credit"}, 0)
