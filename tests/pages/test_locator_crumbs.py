"""The issue a journal site's breadcrumb trail names after its issues' section
(``Accueil > Numéros > N°23. Titre > …``; ``comet.page.locator_crumbs``). Invented pages, in
the shape of journal sites' article pages; every name and title was written for these tests.
"""

from __future__ import annotations

import pytest

from comet import parse_record

_ARTICLE = """{crumb}

Oiseaux des marais et leurs nids

Lucie Marchand et Paul Verger

Les oiseaux des marais construisent leurs nids dans les roseaux, que nous avons observés \
pendant dix printemps sur trois étangs de la plaine, et dont nous décrivons ici les formes.
"""

_ENGLISH = """{crumb}

Reed stems in a warm winter

Ida Moe and Tomas Lindqvist

We measured reed stems in a warm winter and found that they stayed green until March, \
on three ponds of the plain, and describe here how their colour changed week by week.
"""


@pytest.mark.parametrize(
    ("page", "crumb", "volume", "issue"),
    [
        (_ARTICLE, "Accueil > Numéros > N°23. Les marais, suite > Dossier > Oiseaux des marais", None, "23"),
        (_ARTICLE, "AccueilNuméros57Oiseaux des marais et leurs nids", None, "57"),
        (_ARTICLE, "Accueil › Numéros › 42 › Oiseaux des marais", None, "42"),
        (_ENGLISH, "Home / Issues / Vol. 7 No. 2 (2021) / Articles", "7", "2"),
    ],
)  # fmt: skip
def test_the_step_after_the_issues_section_is_the_pages_issue(
    page: str, crumb: str, volume: str | None, issue: str
) -> None:
    rec = parse_record(page.format(crumb=crumb))
    assert (rec.volume, rec.issue) == (volume, issue)


@pytest.mark.parametrize(
    ("page", "crumb"),
    [
        # an archive's year is no issue
        (_ENGLISH, "Home > Issues > 2019 > Reed stems in a warm winter"),
        # a sentence naming issues is no trail
        (_ENGLISH, "Issues 4 and 5 of the bulletin were about reeds, and so is this one."),
        # a trail whose step after another section is a number
        (_ENGLISH, "Home > Blog > 12 > Reed stems in a warm winter"),
        # a menu's items: a number with words after it is no issue step
        (_ENGLISH, "Home | Issues | 2 Comments | Share"),
        (_ENGLISH, "Home / Issues / 3 things we learned / Reed stems"),
        # the word inside another word, glued
        (_ARTICLE, "Accueil > Nosnuméros12 > Oiseaux des marais"),
    ],
)
def test_no_issue_from_a_trail_without_an_issue_step(page: str, crumb: str) -> None:
    rec = parse_record(page.format(crumb=crumb))
    assert rec.issue is None, crumb


def test_a_locator_line_outranks_the_trail() -> None:
    page = _ENGLISH.format(crumb="Home > Issues > No. 9 > Reed stems").replace(
        "Ida Moe and Tomas Lindqvist",
        "Ida Moe and Tomas Lindqvist\n\nMarsh Letters, Vol. 4, No. 3 (2021), pp. 12-19",
    )
    rec = parse_record(page)
    assert (rec.volume, rec.issue) == ("4", "3")


@pytest.mark.parametrize(
    ("page", "crumb"),
    [
        # (review) a title opening with a number and letters is no issue step
        (_ENGLISH, "Home > Issues > 5G networks and public health"),
        (_ARTICLE, "Accueil > Numéros > 3D et patrimoine des marais"),
    ],
)
def test_a_title_opening_with_a_number_is_no_issue_step(page: str, crumb: str) -> None:
    assert parse_record(page.format(crumb=crumb)).issue is None
