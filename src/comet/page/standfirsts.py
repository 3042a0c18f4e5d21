"""The lines round a news headline that are not its subtitle: a standfirst (the sentence set
under the headline) and a kicker (the section's or topic's short line over it).
"""

from __future__ import annotations

import re

#: words of a standfirst at least (the sentence a news page sets under its headline)
STANDFIRST_WORDS = 8
#: a headline's two parts joined by a colon before a capital or a quote (``Kiel: The …``;
#: not a citation's ``…;10(4):420``)
_TWO_PARTS = re.compile(r"[^\W\d_][»”“\"'’)]?: [\"'«„“‘]?[^\W\d_]")


def _standfirst(title: str, text: str, news: bool = False) -> bool:
    """A headline without a full stop followed by a whole sentence (``… telescope opens`` /
    ``FAST has superior sensitivity to detect cosmic phenomena.``): the second line is the
    standfirst that introduces the article, not a subtitle. On a news or blog page
    (``news``) a standfirst need not end in a full stop: a longer line than the headline
    is enough, unless the first line is a kicker (:func:`_kicker_over`: then the second
    is the headline)."""
    if title.rstrip().endswith((".", ":")) or len(text.split()) < STANDFIRST_WORDS:
        return False
    if text.rstrip().endswith((".", "!", "?")) and (":" not in title or _TWO_PARTS.search(title)):
        return True  # (a headline in two parts, 'Place: What happened', has a standfirst too)
    return ":" not in title and (
        text.rstrip().endswith((".", "!", "?"))
        or (news and len(text.split()) > len(title.split()) and not _kicker_over(title, text))
    )


#: words of a kicker over a headline at most (``Biz & IT —``, ``US & Canada``, ``Politik``)
KICKER_LINE_WORDS = 4
#: how a kicker may end: a dash, a bar, a slash or an ellipsis that leads to the headline
_KICKER_END = re.compile(r"[—–|/…»›>]\s*\Z|\.\.\.\s*\Z")


def _kicker_over(kicker: str, text: str) -> bool:
    """A short line over a longer one that does not end as a sentence (``Business News`` /
    ``Seven things hotel owners keep quiet about``), or any line ending in a dash, a bar or
    an ellipsis over one (``Local News |``): the first is the section's or topic's kicker
    over the headline, the second no standfirst and no subtitle of it."""
    words, longer = kicker.split(), text.split()
    if not words or text.rstrip().endswith((".", "!")):
        return False
    if _KICKER_END.search(kicker) is not None:
        return len(longer) >= len(words)
    return len(words) <= KICKER_LINE_WORDS and len(longer) >= len(words) + 2
