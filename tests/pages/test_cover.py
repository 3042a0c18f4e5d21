"""A document's first page printed as text (``comet.page.cover``): a viewer site's
transcript whose page 1 glues the cover's lines into one, or a cover glued with the text
under it, is split into the cover's blocks (capitals, title, names, a date, the body it was
made for) and read as lines; every other page is left as it is. Invented pages in the shape
of document-sharing sites and reports' covers."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.cover import split_cover


def _rec(text: str):
    return parse_record(text)


def _cover(text: str):
    return split_cover(text, _loc.resolve(None))[1]


def _names(rec) -> list[str]:
    return [p.family for p in rec.authors]


DANISH = """Skovenes fremtid. Udarbejdet af Karen Holm for Naturstyrelsen

Størrelse: px

Transkript

1 NATURSTYRELSEN Skovenes fremtid Udarbejdet af Karen Holm for Naturstyrelsen RAPPORTER FRA NATURSTYRELSEN 7

2 Skovenes fremtid En analyse af skovenes alder og vækst Udarbejdet af Karen Holm Er skoven en ressource eller en byrde? Det spørger vi i denne rapport om, og vi svarer med tal fra skovene i hele landet, fra de gamle bøgeskove i øst til de unge granplantager i vest, talt mellem 1990 og 2010.

3 Indhold Forord 1. Indledning 2. Skovenes alder 3. Vækst og hugst 4. Konklusioner Bilag og tabeller
"""

ENGLISH = """Do Coastal Towns Shrink? Evidence from Harbour Closures

Download "Do Coastal Towns Shrink? Evidence from Harbour Closures"

Transcription

1 WORKING PAPER SERIES No. 412 Do Coastal Towns Shrink? Evidence from Harbour Closures Thomas Whitfield Margaret Olsen March 2011 Institute for Maritime Economics

2 Do Coastal Towns Shrink? Evidence from Harbour Closures Thomas Whitfield University of Tyneford Margaret Olsen Harbour Research Centre Working Paper No. 412 March 2011 Any opinions expressed here are those of the authors and not those of the institute.
"""

GLUED = """do coastal towns shrink? evidence from ... · when harbours close, towns...

41

Do Coastal Towns Shrink? Evidence from Harbour Closures * Tomasz Wrebel a , Hanna Gulbrandsen b Tyneford University Abstract When harbours close, the towns around them lose people and firms over the following decade. We study sixty closures between 1960 and 2000 and find that the loss of population is smaller than the loss of jobs, because people commute to other harbours nearby.
"""

SPANISH = """Transcripción

1 UNIVERSIDAD NACIONAL DEL SUR FACULTAD DE CIENCIAS AGRARIAS Manejo del suelo en cultivos de altura Elaborado por Carlos Méndez Quito, junio 2016

2 Manejo del suelo en cultivos de altura Elaborado por Carlos Méndez Director: Dr. Luis Paredes Quito, junio 2016 Agradecimientos A mi familia y a mis profesores de la facultad, que me acompañaron durante los años de estudio en el campo y en el laboratorio de suelos de la universidad.

