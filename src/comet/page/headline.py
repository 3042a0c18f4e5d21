"""The headline of a news, blog or magazine page: the title-like line over the article's
body (:func:`_headline_over_body`, on the runs of prose of :mod:`comet.page.body`), and
lines that are menus glued into one (:func:`_glued_menu`). Read by
:func:`comet.page.titles._title_candidates`; the shapes of title lines come from
:mod:`comet.page.title_lines`.
"""

from __future__ import annotations

import re

from comet.page.body import prose_runs
from comet.page.bylines import _byline_at, _meta_byline
from comet.page.chrome import (
    INTERFACE_LINE_SHARE,
    _call_to_action,
    _closed_class,
    _interface_share,
    _is_chrome,
    _photo_credit,
)
from comet.page.evidence import _Page
from comet.page.headings import _has_day_date
from comet.page.layout import Line, _by_words
from comet.page.title_lines import _looks_like_title, _news, _standfirst, _word_count

#: lines above the start of the article's body searched for its headline
HEADLINE_LOOK_LINES = 8
#: evidence the headline over the article's body gains (see :func:`_headline_over_body`)
BODY_BONUS = 0.35


def _headline_over_body(page: _Page) -> int | None:
    """The title-like line nearest above the first run of prose that has one
    (:func:`comet.page.body.prose_runs`), with a dateline or byline between, reading past
    standfirsts, credits, labels and interface lines: a news or blog page's own headline
    (teasers of other articles, menus and offers stand elsewhere). ``None`` on pages of
    other kinds (publisher, repository, catalogue) and when the heading nearest the first
    such run is unsigned (a section heading). Memoised per page."""
    return page.remember(("headline-over-body", 0), lambda: _find_headline_over_body(page))


def _find_headline_over_body(page: _Page) -> int | None:
    if page.kind is not None and not _news(page):
        return None  # a publisher's, repository's or catalogue's record: its own layout
    for start in prose_runs(page):
        found = _heading_above(page, start)
        if found is not None:
            index, signed = found
            return index if signed else None  # unsigned: the body of a section, no later run
    return None


#: a photographer and an agency joined by a slash (``Ana Ruiz/Agency Images``): a credit
#: is the whole line, one to three capitalised words before the slash, a few after it
_CREDIT_SLASH = re.compile(
    r"(?:[^\W\d_][\w.'’-]*\s){1,2}[^\W\d_][\w.'’-]*/[^\W\d_]\S*(?:\s\S+){0,3}"
)
#: words of a line ending in a full stop from which it is a sentence, not a headline
SENTENCE_WORDS = 4

#: words of a credit line at most (``Image by A. Photographer``, ``Produced by …``)
CREDIT_WORDS = 8


def _credit_or_signed(line: Line, page: _Page) -> bool:
    """A line opening with an author word (``By Ana Ruiz``: a byline the name reader does
    not read), a short line with one after its first word before a name (``Image by …``),
    or a whole line ``Name Name/Agency`` (a credit)."""
    split = line.text.split()
    words = [w.casefold().rstrip(":") for w in split[:3]]
    by = _by_words(page.rules)
    short = len(split) <= CREDIT_WORDS
    return bool(words) and (
        words[0] in by
        or (
            short
            and any(w in by and _names_after(split[i + 1 :]) for i, w in enumerate(words) if i)
        )
        or (_CREDIT_SLASH.fullmatch(line.text) is not None and _names_after(split[: _slash(split)]))
    )


#: words of the name after a credit's author word at most (``Image by Ana Ruiz Calvo``)
CREDIT_NAME_WORDS = 5


def _slash(words: list[str]) -> int:
    """How many words of a credit come before the one holding its slash, that one's name
    part included (``Ana Ruiz/Agency`` → ``Ana``, ``Ruiz``)."""
    return next(i for i, w in enumerate(words) if "/" in w) + 1


