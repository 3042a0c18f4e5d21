"""The fast paths of issue 17's speed work give what the plain code they replace gives
(each checked against that plain code, on invented text)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.locales import fold
from comet.page.chrome import _GLUED, _interface_in_names, _unglue

RULES = _loc.resolve(None)
#: letters of both cases (Latin and accented), digits, spaces and punctuation
TEXT = st.text(alphabet="aBcDeéÉzZ Mm1 ,.:;\t\n\u00a0-", max_size=40)
SETTINGS = settings(max_examples=300, deadline=None)


def _unglue_plain(text: str) -> str:
    """:func:`comet.page.chrome._unglue` as it was: every token searched for glue."""
    ui = _interface_in_names(RULES)

    def one(m: re.Match[str]) -> str:
        token = m.group()
        if not _GLUED.search(token):
            return token
        pieces = _GLUED.sub(" ", token).split()
        if any(p.strip(",;:.()").casefold() in ui for p in pieces):
            return " ".join(pieces)
        return token

    return re.sub(r"\S+", one, text)


def _glued_tokens_plain(text: str) -> list[str]:
    return [t for t in re.findall(r"\S+", text) if _GLUED.search(t)]


@SETTINGS
@given(TEXT)
def test_glued_tokens_are_the_tokens_with_a_glue_point(text: str) -> None:
    from comet.page.chrome import _GLUED_TOKEN

    assert [m.group() for m in _GLUED_TOKEN.finditer(text)] == _glued_tokens_plain(text)


#: invented names and interface words, glued or not
PIECES = st.lists(
    st.sampled_from(["Mira", "Kondo", "Email", "Profile", "McGregor", "ORCID", "author",
                     "TOLVANEN", ",", " ", "  ", "\n", "é", "Ab"]),
    max_size=8,
)  # fmt: skip


@SETTINGS
@given(PIECES)
def test_unglue_gives_what_the_token_by_token_search_gave(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _unglue(text, RULES) == _unglue_plain(text)


def test_unglue_splits_interface_words_and_keeps_names() -> None:
    assert _unglue("Mira KondoEmail author", RULES) == "Mira Kondo Email author"
    assert _unglue("Ian McGregor", RULES) == "Ian McGregor"
    assert _unglue("no glue here", RULES) == "no glue here"


@SETTINGS
@given(st.text(alphabet="aBc: .-1", min_size=1, max_size=30))
def test_an_ascii_head_folds_by_lower_casing(head: str) -> None:
    # the fast path of label matching (comet.vocab._labels._match_label)
    if head[0].isspace() or "  " in head:
        return
    lowered = head.lower()
    for k in range(1, len(head) + 1):
        assert lowered[:k].rstrip(" ") == fold(head[:k])


@SETTINGS
@given(
    st.text(alphabet="2019 -–.aD3x", max_size=60),
    st.sampled_from(["2019", "-19", "D3", "3", ""]),
)
def test_a_literal_then_a_lookbehind_finds_what_a_lookbehind_first_finds(
    text: str, literal: str
) -> None:
    # reconciliation's year and first-page searches (comet.html._merge.Page)
    at = re.escape(literal)
    before = [m.span() for m in re.finditer(rf"(?<!\d){at}(?!\d)", text[:40])]
    after = [m.span() for m in re.compile(rf"{at}(?<!\d{at})(?!\d)").finditer(text, 0, 40)]
    assert before == after
    old = re.search(rf"(?<![\w.]){at}\s?[-–—]\s?([A-Za-z]?\d+)(?!\w|\.\d)", text[:40])
    new = re.compile(rf"{at}(?<![\w.]{at})\s?[-–—]\s?([A-Za-z]?\d+)(?!\w|\.\d)").search(text, 0, 40)
    assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))


@SETTINGS
@given(st.text(alphabet=" \t\n\r\f\u200b\u00a0ab\u2028\u3000\x0b", max_size=12))
def test_visible_text_collapses_spaces_only_where_there_are_some(value: str) -> None:
    from comet.html.visible import _SPACE

    fast = value if value.isprintable() and "  " not in value else _SPACE.sub(" ", value)
    assert fast == _SPACE.sub(" ", value)
