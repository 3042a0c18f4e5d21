"""What the page says of a document's first page printed as text (:mod:`comet.page.cover`
splits it into blocks before the layout is read): the ``document-cover`` note listing the
blocks, the lines of blocks that are never the title, and the ``cover-fields`` note, the
last stage of :func:`comet.page.parse.parse_record`, tracing each field to its block."""

from __future__ import annotations

from typing import Any

from comet.page.cover import Cover
from comet.page.evidence import _Page

#: characters of a block quoted in the diagnostic at most
NOTE_CHARS = 40


def note_cover(page: _Page, cover: Cover) -> None:
    """Say that the page prints a document's first page as text, and its blocks."""
    shown = []
    for start, end, kind in cover.blocks:
        t = page.text[start:end]
        shown.append(f"{kind}: {t[:NOTE_CHARS]}{'…' if len(t) > NOTE_CHARS else ''}")
    page.memo["cover"] = cover
    page.note(
        "document-cover",
        f"a document's first page printed as text ({cover.how}), read in "
        f"{len(cover.blocks)} blocks: " + " | ".join(shown),
        cover.span,
    )


#: kinds of a cover's blocks that never hold its title (a name, a byline, a date, the
#: body it was made for, an affiliation after a name)
NO_TITLE = frozenset({"name", "byline", "after-name", "date", "client", "page", "mark", "type"})


def cover_lines(page: _Page) -> frozenset[int]:
    """The lines of a cover's blocks that are no title: every block of a transcript's first
    page (the site's heading above the transcript names the document), and a glued cover's
    names, bylines, dates and affiliations (:data:`NO_TITLE`)."""

    def read() -> frozenset[int]:
        cover = page.memo.get("cover")
        if cover is None:
            return frozenset()
        lines = (page.layout.line_at(start) for start, _, kind in cover.blocks
                 if cover.how == "transcript" or kind in NO_TITLE)  # fmt: skip
        return frozenset(ln.index for ln in lines if ln is not None)

    found: frozenset[int] = page.remember(("cover-lines", 0), read)
    return found


#: the fields whose values a ``cover-fields`` note traces to the cover's blocks
TRACED = ("title", "authors", "editors", "issued", "number", "collection_title", "publisher",
          "place", "genre")  # fmt: skip


def _shown(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _shown(v)]
    for attr in ("family", "year"):
        got = getattr(value, attr, None)
        if got is not None:
            return [str(got)]
    return [str(value)] if value else []


def note_cover_fields(page: _Page, value_lines: set[int], f: dict[str, Any]) -> None:
    """The last stage on a page printing a document's first page (:func:`split_cover`): a
    ``cover-fields`` note saying which of the cover's blocks printed each field read."""
    cover = page.memo.get("cover")
    if cover is None:
        return
    texts = [(page.text[a:b].casefold(), kind, n) for n, (a, b, kind) in enumerate(cover.blocks)]
    gave = []
    for field in TRACED:
        for value in _shown(f.get(field)):
            key = value.casefold()
            hit = next(((kind, n) for t, kind, n in texts if key and key in t), None)
            if hit is not None:
                gave.append(f"{field} {value[:NOTE_CHARS]!r} ← block {hit[1] + 1} ({hit[0]})")
    if gave:
        page.note("cover-fields", "read from the cover's blocks: " + "; ".join(gave), cover.span)
