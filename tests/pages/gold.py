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

from unidecode import unidecode

DATA = Path(__file__).parent.parent / "data"


def load(folder: str) -> list[dict[str, Any]]:
    path = DATA / folder / "gold.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def norm(text: Any) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", unidecode(str(text)).casefold()))


def digits(text: Any) -> str:
    return re.sub(r"[^0-9X]", "", str(text).upper())


def _date_ok(gold: Mapping[str, int], parts: list[int]) -> bool:
    want = [gold[k] for k in ("year", "month", "day") if k in gold]
    return parts[: len(want)] == want


def compare(gold: Mapping[str, Any], item: Mapping[str, Any], record: Any = None) -> list[str]:
    """The gold fields the item gets wrong, as ``field: expected … got …`` lines."""
    bad: list[str] = []
    for key, want in gold.items():
        got = item.get(key)
        ok: bool
        if key in ("title", "container-title", "publisher", "collection-title"):
            ok = got is not None and norm(got) == norm(want)
        elif key in ("author", "editor"):
            names = got or []
            ok = len(names) == len(want) and all(
                norm(g.get("family", g.get("literal", "")))
                == norm(w.get("family", w.get("literal", "")))
                and norm(g.get("given", "")) == norm(w.get("given", ""))
                for g, w in zip(names, want, strict=False)
            )
            if not ok and len(names) == len(want):  # a multi-word family name may split
                ok = all(
                    norm(f"{g.get('given', '')} {g.get('family', '')}")
                    == norm(f"{w.get('given', '')} {w.get('family', w.get('literal', ''))}")
                    for g, w in zip(names, want, strict=False)
                )
        elif key == "issued":
            parts = ((got or {}).get("date-parts") or [[]])[0]
            ok = _date_ok(want, parts)
        elif key in ("ISSN", "ISBN"):
            have = {digits(x) for x in re.split(r",\s*", str(got or "")) if x}
            ok = all(digits(w) in have for w in want)
        elif key == "keyword":
            have = {norm(k) for k in str(got or "").split(", ")}
            ok = all(norm(w) in have for w in want)
        elif key == "page":
            ok = got is not None and digits(got) == digits(want) and norm(got) == norm(want)
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
