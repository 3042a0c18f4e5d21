"""One reference string: :func:`parse_reference` (segment, then run the field parsers)."""

from __future__ import annotations

import re
from typing import Literal, overload

import attrs

from comet.dates import PartialDate
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode
from comet.locales import LocaleRules, Locales, resolve
from comet.names import PersonList
from comet.records import Parsed, fail, run
from comet.references import _reuse, tuning
from comet.references._fields import Fields
from comet.references._lexicon import lexicon
from comet.references._segment import segment
from comet.references.model import Reference

__all__ = ["MAX_LENGTH", "parse_reference"]

#: Longest reference string :func:`parse_reference` reads (longer: ``too-long``); the
#: tuned numbers and their reasons are in :mod:`comet.references.tuning`.
MAX_LENGTH = tuning.MAX_LENGTH

_LAST_INITIAL = re.compile(r"(?:^|[\s.,-])[^\W\d_]\.\Z")


@overload
def parse_reference(
    text: str, *, locales: Locales = ..., strict: Literal[True] = ...
) -> Reference: ...


@overload
def parse_reference(
    text: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[Reference]: ...


def parse_reference(
    text: str, *, locales: Locales = None, strict: bool = True
) -> Reference | Parsed[Reference]:
    """Parse one reference string into a :class:`Reference`.

    ``locales`` limits the words used (``None``: every registered locale).  Fails with
    ``empty`` for blank input, ``too-long`` beyond :data:`MAX_LENGTH` characters and
    ``not-found`` when nothing resembling a reference is left.

    >>> r = parse_reference("[10] E. Garnett, P. Yang, Nano Lett. 2010, 10, 1082.")
    >>> [a.family for a in r.authors], r.container_title, r.volume, str(r.pages)
    (['Garnett', 'Yang'], 'Nano Lett.', '10', '1082')
    """
    rules = resolve(locales)
    return run(lambda t: _parse(t, rules), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]


def _parse(text: str, rules: tuple[LocaleRules, ...]) -> Parsed[Reference]:
    if not text.strip():
        return fail(text, "empty reference", ErrorCode.EMPTY)
    lex = lexicon(rules)
    f = segment(text, rules, lex)
    ref = build(f, rules)
    if any(d.span is not None and d.span[1] > len(text) for d in f.diagnostics):
        _drop_outside_spans(f, len(text))
        ref = attrs.evolve(ref, diagnostics=tuple(f.diagnostics))
    if not (ref.title or ref.authors.persons or ref.container_title or ref.doi or ref.url):
        return fail(
            text,
            "no author, title, container or identifier found",
            ErrorCode.NOT_FOUND,
            diagnostics=tuple(f.diagnostics),
        )
    return Parsed(ref, ref.diagnostics, text)


def _drop_outside_spans(f: Fields, n: int) -> None:
    """Spans past the end of the input lose their span (issue 6, found by fuzzing).

    Segmentation records spans in the cleaned, shortened text it works on (NFC can
    make it longer than the input); a span that cannot index the input is dropped
    rather than left pointing outside it.
    """
    f.diagnostics[:] = [
        d if d.span is None or d.span[1] <= n else attrs.evolve(d, span=None) for d in f.diagnostics
    ]


def build(f: Fields, rules: tuple[LocaleRules, ...]) -> Reference:
    """Run the field parsers over the raw segments of ``f``."""
    authors = PersonList()
    editors = PersonList()
    if f.authors:
        people = _people(f.authors, f, rules)
        if f.authors_are_editors:
            editors = people
        else:
            authors = people
    if f.editors and not editors.persons:
        editors = _people(f.editors, f, rules)
    issued = None
    if f.year is not None:
        issued = PartialDate(f.year, raw=f.year_text or str(f.year))
    accessed = None
    if f.accessed:
        accessed = _reuse.date(f.accessed, rules)
        if accessed is None:
            f.warn("unparsed-date", f"access date {f.accessed!r} kept in the note")
            f.notes.append(f.accessed)
    pages = None
    if f.pages:
        pages = _reuse.pages(f.pages, rules)
        if pages is None:
            f.warn("unparsed-pages", f"pages {f.pages!r} kept in the note")
            f.notes.append(f.pages)
    notes = (n.replace("\x00", " ").strip(" .,;:") for n in f.notes)
    note = "; ".join(n for n in notes if any(c.isalnum() for c in n)) or None
    return Reference(
        authors=authors,
        issued=issued,
        title=_clean_field(f.title),
        container_title=_clean_field(f.container),
        volume=_clean_field(f.volume),
        issue=_clean_field(f.issue),
        pages=pages,
        publisher=_clean_field(f.publisher),
        place=_clean_field(f.place),
        doi=f.doi,
        url=f.url,
        accessed=accessed,
        edition=_clean_field(f.edition),
        editors=editors,
        note=note,
        status=f.status,
        type=f.type or "article",
        raw=f.text,
        diagnostics=tuple(f.diagnostics),
    )


def _people(block: str, f: Fields, rules: tuple[LocaleRules, ...]) -> PersonList:
    """Names of an author/editor block; an unparsable short block is an organisation."""
    text = _name_block(block)
    people = _reuse.names(text, rules)
    if people is not None:
        return people
    if text and len(text.split()) <= 8:
        f.diagnostics.append(
            Diagnostic(
                "corporate-author",
                f"read {text!r} as an organisation",
                None,
                Severity.INFO,
            )
        )
        return _reuse.corporate(text)
    return PersonList()


def _name_block(text: str) -> str:
    """A name block without its list punctuation; a final period that ends the block
    (``Brown JW.``, ``Rau.``) goes, the period of a final initial (``Smith, J.``) stays."""
    block = text.strip(" ,;:")
    if block.endswith(".."):
        block = block.rstrip(".")  # "Szerlip HM.."
    if block.endswith(".") and not _LAST_INITIAL.search(block):
        block = block[:-1]
    return block


def _clean_field(value: str | None) -> str | None:
    """Trim list punctuation; :func:`~comet.references.parse.segment` already decided
    whether a final period is an abbreviation's (``Nano Lett.``) or the field's end."""
    if value is None:
        return None
    return value.strip(" ,;:/-–—") or None
