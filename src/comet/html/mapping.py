"""Embedded metadata tags to typed field values, through comet's own field parsers.

The tag → field table is data (``tags.toml`` beside this module).  Each value goes through
the parser of its field — names in any order (:func:`comet.parse_name`), dates with their
precision (:func:`comet.parse_date`), DOIs from any URL (:func:`comet.parse_doi`), ISSN and
ISBN by their check digits, pages (:func:`comet.parse_pages`), languages
(:func:`comet.parse_language`) — and a value its parser rejects is *reported*
(``tag-rejected``, with the span of the tag in the HTML), never copied.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from comet.dates import PartialDate, parse_date
from comet.dates.years import CITATION_MIN_YEAR, year_pattern
from comet.diagnostics import Diagnostic, Severity
from comet.html._type_labels import _type, type_words
from comet.html.citation_tags import CITATION_DISCOUNT, citation_fields
from comet.html.embedded import Tag
from comet.html.table import tag_table
from comet.html.tag_calendars import other_calendar
from comet.html.tag_persons import _name_placeholders, _person, _persons, name_text, tag_role
from comet.html.tag_text import _HAS_WORD, _SPACE, _lenient, _text
from comet.html.tag_value import TagValue
from comet.identifiers import parse_doi, parse_isbn, parse_issn
from comet.keywords import parse_keywords
from comet.locators import find_locators, parse_pages
from comet.vocab import parse_language

__all__ = ["TagValue", "map_tags", "name_text"]

_CODE = re.compile(r"^[\w.\-/–() ]{1,40}$")
_PMID = re.compile(r"^\d{1,9}$")
_PMCID = re.compile(r"^(?:PMC)?(\d{1,9})$", re.I)
_ARXIV = re.compile(r"^(?:arXiv:)?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)$",
                    re.I)  # fmt: skip
_DOI_HINT = re.compile(r"10\.\d{4,9}(?:\.\d+)*/")
#: A PubMed id as an OpenURL ``info:`` URI (``info:pmid/12345678``).
#: An ``info:`` URI (RFC 4452: ``info:pmid/12345678``, ``info:arxiv/2101.01234``): its
#: namespace and its identifier; ``[info_uris]`` of ``tags.toml`` names the field of each
#: namespace read (``info:doi/`` is a DOI's, read as one).
_INFO_URI = re.compile(r"^\s*info:([a-z]{2,20})/(\S{1,100})\s*$", re.I)
#: An ISBN or an ISSN written with its scheme: a URN (``urn:isbn:…``, RFC 3187;
#: ``urn:issn:…``, RFC 3044) or a label (``ISBN 978…``, ``ISSN: 1234-5679``).
_BOOK_OR_SERIAL = re.compile(
    r"^\s*(?:urn:)?(isbn|issn)(?:\s*:\s*|\s+)([\dXx][\dXx\s-]{7,20})\s*$", re.I
)


#: What may stand between a container's name and the locator written after it: separators
#: and the year (``Comparative Zoology 2011 5: 1``, ``Acta Botanica, 2019, Vol. 3``).
_NAME_TAIL = re.compile(
    rf"[\s,;:.(]*(?:\(?\b{year_pattern(CITATION_MIN_YEAR, 2099)}\)?[\s,;:.]*)?$"
)


#: A locator's label: a word of two letters or more (``vol.``, ``Bd.``, ``No``), not a
#: series' part letter (``Part A 45``).
_LABEL_START = re.compile(r"[^\W\d_]{2,}")
#: Longest container tag value read as a name with a citation after it.
_CITATION_LENGTH = 300


#: A value that is an identifier, not a name: a link, a URN or an ``info:`` URI
#: (``https://hdl.handle.net/…``, ``urn:issn:…``) with no space in it.
_IDENTIFIER_VALUE = re.compile(r"^\s*(?:[a-z][\w+.-]*://|www\.|urn:|info:)\S*\s*$", re.I)


def _named(value: str) -> str | None:
    """A name tag's text (a publisher's, a series'), where it is no link or URN."""
    return None if _IDENTIFIER_VALUE.match(value) else _text(value)


