"""The MARC tag/subfield → CSL mapping of :mod:`comet.page.marc_view`, as data.

``marc_fields.toml`` (beside this module) says which tags, indicators and subfields give
each CSL field, the relator terms and codes of each CSL name role, the leader codes of each
CSL type and the words that mean "not known" in an imprint.  :func:`load_map` reads it once
and validates it: a wrong key or value raises :class:`~comet.errors.LocaleDataError` naming
the file and the key.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

from comet.errors import LocaleDataError
from comet.formats.csl import CSL_TYPES

__all__ = ["MarcMap", "NameRule", "UnimarcRule", "load_map"]

#: CSL 1.0.2 name variables (a MARC name takes one of them).
CSL_ROLES = frozenset({
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editorial-director", "executive-producer",
    "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author",
    "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator",
    "translator",
})  # fmt: skip
_WHERE = "marc_fields.toml"
_SECTIONS = frozenset({
    "detect", "control", "type", "title", "names", "relators", "imprint", "fields", "series",
    "extent", "language", "isbd", "record", "labels", "unimarc",
})  # fmt: skip
_FIELDS = frozenset({
    "edition", "extent", "isbn", "issn", "doi", "language", "keywords", "vernacular", "abstract",
    "url",
})  # fmt: skip


@attrs.frozen
class NameRule:
    role: str
    form: str  # person, organisation, meeting
    subfields: tuple[str, ...]
    terms: str = "e"  # the relator term subfield ($j for meetings)
    codes: str = "4"  # the relator code subfield


@attrs.frozen
class FieldRule:
    tags: tuple[str, ...]
    subfields: tuple[str, ...] = ("a",)
    ind1: str | None = None
    source: str | None = None
    source_value: str | None = None


@attrs.frozen
class UnimarcRule:
    """A UNIMARC field read as a MARC 21 one: its MARC 21 tag, second indicator (``None``:
    kept), subfield codes (UNIMARC → MARC 21; others dropped) and whether it is a personal
    name (``$a`` entry element and ``$b`` rest of name become one inverted ``$a``)."""

    to: str
    subfields: Mapping[str, str]
    name: bool = False
    ind2: str | None = None


@attrs.frozen
class MarcMap:
    title_tag: str
    min_fields: int
    leader_tags: frozenset[str]
    control_tags: frozenset[str]
    fixed_tag: str
    date_pos: tuple[int, int]
    language_pos: tuple[int, int]
    record_types: Mapping[str, str]
    level_types: Mapping[str, str]
    textual: frozenset[str]
    thesis_tags: frozenset[str]
    thesis_of: frozenset[str]
    book_tags: frozenset[str]
    serial_tags: frozenset[str]
    title_subfields: tuple[str, ...]
    names: Mapping[str, NameRule]
    skip_title_subfield: str
    skip_ind2: frozenset[str]
    relators: Mapping[str, str]
    imprint: tuple[tuple[str, str], ...]
    place: str
    publisher: str
    date: str
    absent: frozenset[str]
    fields: Mapping[str, FieldRule]
    series: tuple[tuple[str, str, str], ...]
    page_units: frozenset[str]
    ignore_languages: frozenset[str]
    keep_period_after: frozenset[str]
    remove_phrases: tuple[str, ...]
    #: whole-record rules of :mod:`comet.marc` (``[record]``: 008 positions, 502, 773, 880)
    record: Mapping[str, Any] = attrs.field(factory=dict)
    #: subfield names of a labelled MARC view: tag → ((name, code), …); control-field names
    labels: Mapping[str, tuple[tuple[str, str], ...]] = attrs.field(factory=dict)
    control_labels: tuple[str, ...] = ()
    #: names of rows that print one leader position's code (leader/06, leader/07): name → position
    leader_labels: tuple[tuple[str, int], ...] = ()
    #: a labelled view's unnamed rows by place: tag → ((ISBD mark ending the row before, the
    #: next row's code, a code that must come before it or ""), …)
    label_marks: Mapping[str, tuple[tuple[str, str, str], ...]] = attrs.field(factory=dict)
    #: the UNIMARC crosswalk: its title tag, tag → rule, and where 100 keeps date 1
    unimarc_title: str = "200"
    unimarc: Mapping[str, UnimarcRule] = attrs.field(factory=dict)
    unimarc_dates: tuple[str, str, int, int] | None = None


def _fail(key: str, message: str) -> LocaleDataError:
    return LocaleDataError(_WHERE, key, message)


def _tag(value: Any, key: str) -> str:
    if not isinstance(value, str) or len(value) != 3 or not value.isalnum():
        raise _fail(key, f"expected a three-character MARC tag, got {value!r}")
    return value


def _strs(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(key, "expected a list of strings")
    return tuple(value)


def _codes(value: Any, key: str) -> tuple[str, ...]:
    codes = _strs(value, key)
    if not codes or any(len(c) != 1 or not c.isalnum() for c in codes):
        raise _fail(key, "expected a list of one-character subfield codes")
    return codes


def _table(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise _fail(key, "expected a table")
    return value


def _span(value: Any, key: str) -> tuple[int, int]:
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int) for v in value) or not 0 <= value[0] < value[1]):  # fmt: skip
        raise _fail(key, "expected [start, end] character positions")
    return value[0], value[1]


def _csl_types(value: Any, key: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _fail(key, "expected a table of codes to CSL types")
    for code, t in value.items():
        if len(code) != 1 or t not in CSL_TYPES:
            raise _fail(f"{key}.{code}", f"expected a one-letter code and a CSL type, got {t!r}")
    return dict(value)


def _label_marks(table: Any) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """``[labels.by_place]``: tag → ([ISBD mark, code] or [mark, code, code before], …)."""
    if not isinstance(table, dict):
        raise _fail("labels.by_place", "expected a table of tag = [[mark, code], …]")
    out: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for tag, rules in table.items():
        key = f"labels.by_place.{tag}"
        _tag(tag, key)
        if not isinstance(rules, list) or not all(
            isinstance(r, list) and len(r) in (2, 3) and all(isinstance(x, str) for x in r)
            for r in rules
        ):
            raise _fail(key, "expected a list of [mark, code] or [mark, code, code before]")
        out[tag] = tuple(
            (r[0], _codes(r[1:2], key)[0], _codes(r[2:], key)[0] if len(r) == 3 else "")
            for r in rules
        )
    return out


def _labels(
    data: Mapping[str, Any],
) -> tuple[
    dict[str, tuple[tuple[str, str], ...]],
    tuple[str, ...],
    tuple[tuple[str, int], ...],
    dict[str, tuple[tuple[str, str, str], ...]],
]:
    """``[labels]``: tag → ((subfield name, code), …), the control-field names, the
    names of leader-position rows (name → position) and the codes of unnamed rows by place."""
    table = data.get("labels", {})
    if not isinstance(table, dict):
        raise _fail("labels", "expected a table")
    control = _strs(table.get("control", []), "labels.control")
    leader: list[tuple[str, int]] = []
    positions = table.get("leader", {})
    if not isinstance(positions, dict):
        raise _fail("labels.leader", "expected a table of position = [names]")
    for pos, names in positions.items():
        if not pos.isdigit() or not 5 <= int(pos) <= 9:
            raise _fail(f"labels.leader.{pos}", "expected a leader position 5-9")
        leader.extend((n, int(pos)) for n in _strs(names, f"labels.leader.{pos}"))
    marks = _label_marks(table.get("by_place", {}))
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for tag, codes in table.items():
        if tag in ("control", "leader", "by_place"):
            continue
        _tag(tag, f"labels.{tag}")
        if not isinstance(codes, dict):
            raise _fail(f"labels.{tag}", "expected a table of subfield code = [names]")
        pairs: list[tuple[str, str]] = []
        for code, names in codes.items():
            _codes([code], f"labels.{tag}.{code}")
            pairs.extend((n, code) for n in _strs(names, f"labels.{tag}.{code}"))
        out[tag] = tuple(pairs)
    return out, control, tuple(leader), marks


def _unimarc(data: Mapping[str, Any]) -> tuple[str, dict[str, UnimarcRule],
                                                tuple[str, str, int, int] | None]:  # fmt: skip
    """``[unimarc]``: the title tag, the crosswalk rules and where 100 keeps date 1."""
    table = data.get("unimarc", {})
    if not isinstance(table, dict):
        raise _fail("unimarc", "expected a table")
    title = _tag(table.get("title", "200"), "unimarc.title")
    dates = None
    if "dates" in table:
        d = table["dates"]
        if not isinstance(d, dict):
            raise _fail("unimarc.dates", "expected { tag, code, year = [start, end] }")
        a, b = _span(d.get("year"), "unimarc.dates.year")
        dates = (_tag(d.get("tag"), "unimarc.dates.tag"),
                 _codes([d.get("code", "a")], "unimarc.dates.code")[0], a, b)  # fmt: skip
    rules: dict[str, UnimarcRule] = {}
    for tag, rule in table.items():
        if tag in ("title", "dates"):
            continue
        _tag(tag, f"unimarc.{tag}")
        if not isinstance(rule, dict) or not isinstance(rule.get("subfields", {}), dict):
            raise _fail(f"unimarc.{tag}", "expected { to = <tag>, subfields = { code = code } }")
        subs = rule.get("subfields", {})
        for k, v in subs.items():
            _codes([k, v], f"unimarc.{tag}.subfields")
        ind2 = rule.get("ind2")
        if ind2 is not None and (not isinstance(ind2, str) or len(ind2) != 1):
            raise _fail(f"unimarc.{tag}.ind2", "expected one character")
        rules[tag] = UnimarcRule(_tag(rule.get("to"), f"unimarc.{tag}.to"), dict(subs),
                                 bool(rule.get("name", False)), ind2)  # fmt: skip
    return title, rules, dates


def parse_map(data: Mapping[str, Any]) -> MarcMap:
    """A validated :class:`MarcMap` from the parsed TOML ``data``."""
    unknown = set(data) - _SECTIONS
    if unknown:
        raise _fail(sorted(unknown)[0], "unknown section")
    detect, control, typ = _table(data, "detect"), _table(data, "control"), _table(data, "type")
    names: dict[str, NameRule] = {}
    for tag, rule in _table(data, "names").items():
        if tag == "skip":
            continue
        _tag(tag, f"names.{tag}")
        if not isinstance(rule, dict) or rule.get("role") not in CSL_ROLES:
            raise _fail(f"names.{tag}", "expected { role = <CSL name variable>, form, subfields }")
        if rule.get("form") not in ("person", "organisation", "meeting"):
            raise _fail(f"names.{tag}.form", "expected person, organisation or meeting")
        names[tag] = NameRule(
            rule["role"], rule["form"],
            _codes(rule.get("subfields", ["a"]), f"names.{tag}.subfields"),
            _codes([rule.get("terms", "e")], f"names.{tag}.terms")[0],
            _codes([rule.get("codes", "4")], f"names.{tag}.codes")[0],
        )  # fmt: skip
    skip = _table(_table(data, "names"), "skip")
    relators = dict(_table(data, "relators"))
    for term, role in relators.items():
        if role not in CSL_ROLES:
            raise _fail(f"relators.{term}", f"{role!r} is not a CSL name variable")
    imprint = _table(data, "imprint")
    sources = imprint.get("sources")
    if not isinstance(sources, list) or not all(
        isinstance(s, list) and len(s) == 2 and all(isinstance(x, str) for x in s) for s in sources
    ):
        raise _fail("imprint.sources", "expected a list of [tag, ind2] pairs")
    fields: dict[str, FieldRule] = {}
    for name, rule in _table(data, "fields").items():
        if name not in _FIELDS or not isinstance(rule, dict):
            raise _fail(f"fields.{name}", "unknown field or not a table")
        tags = rule.get("tags", [rule.get("tag")])
        fields[name] = FieldRule(
            tags=tuple(_tag(t, f"fields.{name}.tag") for t in tags),
            subfields=_codes(rule.get("subfields", ["a"]), f"fields.{name}.subfields"),
            ind1=rule.get("ind1"),
            source=rule.get("source"),
            source_value=rule.get("source_value"),
        )
    series: list[tuple[str, str, str]] = []
    for s in _table(data, "series").get("sources", []):
        if not isinstance(s, list) or len(s) != 3:
            raise _fail("series.sources", "expected a list of [tag, title code, number code]")
        title_code, number_code = _codes(s[1:], "series.sources")
        series.append((_tag(s[0], "series.sources"), title_code, number_code))
    isbd = data.get("isbd", {})
    keep = frozenset(
        w.casefold() for w in _strs(isbd.get("keep_period_after", []), "isbd.keep_period_after")
    )
    labels, control_labels, leader_labels, label_marks = _labels(data)
    unimarc_title, unimarc, unimarc_dates = _unimarc(data)
    min_fields = detect.get("min_fields")
    if not isinstance(min_fields, int) or min_fields < 1:
        raise _fail("detect.min_fields", "expected a positive integer")
    return MarcMap(
        title_tag=_tag(detect.get("title_tag"), "detect.title_tag"),
        min_fields=min_fields,
        leader_tags=frozenset(_strs(control.get("leader"), "control.leader")),
        control_tags=frozenset(
            _tag(t, "control.tags") for t in _strs(control.get("tags"), "control.tags")
        ),
        fixed_tag=_tag(control.get("fixed"), "control.fixed"),
        date_pos=_span(control.get("date"), "control.date"),
        language_pos=_span(control.get("language"), "control.language"),
        record_types=_csl_types(typ.get("record"), "type.record"),
        level_types=_csl_types(typ.get("level"), "type.level"),
        textual=frozenset(_strs(typ.get("textual"), "type.textual")),
        thesis_tags=frozenset(
            _tag(t, "type.thesis_tags") for t in _strs(typ.get("thesis_tags"), "type.thesis_tags")
        ),
        thesis_of=frozenset(_strs(typ.get("thesis_of"), "type.thesis_of")),
        book_tags=frozenset(
            _tag(t, "type.book_tags") for t in _strs(typ.get("book_tags", []), "type.book_tags")
        ),
        serial_tags=frozenset(
            _tag(t, "type.serial_tags")
            for t in _strs(typ.get("serial_tags", []), "type.serial_tags")
        ),
        title_subfields=_codes(_table(data, "title").get("subfields"), "title.subfields"),
        names=names,
        skip_title_subfield=str(skip.get("title_subfield", "t")),
        skip_ind2=frozenset(_strs(skip.get("ind2", []), "names.skip.ind2")),
        relators={k.casefold(): v for k, v in relators.items()},
        imprint=tuple((_tag(t, "imprint.sources"), i) for t, i in sources),
        place=_codes([imprint.get("place")], "imprint.place")[0],
        publisher=_codes([imprint.get("publisher")], "imprint.publisher")[0],
        date=_codes([imprint.get("date")], "imprint.date")[0],
        absent=frozenset(a.casefold() for a in _strs(imprint.get("absent"), "imprint.absent")),
        fields=fields,
        series=tuple(series),
        page_units=frozenset(_strs(_table(data, "extent").get("page_units"), "extent.page_units")),
        ignore_languages=frozenset(
            _strs(_table(data, "language").get("ignore"), "language.ignore")
        ),
        keep_period_after=keep,
        remove_phrases=tuple(p.casefold() for p in _strs(isbd.get("remove", []), "isbd.remove")),
        record=dict(data.get("record", {})),
        labels=labels,
        control_labels=control_labels,
        leader_labels=leader_labels,
        label_marks=label_marks,
        unimarc_title=unimarc_title,
        unimarc=unimarc,
        unimarc_dates=unimarc_dates,
    )


@functools.cache
def load_map() -> MarcMap:
    """The built-in mapping (``comet/page/marc_fields.toml``), read once."""
    text = resources.files("comet.page").joinpath(_WHERE).read_text("utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail("(file)", str(exc)) from exc
    return parse_map(data)
