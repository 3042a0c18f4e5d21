"""The imprint of a book: ``Place: Publisher`` pairs, a closing imprint after the title, a comma imprint (``…, Paris, Maisonneuve``)."""

from __future__ import annotations

import re

import attrs

from comet.references._authors import AuthorScan, scan
from comet.references._fields import _ANY_YEAR, _DIGIT, _PLACE_PUB, _WORDS, Fields, _strip
from comet.references._kinds import _is_place_pub, _placeish, _publisherish
from comet.references._lexicon import Lexicon
from comet.references._tail import find_tail

_IMPRINT_SEP = re.compile(r"[.?!]\s+|,\s+|\(\s*")
_STATE = re.compile(r"[A-Z][A-Za-z]{0,4}\.?")


def _place_publisher(text: str, f: Fields, lex: Lexicon) -> bool:
    """Read ``Place: Publisher`` (or ``Publisher: Place``); True when it matched."""
    t = _strip(text)
    m = _PLACE_PUB.match(t)
    if not m:
        return False
    a, b = _strip(m.group("a")), _strip(m.group("b"))
    if not a or not b or len(a.split()) > 6 or len(b.split()) > 10:
        return False
    if _DIGIT.search(a):
        return False
    if m.group("y") and f.year is None:
        f.year = int(m.group("y"))
    # "Publisher: Place" when the left side has a publisher word and the right does not
    if _publisherish(a, lex) and not _publisherish(b, lex) and len(b.split()) <= 3:
        f.publisher, f.place = a, b
    else:
        f.place, f.publisher = a, b
    return True


def _take_imprint(body: str, f: Fields, lex: Lexicon) -> str:
    """Lift a closing imprint out of the body: ``… Look Up. New York: Harper and Row``,
    ``…, Farnham: Ashgate``, ``… (Neuhausen-Stuttgart: Hänssler-Verlag)``.

    The imprint is the text after the last sentence end, comma or opening parenthesis
    before the body's last colon, when it reads as ``Place: Publisher`` (a short place or
    a publisher word on either side, no digits but a year).  A short state or country
    after a comma (``Cambridge, Mass.:``, ``. Berlin, Germany:``) belongs to the place.  Only at
    the very end of the body, and only when something title-like is left before it.
    """
    colon = body.rfind(":")
    if colon < 8 or f.publisher is not None:
        return body
    b_text = body[colon + 1 :]
    if _DIGIT.search(_ANY_YEAR.sub("", b_text)) or "(" in b_text.replace(")", ""):
        return body
    seps = [m for m in _IMPRINT_SEP.finditer(body, 0, colon)]
    if not seps:
        return body
    k = len(seps) - 1
    start = seps[k].end()
    if k > 0 and seps[k].group().startswith(","):
        inner = body[start:colon].strip()
        prev = seps[k - 1]
        if _STATE.fullmatch(inner) or (
            not prev.group().startswith(",")
            and _placeish(body[prev.end() : colon], lex)
            and len(inner.split()) <= 2
        ):
            # "Cambridge, Mass.: …", "Berlin, Germany: …" after a sentence end
            k -= 1
            start = seps[k].end()
    opened = seps[k].group().startswith("(")
    head = body[: seps[k].start()]
    if len(_WORDS.findall(head)) < 2:
        return body
    tail = body[start:]
    if opened:
        if not tail.rstrip(" .,;").endswith(")"):
            return body
        tail = tail.rstrip(" .,;")[:-1]
    elif ")" in tail:
        return body
    if not _is_place_pub(tail, lex):
        return body
    t0 = find_tail(head, lex)
    if t0 < len(head) and not _WORDS.search(head[t0:]):
        # bare numbers before the imprint ("(1945- 1947)", "Teil 1", "T. 1-2") are no
        # locator of a book: leave the imprint in place as their stop
        return body
    if not _place_publisher(tail, f, lex):
        return body
    # no span: ``body`` is a piece of the cleaned text, not of the input
    f.diag("imprint", f"read {_strip(tail)!r} as the imprint", None)
    f.imprint_cut = True
    return head


def _scan_until_publisher(names: str, lex: Lexicon) -> AuthorScan:
    """Scan names, but stop before a comma-separated publisher (``Thomas Burger, MIT Press``)."""
    sc = scan(names, lex)
    if sc.names > 1:
        cut = names.rfind(", ", 0, sc.end)
        while cut > 0 and _publisherish(names[cut + 2 : sc.end], lex):
            sc = attrs.evolve(sc, end=cut, rest=cut, names=sc.names - 1)
            cut = names.rfind(", ", 0, cut)
    return sc


def _peel_imprint(title: str, f: Fields, lex: Lexicon) -> str:
    """``…, Paris, Maisonneuve et Larose`` / ``…, Oxford University Press, Melbourne`` /
    ``…, Stuttgart``: the comma-separated place and publisher closing a book title that
    has no locator.  Only short capitalised places and publisher words go; at least two
    words of title stay."""
    if f.publisher is not None or f.place is not None or ", " not in title:
        return title
    parts = title.split(", ")
    places: list[str] = []
    publisher: str | None = None
    n = len(parts)
    while n > 1:
        p = _strip(parts[n - 1])
        if not p or _DIGIT.search(p) or not p[:1].isupper():
            break
        if publisher is None and _publisherish(p, lex) and len(p.split()) <= 6:
            publisher = p
        elif _placeish(p, lex) and len(p.split()) <= 2 and not lex.editors.match(p):
            places.insert(0, p)
        else:
            break
        n -= 1
    head = ", ".join(parts[:n])
    if n == len(parts) or len(_WORDS.findall(head)) < 2:
        return title
    if publisher is None and len(places) > 2:
        return title
    f.publisher = publisher
    f.place = ", ".join(places) or None
    f.diag("imprint", f"read {', '.join(parts[n:])!r} as the imprint", None)
    return _strip(head)
