"""How often a page prints a name the site may call itself by, inside its other lines.

A site prints its own name again and again, inside lines that are not the name alone:
its calls to action (``Become a Name Insider``, ``Shop Name``), its credits (``Photo
illustration by Name``), its notes (``Originally published on Name``), its prose
(``… told Name``). :func:`mentions` counts those lines for one name, and those of them
that are no prose; a self-reference phrase's name (``About Name``) printed inside two
lines that are no prose is the site's (``comet.page.periodicals``). A mention alone names
nothing, nor do mentions in prose: an article names what it is about as often.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.body import _prose
from comet.page.chrome import _is_contact
from comet.page.copyright_marks import copyright_mark
from comet.page.evidence import _Page

__all__ = ["MENTIONS_RANKED", "MENTION_SUPPORT", "kind_words_only", "mentions"]

#: lines printing a name inside them (not the name alone, not a copyright line) that
#: confirm a name put forward by one sign
MENTION_SUPPORT = 2
#: mentions that count towards a name's rank among the site's names at most
MENTIONS_RANKED = 5
#: lines read for mentions at most
MENTION_LINES = 4000


def mentions(page: _Page, name: str, skip: re.Pattern[str] | None = None) -> tuple[int, int]:
    """The lines of the page that print ``name`` as whole words (case aside) inside a
    longer text (not as a part of a domain, an address or a handle: ``name.com``,
    ``tips@name.com``): neither the name alone on its line (a logo, a menu's link), a copyright
    line, nor a line ``skip`` matches from its start (a self-reference line: the lines
    that put the name forward are no mentions of it). Memoised per page and name."""
    return page.remember(("site-mentions", name.casefold()), lambda: _count(page, name, skip))


def _folded_lines(page: _Page) -> list[str]:
    """The page's lines read for mentions, case-folded once per page."""
    return page.remember(("folded-lines", 0), lambda: [
        ln.text.casefold() for ln in page.layout.lines[:MENTION_LINES]
    ])  # fmt: skip


#: a telephone number's groups of digits (``22 33 44 55``, ``030-123-4567``)
_PHONE_DIGITS = re.compile(r"(?<!\d)\d{2,4}(?:[ .-]\d{2,4}){2,}(?!\d)")
#: words of a line closed by a sentence's stop from which it is a sentence of the text, not a
#: call to action or a credit (``Kelvport has two harbours and one ferry line left.``)
SENTENCE_WORDS = 6
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’»)]?$")


def _sentence(text: str) -> bool:
    """A sentence of the page's text: six words or more closed by a sentence's stop."""
    t = text.strip()
    return len(t.split()) >= SENTENCE_WORDS and _SENTENCE_STOP.search(t) is not None


def _count(page: _Page, name: str, skip: re.Pattern[str] | None) -> tuple[int, int]:
    pattern = re.compile(rf"(?<![\w@./]){re.escape(name)}(?![\w@]|\.\w)", re.I)
    folded = name.casefold()
    notice = copyright_mark(page.rules)  # (a copyright notice in a line)
    seen = chrome = 0
    lines = page.layout.lines
    for k, low in enumerate(_folded_lines(page)):
        if folded not in low:
            continue  # (a substring test first: the regex runs on the few lines that hold it)
        line = lines[k]
        t = line.text
        if pattern.search(t) is None:
            continue
        if t.strip(" .*:|").casefold() == folded or notice.search(t) is not None:
            continue
        if skip is not None and skip.match(t) is not None:
            continue
        seen += 1
        if (
            line.zone == "main"
            and not _prose(line)
            and not _sentence(t)
            and not _is_contact(t, page.rules)
            and _PHONE_DIGITS.search(t) is None
        ):  # (a contact line names a service: 'Customer service Premium: 22 33 44 55')
            chrome += 1
    return seen, chrome


@functools.cache
def _kind_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(
        t.casefold()
        for key in ("blog_names", "magazine_names", "newspaper_names")
        for t in _loc.terms_of("periodicals", rules, key)
    )


def kind_words_only(name: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``name`` is only words that say what a periodical is (``Blog``, ``Magazine``: the
    locales' ``[periodicals]`` blog, magazine and newspaper name words), no site's name
    (``Blog homepage``: a link to the site's blog)."""
    kinds = _kind_words(rules)
    return all(w.casefold() in kinds for w in name.split())
