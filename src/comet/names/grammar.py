"""Word classes, the readings of a chunk of words as a name, and the list-splitting search."""

from __future__ import annotations

import functools
from typing import Any

import attrs

from comet.names.record import NameOrder
from comet.names.rules import _Rules
from comet.names.tokens import (
    _CJK,
    COMMA,
    CONN,
    _Chunk,
    _Ctx,
    _has_letter,
    _is_caps_word,
    _is_lower_word,
    _loose_initials,
    _strict_initials,
    _Tok,
    _wfold,
)

# ---------------------------------------------------------------------------
# Chunk repairs and classes


#: at most this many titles before a name, and suffixes after it (keeps a page of
#: 'Dr. Dr. Dr. …' linear)
_MAX_RUN = 6


def _dl(word: str) -> str:
    """Folded, without dots: the key of a word in the title and post-nominal tables."""
    return _wfold(word).replace(".", "")


def _title_lens(ws: list[_Tok], i: int, ctx: _Ctx) -> list[int]:
    """Lengths of the titles that start at ``ws[i]`` (``Dr.``, ``Dr. rer. nat.``)."""
    cands = ctx.rules.title_phrases.get(_dl(ws[i].text)) if i < len(ws) else None
    if not cands or ctx.particle(ws[i].text):
        return []
    return [
        len(words)
        for words in cands
        if i + len(words) <= len(ws)
        and all(_dl(ws[i + k].text) == words[k] for k in range(len(words)))
        and not (len(words) == 1 and _undotted(ws[i].text, ctx))
    ]


def _title_len(ws: list[_Tok], ctx: _Ctx) -> int:
    """How many words at the start of ``ws`` form the first of a run of titles, chosen so
    that the run covers the most words (``Prof.`` + ``Dr. rer. nat.``, not ``Prof. Dr.``)."""
    limit = min(len(ws), 8)
    cover = [0] * (limit + 1)
    first = [0] * (limit + 1)
    for i in range(limit - 1, -1, -1):
        for n in _title_lens(ws, i, ctx):
            if i + n <= limit and n + cover[i + n] > cover[i]:
                cover[i], first[i] = n + cover[i + n], n
    return first[0]


def _post_len(ws: list[_Tok], end: int, ctx: _Ctx) -> int:
    """How many words before ``ws[end]`` form a suffix or post-nominal (``Jr.``, ``Ph. D.``)."""
    for n in (3, 2, 1):
        if n <= end and tuple(_dl(w.text) for w in ws[end - n : end]) in ctx.rules.post_phrases:
            if n == 1 and _undotted(ws[end - 1].text, ctx):
                continue
            if (
                n == 1
                and ws[end - 1].text.endswith(".")
                and _dl(ws[end - 1].text) in ctx.rules.lone_suffixes
            ):
                continue  # 'Anna V.': an initial
            return n
    return 0


def _undotted(word: str, ctx: _Ctx) -> bool:
    """``Sen`` for ``Sen.``: an abbreviation written without the dot it needs."""
    return not word.endswith(".") and _wfold(word) in ctx.rules.needs_dot


def _spelled_out(words: list[_Tok]) -> bool:
    """``Senior``, ``Esquire``: one capitalised word, not an abbreviation or capitals, that
    can be a family name as well as a suffix."""
    if len(words) != 1:
        return False
    t = words[0].text
    return len(t) >= 4 and t.isalpha() and t[:1].isupper() and not t[1:].isupper()


def _generational(words: list[_Tok], ctx: _Ctx) -> bool:
    return len(words) == 1 and _dl(words[0].text) in ctx.rules.generational


def _ambiguous_post(words: list[_Tok], ctx: _Ctx) -> bool:
    """``MD``, ``QC``, ``J.R.``, ``V``: a post-nominal that could also be initials.

    Generational suffixes written as such (``Jr.``, ``III``) are not ambiguous; with dots
    between capitals (``J.R.``), as two capitals (``JR``) or as one letter (``V``) they are.
    """
    for w in words:
        t = w.text
        if _strict_initials(t) and (t.count(".") >= 2 or len(t.rstrip(".")) == 1):
            continue
        if _loose_initials(t) and not set(t) <= set("IVX"):
            continue  # 'JR', 'SR' in 'Korenberg JR' are initials as much as a suffix
        if _dl(t) in ctx.rules.generational:
            return False
        short = len(t.replace(".", "").replace("-", "")) <= 2
        if not (_loose_initials(t) or (_strict_initials(t) and short) or len(t) <= 2):
            return False
    return True


