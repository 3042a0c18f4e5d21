"""A web article's own volume by its title makes it a journal's article (every case
invented): a periodical's volume and issue line over the headline, a running head's volume
under it; a magazine's masthead, pages without a volume, an issue's number alone, or a volume
in the prose leave the web article's type as it was."""

from __future__ import annotations

import pytest

from comet import parse_record

PROSE = (
    "The reed beds of the northern fens have been counted every spring since the drainage "
    "board first paid for a warden, and the counts show that the warblers came back after "
    "the ditches were filled in and the water stood in the fields again for the winter.\n\n"
    "The counts were made at dawn by two observers walking the same path, and each bird "
    "was written down with the minute and the place where it was heard or seen first.\n"
)


def _story(head: str, under: str = "", prose: str = PROSE) -> str:
    return (
        f"Navigation – Site map\n{head}"
        "Warblers Return to the Northern Reed Beds\nBy Hester Lowry\n12 March 2019\n"
        f"{under}Full text\n{prose}"
    )


@pytest.mark.parametrize(
    ("head", "under"),
    [
        ("Fen Studies Heft 8/9, 96\n", ""),  # a periodical's issue and volume line above
        ("FEN STUDIES, VOLUME 4, 070701 (2019)\n", ""),
    ],
)
def test_the_works_own_locator_makes_a_journal_article(head: str, under: str) -> None:
    assert parse_record(_story(head, under)).csl_type == "article-journal"


def test_a_magazines_masthead_keeps_its_story() -> None:
    # near miss: the masthead names a magazine
    text = _story("Quayside Magazine\n", "Vol. 12, No. 3\n")
    assert parse_record(text).csl_type == "article-magazine"


def test_pages_without_a_volume_name_no_journal() -> None:
    # near miss: a page range alone under the byline (a leaflet's, a magazine's)
    assert parse_record(_story("", "p. 51-60\n")).csl_type == "article-magazine"


def test_an_issue_number_alone_is_no_journals() -> None:
    # near miss: 'Issue 42' only (magazines number their issues too)
    text = _story("Issue 42\n", "")
    assert parse_record(text).csl_type == "article-magazine"


def test_a_volume_in_the_prose_is_another_works() -> None:
    # near miss: the volume and pages of a study the story discusses, in its prose
    prose = PROSE + (
        "\nThe warden's earlier study (Fen Studies, vol. 12, pp. 33-41) found the same.\n"
    )
    assert parse_record(_story("", "", prose)).csl_type == "article-magazine"
