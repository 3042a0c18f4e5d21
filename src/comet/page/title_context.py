"""Features of a title-like line drawn from the title-like lines around it, for the title
model (:mod:`comet.page.title_model`): layout knowledge a page's own heading shows and the
lines that look like one do not.

- ``in_byline``: the line is a line of the byline read under an earlier title-like line
  (``Ada Quill`` under ``A Study of Owls``, a second author on a line of her own): a name,
  never the work's title.
- ``short_neighbours``: the share of the lines right before and after it that are short (three
  words or fewer) and hold no digit (a dateline is short too): a menu's items (``IT Support`` / ``HR Portal`` / ``PR Office``) and a
  section's kicker stand among short lines; a work's heading mostly stands among longer
  ones (its byline, its abstract).
- ``cut_short``: a later title-like line goes on from this line's words (``REEDS AND RIVERS
  OF THE NORTHERN FENS`` in the page's header, the heading under it ``… IN THE LONG
  NINETEENTH CENTURY``): the header printed the title cut short.

- ``label_under``: a labelled line with its value (``Author: …``) stands right under it (a
  short line between them at most), none right above it: a catalogue's or a repository's record prints its
  heading right over its table of labelled fields (a site's name or a menu over the heading
  does not; a line among labelled rows is no heading over them).
- ``interface_above``: the line right above is the site's chrome (a menu's item, a search
  box's ``Search``, a link to the next article): the other half of ``neighbours_interface``,
  telling the line over the page's heading from the line under it.
- ``interface_byline``: a byline is read under it and most of its words are interface
  words (``Next Article in Journal`` over the next article's title and names): the byline
  is another work's, the line a link's text (a section's name of two words, one of them an
  interface word, ``Executive summary``, is none).

Each costs a few comparisons on the lines next to the line (the last one a pass over the
page's few scored candidates): nothing reads the whole page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from comet.page.chrome import _is_chrome
from comet.page.evidence import Cand, _key, _Page
from comet.page.layout import Line
from comet.page.title_lines import _word_count

__all__ = [
    "CONTEXT_FEATURES",
    "cut_short",
    "layout_features",
    "neighbour_features",
    "printed_again",
]

#: words of a short line at most (the title model's ``short``)
SHORT_WORDS = 3
#: words a later line must add to a line's words for it to be cut short at least
MORE_WORDS = 2

#: the features this module computes (their names among ``title_model.FEATURES``)
CONTEXT_FEATURES = (
    "in_byline",
    "short_neighbours",
    "cut_short",
    "label_under",
    "interface_above",
    "interface_byline",
)
#: share of a line's words that are interface words above which it is a link's text
LINK_SHARE = 0.5
#: a label's colon or a table's cell mark with a value after it
_VALUED = re.compile(r"(?::|\t)\s*\S")


def layout_features(line: Line, page: _Page, features: dict[str, float]) -> dict[str, float]:
    """``label_under``, ``interface_above`` and ``interface_byline`` of ``line`` (see the
    module), ``features`` holding its ``byline`` and ``interface`` already."""
    i = line.index
    lines = page.layout.lines
    labels = page.layout.label_lines

    def valued(k: int) -> bool:  # a labelled line with its value ('Author: …'), no heading
        return k in labels and k < len(lines) and bool(_VALUED.search(lines[k].text))

    under = valued(i + 1) or (
        i + 2 < len(lines) and _short_item(lines[i + 1].text) and valued(i + 2)
    )  # ('Bibliographic Details' between the heading and its rows)
    return {
        "label_under": float(under and i - 1 not in labels),
        "interface_above": float(i > 0 and _is_chrome(page.layout.lines[i - 1].text, page.rules)),
        "interface_byline": float(
            features.get("byline", 0.0) > 0 and features.get("interface", 0.0) > LINK_SHARE
        ),
    }


def neighbour_features(
    line: Line, lines: Sequence[Line], byline_lines: set[int]
) -> dict[str, float]:
    """``in_byline`` and ``short_neighbours`` of ``line`` (see the module); ``byline_lines``
    are the lines of the bylines read under earlier lines."""
    i = line.index
    prev = lines[i - 1] if i > 0 else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    neighbours = [n for n in (prev, nxt) if n is not None and n.text.strip()]
    return {
        "in_byline": float(i in byline_lines),
        "short_neighbours": (
            sum(_short_item(n.text) for n in neighbours) / len(neighbours) if neighbours else 0.0
        ),
    }


def _short_item(text: str) -> bool:
    """A short line without a digit: a menu's item or a section's name (a dateline or a
    volume's line under a heading is short too, but counts for nothing here)."""
    return _word_count(text) <= SHORT_WORDS and not any(c.isdigit() for c in text)


def cut_short(cands: Sequence[Cand]) -> list[int]:
    """The positions in ``cands`` (title-like lines, in page order) of those a later one
    goes on from: its key starts with theirs and adds :data:`MORE_WORDS` words or more."""
    keys = [_key(str(c.value)) for c in cands]
    out = []
    for i, k in enumerate(keys):
        if not k:
            continue
        n = len(k.split())
        head = k + " "
        if any(
            later.startswith(head) and len(later.split()) >= n + MORE_WORDS
            for later in keys[i + 1 :]
        ):
            out.append(i)
    return out


def printed_again(head: str, under: str) -> bool:
    """The line ``under`` prints again the title the line ``head`` gives (the same words, or
    their start before a separator: ``Title | Journal of X`` over ``Title``): a page's head
    line over its heading, not a title over its subtitle."""
    h, u = head.strip().casefold(), under.strip().casefold()
    if h == u:
        return True
    return h.startswith(u) and h[len(u) : len(u) + 3].strip()[:1] in SEPARATORS


#: the signs between a document's title and its site's or journal's name on a head line
SEPARATORS = ("|", "–", "—", "-", "·", ":", "•")
