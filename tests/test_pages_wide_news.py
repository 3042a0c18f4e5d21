"""News, magazine and blog pages (issue 13, the wide news set): shapes that recur across
sites. Every page and name here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page.headings import _dated
from comet.page.parse import _prepare

PROSE = (
    "The ferry company said the new timetable would start next month, after a winter of "
    "delays that left commuters waiting on the pier for hours. Residents had asked for a "
    "second boat since the spring, and the council agreed to pay for half of it."
)


def _news_page(headline: str, dateline: str) -> str:
    return "\n".join(
        [
            "The Harbour Courier",
            "",
            "Politics",
            "Sport",
            "Culture",
            "",
            "Storm closes the coastal road for the second time this week",
            "Drivers were asked to use the inland route until the repairs are done, the police said.",
            "The repairs should take until the end of the month, the county said on its website.",
            "",
            headline,
            dateline,
            "",
            PROSE,
            "",
            "Ticket prices stay the same for islanders, while visitors will pay a small surcharge "
            "in the summer months. The second boat is expected to carry two hundred passengers "
            "and twenty cars, and it will also take the school children to the mainland.",
            "",
            "Share this article",
        ]
    )


@pytest.mark.parametrize(
    ("dateline", "lang"),
    [
        ("Published 14 March 2022", "en"),
        ("March 14, 2022 at 9:15 am", "en"),
        ("14.03.2022, 09:15 Uhr", "de"),
        ("Publié le 14 mars 2022 à 09h15", "fr"),
        ("14 de marzo de 2022", "es"),
    ],
)
def test_a_headline_over_its_dateline_beats_the_teasers_above(dateline: str, lang: str) -> None:
    headline = "Second ferry for the island crossing agreed after long winter"
    rec = parse_record(_news_page(headline, dateline))
    assert rec.title == headline


def test_a_volume_line_is_no_dateline() -> None:
    text = "Journal of Invented Studies\n\nVolume 12, 3 May 2021, Pages 5-9\n\nA title\n" + PROSE
    page, _ = _prepare(text, None)
    journal = page.layout.lines[0]
    assert not _dated(journal, page)
    page, _ = _prepare("A title of a post\n3 May 2021\n" + PROSE, None)
    assert _dated(page.layout.lines[0], page)


#: pieces of datelines, labels, names, locators and prose, joined at random into lines
_DATELINE_BITS = st.sampled_from(
    [
        "3 May 2021",
        "May 3, 2021",
        "2021-05-03",
        "14.03.2022",
        "Published",
        "By Ana Ruiz",
        "at 9:15",
        "|",
        "Volume 12",
        "Pages 5-9",
        "in Owlton",
        "the ferry left",
        ".",
    ]
)
_DATELINE_LINES = st.lists(
    st.lists(_DATELINE_BITS | st.text(max_size=12), max_size=6).map(" ".join),
    min_size=1,
    max_size=8,
)


@settings(max_examples=80, deadline=None)
@given(_DATELINE_LINES)
def test_a_dateline_date_lies_inside_its_line(lines: list[str]) -> None:
    """Whatever the lines, a line's day date is one of the dates written on that line
    (nothing invented), and a dated heading has such a line below it."""
    from comet.page.headings import DATED_LINES
    from comet.page.issued import _first_dated_line, _lenient_find_dates
    from comet.page.line_dates import _day_date_in_line

    page, _ = _prepare("\n".join(lines), None)
    dated_lines = set()
    for line in page.layout.lines:
        found = _day_date_in_line(page, line)
        if found is not None:
            assert found.day is not None
            assert found in [d.value for d in _lenient_find_dates(line.text, page.rules)]
            assert page.text[line.start : line.end] == line.text
            dated_lines.add(line.index)
    for c in _first_dated_line(page):
        line = page.layout.line_at(c.span[0])
        assert line is not None and line.index in dated_lines
    for line in page.layout.lines:
        if _dated(line, page):
            below = range(line.index + 1, line.index + DATED_LINES + 1)
            assert any(
                d.value.month is not None and getattr(d.value, "day", None) is not None
                for k in below
                if k < len(page.layout.lines)
                for d in _lenient_find_dates(page.layout.lines[k].text, page.rules)
            )


#: words of a sentence that are no date words of any locale (``the``, ``on`` open a date)
_PROSE_WORDS = st.sampled_from(["next", "workshop", "is", "held", "our", "meeting", "starts"])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_PROSE_WORDS, max_size=4),
    st.sampled_from(["3 May 2021", "May 3, 2021", "14.03.2022", "12 May 2023"]),
    st.lists(_PROSE_WORDS, max_size=4),
)
def test_a_sentence_naming_a_day_is_no_dateline(
    before: list[str], date: str, after: list[str]
) -> None:
    """Three words or more about a date, ending in a full stop: a sentence, no dateline."""
    from comet.page.line_dates import _dateline

    if len(before) + len(after) < 3:
        before = ["our", "workshop", "starts", *before]
    sentence = " ".join(["Then", *before, date, *after]) + "."
    page, _ = _prepare(sentence, None)
    assert not _dateline(sentence, page)


@pytest.mark.parametrize(
    "line",
    [
        "March 14, 2022 at 9:15 am",
        "14.03.2022, 09:15 Uhr",
        "Publié le 14 mars 2022 à 09h15",
        "14 de marzo de 2022",
    ],
)
def test_a_dateline_with_its_time_is_no_locator_line(line: str) -> None:
    from comet.page.locator_lines import _locator_line

    page, _ = _prepare(f"A headline of an invented article\n{line}\n{PROSE}", None)
    assert not _locator_line(page.layout.lines[1], page)


def test_the_hour_mark_of_a_clock_time_is_locale_data() -> None:
    """``09h15`` is a time of day where a locale of the page writes hours with ``h``
    (``[date_words].clock_hour``); elsewhere the line's numbers are not all dates and times."""
    from comet.page.false_locators import _only_date_and_time

    line = "14 mars 2022 09h15"
    page, _ = _prepare(f"A headline\n{line}\n", "fr")
    assert _only_date_and_time(line, page)
    page, _ = _prepare(f"A headline\n{line}\n", "en")
    assert not _only_date_and_time(line, page)
    page, _ = _prepare("A headline\n14 mars 2022 10 hours\n", "fr")
    assert not _only_date_and_time("14 mars 2022 10 hours", page)


