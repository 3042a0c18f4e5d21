"""A MARC view on a page (a Koha/VuFind MARC table, MARC breaker text) read into record values.

:func:`read_marc_view` finds the MARC rows (:mod:`comet.page.marc_view`), lets
:class:`~comet.page.marc_values.FieldReader` map them by the rules of ``marc_fields.toml``,
and returns a :class:`MarcView`: the values, their spans and evidence, and
:meth:`MarcView.apply`, which puts them into the record read from the page's other lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.page import marc_coded, marc_labelled
from comet.page.marc_map import load_map
from comet.page.marc_unimarc import from_unimarc
from comet.page.marc_values import FieldReader
from comet.page.marc_view import _QUICK, MarcField, read_marc_fields
from comet.page.model import Record

__all__ = ["MarcView", "read_marc_view"]


@attrs.frozen
class MarcView:
    """A MARC view read from a page: its fields, the record values they give (with the
    span and the field each came from) and the diagnostics of every removal and choice."""

    fields: tuple[MarcField, ...]
    values: Mapping[str, Any]
    spans: Mapping[str, tuple[int, int]]
    evidence: Mapping[str, str]
    diagnostics: tuple[Diagnostic, ...]

    def masked(self, text: str) -> str:
        """``text`` with the MARC rows blanked (same length, line breaks kept), so that the
        line readers of :func:`comet.parse_record` do not read them as ordinary lines."""
        chars = list(text)
        for f in self.fields:
            for i in range(f.span[0], min(f.span[1], len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)

    def apply(self, record: Record, raw: str) -> Record:
        """``record`` (read from the page's other lines, the MARC rows masked) with the MARC
        values in.  A MARC value is block evidence (``parse.W_BLOCK``) and wins; the MARC
        record is the page's record, so a bibliographic field it lacks is not taken from
        the page's chrome (``MARC view: …`` headings, menus) either.  Each replaced or
        dropped value is reported; the masked rows' whitespace diagnostics are not."""
        from comet.page.evidence import W_BLOCK

        spans = dict(record.spans)
        rows = [f.span for f in self.fields]
        diags = [d for d in record.diagnostics
                 if d.span is None or not any(a <= d.span[0] and d.span[1] <= b + 1
                                              for a, b in rows)]  # fmt: skip
        diags.extend(self.diagnostics)
        changes: dict[str, Any] = {}
        # a record without its title field is a part of one (a display cut short): what it
        # lacks is not known to be absent, and the page's other lines keep it
        whole = "title" in self.values
        for name in _BIBLIOGRAPHIC:
            old = getattr(record, name)
            new = self.values.get(name)
            empty = old in (None, (), "") or (isinstance(old, Mapping) and not old)
            if name not in self.values:
                if empty or name == "abstract" or not whole:
                    continue
                new = {} if isinstance(old, Mapping) else () if isinstance(old, tuple) else None
                diags.append(Diagnostic(
                    "marc-line-value-dropped",
                    f"{name}: dropped {_show(old)} read from the page's other lines; the "
                    "page's MARC record has no such field", spans.pop(name, None),
                    Severity.WARNING,
                ))  # fmt: skip
            elif not empty and old != new and name != "subtitle":
                diags.append(Diagnostic(
                    "chose-candidate",
                    f"{name}: chose {_show(new)} ({self.evidence.get(name, 'MARC')}, weight "
                    f"{W_BLOCK}) over {_show(old)} (read from the page's other lines)",
                    self.spans.get(name),
                ))  # fmt: skip
            changes[name] = new
            if name in self.spans:
                spans[name] = self.spans[name]
        return attrs.evolve(record, **changes, spans=spans, raw=raw, diagnostics=tuple(diags))


#: Record fields the MARC record decides on a MARC view (others: urls, holdings, page
#: language, references … stay as the page's other lines gave them).
_BIBLIOGRAPHIC = (
    "title", "subtitle", "translated_titles", "authors", "editors", "roles", "csl_type",
    "issued", "container_title", "collection_title", "collection_number", "edition", "volume", "issue", "pages", "number", "doi", "issns", "isbns", "publisher",
    "place", "language", "keywords", "abstract", "event", "urls",
)  # fmt: skip


def _show(value: Any) -> str:
    text = "; ".join(str(v) for v in value) if isinstance(value, tuple) else str(value)
    return repr(text if len(text) <= 60 else text[:57] + "…")


def _mostly_marc(text: str, fields: Sequence[MarcField]) -> bool:
    """Two or more fields making up at least half of the text's non-blank lines."""
    if len(fields) < 2:
        return False
    lines = sum(1 for line in text.split("\n") if line.strip())
    rows = sum(text.count("\n", *f.span) + 1 for f in fields)
    return 2 * rows >= lines


def _titled(fields: Sequence[MarcField], mm: Any) -> bool:
    """A MARC 21 or UNIMARC title field with a subfield among ``fields``."""
    return any(f.subfields and f.tag in (mm.title_tag, mm.unimarc_title) for f in fields)


#: the literals one of which every row :data:`comet.page.marc_view._QUICK` finds opens with
#: (tested first, in C: most pages hold none)
_QUICK_TAGS = ("245", "LDR", "LEADER", "Leader", "000")


def read_marc_view(text: str) -> MarcView | None:
    """The MARC view on a page, or ``None`` when the page has too few MARC rows to be one
    (a title field with a subfield or a leader, and ``detect.min_fields`` fields in all, or
    two fields making up half the text)."""
    if not isinstance(text, str):
        return None
    tagged = any(t in text for t in _QUICK_TAGS) and _QUICK.search(text) is not None
    labelled_may = not tagged and marc_labelled.may_hold(text)
    if not tagged and not labelled_may and not marc_coded.may_hold(text):
        return None
    mm = load_map()
    fields = read_marc_fields(text) if tagged else ()
    if not _titled(fields, mm):
        labelled = marc_labelled.read_labelled_fields(text, checked=labelled_may)
        if labelled:
            fields = labelled
        else:
            coded = marc_coded.read_coded_fields(text, mm)
            if coded:
                fields = coded
    printed = tuple(fields)  # the rows as printed: every one is masked, UNIMARC's too
    fields = from_unimarc(fields, mm)
    anchors = [f for f in fields if (f.tag == mm.title_tag and f.subfields)
               or (f.tag in mm.leader_tags and f.value)]  # fmt: skip
    if not anchors or (len(printed) < mm.min_fields and not _mostly_marc(text, printed)):
        return None
    r = FieldReader(fields, mm)
    r.note("marc-view", f"read {len(printed)} MARC fields; their values are block evidence and "
           "their rows are not read as ordinary lines", (printed[0].span[0], printed[-1].span[1]))  # fmt: skip
    r.fixed()
    r.title()
    r.names()
    r.imprint()
    r.simple()
    r.series()
    return MarcView(printed, r.values, r.spans, r.evidence, tuple(r.diags))
