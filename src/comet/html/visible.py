"""The text a reader sees on an HTML page, laid out in lines, with a map back to the HTML.

The page is parsed by lexbor (through selectolax), an HTML5 parser that repairs broken
markup as browsers do.  Scripts, styles, templates, the ``<head>`` and elements hidden by
the ``hidden`` attribute, ``aria-hidden="true"`` or an inline ``display:none`` /
``visibility:hidden`` are not text.  Block elements start a new line, table cells are
separated by a tab, ``<br>`` breaks a line; runs of spaces collapse as a browser
collapses them.  Every text run keeps the offset of its text node in the HTML, so a span
of the visible text maps back to a span of the raw HTML (:meth:`VisibleText.to_raw`).
"""

from __future__ import annotations

import bisect
import html as _html
import operator
import re
from itertools import accumulate
from typing import Any

import attrs

__all__ = ["VisibleText", "visible_text"]

#: Elements whose content is never shown as text.
SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "math",
                  "iframe", "object", "canvas", "select", "option", "datalist",
                  "input", "textarea", "-comment", "meta", "link"})  # fmt: skip

#: Elements that start and end a line.
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
    "ul", "caption",
})  # fmt: skip

CELLS = frozenset({"td", "th"})

#: Blocks a browser sets apart with a margin (headings, paragraphs, sections): a blank line
#: before and after them, as the text readers expect (a blank line is a layout signal).
PARAGRAPHS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "section", "article",
    "blockquote", "figure", "table", "hr", "main", "aside", "nav",
})  # fmt: skip

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"[ \t\n\r\f\u200b]+")
#: The characters of :data:`_SPACE` (white space a browser collapses).
_BLANK = " \t\n\r\f\u200b"

#: How far ahead of the last match a text node is looked for in the HTML (characters).
FIND_WINDOW = 65_536
#: How far ahead the end tag of a skipped element (a script) is looked for.
MAX_SKIP = 1_048_576
#: Text runs not found in the HTML before the rest are all placed at the last match (keeps
#: a hostile page linear).
MAX_MISSES = 2_000

#: Skipped elements whose content the HTML holds verbatim (the cursor jumps over them).
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "noscript", "template", "svg"})


