"""Publication types: Pure type paths and the plain type words of other sources.

A Pure portal prints a type path, ``Bidrag til tidsskrift › Tidsskriftartikel ›
Forskning › fagfællebedømt``: the type group, the type, the category and the
peer-review flag.  Copy-paste sometimes loses the ``›`` separators, so the path
is split again by known vocabulary (a longest-match segmentation over the
``[types]``, ``[type_categories]`` and ``[peer_review]`` words of the locales).

>>> t = parse_publication_type("Bidrag til tidsskrift › Tidsskriftartikel › Forskning › fagfællebedømt")
>>> t.csl_type, t.key, t.category, t.peer_reviewed
('article-journal', 'journal-article', 'research', True)
>>> t = parse_publication_type(
...     "Konferencebidrag uden forlag/tidsskriftPaper uden forlag/tidsskriftForskning")
>>> t.path
('Konferencebidrag uden forlag/tidsskrift', 'Paper uden forlag/tidsskrift', 'Forskning')
>>> t.csl_type
'paper-conference'
>>> parse_publication_type("Material type: Book").csl_type
'book'

Canonical type ids (the keys of ``[types]``) map to CSL 1.0.2 types through
:data:`TYPE_CSL`, read from ``types.toml`` beside this module (with :data:`TYPE_GROUPS`,
Pure's type groups); a key that is itself a CSL type name maps to itself, so a locale pack
can add words without touching Python.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Mapping
from typing import Any, Literal, overload

import attrs

from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode, LocaleDataError
from comet.formats.csl import CSL_TYPES
from comet.locales import LocaleRules, Locales, fold, read_data, resolve
from comet.records import Parsed, RecordMixin, fail, run
from comet.vocab._common import _WRAP, normalize, raw_spans, trim
from comet.vocab._labels import strip_label

__all__ = [
    "CSL_TYPES",
    "MAX_LENGTH",
    "TYPE_CSL",  # noqa: F822 - module __getattr__ (read from types.toml on first use)
    "TYPE_GROUPS",  # noqa: F822 - module __getattr__
    "PublicationType",
    "parse_publication_type",
]

#: Longest input :func:`parse_publication_type` reads.
MAX_LENGTH = 1024


@attrs.frozen
class _Taxonomy:
    """The type taxonomy of ``types.toml`` (beside this module)."""

    csl: Mapping[str, str]
    groups: frozenset[str]
    contextual: frozenset[str]


_WHERE = "comet/vocab/types.toml"


def _taxonomy_of(data: Mapping[str, Any], where: str = _WHERE) -> _Taxonomy:
    """A checked taxonomy table; a malformed one raises :class:`~comet.LocaleDataError`
    naming ``where`` and the key."""
    csl = data.get("csl")
    if not isinstance(csl, Mapping) or not csl:
        raise LocaleDataError(where, "[csl]", "expected a table of type id = CSL type")
    for key, value in csl.items():
        if value not in CSL_TYPES:
            raise LocaleDataError(where, f"[csl].{key}", f"{value!r} is not a CSL 1.0.2 type")
    sets: dict[str, frozenset[str]] = {}
    for name in ("groups", "contextual"):
        ids = data.get(name)
        if not isinstance(ids, list) or not all(isinstance(i, str) and i in csl for i in ids):
            raise LocaleDataError(where, name, "expected a list of type ids of [csl]")
        sets[name] = frozenset(ids)
    return _Taxonomy(dict(csl), sets["groups"], sets["contextual"])


@functools.cache
def _taxonomy() -> _Taxonomy:
    return _taxonomy_of(read_data("comet.vocab", "types.toml"))


def __getattr__(name: str) -> Any:
    """``TYPE_CSL`` (canonical type id -> CSL 1.0.2 type) and ``TYPE_GROUPS`` (the ids that
    name a Pure type group), read from ``types.toml`` on first use."""
    if name == "TYPE_CSL":
        return _taxonomy().csl
    if name == "TYPE_GROUPS":
        return _taxonomy().groups
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_HARD = frozenset("›»→|>\n\r")
_SOFT = frozenset(" \t\u00a0-–—,;:·•")
_SECTIONS = ("types", "type_categories", "peer_review")
_LABEL_KEYS = frozenset({"publication_type", "material_type", "item_type"})
_CLOSERS = frozenset(_WRAP.values())


def csl_type_of(key: str) -> str:
    """The CSL type of a canonical type id (a CSL type name maps to itself)."""
    csl = _taxonomy().csl.get(key)
    if csl is not None:
        return csl
    return key if key in CSL_TYPES else "document"


@attrs.frozen
class PublicationType(RecordMixin):
    """A publication type.

    ``path`` holds the printed elements (``('Bidrag til tidsskrift',
    'Tidsskriftartikel', 'Forskning', 'fagfællebedømt')``); ``key`` is the
    canonical id of the most specific type element, ``csl_type`` its CSL 1.0.2
    type; ``category`` (``research``, ``education``, ``communication``,
    ``professional``) and ``peer_reviewed`` are ``None`` unless printed.
    The printed ``path`` is kept out of equality: ``Tidsskriftartikel`` and
    ``Journal article`` are the same type.
    """

    path: tuple[str, ...] = attrs.field(eq=False)
    csl_type: str
    key: str
    category: str | None = None
    peer_reviewed: bool | None = None
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return " › ".join(self.path)


#: (term, folded term, section, key)
_Entry = tuple[str, str, str, str]


@functools.cache
def _terms(locales: tuple[LocaleRules, ...]) -> Mapping[str, tuple[tuple[_Entry, ...], ...]]:
    """First two folded chars -> groups of entries sharing a folded term, longest first."""
    by_term: dict[str, list[_Entry]] = {}
    for rules in locales:
        for section in _SECTIONS:
            for key, terms in rules.sections.get(section, {}).items():
                for term in terms:
                    folded = fold(term)
                    entries = by_term.setdefault(folded, [])
                    if not any(e[2] == section and e[3] == key for e in entries):
                        entries.append((term, folded, section, key))
    out: dict[str, list[tuple[_Entry, ...]]] = {}
    for folded, entries in by_term.items():
        if folded:
            out.setdefault(folded[:2], []).append(tuple(entries))
    return {c: tuple(sorted(v, key=lambda g: -len(g[0][1]))) for c, v in out.items()}


#: what may follow a path's last type word: separators, spaces and the punctuation ``trim``
#: cuts (a closing bracket is not among them: ``trim`` may cut it or keep it)
_AFTER_LAST = _HARD | _SOFT | frozenset(".,;:")


def _after_last(ch: str) -> bool:
    return ch in _AFTER_LAST or ch.isspace()


@functools.cache
def _term_ends(locales: tuple[LocaleRules, ...]) -> frozenset[str] | None:
    """The folded terms of the locales without what may follow them (:func:`_after_last`);
    ``None`` when a term is made only of such characters (no text could then be ruled
    out)."""
    out: set[str] = set()
    for groups in _terms(locales).values():
        for group in groups:
            folded = group[0][1]
            end = len(folded)
            while end and _after_last(folded[end - 1]):
                end -= 1
            if not end:
                return None
            out.add(folded[:end])
    return frozenset(out)


@functools.cache
def _term_ends_by_last(locales: tuple[LocaleRules, ...]) -> dict[str, tuple[str, ...]]:
    """:func:`_term_ends` of three characters or more, by their last three (a tuple for
    ``str.endswith``: the terms a text may end in, tried in C)."""
    out: dict[str, list[str]] = {}
    for t in sorted(_term_ends(locales) or ()):
        if len(t) >= 3:
            out.setdefault(t[-3:], []).append(t)
    return {c: tuple(v) for c, v in out.items()}


def may_end_in_type_term(text: str, locales: Locales = None) -> bool:
    """``False`` only when ``text`` cannot be read as type words alone (every piece a term
    of the locales): the last type word of such a text ends at its last character that is
    no separator, space or trailing punctuation. A cheap test before
    :func:`parse_publication_type` where most texts asked are no type (a byline's names).
    """
    if len(text) > MAX_LENGTH or not unicodedata.is_normalized("NFC", text):
        return True  # (let the parser say)
    low = text.casefold().replace("\u00a0", " ").replace("\u0131", "i")
    if len(low) != len(text):
        return True  # casefolding moved the offsets (the parser's slow path)
    rules = resolve(locales)
    ends = _term_ends(rules)
    if ends is None:
        return True
    e = len(low)
    while e and _after_last(low[e - 1]):
        e -= 1
    if not e:
        return False  # no piece at all
    if low[e - 1] in _CLOSERS:
        return True  # a bracket the parser may cut
    if e >= 3 and low.endswith(_term_ends_by_last(rules).get(low[e - 3 : e], ()), 0, e):
        return True  # (asked of every name of a page's bylines: the terms tried in C)
    return low[e - 1 : e] in ends or (e >= 2 and low[e - 2 : e] in ends)  # (short terms)


def _upperish(ch: str) -> bool:
    return ch.isupper() or ch.isdigit()


def _start_ok(s: str, i: int, lo: int) -> bool:
    if i == lo:
        return True
    prev = s[i - 1]
    return prev in _SOFT or not prev.isalnum() or (_upperish(s[i]) and not _upperish(prev))


def _end_ok(s: str, j: int, hi: int) -> bool:
    if j == hi:
        return True
    nxt, last = s[j], s[j - 1]
    return nxt in _SOFT or not nxt.isalnum() or not last.isalnum() or _upperish(nxt)


# A piece: (start, end, section or "", key or "", all keys)
_Piece = tuple[int, int, str, str, tuple[str, ...]]


def _segment(
    s: str, lo: int, hi: int, table: Mapping[str, tuple[tuple[_Entry, ...], ...]]
) -> list[_Piece]:
    """Split ``s[lo:hi]`` into vocabulary terms, fewest unknown characters first.

    A term may end inside a word (``tidsskriftForskning``, ``Forskningfagfællebedømt``)
    only when another known term follows at once; an unknown word never splits
    a known one off its front (``Paperback`` is not ``Paper``).
    """
    n = hi - lo
    inf = (1 << 30, 1 << 30)
    best: list[tuple[int, int]] = [inf] * (n + 1)  # best cover of s[lo+k:hi]
    tbest: list[tuple[int, int]] = [inf] * (n + 1)  # best cover starting with a term at k
    choice: list[_Piece | None] = [None] * (n + 1)
    tchoice: list[_Piece | None] = [None] * (n + 1)
    nxt_term: list[bool] = [False] * (n + 1)  # does tchoice[k] continue with a term?
    best[n] = (0, 0)
    # (Turkish dotless ı as i, as comet.locales.fold has it; dotted İ casefolds to two
    # characters and takes the slow path below)
    low = s[lo:hi].casefold().replace("\u00a0", " ").replace("\u0131", "i")
    fast = len(low) == n  # casefold kept every offset (no 'ß' -> 'ss')
    wend = hi  # end of the word that holds position k (linear, right to left)
    for k in range(n - 1, -1, -1):
        i = lo + k
        ch = s[i]
        if ch in _SOFT:
            best[k] = best[k + 1]
            wend = i
            continue
        if i + 1 < hi and s[i + 1].isupper() and ch.islower():
            wend = i + 1
        # an unknown word
        j = wend
        u, p = best[j - lo]
        best[k], choice[k] = (u + (j - i), p + 1), (i, j, "", "", ())
        if fast:
            groups = table.get(low[k : k + 2], ()) + table.get(low[k], ())
        else:
            head = fold(s[i : i + 2])
            groups = table.get(head[:2], ()) + table.get(head[:1], ())
        for group in groups:
            folded = group[0][1]
            if fast:
                if not low.startswith(folded, k):
                    continue
                j = i + len(folded)
            else:
                j = i + len(group[0][0])
                if j > hi or fold(s[i:j]) != folded:
                    continue
            # a known term may always follow at once; anything else needs a boundary
            rest, glued = tbest[j - lo], True
            if _end_ok(s, j, hi) and best[j - lo] < rest:
                rest, glued = best[j - lo], False
            if rest == inf:
                continue
            cand = (rest[0], rest[1] + 1)
            if cand < tbest[k]:
                keys = tuple(f"{e[2]}:{e[3]}" for e in group)
                tbest[k] = cand
                tchoice[k] = (i, j, group[0][2], group[0][3], keys)
                nxt_term[k] = glued
        if tbest[k] <= best[k] and _start_ok(s, i, lo):
            best[k], choice[k] = tbest[k], None
    pieces: list[_Piece] = []
    k, must_term = 0, False
    while k < n:
        use_term = must_term or (choice[k] is None and tchoice[k] is not None)
        c = tchoice[k] if use_term else choice[k]
        if c is None:
            k += 1
            continue
        must_term = use_term and nxt_term[k]
        if c[2] == "" and pieces and pieces[-1][2] == "":
            prev = pieces.pop()
            c = (prev[0], c[1], "", "", ())
        pieces.append(c)
        k = c[1] - lo
    return pieces


def _parse(text: str, locales: tuple[LocaleRules, ...]) -> Parsed[PublicationType]:
    raw = text
    text, diags = normalize(text)
    if not text.strip():
        return fail(raw, "empty publication type", ErrorCode.EMPTY, 0, len(raw), diags)
    offset, label_diags = strip_label(text, _LABEL_KEYS, locales)
    diags += label_diags
    pieces, split_diags = _pieces(text, offset, _terms(locales))
    diags += split_diags
    if not pieces:
        return fail(raw, "no publication type", ErrorCode.EMPTY, offset, len(raw), diags)
    path, key, group, category, peer, piece_diags = _read_pieces(text, pieces)
    diags += piece_diags
    if key is None:
        return fail(
            raw,
            f"no publication type word in {text[offset:].strip()!r}",
            ErrorCode.NOT_FOUND,
            offset,
            len(raw),
            diags,
        )
    csl = csl_type_of(key)
    if key in _taxonomy().contextual and group is not None and group != key:
        csl = csl_type_of(group)
    if key not in _taxonomy().csl and key not in CSL_TYPES:
        diags += (
            Diagnostic(
                "unmapped-type-key",
                f"type id {key!r} has no CSL mapping; used 'document'",
                None,
                "warning",
            ),
        )
    value = PublicationType(tuple(path), csl, key, category, peer, raw, diags)
    return Parsed(value, diags, raw)


def _pieces(
    text: str, offset: int, table: Mapping[str, tuple[tuple[_Entry, ...], ...]]
) -> tuple[list[_Piece], tuple[Diagnostic, ...]]:
    """The pieces of the type path ``text[offset:]``: its segments between hard
    separators, each split at known type words glued together."""
    diags: tuple[Diagnostic, ...] = ()
    pieces: list[_Piece] = []
    seg_start = offset
    for pos in range(offset, len(text) + 1):
        if pos == len(text) or text[pos] in _HARD:
            s, e, _ = trim(text, seg_start, pos)
            if s < e:
                got = _segment(text, s, e, table)
                for a, b in itertools.pairwise(got):
                    if a[1] == b[0]:
                        diags += (
                            Diagnostic(
                                "split-glued-type-path",
                                f"split {text[a[0] : b[1]]!r} at a known type word",
                                (a[0], b[1]),
                            ),
                        )
                pieces.extend(got)
            seg_start = pos + 1
    return pieces, diags


def _read_pieces(
    text: str, pieces: list[_Piece]
) -> tuple[list[str], str | None, str | None, str | None, bool | None, tuple[Diagnostic, ...]]:
    """``(path, key, group, category, peer, diagnostics)`` of the pieces: the last type
    word is the key, the first that names a group its group."""
    diags: tuple[Diagnostic, ...] = ()
    path: list[str] = []
    key: str | None = None
    group: str | None = None
    category: str | None = None
    peer: bool | None = None
    for start, end, section, k, keys in pieces:
        piece = unicodedata.normalize("NFC", text[start:end])
        path.append(piece)
        if section == "":
            diags += (
                Diagnostic(
                    "unknown-type-term",
                    f"{piece!r} is not in any [types] vocabulary; kept in the path",
                    (start, end),
                    "warning",
                ),
            )
            continue
        same = [x.split(":", 1)[1] for x in keys if x.startswith(section + ":")]
        if len(same) > 1:
            diags += (
                Diagnostic(
                    "ambiguous-term",
                    f"{piece!r} means {', '.join(same)} in different locales; took {same[0]}",
                    (start, end),
                    "warning",
                ),
            )
        if section == "types":
            if k in _taxonomy().groups and key is None:
                group = k
            key = k
        elif section == "type_categories":
            category = k
        else:
            peer = k == "yes"
    return path, key, group, category, peer, diags


@overload
def parse_publication_type(
    text: str, *, locales: Locales = ..., strict: Literal[True] = ...
) -> PublicationType: ...
@overload
def parse_publication_type(
    text: str, *, locales: Locales = ..., strict: Literal[False]
) -> Parsed[PublicationType]: ...
def parse_publication_type(
    text: str, *, locales: Locales = None, strict: bool = True
) -> PublicationType | Parsed[PublicationType]:
    """Parse a publication type: a Pure type path or a plain type word.

    Path separators are ``›``, ``>``, ``»``, ``→``, ``|``; within a segment,
    known words are found even when glued (``…tidsskriftPaper…``) or joined
    by `` - ``.  A leading label (``Research output:``, ``Material type:``,
    ``Document Type:``) is removed.  Unknown elements stay in ``path`` with an
    ``unknown-type-term`` diagnostic; the result needs one known type word.

    >>> parse_publication_type(
    ...     "Chapter in Book/Report/Conference proceeding › Conference contribution").csl_type
    'paper-conference'
    >>> parse_publication_type("Article dans une revue").csl_type
    'article-journal'
    >>> parse_publication_type("Forskning", strict=False).error.code.value
    'not-found'
    """
    rules = resolve(locales)
    return run(raw_spans(lambda t: _parse(t, rules)), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]
