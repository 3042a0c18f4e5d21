"""A data repository's citation of its own record (DataCite's order: creator, year, title,
publisher, resource type, identifier): the name before the DOI is the publisher, not a place,
and a resource type is neither (:mod:`comet.page.publisher_cited`). Invented records."""

from __future__ import annotations

import pytest

from comet import parse_record

_TOP = (
    "Sign In\nHome\nDiscover\nTidal gauge records of Heron Creek\nAuthors:\tOla Berg\n"
    "Created:\tJul 16, 2016\nAbstract\nTidal gauge records of the creek over six years.\n"
)


def _csl(cite_head: str, citation: str) -> dict[str, object]:
    return parse_record(f"{_TOP}{cite_head}\n{citation}\n").to_csl()


@pytest.mark.parametrize(
    ("head", "citation", "publisher"),
    [
        (
            "How to Cite",
            "Berg, O. (2017). Tidal gauge records of Heron Creek, MarshShare, "
            "https://doi.org/10.4211/hs.1234abcd",
            "MarshShare",
        ),
        (
            "Citation",
            "Berg, Ola (2020), Tidal gauge records of Heron Creek, Reedbank, Dataset, "
            "https://doi.org/10.5061/reedbank.abc123",
            "Reedbank",
        ),
        (
            "Cite",
            "Berg, Ola (2019): Tidal gauge records of Heron Creek. Heronshare. Dataset. "
            "https://doi.org/10.6084/m9.heronshare.111111.v1",
            "Heronshare",
        ),
    ],
)
def test_a_repository_before_the_doi_is_the_publisher(
    head: str, citation: str, publisher: str
) -> None:
    csl = _csl(head, citation)
    assert csl.get("publisher") == publisher
    assert csl.get("publisher-place") in (None, "")


@pytest.mark.parametrize(
    ("citation", "place"),
    [
        # a city of the lexicon before the DOI stays a place
        (
            "Berg, O. (2017). Tidal gauge records of Heron Creek, London, "
            "https://doi.org/10.4211/hs.1234abcd",
            "London",
        ),
    ],
)
def test_a_city_before_the_doi_stays_a_place(citation: str, place: str) -> None:
    csl = _csl("How to Cite", citation)
    assert csl.get("publisher") != place


def test_no_doi_no_publisher_from_a_place() -> None:
    csl = _csl("How to Cite", "Berg, O. (2017). Tidal gauge records of Heron Creek, MarshShare.")
    assert csl.get("publisher") != "MarshShare"
