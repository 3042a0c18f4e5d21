"""The fast paths of the HTML reader give what the plain code they replace gives
(issue 17's speed work): each is checked against the slow form on generated input."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from comet.dates import PartialDate
from comet.html._dates import _LABEL_GAP, _MAX_LABELS, _online_dates, _online_labels
from comet.html._deps import lexbor
from comet.html._merge import _WORD, MAX_SCAN, Page, _shown_pattern, dates_in, key
from comet.html.byline_markup import _aside, _locate, body_start
from comet.html.coins_spans import COINS, coins_matches
from comet.html.decode import _utf8_errors, decode_bytes, decode_html
from comet.html.embedded import (
    _ITEMTYPE,
    _LDJSON,
    _META,
    _TIME_EL,
    Masks,
    _family,
    _masked_in_place,
    document_tags,
    jsonld_tags,
    meta_tags,
)
from comet.html.mapping import MEMO_LENGTH, PARSERS, _parsed
from comet.html.meta_attrs import attributes as meta_attributes
from comet.html.meta_attrs import general_attributes
from comet.html.microdata import has_itemtype
from comet.html.table import tag_table
from comet.html.visible import QUICK_SKIP, quick_text, visible_text
from comet.locales import resolve

MANY = settings(max_examples=400, deadline=None)

#: Pieces of an ``itemtype`` attribute, its near misses and the characters that match the
#: pattern's letters in any case (dotless i, long s).
_ITEMTYPE_PIECES = st.sampled_from([
    "itemtype", "ITEMTYPE", "ıtemtype", "itemtyPe", "item", "type", "=", " ", "\n", "\t",
    "\u2003", '"', "'", "http", "https", "httpſ", "HTTPS", "://schema.org/", "://SCHEMA.ORG/",
    "://schema.org", "://ſchema.org/", "schema.org/", "<div ", ">", "x", "é",
])  # fmt: skip


@MANY
@given(st.lists(_ITEMTYPE_PIECES, max_size=30).map("".join))
def test_has_itemtype_is_the_pattern_search(value: str) -> None:
    assert has_itemtype(value) == (_ITEMTYPE.search(value) is not None)


@MANY
@given(st.integers(0, 600), st.integers(0, 600), st.sampled_from([" ", "\n", " = ", "s"]))
def test_has_itemtype_far_from_its_url(before: int, after: int, fill: str) -> None:
    value = "itemtype" + " " * before + "=" + fill * after + '"https://schema.org/Article"'
    assert has_itemtype(value) == (_ITEMTYPE.search(value) is not None)


_PAGE_PIECES = st.sampled_from([
    "<meta name='citation_title' content='On Things'>", "<!--", "-->", "<script>",
    "</script>", "<SCRIPT>", "</SCRIPT >", "<time datetime='2020-01-02'>", "<title>A page</title>",
    '<meta property="og:title" content="Other">', "<p>", "x", "İ", " ",
])  # fmt: skip


@MANY
@given(st.lists(_PAGE_PIECES, max_size=25).map("".join))
def test_shared_masks_read_what_each_reader_finds_alone(page: str) -> None:
    prefixes = tag_table().prefixes
    masks = Masks(page)
    assert list(meta_tags(page, prefixes, masks)) == list(meta_tags(page, prefixes))
    assert document_tags(page, masks) == document_tags(page)


@MANY
@given(st.sampled_from(sorted(PARSERS)), st.text(max_size=40))
def test_a_remembered_typed_value_is_the_parsers(field: str, value: str) -> None:
    assert _parsed(field, value) == PARSERS[field](value)
    assert _parsed(field, value) == _parsed(field, value)


def test_a_long_value_is_parsed_not_remembered() -> None:
    value = "Jo Doe " * (MEMO_LENGTH // 7 + 1)
    assert _parsed("author", value) == PARSERS["author"](value)


@MANY
@given(st.text(max_size=60), st.integers(0, 60))
def test_a_short_key_is_the_key(text: str, repeat: int) -> None:
    longer = text * repeat
    assert key(text) == " ".join(_WORD.findall(text.casefold()))
    assert key(longer) == " ".join(_WORD.findall(longer.casefold()))


@MANY
@given(st.lists(st.sampled_from(["<p>", "<body>", "<BODY>", "Jo Doe", "Jo", " ", "x"]),
                max_size=20).map("".join),
       st.sampled_from(["Jo Doe", "Jo", "x", "Doe Jo"]), st.integers(0, 40))  # fmt: skip
def test_locate_with_the_body_given_is_locate(page: str, text: str, start: int) -> None:
    assert _locate(page, text, start, body_start(page)) == _locate(page, text, start)


@MANY
@given(st.text(max_size=60), st.binary(max_size=40))
def test_bytes_decode_as_before(text: str, data: bytes) -> None:
    page = text.replace("\ufeff", "").replace("<", "").encode("utf-8")
    assert decode_html(page) == (page.decode("utf-8"), ())
    if _utf8_errors(data, 2) > 0:  # not UTF-8: replaced characters or windows-1252
        _decoded, diags = decode_html(data)
        assert diags or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))


#: Characters of each kind the page key tells apart: letters (with case folding that
#: changes length, 'ß', 'İ'), digits of other scripts, a superscript (a word character but
#: no digit), the underscore, punctuation and spaces.
_KEY_TEXT = st.text(alphabet="aAbBß1İ2٣²_ -.,é\n\u00a0xX", max_size=40)


@MANY
@given(_KEY_TEXT, _KEY_TEXT)
def test_shows_is_the_key_search(page: str, value: str) -> None:
    k = key(value)
    want = bool(k) and f" {k} " in f" {key(page)} "
    assert Page(page).shows(value) == want
    built = Page(page)
    assert built.key == f" {key(page)} "
    assert built.shows(value) == want  # with the page's key made


@MANY
@given(st.lists(st.sampled_from(["ab", "AB", "12", "a1", "1a", " ", "-", "_", "ß", "ss", "²"]),
                max_size=12).map("".join),
       st.lists(st.sampled_from(["ab", "12", "ss", " ", "1a", "²"]), min_size=1,
                max_size=4).map("".join))  # fmt: skip
def test_shows_finds_runs_of_words(page: str, value: str) -> None:
    k = key(value)
    assert Page(page).shows(value) == (bool(k) and f" {k} " in f" {key(page)} ")


_CITED_WORDS = st.sampled_from(["ab", "AB", "12", "7", "ß", "ss", "a1", " ", " ", ", ", "(", ")"])


@MANY
@given(st.lists(_CITED_WORDS, max_size=30).map("".join),
       st.lists(_CITED_WORDS, min_size=1, max_size=4).map("".join),
       st.lists(st.sampled_from(["12", "7", "ab", "ss", "12 (7)", "", "a1", "e12", "ß"]),
                max_size=3),
       st.integers(0, 4))  # fmt: skip
def test_cited_without_the_page_key_is_cited_with_it(
    page: str, value: str, tokens: list[str], window: int
) -> None:
    built = Page(page)
    assert built.key  # the page's key made first: the key search
    assert Page(page).cited(value, tokens, window) == built.cited(value, tokens, window)
    assert built.cited(value, tokens, window) == _plain_cited(page, value, tokens, window)


def _plain_cited(page: str, text: str, tokens: list[str], window: int) -> bool:
    """:meth:`Page.cited` as first written: the page's key searched for the value's key,
    each place's next words compared with every token's key."""
    pk, k = f" {key(page)} ", key(text)
    want = {key(t) for t in tokens if t and key(t)}
    if not k or not want:
        return False
    needle, at = f" {k} ", 0
    for _ in range(50):
        at = pk.find(needle, at)
        if at < 0:
            return False
        if want & set(pk[at + len(needle) :].split(" ", window)[:window]):
            return True
        at += 1
    return False


_VISIBLE_PIECES = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<br>", "Doe &amp; Roe", "Doe & Roe", "Scholar", "x",
    "<script>Scholar</script>", "<!-- Scholar -->", "A&nbsp;B", "A\u00a0B", " ", "\n  ",
    "<td>", "<table>", "<span hidden>Scholar</span>", "&lt;5", "<5",
])  # fmt: skip


@MANY
@given(st.lists(_VISIBLE_PIECES, max_size=40).map("".join), st.integers(1, 64))
def test_misses_remembered_lay_out_the_plain_visible_text(page: str, window: int) -> None:
    import comet.html.visible as visible

    tree = lexbor()(page)
    old = visible.FIND_WINDOW
    try:
        visible.FIND_WINDOW = window  # a small window: texts missed, then looked for again
        fast = visible_text(tree, page)
        visible._Builder.remember_misses = False
        plain = visible_text(tree, page)
    finally:
        visible._Builder.remember_misses = True
        visible.FIND_WINDOW = old
    assert fast == plain
    assert fast.starts == plain.starts and fast.raw_starts == plain.raw_starts
    assert fast.verbatim == plain.verbatim


#: Pieces of a page around the openings the readers look for: their names in any case,
#: the letters that match theirs in a case-insensitive pattern (long s, dotted and
#: dotless i), a JSON-LD block, comments and scripts that hide tags.
_OPENING_PIECES = st.sampled_from([
    "<meta name='citation_title' content='On Things'>", "<META NAME=dc.title CONTENT=X>",
    "<meta property='og:title' content='Other'", "<meta", "<metadata>", "<!--", "-->",
    "<script>", "</script>", "<SCRIPT>", "<ſcript>", "<scrİpt>", "<scrıpt>", "</script >",
    '<script type="application/ld+json">', '{"@type": "ScholarlyArticle", "name": "On It"}',
    "<time datetime='2020-01-02'>", "<TIME datetime=\"2021-02-03\">", "<tıme datetime='2022-03-04'>",
    "<tİme datetime='2022-03-04'>", "<title>A page</title>", "<p>", "x", "İ", " ", ">", "<",
])  # fmt: skip


@MANY
@given(st.lists(_OPENING_PIECES, max_size=25).map("".join))
def test_readers_at_the_openings_find_what_the_page_searches_find(page: str) -> None:
    masks = Masks(page)
    for pattern, kind in ((_META, "meta"), (_TIME_EL, "time"), (_LDJSON, "script")):
        assert [m.span() for m in masks.matches(pattern, kind)] == [
            m.span() for m in pattern.finditer(page)
        ]
    assert Masks(page).spans() == _masked_in_place(page)  # the whole page searched
    assert jsonld_tags(page, [], Masks(page)) == jsonld_tags(page, [])


def _plain_abbreviation(page: Page, full: str) -> list[str]:
    """:meth:`Page.abbreviation` as it was first written (the lookbehind first: a search
    that tries every character of the page), with the name's leading article left out, a
    later word opening in lower case after no letter, and the head before a subtitle's
    colon tried too."""
    head, colon, _ = full.partition(": ")
    extra = _plain_one(page, head) if colon and len(_WORD.findall(head)) >= 2 else []
    return _plain_one(page, full) + extra


def _plain_one(page: Page, full: str) -> list[str]:
    import re

    words = [w for w in _WORD.findall(full) if not (w.islower() and len(w) <= 3)]
    if len(words) > 2 and words[0] == "The":
        words = words[1:]
    if not 1 < len(words) <= 8:
        return []
    later = [f"((?:{re.escape(w[0])}|(?<![^\\W\\d_]){re.escape(w[0].lower())})[^\\W\\d_]*\\.?)"
             for w in words[1:]]  # fmt: skip
    pattern = r"(?<!\w)" + r"\s*".join([f"({re.escape(words[0][0])}[^\\W\\d_]*\\.?)", *later])
    out = []
    for m in re.finditer(pattern, page.text[:MAX_SCAN]):
        tokens = [g.rstrip(".") for g in m.groups()]
        if all(
            w.casefold().startswith(t.casefold()) for t, w in zip(tokens, words, strict=True)
        ) and any(len(t) < len(w) for t, w in zip(tokens, words, strict=True)):
            out.append(m.group(0))
    return out


_JOURNAL_WORDS = st.sampled_from(["Organic", "Org.", "Org", "Biomolecular", "Biomol.", "Bio",
                                  "Chemistry", "Chem.", "Chem", "chem.", "and", "&", " ", "  ",
                                  "\n", "xOrg.", "1Org.", "_Org", "2", "ß", "Éc.", "École",
                                  "The", ":", ": "])  # fmt: skip


@MANY
@given(st.lists(_JOURNAL_WORDS, max_size=20).map("".join),
       st.lists(_JOURNAL_WORDS, min_size=1, max_size=6).map(" ".join))  # fmt: skip
def test_abbreviation_is_the_plain_search(text: str, full: str) -> None:
    page = Page(text)
    assert list(page.abbreviation(full)) == _plain_abbreviation(page, full)


@MANY
@given(st.text(max_size=60))
def test_utf8_bytes_parse_as_their_text(text: str) -> None:
    """Bytes that are the UTF-8 form of the decoded text are what the parser is given:
    the tree is the text's."""
    page = text.replace("\ufeff", "").encode("utf-8")
    decoded, _diags, as_utf8 = decode_bytes(page)
    if as_utf8:
        assert decoded.encode("utf-8") == page
        assert lexbor()(page).html == lexbor()(decoded).html


