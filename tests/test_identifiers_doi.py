"""DOI parsing and finding, from the seed pages, the dev pages and the dev references."""

from __future__ import annotations

import pytest

import comet
from comet import Doi, ErrorCode, ParseError, find_dois, parse_doi
from comet.diagnostics import Diagnostic
from comet.identifiers import doi as doi_mod
from comet.identifiers._util import diag
from tests.conftest import seed_text

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


# --- dev pages and dev references (lines copied from ../shared/dev) -----------------------

DEV_LINES = [
    ("Academica 70: 195-218 (online June 6, 2023) https://doi.org/10.1556/2062.2023.00642",
     "10.1556/2062.2023.00642"),
    ("https://doi.org/10.1016/j.envsci.2023.04.016Get rights and content",
     "10.1016/j.envsci.2023.04.016"),
    ("https://doi.org/10.1016/S0009-2614(97)04014-1Get rights and content",
     "10.1016/s0009-2614(97)04014-1"),
    ("Journal de Physique et le Radium, 1955, 16 (6), pp.444-445. ⟨10.1051/jphysrad:01955001606044400⟩. ⟨jpa-00235190⟩",
     "10.1051/jphysrad:01955001606044400"),
    ("DOI: 10.1215/00127094-3129809", "10.1215/00127094-3129809"),
    ("Digital Object Identifier: 10.57262/ade/1391109086", "10.57262/ade/1391109086"),
    ("Nuovo Cim B 37, 1–23 (1977). https://doi.org/10.1007/BF02727953", "10.1007/bf02727953"),
    ("DOI: https://doi.org/10.1007/s10924-010-0192-1", "10.1007/s10924-010-0192-1"),
    ("DOI 10.3386/w29971", "10.3386/w29971"),
    ("At Work,\" NBER Working Paper 33843 (2025), https://doi.org/10.3386/w33843.", "10.3386/w33843"),
    ("10.18653/v1/2021.naacl-main.208", "10.18653/v1/2021.naacl-main.208"),
    ("DOI: https://doi.org/10.1103/RevModPhys.94.045004", "10.1103/revmodphys.94.045004"),
    ("DOI 10.1088/0026-1394/12/4/002", "10.1088/0026-1394/12/4/002"),
    ("Vaccine. 2013;31:5339-48. [PMID: 24055351] doi:10.1016/j.vaccine.2013.09.013 CrossrefMedlineGoogle Scholar",
     "10.1016/j.vaccine.2013.09.013"),
    ("Lancet Planet Health. 2018;2:e19-26. [PMID: 29615204] doi:10.1016/S2542-5196(17)30185-7 CrossrefMedlineGoogle Scholar",
     "10.1016/s2542-5196(17)30185-7"),
    ("Statistical code: Available at https://doi.org/10.6078/D1Q11H. Data set: Available",
     "10.6078/d1q11h"),
    ("2025, Seoul, Korea, Republic of, 10/18/25. https://doi.org/10.1145/3725843.3756043",
     "10.1145/3725843.3756043"),
    ("Epub 2025 Oct 17. doi: 10.1145/3725843.3756043", "10.1145/3725843.3756043"),
    # dev references
    ("Symmetry 11 (2019), doi:10.3390/sym11060830.", "10.3390/sym11060830"),
    ("Adv Exp Med Biol. 2018;1032:37-53. doi: 10.1007/978-3-319-98788-0_3. PubMed PMID: 30362089.",
     "10.1007/978-3-319-98788-0_3"),
    ("Revue française de pédagogie, 89(1), 55-62. doi: 10.3406/rfp.1989.1406", "10.3406/rfp.1989.1406"),
    ("Ann. Rev. Nucl. Part. Sci. 55 (2005)229 ,doi :10.1146/annurev.nucl.55.090704.151502,arXiv :hep-ph/0502182.",
     "10.1146/annurev.nucl.55.090704.151502"),
    ("Revista de Medios y Educación, 48, 67-83. doi:10.12795/pixelbit.2016.i48.05",
     "10.12795/pixelbit.2016.i48.05"),
    ("in Mathematical Physics ,43 (3):199-220,Aug 1975 .ISSN1432 - 0916.doi: 10.1007/BF02345020.URLhttps : //doi.org/10.1007/BF02345020.",
     "10.1007/bf02345020"),
    ("河南中醫. 2015. 35(4). https://doi.org/10.16367/j.issn.1003-5028.2015.04.0285.",
     "10.16367/j.issn.1003-5028.2015.04.0285"),
    ("Research Information. doi:10.1787/603233448430 Retrieved 2010-08-07.", "10.1787/603233448430"),
    ("Journal of Business Ethics, 29(3), 239-251. DOI: 10.1023/a:1026592805470.", "10.1023/a:1026592805470"),
    ("Neuron, 52(5), 767-774. doi:10.1016/j.neuron.2006.10.006", "10.1016/j.neuron.2006.10.006"),
    ("Pediatr Obes. 2018 Jun;13(6):342-347. doi: 10.1111/ijpo.12228. Epub 2017 Jul 20. PMID: 28730729.",
     "10.1111/ijpo.12228"),
    ("JHEP 1704 ,134 ( 2017)doi :10.1007/JHEP04(2017)134[ arXiv:1702.01748[ hep-th]].",
     "10.1007/jhep04(2017)134"),
    ("Association, 7(3), 217-222. doi:10.21184/jkeia.2013.09.7.3.217.", "10.21184/jkeia.2013.09.7.3.217"),
    ("Clinical Infectious Diseases. 2018; doi.10.1093/cid/ciy936. PMID: 30383203.", "10.1093/cid/ciy936"),
    ("Constr. Build. Mater., 191, 713-725. DOI: 10.1016/j.conbuildmat.2018.09.152.",
     "10.1016/j.conbuildmat.2018.09.152"),
    ("Theoretical Computer Science 144 (1–2): 101–124, doi:10.1016/0304-3975(94)00281-M",
     "10.1016/0304-3975(94)00281-m"),
    ("Water Research, 33:10: 2265. http://dx.doi. org/10.1016/S0043-1354(98)00447-3.",
     "10.1016/s0043-1354(98)00447-3"),
    ("Clinical Science. 2015;129(10):839-50. DOI:10.1042/cs20150009.", "10.1042/cs20150009"),
    ("Shock. 2005; 24(Supplement 1):7-11. doi:10.1097/01.shk.0000191384.34066.85.",
     "10.1097/01.shk.0000191384.34066.85"),
    ("Magazine and Journal of Science, 2(11), 559--572. DOI=10.1080/14786440109462720.",
     "10.1080/14786440109462720"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), DEV_LINES)
