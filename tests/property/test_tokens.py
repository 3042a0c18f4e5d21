"""Property tests for comet.tokens: the tokens cover the input exactly, spans round-trip,
kinds are what they say, and no string crashes the scanner."""

from __future__ import annotations

import itertools

from hypothesis import example, given
from hypothesis import strategies as st

from comet import strategies as cst
from comet.tokens import KINDS, TokenKind, group, roman_value, token_pattern, tokenize

# Text made of the pieces the parsers react to: letters of several scripts with their
# combining marks, digits of several scripts, dashes, directional marks, zero-width spaces.
_PIECES = st.sampled_from(
    [
        "Vol", "pp", "Juni", "مارس", "मार्च", "ё", "e\u0301", "12", "٢٠١٩", "१२", "xii",
        "-", "–", "—", "−", ".", ",", "/", "(", ")", "&", "’", "°", "_", "*",
        " ", "\n", "\t", "\u00a0", "\u200b", "\u200e", "\u200f", "\u061c", "\u2066",
        "\u200c", "\u0301", "ǅ", "ß", "Ⅻ", "²", "😀",
    ]
)  # fmt: skip


@st.composite
def token_soup(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(_PIECES | cst.odd_characters(), max_size=30)))


_ANY = st.text() | token_soup()


@given(_ANY)
@example("")
@example("\u0301x")
@example("a\u200bb\u200e")
def test_tokens_cover_the_input_exactly(text: str) -> None:
    toks = tokenize(text)
    assert "".join(t.text for t in toks) == text
    pos = 0
    for t in toks:
        assert t.start == pos and t.end > t.start
        assert text[t.start : t.end] == t.text
        pos = t.end
    assert pos == len(text)


@given(_ANY, st.integers(0, 40), st.integers(0, 40))
def test_a_slice_is_tokenized_in_place(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    toks = tokenize(text, lo, hi)
    assert "".join(t.text for t in toks) == text[lo:hi]
    assert all(lo <= t.start < t.end <= hi for t in toks)


@given(_ANY)
def test_kinds_say_what_the_text_is(text: str) -> None:
    toks = tokenize(text)
    for t in toks:
        if t.kind is TokenKind.NUMBER:
            assert t.text.isdecimal()
        elif t.kind is TokenKind.SPACE:
            assert all(c.isspace() or c in "\u200b\u2060\ufeff\u200c\u200d" for c in t.text)
        elif t.kind is TokenKind.WORD:
            assert t.text[0].isalpha() or not t.text[0].isdecimal()
            assert not any(c.isspace() or c.isdecimal() for c in t.text)
        elif t.kind in (TokenKind.DASH, TokenKind.PUNCT):
            assert len(t.text) == 1
    # two neighbours of one run kind would have been one token
    for a, b in itertools.pairwise(toks):
        if a.kind is b.kind:
            assert a.kind in (TokenKind.DASH, TokenKind.PUNCT)


@given(_ANY, st.integers(0, 40), st.integers(0, 40))
def test_one_match_a_token_with_the_spaces_before_it(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    matches = list(token_pattern().finditer(text, lo, hi))
    assert all(m.group() for m in matches)  # no empty match
    assert "".join(m.group() for m in matches) == text[lo:hi]
    got = [
        (KINDS[m.lastindex - 1], m.group(m.lastindex), m.start(m.lastindex))
        for m in matches
        if m.lastindex and m.lastindex > 1
    ]
    toks = tokenize(text, lo, hi)
    assert got == [(t.kind, t.text, t.start) for t in toks if t.kind is not TokenKind.SPACE]
    # only the last match may be spaces alone
    assert all(m.lastindex and m.lastindex > 1 for m in matches[:-1])


def test_examples() -> None:
    kinds = [(t.kind.value, t.text) for t in tokenize("मार्च 2019, p.\u200f١٢–xii")]
    assert kinds == [
        ("word", "मार्च"),
        ("space", " "),
        ("number", "2019"),
        ("punct", ","),
        ("space", " "),
        ("word", "p"),
        ("punct", "."),
        ("bidi", "\u200f"),
        ("number", "١٢"),
        ("dash", "–"),
        ("word", "xii"),
    ]
    assert [t.kind.value for t in tokenize("a\u200bb")] == ["word", "space", "word"]
    # a zero-width non-joiner inside a word continues it; after a comma it joins nothing
    assert [t.text for t in tokenize("ab\u200ccd,\u200cef")] == ["ab\u200ccd", ",", "\u200c", "ef"]
    assert [t.kind.value for t in tokenize(",\u200cef")] == ["punct", "space", "word"]
    assert [t.text for t in tokenize("J.-M.")] == ["J", ".", "-", "M", "."]
    assert all(KINDS[group(k) - 1] is k for k in TokenKind)
    m = token_pattern().match("  12")
    assert (
        m is not None and m.lastindex == group(TokenKind.NUMBER) and m.span(m.lastindex) == (2, 4)
    )


@given(st.text(max_size=12))
def test_roman_value_never_crashes(text: str) -> None:
    v = roman_value(text)
    assert v is None or 1 <= v <= 3999


def test_roman_values() -> None:
    assert roman_value("xii") == 12
    assert roman_value("XIV.") == 14
    assert roman_value("MCMXCIX") == 1999
    for bad in ("", "IIII", "Xii", "vx", "İ", "12"):
        assert roman_value(bad) is None
