"""An invented first page of a paper (venue line, title, byline, affiliation, abstract) and
the authors ``parse_record`` reads from it: the byline tests of persons29 and names29."""

from __future__ import annotations

from comet import parse_record

PAPER = """{venue}
{title}
{byline}
{affiliation}
{abstract_label}
{abstract}
"""


def author_pairs(
    parts: dict[str, str], byline: str, *, particles: bool = False
) -> list[tuple[str, str]]:
    """(family, given) of each author read from :data:`PAPER` filled with ``parts`` and
    ``byline``; with ``particles``, a non-dropping particle opens the family name."""
    text = PAPER.format(byline=byline, **parts)
    authors = parse_record(text).to_csl().get("author") or []
    keys = ("non-dropping-particle", "family") if particles else ("family",)
    return [(" ".join(a[k] for k in keys if a.get(k)), a.get("given", "")) for a in authors]