def _title_weak(words: list[_Tok], ctx: _Ctx) -> bool:
    """A title that could be read otherwise: initials (``DR``, ``D.R.``) or a word listed
    as a given name too (``[person_names] given_name_titles``: ``Prince``, ``Queen``)."""
    if len(words) != 1:
        return False
    t = words[0].text
    if _loose_initials(t) or (_strict_initials(t) and t.count(".") >= 2):
        return True
    return _dl(t) in ctx.rules.weak_titles


def _title_room(title: list[_Tok], rest: list[_Tok], ctx: _Ctx, first: bool) -> bool:
    """Whether a weak title (``DR``, ``Prince``) stands before enough name to be one: a full
    name; or, for a title written like initials without dots, three words with a full word
    among them (``DR MK DE SOUSA``), or two words after the comma of an inverted name
    (``HALVERSON, DR M J``)."""
    full = _full_words(rest, ctx)
    if full >= 2:
        return True
    if len(title) != 1 or not _loose_initials(title[0].text) or len(rest) < 2:
        return False
    return (full >= 1 and len(rest) >= 3) or not first


def _full_words(ws: list[_Tok], ctx: _Ctx) -> int:
    """Words of ``ws`` that are neither initials nor particles."""
    return sum(
        1
        for w in ws
        if _has_letter(w.text)
        and not _strict_initials(w.text)
        and not _loose_initials(w.text)
        and not ctx.any_particle(w.text)
    )


def all_post(ws: list[_Tok], ctx: _Ctx) -> bool:
    """Every word of ``ws`` is a suffix or post-nominal (``CLU``, ``Jr., M.D.``)."""
    end = len(ws)
    while end > 0:
        n = _post_len(ws, end, ctx)
        if not n:
            return False
        end -= n
    return True


