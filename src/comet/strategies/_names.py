"""Hypothesis strategies for person names and author lists.

>>> from hypothesis import given
>>> from comet import strategies as cst
>>> from comet import parse_names
>>> @given(cst.name_lists())
... def test_round_trip(case):
...     text, persons = case
...     assert tuple(parse_names(text)) == persons
"""

from __future__ import annotations

import functools

import attrs
from hypothesis import strategies as st

from comet.locales import LocaleRules, all_rules, fold, terms_of
from comet.names import NameOrder, Person, is_organisation_word, weak_titles
from comet.names import initials as initials_of
from comet.names.rules import _rules, name_files


def _name_rules() -> tuple[LocaleRules, ...]:
    """Every locale plus the name-only files of ``comet/locales/names/``."""
    return all_rules() + tuple(r for r in name_files() if r not in all_rules())


__all__ = [
    "NAME_JOINERS",
    "bibtex_names",
    "list_joiners",
    "name_lists",
    "persons",
    "rich_persons",
]

#: How generated lists join their names.
NAME_JOINERS = (", ", "; ", " and ", " & ")

_LOWER = "abcdefghijklmnopqrstuvwxyzæøåäöüéèñç"
_UPPER = "ABCDEFGHIJKLMNOPRSTUVWZÆØÅÄÖÜÉ"


@functools.cache
def _reserved() -> frozenset[str]:
    """Every word the name parser gives a meaning (connectors, particles, roles…)."""
    words: set[str] = set()
    for term in terms_of("person_names", _name_rules()):
        for w in term.split():
            words.add(fold(w).strip(".-"))
    return frozenset(words)


def _plain(word: str) -> bool:
    return fold(word) not in _reserved() and not is_organisation_word(word, locales=all_rules())


def _word(min_size: int = 2) -> st.SearchStrategy[str]:
    return st.builds(
        lambda first, rest: first + rest,
        st.sampled_from(_UPPER),
        st.text(_LOWER, min_size=min_size, max_size=9),
    ).filter(_plain)


@functools.cache
def _given_names() -> frozenset[str]:
    """Every given name of the locales' name lists (``given_names``, ``common_given_names``)."""
    rules = _rules(_name_rules())
    return rules.given_names | rules.common_given


def _not_given(word: str) -> bool:
    """A family name that is also a known given name (``Ola``) makes ``Aaa Ola`` ambiguous:
    the parser may rightly read it family-first, so generated family names avoid them."""
    return fold(word) not in _given_names()


def _family_word() -> st.SearchStrategy[str]:
    return st.one_of(
        _word().filter(_not_given),
        st.builds(lambda a, b: f"{a}-{b}", _word(), _word()),  # Bar-Lev
    )


@functools.cache
def _post_nominals() -> frozenset[str]:
    """Post-nominals and suffixes, folded without dots (``md``, ``ba``, ``jr``)."""
    keys = ("degrees", "suffixes")
    return frozenset(
        fold(t).replace(".", "").replace(" ", "")
        for k in keys
        for t in terms_of("person_names", _name_rules(), k)
    )


def _initials() -> st.SearchStrategy[str]:
    """Initials that do not spell a post-nominal (``M.D.`` after ``Smith Jones,`` is a
    degree as much as initials: the parser reads it as a degree)."""
    letter = st.sampled_from("ABCDEFGHJKLMNPRSTVW")
    return st.one_of(
        st.builds(lambda a: f"{a}.", letter),
        st.builds(lambda a, b: f"{a}. {b}.", letter, letter),
        st.builds(lambda a, b: f"{a}.{b}.", letter, letter),
    ).filter(lambda s: fold(s).replace(".", "").replace(" ", "") not in _post_nominals())


@functools.cache
def _particles() -> tuple[str, ...]:
    return tuple(
        sorted(
            t
            for t in terms_of("person_names", _name_rules(), "particles")
            if t.isalpha() and t.islower()
        )
    )


def _person(order: NameOrder) -> st.SearchStrategy[Person]:
    """A person that reads back the same when written in ``order``."""

    @st.composite
    def build(draw: st.DrawFn) -> Person:
        initials = draw(st.booleans())
        given = (
            draw(_initials())
            if initials
            else " ".join(draw(st.lists(_word(), min_size=1, max_size=2)))
        )
        n_family = 1
        if order is NameOrder.FAMILY_FIRST and initials:
            n_family = draw(st.integers(1, 2))  # 'Narbutaite Aflaki, I.'
        family = " ".join(draw(st.lists(_family_word(), min_size=n_family, max_size=n_family)))
        particle = draw(st.none() | st.sampled_from(_particles())) if _particles() else None
        return Person(
            family=family,
            given=given,
            particle=particle,
            initials=initials_of(given),
        )

    return build()


def persons(order: NameOrder | str | None = None) -> st.SearchStrategy[Person]:
    """:class:`~comet.Person` records that survive being written out and parsed back.

    With ``order`` the person reads back in that order (``'family-first'`` also allows
    two-word family names before initials); without, either.
    """
    if order is None:
        return st.one_of(_person(NameOrder.GIVEN_FIRST), _person(NameOrder.FAMILY_FIRST))
    return _person(NameOrder(order))


