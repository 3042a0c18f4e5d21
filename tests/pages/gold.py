"""Compare a CSL-JSON item with a gold line (the rules of the seed and dev-page READMEs).

Titles, container titles and names compare case-, accent- and punctuation-insensitively;
dates to the precision the gold gives; ISSN/ISBN by their digits; keywords as gold ⊆ output;
``status`` matches the canonical value or the page's own label.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.shared_data import SHARED_DEV, page_split, present
from unidecode import unidecode

DATA = Path(__file__).parent.parent / "data"

#: The page sets of the development corpus (``../shared/dev/<folder>``), read in place.
SHARED_FOLDERS = ("pages", "pages_more", "pages_opac")


def load(folder: str) -> list[dict[str, Any]]:
    """The gold lines of a page folder in the repository (``tests/data/<folder>``)."""
    path = DATA / folder / "gold.jsonl"
    out = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    for g in out:
        g["path"] = DATA / folder / g["file"]
    return out


def load_html_written() -> list[dict[str, Any]]:
    """The hand-written HTML pages of ``tests/data/html_written`` (embedded metadata in the
    shapes of common platforms), each line with ``path``, ``twin`` (none) and ``split``
    (``written``)."""
    base = DATA / "html_written"
    out = []
    for line in (base / "gold.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            g["path"] = base / "pages" / g["file"]
            g["twin"] = None
            g["split"] = "written"
            out.append(g)
    return out


def load_shared(folder: str) -> list[dict[str, Any]]:
    """The gold lines of ``../shared/dev/<folder>`` (empty where the corpus is absent).

    Each line gains ``path`` (the page file), ``set`` (the folder) and ``split``
    (``dev`` or ``unseen``, from ``tests/data/splits.toml``).
    """
    if not present(folder, "gold.jsonl"):
        return []
    base = SHARED_DEV / folder
    out = []
    for line in (base / "gold.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            g["path"] = base / "pages" / g["file"]
            g["set"] = folder
            g["split"] = "dev" if folder == "pages" else page_split(g)
            out.append(g)
    return out


def norm(text: Any) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", unidecode(str(text)).casefold()))


def digits(text: Any) -> str:
    return re.sub(r"[^0-9X]", "", str(text).upper())


_RANGE = re.compile(r"^\s*([A-Za-z]*)(\d+)\s*[-‐‑‒–—]+\s*([A-Za-z]*)(\d+)\s*$")


def page_key(text: Any) -> str:
    """A page value as compared: a range with its last page written out in full
    (``171-8`` and ``171–178`` are one range, ``e12-e19`` and ``e12–19`` too), then
    case, punctuation and spacing ignored."""
    m = _RANGE.match(str(text))
    if m is None:
        return norm(text)
    prefix, first, prefix2, last = m.groups()
    if prefix2 and prefix2.casefold() != prefix.casefold():
        return norm(text)
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return norm(f"{prefix}{first} {prefix}{last}")


#: CSL name variables: compared name by name.
NAME_FIELDS = frozenset(
    [
        "author",
        "editor",
        "contributor",
        "composer",
        "compiler",
        "performer",
        "translator",
        "illustrator",
        "director",
        "reviewed-author",
        "collection-editor",
        "container-author",
        "editorial-director",
        "interviewer",
        "recipient",
        "original-author",
    ]
)
#: gold keys that are notes about the gold, not CSL fields to score
SKIP = frozenset({"_vernacular"})


def _name_key(name: Mapping[str, Any]) -> tuple[str, str]:
    if name.get("literal"):
        return norm(name["literal"]), ""
    family = " ".join(str(name[k]) for k in ("non-dropping-particle", "family") if name.get(k))
    return norm(family), norm(name.get("given", ""))


def names_ok(want: list[Mapping[str, Any]], got: list[Mapping[str, Any]]) -> bool:
    """Same number of names, each with the same family and given name (a multi-word family
    name may be split differently between the two as long as the whole name is the same)."""
    if len(got) != len(want):
        return False
    for g, w in zip(got, want, strict=True):
        gk, wk = _name_key(g), _name_key(w)
        if gk != wk and " ".join(gk[::-1]).strip() != " ".join(wk[::-1]).strip():
            return False
    return True


def _date_ok(gold: Mapping[str, int], parts: list[int]) -> bool:
    want = [gold[k] for k in ("year", "month", "day") if k in gold]
    return parts[: len(want)] == want


def compare(gold: Mapping[str, Any], item: Mapping[str, Any], record: Any = None) -> list[str]:
    """The gold fields the item gets wrong, as ``field: expected … got …`` lines."""
    bad: list[str] = []
    for key, want in gold.items():
        got = item.get(key)
        ok: bool
        if key in SKIP:
            continue
        if key in ("title", "container-title", "publisher", "collection-title", "reviewed-title"):
            ok = got is not None and norm(got) == norm(want)
        elif key in NAME_FIELDS:
            ok = names_ok(want, got or [])
        elif key == "issued":
            parts = ((got or {}).get("date-parts") or [[]])[0]
            ok = _date_ok(want, parts)
        elif key in ("ISSN", "ISBN"):
            have = {digits(x) for x in re.split(r",\s*", str(got or "")) if x}
            ok = all(digits(w) in have for w in ([want] if isinstance(want, str) else want))
        elif key == "keyword":
            listed = getattr(record, "keywords", None)
            # the record's own list where there is one: a keyword may hold a comma
            # ('Sharks, fossil'), which the CSL string's ', ' join cannot keep apart
            have = (
                {norm(k.text) for k in listed}
                if listed
                else {norm(k) for k in str(got or "").split(", ")}
            )
            ok = all(norm(w) in have for w in ([want] if isinstance(want, str) else want))
        elif key == "page":
            ok = got is not None and page_key(got) == page_key(want)
        elif key == "status":
            label = getattr(getattr(record, "status", None), "label", None)
            ok = got is not None and (norm(got) == norm(want) or norm(label or "") == norm(want))
        elif key == "language":
            ok = got is not None and str(got).split("-")[0] == want
        elif key == "event":
            ev = getattr(record, "event", None)
            ok = ev is not None and _event_ok(want, ev)
        elif key == "DOI":
            ok = got is not None and str(got).lower() == str(want).lower()
        else:
            ok = got is not None and norm(got) == norm(want)
        if not ok:
            bad.append(f"{key}: expected {want!r}, got {got!r}")
    return bad


def _event_ok(want: Mapping[str, Any], ev: Any) -> bool:
    for k, v in want.items():
        have = getattr(ev, k, None)
        if k in ("start", "end"):
            if have is None or not _date_ok(v, have.date_parts()):
                return False
        elif have is None or norm(have) != norm(v):
            return False
    return True
