"""One keyword passage: :func:`parse_keywords`."""

from __future__ import annotations

from typing import Literal, overload

from comet import locales as _loc
from comet.diagnostics import Diagnostic, Severity
from comet.keywords._language import _build
from comet.keywords._lines import _Section, cut_source_note
from comet.keywords._reader import _Reader
from comet.keywords._tables import _normalize_language, _tables
from comet.keywords.records import KeywordList
from comet.keywords.tuning import MAX_LENGTH as _MAX_LENGTH
from comet.locales import LocaleRules, Locales
from comet.records import Parsed, run

MAX_LENGTH = _MAX_LENGTH  # comet.keywords.tuning


@overload
def parse_keywords(
    text: str,
    *,
    language: str | None = ...,
    locales: Locales = ...,
    strict: Literal[True] = ...,
) -> KeywordList: ...
@overload
def parse_keywords(
    text: str,
    *,
    language: str | None = ...,
    locales: Locales = ...,
    strict: Literal[False],
) -> Parsed[KeywordList]: ...
def parse_keywords(
    text: str,
    *,
    language: str | None = None,
    locales: Locales = None,
    strict: bool = True,
) -> KeywordList | Parsed[KeywordList]:
    """Parse one keyword passage into a :class:`KeywordList` (possibly empty).

    ``language`` (a BCP 47 tag or a language name) tags keywords whose
    passage gives no language of its own; ``locales`` limits the labels
    recognised (default: every registered locale).  Text after the end of the
    keyword block is ignored with a ``keywords-trailing-text-ignored``
    diagnostic.  Only ``too-long`` (over :data:`MAX_LENGTH` characters) fails.

    >>> kl = parse_keywords("Emneord: samskabelse; omsorg\\nKeywords: co-creation, care",
    ...                     locales=["da", "en"])
    >>> [(k.text, k.language) for k in kl]
    [('samskabelse', 'da'), ('omsorg', 'da'), ('co-creation', 'en'), ('care', 'en')]
    >>> parse_keywords("Keywords:adverbs, cartography").texts
    ('adverbs', 'cartography')
    """
    lang = _language_arg(language)
    rules = _loc.resolve(locales)
    result: KeywordList | Parsed[KeywordList] = run(
        lambda t: _parse(t, lang, rules), text, strict, max_length=MAX_LENGTH
    )
    return result


def _language_arg(language: object) -> str | None:
    if language is None:
        return None
    if not isinstance(language, str):
        raise TypeError(f"language must be str or None, not {type(language).__name__}")
    return _normalize_language(language.strip())


def _parse(text: str, language: str | None, rules: tuple[LocaleRules, ...]) -> Parsed[KeywordList]:
    full = text
    # 'uso del suelo. (Tesauro UNESCO).': the list ends at its full stop (the items of a block
    # found in a page's text are cut alike, one by one: _Reader.clean)
    listed, note = cut_source_note(text.rstrip(), 0, keep_stop=True)
    if note is not None:
        text = listed
    reader = _Reader(text, _tables(rules))
    i = reader.next_nonblank(0)
    sections: list[_Section] = []
    if i is not None:
        m = reader.label_at(i)
        if m is None:
            sec = reader.read_unlabelled(i)
            sections.append(sec)
            i = reader.next_nonblank(sec.next_line)
        while i is not None and (m := reader.label_at(i)) is not None:
            sec = reader.read_labelled(i, m)
            sections.append(sec)
            i = reader.next_nonblank(max(sec.next_line, i + 1))
    extra: list[Diagnostic] = []
    if i is not None:
        lo = reader.lines[i][0]
        extra.append(
            Diagnostic(
                "keywords-trailing-text-ignored",
                "text after the end of the keyword block was not read",
                (lo, len(text.rstrip())),
                Severity.WARNING,
            )
        )
    if note is not None:
        extra.append(note)
    kl = _build(sections, language, full, 0, extra)
    return Parsed(kl, kl.diagnostics, full)
