"""The full stop that closes an author string: a heading's or a sentence's, not a name's."""

from __future__ import annotations

import unicodedata

from comet.names.tokens import _Ctx, _Tok, _wfold

_VOWELS = frozenset("aeiouyæøœ")


def drop_closing_stop(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """``toks`` without the full stop that ends the text where it closes a catalogue
    heading or a sentence (``Galway, James.``, ``by Ann Lee.``; see :func:`_closing_stop`)."""
    if toks and toks[-1].kind == "word" and _closing_stop(toks, ctx):
        last = toks[-1]
        return [*toks[:-1], _Tok("word", last.text[:-1], last.start, last.end - 1)]
    return toks


def _closing_stop(toks: list[_Tok], ctx: _Ctx) -> bool:
    """The full stop closing the last word is punctuation, not an abbreviation's: the word
    is a known given name or four letters or more, with a vowel after its first letter,
    and no suffix, title, degree or role word (``Jr.``, ``Prof.``, ``Hrsg.``); the text
    names no organisation (``Acme Corp.`` keeps its dot)."""
    w = toks[-1].text
    stem = w[:-1]
    if not w.endswith(".") or len(stem) < 2 or not stem.isalpha():
        return False
    if len(stem) < 4 and not ctx.known_given(stem):
        return False  # 'Wm.', 'Jas.': a given name's abbreviation ('Eva.' is a name)
    key = _wfold(stem)
    if not any(c in _VOWELS for c in unicodedata.normalize("NFD", key)[1:]):
        return False
    r = ctx.rules
    if ctx.suffix(w) or key in r.titles or key in r.degrees or key in r.phrases:
        return False
    if _wfold(w) in r.phrases:
        return False
    return not any(t.kind == "word" and ctx.org_word(t.text) for t in toks)
