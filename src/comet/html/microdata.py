"""Read schema.org microdata and RDFa Lite from an HTML page's lexbor tree, with their
spans (moved verbatim from :mod:`comet.html.embedded`, which reads the other families and
whose bounds and item walk these readers share)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.html.editions import one_edition
from comet.html.embedded import (
    _ITEMTYPE,
    _ITEMTYPE_HEAD,
    _ITEMTYPE_REACH,
    _SCHEMA_URL,
    MAX_DEPTH,
    MAX_FOUND,
    MAX_NODES,
    MAX_VALUE,
    Tag,
    _bodies_author,
    _Budget,
    _find,
    _flatten,
    _known,
    _publisher_places,
    _with_main_entities,
    _work_item,
)
from comet.html.jsonld_terms import local_name

__all__ = ["has_itemtype", "has_rdfa_vocab", "microdata_tags", "rdfa_tags"]


#: Elements whose microdata value is an attribute (the HTML microdata specification).
_VALUE_ATTR = {"meta": "content", "a": "href", "link": "href", "area": "href", "img": "src",
               "audio": "src", "video": "src", "source": "src", "iframe": "src",
               "embed": "src", "object": "data", "time": "datetime", "data": "value",
               "meter": "value"}  # fmt: skip


def _md_value(node: Any) -> str:
    attributes = node.attributes
    if "content" in attributes and attributes["content"] is not None:
        return str(attributes["content"])
    attr = _VALUE_ATTR.get(node.tag)
    if attr and attributes.get(attr) is not None:
        return str(attributes[attr])
    return str(node.text(separator=" ", strip=True))


@attrs.frozen
class _Syntax:
    """How a markup syntax writes schema.org items in HTML attributes: microdata
    (``itemscope``, ``itemtype``, ``itemprop``) or RDFa Lite (``typeof``, ``property``)."""

    types: str  #: the attribute holding an item's types
    prop: str  #: the attribute naming a property
    scope: str  #: the attribute that makes an element an item of its own
    term: Callable[[str], str]  #: a type's or a property's name as the tag table writes it
    value: Callable[[Any], str]  #: an element's value


def _item(node: Any, depth: int, budget: _Budget, syntax: _Syntax) -> dict[str, Any]:
    """One item: its types and properties (an element that is an item of its own as a
    nested object), in ``syntax``."""
    types = [syntax.term(t) for t in (node.attributes.get(syntax.types) or "").split()]
    item: dict[str, Any] = {"@type": types}
    stack = [(node.child, 0)]
    while stack:
        child, level = stack.pop()
        if child is None or not budget.spend():
            continue
        stack.append((child.next, level))
        if not child.tag or child.tag.startswith("-"):
            continue
        attributes = child.attributes
        props = (attributes.get(syntax.prop) or "").split()
        scoped = syntax.scope in attributes
        if props:
            if scoped and depth < MAX_DEPTH:
                value: Any = _item(child, depth + 1, budget, syntax)
            elif scoped:
                value = None
            else:
                value = syntax.value(child)[:MAX_VALUE]
            for prop in props[:10]:
                item.setdefault(syntax.term(prop), []).append(value)
        if not scoped and level < 200:
            stack.append((child.child, level + 1))
    return item


def _items_tags(raw: str, diags: list[Diagnostic], nodes: Any, syntax: _Syntax,
                name: str) -> list[Tag]:  # fmt: skip
    """The properties of the work item among the items whose elements are ``nodes``
    (``name`` the syntax's, for the diagnostic of a page with too many nodes)."""
    budget = _Budget()
    items = []
    for node in nodes[:MAX_NODES]:
        items.append(_item(node, 0, budget, syntax))
        if budget.nodes > MAX_NODES:
            diags.append(Diagnostic(f"{name.lower()}-truncated", f"{name} with more than "
                                    f"{MAX_NODES} nodes: read the first", None,
                                    Severity.WARNING))  # fmt: skip
            break
    work = _work_item(_with_main_entities(items))
    if work is None:
        return []
    pairs: list[tuple[str, str]] = []
    _flatten(work, "", 0, _Budget(), pairs, bodies=_bodies_author(work),
             places=_publisher_places(work))  # fmt: skip
    whole = (0, len(raw))
    return [
        Tag("schema.org", f"schema:{p}", v, _find(raw, whole, v) if i < MAX_FOUND else None)
        for i, (p, v) in enumerate(_known(one_edition(work, pairs)))
    ]


def has_itemtype(raw: str) -> bool:
    """Whether ``raw`` holds a schema.org ``itemtype`` attribute (:data:`_ITEMTYPE`): the
    pattern is searched only just before each schema.org URL, the whole page only when the
    text before one could be a long run of the pattern's own characters."""
    for m in _SCHEMA_URL.finditer(raw):
        lo = max(m.start() - _ITEMTYPE_REACH, 0)
        if _ITEMTYPE.search(raw, lo, m.end()):
            return True
        if lo > 0 and _ITEMTYPE_HEAD.fullmatch(raw, lo, m.start()):
            return _ITEMTYPE.search(raw) is not None
    return False


def microdata_tags(raw: str, diags: list[Diagnostic], tree: Any = None) -> list[Tag]:
    """The properties of the work item of the page's schema.org microdata, read from the
    lexbor tree (``tree``, parsed from ``raw`` when not given)."""
    if not has_itemtype(raw):
        return []
    if tree is None:
        from comet.html._deps import lexbor

        tree = lexbor()(raw)
    # an element with an ``itemprop`` is a property of another item
    nodes = [n for n in tree.css("[itemscope]")[:MAX_NODES] if "itemprop" not in n.attributes]
    return _items_tags(raw, diags, nodes, _MICRODATA, "Microdata")


#: An RDFa ``vocab`` attribute naming schema.org (RDFa Lite, as library catalogues and
#: discovery layers mark their records: ``<div vocab="http://schema.org/" typeof="Book">``).
_VOCAB = re.compile(r"""vocab\s*=\s*["']?https?://schema\.org""", re.I)
#: How far before a schema.org URL a ``vocab`` attribute is looked for.
_VOCAB_REACH = 24


def has_rdfa_vocab(raw: str) -> bool:
    """Whether ``raw`` holds an RDFa ``vocab`` attribute naming schema.org (looked for
    only just before each schema.org URL), or a ``typeof`` written with a prefix bound to
    schema.org (:func:`schema_prefixes`)."""
    return any(
        _VOCAB.search(raw, max(m.start() - _VOCAB_REACH, 0), m.end())
        for m in _SCHEMA_URL.finditer(raw)
    ) or bool(schema_prefixes(raw))


#: RDFa's prefix bindings (``prefix="schema: http://schema.org/ dc: …"``; XHTML's
#: ``xmlns:schema="http://schema.org/"``) and a ``typeof`` value: attribute names as pages
#: write them, lower-case (each pattern opens with its literal name, which the engine skips
#: to: a case-insensitive search would try every character of the page).
_PREFIX_ATTR = re.compile(r"""prefix\s*=\s*["']([^"'<>]{1,2000})["']""")
_PREFIX_PAIR = re.compile(r"([A-Za-z][\w.-]{0,30}):\s+(\S+)")
_XMLNS = re.compile(r"""xmlns:([A-Za-z][\w.-]{0,30})\s*=\s*["']https?://schema\.org/?["']""")
_TYPEOF = re.compile(r"""typeof\s*=\s*["']([^"'<>]{1,500})["']""")
#: The prefix RDFa 1.1's initial context binds to schema.org (usable undeclared).
_INITIAL_PREFIX = "schema"


def schema_prefixes(raw: str) -> frozenset[str]:
    """The prefixes a page binds to schema.org, RDFa 1.1's initial ``schema`` among them;
    none on a page whose ``typeof`` values name no prefixed type."""
    heads = {t.partition(":")[0].lower() for m in _TYPEOF.finditer(raw)
             for t in m.group(1).split() if ":" in t}  # fmt: skip
    if not heads:
        return frozenset()
    found = {_INITIAL_PREFIX}
    for m in _PREFIX_ATTR.finditer(raw):
        found.update(p.lower() for p, iri in _PREFIX_PAIR.findall(m.group(1))
                     if "://schema.org" in iri.lower())  # fmt: skip
    found.update(p.lower() for p in _XMLNS.findall(raw))
    return frozenset(found & heads)


def _schema_term(term: str, prefixes: frozenset[str]) -> bool:
    head, sep, _ = term.partition(":")
    return bool(sep) and head.lower() in prefixes


def _rdfa_value(node: Any) -> str:
    attributes = node.attributes
    for attr in ("content", "datetime"):
        if attributes.get(attr) is not None:
            return str(attributes[attr])
    text = str(node.text(separator=" ", strip=True))
    if not text and node.tag in ("a", "link") and attributes.get("href") is not None:
        return str(attributes["href"])
    return text


def rdfa_tags(raw: str, diags: list[Diagnostic], tree: Any = None) -> list[Tag]:
    """The properties of the work item of the page's schema.org RDFa Lite (``vocab``,
    ``typeof``, ``property``; or terms written with a prefix bound to schema.org,
    ``typeof="schema:Book"``), read from the lexbor tree (``tree``, parsed from ``raw``
    when not given), as :func:`microdata_tags` reads microdata."""
    if "typeof" not in raw or not has_rdfa_vocab(raw):
        return []
    if tree is None:
        from comet.html._deps import lexbor

        tree = lexbor()(raw)
    # a property of another item, or another vocabulary's item, is not read on its own
    prefixes = schema_prefixes(raw)
    nodes = [
        n
        for n in tree.css("[typeof]")[:MAX_NODES]
        if "property" not in n.attributes
        and (
            any(_schema_term(t, prefixes) for t in (n.attributes.get("typeof") or "").split())
            or _in_schema_vocab(n)
        )
    ]
    return _items_tags(raw, diags, nodes, _RDFA, "RDFa")


def _in_schema_vocab(node: Any) -> bool:
    """Whether an element is under an RDFa ``vocab`` naming schema.org (the nearest
    ``vocab`` of it or its ancestors)."""
    for _ in range(64):
        if node is None:
            return False
        vocab = node.attributes.get("vocab") if node.tag else None
        if vocab is not None:
            return "schema.org" in vocab
        node = node.parent
    return False


_MICRODATA = _Syntax("itemtype", "itemprop", "itemscope", lambda t: t.rsplit("/", 1)[-1],
                     _md_value)  # fmt: skip
#: (a term as RDFa writes it, ``name``, ``schema:name``, ``http://schema.org/name``, is read
#: by its name alone, as a JSON-LD document's: :func:`~comet.html.jsonld_terms.local_name`)
_RDFA = _Syntax("typeof", "property", "typeof", local_name, _rdfa_value)
