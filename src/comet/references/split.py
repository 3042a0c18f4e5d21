"""Split a reference list into entries: :func:`parse_references` and :func:`split_references`.

Entries are found by, in order of strength:

* numbered labels: ``[1]``, ``1.``, ``1)`` at line starts (a numbered list);
* blank lines (paragraphs) and line starts;
* inside one line, the start of another author-date entry that a copy glued on
  (``… Växjö: Socialtjänsten Växjö kommun (2016). 10 Förbättringar …``): a name
  block followed by a year in parentheses, after a sentence end;
* a line that does not start like a reference (``Växjö: Socialtjänsten. Olsson, J., …``)
  gives its head, up to the first sentence end, back to the previous entry.

Link text such as ``Search in Google Scholar`` is dropped and reported.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import Literal, overload

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode
from comet.locales import LocaleRules, Locales, resolve
from comet.records import MAX_PAGE_LENGTH, Parsed, check_text, fail, run
from comet.references import tuning
from comet.references._authors import scan
from comet.references._lexicon import Lexicon, lexicon, link_text_from, may_end_in_link_text
from comet.references.model import Reference, ReferenceList
from comet.references.parse import MAX_LENGTH
from comet.references.parse import _parse as _parse_one

__all__ = ["MAX_BLOCK_LENGTH", "parse_references", "split_references"]

#: Longest reference list :func:`comet.parse_references` reads (characters); the reason is
#: in :mod:`comet.references.tuning`.
MAX_BLOCK_LENGTH = tuning.MAX_BLOCK_LENGTH


_NUMBERED = re.compile(r"\s*(?:\[\s*\d{1,4}\s*\]|\(\s*\d{1,4}\s*\)|\d{1,4}[.)])\s+")
_YEAR_PAREN = re.compile(rf"\(\s*{CITATION_YEAR_PATTERN}[a-z]?(?:\s*[,:][^()]{{0,30}})?\s*\)")
_SENT_END = re.compile(r"[.?!]\s+")
_BARE_YEAR = re.compile(rf"\b{CITATION_YEAR_PATTERN}\b")
_MAX_HEAD = tuning.MAX_HEAD


def _lines(block: str) -> list[tuple[int, str]]:
    """Non-blank lines with their start offsets."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in block.splitlines(keepends=True):
        text = line.rstrip("\r\n")
        if text.strip():
            out.append((pos, text))
        pos += len(line)
    return out


def _starts_like_reference(text: str, lex: Lexicon) -> bool:
    """Does ``text`` open with an author block (or a numbered label)?

    Lines up to 1,024 characters are memoised (at most 4,096 of them): a page repeats
    lines (running heads, link text, junk), and the author scan is the splitter's main
    cost per line.
    """
    if len(text) <= 1024:
        return _starts_like_reference_cached(text, lex)
    return _starts_uncached(text, lex)


def _starts_uncached(text: str, lex: Lexicon) -> bool:
    if _NUMBERED.match(text):
        return True
    sc = scan(text, lex)
    if sc.names and sc.stop != "other":
        return True
    m = _YEAR_PAREN.search(text, 0, 120)
    return bool(m and m.start() < 80 and ":" not in text[: m.start()])


_starts_like_reference_cached = functools.lru_cache(maxsize=4096)(_starts_uncached)

#: The parse of one entry (a pure function of its text and the locales, with entry-relative
#: spans only), memoised for at most 1,024 entries: a page read again and a site's pages
#: cite the same works, and the entry parser is a reference list's main cost.
_parse_entry = functools.lru_cache(maxsize=1024)(_parse_one)