def _fix_chunk(
    ch: _Chunk,
    ctx: _Ctx,
    all_caps_input: bool,
    all_lower: bool = False,
    lenient: bool = False,
    first: bool = False,
    alone: bool = False,
) -> _Chunk | None:
    ws = ch.words
    # trailing affiliation letter: 'Mahir Yazar a'
    while (
        len(ws) >= 2
        and len(ws[-1].text) == 1
        and "a" <= ws[-1].text <= "z"
        and ws[-2].text[:1].isupper()
    ):
        ctx.diag("removed-marker", "removed an affiliation letter", ws[-1].start, ws[-1].end)
        ws = ws[:-1]
    # a word split by the copy: 'Tõ nurist' -> 'Tõnurist'
    out: list[_Tok] = []
    for w in ws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _is_lower_word(w.text)
            and not ctx.any_particle(w.text)
            and not ctx.org_word(w.text)
            and not _post_len([w], 1, ctx)
            and prev.text[:1].isupper()
            and len(prev.text) >= 2  # 'Hugh F smisson': an initial, then a name
            and not prev.text.endswith(".")
            and (len(prev.text) <= 3 or not prev.text[-1].isascii())
            and len(w.text) >= 2
        ):
            ctx.diag("joined-split-word", "joined a word split by the copy", prev.start, w.end)
            out[-1] = _Tok("word", prev.text + w.text, prev.start, w.end)
            continue
        out.append(w)
    ws = out
    # suffixes and post-nominals at the end: 'John Smith Jr.', 'Jane Doe QC MP'
    suffix: list[_Tok] = []
    end = len(ws)
    for _ in range(_MAX_RUN):
        n = _post_len(ws, end, ctx) if end > 1 else 0
        if not n or end - n < 1:
            break
        words = ws[end - n : end]
        rest = ws[: end - n]
        before = _post_len(ws, end - n, ctx) if end - n > 1 else 0
        sure_before = before and not _ambiguous_post(ws[end - n - before : end - n], ctx)
        if (
            _ambiguous_post(words, ctx)
            and not sure_before
            and _full_words(rest, ctx) < 2
            and not (alone and _title_len(rest, ctx))
        ):
            break  # 'Smith MD': initials as much as a degree ('Dr. Lo Sasso DDS': a degree)
        if len(words[0].text) == 1 and not alone:
            break  # 'Garcia Lopez V' in a list: an initial ('John Smith V' alone: a suffix)
        if not _generational(words, ctx) and _full_words(rest, ctx) < 1:
            break  # 'J. Esquire'
        if alone and _spelled_out(words) and _full_words(rest, ctx) < 2 and not ch.title:
            break  # 'Edwin Senior', 'Rolf Esquire': a family name ('Ed Lo Senior': a suffix)
        suffix[:0] = words
        end -= n
    ws = ws[:end]
    if (
        len(ws) >= 3
        and not suffix
        and _generational(ws[-2:-1], ctx)
        and not _ambiguous_post(ws[-2:-1], ctx)
        and _full_words(ws[:-2], ctx) >= 1
    ):  # 'david b. iii hill': a generational suffix written before the family name
        suffix = [ws[-2]]
        ws = [*ws[:-2], ws[-1]]
    title: list[_Tok] = list(ch.title)
    if (
        len(ws) >= 2
        and _generational(ws[:1], ctx)
        and not _ambiguous_post(ws[:1], ctx)
        and not _undotted(ws[0].text, ctx)  # 'Jun Takeda': a name; 'Jun. Takeda' a suffix
    ):
        if not first:  # a suffix first in a given-name part: 'de Lorenzo, Jr. Juan'
            suffix[:0] = ws[:1]
            ws = ws[1:]
        elif _full_words(ws[1:], ctx) >= 2:  # before a full name it is a title: 'Sen. Ann Lee'
            title.extend(ws[:1])
            ws = ws[1:]
    # titles before the name: 'Dr. Jane Smith', 'Prof. Dr. Jan Berg', 'Lt. Gen. A. Smith'
    for _ in range(_MAX_RUN):
        n = _title_len(ws, ctx)
        if not n or len(ws) <= n:
            break
        # a title that could be a given name or initials ('Prince', 'DR', 'D.R.') needs
        # a full name after it ('Prince Upton' is a name, 'Rt. Hon. Prince Upton' a title)
        weak = _title_weak(ws[:n], ctx)
        if weak and not _title_room(ws[:n], ws[n:], ctx, first):
            break
        ctx.diag(
            "title",
            f"read {' '.join(w.text for w in ws[:n])!r} as a title",
            ws[0].start,
            ws[n - 1].end,
        )
        title.extend(ws[:n])
        ws = ws[n:]
        if len(ws) > 2 and ws[0].joiner and _title_len(ws[1:], ctx):
            title.append(ws[0])  # 'Mr. and Mrs.': titles joined by a list word
            ws = ws[1:]
    suffix.extend(ch.suffix)
    if not ws:
        return None
    if all(len(w.text) == 1 and "a" <= w.text <= "z" for w in ws):
        ctx.diag("removed-marker", "removed affiliation letters", ws[0].start, ws[-1].end)
        return None
    ch = _Chunk(ws, ch.paren_given, ch.nick, title, suffix)
    ch.org = any(ctx.org_word(w.text) for w in ws)
    ch.cjk = bool(_CJK.search(" ".join(w.text for w in ws)))
    ch.known = "".join(
        "o" if ctx.only_given(w.text) else "g" if ctx.given_name(w.text) else "-" for w in ws
    )
    ch.cls = "".join(
        "P"
        if w.joiner
        else "I"
        if w.initial
        else "W"
        if _spelled_out([w]) and not all_lower  # kept in the name: 'Edwin Senior'
        else _cls(ctx.rules, w.text, all_caps_input, all_lower, lenient)
        for w in ws
    )
    if lenient and not all_lower and not any(ctx.given_name(w.text) for w in ws):
        # the lenient reading takes a lower-case word for a name beside a known given name
        # ('Harold brantwick'); without one ('marquis de', 'Stockholms stad') it stays no name
        ch.cls = "".join(
            "L" if c == "W" and _is_lower_word(w.text) else c
            for c, w in zip(ch.cls, ws, strict=True)
        )
    if (
        alone
        and len(ws) >= 2
        and set(ch.cls) <= {"I", "i"}
        and all(len(w.text.rstrip(".")) == 1 and w.text[0].isalpha() for w in ws)
    ):  # 'A. B', 'A B' alone: initials and a one-letter family name
        ch.cls = ch.cls[:-1] + "W"
    if all_lower and ch.cls.endswith("P") and len(ws) > 1:
        ch.cls = ch.cls[:-1] + "W"  # 'johnson, alex ben': a name ends in a name
    if (
        alone
        and ch.cls.endswith("i")
        and len(ws[-1].text) == 3
        and sum(c in "AEIOUY" for c in ws[-1].text) >= 2
    ):
        head = ch.cls[:-1]
        if not all_caps_input and head in ("W", "WW"):
            # 'Jianfei LIU' alone: a family name in capitals, not three initials ('Berg
            # REA' in a Vancouver list keeps its initials)
            ch.cls = head + "C"
        elif all_caps_input and head.rstrip("I") != head and set(head.rstrip("I")) == {"W"}:
            ch.cls = head + "W"  # 'ANNA J GUO': initials come before the family name
    if (
        alone
        and title
        and all_caps_input
        and ch.cls.endswith("i")
        and len(ch.cls) >= 3
        and set(ch.cls[:-1]) == {"W"}
        and any(c in "AEIOUY" for c in ws[-1].text)
    ):  # 'Miss LENA MEI-LIN WU': after a title a name is no Vancouver 'FAMILY INITIALS'
        ch.cls = ch.cls[:-1] + "W"

    if not all_caps_input and "C" in ch.cls:
        # 'Pieter VAN DER WIELEN': particles in capitals before a family name in capitals
        # are part of it, not initials
        marks = list(ch.cls)
        for k in range(len(ws) - 2, -1, -1):
            if marks[k] == "i" and marks[k + 1] == "C" and ctx.any_particle(ws[k].text):
                marks[k] = "C"
        ch.cls = "".join(marks)
    if ctx.all_caps:  # 'DE LA TORRE', 'FADI AL BILBEISI': particles by the list, not by case
        marks = list(ch.cls)
        for k in range(len(ws) - 1):
            if (marks[k] in "WCi" or ws[k].text.isalpha()) and ctx.particle(ws[k].text):
                marks[k] = "P"
        ch.cls = "".join(marks)
    k = 0
    while k < len(ws) - 1 and ch.cls[k] == "W" and ctx.any_particle(ws[k].text):
        k += 1
    ch.lead_particles = k
    return ch


