"""Countries: ``Belgien``, ``Sverige``, ``Germany``, ``BE``, ``BEL`` -> ISO 3166-1 alpha-2.

Territory names in every language come from language-data (CLDR, the data
behind langcodes), alpha-3 codes from CLDR's supplemental data; nothing is typed
into comet's locale files.

>>> parse_country("Belgien").code
'BE'
>>> parse_country("Allemagne").name
'Germany'
>>> parse_country("BEL").code
'BE'
>>> split_place("Public Governance Institute, KU Lueven, Lueven, Belgien")
('Public Governance Institute, KU Lueven, Lueven', Country(code='BE', name='Belgium'))
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Literal, overload

import attrs

from comet._deprecated import alias, locales_keyword
from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode
from comet.locales import LocaleRules, Locales, all_rules, alternation, fold, resolve, terms_of
from comet.records import Match, Parsed, RecordMixin, fail, run
from comet.vocab._common import normalize, raw_spans, trim
from comet.vocab._labels import strip_label
from comet.vocab._names import alpha3_to_alpha2, exact_code, territory_names

__all__ = [
    "MAX_LENGTH",
    "Country",
    "country_name",
    "find_countries",
    "parse_country",
    "split_place",
]

#: Longest input :func:`parse_country` reads.
MAX_LENGTH = 256
#: Longest text :func:`find_countries` and :func:`split_place` scan.
MAX_PLACE_LENGTH = 4096

_LABEL_KEYS = frozenset({"country"})
#: CLDR region codes that are not countries (macro-regions, exceptional reservations).
_NOT_COUNTRIES = frozenset({"AA", "CQ", "EA", "EU", "EZ", "IC", "QO", "UN", "XA", "XB", "ZZ"})
_CODE2 = re.compile(r"[A-Za-z]{2}")
_CODE3 = re.compile(r"[A-Z]{3}")
#: A comma, semicolon, line break or spaced dash with the spaces around it.  A match does
#: not start inside a run of spaces (linear on long runs), and the spaces before the
#: separator exclude line breaks (``\s*+`` swallowed the ``\n`` and the space before a dash).
_SEGMENT_SEP = re.compile(r"(?:(?<![^\S\n])|(?![^\S\n]))[^\S\n]*+(?:[,;\n]|(?<=\s)[-–—](?=\s))\s*+")
_PAREN = re.compile(r"\s*+\([^()]{1,60}\)\s*+\Z")


@functools.cache
def _article() -> re.Pattern[str]:
    """An article opening a country's name (``The Netherlands``), any case: every
    locale's ``[places].name_articles``, as a name in any language may stand on a page."""
    alt = alternation(terms_of("places", all_rules(), "name_articles"))
    return re.compile(rf"(?i:{alt})\s++" if alt else "(?!)")


@functools.cache
def _link() -> re.Pattern[str]:
    """A lower-case word linking the words of a place's name (``United States of
    America``): every locale's ``[places].place_links``, between spaces."""
    alt = alternation(t for t in terms_of("places", all_rules(), "place_links") if t.islower())
    return re.compile(rf"\s++(?:{alt})\s++" if alt else "(?!)")


