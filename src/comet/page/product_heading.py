"""A shop's product heading: the title, then the binding and the edition's date after a dash
(``Bone Silence Hardcover – 30 Jan. 2020``, ``Siddhartha. Eine indische Dichtung
Taschenbuch – 1. Juli 1974``, ``Le retour à la terre, 1 : La vraie vie Relié – 21 janvier
2005``): the title is what stands before the binding.

The binding words are locale data (``[words].book_bindings``); the date must read as one
(:func:`comet.dates.parse_date`), so a line that only names a binding (``Paperback – Import``)
or a title that ends with a binding word and no date is no heading.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import parse_date
from comet.page.evidence import W_BLOCK, Cand, _Page
from comet.page.series_names import bracket_series, names_series

__all__ = ["EVIDENCE", "product_titles"]

#: a word of letters (a series' name in brackets has two at least, or a series' word)
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")

EVIDENCE = "a shop's product heading (title, binding, date)"
#: characters of a product heading at most (a sentence of prose is none)
HEADING_CHARS = 250
#: lines of the page's main part searched (the heading stands above the product's details)
HEAD_LINES = 400


@functools.cache
def _heading(rules: tuple[_loc.LocaleRules, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``<title> <binding> – <date>`` on one line (a title of two characters or more, a
    binding word of the locales, a dash between spaces, then the date to the line's end),
    and the binding and its dash alone: the cheap search over the whole page that finds the
    lines to try."""
    words = sorted(set(_loc.terms_of("words", rules, "book_bindings")), key=len, reverse=True)
    if not words:
        return None
    alt = _loc.alternation(words, space=" ")  # (a trie: the same matches, faster)
    line = re.compile(
        rf"(?P<title>\S.{{1,{HEADING_CHARS}}}?)[ \t]+(?:{alt})[ \t]+[–—-][ \t]+(?P<date>\S.{{3,40}})$",
        re.IGNORECASE,
    )
    return line, re.compile(rf"[ \t](?:{alt})[ \t]+[–—-][ \t]", re.IGNORECASE)


#: a dash between spaces or tabs (the cue's end: ``Paperback – 12 Jan. 2017``)
#: (found from the dash, the rare character the regex engine scans for: the match opens one
#: character after the space)
_DASH = re.compile(r"[–—-](?<=[ \t][–—-])[ \t]")


@functools.cache
def _binding_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' binding words in small letters (as ``re.IGNORECASE`` compares them)."""
    return tuple({w.lower() for w in _loc.terms_of("words", rules, "book_bindings")})


def _cues(text: str, words: tuple[str, ...]) -> list[int]:
    """Where a binding word stands before a dash between spaces (the cue of :func:`_heading`,
    found from the dashes: a page has few, and most pages print no binding before one)."""
    out = []
    last = 0  # (the dashes between spaces that do not overlap, from the left, as before)
    for m in _DASH.finditer(text):
        start = m.start() - 1
        if start < last:
            continue
        last = m.end()
        before = text[max(0, start - HEADING_CHARS) : start + 1].rstrip(" \t").lower()
        for w in words:
            if before.endswith(w) and before[-len(w) - 1 : -len(w)] in (" ", "\t"):
                out.append(start - len(w))
                break
    return out


#: a title's last part after a colon (``The Medusa Chronicles: Alastair Reynolds & Stephen
#: Baxter``): a subtitle, or the names of the byline under the heading
_TAIL = re.compile(r"^(?P<head>.+?):[ \t]+(?P<tail>[^:]+)$")
#: capitalised words of a name (a tail of such words only may be names)
_CAPITALISED = re.compile(r"[^\W\d_][\w'’.-]*")


def _without_byline_names(title: str, page: _Page, index: int) -> str:
    """``title`` without a last part after a colon that only repeats names of the line under
    the heading (a shop's heading ``Title: Author & Author`` over ``by Author (Author), …``):
    every word of the part, ``&`` and the list words of the locales (``[person_names].and``)
    aside, capitalised and on the next line."""
    m = _TAIL.match(title)
    lines = page.layout.lines
    if m is None or index + 1 >= len(lines):
        return title
    ands = _loc.casefolded_terms("person_names", page.rules, "and") | {"&"}
    words = [w for w in _CAPITALISED.findall(m.group("tail")) if w.casefold() not in ands]
    below = set(_CAPITALISED.findall(lines[index + 1].text))
    if len(words) >= 2 and all(w[:1].isupper() and w in below for w in words):
        return m.group("head").strip()
    return title


def product_titles(page: _Page) -> list[Cand]:
    """The title of each product heading of the page's main part whose date reads as one
    (the first heading only: a shop's lists of other formats below it name no title)."""
    patterns = _heading(page.rules)
    if patterns is None:
        return []
    pattern, _cue = patterns
    seen: set[int] = set()
    for at in _cues(page.text, _binding_words(page.rules)):  # (a binding before a dash)
        line = page.layout.line_at(at)
        if line is None or line.index in seen or line.index >= HEAD_LINES:
            continue
        seen.add(line.index)
        if line.zone != "main" or len(line.text) > HEADING_CHARS + 60:
            continue
        m = pattern.fullmatch(line.text.strip())
        if m is None:
            continue
        date = parse_date(m.group("date").strip(), locales=page.rules, strict=False).value
        if date is None or date.month is None:
            continue
        title = _without_byline_names(m.group("title").strip(" :;,–—-"), page, line.index)
        head, series = bracket_series(title, page.rules)  # 'Title (Series) Paperback – …'
        if series is not None and (
            names_series(series, page.rules) or len(_LETTER_WORD.findall(series)) >= 2
        ):  # (one word in brackets describes the book: '(Illustrated)', '(Book 2)', '(French)')
            title = head
            page.memo["heading-series"] = series
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        return [Cand(title, W_BLOCK, (start, start + len(title)), EVIDENCE)]
    return []
