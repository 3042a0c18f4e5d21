"""A proceedings volume named after a bare ``In`` on a line of its own, with no colon: ``In
Proceedings of the 5th Workshop on Fen Studies (FEN '19), June 3–5, 2019, Marshton, UK``, as
citation styles (ACM's, DBLP's, a scholar index's) print a conference paper's volume.

The container statements of :mod:`comet.page.container_lines` open with a label of two words
or more (a bare ``In`` opens names such as ``In Vivo``); here the word of the locales' one-word
container labels (``In``, ``Dans``, ``En``, ``W``) counts where a proceedings volume's opening
phrase follows it (``[words].proceedings_openings``: *Proceedings of the*, *Actes du*, *Actas
del*): that phrase names the container itself. The name runs to the first comma, to a
sentence's end (a full stop after a word that is no abbreviation, ``Studies. Fen Press``), or
to a locator; an event's short name with its year in brackets after it (``(FEN '19)``,
``(FENS 2019)``) is the event's, no part of the volume's name. The line stands in the work's
head, above its abstract (a related paper's line below it names another volume).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.locators import find_locators
from comet.page.container_lines import STATEMENT_LINE_WORDS, STATEMENT_WEIGHT
from comet.page.evidence import Cand, _Page
from comet.page.title_evidence import _prose_lines

__all__ = ["proceedings_statements"]

#: words of a proceedings volume's name at least (the opening phrase and a name)
MIN_NAME_WORDS = 4
#: an event's short name with its year in brackets (``(FEN '19)``, ``(FENS 2019)``)
_EVENT_ACRONYM = re.compile(r"\s*\([^()]{0,30}(?:['’‘]\d\d|\b(?:1[89]|20)\d\d)\)")
#: where the name ends: a comma, or a full stop after a word of five letters or more (an
#: abbreviation, ``Int.``, ``Conf.``, ``Proc.``, is part of the name) or after a bracket
_NAME_END = re.compile(r",\s|(?:(?<=[^\W\d_]{5})|(?<=\)))\.(?:\s|$)")


@functools.cache
def _opening(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A one-word container label of the locales, an optional colon, then a proceedings
    volume's opening phrase (kept out of the match, it opens the name)."""
    ins = [t for t in _loc.terms_of("labels", rules, "container") if " " not in t.strip()]
    openings = _loc.terms_of("words", rules, "proceedings_openings")
    if not ins or not openings:
        return None
    return re.compile(rf"(?:{_loc.alternation(ins)})\s*:?\s+(?=(?:{_loc.alternation(openings)})\s)")


@functools.cache
def _anywhere(rules: tuple[_loc.LocaleRules, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:func:`_opening` at any line's start of a text: at the text's start (``match``), and
    after a line break (``search``: a break opens the pattern, a character the regex engine
    scans for, where ``(?m)^`` would be tried at every position)."""
    opening = _opening(rules)
    body = rf"[ \t]*(?:{opening.pattern})" if opening else r"(?!)"
    return re.compile(body), re.compile(rf"\n{body}")


def _in_head(page: _Page, index: int) -> bool:
    """Line ``index`` stands in the work's head: no abstract's label and no line of prose
    between the title's line and it (a related paper's or a reference's ``In Proceedings
    of …`` line below the work's abstract names another volume). Where no title was read,
    or above it, any line."""
    title = page.title_line
    if title is None or index <= title:
        return True
    labels = {lv.line for lv in page.layout.labels if lv.key == "abstract"}
    if any(title < k < index for k in labels):
        return False
    return not any(title < k < index for k in _prose_lines(page))


def proceedings_statements(page: _Page) -> list[Cand]:
    """The proceedings volumes bare ``In`` lines name (``In Proceedings of the 5th Workshop
    on Fen Studies, pages 45–67`` → ``Proceedings of the 5th Workshop on Fen Studies``):
    lines of the main zone, short (no sentence of prose), that are no label's line. A
    statement's weight, a little under a label's."""
    opening = _opening(page.rules)
    first, after_break = _anywhere(page.rules)
    if opening is None or (first.match(page.text) or after_break.search(page.text)) is None:
        return []  # (one pass over the text first: most pages have no such line)
    out: list[Cand] = []
    for line in page.layout.lines:
        text = line.text.strip()
        m = opening.match(text)
        if (
            m is None
            or line.index in page.layout.label_lines
            or page.weight(line.start) < 1
            or len(text.split()) > 2 * STATEMENT_LINE_WORDS
            or not _in_head(page, line.index)
        ):
            continue
        rest = text[m.end() :]
        found = next(iter(find_locators(rest, locales=page.rules)), None)
        if found is not None:
            rest = rest[: found.start]
        end = _NAME_END.search(rest)
        name = _EVENT_ACRONYM.sub("", rest[: end.start()] if end else rest).strip(" .,:;–-")
        if len(name.split()) < MIN_NAME_WORDS:
            continue
        at = line.text.find(name)
        span = (line.start + at, line.start + at + len(name)) if at >= 0 else (line.start, line.end)
        out.append(Cand(name, STATEMENT_WEIGHT, span, f"the statement '{m.group().strip()}'",
                        source="label"))  # fmt: skip
    return out
