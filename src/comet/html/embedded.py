"""Read the machine-readable metadata embedded in an HTML page, with its spans.

Families: ``<meta>`` tags (Highwire ``citation_*``, Dublin Core ``DC.*``/``DCTERMS.*``,
PRISM, ``eprints.*``, OpenGraph), schema.org JSON-LD (``<script type=
"application/ld+json">``; microdata and RDFa Lite are read from the lexbor tree by
:mod:`comet.html.microdata`), and COinS spans
(``<span class="Z3988" title="ctx_ver=…">``).  Every value is a :class:`Tag` that keeps
the span of the raw HTML it came from; nothing is interpreted here (that is
:mod:`comet.html.mapping`).

Hostile input is bounded: at most :data:`MAX_TAGS` tags per family, JSON-LD walked to a
depth of :data:`MAX_DEPTH` and :data:`MAX_NODES` nodes, values cut at
:data:`MAX_VALUE` characters.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.html.coins_keys import whole_titles
from comet.html.coins_spans import coins_matches
from comet.html.editions import one_edition
from comet.html.json_text import _load_json
from comet.html.jsonld_terms import local_terms, writes_iris
from comet.html.meta_attrs import attributes as meta_attributes
from comet.html.meta_attrs import general_attributes as _attrs_of
from comet.html.table import tag_table
from comet.html.visible import unescape

__all__ = [
    "Tag",
    "coins_tags",
    "document_tags",
    "jsonld_tags",
    "meta_tags",
]

MAX_TAGS = 2000
MAX_DEPTH = 12
MAX_NODES = 5000
MAX_VALUE = 20_000
MAX_SCRIPT = 1_000_000
#: schema.org values read from one item, and how many of them get their own span (each
#: span is a search of the HTML).
MAX_PAIRS = 1000
MAX_FOUND = 100

_META = re.compile(r"<meta\b([^<>]{0,4000})>", re.I)
_LDJSON = re.compile(
    r"""<script\b[^<>]{0,500}?type\s*=\s*["']?application/ld\+json["']?[^<>]{0,500}>""", re.I
)
_SCRIPT_END = re.compile(r"</script\s*>", re.I)
_ITEMTYPE = re.compile(r"""itemtype\s*=\s*["']?https?://schema\.org/""", re.I)
#: The end of every :data:`_ITEMTYPE` match: its search starts with a character that has
#: no case, so the engine skips to each ``:`` of the page (a search for ``_ITEMTYPE``
#: itself tries every character: a millisecond on a long page).
_SCHEMA_URL = re.compile(r"://schema\.org/", re.I)
#: The characters of an :data:`_ITEMTYPE` match before its URL's ``://``.
_ITEMTYPE_HEAD = re.compile(r"""(?:[\s="']|(?i:[itemyphs]))*""")
#: How far before a schema.org URL an ``itemtype`` attribute is looked for first.
_ITEMTYPE_REACH = 256

#: Properties whose object is a person or an organisation (its ``name`` is the value).
PARTY = frozenset(
    {"author", "creator", "editor", "publisher", "contributor", "translator", "illustrator"}
)


@attrs.frozen
class Tag:
    """One embedded metadata value: its family, its (lower-cased) name, the value as
    given, and the span of the raw HTML it came from."""

    family: str
    name: str
    value: str
    span: tuple[int, int] | None = None


_HIDING = re.compile(r"<!--|<script", re.I | re.A)
_SCRIPT_CLOSE = re.compile(r"</script", re.I | re.A)


def _masked(raw: str) -> list[tuple[int, int]]:
    """Comments and scripts, where a ``<meta>`` is text, not a tag (one linear scan), as
    offsets of ``raw``.  (A search of a lower-cased copy, used until issue 17's fourth
    speed round on pages holding 'İ', gave offsets of the copy — 'İ' lower-cases to two
    characters — and looped forever where a comment or script left open after one was
    followed, in the copy, by another opening.)"""
    return _masked_in_place(raw)


