"""The readings of a chunk of words as a name and the list-splitting search.

The chunks come ready from :mod:`comet.names.classes` (affixes cut, a class letter per
word)."""

from __future__ import annotations

import re
from typing import Any

import attrs

from comet.names.record import NameOrder
from comet.names.tokens import (
    _CJK,
    COMMA,
    CONN,
    STRONG,
    _Chunk,
    _is_caps_word,
)

# ---------------------------------------------------------------------------
# Person candidates
#
# A candidate is (cost, kind, payload).  Lower cost is a more likely reading.

_Cand = tuple[float, str, tuple[Any, ...]]
FF, GF, NEUTRAL = "ff", "gf", "neutral"

FO_COST = 0.8  # a family name alone
#: A Chinese name written without a space: two to four Han characters (no kana, no
#: Hangul); the family name is the first character, or the first two where they are a
#: compound surname of the locales (``[name_grammar] compound_surnames``)
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: A foreign name written in Chinese or Japanese: its parts joined by an interpunct, the
#: given name first (``诺拉·贝尔格``, ``ハンナ・ベルク``)
_CJK_LETTERS = "\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
DOTTED_NAME = re.compile(rf"[{_CJK_LETTERS}]+(?:[·・･][{_CJK_LETTERS}]+)+")
HETERO = 1.5  # a family name alone in a list of full names
CROSS = 1.0  # a name written in the other order than the rest of its list
#: a name given first with its family name in capitals in a family-first list: its
#: capitals show its order, which costs little against the list's
CAPS_CROSS = 0.1
#: Cost of 'Kowalczyk Julie' read family name first by the given-name lists alone: above the
#: given-first reading of such a name (0.2 + 1.0 for its last word, known only as a given
#: name), within the ``ambiguous-name-order`` margin of it
INVERTED_COST = 1.5


def _single(ch: _Chunk, acronym_ok: bool) -> list[tuple[float, str, str]]:
    """Readings of one chunk as one name: (cost, order, kind)."""
    key = "single1" if acronym_ok else "single0"
    got: list[tuple[float, str, str]] | None = ch.memo.get(key)
    if got is None:
        got = ch.memo[key] = _single_impl(ch, acronym_ok)
    return got


def _single_impl(ch: _Chunk, acronym_ok: bool) -> list[tuple[float, str, str]]:
    """The readings of :func:`_single`: a special chunk's, else those of a name."""
    acronym_ok = acronym_ok and not ch.title  # 'Abbé CERES' names a person
    special = _special_readings(ch, acronym_ok)
    if special is not None:
        return special
    return _name_readings(ch, acronym_ok)


def _special_readings(ch: _Chunk, acronym_ok: bool) -> list[tuple[float, str, str]] | None:
    """The readings of a chunk with a bracketed given name, an organisation, a name in a
    script without spaces, initials only or a lower-case word; ``None`` for other chunks."""
    c = ch.cls
    out: list[tuple[float, str, str]] = []
    if ch.paren_given:
        if set(c) != {"I"}:
            out.append((0.0, FF, "paren"))
        return out
    if ch.org:
        out.append((0.2, NEUTRAL, "org"))
        return out
    if ch.cjk:
        if ch.foreign_hangul:
            out.append((0.1, GF, "given-first"))  # '한나 베르크': a foreign name in Hangul
        elif len(ch.words) == 2 and all(_CJK.match(w.text) for w in ch.words):
            out.append((0.1, FF, "cjk"))  # '萩原 雅也': family first
        elif len(ch.words) == 1 and (ch.hangul_name or HAN_NAME.fullmatch(ch.words[0].text)):
            out.append((0.1, FF, "han"))  # '王建国': one family character, then the given name
        elif len(ch.words) == 1 and DOTTED_NAME.fullmatch(ch.words[0].text):
            out.append((0.1, GF, "dotted"))  # '诺拉·贝尔格': the family name after the last dot
        out.append((0.2, NEUTRAL, "org"))
        return out
    core = c.rstrip("S")
    if not core:
        return out
    if set(core) <= {"I", "i"}:
        if acronym_ok and len(core) == 1 and c == "i":
            out.append((0.6, NEUTRAL, "acronym"))
        return out
    n_words = sum(1 for x in core if x in "WC")
    if "L" in core:
        if (
            core.find("L") == len(core) - 1 >= 2
            and core[-2] in "Ii"
            and core[0] in "WC"
            and set(core[:-1]) <= {"W", "C", "I", "i"}
        ):  # 'Hugh F smisson': a family name in lower case after an initial
            # ('Stockholms stad', without the initial, is an organisation)
            out.append((0.8, GF, "given-first"))
        if n_words + core.count("L") >= 3:
            out.append((2.5, NEUTRAL, "org"))
        return out
    return None


