"""A document's author named inside a page glued into one long line (persons18): a sharing
site's transcript prints a report's first page as one line, its byline among the title, the
summary and the series (``… R I V E R S A N D T I D E S By Ana K. Marsh``, ``… Policy
Desk Author: Ida Lovrenc Policy Desk Series 41.2 …``).

Only where nothing else names an author: a weak candidate, read from one of the page's first
:data:`GLUED_HEAD_LINES` lines that hold :data:`GLUED_WORDS` words or more, after a
capitalised byline word (``By``, ``Par``, ``Von``) or an author label and its colon
(``Author:``, ``Autor:``); the name is a known given name (or initials), more initials, and
one family word, followed by the end of the line, a capitalised word or a sign, never by a
word in lower case (``By Ana Ruiz is meant…`` is a sentence), nor after a photo credit
word (``Photo By Ana Ruiz``). Every such mark on the page must name the same person.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.chrome import _credit_words
from comet.page.evidence import W_POS, Cand, _guard, _lenient, _Page
from comet.page.layout import _by_words
from comet.page.name_checks import _names_ok
from comet.page.name_plausible import known_given
from comet.text._words import function_words

#: the page's first lines looked at
GLUED_HEAD_LINES = 12
#: words of a line glued from a document's page at least
GLUED_WORDS = 40
#: the candidate's weight: below every byline read from a line of its own
W_GLUED = W_POS - 0.15
#: the candidate's evidence (a document's names: no web article's byline)
GLUED_EVIDENCE = "a name after an author word in a glued line"

_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]\.(?:[A-ZÀ-ÖØ-Þ]\.)*")
_FAMILY = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)?")


@functools.cache
def _marks(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A capitalised byline word (``By``) or an author label and its colon (``Author:``),
    as the locales write them."""
    by = sorted({w.capitalize() for w in _by_words(rules) if w.isalpha()}, key=len, reverse=True)
    labels = [t for t in _loc.terms_of("labels", rules, "author") if t[:1].isupper()]
    labels.sort(key=len, reverse=True)
    alts = [*(rf"{re.escape(w)}\s+" for w in by), *(rf"{re.escape(t)}\s*:\s*" for t in labels)]
    if not alts:
        return None
    guard = _guard([*by, *labels])  # (rejects most positions of a line at once)
    return re.compile(rf"{guard}(?<![^\s])(?:{'|'.join(alts)})(?=[A-ZÀ-ÖØ-Þ])")


def _name_at(text: str, function_words: frozenset[str] = frozenset()) -> str | None:
    """The name opening ``text``: a given name known to a lexicon (or an initial), more
    initials, a second known given name before a family word no lexicon knows as given
    (``Mary Ann Lowe``), and one family word; ``None`` where a word in lower case follows."""
    words = text.split()
    if len(words) < 2 or not (known_given(words[0]) or _INITIAL.fullmatch(words[0])):
        return None
    k = 1
    while k < len(words) - 1 and _INITIAL.fullmatch(words[k]):
        k += 1
    if (
        k + 1 < len(words)
        and known_given(words[k])
        and _FAMILY.fullmatch(words[k + 1].rstrip(".,;:"))
        and not known_given(words[k + 1])
    ):
        k += 1  # 'Mary Ann Lowe'
    family = words[k].rstrip(".,;:")
    if not _FAMILY.fullmatch(family) or family.casefold() in function_words:
        return None  # 'By Grace Of The Mayor': a function word is no family name
    after = words[k + 1] if k + 1 < len(words) else ""
    if after[:1].islower():
        return None  # 'By Ana Ruiz is …': a sentence
    return " ".join([*words[:k], family])


def glued_byline(page: _Page) -> Cand | None:
    """The author a glued line names after an author word or label (see the module)."""
    pattern = _marks(page.rules)
    if pattern is None:
        return None
    found: list[tuple[str, int]] = []
    for line in page.layout.lines[:GLUED_HEAD_LINES]:
        if line.text.count(" ") + 1 < GLUED_WORDS:
            continue
        for m in pattern.finditer(line.text):
            before = line.text[: m.start()].split()[-1:]
            if before and before[0].strip(":.,").casefold() in _credit_words(page.rules):
                continue  # 'Photo By Ana Ruiz': a photographer's credit
            name = _name_at(line.text[m.end() :], function_words(page.rules))
            if name is not None:
                found.append((name, line.start + m.end()))
    if not found or any(name != found[0][0] for name, _ in found):
        return None
    name, start = found[0]
    plist = _lenient(parse_names, name, locales=page.rules)
    if plist is None or len(plist) != 1 or not _names_ok(list(plist), page_rules=page.rules):
        return None
    persons: tuple[Person, ...] = tuple(plist)
    return Cand(
        persons, W_GLUED, (start, start + len(name)), "a name after an author word in a glued line"
    )
