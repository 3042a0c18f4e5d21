"""Signs on the head of an article page from unseen sites (session 28): a line of e-mail
addresses is no title; a byline written ``Family, Given`` for three names or more vouches
for a given name that spells a function word (``Ko, Il Sun``); an icon's text glued before
each name (``imageAna Ruiz``) is dropped; a journal's abbreviated name and a date on one
line is the dateline, not the title; a breadcrumb ``HOME > Abbrev > Volume …`` names the
journal by its second step. Invented pages; every name, place and title was written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.locales import resolve
from comet.page.byline_text import _without_glued_interface
from comet.page.journal_head import _last_crumb
from comet.page.title_shapes import mail_line


@pytest.mark.parametrize(
    ("text", "mail"),
    [
        ("1) 2031001@kampus.example, 2) rina@kampus.example, 3) budi@kampus.example", True),
        ("Email: ola.berg@lab.example", True),
        ("ana@uni.example", True),
        ("Writing to ana@uni.example about the marsh birds of the northern coast", False),
        ("The marsh birds of the northern coast", False),
    ],
)
def test_mail_line(text: str, mail: bool) -> None:
    assert mail_line(text) is mail


@given(st.text(max_size=120))
def test_mail_line_takes_any_text(text: str) -> None:
    assert isinstance(mail_line(text), bool)


def test_a_line_of_addresses_is_no_title() -> None:
    page = """Jurnal Teknologi Pesisir Vol. 4, No. 2 Tahun 2019
Sistem Pemantauan Kualitas Air Tambak Udang Berbasis Sensor Nirkabel
Program Studi Teknik Komputer
Politeknik Pesisir Utara
Email : 1) 2031001@kampus.example, 2) rina@kampus.example, 3) budi@kampus.example
Abstract: Penelitian ini membangun sistem pemantauan kualitas air tambak udang berbasis sensor.
"""
    title = parse_record(page).to_csl()["title"]
    assert title == "Sistem Pemantauan Kualitas Air Tambak Udang Berbasis Sensor Nirkabel"


_INVERTED_PAGE = """Review Article Patterns of Night Shift Fatigue Among Ward Nurses
{byline}
Journal of Ward Nursing 2021;12(3):45-58.
1Department of Nursing, Harbour University, Busan, Korea
The purpose of this study was to describe how night shift fatigue varies among ward nurses.
"""


@pytest.mark.parametrize(
    ("byline", "families"),
    [
        ("Yoon, Sumin , Choi, Dae Jin , Ko, Il Sun", ["Yoon", "Choi", "Ko"]),
        ("Yoon, Sumin, Choi, Dae Jin, Ko, Il Sun", ["Yoon", "Choi", "Ko"]),
        ("Jang, Eun Ji, Ko, Il Sun, Seo, La Won, Lim, Ha Na", ["Jang", "Ko", "Seo", "Lim"]),
    ],
)
def test_an_inverted_list_vouches_for_its_given_names(byline: str, families: list[str]) -> None:
    csl = parse_record(_INVERTED_PAGE.format(byline=byline)).to_csl()
    assert [a["family"] for a in csl.get("author", [])] == families
    assert csl["title"] == "Patterns of Night Shift Fatigue Among Ward Nurses"


_ICON_PAGE = """Skip to main content

ORIGINAL RESEARCH article

{dateline}
Sec. Coastal Ecology
Volume 4 - 2021 | https://doi.org/10.9999/fmec.2021.00123

Tidal Marsh Birds: A Long Survey of the Northern Coast

{byline}
  • 1Harbour University, Lund, Sweden
  • 2Coastal Institute, Bergen, Norway

Tidal marsh birds were counted along the northern coast every spring for thirty years.
"""


@pytest.mark.parametrize(
    "dateline",
    ["Front. Mar. Ecol., 12 May 2021", "Rev. Geogr. Cost., 3 de mayo de 2021"],
)
def test_a_dotted_journal_and_its_date_is_no_title(dateline: str) -> None:
    page = _ICON_PAGE.format(dateline=dateline, byline="Anna Lindqvist1* Jonas Berg2")
    title = parse_record(page).to_csl()["title"]
    assert title == "Tidal Marsh Birds: A Long Survey of the Northern Coast"


@pytest.mark.parametrize(
    "byline",
    [
        "imageAnna Lindqvist1* imageJonas Berg2 imageKari Holm1",
        "imageAnna Lindqvist1*, imageJonas Berg2, imageKari Holm1",
    ],
)
def test_an_icon_text_glued_before_each_name_is_dropped(byline: str) -> None:
    page = _ICON_PAGE.format(dateline="Front. Mar. Ecol., 12 May 2021", byline=byline)
    authors = parse_record(page).to_csl().get("author", [])
    assert [(a["family"], a["given"]) for a in authors] == [
        ("Lindqvist", "Anna"), ("Berg", "Jonas"), ("Holm", "Kari"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("byline", "kept"),
    [
        ("imageAnna Lindqvist1* imageJonas Berg2", "Anna Lindqvist1* Jonas Berg2"),
        ("Anna deVries1* Jonas vanDam2", "Anna deVries1* Jonas vanDam2"),  # a particle stays
        ("Anna Lindqvist", "Anna Lindqvist"),
    ],
)
def test_without_glued_interface(byline: str, kept: str) -> None:
    assert _without_glued_interface(byline, resolve(None)) == kept


@pytest.mark.parametrize(
    ("head", "step"),
    [
        ("HOME > Marsh Lett >", "Marsh Lett"),
        ("Home › Rev Geogr Costera ›", "Rev Geogr Costera"),
        ("Home / Journals / Marsh Letters /", "Marsh Letters"),
        ("Marsh Letters / Lettres des marais", "Marsh Letters / Lettres des marais"),
        ("Marsh Letters / Lettres des marais /", "Marsh Letters / Lettres des marais"),
    ],
)
def test_last_crumb(head: str, step: str) -> None:
    assert _last_crumb(head, resolve(None)) == step
