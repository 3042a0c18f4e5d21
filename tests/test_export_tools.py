"""comet's exports checked by tools that are not comet.

Every CSL-JSON item comet makes — hand-written edge cases, every labelled reference in
``../shared/dev/references/refs.jsonl`` (read in place) through ``comet.parse_reference``, and
every seed, written and dev page
through ``comet.parse_record`` — must

* validate with ``jsonschema`` against a CSL-JSON schema written for these tests
  (``tests/data/csl_schema.json``: item types, name, date and number-or-string variables of
  the CSL 1.0.2 specification; unknown variables outside ``custom`` are refused);
* render with citeproc-py to a bibliography entry that holds the title and the first
  author's family name;
* survive RIS out → ``rispy`` in: as many records, no unknown tag, the fields equal;
* survive BibTeX out → ``bibtexparser`` v2 in (no failed block) and → ``pybtex`` in strict
  mode, with name particles (``van``, ``de la``) in the von part and the rest in place.

The round trips through comet's own readers are in the export tests of the records issue;
these only add the independent tools.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

import comet
from comet.formats import bibtex, ris
from comet.formats.csl import issued_parts, name_to_text, split_page
from tests.shared_data import SHARED_DEV, dev_path

DATA = Path(__file__).parent / "data"
SCHEMA = DATA / "csl_schema.json"
# the seed and written pages, and the dev pages of ../shared/dev/pages where present
PAGE_DIRS = [DATA / "pages", DATA / "written_pages", SHARED_DEV / "pages" / "pages"]

Item = dict[str, Any]

HAND_ITEMS: list[Item] = [
    {
        "id": "particles",
        "type": "article-journal",
        "title": "On {Sets} & Things: 100% of $x_1$ ~ #2",
        "author": [
            {"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"},
            {"family": "Fuente", "given": "María", "non-dropping-particle": "de la"},
            {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
            {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
            {"family": "Borup Jensen", "given": "Julie"},
            {"literal": "World Health Organization"},
        ],
        "editor": [{"family": "Møller", "given": "Nanna"}],
        "issued": {"date-parts": [[2021, 3, 9]]},
        "container-title": "Journal of Sets",
        "volume": "9",
        "issue": "2",
        "page": "89-106",
        "DOI": "10.1000/xyz",
        "ISSN": "2353-3773",
        "URL": "https://example.org/a?b=c&d=e",
        "language": "en",
        "keyword": "sets, things",
        "abstract": "A study of {sets}.",
    },
    {
        "id": "chapter",
        "type": "chapter",
        "title": "Organizing Learning Processes of Co-Production: A Theoretical View",
        "author": [
            {"family": "Jensen", "given": "Julie Borup"},
            {"family": "Thomassen", "given": "Anja Overgaard"},
        ],
        "editor": [{"family": "Agger", "given": "Annika"}],
        "container-title": "Co-Production in Public Services",
        "publisher": "IGI Global",
        "publisher-place": "Hershey, PA",
        "issued": {"date-parts": [[2021]]},
        "page": "1-20",
        "DOI": "10.4018/978-1-7998-4975-9.ch001",
        "ISBN": "978-1-7998-4975-9",
    },
    {
        "id": "thesis",
        "type": "thesis",
        "title": "Étude des systèmes: «Théorie» et pratique",
        "author": [{"family": "Dupont", "given": "Éloïse", "non-dropping-particle": "d'"}],
        "publisher": "Université Paris-Saclay",
        "issued": {"date-parts": [[2019, 12]]},
    },
    {
        "id": "odd-names",
        "type": "book",
        "title": "Names and Things",
        "author": [
            {"literal": "Smith and Sons, Publishers"},
            {"family": "Plato"},
            {"family": "O'Neil", "given": "Cathy"},
            {"family": "Jensen-Møller", "given": "A. B."},
        ],
        "issued": {"date-parts": [[1999, 12, 31]]},
        "publisher": "Ink & Paper",
        "edition": "2",
    },
    {
        "id": "report-no-author",
        "type": "report",
        "title": "Annual report 2020",
        "publisher": "Statistics Denmark",
        "number": "7",
        "issued": {"date-parts": [[2020]]},
    },
]


def _norm(text: Any) -> str:
    """Whitespace collapsed, NFC: what the exporters promise to keep."""
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def _fold(text: str) -> str:
    """Case, accents and punctuation dropped: for text a style may re-case or re-punctuate."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


