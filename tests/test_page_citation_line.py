"""A line that cites a journal's issue (a volume and an issue, each with its number) is no
title candidate (``comet.page.citation_line``). Invented pages and journals."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet.page.citation_line import volume_and_issue

_RULES = _loc.all_rules()


@pytest.mark.parametrize(
    "line",
    [
        "Rev. estud. marism. vol.14 no.2 Lisboa jun. 2018",
        "Marsh Studies, Vol. 12, No. 4 (2020)",
        "Z. Feuchtgeb. Bd. 7, Nr. 3",
        "Anales de las marismas, Tomo 5, Núm. 2",
    ],
)
def test_a_volume_and_an_issue_with_numbers_cite_an_issue(line: str) -> None:
    assert volume_and_issue(line, _RULES)


@pytest.mark.parametrize(
    "line",
    [
        "Volume and Issue Effects in Panel Studies of Marsh Birds",
        "The Number 12 in Reed Counting",
        "Symphony No. 3 for the Marshes, vol. 2",  # the issue before the volume: no citation
        "Chapter 3 of volume 2",
    ],
)
def test_titles_with_such_words_are_no_citation(line: str) -> None:
    assert not volume_and_issue(line, _RULES)


def test_the_citation_line_over_the_title_is_no_title_candidate() -> None:
    from comet.page.parse import _prepare
    from comet.page.titles import _title_candidates

    cited = "Rev. estud. marism. vol.14 no.2 Lisboa jun. 2018"
    page, value_lines = _prepare(
        f"Revista de estudios marismeños\n\n{cited}\n\n"
        "Nesting success of reed warblers in two river deltas\n\nAna Ruiz Gómez*\n",
        None,
    )
    values = [str(c.value) for c in _title_candidates(page, value_lines)]
    assert not any(cited in v for v in values)  # neither a title nor a subtitle
    assert "Nesting success of reed warblers in two river deltas" in values
