"""Keyword passages in a whole page: :func:`find_keyword_blocks`."""

from __future__ import annotations

from collections.abc import Iterator

from comet import locales as _loc
from comet.keywords._language import _build, _section_language
from comet.keywords._lines import _Section
from comet.keywords._reader import _Reader
from comet.keywords._shapes import _words
from comet.keywords._tables import _tables
from comet.keywords.parse import _language_arg
from comet.keywords.records import BlockEvidence, KeywordBlock
from comet.keywords.tuning import FIND_MAX_LENGTH as _FIND_MAX_LENGTH
from comet.keywords.tuning import MAX_TERM_WORDS
from comet.locales import LocaleRules, Locales
from comet.records import Match, check_text

#: Longest text :func:`find_keyword_blocks` scans: a page
#: (:data:`comet.records.MAX_PAGE_LENGTH`).
FIND_MAX_LENGTH = _FIND_MAX_LENGTH


def find_keyword_blocks(
    text: str, *, language: str | None = None, locales: Locales = None
) -> Iterator[Match[KeywordBlock]]:
    """Every keyword passage of a page, in order, with its evidence.

    Labelled blocks (``Keywords:``, ``Mots clés``, ``Key Terms in this
    Chapter``) are read up to their end (see the module docs); a label with
    nothing under it gives a block with an empty list.  Unlabelled runs of two
    or more short bullet items (``•``, ``-``, ``▪``…) are returned too with
    evidence ``bullets``; the caller decides whether they are keywords.

    >>> page = "Title\\n\\nKeywords\\n\\nAlves, H. (2013). Co-creation. Journal 33, 1–2."
    >>> [(m.value.label, len(m.value.keywords)) for m in find_keyword_blocks(page)]
    [('Keywords', 0)]
    >>> page = "Varighed: 27 maj 2019\\n\\n  • Co-production\\n  • social care\\n\\nFingeraftryk"
    >>> [(m.value.evidence.value, m.value.keywords.texts) for m in find_keyword_blocks(page)]
    [('bullets', ('Co-production', 'social care'))]
    """
    check_text(text, max_length=FIND_MAX_LENGTH)
    lang = _language_arg(language)
    rules = _loc.resolve(locales)
    return _find(text, lang, rules)


def _find(
    text: str, language: str | None, rules: tuple[LocaleRules, ...]
) -> Iterator[Match[KeywordBlock]]:
    reader = _Reader(text, _tables(rules))
    n = len(reader.lines)
    i = 0
    prev_bullet = False  # the previous non-blank line was a bullet
    while i < n:
        if reader.blank(i):
            i += 1
            continue
        m = reader.label_at(i)
        if m is not None:
            sec = reader.read_labelled(i, m)
            evidence = (
                BlockEvidence.KEY_TERMS_LABEL
                if sec.label_key == "key_terms"
                else BlockEvidence.LABEL
            )
            yield _block(text, sec, language, evidence)
            i = max(sec.next_line, i + 1)
            prev_bullet = False
            continue
        m = reader.mid_label(i)
        if m is not None:  # the list closing a paragraph ('… planning. Keywords: a, b')
            sec = reader.read_labelled(i, m)
            if sec.items:
                yield _block(text, sec, language, BlockEvidence.LABEL)
                i = max(sec.next_line, i + 1)
                prev_bullet = False
                continue
        if reader.bullet_at(i) is not None and not prev_bullet:
            sec = reader.read_unlabelled(i)
            stop = reader.next_nonblank(sec.next_line)
            if (
                sec.kind == "bullets"
                and len(sec.items) >= 2
                and all(_words(it.text) <= MAX_TERM_WORDS for it in sec.items)
                and (stop is None or reader.bullet_at(stop) is None)
            ):
                yield _block(text, sec, language, BlockEvidence.BULLETS)
                i = max(sec.next_line, i + 1)
                prev_bullet = False
                continue
        prev_bullet = reader.bullet_at(i) is not None
        i += 1


def _block(
    text: str, sec: _Section, language: str | None, evidence: BlockEvidence
) -> Match[KeywordBlock]:
    start, end = sec.start, max(sec.end, sec.start)
    raw = text[start:end]
    kl = _build([sec], language, raw, start)
    block_lang = _section_language(sec, language, [])
    block = KeywordBlock(
        keywords=kl,
        evidence=evidence,
        label=sec.label,
        label_key=sec.label_key,
        language=block_lang,
        raw=raw,
    )
    return Match(block, start, end, raw)
