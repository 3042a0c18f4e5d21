"""A journal's name a breadcrumb trail repeats before its issue's number (``Ondine |
Ondine 31. Drained lands | Articles``): the step before the issue's is the container
(``comet.page.container_lines.issue_crumbs``). Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record

BODY = (
    "\n\nClaire Vasseur :\n\nLes canaux oubliés des marais de l'Ouest\n\nRésumé\n\n"
    "Les canaux creusés au dix-septième siècle dans les marais de l'Ouest ont été peu "
    "étudiés ; cet article en retrace l'histoire à partir des archives des communes.\n"
)


@pytest.mark.parametrize(
    ("trail", "container"),
    [
        # a name with no journal word: the trail alone says it is the journal
        ("Ondine | Ondine 31. Drained lands | Articles | Les canaux oubliés", "Ondine"),
        ("Accueil > Passerelles du sud > Passerelles du sud 7 > Dossier", "Passerelles du sud"),
    ],
)  # fmt: skip
def test_the_step_its_issue_repeats(trail: str, container: str) -> None:
    assert parse_record(trail + BODY).to_csl().get("container-title") == container


@pytest.mark.parametrize(
    "trail",
    [
        # (negative) a year after the name is a date, no issue ('Blog 2019')
        "Ondine | Ondine 2019 | Posts",
        # (negative) the name not repeated by the next step
        "Ondine | Drained lands 31 | Articles",
    ],
)
def test_no_journal_from_a_dated_or_unrepeated_step(trail: str) -> None:
    assert parse_record(trail + BODY).to_csl().get("container-title") is None
