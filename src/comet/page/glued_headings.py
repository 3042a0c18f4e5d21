"""A section heading glued to the line before it (``… engagementAbstract``): the line split at
the heading so it opens its own line.
"""

from __future__ import annotations

import re

import attrs

from comet.locales import LocaleRules, fold
from comet.page.line_labels import _MAX_LABEL, _colon_labels
from comet.page.lines import Line

#: keys whose label may end a line glued to the value before it (an OJS article page's
#: ``https://doi.org/10.5555/x.123Keywords:`` / ``… engagementAbstract``: the text lost the
#: break between a field's value and the next field's heading)
GLUED_HEADING_KEYS = frozenset({"keywords", "abstract", "doi", "references", "cite_this"})
#: keys whose label may end a line glued to a value that ends in a digit only: a repository's
#: item view printing a date and the next field's heading (``2016-10-20Author`` over the
#: name); after a letter such a word is a name's or a title's own (``McAuthor``, ``CoAuthor``)
GLUED_AFTER_DIGIT_KEYS = frozenset({"author", "supervisor"})
#: characters a label glued to the end of a value may follow (a value's last letter, digit
#: or full stop)
_GLUE_BEFORE = re.compile(r"[a-zà-ÿ0-9.)]")
#: the characters that may be upper-case (``str.isupper``): none of the first 192 but A to Z;
#: the positions where a glued label may start are sought among these only
_MAY_BE_UPPER = re.compile(r"[^\x00-\x40\x5b-\xbf]")
#: characters of a value before a glued heading at least (``McAbstract`` is a word)
GLUED_VALUE_MIN = 4
#: characters of a label glued to a letter at least: a short label's word closes camel-case
#: words and names (``ExCite``, ``MyHashTags``), a longer one rarely (``…townsAbstract``)
GLUED_AFTER_LETTER_MIN = 6


def _glued_heading_at(text: str, table: dict[str, str]) -> int | None:
    """Where a label of :data:`GLUED_HEADING_KEYS` glued to the end of a line starts
    (``…14278Palabras clave:`` → the index of ``P``), or ``None``.  After a digit, a full
    stop or a bracket the value before is complete; after a letter the label is one of
    :data:`GLUED_AFTER_LETTER_MIN` characters at least and the word it is glued to holds no
    other capital inside (``ExCite``, ``MyHashTags`` are words, not a value and a label)."""
    body = text[:-1] if text.endswith(":") else text
    lo = max(GLUED_VALUE_MIN, len(body) - _MAX_LABEL)
    for m in _MAY_BE_UPPER.finditer(body, lo, max(lo, len(body) - 3)):
        j = m.start()
        if not body[j].isupper() or not _GLUE_BEFORE.fullmatch(body[j - 1]):
            continue
        key = table.get(fold(body[j:]))
        if key not in GLUED_HEADING_KEYS and not (
            key in GLUED_AFTER_DIGIT_KEYS and body[j - 1].isdigit()
        ):
            continue
        if body[j - 1].isalpha():
            word = body[:j].rsplit(None, 1)[-1]
            if len(body) - j < GLUED_AFTER_LETTER_MIN or any(c.isupper() for c in word[1:]):
                continue
        return j
    return None


def _unglue_headings(lines: list[Line], locales: tuple[LocaleRules, ...]) -> list[Line]:
    """Lines with a heading label glued to their end split in two (the value, then the
    label on a line of its own, as the page showed them)."""
    table = _colon_labels(locales)
    out: list[Line] = []
    for line in lines:
        j = _glued_heading_at(line.text, table) if len(line.text) > 4 else None
        if j is None:
            out.append(attrs.evolve(line, index=len(out)) if line.index != len(out) else line)
            continue
        out.append(Line(len(out), line.start, line.start + j, line.text[:j], line.blank_before))
        out.append(Line(len(out), line.start + j, line.end, line.text[j:], False))
    return out
