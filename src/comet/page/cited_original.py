"""The original title of a work a page cites twice, in its own script and in English
(``引用本文: 黄国文. 什么是系统功能语言学[J]. …`` over ``Citation: HUANG Guo-wen. What Is
Systemic Functional Linguistics[J]. …``, as Chinese and Russian journal platforms print
their "cite this" blocks, the original first): an English heading that the later, English
citation confirms is the translation, the earlier citation in the other script the
original."""

from __future__ import annotations

import re
from typing import Any

from comet.page.evidence import _key, _Page
from comet.page.languages import _latin

#: a document type code closing a title in a GB/T 7714 citation (``…Linguistics[J]``)
_TYPE_CODE = re.compile(r"\s*\[[A-Z]{1,2}(?:/OL)?\]\s*\Z")


def _title_key(item: dict[str, Any]) -> str:
    return _key(_TYPE_CODE.sub("", str(item.get("title") or "")))


def _same_work(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two citations of one work: the same DOI, or the same volume, issue and pages."""
    if a.get("DOI") and b.get("DOI"):
        return str(a["DOI"]).casefold() == str(b["DOI"]).casefold()
    where = ("volume", "issue", "page")
    return all(a.get(k) for k in where) and all(a.get(k) == b.get(k) for k in where)


def original_of_cited(page: _Page, title: str) -> str | None:
    """The title in another script than the Latin one that a citation of the page gives
    for the work whose Latin-script ``title`` a later citation of it confirms (the same DOI,
    or the same volume, issue and pages); ``None`` where the title is not in the Latin script
    or no such pair of citations stands."""
    if not page.cites or not _latin(title):
        return None
    key = _key(title)
    latin = [(it, span) for it, span, _w, _ev in page.cites if _title_key(it) == key]
    if not latin:
        return None
    for other, span, _w, _ev in page.cites:
        if not other.get("title") or _latin(str(other["title"])):
            continue
        if any(span[0] < at[0] and _same_work(other, it) for it, at in latin):
            return _TYPE_CODE.sub("", str(other["title"]))
    return None
