"""A copyright fee code on a proceedings paper's first page (``comet.page.fee_code``): the
volume's ISBN, the year's two digits, the fee, the copyright year and holder, and in a digital
library's stamp the proceedings' title before it. Every page is invented; the layout is the
one every proceedings paper of such volumes prints (the fresh ``proc6`` set, issue 13).
"""

from __future__ import annotations

from comet import parse_record
from comet.page.fee_code import _FEE_CODE

ABSTRACT = (
    "Abstract—Tidal turbines in shallow estuaries meet sediment loads that wear their "
    "blades faster than offshore machines. We measure the wear of three blade coatings over "
    "two winters and propose a cheap inspection routine that a harbour crew can follow.\n"
)

STAMP = (
    "2021 Fourth Symposium on Coastal Energy Systems (SCES) | "
    "978-1-2345-6789-7/21/$31.00 ©2021 Tarn Society | DOI: 10.5555/sces.2021.12345"
)


def _paper(stamp: str = STAMP, header: str = "") -> str:
    return (
        "You are on page 1 of 6\n\n"
        + (f"{header}\n\n" if header else "")
        + "Blade Wear of Tidal Turbines in Muddy Estuaries\n"
        "Ingrid Halvorsen, Tomas Brekke\n"
        "Department of Marine Engineering, Fjordvik University\n\n"
        + ABSTRACT
        + "\n"
        + stamp
        + "\n\nI. INTRODUCTION\nTidal power is predictable, which makes it attractive.\n"
    )


def _csl(text: str) -> dict[str, object]:
    return parse_record(text).to_csl()


def test_stamp_gives_the_proceedings_publisher_year_and_type() -> None:
    item = _csl(_paper())
    assert item["container-title"] == "2021 Fourth Symposium on Coastal Energy Systems (SCES)"
    assert item["publisher"] == "Tarn Society"
    assert item["issued"] == {"date-parts": [[2021]]}
    assert item["type"] == "paper-conference"
    assert item["ISBN"] == "9781234567897"


def test_header_under_a_stamp_gives_the_events_place_and_dates() -> None:
    header = "2021 Fourth Symposium on Coastal Energy Systems (SCES), Sep 6-8, 2021, Bergen, Norway"
    rec = parse_record(_paper(header=header))
    assert rec.event is not None
    assert rec.event.place == "Bergen, Norway"
    assert rec.event.start is not None and rec.event.start.iso() == "2021-09-06"
    assert rec.event.end is not None and rec.event.end.iso() == "2021-09-08"


def test_plain_code_with_an_old_isbn_gives_publisher_and_year() -> None:
    item = _csl(_paper(stamp="0-9876-5432-2/04/$20.00 © 2004 Fjord Press"))
    assert item["publisher"] == "Fjord Press"
    assert item["issued"] == {"date-parts": [[2004]]}
    assert item["type"] == "paper-conference"
    assert "container-title" not in item


def test_a_journals_issn_code_is_none() -> None:
    # a journal's code carries an ISSN: no proceedings volume, no conference paper
    item = _csl(_paper(stamp="2468-1350/10/$26.00 © 2010 Tarn Society"))
    assert item.get("type") != "paper-conference"
    assert item.get("publisher") != "Tarn Society"


def test_a_code_whose_years_disagree_is_none() -> None:
    item = _csl(_paper(stamp="978-1-2345-6789-7/18/$31.00 ©2021 Tarn Society"))
    assert item.get("publisher") != "Tarn Society"


def test_a_shop_price_after_an_isbn_is_no_code() -> None:
    shop = (
        "Coastal Energy Handbook\nby Ingrid Halvorsen\n\n"
        "ISBN 978-1-2345-6789-7 / hardcover / $31.00\n"
        "© 2021 Fjordvik Books. All rights reserved.\n"
    )
    assert _FEE_CODE.search(shop) is None
    assert _csl(shop).get("type") != "paper-conference"


def test_a_header_without_a_place_gives_no_event() -> None:
    # dates but no place after them: no event is read from the header
    header = "2021 Fourth Symposium on Coastal Energy Systems (SCES), Sep 6-8, 2021"
    rec = parse_record(_paper(header=header))
    # (the event's name only, from the proceedings' name the paper is in: event_named)
    assert rec.event is None or (rec.event.place, rec.event.start) == (None, None)


def test_a_doi_after_the_holder_is_not_the_holders() -> None:
    item = _csl(
        _paper(stamp="978-1-2345-6789-7/21/$31.00 ©2021 Tarn Society DOI 10.5555/sces.2021.12")
    )
    assert item["publisher"] == "Tarn Society"
