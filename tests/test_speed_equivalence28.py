"""The changes of speed28 answer as before: a page's pre-test of a lexicon's keys
(:func:`comet.page.term_keys.may_hold`), read once per page and keys, looked for among the
page's distinct runs of letters and without the keys that hold another key, says what the
search of each key in the page's key said (invented keys and texts)."""

from __future__ import annotations

import random
import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.page.byline_roles import _caseless_letter, _role_of_phrase, _role_phrases, role_phrase
from comet.page.grantor import _grantor_words, names_grantor
from comet.page.term_keys import _probes, may_hold
from comet.text import _spam
from tests.page_text_fake import PageText

RULES = _loc.resolve(None)
SETTINGS = settings(max_examples=300, deadline=None)


_Text = PageText


_KEYS = ["fen", "fen days", "marsh fen", "days", "ay", "rsh f", "en da", "quill", "ştay", "a"]


@SETTINGS
@given(st.lists(st.sampled_from(_KEYS), max_size=5, unique=True),
       st.text(alphabet="fenaysmrhdqul ş-\n7", max_size=40))  # fmt: skip
def test_the_pre_test_is_the_search_of_each_key(keys: list[str], text: str) -> None:
    page = _Text(text)
    expected = any(k in page.text_key() for k in keys)
    assert may_hold(page, tuple(keys)) == expected  # type: ignore[arg-type]
    assert may_hold(page, tuple(keys)) == expected  # type: ignore[arg-type]  (remembered)


def test_keys_holding_another_are_left_out() -> None:
    single, several = _probes(("fen", "fenland", "marsh fen", "quill", "tarn moor"))
    assert single == ("fen", "quill")
    assert several == (("tarn moor", "tarn"),)


def test_a_key_of_several_runs_needs_them_side_by_side() -> None:
    keys = ("tarn moor",)
    assert not may_hold(_Text("Moor of the Tarn"), keys)  # type: ignore[arg-type]
    assert may_hold(_Text("The TARN-Moorland Review"), keys)  # type: ignore[arg-type]
    assert not may_hold(_Text("Moorland, Tarn"), ("quill", "tarn moor"))  # type: ignore[arg-type]
    assert may_hold(_Text("Quillon"), ("quill", "tarn moor"))  # type: ignore[arg-type]


def test_each_page_remembers_its_own_answer() -> None:
    keys = ("quill",)
    assert may_hold(_Text("Quill Press"), keys)  # type: ignore[arg-type]
    assert not may_hold(_Text("Fen Press"), keys)  # type: ignore[arg-type]


# --- the spam finder's word counts --------------------------------------------------------


@SETTINGS
@given(st.text(alphabet="abé1_ '’-\t\n.", max_size=40))
def test_each_word_found_or_all_counted_alike(text: str) -> None:
    """:func:`comet.text._spam._tokens_of` of any word of a text (one of its ``_WORD``
    matches, as the spam finder asks) is its count among all the text's words."""
    counts = Counter(_spam._WORD.findall(text))
    for word in {*counts, "ab", "a-b", "b'a", "1"}:
        assert _spam._tokens_of(text, word) == counts[word], word


def test_a_page_asking_about_many_words_is_read_alike() -> None:
    """A page whose spam candidates ask about more than :data:`FEW_ASKED` words (two dozen
    pairs of invented words printed twice each: all the text's words counted in one pass)
    finds the spam it found counting word by word."""
    words = [f"{a}{b}{c}" for a in "fmqvz" for b in "aeiou" for c in "lnrst"]
    pairs = [f"{words[2 * i]} {words[2 * i + 1]}" for i in range(24)]
    spam = "grelling moot vornax tarn boots"
    lines = [
        f"The survey of {p} was held near the river and {p} came back later."
        + (f" {spam}" if i % 6 == 3 else "")
        for i, p in enumerate(pairs)
    ]
    text = "\n\n".join(lines)
    fw = frozenset(
        ["of", "the", "was", "and", "near", "back", "came", "held", "later", "river", "survey"]
    )
    counted = _spam.find_spam_spans(text, fw)
    assert [text[a:b] for a, b, _ in counted] == [spam] * 4
    few = _spam.FEW_ASKED
    try:
        _spam.FEW_ASKED = 10_000
        assert _spam.find_spam_spans(text, fw) == counted
    finally:
        _spam.FEW_ASKED = few


