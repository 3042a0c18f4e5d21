"""A record's frequency of publication under its label (``Frecuencia de publicación:
Anual``, ``Erscheinungsweise: jährlich``, ``Frequency: Quarterly``): only a serial (a
journal, a yearbook, a newspaper) comes out at a frequency, so a record that prints one and
no locator of a part of it (no DOI, container, volume, issue or pages; no book's ISBN)
describes a periodical. The labels are locale data (``[labels]`` ``frequency``); a value
with a digit (``101.5 FM``, ``4 issues per year`` beside a journal's article) or longer than
a few words is no record's frequency term.
"""

from __future__ import annotations

from typing import Any

from comet.page.evidence import W_POS, Cand, _Page

__all__ = ["frequency_type"]

#: words of a frequency term at most (``Anual``, ``Two times a year``)
FREQUENCY_WORDS = 4
#: fields of a part of a serial, or of a book, that a serial's own record lacks
_PART_FIELDS = ("doi", "container_title", "volume", "issue", "pages", "isbns")


def frequency_type(page: _Page, record: dict[str, Any]) -> Cand | None:
    """The periodical a frequency label's value shows, or ``None``."""
    if any(record.get(k) for k in _PART_FIELDS):
        return None
    for lv in page.layout.values("frequency"):
        value = lv.value.strip(" .;")
        if (
            not value
            or len(value.split()) > FREQUENCY_WORDS
            or any(ch.isdigit() for ch in value)
            or page.weight(lv.value_start) < 1
        ):
            continue
        span = (lv.value_start, lv.value_end)
        return Cand("periodical", W_POS, span, f"label '{lv.label}' (a serial's frequency)")
    return None
