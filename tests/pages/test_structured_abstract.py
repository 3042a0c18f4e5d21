"""A research article's structured abstract or IMRaD sections make a journal article
(``comet.page.structured_abstract``); lists of contents, short values and other types do not."""

from __future__ import annotations

import pytest

import comet

TITLE = "Tidal marsh growth in the northern fens\n\nNoor Vidal, Per Lindqvist\n\n"
PARTS = {
    "en": (
        "Objective: We set out to measure how the tidal marshes of the northern fens grew over"
        " two decades.\n"
        "Methods: Forty plots were cored each spring and the layers were dated by pollen and ash"
        " bands.\n"
        "Results: The marshes rose by four millimetres a year, faster near the creeks than on"
        " the flats.\n"
        "Conclusions: Sediment supply rather than sea level set the pace of growth over the"
        " period.\n"
    ),
    "ru": (
        "Цель\nИзучить, как росли приливные марши северных болот за два десятилетия наблюдений"
        " на сорока площадках.\n"
        "Материалы и методы\nКаждую весну отбирали керны, а слои датировали по пыльце и по"
        " прослоям вулканического пепла.\n"
        "Результаты\nМарши поднимались в среднем на четыре миллиметра в год, быстрее у проток,"
        " чем на равнинах.\n"
    ),
    "tr": (
        "Amaç: Kuzey bataklıklarındaki gelgit çayırlarının yirmi yılda nasıl büyüdüğünü"
        " ölçmek istedik.\n"
        "Yöntem: Her bahar kırk alandan karot alındı ve katmanlar polen ve kül bantlarıyla"
        " tarihlendi.\n"
        "Bulgular: Çayırlar yılda ortalama dört milimetre yükseldi, kanallara yakın yerlerde"
        " daha hızlı.\n"
        "Sonuç: Büyümenin hızını deniz seviyesinden çok tortu girdisi belirledi bu dönemde.\n"
    ),
}


def _type(text: str) -> str | None:
    return comet.parse_record(text).to_csl().get("type")


@pytest.mark.parametrize("lang", sorted(PARTS))
def test_three_parts_with_their_prose_make_a_journal_article(lang: str) -> None:
    assert _type(TITLE + PARTS[lang]) == "article-journal"


def test_a_list_of_contents_is_no_article() -> None:
    toc = "Contents\n1 Introduction\n2 Methods\n3 Results\n4 Discussion\n"
    assert _type(TITLE + toc) != "article-journal"


def test_short_values_after_a_colon_are_labels_not_parts() -> None:
    table = "Aim: growth\nMethods: coring\nResults: 4 mm a year\nConclusions: sediment\n"
    assert _type(TITLE + table) != "article-journal"


def test_parts_out_of_order_are_no_abstract() -> None:
    lines = PARTS["en"].splitlines()
    shuffled = "\n".join([lines[2], lines[1], lines[3]]) + "\n"
    assert _type(TITLE + shuffled) != "article-journal"


def test_two_parts_are_not_enough() -> None:
    two = "\n".join(PARTS["en"].splitlines()[1:3]) + "\n"
    assert _type(TITLE + two) != "article-journal"


def test_a_thesis_named_as_such_keeps_its_type() -> None:
    thesis = TITLE + "Doctoral thesis\n\n" + PARTS["en"]
    assert _type(thesis) == "thesis"
