"""A journal's name by its ISSN: before it on the line (``Marsh Ecology Letters · ISSN …``,
``"Name (open access)" ISSN …``) or alone on the line above an ISSN line, in title case or,
as journals of many languages write their names, in sentence case (``Вестник болотных
наук``). Weak evidence of the container, as a masthead is."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.chrome import _interface_share, _is_chrome, _journal_words
from comet.page.evidence import _DIGIT_RE, W_POS, Cand, _key, _Page
from comet.page.journal_head import _journal_head
from comet.page.layout import _by_words
from comet.page.lines import Line
from comet.page.prose_ids import in_running_prose
from comet.page.title_shapes import _compound_ends, _organisation_words
from comet.text._words import closed_class

#: a name printed by its ISSN: a shade above a title-case line that only holds a journal's
#: word (``venue.MASTHEAD_WEIGHT``: a generic ``Научный журнал`` over the name by the ISSN)
ISSN_NAME_WEIGHT = W_POS - 0.04


@functools.cache
def _issn_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """An ISSN label of the locales (``ISSN``, ``eISSN``, ``ISSN (Print)``) and its number."""
    terms = {t for key in ("issn", "eissn", "pissn") for t in _loc.terms_of("labels", rules, key)}
    alternation = _loc.alternation(terms or {"ISSN"})
    return re.compile(rf"(?<![^\W_])(?:{alternation})\s*:?\s*\d{{4}}-?\d{{3}}[\dXx](?!\d)", re.I)


#: what stands between a journal's name and its ISSN (``Name · ISSN …``, ``Name (ISSN …)``)
_ISSN_GLUE = " \t·•|,;:–—-(["


#: a lost character (U+FFFD) and an ISSN's medium letter before the ISSN (``p-ISSN``,
#: ``e-ISSN`` with its hyphen lost in conversion)
_LOST_MEDIUM = re.compile(r"[\s\ufffd]*\ufffd[\s\ufffd]*[pe]?[\s\ufffd]*$")


#: a note in brackets closing a name by its ISSN (``Marsh Letters (open access)``)
_NAME_NOTE = re.compile(r"\s*\([^()]{1,30}\)\s*$")
_NAME_QUOTES = "\"'“”„«» "
#: words of a masthead's name written in sentence case at most (``Вестник болотных наук``)
MASTHEAD_NAME_WORDS = 8
#: marks of a sentence or a label, never in such a name
_SENTENCE_MARKS = re.compile(r"[.!?;:@/]")


#: a journal's name written as its acronym, a colon and the name in full (``ReHuSo: Revista
#: de Ciencias Humanísticas``, ``JKTP: Jurnal Kajian Teknologi``): one word of two capitals
#: or more (mixed case allowed), no digit, then the name
_ACRONYM_COLON = re.compile(r"((?=(?:[^\W\d_]*[A-ZÀ-ÞА-Я]){2})[^\W\d_][^\W\d_-]{1,11}):\s+(\S.*)")


def _issn_head(before: str, alone: bool, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """The journal's name in the text before its ISSN, without quotes and a closing note in
    brackets (``"Marsh Letters (open access)" ISSN …``). A line of its own over an ISSN
    line is the masthead even in sentence case, as journals of many languages write their
    names (``Вестник болотных наук``, ``Revista brasileira de zoologia``): a few capitalised
    words with no sentence mark, no number, no author word, not ending in a function word."""
    text = _NAME_NOTE.sub("", before.strip(_NAME_QUOTES)).strip(_NAME_QUOTES)
    name = _journal_head(text, rules)
    if name or not alone:
        return name
    words = text.split()
    closed = closed_class(rules)
    if (
        not 1 < len(words) <= MASTHEAD_NAME_WORDS
        or not text[:1].isupper()
        or _DIGIT_RE.search(text)
        or _SENTENCE_MARKS.search(text)
        or words[-1].casefold() in closed
        or any(w.casefold() in _by_words(rules) for w in words)
        or sum(map(str.isalpha, text)) < 0.8 * len(text.replace(" ", ""))
        or _loc.fold(text) in _review_terms(rules)
    ):
        return ""
    return text


@functools.cache
def _medium_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' words of an ISSN's medium (``print``, ``online``, ``impresa``), folded,
    without hyphens (``On-line``)."""
    terms = (*_loc.terms_of("identifiers", rules, "print"),
             *_loc.terms_of("identifiers", rules, "electronic"))  # fmt: skip
    return frozenset(t.casefold().replace("-", "") for t in terms)


#: words of the medium's note before an ISSN at most (``versión On-line``, ``Print``)
MEDIUM_WORDS = 2


