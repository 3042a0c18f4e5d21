"""The pre-tests of speed26 (:mod:`comet.page.term_keys`) skip only searches that find
nothing: wherever the case-insensitive patterns of the copyright words, the event words, the
thesis statements and the self-references find a term in a text (invented text, the terms'
letters in any case, any whitespace between their words), the text's key holds the term's
key, so the page is searched as before."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.page import event_dates, event_prose, headings, publisher_imprints, work_statements
from comet.page.layout import copyright_pattern
from comet.page.report_terms import _series_start, _series_terms
from comet.page.term_keys import lexicon_keys, may_hold, term_keys
from tests.page_text_fake import PageText

RULES = _loc.resolve(None)
SETTINGS = settings(max_examples=150, deadline=None)


_Text = PageText


def _lexicons() -> list[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...] | None]]:
    """Each pattern, its terms and the keys its page is pre-tested with."""
    thesis = work_statements._thesis_statements(RULES)
    refs = work_statements._self_references(RULES)
    events = event_dates._event_word(RULES)
    assert thesis is not None and refs is not None and events is not None
    series = _series_terms(RULES, 3)[0]  # (the series term opens both series' patterns)
    opening = re.compile(f"{_series_start(series)}(?:{_loc.alternation(series)})", re.I)
    out = [(opening, series, term_keys(series))]
    told = event_prose._told_pattern(RULES)  # (an event word or a verb holding one)
    assert told is not None
    either = (*_loc.terms_of("words", RULES, "proceedings_events"),
              *_loc.terms_of("words", RULES, "event_held"))  # fmt: skip
    out.append((told, either, term_keys(either)))
    imprint = publisher_imprints._label_pattern(RULES)  # (a label opening its line)
    assert imprint is not None
    labels = _loc.terms_of("references", RULES, "imprint_labels")
    out.append((imprint, labels, lexicon_keys("references", RULES, "imprint_labels")))
    for pattern, key, joined in [
        (copyright_pattern(RULES), "copyright_words", False),
        (events, "proceedings_events", True),
        (thesis[0], "thesis_statements", True),
        (refs[0], "work_self_references", True),
    ]:
        terms = _loc.terms_of("words", RULES, key)
        out.append((pattern, terms, lexicon_keys("words", RULES, key, joined=joined)))
    return out


LEXICONS = _lexicons()
_SPACES = [" ", "  ", "\n", "\t", "\u00a0", " \n "]
_AROUND = ["", " ", "x", "Q", "7", "-", "(", "ab ", " zz", "é", "\n", ": Marsh Press, 2031"]


def _dressed(term: str, rng: random.Random) -> str:
    """``term`` as a page may print it: each letter in either case, any whitespace between
    its words."""
    letters = "".join(c.upper() if rng.random() < 0.5 else c for c in term)
    return rng.choice(_SPACES).join(letters.split())


@SETTINGS
@given(st.integers(0, 6), st.integers(0, 10_000), st.integers(0, 11), st.integers(0, 11))
def test_a_term_found_is_in_the_key(which: int, seed: int, before: int, after: int) -> None:
    pattern, terms, keys = LEXICONS[which]
    rng = random.Random(seed)
    text = _AROUND[before] + _dressed(rng.choice(terms), rng) + _AROUND[after]
    if pattern.search(text) is not None:
        assert may_hold(_Text(text), keys)  # type: ignore[arg-type]


@SETTINGS
@given(st.integers(0, 6), st.text(alphabet="abcdefghiklmnoprstuvwyzACDEIPRSTW éè-.\n", max_size=60))
def test_any_text_a_search_finds_a_term_in_passes(which: int, text: str) -> None:
    pattern, _, keys = LEXICONS[which]
    if pattern.search(text) is not None:
        assert may_hold(_Text(text), keys)  # type: ignore[arg-type]


def test_keys_of_invented_terms() -> None:
    # ('ı': 'I' matches it, folds to 'i': the longest run of letters beside it; speed27)
    assert term_keys(("Tüm hakları saklıdır",)) == ("haklar",)
    assert term_keys(("ı",)) is None
    assert term_keys(("©",)) is None  # (no letter: no pre-test)
    assert term_keys(("Vyrn Ostal-Paru", "Quem")) == ("quem", "vyrn ostal paru")
    assert term_keys(("Vyrn Ostal-Paru",), joined=False) == ("ostal",)


def test_a_page_without_the_words_is_not_searched() -> None:
    keys = term_keys(("grelling moot", "vornaxe"))
    assert not may_hold(_Text("The Grelling of Moot\nVORNAX 2031"), keys)  # type: ignore[arg-type]
    assert may_hold(_Text("Fen Review — GRELLING\n  MOOT, 2031"), keys)  # type: ignore[arg-type]
    assert may_hold(_Text("pre-vornaxed"), keys)  # type: ignore[arg-type]  (a stem's run)
    assert may_hold(_Text("İstanbul, grelling"), keys)  # type: ignore[arg-type]  (no pre-test)


def test_copyright_lines_read_the_same_without_the_words() -> None:
    sign = headings._COPYRIGHT_SIGN
    full = copyright_pattern(RULES)
    for text in ["© 2031 Fen Press", "(C) 2031\nx (c)  7", "Marsh (c) Quill", "no sign here"]:
        assert [m.span() for m in sign.finditer(text)] == [m.span() for m in full.finditer(text)]
