"""The benchmark's cause counter (``benchmarks/page_causes.py``) on invented cases."""

from __future__ import annotations

from benchmarks.page_causes import cause, page_causes, tally

PAGE = """The Salt Roads of the North
Maria Lindqvist and Tomas Berg
Journal of Coastal Histories
Publisher: Northwind Press
Download PDF
Keywords: salt, trade"""


def _norm(text: str) -> str:
    from tests.pages.gold import norm

    return f" {norm(text)} "


def test_none_read_printed_and_not_printed() -> None:
    gold = {"publisher": "Northwind Press", "publisher-place": "Oslo"}
    assert cause("publisher", gold, {}, _norm(PAGE)) == "none read (printed)"
    assert cause("publisher-place", gold, {}, _norm(PAGE)) == "none read (not printed)"
    assert cause("issued", {"issued": {"year": 2020}}, {}, _norm(PAGE)) == "none read (?)"


def test_title_causes() -> None:
    gold = {
        "title": "The Salt Roads of the North",
        "container-title": "Journal of Coastal Histories",
        "author": [{"family": "Lindqvist", "given": "Maria"}],
    }
    page = _norm(PAGE)
    assert cause("title", gold, {"title": "Download PDF"}, page) == "interface line"
    got = {"title": "Journal of Coastal Histories"}
    assert cause("title", gold, got, page) == "container as title"
    assert cause("title", gold, {"title": "Maria Lindqvist"}, page) == "person as title"
    assert cause("title", gold, {"title": "Salt"}, page) == "other value (printed)"


def test_person_causes() -> None:
    ml = {"family": "Lindqvist", "given": "Maria"}
    tb = {"family": "Berg", "given": "Tomas"}
    gold = {"author": [ml, tb]}
    page = _norm(PAGE)
    assert cause("author", gold, {"author": [ml]}, page) == "names missing"
    assert cause("author", gold, {"author": [ml, tb, {"literal": "X Y"}]}, page) == "extra names"
    got = {"author": [ml, {"family": "Scholar", "given": "Google"}]}
    assert cause("author", gold, got, page) == "interface word"
    assert cause("author", gold, {"author": [tb, ml]}, page) == "names in another order"
    swapped = [{"family": "Maria", "given": "Lindqvist"}, {"family": "Tomas", "given": "Berg"}]
    assert cause("author", gold, {"author": swapped}, page) == "family and given swapped"
    initials = [{"family": "Lindqvist", "given": "M."}, tb]
    assert cause("author", gold, {"author": initials}, page) == "given names differ"
    other = [{"family": "Holm", "given": "Ida"}, tb]
    assert cause("author", gold, {"author": other}, page) == "other names"


def test_keywords_and_numbers_are_looked_for() -> None:
    gold = {"keyword": ["salt", "trade"], "volume": "12"}
    assert cause("keyword", gold, {}, _norm(PAGE)) == "none read (printed)"
    assert cause("volume", gold, {}, _norm(PAGE)) == "none read (not printed)"


def test_page_causes_and_tally_name_no_page() -> None:
    gold = {"title": "The Salt Roads of the North", "publisher": "Northwind Press"}
    pairs = page_causes(["title", "publisher"], gold, {"title": "Download PDF"}, PAGE)
    assert pairs == [("title", "interface line"), ("publisher", "none read (printed)")]
    counts = tally([{"file": "x.txt", "causes": pairs}], lambda f: f)
    assert counts == {"publisher": {"none read (printed)": 1}, "title": {"interface line": 1}}


def test_a_wrong_title_says_where_it_stands() -> None:
    # (titles18) the chosen title against the gold's own line, counted without naming a page
    from benchmarks.page_causes import page_causes

    page = "Marsh Birds Weekly\nTidal Marshes of the North\nBy Ana Ruiz\nRelated: Salt Meadows\n"
    gold = {"title": "Tidal Marshes of the North"}

    def why(got: str) -> str:
        return page_causes(["title"], gold, {"title": got}, page)[0][1]

    assert why("Tidal Marshes") == "other value (printed): a part of the gold"
    assert why("Marsh Birds Weekly: Tidal Marshes of the North").endswith(
        "the gold and more (before it, then a colon)"
    )
    assert why("Tidal Marshes of the North - Marsh Birds").endswith("(after a dash or a bar)")
    assert why("Marsh Birds Weekly").endswith(
        "another line above the gold's (the gold a head line)"
    )
    assert why("Related: Salt Meadows").endswith(
        "another line below the gold's (the gold a head line)"
    )
    inside = "Marsh Birds Weekly\nTidal Marshes of the North - Marsh Birds\nBy Ana Ruiz\n"
    assert page_causes(["title"], gold, {"title": "Marsh Birds Weekly"}, inside)[0][1].endswith(
        "the gold only inside a longer line (opening it)"
    )


def test_a_person_not_read_says_where_its_line_stands() -> None:
    # (persons19) the shape of the line holding the first gold name, counted, no page named
    gold = {"author": [{"family": "Berg", "given": "Tomas"}]}
    pairs = page_causes(["author"], gold, {}, PAGE)
    assert pairs == [("author", "none read (printed): latin, a line of names, top")]
    other = {"author": [{"family": "Quell", "given": "Ida"}]}
    pairs = page_causes(["author"], gold, other, PAGE)
    assert pairs == [("author", "other names: latin, a line of names, top")]
