"""Abbreviated journal names: ISO 4 words of the locales before a year on a line, and the
full names a page spells them out with (``J Polym Environ`` → ``Journal of Polymers and the
Environment``, ``IJMS`` → ``International Journal of Marsh Science``)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN
from comet.page.evidence import (
    _DIGIT_RE,
    _WORD,
    W_LINE,
    Cand,
    _date_of,
    _key,
    _Page,
)
from comet.page.lines import Line
from comet.text._words import closed_class


@functools.cache
def _abbreviation_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' title-word abbreviations of journal names (ISO 4 style: ``Chem.``,
    ``Biol.``, ``Natl.``; ``[references].journal_abbrev`` and the dotted ``journal_words``),
    folded, without their full stop."""
    terms = [*_loc.terms_of("references", rules, "journal_abbrev"),
             *_loc.terms_of("references", rules, "journal_words")]  # fmt: skip
    return frozenset(t.casefold().rstrip(".") for t in terms if t.endswith("."))


#: an abbreviated name before a year on a line: up to three whole capitalised words, then
#: two to eight capitalised words with a full stop each (``Org. Biomol. Chem., 2016``,
#: ``Marsh Chem. Biol., 2021``)
_DOTTED_NAME = re.compile(
    r"(?<![\w.])((?:[A-Z][^\W\d_]{1,14}\s){0,3}(?:[A-Z][^\W\d_]{0,9}\.\s?){2,8}),"
    rf"\s*(?:{YEAR_PATTERN})(?!\d)"
)


def _abbreviated_journal(page: _Page) -> None:
    """An ISO 4 abbreviated journal name before a year on the line of the work's own DOI
    (``DOI: 10.1000/x (Paper) Org. Biomol. Chem., 2016, Advance Article``: an article
    ahead of its volume): each word abbreviated with a full stop, two of them at least
    words of the locales' abbreviation lexicon. A journal name near the locator."""
    own = str(page.memo.get("own-doi") or "")
    if not own:
        return
    words = _abbreviation_words(page.rules)
    for line in page.layout.lines:
        if line.zone != "main" or own not in line.text.casefold():
            continue
        for m in _DOTTED_NAME.finditer(line.text):
            name = m.group(1).strip()
            parts = [w.rstrip(".").casefold() for w in name.split()]
            if sum(p in words for p in parts) >= 2:
                span = (line.start + m.start(1), line.start + m.start(1) + len(name))
                page.heads.append(Cand(name, W_LINE, span,
                                       "an abbreviated journal name on the work's DOI line"))  # fmt: skip
                return
        return


def _expansion_lines(page: _Page) -> list[Line]:
    """The lines near the top that may spell out a journal's name (no digit outside
    brackets): read once per page, for every abbreviation."""

    def read() -> list[Line]:
        return [
            line
            for line in page.layout.lines[:25]
            if not _DIGIT_RE.search(re.sub(r"\([^()]*\)", "", line.text))
        ]

    return page.remember(("expansion-lines", 0), read)


def _abbreviation_parts(abbrev: str, rules: tuple[_loc.LocaleRules, ...]) -> list[str] | None:
    """The folded words of an abbreviated journal name (``J Polym Environ``), or ``None``
    when it has fewer than two words or no short one other than a function word (``The
    Journal of Neuroscience`` abbreviates nothing)."""
    parts = [w.rstrip(".").casefold() for w in re.findall(r"[^\W\d_]+\.?", abbrev)]
    fw = closed_class(rules)
    if len(parts) < 2 or not any(len(p) <= 5 and p not in fw for p in parts):
        return None
    return parts


#: a small letter and a capital inside a word: two words run together
_GLUED_WORDS = re.compile(r"[a-z][A-Z]")


def _spells_out(parts: list[str], text: str, abbrev: str) -> bool:
    """``text`` spells out the abbreviation of ``parts`` (each part starts a word of it, in
    order, one at least longer than its part; ``J Polym Environ`` → ``Journal of Polymers
    and the Environment``). A word glued to the next one (``BiologySociety``: two lines
    run together) spells out nothing."""
    printed = _WORD.findall(text)
    if len(printed) < len(parts) or len(printed) > 3 * len(parts) + 3:
        return False
    words = [w.casefold() for w in printed]
    if _key(text) == _key(abbrev):
        return False
    i, spelled = 0, False
    for w, shown in zip(words, printed, strict=True):
        if i < len(parts) and w.startswith(parts[i]):
            if w != parts[i] and _GLUED_WORDS.search(shown, len(parts[i]) - 1):
                return False
            spelled = spelled or w != parts[i]
            i += 1
    if not spelled:
        return False  # every part printed as it is: the name with other words, no expansion
    return i == len(parts) and (words[0].startswith(parts[0][:1]) or len(words[0]) <= 3)


def _expansion(page: _Page, abbrev: str) -> tuple[str, tuple[int, int]] | None:
    """A line near the top that spells out an abbreviated journal name
    (``J Polym Environ`` → ``Journal of Polymers and the Environment``)."""
    parts = _abbreviation_parts(abbrev, page.rules)
    if parts is None:
        return None
    for line in _expansion_lines(page):
        if _spells_out(parts, line.text, abbrev):
            # a breadcrumb's step keeps no separator ('Home > Marsh Science >')
            return line.text.strip(" ,.>›»|"), (line.start, line.end)
    return None


#: letters of a journal's acronym (``IJSEM``, ``JMB``)
_ACRONYM = re.compile(r"[A-Z]{3,8}")


def _acronym_of(acronym: str, text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``acronym`` is made of the initials of ``text``'s words, function words aside
    (``IJSEM`` of ``International Journal of Systematic and Evolutionary Microbiology``)."""
    if _ACRONYM.fullmatch(acronym) is None:
        return False
    fw = closed_class(rules)
    initials = "".join(w[0] for w in _WORD.findall(text) if w.casefold() not in fw)
    return initials.upper() == acronym and initials[:1].isupper()


def _expanded_by_candidate(cands: list[Cand], c: Cand, page: _Page) -> Cand | None:
    """Another container candidate that spells out ``c``'s abbreviated name or acronym (the
    journal before the work's locator, ``Current Marsh Reports``, under a citation's ``Curr
    Marsh Rep``; a masthead's ``International Journal of Marsh Science`` over ``IJMS``):
    the page's full name, as strong as ``c`` and a little more."""
    value = str(c.value)
    parts = _abbreviation_parts(value, page.rules)
    if parts is None and _ACRONYM.fullmatch(value) is None:
        return None
    for d in cands:
        if d is c or d.evidence.startswith("the page's full name"):
            continue
        full = str(d.value)
        if (parts is not None and _spells_out(parts, full, value)) or _acronym_of(
            value, full, page.rules
        ):
            return Cand(d.value, c.score + 0.1, d.span, f"the page's full name of {value!r}")
    return None


#: a line opening with an abbreviated name (two to eight capitalised words each closed by a
#: full stop, ``Front. Mar. Ecol.``), then a comma and the rest
_DOTTED_HEAD = re.compile(r"((?:[A-Z][^\W\d_]{0,9}\.\s?){2,8}),\s*(\S.*)")


def dotted_dateline(text: str, page: _Page) -> bool:
    """A journal's abbreviated name and the article's date on one line (``Front. Mar.
    Ecol., 12 May 2021``, ``Rev. Geogr. Norte, 3 de mayo de 2019``): the article page's
    dateline over its title, never the title."""
    m = _DOTTED_HEAD.fullmatch(text.strip())
    return m is not None and _date_of(page, m.group(2).strip(" .")) is not None
