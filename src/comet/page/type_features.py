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
from comet.page.chrome import _is_chrome
from comet.page.evidence import Cand, _Page
from comet.page.transcript_cover import transcript_cover
from comet.vocab.types import csl_type_of

__all__ = ["CLASSES", "FEATURES", "KINDS", "RECORD_FIELDS", "type_features"]

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
)
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
def _type_words(rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
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


#: what may follow a one-word type term for it to name the work (``Report No. 12``,
#: ``Report: Harbour works``, ``Thesis 2019``): a number, a number sign or a separator
_AFTER_ONE_WORD = re.compile(r"(?:[\d#№:–—-]|n[o°º]\.?$|nr\.?$)", re.I)


def _line_words(page: _Page) -> set[str]:
    """The CSL types whose words open a line of the page's head (main zone, no interface
    line): the line's first one to five words (a closing colon or quote aside) are a
    ``[types]`` term; a one-word term only alone on its line or before a number or a
    separator (``Report abuse``, ``Book now``, ``Paper towels`` are no work's type)."""
    types = _type_words(page.rules)
    out = set()
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
                and not (words[0].endswith(":") or _AFTER_ONE_WORD.match(words[1]))
            ):
                continue
            if not _is_chrome(ln.text, page.rules):
                out.add(csl)
    return out


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
        if record.get(k):
            f[f"has_{k}"] = 1.0
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
