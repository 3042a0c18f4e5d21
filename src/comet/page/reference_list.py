"""A page's reference list: its zone read by :func:`comet.references.parse_references` (its
first part when it is longer than that reads), with diagnostics placed in the page."""

from __future__ import annotations

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.page.evidence import _Page
from comet.references import MAX_BLOCK_LENGTH as REFERENCES_MAX_LENGTH
from comet.references import Reference, parse_references


def _references(page: _Page) -> tuple[tuple[Reference, ...], list[Diagnostic]]:
    lines = page.layout.lines
    ref_lines = [ln for ln in lines if ln.zone == "references"]
    if not ref_lines:
        return (), []
    start, end = ref_lines[0].start, ref_lines[-1].end
    diags: list[Diagnostic] = []
    if end - start > REFERENCES_MAX_LENGTH:
        # a list longer than parse_references reads: its first part, cut at a line break
        cut = page.text.rfind("\n", start, start + REFERENCES_MAX_LENGTH)
        cut = cut if cut > start else start + REFERENCES_MAX_LENGTH
        diags.append(
            Diagnostic(
                "references-truncated",
                f"the reference list is longer than {REFERENCES_MAX_LENGTH:,} characters: "
                "the rest is not parsed",
                page.to_raw(cut, end),
                Severity.WARNING,
            )
        )
        end = cut
    result = parse_references(page.text[start:end], locales=page.rules, strict=False)
    if result.value is None:
        return (), diags
    page.spans["references"] = page.to_raw(start, end)
    for d in result.diagnostics:
        span = None if d.span is None else page.to_raw(d.span[0] + start, d.span[1] + start)
        diags.append(attrs.evolve(d, span=span))
    return tuple(result.value.references), diags
