"""Every public parser once on a megabyte of adversarial text: a guard against hangs.

Not a speed test (``benchmarks/scaling.py`` measures speed): the bound is generous
(``pytest-timeout``), so only a return of catastrophic backtracking or a quadratic loop
trips it.  Parsers are discovered as in ``tests/property/test_contract.py``; a field
parser with a maximum length rejects the megabyte at once with ``ParseError(too-long)``,
so the guard also checks that it does not scan before rejecting.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

import comet
from comet import ParseError, dates, keywords, locators, names, references
from comet.identifiers import doi, isbn, issn, orcid
from comet.page import MAX_PAGE_LENGTH
from comet.vocab import country, language, status, types
from tests.property.test_contract import PARSERS

MEGABYTE = 1_000_000

#: the run kinds of benchmarks/scaling.py, each a slice of the megabyte
_UNITS = [
    "1234567890", ".", "-", ",", "10.", "(", "Status: ", " ", "a1", "Smith, J., ", "\n",
    "1-", "pp. 1-2, ", "the ", "12 May 2019 ", "978-0-", "a\r\nb\rc\n", "é\u0301\u200f\x00ﬁ–",
    "Smith, J. (2019). Title. ", "Title: A study of things\n", "Article Google Scholar ",
    "Some prose here. cheap garden gnome lamps, ",
]  # fmt: skip


def _adversarial(size: int = MEGABYTE) -> str:
    """``size`` characters: a DOI prefix with a long suffix, then a run of every unit."""
    part = size // (len(_UNITS) + 1)
    chunks = ["doi:10.1234/" + "a.b-c_d;e(f)g/h:" * (part // 16)]
    chunks += [(u * (part // len(u) + 1))[:part] for u in _UNITS]
    text = "".join(chunks)[:size]
    return text + "x" * (size - len(text))


TEXT = _adversarial()


def _call(fn: Callable[..., Any], text: str) -> None:
    try:
        if "strict" in inspect.signature(fn).parameters:
            fn(text, strict=False)
            return
        out = fn(text)
        if inspect.isgenerator(out) or hasattr(out, "__next__"):
            for _ in out:
                pass
    except ParseError as exc:
        assert exc.code == "too-long", exc.code


def test_the_megabyte() -> None:
    assert len(TEXT) == MEGABYTE
    assert len(set(TEXT)) > 30


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", [*PARSERS, "clean_text"])
def test_no_hang_on_a_megabyte(name: str) -> None:
    _call(comet.clean_text if name == "clean_text" else PARSERS[name], TEXT)


#: every parse_* and its documented maximum input length (docs/robustness.md); a new
#: parser must add its line here and to the table
CAPS: dict[str, int] = {
    "parse_doi": doi.MAX_LENGTH,
    "parse_isbn": isbn.MAX_LENGTH,
    "parse_issn": issn.MAX_LENGTH,
    "parse_orcid": orcid.MAX_LENGTH,
    "parse_date": dates.MAX_LENGTH,
    "parse_date_range": dates.MAX_LENGTH,
    "parse_country": country.MAX_LENGTH,
    "parse_language": language.MAX_LENGTH,
    "parse_status": status.MAX_LENGTH,
    "parse_publication_type": types.MAX_LENGTH,
    "parse_pages": locators.PAGES_MAX_LENGTH,
    "parse_locator": locators.LOCATOR_MAX_LENGTH,
    "parse_name": names.MAX_LENGTH,
    "parse_names": names.MAX_LENGTH,
    "parse_keywords": keywords.MAX_LENGTH,
    "parse_reference": references.MAX_LENGTH,
    "parse_references": references.MAX_BLOCK_LENGTH,
    "parse_record": MAX_PAGE_LENGTH,
    "parse_html": 32 * MAX_PAGE_LENGTH,  # comet.html.MAX_HTML_LENGTH
    "find_locators": locators.FIND_MAX_LENGTH,
    "find_keyword_blocks": keywords.FIND_MAX_LENGTH,
    "find_dates": dates.FIND_MAX_LENGTH,
}


def test_every_parser_has_a_documented_cap() -> None:
    missing = [n for n in PARSERS if n.startswith("parse_") and n not in CAPS]
    assert not missing, f"add a maximum length for {missing} (docs/robustness.md)"


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", sorted(CAPS))
def test_too_long_fails_at_once(name: str) -> None:
    fn = PARSERS[name]
    cap = CAPS[name]
    with pytest.raises(ParseError) as info:
        out = fn("x" * (cap + 1))
        if name.startswith("find_"):
            list(out)
    assert info.value.code == "too-long"
    if "strict" in inspect.signature(fn).parameters:
        assert fn("1" * (cap + 1), strict=False).error.code == "too-long"
        if cap <= 20_000:  # the cap itself is accepted (not too-long)
            err = fn("x" * cap, strict=False).error
            assert err is None or err.code != "too-long"
