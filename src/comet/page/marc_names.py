"""The names of a MARC view: name fields (``100``, ``700``, ``710``…) with the CSL roles of
their relator terms and codes, a personal heading read inverted (``Family, Given``), without
its comma (``Mehrotra V. K.``, a surname-first indicator) or in direct order, and the
authors of a statement of responsibility where the record has no name fields.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from comet import locales as _loc
from comet.diagnostics import Severity
from comet.page.marc_stated_roles import name_key, stated_roles
from comet.page.marc_subfields import _SubfieldReader
from comet.page.marc_view import MarcField

if TYPE_CHECKING:
    from comet.names import Person

#: a personal heading without its comma: a surname (one word, or hyphenated), then only
#: initials (a body's name of two words before initials stays whole: ``Riverside University A.B.``)
#: (``Mehrotra V. K.``, ``Varma C K``, ``Волков А.Г.``)
_FAMILY_INITIALS = re.compile(r"([^\W\d_][^\W\d_'-]+)\s+((?:[^\W\d_](?:\.\s*|\s+|$)){1,3})")
#: an initial, or initials glued (``V.``, ``А.Г.``, ``Ю.Лесков`` is no initial)
_INITIAL = re.compile(r"(?:[^\W\d_]\.){1,3}")
#: the first indicator of a personal name field (X00) whose entry element is the surname
_SURNAME_FIRST = "1"
#: a Korean personal name written without spaces: the family name is its first syllable, or
#: its first two where they are a compound surname of the name data (``[name_grammar]
#: compound_surnames``: 남궁, 황보 …), cut as a Han name is (:func:`comet.names.build.family_cut`)
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")


def _hangul_family(name: str) -> int:
    """How many syllables of ``name`` (Hangul, no space) are its family name (0: none read)."""
    from comet.names.build import family_cut
    from comet.names.rules import _rules

    if _HANGUL_NAME.fullmatch(name) is None:
        return 0
    return family_cut(name, _rules(()).compound_surnames)


@functools.cache
def _term_split() -> re.Pattern[str]:
    """Where a name field's relator terms part (``editor and translator``, ``Hrsg. und
    Übers.``): a comma, ``&`` or a list word of the locales (``[person_names].and``, whole
    words; a MARC record names its roles in the cataloguing agency's language, any)."""
    words = _loc.terms_of("person_names", _loc.resolve(None), "and")
    return re.compile(rf",|&|(?<!\w)(?:{_loc.alternation(words)})(?!\w)")


@functools.cache
def _suffix() -> re.Pattern[str]:
    """A name's generational suffix in its ``$c`` (``Jr.``, ``III``): the locales'
    ``[person_names].suffixes``, or a roman numeral."""
    words = _loc.terms_of("person_names", _loc.resolve(None), "suffixes")
    return re.compile(rf"(?:{_loc.alternation(words)})|[IVX]{{1,5}}")


def _join_units(parts: Sequence[str]) -> str:
    """Organisation units joined with ``. `` (a unit ending in a period gets a space only)."""
    out = parts[0]
    for p in parts[1:]:
        out += (" " if out.endswith(".") else ". ") + p
    return out


class _NameReader(_SubfieldReader):
    """The name fields of one page read into authors, editors and other roles."""

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
            terms = [t for s in f.all(rule.terms) for t in _term_split().split(
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
                               if _suffix().fullmatch(s.value.strip(" ,"))), None)  # fmt: skip
                if suffix and person.literal is None:
                    person = attrs.evolve(person, suffix=suffix)
            for role in known or [rule.role]:
                by_role.setdefault(role, []).append(person)
                first_span.setdefault(role, f.span)
        in_statement = stated_roles(self.fields, self.mm.title_tag)  # '245 ▼e 우인하 옮김'
        for person in list(by_role.get("contributor", [])) if in_statement else []:
            moved = in_statement.get(name_key(person))
            if moved is not None:
                by_role["contributor"].remove(person)
                by_role.setdefault(moved, []).append(person)
                first_span.setdefault(moved, first_span["contributor"])
        if "contributor" in by_role and not by_role["contributor"]:
            del by_role["contributor"]
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
            name = text.strip(" ,")
            cut = _hangul_family(name) if f.ind1 in (_SURNAME_FIRST, " ") else 0
            if cut:
                # a Korean name, written family name first and without spaces ('오일순')
                self.note("marc-name-split", f"{f.tag}: {text!r} read as family {name[:cut]!r}, "
                          f"given {name[cut:]!r} (a Korean name, family name first)", f.span)  # fmt: skip
                return Person(family=name[:cut], given=name[cut:], raw=text)
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


@functools.cache
def _by_words_of_locales() -> frozenset[str]:
    """The locales' one-word author labels (``by``, ``von``, ``par``), folded."""
    from comet import locales as _loc
    from comet.page.layout import _by_words

    return _by_words(_loc.all_rules())