# --- the role phrases of bylines ----------------------------------------------------------


def _flat_role_phrases() -> re.Pattern[str]:
    """The role phrases' pattern before speed28: the flat alternation, longest first."""
    named = _role_of_phrase(RULES)
    loose = [t for t in named if " " in t or t.endswith(".") or _caseless_letter(t[:1])]
    alts = "|".join(re.escape(t) for t in sorted(loose, key=len, reverse=True))
    colon = "|".join(re.escape(t) for t in sorted(named, key=len, reverse=True))
    return re.compile(rf"(?:(?P<term>{alts})(?!\w)\s*:?|(?P<colon>{colon})\s*:)\s+", re.I)


_TAILS = ["", " Ana Ruiz", ": Ida Moe", " : Eva", "x Ana", "  Ana", ".", "s by Ana", "\tAna"]


def _role_match(pattern: re.Pattern[str], text: str) -> object:
    m = pattern.match(text)
    return None if m is None else (m.span(), m.group("term"), m.group("colon"))


@SETTINGS
@given(st.integers(0, 10_000))
def test_role_phrases_match_as_before(seed: int) -> None:
    """Every role term, its letters in any case, before a name, a colon or other letters,
    is matched where the flat alternation matched it, with the same groups."""
    rng = random.Random(seed)
    flat, trie = _flat_role_phrases(), _role_phrases(RULES)
    assert trie is not None
    for term in rng.sample(sorted(_role_of_phrase(RULES)), 20):
        dressed = "".join(c.upper() if rng.random() < 0.5 else c for c in term)
        text = dressed + rng.choice(_TAILS)
        assert _role_match(trie, text) == _role_match(flat, text), text


def test_role_phrases_of_invented_lines() -> None:
    trie = _role_phrases(RULES)
    assert trie is not None
    flat = _flat_role_phrases()
    for text in ["Translated by Ana Ruiz", "EDITED BY: Ida Moe", "Edited byline", "Smith, Ana",
                 "Hrsg. von Eva Lund", "Ed.: Tom Fen", "Übersetzt von Ida Moe", ""]:  # fmt: skip
        assert _role_match(trie, text) == _role_match(flat, text), text
    assert role_phrase("Translated by Ana Ruiz", RULES) == ("translator", "Ana Ruiz")


# --- a grantor's word in a name -----------------------------------------------------------


def _names_grantor_before(text: str) -> bool:
    """:func:`comet.page.grantor.names_grantor` before speed28 (the text split per word)."""
    low = f" {text.casefold()} "
    return any(
        f" {w} " in low or any(tok.strip(".,;:()").endswith(w) for tok in low.split())
        for w in _grantor_words(RULES)
    )


@SETTINGS
@given(st.integers(0, 10_000))
def test_grantor_words_found_as_before(seed: int) -> None:
    rng = random.Random(seed)
    words = _grantor_words(RULES)
    pieces = ["Fen", "of", "Tarn", "&", "(Marsh)", ""]
    for _ in range(20):
        parts = [
            rng.choice(
                [
                    *pieces,
                    rng.choice(words),
                    f"Quill{rng.choice(words)}",
                    f"({rng.choice(words).upper()}).",
                    rng.choice(words)[:-1],
                ]
            )
            for _ in range(rng.randint(0, 4))
        ]
        text = rng.choice([" ", "  ", "\n", ", "]).join(parts)
        assert names_grantor(text, RULES) == _names_grantor_before(text), text
