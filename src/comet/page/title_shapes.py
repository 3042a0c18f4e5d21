"""Lines shaped like a title that are none, by their words: numbered captions
(``Table 2 …``), lines ending in the middle of a phrase (``Brought to you by``) and
affiliation lines (``1 Department of …``). The words are locale data
(``[captions].words``, ``[references].dangling_words``, organisation words).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.vocab.country import parse_country


@functools.cache
def _caption_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("captions", rules, "words")


@functools.cache
def _caption_number(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A caption's number, after a prefix of the locales (``[captions].number_prefixes``:
    ``S`` for a supplementary table, ``A`` for an appendix's) or none."""
    prefixes = _loc.terms_of("captions", rules, "number_prefixes")
    alt = _loc.alternation(prefixes)
    return re.compile(rf"(?:{alt})?\d{{1,3}}[a-z]?[.:]?" if alt else r"\d{1,3}[a-z]?[.:]?")


def _caption(words: list[str], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A numbered caption: a caption word of the locales (``[captions].words``:
    *Table, Fig.*) and a number (``Table 2``, ``Fig. 3a``, ``Table S1``)."""
    return (
        len(words) >= 2
        and words[0].casefold() in _caption_words(rules)
        and _caption_number(rules).fullmatch(words[1]) is not None
    )


#: close buttons a banner's line ends with
_CLOSE_MARKS = " ×✕✖"


@functools.cache
def _dangling_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("references", rules, "dangling_words")


def _dangling_end(words: list[str], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A line ending with a lower-case article, conjunction or 'by' of the locales
    (``[references].dangling_words``), no question or exclamation mark after it: no title
    ends so (``Plan A``, ``Was ist das?`` do)."""
    if len(words) < 2:
        return False
    last = words[-1]
    return last.islower() and last.isalpha() and last in _dangling_words(rules)


#: a footnote marker opening an affiliation line: ``3 ``, ``b ``, ``* ``, ``† ``, ``[2] ``
_AFFILIATION_MARK = re.compile(r"(?:\d{1,2}|[a-z]|[*†‡§¶]|\[\d{1,2}\])\s+(?=[^\W\d_])")


@functools.cache
def _organisation_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' words of organisations' names (``[person_names].organisation_words``)."""
    return frozenset(
        w.casefold() for w in _loc.terms_of("person_names", rules, "organisation_words")
    )


@functools.cache
def _compound_ends(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The compound ends of the organisation words (``-hochschule``), without their dash."""
    return tuple(o[1:] for o in sorted(_organisation_words(rules)) if o[:1] == "-")


def _affiliation_line(t: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """An author's affiliation under a byline, led by its footnote marker and made of
    comma-separated parts, one naming an organisation (``3 Institute of Soils, Marsh
    University, Fenwick``), or a postal address with no marker (:func:`_address_line`):
    an address, never the work's title."""
    m = _AFFILIATION_MARK.match(t)
    if m is None or t.count(",") < 1:
        return _address_line(t, rules)
    words = {w.strip(",.;()").casefold() for w in t[m.end() :].split()}
    return bool(words & _organisation_words(rules))


#: comma parts of a postal address at least (a department, a town, a country)
ADDRESS_PARTS = 3
#: an address's comma part that is its postal code alone (``4417``, ``28049``, ``D-66123``)
_POSTCODE = re.compile(r"(?:[A-Z]{1,2}-)?\d{4,6}")


def _address_line(t: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """An author's postal address printed with no marker before it: :data:`ADDRESS_PARTS`
    comma parts at least, an organisation's word of the locales among its words, and a
    postal code as one of the later parts or a country's name as the last (``Dept. of Fen
    Studies, School of Wetland Science, University of Marshtown, Marshtown, 4417,
    Norway``); a title with commas names no postal code or country at its end
    (``Schools, Universities and Fens of the North, 1850–1950``), and a title that ends in a
    list of countries has a subtitle's colon or names two of them (``University funding
    after the reforms: Sweden, Denmark, Norway``)."""
    parts = [p.strip() for p in t.rstrip(" .").split(",")]
    if len(parts) < ADDRESS_PARTS or not all(parts):
        return False
    words = {w.strip(".;()").casefold() for w in t.replace(",", " ").split()}
    if not words & _organisation_words(rules):
        return False
    if any(_POSTCODE.fullmatch(p) for p in parts[1:]):
        return True
    if titled_list(t, parts):
        return False
    return parse_country(parts[-1], strict=False).value is not None


def titled_list(t: str, parts: list[str]) -> bool:
    """A line of comma ``parts`` (two or more) that is a title ending in a list, no address:
    it has a subtitle's colon, or its last two parts both name a country (``School choice:
    evidence from Sweden, Denmark, Norway``; an address names one country, after its town)."""
    return ":" in t or parse_country(parts[-2], strict=False).value is not None


_BRACKET_PAIRS = {"(": ")", "[": "]"}
#: a note or affiliation mark closed by a bracket alone (``1)``, ``2*)``, ``a)``)
_MARK_BRACKET = re.compile(r"(?:\d{1,3}\*?|(?<![^\W\d_])[a-z])[)\]]")


def bracket_fragment(t: str) -> bool:
    """A line that is a piece of a bracketed phrase wrapped over lines: it opens with a
    bracket it never closes (``(A Case Study of the Northern``) or closes one it never
    opened (``Coastal Towns )``), as a subtitle in brackets under a title breaks on a
    document's page: never a whole title, nor a byline."""
    # 'Ana Ruiz1), Ida Moe2)': note marks, no bracket (a line closing none has none)
    s = (_MARK_BRACKET.sub("", t) if ")" in t or "]" in t else t).strip()
    for opening, closing in _BRACKET_PAIRS.items():
        if s.startswith(opening) and closing not in s:
            return True
        if s.endswith(closing) and opening not in s:
            return True
    return False


#: an e-mail address (also :mod:`comet.page.byline_text`'s, after a name)
MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: the share of a line's characters (spaces aside) its e-mail addresses make at least, for
#: the line to be a contact line
MAIL_SHARE = 0.5


def mail_line(t: str) -> bool:
    """A line made mostly of e-mail addresses (``1) ana@uni.example, 2) ida@uni.example``,
    ``Email: ola.berg@lab.example``): the authors' contacts under a byline, never a title."""
    if "@" not in t:
        return False
    mails = sum(len(m.group()) for m in MAIL_ADDRESS.finditer(t))
    return mails >= MAIL_SHARE * len(t.replace(" ", ""))