def _name_readings(ch: _Chunk, acronym_ok: bool) -> list[tuple[float, str, str]]:
    """The readings of a chunk of words, initials and particles (capitals mark the family
    name in mixed-case text)."""
    c = ch.cls
    core = c.rstrip("S")
    n_words = sum(1 for x in core if x in "WC")
    out: list[tuple[float, str, str]] = []
    if "C" in core and "W" in core:
        first_c, last_c = core.find("C"), core.rfind("C")
        if first_c == 0 or core[0] == "P":
            if set(core[last_c + 1 :]) <= {"W", "I", "i"}:
                out.append((0.3, FF, "caps-first"))
        elif set(core[first_c:]) <= {"C", "P"}:
            out.append((0.3, GF, "caps-last"))
    # capitals mark the family name in mixed-case text ('GAÏTI Brigitte'): other readings
    # of such a chunk are unlikely
    caps_penalty = 1.0 if "C" in core and "W" in core else 0.0
    stripped = core.rstrip("Ii")
    if stripped != core and stripped and set(stripped) <= {"W", "C", "P"} and stripped[-1] in "WC":
        loose = "i" in core[len(stripped) :]
        n = sum(1 for x in stripped if x in "WC")
        cost = 0.2 + (0.2 if loose else 0.0) + 0.8 * (n - 1) + caps_penalty
        out.append((cost, FF, "vancouver"))
    lead = core.lstrip("Ii")
    if lead != core and lead and lead[-1] in "WC":
        loose = "i" in core[: len(core) - len(lead)]
        mid = lead[:-1]
        if all(x in "WCPIi" for x in mid):
            cost = (0.3 if loose else 0.0) + 0.3 * mid.count("W") + caps_penalty
            out.append((cost, GF, "given-first"))
    if lead == core and core[-1] in "WC" and n_words >= 2:
        inner = core[1:-1]
        if all(x in "WCPIi" for x in inner):
            cost = {2: 0.2, 3: 0.4, 4: 1.2}.get(n_words, 3.0) + caps_penalty
            if ch.known[len(core) - 1 : len(core)] == "o":
                cost += 1.0  # a family name that is only known as a given name: 'Zofia Maria'
            out.append((cost, GF, "given-first"))
    if core in ("WW", "Wi") and len(ch.words) == 2 and ch.known[:1] in ("g", "o"):
        # 'JACK WU': a known given name first, in capitals too
        out.append((0.15, GF, "given-first"))
    elif core in ("WW", "CC") and ch.known == "-o":
        # 'Kowalczyk Julie', 'Yunita Sari': a word that is no given name of the lists, then
        # one that is only one. A name without a comma is read given name first (as bylines
        # and catalogues of the Latin script print it); family name first stays a close
        # second, so the reading is flagged ``ambiguous-name-order``
        out.append((INVERTED_COST, FF, "inverted"))
    elif core in ("WWW", "CCC") and ch.patronymic_last:
        # 'Соколова Ирина Петровна': a patronymic closes a name written family name first
        out.append((0.1, FF, "inverted"))
    elif ch.surname_first and core[0] == "W" and set(core[1:]) <= {"W", "I", "i"}:
        # 'Phạm Thị Hoa': a Vietnamese surname first, as the language writes it
        out.append((0.05, FF, "inverted"))
    if ch.lead_particles and n_words == ch.lead_particles + 1 and set(core) <= {"W", "C", "P"}:
        out.append((FO_COST, NEUTRAL, "family"))  # 'Le Scao'
    if n_words == 1 and set(core) <= {"W", "C", "P"} and core[-1] in "WC":
        if (
            acronym_ok
            and c in ("C", "W")
            and ch.known in ("", "-")  # 'ANNA' is a name
            and _is_caps_word(ch.words[0].text)
            and len(ch.words[0].text) <= 5
        ):
            out.append((0.6, NEUTRAL, "acronym"))
        out.append((FO_COST, NEUTRAL, "family"))
    return out


