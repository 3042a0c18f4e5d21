"""comet.marc: reading MARC 21 in every format and mapping it to CSL (records built here)."""

from __future__ import annotations

import io
import json

import pytest

from comet import ParseError
from comet.marc import MarcRecord, ReadError, country_code, parse_marc, read_marc
from tests.marc_build import FIXED, book, field, pymarc, record


def one(data: bytes | str) -> MarcRecord:
    rows = list(read_marc(data.encode() if isinstance(data, str) else data))
    assert len(rows) == 1 and isinstance(rows[0], MarcRecord), rows
    return rows[0]


def csl(r: object) -> dict:
    return one(r.as_marc()).to_csl()  # type: ignore[attr-defined]


def codes(rec: MarcRecord) -> set[str]:
    return {d.code for d in rec.diagnostics}


def test_book_fields() -> None:
    rec = one(book().as_marc())
    item = rec.to_csl()
    assert item["type"] == "book"
    assert item["title"] == "A guide to barn owls: field notes from the valley"
    assert item["author"] == [{"family": "Marsh", "given": "Jolene"}]
    assert item["issued"] == {"date-parts": [[2001]]}
    assert item["publisher"] == "Hollow Tree Press"
    assert item["publisher-place"] == "London"
    assert item["number-of-pages"] == "345"
    assert item["language"] == "en"
    assert rec.country == "US-NY"
    assert rec.control_number == "test-1"
    assert "removed-isbd-punctuation" in codes(rec)
    assert "marc-name-dates-dropped" in codes(rec)


def test_raw_is_breaker_text_and_spans_point_into_it() -> None:
    rec = one(book().as_marc())
    raw = rec.record.raw
    assert raw.startswith("=LDR  ") and "=245  12$aA guide to barn owls :" in raw
    a, b = rec.record.spans["publisher"]
    assert raw[a:b].startswith("Hollow Tree Press")


@pytest.mark.parametrize(
    ("date", "year", "code"),
    [
        ("[1912?]", 1912, "marc-brackets-removed"),
        ("c1998.", 1998, "marc-date-read"),
        ("1998 [i.e. 1999]", 1999, "marc-date-corrected"),
        ("19--", None, "marc-imprecise-date"),
        ("[n.d.]", None, "marc-absent-value"),
    ],
)
def test_imprint_dates(date: str, year: int | None, code: str) -> None:
    rec = one(record(field("245", "00", "aT."), field("260", "  ", "a[S.l.] :", "b[s.n.],",
                                                       f"c{date}")).as_marc())  # fmt: skip
    item = rec.to_csl()
    assert "publisher" not in item and "publisher-place" not in item
    assert (item.get("issued") or {}).get("date-parts", [[None]])[0][0] == year
    assert code in codes(rec)
    assert "marc-absent-value" in codes(rec)


def test_roles_series_keywords_identifiers() -> None:
    r = book(
        field("020", "  ", "a0-306-40615-2 (pbk.) :", "c$12.95"),
        field("020", "  ", "a9780306406157"),
        field("022", "  ", "a0317-8471"),
        field("024", "7 ", "a10.1234/owl.5", "2doi"),
        field("250", "  ", "a2nd ed."),
        field("490", "1 ", "aOwl studies ;", "vv. 12"),
        field("650", " 0", "aBarn owl", "xBehavior."),
        field("653", "  ", "aValleys"),
        field("700", "1 ", "aReed, Tomas,", "etranslator."),
        field("700", "1 ", "aLind, Ada.", "4edt"),
        field("700", "1 ", "aNoor, Sami."),
        field("710", "2 ", "aOwl Society.", "bField Section."),
    )
    item = csl(r)
    assert item["ISBN"] == "0306406152, 9780306406157"
    assert item["ISSN"] == "0317-8471"
    assert item["DOI"] == "10.1234/owl.5"
    assert item["edition"] == "2nd ed."
    assert item["collection-title"] == "Owl studies" and item["collection-number"] == "12"
    assert item["keyword"] == "Barn owl, Valleys"
    assert item["translator"] == [{"family": "Reed", "given": "Tomas"}]
    assert item["editor"] == [{"family": "Lind", "given": "Ada"}]
    assert {"literal": "Owl Society. Field Section"} in item["contributor"]
    assert {"family": "Noor", "given": "Sami"} in item["contributor"]


def test_thesis_note() -> None:
    r = book(field("502", "  ", "aThesis (Ph. D.)--Northfield University, 1999."))
    item = one(r.as_marc()).to_csl()
    assert item["type"] == "thesis"
    assert item["genre"] == "Ph. D."


