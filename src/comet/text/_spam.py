"""Find injected spam: a phrase that recurs out of context inside prose.

No word lists of spam.  The rule, in linear time:

1. Tokenise into words; two words are *linked* when only spaces or tabs lie
   between them (no punctuation, no line break).  Count every linked word
   trigram (a hash table).  Maximal runs of repeated trigrams, less function
   words at their edges, are candidate occurrences; occurrences with the same
   (case-folded) words form a phrase.
2. A phrase is a *suspect* when it has at least 3 words, occurs at least twice,
   has no digits, is a noun pile (at most a quarter of its words are function
   words from ``[words]``), and is an island in the text's vocabulary: at least
   two thirds of its content words occur nowhere else in the text.
3. Each occurrence is scored for the marks of an insertion, one point each:

   * *alone*: it is a whole line and starts lower-case;
   * *interrupts*: it is a whole line and the previous line is prose (8+ words)
     that stops mid-sentence (it ends in a letter);
   * *after a full stop*: it starts lower-case right after ``word. ``;
   * *before a new sentence*: it ends lower-case right before a capitalised
     function word (``… clog These are``).

   The last three are strong marks.  A suspect is spam when it has 2+ points
   and a strong mark on an occurrence inside a line, or a strong mark on a
   whole-line occurrence while another occurrence sits inside a line (so a
   refrain or heading that is always a line of its own is never spam).  Then
   *every* occurrence is removed, including ones that sit quietly
   mid-sentence.

A repeated term of the text (``public service delivery``), a refrain, a
heading, a title, a journal name in a reference list all fail step 2 or 3.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from comet.text._lines import blanks_around

__all__ = ["find_spam_spans"]

_WORD_SRC = r"\w++(?:['’\-]\w++)*+"
_WORD = re.compile(_WORD_SRC)
# a run of linked words: only spaces or tabs between them
# a segment of at least MIN_WORDS (3) words (shorter ones hold no trigram), starting where
# a word starts: not after a word character, nor after a joiner inside a word (so a
# failed try never restarts inside a word, which would rescan it: quadratic)
_LONG_SEGMENT = re.compile(rf"(?<!\w)(?<!\w['’\-]){_WORD_SRC}(?:[ \t]++{_WORD_SRC}){{2,}}+")
_NEXT_WORD = re.compile(rf"[ \t]++({_WORD_SRC})")

MIN_WORDS = 3
MAX_FUNCTION_SHARE = 0.25
MIN_ISLAND_SHARE = 2 / 3
PROSE_WORDS = 8

Trigram = tuple[str, str, str]


def _is_capitalised(w: str) -> bool:
    return len(w) >= 2 and w[0].isupper() and w[1:].islower()


def _prev_line(t: str, ls: int) -> str:
    if ls == 0:
        return ""
    end = ls - 1
    return t[t.rfind("\n", 0, end) + 1 : end].strip()


def _word_before_full_stop(before: str) -> str:
    """The word ending ``before`` when that is ``word. `` (or ``!``/``?``), else ``""``."""
    b = before.rstrip(" \t")
    if len(b) == len(before) or not b or b[-1] not in ".!?":
        return ""
    end = len(b) - 1
    i = end
    while i > 0 and end - i < 64 and b[i - 1].isalnum():
        i -= 1
    return b[i:end]


#: How far before an occurrence :func:`_score` looks for ``word. `` (a bounded window, so
#: scoring every occurrence on one long line stays linear).
_BEFORE_WINDOW = 160


def _score(t: str, s: int, e: int, fw: frozenset[str]) -> tuple[int, bool, bool]:
    """(points, any strong mark, is a whole line) of the occurrence ``t[s:e]``.

    Reads only around the occurrence (its own line's blanks, a bounded window before
    it, the next word after it), never the whole line: a line holding thousands of
    occurrences costs each one the same.
    """
    i, _, whole = blanks_around(t, s, e)
    first = t[s]
    points = 0
    strong = False
    if whole:
        if first.islower():
            points += 1
        prev = _prev_line(t, i)
        if prev and prev[-1].isalpha() and len(_WORD.findall(prev)) >= PROSE_WORDS:
            points += 1
            strong = True
        return points, strong, True
    if first.islower():
        lo = max(0, s - _BEFORE_WINDOW)
        before = t[lo:s]
        before = before[before.rfind("\n") + 1 :]
        prev_word = _word_before_full_stop(before)
        if prev_word.islower() and len(prev_word) >= 4:
            points += 1
            strong = True
    # occurrences lie inside a segment: words linked by spaces or tabs
    k = max(t.rfind(" ", s, e), t.rfind("\t", s, e))
    if t[k + 1 if k >= 0 else s].islower():
        m = _NEXT_WORD.match(t, e)
        if m is not None and _is_capitalised(m.group(1)) and m.group(1).casefold() in fw:
            points += 1
            strong = True
    return points, strong, False


def find_spam_spans(text: str, fw: frozenset[str]) -> list[tuple[int, int, str]]:
    """``(start, end, phrase)`` of every occurrence of every spam phrase, in order."""
    folded = text.casefold()
    same_length = len(folded) == len(text)
    if not same_length:  # casefolding changed lengths (ß → ss): fold per segment
        segs = list(_LONG_SEGMENT.finditer(text))
        words = [m.group().casefold().split() for m in segs]
    else:
        segs = list(_LONG_SEGMENT.finditer(folded))
        words = [m.group().split() for m in segs]
    trigrams: list[Trigram] = []
    for ws in words:
        trigrams.extend(zip(ws, ws[1:], ws[2:], strict=False))
    counts = Counter(trigrams)
    if not counts or max(counts.values()) < 2:
        return []
    # maximal runs of repeated trigrams, grouped by their words
    regions: defaultdict[tuple[str, ...], int] = defaultdict(int)
    for ws in words:
        k = len(ws)
        i = 0
        while i + 2 < k:
            if counts[(ws[i], ws[i + 1], ws[i + 2])] < 2:
                i += 1
                continue
            j = i
            while j + 3 < k and counts[(ws[j + 1], ws[j + 2], ws[j + 3])] >= 2:
                j += 1
            # function words at the edges are glue to the context, not part of the phrase
            lo, hi = i, j + 3
            while lo < hi and ws[lo] in fw:
                lo += 1
            while hi > lo and ws[hi - 1] in fw:
                hi -= 1
            if hi - lo >= MIN_WORDS:
                regions[tuple(ws[lo:hi])] += 1
            i = j + 1
    word_counts: Counter[str] | None = None
    suspects: list[tuple[str, ...]] = []
    for phrase, times in regions.items():
        if times < 2 or not _noun_pile(phrase, fw):
            continue
        if word_counts is None:  # the vocabulary of the whole text, short segments too
            word_counts = Counter(
                _WORD.findall(folded)
                if same_length
                else (w.casefold() for w in _WORD.findall(text))
            )
        if _island(phrase, times, fw, word_counts):
            suspects.append(phrase)
    if not suspects:
        return []
    found: list[tuple[int, int, str]] = []
    for occ in _occurrences(text, suspects, segs, words).values():
        points = 0
        inline = inline_strong = line_strong = False
        for a, b in occ:
            p, strong, whole_line = _score(text, a, b, fw)
            points += p
            inline = inline or not whole_line
            inline_strong = inline_strong or (strong and not whole_line)
            line_strong = line_strong or (strong and whole_line)
        if len(occ) >= 2 and points >= 2 and (inline_strong or (line_strong and inline)):
            shown = " ".join(text[occ[0][0] : occ[0][1]].split())
            found.extend((a, b, shown) for a, b in occ)
    found.sort()
    return found


def _occurrences(
    text: str, phrases: list[tuple[str, ...]], segs: list[re.Match[str]], words: list[list[str]]
) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Character spans of every (non-overlapping) occurrence of each phrase, in one pass."""
    by_start: dict[Trigram, list[tuple[str, ...]]] = defaultdict(list)
    for ph in phrases:
        by_start[(ph[0], ph[1], ph[2])].append(ph)
    firsts = {ph[0] for ph in phrases}
    out: dict[tuple[str, ...], list[tuple[int, int]]] = {ph: [] for ph in phrases}
    for m, ws in zip(segs, words, strict=True):
        n = len(ws)
        if n < MIN_WORDS or firsts.isdisjoint(ws):
            continue
        spans: list[tuple[int, int]] | None = None
        free = 0  # first token not yet inside an occurrence (occurrences do not overlap)
        for i in range(n - 2):
            if i < free or ws[i] not in firsts:
                continue
            for ph in by_start.get((ws[i], ws[i + 1], ws[i + 2]), ()):
                k = len(ph)
                if i + k <= n and tuple(ws[i : i + k]) == ph:
                    if spans is None:
                        spans = [w.span() for w in _WORD.finditer(text, m.start(), m.end())]
                    if len(spans) != n:  # pragma: no cover - exotic case folding
                        break
                    out[ph].append((spans[i][0], spans[i + k - 1][1]))
                    free = i + k
                    break
    return out


def _noun_pile(phrase: tuple[str, ...], fw: frozenset[str]) -> bool:
    """At least 3 words, no digits, at most a quarter function words."""
    if len(phrase) < MIN_WORDS:
        return False
    if any(ch.isdigit() for w in phrase for ch in w):
        return False
    return sum(w in fw for w in phrase) <= MAX_FUNCTION_SHARE * len(phrase)


def _island(
    phrase: tuple[str, ...], times: int, fw: frozenset[str], word_counts: Counter[str]
) -> bool:
    """Most content words of ``phrase`` occur only inside its occurrences."""
    inside: Counter[str] = Counter()
    for w in phrase:
        inside[w] += times
    content = [w for w in inside if w not in fw]
    if len(content) < 2:
        return False
    island = sum(word_counts[w] <= inside[w] for w in content)
    return island >= MIN_ISLAND_SHARE * len(content)
