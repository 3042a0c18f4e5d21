"""Cutting a locator string into tokens: numbers, locator words (labels), dashes, brackets
(the shared tokens of :mod:`comet.tokens`, read as locator tokens)."""

from __future__ import annotations

import functools
import re
import unicodedata

import attrs

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.diagnostics import Diagnostic, Severity
from comet.locales import LocaleRules, alternation, fold, merged_index, terms_of
from comet.text import RANGE_SEPARATORS
from comet.text.scripts import UNSPACED, UNSPACED_OR_HANGUL
from comet.tokens import TokenKind, group, roman_value, token_pattern

#: range separators shared with the date parser (``comet.text.RANGE_SEPARATORS``), longest first
_DASH_RE = re.compile(
    "|".join(re.escape(d) for d in sorted(RANGE_SEPARATORS, key=lambda d: -len(d)))
)
_DASH_FIRSTS = frozenset(d[0] for d in RANGE_SEPARATORS) | frozenset("－～〜")
_DASH_SECONDS = frozenset(d[1] for d in RANGE_SEPARATORS if len(d) > 1)
#: (and the full-width hyphen and the wave dashes of Chinese and Japanese ranges, ``45～67``)
_DASH_SINGLES = frozenset(d for d in RANGE_SEPARATORS if len(d) == 1) | frozenset("－～〜")
#: links and DOIs, read as one ``skip`` token up to the next space
_SKIP_RE = re.compile(r"(?i:https?://|www\.|doi:|10\.\d{4,9}/)\S*+")
_SKIP_FIRSTS = frozenset("hHwWdD")
#: the kinds of the punctuation characters (any other character is ``other``)
_PUNCT_KINDS = {
    **dict.fromkeys("([{⟨（［", "open"),
    **dict.fromkeys(")]}⟩）］", "close"),
    # (the Arabic comma and semicolon too, and the full-width marks of CJK text)
    **dict.fromkeys(",:;./&=#+،؛，：；、．", "punct"),
    **dict.fromkeys("\"'“”„‘’«»", "quote"),
}
_T_WORD, _T_NUMBER, _T_SPACE = (
    group(TokenKind.WORD),
    group(TokenKind.NUMBER),
    group(TokenKind.SPACE),
)
_PAGE_NUM_RE = re.compile(r"([^\W\d_]{0,3})(\d{1,9})\Z")
_E_NUMBER_RE = re.compile(r"[eE]\d{4,}\Z")
_YEAR_RE = re.compile(rf"{CITATION_YEAR_PATTERN}\Z")
_DAY_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\Z")
#: the marks between a label and its value (the full-width colon of CJK text too: `頁数：12`)
_LABEL_SKIP = frozenset(":=#.：")

#: a year right after a year word (``Año 2023``, ``Year 2023,``): the label's value
_YEAR_NEXT = re.compile(rf"[\s.:]*{CITATION_YEAR_PATTERN}(?!\d)")
#: label keys whose value reads as pages
_PAGE_KEYS = frozenset({"pages", "page"})
#: label keys that may take the number before them ("22. Jg.", "12 pp.", "143 f.")
_PREV_KEYS = frozenset({"pages", "page", "following", "volume", "issue", "part"})


@attrs.define(slots=True)
class _Tok:
    kind: str
    start: int
    end: int
    text: str
    key: str | None = None  # canonical locator key of a label
    used: bool = False  # consumed by a date, a label or a range


def _diag(code: str, msg: str, start: int, end: int, sev: str = "info") -> Diagnostic:
    return Diagnostic(code, msg, (start, end), _SEVERITIES[sev])


_SEVERITIES = {s.value: s for s in Severity}


def _label_alternation(locales: tuple[LocaleRules, ...]) -> str | None:
    """One alternation of every locator word, longest first (case-insensitive, linear)."""
    # the terms as written, not their folded keys (a folded Turkish 'sayı' is 'sayi')
    alt = alternation(terms_of("locator", locales), each=_label_term)
    return f"(?i:{alt})" if alt else None


def _label_term(term: str, pattern: str) -> str:
    """A locator word's pattern: either apostrophe, and no letter after a final letter
    (a Han or kana counter, ``巻``, ``期``, may have one: such scripts put no space between
    words, ``第39卷第1期``)."""
    pattern = pattern.replace("'", "['’]")
    if term[-1].isalpha() and _UNSPACED.match(term[-1]) is None:
        return pattern + r"(?![^\W\d_])"
    return pattern


#: a character of a script written without spaces between words (Han, kana): a locator word
#: in it is a counter glued to its number (``24巻1号``, ``第39卷``)
_UNSPACED = UNSPACED
#: a character of a script that glues a counter to its number (Han, kana, Hangul: ``제26권``)
_COUNTER_SCRIPT = UNSPACED_OR_HANGUL