def test_a_page_with_a_dotted_capital_i_and_an_open_comment_is_read() -> None:
    """'İ' lower-cases to two characters: the comments and scripts are found in the page
    itself (a lower-cased copy gave shifted offsets, and looped forever here)."""
    from comet.html import parse_html

    page = ("<html><head><title>İzmir notes</title><script>var a = 1;</script>"
            '<meta name="citation_title" content="Notes from İzmir"></head>'
            "<body><p>İzmir</p><!-- an open comment <!-- <script>")  # fmt: skip
    masks = Masks(page)
    assert masks.spans() == [(page.index("<script>"), page.index("</script>") + 8),
                             (page.index("<!--"), len(page))]  # fmt: skip
    assert parse_html(page, read_text=False).title == "Notes from İzmir"


@MANY
@given(st.text(alphabet="citaon_dc.Og:prsmEP ", max_size=16))
def test_a_remembered_family_is_the_prefix_search(name: str) -> None:
    prefixes = tag_table().prefixes
    plain = next((f for p, f in prefixes.items() if name.startswith(p)), None)
    assert _family(name, prefixes) == plain
    assert _family(name, prefixes) == plain  # remembered


@MANY
@given(st.lists(st.sampled_from(["ab", "AB", "12", "a1", "1a", " ", "-", "_", "ß", "ss", "²", "٣"]),
                max_size=12).map("".join),
       st.lists(st.sampled_from(["ab", "12", "ss", " ", "1a", "²", "٣"]), min_size=1,
                max_size=4).map("".join))  # fmt: skip
