"""CSL-JSON helpers shared by the readers and writers.

>>> names_to_text([{"family": "Berg", "given": "J.", "non-dropping-particle": "van der"}])
['van der Berg, J.']
>>> split_page("801-820")
('801', '820')
>>> issued_parts({"issued": {"date-parts": [[2023, 8]]}})
[2023, 8]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

__all__ = [
    "CSL_TYPES",
    "family_of",
    "issued_parts",
    "join_records",
    "name_to_text",
    "names_to_text",
    "split_page",
]

#: The item types of CSL 1.0.2 (``csl-data.json``'s ``type`` enum).
CSL_TYPES = frozenset(
    [
        "article",
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "bill",
        "book",
        "broadcast",
        "chapter",
        "classic",
        "collection",
        "dataset",
        "document",
        "entry",
        "entry-dictionary",
        "entry-encyclopedia",
        "event",
        "figure",
        "graphic",
        "hearing",
        "interview",
        "legal_case",
        "legislation",
        "manuscript",
        "map",
        "motion_picture",
        "musical_score",
        "pamphlet",
        "paper-conference",
        "patent",
        "performance",
        "periodical",
        "personal_communication",
        "post",
        "post-weblog",
        "regulation",
        "report",
        "review",
        "review-book",
        "software",
        "song",
        "speech",
        "standard",
        "thesis",
        "treaty",
        "webpage",
    ]
)


def family_of(name: Mapping[str, Any]) -> str:
    """The family name with its non-dropping particle (``van der Berg``), or the literal."""
    if name.get("literal"):
        return str(name["literal"])
    parts = [name.get("non-dropping-particle"), name.get("family")]
    return " ".join(str(p) for p in parts if p)


def name_to_text(name: Mapping[str, Any]) -> str:
    """``Family, Given`` (with particles and suffix) or the literal name."""
    if name.get("literal"):
        return str(name["literal"])
    family = family_of(name)
    given = " ".join(str(p) for p in (name.get("given"), name.get("dropping-particle")) if p)
    out = family
    if given:
        out += f", {given}"
    if name.get("suffix"):
        out += f", {name['suffix']}"
    return out


def names_to_text(names: Sequence[Mapping[str, Any]]) -> list[str]:
    return [name_to_text(n) for n in names]


def split_page(page: str) -> tuple[str, str | None]:
    """``"801-820"`` → ``("801", "820")``; a single page → ``(page, None)``."""
    for sep in ("--", "–", "—", "-"):
        if sep in page:
            first, _, last = page.partition(sep)
            return first.strip(), last.strip() or None
    return page.strip(), None


def issued_parts(item: Mapping[str, Any], key: str = "issued") -> list[int]:
    """The first ``date-parts`` entry of a CSL date variable, or ``[]``."""
    value = item.get(key)
    if not isinstance(value, Mapping):
        return []
    parts = value.get("date-parts")
    if not parts or not isinstance(parts, list) or not parts[0]:
        return []
    out: list[int] = []
    for p in parts[0]:
        try:
            out.append(int(p))
        except (TypeError, ValueError):
            break
    return out


def join_records(
    items: Iterable[Mapping[str, Any]], lines_of: Callable[[Mapping[str, Any]], list[str]]
) -> str:
    """The text of a tagged format's records: each item's lines (``lines_of``), a blank line
    between records, a line break at the end (an empty string for no items).

    >>> join_records([{"title": "A"}, {"title": "B"}], lambda i: [f"T {i['title']}"])
    'T A\\n\\nT B\\n'
    """
    out: list[str] = []
    for item in items:
        out.extend(lines_of(item))
        out.append("")
    return "\n".join(out[:-1]) + "\n" if out else ""
