"""A byline of names in Arabic script with no mark (persons25): ``علی رضایی، مریم احمدی``
under a Persian paper's title, ``محمد أحمد، فاطمة علي`` under an Arabic one's.

Name knowledge, no page's words: the script has no capitals to tell a name from a phrase,
so the given-name lexicons of the locales do (``[name_grammar] common_given_names`` of
``fa`` and ``ar``): every name of the line (apart by commas, semicolons or the locales'
list words, ``و``) has two to four words of Arabic letters and opens with a known given
name, its Persian or its Arabic spelling (``علی`` / ``علي``: Persian text is often typed
with the Arabic yeh and kaf). A phrase opening with a given name (``علی و دوستانش``: one word
after the list word) is no name list. A step of :mod:`comet.page.bylines`.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.evidence import _lenient, _Page
from comet.page.name_plausible import known_given
from comet.text._words import and_words

__all__ = ["arabic_names"]

#: a line of Arabic letters, spaces and a list's separators only (no digit, no Latin)
_ARABIC_LINE = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u200c\s,;]+")
#: words of one name at least and at most
MIN_WORDS, MAX_WORDS = 2, 4
#: names of a line at most
MAX_NAMES = 12
#: the Arabic letters Persian writes otherwise (yeh, alef maksura, kaf), both ways
_TO_PERSIAN = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})
_TO_ARABIC = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})


@functools.cache
def _splitter(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A list's separator: a comma, a semicolon, or a list word of the locales in Arabic
    script between spaces (``و``)."""
    words = sorted(w for w in and_words(rules) if w and "\u0600" <= w[0] <= "\u06ff")
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\s*[,;]\s*|\s+(?:{alts})\s+" if alts else r"\s*[,;]\s*")


def _given(word: str) -> bool:
    return (
        known_given(word)
        or known_given(word.translate(_TO_PERSIAN))
        or known_given(word.translate(_TO_ARABIC))
    )


@functools.cache
def _titles(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' personal titles in Arabic script (``[person_names] titles``: ``دکتر``,
    ``د.``, ``الأستاذ الدكتور``) opening a name of a list, then a space (persons26)."""
    words = sorted(
        {
            t
            for t in _loc.terms_of("person_names", rules, "titles")
            if "\u0600" <= t[:1] <= "\u06ff"
        },
        key=len,
        reverse=True,
    )
    if not words:
        return None
    return re.compile(r"(^|[,;]\s*)(?:" + "|".join(map(re.escape, words)) + r")\s+")


def _without_titles(core: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``core`` without the personal titles before its names (``دکتر علی رضایی`` → ``علی
    رضایی``): a title is no part of the name, and its full stop (``د.``) no letter."""
    titles = _titles(rules)
    if titles is None:
        return core
    for _ in range(2):  # 'أ. د. أحمد': two titles in a row
        core = titles.sub(r"\1", core)
    return core


def arabic_names(core: str, page: _Page) -> tuple[Person, ...] | None:
    """The persons of a byline ``core`` in Arabic script (see the module), or ``None``."""
    core = _without_titles(core, page.rules)
    if not core or not "\u0621" <= core[0] <= "\u06d3" or not _ARABIC_LINE.fullmatch(core):
        return None
    parts = [p.strip() for p in _splitter(page.rules).split(core) if p.strip()]
    if not 1 <= len(parts) <= MAX_NAMES:
        return None
    for part in parts:
        words = part.split()
        if not MIN_WORDS <= len(words) <= MAX_WORDS or not _given(words[0]):
            return None
    plist = _lenient(parse_names, "، ".join(parts), locales=page.rules)
    if not plist or len(plist) != len(parts):
        return None
    if any(p.literal is not None or not p.given or not p.family for p in plist):
        return None
    return tuple(plist)
