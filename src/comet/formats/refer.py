"""Refer / EndNote tagged text out (``dumps``) and in (``loads``), on CSL-JSON item dicts.

Refer is the tagged format of the Unix ``refer`` tool that EndNote exports as "EndNote"
or "Refer/BibIX": one field per line, a ``%`` and a one-character tag, a space and the
value (``%A`` an author, ``%T`` the title, ``%0`` the reference type); records are
separated by blank lines. Catalogues and repositories print such exports on record pages,
sometimes with their line breaks collapsed (:func:`unflatten`).

>>> item = {"id": "x", "type": "article-journal", "title": "Fen birds",
...         "author": [{"family": "Lund", "given": "Eva"}],
...         "issued": {"date-parts": [[2001]]}, "container-title": "Wetland Notes",
...         "volume": "7", "issue": "2", "page": "11-19"}
>>> text = dumps([item])
>>> print(text, end="")
%0 Journal Article
%T Fen birds
%A Lund, Eva
%D 2001
%J Wetland Notes
%V 7
%N 2
%P 11-19
>>> back = loads(text)[0]
>>> back["type"], back["author"], back["page"]
('article-journal', [{'family': 'Lund', 'given': 'Eva'}], '11-19')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from comet.formats.csl import issued_parts, join_records, name_to_text

__all__ = ["TAGS", "dumps", "loads", "refer_type", "unflatten"]

#: EndNote reference types and the CSL type each names (``Generic`` and unknown ones:
#: ``document``)
_TYPE_IN = {
    "journal article": "article-journal",
    "electronic article": "article-journal",
    "magazine article": "article-magazine",
    "newspaper article": "article-newspaper",
    "book": "book",
    "edited book": "book",
    "electronic book": "book",
    "book section": "chapter",
    "electronic book section": "chapter",
    "conference paper": "paper-conference",
    "conference proceedings": "paper-conference",
    "thesis": "thesis",
    "report": "report",
    "government document": "report",
    "web page": "webpage",
    "manuscript": "manuscript",
    "unpublished work": "manuscript",
    "patent": "patent",
    "dataset": "dataset",
    "map": "map",
    "film or broadcast": "motion_picture",
    "computer program": "software",
    "case": "legal_case",
    "statute": "legislation",
    "bill": "bill",
    "encyclopedia": "entry-encyclopedia",
    "dictionary": "entry-dictionary",
    "standard": "standard",
    "interview": "interview",
    "personal communication": "personal_communication",
    "generic": "document",
}
_TYPE_OUT = {
    "article-journal": "Journal Article",
    "article-magazine": "Magazine Article",
    "article-newspaper": "Newspaper Article",
    "book": "Book",
    "chapter": "Book Section",
    "paper-conference": "Conference Paper",
    "thesis": "Thesis",
    "report": "Report",
    "webpage": "Web Page",
    "manuscript": "Manuscript",
    "patent": "Patent",
    "dataset": "Dataset",
    "map": "Map",
    "software": "Computer Program",
}
#: the tags of refer and EndNote's export: what :func:`unflatten` splits a collapsed record
#: at (``%0`` type, ``%A`` author, ``%E`` editor, ``%T`` title, ``%B`` the book or
#: proceedings, ``%J`` journal, ``%D`` year, ``%8`` date, ``%V`` volume, ``%N`` issue,
#: ``%P`` pages, ``%I`` publisher, ``%C`` place, ``%@`` ISBN/ISSN, ``%R`` DOI, ``%U`` URL,
#: ``%K`` keywords, ``%X`` abstract, ``%G`` language, ``%S`` series, ``%7`` edition …)
TAGS = frozenset("0ABCDEFGHIJKLMNOPQRSTUVWXYZ@!#$&()*+789^<>=~")
_LINE = re.compile(r"^%([^\s%])(?: (.*))?$")
#: a tag inside a collapsed record: ``%`` and a tag character after a space, a space after
_FLAT_TAG = re.compile(r"(?:^|(?<=\s))%([" + re.escape("".join(sorted(TAGS))) + r"])(?= )")
#: characters of a record read at most (longer text is cut there)
MAX_RECORD = 20_000


def refer_type(csl_type: str | None) -> str:
    """The EndNote reference type (``%0``) for a CSL type (``Generic`` when there is none).

    >>> refer_type("chapter"), refer_type(None)
    ('Book Section', 'Generic')
    """
    return _TYPE_OUT.get(csl_type or "", "Generic")


def unflatten(text: str) -> str:
    """Refer text whose line breaks a page collapsed (``%0 Book %A Lund, Eva %T Fen birds
    %D 1999``) back into one ``%X value`` line per tag; text with a tag line of its own
    after its first line is returned unchanged.

    >>> print(unflatten("%0 Book %A Lund, Eva %T Fen birds %D 1999"))
    %0 Book
    %A Lund, Eva
    %T Fen birds
    %D 1999
    """
    text = text[:MAX_RECORD]
    if sum(1 for line in text.splitlines() if _LINE.match(line.strip())) > 1:
        return text
    flat = " ".join(text.split())
    marks = list(_FLAT_TAG.finditer(flat))
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(flat)
        out.append(f"%{m.group(1)} {flat[m.end() : end].strip()}".rstrip())
    return "\n".join(out)


def _one(item: Mapping[str, Any]) -> list[str]:
    lines = [f"%0 {refer_type(item.get('type'))}"]

    def add(tag: str, value: Any) -> None:
        if value not in (None, "", [], ()):
            lines.append(f"%{tag} {' '.join(str(value).split())}")

    add("T", item.get("title"))
    for n in item.get("author") or []:
        add("A", name_to_text(n))
    for n in item.get("editor") or []:
        add("E", name_to_text(n))
    parts = issued_parts(item)
    if parts:
        add("D", parts[0])
    container = "J" if item.get("type") in (None, "article-journal", "article-magazine") else "B"
    add(container, item.get("container-title"))
    add("S", item.get("collection-title"))
    add("V", item.get("volume"))
    add("N", item.get("issue") or item.get("number"))
    add("P", item.get("page"))
    add("I", item.get("publisher"))
    add("C", item.get("publisher-place"))
    add("7", item.get("edition"))
    for key in ("ISBN", "ISSN"):
        value = item.get(key)
        for v in value if isinstance(value, list) else [value]:
            add("@", v)
    add("R", item.get("DOI"))
    add("U", item.get("URL"))
    kw = item.get("keyword")
    if kw:
        for k in str(kw).split(", "):
            add("K", k)
    add("G", item.get("language"))
    add("X", item.get("abstract"))
    return lines


def dumps(items: Iterable[Mapping[str, Any]]) -> str:
    """Refer text for CSL-JSON items, a blank line between records."""
    return join_records(items, _one)


def _records(text: str) -> list[dict[str, list[str]]]:
    records: list[dict[str, list[str]]] = []
    cur: dict[str, list[str]] | None = None
    last = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            cur = None
            continue
        m = _LINE.match(line)
        if m is None:
            if cur is not None and last:  # a value's continuation line
                cur[last][-1] = f"{cur[last][-1]} {line}".strip()
            continue
        tag, value = m.group(1), (m.group(2) or "").strip()
        if cur is None or (tag == "0" and "0" in cur):
            cur = {}
            records.append(cur)
        cur.setdefault(tag, []).append(value)
        last = tag
    return records


def _names(values: list[str]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Authors and editors named in ``%A`` (or ``%E``) values: one name per value as the
    format has it, or a list of names with a role phrase (``edited by …``) as some
    catalogues write it."""
    from comet.names import parse_names  # the names layer's parser (formats sits beside it)

    people: list[dict[str, str]] = []
    editors: list[dict[str, str]] = []
    for value in values:
        found = parse_names(value, strict=False).value
        if found is None or not found.persons:
            if value:
                people.append({"literal": value})
            continue
        (editors if found.role == "editor" else people).extend(found.to_csl())
    return people, editors


