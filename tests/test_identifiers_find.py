"""find_identifiers over whole pages: every gold identifier of the seed pages and (read in place
from ../shared/dev) of the dev pages, and hand-written lines in the dev pages' shapes."""

from __future__ import annotations

import pytest

import comet
from comet import Doi, Isbn, Issn, Orcid, find_identifiers
from tests.conftest import seed_text
from tests.shared_data import dev_path, page_split, read_jsonl, requires_shared


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


#: Identifier lines in the shapes the dev pages print them (hand-written, invented values).
DEV_SHAPES = [
    ("Orientalis 48: 211-236 (online May 9, 2022) https://doi.org/10.1556/2062.2022.00517", Doi("10.1556", "2062.2022.00517")),
    ("isbn = {978-1-931971-46-1},", Isbn("9781931971461", "1931971463")),
    ("isbn = {978-1-931971-53-9},", Isbn("9781931971539", "1931971536")),
    ("https://doi.org/10.1016/j.ecolind.2022.11.037Get rights and content", Doi("10.1016", "j.ecolind.2022.11.037")),
    ("https://doi.org/10.1016/S0022-2860(96)09317-5Get rights and content", Doi("10.1016", "s0022-2860(96)09317-5")),
    ("10.1051/jcp:01961005803021200", Doi("10.1051", "jcp:01961005803021200")),
    ("ORCID : 0000-0003-4129-5178", Orcid("0000-0003-4129-5178")),
    ("DOI: 10.1215/00127094-4421907", Doi("10.1215", "00127094-4421907")),
    ("DOI: 10.57262/die/1403582211", Doi("10.57262", "die/1403582211")),
    ("DOI: https://doi.org/10.1007/BF02814603", Doi("10.1007", "bf02814603")),
    ("DOI: https://doi.org/10.1007/s10853-014-8211-7", Doi("10.1007", "s10853-014-8211-7")),
    ("DOI 10.3386/w27418", Doi("10.3386", "w27418")),
    ("DOI 10.3386/w31206", Doi("10.3386", "w31206")),
    ("10.18653/v1/2022.coling-long.117", Doi("10.18653", "v1/2022.coling-long.117")),
    ("DOI: https://doi.org/10.1103/PhysRevApplied.17.024031", Doi("10.1103", "physrevapplied.17.024031")),
    ("DOI 10.1088/0031-9155/28/7/004", Doi("10.1088", "0031-9155/28/7/004")),
    ("https://doi.org/10.7326/M21-0417", Doi("10.7326", "m21-0417")),
    ("10.1145/3620665.3640391", Doi("10.1145", "3620665.3640391")),
    ("Association for Computing Machinery. https://doi.org/10.1145/3617232.3624862", Doi("10.1145", "3617232.3624862")),
    ("ISSN (Print)1083-4710", Issn("1083-4710")),
    ("Epub 2024 Nov 4. doi: 10.1145/3620665.3640391", Doi("10.1145", "3620665.3640391")),
]  # fmt: skip


@pytest.mark.parametrize(("line", "record"), DEV_SHAPES)
def test_dev_page_shapes(line: str, record: object) -> None:
    assert record in [m.value for m in find_identifiers(line)]


@requires_shared("pages", "gold.jsonl")
def test_dev_page_gold_read_in_place() -> None:
    """Every gold DOI, ISBN and ISSN of the dev pages (``../shared/dev/pages``) is found."""
    parse = {"DOI": comet.parse_doi, "ISBN": comet.parse_isbn, "ISSN": comet.parse_issn}
    checked = 0
    for line in read_jsonl(dev_path("pages", "gold.jsonl")):
        if page_split(line) != "dev":
            continue
        text = dev_path("pages", "pages", line["file"]).read_text("utf-8")
        found = [m.value for m in find_identifiers(text)]
        for field, fn in parse.items():
            values = line["gold"].get(field) or []
            for value in [values] if isinstance(values, str) else values:
                assert fn(value) in found, f"{line['file']}: {field} {value} not found"
                checked += 1
    assert checked >= 20


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
