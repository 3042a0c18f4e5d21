"""DOI parsing and finding: the seed pages, and hand-written lines in the shapes of the dev pages
and the dev references (which are read in place, never copied here)."""

from __future__ import annotations

import pytest

import comet
from comet import Doi, ErrorCode, ParseError, find_dois, parse_doi
from comet.diagnostics import Diagnostic
from comet.identifiers import doi as doi_mod
from comet.identifiers._util import diag
from tests.conftest import seed_text
from tests.shared_data import dev_path, read_jsonl, requires_shared, source_split

# --- seeds ------------------------------------------------------------------------------

#: Every DOI in seed 004's reference list, in page order.
SEED_004_DOIS = [
    "10.1080/02642069.2013.740468",
    "10.1093/heapro/11.1.11",
    "10.1111/1467-9566.12745",
    "10.1007/s11077-016-9273-x",
    "10.4324/9780203736432",
    "10.2307/422246",
    "10.1080/14719037.2018.1508608",
    "10.1017/s0143814x20000057",
    "10.1332/030557321x16108172803520",
    "10.1080/09540962.2017.1328798",
]

#: Reference lines of seed 004 (DOI glued to page numbers, link text behind).
SEED_004_LINES = [
    ("Alves, H. (2013). Co-creation and innovation in public services. The Service Industries "
     "Journal 33:7/8, 671–682.10.1080/02642069.2013.740468 Search in Google Scholar",
     "10.1080/02642069.2013.740468"),
    ("Antonovsky, A. (1996). The salutogenic model as a theory to guide health promotion. Health "
     "Promotion International. Vol 11, no 1. 11–18.10.1093/heapro/11.1.11 Search in Google Scholar",
     "10.1093/heapro/11.1.11"),
    ("Bonde, M., Bosse, S., Danholt, P. (2018). Translating value-based health care. Sociology of "
     "Health and Illness, 40 (7).10.1111/1467-9566.12745 Search in Google Scholar",
     "10.1111/1467-9566.12745"),
    ("Capano, G. and Woo, J.J. X (2017). Resilience and robustness in policy design: a critical "
     "appraisal. Policy Sciences 50, 399–426.10.1007/s11077-016-9273-x Search in Google Scholar",
     "10.1007/s11077-016-9273-x"),
    ("Ferlie, E. and Ongaro, E. (2015). Strategic Management in Public Service Organisations. "
     "Routledge: London.10.4324/9780203736432 Search in Google Scholar",
     "10.4324/9780203736432"),
    ("Hall P. A. (1993) Policy Paradigms, Social Learning and the State. Comparative Politics, "
     "Vol 25 (3), 275–296.10.2307/422246 Search in Google Scholar", "10.2307/422246"),
    ("Lejano, R.P. (2021) Relationality: an alternative framework for analysing policy. Journal "
     "of Public Policy, 41 (2), 360–383.10.1017/S0143814X20000057 Search in Google Scholar",
     "10.1017/s0143814x20000057"),
    ("Torfing, J. et al. (2021) A theoretical framework. Policy & Politics, 49 (2), "
     "189–209.10.1332/030557321X16108172803520 Search in Google Scholar",
     "10.1332/030557321x16108172803520"),
]  # fmt: skip


def test_seed_004_every_reference_doi_found_in_order() -> None:
    found = [m.value.value for m in find_dois(seed_text("004"))]
    assert found == SEED_004_DOIS


@pytest.mark.parametrize(("line", "expected"), SEED_004_LINES)
def test_seed_004_reference_lines(line: str, expected: str) -> None:
    d = parse_doi(line)
    assert d.value == expected
    codes = {x.code for x in d.diagnostics}
    assert "ignored-text" in codes
    assert codes & {"removed-page-glue", "removed-glued-text"}
    assert d.raw == line


def test_page_glue_is_diagnosed_with_its_span() -> None:
    text = "671–682.10.1080/02642069.2013.740468 Search in Google Scholar"
    d = parse_doi(text)
    assert d.value == "10.1080/02642069.2013.740468"
    glue = [x for x in d.diagnostics if x.code == "removed-page-glue"]
    assert glue and text[slice(*glue[0].span)] == "671–682."
    link = [x for x in d.diagnostics if x.code == "ignored-text"]
    assert text[slice(*link[0].span)] == " Search in Google Scholar"


