"""A shop's product block is no site menu; contact details are no event (invented pages)."""

from __future__ import annotations

from comet import parse_record

SHOP = """Books
Home & Garden
Cart (0)
The Orchard Keeper's Almanac
Ruth Ellery (Author)
Hardback
£18.50
In stock
Add to basket
Publisher: Quillon House
Publication date: 11/09/2020
ISBN-13: 9780000000002
Pages: 198
Customers who bought this also bought
"""


def test_a_product_title_over_its_author_is_no_menu_entry() -> None:
    rec = parse_record(SHOP)
    assert rec.title == "The Orchard Keeper's Almanac"
    assert [p.family for p in rec.authors] == ["Ellery"]


def test_a_shops_related_heading_is_never_the_title() -> None:
    text = SHOP.replace("Ruth Ellery (Author)\n", "")  # no author line: the menu stays one
    rec = parse_record(text)
    assert rec.title != "Customers who bought this also bought"


def test_a_menu_of_short_lines_stays_a_menu() -> None:
    menu = "\n".join(["Home", "News", "Events", "Research", "Teaching", "Library",
                      "People", "Contact", "About us"])  # fmt: skip
    rec = parse_record(menu + "\nA study of river deltas\nBy Ana Ruiz\n12 May 2020\n")
    assert rec.title == "A study of river deltas"
    assert rec.title not in menu


EVENT = """Events
Annual Meeting on Salt Heritage 2024
12-14 June 2024, Galway, Ireland
Call for papers
Submissions are invited on maritime archaeology. Deadline: 15 January 2024.
Venue
Contact: meeting@example.org
"""


def test_contact_details_are_no_event_name() -> None:
    rec = parse_record(EVENT)
    assert rec.event is None or "@" not in (rec.event.name or "")


def test_a_venue_named_under_its_label_is_still_read() -> None:
    rec = parse_record(
        EVENT.replace("Contact: meeting@example.org", "Aula Magna, University of Galway")
    )
    assert rec.event is not None and rec.event.name == "Aula Magna, University of Galway"
