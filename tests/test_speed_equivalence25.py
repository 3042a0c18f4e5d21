"""The fast paths of speed25 give what the plain code they replace gives (each checked
against that plain code, on invented text): patterns rewritten to open with a character or
a class the regex engine scans for (a lookbehind moved after it), a lookahead for the first
letters of a lexicon's terms, a line's start found after a line break."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.page import (
    byline_text,
    container_in_proceedings,
    cover,
    csv_export,
    event_dates,
    event_prose,
    front_editors,
    genre_lines,
    glued_bylines,
    initials,
    issued,
    letter_runs,
    product_heading,
    report_number,
    report_series,
    title_ends,
)

RULES = _loc.resolve(None)
SETTINGS = settings(max_examples=200, deadline=None)


def _same(plain: str | re.Pattern[str], fast: re.Pattern[str], text: str) -> None:
    plain = re.compile(plain) if isinstance(plain, str) else plain
    want = [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want
    for pos in range(len(text)):
        a, b = plain.search(text, pos), fast.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


#: invented pieces: digits, separators, capitals, letters of other scripts, line breaks
PIECES = st.lists(
    st.sampled_from(["3", "24", "06", "20", "2031", "/", ".", "-", "–", " ", "\n", "x", "Q",
                     "QRV", "ABC", "É", "Ω", "_", "é", "TR", "a", "Ab", "٣", "İ", "Fen", ". ",
                     "0000-0002-1825-009x", "1234", "X"]),
    max_size=14,
)  # fmt: skip


@SETTINGS
@given(PIECES)
def test_the_patterns_opening_with_a_class_find_what_their_plain_forms_find(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    _same(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d\d(?![\d/.-])", issued._SHORT_YEAR, text)
    _same(r"(?<![\w-])[^\W\d_a-z]{2,}(?![\w-])", genre_lines._CAPS_WORD, text)
    _same(r"(?<=[^\W\d_]{3})\.\s+(?=[^\W\d_])", cover._SENTENCE_END, text)
    _same(re.compile(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", re.I), byline_text._ORCID_DIGITS, text)
    _same(
        r"(?<![\w/.-])(?P<num>[A-Z]{2,10}(?:[/-][A-Z]{1,8})*"
        r"(?:[-/]\d{2,4}|(?<=[A-Z])(?:19|20)\d\d)[-/]\d{1,6}[A-Z]{0,3})"
        r"(?![\w/-]|\.\d)",
        report_number._STRN,
        text,
    )


def test_the_fold_unsafe_class_is_the_plain_pair_of_classes() -> None:
    plain = re.compile(
        "[^\x00-\u024f\u0400-\u052f\u2000-\u206f\u20a0-\u20cf\u3000-\u9fff\uac00-\ud7af"
        "\uff00-\uffef]|[\u0130\u01f0]"
    )
    every = "".join(map(chr, range(0x110000)))  # (every character, found in one pass each)
    assert [m.start() for m in letter_runs._FOLD_UNSAFE.finditer(every)] == [
        m.start() for m in plain.finditer(every)
    ]


#: the guard: a lookahead for a class of first letters, opening a pattern or after its
#: lookbehind
_GUARD = re.compile(r"\(\?=\[(?:\\.|[^\]\\])*\]\)")


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without its first lookahead for a class (the plain form)."""
    assert _GUARD.search(pattern.pattern) is not None
    return re.compile(_GUARD.sub("", pattern.pattern, count=1), pattern.flags)


def _guarded() -> list[re.Pattern[str]]:
    found = [
        event_dates._event_word(RULES),
        event_prose._told_pattern(RULES),
        report_series._report_series_names(RULES),
        glued_bylines._marks(RULES),
        front_editors._marks(RULES),
    ]
    assert all(p is not None for p in found)
    return [p for p in found if p is not None]


#: invented lines with event words, series words and byline words in every case, and the
#: letters whose case-blind match is another letter (``ſ``, the Kelvin sign, dotted I)
LINE_PIECES = st.lists(
    st.sampled_from(["Symposium", "SYMPOSIUM", "symposium", "Konferenz", "ſymposium", "Kelvin",
                     "\u212aonferenz", "Working Paper", "working papers", "WORKING PAPER", "By ",
                     "by", "Von ", "Author: ", "İ", "ı", "x", " ", "-", "\n", "会議", "Quorvan",
                     "will be held", "Ana", "3", ",", "Workshop", "forum", "ÇALIŞTAY",
                     "(eds.)", "(Hrsg.)", "Editor", "Eds", "(", "Editors’"]),
    max_size=8,
)  # fmt: skip


