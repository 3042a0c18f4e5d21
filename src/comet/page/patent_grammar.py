"""A patent document's grammar: its INID codes, its labels and its publication number.

Every patent office prints a document's bibliographic data the same way (WIPO ST.9): each
datum after its INID code in brackets, ``(72) Inventor:``, ``[11] Patent Number:``, the code
the same in every language, the label the office's; web copies of the data (an office's
full-text page, a patent search portal, a repository's record) keep the labels, ``Inventors:``,
``Erfinder:``, ``Inventeur(s) :``, ``发明人：``, ``発明者``, with or without the codes. The
codes and the labels are locale data (``[patents]``: the codes in ``mul.toml``, the labels
in each language's file): this module tells, for one segment of a line, which datum it
opens and where its value starts.

A publication number (WIPO ST.3 and ST.16) is an office's code (``[patents].offices``:
``US``, ``EP``, ``WO``, ``CN``, ``JP``, ``DE``, ``KR``), the number in its office's groups
(``5,123,456``, ``2019/0123456``, ``1 234 567``, ``10 2019 123 456``, ``10-2019-0012345``)
and a kind code (``A1``, ``B2``, ``U``), apart or glued (``US5123456A``, ``EP1234567B1``);
after a number's label or code the office may be left out (``Patent Number: 5,123,456``).

Names of inventors are printed ``Family; Given (City, ST)`` (the US office's order),
``Given Family (City, ST)``, ``Family, Given [CC]`` or, in the capitals of a patent
database, ``FAMILY GIVEN [CC]``: the places in brackets are dropped, a semicolon inside one
name is its comma, and the existing name parser reads the rest.

Pure and I/O-free; every function accepts any ``str``.
"""

from __future__ import annotations

import functools
import re

import attrs

from comet import locales as _loc
from comet.names import Person, parse_names

__all__ = [
    "LABEL_ROLES",
    "Opening",
    "inventor_names",
    "line_openings",
    "patent_number",
]

#: the roles of a patent head's labels (``[patents]`` keys): the work's inventors, its
#: applicant, its number and date, a filing or priority date, an application's number and
#: the title
LABEL_ROLES = ("inventor", "applicant", "number", "date", "filed", "application", "title")
#: the roles the INID codes of ``mul.toml`` name (``inid_<role>``)
INID_ROLES = ("inventor", "applicant", "number", "date", "title")
#: the fewest and the most digits of a publication number
MIN_DIGITS, MAX_DIGITS = 5, 15
#: the most words of a number closing a line (an office, four groups and a kind code:
#: ``DE 10 2019 123 456 A1``)
CLOSING_WORDS = 6
#: the longest segment read as a label and its value (a name list may be long)
MAX_SEGMENT = 600

#: an INID code in brackets (WIPO ST.9 codes are two digits), at a line's start or after a
#: space, followed by a space or the line's end
_INID = re.compile(r"(?:^|(?<=\s))[\[(（](\d\d)[\])）](?=\s|$)")
#: a kind code closing a number (WIPO ST.16: a capital and at most one digit)
_KIND = r"[A-Z]\d?"
#: a bare number: groups of three after commas (``5,123,456``) or five digits or more
_BARE = r"\d{1,3}(?:,\d{3}){1,4}|\d{5,15}"


@functools.cache
def _number_re(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A publication number whole: an office's code and its number (groups apart by a
    space, a comma, a dot, a slash or a hyphen), a kind code after it; or a bare number."""
    offices = _loc.alternation(_loc.terms_of("patents", rules, "offices")) or "(?!)"
    prefixed = (
        rf"(?P<office>{offices})(?P<gap>[ -]?)(?P<body>\d(?:[ ,./-]?\d)+)"
        rf"(?:(?P=gap)(?P<kind>{_KIND})|(?<=\d)(?P<glued>{_KIND}))?"
    )
    return re.compile(rf"(?:{prefixed}|(?P<bare>{_BARE})(?:\s(?P<bkind>{_KIND}))?)")


def patent_number(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """``text`` (stripped) when it is a publication number whole (see the module's
    docstring: ``US 5,123,456``, ``EP 1 234 567 B1``, ``US5123456A``, ``5,123,456``),
    else ``None``."""
    value = text.strip()
    if not value or len(value) > 40:
        return None
    m = _number_re(rules).fullmatch(value)
    if m is None:
        return None
    digits = sum(ch.isdigit() for ch in m["body"] or m["bare"])
    if not MIN_DIGITS <= digits <= MAX_DIGITS:
        return None
    return value


def number_at_start(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The publication number with its office's code and a kind code glued to it
    (``US5123456A``, ``EP1234567B1``: a database's key) opening ``text`` before a space, a
    dash or the end, else ``None``."""
    m = _number_re(rules).match(text)
    if m is None or m["office"] is None or m["gap"] or not (m["kind"] or m["glued"]):
        return None
    rest = text[m.end() :]
    if rest and not rest[0].isspace():
        return None
    return patent_number(m.group(), rules)


