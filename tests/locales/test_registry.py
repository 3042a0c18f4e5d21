"""The locale registry, loader and validator (logic tests use fixture files)."""

from __future__ import annotations

from pathlib import Path

import pytest

import comet.locales as L
from comet.errors import LocaleDataError, UnknownLocaleError
from comet.locales.__main__ import main as locales_main

SHIPPED = {"da", "sv", "nb", "nn", "de", "nl", "fi", "fr", "en"}


def test_shipped_locales_available() -> None:
    assert set(L.available()) >= SHIPPED


@pytest.mark.parametrize(
    ("query", "tag"),
    [("da", "da"), ("da-DK", "da"), ("da_DK", "da"), ("Danish", "da"), ("dansk", "da"),
     ("svenska", "sv"), ("no", "nb"), ("nb-NO", "nb"), ("Deutsch", "de"), ("German", "de")],
)  # fmt: skip
def test_get_resolves_tags_and_names(query: str, tag: str) -> None:
    assert L.get(query).tag == tag


def test_get_unknown() -> None:
    with pytest.raises(UnknownLocaleError) as info:
        L.get("klingon-xx-nothing")
    assert info.value.tag == "klingon-xx-nothing"


def test_lookup_is_case_insensitive() -> None:
    assert L.get("da").lookup("status", "UDGIVET") == "published"


def _write(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return p


def test_validation_names_file_and_key(tmp_path: Path) -> None:
    p = _write(tmp_path, "xx.toml", 'tag = "xx"\n[months]\nmay = 3\n')
    with pytest.raises(LocaleDataError) as info:
        L.load_file(p)
    assert info.value.path == "xx.toml" and info.value.key == "[months].may"


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('tag = "xx"\n[nonsense]\na = ["b"]\n', "[nonsense]"),
        ('tag = "xx"\n[months]\nmaybe = ["x"]\n', "[months].maybe"),
        ('tag = "xx"\n[status]\npublished = ["A"]\naccepted = ["a"]\n', "[status].accepted"),
        ('tag = "xx"\ndate_order = "XYZ"\n', "date_order"),
        ("tag = 3\n", "tag"),
        ('tag = "xx"\n[labels]\ntitle = [" T"]\n', "[labels].title[0]"),
        ('tag = "xx"\n[labels\n', ""),
    ],
)
def test_validation_errors(tmp_path: Path, body: str, key: str) -> None:
    with pytest.raises(LocaleDataError) as info:
        L.load_file(_write(tmp_path, "xx.toml", body))
    assert info.value.key == key


def test_check_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(
        tmp_path, "xx.toml", 'tag = "xx"\nnames = ["Xish"]\n[status]\npublished = ["Y"]\n'
    )
    assert locales_main(["check", str(good)]) == 0
    bad = _write(tmp_path, "yy.toml", 'tag = "yy"\n[months]\nmay = 3\n')
    assert locales_main(["check", str(bad)]) == 1
    assert "yy.toml [months].may: expected a list of strings" in capsys.readouterr().out


def test_resolve() -> None:
    assert L.resolve(None) == L.all_rules()
    assert [r.tag for r in L.resolve(["da", "Danish", "sv"])] == ["da", "sv", L.NEUTRAL]
    assert L.resolve("da") == (L.get("da"), L.get(L.NEUTRAL))