def test_host_item_locator() -> None:
    r = record(
        field("245", "10", "aOwls at night /", "cJ. Marsh."),
        field("773", "0 ", "tJournal of valley birds.", "gVol. 12, no. 3 (2001), p. 45-67",
              "x1234-5679"),
        leader="00000nab a2200000 a 4500",
    )  # fmt: skip
    item = csl(r)
    assert item["type"] == "article-journal"
    assert item["container-title"] == "Journal of valley birds"
    assert (item["volume"], item["issue"], item["page"]) == ("12", "3", "45-67")


@pytest.mark.parametrize(
    ("leader", "fixed_at", "want"),
    [
        ("00000cem a2200000 a 4500", None, "map"),
        ("00000ncm a2200000 a 4500", None, "musical_score"),
        ("00000njm a2200000 a 4500", None, "song"),
        ("00000cas a2200000 a 4500", None, "periodical"),
        ("00000cmm a2200000 a 4500", (26, "a"), "dataset"),
        ("00000cmm a2200000 a 4500", (26, "b"), "software"),
        ("00000cgm a2200000 a 4500", (33, "s"), "graphic"),
        ("00000cgm a2200000 a 4500", (33, "v"), "motion_picture"),
        ("00000nam a2200000 a 4500", (24, "m"), "thesis"),
    ],
)
def test_types(leader: str, fixed_at: tuple[int, str] | None, want: str) -> None:
    fixed = (
        FIXED if fixed_at is None else FIXED[: fixed_at[0]] + fixed_at[1] + FIXED[fixed_at[0] + 1 :]
    )
    assert csl(record(field("245", "00", "aT."), leader=leader, fixed=fixed))["type"] == want


def test_authority_record_has_no_type() -> None:
    rec = one(record(field("245", "00", "aT."), leader="00000nz  a2200000 a 4500").as_marc())
    assert "type" not in rec.to_csl() and "marc-not-bibliographic" in codes(rec)


def test_880_paired_with_its_field() -> None:
    r = book(
        field("880", "12", "6245-01/(N", "aПутеводитель по совам :", "bполевые заметки /"),
        field("880", "1 ", "6100-02/(N", "aМарш, Жолен."),
        field("880", " 1", "6264-03/(N", "aЛондон :", "bИздательство Дупло,", "c2001."),
    )
    item = csl(r)
    assert item["_vernacular"] == {
        "title": "Путеводитель по совам: полевые заметки",
        "author": [{"family": "Марш", "given": "Жолен"}],
        "publisher": "Издательство Дупло",
    }
    assert item["title"].startswith("A guide to barn owls")


def test_missing_245_is_a_warning_not_a_crash() -> None:
    rec = one(record(field("100", "1 ", "aMarsh, Jo.")).as_marc())
    assert "title" not in rec.to_csl() and "marc-no-title" in codes(rec)


def test_marc8_label_with_utf8_bytes() -> None:
    r = book(field("500", "  ", "aNote on Ærø and Øresund."))
    data = bytearray(r.as_marc())
    data[9] = ord(" ")  # say MARC-8
    rec = one(bytes(data))
    assert "marc-encoding-mislabelled" in codes(rec)
    assert "Ærø" in rec.record.raw


def test_marc8_record_decoded() -> None:
    # MARC-8: combining acute (0xE2) before its base letter
    body = b"10\x1faCaf\xe2e society.\x1e"
    data = _iso(b"00000nam  2200000   4500", [(b"245", body)])
    assert one(data).to_csl()["title"] == "Café society"


def test_marc8_escape_at_the_end_of_a_field_is_no_crash() -> None:
    # an escape byte with nothing after it: pymarc's converter raises; the value is read
    # without the broken escape
    body = b"10\x1faHarbour tides.\x1b\x1e"
    data = _iso(b"00000nam  2200000   4500", [(b"245", body)])
    assert one(data).to_csl()["title"] == "Harbour tides"


def test_control_characters_removed() -> None:
    rec = one(record(field("245", "00", "aOwl\x07s of\x0b the night.")).as_marc())
    assert rec.to_csl()["title"] == "Owl s of the night"
    assert "marc-control-characters" in codes(rec)


