"""A document's one author glued into a long line between the title and the author's
institution (persons23): a transcript prints a paper's first page as one line, ``… tracking
with coherent radiation J. Velde Fenwick National Laboratory, Reedham …``.

Layout knowledge, no page's words: in one of the page's first lines that holds
:data:`MIN_WORDS` words or more, a name (initials or a known given name, more initials or
one more known given name, one family word) right after a word in lower case that is no
function word of the locales (the title's last word in sentence case; ``… sent to Ana Ruiz
University …`` is a sentence), or after an author word, and right before an institution's
name: capitalised words, one of them a word of an organisation's name of the locales
(``Laboratory``, ``Universität``), within :data:`AFFILIATION_WORDS` words. The page names
one such person alone (two: a list of others, not read here).

Only where nothing else names an author: a weak candidate, like
:mod:`comet.page.glued_bylines`.
"""

from __future__ import annotations

import re

from comet.names import Person, parse_names
from comet.page.evidence import W_POS, Cand, _lenient, _Page
from comet.page.layout import _by_words
from comet.page.name_checks import _names_ok
from comet.page.name_plausible import known_given, plausible_person
from comet.page.name_vouched import _in_lower_case
from comet.page.title_shapes import _organisation_words
from comet.text._words import function_words

__all__ = ["AFFILIATED_EVIDENCE", "glued_affiliated_name"]

#: the page's first lines looked at
HEAD_LINES = 12
#: words of a line glued from a document's page at least
MIN_WORDS = 12
#: words of an institution's name up to its organisation word at most
AFFILIATION_WORDS = 4
#: the candidate's weight: below every byline read from a line of its own
W_AFFILIATED = W_POS - 0.15
AFFILIATED_EVIDENCE = "a name before its institution in a glued line"

_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.-?){1,3}")
_FAMILY = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?")


def _name_end(toks: list[str], i: int, orgs: frozenset[str], fwords: frozenset[str]) -> int | None:
    """The index after the name that opens at ``toks[i]`` (see the module), or ``None``."""
    first = toks[i]
    if not (_INITIALS.fullmatch(first) or (_FAMILY.fullmatch(first) and known_given(first))):
        return None
    k = i + 1
    while k < len(toks) - 1 and k - i < 3 and _INITIALS.fullmatch(toks[k]):
        k += 1
    if (
        k + 1 < len(toks)
        and not _INITIALS.fullmatch(first)
        and known_given(toks[k])
        and _FAMILY.fullmatch(toks[k + 1])
        and not known_given(toks[k + 1])
    ):
        k += 1  # 'Mary Ann Lowe'
    if k >= len(toks):
        return None
    family = toks[k]
    folded = family.casefold()
    if not _FAMILY.fullmatch(family) or folded in orgs or folded in fwords:
        return None
    return k + 1


def _affiliation_at(toks: list[str], j: int, orgs: frozenset[str], fwords: frozenset[str]) -> bool:
    """An institution's name opens at ``toks[j]``: capitalised words (function words among
    them), one a word of an organisation's name, within :data:`AFFILIATION_WORDS` words."""
    if j >= len(toks) or not toks[j][:1].isupper():
        return False
    for w in toks[j : j + AFFILIATION_WORDS]:
        bare = w.strip(",.;:()").casefold()
        if bare in orgs:
            return True
        if not w[:1].isupper() and bare not in fwords:
            return False
    return False


def glued_affiliated_name(page: _Page) -> Cand | None:
    """The author a glued line names before the institution (see the module), or ``None``."""
    rules = page.rules
    orgs = _organisation_words(rules)
    fwords = function_words(rules)
    by = _by_words(rules)
    found: list[tuple[str, int, int]] = []
    for line in page.layout.lines[:HEAD_LINES]:
        if line.text.count(" ") + 1 < MIN_WORDS:
            continue
        spans = list(re.finditer(r"\S+", line.text))
        toks = [m.group() for m in spans]
        for i in range(1, len(toks) - 2):
            prev = toks[i - 1]
            folded = prev.casefold()
            if not (folded in by or (prev.isalpha() and prev.islower() and folded not in fwords)):
                continue
            end = _name_end(toks, i, orgs, fwords)
            if end is None or not _affiliation_at(toks, end, orgs, fwords):
                continue
            found.append((" ".join(toks[i:end]), line.start + spans[i].start(),
                          line.start + spans[end - 1].end()))  # fmt: skip
    if not found or any(name != found[0][0] for name, _, _ in found):
        return None
    name, start, end = found[0]
    plist = _lenient(parse_names, name, locales=page.rules)
    if plist is None or len(plist) != 1 or not _names_ok(list(plist), page_rules=page.rules):
        return None
    person: Person = plist[0]
    if not plausible_person(person) or _in_lower_case(person.family or "", page.text):
        return None
    return Cand((person,), W_AFFILIATED, (start, end), AFFILIATED_EVIDENCE)
