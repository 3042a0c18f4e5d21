"""Keyword lists in any shape: ``parse_keywords`` and ``find_keyword_blocks``.

Catalogue pages print keywords as labelled lists (``Keywords: a, b``,
``Emneord:`` then one per line), as bullets, as ``,``/``;`` lists, or as
glossaries (``Term: definition``).  :func:`parse_keywords` reads one such
passage into a :class:`KeywordList`; :func:`find_keyword_blocks` locates the
passages in a whole page.

>>> kws = parse_keywords("keywords: adverbs, cartography, aspect, semantics, syntax")
>>> [k.text for k in kws]
['adverbs', 'cartography', 'aspect', 'semantics', 'syntax']
>>> kws[0].language          # the label 'keywords' is English (en.toml [labels].keywords)
'en'
>>> [k.text for k in parse_keywords("  • Co-production\\n  • social care\\n  • co production")]
['Co-production', 'social care']
>>> g = parse_keywords("Key Terms in this Chapter\\n\\nEmergence: The way that change plays out.")
>>> g[0].text, g[0].definition
('Emergence', 'The way that change plays out.')
>>> len(parse_keywords("Keywords\\n\\nAlves, H. (2013). Co-creation in public services."))
0

The rules (also in ``docs/keywords.md``):

* Labels come from the ``keywords`` and ``key_terms`` keys of the ``[labels]``
  section of the locale files.  A label starts a block when it stands at the
  start of a line followed by ``:`` (then the list may follow on the same line,
  glued or not), by a dash, or by nothing.
* A block ends at: another keyword label (a new block begins); a line that is
  a known label or boilerplate phrase of any locale; a line that looks like
  prose (a piece of more than ten words, or a sentence of six words or more),
  a reference (a year in parentheses, a DOI, a URL, ``©``, an e-mail address, a
  file name) or a number/date; a ``Label: value`` line (outside glossaries); a
  capitalised line that heads such a line (``Metrics`` above ``ePublished: 3
  March 2020``) unless a lone separator line precedes it; a blank line when
  the list's items were not themselves separated by blank lines; a
  non-bullet line after bullets.  An inline list (``Keywords: a, b``) ends at
  the end of its line unless the line ends with ``,``/``;`` or its last term,
  joined to the next line's first piece, is printed elsewhere on the page (a
  PDF's line broken in the middle of a term).
* Language: a tag line right after the label (``en``), else the label's
  locale when only one locale has that label, else the caller's
  ``language=`` (also the tie-break when a label is shared: ``Emneord`` is
  da, nb and nn), else ``None``.

The package holds one idea a module: :mod:`~comet.keywords.records` (the records),
``_tables`` (the locale words), ``_shapes`` (line shapes), ``_reader`` (reading a
passage into sections), ``_language`` (a section's language and the assembly),
:mod:`~comet.keywords.parse` (one passage) and :mod:`~comet.keywords.find` (passages
in a page).
"""

from __future__ import annotations

from comet.keywords.find import FIND_MAX_LENGTH, find_keyword_blocks
from comet.keywords.parse import MAX_LENGTH, parse_keywords
from comet.keywords.records import (
    BlockEvidence,
    Keyword,
    KeywordBlock,
    KeywordList,
    keyword_key,
    merge_keyword_lists,
)

__all__ = [
    "FIND_MAX_LENGTH",
    "MAX_LENGTH",
    "BlockEvidence",
    "Keyword",
    "KeywordBlock",
    "KeywordList",
    "find_keyword_blocks",
    "keyword_key",
    "merge_keyword_lists",
    "parse_keywords",
]