def test_huge_value_is_cut_with_a_diagnostic() -> None:
    rec = one(record(field("245", "00", "aT."), field("520", "  ", "a" + "word " * 9000)).to_xml()
              if hasattr(pymarc.Record, "to_xml") else pymarc.record_to_xml(
                  record(field("245", "00", "aT."), field("520", "  ", "a" + "word " * 9000))))  # fmt: skip
    assert "marc-value-truncated" in codes(rec)


def _iso(leader: bytes, fields: list[tuple[bytes, bytes]]) -> bytes:
    directory, data = b"", b""
    for tag, body in fields:
        directory += tag + b"%04d%05d" % (len(body), len(data))
        data += body
    base = 24 + len(directory) + 1
    total = base + len(data) + 1
    lead = b"%05d" % total + leader[5:12] + b"%05d" % base + leader[17:]
    return lead + directory + b"\x1e" + data + b"\x1d"


# --- formats ------------------------------------------------------------------------------


def test_same_csl_from_every_format() -> None:
    r = book(field("650", " 0", "aBarn owl."))
    want = csl(r)
    xml = pymarc.record_to_xml(r, namespace=True)
    oai = (b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record>'
           b"<header><identifier>x</identifier></header><metadata>" + xml
           + b"</metadata></record></ListRecords></OAI-PMH>")  # fmt: skip
    for data in (xml, oai, r.as_json().encode(), str(r).encode()):
        assert one(data).to_csl() == want


def test_detects_formats() -> None:
    from comet.marc import detect_format

    r = book()
    assert detect_format(r.as_marc()) == "marc21"
    assert detect_format(pymarc.record_to_xml(r)) == "marcxml"
    assert detect_format(r.as_json().encode()) == "marcjson"
    assert detect_format(str(r).encode()) == "mrk"
    assert detect_format(b"hello") is None


def test_json_lines_and_arrays() -> None:
    a, b = book(), record(field("245", "00", "aSecond."))
    lines = (a.as_json() + "\n" + "{not json\n" + b.as_json() + "\n").encode()
    rows = list(read_marc(lines))
    assert [type(x).__name__ for x in rows] == ["MarcRecord", "ReadError", "MarcRecord"]
    assert rows[1].position == 2  # type: ignore[union-attr]
    array = ("[" + a.as_json() + "," + b.as_json() + "]").encode()
    assert [type(x).__name__ for x in read_marc(array)] == ["MarcRecord", "MarcRecord"]


def test_breaker_escapes_and_several_records() -> None:
    text = ("=LDR  00000nam a2200000 a 4500\n=245  10$aPrices in {dollar} :$bowls.\n\n"
            "=LDR  00000nam a2200000 a 4500\n=245  00$aSecond.\n")  # fmt: skip
    rows = list(read_marc(text.encode()))
    assert [r.to_csl()["title"] for r in rows] == ["Prices in $: owls", "Second"]  # type: ignore[union-attr]


# --- broken input ---------------------------------------------------------------------------


def test_one_broken_record_gives_all_others_and_one_error_row() -> None:
    good = [record(field("245", "00", f"aRecord {i}.")).as_marc() for i in range(4)]
    broken = good[1][:60]  # cut short: no terminator; the next record follows
    data = good[0] + broken + good[2] + b"garbage\x1d" + good[3]
    rows = list(read_marc(data))
    kinds = [(type(r).__name__, r.position) for r in rows]
    assert kinds == [("MarcRecord", 1), ("ReadError", 2), ("MarcRecord", 3), ("ReadError", 4),
                     ("MarcRecord", 5)]  # fmt: skip
    assert [r.to_csl()["title"] for r in rows if isinstance(r, MarcRecord)] == [
        "Record 0", "Record 2", "Record 3"]  # fmt: skip
    assert "truncated" in str(rows[1])


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "marc-empty"),
        (b"just some words\n", "not-marc"),
        (b"00100nam a2200037 a 4500XXX", "marc-truncated"),
        (b"<collection><foo/></collection>", "marc-no-record"),
        (b"<collection><record><leader>x", "marc-bad-xml"),
        (b'{"fields": []}', "marc-no-leader"),
        (b'{"leader": "00000nam a2200000 a 4500", "fi', "marc-bad-json"),
    ],
)
def test_bad_input_gives_an_error_row(data: bytes, code: str) -> None:
    rows = list(read_marc(data))
    assert rows and isinstance(rows[-1], ReadError) and rows[-1].code == code


