"""A DOI's article number: a single page after the volume that the work's own DOI ends with,
or glues after the volume and the issue, is the article number of an online journal.
"""

from __future__ import annotations

import re

from comet.locators import PageRange
from comet.page.evidence import Cand, _Page


def _number_of_doi(page: _Page, chosen: dict[str, Cand]) -> None:
    """A single page after the volume that the work's own DOI ends with, after the volume
    (``Marsh Res 2014, 10:144`` with ``10.5555/1234-5678-10-144``), or that it glues after
    the volume and the issue (:func:`_doi_glues`): the article number of an online journal,
    not a page (``number``, as the gold convention has it)."""
    pages, volume = chosen.get("pages"), chosen.get("volume")
    doi = str(page.memo.get("own-doi") or "")
    if "number" in chosen or pages is None or volume is None or not doi:
        return
    pr = pages.value
    if not isinstance(pr, PageRange) or pr.first is None or pr.last is not None:
        return
    if not (str(volume.value).isdigit() and pr.first.isdigit()):
        return
    vol, first = str(int(volume.value)), str(int(pr.first))
    if re.search(rf"(?<![0-9a-z])0*{vol}[^0-9a-z]0*{first}\Z", doi) is None and not _doi_glues(
        doi, vol, chosen.get("issue"), first
    ):
        return
    del chosen["pages"]
    chosen["number"] = Cand(pr.first, pages.score, pages.span,
                            f"{pages.evidence}, an article number (the DOI ends with it)")  # fmt: skip
    page.note("article-number", f"{pr.first!r} after volume {vol} read as the article number: "
              f"the work's DOI ends with both", pages.span)  # fmt: skip


def _doi_glues(doi: str, vol: str, issue: Cand | None, first: str) -> bool:
    """The DOI's suffix ends with a journal's letters, then the volume, the issue (two
    digits) and the article number (four digits at least, zeros before them), glued
    together (``Marsh 2021, 7(4), 2381`` with ``10.5555/marsh7042381``, ``15(3), 508``
    with ``10.5555/marsh15030508``): all three must stand there, in that order."""
    if issue is None or not str(issue.value).isdigit():
        return False
    iss = f"{int(issue.value):02d}"
    m = re.search(rf"[a-z]0*{vol}{iss}(0*{first})\Z", doi, re.I)
    return m is not None and len(m.group(1)) >= DOI_NUMBER_DIGITS


#: digits of an article number glued at the end of a DOI at least (``…7042381``, ``…0508``)
DOI_NUMBER_DIGITS = 4
