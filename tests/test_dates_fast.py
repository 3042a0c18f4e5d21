"""The fast paths of ``parse_date`` give exactly what the scanner gives.

``_fast_written`` reads the commonest written shapes (``3 March 2019``, ``Monday, 3 March
2019``, ``March 3, 2019``) without tokens; wherever it answers, the scanner must give the
same date, the same raw text and no diagnostic.  Checked on every string of ``tests/data``,
of the shared date corpus (read in place) and on generated strings.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import UnknownLocaleError, parse_date
from comet.dates._parse import _fast_connected, _fast_numeric, _fast_written, _parse_scanned
from comet.dates._tables import Locales, _tables_for
from tests.shared_data import dev_path, read_jsonl, requires_shared

DATA = Path(__file__).resolve().parent / "data"


def _same_as_scanner(text: str, locales: Locales) -> bool:
    """Whether the fast path answered ``text`` (and, when it did, assert it agrees)."""
    try:
        tables = _tables_for(locales)
    except UnknownLocaleError:
        return False
    fast = (
        _fast_written(text, tables) or _fast_numeric(text, tables) or _fast_connected(text, tables)
    )
    if fast is None:
        return False
    slow = _parse_scanned(text, tables, None)
    assert slow.value == fast, (text, locales, slow, fast)
    assert slow.value is not None and slow.value.raw == fast.raw
    assert slow.diagnostics == (), (text, locales, slow.diagnostics)
    return True


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


@pytest.mark.parametrize(
    ("text", "tag", "expect"),
    [
        ("Monday, 3 March 2019", "en", "2019-03-03"),
        ("Mon. March 3, 2019", "en", "2019-03-03"),
        ("Tuesday 14 May 2024", "en-GB", "2024-05-14"),
        ("Friday, March 2019", "en", "2019-03"),
        ("mardi 7 janvier 2025", "fr", "2025-01-07"),
        ("Mittwoch, 3. April 2024", "de", "2024-04-03"),
        ("onsdag, 3. april 2024", "da", "2024-04-03"),
        ("3. april 2024.", "da", "2024-04-03"),
        ("27.05.2019", "de", "2019-05-27"),
        ("05/27/2019", "en-US", "2019-05-27"),
        ("27/05/2019", "en-GB", "2019-05-27"),
        ("2019/05/27", "sv", "2019-05-27"),
        ("27-05-2019", "nl", "2019-05-27"),
        ("3 de marzo de 2019", "es", "2019-03-03"),
        ("3 de março 2019", "pt", "2019-03-03"),
        ("14. de abril, de 2020.", "es", "2020-04-14"),
    ],
)
def test_fast_shapes(text: str, tag: str, expect: str) -> None:
    assert parse_date(text, locales=[tag]).iso() == expect
    assert _same_as_scanner(text, [tag])


def test_weekday_with_no_date_is_read_the_long_way() -> None:
    tables = _tables_for("en")
    for text in ("Monday, 31 February 2019", "Monday 2019", "Monday, 3 Foo 2019"):
        assert _fast_written(text, tables) is None


def test_numeric_with_a_diagnostic_is_read_the_long_way() -> None:
    # another order than the locale's own, two locales disagreeing, a two-digit year,
    # no such day: each has a diagnostic or an error, so the scanner reads them
    for text, locales in (
        ("05/27/2019", "de"),
        ("05/06/2019", ["en-US", "en-GB"]),
        ("05/06/19", "en-GB"),
        ("31.02.2019", "de"),
    ):
        assert _fast_numeric(text, _tables_for(locales)) is None
        assert parse_date(text, locales=locales, strict=False).diagnostics != ()


def test_fast_path_agrees_on_every_test_data_string() -> None:
    texts = set()
    for path in sorted(DATA.rglob("*.toml")):
        texts.update(s for s in _strings(tomllib.loads(path.read_text("utf-8"))) if len(s) <= 40)
    hits = 0
    for text in sorted(texts):
        for locales in (None, "en", "de", "fr", "da", "sv"):
            hits += _same_as_scanner(text, locales)
    assert hits > 0


@requires_shared("dates")
def test_fast_path_agrees_on_the_date_corpus() -> None:
    hits = 0
    for case in read_jsonl(dev_path("dates", "cases.jsonl")):
        for locales in ([case["lang"]], None):
            hits += _same_as_scanner(case["raw"], locales)
    assert hits > 1000


_LOCALES = ["en", "en-GB", "de", "fr", "da", "sv", "es", "ru", "pl", "it", "nl", "fi"]


@st.composite
def _written(draw: st.DrawFn) -> tuple[str, str]:
    from comet.dates import _cldr

    tag = draw(st.sampled_from(_LOCALES))
    c = _cldr.lookup(tag)
    assert c is not None
    month = draw(st.integers(1, 12))
    name = draw(st.sampled_from(sorted(c.months[month - 1])))
    weekday = draw(st.sampled_from(sorted(n for names in c.weekdays for n in names)))
    day = draw(st.integers(1, 31))
    year = draw(st.integers(900, 2200))
    sep = draw(st.sampled_from(["", ",", "."]))
    shape = draw(st.sampled_from(["{w}{s} {d} {m} {y}", "{w}{s} {m} {d}, {y}", "{w}{s} {m} {y}"]))
    return shape.format(w=weekday, s=sep, d=day, m=name, y=year), tag


@settings(max_examples=300, deadline=None)
@given(_written())
def test_fast_path_agrees_on_generated_strings(case: tuple[str, str]) -> None:
    text, tag = case
    _same_as_scanner(text, [tag])
    _same_as_scanner(text, None)


@st.composite
def _numeric(draw: st.DrawFn) -> tuple[str, Any]:
    locales = draw(st.sampled_from([*_LOCALES, ["en-US", "en-GB"], ["de", "en"], None]))
    parts = [str(draw(st.integers(0, 40))).zfill(draw(st.integers(1, 2))) for _ in range(2)]
    year = str(draw(st.integers(900, 2200)))
    sep = draw(st.sampled_from([".", "/", "-", "–"]))
    first = draw(st.booleans())
    nums = [year, *parts] if first else [*parts, year]
    return sep.join(nums), locales


@settings(max_examples=300, deadline=None)
@given(_numeric())
def test_fast_numeric_agrees_on_generated_strings(case: tuple[str, Any]) -> None:
    _same_as_scanner(*case)