def _masked_in_place(raw: str, openings: list[int] | None = None) -> list[tuple[int, int]]:
    """:func:`_masked` without lower-casing a copy of the page (an ASCII-only
    case-insensitive search: no other character lower-cases to one of ``<!--`` or
    ``<script``); ``openings``: the page's :func:`openings`, when the caller has them (each
    place a comment or a script may open is one of them)."""
    out: list[tuple[int, int]] = []
    at = 0
    for m in _hiding(raw, openings):
        if m.start() < at:
            continue  # inside the comment or script before
        if m.group() == "<!--":
            end = raw.find("-->", m.start() + 4)
            end = len(raw) if end < 0 else end + 3
        else:
            close = _SCRIPT_CLOSE.search(raw, m.start() + 7)
            end = len(raw) if close is None else close.start() + 8
        out.append((m.start(), end))
        at = end
        if at >= len(raw):
            break
    return out


def _hiding(raw: str, openings: list[int] | None) -> Iterator[re.Match[str]]:
    """The :data:`_HIDING` matches of the page, left to right: a search of the whole page,
    or a match at each of its ``openings``."""
    if openings is None:
        at = 0
        while (m := _HIDING.search(raw, at)) is not None:
            yield m
            at = m.start() + 1
        return
    for at in openings:
        m = _HIDING.match(raw, at)
        if m is not None:
            yield m


#: Where a tag the readers of :class:`Masks` look for may open: ``<meta``, ``<script``,
#: ``<time`` and a comment's ``<!--``, in any case (the letters that match theirs in the
#: readers' case-insensitive patterns included: the long s, the dotted and dotless i).
#: Each reader's own pattern, matched at each of these places, finds what its search of
#: the whole page finds: none of its matches holds another ``<``.  (The pattern starts
#: with ``<``: the search skips to each ``<`` of the page; the lookahead for the
#: first letters then turns away most tags, a ``<div`` or a ``<p``, in one test.)
_OPENING = re.compile(r"<(?=[mst!\u017f])(?:(m)eta|([s\u017f])cr[i\u0130\u0131]pt|(t)[i\u0130\u0131]me|(!)--)",
                      re.I | re.A)  # fmt: skip
#: The kinds of :data:`_OPENING`, by group.
_KINDS = ("", "meta", "script", "time", "comment")


def openings(raw: str) -> dict[str, list[int]]:
    """The places of ``raw`` where :data:`_OPENING` matches, by kind (``meta``,
    ``script``, ``time``, ``comment``): one scan of the page instead of one per reader."""
    out: dict[str, list[int]] = {k: [] for k in _KINDS[1:]}
    for m in _OPENING.finditer(raw):
        out[_KINDS[m.lastindex or 1]].append(m.start())
    return out


