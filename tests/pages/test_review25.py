"""review25: invented pages that tried to break session 25's new rules (names glued at an
inner capital, Japanese names cut at a family name, …). Every name, title and number here
was written for these tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_REPORT = """A TECHNICAL REPORT ON PEAT BANKS OF THE LOWER MARSH

{byline}

Prepared for the Board of Marsh Works

JUNE 1983

Institute for Bog Studies
"""


def _authors(text: str) -> list[tuple[str | None, str | None, str | None]]:
    authors = parse_record(text).to_csl().get("author") or []
    return [(a.get("family"), a.get("given"), a.get("literal")) for a in authors]


@pytest.mark.parametrize(
    ("byline", "family"),
    [
        ("Samir AbdelKarim Nassar", "Nassar"),  # 'Abdel' + a given name: one family name
        ("Hala AbdulKarim Haddad", "Haddad"),
        ("Omar AbdurRahim Saleh", "Saleh"),
    ],
)
def test_an_arabic_compound_name_with_an_inner_capital_is_one_name(
    byline: str, family: str
) -> None:
    (author,) = _authors(_REPORT.format(byline=byline))
    assert author[0] == family


def test_two_names_glued_after_a_compound_name_are_still_cut() -> None:
    """The near miss: a glued pair whose first part is no name's opening part."""
    assert [a[0] for a in _authors(_REPORT.format(byline="Ida MoorbergRobert A. Lund"))] == [
        "Moorberg",
        "Lund",
    ]


_JA = """タイトル: 泥炭湿地の水収支に関する研究
{line}
発行日: 2017-11-20
出版者: 北沼大学
資源タイプ: 紀要論文
"""


@pytest.mark.parametrize(
    "body", ["中村書店", "山田工業", "石川県庁", "松本市長", "上田市史", "藤田商会", "森田銀行"]
)
def test_a_japanese_body_or_office_opening_with_a_family_name_is_no_person(body: str) -> None:
    """A shop, a firm, a prefecture's office, a mayor, a town's history: four characters
    that open with a common family name but close with a body's or an office's word."""
    assert _authors(_JA.format(line=f"著者: {body}")) == [(None, None, body)]


def test_a_japanese_name_of_four_characters_is_still_cut() -> None:
    assert _authors(_JA.format(line="著者: 中村花子")) == [("中村", "花子", None)]


_ARTICLE = """Home | Journals | Sedge Review

Water Tables of Raised Bogs in the Upper Moorlands

{second}

{third}

Ida Berg, Omar Lund

Abstract
We measured water tables in eleven raised bogs over five years and report their decline.
"""


def test_a_journal_name_over_its_locator_is_no_subtitle() -> None:
    """The journal's masthead between the title and the byline, over the issue's locator:
    the container, not the title's subtitle."""
    page = _ARTICLE.format(
        second="Journal of Moorland Hydrology", third="Volume 14, Issue 2, 2021, pp. 33-58"
    )
    item = parse_record(page).to_csl()
    assert item.get("title") == "Water Tables of Raised Bogs in the Upper Moorlands"
    assert item.get("container-title") == "Journal of Moorland Hydrology"


def test_a_subtitle_over_the_byline_is_still_joined() -> None:
    """The near miss: a subtitle line with no locator under it."""
    page = _ARTICLE.format(second="A Five-Year Survey of Eleven Sites", third="")
    assert parse_record(page).to_csl().get("title") == (
        "Water Tables of Raised Bogs in the Upper Moorlands: A Five-Year Survey of Eleven Sites"
    )


_BOOK = """Sedge Meadows of the Coastal Plain
Nora Vik
{line}
ISBN 978-1-23456-789-7
"""


@pytest.mark.parametrize(
    "line",
    [
        "First published in Great Britain by Heron Books in 2014",
        "Published in the United States by Marsh & Reed, 2011",
    ],
)
def test_published_in_a_country_by_a_publisher_names_no_container(line: str) -> None:
    """A book's imprint statement (`… in <place> by <publisher>`): no journal, no book it
    appeared in."""
    assert "container-title" not in parse_record(_BOOK.format(line=line)).to_csl()


def test_published_in_a_journal_still_names_the_container() -> None:
    """The near miss: the statement without a publisher's preposition."""
    page = _BOOK.format(line="Published in Journal of Coastal Sedges 8(2): 11-19")
    assert parse_record(page).to_csl().get("container-title") == "Journal of Coastal Sedges"


_COVER = """{head}

Curvas de nível das turfeiras do planalto

Tomé Vasco Lemos

Mestrado em Engenharia do Território

Orientador: Abel Sardo

Outubro 2015
"""


@pytest.mark.parametrize(
    "head",
    ["ESCOLA SUPERIOR DE TECNOLOGIA DO VALE ALTO", "Instituto Politécnico da Serra Funda"],
)
def test_a_body_with_its_adjective_after_the_noun_is_no_part_of_the_title(head: str) -> None:
    """A cover's institution line whose body word takes its adjective after it (`Escola
    Superior de …`, `Instituto Politécnico da …`) over the title: no title proper."""
    item = parse_record(_COVER.format(head=head)).to_csl()
    assert item.get("title") == "Curvas de nível das turfeiras do planalto"


def test_a_body_adjective_needs_the_body_word_first() -> None:
    """The near miss: the adjective alone opening a line is no body's name."""
    from comet import locales as _loc
    from comet.page.org_lines import names_organisation

    rules = _loc.resolve(["pt"])
    assert names_organisation("Escola Superior de Tecnologia do Vale Alto", rules)
    assert not names_organisation("Superior Tribunal e a reforma do Vale Alto", rules)
