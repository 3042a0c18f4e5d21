"""``comet.parse_html``: the byline the markup marks (``rel="author"``, ``itemprop="author"``,
an ``author`` or ``byline`` class), read where the author tags are missing, rejected, the
site's own name, or names the page does not show (issue 17, found on a wide local set
of news and blog pages).

Every page here is hand-written (invented names, titles and sites)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_html
from comet.html import Reconciled
from comet.html.byline_markup import byline_tags, marker
from tests._html_build import meta, page

pytest.importorskip("selectolax")

from selectolax.lexbor import LexborHTMLParser


def names(rec: object) -> list[str]:
    return [f"{p.given} {p.family}" for p in rec.authors]  # type: ignore[attr-defined]


TITLE = "Night trains return to the valley line"
MENU = (
    "<nav><ul><li>Local News</li><li>Weather Desk</li><li>Valley Sports</li></ul></nav>"
    "<div><span>Morning Briefing</span> <span>Evening Digest</span></div>"
)
BODY_TEXT = (
    "<p>The regional operator confirmed on Monday that sleeper services will run again from "
    "May, after a pause of four years that residents along the line had protested.</p>"
)
SITE = meta("og:site_name", "The Valley Ledger", "property") + meta(
    "og:type", "article", "property"
)


def story(byline: str, extra: str = "") -> str:
    return f"{MENU}<article><h1>{TITLE}</h1>{byline}<time>12 April 2022</time>{BODY_TEXT}{extra}</article>"


def test_a_rel_author_link_is_the_byline_without_author_tags() -> None:
    html = page(SITE, story('<p>By <a href="/staff/ines" rel="author">Ines Marrow</a></p>'))
    assert names(parse_html(html)) == ["Ines Marrow"]


@pytest.mark.parametrize(
    "element",
    [
        '<span class="byline">by Ines Marrow</span>',
        '<div class="post-author"><span>Ines Marrow</span></div>',
        '<span class="byline__name">Ines Marrow</span>',
        '<span class="authorName">Ines Marrow</span>',
        '<span itemprop="author">Ines Marrow</span>',
        '<p class="entry-meta">von <span class="autor">Ines Marrow</span></p>',
    ],
)
def test_a_class_or_property_marks_the_byline(element: str) -> None:
    assert names(parse_html(page(SITE, story(element)))) == ["Ines Marrow"]


def test_an_author_tag_with_the_site_name_yields_to_the_marked_byline() -> None:
    head = SITE + meta("author", "The Valley Ledger")
    rec = parse_html(page(head, story('<span class="byline-name">Ines Marrow</span>')))
    assert names(rec) == ["Ines Marrow"]
    d = next(d for d in rec.diagnostics if isinstance(d, Reconciled) and d.field == "author")
    assert d.chosen == "tag" and "markup marks" in d.message
    assert d.tag_span is not None and html_at(rec, d.tag_span) == "Ines Marrow"
    assert d.tag_span[0] > rec.raw.find("<body")  # in the body, not in a head tag


def html_at(rec: object, span: tuple[int, int]) -> str:
    return str(rec.raw)[span[0] : span[1]]  # type: ignore[attr-defined]


def test_a_rejected_author_link_leaves_the_marked_byline() -> None:
    head = SITE + meta("article:author", "https://social.example/valleyledger", "property")
    rec = parse_html(page(head, story('<a class="author" href="/staff/ines">Ines Marrow</a>')))
    assert names(rec) == ["Ines Marrow"]


def test_an_author_tag_the_page_shows_is_kept() -> None:
    head = SITE + meta("author", "Ines Marrow")
    body = story('<span class="author">Ines Marrow</span>',
                 '<aside class="related"><a rel="author">Oskar Brenning</a></aside>')  # fmt: skip
    assert names(parse_html(page(head, body))) == ["Ines Marrow"]


def test_comment_authors_and_photo_credits_are_no_byline() -> None:
    comments = (
        '<section class="comments"><div class="comment"><span class="author">Luc Fenwright'
        "</span><p>Finally! I used to take this train every summer.</p></div></section>"
    )
    credit = '<figure><figcaption class="image-author">Photo: Oskar Brenning</figcaption></figure>'
    credit2 = '<span class="author">Photo: Oskar Brenning</span>'
    byline = '<p class="author">Ines Marrow</p>'
    html = page(SITE, story(credit + credit2 + byline, comments))
    values = [t.value for t in byline_tags(html, LexborHTMLParser(html))]
    assert values == ["Photo: Oskar Brenning", "Ines Marrow"]  # the comment's is not read
    assert names(parse_html(html)) == ["Ines Marrow"]  # a credit of another kind is no name


def test_author_links_of_related_posts_far_below_are_not_added() -> None:
    filler = "<p>" + "More about the timetable and the fares. " * 80 + "</p>"
    related = '<ul><li><a rel="author" href="/staff/oskar">Oskar Brenning</a></li></ul>'
    html = page(SITE, story('<a rel="author" href="/staff/ines">Ines Marrow</a>', filler + related))
    tree = LexborHTMLParser(html)
    assert [t.value for t in byline_tags(html, tree)] == ["Ines Marrow"]
    assert names(parse_html(html)) == ["Ines Marrow"]


def test_a_longer_printed_byline_holding_the_marked_name_is_kept() -> None:
    byline = (
        '<p>By Ada Quennell, Rui Taborda and <a rel="author" href="/staff/ines">Ines Marrow</a></p>'
    )
    assert names(parse_html(page(SITE, story(byline)))) == [
        "Ada Quennell",
        "Rui Taborda",
        "Ines Marrow",
    ]


def test_marker_words() -> None:
    tree = LexborHTMLParser(
        '<span class="comment-author">a</span><span class="author-bio">b</span>'
        '<span class="c-byline">c</span><span id="articleAuthor">d</span><span rel="author">e</span>'
    )
    assert [marker(n) for n in tree.css("span")] == [None, None, "class", "id", "rel"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(['<a rel="author">', '<span class="byline">', "</a>", "</span>",
                                 "<div class='comment'>", "</div>", "By ", "Ines Marrow", "2021",
                                 "Photo: ", " | ", "<script>x</script>", "&amp;"]),
                max_size=40))  # fmt: skip
def test_byline_tags_never_fail(parts: list[str]) -> None:
    html = page("", "".join(parts))
    tags = byline_tags(html, LexborHTMLParser(html))
    assert all(t.family == "byline" and t.value for t in tags)
    parse_html(html)


@pytest.mark.parametrize(
    ("value", "families"),
    [("Ines Marrow, Rui Taborda", ["Marrow", "Taborda"]), ("Marrow, Ines", ["Marrow"]),
     ("Knothe Vale, Ada L.", ["Knothe Vale"])],
)  # fmt: skip
def test_two_names_around_one_comma_are_a_list_not_one_inverted_name(
    value: str, families: list[str]
) -> None:
    from comet.html.mapping import PARSERS

    parsed = PARSERS["author"](value)
    people = parsed if isinstance(parsed, tuple) else (parsed,)
    assert [p.family for p in people] == families


def test_a_marked_byline_glued_to_the_words_around_it_is_read() -> None:
    byline = (
        '<p class="meta">By<a rel="author" href="/staff/ines">Ines Marrow</a>'
        "<span>March 12, 2022</span></p>"
    )
    assert names(parse_html(page(SITE, story(byline)))) == ["Ines Marrow"]


def test_a_byline_name_also_in_the_head_keeps_its_co_author() -> None:
    """Marked names are looked for in the body: a name the head's meta tags also hold is
    not placed there (which cut the byline after it)."""
    head = SITE + meta("parsely-author", "Ines Marrow")
    body = story(
        '<a rel="author" href="/a/im">Ines Marrow</a> and <a rel="author" href="/a/rt">Rui Taborda</a>'
    )
    assert names(parse_html(page(head, body))) == ["Ines Marrow", "Rui Taborda"]


def _two_part_family_page(tag_value: str) -> str:
    head = meta("citation_title", "Grazing lines on the outer flats") + meta(
        "citation_author", tag_value
    )
    body = (
        "<h1>Grazing lines on the outer flats</h1><p>Ada Knothe Vale</p>"
        "<pre>@article{vale2021,\n  author = {Knothe Vale, Ada},\n"
        "  title = {Grazing lines on the outer flats},\n  year = {2021}\n}</pre>"
    )
    return page(head, body)


def test_a_tag_written_family_name_first_keeps_its_family_name() -> None:
    # the tag states where the family name begins; the page's other form does not move it
    rec = parse_html(_two_part_family_page("Vale, Ada Knothe"))
    assert [(p.family, p.given) for p in rec.authors] == [("Vale", "Ada Knothe")]


def test_a_tag_written_given_names_first_takes_the_page_s_longer_family_name() -> None:
    # negative: a given-first tag only guesses the split; the page's family name stands
    rec = parse_html(_two_part_family_page("Ada Knothe Vale"))
    assert [(p.family, p.given) for p in rec.authors] == [("Knothe Vale", "Ada")]


def test_keywords_the_page_and_its_tags_both_give_are_listed_once() -> None:
    head = meta("citation_title", "Grazing lines on the outer flats") + meta(
        "citation_keywords", "Salt Marsh,Tidal Flats"
    )
    body = (
        "<h1>Grazing lines on the outer flats</h1><p>Ada Vale</p>"
        "<p>Keywords: Salt Marsh, Tidal Flats</p>"
    )
    rec = parse_html(page(head, body))
    assert [str(k) for k in rec.keywords] == ["Salt Marsh", "Tidal Flats"]


def test_different_keywords_of_the_page_and_its_tags_are_all_kept() -> None:
    # negative: only the same keyword is merged
    head = meta("citation_title", "Grazing lines on the outer flats") + meta(
        "citation_keywords", "Salt Marsh"
    )
    body = "<h1>Grazing lines on the outer flats</h1><p>Ada Vale</p><p>Keywords: Tidal Flats</p>"
    rec = parse_html(page(head, body))
    assert sorted(str(k) for k in rec.keywords) == ["Salt Marsh", "Tidal Flats"]


def _marked_byline_page(byline: str) -> str:
    head = meta("og:title", "Night trains return to the valley line", "property")
    body = (
        "<div class='menu'><a class='author'>Authors</a> <a href='/lib'>Librarians</a></div>"
        "<h1>Night trains return to the valley line</h1>"
        f"<h3 class='author'>{byline}</h3>"
        "<p>The regional operator confirmed on Monday that sleeper services will run again.</p>"
    )
    return page(head, body)


def test_superscript_marks_in_a_marked_byline_are_not_names() -> None:
    # affiliation marks after each name (a1, a2) and a note's mark (c1): not part of a name
    byline = ("Ines Marrow<sup>a1</sup>, Rui Taborda<sup>a2</sup> and "
              "Lea Fenwick<sup>a1</sup> <sup>c1</sup>")  # fmt: skip
    tags = byline_tags(_marked_byline_page(byline), LexborHTMLParser(_marked_byline_page(byline)))
    assert [t.value for t in tags] == ["Ines Marrow, Rui Taborda and Lea Fenwick"]
    rec = parse_html(_marked_byline_page(byline), read_text=False)
    assert [p.family for p in rec.authors] == ["Marrow", "Taborda", "Fenwick"]


def test_a_marked_authors_label_alone_is_no_byline() -> None:
    # negative: the menu's 'Authors' link is marked like a byline but names nobody
    html = _marked_byline_page("Ines Marrow")
    assert [t.value for t in byline_tags(html, LexborHTMLParser(html))] == ["Ines Marrow"]


def _byline_vs_tags(tag_names: list[str], byline: str) -> str:
    head = meta("citation_title", "Grazing lines on the outer flats") + "".join(
        meta("citation_author", n) for n in tag_names
    )
    body = (
        "<h1>Grazing lines on the outer flats</h1>"
        f"<p>{byline}</p><p>Abstract</p><p>We mapped the grazing lines of the outer flats.</p>"
    )
    return page(head, body)


def _pairs(rec: object) -> list[tuple[str | None, str | None]]:
    return [(p.family, p.given) for p in rec.authors]  # type: ignore[attr-defined]


def test_the_page_s_byline_order_wins_over_the_tags_order() -> None:
    # the tags list the same people alphabetically; the page prints the authors' order
    html = _byline_vs_tags(["Abbing, Rosa", "Marrow, Ines", "Taborda, Rui"],
                           "Ines Marrow, Rui Taborda and Rosa Abbing")  # fmt: skip
    rec = parse_html(html)
    assert _pairs(rec) == [("Marrow", "Ines"), ("Taborda", "Rui"), ("Abbing", "Rosa")]
    assert any(d.code == "reconciled" and "another order" in d.message for d in rec.diagnostics)


def test_a_byline_of_initials_gives_its_order_to_the_tags_full_names() -> None:
    html = _byline_vs_tags(["Marrow, Ines", "Taborda, Rui"], "Taborda R., Marrow I.")
    assert _pairs(parse_html(html)) == [("Taborda", "Rui"), ("Marrow", "Ines")]


def test_a_tag_without_a_comma_takes_the_page_s_split() -> None:
    # 'Marrow Ines' written family name first without a comma: the page prints Ines Marrow
    rec = parse_html(_byline_vs_tags(["Marrow Ines", "Taborda Rui"], "Ines Marrow and Rui Taborda"))
    assert _pairs(rec) == [("Marrow", "Ines"), ("Taborda", "Rui")]


@pytest.mark.parametrize(
    ("tags", "byline", "want"),
    [
        # a tag with a comma states its split and keeps it
        (["Ines, Marrow"], "Marrow Ines", [("Ines", "Marrow")]),
        # other people than the byline's: no reordering
        (["Abbing, Rosa", "Marrow, Ines"], "Lea Fenwick and Ines Marrow", None),
        # a byline of initials that do not match the tags' given names: other people
        (["Marrow, Ines", "Taborda, Rui"], "Taborda J., Marrow I.", None),
        # the same order: the tags' list as it is
        (["Marrow, Ines", "Taborda, Rui"], "Ines Marrow and Rui Taborda",
         [("Marrow", "Ines"), ("Taborda", "Rui")]),
    ],
)  # fmt: skip
def test_the_tags_order_and_split_stand_otherwise(
    tags: list[str], byline: str, want: list[tuple[str, str]] | None
) -> None:
    # negative: the rule does not fire (other people are left to the other rules)
    rec = parse_html(_byline_vs_tags(tags, byline))
    assert not any("another order" in d.message for d in rec.diagnostics)
    if want is not None:
        assert _pairs(rec) == want


def test_a_list_of_authors_marks_the_byline() -> None:
    # a publisher's author list (``authors-list``, ``c-article-author-list``) is the byline
    tree = LexborHTMLParser(
        '<ul class="c-article-author-list"><li>a</li></ul><div class="authors-list">b</div>'
        '<div class="author-names">c</div>'
    )
    assert [marker(n) for n in tree.css("ul, div")] == ["class", "class", "class"]
    body = f"<h1>{TITLE}</h1><div class='authors-list'>Ines Marrow, Tobias Quell</div>{BODY_TEXT}"
    assert names(parse_html(page(SITE, body))) == ["Ines Marrow", "Tobias Quell"]


def test_lists_that_are_no_byline_are_not_marked() -> None:
    # negative: a comment's author list, a list of author biographies, a playlist
    tree = LexborHTMLParser(
        '<div class="comment-author-list">a</div><div class="author-bio-list">b</div>'
        '<div class="playlist">c</div><div class="author-list-related">d</div>'
    )
    assert [marker(n) for n in tree.css("div")] == [None, None, None, None]


# --- a shop's markup writes its names family name first, without a comma ----------------


def _shop_page(marked: str, printed: str) -> str:
    head = "<title>Harbour Lights, 2: The Quiet Pier - Marrow Ines, Taborda Rui - Books</title>"
    body = (
        "<h1>Harbour Lights, 2: The Quiet Pier</h1>"
        f"<div class='byline'>{marked}</div><p>{printed}</p>"
        "<p>Publisher: Kvist Editions (3 Mar. 2019)</p><p>Paperback: 56 pages</p>"
        "<p>ISBN-13: 978-0-00-000000-2</p>"
    )
    return page(head, body)


MARKED = "<span class='author'>Marrow Ines</span> <span class='author'>Taborda Rui</span>"


def test_marked_names_written_family_name_first_are_the_texts_names() -> None:
    # the markup writes 'Marrow Ines' and 'Taborda Rui'; the page prints each name with its
    # role: the text reader's names (and roles) stand
    rec = parse_html(_shop_page(MARKED, "Ines Marrow (Author), Rui Taborda (Illustrator)"))
    assert [(p.family, p.given) for p in rec.authors] == [("Marrow", "Ines")]


def test_the_family_first_key_of_a_name() -> None:
    from comet.html._names import _family_first_key
    from comet.names import Person

    assert _family_first_key(Person(family="Marrow", given="Ines")) == "marrow ines"
    assert _family_first_key(Person(family="Berg", given="Ana", particle="van")) == "van berg ana"


def test_marked_names_of_other_people_than_the_texts_are_not_the_texts() -> None:
    # near miss: the page prints another writer: the marked names are not the text's
    # names in another order, so the rule does not keep the text's names on that ground
    from comet.html._merge import Page, _Merge
    from comet.html._names import _text_in_byline
    from comet.html.embedded import Tag
    from comet.html.mapping import TagValue
    from comet.names import Person
    from comet.page.model import Record

    tag = Tag("byline", "byline:author", "Marrow Ines", None)
    tags = [TagValue("byline", "Marrow Ines", tag, 1.0)]
    m = _Merge(Record(), tags, Page("Lea Fenwick (Author)"), lambda f: None, ())
    assert _text_in_byline(m, [Person(family="Marrow", given="Ines")])
    assert not _text_in_byline(m, [Person(family="Fenwick", given="Lea")])


@pytest.mark.parametrize(
    ("element", "want"),
    [
        # a name the template wrapped in its source: a browser shows the break as a space
        (
            '<span class="author">\n      Ines\n      Marrow</span> / <a>Ledger Books</a>',
            "Ines Marrow",
        ),
        ('<span class="author">Ines\n   Marrow</span>', "Ines Marrow"),
        # near misses: a job title, two words, a word in lower case, a date after the break
        ('<span class="author">Ines Marrow\n   Editor</span>', "Ines Marrow"),
        ('<span class="author">Ines Marrow\n   Valley Desk</span>', "Ines Marrow"),
        ('<span class="author">Ines Marrow\n   updated</span>', "Ines Marrow"),
        ('<span class="author">Ines Marrow\n   12 May 2021</span>', "Ines Marrow"),
    ],
)
def test_a_marked_name_wrapped_in_the_source_is_one_name(element: str, want: str) -> None:
    html = page(SITE, story(element))
    assert [t.value for t in byline_tags(html, LexborHTMLParser(html))] == [want]


def test_a_wrapped_marked_name_yields_to_the_text_s_longer_byline() -> None:
    head = SITE + meta("author", "Valley Ledger Shop | shop.valley.example")
    marked = (
        '<div class="product-author"><span class="author">Ines\n   Marrow</span> / Ledger</div>'
    )
    both = marked + "<p>Authors: Ines Marrow, Rui Taborda</p>"
    assert names(parse_html(page(head, story(both)))) == ["Ines Marrow", "Rui Taborda"]
    # near miss: the marked byline alone (no author tag), its one name
    assert names(parse_html(page(SITE, story(marked)))) == ["Ines Marrow"]
