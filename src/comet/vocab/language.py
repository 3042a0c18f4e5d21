"""Languages: ``English``, ``dansk``, ``eng``, ``da-DK``, ``Originalsprog: Engelsk``.

Language names come from language-data (CLDR names in every language, the data
behind langcodes), not from comet's locale files; tags are standardised with
``langcodes.standardize_tag``.

>>> parse_language("Originalsprog: Engelsk").tag
'en'
>>> parse_language("Svenska").name
'Swedish'
>>> parse_language("da-DK").tag
'da-DK'
>>> parse_language("Languages English").tag
'en'
"""

from __future__ import annotations

import functools
import re
from typing import Literal, overload

import attrs
import langcodes

from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode
from comet.locales import LocaleRules, Locales, alternation, resolve, terms_of
from comet.records import Parsed, RecordMixin, fail, run
from comet.vocab._common import normalize, raw_spans, trim
from comet.vocab._labels import strip_label
from comet.vocab._names import exact_code

__all__ = ["MAX_LENGTH", "Language", "parse_language"]

#: Longest input :func:`parse_language` reads.
MAX_LENGTH = 256

_LABEL_KEYS = frozenset({"language", "original_language"})
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,6}")
#: Tags that say no language was given.
_NO_LANGUAGE = frozenset({"und", "zxx"})


@attrs.frozen
class Language(RecordMixin):
    """A language: a BCP 47 ``tag`` (``en``, ``da-DK``) and its English ``name``."""

    tag: str
    name: str = attrs.field(default="", eq=False)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return self.tag


def _tag_of(term: str) -> str | None:
    """A standard BCP 47 tag for a tag or a language name, or ``None``."""
    if _TAG.fullmatch(term):
        cand = term.replace("_", "-")
        try:
            if langcodes.tag_is_valid(cand):
                return str(langcodes.standardize_tag(cand))
        except (ValueError, LookupError):  # pragma: no cover - defensive
            pass
    code = exact_code("language", term)
    if code is None:
        return None
    try:
        return str(langcodes.standardize_tag(code))
    except (ValueError, LookupError):  # pragma: no cover - defensive
        return None


#: a language's name followed by its code in brackets, as catalogues print it
#: (``Deutsch (ger)``, ``English [eng]``)
_NAME_CODE = re.compile(
    r"(?P<name>[^()\[\]]*[^\W\d_][^()\[\]]*?)\s*[(\[](?P<code>[A-Za-z]{2,3})[)\]]"
)


@functools.cache
def list_separator(rules: tuple[LocaleRules, ...]) -> re.Pattern[str]:
    """What parts a list of languages: a comma, a semicolon, a slash, ``&``, ``+`` or a
    list word of the locales (``[person_names].and``: *and*, *og*, *und*) between spaces."""
    words = alternation(terms_of("person_names", rules, "and"))
    return re.compile(rf"\s*+[,;/]\s*+|\s++(?:{words + '|' if words else ''}&|\+)\s++")


def _tag_or_named(term: str) -> str | None:
    """:func:`_tag_of` ``term``, or of a language's name printed with its code in brackets
    (the name must be one: ``Summary (eng)`` is none)."""
    tag = _tag_of(term)
    if tag is None and (m := _NAME_CODE.fullmatch(term)) is not None:
        tag = _tag_of(m["name"].strip())
    return tag


def _parse(text: str, rules: tuple[LocaleRules, ...]) -> Parsed[Language]:
    raw = text
    text, diags = normalize(text)
    if not text.strip():
        return fail(raw, "empty language", ErrorCode.EMPTY, 0, len(raw), diags)
    offset, label_diags = strip_label(text, _LABEL_KEYS, rules)
    diags += label_diags
    start, end, trim_diags = trim(text, offset, len(text))
    diags += trim_diags
    if start >= end:
        return fail(raw, "no language after the label", ErrorCode.EMPTY, offset, len(raw), diags)
    term = text[start:end]
    tag = _tag_or_named(term)
    if tag is None:
        parts = [(m.start(), m.end()) for m in list_separator(rules).finditer(text, start, end)]
        if parts:
            first_end = parts[0][0]
            tag = _tag_or_named(text[start:first_end].strip())
            if tag is not None:
                diags += (
                    Diagnostic(
                        "multiple-languages",
                        "several languages are given; kept the first",
                        (parts[0][0], end),
                        "warning",
                    ),
                )
    if tag is None:
        return fail(
            raw, f"{term!r} is not a known language", ErrorCode.NOT_FOUND, start, end, diags
        )
    if tag in _NO_LANGUAGE:
        return fail(raw, f"{term!r} names no language", ErrorCode.NOT_FOUND, start, end, diags)
    name = str(langcodes.Language.get(tag).display_name("en"))
    value = Language(tag, name, raw, diags)
    return Parsed(value, diags, raw)


@overload
def parse_language(
    text: str, *, locales: Locales = ..., strict: Literal[True] = ...
) -> Language: ...
@overload
def parse_language(
    text: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[Language]: ...
def parse_language(
    text: str, *, locales: Locales = None, strict: bool = True
) -> Language | Parsed[Language]:
    """Parse a language name (in any language CLDR knows) or tag to a BCP 47 tag.

    A leading ``Language``/``Original language`` label of ``locales`` (default: every
    registered locale; ``Sprog:``, ``Originalsprog:``, ``Languages``) is removed; the
    language names themselves come from CLDR, in every language.  Only exact
    names are accepted (``English abstract`` is not a language).

    >>> parse_language("Anglais").tag, parse_language("Englisch").tag
    ('en', 'en')
    >>> parse_language("eng").tag
    'en'
    >>> parse_language("Sprache(n): Deutsch (ger)").tag
    'de'
    >>> parse_language("Klingonish", strict=False).error.code.value
    'not-found'
    """
    rules = resolve(locales)
    return run(raw_spans(lambda t: _parse(t, rules)), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]
