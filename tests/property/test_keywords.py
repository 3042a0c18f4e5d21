"""Properties of ``parse_keywords`` and ``find_keyword_blocks``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from comet import ParseError, find_keyword_blocks, parse_keywords
from comet.keywords import MAX_LENGTH, keyword_key
from comet.strategies import formatted_keyword_lists, keyword_lists, keyword_records

# Fragments that steer arbitrary text into the parser's branches.
_FRAGMENTS = st.sampled_from(
    [
        "Keywords",
        "Keywords:",
        "Emneord:",
        "Key Terms in this Chapter",
        "Mots clés",
        "en",
        "fr",
        "\n",
        "\n\n",
        "  • ",
        "- ",
        ",",
        ";",
        " · ",
        ":",
        ". ",
        "(",
        ")",
        "(2019)",
        "10.1000/x",
        "©",
        "Term: a definition of several words here",
        "Metrics",
        "ePublished: 14 June 2019",
        "alpha",
        "Beta gamma",
        "\u00a0",
    ]
)
messy_text = st.lists(_FRAGMENTS | st.text(max_size=8), max_size=30).map("".join)


@given(st.text() | messy_text)
def test_never_crashes(text: str) -> None:
    try:
        result = parse_keywords(text)
    except ParseError as exc:
        assert exc.code == "too-long"
        return
    lenient = parse_keywords(text, strict=False)
    assert lenient.value == result
    for m in find_keyword_blocks(text):
        assert text[m.start : m.end] == m.raw
        for k in m.value.keywords:
            assert k.span is not None
            assert m.raw[k.span[0] : k.span[1]] == k.raw


@given(st.text() | messy_text)
def test_keys_never_duplicated(text: str) -> None:
    result = parse_keywords(text, strict=False)
    assert result.value is not None
    keys = [k.key for k in result.value]
    assert len(keys) == len(set(keys))
    assert all(k.key == keyword_key(k.text) and k.text.strip() == k.text for k in result.value)
    for m in find_keyword_blocks(text):
        block_keys = m.value.keywords.keys
        assert len(block_keys) == len(set(block_keys))


@given(formatted_keyword_lists())
def test_round_trip(case: tuple[str, list[str]]) -> None:
    text, items = case
    assert list(parse_keywords(text).texts) == items


@given(keyword_lists(min_size=1), st.data())
def test_never_loses_a_non_empty_item(items: list[str], data: st.DataObject) -> None:
    """Noise (repeats, respelled repeats, empty items, odd spacing) never drops a real item."""
    sep = data.draw(st.sampled_from([", ", "; ", ",", "\n"]))
    # on separate lines an empty item is a blank line, which ends a list (docs/keywords.md)
    extras = [item.upper() for item in items] if sep == "\n" else ["", " "]
    noisy: list[str] = []
    for item in items:
        noisy.append(data.draw(st.sampled_from([item, f"  {item} ", item.replace(" ", "  ")])))
        if data.draw(st.booleans()):
            noisy.append(data.draw(st.sampled_from([*extras, item.replace(" ", "-")])))
    result = parse_keywords(sep.join(noisy))
    assert set(result.keys) == {keyword_key(i) for i in items}


@given(formatted_keyword_lists(min_size=1))
def test_idempotent(case: tuple[str, list[str]]) -> None:
    first = parse_keywords(case[0])
    again = parse_keywords(", ".join(first.texts))
    assert again.texts == first.texts


@given(formatted_keyword_lists(formats=("labelled-inline", "labelled-lines"), min_size=1))
def test_labelled_lists_are_tagged(case: tuple[str, list[str]]) -> None:
    assert {k.language for k in parse_keywords(case[0])} == {"en"}


@given(keyword_records())
def test_records_serialise(k: object) -> None:
    d = k.to_dict()  # type: ignore[attr-defined]
    assert d["key"] == keyword_key(d["text"])


def test_too_long() -> None:
    assert parse_keywords("x" * (MAX_LENGTH + 1), strict=False).error is not None