def _family_ok(ch: _Chunk) -> float | None:
    """Cost of ``ch`` as the family part of ``Family, Given``."""
    if ch.org or ch.paren_given:
        return None
    core = ch.cls.rstrip("S")
    if not core or not set(core) <= {"W", "C", "P"} or core[-1] == "P":
        return None
    n = sum(1 for x in core if x in "WC") - ch.lead_particles
    cost = {1: 0.0, 2: 1.2, 3: 2.5}.get(n, 5.0)
    if n >= 2 and ch.known[-1:] == "o":
        # 'Kowalczyk Julie, Nowak Anna': words ending in a name known only as a given name
        # are seldom the family part of 'Family, Given'
        cost += INVERTED_COST
    return cost


def _given_ok(ch: _Chunk) -> float | None:
    """Cost of ``ch`` as the given part of ``Family, Given``."""
    if ch.org or ch.paren_given:
        return None
    c = ch.cls.rstrip("S")
    core = c.rstrip("P")
    if not core or not set(core) <= {"W", "I", "i", "C", "P"} or core[0] == "P":
        return None
    if "P" in core:  # 'Medeiros, Elana Carolina de Souza'
        n = sum(1 for x in core if x in "WC")
        return {2: 1.2, 3: 1.5, 4: 2.2}.get(n)
    n = sum(1 for x in core if x in "WC")
    if n == 0:
        return 0.0
    if n >= 2 and n == len(core) and ch.known[n - 1 : n] == "o":
        return 0.0  # 'Zofia Maria': ends in a name known only as a given name
    if n < len(core):
        return 0.3 + 0.3 * (n - 1)
    return {1: 0.5, 2: 1.0, 3: 1.8, 4: 3.0}.get(n)


#: Cost of a family name of two or three capitals before a comma and a given name written
#: out (``LI, Wei``, ``NG, Alan``), read as letters of initials otherwise.
CAPS_FAMILY_COST = 0.5


def _caps_family(ch: _Chunk) -> bool:
    """Whether ``ch`` is one word of two or three capitals without dots (``LI``, ``WU``,
    ``NG``): initials, or a short family name written in capitals — the latter before the
    comma of ``Family, Given`` when a given name written out follows (initials stand after
    the comma, ``Smith, JA``, not before it)."""
    if len(ch.words) != 1 or ch.cls not in ("i", "I") or ch.org or ch.paren_given:
        return False
    t = ch.words[0].text
    return 2 <= len(t) <= 3 and t.isalpha() and t.isupper()


def _known_pair(fam: _Chunk, giv: _Chunk) -> bool:
    """``fam, giv`` reads as one ``Family, Given`` name by the given-name lists: no word
    of ``fam`` is a known given name, every word of ``giv`` is one, and both are plain
    words (two or three of them before the comma)."""
    return (
        2 <= len(fam.words) <= 3
        and set(fam.known) == {"-"}
        and set(fam.cls) <= {"W"}
        and len(giv.words) >= 1
        and set(giv.known) <= {"g", "o"}
        and set(giv.cls) <= {"W"}
    )


