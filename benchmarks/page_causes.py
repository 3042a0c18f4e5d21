"""Why a gold field of a page came out wrong: a cause anyone may count, no page text shown.

``python benchmarks/pages.py --causes`` prints, for every part (the unseen part too), how
many wrong fields fall under each cause, per field family. The causes are decided by fixed,
general tests on the gold value, the output and the page's text, so the unseen part's
failures are *counted* by cause without anyone opening them (issue 13 asks for each wrong
person or title of the unseen part with its cause; its pages are scored, never debugged).

Causes of one wrong field (the first that applies):

- ``interface line`` (title): the chosen title is a line the reader's own chrome tests call
  site chrome, or most of its words are interface words of the locales;
- ``interface word`` (persons): a name the output has and the gold has not holds an
  interface word (``Google Scholar``, ``Download``);
- ``container as title`` / ``person as title`` (title): the chosen title is the gold's
  container or one of its authors;
- ``none read``: the output lacks the field, and the gold value is printed on the page
  (``printed``), is not (``not printed``: converted, or from elsewhere), or cannot be
  looked for in text (``?``: dates, types, languages, identifiers);
- ``extra names`` / ``names missing`` (persons): the output's list holds every gold name
  and more, or a part of them; ``names in another order``, ``family and given swapped``
  (a family-first name read given-first, or the reverse), ``given names differ`` (the same
  family names: initials against full given names, a given name cut), ``other names``;
- persons ``none read (printed)`` and ``other names`` say where the first gold name stands:
  its script, the shape of the first line holding its family name (a glued line, a label's
  value, a sentence, a long line of capitalised words, a line of names: alone, with marks,
  with a date, in capitals) and whether that line is among the page's first 40;
- ``other value``: a different value was chosen, the gold value printed on the page
  (``printed``: a candidate lost, or none was made from its line), not printed, or ``?``.

"Printed" is a normalised word-sequence search (case, accents, punctuation ignored) of the
gold value (of each gold family name, for persons) in the page's text.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pages.gold import NAME_FIELDS, _name_key, norm  # noqa: E402

from comet import locales as _loc  # noqa: E402
from comet.page.chrome import _interface_share, _is_chrome  # noqa: E402

#: fields whose gold value is text that may be searched for on the page
TEXT_FIELDS = frozenset(
    [
        "title",
        "reviewed-title",
        "container-title",
        "collection-title",
        "collection-number",
        "publisher",
        "publisher-place",
        "edition",
        "volume",
        "issue",
        "number",
        "page",
        "number-of-pages",
        "chapter-number",
        "keyword",
    ]
)

#: share of a line's words (function words aside) that are interface words, at or above
#: which a chosen title counts as an interface line
INTERFACE_SHARE = 0.5


@functools.cache
def _rules() -> tuple[_loc.LocaleRules, ...]:
    return _loc.all_rules()


def _printed(value: str, page_norm: str) -> bool:
    key = norm(value)
    return bool(key) and f" {key} " in page_norm


def _names_printed(names: list[Mapping[str, Any]], page_norm: str) -> bool:
    return bool(names) and all(_printed(_name_key(n)[0], page_norm) for n in names)


def _interface(text: str) -> bool:
    rules = _rules()
    return _is_chrome(text, rules) or _interface_share(text, rules) >= INTERFACE_SHARE


def _where(field: str, want: Any, page_norm: str) -> str:
    if field in NAME_FIELDS:
        return "printed" if _names_printed(want, page_norm) else "not printed"
    if field in TEXT_FIELDS and isinstance(want, str | int):
        return "printed" if _printed(str(want), page_norm) else "not printed"
    if field in TEXT_FIELDS and isinstance(want, list) and want:  # keywords
        return "printed" if all(_printed(str(w), page_norm) for w in want) else "not printed"
    return "?"


def _name_text(name: Mapping[str, Any]) -> str:
    if name.get("literal"):
        return str(name["literal"])
    return " ".join(str(name[k]) for k in ("given", "family") if name.get(k))


def _persons_cause(want: list[Mapping[str, Any]], got: list[Mapping[str, Any]]) -> str:
    wanted = [_name_key(n) for n in want]
    have = [_name_key(n) for n in got]
    extra = [n for n in got if _name_key(n) not in set(wanted)]
    if any(_interface(_name_text(n)) for n in extra):
        return "interface word"
    if set(wanted) < set(have):
        return "extra names"
    if set(have) < set(wanted):
        return "names missing"
    if sorted(wanted) == sorted(have):
        return "names in another order"
    if {(g, f) for f, g in have} == set(wanted):
        return "family and given swapped"
    if len(have) == len(wanted) and sorted(f for f, _ in have) == sorted(f for f, _ in wanted):
        return "given names differ"
    return "other names"


def page_causes(
    wrong: list[str], gold: Mapping[str, Any], item: Mapping[str, Any], page_text: str
) -> list[tuple[str, str]]:
    """The cause of each wrong gold field of one page, as ``(field, cause)`` pairs."""
    page_norm = f" {norm(page_text)} "
    out = []
    for field in wrong:
        why = cause(field, gold, item, page_norm)
        if field == "title" and why == "other value (printed)":
            why += ": " + _title_detail(str(gold[field]), str(item.get(field)), page_text)
        if field in NAME_FIELDS and why in ("none read (printed)", "other names"):
            why += ": " + _persons_detail(gold[field], page_text)
        out.append((field, why))
    return out


def _title_detail(want: str, got: str, page_text: str) -> str:
    """Where a wrong title printed on the page stands against the gold's: the chosen one is
    a part of the gold or holds it (the line's extent), or another line, above or below the
    first line that is the gold alone, or the gold is printed only inside a longer line."""
    w, g = norm(want), norm(got)
    if g and f" {g} " in f" {w} ":
        return "a part of the gold"
    if w and f" {w} " in f" {g} ":
        return "the gold and more " + _more(want, got)
    keys = [norm(line) for line in page_text.splitlines()]
    at = next((i for i, k in enumerate(keys) if k == w), None)
    if at is None:
        opens = any(k.startswith(w + " ") for k in keys if w)
        return "another line, the gold only inside a longer line" + (
            " (opening it)" if opens else ""
        )
    chosen = next((i for i, k in enumerate(keys) if g and g in k), None)
    if chosen is None:
        return "another value, the gold a line of its own"
    head = sum(1 for k in keys[:at] if k) < HEAD_LINES  # the gold among the page's first lines
    where = "above" if chosen < at else "below"
    return f"another line {where} the gold's" + (" (the gold a head line)" if head else "")


def _persons_detail(want: Any, page_text: str) -> str:
    """Where the first gold name stands (the first line holding its family name): its
    script (Latin or another), and the line's shape: a glued line (a document's pages run
    into one line), a sentence, a label's value (a word and a colon before the name), a
    line of names (the name among few words: alone, with others, with marks or in
    capitals), or another line; and whether it is among the page's first 40 lines."""
    first = want[0] if isinstance(want, list) and want and isinstance(want[0], Mapping) else {}
    family = str(first.get("family") or first.get("literal") or "")
    if not family:
        return "no family name"
    script = (
        "latin"
        if all(c.isascii() or "LATIN" in _uname(c) for c in family if c.isalpha())
        else "other script"
    )
    key = family.casefold()
    lines = [ln for ln in page_text.splitlines() if ln.strip()]
    at = next((i for i, ln in enumerate(lines) if key in ln.casefold()), None)
    if at is None:
        return f"{script}, not found as printed"
    line = lines[at]
    words = line.split()
    before = line[: line.casefold().find(key)]
    if len(line) > GLUED_LINE:
        shape = "a glued line"
    elif ":" in before and len(before.split()) <= LABEL_WORDS:
        shape = "a label's value"
    elif len(words) >= SENTENCE_WORDS:
        lower = sum(1 for w in words if w[:1].islower())
        shape = "a sentence" if lower * 3 >= len(words) else "a long line of capitalised words"
    elif len(words) <= NAME_LINE_WORDS:
        if re.search(r"\d{4}|\d[./-]\d", line):
            shape = "a line of names with a date"
        elif any(c.isdigit() for c in line):
            shape = "a line of names with marks"
        elif family.isupper() or (family.upper() in line and family not in line):
            shape = "a line of names in capitals"
        elif len(words) <= 3:
            shape = "a name alone on its line"
        else:
            shape = "a line of names"
    else:
        shape = "another line"
    where = "top" if at < TOP_LINES else "below"
    return f"{script}, {shape}, {where}"


