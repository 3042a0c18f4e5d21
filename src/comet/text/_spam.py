"""Find injected spam: a phrase that recurs out of context, wherever it sits.

No word lists of spam.  The rule, in linear time:

1. **Candidates.**  Tokenise into words; two words are *linked* when only spaces or
   tabs lie between them (no punctuation, no line break).  Count every linked word
   trigram and bigram (hash tables).  Maximal runs of repeated trigrams, less function
   words at their edges, are occurrences of 3–8 word phrases; a repeated bigram of two
   content words that occur nowhere else is a 2-word phrase.  Occurrences with the same
   (case-folded) words form a phrase; a phrase needs at least two.
2. **Out of vocabulary.**  A candidate is a *suspect* when it has no more than one word
   with a digit, is a noun pile (at most a third function words from ``[words]``) and
   is an island in the text's vocabulary: at least two thirds of its content words (all
   of them for a 2-word phrase) occur nowhere else in the text.
3. **Breaks.**  Each occurrence is read in a bounded window around it.  An occurrence
   inside a line is *neutral* (legitimate, no points) in a label, list or reference
   context (``Keywords: a; b``, ``• item``, ``(2019)``, ``doi: 10.``, ``et al.``), or
   when a content word of the phrase that the text also uses elsewhere sits next to it
   (the phrase belongs to its sentence).  Otherwise it scores one point per mark of an
   insertion; *strong* marks say it breaks its sentence:

   * *after a full stop* (starts lower-case right after ``word. ``, the word a
     lower-case or caseless word of 4+ letters or a year: not ``J.``, ``Vol.``, ``al.``,
     nor an abbreviation of ``[words] abbreviations``; and the text after the phrase does
     not go on in lower case: in a script with case a full stop followed by a lower-case
     word ends no sentence), strong;
     *trailing* (the same after any word of 3+ letters but an abbreviation, with
     nothing after it on its line: a fragment at the end of a text), 2 points, strong;
     *end of the text*
     (starts lower-case, nothing follows, glued to a capitalised word or a closing
     quote), strong;
   * *before a new sentence* (ends lower-case before a capitalised function word, or
     before any capitalised word after a full stop or at a line start), strong; two
     points at a line start that is lower-case (a fragment opening a paragraph);
   * *after a comma* (starts lower-case after ``, `` and the sentence goes on in lower
     case), weak.

   A whole-line occurrence: *alone* (starts lower-case), one point; and one of *cuts*
   (the previous line is prose, 8+ words, stopping mid-sentence: strong), *between*
   (lower-case, after a complete paragraph of 12+ words ending in ``.!?`` that is no
   reference entry, before a line starting with a capital: strong) or *after*
   (the same, but the text ends or goes on otherwise; or the last line of the text
   after a closing sentence of 4+ words: weak), one point.

4. **Decision.**  A suspect is spam when it has 2+ points (3+ for a 2-word phrase or one
   more than a quarter function words, ``quality of life``) and
   one of: a strong mark inside a line of prose; a *cuts* or *between* line while
   another occurrence sits in a line of prose; two *between* lines; an *after* line, 3+
   points and a marked occurrence in prose.  Then *every* occurrence is removed, also
   quiet or neutral ones.

A phrase that occurs once is never spam: one out-of-place phrase cannot be told from a
quotation, a product named once or a stray heading, and recurrence is what injection
leaves behind.  A term the text uses (``public service delivery``), a refrain or heading
that is always a line of its own, a title in a citation, a journal name in a reference
list, keywords after a label: each fails step 2, 3 or 4.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain, pairwise
from typing import NamedTuple

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.text._lines import blanks_around
from comet.text.tuning import (
    CLOSING_SENTENCE_WORDS,
    LINE_WINDOW,
    MAX_FUNCTION_SHARE,
    MAX_WORDS,
    MIN_ISLAND_SHARE,
    MIN_WORDS,
    PARAGRAPH_WORDS,
    PROSE_WORDS,
    SPAM_POINTS,
    SPAM_POINTS_GLUE,
    WINDOW,
)

__all__ = ["find_spam_spans"]

_WORD_SRC = r"\w\w*+(?:['’\-]\w\w*+)*+"  # (\w++, opening with a class: scanned for in C)
_WORD = re.compile(_WORD_SRC)
# a run of linked words (only spaces or tabs between them) of at least 2 words, starting
# where a word starts: not after a word character, nor after a joiner inside a word (so a
# failed try never restarts inside a word, which would rescan it: quadratic)
# (the lookbehinds read after its first character: a pattern opening with a class is scanned
# for it in C, one opening with a lookbehind is tried at every position)
_SEGMENT = re.compile(rf"\w(?<!\w\w)(?<!\w['’\-]\w){_WORD_SRC[2:]}(?:[ \t]++{_WORD_SRC})++")
_NEXT_WORD = re.compile(rf"[ \t]++({_WORD_SRC})")
# the next word on the line, past punctuation that ends no sentence: ``, and``, ``) in``
_GOES_ON = re.compile(rf"[ \t,;:)\]»”’\"'–—-]*+({_WORD_SRC})")
# a label at the start of the line before an occurrence: "Keywords: ", "Emneord: "
# (and the list items before it, none holding sentence punctuation)
_LABEL = re.compile(r"[^\W\d][\w\- ]{0,38}:(?:[ \t]*+[^,;:.!?]{1,60}+[,;])*+[ \t]*+$")
# a reference context near an occurrence: a year in brackets, doi, et al., pp., vol.
_YEAR_IN_BRACKETS = re.compile(rf"\({CITATION_YEAR_PATTERN}[a-z]?\)")
_REFERENCE_WORDS = re.compile(r"\b(?:doi\b[: \t]*+10\.|et al\b|pp?\.[ \t]*+\d|vol\.|https?:)")
_REFERENCE_HINTS = ("doi", "et al", "p.", "vol.", "http")
# a whole reference entry on a line: volume(issue), or a year and a page range
_VOLUME_ISSUE = re.compile(r"\d[ \t]*+\((?:\d++[-–/]?)++\)")
_YEAR = re.compile(rf"\b{CITATION_YEAR_PATTERN}\b")
_PAGE_RANGE = re.compile(r"\b\d++[-–]\d++\b")
_LIST_MARKS = frozenset(";•·|▪/")
_SENTENCE_END = frozenset(".!?")
_CLOSING = "\"'”’»)]"

# the tuned numbers, with their reasons: comet.text.tuning
_WINDOW = WINDOW
_LINE_WINDOW = LINE_WINDOW

Key = tuple[str, str]


def _is_capitalised(w: str) -> bool:
    return len(w) >= 2 and w[0].isupper() and w[1:].islower()


def _word_before_full_stop(before: str) -> str:
    """The word ending ``before`` when that is ``word. `` (or ``!``/``?``), else ``""``.

    Closing brackets and quotes may stand between the word and the stop: ``(2019). ``.
    """
    b = before.rstrip(" \t")
    if len(b) == len(before) or not b or b[-1] not in _SENTENCE_END:
        return ""
    b = b[:-1].rstrip(_CLOSING)
    end = len(b)
    i = end
    while i > 0 and end - i < 64 and b[i - 1].isalnum():
        i -= 1
    return b[i:end]


def _caseless(w: str) -> bool:
    """``w`` has no letter with case (Hebrew, Arabic, CJK …): case says nothing there."""
    return not any(ch.isupper() or ch.islower() for ch in w)


def _ends_sentence(word: str, abbreviations: frozenset[str]) -> bool:
    """``word`` before ``. `` may end a sentence: a year, or a lower-case (or caseless) word
    of 4+ letters that is no known abbreviation (``[words] abbreviations``).

    Not an abbreviation (``J.``, ``Vol.``, ``pp.``, ``al.``, ``approx.``, ``кассац.``) nor
    a number in a locator.
    """
    if word.isdigit():
        return len(word) == 4
    return (
        len(word) >= 4
        and (word.islower() or _caseless(word))
        and word.casefold() not in abbreviations
    )


def _goes_on_lower(t: str, e: int) -> bool:
    """The word after ``t[:e]`` on its line (past ``,;:``, dashes, closing brackets and
    quotes) is lower-case: the sentence goes on.

    In a script with case a full stop followed by a lower-case word ends no sentence, so a
    phrase between ``word. `` and a lower-case word continues the sentence (``… и кассац.
    решениями …``); a caseless word after it is no evidence either way.
    """
    m = _GOES_ON.match(t, e, e + _WINDOW)
    return m is not None and m.group(1)[0].islower()


def _neighbour_line(t: str, i: int, j: int, forward: bool) -> str:
    """The nearest non-blank line before line start ``i`` (or after line end ``j``).

    Skips one blank line (paragraphs); reads at most :data:`_LINE_WINDOW` characters of
    it, the end of the line before or the start of the line after.
    """
    if forward:
        k = j + 1
        for _ in range(2):
            if k >= len(t):
                return ""
            end = t.find("\n", k, k + _LINE_WINDOW)
            line = t[k : end if end >= 0 else k + _LINE_WINDOW].strip()
            if line:
                return line
            k = end + 1 if end >= 0 else len(t)
        return ""
    k = i - 1  # the "\n" ending the line before
    for _ in range(2):
        if k <= 0:
            return ""
        lo = max(0, k - _LINE_WINDOW)
        nl = t.rfind("\n", lo, k)
        start = nl + 1 if nl >= 0 else lo
        line = t[start:k].strip()
        if line:
            return line
        k = start - 1
    return ""


def _paragraph(line: str, *, ends: bool) -> bool:
    """A complete prose paragraph: 12+ words, ending a sentence (``ends``) or starting one."""
    if len(_WORD.findall(line)) < PARAGRAPH_WORDS:
        return False
    if ends:
        return line.rstrip(_CLOSING)[-1:] in _SENTENCE_END
    return line[0].isupper() or line[0] in _CLOSING


_TITLE_END = re.compile(r"(?:\b[^\W\d_]\w*+|[\"'”’»)\]])[ \t]++$")


def _ends_title(before: str) -> bool:
    """``before`` ends in a capitalised word or a closing quote or bracket, then a space."""
    m = _TITLE_END.search(before[-80:])
    return m is not None and (m.group()[0].isupper() or m.group()[0] in _CLOSING)


def _sentence(line: str) -> bool:
    """``line`` ends a sentence of 4+ words (``There are no comments for this item.``)."""
    return (
        line.rstrip(_CLOSING)[-1:] in _SENTENCE_END
        and len(_WORD.findall(line)) >= CLOSING_SENTENCE_WORDS
    )


def _reference(w: str) -> bool:
    """A year in brackets, ``doi: 10.``, ``et al``, ``pp. 1``, ``vol.`` or a URL in ``w``."""
    if "(" in w and _YEAR_IN_BRACKETS.search(w):
        return True
    w = w.lower()
    return any(h in w for h in _REFERENCE_HINTS) and _REFERENCE_WORDS.search(w) is not None


def _reference_line(line: str) -> bool:
    """``line`` reads as a reference entry (a list of them is not prose)."""
    if _reference(line) or _VOLUME_ISSUE.search(line):
        return True
    return _YEAR.search(line) is not None and _PAGE_RANGE.search(line) is not None


def _neutral(before: str, after: str, shared: frozenset[str]) -> bool:
    """A label, list or reference context, or a neighbourhood that uses the phrase's words.

    ``shared``: the phrase's content words that also occur outside its occurrences.
    """
    b = before.rstrip(" \t")
    a = after.lstrip(" \t")
    if (b and b[-1] in _LIST_MARKS) or (a and a[0] in _LIST_MARKS):
        return True
    if _LABEL.match(before) is not None:
        return True
    if _reference(before) or _reference(after):
        return True
    if not shared:
        return False
    near = {w.casefold() for w in _WORD.findall(before)}
    near.update(w.casefold() for w in _WORD.findall(after))
    return not shared.isdisjoint(near)


class _Marks(NamedTuple):
    """What :func:`_score` read around one occurrence."""

    points: int
    strong: bool  # a strong mark: the occurrence breaks its sentence or paragraph
    whole_line: bool
    neutral: bool  # a label, list or reference context: legitimate, no points
    line: str = ""  # a whole line that "cuts" a sentence, stands "between" paragraphs
    # (lower-case), or comes "after" a paragraph (lower-case; the next line is no
    # paragraph, or there is none: the end of the text)


def _score(
    t: str, s: int, e: int, fw: frozenset[str], shared: frozenset[str], abbr: frozenset[str]
) -> _Marks:
    """The marks of an insertion on the occurrence ``t[s:e]``.

    ``abbr``: casefolded abbreviations (``[words] abbreviations``), whose full stop ends
    no sentence.

    Reads only around the occurrence (bounded windows on its line, the lines next to a
    whole-line occurrence), never a whole line: a line holding thousands of occurrences
    costs each one the same.
    """
    i, j, whole = blanks_around(t, s, e)
    phrase = t[s:e]
    first_lower = phrase[0].islower()
    k = max(phrase.rfind(" "), phrase.rfind("\t"))
    last_lower = phrase[k + 1].islower()
    if whole:
        alone = int(first_lower)
        prev = _neighbour_line(t, i, j, forward=False)
        if prev and prev[-1].isalpha() and len(_WORD.findall(prev)) >= PROSE_WORDS:
            return _Marks(alone + 1, True, True, False, "cuts")
        if not first_lower or not prev or _reference_line(prev):
            return _Marks(alone, False, True, False)
        nxt = _neighbour_line(t, i, j, forward=True)
        if _paragraph(prev, ends=True):
            if nxt and (nxt[0].isupper() or _paragraph(nxt, ends=False)):
                return _Marks(alone + 1, True, True, False, "between")
            return _Marks(alone + 1, False, True, False, "after")
        if not nxt and _sentence(prev):  # the last line, after the last sentence
            return _Marks(alone + 1, False, True, False, "after")
        return _Marks(alone, False, True, False)
    before = t[max(0, s - _WINDOW) : s]
    line_start = before.rfind("\n")
    at_line_start = line_start >= 0 or s <= _WINDOW
    before = before[line_start + 1 :]
    at_line_start = at_line_start and not before.strip(" \t")
    after = t[e : e + _WINDOW]
    cut = after.find("\n")
    at_line_end = not after[: cut if cut >= 0 else len(after)].strip(" \t") and (
        cut >= 0 or e + _WINDOW >= len(t)
    )
    after = after[: cut if cut >= 0 else len(after)]
    if _neutral(before, after, shared):
        return _Marks(0, False, False, True)
    points = 0
    strong = False
    prev_word = _word_before_full_stop(before)
    # a full stop ends a sentence only when the text after the phrase does not go on in
    # lower case (``approx. tidal marsh cores and`` is one sentence)
    after_stop = first_lower and _ends_sentence(prev_word, abbr) and not _goes_on_lower(t, e)
    if first_lower and at_line_end and len(prev_word) >= 3 and prev_word.casefold() not in abbr:
        # a fragment after the last sentence of its line or text (after any word but
        # an initial: ``… Part of Springer Nature. <spam>``)
        points += 2
        strong = True
    elif after_stop:
        points += 1
        strong = True
    elif first_lower and not t[e:].strip() and _ends_title(before):
        # the end of the text, glued to a name or title: ``… Google Scholar <spam>``
        points += 1
        strong = True
    elif first_lower and before.rstrip(" \t").endswith(","):
        m = _NEXT_WORD.match(t, e)
        if m is not None and m.group(1)[0].islower():
            points += 1
    if last_lower:
        m = _NEXT_WORD.match(t, e)
        if m is not None and _is_capitalised(m.group(1)):
            opens = at_line_start and first_lower  # a lower-case line start: a fragment
            if m.group(1).casefold() in fw or after_stop or opens:
                points += 1 + opens  # a fragment before the sentence of its line
                strong = True
    return _Marks(points, strong, False, False)


def _repeated_runs(
    words: list[list[str]], trigrams: Counter[tuple[str, str, str]], fw: frozenset[str]
) -> tuple[defaultdict[tuple[str, ...], int], set[str]]:
    """The maximal runs of repeated trigrams, counted by their words (function words at the
    edges left out), and every word inside such a run."""
    regions: defaultdict[tuple[str, ...], int] = defaultdict(int)
    in_runs: set[str] = set()
    repeated = {t for t, n in trigrams.items() if n >= 2}
    firsts = {t[0] for t in repeated}  # (a segment holding none of them holds none)
    for ws in words:
        if firsts.isdisjoint(ws) or repeated.isdisjoint(zip(ws, ws[1:], ws[2:], strict=False)):
            continue  # no repeated trigram in this segment (most of them; checked in C)
        _segment_runs(ws, trigrams, fw, regions, in_runs)
    return regions, in_runs


def _segment_runs(
    ws: list[str],
    trigrams: Counter[tuple[str, str, str]],
    fw: frozenset[str],
    regions: defaultdict[tuple[str, ...], int],
    in_runs: set[str],
) -> None:
    """One segment's runs of repeated trigrams, added to ``regions`` and ``in_runs``."""
    k = len(ws)
    i = 0
    while i + 2 < k:
        if trigrams[(ws[i], ws[i + 1], ws[i + 2])] < 2:
            i += 1
            continue
        j = i
        while j + 3 < k and trigrams[(ws[j + 1], ws[j + 2], ws[j + 3])] >= 2:
            j += 1
        in_runs.update(ws[i : j + 3])
        # function words at the edges are glue to the context, not part of the phrase
        lo, hi = i, j + 3
        while lo < hi and ws[lo] in fw:
            lo += 1
        while hi > lo and ws[hi - 1] in fw:
            hi -= 1
        if MIN_WORDS <= hi - lo <= MAX_WORDS:
            regions[tuple(ws[lo:hi])] += 1
        i = j + 1


