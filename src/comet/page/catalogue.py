"""Events (conference pages of research portals) and holdings (library catalogue rows)."""

from __future__ import annotations

import re
from typing import Any

from comet import locales as _loc
from comet.dates import DateRange, parse_date_range
from comet.locators import Locator, parse_locator
from comet.page.chrome import _PHONE, _is_contact
from comet.page.event_dates import held_place
from comet.page.event_top import event_dates_value
from comet.page.evidence import _lenient, _Page
from comet.page.line_dates import _date
from comet.page.model import Event, Holding
from comet.vocab import (
    split_place,
)

_TABLE_ROW = re.compile(r"^\|.*\|$|^\|$")


def _contact_field(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A label's value that is contact details (an e-mail address, a phone number, or a
    contact word before a colon: ``Contact: office@…``, ``Kontakt: …``), never an event's
    name or place (``Language Contact Workshop`` is a name: no colon after its word)."""
    head, colon, _ = value.partition(":")
    return (
        "@" in value
        or _PHONE.search(value) is not None
        or bool(colon and _is_contact(head, rules) and len(head.split()) <= CONTACT_HEAD_WORDS)
    )


#: words before the colon of a contact field at most (``Contact``, ``E-mail``, ``Tel.``)
CONTACT_HEAD_WORDS = 2


def _event(page: _Page) -> Event | None:
    name = place = country = None
    start = end = None
    for lv in page.layout.values("event", "conference"):
        value = lv.value
        if _contact_field(value, page.rules):
            continue  # 'Event' / 'Contact: office@…': the label's next line is another field
        dated = event_dates_value(value, page)
        if dated is not None:  # 'Conference: June 3-5, 2031': its dates, not its name
            start = start or dated.start
            end = end or (dated.end if dated.end != dated.start else None)
            continue
        head, sep, tail = value.rpartition(" - ")
        if sep and lv.key == "event":
            value, where = head.strip(), tail.strip()
            rest, c = split_place(where, locales=page.rules)
            if c is not None:
                country = c.code
                where = rest
            place = place or where or None
        if name is None or (lv.key == "event" and len(value) > len(name)):
            name = value
            page.spans.setdefault("event", page.to_raw(lv.value_start, lv.value_end))
    lone = False  # the place read from a one-word label ('Location', 'City') alone
    for lv in page.layout.values("event_location", "city"):
        if place is None:
            place = lv.value
            lone = len(lv.label.split()) < 2
    for lv in page.layout.values("country"):
        if country is None:
            _, c = split_place(lv.value, locales=page.rules)
            if c is not None:
                country = c.code
                if place is not None and lv.value not in place:
                    place = f"{place}, {lv.value}"  # City + Country/Territory rows
    if name is None:
        for lv in page.layout.values("venue"):
            if not _contact_field(lv.value, page.rules):
                name = lv.value
                break
    if place is None:
        for lv in page.layout.values("address"):
            if not _contact_field(lv.value, page.rules):
                place = lv.value
                break
    years = page.layout.values("year")
    year_hint = _date(page, years[0].value) if years else None
    for lv in () if start is not None else page.layout.values("event_duration", "month"):
        kwargs: dict[str, Any] = {"locales": page.rules}
        if year_hint is not None:
            kwargs["year"] = year_hint.year
        rng = _lenient(parse_date_range, lv.value, **kwargs)
        if isinstance(rng, DateRange) and rng.end is not None:
            start, end = rng.start, rng.end
            break
    if name is None and place is None and start is None:
        return None
    if lone and name is None and start is None and not _lone_place(page, place or ""):
        return None  # 'Location: Shelf 3' on a catalogue record, a shop's or a map's page
    return Event(name=name, place=place, country=country, start=start, end=end)


def _lone_place(page: _Page, place: str) -> bool:
    """The page is a conference's: a value under a label of one word (``Location``,
    ``City``, ``Where``) with no event's name or dates beside it is its event's place only
    there or where it reads as a place (a city or a country of the locales: ``Marshtown,
    Norway``); a library's record shows its copy's ``Location: Shelf 3``, a shop its store's."""
    return (page.kind is not None and page.kind.name == "conference") or held_place(place, page)


def _holdings(page: _Page) -> tuple[Holding, ...]:
    lines = page.layout.lines
    header: list[str] | None = None
    out: list[Holding] = []
    pending: list[str] = []
    for line in lines:
        t = line.text
        if header is None:
            if t.startswith("|") and t.count("|") >= 3:
                cells = [c.strip() for c in t.strip("|").split("|")]
                keys = []
                for c in cells:
                    m = _lenient_label(c, page)
                    keys.append(m or "")
                if sum(bool(k) for k in keys) >= 2:
                    header = keys
            continue
        if re.fullmatch(r"\|?[-|\s:]*", t):
            continue
        if _TABLE_ROW.match(t) or t.endswith("|"):
            cells = [c.strip() for c in t.strip("|").split("|") if c.strip()]
            if not cells:
                continue
            out.append(_holding(pending + cells, header, page))
            pending = []
        elif len(t.split()) <= 3 and not out:
            pending = [t]
        else:
            break
    return tuple(out)


def _lenient_label(cell: str, page: _Page) -> str | None:
    from comet.vocab import label_at

    m = label_at(cell, locales=page.rules)
    return m.key if m is not None and m.value_start >= len(cell) else None


def _holding(cells: list[str], header: list[str], page: _Page) -> Holding:
    """Assign cells to header columns in order, skipping columns a cell cannot fill."""
    fields: dict[str, str] = {}
    col = 0
    for cell in cells:
        while col < len(header):
            key = header[col]
            col += 1
            if _fits(key, cell, page):
                fields[key] = cell
                break
    return Holding(
        location=fields.get("location"),
        call_number=fields.get("call_number"),
        status=fields.get("status"),
        barcode=fields.get("barcode"),
        item_type=fields.get("item_type"),
        date_due=fields.get("date_due"),
        volume_info=fields.get("volume_issue") or fields.get("description"),
    )


def _fits(key: str, cell: str, page: _Page) -> bool:
    has_digit = any(c.isdigit() for c in cell)
    if key == "barcode":
        return bool(re.fullmatch(r"[A-Za-z]{0,6}\d{3,}[A-Za-z0-9]*", cell))
    if key in ("volume_issue", "description"):
        loc = _lenient(parse_locator, cell, locales=page.rules)
        return isinstance(loc, Locator) and bool(loc.volume or loc.pages)
    if key == "date_due":
        return _date(page, cell) is not None
    if key == "status":
        return not has_digit and len(cell.split()) <= 3
    if key == "call_number":
        loc = _lenient(parse_locator, cell, locales=page.rules)
        locator_like = isinstance(loc, Locator) and bool(loc.volume and (loc.issue or loc.pages))
        return has_digit and len(cell) <= 40 and not locator_like
    if key in ("location", "item_type"):
        return not re.fullmatch(r"[\d\W]+", cell)
    return True