def _container(value: str) -> str | None:
    """A container tag's name: the text without the locator written after the name, as
    platforms fill ``DC.Source`` with the source's citation (``Tarn Journal of Botany; Vol 5,
    No 2 (2011)``, ``Comparative Zoology 2011 5: 1``): a locator of the locators' grammar
    (:func:`comet.find_locators`) that ends the value and gives two of volume, issue,
    pages and year, or begins with its label (``vol. 4``)."""
    text = _named(value)
    if text is None or len(text) > _CITATION_LENGTH or not any(c.isdigit() for c in text):
        return text
    for m in find_locators(text):
        if m.end < len(text.rstrip(" .;,")):
            continue
        loc = m.value
        parts = sum(x is not None for x in (loc.volume, loc.issue, loc.pages, loc.issued))
        if parts < 2 and (loc.part is not None or not _LABEL_START.match(text, m.start)):
            # one number without its label, or after a part (``Transportation Research
            # Part A 45``: the part is the journal's own name)
            return text
        head = _NAME_TAIL.sub("", text[: m.start])
        return head if len(_HAS_WORD.findall(head)) >= 3 else text
    return text


_YEAR_FIRST = re.compile(r"^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$")
#: ISO 8601's basic form, a day written without separators (``20160518``)
_ISO_BASIC = re.compile(r"^([12]\d{3})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")


def _date(value: str) -> PartialDate | None:
    # ISO timestamps: the date part only (the time is not a date precision)
    head = value.strip()
    if len(head) > 10 and head[4:5] == "-" and head[10:11] in ("T", " "):
        head = head[:10]
    m = _YEAR_FIRST.match(head) or _ISO_BASIC.match(head)
    if m:  # numeric, year first (2021/08, 2020/01/02, 20200102): unambiguous, as ISO
        head = "-".join(f"{int(x):02d}" if i else x for i, x in enumerate(m.groups()) if x)
    d = _lenient(parse_date, head)
    return d if isinstance(d, PartialDate) else None


def _doi(value: str) -> Any:
    if not _DOI_HINT.search(value):
        return None
    return _lenient(parse_doi, value.strip().removeprefix("info:doi/").removeprefix("doi:"))


def _code(value: str) -> str | None:
    v = _SPACE.sub(" ", value).strip()
    return v if v and _CODE.match(v) and _HAS_WORD.search(v) else None


_COUNT = re.compile(r"\s*(\d{1,5})\s*")


def _page_count(value: str) -> str | None:
    """A number of pages: a whole number alone (``312``), not zero."""
    m = _COUNT.fullmatch(value)
    return m.group(1) if m and int(m.group(1)) > 0 else None


def _pmcid(value: str) -> str | None:
    m = _PMCID.match(value.strip())
    return f"PMC{m.group(1)}" if m else None


def _arxiv(value: str) -> str | None:
    m = _ARXIV.match(value.strip())
    return f"arXiv:{m.group(1)}" if m else None


def _language(value: str) -> str | None:
    lang = _lenient(parse_language, value.strip())
    return str(lang.tag) if lang is not None else None


def _keywords(value: str) -> tuple[Any, ...] | None:
    kws = _lenient(parse_keywords, value)
    return tuple(kws) if kws else None


def _url(value: str) -> str | None:
    v = value.strip()
    return v if v.startswith(("http://", "https://")) and " " not in v else None


#: The parser of each field kind.
PARSERS: Mapping[str, Callable[[str], Any]] = {
    "title": _text, "container-title": _container, "container-title-short": _named,
    "collection-title": _named, "publisher": _named, "publisher-place": _text, "edition": _text,
    "event-title": _text, "abstract": _text, "site-name": _text, "web-type": _text,
    "byline": _text, "heading": _text,
    "author": _person, "editor": _person, "authors": _persons, "editors": _persons,
    "reviewed-title": _text, "reviewed-author": _person, "genre": _text,
    "translator": _person, "illustrator": _person,
    "issued": _date, "issued-online": _date, "issued-cover": _date, "issued-other": _date, "issued-page": _date,
    "DOI": _doi, "ISSN": lambda v: _lenient(parse_issn, v), "ISBN": lambda v: _lenient(parse_isbn, v),
    "first-page": _code, "last-page": _code, "page": lambda v: _lenient(parse_pages, v),
    "volume": _code, "issue": _code, "number": _code,
    "PMID": lambda v: v.strip() if _PMID.match(v.strip()) else None, "PMCID": _pmcid,
    "arxiv": _arxiv, "language": _language, "keyword": _keywords, "type": _type, "URL": _url,
    "number-of-pages": _page_count,
}  # fmt: skip

