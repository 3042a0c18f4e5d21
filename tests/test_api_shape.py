"""One shape per concept across the public API (``comet.__all__``), issue 18 item 6."""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable
from typing import Any

import pytest

import comet

#: Public readers that take no ``locales``: identifiers are read by their syntax and
#: checksums (the medium words after an ISBN/ISSN are recognised in every locale), and
#: ``keyword_key`` only folds a string.
NO_LOCALES = frozenset(
    {"find_dois", "find_identifiers", "keyword_key", "parse_doi", "parse_isbn", "parse_issn",
     "parse_orcid"}
)  # fmt: skip


def _functions() -> list[tuple[str, Callable[..., Any]]]:
    out = []
    for name in comet.__all__:
        obj = getattr(comet, name)
        if inspect.isfunction(obj):
            out.append((name, obj))
    return out


def test_there_are_public_functions() -> None:
    assert len(_functions()) > 20


@pytest.mark.parametrize(("name", "fn"), _functions())
def test_find_is_plural_and_yields_matches(name: str, fn: Callable[..., Any]) -> None:
    if not name.startswith("find_"):
        return
    assert name.endswith("s"), f"{name} should be plural"
    ret = str(inspect.signature(fn).return_annotation)
    assert "Match[" in ret, f"{name} should yield Match spans, not {ret}"


@pytest.mark.parametrize(("name", "fn"), _functions())
def test_locales_is_keyword_only(name: str, fn: Callable[..., Any]) -> None:
    params = inspect.signature(fn).parameters
    if "locales" in params:
        assert params["locales"].kind is inspect.Parameter.KEYWORD_ONLY, name
        assert params["locales"].default is None, name
    elif name.startswith(("parse_", "find_", "split_", "match_", "clean_")):
        assert name in NO_LOCALES, f"{name} reads words but takes no locales="


@pytest.mark.parametrize(("name", "fn"), _functions())
def test_return_annotation(name: str, fn: Callable[..., Any]) -> None:
    assert inspect.signature(fn).return_annotation is not inspect.Signature.empty, name


@pytest.mark.parametrize(
    ("old", "new", "args"),
    [
        ("find_locator", "find_locators", ("Vol. 12(3), pp. 4-9",)),
        ("find_country", "find_countries", ("Boston, Massachusetts, USA",)),
    ],
)
def test_deprecated_aliases_warn_and_agree(old: str, new: str, args: tuple[str, ...]) -> None:
    assert old not in comet.__all__ and new in comet.__all__
    with pytest.warns(DeprecationWarning, match=new):
        got = list(getattr(comet, old)(*args))
    assert got == list(getattr(comet, new)(*args)) and got
    with pytest.warns(DeprecationWarning):  # the old positional locales still works
        assert list(getattr(comet, old)(*args, "en")) == got


def test_positional_locales_still_work_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match="locales="):
        m = comet.match_label("Sprog: Dansk", "da")
    assert m == comet.match_label("Sprog: Dansk", locales="da")
    with pytest.warns(DeprecationWarning):
        assert comet.split_place("Lund, Sverige", "sv")[1] == comet.parse_country("SE")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        comet.split_place("Lund, Sverige", locales="sv")


def test_parse_language_takes_locales() -> None:
    assert comet.parse_language("Sprog: Dansk", locales="da").tag == "da"
    # the label is a Danish one: with English labels only it is not removed
    assert not comet.parse_language("Sprog: Dansk", locales="en", strict=False).ok


def test_record_and_reference_share_type_and_persons() -> None:
    ref = comet.parse_reference("Berg, K. (2019). A made-up study. Journal of Things, 4(1), 1-9.")
    rec = comet.parse_record("A Made-up Study\nBerg, K. and Holm, L.\nDOI: 10.1000/abc")
    for obj in (ref, rec):
        assert all(isinstance(p, comet.Person) for p in obj.persons("author"))
        assert isinstance(obj.persons("editor"), tuple)
        assert obj.csl_type is None or isinstance(obj.csl_type, str)
    assert ref.csl_type == ref.type
    assert [p.family for p in ref.persons()] == ["Berg"]
    assert [p.family for p in rec.persons()] == ["Berg", "Holm"]
    assert ref.persons("translator") == ()


def test_one_too_long_check() -> None:
    from comet.records import MAX_PAGE_LENGTH, too_long

    text = "x" * (MAX_PAGE_LENGTH + 5)
    with pytest.raises(comet.ParseError) as info:
        comet.parse_record(text)
    want = too_long(text, MAX_PAGE_LENGTH)
    assert (info.value.code, info.value.message, info.value.span) == (
        want.code,
        want.message,
        want.span,
    )
    lenient = comet.parse_reference("y" * 10_000, strict=False)
    assert lenient.error is not None and lenient.error.code is comet.ErrorCode.TOO_LONG


def test_alternation_is_longest_first() -> None:
    import re

    from comet.locales import alternation

    rx = re.compile(alternation(["Key", "Key words", "Keywords"], space=r"\s+"), re.I)
    assert rx.match("key  words: a, b").group() == "key  words"
    assert alternation([]) == ""
