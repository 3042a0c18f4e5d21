"""Titles of news, blog and magazine pages (issue 13, the wide title work): kickers over a
headline, captions and photo credits. Every page, headline and name here was written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet import parse_record
from comet.page.chrome import _photo_credit
from comet.page.standfirsts import _kicker_over, _standfirst

RULES = _loc.resolve(None)

BODY = [
    "The ferry company said the new timetable would start next month, after a winter of "
    "delays that left commuters waiting on the pier for hours. Residents had asked for a "
    "second boat since the spring, and the council agreed to pay for half of it.",
    "",
    "Ticket prices stay the same for islanders, while visitors will pay a small surcharge in "
    "the summer months. The second boat is expected to carry two hundred passengers and "
    "twenty cars, and it will also take the school children to the mainland.",
]

CHROME = ["Lumen Weekly", "", "Home", "Regional", "Blog", "Magazine", "", "Recommended", ""]


@pytest.mark.parametrize(
    ("credit", "is_credit"),
    [
        ("Foto: Ilse Brackwater", True),
        ("The pier at dawn. Photograph: Jonas Feldbrook for the Courier", True),
        ("The old harbour wall. | Ana Ruiz/Getty Images", True),
        ("Credit...Tomas Ellery/Harbour Images", True),
        ("Photo : Léa Marchetti", True),
        ("Le port au matin. Crédit : Léa Marchetti", True),
        ("El muelle al amanecer. Foto: Ana Ruiz", True),
        ("Der Hafen am Morgen. Bild: Ilse Brackwater", True),
        ("Der Hafen am Morgen. © Ilse Brackwater", True),
        ("Photo by Jonas Feldbrook", True),
        ("Foto von Ilse Brackwater", True),
        ("Photo by the harbour at dawn", False),
        ("Photo finish at the regional rowing championship", False),
        ("Das Bild der Woche aus dem Hafen", False),
        ("Second ferry for the island crossing agreed", False),
        # a credit word heading a title with a subtitle; an agency's letters inside a title
        ("Photography: A Critical Introduction to Harbour Images", False),
        ("Illustration: theory and practice in island newspapers", False),
        ("Credit: A Very Short Introduction", False),
        ("Water quality control US/EPA 1990-2000", False),
        ("Bild: picture alliance / dpa", True),
    ],
)
def test_a_photo_credit_or_caption_is_recognised(credit: str, is_credit: bool) -> None:
    assert _photo_credit(credit, RULES) is is_credit


@pytest.mark.parametrize(
    "caption",
    [
        "Foto: Ilse Brackwater",
        "The new ferry in the harbour at dawn. Photograph: Jonas Feldbrook",
        "Crédit photo : Léa Marchetti",
    ],
)
def test_a_caption_between_headline_and_byline_is_no_title(caption: str) -> None:
    headline = "Second ferry for the island crossing agreed after long winter"
    text = "\n".join(
        [*CHROME, headline, caption, "By Mara Quillfeather", "14 March 2022", "", *BODY]
    )
    rec = parse_record(text)
    assert rec.title == headline


@pytest.mark.parametrize(
    ("kicker", "text", "kicked"),
    [
        ("Business News", "Seven things hotel owners keep quiet about their rooms", True),
        ("Local News |", "Brass band wins the county contest for a third time", True),
        ("Science —", "A tiny moon hides an ocean under its ice, probe finds", True),
        ("Regional", "Brass band wins the county contest for a third time", True),
        ("Brass band wins the county contest", "Second ferry agreed.", False),
        ("Second ferry agreed", "Islanders cheer.", False),
        (
            "Second ferry for the island crossing agreed after winter",
            "The council says the boat will sail before the autumn storms",
            False,
        ),
    ],
)
def test_a_short_line_over_a_longer_headline_is_its_kicker(
    kicker: str, text: str, kicked: bool
) -> None:
    assert _kicker_over(kicker, text) is kicked
    if kicked:  # the headline under a kicker is never read as the kicker's standfirst
        assert not _standfirst(kicker, text, news=True)


@pytest.mark.parametrize("kicker", ["Business News", "Local News |", "Science —", "Regional"])
def test_the_headline_under_a_kicker_is_the_title(kicker: str) -> None:
    headline = "Brass band wins the county contest for a third time in a row"
    text = "\n".join(
        [
            "Lumen Weekly",
            "",
            "Blog",
            "Magazine",
            "Podcast",
            "",
            kicker,
            headline,
            "By Mara Quillfeather",
            "14 March 2022",
            "",
            *BODY,
        ]
    )
    assert parse_record(text).title == headline


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=120))
def test_kicker_and_credit_reading_never_crash(a: str, b: str) -> None:
    assert isinstance(_kicker_over(a, b), bool)
    assert isinstance(_photo_credit(a, RULES), bool)


@pytest.mark.parametrize(
    "deck",
    [
        "The council explained why the second boat will only sail from the autumn on",
        "'Nobody had asked the islanders what they actually wanted'",
        "Islanders welcome the decision after a long winter of delays",
    ],
)
def test_a_deck_without_a_full_stop_under_the_headline_is_no_title(deck: str) -> None:
    headline = "Second ferry for the island crossing agreed"
    text = "\n".join([*CHROME, headline, deck, "By Mara Quillfeather", "14 March 2022", "", *BODY])
    rec = parse_record(text)
    assert rec.title == headline


@pytest.mark.parametrize(
    "above",
    [
        "« Brass band wins the county contest for a third time",  # the previous post
        "News Sport Culture Regional Weather",  # a menu in one line, no function word
        "Island news, pictures and opinion since 1921.",  # a tagline
        "Ferry news | The Harbour Courier",  # a document title with its site
        "Journal of Island Transport Studies",  # a journal's name over the work's title
    ],
)
def test_the_line_over_a_headline_is_no_headline_when_it_is_interface(above: str) -> None:
    headline = "Second ferry for the island crossing agreed after a long winter"
    text = "\n".join([*CHROME, above, headline, "By Mara Quillfeather", "14 March 2022", "", *BODY])
    assert parse_record(text).title == headline


@pytest.mark.parametrize(
    ("line", "widget"),
    [
        ("#harbour #ferry #islandlife", True),
        ("#MeToo movement", False),
        ("Ferries · Harbours · Islands · Weather", True),
        ("☰ The island's cooperative news site", True),
        ("« Brass band wins the county contest", True),
        ("Brass band wins the county contest »", True),
        ("Older post →", True),
        ("Why #islandlife became a movement", False),
        ("« La Gazette » et les îles", False),
        ("C# for island councils", False),
        ("Ferries · Harbours", False),
    ],
)
def test_widget_lines_are_no_titles(line: str, widget: bool) -> None:
    from comet.page.title_lines import _widget_shape

    assert _widget_shape(line, frozenset()) is widget


@pytest.mark.parametrize(
    "widget",
    [
        "Vistas de página en total",
        "Está en la página 1 de 40",
        "Seitenaufrufe insgesamt",
        "Page suivante",
        "#harbour #ferry #islandlife",
    ],
)
def test_a_widget_over_the_post_is_not_its_title(widget: str) -> None:
    headline = "Second ferry for the island crossing agreed after a long winter"
    text = "\n".join(
        [*CHROME, widget, "", headline, "By Mara Quillfeather", "14 March 2022", "", *BODY]
    )
    assert parse_record(text).title == headline


@pytest.mark.parametrize("ui", ["Quick Links", "Mein Konto | Anmelden", "Dropdown Navigation"])
def test_an_interface_line_loses_to_an_unsigned_heading(ui: str) -> None:
    headline = "Second ferry for the island crossing agreed after a long winter"
    text = "\n".join(["Lumen Weekly", "", ui, "", headline, "", *BODY])
    assert parse_record(text).title == headline