def test_a_volume_line_is_still_a_locator_line() -> None:
    from comet.page.locator_lines import _locator_line

    page, _ = _prepare("Invented Review of Lakes\nVolume 12, 3 May 2021, Pages 5-9\n", None)
    assert _locator_line(page.layout.lines[1], page)


_HEADLINE = "The quiet return of the river otters to the old mill stream"
#: pages with a byline after an author word (``{byline}``): under a title repeated beside
#: a button repeated more often, under a section name and a photo caption, plain
_BY_WORD_PAGES = {
    "repeated button": [
        "Nature Desk",
        _HEADLINE,
        *["Read Later", "Copied!", "Read Later", "Read Later"],
        "wildlife",
        _HEADLINE,
        "{byline}",
        "May 20, 2019",
        PROSE,
        "Read Later",
    ],
    "section name": [
        "The Harbour Courier",
        "Island ferries: the long winter is over\nHarbour Matters",
        "Photo: the new ferry at the pier",
        "{byline}",
        PROSE,
    ],
    "plain": [_HEADLINE, "{byline}", "3 May 2021", PROSE],
}


@pytest.mark.parametrize("shape", sorted(_BY_WORD_PAGES))
@pytest.mark.parametrize(
    ("by", "given"),
    # after an author word a given name that spells a function word ('Oli') is a name
    [("By", "Mirela"), ("Von", "Mirela"), ("Par", "Mirela"), ("Por", "Mirela"), ("By", "Oli")],
)
def test_a_byline_after_an_author_word_is_the_author(shape: str, by: str, given: str) -> None:
    byline = f"{by} {given} Tanskanen"
    page = "\n\n".join(line.replace("{byline}", byline) for line in _BY_WORD_PAGES[shape])
    rec = parse_record(page)
    assert [(p.given, p.family) for p in rec.authors] == [(given, "Tanskanen")]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("By Ana Ruiz December 28, 2016", [2016, 12, 28]),
        ("Home | Par Léa Roux | 30 septembre 2018", [2018, 9, 30]),
        ("Geschrieben von Jonas Feld am 25.08.2015 22:30 (1599 x gelesen)", [2015, 8, 25]),
        ("Dec. 13, 2016, 12:31 PM UTC / Last updated Dec. 14, 2016, 6:06 PM UTC", [2016, 12, 13]),
        ("Last updated Dec. 14, 2016 / first seen Dec. 13, 2016", [2016, 12, 13]),
        ("Published 3 May 2021.", [2021, 5, 3]),  # a dateline's full stop makes no sentence
    ],
)
def test_a_date_on_a_short_line_by_the_title(line: str, parts: list[int]) -> None:
    title = "Lanterns return to the old harbour for the winter festival"
    rec = parse_record(f"{title}\n{line}\n\n{PROSE}").to_csl()
    assert rec["issued"] == {"date-parts": [parts]}


