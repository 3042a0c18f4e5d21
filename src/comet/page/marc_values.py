"""MARC fields to :class:`~comet.page.model.Record` values, by the rules of ``marc_fields.toml``.

:class:`FieldReader` is the interpreter of :mod:`comet.page.marc_map`'s data for
:func:`comet.page.marc_record.read_marc_view` (and :mod:`comet.marc`): ISBD punctuation removed, names parsed with
:func:`comet.parse_name` (roles from relators), imprint dates with :func:`comet.parse_date`,
page counts, identifiers, language, type; every removal and choice becomes a diagnostic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from comet.dates import PartialDate
from comet.dates.years import YEAR_PATTERN
from comet.diagnostics import Diagnostic, Severity
from comet.page.extent import bare_count, without_prelims
from comet.page.marc_map import MarcMap
from comet.page.marc_view import MarcField, Subfield
from comet.page.series import drop_locator_word
from comet.text import ISBD_END_MARKS, without_brackets

if TYPE_CHECKING:
    from comet.names import Person

__all__ = ["FieldReader"]

_ISBD_END = frozenset(ISBD_END_MARKS + ".")  # a period too: _end keeps an abbreviation's
#: a personal heading without its comma: a surname (one word, or hyphenated), then only
#: initials (a body's name of two words before initials stays whole: ``Riverside University A.B.``)
#: (``Mehrotra V. K.``, ``Varma C K``, ``Волков А.Г.``)
_FAMILY_INITIALS = re.compile(r"([^\W\d_][^\W\d_'-]+)\s+((?:[^\W\d_](?:\.\s*|\s+|$)){1,3})")
#: an initial, or initials glued (``V.``, ``А.Г.``, ``Ю.Лесков`` is no initial)
_INITIAL = re.compile(r"(?:[^\W\d_]\.){1,3}")
#: the first indicator of a personal name field (X00) whose entry element is the surname
_SURNAME_FIRST = "1"
_LEADER = re.compile(r"[0-9 ^#\\-]{0,5}.([a-z])([a-z])")
_POS38 = frozenset(" dorsx|")  # 008/38 modified record
_POS39 = frozenset(" cdu|")  # 008/39 cataloguing source
_YEAR = re.compile(rf"(?<![0-9]){YEAR_PATTERN}(?![0-9])")
_TERM_SPLIT = re.compile(r",|&|\band\b|\bund\b|\bet\b|\bog\b")


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


def _join_units(parts: Sequence[str]) -> str:
    """Organisation units joined with ``. `` (a unit ending in a period gets a space only)."""
    out = parts[0]
    for p in parts[1:]:
        out += (" " if out.endswith(".") else ". ") + p
    return out


#: How a page or a record writes a blank in a fixed field.
_BLANKS = str.maketrans({c: " " for c in "\\#^\t\n\r\x0b\x0c\u00a0"})


def _norm_space(text: str) -> str:
    return " ".join(text.split())


_QUALIFIER = re.compile(r"\s*\((?:[^()]{0,80})\)\s*")
#: a page count and its unit; bracketed unnumbered pages may follow the count (``355, [1] с.``)
_COUNT_UNIT = re.compile(r"(\d{1,6})(?:\s*,\s*\[\d{1,4}\])*\s*([^\W\d_]+)\.?")
_SUFFIX = re.compile(r"(?:Jr|Sr)\.?|[IVX]{1,5}")


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


class FieldReader:
    """Maps the fields of one page to record values, collecting diagnostics."""

    def __init__(self, fields: Sequence[MarcField], mm: MarcMap) -> None:
        self.fields = fields
        self.mm = mm
        self.values: dict[str, Any] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        self.evidence: dict[str, str] = {}
        self.diags: list[Diagnostic] = []

    def put(self, name: str, value: Any, span: tuple[int, int], evidence: str) -> None:
        if value in (None, "", ()):
            return
        self.values[name] = value
        self.spans[name] = span
        self.evidence[name] = evidence

    def note(self, code: str, message: str, span: tuple[int, int] | None,
             severity: Severity = Severity.INFO) -> None:  # fmt: skip
        self.diags.append(Diagnostic(code, message, span, severity))

    def tagged(self, *tags: str) -> list[MarcField]:
        return [f for f in self.fields if f.tag in tags]

    def clean(self, sub: Subfield, tag: str, *, brackets: bool = False, whole: bool = True,
              inner: bool = True) -> str:  # fmt: skip
        """A value without ISBD end punctuation, phrases of ``[isbd] remove`` and square
        brackets round the whole value (``whole=False`` keeps them); with ``brackets``,
        also a final ``?`` and (unless ``inner=False``) every bracket inside."""
        value = sub.value
        for phrase in self.mm.remove_phrases:
            at = value.casefold().find(phrase)
            if at >= 0:
                value = _norm_space(value[:at] + value[at + len(phrase) :])
                self.note("marc-phrase-removed", f"{tag} ${sub.code}: removed "
                          f"{phrase!r} from {sub.value!r}", sub.span)  # fmt: skip
        if brackets and inner and ("[" in value or "]" in value):
            value = _norm_space(value.replace("[", "").replace("]", ""))
            self.note("marc-brackets-removed", f"{tag} ${sub.code}: removed the brackets of "
                      f"a cataloguer-supplied value from {sub.value!r}", sub.span)  # fmt: skip
        if brackets and not inner and value.startswith("[") and "]" not in value:
            value = value[1:]  # brackets opened here and closed in a later subfield
        elif brackets and not inner and value.rstrip(" /:;=,.").endswith("]") and "[" not in value:
            end = value.rfind("]")
            value = value[:end] + value[end + 1 :]
        if brackets and not inner and value.startswith("[") and value.count("[") == 1:
            end = value.rfind("]")
            if end > 0 and not value[end + 1 :].strip(" /:;=,.?"):
                value = value[1:end] + value[end + 1 :]
                self.note("marc-brackets-removed", f"{tag} ${sub.code}: removed the brackets "
                          f"of a cataloguer-supplied value from {sub.value!r}", sub.span)  # fmt: skip
        value = self._end(value, sub, tag)
        if brackets and value.endswith("?"):
            value = self._end(value[:-1], sub, tag)
            self.note("marc-brackets-removed", f"{tag} ${sub.code}: removed the '?' of an "
                      f"uncertain value from {sub.value!r}", sub.span)  # fmt: skip
        if whole and (bare := without_brackets(value)) != value:
            value = bare
            self.note("marc-brackets-removed", f"{tag} ${sub.code}: removed the brackets "
                      f"round {sub.value!r}", sub.span)  # fmt: skip
        return value

    def _end(self, value: str, sub: Subfield, tag: str) -> str:
        """``value`` without ISBD end punctuation (a period after an abbreviation stays)."""
        i = len(value)
        while i and (value[i - 1] in _ISBD_END or value[i - 1].isspace()):
            i -= 1
        if i == len(value):
            return value
        cut, tail = value[:i], value[i:]
        dots = tail.find("...")
        if dots >= 0:  # an ellipsis is the cataloguer's omission mark, not ISBD punctuation
            kept = (cut + tail[: dots + 3]).rstrip()
            return kept if kept == value else self._noted(kept, value, sub, tag)
        words = cut.split()
        last = words[-1] if words else ""
        keep = "." in tail and (
            (len(last) == 1 and last.isalpha())
            or last.casefold() in self.mm.keep_period_after
            or "." in last
            or (
                len(last) <= 4
                and last[:1].isupper()
                and last.isalpha()
                and sum(w.endswith(".") for w in words[:-1]) >= 2
            )
        )
        new = cut + "." if keep else cut
        return self._noted(new, value, sub, tag) if new != value else new.strip()

    def _noted(self, new: str, value: str, sub: Subfield, tag: str) -> str:
        self.note("removed-isbd-punctuation", f"{tag} ${sub.code}: removed ISBD "
                  f"punctuation {value[len(new):]!r} from {value!r}", sub.span)  # fmt: skip
        return new.strip()

    # -- fields ------------------------------------------------------------------
    def joined(self, parts: Sequence[Subfield], tag: str) -> tuple[str, str]:
        """Title and subtitle of title subfields: ``$b`` after ``:`` starts the subtitle
        (`` = `` keeps a parallel title, ``; `` a second one); ``$n``/``$p`` join with
        ``. `` (``, `` after a comma)."""
        title, subtitle = self.clean(parts[0], tag), ""
        prev = parts[0].value
        for s in parts[1:]:
            text = self.clean(s, tag, whole=False)
            if s.code == "b":
                sep = " = " if prev.endswith("=") else "; " if prev.endswith(";") else ": "
            else:
                sep = ", " if prev.endswith(",") else ". "
            if s.code == "b" and sep == ": " and not subtitle:
                subtitle = text
            elif subtitle:
                subtitle += sep + text
            else:
                title += sep + text
            prev = s.value
        return title, subtitle

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

    def names(self) -> None:
        from comet.names import Person

        by_role: dict[str, list[Person]] = {}
        first_span: dict[str, tuple[int, int]] = {}
        for f in self.fields:
            rule = self.mm.names.get(f.tag)
            if rule is None:
                continue
            if f.get(self.mm.skip_title_subfield) or f.ind2 in self.mm.skip_ind2:
                self.note("marc-name-skipped", f"{f.tag}: an entry for another work "
                          "(name/title or analytic entry) is not a name of this one", f.span)  # fmt: skip
                continue
            terms = [t for s in f.all(rule.terms) for t in _TERM_SPLIT.split(
                     s.value.replace("[", "").replace("]", "")) if t.strip(" .,;:")]  # fmt: skip
            terms += [s.value.rsplit("/", 1)[-1] for s in f.all(rule.codes)]  # code or its URI
            roles = [self.mm.relators.get(t.casefold().strip(" .,;:")) for t in terms]
            known = list(dict.fromkeys(r for r in roles if r))
            if terms and not known:
                self.note("marc-relator-unknown", f"{f.tag}: relator {terms[0]!r} has no CSL "
                          "name role; the name is left out", f.span, Severity.WARNING)  # fmt: skip
                continue
            parts = [self.clean(s, f.tag, brackets=True) for s in f.subfields
                     if s.code in rule.subfields]  # fmt: skip
            parts = [p for p in parts if p]
            if not parts:
                continue
            for s in f.all("d"):
                self.note("marc-name-dates-dropped", f"{f.tag} $d: dropped the dates "
                          f"{s.value!r} from the name", s.span)  # fmt: skip
            if rule.form != "person" or f.ind1 in ("0", "3"):
                person = Person(literal=_join_units(parts) if rule.form != "person"
                                else " ".join(parts))  # fmt: skip
            else:
                person = self.inverted(parts[0], f)
                suffix = next((s.value.strip(" ,") for s in f.all("c")
                               if _SUFFIX.fullmatch(s.value.strip(" ,"))), None)  # fmt: skip
                if suffix and person.literal is None:
                    person = attrs.evolve(person, suffix=suffix)
            for role in known or [rule.role]:
                by_role.setdefault(role, []).append(person)
                first_span.setdefault(role, f.span)
        if not by_role and not any(f.tag in self.mm.names for f in self.fields):
            stated = self.stated_names()
            if stated is not None:
                by_role["author"], first_span["author"] = stated
        for role, persons in by_role.items():
            name = {"author": "authors", "editor": "editors"}.get(role)
            if name is not None:
                self.put(name, tuple(persons), first_span[role], f"MARC names ({role})")
        others = {r: tuple(p) for r, p in by_role.items() if r not in ("author", "editor")}
        if others:
            self.put("roles", others, next(first_span[r] for r in others), "MARC names")

    def stated_names(self) -> tuple[list[Person], tuple[int, int]] | None:
        """The authors a record with no name fields names in its statement of responsibility
        (245 ``$c``): its first statement when it is only personal names in direct order
        (``Lova Brink``, ``by V. K. Mehrotra, Ola Nilsen``: after a locale's author word),
        every word capitalised; a role word or an abbreviation (``edited by``, ``ill.``,
        ``Худож.``) gives none."""
        from comet.names import parse_name

        sub = next((f.get("c") for f in self.tagged(self.mm.title_tag) if f.get("c")), None)
        if sub is None:
            return None
        first = self.clean(sub, self.mm.title_tag).split(" ; ")[0].strip(" .;")
        by, _, rest = first.partition(" ")
        if rest and by.casefold() in _by_words_of_locales():
            first = rest  # 'by Lova Brink': the locales' author word before the names
        words = first.replace(",", " ").split()
        if (
            not words
            or len(words) > 12
            or not all(
                w[:1].isupper() and (not w.endswith(".") or _INITIAL.fullmatch(w)) for w in words
            )
        ):
            return None
        persons = []
        for part in first.split(","):
            p = parse_name(part.strip(), strict=False).value
            if p is None or p.literal or not p.family or not p.given:
                return None
            persons.append(p)
        self.note("marc-names-from-statement", f"{self.mm.title_tag} $c: no name fields; "
                  f"authors read from the statement of responsibility {sub.value!r}", sub.span)  # fmt: skip
        return persons, sub.span

    def inverted(self, text: str, f: MarcField) -> Person:
        """A ``Family, Given`` heading: :func:`comet.parse_name`, or the split at the first
        comma where the parser loses a part (``St. John, Noah``)."""
        from comet.names import Person, is_organisation_word, parse_name

        family, comma, given = text.partition(",")
        family, given = family.strip(), given.strip(" ,")
        if not comma:
            initials = _FAMILY_INITIALS.fullmatch(text.strip(" ,"))
            if initials is not None and initials.group(2).isupper():
                # 'Mehrotra V. K.': a surname, then its initials
                self.note("marc-name-split", f"{f.tag}: {text!r} read as family "
                          f"{initials.group(1)!r}, given initials {initials.group(2)!r}", f.span)  # fmt: skip
                return Person(family=initials.group(1), given=initials.group(2), raw=text)
            words = text.strip(" ,").split()
            if (f.ind1 == _SURNAME_FIRST and 2 <= len(words) <= 4
                    and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)
                    and not any(is_organisation_word(w.strip(".,")) for w in words)):  # fmt: skip
                # first indicator 1: the entry element is the surname, written without a
                # comma by some catalogues ('Полак Иосиф Федорович')
                self.note("marc-name-split", f"{f.tag}: {text!r} read as family {words[0]!r}, "
                          f"given {' '.join(words[1:])!r} (first indicator 1: surname first)", f.span)  # fmt: skip
                return Person(family=words[0], given=" ".join(words[1:]), raw=text)
        if not comma or not family or not given:
            # a heading in direct order (a forename, a name without inversion)
            return Person(literal=text.strip(" ,"))
        if "," not in given:  # the inverted heading: the comma parts family from given
            return Person(family=family, given=given, raw=text)
        parsed = parse_name(text, strict=False).value
        if (
            parsed is None
            or parsed.literal
            or not parsed.given
            or not parsed.family
            or (not family.endswith(parsed.family))
        ):
            self.note("marc-name-split", f"{f.tag}: {text!r} read as family {family!r}, "
                      f"given {given!r} (split at the comma)", f.span)  # fmt: skip
            return Person(family=family, given=given, raw=text)
        return parsed

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
def _by_words_of_locales() -> frozenset[str]:
    """The locales' one-word author labels (``by``, ``von``, ``par``), folded."""
    from comet import locales as _loc
    from comet.page.layout import _by_words

    return _by_words(_loc.all_rules())


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

    words = _loc.terms_of("locator", _loc.all_rules())
    return frozenset(w.casefold().rstrip(".") for w in words)
