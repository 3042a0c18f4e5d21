"""A chunk made ready for reading: copy damage repaired, affixes cut off, and one class
letter per word (initials, particle, suffix, capitals, word)."""

from __future__ import annotations

import functools
import re
import unicodedata

from comet.names.affixes import (
    _post_len,
    _spelled_out,
    _split_suffixes,
    _split_titles,
)
from comet.names.rules import _Rules
from comet.names.tokens import (
    _CJK,
    _Chunk,
    _Ctx,
    _is_caps_word,
    _is_lower_word,
    _loose_initials,
    _strict_initials,
    _Tok,
    _wfold,
)


def _fix_chunk(
    ch: _Chunk,
    ctx: _Ctx,
    all_caps_input: bool,
    all_lower: bool = False,
    lenient: bool = False,
    first: bool = False,
    alone: bool = False,
) -> _Chunk | None:
    """``ch`` repaired, without its titles and suffixes, with its word classes; ``None``
    when no name is left."""
    ws = _join_split_words(_drop_affiliation_letters(ch.words, ctx), ctx)
    ws, suffix = _split_suffixes(ch, ws, ctx, alone)
    ws, title = _split_titles(ch, ws, suffix, ctx, first)
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
    # ('Иван Петрович Мелешкевич': a patronymic in the middle, the last word a family name)
    # ('Мария Анна Ходкевич': a family name ending like one after two given names)
    ch.patronymic_last = (
        len(ws) == 3
        and ctx.patronymic(ws[-1].text)
        and not ctx.patronymic(ws[1].text)
        and ctx.known_given(ws[1].text)
        and not ctx.known_given(ws[0].text)
    )
    ch.surname_first = _surname_first(ws, ctx)
    ch.foreign_hangul = ch.cjk and _foreign_hangul(ws, ctx)
    ch.hangul_name = ch.cjk and _hangul_name(ws, ctx)
    ch.han_family = ch.cjk and len(ws) == 1 and _wfold(ws[0].text) in ctx.rules.family_first
    cls = _word_classes(ws, ctx, all_caps_input, all_lower, lenient)
    cls = _alone_classes(cls, ws, all_caps_input, all_lower, alone, bool(title))
    ch.cls = _particle_classes(cls, ws, ctx, all_caps_input)
    k = 0
    while k < len(ws) - 1 and ch.cls[k] == "W" and ctx.any_particle(ws[k].text):
        k += 1
    ch.lead_particles = k
    return ch


def _surname_first(ws: list[_Tok], ctx: _Ctx) -> bool:
    """Two to four words that open with a surname of a language that writes the family name
    first, spelt with its accents, and do not close with one (``Phạm Thị Hoa``; ``Minh
    Trần``, ``Hoàng Lê``, unaccented ``Pham Thi Hoa`` are read as other names are)."""
    if not 2 <= len(ws) <= 4 or not ctx.rules.family_first:
        return False
    first = ws[0].text
    return (
        not first.isascii()
        and _wfold(first) in ctx.rules.family_first
        and _wfold(ws[-1].text) not in ctx.rules.family_first
    )


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def _foreign_hangul(ws: list[_Tok], ctx: _Ctx) -> bool:
    """Two or three words in Hangul, the first no Korean family name (one syllable, or a
    compound surname of the locales: ``김 민서``, ``남궁 하늘``): a foreign name written
    given name first (``한나 베르크``)."""
    return (
        2 <= len(ws) <= 3
        and all(_HANGUL_WORD.fullmatch(w.text) for w in ws)
        and len(ws[0].text) > 1
        and ws[0].text not in ctx.rules.compound_surnames
    )


def _hangul_name(ws: list[_Tok], ctx: _Ctx) -> bool:
    """One word of two to four Hangul syllables that opens with a Korean family name of the
    locales (``common_surnames``, ``compound_surnames``): a Korean name written without a
    space (``강민서``), cut as a Chinese one is."""
    if len(ws) != 1 or not _HANGUL_WORD.fullmatch(ws[0].text) or not 2 <= len(ws[0].text) <= 4:
        return False
    w = ws[0].text
    return w[:1] in ctx.rules.common_surnames or w[:2] in ctx.rules.compound_surnames