def _to_csl(rec: Mapping[str, list[str]], n: int) -> dict[str, Any]:
    def first(*tags: str) -> str | None:
        for t in tags:
            for value in rec.get(t, ()):
                if value:
                    return value
        return None

    kind = (first("0") or "").lower()
    item: dict[str, Any] = {"id": f"refer-{n + 1}", "type": _TYPE_IN.get(kind, "document")}
    authors, editors_named = _names(rec.get("A", []) + rec.get("Q", []))
    editors, more = _names(rec.get("E", []))
    editors = editors + more + editors_named
    if authors:
        item["author"] = authors
    if editors:
        item["editor"] = editors
    for key, tags in (
        ("title", ("T",)),
        ("container-title", ("J", "B")),
        ("collection-title", ("S",)),
        ("volume", ("V",)),
        ("issue", ("N",)),
        ("page", ("P",)),
        ("publisher", ("I",)),
        ("publisher-place", ("C",)),
        ("edition", ("7",)),
        ("DOI", ("R",)),
        ("URL", ("U",)),
        ("language", ("G",)),
        ("abstract", ("X",)),
    ):
        value = first(*tags)
        if value:
            item[key] = value.rstrip(" :;/,") if key == "title" else value
    if rec.get("K"):
        item["keyword"] = ", ".join(k for v in rec["K"] for k in v.split("\n") if k)
    date = first("D", "8")
    if date:
        years = re.findall(r"\b\d{4}\b", date)
        if years:
            item["issued"] = {"date-parts": [[int(years[0])]]}
    for sn in rec.get("@", []):
        digits = re.sub(r"[^0-9Xx]", "", sn)
        item.setdefault("ISSN" if len(digits) == 8 else "ISBN", sn)
    return item


def loads(text: str) -> list[dict[str, Any]]:
    """CSL-JSON items for every Refer record in ``text`` (records start at a ``%0`` line or
    after a blank line; lines that are not tags continue the value before them; unknown
    tags are ignored). Collapsed records are read through :func:`unflatten`.

    >>> [i["title"] for i in loads("%0 Book %T Fen birds : %E edited by Eva Lund")]
    ['Fen birds']
    >>> loads("%0 Book %T Fen birds : %E edited by Eva Lund")[0]["editor"]
    [{'family': 'Lund', 'given': 'Eva'}]
    """
    return [_to_csl(rec, k) for k, rec in enumerate(_records(unflatten(text)))]
