"""The headline of a news, blog or magazine page: the title-like line over the article's
body (:func:`_headline_over_body`, on the runs of prose of :mod:`comet.page.body`), and
lines that are menus glued into one (:func:`_glued_menu`). Read by
:func:`comet.page.titles._title_candidates`; the shapes of title lines come from
:mod:`comet.page.title_lines`.
"""

from __future__ import annotations

import re

from comet.page.body import prose_runs
from comet.page.bylines import _byline_at
from comet.page.chrome import (
    INTERFACE_LINE_SHARE,
    _call_to_action,
    _interface_share,
    _is_chrome,
    _masthead_like,
    _photo_credit,
)
from comet.page.evidence import _key, _Page
from comet.page.headings import _has_day_date
from comet.page.layout import Line, _by_words
from comet.page.meta_bylines import _meta_byline
from comet.page.standfirsts import KICKER_LINE_WORDS, _kicker_over, _standfirst
from comet.page.title_lines import _looks_like_title, _news, _word_count
from comet.text._words import closed_class

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
    not read; not a headline in two parts joined by a colon), a short line with one after its first word before a name (``Image by …``),
    or a whole line ``Name Name/Agency`` (a credit)."""
    split = line.text.split()
    words = [w.casefold().rstrip(":") for w in split[:3]]
    by = _by_words(page.rules)
    short = len(split) <= CREDIT_WORDS
    return bool(words) and (
        # (a headline may open with the same word: 'Von Kiel bis Lübeck: Die Deiche …',
        # a title's parts joined by a colon)
        (words[0] in by and ": " not in line.text)
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
    bylined = False  # a byline does
    for k in range(start - 1, max(-1, start - 1 - HEADLINE_LOOK_LINES), -1):
        line = lines[k]
        if line.zone != "main":
            return None
        if _byline_at(page, k) is not None or _meta_byline(page, k) is not None:
            signed = bylined = True
            continue
        if _has_day_date(page, k):
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
        if k == start - 1 and _caps_dateline(t):
            continue  # 'DALLA NOSTRA CORRISPONDENTE', 'WASHINGTON' over the first paragraph:
            # the dispatch's dateline, no headline
        if k > 0 and not bylined and _byline_at(page, k - 1) is not None:
            continue  # under the names: their affiliation or role, not the headline (over
            # a byline of its own, the line over it is a kicker: 'Stille Wasser')
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
            if signed and _headline_over_deck(page, k):
                return k - 1, signed  # the deck under the headline, no full stop at its end
            # a blog's date header over the post's title ('Sunday, 4 May 2014' / title /
            # body) dates the post as a dateline under it would
            dated_above = k > 0 and lines[k - 1].zone == "main" and _has_day_date(page, k - 1)
            return k, signed or dated_above
    return None


#: words of a dateline in capitals over an article's first paragraph at most
CAPS_DATELINE_WORDS = 3


def _caps_dateline(text: str) -> bool:
    """A short line all in capitals (:data:`CAPS_DATELINE_WORDS` words at most: ``NEW
    YORK``, ``DALLA NOSTRA CORRISPONDENTE``): over an article's first paragraph, the
    dispatch's place or its correspondent, read past to the headline."""
    letters = [c for c in text if c.isalpha()]
    return (
        len(text.split()) <= CAPS_DATELINE_WORDS
        and len(letters) >= 3
        and all(c.isupper() for c in letters)
    )


#: how a deck that quotes someone opens
_QUOTES = "\"'‘’“”„«»‹›"
#: how a headline joins its parts (a deck is one sentence, never ``Title – subtitle``)
_TITLE_PARTS = (" – ", " — ", ": ", " - ")
#: comma-separated parts of a line of categories at least (``Politics, Archive, Science``)
CATEGORY_PARTS = 3
#: how a link to the previous or next post opens (``« Older post title``)
_PAGER_MARKS = "«‹←<»›→>"


def _whole_line_count(page: _Page, key: str) -> int:
    """How many lines of the page have this key (memoised per page as a table)."""

    def count() -> dict[str, int]:
        found: dict[str, int] = {}
        for ln in page.layout.lines:
            k = _key(ln.text)
            found[k] = found.get(k, 0) + 1
        return found

    table: dict[str, int] = page.remember(("line-key-counts", 0), count)
    return table.get(key, 0)