def test_a_key_printed_as_it_is_is_what_the_pattern_finds(page: str, value: str) -> None:
    k = key(value)
    if k:
        found = _shown_pattern(k).search(page.casefold()) is not None
        assert not Page(page)._printed_as_key(k) or found
        assert Page(page).shows(value) == found


_QUICK_PIECES = st.sampled_from(["<svg>", "</svg>", "<script>s</script>", "<style>y</style>", "<p>",
                                 "</p>", "<noscript>", "</noscript>", "<math>", "</math>", "<div>",
                                 "</div>", "<iframe>i</iframe>", "<select><option>o", "</select>",
                                 "<textarea>t</textarea>", "<object>", "</object>", "<template>",
                                 "</template>", "word", " ", "<SVG>", "<br>"])  # fmt: skip


@MANY
@given(st.lists(_QUICK_PIECES, max_size=20).map("".join))
def test_quick_text_strips_what_strip_tags_strips(page: str) -> None:
    plain = lexbor()(page)
    plain.strip_tags(QUICK_SKIP)
    body = plain.body
    want = str(body.text(separator="\n", strip=True)) if body is not None else ""
    assert quick_text(lexbor()(page)) == want


_NODE_PIECES = st.sampled_from([
    "<h1>", "</h1>", "<h1 class='entry-date'>", "<span class='post-date'>", "</span>",
    "<time itemprop='datePublished' datetime='2021-04-05'>", "</time>", "<div id='Datum'>",
    "</div>", "<p class='published-on'>", "</p>", "<script class='date'>d</script>",
    "<svg class='update-date'>", "</svg>", "<style>s</style>", "<noscript>", "</noscript>",
    "<h2 class='updated'>", "</h2>", "Tide Tables of Wexmoor", "5 March 2021", "2020", " ",
    "<span class='dateline-x'>", "<li><h3>Other</h3><span class='date'>1 May 2020</span></li>",
])  # fmt: skip


