"""Every tuned number of :mod:`comet.text`, each with its reason (``docs/text.md``).

The modules import their numbers from here; change one here and the docs page with it.
"""

from __future__ import annotations

__all__ = [
    "CLOSING_SENTENCE_WORDS",
    "LINE_WINDOW",
    "MAX_DIAGNOSTICS_PER_CODE",
    "MAX_FUNCTION_SHARE",
    "MAX_ROUNDS",
    "MAX_WORDS",
    "MIN_ISLAND_SHARE",
    "MIN_WORDS",
    "PARAGRAPH_WORDS",
    "PROSE_WORDS",
    "SPAM_POINTS",
    "SPAM_POINTS_GLUE",
    "WINDOW",
]

#: Rounds of the word-level passes (ligatures, boilerplate, spam): a repair can expose
#: another (a removed phrase joins two halves); a fixed bound keeps the work linear.
MAX_ROUNDS = 4
#: Diagnostics of one code listed one by one per call; the rest become one summary, so a
#: megabyte of junk costs no more in diagnostics than in cleaning (real pages stay far below).
MAX_DIAGNOSTICS_PER_CODE = 1000

# --- spam (docs/text.md, "Spam") ---------------------------------------------------------
#: Shortest phrase found from repeated trigrams (a 2-word phrase is found from bigrams).
MIN_WORDS = 3
#: Longest phrase: injected spam is a short noun pile; a longer repeat is left alone.
MAX_WORDS = 8
#: A noun pile has at most this share of function words (prose has more).
MAX_FUNCTION_SHARE = 1 / 3
#: An island: at least this share of its content words occur nowhere else in the text.
MIN_ISLAND_SHARE = 2 / 3
#: A line this many words long is prose (a *cuts* mark when it stops mid-sentence).
PROSE_WORDS = 8
#: A complete paragraph has this many words (a *between* mark after it).
PARAGRAPH_WORDS = 12
#: A closing sentence has this many words (``There are no comments for this item.``).
CLOSING_SENTENCE_WORDS = 4
#: Points a phrase needs to be spam.
SPAM_POINTS = 2
#: Points a 2-word phrase, or one more than a quarter function words, needs.
SPAM_POINTS_GLUE = 3
#: Characters read around an occurrence (a bounded window keeps scoring linear).
WINDOW = 160
#: Characters read of a neighbouring line.
LINE_WINDOW = 600