@functools.lru_cache(maxsize=8192)
def _cls(
    rules: _Rules, w: str, all_caps_input: bool, all_lower: bool = False, lenient: bool = False
) -> str:
    """One letter per word: I initials, i loose initials, P particle, S suffix,
    C capitals (in mixed-case text), L other lower-case word, W word.

    In an all-lower-case text (``juan de la vega``) case says nothing: a word is a
    particle by the particle list, an initial by its shape (``j.``), else a word.
    ``lenient`` (a second reading when the first found no name in a chunk) reads two or
    three capitals with a vowel as a word (``SUN``, ``LI``) and a lower-case letter as an
    initial (``l. PAGE``).
    """
    ctx = _Ctx("", rules)
    if lenient:
        if _is_lower_word(w) and _strict_initials(w.upper()) and ("." in w or len(w) == 1):
            return "I"  # 'l. PAGE'
        if _loose_initials(w) and any(c in "AEIOUY" for c in w) and not ctx.suffix(w):
            return "W"
        if (
            _is_lower_word(w)
            and len(w) >= 2
            and "." not in w  # 'al.': an abbreviation, not a name
            and not ctx.particle(w)
            and not ctx.org_word(w)
            and not ctx.suffix(w)
        ):
            return "W"  # 'Harold brantwick': a name typed in lower case
    if all_lower:
        if ctx.suffix(w):
            return "S"
        if ctx.particle(w):
            return "P"
        if _strict_initials(w.upper()) and ("." in w or len(w) == 1):
            return "I"
        return "W"
    if (
        ctx.suffix(w)
        and len(w.rstrip(".")) > 1
        and (not _loose_initials(w) or set(w) <= set("IVX"))
    ):
        return "S"
    if ctx.org_word(w) and not _loose_initials(w):
        return "W"
    if w[:1].isupper() and "." in w and _wfold(w) in rules.particles:
        return "W"  # 'St.' in 'Mary St. John': a capitalised particle, not an initial
    if _strict_initials(w):
        return "I"
    if _loose_initials(w):
        return "i"
    if ctx.particle(w):
        return "P"
    if _is_lower_word(w):
        return "L"
    if not all_caps_input and _is_caps_word(w):
        return "C"
    return "W"


