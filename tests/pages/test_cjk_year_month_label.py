"""The year-and-month of publication label of Chinese record pages (``出版年月``, alone or
after the volume-issue label, ``卷期/出版年月``) dates the work. Invented record pages."""

from __future__ import annotations

import pytest

from comet import parse_record


def _page(label: str, value: str) -> str:
    return (
        "题名\n\n城市河道水质的季节变化研究\n\n作者\n\n林晓雯\n\n"
        "关键词\n\n河道 ; 水质 ; 季节变化\n\n"
        f"{label}\n\n{value}\n\n学位类别\n\n硕士\n"
    )


@pytest.mark.parametrize(
    ("label", "value", "want"),
    [
        ("卷期/出版年月", "2019年", [2019]),
        ("出版年月", "2021年6月", [2021, 6]),
        ("卷期/出版年月", "民國94年", [2005]),
    ],
)
def test_the_year_month_label_dates_the_record(label: str, value: str, want: list[int]) -> None:
    csl = parse_record(_page(label, value)).to_csl()
    assert list(csl["issued"]["date-parts"][0]) == want
