"""Locator heads of journal article pages (invented pages): an issue/year head over a volume
line, after a site's address; a postal box word is never the tail of a domain."""

from __future__ import annotations

from comet import parse_record
from comet.locales import resolve
from comet.page.false_locators import _after_post_box


def _loc(text: str) -> tuple[object, object, object]:
    csl = parse_record(text).to_csl()
    return csl.get("volume"), csl.get("issue"), csl.get("page")


PAGE = """eISSN: 1234-5679
Kwartalnik Bagienny
Aktualny numer Archiwum O czasopiśmie Kontakt
NOWOŚĆ
Serwis dla botaników!
www.bagienny-serwis.pl
3/2019
vol. 22

Artykuł oryginalny

O roślinności torfowisk wysokich w dolinie rzeki

Halina Trzcinowska

Kwartalnik Bagienny 2019, 3: 112–118
Data publikacji online: 2019/11/04
"""


def test_an_issue_year_head_over_a_volume_line_after_a_polish_domain() -> None:
    assert _loc(PAGE) == ("22", "3", "112-118")


def test_a_domain_ending_like_a_post_box_word_is_no_post_box() -> None:
    rules = resolve(None)
    assert not _after_post_box("www.bagienny-serwis.pl ", rules)
    assert not _after_post_box("see example.org/pl ", rules)


def test_a_post_box_word_before_numbers_still_reads_as_an_address() -> None:
    rules = resolve(None)
    assert _after_post_box("Suoinstituutti PL ", rules)
    assert _after_post_box("Marsh Bank P.O. Box ", rules)