#: a roman numeral (``頁 iv-x``: a front matter's pages after the label)
_ROMAN_AT = re.compile(r"[ivxlcdmIVXLCDM]+(?![^\W\d_])")


def _counter_ok(text: str, toks: list[_Tok], end: int, n: int) -> bool:
    """Whether a locator word of a counter script (``巻``, ``期``, ``권``) stands by a number:
    one right before it (``24巻``, ``26 권``) or right after it (a roman one too: ``頁 iv-x``); elsewhere (``期刊``, a
    journal) it is a word."""
    if toks and toks[-1].kind == "num":
        return True
    k = end
    while k < n and text[k] in " :：":  # ('ページ数: 120', '頁数：120': a label's colon)
        k += 1
    return k < n and (text[k].isdecimal() or _ROMAN_AT.match(text, k) is not None)


@functools.cache
def _label_re(locales: tuple[LocaleRules, ...]) -> re.Pattern[str] | None:
    alternation = _label_alternation(locales)
    return None if alternation is None else re.compile(alternation)


_LEAD_LETTERS = re.compile(r"[^\W\d_]++")


@functools.cache
def _label_firsts(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The leading letters of every locator word (``vol`` of ``vol.``, ``art`` of ``art. nr``).

    A label can start only where the text's leading letters are one of these, so the
    tokenizer tries the (long) label alternation only there.
    """
    out = set()
    for term in terms_of("locator", locales):
        m = _LEAD_LETTERS.match(term)
        if m is not None:
            out.add(m.group().casefold())
    return frozenset(out)


@functools.cache
def _label_signs(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The first characters of the locator words that open with a sign, not a letter
    (``№``, the numero sign of Cyrillic scripts): the tokenizer tries the label
    alternation at such a character too."""
    return frozenset(
        t[0] for t in terms_of("locator", locales) if t and not t[0].isalnum() and t[0] != "."
    )


@functools.cache
def _label_key(term: str, locales: tuple[LocaleRules, ...]) -> str | None:
    keys = merged_index("locator", locales).get(fold(term))
    if not keys:
        return None
    return "pages" if keys[0] == "page" else keys[0]


@functools.cache
def _pages_too(term: str, locales: tuple[LocaleRules, ...]) -> bool:
    """Whether a locator word is a pages label in one locale as well as another's "and
    following pages" mark (``ss.``: Polish and Turkish pages, Finnish 'and following')."""
    keys = merged_index("locator", locales).get(fold(term)) or ()
    return "page" in keys or "pages" in keys


def _opens(toks: list[_Tok]) -> bool:
    """Whether a label after ``toks`` opens a field: no number right before it (an "and
    following pages" mark only ever follows a page number)."""
    return not toks or toks[-1].kind != "num"


def _glued_label(text: str, start: int, end: int, labels: re.Pattern[str]) -> int | None:
    """Where a label glued to the word before it starts (``bookVolume 9``), or ``None``."""
    for k in range(start + 1, end):
        if text[k].isupper() and text[k - 1].islower() and labels.match(text, k):
            return k
    return None


def _label_suffix(text: str, start: int, end: int, labels: re.Pattern[str]) -> int | None:
    """Where a label glued after the digits of a number starts (``632pp.``), or ``None``."""
    k = end
    while k > start and text[k - 1].isalpha():
        k -= 1
    if k == end or not text[k - 1].isdigit():
        return None
    lm = labels.match(text, k)
    return k if lm is not None and lm.end() >= end else None


#: a decimal digit of another script than ASCII's (Persian ``۳``, Arabic-Indic ``٣``,
#: fullwidth ``３``, Devanagari ``३``)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script written as its ASCII digit (``جلد
    ۳`` → ``جلد 3``): one character for one, so every offset still points at the same
    place, and a locator's volume, issue and pages are numbers any reader sorts."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)


