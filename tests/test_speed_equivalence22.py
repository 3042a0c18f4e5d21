"""The fast paths of speed22 give what the plain code they replace gives (each checked
against that plain code, on invented text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.page.defence import _defence_pattern, _may_hold_phrase
from comet.page.label_locales import tags_of

RULES = _loc.resolve(None)
SETTINGS = settings(max_examples=200, deadline=None)
#: invented words around the locales' defence words, in both cases, with the letters whose
#: case folding differs from their case-insensitive matching
DEFENCE_PIECES = st.lists(
    st.sampled_from(["Thesis ", "defended ", "DEFENDED", " on ", "ON", "the ", "Soutenue",
                     " le ", "İ", "ı", "ß", "Verteidigt", " am", "x", "\n", "3 May 2031"]),
    max_size=8,
)  # fmt: skip


@SETTINGS
@given(DEFENCE_PIECES)
def test_the_defence_pretest_passes_every_text_the_pattern_finds_a_phrase_in(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    pattern = _defence_pattern(RULES)
    assert pattern is not None
    if pattern.search(text) is not None:
        assert _may_hold_phrase(text, RULES)


def test_the_defence_pretest_rejects_a_text_without_a_phrase_word() -> None:
    assert not _may_hold_phrase("Report of the Quorvan Institute, 3 May 2031", RULES)
    assert _may_hold_phrase("Thesis DEFENDED ON 3 May 2031", RULES)  # case aside


LABELS = st.sampled_from(["Title", "TITLE", "Titel", "Autor", "Author(s)", "Forfatter",
                          "Quorvan", "  title ", "Sprache", "Tekijä", "Nimeke"])  # fmt: skip


@SETTINGS
@given(LABELS)
def test_label_tags_are_the_locales_asked_one_by_one(label: str) -> None:
    plain = tuple(r.tag for r in RULES if r.lookup("labels", label) is not None)
    assert tags_of(label, RULES, "labels") == plain
    both = tuple(
        r.tag
        for r in RULES
        if r.lookup("labels", label) is not None or r.lookup("person_names", label)
    )
    assert tags_of(label, RULES, "labels", "person_names") == both


def _glued_heading_plain(text: str, table: dict[str, str]) -> int | None:
    """:func:`comet.page.glued_headings._glued_heading_at` as it was: every position tried."""
    from comet.locales import fold
    from comet.page.glued_headings import (
        _GLUE_BEFORE,
        _MAX_LABEL,
        GLUED_AFTER_LETTER_MIN,
        GLUED_HEADING_KEYS,
        GLUED_VALUE_MIN,
    )

    body = text[:-1] if text.endswith(":") else text
    for j in range(max(GLUED_VALUE_MIN, len(body) - _MAX_LABEL), len(body) - 3):
        if not body[j].isupper() or not _GLUE_BEFORE.fullmatch(body[j - 1]):
            continue
        if table.get(fold(body[j:])) not in GLUED_HEADING_KEYS:
            continue
        if body[j - 1].isalpha():
            word = body[:j].rsplit(None, 1)[-1]
            if len(body) - j < GLUED_AFTER_LETTER_MIN or any(c.isupper() for c in word[1:]):
                continue
        return j
    return None


#: invented values glued to labels, with capitals of several scripts
GLUED_PIECES = st.lists(
    st.sampled_from(["Quorvan", "values", "12345", ".", ")", "Abstract", "Keywords:", "DOI",
                     "References", "Ωmega", "Élan", "ℂ", "ǅ", "×", " ", "ex", "McAbstract"]),
    max_size=10,
)  # fmt: skip


@SETTINGS
@given(GLUED_PIECES)
def test_glued_headings_are_found_where_every_position_was_tried(pieces: list[str]) -> None:
    from comet.page.glued_headings import _glued_heading_at
    from comet.page.line_labels import _colon_labels

    text = "".join(pieces)
    table = _colon_labels(RULES)
    assert _glued_heading_at(text, table) == _glued_heading_plain(text, table)


def test_a_glued_heading_is_found_after_a_number() -> None:
    from comet.page.glued_headings import _glued_heading_at
    from comet.page.line_labels import _colon_labels

    table = _colon_labels(RULES)
    assert _glued_heading_at("Quorvan 2031 vol 12345Keywords:", table) == 22
    assert _glued_heading_at("Quorvan 2031 vol 12345 Keywords:", table) is None  # spaced


PHRASE_PIECES = st.lists(
    st.sampled_from(["page not found", "no results", "sorry", " ", "\n", "quorvan", "404",
                     "results for", "found", "error", "é", "ñ", "not", "kein", "treffer"]),
    max_size=8,
)  # fmt: skip


@SETTINGS
@given(PHRASE_PIECES)
def test_the_not_record_search_finds_what_the_flat_alternation_finds(pieces: list[str]) -> None:
    import re

    from comet.page.not_record import _any_phrase, _phrases

    text = "".join(pieces)
    for key in ("not_a_record_error", "not_a_record_empty", "not_a_record_results"):
        phrases = _phrases(RULES, key)
        flat = re.compile("|".join(map(re.escape, phrases)) or "(?!)")
        assert (_any_phrase(phrases).search(text) is None) == (flat.search(text) is None)


CITATION_PIECES = st.lists(
    st.sampled_from(["Vol.", "vol", " ", "28", "²", "No.", "no", "Heft", "Bd.", ", ", "(2031)",
                     "Quorvan", "issue", "٣", "\u00a0", "Nr. 4"]),
    max_size=8,
)  # fmt: skip


@SETTINGS
@given(CITATION_PIECES)
def test_volume_and_issue_is_the_pattern_searched_in_every_text(pieces: list[str]) -> None:
    from comet.page.citation_line import _pattern, volume_and_issue

    text = "".join(pieces)
    pattern = _pattern(RULES)
    assert pattern is not None
    assert volume_and_issue(text, RULES) == (pattern.search(text) is not None)


EDIT_PIECES = st.lists(
    st.sampled_from(["Quorvan", "[edit]", "[1]", "[", "]", " ", "\n", ":", "•", "Etymology",
                     "[Bearbeiten | Quelltext]", "\t"]),
    max_size=6,
)  # fmt: skip


@SETTINGS
@given(EDIT_PIECES)
def test_the_edit_link_pretest_keeps_every_line_the_link_is_cut_from(pieces: list[str]) -> None:
    from comet.page.entries import _EDIT_LINK

    text = "".join(pieces).strip()
    if not text.rstrip().endswith("]"):
        assert _EDIT_LINK.sub("", text) == text
