"""The README's first lines give exactly the two set-up commands (its examples run in
``tests/test_docs_examples.py``)."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_opens_with_two_commands() -> None:
    lines = README.read_text("utf-8").splitlines()
    fence = [i for i, line in enumerate(lines[:10]) if line.startswith("```")]
    commands = lines[fence[0] + 1 : fence[1]]
    assert len(commands) == 2
    assert "comet parse tests/data/pages/" in commands[0]
    assert "python -m pytest" in commands[1]