@pytest.mark.parametrize(
    "line",
    [
        "Geschrieben von Jonas Feld am 25.08.2015 22:30",
        "Written by Jonas Feld on August 25, 2015",
        "Par Jonas Feld le 25 août 2015",
    ],
)
def test_a_byline_with_its_date_gives_the_name_and_the_date(line: str) -> None:
    title = "Lanterns return to the old harbour for the winter festival"
    rec = parse_record(f"{title}\n{line}\n\n{PROSE}")
    assert [(p.given, p.family) for p in rec.authors] == [("Jonas", "Feld")]
    assert rec.to_csl()["issued"] == {"date-parts": [[2015, 8, 25]]}


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200))
def test_dated_byline_reading_never_crashes(value: str) -> None:
    from comet.page.persons import _before_date

    page, _ = _prepare("A title\n" + value, None)
    out = _before_date(value, page)
    assert isinstance(out, str) and len(out) <= len(value)


@pytest.mark.parametrize(
    ("chrome", "csl_type"),
    [
        (["Advertisement", "Related Stories", "Newsletters"], "article-magazine"),
        (["Anzeige", "Mediadaten", "Mehr zum Thema"], "article-magazine"),
        (["Publicité", "Sur le même sujet", "Newsletters"], "article-magazine"),
        (["Publicidad", "Noticias relacionadas", "Lo más visto"], "article-magazine"),
        (["Hinterlasse einen Kommentar", "Ähnliche Beiträge"], "post-weblog"),
        (["Related Posts", "Older posts"], "post-weblog"),
    ],
)
def test_news_and_blog_chrome_names_the_kind(chrome: list[str], csl_type: str) -> None:
    title = "Lanterns return to the old harbour for the winter festival"
    page = "\n".join([title, "3 May 2021", "", PROSE, "", *chrome])
    assert parse_record(page).to_csl()["type"] == csl_type


def test_a_volume_in_a_post_does_not_make_it_a_journal_article() -> None:
    title = "What I learned from rereading an old lake survey"
    page = "\n".join(
        [
            title,
            "Posted on 3 May 2021",
            "",
            PROSE,
            "The survey appeared in Invented Lake Review, vol. 12, pp. 5-9 in 1987.",
            "",
            "Leave a Reply",
            "Related Posts",
        ]
    )
    assert parse_record(page).to_csl()["type"] == "post-weblog"


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Dec 19, 2016 at 2:19 pm ET • 5 min read", [2016, 12, 19]),
        ("Gespeichert von Mara am 7. Juli 2019 - 18:44", [2019, 7, 7]),
        ("Last updated November 29, 2016", None),
        ("Posted 3 hours ago", None),
    ],
)
def test_a_page_with_no_date_by_its_title_takes_its_first_dated_line(
    line: str, parts: list[int] | None
) -> None:
    page = "\n".join(
        [
            "The Harbour Courier",
            "",
            "Politics",
            "Sport",
            "",
            "Second ferry agreed",
            "",
            PROSE,
            "",
            PROSE,
            "",
            line,
            "",
            PROSE,
        ]
    )
    issued = parse_record(page).to_csl().get("issued")
    assert issued == ({"date-parts": [parts]} if parts else None)


def test_a_name_like_menu_entry_is_no_author() -> None:
    page = "\n".join(
        [
            "The Harbour Courier",
            "Science",
            "Weather",
            "Garden Life",
            "Travel",
            "Books",
            "",
            "Second ferry for the island crossing agreed after long winter",
            "",
            "3 May 2021",
            "",
            PROSE,
        ]
    )
    assert parse_record(page).authors == ()