#: Longest tag value whose typed value is remembered (:func:`_parsed`).
MEMO_LENGTH = 300


def _parsed(field: str, value: str) -> Any:
    """``PARSERS[field](value)``; remembered for short values (a site's language, type and
    journal tags repeat on each of its pages; every parser is pure, its value immutable)."""
    if len(value) <= MEMO_LENGTH:
        return _parsed_memo(field, value)
    return PARSERS[field](value)


@functools.lru_cache(maxsize=8192)
def _parsed_memo(field: str, value: str) -> Any:
    return PARSERS[field](value)


#: Fields whose tags name persons.
_NAME_FIELDS = frozenset({"author", "editor", "translator", "illustrator", "reviewed-author"})
#: Fields whose tags may hold an ISBN or an ISSN by its scheme (``DC.identifier``, a
#: ``DC.source`` written ``urn:ISSN:…``).
_SERIAL_FIELDS = frozenset({"DOI", "container-title", "collection-title"})
#: Page fields, and a value of them that is zeros alone (``0``, ``0-0``): no page.
_PAGE_FIELDS = frozenset({"first-page", "last-page", "page"})
_NO_PAGE = re.compile(r"^\s*0+(?:\s*[-–]\s*0+)?\s*$")


#: Fields whose failure is worth a warning (an identifier that fails its check digit, a
#: date that is not a date); other rejections (``dc.identifier`` holding a URL) are info.
_WARN = frozenset({"ISSN", "ISBN", "issued", "issued-online", "issued-cover", "author", "PMID"})


#: The number part of a series tag's value written ``Series;Number`` (a number label
#: before the number, ``No. 12``, ``Nr. 4``, is dropped; a number glued to its letters,
#: ``WPS9876``, stays).
_SERIES_NUMBER = re.compile(
    r"(?:[^\W\d_]{1,6}(?:\.\s*|\s+))?(?P<number>[^;\s]{0,30}\d[^;\s]{0,30})"
)
_LETTER = re.compile(r"[^\W\d_]")
#: A series tag's number that is a year alone: no work's number.
_YEAR_NUMBER = re.compile(r"(?:1[5-9]|20)\d\d")


def _series_number(tag: Tag) -> tuple[str, str] | None:
    """The series and the work's number of a series tag written ``Series;Number``
    (DSpace's ``dc.relation.ispartofseries``: ``Policy Notes;No. 12`` → ``Policy Notes``,
    ``12``); ``None`` for a series alone."""
    if tag.value.count(";") != 1:
        return None
    series, _, number = (x.strip() for x in tag.value.partition(";"))
    m = _SERIES_NUMBER.fullmatch(number)
    if m is None or _LETTER.search(series) is None:
        return None
    return series, m.group("number")


