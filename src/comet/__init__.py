"""comet: messy scholarly catalogue metadata in, clean typed records out.

Every ``parse_*`` function takes any ``str``.  Strict (the default) returns a
typed record or raises :class:`ParseError`; ``strict=False`` returns a
:class:`Parsed` with ``value`` (or ``None``) and ``diagnostics``.  See
``docs/contract.md``.
"""

from __future__ import annotations

from comet._version import __version__
from comet.dates import DateRange, PartialDate, Precision, find_dates, parse_date, parse_date_range
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode, LocaleDataError, ParseError, UnknownLocaleError
from comet.html import parse_html
from comet.identifiers import (
    Doi,
    Isbn,
    Issn,
    Orcid,
    find_dois,
    find_identifiers,
    parse_doi,
    parse_isbn,
    parse_issn,
    parse_orcid,
)
from comet.keywords import (
    BlockEvidence,
    Keyword,
    KeywordBlock,
    KeywordList,
    find_keyword_blocks,
    keyword_key,
    parse_keywords,
)
from comet.locators import Locator, PageRange, find_locators, parse_locator, parse_pages
from comet.locators import find_locator as find_locator  # deprecated alias, not in __all__
from comet.marc import MarcRecord, read_marc
from comet.names import NameOrder, Person, PersonList, parse_name, parse_names
from comet.page import Event, Holding, Record, parse_record
from comet.records import Match, Parsed
from comet.references import Reference, ReferenceList, parse_reference, parse_references
from comet.text import CleanText, clean_text
from comet.vocab import (
    Country,
    LabelMatch,
    Language,
    PublicationType,
    Status,
    StatusValue,
    find_countries,
    match_label,
    parse_country,
    parse_language,
    parse_publication_type,
    parse_status,
    split_place,
)
from comet.vocab import find_country as find_country  # deprecated alias, not in __all__

__all__ = [
    "BlockEvidence",
    "CleanText",
    "Country",
    "DateRange",
    "Diagnostic",
    "Doi",
    "ErrorCode",
    "Event",
    "Holding",
    "Isbn",
    "Issn",
    "Keyword",
    "KeywordBlock",
    "KeywordList",
    "LabelMatch",
    "Language",
    "LocaleDataError",
    "Locator",
    "MarcRecord",
    "Match",
    "NameOrder",
    "Orcid",
    "PageRange",
    "ParseError",
    "Parsed",
    "PartialDate",
    "Person",
    "PersonList",
    "Precision",
    "PublicationType",
    "Record",
    "Reference",
    "ReferenceList",
    "Severity",
    "Status",
    "StatusValue",
    "UnknownLocaleError",
    "__version__",
    "clean_text",
    "find_countries",
    "find_dates",
    "find_dois",
    "find_identifiers",
    "find_keyword_blocks",
    "find_locators",
    "keyword_key",
    "match_label",
    "parse_country",
    "parse_date",
    "parse_date_range",
    "parse_doi",
    "parse_html",
    "parse_isbn",
    "parse_issn",
    "parse_keywords",
    "parse_language",
    "parse_locator",
    "parse_name",
    "parse_names",
    "parse_orcid",
    "parse_pages",
    "parse_publication_type",
    "parse_record",
    "parse_reference",
    "parse_references",
    "parse_status",
    "read_marc",
    "split_place",
]
