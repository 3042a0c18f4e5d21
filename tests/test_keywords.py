"""Keyword lists: ``comet.parse_keywords`` and ``comet.find_keyword_blocks``.

The passages are copied from the seed pages (``tests/data/pages``) or hand-written, with
invented keywords, in the shapes of the development pages (``../shared/dev/pages``, which
the corpus tests below read in place and skip where absent).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import comet
import comet.locales as L
from comet import ErrorCode, Keyword, KeywordList, ParseError, find_keyword_blocks, parse_keywords
from comet.keywords import MAX_LENGTH, BlockEvidence, keyword_key, merge_keyword_lists
from tests.shared_data import SHARED_DEV, requires_shared

DATA = Path(__file__).parent / "data"


def codes(result: KeywordList) -> list[str]:
    return [d.code for d in result.diagnostics]


# --------------------------------------------------------------------------- passages

# (input, expected texts, expected language of every keyword)
PASSAGES: list[tuple[str, list[str], str | None]] = [
    # seed 000: Pure bullets, no label
    (
        "  • Co-production\n  • social care\n  • emotional labour\n  • professionalism\n"
        "  • boundaries\n",
        ["Co-production", "social care", "emotional labour", "professionalism", "boundaries"],
        None,
    ),
    # dev 001 lingbuzz shape: lower-case label, inline list, next line is a glued label
    (
        "keywords: clitics, prosody, focus, pragmatics, morphology\nDownloaded:342 times",
        ["clitics", "prosody", "focus", "pragmatics", "morphology"],
        "en",
    ),
    # dev 002 lingbuzz shape: ',' and ';' mixed, a stray period inside an item
    (
        "keywords: historical phonology, historical semantics, sound change, meaning change, "
        "areal typology, stress typology, optimality theory, origin of writing, lexicon, "
        "phonology, variation; ov to vo, tone-2 to h. baltic, slavic, korean, reanalysis, "
        "working memory, implicit learning\nprevious versions: v3 [May 2021]",
        [
            "historical phonology",
            "historical semantics",
            "sound change",
            "meaning change",
            "areal typology",
            "stress typology",
            "optimality theory",
            "origin of writing",
            "lexicon",
            "phonology",
            "variation",
            "ov to vo",
            "tone-2 to h. baltic",
            "slavic",
            "korean",
            "reanalysis",
            "working memory",
            "implicit learning",
        ],
        "en",
    ),
    # dev 010 Project Euclid shape: items separated by lone ',' lines, then a 'Rights:' line
    (
        "Keywords:\nspectral gaps of operators\n,\nrandom graphs\n,\n"
        "unitary-invariant measures\nRights: Copyright © 2019 Example University Press",
        ["spectral gaps of operators", "random graphs", "unitary-invariant measures"],
        "en",
    ),
    # dev 013 SpringerLink shape: label on its own line, one item a line, end of text
    (
        "Keywords\nCellulose\nHydrogel\nBiocomposites\nCompostable\nHemocompatibility\n"
        "Genotoxicity\nCoatings",
        [
            "Cellulose",
            "Hydrogel",
            "Biocomposites",
            "Compostable",
            "Hemocompatibility",
            "Genotoxicity",
            "Coatings",
        ],
        "en",
    ),
    # dev 018 APS shape: PhySH heading, block ends at a heading over running text
    (
        "Physics Subject Headings (PhySH)\nPlasma heating\nPlasma waves\nIon beams & traps\n"
        "Wakefield proton acceleration\nSpin-orbit coupling\nAttosecond dynamics\n"
        "Sign In Needed\n"
        "Please sign in with your institutional account to read the full text of this item.",
        [
            "Plasma heating",
            "Plasma waves",
            "Ion beams & traps",
            "Wakefield proton acceleration",
            "Spin-orbit coupling",
            "Attosecond dynamics",
        ],
        "en",
    ),
    # dev 021 ACP shape: block ends at 'Metrics', the heading of label: value lines
    (
        "Keywords\nKidney diseases\nOncology\nInfluenza\nScreening\nCohort design\n"
        "Mortality\nData linkage and retrieval\nPregnancy\nPrimary care\nAdolescents\n"
        "Registry studies\nSurvey data\nReadmissions\nGender identity\n"
        "Antibody levels\nSurvival rates\nIncome groups\nMetrics\nePublished: 14 June 2019\n"
        "Issue Published: 16 July 2019",
        [
            "Kidney diseases",
            "Oncology",
            "Influenza",
            "Screening",
            "Cohort design",
            "Mortality",
            "Data linkage and retrieval",
            "Pregnancy",
            "Primary care",
            "Adolescents",
            "Registry studies",
            "Survey data",
            "Readmissions",
            "Gender identity",
            "Antibody levels",
            "Survival rates",
            "Income groups",
        ],
        "en",
    ),
    # dev 008 HAL shape: French label, an 'en' tag line gives the list's language
    (
        "Mots clés\nen\nceramics\nelectron spin resonance",
        ["ceramics", "electron spin resonance"],
        "en",
    ),
    # seed 004: a label followed by nothing but the reference list
    (
        "Keywords\n\nAlves, H. (2013). Co-creation and innovation in public services. The "
        "Service Industries Journal 33:7/8, 671–682.10.1080/02642069.2013.740468 Search in "
        "Google Scholar\n\nAntonovsky, A. (1996). The salutogenic model as a theory to guide "
        "health promotion.",
        [],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "language"), PASSAGES)
def test_passages(text: str, expected: list[str], language: str | None) -> None:
    result = parse_keywords(text)
    assert list(result.texts) == expected
    assert all(k.language == language for k in result)


def test_seed_002_glossary_keeps_definitions() -> None:
    text = (
        "Key Terms in this Chapter\n\n"
        "Experience: Learning, reflection, and building of habits, occasioned by and related "
        "to given actions in given social contexts\n\n"
        "Contextualization: The conditions and terms under which social processes play out, "
        "and the outcome of particular processes playing out between given individuals in "
        "given situations.\n\n"
        "Learning in Organizations: meaningful change of interactional habits and social "
        "processes in ways that creates conditions for new experience, action and practice "
        "for the actors involved.\n\n"
        "Emergence: The way that planned and unplanned change occurs and plays out, "
        "potentially creating unexpected value.\n\n"
        "Reflection: Transformational process that brings into attention basic assumptions, "
        "habits, and worldviews in ways that paves the way for change of thinking, acting "
        "and interacting in relations between people.\n\n"
        "Action Research: Research carried out involving actors concerned with value-creating "
        "change of practice in a given context.\n\n"
        "Organization: Organizing interaction and social processes in ways that creates "
        "conditions for meaningful action and practice for the actors involved.\n"
    )
    result = parse_keywords(text)
    assert result.texts == (
        "Experience",
        "Contextualization",
        "Learning in Organizations",
        "Emergence",
        "Reflection",
        "Action Research",
        "Organization",
    )
    assert result[3].definition == (
        "The way that planned and unplanned change occurs and plays out, potentially "
        "creating unexpected value."
    )
    assert all(k.definition for k in result)
    assert result[0].raw.startswith("Experience: Learning")
    assert all(k.language == "en" for k in result)


def test_glossary_definition_wrapped_over_lines() -> None:
    result = parse_keywords("Glossary\nEmergence: the way that change\noccurs and plays out.")
    assert result[0].definition == "the way that change occurs and plays out."


def test_glossary_detected_without_key_terms_label() -> None:
    result = parse_keywords("Keywords\nEmergence: the way that change occurs and plays out.")
    assert result[0].text == "Emergence"
    assert result[0].definition is not None


# --------------------------------------------------------------------------- shapes


@pytest.mark.parametrize(
    "text",
    [
        "• a\n• b\n• c",
        "· a\n· b\n· c",
        "- a\n- b\n- c",
        "* a\n* b\n* c",
        "▪ a\n▪ b\n▪ c",
        "– a\n– b\n– c",
        "   •a\n   •b\n   •c",
        "a, b, c",
        "a; b; c",
        "a; b, c",
        "a · b · c",
        "a | b | c",
        "a\nb\nc",
        "a,\nb,\nc",
        "Keywords: a, b, c",
        "Keywords:a, b, c",
        "Keywords : a, b, c",
        "Keywords – a, b, c",
        "KEYWORDS: a; b; c.",
        "Key words: a, b, c",
        "Keywords:\n• a\n• b\n• c",
        "Keywords\n\na\n\nb\n\nc",
    ],
)
def test_list_shapes(text: str) -> None:
    assert parse_keywords(text).texts == ("a", "b", "c")


def test_inline_list_wraps_after_separator() -> None:
    assert parse_keywords("Keywords: a, b,\nc, d\nDownloaded: 12 times").texts == (
        "a",
        "b",
        "c",
        "d",
    )


def test_inline_list_ends_at_line_end() -> None:
    result = parse_keywords("Keywords: a, b\nReference: lingbuzz/007215")
    assert result.texts == ("a", "b")
    assert "keywords-trailing-text-ignored" in codes(result)


def test_items_equal_to_field_labels_are_kept_inline() -> None:
    # field labels end a one-per-line list, but inside a list they are ordinary words
    assert parse_keywords("Keywords: language, typology, status").texts == (
        "language",
        "typology",
        "status",
    )
    assert parse_keywords("• Language\n• Status").texts == ("Language", "Status")


def test_separators_inside_brackets_are_kept() -> None:
    assert parse_keywords("Keywords: Theory (social, cultural), practice").texts == (
        "Theory (social, cultural)",
        "practice",
    )


def test_trailing_period_removed_but_abbreviation_kept() -> None:
    result = parse_keywords("Keywords: U.S. politics, syntax.")
    assert result.texts == ("U.S. politics", "syntax")
    assert "keyword-trailing-period-removed" in codes(result)
    assert parse_keywords("Keywords: the U.S.").texts == ("the U.S.",)


def test_whitespace_collapsed() -> None:
    result = parse_keywords("Keywords: social \u00a0  care, x")
    assert result.texts == ("social care", "x")
    assert "keyword-whitespace-collapsed" in codes(result)


def test_empty_items_dropped() -> None:
    result = parse_keywords("a,, b, ,c, …,")
    assert result.texts == ("a", "b", "c")
    assert codes(result).count("keyword-empty-dropped") == 3


def test_highlights_are_not_keywords() -> None:
    page = (
        "• A usage-based account of sound change as drift in articulatory habits "
        "predicts the direction and the speed of the attested mergers.\n"
        "• [H[LH]] is a stable endpoint in the development of pitch-accent systems.\n"
        "Format: [ pdf ]"
    )
    assert list(find_keyword_blocks(page)) == []
    assert len(parse_keywords(page)) == 0


def test_prose_after_label_is_not_a_list() -> None:
    result = parse_keywords(
        "Keywords: this paper studies the role of paid workers in co-produced public services."
    )
    assert len(result) == 0
    assert "keywords-label-without-items" in codes(result)


def test_label_must_be_followed_by_colon_or_line_end() -> None:
    result = parse_keywords("Keywords are useful\nfoo")
    assert result[0].text == "Keywords are useful"
    assert result[0].language is None


# --------------------------------------------------------------------------- dedupe, keys


def test_duplicates_by_key_keep_first_spelling() -> None:
    result = parse_keywords("Co-production, co production, CO-PRODUCTION, Møller, Moller")
    assert result.texts == ("Co-production", "Møller")
    assert codes(result).count("keyword-duplicate-dropped") == 3


def test_keyword_key() -> None:
    assert keyword_key("Co-production") == keyword_key("co production") == "co production"
    assert keyword_key("Ämnesord") == "amnesord"
    assert keyword_key(" a\u2013b ") == "a b"


def test_keyword_record_equality_and_json() -> None:
    a = parse_keywords("Keywords: social  care.")[0]
    b = Keyword("social care", "en")
    assert a == b and hash(a) == hash(b)
    assert a.raw == "social  care." and b.raw == ""
    assert a.to_dict()["key"] == "social care"
    assert '"language": "en"' in parse_keywords("Keywords: x").to_json()


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("label", "language"),
    [
        ("Keywords:", "en"),
        ("Key words", "en"),
        ("Nøgleord:", "da"),
        ("Nyckelord:", "sv"),
        ("Ämnesord:", "sv"),
        ("Schlagwörter:", "de"),
        ("Stichwörter", "de"),
        ("Trefwoorden:", "nl"),
        ("Asiasanat:", "fi"),
        ("Avainsanat", "fi"),
        ("Mots-clés :", "fr"),
        ("Mots clés", "fr"),
    ],
)
def test_locale_labels(label: str, language: str) -> None:
    for text in (f"{label} alpha, beta", f"{label}\nalpha\nbeta"):
        if ":" not in label and "\n" not in text:
            text = f"{label}: alpha, beta"
        result = parse_keywords(text)
        assert result.texts == ("alpha", "beta"), text
        assert {k.language for k in result} == {language}
        assert "keyword-language-from-label" in codes(result)


def test_label_shared_by_locales_is_ambiguous_without_a_hint() -> None:
    result = parse_keywords("Emneord: samskabelse, omsorg")
    assert result.texts == ("samskabelse", "omsorg")
    assert {k.language for k in result} == {None}
    assert "keyword-language-ambiguous" in codes(result)
    # the caller's language breaks the tie; so does restricting the locales
    assert {k.language for k in parse_keywords("Emneord: a", language="nb")} == {"nb"}
    assert {k.language for k in parse_keywords("Nøkkelord: a", locales=["nn"])} == {"nn"}


def test_two_languages_on_one_page() -> None:
    text = "Emneord: samskabelse; omsorg\nKeywords: co-creation, care, Samskabelse"
    result = parse_keywords(text, locales=["da", "en"])
    assert [(k.text, k.language) for k in result] == [
        ("samskabelse", "da"),
        ("omsorg", "da"),
        ("co-creation", "en"),
        ("care", "en"),
    ]
    assert "keyword-duplicate-dropped" in codes(result)


def test_caller_language_is_the_fallback_not_an_override() -> None:
    assert {k.language for k in parse_keywords("a, b", language="en")} == {"en"}
    assert {k.language for k in parse_keywords("Nøgleord: a", language="en")} == {"da"}
    assert {k.language for k in parse_keywords("a", language="dansk")} == {"da"}
    assert {k.language for k in parse_keywords("a", language="da_DK")} == {"da-DK"}
    with pytest.raises(ValueError):
        parse_keywords("a", language="no such language")


def test_tag_lines_for_several_languages() -> None:
    result = parse_keywords("Mots clés\nen\nfr\ntiling\nnumber theory\nthéorie des nombres\npavage")
    assert result.texts == ("tiling", "number theory", "théorie des nombres", "pavage")
    assert {k.language for k in result} == {None}
    assert "keyword-language-ambiguous" in codes(result)


def test_fixture_locale_labels_end_a_block() -> None:
    fixture = L.parse_data(
        {"tag": "xx", "labels": {"keywords": ["Zzkeys"], "domains": ["Domaines"]}},
        "xx.toml",
    )
    text = "Zzkeys\nceramics\nelectron spin resonance\nDomaines\nPhysique ancienne"
    result = parse_keywords(text, locales=[fixture])
    assert result.texts == ("ceramics", "electron spin resonance")
    assert {k.language for k in result} == {"xx"}


# --------------------------------------------------------------------------- block ends


def test_block_end_rules() -> None:
    # a blank line ends a list whose items were not blank-separated
    assert parse_keywords("Keywords\na\nb\n\nc").texts == ("a", "b")
    # a non-bullet line ends a bullet list
    assert parse_keywords("Keywords\n• a\n• b\nc").texts == ("a", "b")
    # a line with a year in parentheses, a DOI, a URL or a copyright sign
    for stop in (
        "Smith (2019) said",
        "10.1080/03003930.2022.2081552",
        "https://example.org",
        "© 2023 Elsevier",
    ):
        assert parse_keywords(f"Keywords\na\nb\n{stop}").texts == ("a", "b"), stop
    # a date or number line
    assert parse_keywords("Keywords\na\nPeriod11/22/24 → 11/26/24").texts == ("a",)
    # another keyword label starts a new section
    assert parse_keywords("Keywords\na\nKey words: b").texts == ("a", "b")


def test_separator_line_protects_last_item() -> None:
    assert parse_keywords("Keywords\na\n,\nBeta\nRights: reserved by the press").texts == (
        "a",
        "Beta",
    )


# --------------------------------------------------------------------------- find


def test_find_in_seed_pages(seed: object) -> None:
    gold = {
        json.loads(line)["file"][:3]: json.loads(line)["gold"].get("keyword", [])
        for line in (DATA / "pages" / "gold.jsonl").read_text("utf-8").splitlines()
    }
    found = {
        name: [m.value for m in find_keyword_blocks(seed(name))]  # type: ignore[operator]
        for name in ("000", "001", "002", "003", "004")
    }
    (b000,) = found["000"]
    assert b000.evidence is BlockEvidence.BULLETS
    assert list(b000.keywords.texts) == gold["000"]
    assert b000.label is None
    assert {k.language for k in b000.keywords} == {None}
    (b002,) = found["002"]
    assert b002.evidence is BlockEvidence.KEY_TERMS_LABEL
    assert b002.label == "Key Terms in this Chapter"
    assert set(gold["002"]) <= set(b002.keywords.texts)
    assert len(b002.keywords) == 7
    assert all(k.definition for k in b002.keywords)
    (b004,) = found["004"]
    assert b004.evidence is BlockEvidence.LABEL and len(b004.keywords) == 0
    assert found["001"] == [] and found["003"] == []


def test_find_spans_and_languages() -> None:
    page = "Title\nEmneord: samskabelse\nStatus: Udgivet\n\nKeywords\nco-creation\ncare\n"
    matches = list(find_keyword_blocks(page, language="da"))
    assert [m.raw for m in matches] == ["Emneord: samskabelse", "Keywords\nco-creation\ncare"]
    assert [m.value.language for m in matches] == ["da", "en"]
    for m in matches:
        for k in m.value.keywords:
            assert k.span is not None
            start, end = k.span
            assert page[m.start + start : m.start + end] == k.raw


DEV = SHARED_DEV / "pages"


@requires_shared("pages")
def test_find_in_dev_pages_recall() -> None:
    for line in (DEV / "gold.jsonl").read_text("utf-8").splitlines():
        case = json.loads(line)
        gold = case["gold"].get("keyword")
        if not gold:
            continue
        page = (DEV / "pages" / case["file"]).read_text("utf-8")
        keys = {k.key for m in find_keyword_blocks(page) for k in m.value.keywords}
        missing = [g for g in gold if keyword_key(g) not in keys]
        assert not missing, (case["file"], missing)


@requires_shared("pages")
@pytest.mark.parametrize(
    "name",
    [
        "001_lingbuzz_proceedings.txt",
        "002_lingbuzz_journal.txt",
        "010_projecteuclid_duke.txt",
        "013_springerlink_polymers.txt",
        "018_aps_rmp.txt",
        "021_acpjournals_annals.txt",
        # these end at field labels of other [labels] keys ('Domaines', 'ASJC Scopus …')
        "008_hal_article_fr.txt",
        "009_hal_thesis_fr.txt",
        "024_illinois_pure.txt",
    ],
)
def test_find_in_dev_pages_exact(name: str) -> None:
    gold = {
        json.loads(line)["file"]: json.loads(line)["gold"]["keyword"]
        for line in (DEV / "gold.jsonl").read_text("utf-8").splitlines()
        if "keyword" in json.loads(line)["gold"]
    }
    page = (DEV / "pages" / name).read_text("utf-8")
    texts = [k.text for m in find_keyword_blocks(page) for k in m.value.keywords]
    assert texts == gold[name]


def test_merge_keyword_lists() -> None:
    a = parse_keywords("Nøgleord: samskabelse")
    b = parse_keywords("Keywords: co-creation, Samskabelse")
    merged = merge_keyword_lists(a, b)
    assert merged.texts == ("samskabelse", "co-creation")
    assert "keyword-duplicate-dropped" in codes(merged)


# --------------------------------------------------------------------------- contract


def test_contract() -> None:
    assert comet.parse_keywords is parse_keywords
    with pytest.raises(TypeError):
        parse_keywords(b"Keywords: a")  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        list(find_keyword_blocks(None))  # type: ignore[arg-type]
    with pytest.raises(ParseError) as info:
        parse_keywords("a, " * MAX_LENGTH)
    assert info.value.code is ErrorCode.TOO_LONG
    lenient = parse_keywords("a, " * MAX_LENGTH, strict=False)
    assert lenient.value is None and lenient.error is not None
    ok = parse_keywords("", strict=False)
    assert ok.ok and ok.value is not None and len(ok.value) == 0
    assert parse_keywords("   \n ") == KeywordList()