def _uname(c: str) -> str:
    return unicodedata.name(c, "")


#: characters of a line above which it is a document's pages glued into one line
GLUED_LINE = 300
#: words before a colon at most for a label
LABEL_WORDS = 4
#: words of a line from which it is a sentence
SENTENCE_WORDS = 20
#: words of a line of names at most
NAME_LINE_WORDS = 10
#: the page's first non-empty lines
TOP_LINES = 40


#: non-empty lines of a page's head (a document title, a site's header)
HEAD_LINES = 3


def _more(want: str, got: str) -> str:
    """What a chosen title adds to the gold's: the text after it joined by a colon (a subtitle
    the reader joined), by a dash or a bar (a site's or a series' name), otherwise after
    it, or before it."""
    at = got.casefold().find(want.casefold()[:20])
    if at > 0:  # 'Site name: Title' (a line above joined with the title as its subtitle)
        return "(before it, then a colon)" if got[:at].rstrip().endswith(":") else "(before it)"
    tail = got[len(want) :].lstrip() if at == 0 else ""
    if tail.startswith(":"):
        return "(after a colon)"
    if tail[:1] in "-–—|":
        return "(after a dash or a bar)"
    return "(after it)"


def cause(field: str, gold: Mapping[str, Any], item: Mapping[str, Any], page_norm: str) -> str:
    """The cause of one wrong gold field; ``page_norm`` is the page's text as
    ``f" {norm(text)} "``."""
    want, got = gold[field], item.get(field)
    if got in (None, "", []):
        return f"none read ({_where(field, want, page_norm)})"
    if field in ("title", "reviewed-title") and isinstance(got, str):
        if _interface(got):
            return "interface line"
        container = gold.get("container-title")
        if isinstance(container, str) and norm(container) == norm(got):
            return "container as title"
        people = [n for f in NAME_FIELDS for n in gold.get(f) or () if isinstance(n, Mapping)]
        if any(norm(_name_text(n)) == norm(got) for n in people):
            return "person as title"
    if field in NAME_FIELDS and isinstance(want, list) and isinstance(got, list):
        return _persons_cause(want, got)
    return f"other value ({_where(field, want, page_norm)})"


def tally(rows: list[dict[str, Any]], family: Any) -> dict[str, Counter[str]]:
    """Per family, the number of wrong fields under each cause (rows carry ``causes``)."""
    out: dict[str, Counter[str]] = {}
    for r in rows:
        for field, why in r.get("causes", ()):
            out.setdefault(family(field), Counter())[why] += 1
    return dict(sorted(out.items()))
