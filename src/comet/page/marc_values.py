"""MARC fields to :class:`~comet.page.model.Record` values, by the rules of ``marc_fields.toml``.

:class:`FieldReader` is the interpreter of :mod:`comet.page.marc_map`'s data for
:func:`comet.page.marc_record.read_marc_view` (and :mod:`comet.marc`): title, imprint dates
with :func:`comet.parse_date`, page counts, identifiers, language, type, series; every removal
and choice becomes a diagnostic. Subfield values are cleaned of ISBD punctuation in
:mod:`comet.page.marc_subfields`, names read in :mod:`comet.page.marc_names`.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet.dates import PartialDate
from comet.dates.years import YEAR_PATTERN
from comet.diagnostics import Severity
from comet.page.extent import bare_count, without_prelims
from comet.page.marc_names import _NameReader
from comet.page.marc_view import MarcField, Subfield
from comet.page.series import drop_locator_word

__all__ = ["FieldReader"]

_LEADER = re.compile(r"[0-9 ^#\\-]{0,5}.([a-z])([a-z])")
_POS38 = frozenset(" dorsx|")  # 008/38 modified record
_POS39 = frozenset(" cdu|")  # 008/39 cataloguing source
_YEAR = re.compile(rf"(?<![0-9]){YEAR_PATTERN}(?![0-9])")


@functools.lru_cache(maxsize=1024)
def _language_tag(code: str) -> str | None:
    """The BCP 47 tag of a MARC language code (cached: a file repeats a few codes)."""
    from comet.vocab import parse_language

    lang = parse_language(code, strict=False).value
    return None if lang is None else str(lang.tag)


def _printed(isbn: Any) -> str:
    """The characters of an ISBN as the record printed it (the same ISBN printed as
    ISBN-10 and as ISBN-13 is kept twice, as the record gives it)."""
    return "".join(c for c in str(getattr(isbn, "raw", isbn)) if c.isalnum()).upper()


#: How a page or a record writes a blank in a fixed field.
_BLANKS = str.maketrans({c: " " for c in "\\#^\t\n\r\x0b\x0c\u00a0"})

_QUALIFIER = re.compile(r"\s*\((?:[^()]{0,80})\)\s*")
#: a page count and its unit; bracketed unnumbered pages may follow the count (``355, [1] с.``)
_COUNT_UNIT = re.compile(r"(\d{1,6})(?:\s*,\s*\[\d{1,4}\])*\s*([^\W\d_]+)\.?")
#: a count then roman back matter before the unit (``260, xlvi p.``), or a count and its unit
#: then bracketed unnumbered pages or plates (``466 p., [8] p. of plates``): the count
_COUNT_BACK = re.compile(r"(\d{1,6})\s*,\s*[ivxlc]{1,8}\s*([^\W\d_]+)\.?")
_COUNT_PLATES = re.compile(r"(\d{1,6})\s*([^\W\d_]+)\.?\s*,\s*\[\d{1,4}\][^,;:]*")


def _collapsed_language(s: str) -> str | None:
    """008/35-37 of an 008 whose blanks the page collapsed: the code followed by what is
    left of 38 (``dorsx|``) and 39 (``cdu|``); one standing after a blank or a digit wins."""
    from comet.vocab import parse_language

    found: list[tuple[bool, int, str]] = []
    # (a short one still starts with 008/00-05, the date entered: '750701s1923 eng u')
    for k in (3, 4, 5) if len(s) >= 20 or (len(s) >= 12 and s[:6].isdigit()) else ():
        code, tail = s[len(s) - k : len(s) - k + 3], s[len(s) - k + 3 :]
        ok = (
            k == 3
            or (k == 4 and tail in _POS38 | _POS39)
            or (k == 5 and tail[0] in _POS38 and tail[1] in _POS39)
        )
        if ok and code.isalpha() and parse_language(code, strict=False).value is not None:
            found.append((not s[len(s) - k - 1 : len(s) - k].isalpha(), -k, code))
    return max(found)[2] if found else None


class FieldReader(_NameReader):
    """Maps the fields of one page to record values, collecting diagnostics."""

    # -- fields ------------------------------------------------------------------
    def title(self) -> None:
        for f in self.tagged(self.mm.title_tag)[:1]:
            parts = [s for s in f.subfields if s.code in self.mm.title_subfields]
            for s in parts[1:]:
                if s.code == "b" and _translation_note(s.value):
                    # 'пер. с нем.' catalogued as other title information: a statement of
                    # the translation, no part of the title
                    self.note("marc-subfield-dropped", f"{f.tag} $b {s.value!r} is a "
                              "translation statement, left out of the title", s.span)  # fmt: skip
                    parts = [p for p in parts if p is not s]
            if not parts:
                return
            title, subtitle = self.joined(parts, f.tag)
            dropped = [s for s in f.subfields if s.code not in self.mm.title_subfields]
            if dropped:
                self.note("marc-subfield-dropped", f"{f.tag}: left ${dropped[0].code} "
                          f"{dropped[0].value!r} out of the title", dropped[0].span)  # fmt: skip
            span = (parts[0].span[0], parts[-1].span[1])
            self.put("title", title, span, f"MARC {f.tag}")
            self.put("subtitle", subtitle or None, span, f"MARC {f.tag} $b")
            if not subtitle:
                self.values["subtitle"] = None

    def imprint(self) -> None:
        from comet.dates import parse_date

        chosen: MarcField | None = None
        date_sub: Subfield | None = None
        date_field = ""
        for tag, ind2 in self.mm.imprint:
            for f in self.tagged(tag):
                if ind2 != "*" and f.ind2 != ind2:
                    continue
                if chosen is None and (f.get(self.mm.place) or f.get(self.mm.publisher)):
                    chosen = f
                if date_sub is None and f.get(self.mm.date) is not None:
                    date_sub, date_field = f.get(self.mm.date), f.tag
        if chosen is not None:
            for code, name in ((self.mm.place, "place"), (self.mm.publisher, "publisher")):
                kept: list[str] = []
                # several 260s are one imprint (a 264 is one statement: place, publisher…)
                same = self.tagged("260") if chosen.tag == "260" else [chosen]
                subs = [s for f in same for s in f.all(code)]
                for s in subs:
                    v = self.clean(s, chosen.tag, brackets=True, inner=False)
                    if v in kept:
                        continue
                    if v.casefold().rstrip(".") in self.mm.absent or not v:
                        self.note("marc-absent-value", f"{chosen.tag} ${code} {s.value!r} says "
                                  f"the {name} is not known: left out", s.span)  # fmt: skip
                    else:
                        kept.append(v)
                if kept:
                    self.put(name, "; ".join(kept), (subs[0].span[0], subs[-1].span[1]),
                             f"MARC {chosen.tag} ${code}")  # fmt: skip
        if date_sub is not None:
            v = self.clean(date_sub, date_field, brackets=True)
            if v.casefold().rstrip(".") in self.mm.absent:
                self.note("marc-absent-value", f"{date_field} $c {date_sub.value!r} says the "
                          "date is not known: left out", date_sub.span)  # fmt: skip
                return
            d = (
                PartialDate(int(v))
                if v.isdigit() and len(v) == 4
                else parse_date(v, strict=False).value
            )
            found = _YEAR.search(v)
            if not isinstance(d, PartialDate) and found is not None:
                d = PartialDate(int(found.group()))
                self.note("marc-date-text-ignored", f"{date_field} $c {date_sub.value!r}: read "
                          f"the year {found.group()}, other words ignored", date_sub.span)  # fmt: skip
            if isinstance(d, PartialDate):
                self.put("issued", PartialDate(d.year), date_sub.span, f"MARC {date_field} $c")
                if v != str(d.year) and found is not None and "marc-date-text-ignored" not in {
                        x.code for x in self.diags[-3:]}:  # fmt: skip
                    self.note("marc-date-read", f"{date_field} $c {date_sub.value!r} read as "
                              f"the year {d.year}", date_sub.span)  # fmt: skip
            else:
                self.note("marc-imprecise-date", f"{date_field} $c {date_sub.value!r} is not "
                          "a year: no date (the 008 date is not used instead)",
                          date_sub.span, Severity.WARNING)  # fmt: skip
            return
        for f in self.tagged(self.mm.fixed_tag):
            a, b = self.mm.date_pos
            year = (f.value or "")[a:b]
            if year.isdigit() and 1000 <= int(year) <= 2100:
                self.put("issued", PartialDate(int(year)), f.span, "MARC 008/07-10")
                self.note("marc-date-from-008", f"no imprint date: issued {year} from "
                          "008/07-10", f.span)  # fmt: skip

    def simple(self) -> None:
        from comet.identifiers import doi, isbn, issn
        from comet.keywords import Keyword
        from comet.locators import parse_pages

        fm = self.mm.fields
        isbns: list[Any] = []
        first: tuple[int, int] | None = None
        for name, rule in fm.items():
            for f in self.tagged(*rule.tags):
                if rule.ind1 is not None and f.ind1 != rule.ind1:
                    continue
                if rule.source and (f.get(rule.source) is None or
                                    f.get(rule.source).value.casefold() != rule.source_value):  # type: ignore[union-attr]  # fmt: skip
                    continue
                for s in f.subfields:
                    if s.code not in rule.subfields:
                        continue
                    ev = f"MARC {f.tag} ${s.code}"
                    if name == "isbn":
                        v = _QUALIFIER.sub(" ", s.value).strip(" :;,.")
                        got = isbn.parse(v, strict=False).value
                        if got is None:
                            self.note("marc-bad-identifier", f"{f.tag} $a {s.value!r} is not a "
                                      "valid ISBN: left out", s.span, Severity.WARNING)  # fmt: skip
                        elif all(_printed(o) != _printed(got) for o in isbns):
                            isbns.append(got)
                            first = first or s.span
                    elif name == "issn" and "issns" not in self.values:
                        sn = issn.parse(s.value.strip(" ;,."), strict=False).value
                        self.put("issns", (sn,) if sn is not None else (), s.span, ev)
                    elif name == "doi" and "doi" not in self.values:
                        self.put("doi", doi.parse(s.value, strict=False).value, s.span, ev)
                    elif name == "edition" and "edition" not in self.values:
                        self.put("edition", self.clean(s, f.tag, brackets=True), s.span, ev)
                    elif name == "url" and s.value.startswith(("http://", "https://")):
                        self.put("urls", (*self.values.get("urls", ()), s.value),
                                 self.spans.get("urls", s.span), ev)  # fmt: skip
                        if "doi.org/10." in s.value and "doi" not in self.values:
                            link = doi.parse(s.value, strict=False).value
                            self.put("doi", link, s.span, f"{ev} (a doi.org link)")
                    elif name == "abstract" and "abstract" not in self.values:
                        self.put("abstract", s.value, s.span, ev)
                    elif name == "extent" and "pages" not in self.values:
                        n = self.page_count(s, f.tag)
                        if n is not None:
                            self.put("pages", parse_pages(f"{n} pp.", strict=False).value,
                                     s.span, ev)  # fmt: skip
                    elif name == "keywords":
                        kws = list(self.values.get("keywords", ()))
                        v = self.clean(s, f.tag)
                        k = Keyword(v, span=s.span, raw=s.value)
                        if v and all(k.key != o.key for o in kws):
                            self.put("keywords", (*kws, k), self.spans.get("keywords", s.span), ev)
                    elif name == "language" and "language" not in self.values:
                        two = s.value.strip(" .;")  # 'en': a two-letter code typed in 041
                        code = two if len(two) == 2 else s.value[:3]
                        self.language(code, s.span, ev, two_letters=True)
                    elif name == "vernacular":
                        self.note("marc-vernacular-ignored", f"{f.tag}: an alternate-script "
                                  "field; the romanised field it links to is used", f.span)  # fmt: skip
                        break
        if isbns:
            self.put("isbns", tuple(isbns), first or (0, 0), "MARC 020 $a")

    def page_count(self, sub: Subfield, tag: str) -> int | None:
        v = self.clean(sub, tag)
        rest, prelims = without_prelims(v)
        m = _COUNT_UNIT.fullmatch(rest)
        if m is not None and m.group(2) in self.mm.page_units:
            return int(m.group(1))
        m = _COUNT_BACK.fullmatch(rest) or _COUNT_PLATES.fullmatch(rest)
        if m is not None and m.group(2) in self.mm.page_units:
            return int(m.group(1))  # roman back matter, bracketed pages or plates after it
        bare = bare_count(v)
        if bare is not None and (prelims or int(bare) > 4):
            # a bare count (``214.``, ``xii, 240``): 300 $a is the extent, and a count of
            # pages is what a catalogue leaves its unit off (``2 v.`` keeps it)
            self.note("marc-extent-bare-count", f"{tag} $a {sub.value!r}: a bare count read "
                      "as the number of pages", sub.span)  # fmt: skip
            return int(bare)
        self.note("marc-extent-not-pages", f"{tag} $a {sub.value!r} is not one page count",
                  sub.span)  # fmt: skip
        return None

    def language(
        self, code: str, span: tuple[int, int], evidence: str, *, two_letters: bool = False
    ) -> bool:
        """The work's language from a MARC code (``eng``; an ISO 639-1 ``en`` where
        ``two_letters``: a code typed into 041 by hand, never a fixed-field position)."""
        code = code.casefold()
        sizes = (2, 3) if two_letters else (3,)
        if len(code) not in sizes or not code.isalpha() or code in self.mm.ignore_languages:
            return False
        tag = _language_tag(code)
        if tag is None:
            return False
        self.put("language", tag, span, evidence)
        return True

    def fixed(self) -> None:
        """Type from the leader, language from 008/35-37 (read from the end when the page
        collapsed the 008's blanks)."""
        for f in self.fields:
            if not f.value or (f.tag not in self.mm.leader_tags and f.tag != self.mm.fixed_tag):
                continue
            value = f.value.translate(_BLANKS)
            lead = _LEADER.match(value) if f.tag in self.mm.leader_tags else None
            if lead is not None and "type" not in self.evidence:
                # 05-07 after the record length (digits, or blanked/dashed, or left out)
                rec, level = lead.group(1), lead.group(2)
                t = self.mm.record_types.get(rec)
                if rec in self.mm.textual and level in self.mm.level_types:
                    t = self.mm.level_types[level]
                if t is not None:
                    self.put("csl_type", t, f.span, f"MARC leader/06-07 {rec}{level}")
                    self.evidence["type"] = "leader"
            elif f.tag == self.mm.fixed_tag and "language" not in self.values:
                a, b = self.mm.language_pos
                if len(value) == 40:
                    self.language(value[a:b], f.span, "MARC 008/35-37")
                    continue
                # blanks collapsed: 35-37 stand before what is left of 38 and 39
                code = _collapsed_language(value.rstrip())
                if code is not None:
                    self.language(code, f.span, "MARC 008/35-37 (blanks collapsed)")
        if "csl_type" not in self.values and self.tagged(*self.mm.book_tags):
            f = self.tagged(*self.mm.book_tags)[0]
            self.put("csl_type", "book", f.span, f"MARC {f.tag} (an ISBN field and no leader type)")
        serial = self.tagged(*self.mm.serial_tags) if self.mm.serial_tags else []
        if serial and self.values.get("csl_type") in (None, "book"):
            f = serial[0]
            self.put("csl_type", "periodical", f.span, f"MARC {f.tag} (a serial's field)")
        if self.tagged(*self.mm.thesis_tags):
            t = self.values.get("csl_type")
            if t is None or t in self.mm.thesis_of:
                f = self.tagged(*self.mm.thesis_tags)[0]
                self.put("csl_type", "thesis", f.span, f"MARC {f.tag} (dissertation note)")

    def series(self) -> None:
        for tag, tcode, ncode in self.mm.series:
            for f in self.tagged(tag):
                t = f.get(tcode)
                if t is None:
                    continue
                at = f.subfields.index(t)
                parts = [t, *(s for s in f.subfields[at + 1 :] if s.code in "np")]
                title, subtitle = self.joined(parts, f.tag)
                full = f"{title}: {subtitle}" if subtitle else title
                self.put("collection_title", full, t.span, f"MARC {tag} ${tcode}")
                n = f.get(ncode)
                if n is not None:
                    num = drop_locator_word(self.clean(n, f.tag), _numbering_words())
                    self.put("collection_number", num, n.span, f"MARC {tag} ${ncode}")
                return


@functools.cache
def _translator_words() -> tuple[str, ...]:
    """The locales' translator role words (``пер.``, ``trans.``, ``übers.``), folded."""
    from comet import locales as _loc

    words = _loc.terms_of("person_names", _loc.all_rules(), "translator")
    return tuple(sorted({w.casefold() for w in words}, key=len, reverse=True))


def _translation_note(value: str) -> bool:
    """Other title information that is a statement of the translation (``пер. с нем.``,
    ``trans. from the German``): a translator word of the locales, then a word, and no more
    than five words in all."""
    v = value.strip(" :;/").casefold()
    if len(v.split()) > 5:
        return False
    return any(v.startswith(w) and v[len(w) : len(w) + 1] == " " and len(v) > len(w) + 1
               for w in _translator_words())  # fmt: skip


@functools.cache
def _numbering_words() -> frozenset[str]:
    """The locales' locator words (``v.``, ``Bd.``, ``т.``, ``вып.``), folded, without dots."""
    from comet import locales as _loc
    from comet.locators.words import numbering_terms

    words = numbering_terms(_loc.all_rules())
    return frozenset(w.casefold().rstrip(".") for w in words)