def _medium_only(before: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The text before an ISSN only notes its medium (``versión On-line ISSN …``, ``Print
    ISSN …``, ``versão impressa ISSN …``): a word of the locales' media among two words at
    most, the other in small letters. The journal's name is then on the line above."""
    words = before.split()
    if not 0 < len(words) <= MEDIUM_WORDS:
        return False
    media = _medium_words(rules)
    hits = [w.casefold().replace("-", "").strip(".:") in media for w in words]
    return any(hits) and all(h or w[:1].islower() for h, w in zip(hits, words, strict=True))


@functools.cache
def _review_terms(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' ``[peer_review]`` terms (*Peer reviewed*, *Revisado por pares*): a
    journal's note over its ISSN, no name."""
    return _loc.folded_terms("peer_review", rules)


def _organisation_line(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A line naming an organisation, no journal (``Sociedad Andina de Limnología``, ``Marsh
    Ecology Society``): a word of the locales' organisation words (or one ending in their
    compound ends, ``Moorhochschule``), no journal word (``Journal of the Marsh Society`` is
    a journal's name)."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    if any(w in _journal_words(rules) for w in words):
        return False
    org, ends = _organisation_words(rules), _compound_ends(rules)
    return any(w in org or (ends and w.endswith(ends)) for w in words)


def _line_above(page: _Page, line: Line) -> Line | None:
    """The line above ``line``, over one blank line at most."""
    lines = page.layout.lines
    if line.index == 0:
        return None
    where = lines[line.index - 1]
    if not where.text.strip() and line.index > 1:
        where = lines[line.index - 2]
    return where


def _subtitled(name: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A journal's name and its subtitle after one colon, the subtitle opening with a
    journal word of the locales (``Fen Notes: Jurnal Ilmiah Rawa``, ``Marsh Talk: Revista de
    Humedales``), each side capitalised."""
    head, colon, tail = name.partition(": ")
    words = tail.split()
    return (
        bool(colon)
        and ":" not in tail
        and head[:1].isupper()
        and len(words) >= 2
        and words[0].casefold() in _journal_words(rules)
    )


def _issn_names(page: _Page) -> list[Cand]:
    """A journal's name next to its ISSN: before it on the line (``Marsh Ecology Letters ·
    ISSN 1234-5679``, ``… (ISSN …)``) or alone on the line above an ISSN line. A site
    prints its own journal's ISSN by the name, so this is evidence of the container, weak
    as a masthead is (a name, not chrome, not the title, no numbers)."""
    pattern = _issn_pattern(page.rules)
    title_key = page.memo.get("title-key", "")
    lines = page.layout.lines
    out: list[Cand] = []
    acronyms: set[str] = set()  # the ISSNs of the names written 'Acronym: Name'
    series = [lv.value_start for lv in page.layout.values("series")]
    for line in lines:
        if line.zone != "main" or "issn" not in line.text.casefold():
            continue
        if any(line.start <= at < line.end for at in series):
            continue  # a series statement's ISSN ('Series' / 'Ecology dissertations, ISSN …')
        m = pattern.search(line.text)
        if m is None or in_running_prose(page, line.start + m.start(), line.start + m.end()):
            continue  # (a journal a sentence cites: '… published in the … (ISSN …), showed')
        before, where = line.text[: m.start()].rstrip(_ISSN_GLUE), line
        if "\ufffd" in before:  # 'Name\ufffd p\ufffdISSN': a lost character and the medium's letter
            before = _LOST_MEDIUM.sub("", before)
        if _medium_only(before, page.rules):  # 'versión On-line ISSN …' under the name
            before = ""
        if not before.strip() and line.index > 0:  # the ISSN on a line of its own
            where = _line_above(page, line) or line
            if _organisation_line(where.text, page.rules):
                # the journal's name over its society's or publisher's line over the ISSN
                # lines: the name is the line above the organisation's, never the latter
                above = _line_above(page, where)
                if above is None or _organisation_line(above.text, page.rules):
                    continue
                where = above
            if where.zone != "main" or where.index in page.layout.label_lines:
                continue
            before = where.text
        acronym = _ACRONYM_COLON.match(before.strip())
        if acronym is not None:  # 'ReHuSo: Revista de …': an acronym, a colon, the name
            tail = _issn_head(acronym.group(2), where is not line, page.rules)
            whole = (
                tail == acronym.group(2).strip()
                and len(tail.split()) > 1
                and any(ch.islower() for ch in tail)  # words, no codes ('CODEN: ABCDE FGHIJ')
            )
            name = f"{acronym.group(1)}: {tail}" if whole else ""
            before = tail  # (the colon is the name's own, no label's)
            if name:
                acronyms.add(m.group())
        else:
            name = _issn_head(before, where is not line, page.rules)
        if (
            not name
            or (":" in before and not _subtitled(name, page.rules))
            # (a label's value, 'CODEN: ABCDE; ISSN …', is no name; a name and its subtitle
            # that opens with a journal word, 'Fen Notes: Jurnal Ilmiah Rawa', is one)
            or _DIGIT_RE.search(name)
            or _key(name) == title_key
            or _is_chrome(name, page.rules)
            or _interface_share(name, page.rules) > 0
        ):
            continue
        start = where.start + max(0, where.text.find(name))
        out.append(Cand(name, ISSN_NAME_WEIGHT, (start, start + len(name)),
                        "a journal's name by its ISSN"))  # fmt: skip
    if len(acronyms) > 1:  # 'JQS: Journal of … ISSN …' / 'JLS: …': a publisher's list of
        # journals, none of them the work's: no name written that way
        out = [c for c in out if not _ACRONYM_COLON.match(str(c.value))]
    return out[:3]
