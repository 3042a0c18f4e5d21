"""The named rules of reference segmentation, each checked on references of several shapes.

All strings here are invented for these tests (names, titles and journals are made up).
"""

from __future__ import annotations

import pytest

import comet


@pytest.mark.parametrize(
    ("text", "doi", "leftover"),
    [
        (
            "Holm, A. (2019). Tides of paper. Harbour Studies, 4(2), 10-20. doi:10.1234/hs.2019.4",
            "10.1234/hs.2019.4",
            "doi",
        ),
        (
            "Holm, A. (2019). Tides of paper. Harbour Studies, 4(2), 10-20. "
            "https://doi.org/10.1234/HS-77.",
            "10.1234/hs-77",
            "doi.org",
        ),
        (
            "Berg K, Lund P. Salt and stone. Nord Geol Rev. 2011;12:33-41. "
            "⟨10.5555/ngr.12.33⟩ ⟨hal-0001⟩",
            "10.5555/ngr.12.33",
            "⟨⟩",
        ),
        (
            "Okafor, N. 2020. Quiet rivers. Journal of Small Things 7: 1–9.10.4321/jst.7.1",
            "10.4321/jst.7.1",
            "4321",
        ),
        (
            "Dufour, M. (2015). Les ponts. Revue des Ouvrages, 3, 44-50. (DOI: 10.7777/ro.3.44)",
            "10.7777/ro.3.44",
            "DOI",
        ),
    ],
)
def test_doi_is_lifted_with_its_label(text: str, doi: str, leftover: str) -> None:
    """The DOI is found by comet.identifiers; its label, URL and brackets go with it."""
    ref = comet.parse_reference(text)
    assert str(ref.doi) == doi
    for field in (ref.title, ref.container_title, ref.volume, ref.issue, ref.note):
        assert leftover not in (field or "")
    assert "took-doi" in {d.code for d in ref.diagnostics}


def test_doi_in_a_publisher_url_path_stays_in_the_url() -> None:
    text = (
        "Marsh, T. (2018). Grey water. Wetland Letters, 2, 5-6. "
        "https://publisher.example.org/doi/full/10.9999/wl.2.5"
    )
    ref = comet.parse_reference(text)
    assert ref.doi is None
    assert ref.url is not None and ref.url.endswith("/doi/full/10.9999/wl.2.5")


def test_pages_glued_to_a_doi_stay_pages() -> None:
    ref = comet.parse_reference(
        "Ahn, S. (2021). Paper boats. Coastal Review, 9(1), 101–118.10.2468/cr.9.101"
    )
    assert str(ref.doi) == "10.2468/cr.9.101"
    assert str(ref.pages) == "101-118"


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (
            "Lindqvist, M. (2016). Boundary work in small municipalities; "
            "Local Government Studies, 42 (3), 401-420.",
            "Boundary work in small municipalities",
            "Local Government Studies",
        ),
        (
            "Sato, K. (2012). Rivers and roads: a comparison; Transport Reviews, 32 (1), 55-70.",
            "Rivers and roads: a comparison",
            "Transport Reviews",
        ),
        (
            "Moreau, J. (2009). Les villes et la mer; Revue de Géographie Maritime, 18 (2), 12-30.",
            "Les villes et la mer",
            "Revue de Géographie Maritime",
        ),
        (
            "Petersen, L. (2020). Quiet reform. Notes from three towns; "
            "Nordic Journal of Planning, 7 (1), 1-19.",
            "Quiet reform. Notes from three towns",
            "Nordic Journal of Planning",
        ),
    ],
)
def test_semicolon_ends_the_title(text: str, title: str, container: str) -> None:
    """``Title; Journal``: the last semicolon before a capitalised name ends the title."""
    ref = comet.parse_reference(text)
    assert (ref.title, ref.container_title) == (title, container)


def test_semicolon_inside_a_title_without_a_journal_after_it() -> None:
    ref = comet.parse_reference("Ek, J. (2001). Work; and other chores, 3 (1), 5-9.")
    assert ref.title is not None and ref.title.startswith("Work; and other")


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (
            "Kowalski P, Nowak A. Serum markers of chronic liver injury in older adults "
            "Eur J Gastroenterol Hepatol 2004; 16: 1101-7.",
            "Serum markers of chronic liver injury in older adults",
            "Eur J Gastroenterol Hepatol",
        ),
        (
            "Huang L, Chen W. Early mobilisation after hip surgery Clin Rehabil 2015;29:310-8.",
            "Early mobilisation after hip surgery",
            "Clin Rehabil",
        ),
        (
            "Ibsen R, Dahl T. Sleep quality among night shift nurses J Adv Nurs 2019;75(2):221-9.",
            "Sleep quality among night shift nurses",
            "J Adv Nurs",
        ),
    ],
)
def test_unpunctuated_nlm_journal(text: str, title: str, container: str) -> None:
    """NLM references printed without periods: the closing run of capitalised words."""
    ref = comet.parse_reference(text)
    assert (ref.title, ref.container_title) == (title, container)


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        (
            "Martin, P. (1998). Le paysage et ses images, Presses universitaires de Lorraine, "
            "Nancy.",
            "Le paysage et ses images",
            "Presses universitaires de Lorraine",
            "Nancy",
        ),
        (
            "Baker, S. (2004). A history of small harbours, Oxford University Press, Oxford.",
            "A history of small harbours",
            "Oxford University Press",
            "Oxford",
        ),
        (
            "Vogel, H. (1987). Die Stadt am Fluss, Suhrkamp Verlag, Frankfurt.",
            "Die Stadt am Fluss",
            "Suhrkamp Verlag",
            "Frankfurt",
        ),
    ],
)
def test_comma_imprint_after_a_book_title(
    text: str, title: str, publisher: str, place: str
) -> None:
    """``Title, Publisher, Place`` with no locator: the imprint is peeled off the title."""
    ref = comet.parse_reference(text)
    assert (ref.title, ref.publisher, ref.place) == (title, publisher, place)


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        (
            "Varga T, Nilsen A. A survey of harbour cranes. Port Eng Rev. 2018;9(2):11-19.",
            ["Varga", "Nilsen"],
            "A survey of harbour cranes",
        ),
        (
            "Varga T, Nilsen AB. A note on tidal locks. Port Eng Rev. 2018;9(2):11-19.",
            ["Varga", "Nilsen"],
            "A note on tidal locks",
        ),
        (
            "Ortiz, M. A. A history of quays. Harbour Studies 3 (2004) 5-9.",
            ["Ortiz"],
            "A history of quays",
        ),
        (
            "Ortiz, M. A and Lehto, K. 2004. Quays and walls. Harbour Studies 3: 5-9.",
            ["Ortiz", "Lehto"],
            "Quays and walls",
        ),
    ],
)
def test_article_a_after_initials_starts_the_title(
    text: str, families: list[str], title: str
) -> None:
    """After an author's initials, a capital ``A`` followed by a lower-case word (no "and")
    is the article opening the title, not one more initial."""
    ref = comet.parse_reference(text)
    assert [p.family for p in ref.authors.persons] == families
    assert ref.title == title
