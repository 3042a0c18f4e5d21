"""What a piece of a reference reads as: a journal name, a publisher, a place, ``Place: Publisher``, a subtitle, prose."""

from __future__ import annotations

import functools
import re

from comet.references._fields import _DIGIT, _PLACE_PUB, _YEAR_RE, _strip
from comet.references._lexicon import Lexicon
from comet.references._sentences import _is_abbrev, _prose, _title_case_ratio

_QUOTES = {
    "“": '”“"',
    "„": '“”"',
    '"': '"”“',
    "‘": "’'‘",
    "'": "'’",
    "«": "»",
    "»": "«",
    "”": "”",
}
_SERIES_NUMBER = re.compile(
    r"[^\W\d_][\w-]{2,40}(?: [\w-]{1,20}){0,3} (?:[Nn]o\.? ?)?\d{1,4}[a-z]?"
)
_DATEISH = re.compile(
    rf"{_YEAR_RE}\s*[-–/.]\s*\d{{1,2}}|\d{{1,2}}\s*[-–/.]\s*\d{{1,2}}\s*[-–/.]\s*{_YEAR_RE}"
)


def _quoted_title(body: str) -> tuple[str, str] | None:
    b = body.lstrip(" .,:;")
    if not b or b[0] not in _QUOTES:
        return None
    closers = _QUOTES[b[0]]
    i = 1
    while i < len(b):
        c = b[i]
        if c in closers and (
            i + 1 == len(b)
            or b[i + 1] in " .,:;)]"
            or b[i + 1] in _QUOTES
            or (b[i - 1] in ".,?!" and b[i + 1].isupper())
        ):
            title = b[1:i].strip(" ,.;:")
            if len(title) >= 2:
                return title, b[i + 1 :]
            return None
        i += 1
    return None


def _journalish(text: str, lex: Lexicon) -> float:
    """How much ``text`` looks like an abbreviated journal title (0..1)."""
    words = text.replace(".", ". ").split()
    if not words:
        return 0.0
    hits = 0
    for w in words:
        if w.casefold() in lex.journal_words or (w.endswith(".") and _is_abbrev(w, lex)):
            hits += 1
    return hits / len(words)


def _publisherish(text: str, lex: Lexicon) -> bool:
    """Does ``text`` name a publisher or an institution (``Press``, ``Verlag``, ``University``)?"""
    if lex.publisher_words.search(text):
        return True
    for w in text.split():
        low = w.strip(".,;:()").casefold()
        if low in lex.organisation:
            return True
        dash = low.rfind("-")
        if dash > 0 and low[dash:] in lex.organisation:
            return True
    return False


def _is_place_pub(sentence: str, lex: Lexicon) -> bool:
    """``Stockholm: Finansdepartementet`` (a short place or a publisher word), not
    ``Environment and Planning D: Society and Space``."""
    m = _PLACE_PUB.match(_strip(sentence))
    if not m:
        return False
    a, b = m.group("a"), m.group("b")
    return _placeish(a, lex) or _publisherish(a, lex) or _publisherish(b, lex)


def _placeish(text: str, lex: Lexicon | None = None) -> bool:
    """A short place name: ``Lund``, ``Rio de Janeiro``, ``Pearl Harbor, HI``, ``New York, NY``,
    ``Frankfurt am Main`` — not ``Environment and Planning D``."""
    words = text.replace(",", " ").split()
    caps = [w for w in words if w[:1].isupper() and not (w.isupper() and len(w) <= 3)]
    lower = [w for w in words if w[:1].islower()]
    if any(len(w) > 2 and (lex is None or w.casefold() not in lex.particles) for w in lower):
        return False
    return 1 <= len(caps) <= 2 and len(words) <= 4


@functools.lru_cache(maxsize=2048)
def _kind_of(sentence: str, lex: Lexicon) -> str:
    """What a sentence after the title is: pub, note, edition, year, place or text."""
    t = _strip(sentence)
    if not t:
        return "empty"
    if _is_place_pub(t, lex):
        return "pub"
    if re.fullmatch(_YEAR_RE + r"[a-z]?", t) or lex.page_count.match(t):
        return "year"
    if lex.thesis.search(t) or lex.report.search(t) or lex.status.fullmatch(t):
        return "note"
    em = lex.editors.match(t)
    if em and em.end() < len(t) and t[em.end() : em.end() + 1] in " :":
        return "editors"
    if t[:1] in "([" and t[-1:] in ")]":
        return "note"
    if _SERIES_NUMBER.fullmatch(t):
        return "note"  # "Forskningsrapport 1", "Working Paper 34": a series statement
    if lex.edition.search(t) and len(t.split()) <= 4 and _DIGIT.search(t):
        return "edition"
    if _publisherish(t, lex) and len(t.split()) <= 8:
        return "pub"
    words = t.split()
    if (
        len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and not lex.journal_words & {w.casefold() for w in words}
    ):
        return "place"
    return "text"


def _subtitle(sentence: str, lex: Lexicon) -> bool:
    if _DATEISH.search(sentence):
        return False  # "Bilaga till tjänsteskrivelse, 2018–04–12" is a note
    if _has_journal_word(sentence, lex):
        return False
    words = sentence.split()
    return len(words) >= 5 or _prose(sentence, lex) or sentence.rstrip().endswith("?")


def _has_journal_word(sentence: str, lex: Lexicon) -> bool:
    """A capitalised journal word (``Journal``, ``Zeitschrift``, ``Bull.``) or a lower-case
    one that the locale spells so (``tidskrift``)."""
    for w in sentence.split():
        low = w.strip(",;:()").casefold()
        if low in lex.journal_words or low.rstrip(".") in lex.journal_words:
            return True
    return False


def _journal_like(sentence: str, lex: Lexicon) -> bool:
    words = sentence.split()
    if not any(len(w) >= 4 and w.isalpha() for w in words):
        return False
    if any(w.casefold() in lex.journal_words for w in words):
        return True
    return len(words) >= 2 and _title_case_ratio(sentence) >= 0.75 and len(words) <= 8
