"""The repository or preprint server named right before the work's own DOI.

A work deposited with a repository, not printed in a periodical, is cited by it with the
body that holds it just before its identifier: DataCite's order ends *… Title. Publisher.
Identifier* (``Berg O (2019) Tide gauges of the fens. Marsh Data Archive.
doi:10.1234/mda.12``), and a preprint server prints its own name and number before the DOI
(``fenRxiv 2019.03.02.1234; doi: https://doi.org/10.1234/2019.03.02.1234``). Where the page
names no container, that name is the work's publisher. A journal's name stands in the same
place in an article's citation, with its locator between: a name with numbers other than
one identifier after it is none.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.chrome import _is_chrome
from comet.page.evidence import W_POS, Cand, _key, _Page
from comet.page.name_checks import _is_type_term

__all__ = ["REPOSITORY_EVIDENCE", "REPOSITORY_WEIGHT", "repository_before_doi"]

REPOSITORY_EVIDENCE = "the repository named before the work's DOI"
#: its weight: under every other publisher's evidence (read only where none is)
REPOSITORY_WEIGHT = W_POS - 0.1
#: words of a repository's name at most
REPOSITORY_WORDS = 4
#: a repository's own number of the work before its DOI (``2019.03.02.1234``, ``696633``)
_DEPOSIT_NUMBER = re.compile(r"\d[\d./-]*\d;?|\d;?")
#: a sentence's or a citation part's end inside a line
_PART_END = re.compile(r"[.!?]\s+")
#: a link's start before the DOI (``https://doi.org/``): no word of the name
_LINK_START = re.compile(r"\S*(?:://|/)\S*$")


@functools.cache
def _doi_labels(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' DOI labels, folded, without their colons."""
    return frozenset(t.casefold().rstrip(": ") for t in _loc.terms_of("labels", rules, "doi"))


def _name_before(before: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The name closing ``before`` (the text before the DOI): the link's start and a DOI
    label go, then the repository's own number; the last part of the citation is the name."""
    tokens = before.split()
    labels = _doi_labels(rules)
    while tokens and (
        _LINK_START.match(tokens[-1]) or tokens[-1].casefold().rstrip(":;,. ") in labels
    ):
        tokens.pop()  # 'doi:', 'https://doi.org/'
    text = " ".join(tokens).rstrip(" ;,.:")
    parts = _PART_END.split(text)
    words = parts[-1].strip(" ;,.:").split()
    numbered = len(words) > 1 and _DEPOSIT_NUMBER.fullmatch(words[-1]) is not None
    if numbered:
        words = words[:-1]  # 'fenRxiv 2019.03.02.1234'
    if len(parts) < 2 and not numbered:
        return None  # 'Fen Letters doi:10.1/x': a journal's line, no citation's last part
    if not 0 < len(words) <= REPOSITORY_WORDS or any(c.isdigit() for c in "".join(words)):
        return None
    first = words[0]
    if not first[:1].isalpha():
        return None
    if first[:1].islower() and not any(c.isupper() for c in first[1:]):
        return None  # a sentence's words, not 'fenRxiv'
    return " ".join(words)


def repository_before_doi(page: _Page) -> list[Cand]:
    """The name right before the work's own DOI on a main line that is no label's (see the
    module's text): a publisher candidate of little weight, for a page that names no
    container."""
    own = str(page.memo.get("own-doi") or "")
    if not own:
        return []
    title_key = page.memo.get("title-key", "")
    for found in re.finditer(re.escape(own), page.text, re.IGNORECASE):
        line = page.layout.line_at(found.start())
        if line is None or line.zone != "main" or line.index in page.layout.label_lines:
            continue
        at = found.start() - line.start
        if at <= 0:
            continue
        name = _name_before(line.text[:at], page.rules)
        if (
            name is None
            or _key(name) == title_key
            or _is_chrome(name, page.rules)
            or _is_type_term(name, page.rules)
        ):
            continue
        start = line.start + line.text.find(name)
        return [Cand(name, REPOSITORY_WEIGHT, (start, start + len(name)), REPOSITORY_EVIDENCE)]
    return []
