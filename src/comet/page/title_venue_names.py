"""Whether a title-like line is the name of a periodical or of an event, by the locales'
words: evidence against it as the work's title, for the title model
(:mod:`comet.page.title_model`'s ``venue_name``).

A journal platform prints the journal's name over the article's title (``Journal of Fen
Nursing Science`` over ``Working Nurses of the Fens``; ``Revue des marais et des étangs``),
and a conference paper its event's name over or under its title (``International
Conference on Fen Computing (FENCO 2031)``, ``Beitrag zur Tagung der Gesellschaft für
Moorkunde …``). Such a line is a container's name:

* a masthead: a short line in title case holding a journal word of the locales
  (``[words].journal_words``: *Journal, Review, Revista, Zeitschrift*;
  :func:`comet.page.chrome._masthead_like`), or a sentence-case name opening with one
  (``Вестник озёрных наук``; :func:`comet.page.journal_head.masthead_in_sentence_case`);
* or an event's name: an event word of the locales (``[words].proceedings_events``:
  *Conference, Tagung, Congresso, シンポジウム*) written as a name's word, with a capital
  (``… software testing conference …`` in small letters is a title's word) or in a script
  without case.

A proceedings volume's name (opening with a proceedings phrase of the locales,
``[words].proceedings_openings``: *Proceedings of the*, *Actes du*, *Anais do*) is a book's
title, the volume's own page's heading: no evidence here. A periodical's own record (a
catalogue's record of a journal, a conference's series) is titled with such a name too: the
model weighs this evidence with the rest. Pure; each line
costs a look-up of its words and, on a page holding an event word, one search.
"""

from __future__ import annotations

from comet.page.chrome import _masthead_like
from comet.page.event_dates import event_word_on
from comet.page.evidence import _Page
from comet.page.journal_head import masthead_in_sentence_case
from comet.page.venue import _proceedings_opening

__all__ = ["venue_name"]


def _event_name(text: str, page: _Page) -> bool:
    """An event word of the locales in ``text``, written as a name's word (see the module)."""
    pattern = event_word_on(page)
    if pattern is None:
        return False
    return any(not m.group()[:1].islower() for m in pattern.finditer(text))


def venue_name(text: str, page: _Page) -> float:
    """1.0 where the line ``text`` is a periodical's or an event's name (see the module),
    else 0.0."""
    opening = _proceedings_opening(page.rules)
    if opening is not None and opening.match(text) is not None:
        return 0.0  # ('Proceedings of the 12th Symposium on …': a volume's title)
    if _masthead_like(text, page.rules) or masthead_in_sentence_case(text, page.rules):
        return 1.0
    return float(_event_name(text, page))
