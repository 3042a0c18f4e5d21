"""comet.text: hygiene passes, offsets back to the raw text, boilerplate and spam."""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import comet
from comet.text import (
    RANGE_SEPARATOR_RE,
    RANGE_SEPARATORS,
    CleanText,
    clean_text,
    find_boilerplate,
    find_spam,
    is_range_separator,
    normalize_spaces,
    normalize_typography,
    normalize_unicode,
    repair_ligatures,
    split_range,
    strip_boilerplate,
    strip_spam,
)
from tests.conftest import DATA, seed_text
from tests.shared_data import SHARED_DEV, requires_shared

TABLES: dict[str, Any] = tomllib.loads((DATA / "text.toml").read_text("utf-8"))
#: hand-written spam of every shape and legitimate repetition, five languages
SPAM_TABLES: dict[str, Any] = tomllib.loads((DATA / "spam.toml").read_text("utf-8"))
DEV = SHARED_DEV / "pages" / "pages"  # ../shared/dev/pages, read in place
DOCS = Path(__file__).parent.parent / "docs"

SPAM = "coors light beer crocband clog"


def codes(c: CleanText) -> list[str]:
    return [d.code for d in c.diagnostics]


def check_offsets(c: CleanText) -> None:
    """Every unchanged character of ``text`` maps to the same character of ``raw``."""
    inside: set[int] = set()
    for e in c.edits:
        inside.update(range(e.clean_start, e.clean_end))
    last = -1
    for i, ch in enumerate(c.text):
        r = c.to_raw(i)
        assert r >= last
        last = r
        if i not in inside:
            assert c.raw[r] == ch
    # the edits rebuild the raw text from the clean one
    out, pos = [], 0
    for e in c.edits:
        out += [c.text[pos : e.clean_start], c.raw[e.raw_start : e.raw_end]]
        pos = e.clean_end
    out.append(c.text[pos:])
    assert "".join(out) == c.raw
    for d in c.diagnostics:
        assert d.span is not None and 0 <= d.span[0] <= d.span[1] <= len(c.raw)


# --- the public surface ----------------------------------------------------------------


def test_exported_from_comet() -> None:
    assert comet.clean_text is clean_text
    assert comet.CleanText is CleanText


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["a"]])
def test_type_error_for_non_str(bad: object) -> None:
    for fn in (clean_text, normalize_spaces, repair_ligatures, find_spam, strip_boilerplate):
        with pytest.raises(TypeError):
            fn(bad)  # type: ignore[arg-type]


def test_empty_and_whitespace() -> None:
    assert clean_text("").text == ""
    assert clean_text("").diagnostics == ()
    c = clean_text(" \t\r\n \u00a0\n")
    assert c.text == ""
    check_offsets(c)


def test_record_shape() -> None:
    c = clean_text("a  b")
    assert c == CleanText("a b")  # raw, diagnostics and edits are not compared
    assert str(c) == "a b" and c.changed
    d = c.to_dict()
    assert d["text"] == "a b" and d["raw"] == "a  b"
    assert d["diagnostics"][0]["code"] == "collapsed-whitespace"
    assert json.loads(c.to_json())["edits"] == [
        {"raw_start": 1, "raw_end": 3, "clean_start": 1, "clean_end": 2}
    ]


# --- characters and whitespace ---------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text", "code"),
    [
        ("e\u0301te\u0301", "été", "normalized-unicode"),
        ("27 maj\u00a02019", "27 maj 2019", "normalized-space"),
        ("ΔG1/2\u2009=\u2009417", "ΔG1/2 = 417", "normalized-space"),  # dev page 018
        ("p.\u2008801", "p. 801", "normalized-space"),  # dev page 007
        ("co\u200bproduction\ufeff", "coproduction", "removed-zero-width"),
        ("co\u00adpro\u00adduc\u00adtion", "coproduction", "removed-soft-hyphen"),
        ("a\x00b\x1fc\x7f", "abc", "removed-control"),
        ("\ufb01nancial e\ufb00ect", "financial effect", "expanded-ligature"),
        ("line\r\nnext\rlast\u2028end", "line\nnext\nlast\nend", "normalized-newline"),
    ],
)
def test_character_fixes(raw: str, text: str, code: str) -> None:
    c = clean_text(raw)
    assert c.text == text
    assert code in codes(c)
    check_offsets(c)


