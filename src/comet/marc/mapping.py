"""A raw MARC record to comet's :class:`~comet.page.model.Record`, by the rules of
``comet/page/marc_fields.toml``.

:class:`RecordReader` is the MARC-view :class:`~comet.page.marc_values.FieldReader` (title,
names and relators, imprint, identifiers, extent, series, keywords, type, language) plus
the rules a whole record needs and a page rarely shows: the leader's and 008's type
refinements (thesis, dataset, still images), 008 country of publication (ISO 3166),
the 502 dissertation note, the 773 host item (``comet.parse_locator`` on ``$g``), date
corrections (``1998 [i.e. 1999]``) and the 880 fields paired with the fields they
transcribe.  Every choice and removal is a diagnostic of the record.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

from comet.dates import PartialDate
from comet.dates.years import YEAR_PATTERN
from comet.diagnostics import Diagnostic, Severity
from comet.marc.fields import RawRecord
from comet.page.marc_map import MarcMap, load_map
from comet.page.marc_values import FieldReader
from comet.page.marc_view import MarcField
from comet.page.model import Record

__all__ = ["MarcRecord", "country_code", "map_record"]

_YEAR = re.compile(rf"(?<![0-9]){YEAR_PATTERN}(?![0-9])")
_LINK = re.compile(r"([0-9]{3})-([0-9]{2})")


@functools.cache
def _countries() -> Mapping[str, str]:
    text = resources.files("comet.marc").joinpath("countries.toml").read_text("utf-8")
    return dict(tomllib.loads(text)["codes"])


def country_code(marc: str) -> str | None:
    """The ISO 3166 code (``US-NY``, ``GB-ENG``, ``FR``) of a MARC country code (``nyu``,
    ``enk``, ``fr``), or ``None`` for an unknown or "no place" code."""
    return _countries().get(marc.strip().lower())


@attrs.frozen
class MarcRecord:
    """One MARC record read and mapped: the :class:`~comet.page.model.Record` (``raw`` is
    the record's breaker text, ``spans`` point into it), the record's position in its file,
    its format, leader and control number, the ISO 3166 country of publication (008/15-17),
    the vernacular (880) title, names and publisher, and CSL fields a ``Record`` has no slot
    for (``genre`` of a thesis)."""

    record: Record
    position: int
    format: str
    leader: str
    control_number: str | None = None
    country: str | None = None
    vernacular: Mapping[str, Any] = attrs.field(factory=dict)
    extra: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        return self.record.diagnostics

    def to_csl(self, *, id: str | None = None) -> dict[str, Any]:
        """The record as a CSL-JSON item; ``_vernacular`` (a comet extension) holds the
        880 title, authors and publisher where the record has them."""
        item = self.record.to_csl(id=id or self.control_number or f"marc-{self.position}")
        if self.record.csl_type is None:
            item.pop("type", None)
        for key, value in self.extra.items():
            item.setdefault(key, value)
        if self.vernacular:
            item["_vernacular"] = dict(self.vernacular)
        return item

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready ``dict``: the CSL item, the record's position, format, country and
        diagnostics (the ``jsonl`` rows of ``comet normalize``)."""
        return {
            "position": self.position,
            "format": self.format,
            "control_number": self.control_number,
            "country": self.country,
            "csl": self.to_csl(),
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }


class RecordReader(FieldReader):
    """:class:`FieldReader` with the whole-record rules of ``[record]``."""

    def __init__(self, raw: RawRecord, mm: MarcMap) -> None:
        leader = MarcField("LDR", value=raw.leader, span=(0, 6 + len(raw.leader)))
        super().__init__((leader, *raw.fields), mm)
        self.raw = raw
        self.rules = mm.record
        self.extra: dict[str, Any] = {}
        self.vernacular: dict[str, Any] = {}
        self.fixed_value = next((f.value or "" for f in raw.fields if f.tag == mm.fixed_tag), "")
        self.by_tag: dict[str, list[MarcField]] = {}
        for f in self.fields:
            self.by_tag.setdefault(f.tag, []).append(f)

    def tagged(self, *tags: str) -> list[MarcField]:
        if len(tags) == 1:
            return self.by_tag.get(tags[0], [])
        return [f for f in self.fields if f.tag in tags]

    # -- type ------------------------------------------------------------------
    def record_type(self) -> None:
        leader, f008 = self.raw.leader, self.fixed_value
        rec = leader[6:7]
        if rec not in self.rules["bibliographic"]:
            self.values.pop("csl_type", None)
            self.note("marc-not-bibliographic", f"leader/06 {rec!r} is not a bibliographic "
                      "record type: no CSL type", None, Severity.WARNING)  # fmt: skip
            return
        t = self.values.get("csl_type")
        if rec == "g" and f008[33:34] in self.rules["graphic_formats"]:
            t = "graphic"
        elif rec == "m":
            t = "dataset" if f008[26:27] in self.rules["dataset_file"] else "software"
        elif t in self.mm.thesis_of:
            a, b = self.rules["thesis_contents"]
            if rec in self.mm.textual and any(c in self.rules["thesis_codes"] for c in f008[a:b]):
                t = "thesis"
                self.note("marc-type", "008/24-27 says the work is a thesis", None)
        if t is not None:
            self.values["csl_type"] = t
            self.spans.setdefault("csl_type", (0, 30))

    # -- 008 country ------------------------------------------------------------
    def country(self) -> str | None:
        a, b = self.rules["country"]
        code = self.fixed_value[a:b]
        if not code.strip(" |"):
            return None
        iso = country_code(code)
        if iso is None:
            self.note("marc-country-unknown", f"008/15-17 {code!r} is not a MARC country "
                      "code comet knows (or says no place)", None)  # fmt: skip
        return iso

    # -- dates: corrections ------------------------------------------------------
    def corrected_date(self) -> None:
        words = self.rules["date_correction"]
        for f in self.fields:
            if f.tag not in ("260", "264"):
                continue
            for s in f.all(self.mm.date):
                low = s.value.casefold()
                for w in words:
                    at = low.find(w + ".") if not w.endswith(".") else low.find(w)
                    if at < 0 or (at and low[at - 1].isalpha()):
                        continue
                    m = _YEAR.search(s.value, at)
                    issued = self.values.get("issued")
                    if m is not None and issued is not None and issued.year != int(m.group()):
                        self.values["issued"] = PartialDate(int(m.group()))
                        self.note("marc-date-corrected", f"{f.tag} $c {s.value!r}: the "
                                  f"corrected year {m.group()} is used", s.span)  # fmt: skip
                    return

    # -- 502 ---------------------------------------------------------------------
    def thesis(self) -> None:
        fields = self.tagged(self.rules["thesis_tag"])
        if not fields:
            return
        f = fields[0]
        degree = f.get("b")
        inst = f.get("c")
        if degree is not None:
            self.extra["genre"] = self.clean(degree, f.tag)
        if inst is not None and "publisher" not in self.values:
            self.put("publisher", self.clean(inst, f.tag), inst.span, f"MARC {f.tag} $c")
        note = f.get("a")
        if note is None or degree is not None:
            return
        m = re.match(r"\s*([^\W\d_][\w.-]*)\s*[.:]?\s*(?:\(([^)]{1,60})\))?\s*(?:--|—|,)?\s*(.*)",
                     note.value)  # fmt: skip
        if m is None or m.group(1).casefold().rstrip(".") not in self.rules["thesis_words"]:
            return
        if m.group(2):
            self.extra["genre"] = m.group(2).strip()
        rest = _YEAR.sub("", m.group(3)).strip(" ,.;:")
        if rest and "publisher" not in self.values and m.group(2):
            self.put("publisher", rest, note.span, f"MARC {f.tag} $a (institution)")
            self.note("marc-thesis-institution", f"{f.tag} $a {note.value!r}: degree "
                      f"{m.group(2)!r}, institution {rest!r}", note.span)  # fmt: skip

    # -- 773 ---------------------------------------------------------------------
    def host(self) -> None:
        from comet.identifiers import issn
        from comet.locators import parse_locator

        for f in self.tagged(self.rules["host_tag"])[:1]:
            title = next((f.get(c) for c in self.rules["host_title"] if f.get(c)), None)
            if title is not None:
                self.put("container_title", self.clean(title, f.tag), title.span,
                         f"MARC {f.tag} ${title.code}")  # fmt: skip
            g = f.get(self.rules["host_locator"])
            if g is not None:
                loc = parse_locator(g.value, strict=False)
                if loc.value is None:
                    self.note("marc-host-locator", f"{f.tag} $g {g.value!r}: no volume, issue "
                              "or pages read", g.span, Severity.WARNING)  # fmt: skip
                else:
                    v = loc.value
                    ev = f"MARC {f.tag} $g"
                    self.put("volume", v.volume, g.span, ev)
                    self.put("issue", v.issue, g.span, ev)
                    if v.pages is not None:
                        self.values.pop("pages", None)
                        self.put("pages", v.pages, g.span, ev)
                    if v.issued is not None and "issued" not in self.values:
                        self.put("issued", v.issued, g.span, ev)
            x = f.get(self.rules["host_issn"])
            if x is not None and "issns" not in self.values:
                sn = issn.parse(x.value.strip(" ;,."), strict=False).value
                if sn is not None:
                    self.put("issns", (sn,), x.span, f"MARC {f.tag} $x")
            if self.values.get("csl_type") in ("book", "chapter", None) and title is not None:
                serial = f.get(self.rules["host_issn"]) is not None or self.raw.leader[7] == "b"
                self.values["csl_type"] = "article-journal" if serial else "chapter"

    # -- 880 ---------------------------------------------------------------------
    def alternate_script(self) -> None:
        code = self.rules["linkage"]
        for f in self.tagged("880"):
            link = f.get(code)
            m = _LINK.match(link.value) if link is not None else None
            if m is None:
                continue
            tag = m.group(1)
            subs = tuple(s for s in f.subfields if s.code != code)
            if tag in self.rules["vernacular_title"] and "title" not in self.vernacular:
                parts = [s for s in subs if s.code in self.mm.title_subfields]
                if parts:
                    title, subtitle = self.joined(parts, "880")
                    self.vernacular["title"] = f"{title}: {subtitle}" if subtitle else title
            elif tag in self.rules["vernacular_names"]:
                rule = self.mm.names.get(tag)
                words = [self.clean(s, "880", brackets=True) for s in subs
                         if rule is not None and s.code in rule.subfields]  # fmt: skip
                words = [p for p in words if p]
                if rule is None or not words:
                    continue
                if rule.form != "person" or f.ind1 in ("0", "3"):
                    name = {"literal": ". ".join(words)}
                else:
                    name = self.inverted(words[0], MarcField(tag, f.ind1, f.ind2, subs)).to_csl()
                self.vernacular.setdefault("author", []).append(name)
            elif tag in self.rules["vernacular_publisher"] and "publisher" not in self.vernacular:
                pubs = [self.clean(s, "880", brackets=True) for s in subs if s.code == "b"]
                pubs = [p for p in pubs if p and p.casefold().rstrip(".") not in self.mm.absent]
                if pubs:
                    self.vernacular["publisher"] = "; ".join(pubs)
        if self.vernacular:
            self.note("marc-vernacular", "880 fields give the title, names or publisher in "
                      f"their original script: {', '.join(sorted(self.vernacular))}", None)  # fmt: skip

    # -- keywords ------------------------------------------------------------------
    def keywords(self) -> None:
        from comet.keywords import Keyword

        tags = self.rules["keyword_tags"]
        subdivisions = self.rules["keyword_subdivisions"]
        kws: list[Keyword] = []
        for f in self.tagged(*tags):
            for s in f.subfields:
                if s.code != "a" and s.code not in subdivisions:
                    continue
                v = self.clean(s, f.tag)
                k = Keyword(v, span=s.span, raw=s.value)
                if v and all(k.key != o.key for o in kws):
                    kws.append(k)
        self.values.pop("keywords", None)
        if kws:
            self.put("keywords", tuple(kws), kws[0].span or (0, 0), "MARC subject fields")


def _no_vernacular(mm: MarcMap) -> MarcMap:
    """The map without the 880 note of the MARC-view reader (880s are paired here)."""
    fields = {k: v for k, v in mm.fields.items() if k != "vernacular"}
    return attrs.evolve(mm, fields=fields)


@functools.cache
def _map() -> MarcMap:
    return _no_vernacular(load_map())


@functools.cache
def used_tags() -> frozenset[str]:
    """The data-field tags the mapping reads (the others stay in the record's text only)."""
    mm = load_map()
    rules = mm.record
    tags = {mm.title_tag, *mm.names, *(t for t, _ in mm.imprint), *(t for t, _, _ in mm.series)}
    tags.update(t for rule in mm.fields.values() for t in rule.tags)
    tags.update(rules["keyword_tags"])
    tags.update((rules["thesis_tag"], rules["host_tag"], "880"))
    return frozenset(tags)


def map_record(raw: RawRecord) -> MarcRecord:
    """The :class:`MarcRecord` of one raw record (never raises on a record the readers
    built: a field the rules cannot read is a diagnostic)."""
    mm = _map()
    r = RecordReader(raw, mm)
    r.diags.extend(raw.diagnostics)
    r.fixed()
    r.record_type()
    r.title()
    if "title" not in r.values:
        r.note("marc-no-title", f"no {mm.title_tag} $a: the record has no title", None,
               Severity.WARNING)  # fmt: skip
    r.names()
    r.imprint()
    r.corrected_date()
    r.simple()
    r.keywords()
    r.series()
    r.thesis()
    r.host()
    r.alternate_script()
    country = r.country()
    control = next((f.value for f in raw.fields if f.tag == "001" and f.value), None)
    values = {k: v for k, v in r.values.items() if k in _RECORD_FIELDS}
    record = Record(**values, kind="marc", source=control, spans=dict(r.spans), raw=raw.text,
                    diagnostics=tuple(r.diags))  # fmt: skip
    return MarcRecord(record, raw.position, raw.format, raw.leader, control, country,
                      r.vernacular, r.extra)  # fmt: skip


_RECORD_FIELDS = frozenset(a.name for a in attrs.fields(Record))