@SETTINGS
@given(LINE_PIECES)
def test_a_guarded_lexicon_pattern_finds_what_its_plain_form_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    for fast in _guarded():
        _same(_unguarded(fast), fast, text)


def test_every_character_a_term_letter_matches_is_in_its_guard() -> None:
    # (under re.I a class [c] must match every character the literal c matches: checked on
    # every character with a case mapping, for the first letters of every guarded lexicon;
    # a character with none matches a literal only where it is that letter)
    cased = [c for c in map(chr, range(0x110000)) if c.lower() != c or c.upper() != c]
    for fast in _guarded():
        guard = _GUARD.search(fast.pattern)
        assert guard is not None
        letters = re.findall(r"\\.|[^\\]", guard.group()[4:-2])
        literal = re.compile("|".join(letters), fast.flags)
        cls = re.compile(guard.group()[3:-1], fast.flags)
        for c in [*cased, *(x[-1] for x in letters)]:
            if literal.fullmatch(c) is not None:
                assert cls.fullmatch(c) is not None, (fast.pattern[:40], c)


#: invented lines: field names joined by commas, a label and a proceedings opening
HEAD_PIECES = st.lists(
    st.sampled_from(["Title", "Author", "Year", ",", ", ", "\n", " ", "\t", "In ", "In: ",
                     "Proceedings of the ", "Quorvan", "3", '"', "é", "_"]),
    max_size=12,
)  # fmt: skip


@SETTINGS
@given(HEAD_PIECES)
def test_a_line_start_found_after_a_break_is_the_plain_line_start(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.compile(rf"(?m)^{csv_export._QUICK.pattern}")
    assert csv_export.may_hold(text) == (plain.search(text) is not None)
    opening = container_in_proceedings._opening(RULES)
    assert opening is not None
    first, after_break = container_in_proceedings._anywhere(RULES)
    plain = re.compile(rf"(?m)^[ \t]*(?:{opening.pattern})")
    fast = first.match(text) or after_break.search(text)
    assert (fast is not None) == (plain.search(text) is not None)


def test_an_inverted_name_with_two_family_names_is_found_as_before() -> None:
    two, rest = "Villar Ortiz", "Teresa"
    fast = initials._inverted(two, rest)
    plain = re.compile(rf"(?<![\w-]){re.escape(two)},?[ \t]+{re.escape(rest)}(?![\w-])")
    for text in ["Villar Ortiz, Teresa", "xVillar Ortiz Teresa", "-Villar Ortiz, Teresa",
                 "Ana Villar Ortiz,\tTeresa M.", "Villar Ortiz, Teresas", "Villar Ortiz,Teresa",
                 "Villar Ortiz Villar Ortiz, Teresa", ""]:  # fmt: skip
        _same(plain, fast, text)


#: invented lines: binding words before dashes between spaces, dashes run together
DASH_PIECES = st.lists(
    st.sampled_from(["Paperback", "hardcover", " ", "\t", "-", "–", "—", "x", "Quorvan", "\n"]),
    max_size=12,
)  # fmt: skip


@SETTINGS
@given(DASH_PIECES)
def test_the_binding_cues_are_found_from_their_dashes_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    words = ("paperback", "hardcover")
    want = []
    for m in re.finditer(r"[ \t][–—-][ \t]", text):
        before = text[max(0, m.start() - product_heading.HEADING_CHARS) : m.start() + 1]
        before = before.rstrip(" \t").lower()
        for w in words:
            if before.endswith(w) and before[-len(w) - 1 : -len(w)] in (" ", "\t"):
                want.append(m.start() - len(w))
                break
    assert product_heading._cues(text, words) == want


#: invented title values ending in footnote marks, or in none
NOTE_PIECES = st.lists(
    st.sampled_from(["Marsh", "birds", "of", "the", "Fen", " ", "\u00a0", "†", "‡", "*", "**",
                     ".", "?", "2", "_", "A", "\n"]),
    max_size=10,
)  # fmt: skip


@SETTINGS
@given(NOTE_PIECES)
def test_a_footnote_mark_is_found_where_the_plain_search_finds_it(pieces: list[str]) -> None:
    value = "".join(pieces)
    m = title_ends._NOTE_MARK.search(value)
    want = (
        None if m is None or len(value[: m.start()].split()) < title_ends.TITLE_WORDS else m.start()
    )
    assert title_ends._note_mark(value) == want