def _tokenize(
    text: str, locales: tuple[LocaleRules, ...], lo: int = 0, hi: int | None = None
) -> list[_Tok]:
    """The tokens of ``text[lo:hi]`` (offsets in ``text``): the shared tokens
    (:mod:`comet.tokens`) read as locator tokens by :func:`_token_at`, locator words
    (labels) first."""
    labels = _label_re(locales)
    firsts = _label_firsts(locales)
    signs = _label_signs(locales)
    pattern = token_pattern()
    t_space, t_word, t_number = _T_SPACE, _T_WORD, _T_NUMBER
    toks: list[_Tok] = []
    pos, n = lo, len(text) if hi is None else hi
    while pos < n:
        m = pattern.match(text, pos, n)
        assert m is not None  # the shared tokens cover every character
        k = m.lastindex or t_space  # one match a token, with the spaces before it
        if k == t_space:
            break  # spaces at the end
        pos = m.start(k)
        if k == t_word and labels is not None:
            # a locator word first (as the first alternative of one big pattern would)
            lead = m.group(k)
            if not lead.isalnum():  # combining marks: the letters before them
                lead = lead[: _letters_end(lead)]
            counter = _COUNTER_SCRIPT.match(lead) is not None
            if lead.casefold() in firsts or counter:
                lm = labels.match(text, pos, n)
                if lm is not None and counter and not _counter_ok(text, toks, lm.end(), n):
                    lm = None  # ('期刊': a word that opens with a counter)
                if lm is not None:
                    term = " ".join(lm.group().split()).replace("’", "'")
                    key = _label_key(term, locales)
                    if key == "following" and _pages_too(term, locales) and _opens(toks):
                        key = "pages"  # ('ss. 12': Polish pages; '143 ss.': Finnish 'and after')
                    if key == "year" and not _YEAR_NEXT.match(text, lm.end(), n):
                        key = None  # 'Año 9 - Vol. 17': a count of years, no date: a word
                    toks.append(_Tok("label" if key else "word", pos, lm.end(), lm.group(), key))
                    pos = lm.end()
                    continue
        if signs and k != t_word and k != t_number and text[pos] in signs:
            lm = labels.match(text, pos, n) if labels is not None else None
            if lm is not None:  # '№ 4': a locator word that is a sign
                term = " ".join(lm.group().split())
                key = _label_key(term, locales)
                toks.append(_Tok("label" if key else "other", pos, lm.end(), lm.group(), key))
                pos = lm.end()
                continue
        end = m.end()
        if k == t_number and end < n and text[end] == ":":
            clock = _clock_end(text, pos, n, locales)
            if clock is not None:  # '7:42pm', '17:57:34': a time of day, no volume and page
                toks.append(_Tok("skip", pos, clock, text[pos:clock]))
                pos = clock
                continue
        if k == t_number and (end >= n or not (text[end].isalnum() or text[end] == ".")):
            toks.append(_Tok("num", pos, end, m.group(k)))  # the common case: digits alone
            pos = end
            continue
        kind, end = _token_at(text, k, pos, end, n)
        if kind == "num" and _ordinal(text[pos:end], locales):
            kind = "word"  # '1er Cuatrimestre', '2nd Quarter': an ordinal, never a page
        if kind == "word" and labels is not None and not text[pos + 1 : end].islower():
            cut = _glued_label(text, pos, end, labels)
            if cut is not None:
                toks.append(_Tok("word", pos, cut, text[pos:cut]))
                pos = cut
                continue
        if kind == "num" and labels is not None and text[end - 1].isalpha():
            cut = _label_suffix(text, pos, end, labels)
            if cut is not None:  # "632pp.": the number, then the label
                toks.append(_Tok("num", pos, cut, text[pos:cut]))
                pos = cut
                continue
        toks.append(_Tok(kind, pos, end, text[pos:end]))
        pos = end
    return toks


_DIGITS_THEN_LETTERS = re.compile(r"\d{1,3}([^\W\d_]{2,3})\Z")


