"""Property tests for ``parse_reference`` and ``parse_references``."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import comet
from comet import ParseError
from comet import strategies as cst

_FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    res = comet.parse_reference(text, strict=False)
    assert (res.value is None) == (res.error is not None)
    with contextlib.suppress(ParseError):
        comet.parse_reference(text)


@_FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_lists_never_crash(text: str) -> None:
    res = comet.parse_references(text, strict=False)
    if res.value is not None:
        assert all(r.raw for r in res.value.references)


@_FAST
@given(cst.reference_cases())
def test_round_trip(case: tuple[str, dict[str, object]]) -> None:
    text, fields = case
    ref = comet.parse_reference(text)
    assert [p.family for p in ref.authors] == fields["families"]
    assert ref.issued is not None and ref.issued.year == fields["year"]
    assert ref.title == fields["title"]
    assert ref.container_title == fields["container"]
    assert (ref.volume, ref.issue, str(ref.pages)) == (
        fields["volume"],
        fields["issue"],
        fields["pages"],
    )


@_FAST
@given(cst.reference_strings())
def test_reparse_raw_is_stable(text: str) -> None:
    ref = comet.parse_reference(text)
    assert comet.parse_reference(ref.raw) == ref


@_FAST
@given(cst.reference_lists())
def test_list_count(case: tuple[str, int]) -> None:
    block, n = case
    assert len(comet.parse_references(block)) == n


@_FAST
@given(
    cst.reference_strings(), st.sampled_from(["Search in Google Scholar", "Crossref", "[PubMed]"])
)
def test_link_text_is_dropped(text: str, link: str) -> None:
    clean = comet.parse_reference(text)
    noisy = comet.parse_reference(f"{text} {link}")
    assert noisy == clean
    assert "removed-link-text" in {d.code for d in noisy.diagnostics}


@_FAST
@given(st.text(alphabet=st.sampled_from("\x00 .,;:()[]⟨⟩aZ1 2019 doi 10.1/x"), max_size=120))
def test_no_internal_markers_leak(text: str) -> None:
    res = comet.parse_reference(text, strict=False)
    if res.value is not None:
        assert "\x00" not in res.value.to_json()
