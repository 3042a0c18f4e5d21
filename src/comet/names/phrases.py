"""Role words, ``et al.`` and bracketed text in the tokens of an author string: role
markers (``(eds.)``, ``Hrsg.``) and ``et al.`` removed and noted, bracketed given names,
nicknames and suffixes kept as words, other bracketed text removed."""

from __future__ import annotations

from comet.names.rules import ROLE_OF, _dotless
from comet.names.tokens import (
    _Ctx,
    _has_letter,
    _is_caps_word,
    _strict_initials,
    _Tok,
    _wfold,
)


def _phrase_at(
    toks: list[_Tok], i: int, ctx: _Ctx, in_brackets: bool = False
) -> tuple[int, str] | None:
    """``(n_tokens, key)`` of a role or et-al phrase starting at ``toks[i]``."""
    t = toks[i]
    if t.kind != "word":
        return None
    cands = ctx.rules.phrases.get(_wfold(t.text)) or ctx.rules.phrases.get(_dotless(_wfold(t.text)))
    if not cands:
        return None
    for words, key in cands:
        n = len(words)
        if i + n > len(toks):
            continue
        seg = toks[i : i + n]
        if all(
            s.kind == "word"
            and (in_brackets or not _strict_initials(s.text))
            and (_wfold(s.text) == w or _dotless(_wfold(s.text)) == w)
            for s, w in zip(seg, words, strict=True)
        ):
            return n, key
    return None


def _paren_given(words: list[_Tok], before: _Tok) -> bool:
    if all(_strict_initials(x.text) for x in words):
        return True
    return (
        len(words) <= 3
        and _is_caps_word(before.text)
        and all(x.text[:1].isupper() and not _is_caps_word(x.text) for x in words)
    )


def _is_boundary(toks: list[_Tok], j: int) -> bool:
    return j >= len(toks) or toks[j].kind in ("sep", "nl", "close", "amp")


def _strip_phrases(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """Remove role markers (``(eds.)``, ``Hrsg.``), ``et al.`` and noise in brackets."""
    out: list[_Tok] = []
    i = 0
    n = len(toks)
    last_word = max((j for j, x in enumerate(toks) if x.kind == "word"), default=-1)
    while i < n:
        t = toks[i]
        if t.kind == "open":
            i = _bracket(toks, i, out, ctx)
            continue
        if t.kind == "close":
            ctx.diag("removed-non-name", "removed an unmatched bracket", t.start, t.end)
            i += 1
            continue
        if t.kind == "word":
            skip = _word_phrase(toks, i, out, ctx, last_word)
            if skip:
                i += skip
                continue
        out.append(t)
        i += 1
    return out


def _bracket(toks: list[_Tok], i: int, out: list[_Tok], ctx: _Ctx) -> int:
    """Read the bracket that opens at ``toks[i]`` (what to keep goes to ``out``); the
    index after it."""
    t = toks[i]
    n = len(toks)
    j = i + 1
    while j < n and toks[j].kind not in ("close", "open") and j - i < 12:
        j += 1
    if not (j < n and toks[j].kind == "close"):
        ctx.diag("removed-non-name", "removed an unmatched bracket", t.start, t.end)
        return i + 1
    inner = toks[i + 1 : j]
    words = [x for x in inner if x.kind == "word"]
    ph = _phrase_at(toks, i + 1, ctx, in_brackets=True) if words else None
    whole = bool(words) and len(words) == len(inner)
    if ph is not None and ph[0] == len(inner):
        _set_phrase(ph[1], ctx, t.start, toks[j].end, inside=True, at_end=True)
    elif whole and " ".join(_wfold(x.text) for x in words) in ctx.rules.labels:
        # 'Irina Vestmark (Autor)', 'Ana Ruiz (author)': the author's role word, no nickname
        ctx.diag("removed-role", "removed the role marker (author)", t.start, toks[j].end)
    elif (
        whole
        and out
        and out[-1].kind == "word"
        and all((_wfold(x.text).replace(".", ""),) in ctx.rules.post_phrases for x in words)
    ):  # 'John Smith (Jr.)': the suffix keeps its brackets
        out.append(_Tok("word", ctx.text[t.start : toks[j].end], t.start, toks[j].end, post=True))
    elif (
        whole
        and all(_strict_initials(x.text) for x in words)
        and (not out or (out[-1].kind == "sep" and out[-1].text == ","))
        and j + 1 < n
        and toks[j + 1].kind == "word"
        and (j + 2 >= n or toks[j + 2].kind == "word")
    ):  # '(T. R.) Tobias Whitcombe', 'Whitcombe, [T. R.] Tobias': a nickname
        out.extend(_Tok("word", x.text, x.start, x.end, nick=True) for x in words)
    elif words and out and _paren_given(words, out[-1]):
        if out[-1].kind == "word":  # French 'DUPONT (J.)', 'DUPONT (Jean)'
            out.extend(_Tok("word", x.text, x.start, x.end, paren=True) for x in words)
        else:
            ctx.diag("removed-non-name", "removed bracketed text", t.start, toks[j].end)
    elif whole and out and out[-1].kind == "word" and _nick_ok(words, ctx):
        out.extend(_Tok("word", x.text, x.start, x.end, nick=True) for x in words)
    elif inner:
        ctx.diag("removed-non-name", "removed bracketed text", t.start, toks[j].end)
    return j + 1


def _word_phrase(toks: list[_Tok], i: int, out: list[_Tok], ctx: _Ctx, last_word: int) -> int:
    """How many tokens from the word ``toks[i]`` are removed: an ``et al.``, a role phrase
    that ends the name, a word without letters; 0 when the word stays."""
    t = toks[i]
    ph = _phrase_at(toks, i, ctx)
    if ph is not None:
        k, key = ph
        last = toks[i + k - 1]
        at_end = _is_boundary(toks, i + k)
        has_name_before = any(x.kind == "word" for x in out)
        if key == "et_al":
            rest = last_word >= i + k
            if rest:
                ctx.diag(
                    "et-al-inside-list",
                    "removed 'et al.' followed by more names",
                    t.start,
                    last.end,
                    warn=True,
                )
            else:
                ctx.et_al = True
                ctx.diag("et-al", "the list ends in 'et al.'", t.start, last.end)
            return k
        strong = "." in t.text or k > 1 or len(t.text) >= 6
        if at_end and has_name_before and strong:
            _set_phrase(key, ctx, t.start, last.end, inside=False, at_end=True)
            return k
    if not _has_letter(t.text):
        ctx.diag("removed-non-name", f"removed {t.text!r}", t.start, t.end)
        return 1
    return 0


def _set_phrase(key: str, ctx: _Ctx, start: int, end: int, *, inside: bool, at_end: bool) -> None:
    role = ROLE_OF.get(key, "editor")
    if ctx.role is None:
        ctx.role = role
    ctx.diag("removed-role", f"removed the role marker ({role})", start, end)


def _nick_ok(words: list[_Tok], ctx: _Ctx) -> bool:
    """Bracketed words that read as a nickname: one to three words with letters, no digits,
    no organisation word (``(Ben)``, ``(Ollie)``)."""
    return 1 <= len(words) <= 5 and all(
        _has_letter(w.text)
        and not any(c.isdigit() for c in w.text)
        and not ctx.org_word(w.text)
        and not _strict_initials(w.text)
        for w in words
    )