def test_bad_directory_and_offsets() -> None:
    data = bytearray(book().as_marc())
    data[24:27] = b"2?5"
    (row,) = read_marc(bytes(data))
    assert isinstance(row, ReadError) and row.code == "marc-bad-directory"
    shifted = bytearray(book().as_marc())
    shifted[24 + 7 : 24 + 12] = b"00003"  # the first field's offset is wrong
    rec = one(bytes(shifted))
    assert "marc-directory-offsets" in codes(rec) and rec.to_csl()["title"].startswith("A guide")


def test_wrong_leader_length_is_read_with_a_diagnostic() -> None:
    data = b"0o6l5" + book().as_marc()[5:]
    rec = one(data)
    assert "marc-leader-record-length" in codes(rec)


def test_parse_marc_strict() -> None:
    assert parse_marc(book().as_marc()).to_csl()["title"].startswith("A guide")
    with pytest.raises(ParseError):
        parse_marc(b"not a record")


def test_country_codes() -> None:
    assert country_code("nyu") == "US-NY" and country_code("fr ") == "FR"
    assert country_code("enk") == "GB-ENG" and country_code("xx ") is None


def test_file_objects_and_paths(tmp_path: object) -> None:
    import pathlib

    p = pathlib.Path(str(tmp_path)) / "two.mrc"
    p.write_bytes(book().as_marc() + book().as_marc())
    assert len(list(read_marc(p))) == 2
    assert len(list(read_marc(io.BytesIO(p.read_bytes())))) == 2
    assert len(list(read_marc(str(p)))) == 2


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from comet.marc import _deps

    _deps.require_pymarc.cache_clear()
    monkeypatch.setitem(sys.modules, "pymarc", None)
    try:
        with pytest.raises(_deps.MissingExtraError, match=r"comet-meta\[marc\]"):
            list(read_marc(book().as_marc()))
    finally:
        monkeypatch.undo()
        _deps.require_pymarc.cache_clear()


def test_to_dict_is_json() -> None:
    json.dumps(one(book().as_marc()).to_dict())


def test_huge_garbage_without_terminator_is_skipped() -> None:
    from comet.marc.binary import MAX_RECORD

    good = record(field("245", "00", "aAfter the flood.")).as_marc()
    data = b"00100nam a2200037 a 4500" + b"x" * (3 * MAX_RECORD) + b"\x1d" + good
    rows = list(read_marc(data))
    assert len(rows) == 2
    assert isinstance(rows[0], ReadError) and rows[0].code == "marc-record-too-long"
    assert isinstance(rows[-1], MarcRecord) and rows[-1].to_csl()["title"] == "After the flood"


def test_oai_pmh_deleted_records_and_unnamespaced_marcxml() -> None:
    xml = pymarc.record_to_xml(book(), namespace=False)
    oai = (b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>'
           b'<record><header status="deleted"><identifier>gone</identifier></header></record>'
           b"<record><header><identifier>x</identifier></header><metadata>" + xml
           + b"</metadata></record></ListRecords></OAI-PMH>")  # fmt: skip
    rows = list(read_marc(oai))
    assert len(rows) == 1 and isinstance(rows[0], MarcRecord)
    assert rows[0].to_csl()["title"].startswith("A guide to barn owls")


def test_xml_error_keeps_the_records_before_it() -> None:
    one_xml = pymarc.record_to_xml(book(), namespace=True)
    data = b"<collection>" + one_xml + one_xml[: len(one_xml) // 2]
    rows = list(read_marc(data))
    assert isinstance(rows[0], MarcRecord)
    assert isinstance(rows[-1], ReadError) and rows[-1].code == "marc-bad-xml"
    assert rows[-1].position == 2


@pytest.mark.parametrize(
    ("term", "role"),
    [("Hrsg.", "editor"), ("éd.", "editor"), ("red.", "editor"), ("Übers.", "translator"),
     ("trad.", "translator"), ("ill.", "illustrator")],
)  # fmt: skip
def test_relator_terms_in_the_cataloguing_language(term: str, role: str) -> None:
    item = csl(record(field("245", "00", "aT."), field("700", "1 ", "aVoss, Ilse,", f"e{term}")))
    assert item[role] == [{"family": "Voss", "given": "Ilse"}]


def test_marc_hash_fields() -> None:
    data = json.dumps({"type": "marc-hash", "version": [1, 0],
                       "leader": "00000nam a2200000 a 4500",
                       "fields": [["001", "h-1"], ["245", "1", "0", [["a", "Owls :"], ["b", "a hash."]]]]})  # fmt: skip
    rec = one(data)
    assert rec.to_csl()["title"] == "Owls: a hash" and rec.control_number == "h-1"
