"""An event told in a sentence near the top of its own page (``comet.page.event_prose``):
an event word, the place after a place word of the locales, a range of days next to the
place. Invented pages."""

from __future__ import annotations

import pytest
from tests.pages._events import PROSE, event_fields

from comet import parse_record

BODY = PROSE


def _event(text: str) -> tuple[object, ...] | None:
    return event_fields(text, "place", "start", "end")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the dates after the place, without their year: the head's year
        (
            "2031 Fen Symposium\n\nWe were glad to host the third Fen Society Symposium at "
            "Fen Hall, Marshtown from 11 to 13 September. Many came.",
            ("Fen Hall, Marshtown", "2031-09-11", "2031-09-13"),
        ),
        (
            "Call for papers\n\nThe 12th Symposium on Fen Ecology will be held in Marshtown, "
            "Norway, on 3-5 June 2031. Papers are due by 1 March.",
            ("Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        # the dates before the place word
        (
            "News\n\nThe symposium of the reed birds took place on 3-5 June 2031 in "
            "Marshtown, Norway.",
            ("Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        # no event word: a verb telling the event is held
        (
            "FENECO 2031\n\nFENECO 2031 will take place in Marshtown, Norway, from June 3 to 5, "
            "2031.",
            ("Marshtown, Norway", "2031-06-03", "2031-06-05"),
        ),
        # German: the dates before the place, an ordinal's stop is no sentence's end
        (
            "Tagung\n\nDie Tagung findet vom 3. bis 5. Juni 2031 in Marschstadt, Norwegen statt.",
            ("Marschstadt, Norwegen", "2031-06-03", "2031-06-05"),
        ),
        # French: 'à', 'du … au …'
        (
            "Appel\n\nLe colloque se tiendra à Marais-Ville, France, du 3 au 5 juin 2031.",
            ("Marais-Ville, France", "2031-06-03", "2031-06-05"),
        ),
    ],
)
def test_a_sentence_tells_the_event(text: str, want: tuple[object, ...]) -> None:
    assert _event(text + BODY) == want


@pytest.mark.parametrize(
    "text",
    [
        # no event word in the sentence
        "Profile\n\nOla studied at Fen University, Marshtown from 3 to 5 June 2031 and left.",
        # the place and the dates in another sentence than the event word
        "Call for papers\n\nThe symposium opens in 2031. The fen is in Marshtown, Norway, and "
        "walks run on 3-5 June 2031.",
        # one day is no event's range
        "Call for papers\n\nThe symposium will be held in Marshtown, Norway, on 3 June 2031.",
        # a month's range is no event's
        "Report\n\nThe symposium counted birds in Marshtown, Norway from 1 to 31 May 2031.",
        # a verb of an event held, a month's range: a works' period, no event
        "Dikes\n\nThe survey of the dikes took place in Marshtown, Norway, from 1 to 31 May 2031.",
        # the place in lower case: no place
        "Call\n\nThe symposium will be held in the old barn on 3-5 June 2031.",
    ],
)
def test_no_event_from_a_near_miss(text: str) -> None:
    assert _event(text + BODY) is None


def test_a_sentence_far_down_the_page_is_no_pages_event() -> None:
    filler = "".join(f"Line {i} of the fen's notes on reeds and birds.\n" for i in range(12))
    text = (
        "Fen notes\n" + filler + "The next symposium will be held in Marshtown, Norway, on "
        "3-5 June 2031." + BODY
    )
    assert _event(text) is None


def test_a_news_story_reporting_a_congress_has_no_event() -> None:
    text = (
        "Reed birds counted\n\nBy Petra Solberg\n\nMarch 12, 2031\n\nThe congress of the fen "
        "keepers took place in Marshtown, Norway, on 3-5 June 2031, the paper reports.\n"
        "Published in the Fen Gazette, a newspaper.\nNews article" + BODY
    )
    rec = parse_record(text)
    assert rec.to_csl().get("type") == "article-newspaper"
    assert rec.event is None


def test_the_next_editions_notice_under_the_pages_event_is_no_event() -> None:
    # the page is headed by its own event and year; a sentence below announces the next
    # edition in another year: that place and those dates are not the page's event's
    page = (
        "Proceedings of the Heath Ecology Workshop 2030\n\n"
        "Welcome to the proceedings of the Heath Ecology Workshop.\n"
        "The 9th Symposium on Heath Ecology will be held in Brackwater, Norway, on 3-5 June 2031.\n"
    )
    assert _event(page + BODY) is None


def test_a_sentence_of_the_heads_own_year_still_tells_the_event() -> None:
    # near miss: the head names the same year as the sentence
    page = (
        "Heath Ecology Workshop 2031\n\n"
        "The 9th Heath Ecology Workshop will be held in Brackwater, Norway, on 3-5 June 2031.\n"
    )
    assert _event(page + BODY) == ("Brackwater, Norway", "2031-06-03", "2031-06-05")