def _glued_starts(text: str, lex: Lexicon) -> list[int]:
    """Offsets inside one line where another author-date entry starts.

    Linear in the line: sentence ends and the first year are found once, not
    re-scanned from the start of the line for every year (a megabyte-long line of
    ``Ab. (2019). `` repeated was quadratic).
    """
    out: list[int] = []
    years = list(_YEAR_PAREN.finditer(text))
    if not years:
        return out
    sent_ends = [s.end() for s in _SENT_END.finditer(text)]
    bare = _BARE_YEAR.search(text)
    # the earliest end of a year in the text: "prev" has a year iff it ends by head_start
    first_year_end = min(years[0].end(), bare.end() if bare else len(text) + 1)
    for m in years:
        if m.start() < 20:
            continue
        # walk back from the year to the previous sentence end
        k = bisect_right(sent_ends, m.start())
        if not k:
            continue
        head_start = sent_ends[k - 1]
        if m.start() - head_start > _MAX_HEAD:
            continue  # more than a few words: not a name block
        if not text[head_start : m.start()].strip(" .") and k >= 2:
            head_start = sent_ends[k - 2]  # "… Socialtjänsten. Växjö kommun. (2018)."
            if m.start() - head_start > _MAX_HEAD:
                continue
        head = text[head_start : m.start()].strip()
        if not head or len(head.split()) > 8:
            continue
        if any(c.isdigit() for c in head) or head.endswith(":"):
            continue
        # the previous text must have a title (something after its own year)
        if first_year_end > head_start:
            continue
        # "Place: Publisher Corporate (2016)" — the head may hold the previous publisher
        j = head_start
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j > 0 and text[j - 1] == ":":
            continue
        start = head_start
        words = head.split()
        if ":" in head:
            # "Växjö: Socialtjänsten Växjö kommun" -> entry starts after the publisher
            after = head.split(":", 1)[1].split()
            if len(after) >= 2:
                start = text.index(after[1], head_start + head.index(":"))
        elif len(words) > 4:
            continue
        out.append(start)
    return out