def map_tags(tags: Iterable[Tag], diags: list[Diagnostic]) -> list[TagValue]:
    """Typed values of the tags whose name is in the table; rejected values reported."""
    table = tag_table()
    fields, weights = table.fields, table.weights
    out: list[TagValue] = []
    tags = list(tags)
    # an item type whose number tag is the work's own number (EPrints' ``monograph``: a
    # report's number, not an issue's)
    numbered = any(
        t.value.strip().lower() in table.numbered_types[t.name]
        for t in tags
        if t.name in table.numbered_types
    )
    other_dates = _other_dates(tags)
    given = {t.name for t in tags if t.value.strip()}
    for tag in tags:
        field = fields.get(tag.name)
        if field is None or not tag.value.strip():
            continue
        if not given.isdisjoint(table.fallbacks.get(tag.name, ())):
            continue  # a weaker tag of the field beside the one that states it
        if field == "citation":
            titles = [t.value for t in tags if fields.get(t.name) == "title"]
            weight = weights.get(tag.family, 0.5) - CITATION_DISCOUNT
            for name, text in citation_fields(tag.value, titles):
                if (typed := _parsed(name, text)) is not None:
                    out.append(TagValue(name, typed, tag, weight))
            continue
        if field == "issued" and tag.name in other_dates:
            field = "issued-other"  # the kind tag says: a date, not the work's publication
        if numbered and tag.name in table.numbered_tags:
            field = "number"
        if tag.name in table.series_numbered and (split := _series_number(tag)) is not None:
            series, number = split
            if not _YEAR_NUMBER.fullmatch(number):  # ('Annual Reports;2019': a year, no number)
                out.append(TagValue("series-number", number, tag, weights.get(tag.family, 0.5)))
            tag = attrs.evolve(tag, value=series)
        if field == "type":
            own = table.type_values.get(tag.name, {})
            value = tag.value.strip().lower()
            code = value.rstrip("/").rsplit("/", 1)[-1]
            # a scheme's own code for a type (``monograph``, schema.org's ``…/Map``), a
            # vocabulary's code (COAR's ``…/resource_type/c_6501``)
            csl = own.get(value) or own.get(code) or table.type_codes.get(code)
            if csl:
                out.append(TagValue(field, csl, tag, weights.get(tag.family, 0.5)))
                continue
            if "*" in own:
                continue  # a value of the scheme's own vocabulary that names no CSL type
        if (
            field == "type"
            and tag.family == "schema.org"
            and (type_words(tag.value).replace(" ", "").lower() in table.untyped)
        ):
            field = "web-type"  # ``Article``: writing on the web, of no CSL type of its own
        if (
            field in _NAME_FIELDS and tag.value.strip(" []().").casefold() in _name_placeholders()
        ):  # ``Unknown``, ``Anonymous``: a creator not known, no name
            diags.append(Diagnostic("tag-rejected", f"{tag.name}={_short(tag.value)} stands "
                                    "for no name: not used", tag.span, Severity.INFO))  # fmt: skip
            continue
        if field == "author" and (role := tag_role(tag.value)) not in (None, "author"):
            # a name heading with its relator (``Brekke, Odd, editor.``): an editor is one,
            # a translator, an illustrator or a supervisor no author
            if role != "editor":
                diags.append(Diagnostic("tag-role", f"{tag.name}={_short(tag.value)} names "
                                        f"a {role}, not an author: not used", tag.span,
                                        Severity.INFO))  # fmt: skip
                continue
            field = "editor"
        if len(tag.value) <= _NULL_LENGTH and _NULL_VALUE.match(tag.value):
            # a program's empty value written out (``null``, ``undefined``, ``None``)
            diags.append(Diagnostic("tag-rejected", f"{tag.name}={_short(tag.value)} is an "
                                    "empty value written out: not used", tag.span,
                                    Severity.INFO))  # fmt: skip
            continue
        if _TEMPLATE.search(tag.value) or _DOTTED_TEMPLATE.fullmatch(tag.value):
            # a page template's unfilled placeholder (``$author.lastName``, ``{{ title }}``)
            diags.append(Diagnostic("tag-rejected", f"{tag.name}={_short(tag.value)} is an "
                                    "unfilled template placeholder: not used", tag.span,
                                    Severity.WARNING))  # fmt: skip
            continue
        if (
            field == "DOI"
            and (info := _INFO_URI.match(tag.value)) is not None
            and (target := table.info_uris.get(info.group(1).lower())) is not None
        ):  # an OpenURL ``info:`` URI of PubMed or arXiv (``rft_id=info:pmid/12345678``)
            if (typed := _parsed(target, info.group(2))) is not None:
                out.append(TagValue(target, typed, tag, weights.get(tag.family, 0.5)))
            continue
        if field in _SERIAL_FIELDS and (urn := _BOOK_OR_SERIAL.match(tag.value)) is not None:
            # an identifier tag holding an ISBN or an ISSN by its scheme (``urn:isbn:…``,
            # ``ISSN 1234-5679``), as repositories fill ``DC.identifier``
            field = urn.group(1).upper()
            value = _parsed(field, urn.group(2))
            if value is not None:
                out.append(TagValue(field, value, tag, weights.get(tag.family, 0.5)))
            else:
                diags.append(Diagnostic("tag-rejected", f"{tag.name}={_short(tag.value)} is "
                                        f"not a valid {field}: not used", tag.span,
                                        Severity.WARNING))  # fmt: skip
            continue
        if field in _PAGE_FIELDS and _NO_PAGE.match(tag.value):
            # a template's placeholder (``citation_firstpage`` = ``0``): no page has number 0
            diags.append(Diagnostic("tag-rejected", f"{tag.name}={_short(tag.value)} is no "
                                    "page (a placeholder): not used", tag.span, Severity.INFO))  # fmt: skip
            continue
        value = _parsed(field, tag.value)
        if value is None:
            if field == "DOI" and not _DOI_HINT.search(tag.value):
                continue  # an identifier of another scheme (a URL, a PII): not a DOI at all
            severity = Severity.WARNING if field in _WARN or field == "DOI" else Severity.INFO
            what = f"valid {field}"
            if field in _NAME_FIELDS and name_text(tag.value) is None:
                # a profile link, a user name or the site's host name: common, not an error
                severity, what = Severity.INFO, "name (a link, a user name or a host name)"
            diags.append(Diagnostic("tag-rejected", f"{tag.name}={_short(tag.value)} is not a "
                                    f"{what}: not used", tag.span, severity))  # fmt: skip
            continue
        out.append(TagValue(field, value, tag, weights.get(tag.family, 0.5)))
    return _day_month_agreed(other_calendar(out, diags))


