"""A conference paper whose page prints its event's name and year by the title, over it as
a running head or right under it (``comet.page.event_head_line``): ``paper-conference`` over
a web article's guess. Invented pages in the shapes of paper pages of conference sites and
document-sharing sites, in several languages; near misses that keep another type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.page.event_head_line import EVENT_HEAD, event_head, event_head_line
from comet.page.parse import _prepare


def _record_type(text: str) -> str | None:
    return parse_record(text).to_csl().get("type")


_BODY = (
    "The ponds behind the northern dykes were dug in two waves, a century apart, and the "
    "second wave followed the first storm surge of which records survive.\n\n"
    "Their sluices were rebuilt many times, and the estate accounts name the carpenters "
    "who did the work and the price of the oak they used.\n"
)

_EN = (
    "International Conference on Coastal Water History (CWH 2031)\n"
    "Tidal mills of the northern fens and their ponds\n\n" + _BODY
)

_DE = (
    "Flurnamen am Unterlauf der Marsch: eine Bestandsaufnahme\n\n"
    "Beitrag zur Tagung der Gesellschaft für Namenkunde am 14.05.2031 in Marschhausen\n\n"
    "Die Namen der Felder und Gräben eines Landstrichs bewahren oft ältere Sprachstufen, als "
    "sie die Urkunden zeigen, und sie verraten die Arbeit, die in den Boden gesteckt wurde.\n\n"
    "Der Beitrag ordnet die Namen des unteren Marschlandes nach ihrer Herkunft und fragt, "
    "welche Gräben zuerst gezogen wurden.\n"
)

_FR = (
    "Colloque International Histoire des Moulins 2031\n"
    "Les moulins à marée de la côte nord\n\n"
    "Les étangs des moulins de la côte nord furent creusés en deux vagues, à un siècle "
    "d'intervalle, et la seconde suivit la première tempête dont on garde la trace.\n\n"
    "Leurs vannes furent refaites bien des fois, et les comptes des domaines nomment les "
    "charpentiers qui firent le travail.\n"
)

_ES = (
    "Los molinos de marea de la costa norte\n\n"
    "Ponencia presentada en el Congreso Nacional de Historia del Agua, Santander, 2031\n\n"
    "Los estanques de los molinos de la costa norte se excavaron en dos oleadas, con un "
    "siglo de distancia, y la segunda siguió a la primera gran marea de la que hay noticia.\n\n"
    "Sus compuertas se rehicieron muchas veces, y las cuentas de las fincas nombran a los "
    "carpinteros que hicieron el trabajo.\n"
)

_PL = (
    "Międzynarodowa Konferencja Naukowa Historia Wody i Młynów, Gdańsk, 12-14 maja 2031\n"
    "Młyny pływowe północnego wybrzeża\n\n"
    "Stawy młynów północnego wybrzeża wykopano w dwóch falach, w odstępie stulecia, a druga "
    "nastąpiła po pierwszym sztormie, o którym zachowały się zapiski.\n\n"
    "Ich śluzy przebudowywano wiele razy, a rachunki majątków wymieniają cieśli, którzy "
    "wykonali tę pracę.\n"
)


@pytest.mark.parametrize(
    "text", [_EN, _DE, _FR, _ES, _PL], ids=["en-over", "de-under", "fr-over", "es-under", "pl"]
)
def test_an_event_by_the_title_makes_a_conference_paper(text: str) -> None:
    assert _record_type(text) == "paper-conference"


def test_the_candidate_names_its_evidence() -> None:
    page, _lines = _prepare(_EN, None)
    page.title_line = 1  # (the title stage's choice on this page)
    cand = event_head(page)
    assert cand is not None and cand.value == "paper-conference"
    assert cand.evidence == EVENT_HEAD
    assert event_head_line(page, True) == []  # (a news or a blog page's event: the story's)


def test_an_event_s_year_on_the_next_line() -> None:
    # 'International Conference' / 'Harbour Engineering 2031, …' over the title
    text = (
        "Hydraulic Engineering Conference\n"
        "Marshtown, May 3-5, 2031\n"
        "Tidal mills of the northern fens and their ponds\n\n" + _BODY
    )
    assert _record_type(text) == "paper-conference"


def test_an_event_with_no_year_is_no_head() -> None:
    # (negative) a conference named with no year: a site's menu or a series' name
    text = _EN.replace(" (CWH 2031)", "")
    assert _record_type(text) != "paper-conference"


def test_a_forum_in_a_sentence_is_no_event() -> None:
    # (negative) 'a post on a community forum' under a fact check's title: a common noun
    text = (
        "Ferry fares on the island\n\n"
        "— Ines Varga on Thursday, June 6th, 2031 in a post on a community forum\n\n"
        "A post shared widely said the island ferry had doubled its fares for residents this "
        "spring. We looked at the ferry company's published fare tables.\n"
    )
    assert _record_type(text) != "paper-conference"


@pytest.mark.parametrize(
    "text",
    [
        "Colloque International Histoire des Moulins 2031\nAppel à communications\n\n"
        "Les propositions sont attendues avant le 1er mars 2031 ; elles porteront sur les "
        "moulins à marée et leurs étangs.\n",
        "Congreso Nacional de Historia del Agua 2031\nConvocatoria de ponencias\n\n"
        "Se invita a enviar trabajos originales sobre los molinos de marea y sus estanques "
        "antes del 1 de marzo de 2031.\n",
    ],
    ids=["fr", "es"],
)
def test_an_event_s_call_is_no_paper(text: str) -> None:
    # (negative) the event's name over its call for papers: the event's own page
    assert _record_type(text) != "paper-conference"


def test_a_labelled_type_outweighs_the_head() -> None:
    # a type label names the work: the event's head changes nothing
    text = "Document type: Journal article\n\n" + _EN
    assert _record_type(text) == "article-journal"


_HEAD_BITS = st.sampled_from(
    ["\n", "Fen Symposium 2019\n", "Call for Papers\n", "Proceedings of the ", "Conference ",
     "2021", "Ana Ruiz\n", "Tidal mills of the estuary\n", ". ", "in the"]
)  # fmt: skip


@given(st.lists(st.one_of(_HEAD_BITS, st.text(max_size=10)), max_size=12), st.integers(0, 12))
def test_any_head_gives_a_paper_on_a_line_by_the_title_or_nothing(
    bits: list[str], title: int
) -> None:
    page, _lines = _prepare("".join(bits) or " ", None)
    page.title_line = min(title, len(page.layout.lines) - 1)
    found = event_head(page)
    if found is not None:
        # the evidence is a line of the page's head, at most the line under the title
        assert found.value == "paper-conference"
        line = page.layout.line_at(found.span[0])
        assert line is not None and line.index <= page.title_line + 1
    assert event_head_line(page, cites_others=True) == []
