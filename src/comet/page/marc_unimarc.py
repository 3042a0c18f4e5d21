"""UNIMARC fields read as their MARC 21 counterparts (the ``[unimarc]`` crosswalk of
``marc_fields.toml``), so that one mapping reads both formats.

A record is UNIMARC when it has a UNIMARC title field (200) with a subfield and no MARC 21
title field (245). Its 200 becomes a 245 (``$e`` other title information the ``$b``, ``$f``
the statement of responsibility ``$c``), 210 a 260 (``$c`` publisher the ``$b``, ``$d`` date
the ``$c``), 215 a 300, 010 a 020, 101 a 041, 700/701 a 100 and 702 a 700 (``$a`` entry
element and ``$b`` rest of name one inverted ``$a``), and so on; other fields are dropped.
The year of the general processing data (100 ``$a``/09-12) becomes a 008 Date 1, used only
when no imprint date is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from comet.page.marc_map import MarcMap
from comet.page.marc_view import MarcField, Subfield

__all__ = ["from_unimarc", "is_unimarc"]


def is_unimarc(fields: Sequence[MarcField], mm: MarcMap) -> bool:
    """A UNIMARC title field with a subfield and no MARC 21 title field."""
    tags = {f.tag for f in fields if f.subfields}
    return mm.unimarc_title in tags and mm.title_tag not in tags


def from_unimarc(fields: Sequence[MarcField], mm: MarcMap) -> tuple[MarcField, ...]:
    """``fields`` of a UNIMARC record as MARC 21 fields (unchanged when not UNIMARC)."""
    if not is_unimarc(fields, mm):
        return tuple(fields)
    out: list[MarcField] = []
    for f in fields:
        if f.is_control:
            if f.tag in mm.leader_tags:
                out.append(f)
            continue
        if mm.unimarc_dates is not None and f.tag == mm.unimarc_dates[0]:
            fixed = _date_field(f, mm)
            if fixed is not None:
                out.append(fixed)
        rule = mm.unimarc.get(f.tag)
        if rule is None:
            continue
        subs = [Subfield(rule.subfields[s.code], s.value, s.span)
                for s in f.subfields if s.code in rule.subfields]  # fmt: skip
        ind1, ind2 = f.ind1, rule.ind2 if rule.ind2 is not None else f.ind2
        if rule.name:
            entry, rest = f.get("a"), f.get("b")
            if entry is None:
                continue
            value = f"{entry.value.rstrip(' ,')}, {rest.value}" if rest is not None else entry.value
            span = (entry.span[0], max(entry.span[1], rest.span[1] if rest else 0))
            subs.insert(0, Subfield("a", value, span))
            ind1, ind2 = ("1" if rest is not None or f.ind2 == "1" else "0"), " "
        if subs:
            out.append(MarcField(rule.to, ind1, ind2, tuple(subs), None, f.span))
    return tuple(out)


def _date_field(f: MarcField, mm: MarcMap) -> MarcField | None:
    """A MARC 21 008 holding the year of UNIMARC 100 ``$a``/09-12 at 008/07-10."""
    assert mm.unimarc_dates is not None
    _tag, code, a, b = mm.unimarc_dates
    sub = f.get(code)
    year = sub.value[a:b] if sub is not None else ""
    if not (year.isdigit() and len(year) == 4) or sub is None or not sub.value[a - 1 : a].isalpha():
        return None
    start, end = mm.date_pos
    value = " " * start + year + " " * (40 - end)
    return MarcField(mm.fixed_tag, value=value, span=sub.span)
