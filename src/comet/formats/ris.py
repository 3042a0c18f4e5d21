"""RIS out (``dumps``) and in (``loads``), on CSL-JSON item dicts.

>>> item = {"id": "x", "type": "article-journal", "title": "Co-production",
...         "author": [{"family": "Berg", "given": "Anna"}],
...         "issued": {"date-parts": [[2023, 8]]}, "container-title": "Local Gov. Studies",
...         "volume": "49", "issue": "4", "page": "801-820", "DOI": "10.1080/x"}
>>> text = dumps([item])
>>> print(text, end="")  # doctest: +NORMALIZE_WHITESPACE
TY  - JOUR
TI  - Co-production
AU  - Berg, Anna
PY  - 2023
DA  - 2023/08
T2  - Local Gov. Studies
VL  - 49
IS  - 4
SP  - 801
EP  - 820
DO  - 10.1080/x
ER  -
>>> back = loads(text)[0]
>>> back["page"], back["issued"], back["author"]
('801-820', {'date-parts': [[2023, 8]]}, [{'family': 'Berg', 'given': 'Anna'}])
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from comet.formats.csl import issued_parts, join_records, name_to_text, split_page

__all__ = ["TAGS", "dumps", "loads", "ris_type", "unflatten"]

_TYPE_OUT = {
    "article-journal": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "paper-conference": "CPAPER",
    "chapter": "CHAP",
    "book": "BOOK",
    "thesis": "THES",
    "report": "RPRT",
    "webpage": "ELEC",
    "post-weblog": "BLOG",
    "manuscript": "UNPB",
    "dataset": "DATA",
}
_TYPE_IN = {v: k for k, v in _TYPE_OUT.items()} | {
    "CONF": "paper-conference",
    "JFULL": "article-journal",
}
_LINE = re.compile(r"^([A-Z][A-Z0-9])  - ?(.*)$")

#: the tags of the RIS specification (``TY`` … ``ER``, the numbered ``A1``–``A4``, ``C1``–``C8``,
#: ``U1``–``U5``…): what :func:`unflatten` splits a collapsed record at
# fmt: off
TAGS = frozenset({
    "TY", "A1", "A2", "A3", "A4", "AB", "AD", "AN", "AU", "AV", "BT", "C1", "C2", "C3", "C4", "C5",
    "C6", "C7", "C8", "CA", "CN", "CP", "CT", "CY", "DA", "DB", "DO", "DP", "ED", "EP", "ER", "ET",
    "ID", "IS", "J1", "J2", "JA", "JF", "JO", "KW", "L1", "L2", "L3", "L4", "LA", "LB", "LK", "M1",
    "M2", "M3", "N1", "N2", "NV", "OP", "PB", "PP", "PY", "RI", "RN", "RP", "SE", "SN", "SP", "ST",
    "T1", "T2", "T3", "TA", "TI", "TT", "U1", "U2", "U3", "U4", "U5", "UR", "VL", "VO", "Y1", "Y2",
})
# fmt: on
_FLAT_TAG = re.compile(r"(?:^|\s+)(" + "|".join(sorted(TAGS)) + r") {1,2}-(?= |$)")


def unflatten(text: str) -> str:
    """RIS text whose line breaks and double spaces a page collapsed (``TY - BOOK AU -
    Lund, Eva TI - A title PY - 2001 ER -``, as a scraped export reads) back into one
    ``TAG  - value`` line per tag; text with a tag line of its own is returned unchanged.

    >>> print(unflatten("TY - BOOK TI - Fen birds PY - 1999/// ER -"))
    TY  - BOOK
    TI  - Fen birds
    PY  - 1999///
    ER  -
    """
    if any(_LINE.match(line.strip()) for line in text.splitlines()):
        return text
    flat = " ".join(text.split())
    marks = list(_FLAT_TAG.finditer(flat))
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(flat)
        value = flat[m.end() : end].strip()
        out.append(f"{m.group(1)}  - {value}".rstrip())
    return "\n".join(out)


def ris_type(csl_type: str | None) -> str:
    """The RIS ``TY`` for a CSL type (``GEN`` when there is none)."""
    return _TYPE_OUT.get(csl_type or "", "GEN")


def _one(item: Mapping[str, Any]) -> list[str]:
    lines = [f"TY  - {ris_type(item.get('type'))}"]

    def add(tag: str, value: Any) -> None:
        if value not in (None, "", [], ()):
            text = " ".join(str(value).split())
            lines.append(f"{tag}  - {text}")

    add("TI", item.get("title"))
    for n in item.get("author") or []:
        add("AU", name_to_text(n))
    for n in item.get("editor") or []:
        add("A2", name_to_text(n))  # the spec's editor tag (``ED`` is not in every reader)
    parts = issued_parts(item)
    if parts:
        add("PY", parts[0])
        add("DA", "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)))
    add("T2", item.get("container-title"))
    add("T3", item.get("collection-title"))
    add("VL", item.get("volume"))
    add("IS", item.get("issue") or item.get("number"))
    page = item.get("page")
    if page:
        first, last = split_page(str(page))
        add("SP", first)
        add("EP", last)
    add("DO", item.get("DOI"))
    for tag, key in (("SN", "ISSN"), ("SN", "ISBN")):
        value = item.get(key)
        for v in value if isinstance(value, list) else [value]:
            add(tag, v)
    add("UR", item.get("URL"))
    add("PB", item.get("publisher"))
    add("CY", item.get("publisher-place"))
    add("ET", item.get("edition"))
    kw = item.get("keyword")
    if kw:
        for k in str(kw).split(", "):
            add("KW", k)
    add("LA", item.get("language"))
    add("AB", item.get("abstract"))
    add("N1", item.get("note"))
    lines.append("ER  - ")
    return lines


def dumps(items: Iterable[Mapping[str, Any]]) -> str:
    """RIS text for CSL-JSON items."""
    return join_records(items, _one)


def _name(text: str) -> dict[str, str]:
    family, _, given = text.partition(",")
    out = {"family": family.strip()}
    if given.strip():
        out["given"] = given.strip()
    return out


def loads(text: str) -> list[dict[str, Any]]:
    """CSL-JSON items for every ``TY … ER`` record in ``text`` (unknown tags ignored)."""
    items: list[dict[str, Any]] = []
    cur: dict[str, list[str]] | None = None
    for line in text.splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue
        tag, value = m.group(1), m.group(2).strip()
        if tag == "TY":
            cur = {"TY": [value]}
        elif cur is not None and tag == "ER":
            items.append(_to_csl(cur, len(items)))
            cur = None
        elif cur is not None:
            cur.setdefault(tag, []).append(value)
    return items


def _to_csl(rec: Mapping[str, list[str]], n: int) -> dict[str, Any]:
    def first(*tags: str) -> str | None:
        for t in tags:
            if rec.get(t):
                return rec[t][0]
        return None

    item: dict[str, Any] = {"id": f"ris-{n + 1}", "type": _TYPE_IN.get(rec["TY"][0], "document")}
    authors = rec.get("AU", []) + rec.get("A1", [])
    if authors:
        item["author"] = [_name(a) for a in authors]
    editors = rec.get("ED", []) + rec.get("A2", [])
    if editors:
        item["editor"] = [_name(a) for a in editors]
    for key, tags in (
        ("title", ("TI", "T1")),
        ("container-title", ("T2", "JO", "JF", "BT")),
        ("collection-title", ("T3",)),
        ("volume", ("VL",)),
        ("issue", ("IS",)),
        ("DOI", ("DO",)),
        ("URL", ("UR",)),
        ("publisher", ("PB",)),
        ("publisher-place", ("CY",)),
        ("edition", ("ET",)),
        ("language", ("LA",)),
        ("abstract", ("AB",)),
        ("note", ("N1",)),
    ):
        value = first(*tags)
        if value:
            item[key] = value
    sp, ep = first("SP"), first("EP")
    if sp:
        item["page"] = sp + (f"-{ep}" if ep else "")
    if rec.get("KW"):
        item["keyword"] = ", ".join(rec["KW"])
    date = first("DA", "PY", "Y1")
    if date:
        nums = [int(x) for x in re.findall(r"\d+", date)[:3]]
        if nums and nums[0] > 999:
            item["issued"] = {"date-parts": [nums]}
    sns = rec.get("SN", [])
    for sn in sns:
        digits = re.sub(r"[^0-9Xx]", "", sn)
        item.setdefault("ISSN" if len(digits) == 8 else "ISBN", sn)
    return item
