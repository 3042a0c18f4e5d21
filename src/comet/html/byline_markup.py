"""Bylines the markup marks: the names in elements a page's HTML labels as its author.

News sites and blogs rarely carry a scholarly author tag, and their ``author`` tags often
hold a profile link or the site's name; but their templates mark the byline itself: a
link of type ``rel="author"`` (the HTML link type), an ``itemprop="author"`` element
(schema.org microdata outside an item), or an element whose class or id names it an
author's or a byline's (``class="author"``, ``byline__name``, ``authorName``).  The
marker words are data (``[bylines]`` of ``tags.toml``).

Each marked element's text, cut before a date or a separator, is a :class:`Tag` of the
``byline`` family (``byline:author``), in page order: the first marked element with text,
and the ones that follow it closely (a byline of several writers), not the author links
of a list of related posts further down.  Nothing is read as names here: that is
:mod:`comet.html.mapping` and the reconciliation.

The same templates mark the date of publication (``entry-date``, ``datePublished``):
:func:`dateline_tags` reads the first such date after the headline (a ``byline:date`` tag,
as weak as a ``<time>`` element).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from comet.html._type_labels import _CAMEL
from comet.html.embedded import Tag
from comet.html.table import tag_table

__all__ = ["byline_tags", "dateline_tags"]

#: Elements looked at (a hostile page may mark thousands).
MAX_MARKED = 200
#: Longest text of a marked element read (characters, before the cut).
MAX_TEXT = 160
#: How far after the previous one a further byline element may start (characters of HTML).
NEAR = 2_000
#: Ancestors looked at for a comment section or a page's navigation around a marked element.
MAX_UP = 8
#: Items of a list looked at for a second teaser (a hostile page may list thousands).
MAX_SIBLINGS = 40

_SPLIT = re.compile(r"[-_\s]+")
#: Where a byline's names end: a digit (a date), a separator, a line of other text.
_CUT = re.compile(r"\d|[|•·/\u2022\u00b7\n]|\s[-–—]\s|\s{3,}")
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "meta", "link", "img",
                        "head", "title", "svg"})  # fmt: skip


@functools.cache
def _selector() -> str:
    """The CSS selector of the elements that may be marked (class and id words matched in
    any case; :func:`marker` then checks them as words)."""
    table = tag_table()
    parts = [f'[rel~="{r}"]' for r in sorted(table.byline_rel)]
    parts += [f'[itemprop~="{p}"]' for p in sorted(table.byline_itemprop)]
    words = sorted(table.byline_words)
    words = [w for w in words if not any(o != w and o in w for o in words)]  # 'authors'
    parts += [f'[{a}*="{w}" i]' for a in ("class", "id") for w in words]
    return ", ".join(parts)


@functools.lru_cache(maxsize=4096)
def _words(token: str) -> tuple[str, ...]:
    return tuple(w for w in _SPLIT.split(_CAMEL.sub(" ", token).lower()) if w)


def marker(node: Any) -> str | None:
    """What marks ``node`` as a byline (``rel``, ``itemprop``, ``class``, ``id``), if anything."""
    table = tag_table()
    attributes = node.attributes
    rel = (attributes.get("rel") or "").lower().split()
    if any(r in table.byline_rel for r in rel):
        return "rel"
    props = (attributes.get("itemprop") or "").lower().split()
    if "itemscope" not in attributes and any(p in table.byline_itemprop for p in props):
        return "itemprop"
    for attr in ("class", "id"):
        for token in (attributes.get(attr) or "").split()[:12]:
            words = _words(token)
            if _byline_words(words, table.byline_words, table.byline_not, table.byline_tails):
                return attr
    return None


def _byline_words(
    words: tuple[str, ...], marks: frozenset[str], nots: frozenset[str],
    tails: frozenset[str] = frozenset({"name"}),
) -> bool:  # fmt: skip
    """A class token that names a byline: its last word a marker word (``author``,
    ``byline``), or a tail word after one (``author-name``, ``authors-list``: the
    ``[bylines] tails``); no word of a comment, a biography or a picture
    (``comment-author``, ``author-bio``)."""
    if not words or any(w in nots for w in words):
        return False
    if words[-1] in marks:
        return True
    return len(words) >= 2 and words[-1] in tails and words[-2] in marks


#: Headings of another post: a list item that holds one is a teaser of that post.
_TEASER_HEADINGS = "h2, h3, h4, h5, h6"


def _teaser(item: Any) -> bool:
    """Whether a list item is one of a list of posts: it holds a heading, and so does
    another item of its list (a post's own page in a list item of one is no teaser)."""
    if item.css_first(_TEASER_HEADINGS) is None:
        return False
    parent = item.parent
    if parent is None:
        return False
    others = 0
    for sibling in itertools.islice(parent.iter(), MAX_SIBLINGS):
        if sibling.tag == "li" and sibling.css_first(_TEASER_HEADINGS) is not None:
            others += 1
            if others >= 2:
                return True
    return False


def _aside(node: Any, nots: frozenset[str], memo: dict[int, bool] | None = None) -> bool:
    """Whether ``node`` sits in a comment section, a navigation bar, a footer, or a list
    item of a list of posts (a teaser of another post: its title and its byline);
    ``memo``: what the caller found of the ancestors it looked at before (the marked
    elements of a comment section share theirs), by ``mem_id``."""
    up = node.parent
    for _ in range(MAX_UP):
        if up is None or up.tag in ("body", "html", None):
            return False
        known = None if memo is None else memo.get(up.mem_id)
        if known is None:
            known = _marks_aside(up, nots)
            if memo is not None:
                memo[up.mem_id] = known
        if known:
            return True
        up = up.parent
    return False


def _marks_aside(up: Any, nots: frozenset[str]) -> bool:
    """Whether the element ``up`` is a navigation bar, a footer, a teaser's list item or
    one whose class or id names a comment section (:func:`_aside`)."""
    if up.tag in ("nav", "footer"):
        return True
    if up.tag == "li" and _teaser(up):
        return True
    attributes = up.attributes
    for token in f"{attributes.get('class') or ''} {attributes.get('id') or ''}".split()[:16]:
        if any(w in nots for w in _words(token)):
            return True
    return False


def _text(node: Any) -> str:
    attributes = node.attributes
    content = attributes.get("content")
    if content:
        text = str(content)
    elif node.css_first("sup") is not None:
        text = _text_without_marks(node)
    else:
        text = str(node.text(separator=" ", strip=True) or "")
    if len(text) > MAX_TEXT or _label_only(text):
        return ""
    m = _CUT.search(text)
    if m is not None and (whole := _wrapped(text, m)) is not None:
        return whole
    return (text[: m.start()] if m else text).strip(" ,;:-–—")


#: One word, capitalised or not (:func:`_wrapped` checks the capital).
_ONE_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def _wrapped(text: str, cut: re.Match[str]) -> str | None:
    """A marked name a template wrapped in its HTML source, put back on one line
    (``Ines Alba⏎        Marrow / Ledger Books`` → ``Ines Alba Marrow``), or
    ``None``: a browser shows a line break of the source as a space (HTML collapses white
    space), so where the byline's first cut is such a break and one capitalised word
    follows it up to the next cut (a separator, a digit, the end), that word is the
    name's (its family name).  A job title (the locales' ``[words] byline_roles``:
    ``Jo Vale⏎ Editor``) or more than one word stays cut off, as the break cuts it."""
    if "\n" not in cut.group() or not cut.group().isspace():
        return None
    rest = text[cut.end() :].lstrip()
    after = _CUT.search(rest)
    tail = (rest[: after.start()] if after else rest).strip(" ,;:-–—")
    if not _ONE_WORD.fullmatch(tail) or not tail[0].isupper():
        return None
    from comet.locales import fold, resolve
    from comet.page.byline_roles import _role_starts

    if fold(tail) in _role_starts(resolve(None)):
        return None
    return f"{text[: cut.start()].strip(' ,;:-–—')} {tail}"


#: Most nodes of a marked element walked for its text without superscripts.
_MAX_NODES = 400


def _text_without_marks(node: Any) -> str:
    """A marked element's text without its superscripts (``Jo Doe<sup>a1</sup>``: the
    marks that tie a name to an affiliation or a note, which would be read as part of
    the name or, as digits, cut the byline short)."""
    parts: list[str] = []
    stack = [node.child]
    walked = 0
    while stack and walked < _MAX_NODES:
        cur = stack.pop()
        if cur is None:
            continue
        walked += 1
        stack.append(cur.next)
        if cur.tag == "-text":
            parts.append(cur.text_content or "")
        elif cur.tag not in ("sup", *_SKIP_TAGS):
            stack.append(cur.child)
    return _BEFORE_COMMA.sub(r"\1", " ".join(" ".join(parts).split()))


_BEFORE_COMMA = re.compile(r"\s+([,;])")


@functools.cache
def _author_labels() -> frozenset[str]:
    """The locales' labels of the authors (``Authors``, ``Autoren``), casefolded."""
    from comet.locales import casefolded_terms, resolve

    return frozenset(
        t.rstrip(":").strip() for t in casefolded_terms("labels", resolve(None), "author")
    )


def _label_only(text: str) -> bool:
    """Whether a marked element's text is the authors' label alone (a menu's ``Authors``
    link, a heading over the byline), no names."""
    return text.strip().rstrip(":").strip().casefold() in _author_labels()


_LONG_WORD = re.compile(r"\w{3,}")
_DIGIT = re.compile(r"\d")


def body_start(raw: str) -> int:
    """Where the HTML's ``<body`` opens (``0`` without one): marked texts are looked for
    from there, never in the ``<title>``, meta tags or JSON-LD of the head."""
    at = raw.find("<body")
    return at if at >= 0 else max(raw.find("<BODY"), 0)


def _locate(
    raw: str, text: str, start: int, body: int | None = None
) -> tuple[int, tuple[int, int] | None]:
    """Where ``text`` is in the HTML from ``start`` on (at least from the body's start:
    :func:`body_start`, or ``body`` when the caller has it): verbatim (its span), else
    where its longest word is (an element whose text is split by markup), else ``-1``."""
    start = max(start, body_start(raw) if body is None else body)
    found = raw.find(text, start)
    if found >= 0:
        return found, (found, found + len(text))
    words = _LONG_WORD.findall(text)
    if not words:
        return -1, None
    word = max(words, key=len)
    found = raw.find(word, start)
    return found, ((found, found + len(word)) if found >= 0 else None)


def byline_tags(raw: str, tree: Any) -> list[Tag]:
    """The texts of the elements the markup marks as the page's byline (``byline:author``
    tags of the ``byline`` family): the first such element with text and those that
    follow it within :data:`NEAR` characters of HTML."""
    table = tag_table()
    if not table.byline_words:
        return []
    out: list[Tag] = []
    seen: set[str] = set()
    at = last = -1
    root = tree.root
    if root is None:
        return []
    looked = 0
    asides: dict[int, bool] = {}
    body = body_start(raw)
    for node in root.css(_selector()):
        if node.tag in _SKIP_TAGS and not (node.tag == "meta" and node.attributes.get("content")):
            continue
        how = marker(node)
        if how is None:
            continue
        looked += 1
        if looked > MAX_MARKED:
            break
        text = _text(node)
        if (
            not text
            or not any(c.isalpha() for c in text)
            or _aside(node, table.byline_aside, asides)
        ):
            continue
        found, span = _locate(raw, text, max(at, 0), body)
        where = found if found >= 0 else at
        if last >= 0 and where - last > NEAR:
            break
        at = last = max(where, last)
        if text.casefold() in seen:
            continue
        seen.add(text.casefold())
        out.append(Tag("byline", "byline:author", text, span))
    return out


def _date_token(words: tuple[str, ...], marks: frozenset[str], nots: frozenset[str]) -> bool:
    """A class, id or property token that names a date of publication (``entry-date``,
    ``datePublished``, ``pubdate``), not of an update or of a comment."""
    return bool(words) and words[-1] in marks and not any(w in nots for w in words)


@functools.cache
def _date_selector() -> str:
    """The CSS selector of the elements that may mark a date: a class, id or ``itemprop``
    holding one of the table's ``date_words`` in any case (the words are then checked as
    words by :func:`date_marker`)."""
    words = sorted(tag_table().date_words)
    # a word holding another adds nothing to a substring match ('pubdate' holds 'date')
    words = [w for w in words if not any(o != w and o in w for o in words)]
    return ", ".join(f'[{a}*="{w}" i]' for a in ("class", "id", "itemprop") for w in words)


def date_marker(node: Any) -> bool:
    """Whether ``node``'s class, id or ``itemprop`` names it a date of publication."""
    table = tag_table()
    attributes = node.attributes
    for attr in ("itemprop", "class", "id"):
        for token in (attributes.get(attr) or "").split()[:12]:
            if _date_token(_words(token), table.date_words, table.date_not):
                return True
    return False


def dateline_tags(raw: str, tree: Any, nodes: Any = None) -> list[Tag]:
    """The date the markup marks as the page's date of publication (a ``byline:date`` tag,
    none or one): the first marked element after the page's first ``<h1>`` (or on a page
    without one, the first) whose ``datetime``/``content`` or text holds a date, outside
    comment sections and lists of other posts.  ``nodes``: the page's
    :class:`~comet.html.page_nodes.PageNodes`, when the caller has them."""
    from comet.dates import PartialDate
    from comet.html._merge import dates_in

    table = tag_table()
    root = tree.root
    if root is None or not table.date_words:
        return []
    if nodes is None:
        heading = root.css_first("h1")
        marked = root.css(_date_selector())
    else:
        heading = nodes.headings[0] if nodes.headings else None
        marked = nodes.dates
    start = -1
    body = body_start(raw)
    if heading is not None:
        start, _ = _locate(raw, str(heading.text(separator=" ", strip=True) or "")[:80], 0, body)
    looked = 0
    asides: dict[int, bool] = {}
    coarse: Tag | None = None  # a year or a month alone, where no marked day follows
    for node in marked:
        if node.tag in ("script", "style", "head") or not date_marker(node):
            continue
        looked += 1
        if looked > MAX_MARKED:
            break
        attributes = node.attributes
        value = attributes.get("datetime") or attributes.get("content")
        text = str(value) if value else str(node.text(separator=" ", strip=True) or "")
        if len(text) > MAX_TEXT or not _DIGIT.search(text):
            continue
        at, _ = _locate(raw, text, 0, body)
        # (the cheap checks first: a comment section's or a teaser's date is looked
        # for up the tree only once it holds a digit and follows the headline)
        if at < start or _aside(node, table.byline_aside, asides):
            continue  # before the headline (a teaser, the site's clock), or not found
        for found in dates_in(text):
            if isinstance(found.value, PartialDate) and found.value.day is not None:
                piece = text[found.span[0] : found.span[1]]
                _, span = _locate(raw, piece, at, body)
                return [Tag("byline", "byline:date", piece, span)]
        if coarse is None and start >= 0 and at - start <= COARSE_NEAR:
            coarse = _coarse_date(raw, text, at, body)
    return [coarse] if coarse is not None else []


#: Most characters of HTML between the headline and a marked date element that prints
#: only a year or a month (the byline block of an academic site's record of a paper).
COARSE_NEAR = 2000


def _coarse_date(raw: str, text: str, at: int, body: int) -> Tag | None:
    """A marked element whose whole text is one year or one month (``2022``, ``March
    2021``): the date a record of a paper prints in its byline block, under the headline."""
    from comet.dates import PartialDate
    from comet.html._merge import dates_in

    found = dates_in(text)
    if len(found) != 1 or not isinstance(found[0].value, PartialDate):
        return None
    piece = text[found[0].span[0] : found[0].span[1]]
    if text.strip(" .,;()") != piece:
        return None
    _, span = _locate(raw, piece, at, body)
    return Tag("byline", "byline:date", piece, span)