@functools.cache
def reference_items() -> tuple[Item, ...]:
    out = []
    refs = dev_path("references", "refs.jsonl")  # read in place; skips where absent
    for n, line in enumerate(refs.read_text("utf-8").splitlines()):
        parsed = comet.parse_reference(json.loads(line)["raw"], strict=False)
        if parsed.value is not None:
            out.append({"id": f"ref-{n + 1}", **parsed.value.to_csl()})
    return tuple(out)


@functools.cache
def record_items() -> tuple[Item, ...]:
    parse_record = getattr(comet, "parse_record", None)
    if parse_record is None:
        return ()
    out = []
    for folder in PAGE_DIRS:
        for path in sorted(folder.glob("*.txt")):
            record = parse_record(path.read_text("utf-8"), source=path.name)
            out.append(record.to_csl(id=path.stem))
    return tuple(out)


SOURCES: dict[str, Callable[[], tuple[Item, ...]]] = {
    "hand": lambda: tuple(HAND_ITEMS),
    "references": reference_items,
    "records": record_items,
}


@pytest.fixture(params=sorted(SOURCES))
def items(request: pytest.FixtureRequest) -> tuple[Item, ...]:
    if request.param == "records" and not hasattr(comet, "parse_record"):
        pytest.skip("comet.parse_record is not exported yet: no page records to check")
    got = SOURCES[request.param]()
    assert got, f"no items from {request.param}"
    return got


def _check_all(items: tuple[Item, ...], check: Callable[[Item], list[str]]) -> None:
    problems = [f"{item.get('id')}: {p}" for item in items for p in check(item)]
    assert not problems, f"{len(problems)} problems, first ones:\n" + "\n".join(problems[:15])


# --- CSL-JSON schema -----------------------------------------------------------------------


