"""The volume, issue, pages and number candidates a page's locators give (:class:`_Locators`),
and its best dated locator."""

from __future__ import annotations

import re

from comet.locators import Locator
from comet.page.evidence import Cand


class _Locators:
    """Volume, issue, pages and number candidates of a page, and its best dated locator."""

    def __init__(self) -> None:
        self.out: dict[str, list[Cand]] = {"volume": [], "issue": [], "pages": [], "number": []}
        self.best_loc: Locator | None = None
        self.best_span: tuple[int, int] | None = None
        self.best_score = 0.0
        #: the volume and issue printed with each page range (by the range's span)
        self.numbers: dict[tuple[int, int], tuple[str, str]] = {}

    def add(self, loc: Locator, score: float, span: tuple[int, int], evidence: str) -> None:
        out = self.out
        if loc.volume:
            out["volume"].append(Cand(loc.volume, score, span, evidence))
        if loc.issue:
            out["issue"].append(Cand(loc.issue, score, span, evidence))
        elif loc.part:
            part = _printed_part(loc)
            if part:
                out["issue"].append(Cand(part, score, span, evidence + ", part as issue"))
        if loc.pages is not None:
            first = loc.pages.first or ""
            # an article number: '045004', or more digits than a page number has ('104511')
            article_no = first.isdigit() and (
                len(first) >= 6 or (first[:1] == "0" and len(first) >= 5)
            )
            if loc.pages.last is None and first and (not first.isdigit() or article_no):
                out["number"].append(Cand(loc.pages.first, score, span, evidence))
            else:
                out["pages"].append(Cand(loc.pages, score, span, evidence))
                self.numbers[span] = (str(loc.volume or ""), str(loc.issue or ""))
        if loc.article_number:
            out["number"].append(Cand(loc.article_number, score, span, evidence))
        if loc.issued is not None and score > self.best_score:
            self.best_loc, self.best_span, self.best_score = loc, span, score


def _printed_part(loc: Locator) -> str | None:
    """A part that stands for the issue, as printed with its word (``Pt 11``, ``Part 3``):
    the word the locator grammar read as the part term, just before the part number."""
    part = loc.part or ""
    found = list(re.finditer(rf"([^\W\d_]{{1,8}}\.?)[ \t]?{re.escape(part)}(?!\w)", loc.raw))
    if not part or not found:
        return None
    after = loc.raw[found[-1].end() :].lstrip(" ")
    if after[:1].isupper() and found[-1].group(1)[:1].islower():
        return None  # 'Actas del XII Congreso …': an ordinal inside a name ('del' no 'Del')
    return f"{found[-1].group(1)} {part}"


def same_issue(found: _Locators, pages: list[Cand], chosen: dict[str, Cand]) -> list[Cand]:
    """The page ranges not printed with another volume or issue than the work's chosen
    ones: one work has one volume and issue, and a range printed beside another issue's
    numbers (a list of the previous issue's contents) is another work's. A number printed
    with the range is compared with both chosen numbers (``2011, 2: 65-69`` prints the
    issue where a locator grammar reads a volume)."""
    own = {str(c.value) for key in ("volume", "issue") if (c := chosen.get(key)) is not None}
    kept = []
    for cand in pages:
        printed = found.numbers.get(cand.span, ("", ""))
        if own and any(
            value and value not in own and chosen.get(key) and chosen[key].span != cand.span
            for key, value in zip(("volume", "issue"), printed, strict=True)
        ):
            continue
        kept.append(cand)
    return kept
