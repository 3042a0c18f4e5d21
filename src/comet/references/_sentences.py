"""Sentence ends inside a reference body (abbreviations are no ends) and the sentences they cut."""

from __future__ import annotations

import functools
import re

from comet.references._fields import _strip
from comet.references._lexicon import Lexicon

_SENT_END = re.compile(
    r"(?<=[^\s.])([.?!])[\"”’»]?\s+(?=[\"“‘«„\[]?[^\W_a-z]|\((?![A-Z][A-Z0-9&-]{1,12}\)))"
)


@functools.lru_cache(maxsize=2048)
def _is_abbrev(word: str, lex: Lexicon) -> bool:
    """Is ``word`` (ending in '.') an abbreviation rather than a sentence end?"""
    word = word.rstrip(".").strip("()[]\"'“”‘’«»") + "."
    core = word.rstrip(".")
    if not core:
        return True
    if len(core) == 1:
        return core.isalpha()  # an initial; "1." ends a sentence ("Forskningsrapport 1.")
    low = word.casefold()
    if low in lex.abbreviations:
        return True
    if low in lex.volume_words or low in lex.issue_words or low in lex.page_words:
        return True
    if "." in core:  # "e.g", "U.S", "e.V"
        return True
    if len(core) <= 3 and core.isalpha() and core[0].isupper() and core[1:].islower():
        return True  # "Am.", "Soc.", "Roy."
    return len(core) <= 4 and core.isalpha() and core.isupper()  # "ACC.", "IEEE."


@functools.lru_cache(maxsize=2048)
def _sentence_cuts(text: str, lex: Lexicon) -> tuple[tuple[int, int], ...]:
    """Spans ``(end_of_sentence, start_of_next)`` of the sentence ends in ``text``.

    A period after an abbreviation (``Phys.``, ``J.``, ``Golf.``) is no sentence end, nor
    is one after a short capitalised word in a run of abbreviations (``Arch. Ne'er. Sci.``).
    """
    cuts: list[tuple[int, int]] = []
    for m in _SENT_END.finditer(text):
        mark = m.group(1)
        pos = m.start(1)
        if mark == ".":
            ws = text.rfind(" ", 0, pos) + 1
            word = text[ws : pos + 1]
            if _is_abbrev(word, lex):
                continue
            if word[:-1].isdigit() and len(word) <= 4:
                # an ordinal before an edition or volume word: "5. Aufl.", "22. Jg."
                nxt_end = text.find(" ", m.end())
                nxt = text[m.end() : nxt_end if nxt_end > 0 else len(text)].casefold()
                if lex.edition.match(nxt) or nxt in lex.volume_words or nxt in lex.issue_words:
                    continue
                # an ordinal inside prose: "im 2. Jahrhundert", "am 4. November"
                prev_ws = text.rfind(" ", 0, max(0, ws - 1)) + 1
                if len(word) <= 3 and text[prev_ws:ws].strip()[:1].islower():
                    continue
            prev_ws = text.rfind(" ", 0, max(0, ws - 1)) + 1
            prev = text[prev_ws:ws].strip()
            if word[:1].isupper() and len(word) <= 9:
                if prev.endswith(".") and _is_abbrev(prev, lex) and len(prev) > 2:
                    continue  # "Arch. Ne'er. Sci." — inside a run of abbreviations
                nxt_end = text.find(" ", m.end())
                nxt = text[m.end() : nxt_end if nxt_end > 0 else len(text)].rstrip(",;:")
                core = word.rstrip(".")
                if (
                    len(core) <= 5
                    and core.isalpha()
                    and nxt.endswith(".")
                    and len(nxt) > 2
                    and _is_abbrev(nxt, lex)
                ):
                    continue  # "Geom. Appl.", "Phil. Trans."
                if (
                    len(core) <= 6
                    and core.isalpha()
                    and 3 <= len(nxt) <= 7
                    and nxt.endswith(".")
                    and nxt[:1].isupper()
                    and nxt[:-1].isalpha()
                ):
                    continue  # "Constr. Build. Mater.": a run of abbreviations
        cuts.append((pos + (0 if mark == "." else 1), m.end()))
    return tuple(cuts)


def _split_sentences(text: str, lex: Lexicon) -> list[str]:
    out: list[str] = []
    last = 0
    for end, nxt in _sentence_cuts(text, lex):
        out.append(text[last:end])
        last = nxt
    out.append(text[last:])
    return [p for p in (_strip(x) for x in out) if p]


def _title_case_ratio(text: str) -> float:
    words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    if not words:
        return 1.0
    return sum(1 for w in words if w[:1].isupper()) / len(words)


def _join_sentences(text: str, parts: list[str]) -> str:
    """``parts`` (consecutive sentences of ``text``) joined as printed in ``text``."""
    if not parts:
        return ""
    start = text.find(parts[0])
    last = parts[-1]
    end = text.find(last, max(0, start)) + len(last) if start >= 0 else -1
    if start < 0 or end < len(last):
        return ". ".join(parts)
    return _strip(text[start:end])


def _prose(text: str, lex: Lexicon) -> bool:
    words = text.split()
    return len(words) >= 3 and _title_case_ratio(text) < 0.6