def test_csl_json_validates_against_the_schema(items: tuple[Item, ...]) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    validator.check_schema(schema)
    errors = [
        f"{items[e.path[0]].get('id') if e.path else '?'}: {e.message} at {list(e.path)[1:]}"
        for e in validator.iter_errors(json.loads(json.dumps(list(items))))
    ]
    assert not errors, "\n".join(errors[:15])


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "journal-article"},  # not a CSL type
        {"author": [{"family": "Quist", "initials": "R."}]},  # not a name field
        {"author": {"family": "Quist", "given": "Rolf"}},  # a name, not a list of names
        {"issued": {"date-parts": [["2019", 4, 2, 7]]}},  # four date parts
        {"issued": "2019-04-02"},  # a date variable that is not a date object
        {"volume": ["7"]},  # neither a number nor a string
        {"title": 12},  # a string variable holding a number
        {"jornal": "Annals of Things"},  # an unknown variable outside ``custom``
    ],
)
def test_csl_schema_refuses_a_malformed_item(bad: Item) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    good: Item = {
        "id": "ok",
        "type": "article-journal",
        "title": "Notes on Things",
        "author": [{"family": "Quist", "given": "Rolf"}],
        "issued": {"date-parts": [[2019, 4, 2]]},
        "volume": 7,
        "custom": {"anything": ["goes"]},
    }
    jsonschema.validate([good], schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{**good, **bad}], schema)
    without = {k: v for k, v in good.items() if k != "type"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([without], schema)


# --- citeproc-py ---------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:The following arguments for Reference are unsupported")
def test_citeproc_renders_title_and_first_author(items: tuple[Item, ...]) -> None:
    # citeproc-py predates some CSL 1.0.2 variables (``event-title``): it warns and skips them
    citeproc = pytest.importorskip("citeproc", reason="citeproc-py is not installed")
    from citeproc.source.json import CiteProcJSON

    style_path = Path(citeproc.__file__).parent / "data" / "styles" / "harvard-cite-them-right.csl"
    style = citeproc.CitationStylesStyle(str(style_path), validate=False)

    def check(item: Item) -> list[str]:
        source = CiteProcJSON([json.loads(json.dumps(item))])
        bib = citeproc.CitationStylesBibliography(style, source, citeproc.formatter.plain)
        bib.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
        entries = [str(e) for e in bib.bibliography()]
        if len(entries) != 1:
            return [f"{len(entries)} bibliography entries"]
        text = _fold(entries[0])
        out = []
        if item.get("title") and _fold(item["title"]) not in text:
            out.append(f"title {item['title']!r} not in {entries[0]!r}")
        authors = item.get("author") or []
        if authors:
            first = authors[0]
            family = first.get("literal") or first.get("family", "")
            if _fold(family) not in text:
                out.append(f"family {family!r} not in {entries[0]!r}")
        return out

    _check_all(items, check)


# --- RIS -> rispy --------------------------------------------------------------------------


def _expected_ris(item: Mapping[str, Any]) -> dict[str, Any]:
    """What rispy must read back from ``ris.dumps([item])``: rispy's keys, comet's values."""
    exp: dict[str, Any] = {"type_of_reference": ris.ris_type(item.get("type"))}

    def put(key: str, value: Any) -> None:
        if value not in (None, "", [], ()):
            exp[key] = _norm(value)

    put("title", item.get("title"))
    put("authors", None)
    if item.get("author"):
        exp["authors"] = [_norm(name_to_text(n)) for n in item["author"]]
    if item.get("editor"):
        exp["secondary_authors"] = [_norm(name_to_text(n)) for n in item["editor"]]
    parts = issued_parts(item)
    if parts:
        exp["year"] = str(parts[0])
        exp["date"] = "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))
    put("secondary_title", item.get("container-title"))
    put("tertiary_title", item.get("collection-title"))
    put("volume", item.get("volume"))
    put("number", item.get("issue") or item.get("number"))
    if item.get("page"):
        first, last = split_page(str(item["page"]))
        put("start_page", first)
        put("end_page", last)
    put("doi", item.get("DOI"))
    put("urls", None)
    if item.get("URL"):
        exp["urls"] = [_norm(item["URL"])]
    put("publisher", item.get("publisher"))
    put("place_published", item.get("publisher-place"))
    put("edition", item.get("edition"))
    if item.get("keyword"):
        exp["keywords"] = [_norm(k) for k in str(item["keyword"]).split(", ")]
    put("language", item.get("language"))
    put("abstract", item.get("abstract"))
    if item.get("note"):
        exp["notes"] = [_norm(item["note"])]
    return exp


def test_ris_reads_back_with_rispy(items: tuple[Item, ...]) -> None:
    rispy = pytest.importorskip("rispy", reason="rispy is not installed")
    text = ris.dumps(items)
    records = rispy.loads(text)
    assert len(records) == len(items)
    assert not [r for r in records if "unknown_tag" in r], "rispy found unknown tags"
    problems = []
    for item, rec in zip(items, records, strict=True):
        rec = {k: v for k, v in rec.items() if k not in ("issn",)}  # SN: ISSN or ISBN, below
        exp = _expected_ris(item)
        for key in sorted(set(exp) | set(rec)):
            if rec.get(key) != exp.get(key):
                problems.append(f"{item['id']}: {key}: rispy {rec.get(key)!r} != {exp.get(key)!r}")
    assert not problems, "\n".join(problems[:15])
    sn = [r.get("issn") for r in rispy.loads(ris.dumps([HAND_ITEMS[0]]))]
    assert sn == ["2353-3773"]


# --- BibTeX -> bibtexparser v2, pybtex strict ----------------------------------------------


@functools.cache
def _latex_to_text(value: str) -> str:
    return _norm(_latex_decoder().latex_to_text(value))


@functools.cache
def _latex_decoder() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="verbatim")


def _name_parts(name: Mapping[str, Any]) -> tuple[str, str, str, str]:
    """(first, von, last, jr) as BibTeX must split the CSL name."""
    if name.get("literal"):
        return ("", "", _norm(name["literal"]), "")
    von = " ".join(
        str(p) for p in (name.get("dropping-particle"), name.get("non-dropping-particle")) if p
    )
    return (
        _norm(name.get("given", "")),
        _norm(von),
        _norm(name.get("family", "")),
        _norm(name.get("suffix", "")),
    )


def _bib_names(item: Mapping[str, Any], role: str) -> list[tuple[str, str, str, str]]:
    return [_name_parts(n) for n in item.get(role) or []]


