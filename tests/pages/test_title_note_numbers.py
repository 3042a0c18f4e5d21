"""A note's number glued to a title's last word (``… dos mangues1``) is cut where a line
under the title is that note (``comet.page.title_note_numbers``). Invented pages in several
languages; every title, name and note was written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.title_note_numbers import note_number

_PAPER_PT = """Sociedade Exemplar de Estudos do Litoral
XII Encontro de Pesquisa Costeira – Ilhéus - BA – 3 a 5/06/2031
O manguezal como arquivo: memórias de pescadores do estuário{mark}
Joana Pereira da SILVA2
Tiago Moura LIMA3
RESUMO
Este trabalho discute a memória dos pescadores do estuário e o modo como narram as mudanças
do manguezal ao longo de três décadas de trabalho nas marés.
{note}
Trabalho apresentado no GT 4 – Memória do XII Encontro de Pesquisa Costeira.
2
Mestranda em Estudos Costeiros, email: joana@example.org
"""

_ARTICLE_FR = """Plan du site
Terrains

LES ROSEAUX DU LAC ET LA MÉMOIRE DES PÊCHEURS{mark}

Paule Varenne
p. 41-58

Texte intégral

  • {note} Ce texte reprend une communication faite au séminaire du laboratoire (...)

1Les pêcheurs du lac parlent des roseaux comme d'une mémoire commune du village.
"""

_PAPER_EN = """Working Papers in Fen Studies
Reed Harvest and the Winter Economy of the Northern Fens{mark}
Ada Quill and Tom Reeve
Abstract
We follow the winter harvest of reeds in three parishes of the northern fens and what it paid
the households that cut them over the long nineteenth century.
{note} We thank the parish archives of the northern fens for their help.
"""


def _title(page: str, mark: str, note: str) -> str | None:
    rec = parse_record(page.format(mark=mark, note=note))
    return rec.to_csl().get("title")


def test_a_papers_number_over_its_note_is_cut_in_portuguese() -> None:
    title = _title(_PAPER_PT, "1", "1")
    assert title == "O manguezal como arquivo: memórias de pescadores do estuário"


def test_a_platforms_list_of_notes_proves_the_number_in_french() -> None:
    title = _title(_ARTICLE_FR, "1", "1")
    assert title == "LES ROSEAUX DU LAC ET LA MÉMOIRE DES PÊCHEURS"


def test_a_raised_number_and_its_note_in_english() -> None:
    title = _title(_PAPER_EN, "²", "2")
    assert title == "Reed Harvest and the Winter Economy of the Northern Fens"


def test_without_its_note_the_digit_stays() -> None:
    # (no line under the title is note 1: the digit may be the title's)
    title = _title(_PAPER_EN, "1", "")
    assert title == "Reed Harvest and the Winter Economy of the Northern Fens1"


def test_another_notes_number_proves_nothing() -> None:
    title = _title(_PAPER_EN, "1", "3")
    assert title == "Reed Harvest and the Winter Economy of the Northern Fens1"


def _cut(title: str, below: str) -> int | None:
    page, _ = _prepare(f"{title}\n{below}\n", None)
    return note_number(title, 0, page)


def test_a_titles_own_digits_stay() -> None:
    for title, below in [
        ("Tracking H1N1", "1 Introduction"),  # (a word of letters and digits)
        ("Five Years of Covid19", "19 Cases"),  # (two digits: no note's number)
        ("Tuning MP3", "3 Methods"),  # (two letters before the digit)
        ("Reeds of the Fens3", "3.1 Methods"),  # (a section's number, not a note)
        ("Reeds of the Fens3", "30 households"),
        ("Fens1", "1 Note"),  # (one word: too short to tell)
    ]:
        assert _cut(title, below) is None, title


def test_the_number_starts_where_it_is_glued() -> None:
    assert _cut("Reeds of the Fens?1", "1 First read at the fen meeting.") == len(
        "Reeds of the Fens?"
    )
    assert _cut("Reeds of the Fens1", "• 1\nFirst read at the fen meeting of the parish") == len(
        "Reeds of the Fens"
    )


def test_a_numbered_sections_heading_is_no_note() -> None:
    # (a name's own digit, a model's version, over a paper's numbered section: the note's
    # text is longer than a heading)
    for title, below in [
        ("Counting Reed Warblers in Fen Recordings with YOLOv5", "5 Conclusion"),
        ("Counting Reed Warblers in Fen Recordings with YOLOv5", "5\nConclusion"),
        ("Zählung der Rohrsänger im Moor mit YOLOv5", "5 Fazit und Ausblick"),
        ("Conteo de aves del humedal con YOLOv5", "  • 5 Resultados"),
        ("Reeds of the Fens1", "1"),  # (a number alone, no note's text under it)
    ]:
        assert _cut(title, below) is None, below


@given(st.text(max_size=60), st.text(max_size=60))
def test_any_text_is_read_without_error(title: str, below: str) -> None:
    page, _ = _prepare(f"{title}\n{below}", None)
    at = note_number(title, 0, page)
    assert at is None or 0 < at < len(title)


_PAPER_SECTIONS = """Counting Reed Warblers in Fen Recordings with YOLOv5
Ada Quill, Tom Reeve
Fen Institute of Sound
Abstract
We count reed warblers in sound recordings of the fen with a small network trained on a few
hundred labelled clips of their song.
1 Introduction
Reed warblers sing in the fen from April onwards and their song is easy to record but hard
to count by ear.
5 Conclusion
The network counts warblers as well as a trained listener does.
"""


def test_a_models_version_over_a_numbered_section_stays_in_the_title() -> None:
    record = parse_record(_PAPER_SECTIONS)
    assert record.to_csl().get("title") == "Counting Reed Warblers in Fen Recordings with YOLOv5"


def test_a_short_note_closed_by_a_stop_proves_its_number() -> None:
    assert _cut("Reeds of the Fens1", "1 Translated from the Dutch.") == len("Reeds of the Fens")
