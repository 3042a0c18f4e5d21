"""The public strategies are registered with hypothesis: ``st.from_type`` works for records."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import comet

TYPES = [comet.Doi, comet.Issn, comet.Isbn, comet.Orcid, comet.PartialDate, comet.PageRange,
         comet.Person, comet.Keyword, comet.Status]  # fmt: skip


@pytest.mark.parametrize("record_type", TYPES, ids=lambda t: t.__name__)
def test_from_type_draws_records(record_type: type) -> None:
    @settings(max_examples=20, deadline=None)
    @given(st.from_type(record_type))
    def check(value: object) -> None:
        assert isinstance(value, record_type)
        assert isinstance(value.to_dict(), dict)  # type: ignore[attr-defined]

    check()