def test_seed_001_doi_only_inside_the_publisher_url() -> None:
    url = "https://www.tandfonline.com/doi/full/10.1080/03003930.2022.2081552"
    d = parse_doi(url)
    assert d.value == "10.1080/03003930.2022.2081552"
    assert [x.code for x in d.diagnostics] == ["removed-url"]
    hits = list(find_dois(seed_text("001")))
    assert {m.value.value for m in hits} == {"10.1080/03003930.2022.2081552"}
    assert all(seed_text("001")[m.start : m.end] == m.raw for m in hits)


def test_seed_002_igi_chapter_doi() -> None:
    d = parse_doi("DOI: 10.4018/978-1-7998-4975-9.ch001")
    assert (d.prefix, d.suffix, d.registrant) == ("10.4018", "978-1-7998-4975-9.ch001", "4018")
    assert d.url == "https://doi.org/10.4018/978-1-7998-4975-9.ch001"
    assert [m.value.value for m in find_dois(seed_text("002"))] == [
        "10.4018/978-1-7998-4975-9.ch001"
    ]


# --- shapes seen on dev pages and in dev references (hand-written lines, invented DOIs) ------

DEV_LINES = [
    ("Linguistica Orientalis 48: 211-236 (online May 9, 2022) https://doi.org/10.1556/2062.2022.00517",
     "10.1556/2062.2022.00517"),
    ("https://doi.org/10.1016/j.ecolind.2022.11.037Get rights and content",
     "10.1016/j.ecolind.2022.11.037"),
    ("https://doi.org/10.1016/S0022-2860(96)09317-5Get rights and content",
     "10.1016/s0022-2860(96)09317-5"),
    ("Journal de Chimie Physique, 1961, 58 (3), pp.212-219. ⟨10.1051/jcp:01961005803021200⟩. ⟨jpa-00241877⟩",
     "10.1051/jcp:01961005803021200"),
    ("DOI: 10.1215/00127094-4421907", "10.1215/00127094-4421907"),
    ("Digital Object Identifier: 10.57262/die/1403582211", "10.57262/die/1403582211"),
    ("Il Nuovo Cim A 52, 31–47 (1981). https://doi.org/10.1007/BF02814603", "10.1007/bf02814603"),
    ("DOI: https://doi.org/10.1007/s10853-014-8211-7", "10.1007/s10853-014-8211-7"),
    ("DOI 10.3386/w27418", "10.3386/w27418"),
    ("Of Firms,\" NBER Working Paper 31206 (2024), https://doi.org/10.3386/w31206.", "10.3386/w31206"),
    ("10.18653/v1/2022.coling-long.117", "10.18653/v1/2022.coling-long.117"),
    ("DOI: https://doi.org/10.1103/PhysRevApplied.17.024031", "10.1103/physrevapplied.17.024031"),
    ("DOI 10.1088/0031-9155/28/7/004", "10.1088/0031-9155/28/7/004"),
    ("Clin Trials. 2011;8:412-20. [PMID: 21810921] doi:10.1016/j.cct.2011.06.004 CrossrefMedlineGoogle Scholar",
     "10.1016/j.cct.2011.06.004"),
    ("Lancet Reg Health. 2021;4:e12-19. [PMID: 33617283] doi:10.1016/S2666-7762(21)00047-2 CrossrefMedlineGoogle Scholar",
     "10.1016/s2666-7762(21)00047-2"),
    ("Replication files: Available at https://doi.org/10.6078/K7Z38P. Survey data: Available",
     "10.6078/k7z38p"),
    ("2024, Lisbon, Portugal, 11/04/24. https://doi.org/10.1145/3620665.3640391",
     "10.1145/3620665.3640391"),
    ("Epub 2024 Nov 4. doi: 10.1145/3620665.3640391", "10.1145/3620665.3640391"),
    # shapes of dev references
    ("Entropy 21 (2020), doi:10.3390/e22040471.", "10.3390/e22040471"),
    ("Methods Mol Biol. 2017;1589:113-29. doi: 10.1007/978-3-319-64209-2_7. PubMed PMID: 28971443.",
     "10.1007/978-3-319-64209-2_7"),
    ("Revue d'histoire des sciences, 42(3), 211-230. doi: 10.3406/rhs.1991.4217", "10.3406/rhs.1991.4217"),
    ("Phys. Rept. 71 (2008)311 ,doi :10.1146/annurev.astro.46.060407.145222,arXiv :astro-ph/0801.3121.",
     "10.1146/annurev.astro.46.060407.145222"),
    ("Revista de Estudios Sociales, 61, 33-47. doi:10.7440/res61.2017.03",
     "10.7440/res61.2017.03"),
    ("in Applied Mathematics ,27 (2):88-104,Feb 1979 .ISSN1432 - 0916.doi: 10.1007/BF01609127.URLhttps : //doi.org/10.1007/BF01609127.",
     "10.1007/bf01609127"),
    ("陕西中医. 2016. 37(8). https://doi.org/10.16367/j.issn.1003-5028.2016.08.0412.",
     "10.16367/j.issn.1003-5028.2016.08.0412"),
    ("Statistics Brief. doi:10.1787/715240163512 Retrieved 2011-03-14.", "10.1787/715240163512"),
    ("Journal of Applied Ethics, 18(2), 141-158. DOI: 10.1023/a:1017415904318.", "10.1023/a:1017415904318"),
    ("Cortex, 41(2), 302-311. doi:10.1016/j.cortex.2008.04.012", "10.1016/j.cortex.2008.04.012"),
    ("Child Obes. 2019 Mar;15(2):118-125. doi: 10.1111/cob.12304. Epub 2018 Nov 2. PMID: 30398417.",
     "10.1111/cob.12304"),
    ("JHEP 1811 ,072 ( 2018)doi :10.1007/JHEP11(2018)072[ arXiv:1807.03316[ hep-ph]].",
     "10.1007/jhep11(2018)072"),
    ("Society, 9(2), 101-118. doi:10.21184/jkeia.2015.06.9.2.101.", "10.21184/jkeia.2015.06.9.2.101"),
    ("Emerging Infectious Diseases. 2019; doi.10.1093/ofid/ofz412. PMID: 31660350.", "10.1093/ofid/ofz412"),
    ("Cem. Concr. Res., 124, 105-119. DOI: 10.1016/j.cemconres.2019.07.021.",
     "10.1016/j.cemconres.2019.07.021"),
    ("Discrete Applied Mathematics 87 (1–3): 45–67, doi:10.1016/0166-218X(95)00177-W",
     "10.1016/0166-218x(95)00177-w"),
    ("Soil Biology, 31:4: 1187. http://dx.doi. org/10.1016/S0038-0717(99)00022-8.",
     "10.1016/s0038-0717(99)00022-8"),
    ("Biochemical Journal. 2016;473(4):411-22. DOI:10.1042/bj20151120.", "10.1042/bj20151120"),
    ("Burns. 2007; 33(Supplement 2):14-19. doi:10.1097/01.ccm.0000288431.51270.3a.",
     "10.1097/01.ccm.0000288431.51270.3a"),
    ("Annals of Natural Philosophy, 4(7), 311--324. DOI=10.1080/14786441308520181.",
     "10.1080/14786441308520181"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), DEV_LINES)