@attrs.frozen
class _Reading:
    cost: float
    mode: str
    people: tuple[tuple[str, tuple[int, ...]], ...]  # (kind, chunk indices)


def _dp(
    chunks: list[_Chunk],
    seps: list[int],
    mode: str,
    start: int,
    acronym_ok: bool,
    forced: bool = False,
) -> tuple[float, list[tuple[str, tuple[int, ...]]]] | None:
    """Cheapest split of ``chunks[start:]`` into names written in ``mode`` (``forced``: the
    caller gave the order, so a name of words reads in it whatever the words are)."""
    n = len(chunks)
    inf = float("inf")
    best: list[float] = [inf] * (n + 1)
    back: list[tuple[str, tuple[int, ...]] | None] = [None] * (n + 1)
    best[n] = 0.0
    fo_cost = FO_COST if mode == "fo" else FO_COST + HETERO
    for i in range(n - 1, start - 1, -1):
        ch = chunks[i]
        cands: list[tuple[float, str, tuple[int, ...]]] = []
        for cost, order, kind in _single(ch, acronym_ok):
            if kind == "family":
                cost = fo_cost
            elif kind == "acronym" and mode != "fo":
                cost += HETERO
            elif mode == "fo" and kind not in ("org", "acronym"):
                continue
            if order not in (NEUTRAL, mode):
                if forced and mode == FF and kind == "given-first" and _words_first(ch):
                    # order='family-first' ('Kiss Éva'): the first word is the family name,
                    # where no 'Family Family, Given' pair reads the text ('Quintero Mesa,
                    # Luis Alberto' stays one name)
                    cands.append((cost + CROSS + 0.5, "inverted", (i,)))
                    continue
                # a name in the other order inside a list ('Fritsche, A.E. and P. Claeys')
                cross = (
                    (mode == FF and kind == "given-first" and ch.cls[:1] == "I")
                    or (mode == GF and kind == "vancouver")
                    # 'Wang Fang, Li Ming, Barbara M. KEHM': capitals mark the family name
                    # of a Latin name among family-first Han ones
                    or (mode == FF and kind == "caps-last")
                    # 'Berg, Anna, Holm, Per, and Karin Lid': the last name given-first
                    or (
                        mode == FF
                        and kind == "given-first"
                        and 0 < i == n - 1
                        and seps[i - 1] == CONN
                    )
                )
                if not cross:
                    continue
                if kind == "caps-last":
                    cost += CAPS_CROSS  # (the capitals print the name's own order)
                else:
                    cost += CROSS if kind != "vancouver" else CROSS + 0.5
            cands.append((cost, kind, (i,)))
        if mode == FF and i + 1 < n and seps[i] == COMMA and _han_pair(ch, chunks[i + 1]):
            cands.append((0.0, "pair", (i, i + 1)))  # '山田, 太郎': a catalogue's inversion
        if mode == FF and i + 1 < n and seps[i] == COMMA and ch.cjk == chunks[i + 1].cjk:
            # (one name is printed in one script: '唐倩, Barbara M. KEHM' is two names)
            fc, gc = _family_ok(ch), _given_ok(chunks[i + 1])
            if fc is None and _caps_family(ch) and chunks[i + 1].cls[:1] == "W":
                fc = CAPS_FAMILY_COST  # 'LI, Wei': a short family name in capitals
            if fc is not None and gc is not None and _known_pair(ch, chunks[i + 1]):
                # 'Quiroga Salinas, Ana Lucía': no given name before the comma, only given
                # names after it: one name (a two-word family name), not two
                fc, gc = 0.0, 0.0
            if fc is not None and gc is not None:
                cands.append((fc + gc, "pair", (i, i + 1)))
                third = chunks[i + 2].cls if i + 2 < n and seps[i + 1] == COMMA else ""
                if third and (set(third) <= {"S"} or set(third) <= {"P"}):
                    cands.append((fc + gc, "pair", (i, i + 1, i + 2)))
        if not cands:
            cands.append((5.0, "noise", (i,)))
        for cost, kind, used in cands:
            nxt = used[-1] + 1
            total = cost + best[nxt]
            if total < best[i]:
                best[i] = total
                back[i] = (kind, used)
    if best[start] == inf:
        return None
    out: list[tuple[str, tuple[int, ...]]] = []
    i = start
    while i < n:
        step = back[i]
        assert step is not None
        out.append(step)
        i = step[1][-1] + 1
    return best[start], out


