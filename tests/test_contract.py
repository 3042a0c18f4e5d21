"""The error and diagnostics contract (errors, diagnostics, records)."""

from __future__ import annotations

import pickle

import attrs
import pytest

import comet
from comet.diagnostics import Diagnostic
from comet.errors import ErrorCode, ParseError
from comet.records import Parsed, fail, run


def test_parse_error_is_value_error_with_span() -> None:
    err = ParseError("bad", code="invalid-checksum", input="x" * 500, start=200, end=210)
    assert isinstance(err, ValueError)
    assert err.code is ErrorCode.INVALID_CHECKSUM
    assert err.span == (200, 210)
    shown = str(err)
    assert shown.startswith("invalid-checksum: bad at 200-210")
    assert len(shown) < 200  # long inputs are excerpted


def test_parse_error_pickles() -> None:
    err = ParseError("bad", code="not-found", input="abc", start=1, end=2)
    back = pickle.loads(pickle.dumps(err))
    assert (back.code, back.input, back.span, back.message) == (err.code, "abc", (1, 2), "bad")


def test_unknown_code_rejected() -> None:
    with pytest.raises(ValueError):
        ParseError("bad", code="no-such-code")


def test_diagnostic_frozen_and_shifted() -> None:
    d = Diagnostic("removed-boilerplate", "m", (1, 3))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.code = "x"  # type: ignore[misc]
    assert d.shifted(10).span == (11, 13)
    assert Diagnostic("c", "m").shifted(5).span is None


def _impl(text: str) -> Parsed[str]:
    if text == "ok":
        return Parsed("OK", (), text)
    return fail(text, "not ok", ErrorCode.INVALID_FORMAT, 0, len(text))


def test_run_strict_and_lenient() -> None:
    assert run(_impl, "ok", True) == "OK"
    with pytest.raises(ParseError) as info:
        run(_impl, "nope", True)
    assert info.value.code is ErrorCode.INVALID_FORMAT
    lenient = run(_impl, "nope", False)
    assert lenient.value is None and lenient.error is not None
    assert lenient.diagnostics[-1].code == "invalid-format"
    assert lenient.to_dict()["error"]["code"] == "invalid-format"


def test_run_type_error_and_length_cap() -> None:
    with pytest.raises(TypeError):
        run(_impl, b"ok", True)
    with pytest.raises(ParseError) as info:
        run(_impl, "x" * 11, True, max_length=10)
    assert info.value.code is ErrorCode.TOO_LONG
    assert run(_impl, "x" * 11, False, max_length=10).error.code is ErrorCode.TOO_LONG


def test_version() -> None:
    assert isinstance(comet.__version__, str) and comet.__version__


def test_parse_error_message_stays_short_for_a_long_span() -> None:
    err = ParseError("nothing here", code=ErrorCode.NOT_FOUND, input="x" * 100_000)
    text = str(err)
    assert len(text) < 250 and "…" in text
    assert err.input == "x" * 100_000  # the input itself is kept whole
