"""Titles before a name and suffixes and post-nominals after it (``Dr.``, ``Jr.``, ``MD``):
which words are which, and where they are cut off a chunk."""

from __future__ import annotations

import functools

from comet.names.rules import _Rules
from comet.names.tokens import (
    _Chunk,
    _Ctx,
    _has_letter,
    _loose_initials,
    _strict_initials,
    _Tok,
    _wfold,
)

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
    if end < 1 or _dl(ws[end - 1].text) not in _post_ends(ctx.rules):
        return 0  # (the last word ends no post-nominal: most words, one set look-up)
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


@functools.cache
def _post_ends(rules: _Rules) -> frozenset[str]:
    """The last words of the post-nominal phrases (``d`` of ``ph d``), read once per rule set."""
    return frozenset(p[-1] for p in rules.post_phrases if p)


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


def _split_suffixes(
    ch: _Chunk, ws: list[_Tok], ctx: _Ctx, alone: bool
) -> tuple[list[_Tok], list[_Tok]]:
    """``ws`` without the suffixes and post-nominals at its end ('John Smith Jr.', 'Jane
    Doe QC MP'), and those suffixes."""
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
    return ws, suffix


def _split_titles(
    ch: _Chunk, ws: list[_Tok], suffix: list[_Tok], ctx: _Ctx, first: bool
) -> tuple[list[_Tok], list[_Tok]]:
    """``ws`` without the titles before the name ('Dr. Jane Smith', 'Prof. Dr. Jan Berg',
    'Lt. Gen. A. Smith'), and the chunk's titles with them; a generational word first
    goes to ``suffix`` (changed in place) or to the titles."""
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
    if _trailing_epithet(ws, ctx):
        ctx.diag("title", f"read {ws[-1].text!r} as a title", ws[-1].start, ws[-1].end)
        title.append(ws[-1])
        ws = ws[:-1]
    return ws, title


def _trailing_epithet(ws: list[_Tok], ctx: _Ctx) -> bool:
    """A lower-case title closing a full name: an epithet of a catalogue heading printed
    without its comma ('Нил Сорский преподобный', 'Jean Dupont abbé').

    Only where case says something (not in a text all in lower case or capitals), and never
    a title that is also a name (``[person_names] given_name_titles``).
    """
    if len(ws) < 3 or ctx.all_lower or ctx.all_caps:
        return False
    last = ws[-1:]
    return (
        last[0].text[:1].islower()
        and _title_len(last, ctx) == 1
        and not _title_weak(last, ctx)
        and _full_words(ws[:-1], ctx) >= 2
    )