def test_whitespace_keeps_lines() -> None:
    raw = "  Title\t\tof  the work  \n\n\n\n  • Co-production\n  • social care\n\n"
    c = clean_text(raw)
    assert c.text == "Title of the work\n\n• Co-production\n• social care"
    assert set(codes(c)) == {"collapsed-whitespace"}
    check_offsets(c)


def test_lines_are_never_joined() -> None:
    raw = "Co-production demands that public service staff\nThe magnitude of the change"
    assert clean_text(raw).text == raw


def test_typography_kept_unless_asked() -> None:
    raw = "‘Co-production on the inside’ — “devolving power”… 671–682"  # seed 001, 003, 004
    assert clean_text(raw).text == raw
    c = clean_text(raw, normalize_typography=True)
    assert c.text == "'Co-production on the inside' - \"devolving power\"... 671-682"
    assert set(codes(c)) == {"normalized-typography"}
    check_offsets(c)
    assert normalize_typography(raw).text == c.text


def test_building_blocks() -> None:
    assert normalize_unicode("a\u00a0\u00a0b").text == "a  b"
    assert normalize_spaces("a\u00a0\u00a0b").text == "a b"
    assert strip_spam("no spam here at all").text == "no spam here at all"


# --- ligatures -------------------------------------------------------------------------


@pytest.mark.parametrize("case", TABLES["ligature"], ids=lambda c: c["input"][:30])
def test_ligature_table(case: dict[str, str]) -> None:
    c = repair_ligatures(case["input"])
    assert c.text == case["expect"]
    assert clean_text(case["input"]).text == case["expect"]
    if case["input"] != case["expect"]:
        assert "repaired-ligature" in codes(c)
        check_offsets(c)
    else:
        assert c.diagnostics == ()


LEGIT_F_WORDS = """\
The first field office confirmed that the financial flow of five fine fish in the fiscal
file was efficient. Staff offered effective, fluent and flexible support; the cliff of
difficulty affected different firms. If I may add, of fish and flour there was enough.
Officials flew off in the afternoon, and the staff effort flourished. Wifi networks in the
filing office fluctuated, the fifth flight was filled, and the final figures were flawless.
Theirs was the theory; then they thought through three themes thoroughly."""


def test_legit_f_words_untouched() -> None:
    c = clean_text(LEGIT_F_WORDS)
    assert c.text == LEGIT_F_WORDS
    assert c.diagnostics == ()


def test_pdf_split_paragraph_repaired() -> None:
    broken = (
        "Th e fi rst fi eld offi ce confi rmed that the fi nancial fl ow of fi ve fi ne fi sh "
        "in the fi scal fi le was effi cient. Staff gave eff ective, fl uent and fl exible "
        "support; the cliff of diffi culty aff ected diff erent fi rms."
    )
    expect = (
        "The first field office confirmed that the financial flow of five fine fish "
        "in the fiscal file was efficient. Staff gave effective, fluent and flexible "
        "support; the cliff of difficulty affected different firms."
    )
    c = clean_text(broken)
    assert c.text == expect
    assert codes(c).count("repaired-ligature") == 20
    check_offsets(c)


def test_seed_004_ligature() -> None:
    raw = seed_text("004")
    c = clean_text(raw)
    assert "Th e article" not in c.text and "The article offers new insights" in c.text
    (d,) = (d for d in c.diagnostics if d.code == "repaired-ligature")
    assert d.span is not None and raw[d.span[0] : d.span[1]] == "Th e"


# --- boilerplate -----------------------------------------------------------------------