@functools.cache
def _ordinal_suffixes(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The locales' ordinal suffixes of two letters or more (``[date_words].ordinal_suffix``:
    *st, nd, rd, th, er, re*); one letter (``12e``, ``12a``) may close a page number."""
    terms = terms_of("date_words", locales, "ordinal_suffix")
    return frozenset(fold(t) for t in terms if len(t) >= 2 and t.isalpha())


def _ordinal(token: str, locales: tuple[LocaleRules, ...]) -> bool:
    """Whether a number token is an ordinal: digits and an ordinal suffix (``1er``, ``2nd``)."""
    m = _DIGITS_THEN_LETTERS.match(token)
    return m is not None and fold(m.group(1)) in _ordinal_suffixes(locales)


@functools.cache
def _clock_re(locales: tuple[LocaleRules, ...]) -> re.Pattern[str]:
    """A time of day: hours, minutes and seconds (``17:57:34``), or hours and minutes with
    a day period of the locales after them (``[date_words].day_period``: ``7:42pm``,
    ``9:15 a.m.``, ``14:03 Uhr``)."""
    terms = terms_of("date_words", locales, "day_period")
    # as listed or in capitals ('pm', 'PM'), never title case ('Am J Med' is a journal)
    periods = alternation(sorted({*terms, *(t.upper() for t in terms)}))
    period = rf"\s?(?:{periods})(?![^\W\d_])" if periods else "(?!)"
    seconds = r":[0-5]\d(?![\d:])(?!\s?[-–—]\s?\d)"  # not '12:05:33-40', a page range
    return re.compile(rf"(?:[01]?\d|2[0-3]):[0-5]\d(?:{seconds}(?:{period})?|{period})")


def _clock_end(text: str, pos: int, n: int, locales: tuple[LocaleRules, ...]) -> int | None:
    """The end of a time of day starting at ``pos`` (:func:`_clock_re`), or ``None``."""
    if pos > 0 and (text[pos - 1].isdigit() or text[pos - 1] in ":."):
        return None
    m = _clock_re(locales).match(text, pos, n)
    return m.end() if m is not None else None


def _letters_end(word: str) -> int:
    """The length of the letters a word token starts with (a combining mark ends them)."""
    return next(i for i, c in enumerate(word) if not c.isalnum())


def _token_at(text: str, k: int, pos: int, end: int, n: int) -> tuple[str, int]:
    """The locator token that starts with the shared token of kind ``k`` (its group in
    :func:`comet.tokens.token_pattern`) at ``text[pos:end]``: its kind and end.

    ``skip`` a link or a DOI; ``num`` a number with up to three letters before it and the
    letters and digits glued after it (``S12``, ``12a``); ``word`` letters and a final
    ``.`` or ``°``; ``dash`` a range separator; ``open``, ``close``, ``punct``, ``quote``
    one character of :data:`_PUNCT_KINDS`; ``other`` any other character (a space is
    read by the caller).
    """
    if k == _T_NUMBER:
        if end < n:
            if text[end].isalnum() and _COUNTER_SCRIPT.match(text, end) is None:
                end = _number_end(text, end, n)  # "12a" (not '24巻', '26권': a counter)
            elif end - pos == 2 and text.startswith("10.", pos):
                skip = _SKIP_RE.match(text, pos, n)  # a DOI
                if skip is not None:
                    return "skip", skip.end()
        return "num", end
    first = text[pos]
    if k == _T_WORD:
        if first in _SKIP_FIRSTS:
            skip = _SKIP_RE.match(text, pos, n)  # a link
            if skip is not None:
                return "skip", skip.end()
        word = text[pos:end]
        if not word.isalnum():  # a combining mark ends a locator word
            end = pos + _letters_end(word)
        elif (
            end - pos <= 3
            and end < n
            and text[end].isdecimal()
            and not _unit_power(text, pos, end, n)
            and _COUNTER_SCRIPT.match(first) is None  # ('第39', '제26': an ordinal's mark)
        ):
            return "num", _number_end(text, end + 1, n)  # "S12"
        if end < n and text[end] in ".°":
            end += 1
        return "word", end
    if first in _DASH_FIRSTS:
        if pos + 1 < n and text[pos + 1] in _DASH_SECONDS:
            dash = _DASH_RE.match(text, pos, n)  # "--", "->", "=>"…
            if dash is not None:
                return "dash", dash.end()
        if first in _DASH_SINGLES:
            return "dash", pos + 1
    return _PUNCT_KINDS.get(first, "other"), pos + 1


def _unit_power(text: str, pos: int, end: int, n: int) -> bool:
    """Whether ``text[pos:end]`` and the digit after it are a unit of measure raised to a
    power (``mm2``, ``cm3``, ``μm2``): two or three lower-case letters, then one ``2`` or
    ``3`` that ends the token.  Page and article prefixes are one letter (``S12``,
    ``e1234``) or capitals, so such a token is no page."""
    if end - pos < 2 or not text[pos:end].islower() or text[end] not in "23":
        return False
    return end + 1 >= n or not text[end + 1].isalnum()


def _number_end(text: str, pos: int, n: int) -> int:
    """The end of the letters and digits glued at ``pos`` to a locator number (``12a``,
    ``4b2``, the digits of ``S12``); a combining mark ends them, and so does a capitalised
    word of four letters or more glued after them (``4Editorial``: a site's navigation line
    joins an issue number to the next article's title), which is no part of the number
    (``4Ba``, ``2Sp`` stay whole)."""
    while pos < n and text[pos].isalnum():
        if _COUNTER_SCRIPT.match(text, pos) is not None:
            break  # '12巻': a counter after the number
        if text[pos].isupper():
            # a capitalised word glued after the number ('número4Editorial…'): as many
            # lower-case letters after the capital as GLUED_WORD_LOWER, not fewer at the end
            # of the text ('No. 4Ba')
            seg = text[pos + 1 : pos + 1 + GLUED_WORD_LOWER]
            if len(seg) == GLUED_WORD_LOWER and seg.isalpha() and seg.islower():
                break
        pos += 1
    return pos


#: lower-case letters after the capital of a word glued to a number at least (``4Editorial``
#: is a number and a word; ``4Ba``, ``2Sp`` are an issue's own letters)
GLUED_WORD_LOWER = 3


#: the value of a roman numeral, or ``None`` (:func:`comet.tokens.roman_value`)
_roman = roman_value


def _glued(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start
