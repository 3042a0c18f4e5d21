"""Conference and proceedings pages, document-sharing transcripts and journal article pages
(the shapes of the fresh ``conf20`` wide set; every case invented): an event named after
``Presented at the``, an author's address line that is no title, a title's footnote mark,
a document site's heading with a snippet after a middle dot, a publisher's line with its
city and country, a submission history in brackets inside a long line, a bracketed
footnote mark after a name, and a running header's journal name cut at its ISSN label."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.journal_head import _journal_head

PROCEEDING = (
    "Proceeding Paper\n\n{title}\n\n{address}\n*\n"
    "Author to whom correspondence should be addressed.\n"
    "Presented at the 9th International Symposium on Reed Ecology FENREED 2020, Oslo, "
    "Norway, 3–5 June 2020.\n"
    "Proceedings 2020, 12(1), 34; https://doi.org/10.99999/proceedings2020012034\n"
    "Published: 20 May 2020\n\nAbstract\n\n:\n"
    "We count the warblers of the reed beds over three summers and compare the counts with "
    "those of the past decade in the northern fens.\n"
)
ADDRESS = "Dept. of Fen Studies, School of Wetland Science, University of Marshtown, Marshtown, 4417, Norway"


def test_presented_at_names_the_event_without_the_phrase() -> None:
    rec = parse_record(PROCEEDING.format(title="Counting Warblers in Northern Fens", address=""))
    assert rec.event is not None
    assert rec.event.name == "9th International Symposium on Reed Ecology FENREED 2020"
    assert rec.event.place == "Oslo, Norway"


def test_an_address_line_is_no_title_and_a_title_loses_its_footnote_mark() -> None:
    rec = parse_record(
        PROCEEDING.format(title="Counting Warblers in Northern Fens †", address=ADDRESS)
    )
    assert rec.to_csl()["title"] == "Counting Warblers in Northern Fens"


def test_a_title_with_commas_and_an_organisation_word_stays_a_title() -> None:
    # near miss: commas and 'Universities', but no country or postal code at its end
    title = "Schools, Universities and Fens of the North, 1850–1950"
    rec = parse_record(PROCEEDING.format(title=title, address=""))
    assert rec.to_csl()["title"] == title


def test_a_glued_mark_is_part_of_the_title() -> None:
    rec = parse_record(
        PROCEEDING.format(title="Shortest Path Search in Reed Mazes with A*", address="")
    )
    assert rec.to_csl()["title"] == "Shortest Path Search in Reed Mazes with A*"


TRANSCRIPT = (
    "{heading}\n\n6\nProceedings of the Fen Workshop, pages 11–16 Oslo, Norway, May 3 – 7, 2019. "
    "c 2019 Fen Society 11 Reed Counts in Northern Fens Ola Berg 1 , Ana Ruiz 2 1 Fen "
    "Institute, 2 Reed Lab Abstract We count the birds of the reed beds over three summers "
    "and compare the counts with the past decade.\n"
)


def test_a_document_sites_snippet_after_a_middle_dot_is_cut() -> None:
    heading = "Reed Counts in Northern Fens · updated on current work, (2) preparing a..."
    rec = parse_record(TRANSCRIPT.format(heading=heading))
    assert rec.to_csl()["title"] == "Reed Counts in Northern Fens"


def test_a_middle_dot_inside_a_title_without_an_ellipsis_stays() -> None:
    heading = "Reeds · Rushes · Sedges: A Field Guide to Northern Fens"
    rec = parse_record(TRANSCRIPT.format(heading=heading))
    assert rec.to_csl()["title"] == heading


CONFERENCE = (
    "Centre for Fen Science\n\nHome | Journals | e-Books | e-Conferences\n\n"
    "3rd International e-Conference on Fen and Reed Studies\n3IeCFRS * 12-14 June 2021 *\n\n"
    "ISBN (Online) 978-0-00-000000-2\n\n{publisher}\n\n"
    "All papers published in the 3IeCFRS: Conference Proceedings are licensed under a "
    "Creative Commons Attribution 4.0 International License.\n"
)


def test_a_publishers_line_gives_its_city_and_drops_the_country_and_the_month() -> None:
    rec = parse_record(
        CONFERENCE.format(publisher="Publisher: Centre for Fen Science, Oslo, NORWAY, July 2021")
    )
    csl = rec.to_csl()
    assert csl["publisher"] == "Centre for Fen Science"
    assert csl["publisher-place"] == "Oslo"


def test_a_publisher_with_a_country_and_no_city_keeps_its_value() -> None:
    # near miss: a country after the name but no known city before it
    rec = parse_record(CONFERENCE.format(publisher="Publisher: Centre for Fen Science, Norway"))
    assert "publisher-place" not in rec.to_csl()


FIRST_PAGE = (
    "Counting warblers in fen reed beds - a document site\n\n3 downloads 0 Views 120KB Size Report\n"
    "JOURNAL OF FEN STUDIES, VOLUME 7, 041203 (2019)\n\n"
    "Counting warblers in fen reed beds O. Berg Fen Institute, Marshtown, Norway 4417 "
    "{history} The reed beds of the northern fens hold more warblers than the counts of "
    "the past decade suggest, and we show how the counts were made over three summers in "
    "the fens north of the town, with the help of ringers and volunteers from the region, "
    "and how the numbers compare with those of the southern fens.\n"
)


def test_a_publication_date_in_a_history_bracket_inside_a_long_line() -> None:
    rec = parse_record(FIRST_PAGE.format(history="(Received 3 May 2018; published 9 January 2019)"))
    assert rec.to_csl()["issued"] == {"date-parts": [[2019, 1, 9]]}


def test_a_history_bracket_without_a_publication_date_gives_no_day() -> None:
    # near miss: received and accepted dates are no publication date
    rec = parse_record(FIRST_PAGE.format(history="(Received 3 May 2018; accepted 9 June 2018)"))
    assert rec.to_csl()["issued"] != {"date-parts": [[2018, 6, 9]]}
    assert rec.to_csl()["issued"] != {"date-parts": [[2018, 5, 3]]}


OLD_ARTICLE = (
    "Yıl 2020, Cilt 9 , Sayı 2, Sayfalar 903 - 930 2020-06-30\n\n"
    "Sazlıklarda Kuş Sayımı Üzerine Bir Deneme\nAn Essay on Bird Counts in Reed Beds\n\n"
    "{byline}\n\n\nÇalışmada sazlıklardaki kuşların sayımı ele alınmıştır ve sonuçlar "
    "önceki yıllarla karşılaştırılmıştır.\n"
)


def test_a_bracketed_footnote_mark_after_a_name() -> None:
    rec = parse_record(OLD_ARTICLE.format(byline="Ayşe Deniz KARAKUŞ [1]"))
    assert rec.to_csl().get("author") == [{"family": "KARAKUŞ", "given": "Ayşe Deniz"}]


def test_a_bracketed_reference_number_is_no_byline() -> None:
    # near miss: a reference list's number in brackets before a citation, no name before it
    rec = parse_record(OLD_ARTICLE.format(byline="[1] Sazlık Raporu 2019"))
    assert not rec.to_csl().get("author")


@pytest.mark.parametrize(
    ("head", "want"),
    [
        (
            "Journal of Fen Informatics (iJFI) – eISSN: 2345-6789 – ",
            "Journal of Fen Informatics (iJFI)",
        ),
        ("Marsh Letters, ISSN (online) 1234-5679,", "Marsh Letters"),
        # near miss: a name holding the letters of the label but no ISSN's number
        ("ISSN Network News", "ISSN Network News"),
        # a listing's date before a spaced dash opens the head: the name follows it
        ("Jul 5, 2001 - JOURNAL OF FEN STUDIES, ", "JOURNAL OF FEN STUDIES"),
        ("12 May 2019 - Marsh Letters", "Marsh Letters"),
    ],
)
def test_a_journals_name_before_a_locator_loses_its_issn_and_a_leading_date(
    head: str, want: str
) -> None:
    assert _journal_head(head, _loc.all_rules()) == want


FOOTED = (
    "{footer}\n\nCounting Reed Words in Fen Texts\n\nOla Berg\nFen Institute\n"
    "ola@fen.example.org\n\nAbstract\n\nWe count the words of the reed beds and compare them "
    "with the counts of the past decade in the fen texts of the north.\n"
)


def test_a_first_pages_proceedings_footer() -> None:
    footer = (
        "Proceedings of the 3rd Workshop on Fen Language Processing, pages 88–97, Oslo, "
        "Norway, 10 July 2012. c2012 Association for Fen Linguistics"
    )
    rec = parse_record(FOOTED.format(footer=footer))
    csl = rec.to_csl()
    assert csl["type"] == "paper-conference"
    assert csl["title"] == "Counting Reed Words in Fen Texts"
    assert csl["container-title"] == "Proceedings of the 3rd Workshop on Fen Language Processing"
    assert (csl["page"], csl["publisher"]) == ("88-97", "Association for Fen Linguistics")
    assert rec.event is not None and rec.event.place == "Oslo, Norway"
    assert str(rec.event.start) == "2012-07-10"


def test_a_footer_glued_to_the_title_on_one_line() -> None:
    rec = parse_record(TRANSCRIPT.format(heading="Reed Counts in Northern Fens · a summary..."))
    csl = rec.to_csl()
    assert csl["container-title"] == "Proceedings of the Fen Workshop"
    assert csl["page"] == "11-16"
    assert rec.event is not None
    assert (str(rec.event.start), str(rec.event.end)) == ("2019-05-03", "2019-05-07")


def test_a_cited_proceedings_paper_without_a_copyright_is_no_footer() -> None:
    # near miss: a reference to another paper names proceedings and pages, no copyright
    footer = (
        "Berg, O. 2011. In Proceedings of the 2nd Workshop on Fen Language Processing, "
        "pages 11–16, Oslo, Norway. Fen Society."
    )
    csl = parse_record(FOOTED.format(footer=footer)).to_csl()
    assert csl.get("page") != "11-16"
    assert (
        csl.get("container-title") != "Proceedings of the 2nd Workshop on Fen Language Processing"
    )


HALF_TITLE = (
    "Lecture Notes in Fen Science 1234\n\n{editors}\n\nReed Ecology\n\n"
    "Third International Workshop, FENREED 2001\nOslo, Norway, November 16-17, 2001\nProceedings\n"
)


def _families(rec: object) -> list[str]:
    return [p["family"] for p in rec.to_csl().get("editor", [])]  # type: ignore[attr-defined]


def test_editors_run_together_before_their_mark() -> None:
    rec = parse_record(HALF_TITLE.format(editors="Ola Berg Ana Ruiz Ida Moe (Eds.)"))
    assert _families(rec) == ["Berg", "Ruiz", "Moe"]
    assert rec.to_csl()["title"] != "Ola Berg Ana Ruiz Ida Moe (Eds.)"


def test_editors_with_initials_in_a_citation_of_a_paper_in_the_volume() -> None:
    line = (
        "How to cite: Berg, O. (2021). Reed counts. In T. V. Dunmore & A. Ruiz (Eds.), "
        "3rd Fen Conference: Proceedings (pp. 1-14). Oslo: Fen Press."
    )
    assert _families(parse_record(HALF_TITLE.format(editors=line))) == ["Dunmore", "Ruiz"]


def test_a_series_name_before_the_editors_ends_their_run() -> None:
    line = "Studies in Fen Science and Reed Ecology Ola Berg Ana Ruiz Editors"
    assert _families(parse_record(HALF_TITLE.format(editors=line))) == ["Berg", "Ruiz"]


def test_prose_naming_the_editors_gives_none() -> None:
    # near misses: 'editors' in prose, and one name-shaped pair of title words before a mark
    for line in ("We thank the editors for their help.", "Reed Ecology (Eds.)"):
        assert _families(parse_record(HALF_TITLE.format(editors=line))) == []


def test_a_name_with_a_number_before_a_dash_is_no_leading_date() -> None:
    # near miss: a word and numbers before the dash that are no date ('Reed 5, 2001')
    assert _journal_head("Reed 5, 2001 - Marsh Letters", _loc.all_rules()) != "Marsh Letters"


@pytest.mark.parametrize(
    "title",
    [
        "School choice and segregation: evidence from Sweden, Denmark, Norway",
        "University funding after the reforms, Sweden, Denmark, Norway",
    ],
)
def test_a_title_ending_in_a_list_of_countries_is_no_address(title: str) -> None:
    page = (
        f"Comparative Policy Review\n\n{title}\n\nIngrid Ekwall\n\n"
        "Comparative Policy Review 8 (2016) 101–120\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == title
    assert csl["container-title"] == "Comparative Policy Review"
