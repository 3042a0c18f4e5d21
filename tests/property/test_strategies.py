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


def test_strategies_import_in_a_fresh_interpreter() -> None:
    """Importing hypothesis runs comet's entry point while comet.strategies loads."""
    import subprocess
    import sys

    code = "import comet.strategies as s; from hypothesis import strategies as st; import comet; "
    code += "st.from_type(comet.PartialDate).example(); print(len(s.__all__))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
