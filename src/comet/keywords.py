"""Keyword lists in any shape: ``parse_keywords`` and ``find_keyword_blocks``.

Catalogue pages print keywords as labelled lists (``Keywords: a, b``,
``Emneord:`` then one per line), as bullets, as ``,``/``;`` lists, or as
glossaries (``Term: definition``).  :func:`parse_keywords` reads one such
passage into a :class:`KeywordList`; :func:`find_keyword_blocks` locates the
passages in a whole page.

>>> kws = parse_keywords("keywords: adverbs, cartography, aspect, semantics, syntax")
>>> [k.text for k in kws]
['adverbs', 'cartography', 'aspect', 'semantics', 'syntax']
>>> kws[0].language          # the label 'keywords' is English (en.toml [labels].keywords)
'en'
>>> [k.text for k in parse_keywords("  • Co-production\\n  • social care\\n  • co production")]
['Co-production', 'social care']
>>> g = parse_keywords("Key Terms in this Chapter\\n\\nEmergence: The way that change plays out.")
>>> g[0].text, g[0].definition
('Emergence', 'The way that change plays out.')
>>> len(parse_keywords("Keywords\\n\\nAlves, H. (2013). Co-creation in public services."))
0

The rules (also in ``docs/keywords.md``):

* Labels come from the ``keywords`` and ``key_terms`` keys of the ``[labels]``
  section of the locale files.  A label starts a block when it stands at the
  start of a line followed by ``:`` (then the list may follow on the same line,
  glued or not), by a dash, or by nothing.
* A block ends at: another keyword label (a new block begins); a line that is
  a known label or boilerplate phrase of any locale; a line that looks like
  prose (a piece of more than ten words, or a sentence of six words or more),
  a reference (a year in parentheses, a DOI, a URL, ``©``, an e-mail address, a
  file name) or a number/date; a ``Label: value`` line (outside glossaries); a
  capitalised line that heads such a line (``Metrics`` above ``ePublished: 3
  March 2020``) unless a lone separator line precedes it; a blank line when
  the list's items were not themselves separated by blank lines; a
  non-bullet line after bullets.  An inline list (``Keywords: a, b``) ends at
  the end of its line unless the line ends with ``,``/``;``.
* Language: a tag line right after the label (``en``), else the label's
  locale when only one locale has that label, else the caller's
  ``language=`` (also the tie-break when a label is shared: ``Emneord`` is
  da, nb and nn), else ``None``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from typing import Literal, overload

import attrs
from unidecode import unidecode

from comet import locales as _loc
from comet.diagnostics import Diagnostic, Severity
from comet.locales import LocaleRules, fold
from comet.records import MAX_PAGE_LENGTH, Match, Parsed, RecordMixin, check_text, run

__all__ = [
    "FIND_MAX_LENGTH",
    "MAX_LENGTH",
    "BlockEvidence",
    "Keyword",
    "KeywordBlock",
    "KeywordList",
    "find_keyword_blocks",
    "keyword_key",
    "merge_keyword_lists",
    "parse_keywords",
]

#: Longest input :func:`parse_keywords` reads (a keyword passage, not a page).
MAX_LENGTH = 20_000
#: Longest text :func:`find_keyword_blocks` scans: a page
#: (:data:`comet.records.MAX_PAGE_LENGTH`).
FIND_MAX_LENGTH = MAX_PAGE_LENGTH

Locales = str | LocaleRules | Iterable[str | LocaleRules] | None

# --------------------------------------------------------------------------- records


_HYPHENS_SPACES = re.compile(r"[\s\-‐‑‒–—―_]++")


def keyword_key(text: str) -> str:
    """The comparison key of a keyword: unidecode, casefold, spaces and hyphens collapsed.

    >>> keyword_key("Co-production") == keyword_key("co  production")
    True
    >>> keyword_key("Møller–Ämnesord")
    'moller amnesord'
    """
    nfkc = unicodedata.normalize("NFKC", text)
    ascii_ = unidecode(nfkc)
    if not any(c.isalnum() for c in ascii_):
        ascii_ = nfkc
    return _HYPHENS_SPACES.sub(" ", ascii_.casefold()).strip()


def _key_of(inst: Keyword) -> str:
    return keyword_key(inst.text)


@attrs.frozen
class Keyword(RecordMixin):
    """One keyword: its text as printed (cleaned), BCP 47 ``language`` and comparison ``key``.

    ``definition`` holds a glossary definition (``Term: definition``); ``span``
    is where ``raw`` stands in the parsed input.
    """

    text: str
    language: str | None = None
    key: str = attrs.field(default=attrs.Factory(_key_of, takes_self=True))
    definition: str | None = None
    span: tuple[int, int] | None = attrs.field(default=None, eq=False)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class KeywordList(RecordMixin):
    """The keywords of a passage, in order, unique by :attr:`Keyword.key`.

    Iterable, indexable and sized; an empty list is a valid result.
    """

    keywords: tuple[Keyword, ...] = ()
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __iter__(self) -> Iterator[Keyword]:
        return iter(self.keywords)

    def __len__(self) -> int:
        return len(self.keywords)

    def __getitem__(self, index: int) -> Keyword:
        return self.keywords[index]

    @property
    def texts(self) -> tuple[str, ...]:
        """The keyword texts, in order."""
        return tuple(k.text for k in self.keywords)

    @property
    def keys(self) -> tuple[str, ...]:
        """The keyword keys, in order."""
        return tuple(k.key for k in self.keywords)

    def in_language(self, language: str | None) -> tuple[Keyword, ...]:
        """The keywords tagged ``language`` (compared on the primary subtag)."""
        want = None if language is None else language.split("-")[0].casefold()
        return tuple(
            k
            for k in self.keywords
            if (k.language.split("-")[0].casefold() if k.language else None) == want
        )


class BlockEvidence(StrEnum):
    """Why :func:`find_keyword_blocks` thinks a passage is a keyword list."""

    #: a ``[labels].keywords`` label (``Keywords:``, ``Emneord``)
    LABEL = "label"
    #: a ``[labels].key_terms`` label (``Key Terms in this Chapter``)
    KEY_TERMS_LABEL = "key-terms-label"
    #: an unlabelled run of two or more short bullet items (the page parser decides)
    BULLETS = "bullets"


@attrs.frozen
class KeywordBlock(RecordMixin):
    """A keyword passage found in a page: its keywords, label and evidence.

    Spans inside ``keywords`` index the block's own text (``Match.raw``); add
    ``Match.start`` for page offsets.
    """

    keywords: KeywordList
    evidence: BlockEvidence
    label: str | None = None
    label_key: str | None = None
    language: str | None = None
    raw: str = attrs.field(default="", eq=False)


def merge_keyword_lists(*lists: KeywordList) -> KeywordList:
    """Concatenate lists, dropping later keywords whose key was already seen.

    >>> a = parse_keywords("Emneord: samskabelse", locales=["da", "en"])
    >>> b = parse_keywords("Keywords: co-creation, Samskabelse")
    >>> [(k.text, k.language) for k in merge_keyword_lists(a, b)]
    [('samskabelse', 'da'), ('co-creation', 'en')]
    """
    seen: set[str] = set()
    out: list[Keyword] = []
    diags: list[Diagnostic] = []
    for kl in lists:
        diags.extend(kl.diagnostics)
        for k in kl:
            if k.key in seen:
                diags.append(
                    Diagnostic(
                        "keyword-duplicate-dropped",
                        f"{k.text!r} repeats an earlier keyword",
                        None,
                        Severity.INFO,
                    )
                )
                continue
            seen.add(k.key)
            out.append(k)
    return KeywordList(tuple(out), "\n".join(kl.raw for kl in lists), tuple(diags))


# --------------------------------------------------------------------------- tables

_SPACE = "[ \\t\\u00a0]"


@attrs.frozen
class _Tables:
    label_re: re.Pattern[str] | None
    #: fold(label) -> (canonical key, tags of the locales that have it)
    labels: Mapping[str, tuple[str, frozenset[str]]]
    #: folded lines that end a block: other field labels and boilerplate phrases
    stop: frozenset[str]
    #: folded boilerplate phrases: dropped when they stand as an item
    boilerplate: frozenset[str]


_LIST_KEYS = ("keywords", "key_terms")


@functools.cache
def _tables(locales: tuple[LocaleRules, ...]) -> _Tables:
    labels: dict[str, tuple[str, frozenset[str]]] = {}
    spellings: dict[str, None] = {}
    for rules in locales:
        for key in _LIST_KEYS:
            for term in rules.terms("labels", key):
                spellings.setdefault(term, None)
                f = fold(term)
                old = labels.get(f)
                if old is None:
                    labels[f] = (key, frozenset({rules.tag}))
                else:
                    labels[f] = (old[0], old[1] | {rules.tag})
    every = (*_loc.all_rules(), *locales)
    stop = _stop_terms(every)
    boilerplate = frozenset(fold(t) for rules in every for t in rules.terms("boilerplate"))
    if not labels:
        return _Tables(None, labels, stop, boilerplate)
    alts = sorted(spellings, key=len, reverse=True)
    pattern = "|".join(f"{_SPACE}+".join(re.escape(w) for w in a.split()) for a in alts)
    rx = re.compile(
        rf"{_SPACE}*+(?P<label>{pattern})(?P<after>{_SPACE}*+(?:[:：]|[-–—](?={_SPACE}|\Z))?)",
        re.IGNORECASE,
    )
    return _Tables(rx, labels, stop, boilerplate)


def _stop_terms(locales: Iterable[LocaleRules]) -> frozenset[str]:
    """Folded field labels (other than keyword labels) and boilerplate phrases of ``locales``."""
    out: set[str] = set()
    for rules in locales:
        for key in rules.keys("labels"):
            if key not in _LIST_KEYS:
                out.update(fold(t).rstrip(":：").strip() for t in rules.terms("labels", key))
        out.update(fold(t) for t in rules.terms("boilerplate"))
    out.discard("")
    return frozenset(out)


@functools.cache
def _locale_tags() -> frozenset[str]:
    return frozenset(_loc.available())


@functools.cache
def _normalize_language(language: str) -> str:
    if _TAG_SHAPE.fullmatch(language):
        tag = language.replace("_", "-")
        import langcodes

        if langcodes.tag_is_valid(tag):
            return str(langcodes.standardize_tag(tag))
    try:
        return _loc.get(language).tag
    except LookupError:
        pass
    raise ValueError(f"language must be a BCP 47 tag or a known language name, not {language!r}")


# --------------------------------------------------------------------------- line shapes

_NEWLINE = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_STRIP = " \t\u00a0\u200b\u200c\u200d\ufeff\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: a bullet at the start of a line; '-', '*', '–', '—' need a space after them
_BULLET = re.compile(
    r"[ \t\u00a0]*+(?:[•‧∙▪▫◦‣▸►○●■□◆◇·](?=[ \t\u00a0]*+\S)|[-*–—](?=[ \t\u00a0]++\S))[ \t\u00a0]*+"
)
_SEPARATOR_ONLY = re.compile(r"[,;，；、|·•]")
_TAG_LINE = re.compile(r"[a-z]{2}(?:-[A-Z]{2})?")
_TAG_SHAPE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,4}")
_REFERENCE = re.compile(
    r"\((?:1[5-9]|20)\d\d[a-z]?\)"
    r"|\b10\.\d{4,9}/"
    r"|https?://|\bwww\."
    r"|©|\(c\)[ \t]?\d{4}"
    r"|[\w.+-]@[\w-]+\.\w"
    r"|\w\.(?:pdf|docx?|odt|rtf|zip|xlsx?|pptx?|html?|xml|txt|epub)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?][\"”’)]?[ \t\u00a0]+[A-ZÀ-ÖØ-Þ]")
_SPLIT = re.compile(r"[,;，；、|•▪◦‣]|[ \t\u00a0]·[ \t\u00a0]")


def _words(s: str) -> int:
    return len(s.split())


def _is_prose(s: str) -> bool:
    """A line of running text, not a list item or a list of short items."""
    pieces = _SPLIT.split(s)
    longest = max(_words(p) for p in pieces)
    if longest > 10:
        return True
    total = _words(s)
    if s.rstrip('"”’)').endswith((".", "!", "?", "…")) and total >= 6 and longest >= 5:
        return True
    return bool(_SENTENCE.search(s)) and total >= 8 and longest >= 5


def _is_numeric(s: str) -> bool:
    digits = sum(c.isdigit() for c in s)
    letters = sum(c.isalpha() for c in s)
    return digits >= 4 and digits > letters


def _label_value(s: str) -> bool:
    """``Label: value`` with a short label (``Rights: Copyright …``, ``ePublished: 3 March``)."""
    i = s.find(":")
    j = s.find("：")
    if i < 0 or (0 <= j < i):
        i = j
    if not 0 < i <= 40:
        return False
    head, value = s[:i].strip(), s[i + 1 :].strip()
    return bool(head) and bool(value) and head[0].isalpha() and _words(head) <= 4


@functools.lru_cache(maxsize=4096)
def _stop_reason(s: str, stop: frozenset[str], *, label_value: bool = True) -> str | None:
    """Why the (stripped) line ``s`` cannot belong to a keyword list, or ``None``."""
    f = fold(s).rstrip(":：").strip()
    if f in stop:
        return "label"
    if _REFERENCE.search(s):
        return "reference"
    if _is_numeric(s):
        return "numeric"
    if _is_prose(s):
        return "prose"
    if label_value and _label_value(s):
        return "label-value"
    return None


def _term_shape(s: str, stop: frozenset[str]) -> tuple[int, int] | None:
    """``(colon, definition start)`` offsets in ``s`` when it reads ``Term: definition``."""
    i = -1
    for n, c in enumerate(s[:81]):
        if c in ":：":
            i = n
            break
    if i <= 0:
        return None
    term = s[:i].strip()
    rest = s[i + 1 :]
    dstart = i + 1 + (len(rest) - len(rest.lstrip()))
    if not term or not rest.strip() or not any(c.isalpha() for c in term):
        return None
    if _words(term) > 8 or term.endswith((".", "!", "?")) or _REFERENCE.search(term):
        return None
    if fold(term) in stop:
        return None
    return (i, dstart)


# --------------------------------------------------------------------------- reader


@attrs.define
class _Item:
    text: str
    lo: int
    hi: int
    definition: str | None = None
    diags: list[Diagnostic] = attrs.Factory(list)


@attrs.define
class _Section:
    start: int  # offset of the label (or first item)
    end: int  # offset after the last consumed content
    next_line: int  # index of the first line not consumed
    items: list[_Item]
    label: str | None = None
    label_key: str | None = None
    label_span: tuple[int, int] | None = None
    label_tags: frozenset[str] = frozenset()
    tags: list[tuple[str, tuple[int, int]]] = attrs.Factory(list)
    diags: list[Diagnostic] = attrs.Factory(list)
    kind: str = "lines"


class _Reader:
    """Reads keyword sections from ``text`` (line by line, offsets into ``text``)."""

    def __init__(self, text: str, tables: _Tables) -> None:
        self.text = text
        self.tables = tables
        self.lines: list[tuple[int, int]] = []
        pos = 0
        for m in _NEWLINE.finditer(text):
            self.lines.append(self._strip(pos, m.start()))
            pos = m.end()
        self.lines.append(self._strip(pos, len(text)))

    def _strip(self, lo: int, hi: int) -> tuple[int, int]:
        t = self.text
        while lo < hi and t[lo] in _STRIP:
            lo += 1
        while hi > lo and t[hi - 1] in _STRIP:
            hi -= 1
        return (lo, hi)

    def content(self, i: int) -> str:
        lo, hi = self.lines[i]
        return self.text[lo:hi]

    def blank(self, i: int) -> bool:
        lo, hi = self.lines[i]
        return lo == hi

    def next_nonblank(self, i: int) -> int | None:
        while i < len(self.lines):
            if not self.blank(i):
                return i
            i += 1
        return None

    def label_at(self, i: int) -> re.Match[str] | None:
        """A keyword label at the start of line ``i`` followed by ``:``, a dash or nothing."""
        rx = self.tables.label_re
        if rx is None or self.blank(i):
            return None
        lo, hi = self.lines[i]
        m = rx.match(self.text, lo, hi)
        if m is None:
            return None
        if m.end() < hi and not m.group("after").strip():
            return None  # 'Keywords are …': a label must be followed by ':' or end the line
        return m

    def bullet_at(self, i: int) -> int | None:
        """Offset of the item after a leading bullet on line ``i``."""
        lo, hi = self.lines[i]
        m = _BULLET.match(self.text, lo, hi)
        return m.end() if m else None

    # -- items

    def pieces(self, lo: int, hi: int, out: list[_Item], diags: list[Diagnostic]) -> None:
        """Split ``text[lo:hi]`` on separators outside brackets and clean each piece."""
        t = self.text
        depth = 0
        start = lo
        spans: list[tuple[int, int]] = []
        for n in range(lo, hi):
            c = t[n]
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth = max(0, depth - 1)
            elif depth == 0 and (
                c in ",;，；、|•▪◦‣"
                or (c == "·" and n > lo and t[n - 1] == " " and n + 1 < hi and t[n + 1] == " ")
            ):
                spans.append((start, n))
                start = n + 1
        spans.append((start, hi))
        last = len(spans) - 1
        for k, (a, b) in enumerate(spans):
            a, b = self._strip(a, b)
            if a == b:
                if 0 < k < last:
                    diags.append(
                        Diagnostic("keyword-empty-dropped", "empty item between separators", (a, b))
                    )
                continue
            item = self.clean(a, b, diags)
            if item is not None:
                out.append(item)

    def clean(self, lo: int, hi: int, diags: list[Diagnostic]) -> _Item | None:
        raw = self.text[lo:hi]
        s = raw
        item_diags: list[Diagnostic] = []
        if not any(c.isalnum() for c in s):
            diags.append(
                Diagnostic("keyword-empty-dropped", f"{raw!r} has no letter or digit", (lo, hi))
            )
            return None
        if fold(s) in self.tables.boilerplate:
            diags.append(
                Diagnostic(
                    "keyword-boilerplate-dropped",
                    f"{raw!r} is page chrome, not a keyword",
                    (lo, hi),
                    Severity.WARNING,
                )
            )
            return None
        if s.endswith(".") and not s.endswith(".."):
            last = s.split()[-1]
            if "." not in last[:-1]:
                s = s[:-1].rstrip(_STRIP)
                item_diags.append(
                    Diagnostic("keyword-trailing-period-removed", "removed a final '.'", (lo, hi))
                )
        collapsed = " ".join(s.split())
        if collapsed != s:
            item_diags.append(
                Diagnostic("keyword-whitespace-collapsed", "collapsed inner whitespace", (lo, hi))
            )
            s = collapsed
        nfc = unicodedata.normalize("NFC", s)
        if nfc != s:
            item_diags.append(
                Diagnostic("keyword-normalized", "normalised to Unicode NFC", (lo, hi))
            )
            s = nfc
        return _Item(s, lo, hi, None, item_diags)

    # -- sections

    def read_labelled(self, i: int, m: re.Match[str]) -> _Section:
        label = m.group("label")
        key, tags = self.tables.labels[fold(label)]
        _, hi = self.lines[i]
        sec = _Section(
            start=m.start("label"),
            end=m.end("label"),
            next_line=i + 1,
            items=[],
            label=label,
            label_key=key,
            label_span=(m.start("label"), m.end("label")),
            label_tags=tags,
        )
        rest_lo, rest_hi = self._strip(m.end(), hi)
        if rest_lo < rest_hi:
            self._read_inline(sec, i, rest_lo, rest_hi)
            if sec.kind == "glossary":
                self._read_lines(sec, i + 1, glossary=True, mode="glossary")
            if sec.items or sec.kind == "prose":
                return sec
        self._read_lines(sec, i + 1, glossary=key == "key_terms")
        return sec

    def _read_inline(self, sec: _Section, i: int, lo: int, hi: int) -> None:
        s = self.text[lo:hi]
        shape = _term_shape(s, self.tables.stop)
        if shape is not None and _is_glossary_entry(s, shape, sec.label_key == "key_terms"):
            self._glossary_item(sec, lo, hi, shape)
            sec.kind = "glossary"
            return
        if _REFERENCE.search(s) or _is_prose(s):
            sec.kind = "prose"
            sec.diags.append(
                Diagnostic(
                    "keywords-label-without-items",
                    "the label is followed by running text, not a list",
                    (lo, hi),
                    Severity.WARNING,
                )
            )
            return
        sec.kind = "inline"
        self.pieces(lo, hi, sec.items, sec.diags)
        sec.end = hi
        j = i + 1
        # a list wrapped over lines continues only after a trailing or leading separator
        while j < len(self.lines) and not self.blank(j):
            nxt = self.content(j)
            prev_end = self.text[sec.end - 1] if sec.end > 0 else ""
            if prev_end not in ",;" and nxt[0] not in ",;":
                break
            if self.label_at(j) or _stop_reason(nxt, self.tables.stop) is not None:
                break
            a, b = self.lines[j]
            self.pieces(a, b, sec.items, sec.diags)
            sec.end = b
            j += 1
        sec.next_line = j

    def _glossary_item(self, sec: _Section, lo: int, hi: int, shape: tuple[int, int]) -> None:
        colon, dstart = shape
        a, b = self._strip(lo, lo + colon)
        diags: list[Diagnostic] = []
        item = self.clean(a, b, diags)
        sec.diags.extend(diags)
        if item is None:
            return
        item.lo, item.hi = lo, hi
        item.definition = " ".join(self.text[lo + dstart : hi].split())
        sec.items.append(item)
        sec.end = hi

    def read_unlabelled(self, i: int) -> _Section:
        lo, _ = self.lines[i]
        sec = _Section(start=lo, end=lo, next_line=i, items=[])
        self._read_lines(sec, i, glossary=False)
        return sec

    def _read_lines(
        self, sec: _Section, i: int, *, glossary: bool, mode: str | None = None
    ) -> None:
        """Read item lines from line ``i`` until the block ends (rules in the module docs)."""
        rhythm: bool | None = None  # are the items separated by blank lines?
        blank = False
        after_sep = False
        item_lines = 1 if mode else 0
        j = i
        n = len(self.lines)
        while j < n:
            if self.blank(j):
                blank = True
                j += 1
                continue
            if item_lines:
                if rhythm is None and blank and mode == "lines" and len(sec.items) >= 2:
                    break  # a whole list on one line, then a blank line: the list is over
                if rhythm is None:
                    rhythm = blank
                elif blank and not rhythm:
                    break
            lo, hi = self.lines[j]
            c = self.text[lo:hi]
            if self.label_at(j):
                break
            if (
                sec.label is not None
                and mode is None
                and not sec.items
                and _TAG_LINE.fullmatch(c)
                and _is_tag(c)
            ):
                sec.tags.append((c, (lo, hi)))
                sec.end = hi
                blank = False
                j += 1
                continue
            if _SEPARATOR_ONLY.fullmatch(c) and mode in (None, "lines"):
                after_sep = True
                sec.end = hi
                blank = False
                j += 1
                continue
            b = self.bullet_at(j)
            if mode == "glossary":
                shape = _term_shape(c, self.tables.stop)
                if shape is not None:
                    self._glossary_item(sec, lo, hi, shape)
                elif not blank and sec.items and sec.items[-1].definition is not None:
                    if _stop_reason(c, self.tables.stop, label_value=False) in (
                        "label",
                        "reference",
                        "numeric",
                    ):
                        break
                    last = sec.items[-1]
                    last.definition = f"{last.definition} {' '.join(c.split())}"
                    last.hi = hi
                    sec.end = hi
                else:
                    break
            elif b is not None:
                if mode not in (None, "bullets"):
                    break
                reason = _stop_reason(self.text[b:hi], self.tables.stop, label_value=False)
                if reason in ("reference", "numeric", "prose"):
                    break
                mode = "bullets"
                diags: list[Diagnostic] = []
                it = self.clean(b, hi, diags)
                sec.diags.extend(diags)
                if it is not None:
                    sec.items.append(it)
                sec.end = hi
            else:
                if mode == "bullets":
                    break
                shape = _term_shape(c, self.tables.stop) if mode is None else None
                if shape is not None and _is_glossary_entry(c, shape, glossary):
                    mode = "glossary"
                    self._glossary_item(sec, lo, hi, shape)
                else:
                    if _stop_reason(c, self.tables.stop) is not None:
                        break
                    if not after_sep and self._heads_text(j):
                        break
                    mode = "lines"
                    self.pieces(lo, hi, sec.items, sec.diags)
                    sec.end = hi
            item_lines += 1
            blank = False
            after_sep = False
            j += 1
        sec.next_line = j
        sec.kind = mode or "lines"

    def _heads_text(self, j: int) -> bool:
        """Line ``j`` is a capitalised heading of the running text or label line after it."""
        c = _SECTION_NUMBER.sub("", self.content(j), count=1)  # '1. Introduction'
        if not c or not c[0].isupper() or _words(c) > 6:
            return False
        k = self.next_nonblank(j + 1)
        if k is None or self.label_at(k):
            return False
        if k > j + 1 and j > 0 and not self.blank(j - 1):
            return False  # a blank line after it: the last item of a list, not a heading
        nxt = self.content(k)
        if self.bullet_at(k) is not None:
            return False
        return _stop_reason(nxt, self.tables.stop) in (
            "prose",
            "reference",
            "numeric",
            "label-value",
        )


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")


def _is_glossary_entry(s: str, shape: tuple[int, int], glossary: bool) -> bool:
    """``Term: definition`` starts a glossary: under a key-terms label, or with a real definition."""
    definition = s[shape[1] :]
    if _REFERENCE.search(definition) or _is_numeric(definition):
        return False
    return glossary or _words(definition) >= 4


@functools.cache
def _is_tag(s: str) -> bool:
    if s in _locale_tags():
        return True
    import langcodes

    return bool(langcodes.tag_is_valid(s))


# --------------------------------------------------------------------------- language


def _section_language(sec: _Section, language: str | None, diags: list[Diagnostic]) -> str | None:
    if sec.tags:
        found = list(dict.fromkeys(_normalize_language(t) for t, _ in sec.tags))
        if len(found) == 1:
            diags.append(
                Diagnostic(
                    "keyword-language-from-tag-line",
                    f"the list is marked {found[0]!r}",
                    sec.tags[0][1],
                )
            )
            return found[0]
        span = (sec.tags[0][1][0], sec.tags[-1][1][1])
        diags.append(
            Diagnostic(
                "keyword-language-ambiguous",
                f"the list is marked with several languages ({', '.join(found)})",
                span,
                Severity.WARNING,
            )
        )
        return None
    tags = sec.label_tags
    if len(tags) == 1:
        (tag,) = tags
        diags.append(
            Diagnostic(
                "keyword-language-from-label",
                f"the label {sec.label!r} is {tag!r}",
                sec.label_span,
            )
        )
        return tag
    if tags:
        if language is not None and language.split("-")[0].casefold() in tags:
            return language
        diags.append(
            Diagnostic(
                "keyword-language-ambiguous",
                f"the label {sec.label!r} is used in {', '.join(sorted(tags))}",
                sec.label_span,
                Severity.WARNING,
            )
        )
        return None
    return language


def _build(
    sections: list[_Section],
    language: str | None,
    text: str,
    shift: int = 0,
    extra: Iterable[Diagnostic] = (),
) -> KeywordList:
    diags: list[Diagnostic] = []
    out: list[Keyword] = []
    seen: dict[str, str] = {}
    for sec in sections:
        diags.extend(sec.diags)
        lang = _section_language(sec, language, diags)
        if not sec.items and sec.label is not None and sec.kind != "prose":
            diags.append(
                Diagnostic(
                    "keywords-label-without-items",
                    f"{sec.label!r} is followed by no keywords",
                    sec.label_span,
                )
            )
        for it in sec.items:
            diags.extend(it.diags)
            key = keyword_key(it.text)
            if key in seen:
                diags.append(
                    Diagnostic(
                        "keyword-duplicate-dropped",
                        f"{it.text!r} repeats {seen[key]!r}",
                        (it.lo, it.hi),
                    )
                )
                continue
            seen[key] = it.text
            out.append(
                Keyword(
                    text=it.text,
                    language=lang,
                    key=key,
                    definition=it.definition,
                    span=(it.lo - shift, it.hi - shift),
                    raw=text[it.lo - shift : it.hi - shift],
                    diagnostics=tuple(d.shifted(-shift) for d in it.diags),
                )
            )
    diags.extend(extra)
    return KeywordList(tuple(out), text, tuple(d.shifted(-shift) for d in diags))


# --------------------------------------------------------------------------- public API


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
    kl = _build(sections, language, text, 0, extra)
    return Parsed(kl, kl.diagnostics, text)


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
        if reader.bullet_at(i) is not None and not prev_bullet:
            sec = reader.read_unlabelled(i)
            stop = reader.next_nonblank(sec.next_line)
            if (
                sec.kind == "bullets"
                and len(sec.items) >= 2
                and all(_words(it.text) <= 8 for it in sec.items)
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