def test_seed_003_reviews_and_spam() -> None:
    raw = seed_text("003")
    c = clean_text(raw)
    assert SPAM not in c.text and "There are no reviews yet." not in c.text
    spam = [d for d in c.diagnostics if d.code == "removed-spam"]
    assert len(spam) == 3
    for d in spam:
        assert d.span is not None and raw[d.span[0] : d.span[1]] == SPAM
    assert "in ways that seem, at first sight, opposed to the prevailing culture" in c.text
    assert "that public service staff\nThe magnitude of the change" in c.text
    assert "cannot be underestimated. These are matters to which" in c.text
    assert "  " not in c.text and " ," not in c.text and not c.text.endswith("\n")
    assert codes(c).count("removed-boilerplate") == 1
    check_offsets(c)


def test_seed_000_fingerprint() -> None:
    raw = seed_text("000")
    c = clean_text(raw)
    assert "Fingeraftryk" not in c.text and "unikt fingeraftryk" not in c.text
    title = raw.splitlines()[0]
    assert c.text.startswith(title + "\n")
    assert c.text.endswith("• boundaries")
    (d,) = (d for d in c.diagnostics if d.code == "removed-boilerplate")
    assert d.span is not None and raw[d.span[0] :].startswith("Fingeraftryk Dyk ned")


def test_seed_001_comments() -> None:
    c = clean_text(seed_text("001"))
    assert "There are no comments for this item." not in c.text
    assert c.text.endswith("Articles")
    assert c.text.count("A growing number of public professionals") == 2  # not clean_text's job


def test_seed_002_untouched() -> None:
    raw = seed_text("002")
    c = clean_text(raw)
    assert c.text == raw.strip()


def test_seed_004_boilerplate_and_references() -> None:
    raw = seed_text("004")
    c = clean_text(raw)
    assert "Recommended articles from Trend MD" not in c.text
    assert "Plan your remote conference" not in c.text
    assert c.text.endswith("365–372.10.1080/09540962.2017.1328798 Search in Google Scholar")
    # reference link text is the references parser's business: kept by default
    assert c.text.count("Search in Google Scholar") == raw.count("Search in Google Scholar")
    assert c.text.count("Public Money and Management") == 2
    assert "removed-spam" not in codes(c)
    check_offsets(c)


def test_link_text_is_opt_in() -> None:
    raw = "Policy Sciences 50, 399–426.10.1007/s11077-016-9273-x Search in Google Scholar\n\nNext"
    assert clean_text(raw).text == raw
    c = clean_text(raw, remove_boilerplate={"link_text"})
    assert c.text == "Policy Sciences 50, 399–426.10.1007/s11077-016-9273-x\n\nNext"


def test_boilerplate_groups_and_switch() -> None:
    raw = "Excerpt.\nThere are no reviews yet.\nPlan your remote conference with Sciendo"
    assert clean_text(raw).text == "Excerpt."
    assert clean_text(raw, remove_boilerplate=False).text == raw
    assert clean_text(raw, remove_boilerplate={"promo"}).text == (
        "Excerpt.\nThere are no reviews yet."
    )
    hits = find_boilerplate(raw)
    assert [m.value for m in hits] == ["page_chrome", "promo"]
    assert raw[hits[0].start : hits[0].end] == "There are no reviews yet."


@pytest.mark.parametrize(
    ("raw", "locales"),
    [
        (
            "Fingerprint\nDive into the research topics of 'LOOM: Cache-aware Tiling'. "
            "Together they form a unique fingerprint.",
            "en",
        ),
        (
            "Fingeraftryk Dyk ned i forskningsemnerne om 'Family, friend, professional, "
            "stranger?'. Sammen danner de et unikt fingeraftryk.",
            "da",
        ),
        (
            "Fingeravtryck Fördjupa i forskningsämnen för ’Samskapande i Jönköping’. "
            "Tillsammans bildar de ett unikt fingeravtryck.",
            "sv",
        ),
        (
            "Dive into the research topics of 'IIAS Study Group on 'Coproduction of Public "
            "Services''. Together they form a unique fingerprint.",
            None,
        ),
    ],
)
def test_fingerprint_patterns(raw: str, locales: str | None) -> None:
    c = clean_text("Title\n" + raw + "\nCite this", locales=locales)
    assert c.text == "Title\nCite this"


