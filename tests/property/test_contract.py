"""The parser contract, fuzzed over every public parser (issue 6).

Parsers are discovered by walking ``comet.__all__`` for names starting with
``parse_`` or ``find_`` (plus :func:`comet.page.parse_record` and the transformer
:func:`comet.clean_text`), so a parser added later is covered without editing this
file.  Only the contract of ``docs/contract.md`` is asserted, never what a parser
makes of its input:

* strict returns the documented type or raises :class:`~comet.ParseError`;
* lenient (``strict=False``) returns :class:`~comet.Parsed`, never raises, and keeps
  the input in ``Parsed.input`` exactly; strict is lenient unwrapped (same value, or
  ``ParseError`` with the same code);
* a record's ``raw`` is exactly the input; ``find_*`` matches lie inside the text,
  in order, with ``raw == text[start:end]``;
* nothing but ``ParseError`` escapes; a non-``str`` raises ``TypeError``.

Inputs are ``text()`` over full Unicode (surrogates excluded) mixed with controls,
NUL, combining marks, bidi marks, odd newlines, look-alike digits and pieces of real
catalogue text, so the fuzzing reaches past the first ``if``.  Every crash the long
fuzz run (``benchmarks/fuzz.py``) found is kept in :data:`REGRESSIONS` and run through
every parser.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import comet
from comet import Match, Parsed, ParseError

# -- discovery -----------------------------------------------------------------------


def _public_parsers() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {
        name: getattr(comet, name)
        for name in comet.__all__
        if name.startswith(("parse_", "find_")) and callable(getattr(comet, name))
    }
    try:
        from comet.page import parse_record
    except ImportError:  # pragma: no cover - the page layer is optional here
        pass
    else:
        found.setdefault("parse_record", parse_record)
    return dict(sorted(found.items()))


PARSERS = _public_parsers()
PARSE = [n for n in PARSERS if n.startswith("parse_")]
FIND = [n for n in PARSERS if n.startswith("find_")]


def _record_type(fn: Callable[..., Any]) -> tuple[type, ...]:
    """The documented record type(s) of a ``parse_*``: its return annotation minus ``Parsed``."""
    hint = typing.get_type_hints(fn)["return"]
    args = typing.get_args(hint) or (hint,)
    out = tuple(
        typing.get_origin(a) or a
        for a in args
        if (typing.get_origin(a) or a) is not Parsed and isinstance(typing.get_origin(a) or a, type)
    )
    assert out, f"{fn.__name__} has no record type in its return annotation"
    return out


def _has_strict(fn: Callable[..., Any]) -> bool:
    return "strict" in inspect.signature(fn).parameters


# -- inputs --------------------------------------------------------------------------

#: characters that break naive code: controls, NUL, bidi and zero-width marks, combining
#: marks, odd line breaks, case-folding expanders, digits that are not ASCII (``²`` is
#: ``isdigit()`` but not ``int()``-able; ``١`` and ``𝟏`` are ``\d``), ligatures.
SPECIALS = [
    "\x00", "\x01", "\x1b", "\x7f", "\x85", "\t", "\x0b", "\x0c", "\r", "\n", "\r\n",
    "\u2028", "\u2029", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e",
    "\u2066", "\ufeff", "\u00ad", "\xa0", "\u2009", "\u3000", "\u0301", "\u0308", "\u20dd",
    "\ufe0f", "İ", "ß", "ŉ", "ǅ", "ﬁ", "ﬀ", "²", "½", "Ⅻ", "١٢", "۳", "𝟏𝟗", "০", "٫",
    "\U0001f600", "\U0010fffd", "\ufffd", "…", "–", "—", "‐", "−", "’", "“", "«", "»", "·",
]  # fmt: skip

#: pieces of catalogue text (from the seeds, or hand-written in the shapes of the dev pages and
#: references) that steer parsers deeper
PIECES = [
    "doi:", "DOI ", "https://doi.org/", "10.", "10.1080/", "03003930.2022.2081552", "ISBN ",
    "978-", "87-", "-X", "ISSN ", "eISSN ", "2353-3773", "orcid.org/", "0000-0002-1825-0097",
    "pp. ", "p. ", "s. ", "Vol. ", "vol ", "Bd. ", "no. ", "nr. ", "Issue ", "(", ")", "[", "]",
    ", ", "; ", ". ", "-", "/", ": ", " ", "  ", "and ", "& ", "og ", "och ", "und ", "et al.",
    "Smith, J.", "Jensen, Hans", "van der ", "O'Brien", "Jr.", "maj ", "May ", "mars ", "Mai ",
    "27 ", "2019", "1999-", "Spring ", "n.d.", "in press", "Status: ", "Udgivet", "Published",
    "Accepted/In press", "Denmark", "Danmark", "English", "dansk", "Journal article",
    "Tidsskriftartikel", "In: ", "Keywords: ", "Emneord: ", "\n\n", "1. ", "[1] ", "ed. ",
    "Hrsg. ", "Retrieved from ", "http://", "<i>", "&amp;", "Title: ", "Abstract\n",
]  # fmt: skip

_DIGITS = st.text("0123456789", min_size=1, max_size=8)
PIECEWISE = st.lists(
    st.one_of(
        st.sampled_from(PIECES), st.sampled_from(SPECIALS), _DIGITS, st.characters(), st.text()
    ),
    max_size=40,
).map("".join)

#: full Unicode without surrogates (``text()``'s default alphabet excludes category Cs)
FUZZ_TEXT = st.one_of(st.text(), PIECEWISE)

#: inputs the long fuzz run (benchmarks/fuzz.py) or review found to crash; each runs
#: through every parser.  Add one line per crash, with the parser and what broke.
REGRESSIONS: list[str] = [
    "",
    " ",
    "\x00",
    "²",  # isdigit() but not int(): ValueError in naive digit code
    "1²",
    "İ",  # casefold()/lower() change the length: spans drift
    "ﬁ",  # NFKC changes the length
    "\u0301",  # a combining mark with nothing to combine with
    "\r\n\r",
    "١٢/٣/٢٠١٩",  # Arabic-Indic digits match \d
    "𝟏𝟗𝟗𝟗",  # mathematical digits match \d and int() them
    "10.",
    "doi:10.",
    "(" * 50,
    "ISBN",
    "978-" * 10,
    "Status: " * 5,
    "Smith, J., " * 5,
    # found by benchmarks/fuzz.py and the contract tests (issue 6):
    "İ",  # parse_pages: KeyError in the roman-numeral table (IGNORECASE matched "İ" as "i")
    "\u095b",  # vocab parsers: spans in NFC(text), which is longer than the input
    "e\u0301 Denmark x\u095b",  # vocab parsers: NFC shortens one part, lengthens another
    "xiko9s. St: K",  # parse_reference: imprint span indexed an inner string
    "Smith, J. (2001). T\u095b\u095b\u095b. J. doi:10.1000/abc",  # parse_reference: DOI span
    " Peterno",  # parse_name: Person.raw was the trimmed name, not the input
    "Hulst, K.J., \u2066van der",  # parse_name: raw lost the trailing text
    # parse_references: exponential backtracking in the link-text pattern (hung for minutes)
    "idge Univ52Journal " + "article " * 18 + "articl" + "l" * 39 + "99e" + " article" * 31 + "18-",
]


# -- the contract --------------------------------------------------------------------


def _check_record(value: object, text: str, types: tuple[type, ...], name: str) -> None:
    assert isinstance(value, types), f"{name} returned {type(value).__name__}"
    raw = getattr(value, "raw", None)
    if isinstance(raw, str):
        assert raw == text, f"{name}: record.raw {raw!r} is not the input {text!r}"
    for d in getattr(value, "diagnostics", ()):
        assert d.span is None or 0 <= d.span[0] <= d.span[1] <= len(text), (name, d)


def check_parse(name: str, text: str) -> None:
    """Strict vs lenient for one ``parse_*`` on one input."""
    fn = PARSERS[name]
    types = _record_type(fn)
    try:
        strict: object = fn(text)
    except ParseError as exc:
        strict = exc
        assert exc.input == text, f"{name}: ParseError.input is not the input"
        assert 0 <= exc.start <= exc.end <= len(text), (name, exc.span)
    else:
        _check_record(strict, text, types, name)
    if not _has_strict(fn):
        return
    lenient = fn(text, strict=False)
    assert isinstance(lenient, Parsed), f"{name}(strict=False) returned {type(lenient).__name__}"
    assert lenient.input == text, f"{name}: Parsed.input is not the input"
    for d in lenient.diagnostics:
        assert d.span is None or 0 <= d.span[0] <= d.span[1] <= len(text), (name, d)
    if isinstance(strict, ParseError):
        assert lenient.value is None, f"{name}: strict raised but lenient has a value"
        assert lenient.error is not None and lenient.error.code == strict.code, name
    else:
        assert lenient.value == strict, f"{name}: strict and lenient disagree"
        _check_record(lenient.value, text, types, name)


def check_find(name: str, text: str) -> None:
    """Every ``find_*`` match lies inside the text, in order, with its raw slice."""
    fn = PARSERS[name]
    try:
        matches: Iterator[Any] = iter(fn(text))
        last = 0
        for m in matches:
            assert isinstance(m, Match), f"{name} yielded {type(m).__name__}"
            assert 0 <= m.start <= m.end <= len(text), (name, m.span)
            assert m.raw == text[m.start : m.end], (name, m)
            assert m.start >= last, f"{name}: matches out of order"
            last = m.start
            assert m.value is not None
            if attrs.has(type(m.value)):
                for d in getattr(m.value, "diagnostics", ()):
                    assert d.span is None or d.span[0] <= d.span[1], (name, d)
    except ParseError as exc:
        assert exc.input == text, f"{name}: ParseError.input is not the input"


def check(name: str, text: str) -> None:
    if name.startswith("find_"):
        check_find(name, text)
    else:
        check_parse(name, text)


def check_clean_text(text: str) -> None:
    cleaned = comet.clean_text(text)
    assert cleaned.raw == text
    for d in cleaned.diagnostics:
        assert d.span is None or 0 <= d.span[0] <= d.span[1] <= len(text), d


# -- the tests -----------------------------------------------------------------------

#: three times the profile's examples (``ci``: 150 -> 450 per parser, ~30 s in all)
_SETTINGS = settings(
    max_examples=3 * settings().max_examples,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_discovery_finds_the_parsers() -> None:
    assert {"parse_doi", "parse_date", "find_dois", "parse_references"} <= set(PARSERS)
    for name in PARSE:
        assert _record_type(PARSERS[name])


@pytest.mark.parametrize("name", PARSE)
@_SETTINGS
@given(text=FUZZ_TEXT)
def test_parse_contract(name: str, text: str) -> None:
    check_parse(name, text)


@pytest.mark.parametrize("name", FIND)
@_SETTINGS
@given(text=FUZZ_TEXT)
def test_find_contract(name: str, text: str) -> None:
    check_find(name, text)


@_SETTINGS
@given(text=FUZZ_TEXT)
def test_clean_text_contract(text: str) -> None:
    check_clean_text(text)


#: public text helpers that are neither parse_* nor find_*: any str in, no exception out
HELPERS = ["keyword_key", "match_label", "split_place"]


@pytest.mark.parametrize("name", HELPERS)
@_SETTINGS
@given(text=FUZZ_TEXT)
def test_helpers_never_raise(name: str, text: str) -> None:
    getattr(comet, name)(text)


@pytest.mark.timeout(60)  # one of them used to hang
@pytest.mark.parametrize("text", REGRESSIONS, ids=range(len(REGRESSIONS)))
def test_regressions(text: str) -> None:
    for name in PARSERS:
        check(name, text)
    check_clean_text(text)
    for name in HELPERS:
        getattr(comet, name)(text)


_NOT_STR: list[object] = [None, b"10.1000/x", 1, 1.5, ["x"], bytearray(b"x")]
#: parsers that take ``bytes`` too (``parse_html``: a page as a crawler saved it)
_BYTES_OK = frozenset({"parse_html"})


@pytest.mark.parametrize("name", [*PARSERS, "clean_text"])
def test_type_error_for_non_str(name: str) -> None:
    fn = comet.clean_text if name == "clean_text" else PARSERS[name]
    for bad in _NOT_STR:
        if name in _BYTES_OK and isinstance(bad, bytes | bytearray):
            continue
        with pytest.raises(TypeError):
            out = fn(bad)
            if name.startswith("find_"):
                list(out)
        if name in PARSERS and _has_strict(fn):
            with pytest.raises(TypeError):
                fn(bad, strict=False)
