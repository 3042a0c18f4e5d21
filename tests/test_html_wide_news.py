"""``comet.parse_html`` on the shapes of news, magazine and blog pages that recur across
sites (found on a wide local set of such pages, issue 17): author tags that repeat a name,
hold a profile link, a user name, a byline label or the site's own name; a schema.org
type that names a kind of web writing; titles with the site's name appended.

Every page here is hand-written (invented names, titles and sites)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_html
from comet.html import Reconciled
from comet.html.tag_persons import name_text

pytest.importorskip("selectolax")


def page(head: str = "", body: str = "", lang: str = "") -> str:
    at = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{at}><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def meta(name: str, content: str, attr: str = "name") -> str:
    return f'<meta {attr}="{name}" content="{content}">'


def jsonld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def families(rec: object) -> list[str]:
    return [p.family or p.literal or "" for p in rec.authors]  # type: ignore[attr-defined]


STORY = (
    "<header>The Harbour Courier</header><h1>Ferry timetable changes at the north pier</h1>"
    "<p>Priya Okonkwo-Lind</p><p>March 3, 2021</p>"
    "<p>The ferry company announced new departure times for the north pier on Tuesday, "
    "after a winter of delays that commuters had complained about for months.</p>"
)


# --- authors ---------------------------------------------------------------------------


def test_a_person_given_as_author_and_creator_is_one_author() -> None:
    work = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Ferry timetable changes at the north pier",
            "author": {"@type": "Person", "name": "Priya Okonkwo-Lind"},
            "creator": ["Priya Okonkwo-Lind"]}  # fmt: skip
    rec = parse_html(page(jsonld(work) + meta("author", "Priya Okonkwo-Lind"), STORY))
    assert families(rec) == ["Okonkwo-Lind"]


def test_a_repeated_author_tag_and_a_longer_creator_list_give_each_name_once() -> None:
    work = {"@type": "Article", "headline": "Ferry timetable changes at the north pier",
            "author": ["Priya Okonkwo-Lind"],
            "creator": ["Priya Okonkwo-Lind", "Tomas Vireo"]}  # fmt: skip
    body = STORY.replace("<p>Priya Okonkwo-Lind</p>", "<p>Priya Okonkwo-Lind and Tomas Vireo</p>")
    rec = parse_html(page(jsonld(work), body))
    assert families(rec) == ["Okonkwo-Lind", "Vireo"]


@pytest.mark.parametrize(
    "value",
    ["https://courier.example/profile/priya-okonkwo-lind", "/authors/priya-okonkwo-lind",
     "priya.okonkwo", "pokonkwo_2", "priya-okonkwo", "harbourcourier.example"],
)  # fmt: skip
def test_a_link_a_user_name_or_a_host_name_is_no_author(value: str) -> None:
    assert name_text(value) is None
    rec = parse_html(page(meta("article:author", value, "property")
                          + meta("og:title", "Ferry timetable changes at the north pier",
                                 "property"), STORY))  # fmt: skip
    assert value not in [p.literal for p in rec.authors]
    assert all("." not in (p.family or "") for p in rec.authors)
    rejected = [d for d in rec.diagnostics if d.code == "tag-rejected"]
    assert rejected and rejected[0].severity.name == "INFO"


def test_links_and_handles_beside_a_name_are_dropped() -> None:
    assert name_text("Priya Okonkwo-Lind @pokonkwo") == "Priya Okonkwo-Lind"
    assert name_text("Priya Okonkwo-Lind - https://priya.example") == "Priya Okonkwo-Lind"
    assert name_text("Lind, P. J.") == "Lind, P. J."


def test_a_byline_label_in_an_author_tag_is_not_a_given_name() -> None:
    body = STORY.replace("<p>Priya Okonkwo-Lind</p>", "<p>Von Priya Okonkwo-Lind</p>")
    rec = parse_html(page(meta("author", "Von Priya Okonkwo-Lind"), body))
    assert [(p.given, p.family) for p in rec.authors] == [("Priya", "Okonkwo-Lind")]


def test_an_inverted_name_with_a_particle_keeps_it() -> None:
    rec = parse_html(page(meta("citation_author", "Von Hallwyl, Greta")
                          + meta("citation_title", "Ferry timetable changes at the north pier"),
                          STORY + "<p>Greta von Hallwyl</p>"))  # fmt: skip
    assert rec.authors and rec.authors[0].given == "Greta"


def test_the_sites_name_as_author_gives_way_to_the_pages_byline() -> None:
    head = (meta("author", "Harbour Courier") + meta("og:site_name", "Harbour Courier", "property")
            + meta("og:title", "Ferry timetable changes at the north pier", "property"))  # fmt: skip
    body = STORY.replace("<p>Priya Okonkwo-Lind</p>", "<p>By Priya Okonkwo-Lind</p>")
    rec = parse_html(page(head, body.replace("The Harbour Courier", "Harbour Courier")))
    assert families(rec) == ["Okonkwo-Lind"]
    why = [d for d in rec.diagnostics if isinstance(d, Reconciled) and d.field == "author"]
    assert why and why[0].chosen == "text" and "site" in why[0].message


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_name_text_never_crashes_and_never_grows(value: str) -> None:
    out = name_text(value)
    assert out is None or (out and len(out) <= len(value))


# --- type ------------------------------------------------------------------------------


def test_a_news_article_type_beats_the_text_readers_guess_of_another_web_kind() -> None:
    work = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Ferry timetable changes at the north pier",
            "isPartOf": {"@type": "WebSite", "name": "The Harbour Courier"},
            "author": {"@type": "Person", "name": "Priya Okonkwo-Lind"},
            "datePublished": "2021-03-03"}  # fmt: skip
    body = "<nav>Home</nav><p>Posted in: Blog</p>" + STORY
    assert parse_html(page("", body)).csl_type == "post-weblog"  # the text reader's guess
    rec = parse_html(page(jsonld(work) + meta("og:type", "article", "property"), body))
    assert rec.csl_type == "article-newspaper"
    why = [d for d in rec.diagnostics if isinstance(d, Reconciled) and d.field == "type"]
    assert why and why[0].chosen == "tag"


def test_a_journal_volume_keeps_a_news_typed_item_a_journal_article() -> None:
    head = (jsonld({"@type": "NewsArticle", "headline": "Ferry timetable changes at the north pier"})
            + meta("citation_journal_title", "Harbour Studies") + meta("citation_volume", "12")
            + meta("citation_title", "Ferry timetable changes at the north pier"))  # fmt: skip
    rec = parse_html(page(head, STORY + "<p>Harbour Studies 12 (2021)</p>"))
    assert rec.csl_type == "article-journal"


# --- title -----------------------------------------------------------------------------


def test_a_title_led_by_the_sites_name_is_read_without_it() -> None:
    head = (meta("og:title", "HCR - Ferry timetable changes at the north pier", "property")
            + meta("og:site_name", "www.hcr.example", "property"))  # fmt: skip
    rec = parse_html(page(head, STORY.replace("The Harbour Courier", "HCR")))
    assert rec.title == "Ferry timetable changes at the north pier"
    assert any(d.code == "title-site-name" for d in rec.diagnostics)


def test_another_title_tag_marks_where_the_title_ends() -> None:
    head = (jsonld({"@type": "BlogPosting",
                    "headline": "Ferry timetable changes at the north pier - Priya Okonkwo-Lind - Notes"})
            + meta("og:title", "Ferry timetable changes at the north pier", "property"))  # fmt: skip
    rec = parse_html(page(head, STORY))
    assert rec.title == "Ferry timetable changes at the north pier"


def test_a_guillemet_separates_an_appended_site_name() -> None:
    head = meta("og:title", "Ferry timetable changes at the north pier › Harbour Notes", "property")
    for read_text in (True, False):  # without the text reader the tag alone decides
        rec = parse_html(page(head, STORY), read_text=read_text)
        assert rec.title == "Ferry timetable changes at the north pier"


def test_character_references_left_in_json_ld_are_resolved() -> None:
    work = {"@type": "NewsArticle",
            "headline": "Ferry timetable changes &#8211; the north pier waits",
            "author": {"@type": "Person", "name": "Ren&eacute;e Okafor"}}  # fmt: skip
    body = STORY.replace("Ferry timetable changes at the north pier",
                         "Ferry timetable changes – the north pier waits")  # fmt: skip
    body = body.replace("Priya Okonkwo-Lind", "Renée Okafor")
    rec = parse_html(page(jsonld(work), body))
    assert rec.title == "Ferry timetable changes – the north pier waits"
    assert [p.given for p in rec.authors] == ["Renée"]


# --- language --------------------------------------------------------------------------


def test_the_html_lang_attribute_fills_in_a_language_the_text_does_not_give() -> None:
    rec = parse_html(page(meta("og:title", "Ferry timetable changes at the north pier",
                               "property"), "<h1>Ferry timetable changes at the north pier</h1>",
                          lang="en-GB"))  # fmt: skip
    assert rec.language is not None and str(rec.language).startswith("en")
    spans = rec.spans.get("language")
    assert spans is not None and rec.raw[spans[0] : spans[1]] == "en-GB"


def test_a_language_tag_outweighs_the_html_lang_attribute() -> None:
    head = meta("citation_language", "fr") + meta("citation_title", "Les horaires du bac")
    rec = parse_html(page(head, "<h1>Les horaires du bac</h1>", lang="en"))
    assert str(rec.language) == "fr"


def test_a_posts_json_ld_byline_is_not_extended_with_the_texts_further_names() -> None:
    work = {"@type": "BlogPosting", "headline": "Ferry timetable changes at the north pier",
            "author": {"@type": "Person", "name": "Priya Okonkwo-Lind"}}  # fmt: skip
    body = STORY.replace("<p>Priya Okonkwo-Lind</p>",
                         "<p>By Priya Okonkwo-Lind and Harbour Desk</p>")  # fmt: skip
    rec = parse_html(page(jsonld(work), body))
    assert families(rec) == ["Okonkwo-Lind"]


def test_a_scholarly_author_list_cut_short_is_completed_from_the_text() -> None:
    head = (meta("citation_title", "Ferry timetable changes at the north pier")
            + meta("citation_author", "Okonkwo-Lind, Priya"))  # fmt: skip
    body = STORY.replace("<p>Priya Okonkwo-Lind</p>",
                         "<p>Priya Okonkwo-Lind, Tomas Vireo and Ana Belmonte</p>")  # fmt: skip
    rec = parse_html(page(head, body))
    assert families(rec) == ["Okonkwo-Lind", "Vireo", "Belmonte"]


def test_the_sites_name_beside_the_writer_in_the_tags_is_left_out() -> None:
    work = {"@type": "NewsArticle", "headline": "Ferry timetable changes at the north pier",
            "author": [{"@type": "Person", "name": "Priya Okonkwo-Lind"}],
            "creator": ["Harbour Courier"]}  # fmt: skip
    head = jsonld(work) + meta("og:site_name", "Harbour Courier", "property")
    rec = parse_html(page(head, STORY.replace("The Harbour Courier", "Ferries today")))
    assert families(rec) == ["Okonkwo-Lind"]
    assert any(d.code == "tag-site-author" for d in rec.diagnostics)


# --- scholarly tags of the same shapes --------------------------------------------------


def test_markup_inside_a_title_tag_is_read_as_the_text_the_page_shows() -> None:
    head = meta(
        "citation_title",
        "Growth of &lt;i&gt;Quercus vellana&lt;/i&gt; under CO&lt;sub&gt;2&lt;/sub&gt; enrichment",
    )
    body = ("<h1>Growth of <i>Quercus vellana</i> under CO<sub>2</sub> enrichment</h1>"
            "<p>Ines Maragall</p><p>Forest Letters 4 (2020)</p>")  # fmt: skip
    for read_text in (True, False):  # without the text reader the tag alone decides
        rec = parse_html(page(head, body), read_text=read_text)
        assert rec.title == "Growth of Quercus vellana under CO2 enrichment"


@pytest.mark.parametrize(("value", "csl"), [("phdthesis", "thesis"), ("mastersthesis", "thesis"),
                                            ("techreport", "report")])  # fmt: skip
def test_bibtex_entry_types_in_type_tags_are_read(value: str, csl: str) -> None:
    head = meta("DC.type", value) + meta("citation_title", "Colourings of sparse graphs")
    rec = parse_html(page(head, "<h1>Colourings of sparse graphs</h1><p>Ines Maragall</p>"))
    assert rec.csl_type == csl


def test_a_journal_tag_with_a_volume_overrules_a_text_guess_of_a_book() -> None:
    head = (meta("citation_title", "Colourings of sparse graphs")
            + meta("citation_journal_title", "Graph Letters") + meta("citation_volume", "9")
            + meta("citation_isbn", "978-3-16-148410-0"))  # fmt: skip
    body = ("<h1>Colourings of sparse graphs</h1><p>Ines Maragall</p>"
            "<p>ISBN 978-3-16-148410-0</p><p>Graph Letters 9 (2019)</p>")  # fmt: skip
    rec = parse_html(page(head, body))
    assert rec.csl_type == "article-journal"


def test_a_personal_site_naming_its_owner_as_publisher_keeps_the_owner_as_author() -> None:
    work = {"@type": "BlogPosting", "headline": "Ferry timetable changes at the north pier",
            "author": {"@type": "Person", "name": "Priya Okonkwo-Lind"},
            "publisher": {"@type": "Person", "name": "Priya Okonkwo-Lind"}}  # fmt: skip
    body = STORY.replace("<p>Priya Okonkwo-Lind</p>", "<p>Priya Okonkwo-Lind and Tomas Vireo</p>")
    rec = parse_html(page(jsonld(work), body))
    assert families(rec)[:1] == ["Okonkwo-Lind"]


_WORDS = st.sampled_from(["Ferry", "pier", "Harbour Courier", "By", "Von", "|", " - ", "›", ":",
                          "@jo", "https://x.example/a", "jo.doe", "&#8211;", "<i>", "</i>",
                          "&amp;", "Priya Okonkwo-Lind", ",", "HCR", "www.hcr.example"])  # fmt: skip
_VALUES = st.lists(st.one_of(_WORDS, st.text(max_size=8)), max_size=8).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(_VALUES, _VALUES, _VALUES, _VALUES)
def test_title_author_and_site_rules_never_crash(title: str, author: str, site: str,
                                                 body: str) -> None:  # fmt: skip
    work = {"@type": "NewsArticle", "headline": title, "author": [author, {"name": site}],
            "creator": author, "publisher": {"name": site}}  # fmt: skip
    head = (jsonld(work) + meta("og:title", title.replace('"', ""), "property")
            + meta("og:site_name", site.replace('"', ""), "property")
            + meta("author", author.replace('"', "")))  # fmt: skip
    rec = parse_html(page(head, f"<h1>{title}</h1><p>{author}</p><p>{body}</p>"), references=False)
    assert isinstance(rec.raw, str)
    assert rec.title is None or rec.title.strip()


@pytest.mark.parametrize(
    "value", ["Dr.med. Ines Maragall", "Prof.dr.ir. Jan de Vries", "J.Smith", "Ines Maragall"]
)
def test_glued_titles_and_initials_are_no_host_or_user_name(value: str) -> None:
    assert name_text(value) == value


def test_a_place_in_the_publishers_name_is_not_cut_from_a_title() -> None:
    title = "Lyon : histoire d'une ville ouvrière"
    head = meta("citation_title", title) + meta("citation_publisher", "Presses de Lyon Sud")
    rec = parse_html(page(head, f"<h1>{title}</h1><p>Ines Maragall</p>"), read_text=False)
    assert rec.title is not None and rec.title.startswith("Lyon")
    assert not any(d.code == "title-site-name" for d in rec.diagnostics)


def test_the_lang_attribute_is_read_not_a_data_attribute_ending_in_lang() -> None:
    html = page(meta("citation_title", "Les horaires du bac"), "<h1>Les horaires du bac</h1>")
    html = html.replace("<html>", '<html data-lang="xx" lang="fr">')
    assert str(parse_html(html).language) == "fr"
