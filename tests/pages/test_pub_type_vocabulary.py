"""The publication types of an education database's document résumé (``PUB TYPE`` over
``Reports - Descriptive (141)``, ``Dissertations/Theses - Doctoral Dissertations (041)``,
``Speeches/Meeting Papers (150)``): the label is a type label (English locale
``[labels].publication_type``) and its categories are type terms (``[types]``). Invented
résumés."""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.vocab import parse_publication_type

RESUME = (
    "DOCUMENT RESUME\n\n\nED 512 734\n\n\nAUTHOR\n\n\nBellini, Marta; Wren, Tobias\n\n\n"
    "TITLE\n\n\nTide Tables in the Village School: A Year of Counting Gulls.\n\n\n"
    "INSTITUTION\n\n\nCentre for Coastal Schooling, Portsalt.\n\n\nPUB DATE\n\n\n97\n\n\n"
    "NOTE\n\n\n42p.\n\n\nPUB TYPE\n\n\n{pub_type}\n\n\n"
    "ABSTRACT\n\n\nThis paper describes a year in which the pupils of a village school "
    "counted the gulls on the harbour wall each morning and kept the tide tables.\n"
)


@pytest.mark.parametrize(
    ("pub_type", "csl_type"),
    [
        ("Reports - Descriptive (141)", "report"),
        ("Reports - Research (143) — Reports - Evaluative (142)", "report"),
        ("Dissertations/Theses - Doctoral Dissertations (041)", "thesis"),
        ("Speeches/Meeting Papers (150)", "paper-conference"),
    ],
)
def test_a_resume_s_pub_type_names_the_type(pub_type: str, csl_type: str) -> None:
    csl = parse_record(RESUME.format(pub_type=pub_type)).to_csl()
    assert csl["type"] == csl_type


def test_a_journal_article_s_resume_stays_an_article() -> None:
    # (negative) the same form of a journal article is no report
    csl = parse_record(RESUME.format(pub_type="Journal Articles (080)")).to_csl()
    assert csl["type"] == "article-journal"


def test_a_bare_reports_word_is_no_type() -> None:
    # (negative) 'Reports' alone (a site's menu entry) is no type term: only the categories
    with pytest.raises(ValueError):
        parse_publication_type("Reports")
