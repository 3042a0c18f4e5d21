"""A broken locale file fails loudly, naming its file and key, wherever words are read
(issue 18: no ``except Exception`` swallows it), and the page's currency data is checked."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

import comet.locales as L
from comet.errors import LocaleDataError
from comet.identifiers import _labels, doi
from comet.page import prices


def _clear() -> None:
    _labels._locale_index.cache_clear()
    doi._link_phrases.cache_clear()


@pytest.fixture
def broken_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A third-party pack whose ``[identifiers].print`` is a number, not a list of strings."""
    path = tmp_path / "zz.toml"
    path.write_text('tag = "zz"\n[identifiers]\nprint = 3\n', encoding="utf-8")
    monkeypatch.setattr(L, "_plugin_paths", lambda: iter([("zz", path)]))
    # a fresh registry for the test; undo() puts back the process's own (and its cache)
    monkeypatch.setattr(L, "_registry", functools.cache(L._registry.__wrapped__))
    _clear()
    yield path
    monkeypatch.undo()
    _clear()


def test_identifier_words_fail_loudly(broken_pack: Path) -> None:
    with pytest.raises(LocaleDataError) as info:
        _labels.qualifier_key("pbk.")
    assert info.value.path == broken_pack.name and info.value.key == "[identifiers].print"


def test_doi_link_text_fails_loudly(broken_pack: Path) -> None:
    with pytest.raises(LocaleDataError) as info:
        doi._link_phrases()
    assert info.value.path == broken_pack.name and "[identifiers]" in info.value.key


def test_words_come_back_after_the_pack_is_gone() -> None:
    _clear()
    assert _labels.qualifier_key("pbk.") == "pbk"
    assert doi._link_phrases()


@pytest.mark.parametrize(
    ("data", "key"),
    [({"after": ["EUR"]}, "before"), ({"before": ["€"], "after": []}, "after"),
     ({"before": ["€"], "after": ["EUR", 3]}, "after")],
)  # fmt: skip
def test_currency_table_names_its_key(data: dict[str, object], key: str) -> None:
    with pytest.raises(LocaleDataError) as info:
        prices.price_pattern_of(data, "cur.toml")
    assert info.value.path == "cur.toml" and info.value.key == key


@pytest.mark.parametrize(
    ("line", "is_price"),
    [("€ 24,95", True), ("Price: 249 kr.", True), ("19.99 USD incl. VAT", True), ("£12", True),
     ("Vol. 12, pp. 3-9", False), ("12 EURO", False), ("ISBN 978-0-00-000000-2", False)],
)  # fmt: skip
def test_price_pattern_from_data(line: str, is_price: bool) -> None:
    assert bool(prices.price_pattern().search(line)) is is_price


@pytest.mark.parametrize(
    ("data", "key"),
    [({"groups": [], "contextual": []}, "[csl]"),
     ({"csl": {"x": "journal"}, "groups": [], "contextual": []}, "[csl].x"),
     ({"csl": {"x": "book"}, "groups": ["y"], "contextual": []}, "groups")],
)  # fmt: skip
def test_type_taxonomy_names_its_key(data: dict[str, object], key: str) -> None:
    from comet.vocab import types

    with pytest.raises(LocaleDataError) as info:
        types._taxonomy_of(data, "t.toml")
    assert info.value.path == "t.toml" and info.value.key == key
    assert types.TYPE_CSL["journal-article"] == "article-journal"
    assert "contribution-to-journal" in types.TYPE_GROUPS


def test_read_data_names_a_broken_data_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.resources

    class _Broken:
        def joinpath(self, name: str) -> _Broken:
            return self

        def read_bytes(self) -> bytes:
            return b"before = [\n"

    monkeypatch.setattr(importlib.resources, "files", lambda package: _Broken())
    monkeypatch.setattr(L, "resources", importlib.resources)
    with pytest.raises(LocaleDataError) as info:
        L.read_data("comet.page", "currencies.toml")
    assert info.value.path == "comet/page/currencies.toml" and info.value.key == "(file)"