def test_names_between_an_author_heading_and_interface_words_stay_authors() -> None:
    from comet.page.name_menus import _in_menu

    page, _ = _prepare("A title\nAuthors\nMirela Tanskanen\nEmail\nArticle\n" + PROSE, None)
    assert not _in_menu(page, 2)
    page, _ = _prepare("Science\nTravel\nGarden Life\nBooks\nSport\n" + PROSE, None)
    assert _in_menu(page, 2)
    text = "Research\nA title of a paper\nMirela Tanskanen\nReceived: 3 May 2021\nSummary\n"
    page, _ = _prepare(text + PROSE, None)
    assert not _in_menu(page, 2)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Mirela Tanskanen@mtanskanen", [("Mirela", "Tanskanen")]),
        ("By Mirela Tanskanen @mira_t", [("Mirela", "Tanskanen")]),
    ],
)
def test_a_social_handle_after_a_byline_name_is_dropped(
    line: str, names: list[tuple[str, str]]
) -> None:
    title = "Lanterns return to the old harbour for the winter festival"
    rec = parse_record(f"{title}\n{line}\n3 May 2021\n\n{PROSE}")
    assert [(p.given, p.family) for p in rec.authors] == names


@pytest.mark.parametrize("line", ["Watch Live", "Listen Live", "Vorheriger Artikel"])
def test_media_buttons_and_pagers_are_chrome(line: str) -> None:
    from comet import locales as _loc
    from comet.page.chrome import _is_chrome

    assert _is_chrome(line, tuple(_loc.resolve(None)))


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Watch Live", True),
        ("Listen Live", True),
        ("Normal view", True),
        ("Simple view", True),
        ("Live and Play in the Simple Watch", False),  # a title of those words alone
        ("Normal view Labeled view Simple view", True),  # beside another interface word
        ("Simple models of reed growth", False),
    ],
)
def test_risky_interface_words_count_only_on_a_short_line(line: str, chrome: bool) -> None:
    from comet import locales as _loc
    from comet.page.chrome import _is_chrome

    assert _is_chrome(line, tuple(_loc.resolve(None))) is chrome


def test_a_name_holding_a_risky_interface_word_is_a_name() -> None:
    from comet.page.bylines import _line_names

    page, _ = _prepare("x", None)
    got = _line_names("Ana Simple, Tom Watch", page)
    assert got is not None and [p.family for p in got] == ["Simple", "Watch"]
    assert _line_names("Watch Live", page) is None
    assert _line_names("WATCH LIVE", page) is None


def test_the_first_dated_line_refines_a_bare_year() -> None:
    page = "\n".join(
        [
            "The Harbour Courier",
            "",
            "Second ferry agreed",
            *[PROSE] * 9,
            "Friday 14 March 2022 · 9:15",
            "",
            PROSE,
            "",
            "Copyright: 2022 The Harbour Courier",
        ]
    )
    assert parse_record(page).to_csl()["issued"] == {"date-parts": [[2022, 3, 14]]}


@pytest.mark.parametrize(
    "sentence",
    [
        "The next workshop is on 12 May 2023 in Owlton.",
        "Die nächste Tagung findet am 3. Mai 2024 in Kesselbrück statt.",
    ],
)
def test_a_sentence_that_mentions_a_day_gives_no_issued(sentence: str) -> None:
    """A day named in prose under the title is no dateline: nothing is invented."""
    page = f"Otters of the lower marsh\n\n{sentence}\n\nMore about otters and their rivers.\n"
    assert parse_record(page).issued is None


# -- the headline over the article's body (issue 13, news-title) --------------------------

BODY = [
    PROSE,
    "",
    "Ticket prices stay the same for islanders, while visitors will pay a small surcharge in "
    "the summer months. The second boat is expected to carry two hundred passengers and "
    "twenty cars, and it will also take the school children to the mainland.",
    "",
    "The council will vote on the final budget in June, and the harbour master expects the "
    "first crossings of the new boat before the autumn storms begin along the coast.",
]


def _teasers(n: int) -> list[str]:
    """Teaser headlines of other invented articles, each in its own block."""
    topics = ["lighthouse", "orchard", "library", "bridge", "choir", "market", "harbour"]
    out = []
    for i in range(n):
        out += [f"Volunteers repaint the old {topics[i % len(topics)]} for its {i + 20}th year", ""]
    return out