def test_boilerplate_needs_word_boundaries() -> None:
    glued = "Local Government StudiesThere are no comments for this item."
    assert clean_text(glued).text == "Local Government Studies"
    inside = "NoThere are no reviews yetx"
    assert clean_text(inside).text == inside


# --- spam ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", TABLES["spam"], ids=lambda c: c["what"][:40])
def test_spam_table(case: dict[str, Any]) -> None:
    c = clean_text(case["input"])
    assert c.text == case["expect"]
    assert codes(c).count("removed-spam") == case["times"]
    hits = find_spam(case["input"])
    assert [m.value for m in hits] == [case["phrase"]] * case["times"]
    assert all(m.raw == case["phrase"] for m in hits)
    check_offsets(c)


@pytest.mark.parametrize("case", TABLES["no_spam"], ids=lambda c: c["what"][:40])
def test_legitimate_repetition_kept(case: dict[str, str]) -> None:
    assert find_spam(case["input"]) == []
    c = clean_text(case["input"], remove_boilerplate=False)
    assert "removed-spam" not in codes(c)


@pytest.mark.parametrize("case", SPAM_TABLES["spam"], ids=lambda c: c["what"][:48])
def test_spam_of_any_shape(case: dict[str, Any]) -> None:
    raw = case["input"]
    c = clean_text(raw)
    assert c.text == case["expect"]
    spam = [d for d in c.diagnostics if d.code == "removed-spam"]
    assert len(spam) == case["times"]
    for d in spam:  # each diagnostic points at the phrase in the raw text
        assert d.span is not None and raw[d.span[0] : d.span[1]] == case["phrase"]
    for locales in (None, case["lang"]):
        hits = find_spam(raw, locales=locales)
        assert [m.value for m in hits] == [case["phrase"]] * case["times"]
    assert clean_text(c.text).text == c.text
    check_offsets(c)


@pytest.mark.parametrize("case", SPAM_TABLES["no_spam"], ids=lambda c: c["what"][:48])
def test_legitimate_repetition_of_any_kind_kept(case: dict[str, Any]) -> None:
    for locales in (None, case["lang"]):
        assert find_spam(case["input"], locales=locales) == []
    c = clean_text(case["input"], remove_boilerplate=False)
    assert "removed-spam" not in codes(c)


def test_spam_tables_are_varied() -> None:
    spam, kept = SPAM_TABLES["spam"], SPAM_TABLES["no_spam"]
    assert len(spam) >= 15 and len(kept) >= 15
    for table in (spam, kept):
        langs = {c["lang"] for c in table}
        assert langs >= {"en", "da", "sv", "de", "fr", "ru", "es"}
        assert langs <= set(comet.locales.available())  # no stray or misspelt language tag
    assert {len(c["phrase"].split()) for c in spam} >= {2, 3, 4, 5, 7}


def test_a_phrase_that_occurs_once_is_never_spam() -> None:
    """Every mark of an insertion, but only one occurrence: kept (too risky to cut)."""
    raw = (
        "The council reviewed the budget in detail and found no errors in the accounts. "
        "buy cheap viagra online The auditors agreed."
    )
    assert find_spam(raw) == []


def test_seed_003_spam_appended_to_seed_004() -> None:
    """The scrape of seed 004 may carry seed 003's excerpt, spam included, at its tail."""
    page = seed_text("004") + "\n" + seed_text("003")
    c = clean_text(page)
    assert SPAM not in c.text
    assert codes(c).count("removed-spam") == 3
    assert c.text.count("Search in Google Scholar") == page.count("Search in Google Scholar")


def test_spam_removal_keeps_once_only_words() -> None:
    raw = seed_text("003")
    c = clean_text(raw)
    words = re.findall(r"\w+", raw.casefold())
    once = {w for w in words if words.count(w) == 1}
    assert once <= set(re.findall(r"\w+", c.text.casefold())) | {"there", "no", "reviews", "yet"}


# --- offsets ---------------------------------------------------------------------------


