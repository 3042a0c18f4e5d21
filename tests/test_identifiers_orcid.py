"""ORCID iDs: bare, labelled, URL; ISO 7064 MOD 11-2 check."""

from __future__ import annotations

import pytest

from comet import ErrorCode, Orcid, ParseError, parse_orcid
from comet.identifiers import find_orcids
from comet.identifiers import orcid as orcid_mod


@pytest.mark.parametrize(
    ("text", "value", "codes"),
    [
        ("0000-0002-1825-0097", "0000-0002-1825-0097", []),
        ("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097", ["removed-url"]),
        ("ORCID : 0000-0003-4129-5178", "0000-0003-4129-5178", ["removed-label"]),  # dev page 009's shape
        ("0000 0002 1825 0097", "0000-0002-1825-0097", ["normalized-separators"]),
        ("0000000218250097", "0000-0002-1825-0097", ["normalized-separators"]),
        ("http://orcid.org/0000-0002-1694-233x.", "0000-0002-1694-233X",
         ["removed-url", "uppercased", "removed-punctuation"]),
    ],
)  # fmt: skip
def test_forms(text: str, value: str, codes: list[str]) -> None:
    d = parse_orcid(text)
    assert d.value == value
    assert [x.code for x in d.diagnostics] == codes
    assert d.url == "https://orcid.org/" + value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0000-0002-1825-0098", ErrorCode.INVALID_CHECKSUM),
        ("0000-0002-1825-009", ErrorCode.INVALID_LENGTH),
        ("ORCID:", ErrorCode.INVALID_FORMAT),
        ("nobody", ErrorCode.NOT_FOUND),
        ("", ErrorCode.EMPTY),
        ("0000-0002-1825-0097 0000-0003-4129-5178", ErrorCode.AMBIGUOUS),
    ],
)
def test_errors(text: str, code: ErrorCode) -> None:
    with pytest.raises(ParseError) as info:
        parse_orcid(text)
    assert info.value.code is code


def test_find_and_record() -> None:
    text = "Jane Doe (ORCID: 0000-0003-4129-5178), https://orcid.org/0000-0002-1825-0097; 1234-5678-9012-3456"
    hits = list(find_orcids(text))
    assert [m.value.value for m in hits] == ["0000-0003-4129-5178", "0000-0002-1825-0097"]
    assert all(text[m.start : m.end] == m.raw for m in hits)
    d = parse_orcid("https://orcid.org/0000-0002-1825-0097")
    assert d == Orcid("0000-0002-1825-0097") and d.compact == "0000000218250097"
    assert orcid_mod.is_valid("https://orcid.org/0000-0002-1825-0097")
    assert not orcid_mod.is_valid("0000-0002-1825-0098")
    assert orcid_mod.format("0000 0002 1825 0097") == "0000-0002-1825-0097"