def _names_after(words: list[str]) -> bool:
    """Whether the words after a credit's author word are a name: a few words, each
    capitalised or an initial (``by Ana Ruiz``, ``von A. Berg``) — not the rest of a
    headline holding the preposition (``Die Ablehnung von “Gendersprache” – medial …``)."""
    return 0 < len(words) <= CREDIT_NAME_WORDS and all(w[:1].isupper() for w in words)


def _heading_above(page: _Page, start: int) -> tuple[int, bool] | None:
    """The title-like line nearest above line ``start`` (a run of prose) and whether a
    dateline or byline stands between them (unsigned, the run is the body of an unsigned
    page or a section); ``None`` when there is no heading at all."""
    lines = page.layout.lines
    signed = False  # a dateline or byline stands between the heading and the body
    for k in range(start - 1, max(-1, start - 1 - HEADLINE_LOOK_LINES), -1):
        line = lines[k]
        if line.zone != "main":
            return None
        if (
            _has_day_date(page, k)
            or _byline_at(page, k) is not None
            or _meta_byline(page, k) is not None
        ):
            signed = True
            continue
        t = line.text
        if (
            k in page.layout.label_lines
            or _word_count(t) <= 1
            or t.endswith(":")
            or t.startswith(("(", "["))
            or _credit_or_signed(line, page)
            or _is_chrome(t, page.rules)
            or _photo_credit(t, page.rules)
            or _interface_share(t, page.rules) >= INTERFACE_LINE_SHARE
            or _call_to_action(t, page.rules)
        ):
            continue  # labels, credits, buttons ('Post a comment', 'Share this article')
        if k > 0 and _byline_at(page, k - 1) is not None:
            continue  # under the names: their affiliation or role, not the headline
        above = lines[k - 1].text if k > 0 else ""
        if (len(above.split()) >= 3 and _standfirst(above, t)) or (
            t.endswith(".")
            and len(t.split()) >= SENTENCE_WORDS
            and not (signed and k > 0 and _has_day_date(page, k - 1))
        ):
            continue  # the standfirst under the headline, a caption: a sentence (not a
            # signed title closed by a full stop under its dated venue line, as journals
            # print it)
        if _looks_like_title(line, page):
            return k, signed
    return None


#: words of a line of menu entries glued into one at least (a title in title case may
#: have nine words and no function word: ``American Theatre Wing Launches …``)
GLUED_MENU_WORDS = 10
#: words of a line whose words all stand twice (``Blog Blog Team Team``: text and label)
DOUBLED_MENU_WORDS = 4
#: words of such a line that the page also prints as lines of their own, at least
GLUED_MENU_ENTRIES = 3


def _glued_menu(text: str, page: _Page) -> bool:
    """Menu entries glued into one line: each word printed twice (a link's text and its
    label), or many capitalised words (or words of a script without case) with no function
    word and no punctuation, three of them printed as lines of their own elsewhere on the
    page (``Politik Wirtschaft Kultur Sport Reisen …``, with ``Kultur`` / ``Sport`` / …
    in the site's menu): no title."""
    tokens = text.split()
    if len(tokens) >= DOUBLED_MENU_WORDS and len({t.casefold() for t in tokens}) * 2 <= len(tokens):
        return True
    if len(tokens) < GLUED_MENU_WORDS or any(c in text for c in ",.:;!?"):
        return False
    closed = _closed_class(page.rules)
    if not all(t[:1].isalpha() and not t[:1].islower() and t.casefold() not in closed
               for t in tokens):  # fmt: skip
        return False
    entries = _short_lines(page)  # a headline in title case names no menu entries
    return sum(t.casefold() in entries for t in tokens) >= GLUED_MENU_ENTRIES


def _short_lines(page: _Page) -> frozenset[str]:
    """The page's one-word lines, case-folded (menu entries among them); memoised."""
    return page.remember(
        ("one-word-lines", 0),
        lambda: frozenset(ln.text.casefold() for ln in page.layout.lines if " " not in ln.text),
    )