def number_closing(text: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[int, str] | None:
    """The publication number closing ``text`` after a space (``United States Patent
    5,123,456``) with its offset, else ``None``: the longest such tail that is one."""
    words = [m.start() for m in re.finditer(r"(?<=\s)\S", text)]
    for start in words[-CLOSING_WORDS:]:  # (the longest tail first)
        found = patent_number(text[start:], rules)
        if found is not None:
            return start, found
    return None


@functools.cache
def _label_re(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A label of the locales' ``[patents]`` (in ``【…】`` or not), then its colon, the
    segment's end or a note in brackets (``Priority date (an assumption)``); its role in
    the group of its key's name."""
    parts = []
    for role in LABEL_ROLES:
        terms = _loc.terms_of("patents", rules, role)
        if terms:
            parts.append(f"(?P<{role}>{_loc.alternation(terms)})")
    if not parts:
        return None
    return re.compile(
        rf"[【\[]?(?:{'|'.join(parts)})[】\]]?(?:\s*[:：]\s*|\s*$|(?<=[】\]])|(?=\s\())",
        re.IGNORECASE,
    )


@functools.cache
def _inid_roles(rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
    """INID code -> role (``mul.toml``'s ``inid_<role>`` keys)."""
    out: dict[str, str] = {}
    for role in INID_ROLES:
        for code in _loc.terms_of("patents", rules, f"inid_{role}"):
            out.setdefault(code, role)
    return out


@attrs.frozen
class Opening:
    """A datum a line opens: its role (``other`` for an INID code of no role read), the
    offsets in the line of its code's or label's start and of its value's, whether an INID
    code opened it (else a label alone)."""

    role: str
    start: int
    value_start: int
    coded: bool


def _label_at(text: str, start: int, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, int] | None:
    """The role of a ``[patents]`` label at ``start`` of ``text`` and where its value
    starts, else ``None``."""
    pattern = _label_re(rules)
    m = pattern.match(text, start) if pattern is not None else None
    if m is None or m.lastgroup is None:
        return None
    return m.lastgroup, m.end()


def line_openings(text: str, rules: tuple[_loc.LocaleRules, ...]) -> list[Opening]:
    """The data a line opens, in order: one after each INID code (its role the code's,
    or its label's where the code has none read, ``other`` else), or one after a
    ``[patents]`` label opening the line; each value runs to the next opening."""
    if len(text) > MAX_SEGMENT * 4:
        return []
    roles = _inid_roles(rules)
    out: list[Opening] = []
    for m in _INID.finditer(text):
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
        label = _label_at(text, start, rules)
        role = roles.get(m.group(1)) or (label[0] if label is not None else "other")
        out.append(Opening(role, m.start(), label[1] if label is not None else start, True))
    if out:
        return out
    lead = len(text) - len(text.lstrip())
    label = _label_at(text, lead, rules)
    return [Opening(label[0], lead, label[1], False)] if label is not None else []


#: a place in brackets after a name (``(Redwood City, CA)``, ``[US]``), with the list's
#: comma or semicolon after it
_PLACE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*[,;]?\s*")
#: a list's bullet before a name
_BULLET = re.compile(r"^[\s•·*▪-]+")
#: a name in capitals of two words or more (a database's ``HAWKINS JEFFREY C``)
_CAPITALS = re.compile(r"[^\W\d_a-z]+(?:[ '-][^\W\d_a-z]+)+")


def _one_name(item: str) -> str:
    """One inventor's name as the name parser reads it: a semicolon between the family
    and the given name made a comma; a name in capitals, family first, given a comma."""
    name = _BULLET.sub("", item).strip(" ,;")
    if name.count(";") == 1 and "," not in name:
        return name.replace(";", ",")
    if "," not in name and _CAPITALS.fullmatch(name) and any(c.isalpha() for c in name):
        family, _, given = name.partition(" ")
        return f"{family}, {given}"
    return name


#: a list's semicolons, in the Latin script's and a full-width form
_SEMICOLON = re.compile(r"[;；]")


def _listed(text: str) -> list[str]:
    """A value's names apart where no place in brackets parts them: ``Family, Given,
    City, CC; …`` (a register's: each name's first two parts), or ``Family; Given, …`` (a
    semicolon inside each name: parted at the commas), else the value whole."""
    semis = _SEMICOLON.split(text)
    if len(semis) > 1 and all("," in it for it in semis):
        return [", ".join(it.split(",")[:2]) for it in semis]
    commas = text.split(",")
    if len(commas) > 1 and all(len(_SEMICOLON.findall(it)) == 1 for it in commas):
        return commas
    return [text]


def inventor_names(value: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[Person, ...]:
    """The persons of an inventors' value (see the module's docstring), their places
    dropped; no name for a value with no letter."""
    text = value.strip()[: MAX_SEGMENT * 2]
    if not any(ch.isalpha() for ch in text):
        return ()
    if _PLACE.search(text):
        items = [_one_name(it) for it in _PLACE.split(text)]
    else:
        items = [_one_name(it) for it in _listed(text)]
    joined = "; ".join(it for it in items if any(ch.isalpha() for ch in it))
    if not joined:
        return ()
    found = parse_names(joined, locales=rules, strict=False).value
    persons = found.persons if found is not None else ()
    return tuple(p for p in persons if p.family or p.literal)
