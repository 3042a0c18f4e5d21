"""``parse_html``: an HTML page in (``str`` or ``bytes``), one :class:`~comet.Record` out.

1. bytes are decoded as a browser decodes them (:func:`comet.html.decode.decode_html`);
2. lexbor parses the page (broken markup repaired as browsers do) and the visible text is
   laid out in lines (:mod:`comet.html.visible`);
3. the text goes through the text reader, :func:`comet.parse_record` (on a page whose
   strong tags give a title, only its head and its tail: :func:`head_and_tail`);
4. the embedded metadata is read (:mod:`comet.html.embedded`), typed by comet's field
   parsers (:mod:`comet.html.mapping`) and reconciled with the text's record
   (:mod:`comet.html.reconcile`).

Every span of the record and of its diagnostics refers to the raw HTML (the decoded
``str`` for bytes input), which the record keeps as ``raw``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from comet import locales as _loc
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode, ParseError
from comet.html._deps import lexbor
from comet.html._merge import _SCHOLARLY
from comet.html.byline_markup import byline_tags, dateline_tags
from comet.html.decode import decode_bytes
from comet.html.embedded import (
    Masks,
    Tag,
    coins_tags,
    document_tags,
    jsonld_tags,
    meta_tags,
)
from comet.html.heading_markup import heading_tags
from comet.html.mapping import TagValue, map_tags
from comet.html.microdata import microdata_tags, rdfa_tags
from comet.html.page_nodes import page_nodes
from comet.html.reconcile import key, reconcile
from comet.html.table import tag_table
from comet.html.visible import (
    MAX_NESTING,
    VisibleText,
    limit_nesting,
    quick_text,
    visible_text,
)
from comet.page.model import Record
from comet.page.parse import parse_record
from comet.records import MAX_PAGE_LENGTH

__all__ = ["MAX_HTML_LENGTH", "embedded_metadata", "parse_html"]

#: Longest HTML page accepted (characters, or bytes for ``bytes`` input): the page cap
#: (:data:`comet.records.MAX_PAGE_LENGTH`) applied to the HTML, scaled by 32 for the
#: markup: a scholarly landing page carries five to ten characters of markup per
#: character of text, and a shop's product page of a book, with its inline scripts and
#: styles, two to three million characters in all (8 MiB here, parsed in about a second).
#: Longer input raises ``ParseError(too-long)``; the visible text itself is cut at
#: ``MAX_PAGE_LENGTH`` (diagnostic ``truncated-text``).
MAX_HTML_LENGTH = 32 * MAX_PAGE_LENGTH

_Locales = str | _loc.LocaleRules | Iterable[str | _loc.LocaleRules] | None


def embedded_metadata(
    html: str, diagnostics: list[Diagnostic] | None = None, tree: Any = None, nodes: Any = None
) -> list[Tag]:
    """Every embedded metadata tag of a page (``<meta>``, JSON-LD, microdata, COinS), in
    the order the families are read (microdata only on pages without a Highwire, PRISM
    or EPrints title, whose values would outweigh it); problems are appended to ``diagnostics``.  ``tree``
    is the page parsed by lexbor, when the caller has it; with it, the texts of the
    elements the markup marks as the byline and the headline ``<h1>`` are read too
    (:mod:`comet.html.byline_markup`, :mod:`comet.html.heading_markup`); ``nodes``: the
    tree's :class:`~comet.html.page_nodes.PageNodes`, when the caller has them.

    >>> [t.name for t in embedded_metadata('<meta name="citation_title" content="On Things">')]
    ['citation_title']
    """
    diags = diagnostics if diagnostics is not None else []
    masks = Masks(html)  # the comments, scripts and tags' places, found once for the readers
    tags = list(meta_tags(html, tag_table().prefixes, masks))
    items = jsonld_tags(html, diags, masks)
    tags.extend(items)
    if not any(t.name in _STRONG_TITLES for t in tags):  # microdata is the slowest to read
        micro = microdata_tags(html, diags, tree)
        tags.extend(micro)
        if not items and not micro:  # (a <meta property="schema:…"> is no item: RDFa's read)
            tags.extend(rdfa_tags(html, diags, tree))
    tags.extend(_own_coins(html, tags, diags))
    tags.extend(document_tags(html, masks))
    if tree is not None:
        nodes = page_nodes(tree) if nodes is None else nodes
        fields = tag_table().fields
        given = {fields.get(t.name) for t in tags if t.family in _SCHOLARLY}
        if "author" not in given:  # a scholarly author tag: the marked byline is not read
            tags.extend(byline_tags(html, tree))
        tags.extend(dateline_tags(html, tree, nodes))
        titles = [t.value for t in tags if fields.get(t.name) == "title"]
        sites = [t.value for t in tags if fields.get(t.name) in ("site-name", "publisher")]
        tags.extend(heading_tags(html, tree, titles, sites, nodes))
    return tags


#: Titles of the strongest families: with one of them, microdata is not read.
_STRONG_TITLES = frozenset({"citation_title", "prism.title", "eprints.title"})


def _own_coins(html: str, tags: list[Tag], diags: list[Diagnostic]) -> list[Tag]:
    """The COinS of the page's own work: the only one, or the one whose title is the
    title of another family (the others describe cited works)."""
    groups = coins_tags(html)
    if len(groups) <= 1:
        return groups[0] if groups else []
    titles = {key(t.value) for t in tags if t.name in ("citation_title", "dc.title",
                                                       "schema:headline", "schema:name")}  # fmt: skip
    for group in groups:
        if any(t.name in ("coins:rft.atitle", "coins:rft.btitle", "coins:rft.title")
               and key(t.value) in titles for t in group):  # fmt: skip
            return group
    diags.append(Diagnostic("coins-ignored", f"{len(groups)} COinS spans, none of them the "
                            "page's own work (cited works?): not used"))  # fmt: skip
    return []


def parse_html(
    html: str | bytes,
    *,
    locales: _Locales = None,
    source: str | None = None,
    references: bool = True,
    read_text: bool | None = True,
    whole_page: bool = False,
) -> Record:
    """Read a scholarly HTML page: its visible text and its embedded metadata, reconciled.

    ``html`` is the page as ``str``, or as ``bytes`` decoded as a browser does (byte-order
    mark, declared charset, UTF-8, windows-1252; a diagnostic says when the declaration
    was wrong).  ``locales``, ``source`` and ``references`` are those of
    :func:`comet.parse_record`.  ``read_text`` says whether the visible text goes through
    the text reader: ``True`` (the default) always; ``False`` never — the record is the
    embedded metadata alone, each value checked against the visible text (several
    times faster); ``None`` only when the tags lack a title, an author or a date.
    On a page whose strong embedded metadata (Highwire, PRISM, EPrints, schema.org,
    COinS or Dublin Core) gives a title, the text reader reads the page's head
    (:data:`HEAD_LENGTH` characters of visible text after the tags' title shows) and its
    tail (the last :data:`TAIL_LENGTH`: "about this article" boxes), not the article's
    body and reference list (diagnostic ``read-head``); ``whole_page=True`` reads all of
    it, and its reference list.  Spans (``record.spans``, diagnostics) are offsets in the
    decoded HTML, kept as ``record.raw``.  Needs the ``html`` extra
    (``pip install 'comet-meta[html]'``); raises :class:`ImportError` naming it otherwise.
    Never fails on a page up to :data:`MAX_HTML_LENGTH`; longer input raises
    :class:`~comet.ParseError` (``too-long``); any other type raises ``TypeError``.

    >>> page = '''<html><head><meta name="citation_title" content="A Study of Things">
    ... <meta name="citation_author" content="Doe, Jane">
    ... <meta name="citation_publication_date" content="2021/03/04"></head>
    ... <body><h1>A Study of Things</h1><p>Jane Doe</p></body></html>'''
    >>> rec = parse_html(page)
    >>> rec.title, [p.family for p in rec.authors], str(rec.issued)
    ('A Study of Things', ['Doe'], '2021-03-04')
    """
    diags: list[Diagnostic] = []
    html, utf8 = _checked_html(html, diags)
    markup, cut = limit_nesting(html, utf8)
    if cut:
        diags.append(Diagnostic("flattened-nesting", f"{cut} elements nested deeper than "
                                f"{MAX_NESTING} were read as text", None, Severity.WARNING))  # fmt: skip
    # the parser reads the page's UTF-8 bytes: the input's own when they are the text's
    # UTF-8 form (the text is not encoded again)
    tree = lexbor()(utf8 if utf8 is not None and markup is html else markup)
    tag_diags: list[Diagnostic] = []
    nodes = page_nodes(tree)  # (one walk of the tree for the readers that look for elements)
    tags = embedded_metadata(html, tag_diags, tree, nodes)
    values: list[TagValue] = map_tags(tags, tag_diags)
    if read_text is False or (read_text is None and _complete(values)):
        text = quick_text(tree, nodes.skipped if nodes is not None else None)[:MAX_PAGE_LENGTH]
        rec = Record(source=source, raw=html, diagnostics=tuple(diags))
        rec = reconcile(rec, values, text, _no_span, _loc.resolve(locales))
        return attrs.evolve(rec, diagnostics=(*rec.diagnostics, *tag_diags))
    vt = visible_text(tree, markup)
    text = vt.text
    if len(text) > MAX_PAGE_LENGTH:
        diags.append(Diagnostic("truncated-text", f"the visible text has {len(text)} "
                                f"characters: read the first {MAX_PAGE_LENGTH}",
                                vt.to_raw(MAX_PAGE_LENGTH, len(text)), Severity.WARNING))  # fmt: skip
        text = text[:MAX_PAGE_LENGTH]
    window = None if whole_page else head_and_tail(text, values)
    rec = _read_text(text, window, diags, locales=locales, source=source, references=references)
    rec = _to_html_offsets(rec, vt, html)
    spans = dict(rec.spans)
    rec = reconcile(rec, values, text, spans.get, _loc.resolve(locales))
    return attrs.evolve(rec, diagnostics=(*diags, *rec.diagnostics, *tag_diags))


def _checked_html(
    html: str | bytes | bytearray, diags: list[Diagnostic]
) -> tuple[str, bytes | None]:
    """The page as text: bytes decoded as a browser decodes them (with a diagnostic in
    ``diags``), and the input bytes when they are the text's UTF-8 form; a page over the
    length caps raises :class:`ParseError`, another type :class:`TypeError`."""
    utf8 = None
    if isinstance(html, bytes | bytearray):
        if len(html) > 4 * MAX_HTML_LENGTH:
            raise ParseError(f"page of {len(html)} bytes is longer than {4 * MAX_HTML_LENGTH}",
                             code=ErrorCode.TOO_LONG, input="", start=0)  # fmt: skip
        data = bytes(html)
        html, decoded, as_utf8 = decode_bytes(data)
        diags.extend(decoded)
        utf8 = data if as_utf8 else None
    elif not isinstance(html, str):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    if len(html) > MAX_HTML_LENGTH:
        raise ParseError(
            f"HTML page of {len(html)} characters is longer than {MAX_HTML_LENGTH}",
            code=ErrorCode.TOO_LONG,
            input=html,
            start=MAX_HTML_LENGTH,
        )
    return html, utf8


def _read_text(
    text: str,
    window: Window | None,
    diags: list[Diagnostic],
    *,
    locales: _Locales,
    source: str | None,
    references: bool,
) -> Record:
    """The text reader's record of the visible text, or of its head and tail (``window``,
    spans moved back to the whole text, a ``read-head`` diagnostic in ``diags``)."""
    if window is None:
        return parse_record(text, locales=locales, source=source, references=references)
    rec = parse_record(window.text, locales=locales, source=source, references=False)
    diags.append(Diagnostic("read-head", f"the tags carry the record: the text reader "
                            f"read {len(window.text) - 2:,} of the {len(text):,} characters "
                            "of visible text (the page's head and tail, not the body and "
                            "reference list; whole_page=True reads all)"))  # fmt: skip
    if not window.title_shown:
        diags.append(Diagnostic("title-not-shown", "the tags' title is not printed verbatim "
                                "in the visible text: the head read is the first "
                                f"{window.head_length:,} characters of the text, from its "
                                "start, not those after the title (whole_page=True reads "
                                "all)"))  # fmt: skip
    return _to_page_offsets(rec, window)


#: Characters of visible text the text reader reads after the place where the tags'
#: title shows (the head: title, bylines, journal, dates, abstract, keywords).  4,500
#: since issue 17's speed work (6,000 before): every figure of ``benchmarks/html_pages.py``
#: stays the same, the local news set included, while 3,000 loses fields (docs/html.md).
HEAD_LENGTH = 4500
#: Characters at the end of the visible text the text reader also reads (the tail: the
#: "about this article" and "cite this article" boxes after the references).
TAIL_LENGTH = 3000
#: Families whose title makes a page's tags strong enough to read only its head and tail.
_STRONG_FAMILIES = _SCHOLARLY | {"schema.org"}


@attrs.frozen
class Window:
    """The head and the tail of a page's visible text, joined by a blank line, and where
    the tail starts in the whole text."""

    text: str
    head_length: int
    tail_start: int
    #: whether the tags' title shows verbatim in the visible text (else the head is read
    #: from the start of the text)
    title_shown: bool = True

    def to_page(self, offset: int) -> int:
        """An offset in :attr:`text` as an offset in the whole visible text."""
        if offset <= self.head_length:
            return offset
        return max(offset - self.head_length - 2, 0) + self.tail_start


def head_and_tail(text: str, values: list[TagValue]) -> Window | None:
    """The part of the visible text the text reader reads on a page whose strong tags give
    a title (:data:`HEAD_LENGTH` characters after the title shows, the last
    :data:`TAIL_LENGTH`, each cut at a line break), or ``None`` to read it all (no such
    title, or a page short enough).

    >>> head_and_tail("A short page", []) is None
    True
    """
    if len(text) <= HEAD_LENGTH + TAIL_LENGTH:
        return None
    titles = [str(v.value) for v in values
              if v.field == "title" and v.tag.family in _STRONG_FAMILIES]  # fmt: skip
    if not titles:
        return None
    at = next((i for i in (text.find(t[:40]) for t in titles) if i >= 0), -1)
    cut = text.find("\n", max(at, 0) + HEAD_LENGTH)
    tail = text.find("\n", len(text) - TAIL_LENGTH)
    if cut < 0 or tail <= cut:
        return None
    return Window(f"{text[:cut]}\n\n{text[tail + 1 :]}", cut, tail + 1, at >= 0)


def _to_page_offsets(rec: Record, window: Window) -> Record:
    """The text reader's spans in a :class:`Window` as offsets in the whole visible text."""

    def move(span: tuple[int, int]) -> tuple[int, int]:
        start, end = window.to_page(span[0]), window.to_page(span[1])
        return start, max(start, end)

    spans = {k: move(v) for k, v in rec.spans.items()}
    diags = tuple(
        attrs.evolve(d, span=move(d.span)) if d.span is not None else d for d in rec.diagnostics
    )
    return attrs.evolve(rec, spans=spans, diagnostics=diags)


def _no_span(field: str) -> tuple[int, int] | None:
    """No text reader ran: no field has a span in the visible text."""
    return None


def _complete(values: list[TagValue]) -> bool:
    """Whether the tags give the fields a reader needs first: a title, an author, a date."""
    have = {v.field for v in values}
    return (
        "title" in have
        and bool(have & {"author", "authors"})
        and any(f.startswith("issued") for f in have)
    )


def _to_html_offsets(rec: Record, vt: VisibleText, html: str) -> Record:
    """The text reader's spans (offsets in the visible text) as offsets in the HTML."""
    spans = {k: vt.to_raw(*v) for k, v in rec.spans.items()}
    diags = tuple(
        attrs.evolve(d, span=vt.to_raw(*d.span)) if d.span is not None else d
        for d in rec.diagnostics
    )
    return attrs.evolve(rec, spans=spans, diagnostics=diags, raw=html)
