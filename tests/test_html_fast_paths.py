"""The fast paths of the HTML reader give what the plain code they replace gives
(issue 17's speed work): each is checked against the slow form on generated input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from comet.html.embedded import _ITEMTYPE, has_itemtype

MANY = settings(max_examples=400, deadline=None)

#: Pieces of an ``itemtype`` attribute, its near misses and the characters that match the
#: pattern's letters in any case (dotless i, long s).
_ITEMTYPE_PIECES = st.sampled_from([
    "itemtype", "ITEMTYPE", "ıtemtype", "itemtyPe", "item", "type", "=", " ", "\n", "\t",
    "\u2003", '"', "'", "http", "https", "httpſ", "HTTPS", "://schema.org/", "://SCHEMA.ORG/",
    "://schema.org", "://ſchema.org/", "schema.org/", "<div ", ">", "x", "é",
])  # fmt: skip


@MANY
@given(st.lists(_ITEMTYPE_PIECES, max_size=30).map("".join))
def test_has_itemtype_is_the_pattern_search(value: str) -> None:
    assert has_itemtype(value) == (_ITEMTYPE.search(value) is not None)


@MANY
@given(st.integers(0, 600), st.integers(0, 600), st.sampled_from([" ", "\n", " = ", "s"]))
def test_has_itemtype_far_from_its_url(before: int, after: int, fill: str) -> None:
    value = "itemtype" + " " * before + "=" + fill * after + '"https://schema.org/Article"'
    assert has_itemtype(value) == (_ITEMTYPE.search(value) is not None)
