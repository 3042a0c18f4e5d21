"""Where a page prints its container, and whether the reader makes it a candidate (issue 13,
session 16: the container family over every fresh set's work half). Every page is invented;
the shapes are those of many publisher, platform and news pages.
"""

from __future__ import annotations

import pytest

from comet import parse_record
from comet.page.container_lines import container_statements
from comet.page.parse import _prepare

ARTICLE = (
    "Reed beds as winter roosts of the bearded tit\n\n"
    "Ana Berg, Ola Brekke\n\n"
    "{statement}\n\n"
    "1 Introduction\n\n"
    "The bearded tit spends the winter in reed beds along the coast, where the birds feed on "
    "seeds and gather at dusk in roosts of a few dozen. We counted them at four sites.\n"
)


def _csl(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


@pytest.mark.parametrize(
    ("statement", "container"),
    [
        # a phrase naming a periodical: the name after it, no colon
        ("From the journal Fen Letters", "Fen Letters"),
        ("From the journal Marsh Ecology", "Marsh Ecology"),
        # a container phrase with a locator after the name: the name before the locator
        ("Published in Reed Studies 12(3): 45-67, 2019", "Reed Studies"),
        ("Erschienen in Jahrbuch der Moore 7 (2018), S. 11-29", "Jahrbuch der Moore"),
    ],
)
def test_a_container_statement_names_the_container(statement: str, container: str) -> None:
    assert _csl(ARTICLE.format(statement=statement)).get("container-title") == container


@pytest.mark.parametrize(
    "statement",
    [
        # a place and a publisher after the phrase: no container
        "Published in London by Fen Press",
        # a sentence that opens with the phrase
        "Published in 2019, the survey was repeated every winter since.",
        # a small letter after the phrase: prose
        "Part of the reed bed survey of the northern coast",
    ],
)
def test_no_container_statement(statement: str) -> None:
    text = ARTICLE.format(statement=statement)
    page, _ = _prepare(text, None)
    assert [c.value for c, backed in container_statements(page) if backed] == []
    assert _csl(text).get("container-title") is None


def test_an_unbacked_statement_is_a_masthead_at_most() -> None:
    """A phrase and a name with a journal word, nothing backing it (notes on a work's other
    versions open so too): no statement of weight; the masthead reader's weak candidate is
    the name without the phrase."""
    text = ARTICLE.format(statement="Published in Reed Review")
    page, _ = _prepare(text, None)
    assert [c.value for c, backed in container_statements(page) if backed] == []
    assert _csl(text).get("container-title") == "Reed Review"


def test_a_place_printed_again_is_no_statement() -> None:
    """``Published in Marshtown`` and the town again in an address: no journal word, no
    container."""
    text = ARTICLE.format(statement="Published in Marshtown") + (
        "\nContact: Fen Road 12, Marshtown\n"
    )
    assert _csl(text).get("container-title") is None


def test_a_statement_printed_again_is_kept() -> None:
    text = ARTICLE.format(statement="Published in Reed Quarterly Notes") + (
        "\nMore articles from Reed Quarterly Notes\n"
    )
    assert _csl(text).get("container-title") == "Reed Quarterly Notes"


def test_a_journal_label_names_its_value_without_backing() -> None:
    """``Журнал:`` names a journal (its label holds a journal word); a social handle after
    the name goes."""
    text = (
        "Болота северного побережья: опыт учёта\n"
        "Автор: Иванова Анна Петровна\n"
        "Журнал: Болотоведение: практика и анализ @bolota-ru\n"
        "Рубрика: Полевые работы\n"
        "В статье описан учёт птиц на болотах северного побережья за десять лет.\n"
    )
    assert _csl(text).get("container-title") == "Болотоведение: практика и анализ"


def test_a_menu_item_journal_is_no_label() -> None:
    """A bare ``Journal`` line over another is a menu's item (a magazine's section), not a
    label naming the journal."""
    text = (
        "Home\nNews\nJournal\nForum Ticker\nTopics:\n\n"
        "Harbour fees to rise next spring\n\n"
        "By Petra Solberg\n\nMarch 12, 2024\n\n"
        "The harbour board agreed on Tuesday to raise the fees for moorings by a tenth, "
        "the first rise in six years, to pay for the new breakwater.\n"
    )
    assert _csl(text).get("container-title") != "Forum Ticker"


def test_an_ambiguous_source_label_still_needs_backing() -> None:
    """``Source:`` on a news page names an agency: no journal word in the label, nothing on
    the page backs it."""
    text = (
        "Harbour fees to rise next spring\n\n"
        "Source: Fen Agency\n\n"
        "The harbour board agreed on Tuesday to raise the fees for moorings by a tenth, "
        "the first rise in six years, to pay for the new breakwater.\n"
    )
    assert _csl(text).get("container-title") is None


PROSE = (
    "The ferry to Holm Island stopped running in the winter, and the islanders have argued "
    "ever since about whether the council should buy a smaller boat for the few families "
    "who still live there all year.\n\n"
    "The old quay is now a meeting place for anglers, who fish for cod from its end on calm "
    "mornings and leave their buckets by the lamp post until the tide turns.\n\n"
    "An engineer's report last spring found the pier's timbers rotten below the water line, "
    "and the repairs would cost more than the island spends on its school.\n"
)


def _news(footer: str) -> str:
    return (
        "Home\nNews\nIslands\nTravel\n\n"
        "Will the Holm Island ferry sail again?\n\n"
        "By Petra Solberg\n\nMarch 12, 2024\n\n" + PROSE + "\nShare this story\n\n" + footer
    )


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        # a word that only qualifies a name ('National', 'World') is no company's
        ("© 2024 National Tides", "National Tides"),
        ("© 2024 Rest of Harbour World", "Rest of Harbour World"),
    ],
)
def test_a_modifier_word_keeps_a_site_name(footer: str, name: str) -> None:
    assert _csl(_news(footer)).get("container-title") == name