def _signed_article(
    headline: str, above: list[str] | None = None, between: list[str] | None = None
) -> str:
    """An invented news page: masthead, ``above`` (teasers), the headline, its byline and
    dateline, ``between`` (a credit or a deck), then the article's body."""
    lines = ["The Harbour Courier", "", *(above or []), headline, "By Mara Quillfeather"]
    return "\n".join([*lines, "14 March 2022", *(between or []), "", *BODY])


def test_the_headline_over_the_body_beats_the_teasers_above() -> None:
    headline = "Island council agrees to a second ferry after a winter of delays"
    rec = parse_record(_signed_article(headline, above=_teasers(12)))
    assert rec.title == headline
    assert any("over the article's body" in d.message for d in rec.diagnostics)


@pytest.mark.parametrize(
    "dateline", ["Published 14 March 2022", "14.03.2022, 09:15 Uhr", "March 14, 2022 at 9:15 am"]
)
def test_the_headline_over_the_body_beats_a_teaser_with_its_own_byline(dateline: str) -> None:
    headline = "Second ferry for the island crossing agreed after long winter"
    text = "\n".join(
        [
            "The Harbour Courier",
            "",
            "Storm closes the coastal road for the second time this week",
            "By Ottilie Brandwater",
            "",
            "Politics",
            "Sport",
            "",
            headline,
            dateline,
            "",
            *BODY,
        ]
    )
    assert parse_record(text).title == headline


def test_a_standfirst_over_the_body_is_no_headline() -> None:
    headline = "Second ferry for the island crossing agreed"
    text = "\n".join(
        [
            "The Harbour Courier",
            "",
            headline,
            "The council says the boat will sail before the autumn storms.",
            "By Mara Quillfeather",
            "14 March 2022",
            "",
            *BODY,
        ]
    )
    page, _ = _prepare(text, None)
    from comet.page.headline import _headline_over_body

    assert _headline_over_body(page) == 1
    assert parse_record(text).title == headline


def test_an_unsigned_section_heading_over_prose_gains_nothing() -> None:
    from comet.page.headline import _headline_over_body

    text = "\n".join(["A study of harbour ferries", "", "Introduction", "", *BODY])
    page, _ = _prepare(text, None)
    assert _headline_over_body(page) is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_prose_runs_and_the_headline_never_crash(text: str) -> None:
    from comet.page.body import prose_runs
    from comet.page.headline import _headline_over_body

    page, _ = _prepare(text, None)
    runs = prose_runs(page)
    assert list(runs) == sorted(runs)
    assert all(0 <= r < len(page.layout.lines) for r in runs)
    found = _headline_over_body(page)
    assert found is None or 0 <= found < len(page.layout.lines)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to the Harbour Courier from 1 € a month",
        "Not a member yet? Become a member today",
        "Please enable JavaScript in your browser",
        "Skip to main content",
        "Jetzt abonnieren und weiterlesen",
        "Diese Website verwendet Cookies",
        "S'abonner au Courrier à partir de 1 €",
        "Suscríbete al Correo por 1 € al mes",
        "Assine já o Correio",
    ],
)
def test_a_call_to_action_is_an_interface_line(line: str) -> None:
    from comet import locales
    from comet.page.chrome import _call_to_action

    rules = locales.resolve(None)
    assert _call_to_action(line, rules)


@pytest.mark.parametrize(
    "line",
    [
        "Second ferry for the island crossing agreed after long winter",
        "Cookies and cream: the summer of the ice-cream vans",
        "Wie die Fähre zur Insel zurückkam",
        "Le retour du bac sur l'île",
    ],
)
def test_a_headline_is_no_call_to_action(line: str) -> None:
    from comet import locales
    from comet.page.chrome import _call_to_action

    assert not _call_to_action(line, locales.resolve(None))


@pytest.mark.parametrize(
    "offer",
    [
        "Subscribe to the Harbour Courier from 1 € a month",
        "Jetzt abonnieren und weiterlesen",
        "S'abonner au Courrier à partir de 1 €",
    ],
)
def test_an_offer_above_the_headline_is_not_the_title(offer: str) -> None:
    headline = "Second ferry for the island crossing agreed after long winter"
    text = "\n".join(["The Harbour Courier", "", offer, "", headline, "", *BODY])
    assert parse_record(text).title == headline


