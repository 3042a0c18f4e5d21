"""find_identifiers over whole pages: every gold identifier of the seed and dev pages."""

from __future__ import annotations

import pytest

import comet
from comet import Doi, Isbn, Issn, Orcid, find_identifiers
from tests.conftest import seed_text


def _found(text: str) -> set[tuple[str, str]]:
    return {(type(m.value).__name__, str(m.value)) for m in find_identifiers(text)}


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000", set()),
        ("001", {("Doi", "10.1080/03003930.2022.2081552")}),
        ("002", {("Doi", "10.4018/978-1-7998-4975-9.ch001"), ("Isbn", "9781799849759")}),
        ("003", set()),
    ],
)
def test_seed_pages(seed: str, expected: set[tuple[str, str]]) -> None:
    assert _found(seed_text(seed)) == expected


def test_seed_004() -> None:
    found = _found(seed_text("004"))
    assert ("Issn", "2353-3773") in found
    assert sum(kind == "Doi" for kind, _ in found) == 10
    # 10.4324/9780203736432 (a Routledge book DOI) embeds a valid ISBN-13
    assert ("Isbn", "9780203736432") in found


#: Identifier lines of the dev pages, as the pages print them, with the gold values.
DEV = [
    ("Academica 70: 195-218 (online June 6, 2023) https://doi.org/10.1556/2062.2023.00642", Doi("10.1556", "2062.2023.00642")),
    ("isbn = {978-1-939133-27-4},", Isbn("9781939133274", "1939133270")),
    ("isbn = {978-1-939133-31-1},", Isbn("9781939133311", "1939133319")),
    ("https://doi.org/10.1016/j.envsci.2023.04.016Get rights and content", Doi("10.1016", "j.envsci.2023.04.016")),
    ("https://doi.org/10.1016/S0009-2614(97)04014-1Get rights and content", Doi("10.1016", "s0009-2614(97)04014-1")),
    ("10.1051/jphysrad:01955001606044400", Doi("10.1051", "jphysrad:01955001606044400")),
    ("ORCID : 0000-0001-7905-8018", Orcid("0000-0001-7905-8018")),
    ("DOI: 10.1215/00127094-3129809", Doi("10.1215", "00127094-3129809")),
    ("DOI: 10.57262/ade/1391109086", Doi("10.57262", "ade/1391109086")),
    ("DOI: https://doi.org/10.1007/BF02727953", Doi("10.1007", "bf02727953")),
    ("DOI: https://doi.org/10.1007/s10924-010-0192-1", Doi("10.1007", "s10924-010-0192-1")),
    ("DOI 10.3386/w29971", Doi("10.3386", "w29971")),
    ("DOI 10.3386/w33843", Doi("10.3386", "w33843")),
    ("10.18653/v1/2021.naacl-main.208", Doi("10.18653", "v1/2021.naacl-main.208")),
    ("DOI: https://doi.org/10.1103/RevModPhys.94.045004", Doi("10.1103", "revmodphys.94.045004")),
    ("DOI 10.1088/0026-1394/12/4/002", Doi("10.1088", "0026-1394/12/4/002")),
    ("https://doi.org/10.7326/M19-3075", Doi("10.7326", "m19-3075")),
    ("10.1145/3669940.3707275", Doi("10.1145", "3669940.3707275")),
    ("Association for Computing Machinery. https://doi.org/10.1145/3676641.3716003", Doi("10.1145", "3676641.3716003")),
    ("ISSN (Print)1072-4451", Issn("1072-4451")),
    ("Epub 2025 Oct 17. doi: 10.1145/3725843.3756043", Doi("10.1145", "3725843.3756043")),
]  # fmt: skip


@pytest.mark.parametrize(("line", "record"), DEV)
def test_dev_page_gold(line: str, record: object) -> None:
    assert record in [m.value for m in find_identifiers(line)]


def test_sorted_by_position_with_embedded_isbn() -> None:
    text = "ORCID 0000-0002-1825-0097. DOI: 10.4018/978-1-7998-4975-9.ch001. eISSN 2353-3773"
    hits = list(find_identifiers(text))
    assert [type(m.value).__name__ for m in hits] == ["Orcid", "Doi", "Isbn", "Issn"]
    assert [m.start for m in hits] == sorted(m.start for m in hits)
    for m in hits:
        assert text[m.start : m.end] == m.raw


def test_exports() -> None:
    for name in ("parse_doi", "parse_issn", "parse_isbn", "parse_orcid", "find_dois",
                 "find_identifiers", "Doi", "Issn", "Isbn", "Orcid"):  # fmt: skip
        assert name in comet.__all__ and hasattr(comet, name)


def test_records_check_their_shape() -> None:
    with pytest.raises(ValueError):
        Doi("11.1000", "x")
    with pytest.raises(ValueError):
        Doi("10.1000", "")
    with pytest.raises(ValueError):
        Issn("23533773")
    with pytest.raises(ValueError):
        Isbn("1234567890123")
    with pytest.raises(ValueError):
        Isbn("9780716703440", "07167")
    with pytest.raises(ValueError):
        Orcid("0000-0002-1825")


def test_benchmark_corpus_is_read_right() -> None:
    """Every string of ``benchmarks/data/identifiers.txt`` gives its expected identifier."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "identifiers.txt"
    if not path.exists():
        pytest.skip("benchmarks/data/identifiers.txt is not in this checkout")
    parsers = {"doi": comet.parse_doi, "issn": comet.parse_issn, "isbn": comet.parse_isbn}
    wrong = []
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, expected, text = line.split("\t", 2)
        text = text.replace("\\n", "\n").replace("\\t", "\t")
        result = parsers[kind.removeprefix("junk-")](text, strict=False)
        value = result.value
        got = "-" if value is None else (value.isbn13 if isinstance(value, Isbn) else value.value)
        if got != expected:
            wrong.append((text, expected, got))
    assert wrong == []