@attrs.frozen
class VisibleText:
    """The visible text of a page and where its pieces came from in the HTML."""

    text: str
    #: offsets in ``text`` where a run starts, and the HTML offset of that run
    starts: tuple[int, ...] = attrs.field(repr=False)
    raw_starts: tuple[int, ...] = attrs.field(repr=False)
    #: whether the run's text is verbatim in the HTML (no entity, no collapsed space)
    verbatim: tuple[bool, ...] = attrs.field(repr=False)
    raw_length: int = 0

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The span of the HTML that a span of :attr:`text` came from (approximate inside
        a run whose text the HTML escapes or spaces differently)."""
        return (self._point(start, False), max(self._point(end, True), self._point(start, False)))

    def _point(self, offset: int, is_end: bool) -> int:
        if not self.starts:
            return 0
        i = bisect.bisect_right(self.starts, offset if not is_end else max(offset - 1, 0)) - 1
        if i < 0:
            return self.raw_starts[0]
        delta = offset - self.starts[i]
        nxt = self.raw_starts[i + 1] if i + 1 < len(self.raw_starts) else self.raw_length
        base = self.raw_starts[i]
        if self.verbatim[i]:
            return min(base + delta, max(nxt, base))
        return nxt if is_end and nxt >= base else base


_RANK = {"": 0, " ": 1, "\t": 2, "\n": 3, "\n\n": 4}
#: The separators that break a line.
_LINE_BREAKS = frozenset({"\n", "\n\n"})
#: The end of a table cell, on the walk's stack (no separator: a mark).
_CELL_END = "</td>"
#: Elements that make a table cell more than a value: a heading, a table (a layout
#: table's cell holds a page's parts).
_CELL_BREAKERS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "table", "header", "article",
                            "section", "main", "nav", "aside", "footer"})  # fmt: skip


class _Builder:
    #: whether a text not found is looked for again only where it may be (off: the plain
    #: search, for the tests that compare the two)
    remember_misses = True

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.length = 0
        self.starts: list[int] = []
        self.raw_starts: list[int] = []
        self.verbatim: list[bool] = []
        self.cursor = 0
        self.pending = ""  # the strongest separator met since the last text
        self.misses = 0  # text runs not found near the cursor (bounded: see MAX_MISSES)
        #: for a text not found, the end of the stretch it was looked for in (the cursor
        #: only moves on: the next search of that text starts where that one could not
        #: have found it)
        self.missed: dict[str, int] = {}

    def brk(self, sep: str) -> None:
        """Note a separator before the next text: the strongest one met since the last
        text wins (:data:`_RANK`: none, space, tab, line break, blank line)."""
        if _RANK[sep] > _RANK[self.pending]:
            self.pending = sep

    def text(self, node: Any, value: str) -> None:
        """Add a text node's text (``node.html``, its serialisation, only when the text
        itself is not found in the HTML: serialising every node is costly)."""
        # (printable, no double space: nothing to collapse, the common case)
        collapsed = value if value.isprintable() and "  " not in value else _SPACE.sub(" ", value)
        stripped = collapsed.strip(" ")
        if collapsed[:1] == " ":
            self.brk(" ")
        if stripped:
            if self.parts and self.pending:
                self.parts.append(self.pending)
                self.length += len(self.pending)
            self.pending = ""
            # white space collapsed inside the text: the HTML does not hold it verbatim
            raw_at, verbatim = self._locate(node, stripped, stripped == value.strip(_BLANK))
            self.starts.append(self.length)
            self.raw_starts.append(raw_at)
            self.verbatim.append(verbatim)
            self.parts.append(stripped)
            self.length += len(stripped)
        if collapsed[-1:] == " ":
            self.brk(" ")

    def end_cell(self, parts: int, starts: int, before: str, complex_: bool) -> None:
        """A table cell closes: where its text is one line (a paragraph or a ``div`` in a
        cell, as publishers' tables and "about this article" boxes write them), the
        blocks inside it do not break its row — the break its first block put before it
        becomes the cell's own separator (``before``), and the one its last block left
        pending is dropped (the next cell's tab or the row's line break follows).  A cell
        of several lines, or one that holds a heading or a table (a layout table's), is
        left as it is."""
        if complex_ or len(self.parts) <= parts:
            return
        if any(p in _LINE_BREAKS for p in self.parts[parts + 1 :]):
            return
        self.pending = ""
        lead = self.parts[parts]
        if lead in _LINE_BREAKS and _RANK[lead] > _RANK[before]:
            self.parts[parts] = before
            delta = len(before) - len(lead)
            self.starts[starts:] = [s + delta for s in self.starts[starts:]]
            self.length += delta

    def skip(self, tag: str) -> None:
        """Move the cursor past a skipped element's end tag (a script is not text, but the
        text after it is after it in the HTML too)."""
        at = self.raw.find(f"</{tag}", self.cursor, self.cursor + MAX_SKIP)
        if at >= 0:
            self.cursor = at

    def _locate(self, node: Any, text: str, as_is: bool) -> tuple[int, bool]:
        """Where a text run starts in the HTML, and whether verbatim; ``as_is``: whether
        the HTML may hold the run as it is (else only its serialisation is looked for)."""
        if self.misses >= MAX_MISSES:
            return self.cursor, False
        end = self.cursor + FIND_WINDOW
        at = -1
        if as_is:
            start = self.cursor
            if self.remember_misses and (last := self.missed.get(text)) is not None:
                start = max(start, last - len(text) + 1)
            at = self.raw.find(text, start, end)
            if at >= 0:
                self.cursor = at + len(text)
                return at, True
            self.missed[text] = end
        probe = (node.html or "").strip()[:24]
        at = self.raw.find(probe, self.cursor, end) if probe else -1
        if at >= 0:
            self.cursor = at + len(probe)
            return at, False
        self.misses += 1
        return self.cursor, False


def _hidden(attrs_: dict[str, Any]) -> bool:
    if "hidden" in attrs_ or attrs_.get("aria-hidden") == "true":
        return True
    style = attrs_.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def visible_text(tree: Any, raw: str) -> VisibleText:
    """The visible text of a parsed page (a selectolax ``LexborHTMLParser``) whose HTML is
    ``raw``."""
    b = _Builder(raw)
    root = tree.body if tree.body is not None else tree.root
    if root is not None:
        _walk_iter(root, b, _hidden_elements(tree))
    text = "".join(b.parts)
    return VisibleText(text, tuple(b.starts), tuple(b.raw_starts), tuple(b.verbatim), len(raw))


#: Elements that may be hidden (:func:`_hidden`), found by lexbor's selector engine: the
#: walk then tests a node's identity, not its attributes.
_MAY_HIDE = "[hidden], [aria-hidden], [style]"


def _hidden_elements(tree: Any) -> frozenset[int] | None:
    """The ``mem_id`` of every element :func:`_hidden` hides (``None``: test each one)."""
    try:
        found = tree.css(_MAY_HIDE)
    except Exception:  # a document lexbor's selector engine cannot search
        return None
    return frozenset(n.mem_id for n in found if _hidden(n.attributes))


def _walk_iter(root: Any, b: _Builder, hidden: frozenset[int] | None) -> None:
    """:func:`_walk` without recursion (pages nest elements thousands deep).  ``hidden``:
    the elements :func:`_hidden` hides (their ``mem_id``), or ``None`` to test each."""
    stack: list[tuple[Any, str]] = [(root.child, "")]
    pop, push, brk = stack.pop, stack.append, b.brk
    #: the open table cells: [parts, starts, separator before the cell, holds a heading or
    #: a table]
    cells: list[list[Any]] = []
    while stack:
        node, close = pop()
        if node is None:
            if close == _CELL_END:
                b.end_cell(*cells.pop())
            elif close:
                brk(close)
            continue
        push((node.next, close))
        tag = node.tag
        if tag is None:  # a node selectolax cannot name (e.g. a stray processing instruction)
            continue
        if tag == "-text":
            value = node.text_content
            if not value:
                continue
            if value.strip(_BLANK):
                b.text(node, value)
            else:  # white space only: a space, unless a stronger break waits
                brk(" ")
            continue
        if tag in SKIP or tag[:1] == "-":
            if tag in _RAW_TEXT:
                b.skip(tag)
            continue
        if tag == "br":
            brk("\n")
            continue
        if hidden is None:
            if _hidden(node.attributes):
                continue
        elif hidden and node.mem_id in hidden:
            continue
        if tag in BLOCKS:
            sep = "\n\n" if tag in PARAGRAPHS else "\n"
            if cells and tag in _CELL_BREAKERS:
                cells[-1][3] = True
            brk(sep)
            stack[-1] = (node.next, close)
            push((None, sep))
            push((node.child, ""))
        elif tag in CELLS:
            brk("\t")
            # the cell's place in the text, to set it on its row's line when it closes
            # (a row's only cell is a layout table's block, not a value beside others)
            cells.append([len(b.parts), len(b.starts), b.pending, not _beside_cells(node)])
            stack[-1] = (node.next, close)
            push((None, _CELL_END))
            push((node.child, ""))
        else:
            push((node.child, ""))


#: Siblings looked at on each side of a table cell for another cell of its row.
_SIBLINGS = 8


def _beside_cells(node: Any) -> bool:
    """Whether a table cell has another cell beside it in its row."""
    for step in ("prev", "next"):
        other = getattr(node, step)
        for _ in range(_SIBLINGS):
            if other is None:
                break
            if other.tag in CELLS:
                return True
            other = getattr(other, step)
    return False


#: Deepest element nesting handed to the parser: an HTML5 parser's work grows with the
#: depth of the open elements, so a hostile page nesting 100,000 ``<div>`` would take
#: minutes.  Real pages nest a few hundred deep at most.
MAX_NESTING = 1024
#: Pages with fewer tags than this are not scanned for depth: even nested all the way
#: down they parse in well under a second (real pages have up to about 10,000 tags).
NESTING_SCAN_FROM = 16_384

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,40})")

#: Elements that never hold others, or whose end tag is optional (they do not nest).
_FLAT = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
                   "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt",
                   "rp", "caption", "html", "head", "body"})  # fmt: skip

#: An opening or closing tag of an element that nests (group: ``/`` or nothing).
_NESTING_TAG = re.compile(
    r"<(/?)(?!(?:" + "|".join(sorted(_FLAT, key=len, reverse=True)) + r")(?![A-Za-z0-9-]))"
    r"[A-Za-z]",
    re.I,
)


_STEP = {"": 1, "/": -1}


def limit_nesting(html: str, utf8: bytes | None = None) -> tuple[str, int]:
    """``html`` with the opening tags nested deeper than :data:`MAX_NESTING` made text
    (their ``<`` becomes a space, so every offset stays where it was), and how many;
    ``utf8``: the page's UTF-8 form, when the caller has it (its ``<`` are counted in a
    pass over bytes)."""
    if (html.count("<") if utf8 is None else utf8.count(b"<")) <= NESTING_SCAN_FROM:
        return html, 0
    # the depth after each tag, floored at zero, in C-speed passes: the running sum minus
    # the lowest running sum before it
    sums = list(accumulate(map(_STEP.__getitem__, _NESTING_TAG.findall(html))))
    if max(map(operator.sub, sums, accumulate(sums, min, initial=0)), default=0) <= MAX_NESTING:
        return html, 0
    depth, cut = 0, []
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _FLAT:
            continue
        if m.group(1):
            depth = max(depth - 1, 0)
        elif depth >= MAX_NESTING:
            cut.append(m.start())
        else:
            depth += 1
    if not cut:
        return html, 0
    parts, at = [], 0
    for pos in cut:
        parts.append(html[at:pos])
        parts.append(" ")
        at = pos + 1
    parts.append(html[at:])
    return "".join(parts), len(cut)


#: What :func:`quick_text` drops before taking the text (lexbor does it, in C).
QUICK_SKIP = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object",
              "select", "textarea"]  # fmt: skip


#: :data:`QUICK_SKIP` as one selector: the elements are taken out as ``strip_tags`` takes
#: them (each detached, its contents with it), found in one walk of the tree.
_QUICK_SKIP_SELECTOR = ", ".join(QUICK_SKIP)


def quick_text(tree: Any, skipped: list[Any] | None = None) -> str:
    """The page's text without the line layout or the map to the HTML (for checking that
    a value is shown on the page; much faster than :func:`visible_text`).  Modifies
    ``tree``.  ``skipped``: the elements of :data:`QUICK_SKIP` in page order, when the
    caller found them (:class:`comet.html.page_nodes.PageNodes`)."""
    if skipped is None:  # (one walk of the tree, not one per tag)
        skipped = tree.css(_QUICK_SKIP_SELECTOR)
    for node in skipped:
        node.decompose(False)
    body = tree.body
    return str(body.text(separator="\n", strip=True)) if body is not None else ""


def unescape(text: str) -> str:
    """HTML character references resolved (attribute values, COinS titles)."""
    return _html.unescape(text) if "&" in text else text
