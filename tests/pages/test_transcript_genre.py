"""A document's transcript with no author read is a report where it names a report's genre
as a name (``Working Papers``, ``DOCUMENTOS DE TRABAJO``) on its first pages
(``comet.page.transcript_cover.transcript_genre``); statutes, minutes or a story's
transcript stay untyped. Every page, name and body here was written for these tests."""

from __future__ import annotations

from comet import parse_record
from comet.page import type_model


def _type(text: str) -> str | None:
    return parse_record(text).to_csl().get("type")


#: a document-sharing site's transcript: pages glued into numbered lines, the cover with no
#: author the reader takes, the imprint page naming the series
HEADER = (
    "Harbour dues and the coastal towns\n\nSize: px\nStart showing from page:\n\n"
    'Download "Harbour dues and the coastal towns"\n\nTranscript\n\n'
)
IMPRINT = (
    "2 Fjordvik Economic Institute. The aim of the Fjordvik Economic Institute Working Papers "
    "is to publish research results quickly and to open them to discussion. The views are "
    "those of the authors. Published by the Fjordvik Economic Institute, Harbour Street 4.\n\n"
)
REPORT = (
    HEADER
    + "1 Harbour dues and the coastal towns 2013/1.\n\n"
    + IMPRINT
    + "3 Contents 1 Introduction 2 The dues since 1990 3 The towns' budgets 4 Conclusions\n"
)


def test_a_transcript_naming_its_series_is_a_report() -> None:
    rec = parse_record(REPORT)
    assert rec.to_csl()["type"] == "report"
    assert not any(d.code == "type-model" for d in rec.diagnostics)


def test_a_series_in_capitals() -> None:
    text = REPORT.replace("Working Papers", "DOCUMENTOS DE TRABAJO")
    assert _type(text) == "report"


def test_the_series_in_lower_case_prose_names_nothing() -> None:
    # (negative) 'a working paper' in a sentence is no series' name
    text = REPORT.replace(
        "Fjordvik Economic Institute Working Papers", "institute's working papers"
    )
    assert _type(text) == "document"


def test_statutes_naming_a_report_stay_untyped() -> None:
    # (negative) an association's statutes, transcribed: numbered paragraphs, no series
    text = (
        "Statutes of the Westmere Rowing Club\n\nTranscript\n\n"
        "1 Statutes of the Westmere Rowing Club\n\n"
        "2 The club is called the Westmere Rowing Club. The committee presents its annual "
        "report to the general meeting each spring.\n\n"
        "3 Any person who rows on the river may become a member of the club.\n"
    )
    assert _type(text) == "document"


def test_minutes_naming_a_report_stay_untyped() -> None:
    # (negative) minutes, transcribed: 'the annual report' and 'Report' open no series
    text = (
        HEADER
        + "1 Minutes of the board meeting of 3 March 2024\n\n"
        + "2 Present: the chair, the treasurer and five members. Report of the treasurer: the "
        + "board approved the annual report and the accounts.\n\n"
        + "3 The chair closed the meeting at nine and thanked the members.\n"
    )
    assert _type(text) == "document"


def test_a_news_story_naming_a_series_keeps_its_type() -> None:
    # (negative) no transcript: a story quoting a working paper keeps the web article's type
    text = (
        "Harbour dues are rising, study finds\n\nBy Ida Moe\n\n12 March 2024\n\n"
        "Harbour dues in the coastal towns have doubled since 1990, according to a study in "
        "the Fjordvik Economic Institute Working Papers series published this week. The "
        "towns' budgets depend on the dues more than ever, the authors write, and the "
        "smallest harbours may close within a decade if nothing changes.\n\n"
        "The mayor of Westmere said the town would study the findings with care before the "
        "council meets in April to set next year's dues.\n"
    )
    assert _type(text) != "report"


def test_the_near_misses_are_read_as_shipped() -> None:
    # the pages above are read with the type model on where the hand rules name no type
    # (fallback): no field of theirs makes the record of one type
    assert type_model.MODE == "fallback"


def test_an_article_citing_a_working_paper_stays_untyped() -> None:
    # (negative) an article's transcript citing another work of a series on its page 2
    text = (
        HEADER + "1 Harbour dues and the coastal towns 2013/1.\n\n"
        "2 Introduction. Harbour dues have doubled since 1990 (Lund 2011; see also Ruiz 2009 "
        "in the Fjordvik Economic Institute Working Papers). This article asks why the towns "
        "depend on them.\n\n"
        "3 Data. We use the accounts of twelve towns from 1990 to 2010.\n"
    )
    assert _type(text) == "document"


def test_minutes_with_an_agenda_item_named_like_a_series() -> None:
    # (negative) 'Item 3: Working Papers of the group': an agenda's item, no body's series
    # (the report series line of comet.page.report_series reads it still: not this rule)
    from comet.page.parse import _prepare
    from comet.page.transcript_cover import transcript_genre

    text = (
        HEADER + "1 Minutes of the Working Group on Harbour Dues, 3 March 2024\n\n"
        "2 Present: the chair and five members. Item 3: Working Papers of the group: the "
        "chair presented two drafts.\n\n3 The chair closed the meeting at nine.\n"
    )
    page, _ = _prepare(text, None)
    assert transcript_genre(page) is None