def test_to_raw_and_back() -> None:
    raw = "Th e  article\u00a0was\r\npublished."
    c = clean_text(raw)
    assert c.text == "The article was\npublished."
    i = c.text.index("article")
    assert c.span_to_raw(i, i + 7) == (raw.index("article"), raw.index("article") + 7)
    j = c.text.index("published")
    assert raw[c.to_raw(j) :].startswith("published")
    assert c.from_raw(raw.index("published")) == j
    assert c.to_raw(len(c.text)) == len(raw)
    assert c.to_raw(-5) == 0 and c.to_raw(10**6) == len(raw)
    check_offsets(c)


def test_span_over_removed_text() -> None:
    raw = "alpha\n\nThere are no reviews yet.\n\nomega"
    c = clean_text(raw)
    assert c.text == "alpha\n\nomega"
    o = c.text.index("omega")
    assert c.span_to_raw(o, o + 5) == (raw.index("omega"), raw.index("omega") + 5)
    assert c.from_raw(raw.index("There")) == c.text.index("omega")


# --- dev pages: nothing harmful --------------------------------------------------------


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", s).strip()


def _dev_pages() -> list[tuple[str, dict[str, Any]]]:
    gold = DEV.parent / "gold.jsonl"
    if not gold.exists():
        return []
    rows = [json.loads(x) for x in gold.read_text("utf-8").splitlines() if x]
    return [(r["file"], r["gold"]) for r in rows if (DEV / r["file"]).exists()]


@requires_shared("pages")
@pytest.mark.parametrize(("name", "gold"), _dev_pages() or [("-", {})], ids=lambda x: str(x)[:24])
def test_dev_page_keeps_gold(name: str, gold: dict[str, Any]) -> None:
    raw = (DEV / name).read_text("utf-8")
    c = clean_text(raw)
    assert "removed-spam" not in codes(c)
    assert "repaired-ligature" not in codes(c)
    before, after = _fold(raw), _fold(c.text)
    strings = [gold.get("title", ""), gold.get("container-title", "")]
    strings += [a.get("family", "") for a in gold.get("author", [])]
    strings += gold.get("keyword", [])
    for s in filter(None, strings):
        if _fold(s) in before:
            assert _fold(s) in after, s
    assert clean_text(c.text).text == c.text
    check_offsets(c)


def test_no_spam_cut_on_shared_dev_pages() -> None:
    """The development pages of ../shared/dev carry no injected spam: every cut is wrong.

    Only the dev split is read (``tests/data/splits.toml``); unseen sites are never opened.
    """
    from tests.shared_data import dev_path, page_split, read_jsonl

    cut: dict[str, list[str]] = {}
    read = 0
    for corpus in ("pages_more", "pages_opac"):
        base = dev_path(corpus)
        for line in read_jsonl(base / "gold.jsonl"):
            if page_split(line) != "dev" or not (base / "pages" / line["file"]).exists():
                continue
            read += 1
            hits = find_spam((base / "pages" / line["file"]).read_text("utf-8"))
            if hits:
                cut[f"{corpus}/{line['file']}"] = sorted({m.value for m in hits})
    assert read > 0
    assert cut == {}


@requires_shared("pages")
def test_pure_dev_pages_lose_fingerprint_only() -> None:
    for name in ("022_yonsei_pure.txt", "023_pennstate_pure.txt", "024_illinois_pure.txt"):
        c = clean_text((DEV / name).read_text("utf-8"))
        assert "Together they form a unique fingerprint" not in c.text
        assert set(codes(c)) <= {"removed-boilerplate", "collapsed-whitespace"}


@requires_shared("pages", "gold.jsonl")
@requires_shared("references", "refs.jsonl")
def test_dev_pages_and_references_together() -> None:
    """One long page made of every dev page and every dev reference: nothing is cut."""
    parts = [(DEV / name).read_text("utf-8") for name, _ in _dev_pages()]
    refs = SHARED_DEV / "references" / "refs.jsonl"
    if refs.exists():
        lines = refs.read_text("utf-8").splitlines()
        parts.append("\n".join(json.loads(x)["raw"] for x in lines if x.strip()))
    page = "\n\n".join(parts)
    c = clean_text(page)
    assert not {"removed-spam", "repaired-ligature"} & set(codes(c))
    with_spam = clean_text(page + "\n\n" + seed_text("003"))
    assert codes(with_spam).count("removed-spam") == 3


