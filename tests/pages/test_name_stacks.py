"""An index entry's stack: the title, the names on the next line, then the work's source (a
journal's name over its locator, or the locator alone). The names there are the byline even
where the byline reader wants more: a long Iberian name without an affiliation mark, a Chinese
name of two characters. Every page and name here was written for these tests."""

from __future__ import annotations

import pytest

from comet import locales as _loc
from comet import parse_record
from comet.page.evidence import Cand, _Page
from comet.page.layout import read_layout
from comet.page.name_stacks import STACK_EVIDENCE, stacked_names


def _authors(text: str) -> list[tuple[str, str]]:
    out = []
    for a in parse_record(text).to_csl().get("author", []):
        family = " ".join(str(a[k]) for k in ("non-dropping-particle", "family") if a.get(k))
        out.append((family or str(a.get("literal")), str(a.get("given", ""))))
    return out


def _entry(title: str, names: str, *source: str, prose: str = "") -> str:
    head = [title, names, *source]
    return "\n".join([*head, "", prose or "Abstract not available for this entry."])


def _stacked(names: str, *source: str, prose: str = "") -> Cand | None:
    """:func:`stacked_names` of an entry whose title is its first line."""
    text = _entry("Spring Frosts of the Upper Valleys", names, *source, prose=prose)
    rules = _loc.resolve(None)
    page = _Page(text, text, lambda a, b: (a, b), read_layout(text, rules), rules, None)
    page.title_line = 0
    return stacked_names(page)


@pytest.mark.parametrize(
    ("names", "source", "want"),
    [
        (
            "Rodrigo Antunes de Barros Falcão",
            ("Revista de Climatologia Serrana", "Vol. 12, No. 4 (1987), pp. 41-58"),
            [("Barros Falcão", "Rodrigo Antunes")],
        ),
        (
            "Lucía Fernanda de la Peña Ortiz",
            ("Vol. 7, n.º 2, 2004, pp. 113-129",),
            [("Peña Ortiz", "Lucía Fernanda")],
        ),
        ("罗晓芬", ("图书馆论丛 . 2011, (3): 17 -19 .",), [("罗", "晓芬")]),
        ("童霞", ("档案学刊", "2003年 第12卷 第4期 22-24页"), [("童", "霞")]),
        (
            "Johanna Friederike von der Lühe",
            ("Bd. 31, Nr. 2, 1962, S. 77-90",),
            [("Lühe", "Johanna Friederike")],
        ),
        (
            "Замулин А. В., Людвина Н. А.",
            ("Т. 12, № 4, 1987. С. 41-58",),
            [("Замулин", "А. В."), ("Людвина", "Н. А.")],
        ),
    ],
)
def test_the_names_between_the_title_and_its_source_are_read(
    names: str, source: tuple[str, ...], want: list[tuple[str, str]]
) -> None:
    cand = _stacked(names, *source)
    assert cand is not None and cand.evidence == STACK_EVIDENCE
    assert [(p.family, p.given) for p in cand.value] == want


@pytest.mark.parametrize(
    ("title", "names", "source", "want"),
    [
        (
            "Chuvas de Granizo no Planalto Catarinense",
            "Rodrigo Antunes de Barros Falcão",
            ("Revista de Climatologia Serrana", "Vol. 12, No. 4 (1987), pp. 41-58"),
            [("de Barros Falcão", "Rodrigo Antunes")],
        ),
        (
            "山区县级图书馆的服务创新",
            "罗晓芬",
            ("图书馆论丛 . 2011, (3): 17 -19 .",),
            [("罗", "晓芬")],
        ),
    ],
)
def test_an_index_entry_page_has_those_authors(
    title: str, names: str, source: tuple[str, ...], want: list[tuple[str, str]]
) -> None:
    assert _authors(_entry(title, names, *source)) == want


@pytest.mark.parametrize(
    ("names", "source", "prose"),
    [
        # a place list, in Latin and in Cyrillic letters, over the source
        ("Tomsk, Novosibirsk", ("Vol. 12, No. 4 (1987), pp. 41-58",), ""),
        ("Томск, Новосибирск", ("Т. 12, № 4, 1987. С. 41-58",), ""),
        # a subject line of capitalised words
        ("Moss Growth, Coastal Slopes", ("Vol. 3, No. 1 (2019), pp. 5-9",), ""),
        # a heading whose words the page prints in lower case
        (
            "Gene Expression",
            ("Vol. 3, No. 1 (2019), pp. 5-9",),
            "We measured gene expression in leaves of the coastal moss.",
        ),
        # interface words and an article type
        ("Full Text", ("Vol. 3, No. 1 (2019), pp. 5-9",), ""),
        ("Original Article", ("Vol. 3, No. 1 (2019), pp. 5-9",), ""),
        # a section word of two characters
        ("摘要", ("图书馆论丛 . 2011, (3): 17 -19 .",), ""),
        # a name over prose or a dateline, no source: no index entry
        ("Rodrigo Antunes de Barros Falcão", ("O granizo de outubro destruiu a colheita.",), ""),
        ("Lucía Fernanda de la Peña Ortiz", ("14 de marzo de 2004",), ""),
    ],
)
def test_a_line_over_no_source_or_naming_no_one_is_not_read(
    names: str, source: tuple[str, ...], prose: str
) -> None:
    assert _stacked(names, *source, prose=prose) is None
