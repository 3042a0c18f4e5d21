"""Words the reading joins or sets apart before chunking: quoted nicknames
(``Theodora "Teddy" Marchetti``) and surnames joined by a conjunction (``Quintero y Abad``)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection

from comet.names.rules import _Rules
from comet.names.tokens import (
    _Ctx,
    _has_letter,
    _loose_initials,
    _strict_initials,
    _Tok,
    _wfold,
)

#: quotes around a nickname inside a name: 'John "Jack" Smith', "Ana ‘Nita’ Ruiz"
_NICK_QUOTES = re.compile(
    r"""(?<![\w'’])(?:"([^"\n]{1,40})"|“([^”“\n]{1,40})”|„([^“”\n]{1,40})[“”]"""
    r"""|''([^'\n]{1,40})''|«\s?([^»\n]{1,40}?)\s?»|‹([^›\n]{1,40})›"""
    r"""|'([^'\n]{1,40})'|‘([^’\n]{1,40})’)(?![\w'’])"""
)


def _mark_nicknames(text: str, toks: list[_Tok]) -> None:
    """Mark the words inside quotes as a nickname when words stand before or after them."""
    spans = [m.span() for m in _NICK_QUOTES.finditer(text)]
    if not spans:
        return
    words = [t for t in toks if t.kind == "word"]
    if not words:
        return
    starts = [t.start for t in words]
    first_end, last_start = words[0].end, words[-1].start
    for a, b in spans:
        lo = bisect.bisect_left(starts, a)
        hi = bisect.bisect_left(starts, b)
        inside = [t for t in words[lo:hi] if t.end <= b]
        before = first_end <= a
        after = last_start >= b
        if inside and (before or after) and len(inside) <= 5:
            for t in inside:
                t.nick = True


@functools.cache
def _post_words(rules: _Rules) -> frozenset[str]:
    """The post-nominals of one word (``jr``, ``phd``): read once per rule set."""
    return frozenset(p[0] for p in rules.post_phrases if len(p) == 1)


def _join_conjunctions(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """``Velasquez y Garcia``: one family name of two joined by a conjunction.

    Joined when the word after the conjunction ends the name (a comma, the end, a suffix
    follows) and either another word stands before the first surname in the same name
    (``Juan Velasquez y Garcia``) or a comma follows (``Velasquez y Garcia, Juan``).
    """
    conj = ctx.rules.conjunctions
    if not conj:
        return toks
    post_words = _post_words(ctx.rules)
    out: list[_Tok] = []
    i = 0
    n = len(toks)
    broken = False  # a separator or list word came before: not the opening name
    while i < n:
        t = toks[i]
        if _between_surnames(toks, i, out, ctx, conj) and _joins(
            toks, i, out, ctx, post_words, opening=not broken
        ):
            prev = out[-1]
            text = f"{prev.text} {t.text} {toks[i + 1].text}"
            ctx.diag(
                "joined-surnames",
                f"read {text!r} as one family name",
                prev.start,
                toks[i + 1].end,
            )
            out[-1] = _Tok("word", text, prev.start, toks[i + 1].end, prev.paren)
            i += 2
            continue
        if t.kind != "word" or ctx.connector(t):
            broken = True
        out.append(t)
        i += 1
    return out


def _join_closers(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """``بهرام رضایی نژاد``: a family name whose closing word is written apart from its
    first part (Persian ``-نژاد``, ``-زاده``, ``-پور`` written with a space instead of a
    zero-width non-joiner) is one family name, ``رضایی نژاد``. Joined only when the closer
    ends the name and a given name stands before the pair (two words alone stay a given
    name and a family name)."""
    closers = ctx.rules.closers
    if not closers or not any(t.text in closers for t in toks):
        return toks
    out: list[_Tok] = []
    n = len(toks)
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < n else None
        if (
            t.kind == "word"
            and t.text in closers
            and len(out) >= 2
            and out[-1].kind == "word"
            and out[-2].kind == "word"
            and out[-1].text not in closers
            and not ctx.connector(out[-1])
            and not ctx.connector(out[-2])
            and (nxt is None or nxt.kind in ("sep", "nl", "close", "open") or ctx.connector(nxt))
        ):
            prev = out[-1]
            text = f"{prev.text} {t.text}"
            ctx.diag("joined-surnames", f"read {text!r} as one family name", prev.start, t.end)
            out[-1] = _Tok("word", text, prev.start, t.end, prev.paren)
            continue
        out.append(t)
    return out


def _between_surnames(
    toks: list[_Tok], i: int, out: list[_Tok], ctx: _Ctx, conj: Collection[str]
) -> bool:
    """Whether ``toks[i]`` is a conjunction between two words that may be surnames (no
    initials, particles or list words)."""
    t = toks[i]
    n = len(toks)
    return (
        t.kind == "word"
        and (t.text in conj or (ctx.all_caps and _wfold(t.text) in conj))
        and bool(out)
        and out[-1].kind == "word"
        and i + 1 < n
        and toks[i + 1].kind == "word"
        and not ctx.connector(toks[i + 1])
        and not ctx.particle(toks[i + 1].text)
        and _has_letter(out[-1].text)
        and not _strict_initials(out[-1].text)
        and not _loose_initials(out[-1].text)
        and not _strict_initials(toks[i + 1].text)
    )


def _joins(
    toks: list[_Tok],
    i: int,
    out: list[_Tok],
    ctx: _Ctx,
    post_words: frozenset[str],
    *,
    opening: bool,
) -> bool:
    """Whether the conjunction ``toks[i]`` joins the surnames around it (see
    :func:`_join_conjunctions`); ``opening``: no separator or list word came before."""
    t = toks[i]
    n = len(toks)
    nxt = toks[i + 2] if i + 2 < n else None
    ends = (
        nxt is None
        or nxt.kind in ("sep", "nl", "close", "open")
        or (nxt.kind == "word" and _wfold(nxt.text).replace(".", "") in ctx.rules.generational)
    )
    before_word = len(out) >= 2 and out[-2].kind == "word" and not ctx.connector(out[-2])
    after = toks[i + 3] if i + 3 < n else None
    beyond = toks[i + 4] if i + 4 < n else None
    suffix_after = (
        after is not None
        and _wfold(after.text).replace(".", "") in post_words
        # 'V. A.' after the comma are initials, not the suffix 'V'
        and (beyond is None or beyond.kind != "word")
    )
    comma_after = (
        nxt is not None
        and nxt.kind == "sep"
        and nxt.text == ","
        # 'Margaret e Lund, III': a suffix after the comma, no given name
        and not suffix_after
    )
    first = len(out) == 1
    # in a family-first list ('Berg, Ana Lopez y Ruiz, B.') the words before a
    # comma may be a given name and a family name: join only in the first name
    if comma_after and not opening:
        before_word = False
    if t.text.isupper() and before_word:
        # in capitals a one-letter conjunction may be an initial ('IMEE I KALINA'):
        # join only after two names ('JUAN MARTINEZ DE LORENZO Y GUTIEREZ')
        names = 0
        for x in reversed(out[-4:]):
            if x.kind != "word" or ctx.connector(x):
                break
            names += ctx.casing(x.text)
        before_word = names >= 3
    if not ends and opening and before_word and _compound_surname(toks, i, out, ctx):
        return True  # 'Clara da Costa e Silva Sacramento': a particle's surnames, then one more
    return ends and (before_word or (first and comma_after))


def _compound_surname(toks: list[_Tok], i: int, out: list[_Tok], ctx: _Ctx) -> bool:
    """The conjunction ``toks[i]`` joins two surnames after a particle and before one last
    surname that ends the name (``Ana da Costa e Silva Sacramento``): the particle's surname
    and the one after the conjunction are no known given names (``Ana da Costa e Pedro
    Alves`` names two people), and the last word is no initial."""
    n = len(toks)
    last = toks[i + 2] if i + 2 < n else None
    end = toks[i + 3] if i + 3 < n else None
    return (
        len(out) >= 3
        and out[-2].kind == "word"
        and ctx.particle(out[-2].text)
        and last is not None
        and last.kind == "word"
        and last.text[:1].isupper()
        and not ctx.connector(last)
        and not ctx.particle(last.text)
        and not _strict_initials(last.text)
        and (end is None or end.kind in ("sep", "nl", "close", "open"))
        and not ctx.known_given(toks[i + 1].text)
        and not ctx.known_given(out[-1].text)
    )
