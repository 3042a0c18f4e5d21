"""A title printed over two heading lines: the title proper, then its subtitle.

A book's or an article's page prints its title proper on one line and the subtitle on the
next (``Marsh Law in the Northern Fens`` / ``A Study of Tides and Their Courts``); the
subtitle is a heading of its own, with no colon between. The reader scores each line
alone, so it may take the title proper only, or the subtitle only where it scores a little
higher. Here the two lines are joined as ``title: subtitle`` when they are the page's two
strongest title lines side by side and nothing marks the lower one as another thing: it is
no sentence (no full stop, question or exclamation mark), no names, label, locator, date,
series, publisher, journal or type line, in the same script and language as the upper
one, and it does not print the upper one again. A run of three title-like lines or more (a
list of works) joins nothing, nor a story's headline and its deck (a news page, or a
dateline under the pair).
"""

from __future__ import annotations

import re

from comet.locales import LocaleRules, casefolded_terms
from comet.page.bylines import _line_names
from comet.page.chrome import INTERFACE_LINE_SHARE, _call_to_action, _interface_share
from comet.page.citations import _cite_values
from comet.page.evidence import Cand, _dates_in, _key, _Page
from comet.page.languages import _languages_differ, _latin
from comet.page.layout import _by_words
from comet.page.lines import Line
from comet.page.locator_lines import _locator_line
from comet.page.org_lines import names_organisation
from comet.page.parallel_titles import parallel_lines
from comet.page.publisher_roles import bracketed_publisher
from comet.page.series_lines import numbered_series
from comet.page.title_blocks import wrapped_caseless
from comet.page.title_context import printed_again
from comet.page.title_lines import _news, _word_count
from comet.page.title_name_lines import names_list_line
from comet.page.title_runs import _venue_or_type

__all__ = ["EVIDENCE", "subtitled", "with_subtitle_line"]

EVIDENCE = "the title line and its subtitle's line under it"
#: the upper line's score as a share of the chosen lower line's at least (both read as titles)
UPPER_SHARE = 0.85
#: the lower line's score as a share of the chosen upper line's at least
LOWER_SHARE = 0.4
#: a third title line's score as a share of the chosen one's from which the run is a list
LIST_SHARE = 0.4
#: lines under a line whose title a prefix was cut from searched for the heading that is it
HEADING_LINES = 4
#: words of a subtitle line at most and at least, and of the title proper's line at least
#: (a short line over a heading is a kicker as often: ``Press release``, ``Fen news``)
SUBTITLE_WORDS = 20
PART_MIN_WORDS = 2
TITLE_MIN_WORDS = 3
#: how a line ends that is a sentence, a list's item or a label, no subtitle
_NO_SUBTITLE_ENDS = (".", "!", "?", ";", ",", ":", "…", "。", "！", "？", "；", "，", "：")
#: how a line ends that is a sentence or a list's item, no title proper (``Title:`` is one)
_NO_TITLE_ENDS = (".", "!", "?", ";", ",", "…", "。", "！", "？", "；", "，")
_QUOTES = " ”’\"'»"
#: a line no part of a two-line title: a number at its end (a series' volume, ``#1``), a
#: year, a word cut short by a full stop inside it (``Dr. Ana Ruiz``, ``Инд. ПП``: a name
#: with its title, a table's column heads)
_NUMBERED_OR_CUT = re.compile(r"(?:#\s?|\s)\d+\W*$|\b(?:1[5-9]|20)\d\d\b|\w\.\s+\w")


def subtitled(page: _Page, best: Cand | None, cands: list[Cand]) -> Cand | None:
    """``best``, or the title joined with its subtitle's line (:func:`with_subtitle_line`),
    noted on the page."""
    if best is None:
        return None
    whole = with_subtitle_line(page, best, cands)
    if whole is None:
        return best
    page.note("chose-candidate", f"title: {str(best.value)!r} and the heading line by it "
              f"make the title {str(whole.value)!r}", whole.span)  # fmt: skip
    return whole


