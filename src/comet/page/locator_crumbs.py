"""The issue (and volume) a journal site's breadcrumb trail names: the step after its
issues' section (``Accueil > Numéros > N°23. Title > …``, ``AccueilNuméros57Title``)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import year_pattern
from comet.locators import find_locators
from comet.page.evidence import _DIGIT_RE, W_POS, Cand, _Page
from comet.page.headings import glued_crumbs

#: lines from the top where a breadcrumb trail is looked for
CRUMB_LINES = 12
#: characters of a breadcrumb trail at most
CRUMB_CHARS = 300
#: what separates a trail's steps (``Home > Issues``, ``Accueil › Numéros``, ``Home / Issues``)
_SEPARATED = re.compile(r"\s[>›»/|]\s")
#: a step that is a number alone (``Numéros › 42 › …``), or, in a trail copied without its
#: separators, a number glued to the next step's capital (``Numéros57La connaissance…``)
_BARE_NUMBER = re.compile(r"(?P<num>\d{1,4})\.?")
_GLUED_NUMBER = re.compile(r"(?P<num>\d{1,4})(?=[A-ZÀ-ÖØ-Þ])")
_YEAR = re.compile(year_pattern(1800, 2099))


@functools.cache
def _after_issues_step(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' issues' section of a trail (``[words].crumb_steps``: *Issues*,
    *Numéros*, *Ausgaben*) and what follows it, past a separator or glued to it."""
    steps = _loc.terms_of("words", rules, "crumb_steps")
    if not steps:
        return None
    return re.compile(
        rf"(?:{_loc.alternation(steps)})(?:\s*[>›»/|]\s*|(?=[\dA-ZÀ-ÖØ-Þ]))"
        rf"(?P<rest>.*)",
        re.I,
    )


def _step_starts(text: str, at: int) -> bool:
    """A step starts at ``at``: no letter before it, or a capital glued to the lower-case
    end of the step before (``AccueilNuméros``), not the middle of a word."""
    if at == 0 or not text[at - 1].isalpha():
        return True
    return text[at].isupper() and text[at - 1].islower()


def crumb_issue(page: _Page) -> tuple[Cand | None, Cand | None]:
    """The volume and issue of the step that follows a breadcrumb trail's issues' section
    near the top: a locator opening that step (``N°23. Title``, ``Vol. 3 No. 2``) or a
    number that is the whole step (``42``), or is glued to the title's capital after it
    where the trail lost its separators (``Numéros57La…``; a number and words after it,
    ``Issues | 2 Comments``, are a menu's);
    position evidence, so a locator line outweighs it. Only in a trail (steps separated by
    ``>``, ``›``, ``»``, ``/`` or ``|``, or glued: :func:`glued_crumbs`), never in a
    sentence (``the issues 4 and 5 …``); a year after the section (``Issues > 2019``) is an
    archive's year, no issue."""
    pattern = _after_issues_step(page.rules)
    if pattern is None:
        return None, None
    for line in page.layout.lines[:CRUMB_LINES]:
        text = line.text.strip()
        if len(text) > CRUMB_CHARS or not _DIGIT_RE.search(text):
            continue
        separated = _SEPARATED.search(text) is not None
        if not separated and not glued_crumbs(text, page.rules):
            continue
        m = next((m for m in pattern.finditer(text) if _step_starts(text, m.start())), None)
        if m is None:
            continue
        rest = m.group("rest")
        step = _SEPARATED.split(rest, maxsplit=1)[0]
        at = line.start + line.text.index(text) + m.start("rest")
        loc = next(iter(find_locators(step, locales=page.rules)), None)
        if loc is not None and loc.start == 0 and (loc.value.issue or loc.value.volume):
            span = (at, at + loc.end)
            vol, iss = loc.value.volume, loc.value.issue
            return (
                Cand(vol, W_POS, span, "the breadcrumb's issue step") if vol else None,
                Cand(iss, W_POS, span, "the breadcrumb's issue step") if iss else None,
            )
        step = step.strip()
        bare = _BARE_NUMBER.fullmatch(step) if separated else _GLUED_NUMBER.match(step)
        if bare is not None and not _YEAR.fullmatch(bare.group("num")):
            num = bare.group("num")
            return None, Cand(num, W_POS, (at, at + len(num)), "the breadcrumb's issue step")
    return None, None
