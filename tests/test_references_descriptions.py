"""APA's bracketed description after a reference's title (every case invented): a thesis
with its university (``[Doctoral dissertation, Lakeside University]``, then the archive
holding it), a data set or software (``[Data set]``, ``[Computer software]``); a bracket
that describes no type stays in the title."""

from __future__ import annotations

from comet import parse_reference


def test_a_thesis_description_names_the_university_as_publisher() -> None:
    ref = parse_reference(
        "Berg, O. N. (2019). Reed warblers of the northern fens [Doctoral dissertation, "
        "Lakeside University]. ProQuest Dissertations and Theses Global."
    ).to_csl()
    assert ref["type"] == "thesis"
    assert ref["title"] == "Reed warblers of the northern fens"
    assert ref["publisher"] == "Lakeside University"
    assert "ProQuest Dissertations and Theses Global" in ref["note"]


def test_the_archive_after_a_thesis_description_is_no_publisher() -> None:
    ref = parse_reference(
        "Berg, O. N. (2019). Reed warblers of the northern fens [Master's thesis, Lakeside "
        "University]. Fen Repository. https://repository.example.edu/etd/1234"
    ).to_csl()
    assert ref["publisher"] == "Lakeside University"
    assert ref["type"] == "thesis"


def test_a_thesis_description_without_a_university_keeps_the_publisher() -> None:
    # near miss: no comma and no university inside the bracket
    ref = parse_reference(
        "Berg, O. N. (2019). Reed warblers of the northern fens [Unpublished doctoral "
        "dissertation]. Lakeside University."
    ).to_csl()
    assert ref["type"] == "thesis"
    assert ref["publisher"] == "Lakeside University"


def test_a_data_set_description_gives_the_type() -> None:
    ref = parse_reference(
        "Berg, O. (2020). Nest heights of reed warblers [Data set]. Fen Data Centre. "
        "https://doi.org/10.99999/abc"
    ).to_csl()
    assert ref["type"] == "dataset"
    assert ref["title"] == "Nest heights of reed warblers"
    assert ref["publisher"] == "Fen Data Centre"


def test_a_software_description_gives_the_type() -> None:
    ref = parse_reference(
        "Berg, O. (2020). Warbler counter (Version 1.2) [Computer software]. Fen Software. "
        "https://doi.org/10.99999/sw1"
    ).to_csl()
    assert ref["type"] == "software"


def test_a_bracket_naming_no_type_stays_in_the_title() -> None:
    # near miss: a translated work's language note is no type description
    ref = parse_reference(
        "Berg, O. (2020). Nest heights of reed warblers [in Norwegian]. Fen Journal, 12, 3-9."
    ).to_csl()
    assert ref["type"] == "article-journal"
    assert ref["title"].endswith("[in Norwegian]")