def _write(p: Person, order: NameOrder) -> str:
    fam = " ".join(x for x in (p.particle, p.family) if x)
    if order is NameOrder.FAMILY_FIRST:
        return f"{fam}, {p.given}"
    return f"{p.given} {fam}"


@functools.cache
def list_joiners() -> tuple[str, ...]:
    """``' and '``, ``' og '``, ``' und '``, ``' y '``…: every list word of the locale data
    (``[person_names] and``) as a joiner between two names."""
    words = sorted({t for t in terms_of("person_names", _name_rules(), "and") if t != "&"})
    return tuple(f" {w} " for w in words)


def name_lists(
    order: NameOrder | str | None = None,
    *,
    max_size: int = 6,
    joiners: tuple[str, ...] = NAME_JOINERS,
) -> st.SearchStrategy[tuple[str, tuple[Person, ...]]]:
    """``(text, persons)``: a list of persons written in one convention (``Family, Given``
    or ``Given Family``), joined by ``,``/``;``/``and``/``&`` (or ``joiners``, e.g.
    :func:`list_joiners`), optionally with a different last joiner (``A, B and C``)."""

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, tuple[Person, ...]]:
        chosen = NameOrder(order) if order else draw(st.sampled_from(_ORDERS))
        people = draw(st.lists(_person(chosen), min_size=1, max_size=max_size))
        joiner = draw(st.sampled_from(joiners))
        last = draw(st.sampled_from((joiner, " and ", " & ", ", and ")))
        if chosen is NameOrder.FAMILY_FIRST and joiner == ", " and last == ", ":
            last = ", "
        parts = [_write(p, chosen) for p in people]
        text = parts[0]
        for i, part in enumerate(parts[1:], start=1):
            text += (last if i == len(parts) - 1 else joiner) + part
        return text, tuple(people)

    return build()


_ORDERS = (NameOrder.FAMILY_FIRST, NameOrder.GIVEN_FIRST)


@functools.cache
def _titles() -> tuple[str, ...]:
    """Abbreviated one-word titles of the locale data (``Dr.``, ``Prof.``, ``Mrs.``)."""
    weak = weak_titles(locales=_name_rules())
    out = []
    for t in terms_of("person_names", _name_rules(), "titles"):
        key = fold(t).replace(".", "")
        if (
            t.endswith(".")
            and " " not in t
            and "-" not in t
            and t[:1].isupper()
            and key not in weak
            and fold(t) not in _reserved_non_title()
        ):
            out.append(t)
    return tuple(sorted(set(out)))


@functools.cache
def _reserved_non_title() -> frozenset[str]:
    """Terms that are also list, role or particle words somewhere (``Sen.``, ``Fr.``)."""
    keys: tuple[str, ...] = ("and", "et_al", "editor", "editors", "translator", "compiler")
    keys += ("illustrator", "particles", "suffixes", "degrees", "author", "lead_in")
    return frozenset(fold(t) for k in keys for t in terms_of("person_names", _name_rules(), k))


#: suffixes that read as suffixes wherever they stand (not initials-shaped)
_SUFFIXES = ("Jr.", "Sr.", "III", "PhD", "Esq.")


def rich_persons(order: NameOrder | str) -> st.SearchStrategy[tuple[str, Person]]:
    """``(text, person)``: a person with a title, a nickname and a suffix (each optional)
    written in ``order`` (``Dr. Anna "Ann" Berg, Jr.`` or ``Berg, Dr. Anna "Ann", Jr.``)."""
    chosen = NameOrder(order)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, Person]:
        base = draw(_person(chosen))
        title = draw(st.none() | st.sampled_from(_titles()))
        nick = draw(st.none() | _word())
        suffix = draw(st.none() | st.sampled_from(_SUFFIXES))
        fam = " ".join(x for x in (base.particle, base.family) if x)
        given = " ".join(x for x in (title, base.given, f'"{nick}"' if nick else None) if x)
        text = f"{given} {fam}" if chosen is NameOrder.GIVEN_FIRST else f"{fam}, {given}"
        if suffix:
            text += f", {suffix}"
        person = attrs.evolve(base, title=title, nickname=nick, suffix=suffix)
        return text, person

    return build()


def bibtex_names(max_size: int = 4) -> st.SearchStrategy[tuple[str, tuple[Person, ...]]]:
    """``(text, persons)``: a BibTeX name list (``von Last, Jr, First and First von Last``)."""

    @st.composite
    def one(draw: st.DrawFn) -> tuple[str, Person]:
        p = draw(_person(NameOrder.FAMILY_FIRST))
        suffix = draw(st.none() | st.sampled_from(("Jr", "Jr.", "III")))
        von = f"{p.particle} " if p.particle else ""
        if suffix is None and " " not in (p.family or "") and draw(st.booleans()):
            text = f"{p.given} {von}{p.family}"
        else:
            text = f"{von}{p.family}, " + (f"{suffix}, " if suffix else "") + f"{p.given}"
        return text, attrs.evolve(p, suffix=suffix)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, tuple[Person, ...]]:
        items = draw(st.lists(one(), min_size=1, max_size=max_size))
        return " and ".join(t for t, _ in items), tuple(p for _, p in items)

    return build()
