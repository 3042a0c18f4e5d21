"""Property tests for comet.text: never crash, idempotent, offsets, spam never takes a hapax."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from comet import strategies as cst
from comet.text import CleanText, clean_text, find_spam, repair_ligatures, split_range

# Text made of the pieces the passes react to: ligature fragments, odd characters,
# boilerplate, a recurring spam-like phrase, punctuation and line breaks.
_PIECES = st.sampled_from(
    [
        "Th", "e", "fi", "nancial", "eff", "ect", "of", "fice", "if", "I", "a", "staff",
        "confi", "rm", "offi", "ce", "The", "article", "public", "service", "delivery",
        "coors light beer crocband clog", "These", "are", "matters", "underestimated.",
        "There are no reviews yet.", "Fingerprint", "Dive into the research topics of 'X'.",
        "Together they form a unique fingerprint.", ",", ".", "(", ")", "-", "–", "→",
    ]
)  # fmt: skip
_SEPS = st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", ""])


@st.composite
def page_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_PIECES | cst.odd_characters(), _SEPS), max_size=40))
    return "".join(p + s for p, s in parts)


ANY_TEXT = st.text() | page_like() | st.text(alphabet=st.sampled_from("fiTh e\n.\u00a0\u00ad,"))


def check_offsets(c: CleanText) -> None:
    inside: set[int] = set()
    for e in c.edits:
        assert 0 <= e.raw_start <= e.raw_end <= len(c.raw)
        assert 0 <= e.clean_start <= e.clean_end <= len(c.text)
        inside.update(range(e.clean_start, e.clean_end))
    last = 0
    for i, ch in enumerate(c.text):
        r = c.to_raw(i)
        assert last <= r < len(c.raw)
        last = r
        if i not in inside:
            assert c.raw[r] == ch
        a, b = c.span_to_raw(i, i + 1)
        assert 0 <= a <= b <= len(c.raw)
    for d in c.diagnostics:
        assert d.span is not None
        assert 0 <= d.span[0] <= d.span[1] <= len(c.raw)
    pieces, pos = [], 0
    for e in c.edits:
        pieces += [c.text[pos : e.clean_start], c.raw[e.raw_start : e.raw_end]]
        pos = e.clean_end
    pieces.append(c.text[pos:])
    assert "".join(pieces) == c.raw


@settings(max_examples=300)
@given(ANY_TEXT, st.booleans(), st.booleans(), st.booleans())
def test_never_crashes_and_maps_back(s: str, boiler: bool, spam: bool, typo: bool) -> None:
    c = clean_text(s, remove_boilerplate=boiler, remove_spam=spam, normalize_typography=typo)
    assert isinstance(c, CleanText) and c.raw == s
    check_offsets(c)


@settings(max_examples=300)
@example("Th e fi rst eff ect")
@example("a coors light beer crocband clog b.\ncoors light beer crocband clog\nc")
@given(ANY_TEXT)
def test_idempotent(s: str) -> None:
    once = clean_text(s).text
    assert clean_text(once).text == once


@given(cst.plain_texts())
def test_plain_text_unchanged(s: str) -> None:
    c = clean_text(s)
    assert c.text == s
    assert c.diagnostics == () and c.edits == ()


@given(cst.dirty_texts())
def test_dirty_text_cleans_to_its_plain_form(pair: tuple[str, str]) -> None:
    dirty, plain = pair
    c = clean_text(dirty)
    assert c.text == plain
    assert (c.diagnostics != ()) == (dirty != plain)
    check_offsets(c)


@given(page_like() | st.text())
def test_spam_never_removes_a_word_that_occurs_once(s: str) -> None:
    words = re.findall(r"\w+", s.casefold())
    for m in find_spam(s):
        for w in re.findall(r"\w+", m.raw.casefold()):
            assert words.count(w) >= 2


@given(ANY_TEXT)
def test_ligature_repair_only_deletes_spaces(s: str) -> None:
    c = repair_ligatures(s)
    assert c.text.replace(" ", "") == s.replace(" ", "")
    assert all(d.code == "repaired-ligature" for d in c.diagnostics)


@given(st.text())
def test_split_range_never_crashes(s: str) -> None:
    parts = split_range(s)
    if parts is not None:
        assert all(p and p == p.strip() for p in parts)


# pieces with abbreviations and sentence ends around a recurring lower-case phrase
_ABBR_PIECES = st.sampled_from(
    ["approx.", "incl.", "vgl.", "кассац.", "research.", "words.", "coors light beer clog",
     "The", "and", "Data", "были", "решениями сената", ",", "\n"]
)  # fmt: skip


@given(st.lists(st.tuples(_ABBR_PIECES, st.sampled_from([" ", "\n", ""])), max_size=30))
def test_abbreviations_only_take_spam_marks_away(parts: list[tuple[str, str]]) -> None:
    """Knowing more abbreviations never makes more spam: their full stop ends no sentence."""
    from comet.text._spam import find_spam_spans

    s = "".join(p + sep for p, sep in parts)
    fw = frozenset({"the", "and", "of"})
    with_abbr = find_spam_spans(s, fw, frozenset({"approx", "incl", "vgl", "кассац", "words"}))
    assert set(with_abbr) <= set(find_spam_spans(s, fw))


def test_a_known_abbreviation_takes_a_phrase_out_of_spam() -> None:
    """The example the property above generalises: without the abbreviation every
    repetition after ``approx.`` is spam; knowing it, none is."""
    from comet.text._spam import find_spam_spans

    s = (
        "Cores were sampled approx. coors light beer clog across the marsh. We dated them "
        "approx. coors light beer clog by layer. Results follow approx. coors light beer clog"
    )
    fw = frozenset({"the", "and", "of"})
    assert len(find_spam_spans(s, fw)) == 3
    assert find_spam_spans(s, fw, frozenset({"approx"})) == []