def test_a_share_bar_after_the_byline_holds_no_names() -> None:
    headline = "Second ferry for the island crossing agreed after long winter"
    text = "\n".join(
        [
            headline,
            "Maria Quillfeather & Tobias Harrowgate",
            "Share",
            "X LinkedIn Facebook Bluesky Threads Email Link",
            "",
            *BODY,
        ]
    )
    rec = parse_record(text)
    assert [p.family for p in rec.authors] == ["Quillfeather", "Harrowgate"]


@pytest.mark.parametrize(
    "between",
    [
        ["The boat sails in May."],
        ["Tobin Harrowgate/Coastline Images"],
        ["(Photo: Tobin Harrowgate)"],
        ["Image by Tobin Harrowgate"],
    ],
)
def test_a_credit_or_a_short_deck_over_the_body_is_read_past(between: list[str]) -> None:
    from comet.page.headline import _headline_over_body

    headline = "Second ferry for the island crossing agreed"
    page, _ = _prepare(_signed_article(headline, between=between), None)
    assert _headline_over_body(page) == 1


@pytest.mark.parametrize("intro", ["Our picks for the long weekend:", "Das sagen unsere Leser:"])
def test_a_line_ending_in_a_colon_is_no_title(intro: str) -> None:
    from comet.page.titles import _title_candidates

    headline = "Second ferry for the island crossing agreed after long winter"
    text = "\n".join(["The Harbour Courier", "", intro, "", headline, "", *BODY])
    page, value_lines = _prepare(text, None)
    assert all(not str(c.value).endswith(":") for c in _title_candidates(page, value_lines))
    assert parse_record(text).title == headline


@pytest.mark.parametrize(
    ("line", "menu", "menu_alone"),
    [
        # ten capitalised words: a menu only where three of them are menu lines too
        ("Politik Wirtschaft Kultur Sport Reisen Wissen Digital Auto Gesundheit Karriere", True, False),
        ("Blog Blog Team Team Kontakt Kontakt", True, True),  # every word twice: a menu anywhere
        ("Harbour Council Approves Second Ferry After Winter Of Delays", False, False),
        ("Island Ferry Operator Names Veteran Captain Tamsin Wolfe New Harbour Chief", False, False),
        ("Second ferry for the island crossing agreed after long winter", False, False),
    ],
)  # fmt: skip
def test_menu_entries_glued_into_one_line(line: str, menu: bool, menu_alone: bool) -> None:
    from comet.page.headline import _glued_menu

    page, _ = _prepare(
        "\n".join([line, "", "Politik", "Kultur", "Sport", "Harbour", "Ferry"]), None
    )
    assert _glued_menu(line, page) is menu
    alone, _ = _prepare(line, None)
    assert _glued_menu(line, alone) is menu_alone


def test_a_preposition_of_an_author_word_inside_a_headline_makes_no_credit() -> None:
    """``von``/``by`` inside a headline (not before a name) is no photo credit: the headline
    under a blog's name and tagline stays the title."""
    page = "\n".join(
        [
            "BLOG: Die Hafenchronik",
            "",
            "Notizen aus dem Hafen von Morgen",
            "",
            "Die Vermessung von “Ebbe” und Flut – neu gedacht",
            "",
            "8. April 2019|",
            "Von Jorinde Maalsen",
            "",
            *BODY,
        ]
    )
    rec = parse_record(page)
    assert rec.title is not None and rec.title.startswith("Die Vermessung von")


def test_a_title_closed_by_a_full_stop_under_its_dated_venue_line() -> None:
    """A journal record prints its venue line with the date, then the title with a full
    stop, then the authors: the title is no caption sentence read past."""
    page = "\n".join(
        [
            "Send to:",
            "Clipboard",
            "My Collections",
            "Harbour Eng Rev. 2016 Mar 12;56:120-131. doi: 10.5555/her.2016.03.010.",
            "",
            "Tidal stress and fatigue in old harbour cranes.",
            "",
            "Varga T, Nilsen A, Ortiz M.",
            "",
            "Author information",
            "",
            *BODY,
        ]
    )
    assert parse_record(page).title == "Tidal stress and fatigue in old harbour cranes."