def _split(block: str, lex: Lexicon) -> tuple[list[list[tuple[int, int]]], list[Diagnostic]]:
    """Entries of ``block`` as lists of ``(start, end)`` pieces, and the split's diagnostics."""
    diags: list[Diagnostic] = []
    lines = _lines(block)
    entries: list[list[tuple[int, int]]] = []
    numbered = sum(1 for _, t in lines if _NUMBERED.match(t)) >= max(2, len(lines) // 2)
    for pos, text in lines:
        start = pos + len(text) - len(text.lstrip())
        stripped = _without_link_text(text.strip(), start, lex, diags)
        if stripped is None:
            continue
        end = start + len(stripped)
        if numbered:
            if _NUMBERED.match(text) or not entries:
                entries.append([(start, end)])
            else:
                entries[-1].append((start, end))
            continue
        if entries and not _starts_like_reference(stripped, lex):
            head_end = _continuation(stripped, start, end, entries, diags, lex)
            if head_end is None:
                continue
            start = head_end
        _add_glued(block, start, end, entries, diags, lex)
    return _trimmed(block, entries), diags


def _without_link_text(
    stripped: str, start: int, lex: Lexicon, diags: list[Diagnostic]
) -> str | None:
    """The line without link text at its end (``None``: the line is link text only)."""
    if not may_end_in_link_text(stripped, lex):
        return stripped  # no term of link text ends the line (checked without a regex)
    m = lex.link_line.match(stripped)
    if m and m.end() == len(stripped):
        diags.append(
            Diagnostic(
                "removed-link-text",
                f"removed link text {stripped!r}",
                (start, start + len(stripped)),
                Severity.INFO,
            )
        )
        return None
    lm = lex.link_text.search(stripped, link_text_from(stripped, lex, max(0, len(stripped) - 200)))
    if lm and lm.start() > 0:
        diags.append(
            Diagnostic(
                "removed-link-text",
                f"removed link text {lm.group().strip()!r}",
                (start + lm.start(), start + len(stripped)),
                Severity.INFO,
            )
        )
        stripped = stripped[: lm.start()].rstrip()
    return stripped


def _continuation(
    stripped: str,
    start: int,
    end: int,
    entries: list[list[tuple[int, int]]],
    diags: list[Diagnostic],
    lex: Lexicon,
) -> int | None:
    """A line that starts no reference continues the previous entry: up to its first
    sentence end when a reference starts after it (where the rest starts), else whole
    (``None``)."""
    sm = _SENT_END.search(stripped)
    if sm and sm.end() < len(stripped) and _starts_like_reference(stripped[sm.end() :], lex):
        entries[-1].append((start, start + sm.start() + 1))
        diags.append(
            Diagnostic(
                "joined-continuation",
                "gave the head of a line back to the previous entry",
                (start, start + sm.end()),
                Severity.WARNING,
            )
        )
        return start + sm.end()
    if not sm or sm.end() >= len(stripped):
        entries[-1].append((start, end))
        diags.append(
            Diagnostic(
                "joined-continuation",
                "joined a line to the previous entry",
                (start, end),
                Severity.WARNING,
            )
        )
        return None
    return start


def _add_glued(
    block: str,
    start: int,
    end: int,
    entries: list[list[tuple[int, int]]],
    diags: list[Diagnostic],
    lex: Lexicon,
) -> None:
    """Add the entries of ``block[start:end]``, cut where entries were glued onto one line."""
    last = start
    for c in _glued_starts(block[start:end], lex):
        entries.append([(last, start + c)])
        diags.append(
            Diagnostic(
                "split-glued-entries",
                "split entries that were merged onto one line",
                (start + c, start + c),
                Severity.WARNING,
            )
        )
        last = start + c
    entries.append([(last, end)])


def _trimmed(block: str, entries: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """The pieces without trailing whitespace; empty pieces and entries dropped."""
    out: list[list[tuple[int, int]]] = []
    for pieces in entries:
        cleaned = []
        for s, e in pieces:
            while e > s and block[e - 1].isspace():
                e -= 1
            if e > s:
                cleaned.append((s, e))
        if cleaned:
            out.append(cleaned)
    return out


def _text(block: str, pieces: list[tuple[int, int]]) -> str:
    return " ".join(block[s:e].strip() for s, e in pieces)


def split_references(block: str, *, locales: Locales = None) -> list[str]:
    """The entries of a reference list, as strings (link text removed, lines joined).

    Reads at most :data:`comet.records.MAX_PAGE_LENGTH` characters (a page); longer
    input raises ``ParseError`` (``too-long``).

    >>> split_references("[1] A. Smith, Nature 1 (2001) 2.\\n[2] B. Jones, Science 3 (2002) 4.")
    ['[1] A. Smith, Nature 1 (2001) 2.', '[2] B. Jones, Science 3 (2002) 4.']
    """
    check_text(block, max_length=MAX_PAGE_LENGTH)
    entries, _ = _split(block, lexicon(resolve(locales)))
    return [_text(block, p) for p in entries]


@overload
def parse_references(
    block: str, *, locales: Locales = ..., strict: Literal[True] = ...
) -> ReferenceList: ...
@overload
def parse_references(
    block: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[ReferenceList]: ...
def parse_references(
    block: str, *, locales: Locales = None, strict: bool = True
) -> ReferenceList | Parsed[ReferenceList]:
    """Split a reference list into entries and parse each one.

    Entries that cannot be parsed are skipped with a ``skipped-entry`` diagnostic; the
    list fails (``not-found``) only when no entry is left.  Diagnostics of the entries keep
    spans relative to each entry's ``raw``; those of the split index ``block``.

    >>> refs = parse_references('''
    ... Illeris, (2006). Lärande. Lund: Studentlitteratur. Search in Google Scholar
    ...
    ... Socialstyrelsen (2021). Individens behov i centrum. Stockholm. Search in Google Scholar
    ... ''')
    >>> [r.title for r in refs.references]
    ['Lärande', 'Individens behov i centrum']
    """
    rules = resolve(locales)
    return run(lambda t: _parse_block(t, rules), block, strict, max_length=MAX_BLOCK_LENGTH)  # type: ignore[no-any-return]


def _parse_block(block: str, rules: tuple[LocaleRules, ...]) -> Parsed[ReferenceList]:
    if not block.strip():
        return fail(block, "empty reference list", ErrorCode.EMPTY)
    entries, diags = _split(block, lexicon(rules))
    refs: list[Reference] = []
    # an entry printed twice is parsed once (a Reference keeps only entry-relative spans)
    seen: dict[str, Parsed[Reference]] = {}
    for pieces in entries:
        text = _text(block, pieces)
        s, e = pieces[0][0], pieces[-1][1]
        if len(text) > MAX_LENGTH:
            diags.append(Diagnostic("skipped-entry", "entry too long", (s, e), Severity.WARNING))
            continue
        res = seen.get(text)
        if res is None:
            res = seen[text] = _parse_entry(text, rules)
        if res.value is None:
            diags.append(
                Diagnostic(
                    "skipped-entry", "entry has no reference fields", (s, e), Severity.WARNING
                )
            )
            continue
        refs.append(res.value)
    if not refs:
        return fail(block, "no reference found", ErrorCode.NOT_FOUND, diagnostics=tuple(diags))
    value = ReferenceList(tuple(refs), raw=block, diagnostics=tuple(diags))
    return Parsed(value, value.diagnostics, block)