3 Índice Resumen Introducción 1. Marco teórico 2. Métodos 3. Resultados 4. Conclusiones Bibliografía y anexos
"""


SHARED_PDF = (
    "See discussions, stats, and author profiles for this publication at: "
    "https://www.example.net/publication/4455 Tidal Mixing in Shallow Estuaries Measured by "
    "Drifting Buoys Conference Paper · June 2018 DOI: 10.5555/12.34567 CITATIONS 3 READS 210 "
    "4 authors, including: Peter Lund Coastal Studies Unit 12 PUBLICATIONS 88 CITATIONS SEE "
    "PROFILE All content following this page was uploaded by "
    "Peter Lund on 2 July 2018. The user has requested enhancement of the downloaded file. "
    "Tidal mixing in shallow estuaries is measured here by drifting buoys released at the "
    "mouth of three estuaries over two spring tides.\n"
)


def test_shared_pdf_cover_type_and_title() -> None:
    rec = _rec(SHARED_PDF)
    assert rec.title == "Tidal Mixing in Shallow Estuaries Measured by Drifting Buoys"
    assert rec.to_csl()["type"] == "paper-conference"


def test_transcript_cover_blocks_read_as_lines_da() -> None:
    rec = _rec(DANISH)
    assert _names(rec) == ["Holm"]
    assert any(d.code == "document-cover" for d in rec.diagnostics)


def test_transcript_cover_names_and_date_en() -> None:
    rec = _rec(ENGLISH)
    assert _names(rec) == ["Whitfield", "Olsen"]
    assert rec.title == "Do Coastal Towns Shrink? Evidence from Harbour Closures"
    cover = _cover(ENGLISH)
    assert cover is not None and cover.how == "transcript"
    kinds = [k for _, _, k in cover.blocks]
    assert "capitals" in kinds and "date" in kinds


def test_glued_cover_with_marked_names() -> None:
    rec = _rec(GLUED)
    assert rec.title == "Do Coastal Towns Shrink? Evidence from Harbour Closures"
    assert _names(rec) == ["Wrebel", "Gulbrandsen"]
    cover = _cover(GLUED)
    assert cover is not None and cover.how == "glued"


def test_transcript_cover_es_byline_opener() -> None:
    cover = _cover(SPANISH)
    assert cover is not None
    texts = [SPANISH[a:b] for a, b, _ in cover.blocks]
    assert "Elaborado por Carlos Méndez" in texts
    assert "UNIVERSIDAD NACIONAL DEL SUR FACULTAD DE CIENCIAS AGRARIAS" in texts


def test_split_keeps_offsets() -> None:
    body, cover = split_cover(ENGLISH, _loc.resolve(None))
    assert cover is not None
    assert len(body) == len(ENGLISH)
    assert body.replace("\n", " ") == ENGLISH.replace("\n", " ")


@pytest.mark.parametrize(
    "text",
    [
        # a news story's long paragraph with a name and a place in it
        "Harbour town votes on new ferry\n\nBy Lena Marsh\n\n"
        "TYNEFORD — The council of Tyneford voted on Tuesday to replace the old ferry with a "
        "new electric one, after Mayor John Carver said the harbour could not wait another "
        "winter. The vote followed months of debate in the town hall and on the quay.\n",
        # an abstract naming a date and a place
        "Soil crusts in dry uplands\n\nAbstract\n\nWe sampled soil crusts at Quito in June "
        "2016 and at Loja in March 2017 and measured their cover, their thickness and the "
        "water they hold after rain. Crusts were thicker where grazing was light, and Maria "
        "Ortega of the field team confirmed the pattern at twelve further sites.\n",
        # a catalogue record
        "Title: Skovenes fremtid\nAuthor: Holm, Karen\nPublisher: Naturstyrelsen, 2011\n"
        "Series: Rapporter fra Naturstyrelsen ; 7\nISBN: 9788792903300\n",
        # a page whose first line is a number, and a numbered list of long items
        "2019\n\nTen reasons to visit the coast\n\n1 The light on the water in the morning is "
        "unlike anything you will see in a city, says Anna Berg of the tourist office.\n\n"
        "2 The fish market opens at five and sells out by eight, so go early and bring a bag.\n\n"
        "3 The old lighthouse has a small museum with maps of every wreck on this coast.\n",
        # a title-case teaser paragraph naming a person inside its sentence, and a date
        "Festival news\n\nHarbour Festival Returns With Concerts by Anna Berg and the Northby "
        "Choir on the Quay and New Tickets From March 2019 at the Town Hall Box Office. The "
        "festival opens on a Friday and runs for three days, with stalls along the harbour "
        "wall and boats open to visitors.\n",
        # a ranked list of films, each item a line opening with its rank
        "The ten best harbour films\n\n1 The Quiet Harbour Directed by John Carver Starring "
        "Anna Berg and Karl Moen Northby Pictures 1972 Drama\n\n2 Tides of Winter Directed by "
        "Peter Lund Starring Lena Marsh Harbour Films 1981 Drama\n\n3 Lighthouse Keepers "
        "Directed by Maria Ortega Starring Hanna Gulbrandsen Coastline Studios 1990 Comedy\n",
        # a byline's list of names and affiliations run into one line
        "Harbour closures and towns\n\nThomas Whitfield, University of Tyneford; Margaret "
        "Olsen, Harbour Research Centre; Peter Lund, Institute for Maritime Economics; Anna "
        "Berg, Coastal Studies Unit; Karl Moen, University of Northby\n\nAbstract\n\nWe study "
        "harbour closures.\n",
        # a labelled record run into one line
        "Autor: Carlos Méndez, Luis Paredes y Ana Ruiz Editorial: Banco del Sur Categoría: "
        "Serie Documentos de Trabajo Año: 2016 Ciudad: Quito Tipo: Documento técnico "
        "https://example.org/doc.pdf\n",
        # a ranking table numbered from 1
        "Standings\n\n1\tAnna Berg\t5040\t5\t1\t17\t27\n2\tKarl Moen\t5035\t7\t0\t15\t24\n"
        "3\tLena Marsh\t5033\t4\t6\t15\t26\n",
    ],
)
def test_no_cover_on_ordinary_pages(text: str) -> None:
    assert _cover(text) is None
    assert not any(d.code == "document-cover" for d in _rec(text).diagnostics)


#: a club's minutes numbered from 1, the first item in title case naming the members present
#: (no heading before the names), and a help forum's posts numbered from 1, the first in
#: title case after ``Posted By``: numbered items, no document's first page
NUMBERED_ITEMS = [
    "Rowing Club Committee Notes\n\n1 Opening Remarks And Attendance Members Present Lena "
    "Marsh Captain Karl Moen Coach Hanna Gulbrandsen Secretary Regrets From Member Peter Lund "
    "Notes Of The Previous Meeting Accepted\n\n2 The captain said the boat shed roof was "
    "mended last month and the club should now look at new oars, since two of the old pairs "
    "cracked during the spring regatta and the juniors have been sharing what remains of "
    "the older set on weekday mornings.\n\n3 The secretary read the letter from the town "
    "about the new slipway. The members agreed to write back and ask when the work starts, "
    "and to offer help with clearing the bank before the builders arrive in the autumn.\n",
    "Help board: Garden ponds\n\n1 Posted By Lena Marsh On 14 June 2020 Why Does My Pond "
    "Turn Green Every Summer Even With A Pump Running All Day\n\n2 Green water usually means "
    "too much sun and too many nutrients. Try floating plants over a third of the surface, "
    "feed the fish less, and give the pump a filter that can hold the algae, then wait a few "
    "weeks before you judge whether it has worked.\n\n3 Mine did the same in its first "
    "year. It settled on its own once the plants grew in and the water had time to find its "
    "balance, so I would not empty it or add chemicals before the end of the season.\n",
]


@pytest.mark.parametrize("text", NUMBERED_ITEMS)
def test_numbered_items_in_title_case_are_no_transcript(text: str) -> None:
    assert _cover(text) is None
    rec = _rec(text)
    assert not any(d.code == "document-cover" for d in rec.diagnostics)
    assert not rec.authors


JAPANESE = (
    "Transcript\n\n"
    "1 KAIYO Working Paper Series 港 湾 閉 鎖 と 地 域 経 済 Harbour Closures and Local Economies "
    "山 田 太 郎 Taro Yamada 2017 年 4 月 Working Paper J-21 海 洋 経 済 研 究 所\n\n"
    "2 港 湾 閉 鎖 と 地 域 経 済 Harbour Closures and Local Economies Taro Yamada Abstract This "
    "paper studies harbour closures in twelve prefectures and the firms around them, using "
    "records of every firm within twenty kilometres of each harbour over the ten years "
    "before and after its closure.\n\n"
    "3 1 はじめに 港 湾 の 閉 鎖 は 地 域 の 雇 用 に 大 き な 影 響 を 与 え る と 考 え ら れ て い る\n"
)


def test_script_change_opens_blocks_numbers_go_with_the_words_after() -> None:
    cover = _cover(JAPANESE)
    assert cover is not None
    texts = [JAPANESE[a:b] for a, b, _ in cover.blocks]
    assert "2017 年 4 月" in texts
    assert "Harbour Closures and Local Economies" in texts


def test_cover_fields_note_names_the_blocks() -> None:
    rec = _rec(ENGLISH)
    notes = [d.message for d in rec.diagnostics if d.code == "cover-fields"]
    assert notes and "authors 'Whitfield'" in notes[0] and "(name)" in notes[0]
    # no such note on an ordinary page
    plain = "Harbour closures\n\nBy Lena Marsh\n\nThe council voted on Tuesday.\n"
    assert not any(d.code == "cover-fields" for d in _rec(plain).diagnostics)


def test_cover_lines_glued_alone_on_their_line() -> None:
    text = (
        "downloads 120 Views 2MB Size\n\n"
        "Harbour Closures and the Selection of Movers Theory and New Evidence Thomas Whitfield "
        "(Tyneford University and Harbour Institute, Northby) Hanna Gulbrandsen (COASTAL "
        "STUDIES UNIT Northby University)\n\nNo. 12/2011\n"
    )
    rec = _rec(text)
    assert _cover(text) is not None
    assert "Whitfield" in _names(rec)


def test_cover_readers_compile_their_patterns_once() -> None:
    """House rule: the cover readers run on every page, so their patterns are compiled at
    module level (no ``re.finditer(r"…", …)`` with a literal pattern inside a function)."""
    import inspect
    import re

    from comet.page import cover, transcript_cover

    per_call = re.compile(
        r"\bre\.(?:search|match|fullmatch|finditer|findall|sub|split)\(\s*r?[\"']"
    )
    for module in (cover, transcript_cover):
        assert not per_call.search(inspect.getsource(module)), module.__name__