def _is_degree(ch: _Chunk, ctx: _Ctx) -> bool:
    key = _wfold("".join(w.text for w in ch.words))
    return key in ctx.rules.degrees


# ---------------------------------------------------------------------------
# Person candidates
#
# A candidate is (cost, kind, payload).  Lower cost is a more likely reading.

_Cand = tuple[float, str, tuple[Any, ...]]
FF, GF, NEUTRAL = "ff", "gf", "neutral"

FO_COST = 0.8  # a family name alone
HETERO = 1.5  # a family name alone in a list of full names
CROSS = 1.0  # a name written in the other order than the rest of its list


def _single(ch: _Chunk, acronym_ok: bool) -> list[tuple[float, str, str]]:
    """Readings of one chunk as one name: (cost, order, kind)."""
    key = "single1" if acronym_ok else "single0"
    got: list[tuple[float, str, str]] | None = ch.memo.get(key)
    if got is None:
        got = ch.memo[key] = _single_impl(ch, acronym_ok)
    return got


def _single_impl(ch: _Chunk, acronym_ok: bool) -> list[tuple[float, str, str]]:
    c = ch.cls
    acronym_ok = acronym_ok and not ch.title  # 'Abbé CERES' names a person
    out: list[tuple[float, str, str]] = []
    if ch.paren_given:
        if set(c) != {"I"}:
            out.append((0.0, FF, "paren"))
        return out
    if ch.org:
        out.append((0.2, NEUTRAL, "org"))
        return out
    if ch.cjk:
        if len(ch.words) == 2 and all(_CJK.match(w.text) for w in ch.words):
            out.append((0.1, FF, "cjk"))  # '萩原 雅也': family first
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
        # 'Kowalczyk Julie': a word that is no given name, then one that is only one
        out.append((0.1, FF, "inverted"))
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
    return {1: 0.0, 2: 1.2, 3: 2.5}.get(n, 5.0)


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
) -> tuple[float, list[tuple[str, tuple[int, ...]]]] | None:
    """Cheapest split of ``chunks[start:]`` into names written in ``mode``."""
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
                # a name in the other order inside a list ('Fritsche, A.E. and P. Claeys')
                cross = (
                    (mode == FF and kind == "given-first" and ch.cls[:1] == "I")
                    or (mode == GF and kind == "vancouver")
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
                cost += CROSS if kind != "vancouver" else CROSS + 0.5
            cands.append((cost, kind, (i,)))
        if mode == FF and i + 1 < n and seps[i] == COMMA:
            fc, gc = _family_ok(ch), _given_ok(chunks[i + 1])
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
        res = _dp(chunks, seps, mode, 0, acronym_ok)
        if res is not None:
            out.append(_Reading(res[0], mode, tuple(res[1])))
    if order is None and len(chunks) >= 3:
        # MLA: the first name inverted, the rest given-first
        first = _dp(chunks[:2], seps[:1], FF, 0, acronym_ok)
        if first is not None and first[1] and first[1][0][0] == "pair":
            rest = _dp(chunks, seps, GF, 2, acronym_ok)
            if rest is not None:
                people = ((first[1][0]), *rest[1])
                out.append(_Reading(first[0] + rest[0] + 0.3, "mixed", people))
    out.sort(key=lambda r: r.cost)
    return out