def test_an_acronym_with_a_slash_in_a_headline_makes_no_credit() -> None:
    """``AC/DC …`` is a headline, not a ``Name/Agency`` photo credit read past."""
    from comet.page.headline import _headline_over_body

    page, _ = _prepare(_signed_article("AC/DC play the island harbour tonight", _teasers(12)), None)
    assert page.layout.lines[_headline_over_body(page) or 0].text.startswith("AC/DC")


def test_a_long_word_is_scanned_for_note_marks_in_linear_time() -> None:
    """Note markers are looked for at the start of words only: a 6,000-letter word gives
    no marked name (and no quadratic scan)."""
    from comet.page.name_checks import _marked_words

    assert _marked_words("Ana " + "Ruiz" * 1500) == frozenset()
    assert _marked_words("Moreau2,3, Okafor*, COVID19") == {"moreau", "okafor"}


@pytest.mark.parametrize(
    ("line", "footer"),
    [
        ("© 2024 Hafenblatt Verlag", True),
        ("Alle Rechte vorbehalten – Hafenblatt Verlag", True),
        ("Tous droits réservés, Les Cahiers du Port", True),
        ("Copyright 2019 The Harbour Courier", True),
        ("The copyrights of harbour songs, explained", False),
        ("Second ferry for the island crossing agreed", False),
    ],
)
def test_a_copyright_line_in_several_languages(line: str, footer: bool) -> None:
    """The copyright words are locale data (``[words].copyright_words``), whole words only."""
    from comet.page.headings import _copyright_line

    page, _ = _prepare(line, None)
    assert _copyright_line(line, page) is footer


# --- a kicker glued before the headline (issue 13) ------------------------------------------

KICKER_PAGE = """Fen Gazette
Home
News
Reeds Tonight Why the reeds of the northern fens bend in the wind
By Ida Moe
3 March 2021
The reeds of the northern fens bend in the wind because their stems are hollow and light, and the
wind there blows from the sea for most of the year.
Related
Why the reeds of the northern fens bend in the wind
"""


def test_a_kicker_is_cut_where_the_headline_stands_alone_elsewhere() -> None:
    rec = parse_record(KICKER_PAGE)
    assert rec.title == "Why the reeds of the northern fens bend in the wind"


def test_without_the_headline_alone_nothing_is_cut() -> None:
    page = KICKER_PAGE.replace("Related\nWhy the reeds of the northern fens bend in the wind\n", "")
    assert parse_record(page).title == (
        "Reeds Tonight Why the reeds of the northern fens bend in the wind"
    )


def test_a_title_before_its_colon_is_no_kicker() -> None:
    page = (
        "Stemwork: Counting hollow reeds in the northern fens\nIda Moe\n"
        "Counting hollow reeds in the northern fens by night\nAbstract\n"
        "We counted hollow reeds in the northern fens by night and compare the counts.\n"
    )
    rec = parse_record(page)
    assert (rec.title, rec.subtitle) == ("Stemwork", "Counting hollow reeds in the northern fens")


ROW_PAGE = (
    "Marsh Notes\n\nEssays\tWhy the reeds of the northern fens bend\t\n\n"
    "\tThe reeds bend because their stems are hollow and light.\t\n"
    "The reeds of the northern fens bend in the wind because their stems are hollow and light, "
    "and the wind there blows from the sea.\n"
)


def test_a_sections_cell_before_the_title_cell_is_cut() -> None:
    assert parse_record(ROW_PAGE).title == "Why the reeds of the northern fens bend"


def test_a_row_of_two_long_cells_stays_whole() -> None:
    page = ROW_PAGE.replace("Essays\t", "Essays on the reeds of the north\t")
    assert parse_record(page).title == (
        "Essays on the reeds of the north Why the reeds of the northern fens bend"
    )


def test_a_pagination_link_under_the_headline_is_no_subtitle() -> None:
    page = (
        "Fen Notes\nThis Stem is so Hollow!\nOlder Article\nBy Ida Moe\n3 March 2021\n"
        "The reeds of the northern fens bend in the wind because their stems are hollow and "
        "light, and the wind there blows from the sea for most of the year.\n"
    )
    rec = parse_record(page)
    assert (rec.title, rec.subtitle) == ("This Stem is so Hollow!", None)