def test_dev_page_and_reference_lines(line: str, expected: str) -> None:
    assert parse_doi(line).value == expected
    assert expected in {m.value.value for m in find_dois(line)}


@requires_shared("references", "refs.jsonl")
def test_dev_reference_gold_dois_read_in_place() -> None:
    """Every gold DOI of the dev references (``../shared/dev/references``) is found in its string."""
    checked = 0
    for row in read_jsonl(dev_path("references", "refs.jsonl")):
        gold = row["csl"].get("DOI")
        if not gold or source_split("references", row["source"]) != "dev":
            continue
        assert gold.lower() in {m.value.value for m in find_dois(row["raw"])}, row["raw"]
        checked += 1
    assert checked >= 20


# --- shapes from the issue ------------------------------------------------------------

SHAPES = [
    ("10.1080/03003930.2022.2081552", "10.1080/03003930.2022.2081552", []),
    ("DOI: 10.1080/03003930.2022.2081552", "10.1080/03003930.2022.2081552", ["removed-label"]),
    ("doi:10.1080/03003930.2022.2081552", "10.1080/03003930.2022.2081552", ["removed-label"]),
    ("https://doi.org/10.1080/03003930.2022.2081552", "10.1080/03003930.2022.2081552", ["removed-url"]),
    ("http://dx.doi.org/10.1080/03003930.2022.2081552", "10.1080/03003930.2022.2081552", ["removed-url"]),
    ("https://www.tandfonline.com/doi/abs/10.1080/03003930.2022.2081552", "10.1080/03003930.2022.2081552", ["removed-url"]),
    ("https://www.tandfonline.com/doi/pdf/10.1080/03003930.2022.2081552", "10.1080/03003930.2022.2081552", ["removed-url"]),
    ("https://onlinelibrary.wiley.com/doi/epdf/10.1111/1467-9566.12745", "10.1111/1467-9566.12745", ["removed-url"]),
    ("https://link.springer.com/article/10.1007/s11077-016-9273-x", "10.1007/s11077-016-9273-x", ["removed-url"]),
    ("https://www.tandfonline.com/doi/full/10.1080/03003930.2022.2081552?scroll=top&needAccess=true",
     "10.1080/03003930.2022.2081552", ["removed-url", "removed-url-query"]),
    ("https://onlinelibrary.wiley.com/doi/10.1111/j.1467-9566.2008.01100.x/full",
     "10.1111/j.1467-9566.2008.01100.x", ["removed-url", "removed-url-path"]),
    ("https://link.springer.com/content/pdf/10.1007/s10853-014-8211-7.pdf",
     "10.1007/s10853-014-8211-7", ["removed-url", "removed-url-path"]),
    ("https://doi.org/10.1002%2F%28SICI%291097-4571%28199806%2949%3A8%3C693%3A%3AAID-ASI4%3E3.0.CO%3B2-O",
     "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o", ["removed-url", "decoded-percent-encoding", "lowercased"]),
    ("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O",
     "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o", ["lowercased"]),
    ("10.1002/(SICI)1097-4571(199806)49:8&lt;693::AID-ASI4&gt;3.0.CO;2-O",
     "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o", ["decoded-html-entities", "lowercased"]),
    ("10.1016/0010-0285(77)90005-4", "10.1016/0010-0285(77)90005-4", []),
    ("(see 10.1016/0010-0285(77)90005-4).", "10.1016/0010-0285(77)90005-4",
     ["ignored-text", "removed-punctuation"]),
    ("<10.1000/182>", "10.1000/182", ["removed-punctuation", "removed-punctuation"]),
    ("10.1093/heapro/11.1.11 Search in Google Scholar", "10.1093/heapro/11.1.11", ["ignored-text"]),
    ("10.1136/bmj.k2871CrossrefMedlineGoogle Scholar", "10.1136/bmj.k2871", ["removed-glued-text", "ignored-text"]),
    ("  10.1000/182\n", "10.1000/182", ["removed-whitespace", "removed-whitespace"]),
    ("info:doi/10.1000/182", "10.1000/182", ["removed-url"]),
    ("10.1000.10/abc", "10.1000.10/abc", []),
    ("https://doi.org/10.1000/182/", "10.1000/182", ["removed-url", "removed-punctuation"]),
    ("doi.org/10.1000/182", "10.1000/182", ["removed-url"]),
    ("10.1007/s11077\u2010016\u20109273\u2010x", "10.1007/s11077-016-9273-x", ["normalized-separators"]),
    ("10.1016/j.ecolind\u200b.2022.11.037", "10.1016/j.ecolind.2022.11.037", ["removed-zero-width"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "codes"), SHAPES)
def test_shapes(text: str, value: str, codes: list[str]) -> None:
    d = parse_doi(text)
    assert d.value == value
    assert [x.code for x in d.diagnostics] == codes
    for x in d.diagnostics:
        assert x.span is not None and 0 <= x.span[0] <= x.span[1] <= len(text)


ERRORS = [
    ("10.5", ErrorCode.INVALID_FORMAT),
    ("10/abc", ErrorCode.INVALID_FORMAT),
    ("10.12", ErrorCode.INVALID_FORMAT),
    ("pp. 10.12–10.15", ErrorCode.INVALID_FORMAT),
    ("10.123/abc", ErrorCode.INVALID_FORMAT),
    ("10.1000/", ErrorCode.INVALID_FORMAT),
    ("doi:", ErrorCode.INVALID_FORMAT),
    ("hello world", ErrorCode.NOT_FOUND),
    ("", ErrorCode.EMPTY),
    ("  \n ", ErrorCode.EMPTY),
    ("10.1000/abc and 10.1000/def", ErrorCode.AMBIGUOUS),
    ("10.1000/" + "a" * 3000, ErrorCode.TOO_LONG),
]


@pytest.mark.parametrize(("text", "code"), ERRORS)
def test_errors(text: str, code: ErrorCode) -> None:
    with pytest.raises(ParseError) as info:
        parse_doi(text)
    assert info.value.code is code
    lenient = parse_doi(text, strict=False)
    assert lenient.value is None and lenient.error is not None
    assert lenient.error.code is code
    assert lenient.diagnostics[-1].code == code.value


def test_same_doi_twice_is_not_ambiguous() -> None:
    text = "doi: 10.1007/BF01609127.URLhttps : //doi.org/10.1007/BF01609127."
    assert parse_doi(text).value == "10.1007/bf01609127"


def test_type_error() -> None:
    with pytest.raises(TypeError):
        parse_doi(b"10.1000/182")  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        list(find_dois(None))  # type: ignore[arg-type]


# --- the record ---------------------------------------------------------------------------


def test_record_equality_ignores_raw_and_case() -> None:
    a = parse_doi("https://doi.org/10.1007/BF02814603")
    b = parse_doi("10.1007/bf02814603")
    assert a == b and hash(a) == hash(b)
    assert a.raw == "https://doi.org/10.1007/BF02814603"
    assert str(a) == "10.1007/bf02814603"
    assert a == Doi("10.1007", "bf02814603")
    assert a.to_dict()["suffix"] == "bf02814603"
    assert comet.Doi is Doi


def test_url_percent_encodes_only_unsafe_characters() -> None:
    d = Doi("10.1002", "(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-o")
    assert (
        d.url == "https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-o"
    )
    assert Doi("10.1000", 'a#b?c%d"é').url == "https://doi.org/10.1000/a%23b%3Fc%25d%22%C3%A9"
    assert doi_mod.to_url("doi:10.1000/182") == "https://doi.org/10.1000/182"


def test_fast_record_equals_init_record() -> None:
    d = doi_mod._make("10.1000", "182", "raw", ())
    assert d == Doi("10.1000", "182") and d.raw == "raw" and d.diagnostics == ()


def test_shared_diagnostics_equal_plain_ones() -> None:
    assert diag("lowercased", "m", 3, 9) == Diagnostic("lowercased", "m", (3, 9))
    far = diag("lowercased", "m", 3000, 3009, comet.Severity.WARNING)
    assert far == Diagnostic("lowercased", "m", (3000, 3009), "warning")


def test_is_valid_and_format() -> None:
    assert doi_mod.is_valid("10.1000/182")
    assert doi_mod.is_valid("DOI: 10.1000/182")
    assert doi_mod.is_valid("https://doi.org/10.1000/ABC")
    assert not doi_mod.is_valid("10.1000/182.")
    assert not doi_mod.is_valid("see 10.1000/182")
    assert not doi_mod.is_valid("10.5")
    assert not doi_mod.is_valid(None)  # type: ignore[arg-type]
    assert doi_mod.format("DOI: 10.1007/BF02814603") == "10.1007/bf02814603"


def test_find_spans_and_raw() -> None:
    text = "See doi:10.1093/aje/kwz118 and (https://doi.org/10.1136/BMJ.k2871)."
    hits = list(find_dois(text))
    assert [m.value.value for m in hits] == ["10.1093/aje/kwz118", "10.1136/bmj.k2871"]
    for m in hits:
        assert text[m.start : m.end] == m.raw
    assert hits[1].raw == "10.1136/BMJ.k2871"


def test_link_text_from_locale_files() -> None:
    # "[references] link_text" lists "Crossref": one glued word at the end of a text is cut
    if "Crossref" not in doi_mod._link_phrases():
        pytest.skip("the locale files list no 'Crossref' link text")
    assert parse_doi("doi:10.1136/bmj.k2871Crossref").value == "10.1136/bmj.k2871"


def test_find_scans_long_text() -> None:
    text = ("filler text 10.12 " * 20_000) + "doi:10.1000/182"
    assert [m.value.value for m in find_dois(text)] == ["10.1000/182"]


def test_repeated_failures_raise_fresh_errors() -> None:
    errors = []
    for _ in range(2):
        with pytest.raises(ParseError) as info:
            parse_doi("10/abc")
        errors.append(info.value)
    assert errors[0] is not errors[1]
    assert errors[0].code is errors[1].code is ErrorCode.INVALID_FORMAT
    assert parse_doi("10/abc", strict=False) is parse_doi("10/abc", strict=False)  # memoised
