"""Field labels at the start of a line: ``Status: Udgivet``, ``StatusUdgivet``, ``eISSN``.

Catalogue pages print a label before its value.  Copy-paste often loses the
separator, so the label is glued to the value (``BegivenhedIIAS …``,
``CityRotterdam``).  :func:`match_label` recognises a label from the
``[labels]`` sections of the locale files at the start of a line and says where
the value starts.

>>> m = match_label("StatusUdgivet - 2019", locales="da")
>>> m.key, m.span, m.value_start
('status', (0, 6), 6)
>>> match_label("Material type: Book", locales="en")
LabelMatch(key='material_type', span=(0, 13), value_start=15)
>>> match_label("Statusbar", locales="da") is None
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import NamedTuple

from comet._deprecated import locales_keyword
from comet.diagnostics import Diagnostic
from comet.locales import LocaleRules, Locales, fold, resolve, terms_of

__all__ = ["LabelMatch", "label_at", "label_terms", "match_label", "strip_label"]

#: Characters that may open a value glued to its label (``Lokation'…``, ``Volume(3)``).
_OPENERS = frozenset("\"'‘’“”«(([{#№")
#: Separators between a label and its value (besides plain whitespace).
_COLONS = frozenset(":：")
#: Only the first characters of a line are searched for a label.
_MAX_LABEL = 80


class LabelMatch(NamedTuple):
    """A label recognised at the start of a line.

    ``key`` is the canonical field (``status``, ``event_location`` …), ``span``
    the label's ``(start, end)`` in the line, ``value_start`` the index where
    the value begins (``len(line)`` when the label stands alone).
    """

    key: str
    span: tuple[int, int]
    value_start: int


@functools.cache
def _table(locales: tuple[LocaleRules, ...]) -> Mapping[str, tuple[tuple[str, str, str], ...]]:
    """first two folded chars -> ((term, folded term, key), …), longest term first.

    A term listed under different keys in several locales keeps the key of
    the first locale in ``locales`` order.
    """
    seen: dict[str, tuple[str, str, str]] = {}
    for rules in locales:
        for key, terms in rules.sections.get("labels", {}).items():
            for term in terms:
                folded = fold(term)
                if folded and folded not in seen:
                    seen[folded] = (term, folded, key)
    out: dict[str, list[tuple[str, str, str]]] = {}
    for entry in seen.values():
        # indexed by the first two folded characters (one for one-letter labels), and by
        # the folded first two printed characters where they differ: a line's head is
        # looked up so, and folding 'A ' of 'A cura di' leaves 'a'
        out.setdefault(entry[1][:2], []).append(entry)
        head = fold(entry[0][:2])
        if head != entry[1][:2]:
            out.setdefault(head, []).append(entry)
    return {c: tuple(sorted(v, key=lambda e: (-len(e[0]), e[0]))) for c, v in sorted(out.items())}


def label_terms(locales: Locales = None) -> Mapping[str, str]:
    """``label -> key`` for every label of ``locales`` (default: all registered)."""
    rules = resolve(locales)
    return {term: key for entries in _table(rules).values() for term, _f, key in entries}


def _is_upper_start(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS


def _glued_ok(term: str, line: str, start: int, end: int) -> bool:
    """May ``term`` (matched at ``line[start:end]``) be glued to what follows?"""
    if len(term) < 3:
        return False  # 'InP quantum dots', 'ByteDance': two letters are too short to glue
    printed = line[start:end]
    if printed != term and unicodedata.normalize("NFC", printed) != term:
        return False  # glued labels keep their printed case: 'Status…', not 'STATUS…'
    nxt = line[end]
    last = term[-1]
    if not last.isalnum():
        return True  # 'ISSN (Print)1072-4451', 'Country/Territory…' end in punctuation
    if nxt.isdigit():
        return True
    if nxt in _OPENERS:  # 'Lokation"…"', not the possessive "Editors' Disclosures"
        return end + 1 < len(line) and not line[end + 1].isspace()
    if nxt.isupper():
        # 'StatusUdgivet', 'CityRotterdam'; an all-caps label ('DOI') glued to a
        # capital would be read as one word ('DOIS…'): refuse that.
        return not (len(term) > 1 and term.isupper())
    return False


def label_at(line: str, *, locales: Locales = None, spaced: bool = False) -> LabelMatch | None:
    """Recognise a field label at the start of ``line``.

    Accepted forms, longest label first:

    * ``Label: value`` / ``Label : value`` (any case);
    * ``Label`` alone on the line (the value is on the next line);
    * ``LabelValue`` glued, when the label is printed exactly as listed (case
      included), has three or more characters, and the value starts with a
      capital, a digit or an opening quote/bracket (``StatusUdgivet``,
      ``BegivenhedIIAS …``, ``Volume1``) — or the label ends in punctuation
      (``ISSN (Print)1072-4451``).  ``InP quantum dots`` is not ``In``;
    * with ``spaced=True`` also ``Label value`` (``Issue Date April 2022``),
      which is off by default because titles start with label-like words
      (``In Vitro …``).

    Returns ``None`` when no label of ``locales`` (default: all registered)
    starts the line.  Leading whitespace is skipped; spans index ``line``.
    """
    if not isinstance(line, str):
        raise TypeError(f"line must be str, not {type(line).__name__}")
    rules = resolve(locales)
    if len(line) <= _CACHED_LINE:
        return _match_labels_cached(line, rules)[spaced]
    return _match_label(line, rules, spaced)


#: the public name, which still accepts ``locales`` passed positionally (deprecated); comet's
#: own readers call :func:`label_at` (the same function without that check) once per line
match_label = locales_keyword(label_at, name="match_label")


#: Lines up to this long are memoised (a page asks about each line from several readers;
#: the cache holds at most 8,192 of them, so a few MB at most).
_CACHED_LINE = 512


@functools.cache
def _by_length(
    locales: tuple[LocaleRules, ...],
) -> Mapping[str, tuple[tuple[int, Mapping[str, tuple[str, str, str]]], ...]]:
    """:func:`_table` with each prefix's terms grouped by their printed length, longest
    first, and keyed by folded term (folded terms are unique in :func:`_table`): a line's
    head of one length is folded once and looked up, not compared with every term."""
    out = {}
    for prefix, entries in _table(locales).items():
        groups: dict[int, dict[str, tuple[str, str, str]]] = {}
        for entry in entries:
            groups.setdefault(len(entry[0]), {})[entry[1]] = entry
        out[prefix] = tuple((n, groups[n]) for n in sorted(groups, reverse=True))
    return out


def _match_label(line: str, rules: tuple[LocaleRules, ...], spaced: bool) -> LabelMatch | None:
    return _match_labels(line, rules, (not spaced, spaced))[spaced]


def _match_labels(
    line: str, rules: tuple[LocaleRules, ...], want: tuple[bool, bool] = (True, True)
) -> tuple[LabelMatch | None, LabelMatch | None]:
    """The label ``line`` starts with, without and with ``spaced`` (the readers of a page ask
    for both of most lines; one pass over the terms gives both): the terms that match the
    line's head are tried longest first, and each mode takes the first that it accepts.
    ``want`` leaves a mode out (``None`` for it)."""
    found: list[LabelMatch | None] = [None, None]
    todo = [want[0], want[1]]  # (a mode not asked for, or found, is not looked for again)
    start = len(line) - len(line.lstrip())
    if start >= len(line):
        return None, None
    table = _by_length(rules)
    head_folded = fold(line[start : start + 2])
    groups = (*table.get(head_folded[:2], ()), *table.get(head_folded[:1], ()))
    if not groups:
        return None, None
    head = line[start : start + _MAX_LABEL]
    n = len(line)
    # an ASCII head with single spaces only, starting with no space: folding a piece of
    # it (NFC, casefold, spaces collapsed) is lower-casing it, without a space at its end
    lowered = head.lower() if head.isascii() and head.isprintable() and "  " not in head else None
    for length, by_fold in groups:
        end = start + length
        if end > n:
            continue
        if lowered is not None and length <= len(head):
            head_fold = lowered[:length].rstrip(" ")
        else:
            head_fold = fold(line[start:end])
        entry = by_fold.get(head_fold)
        if entry is not None:
            for mode in (False, True):
                if todo[mode]:
                    m = _value_after(entry[0], entry[2], line, start, end, mode, rules)
                    if m is not None:
                        found[mode], todo[mode] = m, False
            if not (todo[0] or todo[1]):
                break
    return found[0], found[1]


@functools.cache
def _label_forms(rules: tuple[LocaleRules, ...]) -> re.Pattern[str]:
    """What may follow a label's word before its colon and still be the same label: an
    inclusive or plural ending of the locales (``[words].label_endings``, as printed) in
    brackets or after a middle dot (``Auteur(s)``, ``Etablissement(s)``, ``Autor(es)``,
    ``Auteur·rice``), then another form of the word after a slash (``Auteur / Autrice``, ``Author/Editor``;
    one or two words), before the colon."""
    forms = [t for t in terms_of("words", rules, "label_endings") if t[:1] in "(·"]
    alt = "|".join(
        rf"\({re.escape(t[1:-1])}\)s?" if t[0] == "(" else rf"·{re.escape(t[1:])}(?:·s)?"
        for t in sorted(forms, key=lambda t: (-len(t), t))
    )
    ending = f"(?:{alt})?" if alt else ""
    return re.compile(ending + r"(?:\s*/\s*[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?)?(?=\s*[:：])")


def _value_after(
    term: str,
    key: str,
    line: str,
    start: int,
    end: int,
    spaced: bool,
    rules: tuple[LocaleRules, ...] = (),
) -> LabelMatch | None:
    """The match of ``term`` (its folded form printed at ``line[start:end]``) where what
    follows it lets it be a label: the line's end, a colon, a value glued to it (when
    :func:`_glued_ok`) or, with ``spaced``, a space. The label's word may carry an
    inclusive or plural ending and another form of it after a slash before a colon
    (``Auteur / Autrice :``, ``Etablissement(s) :``; :func:`_label_forms`)."""
    n = len(line)
    i = end
    if i < n and line[i] in "(·/ " and (not line[i - 1].isspace()):
        forms = _label_forms(rules).match(line, i)
        if forms is not None and forms.end() > i:
            i = end = forms.end()
    while i < n and line[i] in " \t":
        i += 1
    if i >= n or line[i] in "\r\n":
        return LabelMatch(key, (start, end), n if i >= n else i)
    if line[i] in _COLONS:
        j = i + 1
        while j < n and line[j] in " \t":
            j += 1
        return LabelMatch(key, (start, end), j)
    if i == end:
        return LabelMatch(key, (start, end), end) if _glued_ok(term, line, start, end) else None
    if spaced and line[start] == term[0]:
        return LabelMatch(key, (start, end), i)
    return None


_match_labels_cached = functools.lru_cache(maxsize=8192)(_match_labels)


def strip_label(
    text: str,
    keys: frozenset[str],
    locales: Locales = None,
    *,
    spaced: bool = True,
) -> tuple[int, tuple[Diagnostic, ...]]:
    """Where the value starts after a leading label whose key is in ``keys``.

    Returns ``(offset, diagnostics)``: ``0`` and no diagnostic when ``text`` does
    not start with such a label, else the value's offset and one
    ``removed-label`` diagnostic.  A label of another field is left alone, and
    so is a bare label word without a colon (it may be the value itself).
    """
    m = match_label(text, locales=locales, spaced=spaced)
    if m is None or m.key not in keys:
        return 0, ()
    if m.value_start >= len(text.rstrip()) and ":" not in text[m.span[1] :]:
        return 0, ()  # a bare label word may be the value itself ('Journal', 'Type')
    d = Diagnostic(
        "removed-label",
        f"removed the label {text[m.span[0] : m.span[1]]!r} ({m.key})",
        (m.span[0], m.value_start),
    )
    return m.value_start, (d,)