def _headline_over_deck(page: _Page, k: int) -> bool:
    """The title-like line right above line ``k`` (the heading nearest a signed body) is the
    headline and ``k`` its deck: it is no kicker over ``k`` (:func:`_kicker_over`:
    ``Business News`` over the headline), no journal's name over the work's title
    (:func:`~comet.page.chrome._masthead_like`), no interface line, credit or label, and
    does not introduce ``k`` (``…:``)."""
    if k == 0:
        return False
    above, deck = page.layout.lines[k - 1], page.layout.lines[k].text
    t = above.text
    head_key, deck_key = _key(t), _key(deck)
    if not head_key or head_key in deck_key or deck_key in head_key:
        return False  # a breadcrumb or a kicker holding the headline, the headline twice
    if not (len(deck.split()) >= len(t.split()) or deck[:1] in _QUOTES):
        return False  # a deck says more than the headline, or quotes someone
    if any(sep in deck for sep in _TITLE_PARTS) or not (t[:1].isalnum() or t[:1] in _QUOTES):
        return False  # 'Title – subtitle' is a headline, no deck; '— Main Menu —…' no title
    parts = t.split(", ")
    if len(parts) >= CATEGORY_PARTS and all(len(p.split()) <= KICKER_LINE_WORDS for p in parts):
        return False  # 'Politics, From the archives, Science': the post's categories
    if (t[:1] in _PAGER_MARKS and t[1:2] == " ") or _whole_line_count(page, head_key) > 1:
        return False  # '« previous post' (not '»Quoted« headline'), a teaser listed twice
    closed = closed_class(page.rules)
    if (
        t.endswith(".")
        or " | " in t
        or not any(len(w) > 1 and w.casefold() in closed for w in t.split())
    ):
        return False  # a tagline, a document title with its site, a menu in one line
    return (
        above.zone == "main"
        and k - 1 not in page.layout.label_lines
        and not t.endswith(":")
        and not _is_chrome(t, page.rules)
        and not _masthead_like(t, page.rules)
        and not _photo_credit(t, page.rules)
        and not _credit_or_signed(above, page)
        and _interface_share(t, page.rules) < INTERFACE_LINE_SHARE
        and not _call_to_action(t, page.rules)
        and not _has_day_date(page, k - 1)
        and _byline_at(page, k - 1) is None
        and not _kicker_over(t, page.layout.lines[k].text)
        and _looks_like_title(above, page)
    )


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
    closed = closed_class(page.rules)
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


#: words of the first line of a title broken over two lines in a caseless script at least
#: (one word over a headline is a kicker or a section's name)
CASELESS_FIRST_WORDS = 2
#: a line ending so ends a sentence or introduces what follows: no title goes on under it
_LINE_CLOSED = (".", "!", "?", "؟", "。", "！", "？", ":", "：", "؛", ";")


def _caseless(text: str) -> bool:
    """``text`` has letters and none of them has a case (Arabic, Persian, Hebrew, Chinese,
    Korean, Thai …): the case signals of a broken title cannot show in it."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.isupper() or c.islower() for c in letters)


def broken_headline_start(line: Line, above: Line | None, joined: bool) -> bool:
    """The headline over the body (``line``) is the second line of one title broken over two
    lines in a caseless script: the line right above is that title's first line (``joined``:
    its candidate already took ``line`` as the part under it, between it and the byline, and
    the prose under them uses its words: a teaser of another work over a headline does not),
    both lines are caseless, the first has :data:`CASELESS_FIRST_WORDS` words or more and
    ends neither a sentence nor a lead-in. A cased script shows such a break by its case
    (:mod:`comet.page.title_runs`); a caseless one only by the two lines' place over the
    byline. The body's evidence then belongs to the whole title, not to its second half.

    >>> from comet.page.layout import Line
    >>> first = Line(0, 0, 38, "توسعة مدل عوامل انساني و فرهنگ سازماني", False)
    >>> second = Line(1, 39, 73, "مديريت دانش سازماني بر اساس رويكرد", False)
    >>> broken_headline_start(second, first, True)
    True
    >>> broken_headline_start(second, Line(0, 0, 17, "Tidal Marsh Birds", False), True)
    False
    """
    if not joined or above is None or above.index != line.index - 1:
        return False
    first = above.text.strip()
    return (
        len(first.split()) >= CASELESS_FIRST_WORDS
        and not first.endswith(_LINE_CLOSED)
        and _caseless(first)
        and _caseless(line.text)
    )
