"""The fast paths of speed24 give what the plain code they replace gives (each checked
against that plain code, on invented text): patterns rewritten to open with a character or
a class (which the regex engine scans for in C), an ASCII key, the whitespace pre-test."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.dates.years import YEAR, YEAR_PATTERN
from comet.identifiers import isbn, issn, orcid
from comet.keywords._shapes import _NEWLINE
from comet.page import event_top, evidence, title_names
from comet.page import letter_runs as letter_runs_module
from comet.text import _spam
from comet.text._chars import whitespace_stage

SETTINGS = settings(max_examples=150, deadline=None)
_H = orcid._H

#: invented pieces with digits of several scripts, separators, letters whose case-blind
#: match differs from their case folding, joiners and line breaks
PIECES = st.lists(
    st.sampled_from(["1999", "2100", "2101", "0999", "19", "20", "٢٠١٩", "7", "978", "979",
                     "0", "-", "–", " ", "  ", "\t", "\r", "\n", "\r\n", "\x85", "\u2028",
                     "ISSN", "issn", "İSSN", "ıSſN", "isbn", "ISBN", "İsbn", "Quorv", "an",
                     "'", "’", "x", "é", "_", "Ω", "ﬁ"]),
    max_size=14,
)  # fmt: skip


def _same(plain: str, fast: re.Pattern[str], text: str) -> None:
    want = [(m.span(), m.groups()) for m in re.finditer(plain, text)]
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want
    for pos in range(len(text)):
        a, b = re.compile(plain).search(text, pos), fast.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@SETTINGS
@given(PIECES)
def test_the_patterns_opening_with_a_class_find_what_their_plain_forms_find(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    word = r"\w++(?:['’\-]\w++)*+"
    _same(rf"(?<!\d)({YEAR_PATTERN})(?!\d)", evidence._YEAR, text)
    _same(rf"(?<!\d){YEAR_PATTERN}(?!\d)", YEAR, text)
    _same(r"(?<!\d)(?:19|20)\d\d(?!\d)", event_top._YEAR, text)
    _same(r"(?i)issn", issn._ISSN_WORD, text)
    _same(r"(?i)isbn", isbn._ISBN_WORD, text)
    _same(r"ISBN|(?<!\d)97[89]\d{10}(?!\d)", title_names._BOOK_NUMBER, text)
    _same(
        rf"(?<![0-9])(?<![0-9][{isbn._H}])(?P<n>97[89](?:[{isbn._H}]?[0-9]){{10}})"
        rf"(?![0-9]|[{isbn._H}][0-9])",
        isbn._BARE,
        text,
    )
    _same(rf"[0-9]{{4}}[{_H}]?[0-9]{{4}}[{_H}]?[0-9]{{4}}[{_H}]?[0-9]{{3}}[0-9Xx]",
          orcid._ANY_DIGITS, text)  # fmt: skip
    _same(word, _spam._WORD, text)
    _same(rf"(?<!\w)(?<!\w['’\-]){word}(?:[ \t]++{word})++", _spam._SEGMENT, text)
    _same(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]", _NEWLINE, text)


def test_every_letter_a_case_blind_i_matches_opens_the_isbn_and_issn_words() -> None:
    # (the class replacing '(?i)i' must hold every character it matches: checked on all)
    blind = re.compile("(?i)i")
    assert {c for c in map(chr, range(0x110000)) if blind.fullmatch(c)} == set("Iiİı")


WORDS = st.lists(
    st.sampled_from(["Quorvan", "MARSH", "birds", "İstanbul", "ß", "x2", "a_b", "’s", " ",
                     "-", "Ω", "ǰ", "ﬁeld", "\u0345", "naïve", "2021"]),
    max_size=10,
)  # fmt: skip


@SETTINGS
@given(WORDS)
def test_a_key_is_the_folded_words_of_its_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = " ".join(re.findall(r"[^\W\d_]+", text.casefold()))
    assert evidence._key_of(text) == plain


LINES = st.lists(
    st.sampled_from(["Quorvan  marsh", " lead", "trail ", "\ttab", "", " ", "a\tb", "plain"]),
    max_size=8,
)  # fmt: skip


def _plain_ws_edits(text: str) -> list[tuple[int, int, str]]:
    """The inner runs :func:`whitespace_stage` collapses, every line searched."""
    out = []
    pos = 0
    for line in text.split("\n"):
        body = line.strip(" \t")
        lead = pos + len(line) - len(line.lstrip(" \t"))
        for m in re.finditer(r"[ \t]{2,}+|\t", body):
            out.append((lead + m.start(), lead + m.end(), " "))
        pos += len(line) + 1
    return out


@SETTINGS
@given(LINES)
def test_the_whitespace_stage_collapses_every_inner_run(lines: list[str]) -> None:
    text = "\n".join(lines)
    collapsed = [r for r in whitespace_stage(text)._reps if r[2] == " "]
    assert collapsed == _plain_ws_edits(text)


def test_resolving_the_same_tuple_twice_gives_the_same_rules() -> None:
    rules = _loc.resolve(None)
    assert _loc.resolve(rules) is _loc.resolve(rules)
    assert _loc.resolve(("en",)) == _loc.resolve(("en",))
    assert _loc.resolve(rules) == _loc.resolve(tuple(rules))


def test_every_character_the_fold_shortcut_allows_folds_into_its_own_class() -> None:
    # (the key of a text with none of _FOLD_UNSAFE is its letter runs folded: checked on all)
    letter = re.compile(r"[^\W\d_]")
    for c in map(chr, range(0x110000)):
        if letter_runs_module._FOLD_UNSAFE.fullmatch(c) is None and c.casefold() != c:
            own = letter.fullmatch(c) is not None
            assert all((letter.fullmatch(x) is not None) == own for x in c.casefold()), c


@SETTINGS
@given(WORDS)
def test_the_folded_key_is_the_words_of_the_folded_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = " ".join(re.findall(r"[^\W\d_]+", text.casefold()))
    assert letter_runs_module.folded_key(text) == plain
    assert letter_runs_module.letter_runs(text) == re.findall(r"[^\W\d_]+", text)
    assert letter_runs_module.letter_runs(text) == re.findall(r"[^\W\d_]+", text)  # (again)


@SETTINGS
@given(WORDS)
def test_the_stems_of_an_ascii_text_are_those_of_the_plain_pattern(pieces: list[str]) -> None:
    from comet.page.title_evidence import _ASCII_STEM, _STEM

    folded = "".join(pieces).casefold()
    if folded.isascii():
        assert _ASCII_STEM.findall(folded) == _STEM.findall(folded)


RUNS = st.lists(
    st.sampled_from(["staff", "and", "Staff", "staffand", " ", "-", "x", "2", "_", "’", "é",
                     "İ", "\n", "fi", "of", "an", "d"]),
    max_size=12,
)  # fmt: skip


@SETTINGS
@given(RUNS, st.sampled_from(["staff", "and", "staffand", "fi", "an", "d", "i̇", "x2", ""]))
def test_a_word_counts_the_runs_of_letters_it_is(pieces: list[str], word: str) -> None:
    from comet.text._ligatures import _runs_of

    folded = "".join(pieces).casefold()
    assert _runs_of(folded, word) == re.findall(r"[^\W\d_]+", folded).count(word)


def test_a_long_text_keyed_again_gives_its_key() -> None:
    text = "Quorvan marsh birds of the fen, " * 90  # (longer than the memoised lines)
    plain = " ".join(re.findall(r"[^\W\d_]+", text.casefold()))
    assert evidence._key(text) == plain
    assert evidence._key(text) == plain  # (the same object, remembered)
    assert evidence._key("".join([text])) == plain
    other = "Ana Ruiz " * 300
    assert evidence._key(other) == " ".join(["ana ruiz"] * 300)
    assert evidence._key(text) == plain


TOKENS = st.lists(
    st.sampled_from(["marsh", "birds", "x", "-", "'", "’", " ", "--", "2", "_", "é", "\n",
                     "marsh-birds", "birds’", "o'marsh"]),
    max_size=12,
)  # fmt: skip


@SETTINGS
@given(TOKENS, st.sampled_from(["marsh", "birds", "marsh-birds", "x", "2", "o'marsh", "é"]))
def test_a_word_counts_the_spam_words_it_is(pieces: list[str], word: str) -> None:
    folded = "".join(pieces).casefold()
    assert _spam._tokens_of(folded, word) == _spam._WORD.findall(folded).count(word)