@pytest.mark.parametrize(
    "footer",
    [
        # an organisation's head word still makes the holder the site's owner
        "© 2024 National Harbour Association",
        "© 2024 World Ferry Bank",
        "© 2024 United Nations",
        # the qualifying words alone are no name
        "© 2024 National",
        "© 2024 The International",
    ],
)
def test_an_owner_is_still_no_site_name(footer: str) -> None:
    assert _csl(_news(footer)).get("container-title") is None


@pytest.mark.parametrize(
    ("top", "container"),
    [
        # a list's button or an e-paper's offer with a journal word: no masthead
        ("Alle Magazine im Browser lesen\n", None),
        ("Latest Magazine Issues View all\n", None),
        # a journal's name on a line of its own near the top still is one
        ("Fenland Marsh Review\n", "Fenland Marsh Review"),
    ],
)
def test_a_button_is_no_masthead(top: str, container: str | None) -> None:
    text = (
        top + "\nReed beds as winter roosts of the bearded tit\n\nAna Berg\n\n"
        "The bearded tit spends the winter in reed beds along the coast, where the birds "
        "feed on seeds and gather at dusk in roosts of a few dozen.\n"
    )
    assert _csl(text).get("container-title") == container


@pytest.mark.parametrize(
    "quote",
    [
        "we walked out to the reed beds at dawn and the water had frozen over in the night.",
        "We walked out to the reed beds at dawn and the water had frozen over.",
    ],
)
def test_a_quote_under_from_the_journal_line_is_no_container(quote: str) -> None:
    """A diary's heading ``From the journal`` over a sentence of prose: no name."""
    text = (
        "Winter notes\n\nBy Ana Berg\n\nFrom the journal\n"
        f"{quote}\n\n"
        "The bearded tit spends the winter in reed beds along the coast, where the birds feed "
        "on seeds and gather at dusk in roosts of a few dozen.\n"
    )
    assert _csl(text).get("container-title") is None


def test_a_name_under_from_the_edited_volume_line() -> None:
    """``From the Edited Volume`` over the book's name: the chapter's container."""
    text = (
        "Reed beds as winter roosts\n\nWritten By\n\nAna Berg\n\n"
        "From the Edited Volume\n\nWetland Birds - Advances in Field Ecology\n\n"
        "Edited by Ola Brekke\n\n"
        "The bearded tit spends the winter in reed beds along the coast, where the birds feed "
        "on seeds and gather at dusk in roosts of a few dozen.\n"
    )
    assert _csl(text).get("container-title") == "Wetland Birds - Advances in Field Ecology"


@pytest.mark.parametrize(
    ("statement", "container"),
    [
        ("Published in the journal Fen Quarterly Notes", "Fen Quarterly Notes"),
        ("Опубликовано в журнале Болотоведение", "Болотоведение"),
        ("Erschienen in der Zeitschrift Moorkunde und Torf", "Moorkunde und Torf"),
        ("Publicado en la revista Humedales Australes", "Humedales Australes"),
        ("Publié dans la revue Marais et Tourbières", "Marais et Tourbières"),
    ],
)
def test_a_statement_naming_a_journal_in_many_locales(statement: str, container: str) -> None:
    assert _csl(ARTICLE.format(statement=statement)).get("container-title") == container


def _doi_page(top: str, doi: str) -> str:
    return (
        f"[BACK]\n{top}\nDOI: {doi}\nArticle\n\n"
        "Reed beds as winter roosts of the bearded tit\n\n"
        "Ana Berg, Ola Brekke\n\n"
        "Abstract: The bearded tit spends the winter in reed beds along the coast, where the "
        "birds feed on seeds and gather at dusk in roosts of a few dozen.\n"
    )