def find_spam_spans(
    text: str, fw: frozenset[str], abbr: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """``(start, end, phrase)`` of every occurrence of every spam phrase, in order.

    ``fw``: casefolded function words; ``abbr``: casefolded abbreviations written with a
    full stop that ends no sentence (both from ``[words]`` of the locales).
    """
    folded = text.casefold()
    same_length = len(folded) == len(text)
    if not same_length:  # casefolding changed lengths (ß → ss): fold per segment
        segs = list(_SEGMENT.finditer(text))
        words = [m.group().casefold().split() for m in segs]
    else:
        segs = list(_SEGMENT.finditer(folded))
        words = [m.group().split() for m in segs]
    # counted in one pass each (one Counter update per segment costs more than the count)
    trigrams: Counter[tuple[str, str, str]] = Counter(
        chain.from_iterable(zip(ws, ws[1:], ws[2:], strict=False) for ws in words)
    )
    bigrams: Counter[Key] = Counter(chain.from_iterable(pairwise(ws) for ws in words))
    if not bigrams or max(bigrams.values()) < 2:
        return []
    regions, in_runs = _repeated_runs(words, trigrams, fw)
    candidates: list[tuple[tuple[str, ...], int]] = [
        (ph, n) for ph, n in regions.items() if n >= 2 and _noun_pile(ph, fw)
    ]
    # 2-word phrases: two content words, not inside a longer repeated run
    candidates.extend(
        (bg, n)
        for bg, n in bigrams.items()
        if n >= 2
        and bg[0] not in in_runs
        and bg[1] not in in_runs
        and bg[0] != bg[1]
        and _noun_pile(bg, fw)
    )
    if not candidates:
        return []
    if same_length:  # (only the content words of the candidates are ever looked up)
        asked = {w for ph, _n in candidates for w in ph if w not in fw}
        if len(asked) <= FEW_ASKED:
            word_counts = Counter({w: _tokens_of(folded, w) for w in asked})
        else:  # (the same counts: every word of the text counted in one pass)
            word_counts = Counter(_WORD.findall(folded))
    else:
        word_counts = Counter(w.casefold() for w in _WORD.findall(text))
    suspects = [ph for ph, n in candidates if _island(ph, n, fw, word_counts)]
    if not suspects:
        return []
    found: list[tuple[int, int, str]] = []
    for phrase, occ in _occurrences(text, suspects, segs, words).items():
        if len(occ) < 2:
            continue
        # its content words that the text also uses elsewhere: seen next to an
        # occurrence, they say the phrase belongs to its sentence
        inside = Counter(phrase)
        shared = frozenset(
            w for w in phrase if w not in fw and word_counts[w] > inside[w] * len(occ)
        )
        marks = [_score(text, a, b, fw, shared, abbr) for a, b in occ]
        # a 2-word phrase, or one a third function words (``quality of life``), needs more
        glue = sum(w in fw for w in phrase) > len(phrase) / 4
        if _is_spam(marks, SPAM_POINTS_GLUE if len(phrase) < MIN_WORDS or glue else SPAM_POINTS):
            shown = " ".join(text[occ[0][0] : occ[0][1]].split())
            found.extend((a, b, shown) for a, b in occ)
    found.sort()
    return found


#: content words of the suspect phrases up to which each is counted in the text by finding
#: its occurrences (:func:`_tokens_of`); more are counted with all the text's words in one
#: pass (a long page's spam candidates ask about hundreds: the one pass costs a fraction)
FEW_ASKED = 32

_JOINERS = "'’-"


def _tokens_of(folded: str, word: str) -> int:
    """How many of the words of ``folded`` (:data:`_WORD`'s matches) are ``word`` (one of
    them): its occurrences that no word character, nor a joiner between word characters,
    continues on either side (two such never overlap)."""
    n, size = 0, len(word)
    at = folded.find(word)
    while at >= 0:
        if _word_starts(folded, at) and _word_ends(folded, at + size):
            n += 1
        at = folded.find(word, at + 1)
    return n


def _word_starts(t: str, i: int) -> bool:
    """No word of :data:`_WORD` goes on from before ``t[i]``."""
    if i == 0:
        return True
    c = t[i - 1]
    if c.isalnum() or c == "_":  # (``\w``, tested without the regex engine)
        return False
    return not (c in _JOINERS and i >= 2 and (t[i - 2].isalnum() or t[i - 2] == "_"))


def _word_ends(t: str, j: int) -> bool:
    """No word of :data:`_WORD` goes on past ``t[:j]``."""
    if j >= len(t):
        return True
    c = t[j]
    if c.isalnum() or c == "_":  # (``\w``, tested without the regex engine)
        return False
    return not (c in _JOINERS and j + 1 < len(t) and (t[j + 1].isalnum() or t[j + 1] == "_"))


def _is_spam(marks: list[_Marks], need: int) -> bool:
    """The decision over the marks of every occurrence of one suspect phrase."""
    points = sum(mk.points for mk in marks)
    if points < need:
        return False
    prose = [mk for mk in marks if not mk.neutral and not mk.whole_line]
    lines = [mk.line for mk in marks if mk.whole_line]
    if any(mk.strong for mk in prose):  # it breaks a sentence inside a line
        return True
    if prose and ("cuts" in lines or "between" in lines):  # a line that breaks the text
        return True
    if lines.count("between") >= 2:  # two lower-case lines between paragraphs
        return True
    # a line after a paragraph (the end of the text), and an out-of-place one in prose
    return "after" in lines and points >= 3 and any(mk.points for mk in prose)


def _occurrences(
    text: str, phrases: list[tuple[str, ...]], segs: list[re.Match[str]], words: list[list[str]]
) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Character spans of every (non-overlapping) occurrence of each phrase, in one pass."""
    by_start: dict[Key, list[tuple[str, ...]]] = defaultdict(list)
    for ph in sorted(phrases, key=len, reverse=True):  # the longest phrase first
        by_start[(ph[0], ph[1])].append(ph)
    firsts = {ph[0] for ph in phrases}
    out: dict[tuple[str, ...], list[tuple[int, int]]] = {ph: [] for ph in phrases}
    for m, ws in zip(segs, words, strict=True):
        n = len(ws)
        if firsts.isdisjoint(ws):
            continue
        spans: list[tuple[int, int]] | None = None
        free = 0  # first token not yet inside an occurrence (occurrences do not overlap)
        for i in range(n - 1):
            if i < free or ws[i] not in firsts:
                continue
            for ph in by_start.get((ws[i], ws[i + 1]), ()):
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
    """At most one word with a digit, at most a third function words (none in 2 words)."""
    if len(phrase) < MIN_WORDS:  # (words of letters, none a function word: no digit either)
        return not any(w in fw or len(w) < 3 or not w.isalpha() for w in phrase)
    if sum(not w.isalpha() and any(ch.isdigit() for ch in w) for w in phrase) > 1:
        return False
    return sum(w in fw for w in phrase) <= MAX_FUNCTION_SHARE * len(phrase)


def _island(
    phrase: tuple[str, ...], times: int, fw: frozenset[str], word_counts: Counter[str]
) -> bool:
    """Most content words of ``phrase`` (all of a 2-word one) occur only inside its occurrences."""
    inside: Counter[str] = Counter()
    for w in phrase:
        inside[w] += times
    content = [w for w in inside if w not in fw and not any(map(str.isdigit, w))]
    if len(content) < 2:
        return False
    island = sum(word_counts[w] <= inside[w] for w in content)
    if len(phrase) < MIN_WORDS:
        return island == len(content)
    return island >= MIN_ISLAND_SHARE * len(content)
