"""A report's series statement in a citation of the page's own work, and a labelled report
number as an agency prints it (every page invented): the series' name, its number and the
type ``report`` from an APA bracket (``(Fen Working Paper No. 19-12)``, ``(FenWorkingPaper:
19-12)``), a part between commas (``Fen Discussion Paper, No. 2019,003``) or a transcript's
glued cover; the code whole (``ABC/DOE-0123(98)``); a journal's volume, a year and a preprint
are none."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.page.cited_report import _find
from comet.page.document_code import CODE_CHARS, document_code

ABSTRACT = """

Abstract

We study how harbour fees change the trade of small ports across the coast over two decades, \
using customs records and interviews with the managers of eleven ports.
"""


def _record(head: str) -> dict[str, object]:
    return parse_record(head + ABSTRACT).to_csl()


@pytest.mark.parametrize(
    ("citation", "number", "series"),
    [
        (
            "Recommended citation: Roe, J., & Poe, A. (2021). Harbour fees and coastal trade. "
            "(FenWorkingPaper: 21-0417). Retrieved from Fen Institute for Coastal Research: "
            "https://doi.org/10.99999/abcd-0417",
            "21-0417",
            "FenWorkingPaper",
        ),
        (
            "Cite as: Roe, J., & Poe, A. (2021). Harbour fees and coastal trade "
            "(Marsh Bank Staff Working Paper No. 2021/17). Marsh Bank.",
            "2021/17",
            "Marsh Bank Staff Working Paper",
        ),
    ],
)
def test_apa_bracket_gives_number_series_and_type(citation: str, number: str, series: str) -> None:
    rec = _record(f"Harbour fees and coastal trade\nJane Roe, Ann Poe\n{citation}")
    assert rec["type"] == "report"
    assert rec["number"] == number
    assert rec["collection-title"] == series


def test_retrieval_phrase_is_no_part_of_the_publisher() -> None:
    rec = _record(
        "Harbour fees and coastal trade\nJane Roe, Ann Poe\n"
        "Suggested citation: Roe, J., & Poe, A. (2021). Harbour fees and coastal trade. "
        "(FenWorkingPaper: 21-0417). Retrieved from Fen Institute for Coastal Research: "
        "https://doi.org/10.99999/abcd-0417"
    )
    assert rec["publisher"] == "Fen Institute for Coastal Research"


def test_glued_cover_citation_gives_the_series_statement() -> None:
    # a document site's transcript glues a repository's cover sheet into one line
    cover = (
        "1 fenstor The Open Access Server of the Fen Library Roe, Jane; Poe, Ann Working Paper "
        "Harbour fees and coastal trade Provided in Cooperation with: Fen Institute "
        "Suggested Citation: Roe, Jane; Poe, Ann (2009) : Harbour fees and coastal trade, "
        "Marsh University Working Paper Series in Fisheries, No. 2009,017 This Version is "
        "available at: Terms of use: the repository grants you the right to use the work."
    )
    rec = _record(f"Working Paper Harbour fees and coastal trade\n\n{cover}")
    assert rec["number"] == "2009,017"
    assert rec["collection-title"] == "Marsh University Working Paper Series in Fisheries"
    assert rec["type"] == "report"


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Report#: ABC/DOE-0123(98)", "ABC/DOE-0123(98)"),
        ("Report No.: ABC/DOE-0123(98)", "ABC/DOE-0123(98)"),
        ("Report No.: FEN/TM—2004–21365", "FEN/TM—2004–21365"),
        ("Working paper no.: WP/19/89", "WP/19/89"),
    ],
)
def test_labelled_report_code_whole(label: str, code: str) -> None:
    rec = _record(f"Harbour fees and coastal trade\nJane Roe\n{label}")
    assert rec["number"] == code
    assert rec["type"] == "report"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # English, Spanish, German, French, Italian, Dutch: a series' name and its number
        ("Roe. Title, Fen Working Paper 12, Fen", ("Fen Working Paper", "12")),
        (
            "Roe. Título. Documento de trabajo n° 2019-03, Banco",
            ("Documento de trabajo", "2019-03"),
        ),
        ("Roe. Titel. Diskussionspapier Nr. 17, Institut", ("Diskussionspapier", "17")),
        ("Roe. Titre. Document de travail n° 12, Paris", ("Document de travail", "12")),
        ("Roe. Titolo. Quaderni di ricerca n. 44, Roma", ("Quaderni di ricerca", "44")),
        ("Roe. Titel (Fen Discussion Paper nr. 8), Amsterdam", ("Fen Discussion Paper", "8")),
        ("Roe. Title (Report No. ABC/DOE-0123(98)). Fen", ("Report", "ABC/DOE-0123(98)")),
    ],
)
def test_statement_in_many_languages(text: str, want: tuple[str, str]) -> None:
    found = _find(text, _loc.resolve(None))
    assert found is not None
    assert found[:2] == want


@pytest.mark.parametrize(
    "text",
    [
        "Roe. Title. Morbidity and Fen Weekly Report 69(12) 343",  # a journal's volume
        "Roe. Title. Fen Scientific Reports, 9, 1234",  # a journal's volume and article
        "Roe. Fen Annual Report 2019. Fen",  # a year
        "Roe. Title. arXiv preprint arXiv:1901.01234",  # a preprint's identifier
        "Roe. Title. Journal of Fen Studies, No. 3, 45-67",  # a journal's issue
        "Roe. Title, Working Paper 2019 Outlook 3, Fen",  # words after the series, no label
    ],
)
def test_no_statement(text: str) -> None:
    assert _find(text, _loc.resolve(None)) is None


def test_journal_citation_keeps_its_type() -> None:
    rec = _record(
        "Harbour fees and coastal trade\nJane Roe\nCite as: Roe, J. (2019). Harbour fees and "
        "coastal trade. Journal of Fen Studies, 12(3), 45-67."
    )
    assert rec["type"] != "report"
    assert "number" not in rec


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("ABC/DOE-0123(98)", "ABC/DOE-0123(98)"),
        ("No. 12", "12"),
        ("No.12", "12"),
        ("4321.0.55.002 - Harbour statistics", "4321.0.55.002"),
        ("2007,021", "2007,021"),
        ("12, 2019", "12"),
        ("Report", None),
        ("", None),
    ],
)
def test_document_code(value: str, code: str | None) -> None:
    assert document_code(value) == code


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    code = document_code(text)
    # a code is a piece of the value, with a digit, of CODE_CHARS characters at most
    assert code is None or (code in text and any(c.isdigit() for c in code))
    assert code is None or len(code) <= CODE_CHARS
    found = _find(text, _loc.resolve(None))
    if found is not None:
        _series, number, statement = found
        assert statement in text and number in statement  # read from the text, never made up


@pytest.mark.parametrize(
    ("page", "code"),
    [
        (
            "Redevances portuaires\nJeanne Roe\nNuméro du rapport : ABC/DOE-0123(98)\n\nRésumé\n"
            "Nous étudions les redevances portuaires et le commerce des petits ports de la côte "
            "sur deux décennies, à partir des registres de douane.",
            "ABC/DOE-0123(98)",
        ),
        (
            "Tasas portuarias\nJuana Roe\nNúmero de informe: INF/2019-45(B)\n\nResumen\n"
            "Estudiamos las tasas portuarias y el comercio de los puertos pequeños de la costa "
            "durante dos décadas, con registros de aduana.",
            "INF/2019-45(B)",
        ),
        (
            "Hafengebühren und Küstenhandel\nJohanna Roe\nBerichtnummer: BER-2019/45\n\n"
            "Zusammenfassung\nWir untersuchen, wie Hafengebühren den Handel kleiner Häfen an der "
            "Küste über zwei Jahrzehnte verändern, anhand von Zollregistern.",
            "BER-2019/45",
        ),
        (
            "Tasse portuali\nGiovanna Roe\nNumero del rapporto: RAP/2019-45\n\nSommario\n"
            "Studiamo le tasse portuali e il commercio dei piccoli porti della costa in due "
            "decenni, con i registri doganali.",
            "RAP/2019-45",
        ),
    ],
)
def test_report_number_labels_in_other_languages(page: str, code: str) -> None:
    rec = parse_record(page).to_csl()
    assert rec["number"] == code
    assert rec["type"] == "report"
