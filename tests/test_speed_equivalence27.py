"""The changes of speed27 find what was found before: lexicons searched ignoring case with
their terms in lower case (:mod:`comet.page.caseless_terms`) match the same texts at the same
places, and the not-a-record phrases' one search before the three kinds passes only pages
where none of the three finds a phrase (invented texts, the terms' letters in any case)."""

from __future__ import annotations

import random
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.page import event_dates, event_prose, not_record, report_series
from comet.page.caseless_terms import caseless
from comet.page.evidence import _guard
from comet.page.name_checks import _type_term
from comet.page.report_terms import _series_terms
from comet.page.term_keys import may_hold, term_keys
from tests.page_text_fake import PageText

RULES = _loc.resolve(None)
SETTINGS = settings(max_examples=150, deadline=None)


def test_a_letter_and_its_lower_case_compile_alike_ignoring_case() -> None:
    """Under ``re.I`` the engine compiles a letter as its lower case: every letter whose
    lower case is one other character compiles to the same code as it (Python's tables)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    seen = 0
    for i in range(sys.maxunicode + 1):
        c = chr(i)
        low = c.lower()
        if low == c or len(low) != 1 or 0xD800 <= i < 0xE000:
            continue
        seen += 1
        code = _compiler._code(_parser.parse(re.escape(c), re.I), re.I)
        assert code == _compiler._code(_parser.parse(re.escape(low), re.I), re.I), c
    assert seen > 1000


def test_caseless_terms() -> None:
    assert caseless(["Symposium", "symposium", "Forum", "fórum", "İzmir"]) == (
        "forum",
        "fórum",
        "symposium",
        "İzmir",  # ('İ' lowers to two characters: kept)
    )
    assert caseless([]) == ()


def _events() -> tuple[tuple[str, ...], tuple[str, ...]]:
    terms = _loc.terms_of("words", RULES, "proceedings_events")
    spaced = tuple(t for t in terms if not event_dates._UNSPACED.match(t))
    glued = tuple(t for t in terms if event_dates._UNSPACED.match(t))
    return spaced, glued


def _old_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each pattern as built before (the terms as printed) and as built now."""
    spaced, glued = _events()
    old_event = re.compile(
        rf"(?<!\w){_guard(spaced)}(?:{_loc.alternation(spaced)})|(?:{_loc.alternation(glued)})",
        re.I,
    )
    terms = _loc.terms_of("words", RULES, "proceedings_events")
    held = _loc.terms_of("words", RULES, "event_held")
    old_told = re.compile(
        rf"(?<!\w){_guard([*terms, *held])}(?:(?:{_loc.alternation(terms)})"
        rf"|(?:{_loc.alternation(held)})(?!\w))",
        re.I,
    )
    names = [
        t
        for t in _loc.terms_of("references", RULES, "report")
        if (pt := _type_term(t, RULES)) is None or pt.csl_type == "report"
    ]
    old_report = re.compile(rf"(?<!\w){_guard(names)}(?:{_loc.alternation(names)})(?!\w)", re.I)
    report = report_series._report_series_names(RULES)
    event = event_dates._event_word(RULES)
    told = event_prose._told_pattern(RULES)
    assert event is not None and told is not None and report is not None
    out = [(old_event, event), (old_told, told), (old_report, report)]
    # the report series' terms and number words, each alternation alone
    for printed in (
        tuple(t for t in _loc.terms_of("references", RULES, "report") if len(t) > 3),
        tuple(t.rstrip(".") for t in _loc.terms_of("locator", RULES, "issue") if len(t) <= 8),
    ):
        now = caseless(printed)
        assert now in _series_terms(RULES, 3)
        out.append(
            (
                re.compile(rf"(?<![\w-])(?:{_loc.alternation(printed)})", re.I),
                re.compile(rf"(?<![\w-])(?:{_loc.alternation(now)})", re.I),
            )
        )
    return out


PATTERNS = _old_patterns()
FILLERS = ["x", "ab", "Über", "12", "-", "ko", "Marsh", "of", "on", "2031", "No.", "ÉTÉ"]


def _vocabulary() -> list[str]:
    words: list[str] = []
    for key in ("proceedings_events", "event_held"):
        words += _loc.terms_of("words", RULES, key)
    words += _loc.terms_of("references", RULES, "report")
    words += _loc.terms_of("locator", RULES, "issue")
    return words


VOCABULARY = _vocabulary()


def _text(seed: int) -> str:
    rnd = random.Random(seed)
    parts = []
    for _ in range(rnd.randint(1, 8)):
        w = rnd.choice(VOCABULARY) if rnd.random() < 0.5 else rnd.choice(FILLERS)
        cut = rnd.random()
        if cut < 0.15:
            w = w[: rnd.randint(1, len(w))]  # a prefix of a term
        w = "".join(c.upper() if rnd.random() < 0.3 else c for c in w)
        parts.append(w)
    return "".join(rnd.choice([" ", "", "-", "\n", ", ", "  "]) + p for p in parts)


