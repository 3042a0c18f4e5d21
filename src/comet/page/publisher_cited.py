"""The publisher and the place a page's citation of its own work names, read the way a
data repository prints one: DataCite's order is *Creator (Year). Title. Publisher. Resource
type. Identifier*, so the name before the DOI is the publisher (the repository), not a
place (``Berg, O. (2017). Tidal gauge records, MarshShare, https://doi.org/…``), and a
resource type between them (``Dataset``, ``Software``) is neither (``…, Reedbank, Dataset,
https://doi.org/…``). The reference reader, which knows books' imprints, may read such a
name as a place and the type as a publisher; here they are put right.
"""

from __future__ import annotations

from comet import locales as _loc
from comet.page.evidence import Cand, _Page
from comet.page.imprint import _country
from comet.page.name_checks import _is_type_term
from comet.page.places import is_city

__all__ = ["cited_places", "cited_publishers"]

#: words of a repository's name at most
REPOSITORY_WORDS = 4

#: the evidence of exports whose tags name each field (``PB  - …``, ``publisher = {…}``)
TAGGED = frozenset({"RIS block on the page", "BibTeX block on the page",
                    "Refer/EndNote block on the page"})  # fmt: skip


def _parts(
    item: dict[str, object], rules: tuple[_loc.LocaleRules, ...], *, tagged: bool = False
) -> tuple[str | None, str | None]:
    """The publisher and the place of one citation, put right (see the module's text): a
    resource type is neither, except in a ``tagged`` export, whose tag names the field (RIS
    ``PB - Kniga``: a publisher named by the word for a book); a lone place before the identifier of a cited work with a DOI
    that is no city of the locales' lexicon and no country is its publisher."""
    pub = item.get("publisher")
    place = item.get("publisher-place")
    pub = pub if isinstance(pub, str) and pub else None
    place = place if isinstance(place, str) and place else None
    if pub is not None and not tagged and _is_type_term(pub, rules):
        pub = None  # 'Reedbank, Dataset, https://doi.org/…': the type, no publisher
    if place is not None and _is_type_term(place, rules):
        place = None  # 'Heronshare. Dataset. https://doi.org/…'
    if pub is None and place is not None and item.get("DOI"):
        words = place.split()
        if (
            0 < len(words) <= REPOSITORY_WORDS
            and place[:1].isupper()
            and not any(c.isdigit() for c in place)
            and not is_city(place.split(",")[0], rules)
            and not _country(place, rules)
        ):
            pub, place = place, None  # 'Tidal gauge records, MarshShare, https://doi.org/…'
    return pub, place


def _cited(page: _Page, part: int) -> list[Cand]:
    """The publishers (``part`` 0) or the places (1) the page's citations name, put right
    (:func:`_parts`)."""
    out = []
    for item, span, weight, evidence in page.cites:
        value = _parts(item, page.rules, tagged=evidence in TAGGED)[part]
        if value is not None:
            out.append(Cand(value, weight, span, evidence))
    return out


def cited_publishers(page: _Page) -> list[Cand]:
    """The publishers the page's citations name, put right (:func:`_parts`)."""
    return _cited(page, 0)


def cited_places(page: _Page) -> list[Cand]:
    """The places the page's citations name, put right (:func:`_parts`)."""
    return _cited(page, 1)
