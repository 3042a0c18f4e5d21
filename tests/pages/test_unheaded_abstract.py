"""A research paper's front printed with no abstract heading: the title, the abstract's
prose, then its keywords label (``comet.page.unheaded_abstract``): a journal's article where
nothing else on the page names a type. Invented pages in the shapes of journal sites'
full texts, in several languages; near misses that stay untyped or keep their type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.page.parse import _prepare
from comet.page.unheaded_abstract import UNHEADED_ABSTRACT, unheaded_abstract


def _record_type(text: str) -> str | None:
    return parse_record(text).to_csl().get("type")


_EN = (
    "Tidal mills of the northern fens and their ponds\n\n"
    "Orla Fenwick, Marten Hale   (Fenland Institute of Water History)\n\n"
    "This study surveys eleven tidal mills along the northern coast and the ponds that fed "
    "them. It compares their wheels, their sluices and the records of their millers, and it "
    "argues that the mills were built in two waves a century apart.\n\n"
    "Key words: tidal mills, sluices, fenland, water history.\n\n"
    "The mills of the northern fens have long been known from estate maps, but their "
    "working lives have rarely been studied as a group.\n"
)

_DE = (
    "Flurnamen am Unterlauf der Marsch: eine Bestandsaufnahme\n\n"
    "Der Beitrag stellt die Flurnamen des unteren Marschlandes vor und ordnet sie nach ihrer "
    "Herkunft. Ein besonderer Schwerpunkt liegt auf den Namen der Entwässerungsgräben, die "
    "bisher kaum untersucht worden sind.\n"
    "Schlüsselwörter: Flurnamen, Marsch, Entwässerung, Namenkunde\n"
    "Die Namen der Felder und Gräben eines Landstrichs bewahren oft ältere Sprachstufen, "
    "als sie die Urkunden zeigen.\n"
)

_UK = (
    "УДК 025.4:004.7\n\n"
    "Олена Вербицька, науковий співробітник, Обласна бібліотека імені Т. Коваля\n\n"
    "Цифрові колекції обласних бібліотек: принципи формування\n\n"
    "Розглянуто принципи формування цифрових колекцій обласних бібліотек і способи їх "
    "представлення користувачам. Визначено основні етапи роботи та типові труднощі, що "
    "виникають під час оцифрування краєзнавчих видань.\n\n"
    "Ключові слова: цифрова колекція, обласна бібліотека, оцифрування, краєзнавство.\n\n"
    "Цифрові колекції стали звичною частиною діяльності бібліотек протягом останнього "
    "десятиліття.\n"
)

_FR = (
    "Les moulins à marée de la côte nord : un inventaire\n\n"
    "Cet article présente un inventaire des moulins à marée de la côte nord et de leurs "
    "étangs. Il compare leurs roues, leurs vannes et les registres de leurs meuniers, et il "
    "montre que les moulins furent construits en deux vagues.\n\n"
    "Mots-clés : moulins à marée, vannes, littoral, histoire de l'eau\n\n"
    "Les moulins de la côte nord sont connus depuis longtemps par les plans des domaines.\n"
)

_ES = (
    "Los molinos de marea de la costa norte: un inventario\n\n"
    "Este artículo presenta un inventario de los molinos de marea de la costa norte y de sus "
    "estanques. Compara sus ruedas, sus compuertas y los registros de sus molineros, y "
    "muestra que los molinos se construyeron en dos oleadas.\n\n"
    "Palabras clave: molinos de marea, compuertas, litoral, historia del agua\n\n"
    "Los molinos de la costa norte se conocen desde hace tiempo por los planos de las fincas.\n"
)


@pytest.mark.parametrize("text", [_EN, _DE, _UK, _FR, _ES], ids=["en", "de", "uk", "fr", "es"])
def test_an_abstract_then_keywords_is_a_journal_article(text: str) -> None:
    assert _record_type(text) == "article-journal"
    # (the keywords label is the sign: without it nothing names the type)
    bare = "\n".join(ln for ln in text.splitlines() if ":" not in ln or ln.startswith("УДК"))
    assert _record_type(bare) in (None, "document")


def test_the_candidate_names_its_evidence() -> None:
    page, _lines = _prepare(_DE, None)
    cand = unheaded_abstract(page)
    assert cand is not None and cand.value == "article-journal"
    assert cand.evidence == UNHEADED_ABSTRACT


def test_keywords_right_under_the_title_are_no_abstract_s() -> None:
    # (negative) no prose between the title and the label: a record's subject line
    text = (
        "Tidal mills of the northern fens\n\n"
        "Keywords: tidal mills, sluices, fenland\n\n"
        "Orla Fenwick\n"
    )
    assert _record_type(text) != "article-journal"


def test_tags_closing_a_long_text_are_no_abstract_s() -> None:
    # (negative) a label after many paragraphs of prose: a post's or a page's tags
    para = (
        "We walked along the dyke in the morning and counted the old mill ponds, "
        "some of them still full of water after the winter.\n\n"
    )
    text = "A morning on the dyke\n\n" + para * 6 + "Tags: walks, mills, fenland\n"
    assert _record_type(text) != "article-journal"


def test_a_named_preprint_is_no_journal_article() -> None:
    # (negative) the page names another kind of work ('preprint'): no journal's article
    text = _EN.replace("This study surveys", "This preprint surveys")
    assert _record_type(text) != "article-journal"


def test_a_named_type_outweighs_the_front() -> None:
    # a type label names the work: the abstract and its keywords change nothing
    text = "Document type: Report\n\n" + _EN
    assert _record_type(text) == "report"


_FRONT_BITS = st.sampled_from(
    ["\n", "Tidal mills of the estuary\n", "Keywords: mills; tides\n", "Palabras clave: ríos\n",
     "We survey the mills of three estuaries and their owners over three centuries.\n",
     "Working paper\n", "Ana Ruiz\n", "Abstract\n"]
)  # fmt: skip


@given(st.lists(st.one_of(_FRONT_BITS, st.text(max_size=10)), max_size=12))
def test_any_front_gives_a_journal_article_at_a_keywords_label_or_nothing(bits: list[str]) -> None:
    page, _lines = _prepare("".join(bits) or " ", None)
    found = unheaded_abstract(page)
    if found is not None:
        # the evidence is the keywords label's line, below the title
        assert found.value == "article-journal"
        line = page.layout.line_at(found.span[0])
        assert line is not None
        assert any(lv.key == "keywords" and lv.line == line.index for lv in page.layout.labels)
        assert page.title_line is None or line.index > page.title_line