@MANY
@given(st.lists(_NODE_PIECES, max_size=24).map("".join))
def test_one_walk_finds_what_each_query_finds(page: str) -> None:
    from comet.html.byline_markup import _date_selector, dateline_tags
    from comet.html.heading_markup import heading_tags
    from comet.html.page_nodes import page_nodes

    tree = lexbor()(page)
    nodes = page_nodes(tree)
    assert nodes is not None
    root = tree.root
    ids = lambda found: [n.mem_id for n in found]  # noqa: E731
    assert ids(nodes.headings) == ids(root.css("h1"))
    assert ids(nodes.skipped) == ids(tree.css(", ".join(QUICK_SKIP)))
    assert ids(nodes.dates) == ids(root.css(_date_selector()))
    assert dateline_tags(page, tree, nodes) == dateline_tags(page, tree)
    titles, sites = ["Tide Tables of Wexmoor"], ["Other"]
    assert heading_tags(page, tree, titles, sites, nodes) == heading_tags(page, tree, titles, sites)
    assert quick_text(tree, nodes.skipped) == quick_text(lexbor()(page))


_COINS_PIECES = st.sampled_from([
    "<span", "<SPAN", "<\u017fpan", " class", "class", "=", " = ", '"', "'", "Z3988", "z3988",
    "xZ3988", " Z3988 ", ">", "<", "</span>", ' title="ctx_ver=Z39.88-2004"', "x", " ", "\n",
    "<p>", "<span class=",
])  # fmt: skip


