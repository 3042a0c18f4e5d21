"""Dates written with CJK numerals and Japanese era years, turned into number tokens.

``二〇一六年五月五日`` reads as ``2016年5月5日`` and ``平成26年`` as ``2014年``: the numerals,
era names and the word for an era's first year come from the CLDR data of the locales
(``numerals``, ``era_years``, ``first_year``; see ``scripts/data/cldr_extra.toml``).  A year
is written digit by digit (``二〇一六``), a month or a day with ``十`` for ten (``十二``,
``三十一``); a run that fits neither stays a word.

>>> from comet.dates._tables import _tables_single
>>> from comet.dates._tokens import _tokenize
>>> t = _tables_single("ja")
>>> toks, _ = split_numerals(_tokenize("令和元年十二月"), "令和元年十二月", t)
>>> [x.text for x in toks]
['2019', '年', '12', '月']
"""

from __future__ import annotations

from collections.abc import Mapping

from comet.dates._tables import _Tables
from comet.dates._tokens import _NUM, _WORD, _Tok
from comet.diagnostics import Diagnostic

__all__ = ["has_numbers", "needs_split", "numeral_value", "split_numerals"]

_TEN = 10


def numeral_value(run: str, numerals: Mapping[str, int]) -> str | None:
    """The digits of a run of numerals (``二〇一六`` -> ``2016``, ``三十一`` -> ``31``),
    or ``None`` when the run is no number of a date."""
    vals = [numerals[c] for c in run]
    if _TEN not in vals:
        return "".join(str(v) for v in vals)
    at = vals.index(_TEN)
    tens, units = vals[:at], vals[at + 1 :]
    if len(tens) > 1 or len(units) > 1 or _TEN in units or (tens and tens[0] in (0, 1)):
        return None  # 十十, 一十, 〇十: not a number of a date
    if units and units[0] == 0:
        return None
    return str((tens[0] if tens else 1) * _TEN + (units[0] if units else 0))


def has_numbers(text: str, t: _Tables) -> bool:
    """Whether ``text`` (without ASCII digits) may hold a year: a numeral or an era name."""
    if not (t.numerals or t.era_years):
        return False
    folded = text.casefold()
    return any(c in t.numerals for c in text) or any(e in folded for e in t.era_years)


def needs_split(tok: _Tok, t: _Tables) -> bool:
    """Whether the word ``tok`` holds a numeral or starts with an era name."""
    if tok.kind != _WORD or not (t.numerals or t.era_years):
        return False
    key = tok.key
    if len(key) != len(tok.text) or key in t.months or key in t.weekdays or key in t.glue:
        return False  # 十二月, 星期一: a name of the data itself
    # (checked in C: a numeral among the key's characters, an era name opening it)
    return not t.numerals.keys().isdisjoint(key) or any(map(key.startswith, t.era_years))


def _pieces(tok: _Tok, t: _Tables) -> list[_Tok]:
    """``tok`` cut into numbers, era names and the words between them."""
    text, key = tok.text, tok.key
    out: list[_Tok] = []
    i = word = 0

    def flush(upto: int) -> None:
        if upto > word:
            out.append(_Tok(_WORD, tok.start + word, tok.start + upto, text[word:upto]))

    while i < len(text):
        era = next((e for e in t.era_years if key.startswith(e, i)), None)
        if era is not None:
            flush(i)
            out.append(_Tok(_WORD, tok.start + i, tok.start + i + len(era), text[i : i + len(era)]))
            i = word = i + len(era)
            first = next((f for f in t.first_year if key.startswith(f, i)), None)
            if first is not None:  # 令和元年: the era's first year
                out.append(_Tok(_NUM, tok.start + i, tok.start + i + len(first), "1"))
                i = word = i + len(first)
            continue
        if text[i] in t.numerals:
            j = i
            while j < len(text) and text[j] in t.numerals:
                j += 1
            digits = numeral_value(text[i:j], t.numerals)
            if digits is not None:
                flush(i)
                num = _Tok(_NUM, tok.start + i, tok.start + j, digits)
                out.append(num)
                word = j
            i = j
            continue
        i += 1
    flush(len(text))
    return out


def split_numerals(toks: list[_Tok], text: str, t: _Tables) -> tuple[list[_Tok], list[Diagnostic]]:
    """``toks`` with numerals as numbers and each era name and its year as one year."""
    out: list[_Tok] = []
    for tok in toks:
        out.extend(_pieces(tok, t) if needs_split(tok, t) else (tok,))
    diags: list[Diagnostic] = []
    merged: list[_Tok] = []
    i = 0
    while i < len(out):
        tok = out[i]
        start = t.era_years.get(tok.key) if tok.kind == _WORD else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            start is not None
            and nxt is not None
            and nxt.kind == _NUM
            and len(nxt.text) <= 3  # (民國108年: the Republic's years passed 99 in 2010)
            and nxt.value >= 1
            and nxt.start - tok.end <= 1
        ):
            year = start + nxt.value - 1
            merged.append(_Tok(_NUM, tok.start, nxt.end, str(year)))
            diags.append(
                Diagnostic(
                    "era-year",
                    f"read the era year {text[tok.start : nxt.end]!r} as {year}",
                    (tok.start, nxt.end),
                )
            )
            i += 2
            continue
        merged.append(tok)
        i += 1
    return merged, diags
