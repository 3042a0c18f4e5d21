"""Names of a language that writes the family name first (Vietnamese), read so where the
first word is one of its commonest surnames (``[name_grammar].family_first_surnames`` of
``vi.toml``) and the last is none. Invented pages; every name and title was written for these
tests."""

from __future__ import annotations

import pytest

from comet import parse_record

_PAGE = """Sự di cư của chim đầm lầy ở đồng bằng sông Hồng

{byline}

Viện Sinh thái học Việt Nam

Tóm tắt: Chim đầm lầy bay về phương nam vào mùa đông và trở lại vào mùa xuân.
"""


@pytest.mark.parametrize(
    ("byline", "family", "given"),
    [("Phạm Thị Lan", "Phạm", "Thị Lan"), ("Đỗ Văn Minh", "Đỗ", "Văn Minh")],
)
def test_a_vietnamese_name_is_read_family_name_first(byline: str, family: str, given: str) -> None:
    item = parse_record(_PAGE.format(byline=byline)).to_csl()
    assert item.get("author") == [{"family": family, "given": given}]


@pytest.mark.parametrize(
    ("byline", "family"),
    [
        ("Lan Phạm1", "Phạm"),  # written given name first (the surname last): as it stands
        ("Anna Lindqvist1", "Lindqvist"),  # no such surname first
    ],
)
def test_other_names_keep_their_order(byline: str, family: str) -> None:
    authors = parse_record(_PAGE.format(byline=byline)).to_csl().get("author") or []
    assert [a.get("family") for a in authors] == [family]


def test_a_comma_written_name_keeps_its_order() -> None:
    page = _PAGE.format(byline="Tác giả: Minh, Đỗ Văn")
    authors = parse_record(page).to_csl().get("author") or []
    assert all(a.get("family") != "Đỗ" for a in authors)


def test_an_unaccented_french_article_is_no_surname() -> None:
    page = "Le Monde des oiseaux\n\nLe Grand Marais\n\nRésumé : Les oiseaux des marais partent.\n"
    authors = parse_record(page).to_csl().get("author") or []
    assert all(a.get("family") != "Le" for a in authors)