@SETTINGS
@given(st.integers(0, 10**9))
def test_the_patterns_match_as_before(seed: int) -> None:
    text = _text(seed)
    for old, new in PATTERNS:
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]
        for pos in range(len(text)):
            a, b = old.match(text, pos), new.match(text, pos)
            assert (a and a.span()) == (b and b.span())


@SETTINGS
@given(st.integers(0, 10**9))
def test_the_lengths_each_term_set_matches_are_as_before(seed: int) -> None:
    """At every position the same lengths match (a longer first: the order a pattern after
    the alternation backtracks in)."""
    text = _text(seed)
    for old, new in PATTERNS[3:]:
        for pos in range(len(text)):
            for end in range(pos + 1, min(len(text), pos + 40) + 1):
                a = old.fullmatch(text, pos, end) is not None
                assert a == (new.fullmatch(text, pos, end) is not None)


def test_events_found_in_invented_lines() -> None:
    pattern = event_dates._event_word(RULES)
    assert pattern is not None
    assert pattern.search("12th SYMPOSIUM on Fen Ecology").group() == "SYMPOSIUM"
    assert pattern.search("Fen Workshop 2031").group() == "Workshop"
    assert pattern.search("第12回湿地学会大会") is not None
    assert pattern.search("Presymposium notes") is None  # (inside a word: no event word)


# --- the not-a-record phrases ---------------------------------------------------------


def _phrase_lines(seed: int) -> list[str]:
    rnd = random.Random(seed)
    kinds = ("not_a_record_error", "not_a_record_empty", "not_a_record_results")
    phrases = [p for k in kinds for p in _loc.terms_of("words", RULES, k)]
    lines = []
    for _ in range(rnd.randint(1, 12)):
        if rnd.random() < 0.2:
            p = rnd.choice(phrases)
            lines.append(rnd.choice(["", "Fen Library: ", "12 "]) + p + rnd.choice(["", ".", " x"]))
        else:
            lines.append(rnd.choice(FILLERS) + " " + rnd.choice(FILLERS))
    return lines


@SETTINGS
@given(st.integers(0, 10**9))
def test_one_search_passes_only_pages_without_a_phrase(seed: int) -> None:
    top = not_record._top(_phrase_lines(seed))
    joined = "\n".join(top)
    if not_record._any_phrase(not_record._all_phrases(RULES)).search(joined) is None:
        for kind in not_record._KINDS:
            assert not_record._find(top, not_record._phrases(RULES, kind)) is None


def test_not_a_record_verdicts_of_invented_pages() -> None:
    rules = (_loc.get("en"),)
    verdict = not_record.judge(["Home", "Page not found", "Sorry."], rules, lambda t: t == "Home")
    assert verdict is not None and verdict.kind == "error"
    page = ["Fen Letters on Marsh Birds", "Ada Reed", "Abstract", "We count marsh birds."]
    assert not_record.judge(page, rules, lambda t: False) is None


# --- the keys of terms holding "ı" or "İ" ----------------------------------------------


_Text = PageText


def test_a_term_with_a_dotless_i_is_keyed_by_its_other_letters() -> None:
    keys = term_keys(("çalıştay", "Fen Days"))
    assert keys == ("fen days", "ştay")
    assert term_keys(("ı",)) is None  # (no other letter: no pre-test)
    pattern = re.compile(_loc.alternation(["çalıştay"]), re.I)
    for text in ("12. Bataklık Çalıştayı", "ÇALIŞTAY 2031", "çalIştay notları", "Çalistay"):
        if pattern.search(text) is not None:  # (all but the last, which has no 'ş')
            assert may_hold(_Text(text), keys), text  # type: ignore[arg-type]
    assert pattern.search("ÇALIŞTAY") is not None and pattern.search("çalIştay") is not None
    assert not may_hold(_Text("Marsh Birds of the Fen, 2031"), keys)  # type: ignore[arg-type]
    assert not may_hold(_Text("Fen"), ())  # type: ignore[arg-type]


@SETTINGS
@given(st.lists(st.sampled_from(["fen days", "ştay", "marsh", "ab", "fen"]), max_size=4),
       st.text(alphabet="fenaysmrhtbdş ", max_size=30))  # fmt: skip
def test_a_page_may_hold_the_terms_where_its_key_holds_a_key(keys: list[str], text: str) -> None:
    page = _Text(text)
    assert may_hold(page, tuple(keys)) == any(k in page.text_key() for k in keys)  # type: ignore[arg-type]


# --- the letters of the Basic Multilingual Plane listed ----------------------------------


def test_the_listed_letters_are_the_letters_of_the_plane() -> None:
    """Every character of the plane is a letter for the listed class where ``[^\\W\\d_]``
    reads it as one: any text of the plane has the same runs."""
    from comet.page.letter_runs import _LETTER_RUN, _bmp_letter_run, letter_runs

    plane = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    assert _bmp_letter_run().findall(plane) == _LETTER_RUN.findall(plane)
    assert letter_runs("Fen Ökologie 2031 𝐀bc ſtraße") == ["Fen", "Ökologie", "𝐀bc", "ſtraße"]
    assert letter_runs("Marsh_birds, 12ab") == ["Marsh", "birds", "ab"]
