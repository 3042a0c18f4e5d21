"""A series' number printed in another script's digits is given in ASCII digits, as the
volume, issue and pages are (invented book records, session 26)."""

from __future__ import annotations

from comet import parse_record

RECORD = (
    "بررسی نیزارهای ساحلی شمال\n\nعلی رضایی\n\nنشر نیزار، ۱۴۰۰\n{line}\n\nISBN 978-1-2345-6789-7\n"
)


def test_a_persian_series_number_in_ascii_digits() -> None:
    csl = parse_record(RECORD.format(line="فروست: مطالعات تالاب ؛ ۱۲")).to_csl()
    assert (csl.get("collection-title"), csl.get("collection-number")) == ("مطالعات تالاب", "12")


def test_an_ascii_series_number_stays() -> None:
    csl = parse_record(RECORD.format(line="فروست: مطالعات تالاب ؛ 7")).to_csl()
    assert csl.get("collection-number") == "7"
