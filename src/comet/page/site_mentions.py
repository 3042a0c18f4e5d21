"""How often a page prints a name the site may call itself by, inside its other lines.

A site prints its own name again and again, inside lines that are not the name alone:
its calls to action (``Become a Name Insider``, ``Shop Name``), its credits (``Photo
illustration by Name``), its notes (``Originally published on Name``), its prose
(``… told Name``). :func:`mentions` counts those lines for one name; with a sign that puts
the name forward as the site's (a logo line over the headline, a credit, a self-reference
phrase, or its owner's copyright line: :func:`owner_name`), two such lines confirm it
(``comet.page.periodicals``). A mention alone names nothing: an article names what it is
about as often.

:func:`owner_name` reads the site out of its owner's name in a dated copyright line: a
company's or an organisation's words of the locales cut off (``© 2024 Al Jazeera Media
Network``: ``Al Jazeera``; ``© Mediehuset Nettavisen AS 2024``: ``Nettavisen``; ``© 2019
The Harbour Group``: ``Harbour``).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.body import _prose
from comet.page.evidence import _Page

__all__ = [
    "MENTIONS_RANKED",
    "MENTION_SUPPORT",
    "kind_words_only",
    "mentions",
    "owner_name",
    "owner_site",
]

#: lines printing a name inside them (not the name alone, not a copyright line) that
#: confirm a name put forward by one sign
MENTION_SUPPORT = 2
#: mentions that count towards a name's rank among the site's names at most
MENTIONS_RANKED = 5
#: lines read for mentions at most
MENTION_LINES = 4000
#: the words of an owner's name kept at most, and a kept word's letters at least
OWNER_WORDS = 4
OWNER_LETTERS = 2

#: a copyright notice in a line
_NOTICE = re.compile(r"©|\(c\)|copyright", re.I)


def mentions(page: _Page, name: str, skip: re.Pattern[str] | None = None) -> tuple[int, int]:
    """The lines of the page that print ``name`` as whole words (case aside) inside a
    longer text (not as a part of a domain, an address or a handle: ``name.com``,
    ``tips@name.com``): neither the name alone on its line (a logo, a menu's link), a copyright
    line, nor a line ``skip`` matches from its start (a self-reference line: the lines
    that put the name forward are no mentions of it). Memoised per page and name."""
    key = ("site-mentions", name.casefold(), skip is None)
    return page.remember(key, lambda: _count(page, name, skip))


def _count(page: _Page, name: str, skip: re.Pattern[str] | None) -> tuple[int, int]:
    pattern = re.compile(rf"(?<![\w@./]){re.escape(name)}(?![\w@]|\.\w)", re.I)
    folded = name.casefold()
    seen = chrome = 0
    for line in page.layout.lines[:MENTION_LINES]:
        t = line.text
        if pattern.search(t) is None:
            continue
        if t.strip(" .*:|").casefold() == folded or _NOTICE.search(t) is not None:
            continue
        if skip is not None and skip.match(t) is not None:
            continue
        seen += 1
        if line.zone == "main" and not _prose(line):
            chrome += 1
    return seen, chrome


def owner_name(holder: str, company: re.Pattern[str] | None, closed: frozenset[str]) -> str | None:
    """The site's name inside its owner's (a copyright holder holding a company's or an
    organisation's word, ``company``): the longest run of the holder's words with no such
    word, function words (``closed``) at its ends dropped; ``None`` where the holder holds
    no such word or none remains."""
    if company is None or company.search(holder) is None:
        return None
    runs: list[list[str]] = [[]]
    for word in holder.split():
        if company.fullmatch(word) is not None or company.search(word) is not None:
            runs.append([])
        else:
            runs[-1].append(word)
    best = max(runs, key=len)
    while best and best[-1].casefold() in closed:
        best = best[:-1]
    letters = sum(ch.isalpha() for ch in "".join(best))
    if not best or len(best) > OWNER_WORDS or letters < OWNER_LETTERS:
        return None
    if not best[0][:1].isupper():
        return None
    return " ".join(best)


def owner_site(
    page: _Page, holder: str, company: re.Pattern[str] | None, closed: frozenset[str]
) -> str | None:
    """The site's name in a copyright holder's that names its owner (:func:`owner_name`), in
    the form the page prints: as it is, or without a function word opening it where only
    that form is mentioned (``The Harbour Group``: ``Harbour``; ``Al Harbour Media
    Network``: ``Al Harbour``); ``None`` where the holder names no owner."""
    owner = owner_name(holder, company, closed)
    if owner is None:
        return None
    first, _, rest = owner.partition(" ")
    if rest and first.casefold() in closed and mentions(page, owner)[0] < MENTION_SUPPORT:
        return rest
    return owner


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
