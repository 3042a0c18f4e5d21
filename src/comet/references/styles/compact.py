"""The compact physics style, no title: ``Nano Lett. 2010, 10, 1082``, ``AJ, 142, 31``."""

from __future__ import annotations

from comet.references._fields import Fields, _strip
from comet.references._kinds import _journalish
from comet.references._lexicon import Lexicon
from comet.references._locator import _read_locator
from comet.references._sentences import _sentence_cuts
from comet.references._tail import find_tail, read_tail


def _compact(body: str, f: Fields, lex: Lexicon, *, comma_style: bool = False) -> bool:
    """Compact physics style, no title: ``Nano Lett. 2010, 10, 1082`` / ``AJ, 142, 31``.

    After a comma (``S. Iijima, Nature 1991, 354, 56``) a short capitalised head with a
    volume and a page is a journal too.
    """
    t0 = find_tail(body, lex)
    if t0 >= len(body):
        return False
    head = _strip(body[:t0])
    if not head or len(head) > 60 or _sentence_cuts(head, lex):
        return False
    words = head.split()
    abbrev = _journalish(head, lex) >= 0.5 or (
        len(words) <= 2 and all(w.isupper() or "&" in w for w in words)
    )
    short = comma_style and len(words) <= 4 and all(w[:1].isupper() for w in words)
    if not (abbrev or short):
        return False
    tail = read_tail(body[t0:], lex, f.year)
    if not (tail.volume or tail.pages):
        return False
    if short and not abbrev and not (tail.volume and tail.pages):
        return False
    _read_locator(body, f, lex)
    f.container = head + (" " + tail.series if tail.series else "")
    return True
