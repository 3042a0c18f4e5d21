"""Embedded metadata in the shapes of many platforms (``tests/data/html_written``): a floor
on the written pages, examples of each general rule, and never-crash properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comet import ParseError, parse_html
from comet.html.mapping import type_words
from tests.pages.gold import compare, load_html_written

pytest.importorskip("selectolax")

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _page(head: str, body: str) -> str:
    return f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def _meta(name: str, content: str, attr: str = "name") -> str:
    return f'<meta {attr}="{name}" content="{content}">'


# --- the written pages -----------------------------------------------------------------


def test_written_pages_floor() -> None:
    ok = n = 0
    misses = []
    for g in load_html_written():
        rec = parse_html(g["path"].read_bytes(), references=False)
        problems = compare(g["gold"], rec.to_csl(), rec)
        n += len(g["gold"])
        ok += len(g["gold"]) - len(problems)
        misses += [f"{g['file']}: {p}" for p in problems]
    assert n >= 100
    assert ok / n >= 0.97, misses


def test_written_pages_are_many_platforms() -> None:
    golds = load_html_written()
    assert len(golds) >= 15
    assert len({g["gold"]["type"] for g in golds}) >= 7


# --- type words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("BlogPosting", "Blog Posting"),
        ("http://schema.org/NewsArticle", "News Article"),
        ("info:eu-repo/semantics/doctoralThesis", "doctoral Thesis"),
        ("book_section", "book section"),
        ("Technical Report", "Technical Report"),
        ("", ""),
    ],
)
def test_type_words(value: str, words: str) -> None:
    assert type_words(value) == words


@pytest.mark.parametrize(
    ("tag", "csl"),
    [
        (_meta("DC.type", "Thesis"), "thesis"),
        (_meta("DCTERMS.type", "Technical Report"), "report"),
        (_meta("eprints.type", "book_section"), "chapter"),
        (_meta("DC.type", "info:eu-repo/semantics/doctoralThesis"), "thesis"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Owls '
         'return"}</script>', "article-newspaper"),
        ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Owls '
         'return"}</script>', "post-weblog"),
    ],
)  # fmt: skip
def test_type_tags(tag: str, csl: str) -> None:
    html = _page(tag, "<h1>Owls return</h1><p>Ann Lee</p>")
    assert parse_html(html).csl_type == csl


def test_schema_article_is_no_journal_article() -> None:
    """WordPress calls every post an ``Article``: no type of its own; with og:type article,
    a site name and a blog's phrases the page is a blog post."""
    head = (
        '<script type="application/ld+json">{"@type": "Article", "headline": "Owls return"}'
        "</script>" + _meta("og:type", "article", "property")
        + _meta("og:site_name", "Owl Notes", "property")
    )  # fmt: skip
    body = "<p>Owl Notes</p><h1>Owls return</h1><p>Posted by Ann Lee</p><p>Leave a Reply</p>"
    rec = parse_html(_page(head, body))
    assert rec.csl_type == "post-weblog"
    assert rec.container_title == "Owl Notes"


def test_news_container_is_the_site() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Owls '
        'return to the valley", "author": [{"@type": "Person", "name": "Ann Lee"}]}</script>'
        + _meta("og:site_name", "The Valley Courier", "property")
    )
    body = (
        "<p>The Valley Courier</p><h1>Owls return to the valley</h1><p>By Ann Lee</p>"
        "<p>Mon 3 May 2021</p>"
    )
    rec = parse_html(_page(head, body))
    assert rec.csl_type == "article-newspaper"
    assert rec.container_title == "The Valley Courier"


# --- names ---------------------------------------------------------------------------------


def test_initials_tags_take_the_pages_given_names() -> None:
    head = (
        _meta("citation_title", "Counting owls")
        + _meta("citation_author", "Lee, A. M.")
        + _meta("citation_author", "Ortiz, B.")
    )
    body = "<h1>Counting owls</h1><p>Ann M. Lee and Bruno Ortiz</p>"
    rec = parse_html(_page(head, body))
    assert [(p.family, p.given) for p in rec.authors] == [("Lee", "Ann M."), ("Ortiz", "Bruno")]


