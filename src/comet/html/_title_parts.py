"""The parts of a page's ``<title>`` element: the work's title, the site's name and, on
many a page of an article or a book, the names of the work's authors (``Title - Jane Doe
- Site``, ``Site - Title - Jo Roe and Al Poe``, a catalogue's ``Doe, Jane : Title``). A
step of :func:`comet.html.reconcile.reconcile`, after the title and the authors are
decided: a part beside the part that is the work's title, read by the name parser as one
to three persons and nothing else, each printed on the page, is the byline where the
record has no author or names other persons (a related article's byline, a shop's
name read as a writer's).
"""

from __future__ import annotations

from comet.diagnostics import Diagnostic, Severity
from comet.html._headline_names import (
    _name_shape,
    _names_only,
    _publication_name,
    _same_person,
)
from comet.html._merge import _SCHOLARLY, _Merge, _site_names, head_lines, key
from comet.html._printed_names import _family_key, _whole_key
from comet.html._titles import _SITE_SEP
from comet.html.mapping import TagValue, _short
from comet.names import Person, is_organisation_word, parse_names
from comet.page.isbd import _periodical_words
from comet.page.name_plausible import plausible_person

__all__ = ["title_authors"]

#: Most parts a ``<title>`` is split into (more: a breadcrumb, not a title).
MAX_PARTS = 6
#: Most persons a part of the ``<title>`` names (more: a list, not a byline).
MAX_PERSONS = 3
#: Lines of visible text looked at for the title and a byline printed by itself.
MAX_LINES = 2000
#: Most lines between the work's title and its byline printed by itself.
NEAR_LINES = 6
#: Longest ``<title>`` read (characters).
MAX_LENGTH = 400


def title_authors(m: _Merge) -> None:
    """The authors the page's ``<title>`` names beside the work's title, where the
    record has none or names other persons (:func:`_title_persons`), with a
    diagnostic."""
    found = _title_persons(m)
    if found is None:
        return
    people, tv, titles = found
    current = m.changes.get("authors", m.rec.authors) or ()
    if all(any(_same_person(p, x) for x in current) for p in people):
        return  # the record's byline agrees: it may name more writers than the <title>
    if not all(plausible_person(p) for p in people):
        # names no lexicon knows, vouched for by their line near the title: not where the
        # record's own names (a given and a family name) are printed by the title too
        near = _near_title(m, titles)
        if any(f" {_family_key(x)} " in near for x in current if x.given and x.family):
            return
    m.diags.append(Diagnostic("title-authors", f"author: the page's <title> "
                              f"{_short(str(tv.value))} names "
                              f"{'; '.join(_whole_key(p) for p in people)} beside the work's "
                              f"title (read before: {len(current)} names, not these)",
                              tv.tag.span, Severity.INFO))  # fmt: skip
    m.take("authors", tuple(people), tv)


def _title_persons(m: _Merge) -> tuple[list[Person], TagValue, set[str]] | None:
    """The persons of the one part of the ``<title>`` that names persons and nothing
    else, where another part is the work's title (the record's title or the headline
    ``<h1>``), and the keys of the work's title; ``None`` where no part or more than one
    does."""
    tv = next((v for v in m.by_field.get("title", []) if v.tag.name == "html:title"), None)
    if tv is None or len(str(tv.value)) > MAX_LENGTH:
        return None
    if any(v.tag.family in _SCHOLARLY for v in m.by_field.get("author", [])):
        return None  # a scholarly tag's authors outweigh a <title>'s words
    parts = [p.strip() for p in _SITE_SEP.split(str(tv.value))]
    if not 2 <= len(parts) <= MAX_PARTS:
        return None
    title = m.changes.get("title", m.rec.full_title)
    wants = {key(str(title))} if title else set()
    wants |= {key(str(h.value)) for h in m.by_field.get("heading", [])}
    wants.discard("")
    keys = [key(p) for p in parts]
    at = [i for i, k in enumerate(keys) if k and (k in wants or _opens(k, wants))]
    if not at:
        return None
    sites = _site_names(m, ("site-name",))
    titles = {keys[i] for i in at} | wants
    # (a byline of names no lexicon knows is read after the title only: a part before
    # it names the site or the journal as often as a writer)
    found = [people for i, p in enumerate(parts)
             if i not in at and keys[i] not in sites
             and (people := _persons(m, p, titles if i > min(at) else set()))]  # fmt: skip
    return (found[0], tv, titles) if len(found) == 1 else None


def _opens(k: str, wants: set[str]) -> bool:
    """Whether the part's key ``k`` opens a title of ``wants`` (its main title, the
    subtitle in another part) or a title opens ``k`` (a title cut short)."""
    return any((w + " ").startswith(k + " ") or (k + " ").startswith(w + " ") for w in wants)


def _persons(m: _Merge, part: str, titles: set[str]) -> list[Person] | None:
    """The persons ``part`` names and nothing else (one to :data:`MAX_PERSONS`, each a
    given and a family name of a byline's shape, printed on the page, each a plausible
    person's name (:func:`comet.page.name_plausible.plausible_person`) or the part
    printed as a line by itself near a line that is the work's title, its byline
    (``titles``: the title's keys; none: no such part is read); no word of the part an
    organisation's or a periodical's), or ``None``."""
    if not any(c.isalpha() for c in part) or any(c.isdigit() for c in part):
        return None
    words = part.split()
    periodical = _periodical_words(m.rules)
    if any(w.casefold() in periodical or is_organisation_word(w, locales=m.rules) for w in words):
        return None
    got = parse_names(part, strict=False).value
    people = list(got.persons) if got is not None else []
    if not 1 <= len(people) <= MAX_PERSONS or not _names_only(part, people):
        return None
    if not all(_name_shape(p) and not _publication_name(p) for p in people):
        return None
    if not all(plausible_person(p) for p in people) and not _byline_near_title(
        m, key(part), titles
    ):
        return None
    if not all(m.page.shows(_whole_key(p)) or m.page.shows(f"{p.family} {p.given}")
               for p in people):  # fmt: skip
        return None
    return people


def _line_keys(m: _Merge) -> list[str]:
    """The keys of the visible text's first :data:`MAX_LINES` lines, in order."""
    return [key(line) for line in head_lines(m.page.text, MAX_LINES)]


def _title_lines(keys: list[str], titles: set[str]) -> list[int]:
    """The indexes of the lines (``keys``) that are the work's title (``titles``, keys)."""
    return [i for i, k in enumerate(keys) if k in titles]


def _byline_near_title(m: _Merge, want: str, titles: set[str]) -> bool:
    """Whether the visible text prints ``want`` (a key) as a line by itself at most
    :data:`NEAR_LINES` lines from a line that is the work's title (``titles``, keys)."""
    keys = _line_keys(m)
    names = [i for i, k in enumerate(keys) if k == want]
    heads = _title_lines(keys, titles - {want})
    return any(abs(n - h) <= NEAR_LINES for n in names for h in heads)


def _near_title(m: _Merge, titles: set[str]) -> str:
    """The keys of the lines at most :data:`NEAR_LINES` lines from a line that is the
    work's title (``titles``, keys), between spaces."""
    lines = _line_keys(m)
    near = {
        j
        for h in _title_lines(lines, titles)
        for j in range(max(h - NEAR_LINES, 0), h + NEAR_LINES + 1)
    }
    return " " + " ".join(lines[j] for j in sorted(near) if j < len(lines)) + " "
