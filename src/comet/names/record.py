"""The records of a parsed name: :class:`Person`, :class:`PersonList`, :class:`NameOrder`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from typing import Any

import attrs
from unidecode import unidecode

from comet.diagnostics import Diagnostic
from comet.locales import LocaleRules
from comet.records import RecordMixin

#: Longest author string accepted (physics collaborations list hundreds of names).
MAX_LENGTH = 20_000

LocalesArg = str | LocaleRules | Iterable[str | LocaleRules] | None


class NameOrder(StrEnum):
    """How the names of a list are written."""

    #: ``Family, Given`` (also ``Family Initials``, Vancouver ``Smith JA``).
    FAMILY_FIRST = "family-first"
    #: ``Given Family``.
    GIVEN_FIRST = "given-first"
    #: The first name inverted, the rest given-first (MLA: ``Smith, John, and Jane Doe``).
    MIXED = "mixed"


def _opt_str(value: str | None) -> str | None:
    return value if value else None


def _ascii_fold(text: str) -> str:
    """unidecode + casefold, runs of non-alphanumerics to one space."""
    out = unidecode(text).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", out).split())


@attrs.frozen
class Person(RecordMixin):
    """One name: a person (``family``, ``given``…) or an organisation (``literal``).

    ``particle`` holds lower-case name particles (``van der``, ``de la``, ``von``); they are
    CSL *non-dropping* particles unless the page wrote them after the given name
    (``Beethoven, Ludwig van``), when ``dropping_particle`` is ``True``.  ``initials`` are
    derived from ``given`` (``Julie Borup`` → ``J. B.``).  ``raw`` is the name as written.

    ``title`` holds honorifics and positions written before the name (``Dr.``,
    ``Prof. Dr.``, ``Lt. Gen.``); ``suffix`` generational suffixes and post-nominals
    (``Jr.``, ``III``, ``PhD``, ``QC MP``); ``nickname`` the text of a quoted or bracketed
    nickname (``Benjamin "Ben" Franklin`` → ``Ben``).  CSL has no slot for a title or a
    nickname: :meth:`to_csl` leaves them out (``to_dict`` keeps them).
    """

    family: str | None = attrs.field(default=None, converter=_opt_str)
    given: str | None = attrs.field(default=None, converter=_opt_str)
    particle: str | None = attrs.field(default=None, converter=_opt_str)
    suffix: str | None = attrs.field(default=None, converter=_opt_str)
    initials: str | None = attrs.field(default=None, converter=_opt_str)
    literal: str | None = attrs.field(default=None, converter=_opt_str)
    dropping_particle: bool = False
    title: str | None = attrs.field(default=None, converter=_opt_str)
    nickname: str | None = attrs.field(default=None, converter=_opt_str)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def is_organisation(self) -> bool:
        """``True`` for a ``literal`` name (an organisation or an unsplittable name)."""
        return self.literal is not None

    @property
    def full_family(self) -> str:
        """Family name with a non-dropping particle in front (``van der Berg``)."""
        if self.literal is not None:
            return self.literal
        parts = [self.particle] if self.particle and not self.dropping_particle else []
        parts.append(self.family or "")
        return " ".join(p for p in parts if p)

    @property
    def sort_key(self) -> str:
        """ASCII, case-folded key for sorting: family, given, then particle (CSL's default
        demotion of particles): ``Petersén, A.`` → ``petersen a``."""
        if self.literal is not None:
            return _ascii_fold(self.literal)
        return _ascii_fold(" ".join(p for p in (self.family, self.given, self.particle) if p))

    @property
    def match_key(self) -> str:
        """Key for matching the same person across sources: ASCII family name with particle
        (letters and digits only) and the first initial, ``moller|a`` for ``Møller, Anne``
        and ``Moller, A.``."""
        if self.literal is not None:
            return _ascii_fold(self.literal).replace(" ", "")
        fam = _ascii_fold(self.full_family).replace(" ", "")
        first = _ascii_fold(self.given or "")[:1]
        return f"{fam}|{first}"

    def display(self, *, given_first: bool = False) -> str:
        """The name in citation order, ``Family, Given`` (``van der Berg, J.``,
        ``Smith, John, Jr.``); ``given_first=True`` gives ``John Smith Jr.``."""
        if self.literal is not None:
            return self.literal
        family = self.full_family
        given = self.given or ""
        if self.particle and self.dropping_particle:
            given = f"{given} {self.particle}".strip()
        if given_first:
            return " ".join(p for p in (given, family, self.suffix) if p)
        out = family
        if given:
            out = f"{out}, {given}" if out else given
        if self.suffix:
            out = f"{out}, {self.suffix}"
        return out

    def to_csl(self) -> dict[str, str]:
        """A CSL-JSON name object."""
        if self.literal is not None:
            return {"literal": self.literal}
        out: dict[str, str] = {}
        if self.family:
            out["family"] = self.family
        if self.given:
            out["given"] = self.given
        if self.particle:
            key = "dropping-particle" if self.dropping_particle else "non-dropping-particle"
            out[key] = self.particle
        if self.suffix:
            out["suffix"] = self.suffix
        return out

    @classmethod
    def from_csl(cls, name: Mapping[str, Any]) -> Person:
        """The inverse of :meth:`to_csl`: a person from a CSL-JSON name object.

        A ``literal`` makes an organisation; a ``dropping-particle`` sets
        ``dropping_particle`` (a ``non-dropping-particle`` wins when both are given).

        >>> Person.from_csl({"family": "Berg", "given": "J.", "non-dropping-particle": "van der"})
        Person(family='Berg', given='J.', particle='van der', suffix=None, initials=None, \
literal=None, dropping_particle=False, title=None, nickname=None, raw='')
        >>> Person.from_csl({"literal": "World Health Organization"}).is_organisation
        True
        """
        if name.get("literal"):
            return cls(literal=str(name["literal"]))
        particle = name.get("non-dropping-particle") or name.get("dropping-particle")
        return cls(
            family=name.get("family"),
            given=name.get("given"),
            particle=particle,
            suffix=name.get("suffix"),
            dropping_particle=bool(name.get("dropping-particle")),
        )

    def __str__(self) -> str:
        return self.display()


@attrs.frozen
class PersonList(RecordMixin):
    """The names of one author (or editor) string, in order.

    ``et_al`` is ``True`` when the list ends in ``et al.`` (``u. a.``, ``m.fl.``, ``…``);
    ``order`` says how the list is written (``None`` when no name has a given name);
    ``role`` is ``editor`` or ``translator`` when the string says so (``(eds.)``,
    ``Hrsg.``, ``edited by``), else ``None``.  Iterable, indexable and ``len``-able.
    """

    persons: tuple[Person, ...] = ()
    et_al: bool = False
    order: NameOrder | None = attrs.field(
        default=None, converter=attrs.converters.optional(NameOrder)
    )
    role: str | None = None
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.persons)

    def __len__(self) -> int:
        return len(self.persons)

    def __getitem__(self, index: int) -> Person:
        return self.persons[index]

    def to_csl(self) -> list[dict[str, str]]:
        """CSL-JSON name objects, in order."""
        return [p.to_csl() for p in self.persons]
