"""Authors' notes: a paragraph that opens with a person's full name and a verb of being
(``Ana Ruiz is a historian at …``, ``Ana Ruiz es profesora …``, ``Ana Ruiz é licenciada
…``), the note shops, publishers and magazines print about a work's authors. The people so
described vouch for a byline that names them (a bare line under the title, where other
lines of names stand near it: related works' bylines), and where no byline is read, one
person's note is a weak candidate of their own. A step of :mod:`comet.page.persons`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from comet import locales as _loc
from comet.names import Person, parse_name, parse_names
from comet.page.author_lines import _without_by_word
from comet.page.evidence import W_POS, Cand, _lenient, _Page
from comet.page.name_checks import _names_ok
from comet.page.name_plausible import plausible_person
from comet.page.role_lines import authors_of_roles

#: the evidence of a candidate read from authors' notes
EVIDENCE = "an author's note"
#: the weight of that candidate: below a bare line of names near the top
W_NOTE = W_POS - 0.2
#: what a byline naming the people of the notes gains
NOTE_BONUS = 0.1
#: a note's name has this many words at least and at most
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
#: words after the verb at least: a sentence goes on, no heading (``Ana Ruiz is Back``)
MIN_WORDS_AFTER = 3
#: where a sentence of a paragraph ends and the next begins
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")
#: a given name's initials (``C.``, ``J.R.R.``): with one, a name needs no known given name
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,4}")
#: a word of a person's name: capitalised (hyphens, apostrophes), or initials (``J.R.R.``)
_NAME_WORD = re.compile(r"(?:[^\W\d_]\.){1,4}|[^\W\d_][^\W\d_’'-]*(?:[-’'][^\W\d_]+)*\.?")


def _verbs(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' verbs that open an author's note after the name
    (``[name_grammar].note_verbs``: ``is``, ``es``, ``é``, ``ist``), folded."""
    return _loc.casefolded_terms("name_grammar", rules, "note_verbs")


def note_name(text: str, rules: tuple[_loc.LocaleRules, ...]) -> Person | None:
    """The person an author's note opens with (``Ana M. Ruiz is a historian …``): two to
    four capitalised words or initials, then a verb of the locales and a sentence after it;
    ``None`` for any other line."""
    words = text.split(None, MAX_NAME_WORDS + MIN_WORDS_AFTER + 1)
    verbs = _verbs(rules)
    for i in range(MIN_NAME_WORDS, min(MAX_NAME_WORDS, len(words) - MIN_WORDS_AFTER - 1) + 1):
        if not words[i].islower() or words[i].casefold() not in verbs:
            continue  # (in lower case, as a sentence goes on: 'Appendix B. A Collection')
        head = words[:i]
        if not all(w[:1].isupper() and _NAME_WORD.fullmatch(w) for w in head):
            return None
        if _INITIALS.fullmatch(head[-1]):
            return None  # the family name closes the name, in full
        p = _lenient(parse_name, " ".join(head), locales=rules)
        if p is None or p.literal is not None or not p.given or not p.family:
            return None
        return p if _names_ok([p], strict=True, page_rules=rules) else None
    return None


def note_persons(page: _Page) -> tuple[tuple[Person, ...], tuple[int, int]] | None:
    """The people of the page's authors' notes in page order (each spelling once) and the
    span of the first note, or ``None`` where the page has none (memoised per page)."""

    def compute() -> tuple[tuple[Person, ...], tuple[int, int]] | None:
        found: dict[tuple[str, str], Person] = {}
        span: tuple[int, int] | None = None
        for line in page.layout.lines:
            p = note_name(line.text, page.rules)
            if p is None:
                continue
            span = span or (line.start, line.end)
            # the notes of several authors in one paragraph ('Ana Ruiz is … Ida Moe is …')
            others = (note_name(t, page.rules) for t in _SENTENCE_BREAK.split(line.text)[1:])
            for q in (p, *others):
                if q is not None:
                    found.setdefault(_full_key(q), q)
        return (tuple(found.values()), span) if found and span is not None else None

    return page.remember("author-notes", compute)


def noted(page: _Page, persons: Sequence[Person]) -> bool:
    """Every one of ``persons`` has an author's note on the page, in the same spelling
    (``Alastair`` and ``Alistair`` Reynolds are two)."""
    notes = note_persons(page)
    if notes is None or not persons:
        return False
    keys = {_full_key(p) for p in notes[0]}
    return all(_full_key(p) in keys for p in persons)


def noted_bylines(page: _Page, cands: list[Cand]) -> list[Cand]:
    """``cands`` where every person of a byline has an author's note on the page: the
    byline gains :data:`NOTE_BONUS`; where none does, the one person of the notes whose name
    reads as a person's (a known given name, or initials) is a weak candidate of its own
    (:data:`W_NOTE`: several people's notes give no order of authors)."""
    notes = note_persons(page)
    if notes is None:
        return cands
    found = False
    for c in cands:
        if noted(page, c.value):
            c.score += NOTE_BONUS
            c.evidence += " and an author's note"
            found = True
    if found:
        return cands
    if len(notes[0]) > 1:  # several people: a line naming them all gives their order
        listed = _noted_line(page, notes[0])
        return [*cands, listed] if listed is not None else cands
    p = notes[0][0]
    if not (any(_INITIALS.fullmatch(w) for w in (p.given or "").split()) or plausible_person(p)):
        return cands
    return [*cands, Cand(notes[0], W_NOTE, notes[1], EVIDENCE)]


def _noted_line(page: _Page, people: Sequence[Person]) -> Cand | None:
    """The first line that names exactly ``people`` (a shop's ``by Ana Ruiz (Author), Ida
    Moe (Author)``, a line of names alone), as a candidate at :data:`W_NOTE`, or ``None``."""
    families = [p.family or "" for p in people]
    keys = {_full_key(p) for p in people}
    for line in page.layout.lines:
        if not all(f in line.text for f in families):
            continue  # (cheap: most lines name none of them)
        text = _without_by_word(line.text.strip(), page.rules)
        plist = _lenient(parse_names, authors_of_roles(text, page.rules) or text,
                         locales=page.rules)  # fmt: skip
        persons = plist.persons if plist is not None else ()
        if len(persons) == len(people) and {_full_key(q) for q in persons} == keys:
            return Cand(tuple(persons), W_NOTE, (line.start, line.end), EVIDENCE)
    return None


def _full_key(p: Person) -> tuple[str, str]:
    """A person's family name and first given name, folded."""
    given = (p.given or "").split()
    return _loc.fold(p.family or ""), _loc.fold(given[0].rstrip(".") if given else "")
