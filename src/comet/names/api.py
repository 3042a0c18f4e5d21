"""The public entry points: :func:`parse_names` and :func:`parse_name`."""

from __future__ import annotations

from typing import Literal, overload

import attrs

from comet.errors import ErrorCode
from comet.names.bibtex import _parse_bibtex
from comet.names.lists import _parse_impl
from comet.names.record import MAX_LENGTH, LocalesArg, NameOrder, Person, PersonList
from comet.records import Parsed, fail, run

# ---------------------------------------------------------------------------
# Public API


def _check_order(order: str | None) -> str | None:
    if order is None:
        return None
    value = NameOrder(order)
    if value is NameOrder.MIXED:
        raise ValueError("order must be 'family-first', 'given-first' or None")
    return value


STYLES = ("bibtex",)


def _check_style(style: str | None) -> str | None:
    if style is not None and style not in STYLES:
        raise ValueError(f"style must be None or one of {', '.join(STYLES)}, not {style!r}")
    return style


@overload
def parse_names(
    text: str,
    *,
    locales: LocalesArg = ...,
    order: str | None = ...,
    style: str | None = ...,
    strict: Literal[True] = ...,
) -> PersonList: ...
@overload
def parse_names(
    text: str,
    *,
    locales: LocalesArg = ...,
    order: str | None = ...,
    style: str | None = ...,
    strict: Literal[False],
) -> Parsed[PersonList]: ...
def parse_names(
    text: str,
    *,
    locales: LocalesArg = None,
    order: str | None = None,
    style: str | None = None,
    strict: bool = True,
) -> PersonList | Parsed[PersonList]:
    """Parse an author (or editor) string into a :class:`PersonList`.

    ``locales`` limits the connector, particle, role and organisation words to some
    locales (default: all).  ``order`` (``'family-first'`` or ``'given-first'``) forces
    the reading when the caller knows it.

    >>> [p.display() for p in parse_names("Jaspers, S., & Steen, T.")]
    ['Jaspers, S.', 'Steen, T.']
    >>> names = parse_names("Voorberg, W. et al., Bekkers, V., Tõ nurist P. and Tummers, L.")
    >>> [p.family for p in names], names.et_al
    (['Voorberg', 'Bekkers', 'Tõnurist', 'Tummers'], False)
    >>> [p.family for p in parse_names("Cashore & Howlett")]
    ['Cashore', 'Howlett']
    """
    hint = _check_order(order)
    if _check_style(style) == "bibtex":
        return run(lambda t: _parse_bibtex(t, locales), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]
    return run(lambda t: _parse_impl(t, locales, hint), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]


def _parse_one(text: str, locales: LocalesArg, order: str | None) -> Parsed[Person]:
    res = _parse_impl(text, locales, order)
    if res.value is None:
        return Parsed(None, res.diagnostics, text, res.error)
    people = res.value.persons
    if len(people) != 1:
        return fail(
            text,
            f"found {len(people)} names; use parse_names for a list",
            ErrorCode.INVALID_FORMAT,
            0,
            len(text),
            res.diagnostics,
        )
    person = people[0]
    if res.value.diagnostics != person.diagnostics or person.raw != text:
        # the record made from ``text`` keeps all of it (a list item keeps its own slice)
        person = attrs.evolve(person, raw=text, diagnostics=res.value.diagnostics)
    return Parsed(person, res.diagnostics, text)


@overload
def parse_name(
    text: str,
    *,
    locales: LocalesArg = ...,
    order: str | None = ...,
    strict: Literal[True] = ...,
) -> Person: ...
@overload
def parse_name(
    text: str,
    *,
    locales: LocalesArg = ...,
    order: str | None = ...,
    strict: Literal[False],
) -> Parsed[Person]: ...
def parse_name(
    text: str,
    *,
    locales: LocalesArg = None,
    order: str | None = None,
    strict: bool = True,
) -> Person | Parsed[Person]:
    """Parse one name.  A text holding several names fails with ``invalid-format``.

    >>> p = parse_name("Smith Jr., John")
    >>> p.family, p.given, p.suffix, p.display()
    ('Smith', 'John', 'Jr.', 'Smith, John, Jr.')
    >>> parse_name("Ludwig van Beethoven").to_csl()
    {'family': 'Beethoven', 'given': 'Ludwig', 'non-dropping-particle': 'van'}
    """
    hint = _check_order(order)
    return run(lambda t: _parse_one(t, locales, hint), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]
