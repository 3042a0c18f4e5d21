"""A site's build or compile date (``This site last compiled …``) is the page's, never the
work's: it neither gives nor refines the issued date. Invented page."""

from __future__ import annotations

from comet import parse_record

_PAGE = (
    "Volume 12: Proceedings of the Fourth Workshop on Reed Counting, 3-5 June 2019, Oslo, Norway\n\n"
    "Counting reeds from the air\n\n"
    "Ana Ruiz, Ola Berg\n\n"
    "Proceedings of the Fourth Workshop on Reed Counting, PMRR 12:40-52, 2019.\n\n"
    "Abstract\n\nWe count reeds from drones over three seasons and compare the counts.\n\n"
    "{line}\n"
)


def test_a_compile_date_does_not_refine_the_year() -> None:
    r = parse_record(_PAGE.format(line="This site last compiled Tue, 8 Oct 2019 10:01:02 +0000"))
    assert r.issued is not None and (r.issued.year, r.issued.month) == (2019, None)


def test_a_publication_date_line_still_refines_it() -> None:
    # near miss: a date line that is not a site's build date
    r = parse_record(_PAGE.format(line="Published: 8 Oct 2019"))
    assert r.issued is not None and (r.issued.year, r.issued.month, r.issued.day) == (2019, 10, 8)