@attrs.frozen
class Country(RecordMixin):
    """A country: ISO 3166-1 alpha-2 ``code`` and its English ``name``."""

    code: str
    name: str = attrs.field(default="", eq=False)
    raw: str = attrs.field(default="", eq=False, repr=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return self.code


def country_name(code: str, language: str = "en") -> str | None:
    """The CLDR name of a two-letter ``code`` in ``language`` (``country_name("BE", "da")``)."""
    names = territory_names().get(code.upper())
    if names is None:
        return None
    return names.get(language) or names.get(language.split("-")[0])


def _valid(code: str | None) -> str | None:
    if code is None or len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
        return None
    return code if code in territory_names() else None


@functools.cache
def _local_index(locales: tuple[LocaleRules, ...]) -> Mapping[str, str]:
    """``fold(name) -> code`` for territory names in the languages of ``locales``."""
    out: dict[str, str] = {}
    for rules in locales:
        base = rules.tag.split("-")[0]
        for code, names in territory_names().items():
            if code in _NOT_COUNTRIES:
                continue
            name = names.get(rules.tag) or names.get(base)
            if name:
                out.setdefault(fold(name), code)
    return out


def _by_name(name: str, locales: tuple[LocaleRules, ...]) -> str | None:
    code = _local_index(locales).get(fold(name))
    if code is None:
        code = _valid(exact_code("territory", name))
    return code


def _lookup(term: str, locales: tuple[LocaleRules, ...], codes: bool) -> tuple[str | None, str]:
    """``(code, how)`` for a country name or code; ``how`` names the rule that matched."""
    if codes:
        if _CODE2.fullmatch(term):
            code = _valid(term.upper())
            if code is not None:
                return code, "alpha-2"
        if _CODE3.fullmatch(term):
            code = _valid(alpha3_to_alpha2().get(term))
            if code is not None:
                return code, "alpha-3"
    code = _by_name(term, locales)
    if code is not None:
        return code, "name"
    stripped = _article().match(term)
    if stripped is not None:  # 'The Netherlands'
        code = _by_name(term[stripped.end() :], locales)
        if code is not None:
            return code, "name"
    paren = _PAREN.search(term)
    if paren is not None and paren.start() > 0:  # 'Iran (Islamic Republic of)'
        code = _by_name(term[: paren.start()].strip(), locales)
        if code is not None:
            return code, "shortened-name"
    of = _link().search(term)
    if of is not None and "," not in term[: of.start()]:  # 'United States of America'
        code = _by_name(term[: of.start()], locales)
        if code is not None:
            return code, "shortened-name"
    if "," in term:  # ISO order: 'Korea, Republic of', 'Congo, The Democratic Republic of the'
        head, _, tail = term.partition(",")
        tail = tail.strip()
        m = _article().match(tail)
        if m is not None:
            tail = tail[m.end() :]
        for cand in (f"{tail} {head.strip()}", head.strip()):
            code = _by_name(cand, locales)
            if code is not None:
                return code, "inverted-name"
    return None, ""


def _make(code: str, raw: str, diags: tuple[Diagnostic, ...]) -> Country:
    return Country(code, country_name(code) or code, raw, diags)


def _parse(text: str, locales: tuple[LocaleRules, ...]) -> Parsed[Country]:
    raw = text
    text, diags = normalize(text)
    if not text.strip():
        return fail(raw, "empty country", ErrorCode.EMPTY, 0, len(raw), diags)
    offset, label_diags = strip_label(text, _LABEL_KEYS, locales)
    diags += label_diags
    start, end, trim_diags = trim(text, offset, len(text))
    diags += trim_diags
    if start >= end:
        return fail(raw, "no country after the label", ErrorCode.EMPTY, offset, len(raw), diags)
    term = unicodedata.normalize("NFC", " ".join(text[start:end].split()))
    code, how = _lookup(term, locales, codes=True)
    if code is None and text[end : end + 1] == ".":
        # a name ending in an abbreviation's full stop ('Islas Vírgenes de EE. UU.')
        code, how = _lookup(term + ".", locales, codes=True)
        if code is not None:
            end += 1
            diags = tuple(d for d in diags if d not in trim_diags)
    if code is None:
        return fail(raw, f"{term!r} is not a known country", ErrorCode.NOT_FOUND, start, end, diags)
    if how == "shortened-name":
        diags += (
            Diagnostic(
                "shortened-country-name",
                f"read {term!r} as the country its first words name ('United States of America')",
                (start, end),
            ),
        )
    if how == "inverted-name":
        diags += (
            Diagnostic(
                "inverted-country-name",
                f"read {term!r} in ISO order ('Korea, Republic of')",
                (start, end),
            ),
        )
    return Parsed(_make(code, raw, diags), diags, raw)


@overload
def parse_country(text: str, *, locales: Locales = ..., strict: Literal[True] = ...) -> Country: ...
@overload
def parse_country(
    text: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[Country]: ...
def parse_country(
    text: str, *, locales: Locales = None, strict: bool = True
) -> Country | Parsed[Country]:
    """Parse a country name (CLDR names in any language) or an ISO 3166-1 code.

    ``locales`` narrows the label words stripped (``Land/Område``,
    ``Country/Territory``) and is tried first for names; names in any other
    language are still found.

    >>> parse_country("Country/TerritoryNetherlands").code
    'NL'
    >>> parse_country("Korea, Republic of").code
    'KR'
    >>> parse_country("Lueven", strict=False).error.code.value
    'not-found'
    """
    rules = resolve(locales)
    return run(raw_spans(lambda t: _parse(t, rules)), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]


def _segments(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SEGMENT_SEP.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def find_countries(text: str, *, locales: Locales = None) -> Iterator[Match[Country]]:
    """Every comma-, semicolon- or line-separated part of ``text`` that names a country.

    Only names count here (``USA``, ``Belgien``), not bare codes: ``Boston, MA``
    does not mean Morocco.  Two parts may form one ISO-order name
    (``Seoul, Korea, Republic of``).

    >>> [m.value.code for m in find_countries("Boston, Massachusetts, USA")]
    ['US']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    rules = resolve(locales)
    text = text[:MAX_PLACE_LENGTH]
    spans = _segments(text)
    k = 0
    while k < len(spans):
        hit = None
        if k + 1 < len(spans):  # 'Korea, Republic of'
            s, e, _ = trim(text, spans[k][0], spans[k + 1][1])
            if e - s <= 80 and text[spans[k][1] : spans[k + 1][0]].strip() == ",":
                code, how = _lookup(text[s:e], rules, codes=False)
                if code is not None and how == "inverted-name":
                    hit = (s, e, code)
                    k += 1
        if hit is None:
            s, e, _ = trim(text, *spans[k])
            if 0 < e - s <= 80:
                code, _how = _lookup(" ".join(text[s:e].split()), rules, codes=False)
                if code is not None:
                    hit = (s, e, code)
        if hit is not None:
            s, e, code = hit
            yield Match(_make(code, text[s:e], ()), s, e, text[s:e])
        k += 1


@locales_keyword
def split_place(text: str, *, locales: Locales = None) -> tuple[str, Country | None]:
    """Split a trailing country off a place: ``(place, country)``.

    >>> split_place("Seoul, Korea, Republic of")
    ('Seoul', Country(code='KR', name='South Korea'))
    >>> split_place("Renton, WA")
    ('Renton, WA', None)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    last = None
    for m in find_countries(text, locales=locales):
        last = m
    stripped = text.rstrip(" \t\r\n.,;")
    if last is None or last.end < len(stripped):
        return text.strip(), None
    place = text[: last.start].rstrip(" \t\r\n,;-–—")
    return place.strip(), last.value


#: Deprecated alias of :func:`find_countries` (``DeprecationWarning``; removed in the next release).
find_country = alias(find_countries, "find_country")
