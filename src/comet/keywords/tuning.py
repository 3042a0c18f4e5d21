"""Every tuned number of :mod:`comet.keywords`, each with its reason (``docs/keywords.md``).

The modules import their numbers from here; change one here and the docs page with it.
"""

from __future__ import annotations

from comet.records import MAX_PAGE_LENGTH

__all__ = [
    "DEFINITION_WORDS",
    "FIND_MAX_LENGTH",
    "HEADING_WORDS",
    "LABEL_CHARS",
    "LABEL_WORDS",
    "MAX_LENGTH",
    "MAX_TERM_WORDS",
    "NUMERIC_DIGITS",
    "PROSE_PIECE_WORDS",
    "RUNNING_WORDS",
    "SENTENCE_PIECE_WORDS",
    "SENTENCE_WORDS",
]

#: Longest input :func:`comet.parse_keywords` reads: a keyword passage, not a page.
MAX_LENGTH = 20_000
#: Longest text :func:`comet.find_keyword_blocks` scans: the page cap
#: (:data:`comet.records.MAX_PAGE_LENGTH`).
FIND_MAX_LENGTH = MAX_PAGE_LENGTH
#: Most words of one keyword: a longer item is a sentence or a reference, not a term.
MAX_TERM_WORDS = 8

# --- where a keyword block stops (docs/keywords.md) -------------------------------------
#: A piece (between list separators) longer than this many words makes a line prose.
PROSE_PIECE_WORDS = 10
#: A line ending in ``.!?…`` is prose with this many words and a piece of
#: :data:`SENTENCE_PIECE_WORDS`; with a sentence break inside, with :data:`RUNNING_WORDS`.
SENTENCE_WORDS = 6
SENTENCE_PIECE_WORDS = 5
RUNNING_WORDS = 8
#: A line of at least this many digits, more digits than letters, is numeric (a date line,
#: a phone number), not a keyword.
NUMERIC_DIGITS = 4
#: ``Label: value`` ends a block when the label is at most this many characters and words.
LABEL_CHARS = 40
LABEL_WORDS = 4
#: A capitalised line of at most this many words before running text is a heading.
HEADING_WORDS = 6
#: ``Term: definition`` starts a glossary when the definition has this many words.
DEFINITION_WORDS = 4
