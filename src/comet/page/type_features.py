"""The features of a page's type for the learned type model (:mod:`comet.page.type_model`):
what the hand rules found (the best weight their candidates give each type), which fields
the reader took, the page kinds' scores, the parts of a research paper, a document's
transcript, and the type words that open a line of the page (the locales' ``[types]``
terms: ``Научная статья на тему …``, ``Working Paper No. 12``). Every feature is one the
reader has already computed or one regular-expression match per line of the page's head;
nothing names a site."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from comet import locales as _loc
from comet.page.article_parts import _names_proceedings, page_range
from comet.page.chrome import _is_chrome
from comet.page.event_dates import stated_event
from comet.page.evidence import Cand, _Page
from comet.page.number_signs import number_sign_pattern
from comet.page.page_count_lines import _extent_line
from comet.page.peer_review import _names_other_type
from comet.page.transcript_cover import transcript_cover
from comet.page.transcript_thesis import names_thesis
from comet.page.type_records import _before_prose
from comet.vocab.types import csl_type_of

__all__ = [
    "CLASSES",
    "FEATURES",
    "KINDS",
    "RECORD_FIELDS",
    "TERM_WORDS",
    "type_features",
    "type_words",
]

#: the types the model tells apart (the others are rare in the data it learned from)
CLASSES = (
    "article-journal",
    "book",
    "report",
    "thesis",
    "paper-conference",
    "chapter",
    "article-magazine",
    "article-newspaper",
    "post-weblog",
    "webpage",
    "article",
    "periodical",
    "entry-encyclopedia",
)
#: the page kinds whose scores are features (``comet.page.kinds``)
KINDS = ("blog", "entry", "koha", "magazine", "publisher", "pure", "repository", "shop")
#: the record's fields read before the type whose presence is a feature
RECORD_FIELDS = (
    "doi",
    "isbns",
    "issns",
    "container_title",
    "collection_title",
    "volume",
    "issue",
    "page",
    "number",
    "publisher",
    "publisher_place",
    "edition",
    "number_of_pages",
    "chapter_number",
    "authors",
    "issued",
    "editors",
)
#: the features of :data:`RECORD_FIELDS` read from another key of the record: the place of
#: publication (``place``), and the pages (``pages``), a range or a count (the extent)
_FIELD_KEYS = {"publisher_place": "place"}
#: the facts of a work's kind that the fields need beside them (``type_model.SIGNS``)
FACTS = ("proceedings", "event_head", "report_line", "thesis_named", "preprint_named")
#: the lines of a page's head searched for a type word opening a line
HEAD_LINES = 60
#: a kind's score counted up to this (a score is words 1, phrases and labels 2 each)
KIND_CAP = 8.0

FEATURES = (
    *(f"hand_{t}" for t in CLASSES),  # the best weight of the hand rules' candidates
    "hand_other",  # … of a type outside CLASSES
    "hand_none",  # the hand rules found no type
    "hand_top",  # the best weight of any candidate
    "web_shape",  # a web article's shape (a headline, a byline or date, prose)
    *(f"has_{k}" for k in RECORD_FIELDS),  # the field was read
    "proceedings",  # the container's name is a proceedings' (the locales' words)
    "event_head",  # an event's line (its name, dates, place) over the work's title
    "report_line",  # the record's number is a report series' number line's
    "thesis_named",  # a line of the main text names a thesis's genre among other words
    "preprint_named",  # the page names a preprint or a working paper
    *(f"kind_{k}" for k in KINDS),  # the kind's score (capped at KIND_CAP) / KIND_CAP
    "no_kind",  # no kind scored
    "abstract_heading",  # an abstract's heading alone on its line
    "references",  # a reference list
    "keywords",  # a keywords label
    "cover",  # a document's first page printed as text, or a transcript
    *(f"word_{t}" for t in CLASSES),  # a line of the head opens with a type word
    "lines",  # log-ish size: lines (capped at 200) / 200
)


#: words of a type term at most (``Article in a journal``)
TERM_WORDS = 5
#: a line's opening bullet or dash, and the punctuation closing a word before a term's end
_BULLET = " •*-–"
_WORD_PUNCT = ":.,;'\"«»“”()[]"


@functools.cache
def type_words(rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
    """Each casefolded ``[types]`` term of the locales (four characters at least, five
    words at most) and its CSL type."""
    types: dict[str, str] = {}
    for r in rules:
        for key in r.keys("types"):
            csl = csl_type_of(key)
            for term in r.terms("types", key):
                if len(term) >= 4 and len(term.split()) <= TERM_WORDS:
                    types.setdefault(" ".join(term.casefold().split()), csl)
    return types


@functools.cache
def _after_one_word(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """What may follow a one-word type term for it to name the work (``Report No. 12``,
    ``Report: Harbour works``, ``Thesis 2019``): a number, a number sign of the locales
    (``[words].number_signs``) or a separator."""
    return re.compile(rf"(?:[\d#№:–—-]|(?:{number_sign_pattern(rules)})\.?$)", re.I)


def _line_words(page: _Page) -> set[str]:
    """The CSL types whose words open a line of the page's head (main zone, no interface
    line): the line's first one to five words (a closing colon or quote aside) are a
    ``[types]`` term; a one-word term only alone on its line or before a number or a
    separator (``Report abuse``, ``Book now``, ``Paper towels`` are no work's type). A
    term opening lines with two or more numbers (``Chapter 1 …``, ``Chapter 2 …``) lists
    the work's parts, a table of contents: it names no type of the work."""
    types = type_words(page.rules)
    out = set()
    numbered: dict[str, set[str]] = {}
    for ln in page.layout.lines[:HEAD_LINES]:
        if ln.zone != "main":
            continue
        words = ln.text.lstrip(_BULLET).casefold().split(maxsplit=TERM_WORDS)[:TERM_WORDS]
        for k in range(1, len(words) + 1):
            csl = types.get(" ".join(words[:k]).strip(_WORD_PUNCT))
            if csl is None:
                continue
            if (
                k == 1
                and len(words) > 1
                and not (words[0].endswith(":") or _after_one_word(page.rules).match(words[1]))
            ):
                continue
            if not _is_chrome(ln.text, page.rules):
                out.add(csl)
                if len(words) > k and words[k][:1].isdigit():
                    numbered.setdefault(csl, set()).add(words[k].strip(_WORD_PUNCT))
    # ('Chapter 1 – …' / 'Chapter 2 – …': a table of contents lists the parts of the work)
    return {t for t in out if len(numbered.get(t, ())) < 2}


def _extent(page: _Page, record: dict[str, Any]) -> bool:
    """The record's pages are a count (``412 pp.``), or the page prints a count line or a
    physical description (``412 S. : Kt.``; a book's extent is read after its type), before
    the page's first line of prose (a review's box of the book it discusses stands under
    the review)."""
    pages = record.get("pages")
    chosen = (record.get("_loc") or {}).get("pages")
    if pages is not None and pages.first is None and pages.count and chosen is not None:
        return _before_prose(page, chosen.span[0])
    line = _extent_line(page)
    return line is not None and _before_prose(page, line.span[0])


def _facts(page: _Page, record: dict[str, Any]) -> dict[str, float]:
    """The features of :data:`FACTS` (1.0 where the page shows the fact)."""
    container = str(record.get("container_title") or "")
    event = stated_event(page)
    number = record.get("number")
    facts = {
        "proceedings": bool(container) and _names_proceedings(container, page.rules),
        "event_head": event is not None
        and page.title_line is not None
        and event[3] < page.title_line,
        "report_line": bool(number) and str(number) == str(page.memo.get("report-number")),
        "thesis_named": names_thesis(page),
        "preprint_named": _names_other_type(page),
    }
    return {k: 1.0 for k, v in facts.items() if v}


def type_features(
    page: _Page,
    record: dict[str, Any],
    cands: Sequence[Cand],
    web_shape: bool,
    signals: dict[str, bool],
) -> dict[str, float]:
    """The features of the page's type (see :data:`FEATURES`); ``signals`` holds the
    research paper's parts the type reader already knows (``abstract_heading``,
    ``references``, ``keywords``)."""
    f: dict[str, float] = {}
    for c in cands:
        name = f"hand_{c.value}" if c.value in CLASSES else "hand_other"
        f[name] = max(f.get(name, 0.0), c.score)
    f["hand_none"] = 0.0 if cands else 1.0
    f["hand_top"] = max((c.score for c in cands), default=0.0)
    f["web_shape"] = 1.0 if web_shape else 0.0
    for k in RECORD_FIELDS:
        if record.get(_FIELD_KEYS.get(k, k)):
            f[f"has_{k}"] = 1.0
    f["has_page"] = 1.0 if page_range(record) else 0.0  # a range: a part's place
    f["has_number_of_pages"] = 1.0 if _extent(page, record) else 0.0
    f.update(_facts(page, record))
    scores = page.memo.get("kind-scores") or {}
    for k in KINDS:
        f[f"kind_{k}"] = min(KIND_CAP, float(scores.get(k, 0))) / KIND_CAP
    f["no_kind"] = 0.0 if any(scores.get(k) for k in KINDS) else 1.0
    for k, v in signals.items():
        f[k] = 1.0 if v else 0.0
    transcript = transcript_cover(page)
    covered = page.memo.get("cover") is not None or (
        transcript is not None and not transcript.headed
    )
    f["cover"] = 1.0 if covered else 0.0
    for t in _line_words(page):
        if t in CLASSES:
            f[f"word_{t}"] = 1.0
    f["lines"] = min(200, len(page.layout.lines)) / 200
    return f
