"""A work's abstract: a labelled one, a shop's description, or the first long prose
paragraph of the main text."""

from __future__ import annotations

import re

from comet.page.evidence import _BULLET, W_LABEL, Cand, _Page
from comet.page.layout import Line


def _paragraph_after(page: _Page, line_index: int) -> tuple[str, int, int] | None:
    lines = page.layout.lines
    parts: list[Line] = []
    for line in lines[line_index + 1 :]:
        if line.index in page.layout.label_lines:
            break
        if parts and line.blank_before:
            break
        parts.append(line)
    if not parts:
        return None
    return " ".join(p.text for p in parts), parts[0].start, parts[-1].end


_TRAIL_NOTE = re.compile(r"\s*[-–—]\s*(?:Reproduced|[A-Z][a-z]+ed)\s*\.?\s*$")


def _abstract(page: _Page, value_lines: set[int]) -> tuple[str | None, str | None]:
    cands: list[Cand] = []
    for lv in page.layout.labels:
        if lv.key not in ("abstract", "summary") or page.weight(lv.value_start) < 1:
            continue
        if lv.value and lv.layout in ("same-line", "glued", "inline", "next-line"):
            text = lv.value
            if lv.layout == "next-line":
                para = _paragraph_after(page, lv.line)
                if para is not None:
                    text = para[0]
            cands.append(Cand(text, W_LABEL, (lv.value_start, lv.value_end), f"label '{lv.label}'"))
        elif not lv.value:
            para = _paragraph_after(page, lv.line)
            if para is not None and len(para[0]) > 80:
                cands.append(Cand(para[0], W_LABEL, (para[1], para[2]), f"label '{lv.label}'"))
    best = page.choose("abstract", cands, explain=False)
    if best is None:
        desc = _described(page)
        if desc is not None:
            return None, desc
    if best is not None:
        text = _TRAIL_NOTE.sub("", str(best.value)).strip()
        if text != best.value:
            page.note("removed-note", "removed a trailing cataloguing note from the abstract",
                      best.span)  # fmt: skip
        _count_duplicates(page, text)
        return text, None
    # no label: the first long prose paragraph of the main zone
    for line in page.layout.lines:
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        if line.index in value_lines:
            continue
        t = line.text
        if len(t) >= 300 and len(t.split()) >= 40 and not _BULLET.match(t):
            page.spans["abstract"] = page.to_raw(line.start, line.end)
            if page.kind is not None and "prose_is_description" in page.kind.flags:
                return None, t
            return t, None
    return None, None


def _described(page: _Page) -> str | None:
    """A long paragraph under a ``Description`` heading (a shop's or publisher's blurb)."""
    for lv in page.layout.labels:
        if lv.key != "description" or page.weight(lv.value_start) < 1:
            continue
        text = lv.value
        if not text:
            para = _paragraph_after(page, lv.line)
            text = para[0] if para is not None else ""
        if len(text) >= 200:
            return text
    return None


def _count_duplicates(page: _Page, text: str) -> None:
    head = text[:80]
    n = page.text.count(head) if len(head) >= 40 else 1
    if n > 1:
        page.note("removed-duplicate", f"the abstract occurs {n} times on the page; kept once")
