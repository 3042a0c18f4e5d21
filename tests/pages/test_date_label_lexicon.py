"""Date labels of more locales (locale data, ``[labels]``): publication dates in Japanese,
Korean, Ukrainian and Turkish, and record-keeping dates (a catalogue's record, an upload)
that never date the work. Invented pages."""

from __future__ import annotations

import pytest

from comet import parse_record


def _issued(text: str) -> list[int] | None:
    issued = parse_record(text).to_csl().get("issued")
    return list(issued["date-parts"][0]) if issued else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a TRC MARC view flattened into a bar table: the ISBN agency's date of the book
        (
            "| タイトル | 港の灯り |\n| 著者 | 山田/花子 |\n| 出版者 | 港湾書房 |\n"
            "| ISBNに対応する出版年月 | 2011.6 |\n| ページ数等 | 212p |\n",
            [2011, 6],
        ),
        # a Korean journal's article page: its publication date, not the received date
        (
            "해양 퇴적물의 계절 변화\n\n김민수, 이지은\n\n접수일: 2018.11.02\n\n"
            "발행일: 2019.03.31\n\n초록\n\n이 연구는 남해안 퇴적물의 계절 변화를 다룬다.\n",
            [2019, 3, 31],
        ),
        # a Ukrainian article page: published, after its submission
        (
            "Сезонні зміни донних відкладів\n\nОлена Коваль\n\n"
            "Надійшла до редакції: 02.11.2020\n\nОпубліковано: 15.03.2021\n",
            [2021, 3, 15],
        ),
        # a Turkish book page's print date
        (
            "Liman Işıkları\n\nYazar: Ayşe Demir\n\nBasım Tarihi: 2015\n\nSayfa Sayısı: 212\n",
            [2015],
        ),
    ],
)
def test_publication_labels(text: str, want: list[int]) -> None:
    assert _issued(text) == want


# -- record-keeping dates: never the work's ----------------------------------------------


def test_a_catalogue_record_date_is_not_the_work_date() -> None:
    text = (
        "Harbour lights of the north\n\nAuthor: Ana Ruiz\n\nRecord created: 3 May 2021\n\n"
        "Published: 2019\n\nPublisher: Fen Press\n"
    )
    assert _issued(text) == [2019]


def test_an_upload_date_alone_dates_nothing() -> None:
    text = (
        "Harbour lights of the north\n\nDate uploaded: 3 May 2021\n\n"
        "A short guide to the lighthouses of the northern coast, with maps and photographs.\n"
    )
    assert _issued(text) is None


def test_a_repository_entry_date_is_not_the_work_date() -> None:
    text = (
        "Luces del puerto del norte\n\nAutor: Ana Ruiz\n\nFecha de ingreso: 12/03/2020\n\n"
        "Fecha de publicación: 2018\n"
    )
    assert _issued(text) == [2018]
