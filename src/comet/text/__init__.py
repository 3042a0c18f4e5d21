"""Text hygiene: clean scraped catalogue text and say exactly what was changed.

:func:`clean_text` runs every pass and returns a :class:`CleanText`: the cleaned
``text``, the ``raw`` input, one :class:`~comet.Diagnostic` per change (span in
``raw``), and the ``edits`` that map any offset of ``text`` back to ``raw``.

>>> from comet.text import clean_text
>>> c = clean_text("Th e article  offers\\u00a0new insights.\\r\\nThere are no reviews yet.")
>>> c.text
'The article offers new insights.'
>>> sorted({d.code for d in c.diagnostics})
['collapsed-whitespace', 'normalized-newline', 'normalized-space', 'removed-boilerplate', 'repaired-ligature']
>>> c.text[4:11], c.raw[c.to_raw(4):c.to_raw(11)]
('article', 'article')

Injected spam — a phrase that recurs out of context — is removed and the
sentence around it rejoined:

>>> spam = ("They work in ways that seem, cheap garden gnome lamps at first sight, "
...         "opposed to the culture around them. Co-production demands that public service staff\\n"
...         "cheap garden gnome lamps\\n"
...         "The change cannot be underestimated. cheap garden gnome lamps These are matters.")
>>> print(clean_text(spam).text)
They work in ways that seem, at first sight, opposed to the culture around them. Co-production demands that public service staff
The change cannot be underestimated. These are matters.

The passes, in order (each can be called on its own):

* :func:`normalize_unicode` — NFC; odd line breaks (CRLF, CR, U+2028…) → ``\\n``;
  no-break, thin and other odd spaces → space; zero-width characters, directional
  marks (LRM, RLM, embeddings, isolates), soft hyphens and control characters
  removed; ligature glyphs (``ﬁ``) spelled out.
* :func:`normalize_typography` — only when asked: curly quotes → ASCII, dash
  variants → ``-``.  By default the text keeps its own typography.
* :func:`normalize_spaces` — runs of spaces and tabs collapsed within a line,
  lines trimmed, at most one blank line; lines are never joined.
* :func:`repair_ligatures` — ``fi nancial`` → ``financial``, ``Th e`` → ``The``.
* :func:`strip_boilerplate` — phrases from ``[boilerplate]`` of the locale files.
* :func:`strip_spam` / :func:`find_spam` — injected spam.

Every pass is linear in the length of the text.  Range separators for the
date and locator parsers: :data:`RANGE_SEPARATORS`, :func:`split_range`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from itertools import groupby
from operator import itemgetter
from typing import Any

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.locales import LocaleRules, Locales, resolve
from comet.records import Match, RecordMixin
from comet.text import _edits
from comet.text._boilerplate import LINK_TEXT_GROUP, find_phrases
from comet.text._chars import chars_stage, nfc_stage, typography_stage, whitespace_stage
from comet.text._edits import Stage, TextEdit, compose
from comet.text._isbd import ISBD_END_MARKS, without_brackets, without_isbd_end
from comet.text._ligatures import ligature_stage
from comet.text._ranges import RANGE_SEPARATOR_RE, RANGE_SEPARATORS, is_range_separator, split_range
from comet.text._remove import removal_stage
from comet.text._spam import find_spam_spans
from comet.text._words import abbreviations, function_words
from comet.text.tuning import MAX_DIAGNOSTICS_PER_CODE, MAX_ROUNDS

__all__ = [
    "ISBD_END_MARKS",
    "LINK_TEXT_GROUP",
    "MAX_DIAGNOSTICS_PER_CODE",
    "RANGE_SEPARATORS",
    "RANGE_SEPARATOR_RE",
    "CleanText",
    "TextEdit",
    "clean_text",
    "find_boilerplate",
    "find_spam",
    "is_range_separator",
    "normalize_spaces",
    "normalize_typography",
    "normalize_unicode",
    "repair_ligatures",
    "split_range",
    "strip_boilerplate",
    "strip_spam",
    "without_brackets",
    "without_isbd_end",
]


_MAX_ROUNDS = MAX_ROUNDS  # comet.text.tuning


@attrs.frozen
class CleanText(RecordMixin):
    """Cleaned text, the raw text it came from, what was changed, and how to map back.

    ``edits`` is a compact, sorted list of :class:`TextEdit`: between two edits
    ``text`` and ``raw`` are identical, so any offset of ``text`` maps back to
    ``raw`` with a binary search (:meth:`to_raw`, :meth:`span_to_raw`).
    Equality looks at ``text`` only.
    """

    text: str
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)
    edits: tuple[TextEdit, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``text``, ``raw``, ``diagnostics`` and ``edits`` (as dicts)."""
        return {
            "text": self.text,
            "raw": self.raw,
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "edits": [e.to_dict() for e in self.edits],
        }

    @property
    def changed(self) -> bool:
        """``True`` when ``text`` differs from ``raw``."""
        return self.text != self.raw

    def to_raw(self, offset: int) -> int:
        """The index in ``raw`` of the character at ``offset`` in ``text``.

        ``len(text)`` maps to ``len(raw)``.  A character that replaced several
        raw ones (``ﬁ`` → ``f``, ``i``; NFC) maps to the first of them; the
        offset right after removed text maps past it.
        """
        return _edits.to_raw(self.edits, len(self.text), len(self.raw), offset)

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``raw`` that holds ``text[start:end]``."""
        return _edits.span_to_raw(self.edits, len(self.text), len(self.raw), start, end)

    def from_raw(self, offset: int) -> int:
        """The offset in ``text`` where ``raw[offset]`` ended up (removed text: where it was)."""
        return _edits.from_raw(self.edits, len(self.text), len(self.raw), offset)


# MAX_DIAGNOSTICS_PER_CODE (comet.text.tuning): at most this many diagnostics of one code
# are listed one by one per call; the rest of that code become one summary diagnostic
# (``count`` more, spanning all of them).  Every change is still in ``edits``.

_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
_CODE = itemgetter(0)
_START, _END, _SEVERITY = itemgetter(1), itemgetter(2), itemgetter(3)
_R0, _R1 = itemgetter(0), itemgetter(1)


def _bounds(items: list[tuple[str, int, int, Severity]]) -> tuple[int, int, Severity]:
    """First start, last end and worst severity of ``(message, start, end, severity)``."""
    return (
        min(map(_START, items)),
        max(map(_END, items)),
        max(set(map(_SEVERITY, items)), key=_RANK.__getitem__),
    )


class _Bulk:
    """The diagnostics of one :meth:`Stage.replace_many` group, built only when listed."""

    __slots__ = ("message", "reps", "severity")

    def __init__(self, message: str, severity: Severity, reps: list[tuple[int, int, str]]) -> None:
        self.message, self.severity, self.reps = message, severity, reps

    def __len__(self) -> int:
        return len(self.reps)

    def __getitem__(self, k: slice) -> list[tuple[str, int, int, Severity]]:
        return [(self.message, s, e, self.severity) for s, e, _ in self.reps[k]]

    def rest_bounds(self, room: int) -> tuple[int, int, Severity]:
        rest = self.reps[room:]
        return min(map(_R0, rest)), max(map(_R1, rest)), self.severity


class _Run:
    """Chains stages over one input, composing edits and collecting diagnostics."""

    __slots__ = ("_counts", "_over", "diagnostics", "edits", "raw", "text")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        self.edits: tuple[TextEdit, ...] = ()
        self.diagnostics: list[Diagnostic] = []
        self._counts: dict[str, int] = {}
        # code -> [count, raw start, raw end, worst severity] of the unlisted ones
        self._over: dict[str, list[Any]] = {}

    def _collect(self, stage: Stage) -> None:
        singles, groups = stage.pending_groups()
        if not singles and not groups:
            return
        edits, n, raw_len = self.edits, len(stage.text), len(self.raw)
        counts, out = self._counts, self.diagnostics
        to_raw = _edits.span_to_raw
        # (code, message, severity, spans) runs: the singles grouped by code (a stable
        # sort keeps each code's diagnostics in order), then the stage's bulk groups
        runs: list[tuple[str, list[tuple[str, int, int, Severity]] | _Bulk]] = [
            (code, [(m, s, e, sev) for _, m, s, e, sev in group])
            for code, group in groupby(sorted(singles, key=_CODE), key=_CODE)
        ]
        runs.extend((code, _Bulk(message, sev, reps)) for code, message, sev, reps in groups)
        for code, items in runs:
            seen = counts.get(code, 0)
            room = max(MAX_DIAGNOSTICS_PER_CODE - seen, 0)
            counts[code] = seen + len(items)
            out.extend(
                Diagnostic(code, message, to_raw(edits, n, raw_len, s, e), sev)
                for message, s, e, sev in items[:room]
            )
            if len(items) <= room:
                continue
            if isinstance(items, _Bulk):
                lo, hi, sev = items.rest_bounds(room)
            else:
                lo, hi, sev = _bounds(items[room:])
            a, b = to_raw(edits, n, raw_len, lo, hi)
            over = self._over.get(code)
            if over is None:
                self._over[code] = [len(items) - room, a, b, sev]
            else:
                over[0] += len(items) - room
                over[1], over[2] = min(over[1], a), max(over[2], b)
                over[3] = max(over[3], sev, key=_RANK.__getitem__)

    def apply(self, stage: Stage) -> None:
        self._collect(stage)
        if not stage:
            return
        new, step = stage.result()
        self.edits = compose(self.edits, step)
        self.text = new

    def result(self) -> CleanText:
        diags = self.diagnostics
        for code, (count, lo, hi, sev) in self._over.items():
            diags.append(
                Diagnostic(
                    code,
                    f"{count} more {code} change(s) like those listed, not listed one by one "
                    f"(over {MAX_DIAGNOSTICS_PER_CODE} of this code; every change is in edits)",
                    (lo, hi),
                    sev,
                )
            )
        diags.sort(key=lambda d: (d.span or (0, 0), d.code))
        return CleanText(self.text, self.raw, tuple(diags), self.edits)


def _check(s: object) -> str:
    if not isinstance(s, str):
        raise TypeError(f"expected str, not {type(s).__name__}")
    return s


def _groups(value: bool | Collection[str]) -> frozenset[str] | None:
    if value is True:
        return None
    if value is False:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(value)


def _single(s: object, *stages: Callable[[str], Stage]) -> CleanText:
    run = _Run(_check(s))
    for make in stages:
        run.apply(make(run.text))
    return run.result()


def normalize_unicode(s: str) -> CleanText:
    """NFC, odd line breaks and spaces, zero-width characters, soft hyphens, controls.

    >>> normalize_unicode("co\\u00adproduction\\u00a0and\\u200b e\\u0301t\\u00e9").text
    'coproduction and été'
    """
    return _single(s, nfc_stage, chars_stage)


def normalize_spaces(s: str) -> CleanText:
    """:func:`normalize_unicode`, then spaces and blank lines collapsed (lines kept).

    >>> normalize_spaces("  27 maj\\u00a02019 \\t→  28 maj 2019\\r\\n\\r\\n\\r\\nnext ").text
    '27 maj 2019 → 28 maj 2019\\n\\nnext'
    """
    return _single(s, nfc_stage, chars_stage, whitespace_stage)


def normalize_typography(s: str) -> CleanText:
    """Curly quotes and guillemets → ASCII quotes, dash variants → ``-``, ``…`` → ``...``.

    >>> normalize_typography("‘Co-production on the inside’ — 801–820").text
    "'Co-production on the inside' - 801-820"
    """
    return _single(s, typography_stage)


def repair_ligatures(s: str, *, locales: Locales = None) -> CleanText:
    """Join words split after a ligature glyph by PDF extraction.

    >>> repair_ligatures("Th e fi rst fi nancial eff ect of the offi ce, if I may, of fish").text
    'The first financial effect of the office, if I may, of fish'
    """
    fw = function_words(resolve(locales))
    return _single(s, lambda t: ligature_stage(t, fw))


def find_boilerplate(
    s: str, *, locales: Locales = None, groups: bool | Collection[str] = True
) -> list[Match[str]]:
    """Every boilerplate phrase of ``[boilerplate]`` in ``s``; ``value`` is the group name.

    ``groups``: ``True`` for every group, or the names to use; the pseudo-group
    ``"link_text"`` adds the multi-word reference link text of
    ``[references].link_text`` (``Search in Google Scholar``), which is off by default.

    >>> [(m.value, m.raw) for m in find_boilerplate("Articles\\nThere are no comments for this item.")]
    [('page_chrome', 'There are no comments for this item.')]
    """
    text = _check(s)
    rules = resolve(locales)
    return [Match(g, a, b, text[a:b]) for a, b, g in find_phrases(text, rules, _groups(groups))]


def _boilerplate_stage(text: str, rules: tuple[LocaleRules, ...], groups: Any) -> Stage:
    items = [
        (a, b, "removed-boilerplate", f"removed {g} boilerplate {text[a:b]!r}")
        for a, b, g in find_phrases(text, rules, groups)
    ]
    return removal_stage(text, items)


def strip_boilerplate(
    s: str, *, locales: Locales = None, groups: bool | Collection[str] = True
) -> CleanText:
    """Remove the phrases :func:`find_boilerplate` finds, tidying the lines around them.

    >>> strip_boilerplate("Excerpt text.\\n\\nThere are no reviews yet.").text
    'Excerpt text.'
    """
    text = _check(s)
    rules = resolve(locales)
    g = _groups(groups)
    return _single(text, lambda t: _boilerplate_stage(t, rules, g))


def find_spam(s: str, *, locales: Locales = None) -> list[Match[str]]:
    """Occurrences of injected spam phrases in ``s`` (see ``docs/text.md`` for the rule).

    ``value`` is the phrase.  Pass text through :func:`normalize_spaces` first for best
    results.
    """
    text = _check(s)
    rules = resolve(locales)
    fw, abbr = function_words(rules), abbreviations(rules)
    return [Match(p, a, b, text[a:b]) for a, b, p in find_spam_spans(text, fw, abbr)]


def _spam_stage(text: str, fw: frozenset[str], abbr: frozenset[str]) -> Stage:
    items = [
        (a, b, "removed-spam", f"removed repeated out-of-context phrase {p!r}")
        for a, b, p in find_spam_spans(text, fw, abbr)
    ]
    return removal_stage(text, items)


def strip_spam(s: str, *, locales: Locales = None) -> CleanText:
    """Remove every occurrence of the phrases :func:`find_spam` finds and rejoin the text."""
    text = _check(s)
    rules = resolve(locales)
    fw, abbr = function_words(rules), abbreviations(rules)
    return _single(text, lambda t: _spam_stage(t, fw, abbr))


def clean_text(
    s: str,
    *,
    locales: Locales = None,
    remove_boilerplate: bool | Collection[str] = True,
    remove_spam: bool = True,
    normalize_typography: bool = False,
) -> CleanText:
    """Clean scraped text; every change is a diagnostic with its span in ``s``.

    ``locales`` picks the locale files whose ``[boilerplate]`` and ``[words]`` are
    used (``None``: all).  ``remove_boilerplate`` is ``True`` (all groups),
    ``False``, or the group names to remove (``"link_text"`` opts in to reference
    link text).  ``normalize_typography=True`` also straightens quotes and dashes.

    ``clean_text`` is a transformer, not a parser: it never fails on a ``str``
    (so it takes no ``strict``) and has no maximum length; it raises
    :class:`TypeError` for anything else.  It is idempotent:
    ``clean_text(clean_text(s).text).text == clean_text(s).text``.

    >>> clean_text("The fi nancial  eff ects\\n\\n\\n\\nThere are no reviews yet.").text
    'The financial effects'
    """
    text = _check(s)
    rules = resolve(locales)
    fw = function_words(rules)
    abbr = abbreviations(rules)
    groups = _groups(remove_boilerplate)
    run = _Run(text)
    run.apply(nfc_stage(run.text))
    run.apply(chars_stage(run.text))
    if normalize_typography:
        run.apply(typography_stage(run.text))
    run.apply(whitespace_stage(run.text))
    # A change can bring new things together ("Th <boilerplate> e", a phrase that was
    # split by spam), so each word-level pass runs again while the text has changed since
    # its last run (its own changes included), for at most _MAX_ROUNDS rounds.
    passes: list[Callable[[str], Stage]] = [lambda t: ligature_stage(t, fw)]
    if groups != frozenset():
        passes.append(lambda t: _boilerplate_stage(t, rules, groups))
    if remove_spam:
        passes.append(lambda t: _spam_stage(t, fw, abbr))
    version = 0
    seen = [-1] * len(passes)  # the text version each pass last ran on
    for _ in range(_MAX_ROUNDS):
        for k, make in enumerate(passes):
            if seen[k] == version:
                continue
            seen[k] = version
            stage = make(run.text)
            run.apply(stage)
            if stage:
                version += 1
        if all(v == version for v in seen):
            break
    run.apply(whitespace_stage(run.text))
    return run.result()