def test_a_name_whose_initials_the_doi_spells() -> None:
    """``Wetlands, Reeds & Estuaries`` over ``10.5555/wre.2022.012345``: the journal."""
    text = _doi_page("Wetlands, Reeds & Estuaries", "10.5555/wre.2022.012345")
    assert _csl(text).get("container-title") == "Wetlands, Reeds & Estuaries"


@pytest.mark.parametrize(
    ("top", "doi"),
    [
        # the publisher, whose acronym the DOI spells too
        ("American Reed Society", "10.5555/ars.jmc.2022.1234"),
        # initials the DOI does not spell
        ("Wetlands, Reeds & Estuaries", "10.5555/jfe.2022.012345"),
        # two letters match too many DOIs' parts
        ("Reed Marsh", "10.5555/rm.2022.1"),
        # a repository or a preprint server is a platform, not a journal (s16 review #17)
        ("Fenland Digital Repository", "10.5555/fdr.2021.0042"),
        ("Repositorio Costero Abierto", "10.5555/rca.2020.117"),
    ],
)
def test_no_name_by_initials(top: str, doi: str) -> None:
    assert _csl(_doi_page(top, doi)).get("container-title") is None


@pytest.mark.parametrize("name", ["bioRxiv", "npj Clean Water"])
def test_a_small_letter_name_under_a_container_label(name: str) -> None:
    """A name that opens with a small letter under a container label is no prose."""
    text = (
        "Reed beds as winter roosts\n\nAna Berg\n\nPublished in:\n"
        f"{name}\n\nDOI: 10.5555/2024.01.12.575\n\n"
        "The bearded tit spends the winter in reed beds along the coast, where the birds feed "
        "on seeds and gather at dusk in roosts of a few dozen.\n"
    )
    assert _csl(text).get("container-title") == name


BLOG_POST = (
    "Ten winters of the harbour choir\n\n{category}\n\nPosted on 3 May 2022 by Lena Fisk\n\n"
    "The choir met for the first time in the old net loft ten winters ago, with six singers "
    "and a borrowed accordion. Today there are forty of us, and we sing at every wedding "
    "along the fjord.\n\nWe thank everyone who came to the anniversary concert.\n\n"
    "Tags: choir, music\n"
)


@pytest.mark.parametrize(
    "category",
    [
        # a blog's category line names a section of the site, not a periodical
        "Published in News",
        "Posted in Events",
        "Filed under: Recipes",
        "Veröffentlicht in Allgemein",
        "Publicado en Noticias",
        "Published in: News",
        # a section's name of desk and periodical words
        "Published in Local News",
    ],
)
def test_a_blog_category_is_no_container(category: str) -> None:
    assert _csl(BLOG_POST.format(category=category)).get("container-title") is None


def test_a_one_word_section_printed_again_is_no_statement() -> None:
    """``Published in News`` and a menu's ``News``: a one-word name is never backed by being
    printed again."""
    text = ARTICLE.format(statement="Published in News") + "\nNews\nEvents\n"
    page, _ = _prepare(text, None)
    assert [c.value for c, backed in container_statements(page) if backed] == []
    assert _csl(text).get("container-title") is None


@pytest.mark.parametrize(
    "top",
    [
        # a diary's or a blog's name after a journal word, over the post's title (s16 review #2)
        "Journal: Notes from a Kitchen Garden",
        "Reisejournal\nJournal: Mit dem Rad durch Jütland",
        # a value in small letters is no periodical's name
        "Журнал: заметки о походах",
    ],
)
def test_a_journal_label_over_a_post_names_no_journal(top: str) -> None:
    """A journal label that is not among a record's labelled fields, on a page with no
    volume, issue, pages, ISSN, DOI or locator, names the site, not a periodical."""
    text = (
        f"{top}\n"
        "Beans, finally\n"
        "Posted 9 July 2020 by Kim\n"
        "The runner beans climbed the poles this week, and we picked the first handful for "
        "supper with new potatoes and a little butter.\n"
        "Leave a comment\n"
    )
    assert _csl(text).get("container-title") is None


@pytest.mark.parametrize(
    "line",
    [
        # ordinary phrases of running text, no container labels (s16 review #20)
        "Parte de la Red de Huertos Escolares",
        "Forma parte de: Colección de Otoño",
    ],
)
def test_a_part_of_phrase_names_no_container(line: str) -> None:
    text = (
        "Nuevo taller de cerámica para niños\n"
        f"{line}\n"
        "Publicado el 4 de mayo de 2022\n"
        "Los sábados por la mañana, los niños del barrio aprenden a modelar cuencos y tazas "
        "con el barro del río.\n"
    )
    assert _csl(text).get("container-title") is None