def test_bibtex_reads_back_with_bibtexparser_v2(items: tuple[Item, ...]) -> None:
    bibtexparser = pytest.importorskip("bibtexparser", reason="bibtexparser is not installed")
    if not hasattr(bibtexparser, "parse_string"):
        pytest.skip("bibtexparser v1 is installed; these checks need v2")
    from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts

    text = bibtex.dumps(items)
    library = bibtexparser.parse_string(
        text, append_middleware=[SeparateCoAuthors(), SplitNameParts()]
    )
    assert not library.failed_blocks, [b.error for b in library.failed_blocks][:5]
    assert len(library.entries) == len(items)
    assert len({e.key for e in library.entries}) == len(items)
    problems = []
    for item, entry in zip(items, library.entries, strict=True):
        assert entry.entry_type == bibtex.entry_type(item.get("type"))
        fields = entry.fields_dict
        if item.get("title"):
            got = _latex_to_text(fields["title"].value)
            if got != _norm(item["title"]):
                problems.append(f"{item['id']}: title {got!r}")
        for role in ("author", "editor"):
            want = _bib_names(item, role)
            if not want:
                continue
            got_names = [
                tuple(_latex_to_text(" ".join(part)) for part in (n.first, n.von, n.last, n.jr))
                for n in fields[role].value
            ]
            if got_names != want:
                problems.append(f"{item['id']}: {role} {got_names} != {want}")
        parts = issued_parts(item)
        if parts and fields["year"].value != str(parts[0]):
            problems.append(f"{item['id']}: year {fields['year'].value!r}")
    assert not problems, "\n".join(problems[:15])


def test_bibtex_reads_back_with_pybtex_strict(items: tuple[Item, ...]) -> None:
    pytest.importorskip("pybtex", reason="pybtex is not installed")
    pytest.importorskip("pylatexenc", reason="pylatexenc is not installed")
    import pybtex.errors
    from pybtex.database import parse_string

    pybtex.errors.set_strict_mode(True)
    try:
        data = parse_string(bibtex.dumps(items), "bibtex")  # strict: any problem raises
    finally:
        pybtex.errors.set_strict_mode(False)
    entries = list(data.entries.values())
    assert len(entries) == len(items)
    problems = []
    for item, entry in zip(items, entries, strict=True):
        if item.get("title"):
            got = _latex_to_text(entry.fields["title"])
            if got != _norm(item["title"]):
                problems.append(f"{item['id']}: title {got!r}")
        for role in ("author", "editor"):
            want = _bib_names(item, role)
            if not want:
                continue
            got_names = [
                (
                    _latex_to_text(" ".join([*p.first_names, *p.middle_names])),
                    _latex_to_text(" ".join(p.prelast_names)),
                    _latex_to_text(" ".join(p.last_names)),
                    _latex_to_text(" ".join(p.lineage_names)),
                )
                for p in entry.persons.get(role, [])
            ]
            if got_names != want:
                problems.append(f"{item['id']}: {role} {got_names} != {want}")
    assert not problems, "\n".join(problems[:15])


def test_particles_land_in_the_von_part() -> None:
    """The named case of the issue, spelled out: ``van der`` and ``de la`` are von parts."""
    pytest.importorskip("pybtex", reason="pybtex is not installed")
    from pybtex.database import parse_string

    text = bibtex.dumps([HAND_ITEMS[0]])
    persons = next(iter(parse_string(text, "bibtex").entries.values())).persons["author"]
    assert [(p.prelast_names, p.last_names) for p in persons[:3]] == [
        (["van", "der"], ["Berg"]),
        (["de", "la"], ["Fuente"]),
        (["van"], ["Beethoven"]),
    ]


def test_export_is_a_deprecated_alias_of_formats() -> None:
    import importlib
    import sys

    import comet.formats

    for name in [m for m in sys.modules if m == "comet.export" or m.startswith("comet.export.")]:
        del sys.modules[name]
    with pytest.warns(DeprecationWarning, match=r"comet\.formats"):
        old = importlib.import_module("comet.export.bibtex")
    assert old.dumps is comet.formats.bibtex.dumps
    assert importlib.import_module("comet.export").ris is comet.formats.ris
