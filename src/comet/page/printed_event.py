"""The event a page prints for its work, line by line, where no label names it: a first
page's header under a fee code's stamp, a proceedings footer, an event line (``12th
Symposium on …, June 3-5, 2019, Marshtown``), an event's own page with its dates near the
top. One concern: which of these printed lines gives the event, in that order."""

from __future__ import annotations

from comet.page.event_bracketed import bracketed_event
from comet.page.event_calendar import calendar_event
from comet.page.event_lines import event_line, footer_event, presented_event
from comet.page.event_presented_note import presented_note, quoted_name
from comet.page.event_prose import prose_event
from comet.page.event_titled import titled_event
from comet.page.event_top import top_event
from comet.page.evidence import _Page
from comet.page.fee_code import header_event
from comet.page.model import Event

__all__ = ["CALL_TYPES", "PROSE_TYPES", "printed_event"]

#: the types of a work whose page may tell its event in a sentence (an event's own page,
#: read as a document or a web page; a conference paper): a news story or a journal's
#: article reporting on a congress is not at it
PROSE_TYPES = frozenset({None, "document", "webpage", "paper-conference", "speech", "event"})


#: the types of an event's own page read for a call's calendar and for the days bracketed
#: after its name in its head: a call is served as a news post too (its headline, its
#: date, its prose); a journal's article, a book or a thesis prints no call
CALL_TYPES = PROSE_TYPES | {"article-magazine", "article-newspaper", "post-weblog"}


#: the types of an event's own page read where a menu's item stands for its title: the line
#: near the top naming the event anchors its dates (a paper's type line, ``Conference
#: paper``, names none; an article's page is read only under a title naming the event)
_ANCHORED = PROSE_TYPES - {"paper-conference"}


def printed_event(page: _Page, csl_type: str | None, title: str | None = None) -> Event | None:
    """The event the page prints for a work of ``csl_type`` (a conference paper reads all
    the shapes; a proceedings volume, ``book``, its event line; any work an event's own page
    top, an event's own page, headed by the event's name ``title``, its event line), else
    None."""
    if csl_type not in ("book", "thesis"):  # (a paper's page typed otherwise prints them too)
        header = header_event(page)  # a first page's header under a fee code's stamp
        if header is not None:
            return Event(place=header[0], start=header[1].start, end=header[1].end)
        if (footed := footer_event(page)) is not None:
            # 'Proceedings of …, pages 88–97, Oslo, Norway, 10 July 2012. ©2012 …'
            return Event(place=footed[0], start=footed[1], end=footed[2])
    if csl_type in ("paper-conference", "book") and (stated := event_line(page)) is not None:
        # '12th Symposium on …, June 3-5, 2019, Marshtown'; a proceedings volume's page under
        # its event's line: the event's name and dates
        return Event(name=stated[2], place=stated[0], start=stated[1].start, end=stated[1].end)
    if csl_type != "thesis" and (note := presented_note(page)) is not None:
        # a presented-at note inside a line or wrapped ('NOTE 12p.; Paper presented at the
        # Annual Meeting of the Fen Society (Marshtown, Norway, April 19-23, 2031).')
        end = note[2].end if note[2].end != note[2].start else None
        return Event(name=note[0], place=note[1], start=note[2].start, end=end)
    if csl_type != "thesis" and (noted := presented_event(page)) is not None:
        # a note that the work was presented at an event, whatever its type ('Presented at
        # the 12th Symposium on …, Marshtown, Norway, June 3-5, 2031')
        end = noted[1].end if noted[1].end != noted[1].start else None
        name = quoted_name(noted[2], page)  # 'colloque « Tourbières d’aujourd’hui »'
        return Event(name=name, place=noted[0], start=noted[1].start, end=end)
    top = top_event(page)
    if top is not None and (csl_type != "paper-conference" or top[3]):
        # an event's own page: its dates near the top or labelled ('The congress: 7 - 9 May')
        end = top[2].end if top[2].end != top[2].start else None
        return Event(name=top[0], place=top[1], start=top[2].start, end=end)
    if (
        csl_type != "thesis"
        and (headed := titled_event(page, anchor=csl_type in _ANCHORED)) is not None
    ):
        # an event's own page headed by its name, under a menu of any length: its dates on a
        # line next to the title ('FENECO 2031' / '3-5 June 2031' / 'Marshtown, Norway')
        end = headed[2].end if headed[2].end != headed[2].start else None
        return Event(name=headed[0], place=headed[1], start=headed[2].start, end=end)
    if (
        csl_type in PROSE_TYPES
        and (stated := event_line(page)) is not None
        and _heads(stated[2], title)
    ):
        # an event's own page whose name's line, its title, stands below its first lines
        # (under a menu): '12th Symposium on Fen Ecology' / 'June 3-5, 2031, Marshtown, Norway'
        # (a story's line naming an event below its title is another's)
        end = stated[1].end if stated[1].end != stated[1].start else None
        return Event(name=stated[2], place=stated[0], start=stated[1].start, end=end)
    if csl_type in PROSE_TYPES and (told := prose_event(page)) is not None:
        # 'The 12th Symposium … will be held in Marshtown, Norway, on 3-5 June 2031'
        end = told[1].end if told[1].end != told[1].start else None
        return Event(place=told[0], start=told[1].start, end=end)
    if csl_type in CALL_TYPES and (
        (dated := bracketed_event(page)) is not None or (dated := calendar_event(page)) is not None
    ):
        # 'Thème du congrès 2031 (3-5 juin 2031)' in the head; a call's calendar of
        # deadlines, its step '3-5 juin 2031 : tenue du colloque' or its sentence 'The
        # conference will run from 3 to 5 June, 2031'
        return Event(place=dated[0], start=dated[1].start, end=dated[1].end)
    return None


def _heads(name: str, title: str | None) -> bool:
    """The event's ``name`` is the page's ``title`` (or holds it, or is held in it)."""
    if not title:
        return False
    a, b = name.casefold().strip(), title.casefold().strip()
    return a in b or b in a