class Masks:
    """The comments and scripts of one page (:func:`_masked`) and the places where its
    ``<meta>``, ``<script>`` and ``<time>`` tags may open (:func:`openings`), each found on
    first use and shared by the readers of that page (``<meta>`` tags, JSON-LD, ``<time>``
    elements)."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._spans: list[tuple[int, int]] | None = None
        self._openings: dict[str, list[int]] | None = None

    def spans(self) -> list[tuple[int, int]]:
        """The masked spans, in page order."""
        if self._spans is None:
            at = self.openings()
            self._spans = _masked_in_place(self.raw, sorted(at["comment"] + at["script"]))
        return self._spans

    def openings(self) -> dict[str, list[int]]:
        """The page's :func:`openings`."""
        if self._openings is None:
            self._openings = openings(self.raw)
        return self._openings

    def matches(self, pattern: re.Pattern[str], kind: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` (a reader's pattern: an opening of ``kind``, then no
        other ``<``) in page order, as ``pattern.finditer`` of the whole page finds them."""
        raw = self.raw
        for at in self.openings()[kind]:
            m = pattern.match(raw, at)
            if m is not None:
                yield m


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    i = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def meta_tags(raw: str, prefix_family: dict[str, str], masks: Masks | None = None) -> Iterator[Tag]:
    """The ``<meta name|property=… content=…>`` tags whose name has a known family prefix
    (``citation_``, ``dc.``, ``og:`` …); ``masks``: the page's comments and scripts, when
    the caller shares them."""
    masks = Masks(raw) if masks is None else masks
    hidden: list[tuple[int, int]] | None = None
    count = 0
    for m in masks.matches(_META, "meta"):
        attributes = meta_attributes(m.group(1))
        # (a ``value`` attribute in place of ``content``: some pages, and some tools that
        # save pages, write the value there)
        content = attributes.get("content") or attributes.get("value")
        if content is None:
            continue
        # a tag may carry both attributes, an HTML name and an RDFa property
        # (``<meta property="og:title" name="title" content=…>``): each known key counts
        keys: list[tuple[str, str]] = []  # (name, family): each name's family found once
        for attribute in ("name", "property"):
            key = (attributes.get(attribute) or ("", 0))[0].strip().lower()
            if key and not (keys and keys[0][0] == key):
                family = _family(key, prefix_family)
                if family is not None:
                    keys.append((key, family))
        if not keys:
            continue
        if hidden is None:
            hidden = masks.spans()
        if _inside(hidden, m.start()):
            continue
        start = m.start(1) + content[1]
        value = unescape(content[0])[:MAX_VALUE]
        for key, family in keys:
            yield Tag(family, key, value, (start, start + len(content[0])))
            count += 1
        if count >= MAX_TAGS:
            return


def _family(key: str, prefix_family: dict[str, str]) -> str | None:
    """The family of the first prefix of ``prefix_family`` (longest first) that starts
    ``key``, or ``None``: looked up once per name and table (:func:`_families`)."""
    known = _families(prefix_family)
    family = known.get(key, _UNKNOWN)
    if family is _UNKNOWN:
        family = None
        for prefix, fam in prefix_family.items():
            if key.startswith(prefix):
                family = fam
                break
        if len(known) < _MAX_NAMES:
            known[key] = family
    return family


def _families(prefix_family: dict[str, str]) -> dict[str, str | None]:
    """The names whose family :func:`_family` found with the prefix table
    ``prefix_family`` (a read-only table: ``tag_table().prefixes``), and their families."""
    memo = _PREFIXES.get(id(prefix_family))
    if memo is None or memo[0] is not prefix_family:
        if len(_PREFIXES) >= 8:
            _PREFIXES.clear()
        memo = _PREFIXES[id(prefix_family)] = (prefix_family, {})
    return memo[1]


#: Each prefix table :func:`_family` was given (held, so its ``id`` stays its own), with
#: the names looked up in it and their families (``<meta>`` names repeat from page to page).
_PREFIXES: dict[int, tuple[dict[str, str], dict[str, str | None]]] = {}
#: Most names remembered per table (names are the page's: a page may invent many).
_MAX_NAMES = 4096
_UNKNOWN = "\0"


_TITLE_EL = re.compile(r"<title\b[^<>]{0,500}>([^<]{1,2000})</title", re.I)
_TIME_EL = re.compile(r"""<time\b[^<>]{0,500}?datetime\s*=\s*["']([^"'<>]{4,40})["']""", re.I)

#: ``<time datetime>`` elements read (the first few: a post's date comes before its comments').
MAX_TIMES = 3


_HTML_LANG = re.compile(r"""<html\b[^<>]{0,2000}?\s(?:xml:)?lang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z\d]{1,8}){0,3})""",
                        re.I)  # fmt: skip


def document_tags(raw: str, masks: Masks | None = None) -> list[Tag]:
    """The page's ``<title>``, its ``<html lang>`` and its first ``<time datetime=…>``
    elements (the weakest family, ``html``: a title often carries the site's name, the
    language is often the site's, a time may date a comment); ``masks``: as for
    :func:`meta_tags`."""
    masks = Masks(raw) if masks is None else masks
    out: list[Tag] = []
    lang = _HTML_LANG.search(raw, 0, 20_000)
    if lang is not None:
        out.append(Tag("html", "html:lang", lang.group(1), lang.span(1)))
    m = _TITLE_EL.search(raw)
    if m is not None:
        out.append(Tag("html", "html:title", unescape(m.group(1)), m.span(1)))
    hidden: list[tuple[int, int]] | None = None
    for m in masks.matches(_TIME_EL, "time"):
        hidden = masks.spans() if hidden is None else hidden
        if not _inside(hidden, m.start()):
            out.append(Tag("html", "html:time", m.group(1), m.span(1)))
            if len(out) > MAX_TIMES:
                break
    return out


def coins_tags(raw: str) -> list[list[Tag]]:
    """Each COinS span's key-value pairs, one list per span."""
    out: list[list[Tag]] = []
    if "Z3988" not in raw:
        return out
    for m in coins_matches(raw):  # (the pattern tried where a span may start)
        attributes = _attrs_of(m.group(0)[5:])
        title = attributes.get("title")
        if title is None:
            continue
        start = m.start() + 5 + title[1]
        span = (start, start + len(title[0]))
        pairs = whole_titles(parse_qsl(unescape(title[0])[:MAX_VALUE], keep_blank_values=False))
        tags = [Tag("coins", f"coins:{k.lower()}", v[:MAX_VALUE], span) for k, v in pairs[:200]]
        out.append(tags + _coins_first_author(tags, span) + _coins_format(tags, span))
        if len(out) >= MAX_TAGS // 10:
            break
    return out


def _coins_first_author(tags: list[Tag], span: tuple[int, int]) -> list[Tag]:
    """The first author a COinS span gives in parts (``rft.aulast``, ``rft.aufirst`` or
    ``rft.auinit``) as one ``rft.au`` name (``Last, First``), where no ``rft.au`` names the
    authors whole."""
    parts = {t.name: t.value for t in tags}
    last = parts.get("coins:rft.aulast", "").strip()
    if not last or "coins:rft.au" in parts:
        return []
    first = (parts.get("coins:rft.aufirst") or parts.get("coins:rft.auinit") or "").strip()
    return [Tag("coins", "coins:rft.au", f"{last}, {first}" if first else last, span)]


def _coins_format(tags: list[Tag], span: tuple[int, int]) -> list[Tag]:
    """The kind of work a COinS span's format names (``info:ofi/fmt:kev:mtx:book``,
    ``…:mtx:dissertation``) as a ``coins:format`` tag, where no ``rft.genre`` names it (the
    genre is the finer: a ``bookitem`` of the ``book`` format); not the Dublin Core format
    (``mtx:dc``), which names no kind."""
    fmt = ""
    for t in tags:
        if t.name == "coins:rft.genre":
            return []
        if t.name == "coins:rft_val_fmt":
            fmt = t.value.rsplit(":", 1)[-1].strip().lower()
    if not fmt or fmt == "dc":
        return []
    return [Tag("coins", "coins:format", fmt, span)]


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    values = t if isinstance(t, list) else [t]
    return [v.rstrip("/").rsplit("/", 1)[-1].lower() for v in values[:20] if isinstance(v, str)]


def _party_name(obj: Any) -> str | None:
    if isinstance(obj, str):
        return obj
    if not isinstance(obj, dict):
        return None
    family, given = _one(obj.get("familyName")), _one(obj.get("givenName"))
    if isinstance(family, str) and family.strip():
        return f"{family}, {given}" if isinstance(given, str) and given.strip() else family
    name = _one(obj.get("name"))
    return name if isinstance(name, str) else None


def _is_series(obj: dict[str, Any]) -> bool:
    """Whether a work's ``isPartOf`` item is a series (``[schema] series_types``)."""
    return not tag_table().series_types.isdisjoint(_types(obj))


def _place(obj: dict[str, Any]) -> str | None:
    """Where a publisher is, as a library catalogue's record gives it: its ``location`` (a
    text, or a place's ``name``), not a postal ``address``."""
    place = _one(obj.get("location"))
    if isinstance(place, dict):
        place = _one(place.get("name"))
    return place.strip() or None if isinstance(place, str) else None


def _one(value: Any) -> Any:
    """A single value, or the first of a list (microdata gives every property as a list)."""
    return value[0] if isinstance(value, list) and value else value


class _Budget:
    def __init__(self) -> None:
        self.nodes = 0

    def spend(self) -> bool:
        self.nodes += 1
        return self.nodes <= MAX_NODES


#: The schema.org types of a container a ``@graph``'s ``isPartOf`` reference is read as.
#: What is not a letter or a digit in an identifier's scheme name (``e-ISSN``, ``PubMed ID``).
_SCHEME = re.compile(r"[^a-z0-9]+")
_CONTAINER_TYPES = frozenset({"periodical", "publicationvolume", "publicationissue", "book",
                              "creativeworkseries", "bookseries"})  # fmt: skip


def _flatten(obj: dict[str, Any], prefix: str, depth: int, budget: _Budget,
             out: list[tuple[str, str]],
             ids: dict[str, dict[str, Any]] | None = None,
             bodies: bool = False, places: bool = False) -> None:  # fmt: skip
    """``(dotted property, string value)`` pairs of a schema.org item; a person, an
    organisation or the periodical given only as a reference (``{"@id": …}``) is the node
    of ``ids`` with that ``@id`` (a JSON-LD ``@graph`` names its author, publisher and
    journal once, and refers to them); an ordered list (``{"@list": […]}``) is its items.
    An organisation as author or creator is read only with ``bodies`` (a dataset's
    creators are often bodies; a news item's "author" organisation is its outlet); the
    publisher's place only with ``places`` (a catalogue's book, not a news outlet)."""
    if depth > 3:
        return
    for key, value in list(obj.items())[:200]:
        if not isinstance(key, str) or not budget.spend():
            return
        prop = key.rsplit("/", 1)[-1].lower() if not key.startswith("@") else key.lower()
        if prop not in ("@type",) and prop.startswith("@"):
            continue
        path = f"{prefix}{prop}"
        if isinstance(value, dict) and isinstance(value.get("@list"), list):
            value = value["@list"]
        values = value if isinstance(value, list) else [value]
        for v in values[:500]:
            if not budget.spend():
                return
            if isinstance(v, str | int | float) and not isinstance(v, bool):
                out.append((path, str(v)[:MAX_VALUE]))
            elif isinstance(v, dict):
                if (
                    (prop in PARTY or prop == "ispartof")
                    and ids
                    and set(v) == {"@id"}
                    and isinstance(v["@id"], str)
                ):
                    node = ids.get(v["@id"], v)
                    # a work's periodical, volume, issue or book, not the web page or
                    # site a CMS's graph makes it part of
                    if prop != "ispartof" or _CONTAINER_TYPES.intersection(_types(node)):
                        v = node
                if prop in PARTY or prop == "ispartof":
                    org = (
                        prop != "publisher"
                        and "organization" in _types(v)
                        and not (bodies and prop in ("author", "creator"))
                    )
                    name = None if org else _party_name(v)
                    if name:
                        # (a series the work is in: ``ispartofseries``, its collection)
                        series = prop == "ispartof" and _is_series(v)
                        out.append((f"{path}series" if series else path, name[:MAX_VALUE]))
                    if prop == "publisher" and places and (place := _place(v)):
                        out.append((f"{path}.location", place[:MAX_VALUE]))
                if prop == "identifier" or prop == "sameas":
                    ident = v.get("value") or v.get("@id") or v.get("url")
                    if isinstance(ident, int) and not isinstance(ident, bool):
                        ident = str(ident)
                    if isinstance(ident, str):
                        out.append((path, ident[:MAX_VALUE]))
                        scheme = v.get("propertyID")
                        if isinstance(scheme, str) and (name := _SCHEME.sub("", scheme.lower())):
                            # a PropertyValue naming its scheme: ``identifier.issn``, ``.pmid``
                            out.append((f"{path}.{name[:20]}", ident[:MAX_VALUE]))
                if prop not in PARTY:
                    _flatten(v, f"{path}.", depth + 1, budget, out, ids, bodies, places)


def _items(node: Any, depth: int, budget: _Budget) -> Iterator[dict[str, Any]]:
    """Every schema.org object in a JSON-LD document (``@graph`` included), bounded."""
    if depth > MAX_DEPTH or not budget.spend():
        return
    if isinstance(node, list):
        for v in node[:MAX_NODES]:
            yield from _items(v, depth + 1, budget)
            if budget.nodes > MAX_NODES:
                return
    elif isinstance(node, dict):
        if "@type" in node:
            yield node
        graph = node.get("@graph")
        if graph is not None:
            yield from _items(graph, depth + 1, budget)
        # the work a page's item holds: its ``mainEntity``, a ``DataFeed``'s one element (a
        # catalogue's record page; a feed of several is a list page's)
        feed = node.get("dataFeedElement")
        for main in (
            node.get("mainEntity"),
            feed if isinstance(feed, dict) or len(feed or ()) == 1 else None,
        ):
            if isinstance(main, dict | list):
                yield from _items(main, depth + 1, budget)


def _with_main_entities(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items of a page's microdata or RDFa, and after them the works their
    ``mainEntity`` property holds (an ``ItemPage`` whose ``mainEntity`` is the record's
    ``Book``: a property of another item, not an item of its own)."""
    nested = [v for item in items for v in item.get("mainEntity", [])[:10] if isinstance(v, dict)]
    return items + nested if nested else items


def _publisher_places(work: dict[str, Any]) -> bool:
    """Whether the publisher's ``location`` is the work's place of publication: on the
    types a catalogue describes (``tags.toml`` ``[schema] place_types``), not a news
    item's or a post's outlet, whose address is its office's."""
    return bool(tag_table().place_types.intersection(_types(work)))


def _bodies_author(work: dict[str, Any]) -> bool:
    """Whether an organisation named as the work's author or creator is its author: on the
    types of work bodies write (``tags.toml`` ``[schema] body_authors``: a dataset, a
    report, a catalogue's book or map), not a news item's or a post's outlet."""
    return bool(tag_table().body_author_types.intersection(_types(work)))


def _work_item(items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first item that is a work (``tags.toml`` ``[schema] work_types``; a generic
    type such as ``CreativeWork`` only when no other is there)."""
    table = tag_table()
    specific = frozenset(table.work_types) - table.generic_types
    for want in (specific, frozenset(table.work_types)):
        for item in items:
            if any(t in want for t in _types(item)):
                return item
    return None


def jsonld_tags(raw: str, diags: list[Diagnostic], masks: Masks | None = None) -> list[Tag]:
    """The properties of the work item of the page's JSON-LD blocks; ``masks``: as for
    :func:`meta_tags`."""
    out: list[Tag] = []
    masks = Masks(raw) if masks is None else masks
    for m in masks.matches(_LDJSON, "script"):
        end = _SCRIPT_END.search(raw, m.end(), m.end() + MAX_SCRIPT)
        if end is None:
            diags.append(Diagnostic("jsonld-unreadable", "a JSON-LD block has no end (or is "
                                    "longer than 1 MB): skipped", m.span(), Severity.WARNING))  # fmt: skip
            continue
        body_span = (m.end(), end.start())
        body = raw[body_span[0] : body_span[1]]
        data, error = _load_json(body.strip().removeprefix("<![CDATA[").removesuffix("]]>"))
        if data is None:
            diags.append(Diagnostic("jsonld-unreadable", f"a JSON-LD block is not JSON "
                                    f"({error}): skipped", body_span, Severity.WARNING))  # fmt: skip
            continue
        if writes_iris(body):  # ("schema:headline": the readers look up "headline")
            data = local_terms(data, max_depth=MAX_DEPTH, max_nodes=MAX_NODES)
        budget = _Budget()
        items = list(_items(data, 0, budget))
        if budget.nodes > MAX_NODES:
            diags.append(Diagnostic("jsonld-truncated", f"a JSON-LD block has more than "
                                    f"{MAX_NODES} nodes: read the first", body_span,
                                    Severity.WARNING))  # fmt: skip
        work = _work_item(items)
        if work is None:
            continue
        pairs: list[tuple[str, str]] = []
        ids = {i["@id"]: i for i in items if isinstance(i.get("@id"), str)}
        _flatten(
            work,
            "",
            0,
            _Budget(),
            pairs,
            ids,
            bodies=_bodies_author(work),
            places=_publisher_places(work),
        )
        for i, (path, value) in enumerate(_known(one_edition(work, pairs))):
            span = _find(raw, body_span, value) if i < MAX_FOUND else body_span
            out.append(Tag("schema.org", f"schema:{path}", value, span))
        if len(out) >= MAX_TAGS:
            break
    return out


def _find(raw: str, span: tuple[int, int], value: str) -> tuple[int, int]:
    """The span of ``value`` inside ``span`` of the HTML (the whole span if not verbatim)."""
    needle = json.dumps(value, ensure_ascii=False)[1:-1]
    at = raw.find(needle, span[0], span[1]) if needle else -1
    return (at, at + len(needle)) if at >= 0 else span


def _known(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs the tag table maps, at most :data:`MAX_PAIRS`."""
    fields = tag_table().fields
    return [(p, v) for p, v in pairs if f"schema:{p}" in fields][:MAX_PAIRS]
