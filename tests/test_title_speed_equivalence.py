"""The shortcuts of issue 13's title-stage speed work give what the full code gives (each
checked against that code, on invented lines)."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import cast

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.page.byline_text import _ORCID_IN_BYLINE, _prose_opens, _without_orcid
from comet.page.bylines import _line_names
from comet.page.evidence import _Page
from comet.page.name_date_lines import _name_shaped_latin, _one_plausible_name
from comet.page.name_table import _name_line, _name_shaped

RULES = _loc.resolve(None)
SETTINGS = settings(max_examples=300, deadline=None)
#: a page for the readers that only ask for its locales (and an empty text: no line of it
#: vouches for a name, comet.page.name_vouched)
PAGE = cast(
    _Page, SimpleNamespace(rules=RULES, memo={}, text="", remember=lambda key, compute: compute())
)

#: invented pieces of bylines: names, digits, dashes, ORCID labels and links
ORCID_PIECES = st.lists(
    st.sampled_from(["Mira Kondo", "0000", "1234", "-", "567X", "567x", "12", "ORCID",
                     "orcid", ":", "https://", "orcid.org/", " ", "  ", "\t", "Ab", "9"]),
    max_size=14,
)  # fmt: skip


@SETTINGS
@given(ORCID_PIECES)
def test_without_orcid_is_the_plain_substitution(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _without_orcid(text) == _ORCID_IN_BYLINE.sub("", text)


def test_without_orcid_removes_an_identifier_and_its_label() -> None:
    assert _without_orcid("Mira Kondo ORCID: 0000-0002-1234-567X") == "Mira Kondo"
    assert _without_orcid("Mira Kondo-Berg") == "Mira Kondo-Berg"


#: invented name lines, interface words, digits and marks among them
NAME_PIECES = st.lists(
    st.sampled_from(["Mira", "Kondo", "Anna", "Berg", "Ana", "Ruiz", "J.", "R.", "Download", "PDF", "von",
                     "Berg,", "Jens", "Ohlsen", "1991", "May", ":", "(", "Ölund", "吳俊傑",
                     "Institute", "and", "&", "Smith-Jones", "McGregor", "!", "."]),
    max_size=8,
)  # fmt: skip


@SETTINGS
@given(NAME_PIECES)
def test_a_name_line_is_name_shaped(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert not _name_line(text, RULES) or _name_shaped(text, RULES)


@SETTINGS
@given(NAME_PIECES)
def test_one_plausible_name_is_name_shaped_and_latin(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert not _one_plausible_name(text, PAGE) or _name_shaped_latin(text, PAGE)


def test_a_plausible_name_passes_the_shortcut() -> None:
    assert _one_plausible_name("Anna Berg", PAGE)
    assert _name_shaped_latin("Anna Berg", PAGE)
    assert not _name_shaped_latin("Download PDF 2019", PAGE)


class _Stub:
    """A page for the readers that only ask for its locales and memoise on it."""

    def __init__(self) -> None:
        self.rules = RULES
        self.memo: dict[object, object] = {}

    def remember(self, key: object, compute: Callable[[], object]) -> object:
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]


#: invented bylines with their dates, prose words, list words and "et al." among them
BYLINE_PIECES = st.lists(
    st.sampled_from(["Anna", "Berg", "Mira", "Kondo", ",", ", ", ";", " ", "and", "und",
                     "et", "al.", "others", "the", "report", "von", "de", "la", "by", "By",
                     "May", "1991", "3", "orcid", "0000-0002-1234-567X", "…", "&", "Email",
                     "interim", "J.", "dell"]),
    max_size=10,
)  # fmt: skip


@SETTINGS
@given(BYLINE_PIECES)
def test_prose_before_the_first_comma_leaves_no_names_before_any_comma(
    pieces: list[str],
) -> None:
    value = " ".join(pieces)
    if not _prose_opens(value, RULES):
        return
    page = cast(_Page, _Stub())
    for i, c in enumerate(value):
        if c == "," and i >= value.index(","):
            assert _line_names(value[:i].rstrip(" ,"), page) is None


def test_prose_opens_only_on_a_prose_word_before_the_comma() -> None:
    assert _prose_opens("the interim report, May 1991", RULES)
    assert not _prose_opens("Anna Berg, May 1991", RULES)
    assert not _prose_opens("Anna Berg and others, May 1991", RULES)