def _han_pair(fam: _Chunk, giv: _Chunk) -> bool:
    """``fam, giv`` is one Japanese name as catalogues invert it (``山田, 太郎``): a known
    family-first surname of the locales in Han, a comma, then one word of one to three
    characters that is no such surname (``山田, 鈴木`` stays two family names)."""
    return (
        fam.han_family
        and giv.cjk
        and len(giv.words) == 1
        and not giv.han_family
        and len(giv.words[0].text) <= 3
    )


def _words_first(ch: _Chunk) -> bool:
    """Two words or more without particles, the first a word and not an initial (``Kiss
    Éva``, ``Szabados Máté B.``): a name that can be read family name first."""
    core = ch.cls.rstrip("S")
    return len(core) >= 2 and core[0] in "WC" and set(core) <= {"W", "C", "I", "i"}


def _inverted_pairs(seps: list[int]) -> bool:
    """The separators of ``Family, Given; Family, Given``: commas and strong separators
    (``;``, a line break) in turn, two names or more, each part one comma."""
    return (
        len(seps) >= 3
        and len(seps) % 2 == 1
        and all(s == COMMA for s in seps[0::2])
        and all(s == STRONG for s in seps[1::2])
    )


def _readings(
    chunks: list[_Chunk], seps: list[int], order: str | None, acronym_ok: bool
) -> list[_Reading]:
    modes = [FF, GF, "fo"]
    if order == NameOrder.FAMILY_FIRST:
        modes = [FF, "fo"]
    elif order == NameOrder.GIVEN_FIRST:
        modes = [GF, "fo"]
    out: list[_Reading] = []
    for mode in modes:
        res = _dp(chunks, seps, mode, 0, acronym_ok, forced=order is not None)
        if res is not None:
            out.append(_Reading(res[0], mode, tuple(res[1])))
    if order is None and _inverted_pairs(seps):
        # 'Pereira, Ana Maria; Costa Lima, João Pedro': a comma inside each part a strong
        # separator parts, and only there: every part one inverted name
        pairs = [
            r
            for r in out
            if r.mode == FF
            and all(
                k == "pair" and chunks[used[0]].known[:1] not in ("g", "o") for k, used in r.people
            )
        ]  # ('Ana Ruiz, Ida Moe; Per Berg, Eva Lund': given names first, no pairs)
        if pairs:
            return pairs[:1] + [r for r in sorted(out, key=lambda r: r.cost) if r is not pairs[0]]
    if order is None and len(chunks) >= 3 and seps[1] != STRONG:
        # MLA: the first name inverted, the rest given-first ('Smith, John, and Ana Ruiz';
        # never 'Pereira, Ana; Costa Lima, João': a strong separator after the first pair)
        first = _dp(chunks[:2], seps[:1], FF, 0, acronym_ok)
        if first is not None and first[1] and first[1][0][0] == "pair":
            rest = _dp(chunks, seps, GF, 2, acronym_ok)
            if rest is not None:
                people = ((first[1][0]), *rest[1])
                out.append(_Reading(first[0] + rest[0] + 0.3, "mixed", people))
    out.sort(key=lambda r: r.cost)
    return out