def test_dev_page_and_reference_lines(line: str, expected: str) -> None:
    assert parse_doi(line).value == expected
    assert expected in {m.value.value for m in find_dois(line)}


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
    ("https://link.springer.com/content/pdf/10.1007/s10924-010-0192-1.pdf",
     "10.1007/s10924-010-0192-1", ["removed-url", "removed-url-path"]),
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
    ("10.1136/bmj.g5293CrossrefMedlineGoogle Scholar", "10.1136/bmj.g5293", ["removed-glued-text", "ignored-text"]),
    ("  10.1000/182\n", "10.1000/182", ["removed-whitespace", "removed-whitespace"]),
    ("info:doi/10.1000/182", "10.1000/182", ["removed-url"]),
    ("10.1000.10/abc", "10.1000.10/abc", []),
    ("https://doi.org/10.1000/182/", "10.1000/182", ["removed-url", "removed-punctuation"]),
    ("doi.org/10.1000/182", "10.1000/182", ["removed-url"]),
    ("10.1007/s11077\u2010016\u20109273\u2010x", "10.1007/s11077-016-9273-x", ["normalized-separators"]),
    ("10.1016/j.envsci\u200b.2023.04.016", "10.1016/j.envsci.2023.04.016", ["removed-zero-width"]),
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
    text = "doi: 10.1007/BF02345020.URLhttps : //doi.org/10.1007/BF02345020."
    assert parse_doi(text).value == "10.1007/bf02345020"


def test_type_error() -> None:
    with pytest.raises(TypeError):
        parse_doi(b"10.1000/182")  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        list(find_dois(None))  # type: ignore[arg-type]


# --- the record ---------------------------------------------------------------------------


def test_record_equality_ignores_raw_and_case() -> None:
    a = parse_doi("https://doi.org/10.1007/BF02727953")
    b = parse_doi("10.1007/bf02727953")
    assert a == b and hash(a) == hash(b)
    assert a.raw == "https://doi.org/10.1007/BF02727953"
    assert str(a) == "10.1007/bf02727953"
    assert a == Doi("10.1007", "bf02727953")
    assert a.to_dict()["suffix"] == "bf02727953"
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
    assert doi_mod.format("DOI: 10.1007/BF02727953") == "10.1007/bf02727953"


def test_find_spans_and_raw() -> None:
    text = "See doi:10.1093/aje/kwp237 and (https://doi.org/10.1136/BMJ.g5293)."
    hits = list(find_dois(text))
    assert [m.value.value for m in hits] == ["10.1093/aje/kwp237", "10.1136/bmj.g5293"]
    for m in hits:
        assert text[m.start : m.end] == m.raw
    assert hits[1].raw == "10.1136/BMJ.g5293"


def test_link_text_from_locale_files() -> None:
    # "[references] link_text" lists "Crossref": one glued word at the end of a text is cut
    if "Crossref" not in doi_mod._link_phrases():
        pytest.skip("the locale files list no 'Crossref' link text")
    assert parse_doi("doi:10.1136/bmj.g5293Crossref").value == "10.1136/bmj.g5293"


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