@MANY
@given(st.lists(_COINS_PIECES, max_size=30).map("".join))
def test_coins_matches_are_the_pattern_search(page: str) -> None:
    found = [m.span() for m in coins_matches(page)]
    assert found == [m.span() for m in COINS.finditer(page)]


_META_PIECES = st.sampled_from([
    " ", "  ", "\n", "\t", " name=", " property=", " content=", " NAME=", " value=", "name",
    "content", '"citation_title"', '"og:title"', '"On Things"', '""', "'x'", '"a"b"', "=",
    " /", "/", "x", '"', "'", " itemprop=", "é",
])  # fmt: skip


@MANY
@given(st.lists(_META_PIECES, max_size=12).map("".join))
def test_meta_attributes_are_the_general_readers(chunk: str) -> None:
    assert meta_attributes(chunk) == general_attributes(chunk)


@MANY
@given(st.sampled_from(["name", "property"]), st.text(max_size=12).filter(lambda t: '"' not in t),
       st.text(max_size=12).filter(lambda t: '"' not in t), st.booleans(),
       st.sampled_from([" ", "\n ", "  "]), st.sampled_from(["", " /", "/", " "]))  # fmt: skip
def test_meta_attributes_of_the_common_shape(
    attr: str, key: str, value: str, first: bool, space: str, end: str
) -> None:
    pair = [f'{attr}="{key}"', f'content="{value}"']
    chunk = space + space.join(pair if first else pair[::-1]) + end
    assert meta_attributes(chunk) == general_attributes(chunk)


def _online_dates_by_label(folded: str, labels: tuple[str, ...]) -> list[object]:
    """The label search of :func:`comet.html._dates._online_dates` as it was written
    before issue 17's sixth speed round: each label looked for in the whole text."""
    places: set[int] = set()
    for label in labels:
        if label[:4] not in folded:
            continue
        at = folded.find(label)
        while at >= 0 and len(places) < _MAX_LABELS:
            end = at + len(label)
            if (at == 0 or not folded[at - 1].isalpha()) and not folded[end : end + 1].isalnum():
                places.add(end)
            at = folded.find(label, end)
    out = []
    for end in sorted(places):
        found = next(iter(dates_in(folded[end : end + _LABEL_GAP + 20])), None)
        if found is not None and found.start <= _LABEL_GAP and isinstance(found.value, PartialDate) \
                and len(found.value.date_parts()) == 3:  # fmt: skip
            out.append(found.value)
    return out


_LABEL_PIECES = st.sampled_from([
    "published online", "published", "publishedpublished", "first published", "available online",
    " ", ": ", "x", "2", "é", "\n", "7 june 2013", "2013-06-07", "online", "publ", "pub",
])  # fmt: skip


@MANY
@given(st.lists(_LABEL_PIECES, max_size=60).map("".join))
def test_online_dates_are_the_label_by_label_search(folded: str) -> None:
    rules = resolve(None)
    m = SimpleNamespace(page=SimpleNamespace(folded=lambda: folded), rules=rules)
    assert _online_dates(m) == _online_dates_by_label(folded, _online_labels(rules))


_ASIDE_PAGE = """<html><body><nav><span class="date">1 May 2020</span></nav><article>
<h1>On moss</h1><p class="byline">Jo Doe <time class="date">2 May 2020</time></p>
<ul><li><h3>Other post</h3><span class="date">3 May 2020</span></li>
<li><h3>Third post</h3><span class="date">4 May 2020</span></li></ul>
<div id="comments"><div class="comment"><span class="date">5 May 2020</span></div>
<div class="comment"><span class="date">6 May 2020</span></div></div></article>
<footer><span class="date">7 May 2020</span></footer></body></html>"""


def test_remembered_asides_are_the_walks_up() -> None:
    tree = lexbor()(_ASIDE_PAGE)
    nots = tag_table().byline_aside
    memo: dict[int, bool] = {}
    nodes = tree.root.css("*")
    assert [_aside(n, nots, memo) for n in nodes] == [_aside(n, nots) for n in nodes]
    assert memo and any(_aside(n, nots) for n in nodes) and not all(_aside(n, nots) for n in nodes)
