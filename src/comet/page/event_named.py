"""The event a proceedings' name names, where the page prints no event of its own: a
conference paper's container (``Proceedings of the 12th Symposium on Fen Ecology``, or an
event's name as a paper page's ``Published in``: ``2031 12th International Conference on
Fen Ecology (ICFE)``), a proceedings volume's title that opens with a proceedings phrase of
the locales (``[words].proceedings_openings``: *Proceedings of the*, *Actes du*, *Tagungsband
der*). A proceedings volume is named for its event: the event's name is the name after the
phrase (:func:`comet.page.event_block._named_by`); a book titled with an event word alone
(``Conference Interpreting``) names none.

One concern: an event's name read from its proceedings' name."""

from __future__ import annotations

import attrs

from comet.page.event_block import _named_by
from comet.page.evidence import _Page
from comet.page.model import Event
from comet.page.venue import _proceedings_opening

__all__ = ["named_event", "proceedings_event"]


def named_event(
    page: _Page, event: Event | None, csl_type: str | None, container: str | None, title: str | None
) -> Event | None:
    """``event`` with the name its proceedings' name gives where it has none (or the event
    of that name alone where the page prints none); ``event`` as it is otherwise."""
    if event is not None and event.name is not None:
        return event
    name = proceedings_event(csl_type, container, title, page)
    if name is None:
        return event
    page.note("event-from-proceedings", f"event {name!r}: the proceedings' name")
    return Event(name=name) if event is None else attrs.evolve(event, name=name)


def proceedings_event(
    csl_type: str | None, container: str | None, title: str | None, page: _Page
) -> str | None:
    """The name of the event a conference paper's ``container`` or a proceedings volume's
    ``title`` names (``book`` titled ``Proceedings of the …``); ``None`` for any other work
    or name."""
    if csl_type == "paper-conference" and container:
        return _named_by(container, page)
    if csl_type == "book" and title:
        opening = _proceedings_opening(page.rules)
        if opening is not None and opening.match(title.strip()) is not None:
            return _named_by(title, page)
    return None
