"""Public hypothesis strategies for comet's inputs and records.

Use them in your own tests::

    from hypothesis import given
    from comet import strategies as cst

Each family lives in a private submodule and is re-exported here.
Requires ``hypothesis`` (the ``comet-meta[strategies]`` or ``[test]`` extra).
"""

from __future__ import annotations

__all__: list[str] = []


def _hypothesis_setup_hook() -> None:
    """Entry point for hypothesis: register ``st.from_type`` strategies for comet records."""
