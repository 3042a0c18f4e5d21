"""The record's type across the fresh page sets of many kinds (issue 13, session 14's
"type14": one field family over every set at once). Every page, name, title and number
here was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

# --- an abstract heading alone: the weakest sign of a journal article -------------------------

_SUMMARY = "{title}\n\n{heading}\n\n{prose}\n"


@pytest.mark.parametrize(
    ("title", "heading", "prose"),
    [
        (
            "Hortas urbanas e segurança alimentar em bairros periféricos",
            "Resumo",
            "O estudo descreve as hortas urbanas de quatro bairros e o que os moradores "
            "colhem delas ao longo de dois anos de acompanhamento.",
        ),
        (
            "Van richtlijn naar praktijk in de eerstelijnszorg",
            "Samenvatting",
            "Dit artikel beschrijft hoe huisartsen een nieuwe richtlijn toepassen en welke "
            "obstakels zij daarbij in de dagelijkse praktijk ervaren.",
        ),
        (
            "Сезонные миграции птиц в дельте северной реки",
            "Аннотация",
            "Рассматриваются сроки весенних и осенних миграций птиц в дельте реки по данным "
            "десятилетних наблюдений на трёх стационарах.",
        ),
    ],
)
def test_an_abstract_heading_alone_makes_a_journal_article(
    title: str, heading: str, prose: str
) -> None:
    rec = parse_record(_SUMMARY.format(title=title, heading=heading, prose=prose))
    assert rec.to_csl()["type"] == "article-journal"


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
            "using payroll records of twelve regions. This working paper is a draft.",
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