def with_subtitle_line(page: _Page, best: Cand, cands: list[Cand]) -> Cand | None:
    """The title joined from the chosen line and the heading line over or under it (see the
    module); ``None`` when the chosen title is no line of its own or no such pair stands."""
    if best.features is None or _news(page):
        return None  # (a story's headline has a deck under it, no subtitle)
    at = page.layout.line_at(best.span[0])
    if at is None or at.zone != "main":
        return None
    lines = page.layout.lines
    value = str(best.value)
    if value != at.text.strip():  # ('Cover of book: Title' over the heading 'Title')
        at = next((ln for ln in lines[at.index + 1 : at.index + 1 + HEADING_LINES]
                   if ln.text.strip() == value), at)  # fmt: skip
    by_line: dict[int, Cand] = {}
    for c in cands:
        if c.features is None:
            continue
        ln = page.layout.line_at(c.span[0])
        if ln is not None and (ln.index not in by_line or c.score > by_line[ln.index].score):
            by_line[ln.index] = c
    if str(best.value) == at.text.strip() and at.index + 1 < len(lines):
        lower = lines[at.index + 1]
        lc = by_line.get(lower.index)
        if (
            lc is not None
            and lc.score >= LOWER_SHARE * best.score
            and str(lc.value) == lower.text.strip()
            and _alone(page, by_line, best, at.index - 1, lower.index + 1)
            and _pair(page, at, lower)
        ):
            return _joined(at, lower, best, page)
    if at.index == 0:
        return None
    upper = lines[at.index - 1]
    uc = by_line.get(upper.index)
    if uc is None or uc.score < UPPER_SHARE * best.score:
        return None
    if uc.span[1] == best.span[1] and _key(str(uc.value)).endswith(_key(str(best.value))):
        # the upper line's candidate joined this one already (a byline under both)
        return uc if _pair(page, upper, at) else None
    if (
        str(best.value) == at.text.strip()
        and str(uc.value) == upper.text.strip()
        and _alone(page, by_line, best, upper.index - 1, at.index + 1)
        and _pair(page, upper, at)
    ):
        return _joined(upper, at, best, page)
    return None


def _joined(upper: Line, lower: Line, best: Cand, page: _Page) -> Cand:
    head = upper.text.strip()
    joint = " " if head.endswith(":") else ": "
    if wrapped_caseless(head, lower.text, page.rules):
        joint = ""  # ('北方湿地における潮汐の' / '長期観測'): a heading wrapped mid-phrase
    value = f"{head}{joint}{lower.text.strip()}"
    return Cand(value, best.score, (upper.start, lower.end), EVIDENCE, best.features)


def _alone(page: _Page, by_line: dict[int, Cand], best: Cand, before: int, after: int) -> bool:
    """Neither line next to the pair is a title line as strong: two lines, not a list."""
    for k in (before, after):
        c = by_line.get(k)
        if c is not None and c.score >= LIST_SHARE * best.score:
            return False
    return True


def _pair(page: _Page, upper: Line, lower: Line) -> bool:
    u, lo = upper.text.strip(), lower.text.strip()
    lines = page.layout.lines
    if lower.index + 1 < len(lines) and _dates_in(page, lines[lower.index + 1].text):
        return False  # a headline and its deck over the dateline
    if lower.zone != "main" or upper.zone != "main":
        return False
    # (words of a script written without spaces counted by its characters: '北方湿地の…')
    if _word_count(u) < TITLE_MIN_WORDS or not PART_MIN_WORDS <= _word_count(lo) <= SUBTITLE_WORDS:
        return False
    if lo.rstrip(_QUOTES).endswith(_NO_SUBTITLE_ENDS) or u.rstrip(_QUOTES).endswith(_NO_TITLE_ENDS):
        return False  # a sentence, a quotation, a list's item
    if ": " in u or any(_NUMBERED_OR_CUT.search(t) for t in (u, lo)):
        return False  # a title with its subtitle already; a series' number, a year, 'Dr.'
    if parallel_lines(page, upper.index, u, lower.index):
        return False  # a title over its parallel title ('Vliv sucha …' / 'Drought …')
    if _latin(u) != _latin(lo) or _languages_differ(u, lo, page):
        return False  # a title over its translation
    uk, lk = _key(u), _key(lo)
    if printed_again(u, lo) or printed_again(lo, u) or lk.startswith(uk) or uk.startswith(lk):
        return False  # a head line over the heading that prints it again (or cut short)
    return not any(_other_thing(page, line) for line in (upper, lower))


def _other_thing(page: _Page, line: Line) -> bool:
    """The line is something a page prints by its title, never a part of it."""
    t = line.text.strip()
    rules = page.rules
    return (
        line.index in page.layout.label_lines
        or _opens_with_role(t, rules)
        or _key(t) in _containers(page)
        or _venue_or_type(t, rules)
        or bool(_line_names(t, page))
        or names_list_line(page, line.index)  # ('II Okafor' / 'CD Eze': names by their shape)
        or _locator_line(line, page)
        or bool(_dates_in(page, t))
        or numbered_series(t, rules) is not None
        or bracketed_publisher(t, rules) is not None
        or names_organisation(t, rules)
        or _call_to_action(t, rules)
        or _interface_share(t, rules) >= INTERFACE_LINE_SHARE
    )


def _opens_with_role(text: str, rules: tuple[LocaleRules, ...]) -> bool:
    """The line opens with an author's label or word (``저자 김철수``, ``By Ana Ruiz``)."""
    first = text.split()[0].casefold().rstrip(":") if text.split() else ""
    return first in casefolded_terms("labels", rules, "author") or first in _by_words(rules)


def _containers(page: _Page) -> frozenset[str]:
    def read() -> frozenset[str]:
        found = {_key(str(c.value)) for c in _cite_values(page, "container-title")}
        found |= {_key(lv.value) for lv in page.layout.values("journal", "container", "series")}
        return frozenset(found)

    return page.remember("subtitle-containers", read)