def test_truncated_author_tags_yield_to_the_page() -> None:
    head = _meta("citation_title", "Counting owls") + "".join(
        _meta("citation_author", n) for n in ("Lee, Ann", "Ortiz, Bruno")
    )
    body = "<h1>Counting owls</h1><p>Ann Lee, Bruno Ortiz, Chen Wei</p>"
    rec = parse_html(_page(head, body))
    assert [p.family for p in rec.authors] == ["Lee", "Ortiz", "Wei"]
    assert any(d.code == "reconciled" and "cut short" in d.message for d in rec.diagnostics)


def test_microdata_person_with_given_and_family_names() -> None:
    body = (
        '<article itemscope itemtype="https://schema.org/ScholarlyArticle">'
        '<h1 itemprop="headline">Counting owls</h1><p><span itemprop="author" itemscope '
        'itemtype="https://schema.org/Person"><span itemprop="givenName">Ann</span> '
        '<span itemprop="familyName">Lee</span></span></p></article>'
    )
    rec = parse_html(_page("", body), read_text=False)
    assert [(p.family, p.given) for p in rec.authors] == [("Lee", "Ann")]


def test_og_tags_and_typeless_values() -> None:
    head = (
        _meta("article:tag", "owls", "property")
        + _meta("article:tag", "night birds", "property")
        + _meta("article:author", "https://social.example.com/ann", "property")
    )
    rec = parse_html(_page(head, "<h1>Counting owls</h1>"), read_text=False)
    assert {str(k) for k in rec.keywords} >= {"owls", "night birds"}
    assert not rec.authors  # a profile URL is no name


def test_jsonld_author_by_reference() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "BlogPosting", "headline": '
        '"Counting owls", "author": {"@id": "#p1"}}, {"@type": "Person", "@id": "#p1", '
        '"name": "Ann Lee"}]}</script>'
    )
    rec = parse_html(_page(head, "<h1>Counting owls</h1>"), read_text=False)
    assert [p.family for p in rec.authors] == ["Lee"]


def _issue_in_volume(periodical: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "ScholarlyArticle", "headline": '
        '"Counting owls", "isPartOf": {"@type": "PublicationIssue", "issueNumber": "2", '
        '"isPartOf": {"@type": "PublicationVolume", "volumeNumber": "14", "isPartOf": '
        f'{{"@type": "Periodical"{periodical}}}}}}}}}</script>'
    )


def test_jsonld_periodical_of_an_issue_in_a_volume() -> None:
    head = _issue_in_volume(', "name": "Owl Letters", "issn": "1234-5679"')
    body = "<h1>Counting owls</h1><p>Owl Letters, Vol. 14, No. 2</p>"
    rec = parse_html(_page(head, body), read_text=False)
    assert rec.container_title == "Owl Letters" and [str(i) for i in rec.issns] == ["1234-5679"]
    assert (rec.volume, rec.issue) == ("14", "2")


def test_jsonld_periodical_without_a_name_gives_no_container() -> None:
    # negative: nothing names the periodical: no container is invented
    rec = parse_html(_page(_issue_in_volume(""), "<h1>Counting owls</h1>"), read_text=False)
    assert rec.container_title is None


def test_jsonld_report_number() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Report", "name": "Counting owls", '
        '"reportNumber": "OWL-TR-7"}</script>'
    )
    rec = parse_html(_page(head, "<h1>Counting owls</h1><p>Report OWL-TR-7</p>"), read_text=False)
    assert rec.number == "OWL-TR-7" and rec.csl_type == "report"