def _drop_affiliation_letters(ws: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """``ws`` without its trailing affiliation letters: 'Mahir Yazar a', and a run of them
    after a capitalised word, 'Frank Katz a c' (markers ``a1 c1`` whose digits are gone)."""
    k = len(ws)
    while k >= 2 and len(ws[k - 1].text) == 1 and "a" <= ws[k - 1].text <= "z" and len(ws) - k < 3:
        k -= 1
    if k < len(ws) and ws[k - 1].text[:1].isupper():
        ctx.diag("removed-marker", "removed an affiliation letter", ws[k].start, ws[-1].end)
        ws = ws[:k]
    return ws


def _latin(c: str) -> bool:
    """``c`` is a letter of the Latin script (``o``, ``õ``): a copy splits Latin words at an
    accented or ligature glyph; a lower-case word after a Cyrillic, Greek or Armenian word
    is a word of its own (``комиссия``, ``преподобный``)."""
    return c.isascii() or unicodedata.name(c, "").startswith("LATIN")


def _join_split_words(ws: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """``ws`` with the words split by the copy joined again: 'Tõ nurist' -> 'Tõnurist'."""
    out: list[_Tok] = []
    for w in ws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _is_lower_word(w.text)
            and not ctx.any_particle(w.text)
            and not ctx.elided_particle(w.text)
            and not ctx.org_word(w.text)
            and not _post_len([w], 1, ctx)
            and prev.text[:1].isupper()
            and len(prev.text) >= 2  # 'Hugh F smisson': an initial, then a name
            and not prev.text.endswith(".")
            and (len(prev.text) <= 3 or not prev.text[-1].isascii())
            and _latin(prev.text[-1])  # scripts without the split-glyph damage ('Анна мария')
            and len(w.text) >= 2
        ):
            ctx.diag("joined-split-word", "joined a word split by the copy", prev.start, w.end)
            out[-1] = _Tok("word", prev.text + w.text, prev.start, w.end)
            continue
        out.append(w)
    return out


def _word_classes(
    ws: list[_Tok], ctx: _Ctx, all_caps_input: bool, all_lower: bool, lenient: bool
) -> str:
    """One class letter per word (see :func:`_cls`), with the lenient reading's
    lower-case names."""
    cls = "".join(
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
        cls = "".join(
            "L" if c == "W" and _is_lower_word(w.text) else c for c, w in zip(cls, ws, strict=True)
        )
    return cls


def _alone_classes(
    cls: str, ws: list[_Tok], all_caps_input: bool, all_lower: bool, alone: bool, titled: bool
) -> str:
    """The classes of the last word corrected by what the whole name shows (a name
    ``alone``, after a title, in lower case)."""
    if (
        alone
        and len(ws) >= 2
        and set(cls) <= {"I", "i"}
        and all(len(w.text.rstrip(".")) == 1 and w.text[0].isalpha() for w in ws)
    ):  # 'A. B', 'A B' alone: initials and a one-letter family name
        cls = cls[:-1] + "W"
    if all_lower and cls.endswith("P") and len(ws) > 1:
        cls = cls[:-1] + "W"  # 'johnson, alex ben': a name ends in a name
    if (
        alone
        and cls.endswith("i")
        and len(ws[-1].text) == 3
        and sum(c in "AEIOUY" for c in ws[-1].text) >= 2
    ):
        head = cls[:-1]
        if not all_caps_input and head in ("W", "WW"):
            # 'Jianfei LIU' alone: a family name in capitals, not three initials ('Berg
            # REA' in a Vancouver list keeps its initials)
            cls = head + "C"
        elif all_caps_input and head.rstrip("I") != head and set(head.rstrip("I")) == {"W"}:
            cls = head + "W"  # 'ANNA J GUO': initials come before the family name
    if (
        alone
        and titled
        and all_caps_input
        and cls.endswith("i")
        and len(cls) >= 3
        and set(cls[:-1]) == {"W"}
        and any(c in "AEIOUY" for c in ws[-1].text)
    ):  # 'Miss LENA MEI-LIN WU': after a title a name is no Vancouver 'FAMILY INITIALS'
        cls = cls[:-1] + "W"
    return cls


def _particle_classes(cls: str, ws: list[_Tok], ctx: _Ctx, all_caps_input: bool) -> str:
    """The classes with the particles of a name in capitals marked."""
    if not all_caps_input and "C" in cls:
        # 'Pieter VAN DER WIELEN': particles in capitals before a family name in capitals
        # are part of it, not initials
        marks = list(cls)
        for k in range(len(ws) - 2, -1, -1):
            if marks[k] == "i" and marks[k + 1] == "C" and ctx.any_particle(ws[k].text):
                marks[k] = "C"
        cls = "".join(marks)
    if ctx.all_caps:  # 'DE LA TORRE', 'FADI AL BILBEISI': particles by the list, not by case
        marks = list(cls)
        for k in range(len(ws) - 1):
            if (marks[k] in "WCi" or ws[k].text.isalpha()) and ctx.particle(ws[k].text):
                marks[k] = "P"
        cls = "".join(marks)
    return cls


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
    if ctx.elided_particle(w):
        return "W"  # 'd’Aubigny': a family name after an elided particle
    if _is_lower_word(w):
        return "L"
    if not all_caps_input and _is_caps_word(w):
        return "C"
    return "W"