# --- ranges ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("89 - 106", ("89", "106")),  # seed 004
        ("801-820", ("801", "820")),  # seed 001
        ("671–682", ("671", "682")),
        ("24/8/27 → 24/9/2", ("24/8/27", "24/9/2")),  # the shape of dev page 022
        ("11/22/24 → 11/26/24", ("11/22/24", "11/26/24")),
        ("2019-05-27 – 2019-05-28", ("2019-05-27", "2019-05-28")),
        ("1509--1537", ("1509", "1537")),  # BibTeX, the shape of dev page 004
        ("May 2 - May 7", ("May 2", "May 7")),
        ("2018–04–12", None),
        ("2020–02–21", None),
        ("-5", None),
        ("no range", None),
    ],
)
def test_split_range(raw: str, parts: tuple[str, str] | None) -> None:
    assert split_range(raw) == parts


def test_range_separators() -> None:
    for sep in ("-", "–", "—", "→"):
        assert sep in RANGE_SEPARATORS and is_range_separator(f" {sep} ")
    assert not is_range_separator("/")
    m = RANGE_SEPARATOR_RE.search("2019 → 2020")
    assert m is not None and m.group("sep") == "→"


# --- docs ------------------------------------------------------------------------------


def test_diagnostic_codes_are_documented() -> None:
    table = (DOCS / "errors.md").read_text("utf-8")
    for code in (
        "normalized-unicode",
        "normalized-newline",
        "normalized-space",
        "removed-zero-width",
        "removed-soft-hyphen",
        "removed-control",
        "expanded-ligature",
        "normalized-typography",
        "collapsed-whitespace",
        "repaired-ligature",
        "removed-boilerplate",
        "removed-spam",
    ):
        assert f"| `{code}` | text |" in table, code


def test_docs_page_examples_run() -> None:
    import doctest

    result = doctest.testfile(str(DOCS / "text.md"), module_relative=False)
    assert result.failed == 0 and result.attempted > 0


def test_locale_data_present() -> None:
    import comet.locales as L

    for tag in ("en", "da", "sv", "nb", "nn", "de", "nl", "fr", "fi"):
        assert len(L.get(tag).terms("words", "function_words")) >= 30, tag
    for tag in ("en", "da", "sv"):
        assert L.get(tag).terms("boilerplate", "fingerprint"), tag


def test_diagnostics_past_the_cap_become_one_summary_per_code() -> None:
    from comet.text import MAX_DIAGNOSTICS_PER_CODE

    raw = "a\u00a0b " * (MAX_DIAGNOSTICS_PER_CODE + 500)
    c = comet.clean_text(raw)
    spaces = [d for d in c.diagnostics if d.code == "normalized-space"]
    assert len(spaces) == MAX_DIAGNOSTICS_PER_CODE + 1
    summary = [d for d in spaces if "more" in d.message]
    assert len(summary) == 1 and "500 more" in summary[0].message
    assert summary[0].span is not None and 0 <= summary[0].span[0] < summary[0].span[1] <= len(raw)
    # every change is still in the edits: the text maps back exactly
    assert c.text == ("a b " * (MAX_DIAGNOSTICS_PER_CODE + 500)).rstrip()
    for k in range(0, len(c.text), 997):  # every change is still in the edits
        assert c.raw[c.to_raw(k)] in (c.text[k], "\u00a0")


def test_spam_repeated_on_one_long_line_is_removed_in_linear_time() -> None:
    # scoring read each occurrence's whole line: quadratic; now only its surroundings
    raw = "Some prose here. cheap garden gnome lamps, " * 3000
    c = comet.clean_text(raw)
    assert "gnome" not in c.text
    assert any(d.code == "removed-spam" for d in c.diagnostics)