def test_jsonld_without_a_report_number_gives_none() -> None:
    # negative: an identifier that is not a report number is not one
    head = (
        '<script type="application/ld+json">{"@type": "Report", "name": "Counting owls", '
        '"identifier": "owl-7"}</script>'
    )
    rec = parse_html(_page(head, "<h1>Counting owls</h1>"), read_text=False)
    assert rec.number is None


@pytest.mark.parametrize(
    ("journal", "csl"),
    [
        ("Proceedings of the Example Conference on Owls", "paper-conference"),
        ("Proceedings of the Example Academy of Sciences", "article-journal"),
    ],
)
def test_journal_tag_naming_proceedings(journal: str, csl: str) -> None:
    head = (
        _meta("citation_title", "Counting owls")
        + _meta("citation_journal_title", journal)
        + _meta("citation_volume", "12")
    )
    rec = parse_html(_page(head, f"<h1>Counting owls</h1><p>{journal}, vol. 12</p>"))
    assert rec.csl_type == csl


@pytest.mark.parametrize(("first", "number"), [("034402", "034402"), ("106987", "106987"),
                                               ("215", None)])  # fmt: skip
def test_first_page_that_is_an_article_number(first: str, number: str | None) -> None:
    head = (
        _meta("citation_title", "Counting owls")
        + _meta("citation_journal_title", "Owl Letters")
        + _meta("citation_volume", "12")
        + _meta("citation_firstpage", first)
    )
    rec = parse_html(_page(head, "<h1>Counting owls</h1>"), read_text=False)
    assert rec.number == number
    assert (rec.pages is None) == (number is not None)


def test_preprint_without_journal_tags() -> None:
    head = _meta("citation_title", "Counting owls") + _meta("citation_author", "Lee, Ann")
    body = (
        "<h1>Counting owls</h1><p>Ann Lee</p><p>This is a preprint; it was not peer reviewed.</p>"
    )
    assert parse_html(_page(head, body)).csl_type == "article"


def test_magazine_phrases() -> None:
    head = (
        _meta("og:type", "article", "property")
        + _meta("og:site_name", "Owl Monthly", "property")
        + _meta("og:title", "Counting owls", "property")
    )
    body = "<p>Owl Monthly</p><h1>Counting owls</h1><p>Subscribe to our newsletter</p>"
    rec = parse_html(_page(head, body))
    assert rec.csl_type == "article-magazine"
    assert rec.container_title == "Owl Monthly"


# --- never a crash ---------------------------------------------------------------------------

_NAMES = st.sampled_from([
    "citation_author", "citation_authors", "DC.type", "DCTERMS.type", "og:type", "eprints.type",
    "citation_firstpage", "citation_article_number", "og:site_name", "article:tag",
    "citation_article_type", "DC.creator", "citation_journal_title", "citation_volume",
])  # fmt: skip
_VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "Article",
            "BlogPosting",
            "e123",
            "Lee, A.",
            "A. B. C.",
            ",,;",
            "info:x/",
            "http://schema.org/",
            "_",
            "Posted",
            "::",
            "CamelCaseCamel",
        ]
    ),
)


@FAST
@given(st.text(max_size=80))
def test_type_words_never_crashes(value: str) -> None:
    assert isinstance(type_words(value), str)


@FAST
@given(
    st.lists(st.tuples(_NAMES, _VALUES), max_size=12),
    st.lists(st.one_of(_VALUES, st.sampled_from(["Posted by", "Leave a Reply", "Preprint"])),
             max_size=8),
)  # fmt: skip
def test_tag_soup_never_crashes(tags: list[tuple[str, str]], body: list[str]) -> None:
    import html as html_mod

    head = "".join(_meta(n, html_mod.escape(v, quote=True)) for n, v in tags)
    page = _page(head, "".join(f"<p>{html_mod.escape(b)}</p>" for b in body))
    for read_text in (True, False):
        try:
            rec = parse_html(page, references=False, read_text=read_text)
        except ParseError as err:
            assert err.code == "too-long"
            continue
        assert isinstance(rec.raw, str)