def _other_dates(tags: list[Tag]) -> frozenset[str]:
    """The date tags whose kind tag names no publication (``[date_kinds]`` of ``tags.toml``:
    EPrints' ``date_type`` ``submitted``)."""
    kinds = tag_table().date_kinds
    if not kinds:
        return frozenset()
    stated = {t.name: t.value.strip().lower() for t in tags}
    return frozenset(date for date, (kind, other) in kinds.items() if stated.get(kind, "") in other)


#: The date fields whose tags may write a day as ``10/01/2010``.
_DATES = frozenset({"issued", "issued-online", "issued-cover", "issued-other"})
#: A day written day and month first, year last, with numbers that could be either
#: (``10/01/2010``: 10 January, or October 1 as US platforms write ``citation_date``).
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def _ambiguous_day(raw: str) -> bool:
    m = _DAY_MONTH.match(raw)
    return m is not None and m.group(1) != m.group(2) and max(int(m[1]), int(m[2])) <= 12


def _day_month_agreed(out: list[TagValue]) -> list[TagValue]:
    """The values of date tags that write a day whose day and month could be read either
    way (``11/01/2013``), read the way another date tag of the page writes that day
    unambiguously (``DC.Date`` ``2013-11-01``: the first number is the month); else as
    the date parser reads them (day first)."""
    ambiguous = [
        i for i, tv in enumerate(out) if tv.field in _DATES and _ambiguous_day(tv.tag.value)
    ]
    if not ambiguous:
        return out
    sure = {
        (tv.value.year, tv.value.month, tv.value.day)
        for tv in out
        if tv.field in _DATES and tv.value.day is not None and not _ambiguous_day(tv.tag.value)
    }
    for i in ambiguous:
        d = out[i].value
        if d.day is None or d.month is None:
            continue
        if (d.year, d.day, d.month) in sure and (d.year, d.month, d.day) not in sure:
            out[i] = attrs.evolve(out[i], value=attrs.evolve(d, month=d.day, day=d.month))
    return out


#: A template language's placeholder left in a tag's value by the page's generator:
#: ``${name}`` (Velocity, JSP: an identifier, not TeX's ``${\rm CO}_2$``), ``{{ name }}``
#: (Mustache, Jinja), ``<%= %>``; and a value made of ``$item.name`` placeholders alone
#: (``$author.firstName $author.lastName``: a dollar amount in a title stays).
#: A program's empty value written into a tag: JavaScript's ``null``, ``undefined`` and
#: ``NaN``, Python's ``None``, an object printed without its fields.
_NULL_LENGTH = 20
_NULL_VALUE = re.compile(r"^\s*(?:null|undefined|none|nan|\[object object\])\s*$", re.I)
_TEMPLATE = re.compile(r"\$\{[A-Za-z_][\w.]*\}|\{\{.*?\}\}|<%=?.*?%>")
_DOTTED_TEMPLATE = re.compile(r"(?:\s*\$[A-Za-z_]\w*\.[A-Za-z_]\w*)+\s*")


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "…")
