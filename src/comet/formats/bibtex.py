"""BibTeX out (``dumps``) and in (``loads``), on CSL-JSON item dicts.

>>> item = {"id": "x", "type": "article-journal", "title": "On {Sets} & Things",
...         "author": [{"family": "Berg", "given": "J.", "non-dropping-particle": "van der"}],
...         "issued": {"date-parts": [[2021, 3]]}, "container-title": "J. Sets",
...         "volume": "9", "page": "89-106", "DOI": "10.1000/x"}
>>> text = dumps([item])
>>> print(text, end="")
@article{vanderberg2021sets,
  author = {van der Berg, J.},
  title = {On \\{Sets\\} \\& Things},
  journal = {J. Sets},
  year = {2021},
  month = mar,
  volume = {9},
  pages = {89--106},
  doi = {10.1000/x}
}
>>> back = loads(text)[0]
>>> back["title"], back["page"], back["author"][0]["family"], back["issued"]
('On {Sets} & Things', '89-106', 'Berg', {'date-parts': [[2021, 3]]})

``loads`` reads the BibTeX blocks printed on publisher pages (``@inproceedings
{…, month = apr, pages = {779--805}}``): braces or quotes, ``#`` concatenation
of strings and month macros, nested braces.  It never raises on bad input: it
returns the entries it could read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from unidecode import unidecode

from comet.formats.csl import issued_parts, split_page
from comet.text import without_brackets, without_isbd_end

__all__ = ["dumps", "entry_type", "loads"]

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

_TYPE_OUT = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "article": "article",
    "paper-conference": "inproceedings",
    "chapter": "incollection",
    "book": "book",
    "thesis": "phdthesis",
    "report": "techreport",
    "manuscript": "unpublished",
}
_TYPE_IN = {
    "article": "article-journal",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "incollection": "chapter",
    "inbook": "chapter",
    "book": "book",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
    "unpublished": "manuscript",
    "online": "webpage",
    "misc": "document",
}
_SPECIAL = re.compile(r"[\\{}&%$#_~^]")
_ESCAPES = {"~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}


def entry_type(csl_type: str | None) -> str:
    """The BibTeX entry type for a CSL type (``misc`` when there is none)."""
    return _TYPE_OUT.get(csl_type or "", "misc")


def _escape(value: str) -> str:
    return _SPECIAL.sub(lambda m: _ESCAPES.get(m.group(), "\\" + m.group()), value)


def _bib_name(name: Mapping[str, Any]) -> str:
    if name.get("literal"):
        return "{" + _escape(str(name["literal"])) + "}"
    von = " ".join(
        str(p) for p in (name.get("dropping-particle"), name.get("non-dropping-particle")) if p
    )
    last = _escape(str(name.get("family", "")))
    if " " in last:
        last = "{" + last + "}"  # a multi-word family name stays one unit ('da {Souza Melo}')
    out = f"{von} {last}" if von else last
    if name.get("suffix"):
        out += f", {_escape(str(name['suffix']))}"
    if name.get("given"):
        out += f", {_escape(str(name['given']))}"
    return out


def _key(item: Mapping[str, Any]) -> str:
    names = item.get("author") or item.get("editor") or []
    first = ""
    if names:
        n = names[0]
        first = str(n.get("literal") or n.get("non-dropping-particle", "") + n.get("family", ""))
    parts = issued_parts(item)
    year = str(parts[0]) if parts else ""
    words = [w for w in re.findall(r"\w+", unidecode(str(item.get("title", "")))) if len(w) > 3]
    key = re.sub(r"[^a-z0-9]", "", unidecode(first).lower()) + year
    key += words[0].lower() if words else ""
    return key or str(item.get("id") or "item")


def _fields(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(name: str, value: Any) -> None:
        if value not in (None, "", [], ()):
            out.append((name, _escape(str(value))))

    for role in ("author", "editor"):
        names = item.get(role) or []
        if names:
            out.append((role, " and ".join(_bib_name(n) for n in names)))
    add("title", item.get("title"))
    container = item.get("container-title")
    ctype = item.get("type")
    if ctype in ("paper-conference", "chapter"):
        add("booktitle", container)
    elif ctype == "thesis":
        add("school", item.get("publisher"))
    else:
        add("journal", container)
    parts = issued_parts(item)
    if parts:
        add("year", parts[0])
        if len(parts) > 1:
            out.append(("month", MONTHS[parts[1] - 1]))  # written as a bare macro
    add("volume", item.get("volume"))
    add("number", item.get("issue") or item.get("number"))
    page = item.get("page")
    if page:
        first, last = split_page(str(page))
        out.append(("pages", _escape(first) + (f"--{_escape(last)}" if last else "")))
    if ctype != "thesis":
        add("publisher", item.get("publisher"))
    add("address", item.get("publisher-place"))
    add("edition", item.get("edition"))
    add("series", item.get("collection-title"))
    add("doi", item.get("DOI"))
    add("issn", item.get("ISSN"))
    add("isbn", item.get("ISBN"))
    add("url", item.get("URL"))
    kw = item.get("keyword")
    add("keywords", kw)
    add("language", item.get("language"))
    add("abstract", item.get("abstract"))
    add("note", item.get("note"))
    return out


def dumps(items: Iterable[Mapping[str, Any]]) -> str:
    """BibTeX text for CSL-JSON items (keys made unique with ``a``, ``b``…)."""
    chunks: list[str] = []
    seen: dict[str, int] = {}
    for item in items:
        key = _key(item)
        n = seen.get(key, 0)
        seen[key] = n + 1
        if n:
            key += "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        body = ",\n".join(
            f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
            for name, value in _fields(item)
        )
        chunks.append(f"@{entry_type(item.get('type'))}{{{key},\n{body}\n}}")
    return "\n\n".join(chunks) + ("\n" if chunks else "")


# --- reading ---------------------------------------------------------------

_ENTRY = re.compile(r"@([A-Za-z]{1,30})\s{0,20}[{(]")
_FIELD = re.compile(r"\s*([A-Za-z][\w:.+-]{0,60})\s*=\s*")
_UNESCAPE = re.compile(r"\\([{}&%$#_])")
_MACRO = re.compile(r"\\[a-zA-Z]{1,20}\s?\{?([^{}]?)\}?")


def _read_to(text: str, j: int, close: str) -> tuple[str, int]:
    """Read from ``text[j]`` to ``close`` at brace depth 0 (backslash escapes skipped);
    return (the text read, index after ``close``), or the rest of ``text`` unclosed."""
    depth = 0
    start = j
    n = len(text)
    while j < n:
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if ch == close and depth <= 0:
            return text[start:j], j + 1
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        j += 1
    return text[start:], n


def _read_braced(text: str, i: int) -> tuple[str, int]:
    """Read ``{…}`` starting at ``text[i] == '{'``; return (inner, index after)."""
    return _read_to(text, i + 1, "}")


def _read_quoted(text: str, i: int) -> tuple[str, int]:
    """Read ``"…"`` starting at ``text[i] == '"'``; return (inner, index after)."""
    return _read_to(text, i + 1, '"')


def _read_value(text: str, i: int) -> tuple[str, int]:
    parts: list[str] = []
    n = len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i >= n:
            break
        ch = text[i]
        if ch == "{":
            val, i = _read_braced(text, i)
            parts.append(val)
        elif ch == '"':
            val, i = _read_quoted(text, i)
            parts.append(val)
        else:
            m = re.compile(r"[\w.:/+-]{1,200}").match(text, i)
            if not m:
                break
            word = m.group()
            low = word.lower()[:3]
            parts.append(str(MONTHS.index(low) + 1) if low in MONTHS and word.isalpha() else word)
            i = m.end()
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i < n and text[i] == "#":
            i += 1
            continue
        break
    return "".join(parts), i


#: fields a library catalogue's BibTeX export fills from MARC subfields with their ISBD
#: punctuation (``title = {Estuaries /}``, ``address = {[Leeds] :}``, ``publisher = {Kite,}``)
_ISBD_FIELDS = frozenset({"title", "publisher", "publisher-place", "collection-title", "edition"})


def _clean(value: str) -> str:
    value = _UNESCAPE.sub(lambda m: "\x00" + str(ord(m.group(1))) + "\x01", value)
    value = _MACRO.sub(r"\1", value)
    value = value.replace("{", "").replace("}", "").replace("~", " ")
    value = re.sub(r"\x00(\d+)\x01", lambda m: chr(int(m.group(1))), value)
    return " ".join(value.split())


def _split_top(value: str, sep: str) -> list[str]:
    """Split on ``sep`` (case-insensitive, surrounded by spaces) outside braces."""
    out: list[str] = []
    depth = 0
    start = 0
    low = value.lower()
    i = 0
    token = f" {sep} "
    while i < len(value):
        ch = value[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and low.startswith(token, i):
            out.append(value[start:i])
            i += len(token)
            start = i
            continue
        i += 1
    out.append(value[start:])
    return [p.strip() for p in out if p.strip()]


def _split_commas(raw: str) -> list[str]:
    r"""Split on the commas with no ``}`` before the next ``{`` (not inside a brace group).

    The same cuts as ``re.split(r",(?![^{]*\})", raw)``, in one pass from the right:
    that lookahead re-scanned the rest of the text at every comma (quadratic on a
    page-long author field of commas).
    """
    cuts: list[int] = []
    closed_ahead = False  # a "}" comes before the next "{"
    for i in range(len(raw) - 1, -1, -1):
        ch = raw[i]
        if ch == "}":
            closed_ahead = True
        elif ch == "{":
            closed_ahead = False
        elif ch == "," and not closed_ahead:
            cuts.append(i)
    parts: list[str] = []
    start = 0
    for i in reversed(cuts):
        parts.append(raw[start:i])
        start = i + 1
    parts.append(raw[start:])
    return parts


def _names(raw: str) -> list[dict[str, str]]:
    """CSL names of a BibTeX name field, read by BibTeX's rules (``comet.names`` BibTeX mode)."""
    from comet.names import parse_names

    res = parse_names(raw, style="bibtex", strict=False)
    if res.value is None:
        return []
    return res.value.to_csl()


def _to_csl(etype: str, key: str, fields: dict[str, str]) -> dict[str, Any]:
    csl_type = _TYPE_IN.get(etype, "document")
    item: dict[str, Any] = {"id": key, "type": csl_type}
    for role in ("author", "editor"):
        if role in fields:
            item[role] = _names(fields[role])
    simple = {
        "title": "title",
        "volume": "volume",
        "publisher": "publisher",
        "address": "publisher-place",
        "edition": "edition",
        "series": "collection-title",
        "doi": "DOI",
        "issn": "ISSN",
        "isbn": "ISBN",
        "url": "URL",
        "keywords": "keyword",
        "language": "language",
        "abstract": "abstract",
        "note": "note",
        "school": "publisher",
        "institution": "publisher",
    }
    for src, dst in simple.items():
        if src in fields and dst not in item:
            item[dst] = _clean(fields[src])
            if dst in _ISBD_FIELDS:
                item[dst] = without_isbd_end(item[dst])
                if dst == "publisher-place":  # '[Leeds] :'
                    item[dst] = without_brackets(item[dst])
    container = fields.get("journal") or fields.get("booktitle")
    if container:
        item["container-title"] = _clean(container)
    if "number" in fields:
        item["number" if csl_type == "report" else "issue"] = _clean(fields["number"])
    if "pages" in fields:
        first, last = split_page(_clean(fields["pages"]))
        item["page"] = first + (f"-{last}" if last else "")
    year = re.search(r"\d{4}", fields.get("year", ""))
    if year:
        parts = [int(year.group())]
        month = _clean(fields.get("month", "")).lower()
        if month[:3] in MONTHS:
            month = str(MONTHS.index(month[:3]) + 1)
        if month.isdigit() and 1 <= int(month) <= 12:
            parts.append(int(month))
        item["issued"] = {"date-parts": [parts]}
    return item


def loads(text: str) -> list[dict[str, Any]]:
    """CSL-JSON items for every BibTeX entry in ``text`` (``@comment``/``@string`` skipped)."""
    items: list[dict[str, Any]] = []
    pos = 0
    n = len(text)
    while True:
        m = _ENTRY.search(text, pos)
        if not m:
            break
        etype = m.group(1).lower()
        i = m.end()
        if etype in ("comment", "string", "preamble"):
            _, pos = _read_braced(text, i - 1)
            continue
        km = re.compile(r"\s*([^,\s{}()]{0,200})\s*,").match(text, i)
        key = km.group(1) if km else ""
        i = km.end() if km else i
        fields: dict[str, str] = {}
        while i < n:
            fm = _FIELD.match(text, i)
            if not fm:
                break
            value, i = _read_value(text, fm.end())
            fields[fm.group(1).lower()] = value
            while i < n and text[i] in " \t\r\n":
                i += 1
            if i < n and text[i] == ",":
                i += 1
                continue
            break
        items.append(_to_csl(etype, key, fields))
        pos = max(i, m.end())
    return items
