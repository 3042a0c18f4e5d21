"""The schema of a locale rule file (documented in ``docs/locales.md``).

A rule file is TOML.  Top-level keys:

``tag`` (str, required)
    BCP 47 tag of the locale, e.g. ``"da"``.  Must match the file name.
``names`` (list of str)
    Names of the language, in itself and in English (``["dansk", "Danish"]``),
    so ``comet.locales.get("dansk")`` works.
``date_order`` (``"DMY"``, ``"MDY"`` or ``"YMD"``)
    How an all-numeric date like ``05/06/2019`` is read in this locale.
``[[examples]]``
    Tables run by the generic locale tests; each has one input key named after
    a parser (``date``, ``status``, ``type``, ``pages``…) and ``expect``.

Every other key is a *section*: a table mapping a canonical key to a list of
strings (the words or phrases in this language).  ``SECTIONS`` below lists the
sections and, where the set of canonical keys is closed, the keys allowed.
A ``None`` entry means the keys are free (any ``[a-z0-9_-]+`` name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip

SEASONS = ("spring", "summer", "autumn", "winter")

#: the months of the Solar Hijri calendar (Iran's and Afghanistan's), in their order
SOLAR_HIJRI_MONTHS = (
    "farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar",
    "mehr", "aban", "azar", "dey", "bahman", "esfand",
)  # fmt: skip

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: ``[date_words]`` keys: words around dates (see ``docs/dates.md``).
DATE_WORDS = frozenset(
    {
        "day_prefix",
        "connector",
        "range",
        "range_and",
        "circa",
        "undated",
        "ordinal_suffix",
        "clock_hour",
        "day_period",
        "year_part",
        "day_marker",
        "roman_month",
        "born",
        "died",
        "era_offset",
        "era_first_year",
        "era_marks",
    }
)

#: Canonical publication statuses (``comet.vocab.Status`` values).
STATUSES = (
    "published",
    "epub-ahead-of-print",
    "accepted",
    "in-press",
    "submitted",
    "in-preparation",
    "unpublished",
)

#: section name -> allowed keys (``None``: free keys).
SECTIONS: dict[str, frozenset[str] | None] = {
    # dates
    "months": frozenset(MONTHS),
    "seasons": frozenset(SEASONS),
    "weekdays": frozenset(WEEKDAYS),
    "date_words": DATE_WORDS,
    # the Solar Hijri calendar's month names (every name a locale writes for each month,
    # Iran's and Afghanistan's), its seasons (the year's quarters), the markers written
    # after one of its years ('ه.ش'), the word for year before it, and the markers of a
    # lunar Hijri year ('هـ', 'ه.ق': never one of its years) (comet.dates)
    "solar_hijri": frozenset(SOLAR_HIJRI_MONTHS)
    | frozenset(SEASONS)
    | {"marker", "year_word", "lunar_marker"},
    # field labels on catalogue pages: canonical field -> label strings
    "labels": None,
    # vocabularies
    "status": frozenset(STATUSES),
    "types": None,
    "type_categories": None,
    "peer_review": frozenset({"yes", "no"}),
    # locator words (volume, issue, pages, ...)
    "locator": frozenset(
        {"volume", "issue", "pages", "page", "page_count", "supplement", "part", "article_number"}
        | {"following", "identifier", "year"}
        | {"special_issue", "serial_number"}
    ),
    # person-name list words
    # (docs/names.md: list words, role words, particles, surname conjunctions, titles,
    # generational suffixes, post-nominals under "degrees", organisation words)
    "person_names": frozenset({"and", "et_al", "editor", "editors", "translator", "author"})
    | {"compiler", "illustrator", "lead_in"}
    | {"author_marks_after", "other_marks_after"}
    | {"particles", "suffixes", "titles", "given_name_titles", "degrees", "organisation_words"},
    # words joining the two surnames of one person (Spanish "Velasquez y Garcia")
    # titles that also close a name as a post-nominal ("attorney"); generational suffixes
    # written like an initial ("V"), suffixes only closing a lone name
    "name_grammar": frozenset(
        {"surname_conjunctions", "post_titles", "lone_suffixes", "given_names", "only_given_names"}
        | {"common_given_names"}
        | {"compound_surnames", "common_surnames", "family_first_surnames"}
        | {"patronymic_endings", "family_name_endings"}
        | {"name_order"}
        | {"shop_byline_words"}
        | {"inner_capital_prefixes"}
        | {"family_name_closers"}
    ),
    # boilerplate phrases removed by comet.text (free group names)
    "boilerplate": None,
    # reference-list link text and cue words
    "references": None,
    # medium / binding words next to an ISSN or ISBN ("ISSN (trykt)", "(hæftet)")
    "identifiers": frozenset({"print", "electronic", "pbk", "hbk", "ebook"}),
    # closed-class words (articles, pronouns, prepositions, ...) read by comet.text
    "words": None,
    # the headings of a research paper's or a report's parts ('Introduction':
    # comet.page.article_parts; 'Executive Summary': comet.page.report_series)
    "headings": frozenset(
        {
            "introduction",
            "executive_summary",
            "background",
            "methods",
            "results",
            "conclusions",
            "wrap_words",  # a heading's line ending so goes on (comet.page.title_breaks)
        }
    ),
    # phrases marking a page of a kind (comet.page.kinds): kind name -> phrases
    "page_kinds": None,
    # numbered captions of tables and figures ('Table 2', 'Table S1'): never a title
    "captions": frozenset({"words", "number_prefixes"}),
    # the word between a page's number and the count of pages of a paged list or viewer
    # ('Page 1 of 6', 'Seite 1 von 3': a pagination, no locator; comet.page.pagination)
    "pagination": frozenset({"of"}),
    # capitals and big publishing cities as each language writes them (its own cities and its
    # exonyms of others): tell an imprint's place from its publisher (comet.page.places)
    # (and the words in lower case between the capitalised words of a place's name,
    # 'Stratford upon Avon', 'Rio de Janeiro': comet.page.event_prose)
    "places": frozenset(
        {"cities", "event_place_words", "event_place_nouns", "place_links", "name_articles"}
    ),
    # what a web article's page says of its periodical (comet.page.periodicals): the words
    # of a newspaper's, magazine's or blog's name, a newspaper's section desks, the phrases
    # of a site's links to itself ('More from', 'About') before its name, the words of a
    # company's name that make a copyright holder the site's owner ('Media', 'Group'), a
    # platform's credit ('powered by')
    "periodicals": frozenset(
        {
            "newspaper_names",
            "magazine_names",
            "blog_names",
            "newspaper_sections",
            "self_reference",
            "self_reference_after",
            "self_statement",
            "company_words",
            "credit_words",
            "repository_words",
        }
    ),
    # a patent document's head (comet.page.patent_grammar): the labels of its inventors,
    # its applicant or assignee, its publication number and date, its filing and priority
    # dates and its application's number (never the work's), its title; in mul.toml the
    # WIPO ST.9 INID codes of those roles and the offices' ST.3 codes
    "patents": frozenset(
        {"inventor", "applicant", "number", "date", "filed", "application", "title"}
        | {"inid_inventor", "inid_applicant", "inid_number", "inid_date", "inid_title"}
        | {"offices"}
    ),
    # one entry of a reference work (comet.page.entries): the word opening the line that
    # names the work under the entry's title, a dictionary entry's section labels (and
    # those only a dictionary prints), a wiki's revision interface phrases
    "entries": frozenset(
        {"source_words", "dictionary_sections", "dictionary_marks", "revision_phrases"}
    ),
}

#: keys whose terms are one word each, in small letters: the readers compare a single
#: word of a page with them (``[headings].wrap_words``: a heading line's last word,
#: comet.page.title_breaks.open_end), so a phrase or a capital there would never match
ONE_WORD_KEYS = frozenset({("headings", "wrap_words")})


def one_word_problems(
    name: str, sections: Mapping[str, Mapping[str, tuple[str, ...]]]
) -> list[str]:
    """The terms of :data:`ONE_WORD_KEYS` in a rule file's ``sections`` that are no single
    word in small letters, as ``file [section].key: message`` lines."""
    return [
        f"{name} [{section}].{key}: {term!r} is no single word in small letters"
        for section, key in sorted(ONE_WORD_KEYS)
        for term in sections.get(section, {}).get(key, ())
        if len(term.split()) != 1 or term != term.lower()
    ]


KEY_RE = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
TAG_RE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")
#: keys of an ``[[examples]]`` table besides its one input key (named after a parser).
EXAMPLE_KEYS = frozenset({"expect", "error", "note", "locales"})
DATE_ORDERS = frozenset({"DMY", "MDY", "YMD"})
#: the values of ``[name_grammar] name_order`` (one of them): the usual order of a name
NAME_ORDERS = frozenset({"family-first", "given-first"})
TOP_LEVEL = frozenset({"tag", "names", "date_order", "examples", "description", "source"})
