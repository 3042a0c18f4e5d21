"""``parse_record``: a whole scraped page in, one :class:`~comet.page.model.Record` out.

The page is cleaned (:func:`comet.clean_text`), split into lines, labels and zones
(:mod:`comet.page.layout`), and every field is chosen among *candidates* by
evidence: a citation block printed on the page (BibTeX, RIS, ``Cite this``) is
strong evidence, a labelled value good evidence, a position on the page weak
evidence, and anything inside the reference list or a related-items list is
evidence about another work.  Each choice between competing candidates is
explained in the record's diagnostics; every field keeps its span in the raw text.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from comet import locales as _loc
from comet import records as _records
from comet.dates import DateRange, PartialDate, find_dates, parse_date, parse_date_range
from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode, ParseError
from comet.export import bibtex as _bibtex
from comet.export import ris as _ris
from comet.identifiers import Doi, Isbn, Issn, Orcid, find_identifiers
from comet.keywords import BlockEvidence, Keyword, find_keyword_blocks, parse_keywords
from comet.locators import Locator, PageRange, find_locator, parse_locator, parse_pages
from comet.names import Person, parse_names
from comet.page import not_record as _not_record
from comet.page import title_model as _title_model
from comet.page.kinds import PageKind, detect_kind
from comet.page.layout import Layout, Line, read_layout
from comet.page.marc_view import read_marc_view
from comet.page.model import Event, Holding, Record
from comet.references import MAX_BLOCK_LENGTH as REFERENCES_MAX_LENGTH
from comet.references import Reference, parse_reference, parse_references
from comet.text import clean_text
from comet.vocab import (
    PublicationType,
    Status,
    parse_language,
    parse_publication_type,
    parse_status,
    split_place,
)

__all__ = ["MAX_PAGE_LENGTH", "parse_record"]

#: Longest page accepted (characters); longer input raises ``ParseError(too-long)``
#: (:data:`comet.records.MAX_PAGE_LENGTH`).
MAX_PAGE_LENGTH = _records.MAX_PAGE_LENGTH

T = TypeVar("T")

# Evidence weights (documented in docs/records-and-export.md).
W_BLOCK = 0.95  # BibTeX / RIS block printed on the page
W_CITE = 0.7  # a formatted citation under "Cite this"
W_LABEL = 0.75  # a labelled value
W_LINE = 0.55  # a pattern on a line (locator line, byline after the title)
W_POS = 0.45  # position only
OTHER_WORK = 0.1  # multiplier inside the reference list
_ZONE_WEIGHT = {"references": OTHER_WORK, "related": 0.3}

_DATE_PRIORITY = (
    "published_online",
    "published",
    "issue_date",
    "release_date",
)
_OTHER_DATES = ("accepted", "received", "revised", "deposited", "modified", "first_available")
_SENTENCE = re.compile(r"[a-z]{2}\.\s+[A-Z][a-z]")
_URL = re.compile(r"https?://[^\s<>\"]{3,2000}")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
_BULLET = re.compile(r"^[•·▪●◦‣*–-]\s")
_DIGIT_RE = re.compile(r"\d")
_TWO_NUMBERS = re.compile(r"\d\D{1,40}\d")
_CRUMB = re.compile(r"\s[/>›»|]\s")
_CRUMB_ARROW = re.compile(r"\s[>›»]\s")
_PRICE = re.compile(
    r"[£$€¥]\s?\d|(?<![\d.,])\d[\d.,]*+\s?(?:€|EUR|USD|GBP|DKK|SEK|NOK|kr\.?)(?:\s|$)"
)
_VOLUME = re.compile(r"\d{1,5}[A-Za-z]?\Z|[IVXLCivxlc]{1,8}\Z")
_YEAR_LEAD = re.compile(r"^\(?(1[5-9]\d\d|20\d\d)\)?[a-z]?[.,:]?\s*")
_TABLE_ROW = re.compile(r"^\|.*\|$|^\|$")


@attrs.define
class Cand:
    """A candidate value for one field, with its evidence."""

    value: Any
    score: float
    span: tuple[int, int]
    evidence: str
    #: the features a learned scorer saw (title lines), for training and explanations
    features: dict[str, float] | None = None


@attrs.define
class _Page:
    raw: str
    text: str
    to_raw: Callable[[int, int], tuple[int, int]]
    layout: Layout
    rules: tuple[_loc.LocaleRules, ...]
    kind: PageKind | None
    diags: list[Diagnostic] = attrs.field(factory=list)
    spans: dict[str, tuple[int, int]] = attrs.field(factory=dict)
    cites: list[tuple[dict[str, Any], tuple[int, int], float, str]] = attrs.field(factory=list)
    bylines: list[Any] = attrs.field(factory=list)
    heads: list[Cand] = attrs.field(factory=list)
    title_line: int | None = None
    memo: dict[Any, Any] = attrs.field(factory=dict)

    # -- helpers -----------------------------------------------------------
    def weight(self, offset: int) -> float:
        return _ZONE_WEIGHT.get(self.layout.zone_at(offset), 1.0)

    def note(self, code: str, message: str, span: tuple[int, int] | None = None,
             severity: Severity = Severity.INFO) -> None:  # fmt: skip
        raw_span = self.to_raw(*span) if span is not None else None
        self.diags.append(Diagnostic(code, message, raw_span, severity))

    def choose(self, field: str, cands: Sequence[Cand], *, explain: bool = True) -> Cand | None:
        if not cands:
            return None
        ordered = sorted(cands, key=lambda c: (-c.score, c.span[0]))
        best = ordered[0]
        self.spans[field] = self.to_raw(*best.span)
        if explain:
            rivals = [c for c in ordered[1:] if _differs(c.value, best.value)]
            if rivals:
                r = rivals[0]
                self.note(
                    "chose-candidate",
                    f"{field}: chose {_show(best.value)} ({best.evidence}) over "
                    f"{_show(r.value)} ({r.evidence})",
                    best.span,
                )
        return best


def _show(value: Any) -> str:
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "…")


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return _key(a) != _key(b)
    return bool(a != b)


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _lenient(fn: Callable[..., Any], text: str, **kwargs: Any) -> Any:
    try:
        result = fn(text, strict=False, **kwargs)
    except ParseError:
        return None
    return result.value


# --- citation blocks ---------------------------------------------------------


def _read_citations(page: _Page) -> None:
    """BibTeX and RIS blocks and ``Cite this`` entries: CSL items with their evidence."""
    for start, end in page.layout.bibtex:
        for item in _bibtex.loads(page.text[start:end]):
            page.cites.append((item, (start, end), W_BLOCK, "BibTeX block on the page"))
    for start, end in page.layout.ris:
        for item in _ris.loads(page.text[start:end]):
            page.cites.append((item, (start, end), W_BLOCK, "RIS block on the page"))
    seen_lines: set[int] = set()
    for lv in page.layout.labels:
        if lv.key != "cite_this" or page.layout.zone_at(lv.value_start) != "main":
            continue
        if lv.layout in ("same-line", "glued", "inline") and len(lv.value) >= 40:
            _add_citation(page, lv.value, (lv.value_start, lv.value_end), lv.label)
            continue
        for text, span, first in _citation_texts(page, lv.line + 1):
            if first not in seen_lines:
                seen_lines.add(first)
                _add_citation(page, text, span, lv.label)


def _add_citation(page: _Page, text: str, span: tuple[int, int], label: str) -> bool:
    ref = _lenient(parse_reference, text, locales=page.rules)
    if isinstance(ref, Reference) and ref.title and ref.authors and ref.issued:
        page.cites.append((ref.to_csl(), span, W_CITE, f"citation '{label}'"))
        return True
    return False


def _is_citation(text: str, page: _Page) -> bool:
    """A formatted citation: names, year, title; it ends like one (``.``, ``)`` or a link)."""
    end = text.rstrip()
    if len(end) < 40 or not _YEAR.search(end):
        return False
    if not (
        end.endswith((".", ")", "⟩", "]"))
        or _URL.search(end[-120:])
        or re.search(r"10\.\d{4}", end[-80:])
    ):
        return False
    ref = _lenient(parse_reference, text, locales=page.rules)
    return isinstance(ref, Reference) and bool(ref.title and ref.authors and ref.issued)


def _citation_texts(page: _Page, first: int) -> list[tuple[str, tuple[int, int], int]]:
    """Formatted citations printed after a 'Cite this' heading: style names and other
    short lines are skipped; a citation may run over two or three lines."""
    lines = page.layout.lines
    out: list[tuple[str, tuple[int, int], int]] = []
    pending: list[Line] = []
    for line in lines[first : first + 20]:
        short = len(line.text.split()) <= 3
        if line.index in page.layout.label_lines and line.index != first and not short:
            break
        if short:
            if pending:
                break
            continue
        if not pending and _is_citation(line.text, page):
            out.append((line.text, (line.start, line.end), line.index))
            continue
        pending.append(line)
        joined = " ".join(p.text for p in pending)
        if _is_citation(joined, page):
            out.append((joined, (pending[0].start, pending[-1].end), pending[0].index))
            pending = []
        elif len(pending) >= 3:
            break
    return out


def _title_citations(page: _Page, title: str, title_line: int | None) -> None:
    """Lines elsewhere on the page that quote the title are citations of the work
    (``David Lucca and Jonathan H. Wright, "The Narrow Channel …," NBER Working Paper …``)."""
    probe = title.casefold()[:40]
    if len(probe) < 12:
        return
    known = {span for _i, span, _w, _e in page.cites}
    for line in page.layout.lines:
        if line.index == title_line or line.zone != "main" or len(line.text) < len(probe) + 20:
            continue
        if probe not in line.text.casefold():
            continue
        span = (line.start, line.end)
        if any(a <= span[0] < b for a, b in known):
            continue
        if _is_citation(line.text, page):
            _add_citation(page, line.text, span, "a citation quoting the title")


def _cite_values(page: _Page, key: str) -> list[Cand]:
    out: list[Cand] = []
    for item, span, weight, evidence in page.cites:
        value = item.get(key)
        if value not in (None, "", []):
            out.append(Cand(value, weight, span, evidence))
    return out


# --- title and byline ---------------------------------------------------------


#: a scientific title may start in lower case: ``β-pyrrole …``, ``p-Nitrophenol …``,
#: ``mRNA vaccines …``, ``de novo assembly …`` is not one of these (a sentence may start so)
_LOWER_TITLE_START = re.compile(r"[α-ω]|[a-z]{1,4}-[^\W_]|[a-z]{1,3}[A-Z]{2}")


def _starts_like_title(t: str) -> bool:
    first = t[:1]
    if first.isupper() or first.isdigit() or first in "‘'\"“«¿¡([" or not first.isalpha():
        return True
    return _LOWER_TITLE_START.match(t) is not None


def _looks_like_title(line: Line, page: _Page) -> bool:
    t = line.text
    words = t.split()
    if not 2 <= len(words) <= 45 or len(t) > 350 or not _starts_like_title(t):
        return False
    if line.index in page.layout.label_lines or _URL.search(t):
        return False
    letters = sum(c.isalpha() for c in t)
    if letters < 0.6 * len(t.replace(" ", "")):
        return False
    if t.endswith(".") and len(words) > 14:
        return False  # a sentence of prose
    if _SENTENCE.search(t) and len(words) > 12:
        return False
    if t.startswith(("©", "(c)", "|")) or _BULLET.match(t):
        return False
    if len(_CRUMB.findall(t)) >= 2 or _CRUMB_ARROW.search(t):
        return False  # a breadcrumb trail: Home / Books / Public Administration, A > B
    if t.endswith((",", "&", " and")) or (len(words) < 12 and _locator_line(line, page)):
        return False
    if _lenient(parse_date, t, locales=page.rules) is not None and len(words) <= 5:
        return False
    if _is_chrome(t, page.rules):
        return False
    return not _is_name_line(t, page)


_GLUED = re.compile(r"(?<=[^\W\d_])(?<![A-Z])(?=[A-Z][^\W\d_]*[a-z])")


@functools.cache
def _interface_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words of a site's interface (``[words].interface_words`` of the locales)."""
    return frozenset(w.casefold() for w in _loc.terms_of("words", rules, "interface_words"))


@functools.cache
def _interface_in_names(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Interface words that never stand in a person's name (particles like ``del`` kept)."""
    particles = {w.casefold() for w in _loc.terms_of("person_names", rules, "particles")}
    contact = {w.casefold() for w in _loc.terms_of("words", rules, "contact_words")}
    return (_interface_words(rules) | contact) - particles


@functools.cache
def _closed_class(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Function words and name particles: neutral when a line is judged chrome."""
    words = _loc.terms_of("words", rules, "function_words")
    particles = _loc.terms_of("person_names", rules, "particles")
    return frozenset(w.casefold() for w in (*words, *particles))


def _is_chrome(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A line made only of interface words (``Log in to your account``, ``Skip to main
    contentSkip to article``, ``Search PMC Full-Text Archive``): site chrome, never a
    title, a person or a container. Function words, acronyms and single letters are
    neutral; one word that is not an interface word makes the line content."""
    ui = _interface_words(rules)
    fw = _closed_class(rules)
    content = 0
    for token in _WORD.findall(_GLUED.sub(" ", text)):
        if len(token) < 2 or token.isupper():
            continue
        folded = token.casefold()
        if folded in ui:
            content += 1
        elif folded not in fw:
            return False
    return content > 0


def _latin(text: str) -> bool:
    """Whether most letters of ``text`` are Latin-script letters."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in letters)
    return bool(letters) and latin * 2 >= len(letters)


def _romanised_first(values: list[T], text_of: Callable[[T], str]) -> list[T]:
    """Catalogues print a field twice, in the original script and romanised (MARC 880):
    where both stand, the romanised values are the field and the others are left out."""
    latin = [v for v in values if _latin(text_of(v))]
    return latin if latin and len(latin) < len(values) else values


def _is_name_line(t: str, page: _Page) -> bool:
    if not ("," in t or " and " in t or "&" in t or ";" in t):
        return False
    plist = _lenient(parse_names, t, locales=page.rules)
    return (
        plist is not None
        and len(plist) >= 2
        and _names_ok(list(plist), strict=True, page_rules=page.rules)
    )


@functools.cache
def _function_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Closed-class words that are not also name particles (``At`` but not ``Le``)."""
    words = {w.casefold() for w in _loc.terms_of("words", rules, "function_words")}
    particles = {w.casefold() for w in _loc.terms_of("person_names", rules, "particles")}
    return frozenset(words - particles)


def _names_ok(
    persons: Sequence[Person],
    *,
    strict: bool = False,
    page_rules: tuple[_loc.LocaleRules, ...] = (),
) -> bool:
    if not persons:
        return False
    for p in persons:
        if p.literal is not None:
            return False
        fam = p.family or ""
        if not fam[:1].isupper() or len(fam) > 40 or any(c.isdigit() for c in fam):
            return False
        tokens = f"{p.given or ''} {fam}".split()
        lower = _name_lowercase(page_rules) if page_rules else frozenset({"de", "van"})
        if len(tokens) > 5 or any(not w[:1].isupper() for w in tokens if w not in lower):
            return False
        if any(w.endswith(".") and len(w) > 3 for w in tokens):
            return False  # an abbreviation ('Phys.', 'Math.'), not an initial
        if strict and any(
            w.casefold() in _function_words(page_rules) for w in tokens if len(w) > 1
        ):
            return False
        if strict and not p.given:
            return False
        ui = _interface_in_names(page_rules)
        if any(w.casefold() in ui for t in tokens for w in _WORD.findall(_GLUED.sub(" ", t))):
            return False  # 'Open Access', 'Search ScienceDirect', 'KondoEmail author'
    return True


def _language_of(text: str, page: _Page, *, margin: float = 1.0) -> str | None:
    """The locale whose function words dominate ``text`` (None when unclear).

    With ``margin`` > 1 the winner needs that many times the runner-up's count.
    """
    words = [w.casefold() for w in _WORD.findall(text)]
    counts: list[tuple[int, str]] = []
    for rules in page.rules:
        fw = _function_words((rules,))
        counts.append((sum(w in fw for w in words), rules.tag))
    counts.sort(reverse=True)
    if not counts or counts[0][0] < 2:
        return None
    if len(counts) > 1 and counts[0][0] < margin * counts[1][0]:
        return None
    return counts[0][1]


@attrs.frozen
class _Byline:
    persons: tuple[Person, ...]
    span: tuple[int, int]
    first_line: int
    last_line: int


def _line_names(t: str, page: _Page) -> tuple[Person, ...] | None:
    """The names on one byline line (``()`` for a connector line), or ``None``."""
    key = (t, page.rules)
    if key not in page.memo:
        page.memo[key] = _line_names_uncached(t, page)
    result: tuple[Person, ...] | None = page.memo[key]
    return result


#: Longest line read as a byline (a consortium paper lists hundreds of names on one line).
MAX_BYLINE_LENGTH = 8000
#: affiliation and note markers after a name: ``Vargas a b,``, ``Cheal1,2``, ``Read*†``
_MARKERS = re.compile(
    r"(?<=[^\W\d_]{2})(?:\d{1,3}(?:[,–-]\d{1,3})*[*†‡§¶#]*|[*†‡§¶#]+)(?=[\s,;&]|$)"
    r"|(?<=[^\W\d_]{2})(?:\s(?:[a-z]|\d{1,3}|[*†‡§¶]+))+(?=\s*(?:[,;&]|$))"
)


def _byline_text(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """A byline without what sites glue into it: runs of two or more interface words
    (``View ORCID Profile``, ``Author links open overlay panel``, ``Email author``) and
    affiliation markers."""
    if _MARKERS.search(text):
        text = _MARKERS.sub("", text)
    parts = _GLUED.sub(" ", text).split(" ")
    ui = _interface_in_names(rules)
    keep: list[str] = []
    run: list[str] = []
    for w in [*parts, ""]:
        bare = w.strip(",;:").casefold()
        if bare and (bare in ui or (run and w.strip(",;:").isupper())):
            run.append(w)
            continue
        if len(run) == 1 or (run and sum(r.strip(",;:").casefold() in ui for r in run) < 2):
            keep.extend(run)
        elif run and run[-1].endswith((",", ";", ":")):
            keep.append(",")
        run = []
        keep.append(w)
    out = " ".join(keep).replace(" ,", ",").strip()
    return re.sub(r"\s{2,}", " ", out).strip(" ,;")


@functools.cache
def _byline_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words that may open a byline without being a name: the locales' author words
    (``by``, ``par``, ``af``) and name particles written with a capital (``Von``)."""
    terms = [*_loc.terms_of("person_names", rules, "author"),
             *_loc.terms_of("person_names", rules, "particles")]  # fmt: skip
    return frozenset(t.casefold() for t in terms if " " not in t)


def _without_byline_word(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``By Ana Ruiz`` → ``Ana Ruiz``; ``Von Jens Ohlsen`` → ``Jens Ohlsen``: the first word
    goes when it is a byline word and two or more capitalised words follow it."""
    first, _, rest = text.partition(" ")
    words = rest.split()
    if (
        first.casefold() in _byline_words(rules)
        and len(words) >= 2
        and all(w[:1].isupper() for w in words[:2])
    ):
        return rest
    return text


def _line_names_uncached(t: str, page: _Page) -> tuple[Person, ...] | None:
    core = t.strip(" ,;")
    for conn in ("& ", "and "):
        core = core.removeprefix(conn)
    for conn in (" &", " and"):
        core = core.removesuffix(conn)
    core = core.strip(" ,;")
    if core in ("", "&", "and", "…", "...", "et al.", "et al"):
        return ()
    if len(core) > MAX_BYLINE_LENGTH:
        return None
    core = _byline_text(core, page.rules)
    core = _without_byline_word(core, page.rules)
    if not core[:1].isupper() or not _capitalised(core, page.rules):
        return None
    if _YEAR.search(core) or _lenient(parse_date, core, locales=page.rules) is not None:
        return None
    plist = _lenient(parse_names, core, locales=page.rules)
    if plist is None or not _names_ok(list(plist), strict=True, page_rules=page.rules):
        return None
    if len(plist) == 1 and (len(core.split()) > 4 or _acronym(core)):
        return None
    if plist.role is not None:
        page.memo[("role-line", t)] = plist.role
    return tuple(plist)


def _byline_at(page: _Page, first: int) -> _Byline | None:
    """Names on consecutive lines from line ``first``: one or many per line, with
    ``,`` / ``&`` / ``…`` lines between; stops at the first line that is not names or
    repeats a name already read (pages print names twice: byline, then affiliations)."""
    lines = page.layout.lines
    persons: list[Person] = []
    keys: set[str] = set()
    used: list[Line] = []
    for line in lines[first : first + 40]:
        if line.index in page.layout.label_lines or _URL.search(line.text):
            break
        names = _line_names(line.text, page)
        if names is None:
            break
        if any(p.match_key in keys for p in names):
            break
        if not names and not persons:
            continue
        persons.extend(names)
        keys.update(p.match_key for p in names)
        used.append(line)
    if not persons:
        return None
    real = [ln for ln in used if _line_names(ln.text, page)]
    span = (real[0].start, real[-1].end)
    roles = {page.memo.get(("role-line", ln.text)) for ln in real} - {None}
    if roles == {"editor"}:
        page.memo[("role", span)] = "editor"
    return _Byline(tuple(persons), span, real[0].index, real[-1].index)


def _acronym(text: str) -> bool:
    return any(len(w) > 1 and w.isupper() and w.isalpha() for w in text.split())


@functools.cache
def _name_lowercase(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words a byline may hold in lower case: the locales' list words (``and``, ``og``,
    ``y``) and name particles (``van``, ``de la``, ``dos``), each word of them."""
    terms = [*_loc.terms_of("person_names", rules, "and"),
             *_loc.terms_of("person_names", rules, "particles")]  # fmt: skip
    return frozenset(w.casefold() for t in terms for w in t.split()) | {"&"}


def _capitalised(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Every word of a byline starts with a capital, apart from list words, particles
    and one-letter affiliation markers."""
    lower = _name_lowercase(rules)
    for w in text.replace(",", " ").replace(";", " ").split():
        if w[:1].isupper() or not w[:1].isalpha() or len(w) == 1 or w in lower:
            continue
        return False
    return True


def _byline_after(page: _Page, title_line: int) -> tuple[_Byline | None, int | None]:
    """The byline within a few lines after a title, and a subtitle line if one stands between."""
    lines = page.layout.lines
    subtitle: int | None = None
    for k in range(title_line + 1, min(len(lines), title_line + 6)):
        line = lines[k]
        if k in page.layout.label_lines or len(line.text.split()) <= 1:
            continue
        by = _byline_at(page, k)
        if by is not None:
            return by, subtitle
        if subtitle is None and k == title_line + 1 and _looks_like_title(line, page):
            subtitle = k
            continue
        if len(line.text) > 80:
            break
    return None, None


def _interface_share(text: str, rules: tuple[_loc.LocaleRules, ...]) -> float:
    """The share of a line's words (function words aside) that are interface words."""
    ui, fw = _interface_words(rules), _closed_class(rules)
    tokens = [t.casefold() for t in _WORD.findall(_GLUED.sub(" ", text)) if len(t) > 1]
    content = [t for t in tokens if t not in fw]
    return sum(t in ui for t in content) / len(content) if content else 0.0


def _title_features(page: _Page, line: Line, rank: int, text_key: str) -> dict[str, float]:
    """Layout features of a title-like line (the names of ``title_model.FEATURES``)."""
    t = line.text
    words = t.split()
    lines = page.layout.lines
    key = _key(t)
    nxt = lines[line.index + 1] if line.index + 1 < len(lines) else None
    prev = lines[line.index - 1] if line.index > 0 else None
    neighbours = [n for n in (prev, nxt) if n is not None]
    return {
        "rank": math.log1p(rank),
        "offset": line.start / max(1, len(page.text)),
        "repeats": float(min(3, text_key.count(key) - 1)) if len(key) > 12 else 0.0,
        "words": len(words) / 10,
        "short": float(len(words) <= 3),
        "locator_next": float(nxt is not None and _locator_line(nxt, page)),
        "blank_before": float(line.blank_before),
        "ends_period": float(t.endswith(".")),
        "capitalised": sum(w[:1].isupper() for w in words) / len(words),
        "interface": _interface_share(t, page.rules),
        "neighbours_interface": (
            sum(_is_chrome(n.text, page.rules) for n in neighbours) / len(neighbours)
            if neighbours
            else 0.0
        ),
        "colon": float(":" in t),
        "digits": sum(c.isdigit() for c in t) / max(1, len(t)),
    }


_ISBD_END = re.compile(r"\s+[/:;=]\s*$")
#: ISBD's statement of responsibility after a title: `` / by …``, `` / von …``, `` / [edited] …``
_ISBD_RESPONSIBILITY = re.compile(r"\s/\s(?=\S)")
_SERIES_NUMBER = re.compile(
    r"\s*[;؛]\s+.*$|\s*[:,]\s*(?:Bd|Band|Vol|vol|no|No|nr|Nr|Heft|t)\.?\s*\d.*$"
)

#: Characters of prose a page needs before its language is guessed from them.
MIN_PROSE_FOR_LANGUAGE = 600

#: How many title-like lines of a page are scored (a page's own title is rarely further down).
MAX_TITLE_LINES = 40
#: Bylines under the first this many title-like lines are kept as weak person candidates.
MAX_BYLINE_RANK = 15


def _title_candidates(page: _Page, value_lines: set[int]) -> list[Cand]:
    """Title-like lines scored by the title model (:mod:`comet.page.title_model`), plus
    labelled titles and titles of citation blocks."""
    cands: list[Cand] = []
    main = [ln for ln in page.layout.lines if ln.zone == "main"]
    text_key = _key(page.text)
    containers = {_key(str(c.value)) for c in _cite_values(page, "container-title")}
    containers |= {_key(lv.value) for lv in page.layout.values("journal", "container")}
    rank = 0
    for line in main:
        if rank >= MAX_TITLE_LINES:
            break
        if line.index in value_lines or not _looks_like_title(line, page):
            continue
        features = _title_features(page, line, rank, text_key)
        features["container"] = float(_key(line.text) in containers)
        rank += 1
        by, sub = _byline_after(page, line.index)
        if by is not None:
            if rank <= MAX_BYLINE_RANK:
                page.bylines.append(by)  # names near the top: a weak person candidate
            gap = by.first_line - line.index - (2 if sub is not None else 1)
            features["byline"] = 1.0
            features["byline_adjacent"] = float(gap <= 0)
            features["subtitle"] = float(sub is not None)
        value = line.text
        end = line.end
        evidence = "title-like line"
        prefix, colon, rest = value.partition(": ")
        if colon and rest and _is_chrome(prefix, page.rules):
            value = rest  # 'Details for: Title /', 'You are here: Title'
            features["chrome_prefix"] = 1.0
        value = _ISBD_END.sub("", value)  # 'Title /' (ISBD before a statement of responsibility)
        isbd = _ISBD_RESPONSIBILITY.search(value)
        if isbd is not None and len(value[: isbd.start()].split()) >= 2:
            value = value[: isbd.start()].rstrip(" :;,")  # 'Title / by A. Author.' (ISBD)
            end = line.start + len(value)
            features["responsibility"] = 1.0
        if by is not None:
            evidence = "title line above the byline"
            if sub is not None:
                sub_line = page.layout.lines[sub]
                lang_t = _language_of(line.text, page)
                lang_s = _language_of(sub_line.text, page)
                if lang_t is None or lang_s is None or lang_t == lang_s:
                    value = f"{line.text}: {sub_line.text}"
                    end = sub_line.end
        cand = Cand(value, _title_model.score(features), (line.start, end), evidence)
        cand.features = features
        cands.append(cand)
    for lv in page.layout.values("title"):
        if page.weight(lv.value_start) < 1:
            continue
        value = lv.value
        isbd = _ISBD_RESPONSIBILITY.search(value)
        if isbd is not None and len(value[: isbd.start()].split()) >= 2:
            value = value[: isbd.start()].rstrip(" :;,")  # 'Titolo: Title / Author'
        # a labelled title is good evidence, as strong as the title model's best lines
        cands.append(Cand(value, W_LABEL + 0.1, (lv.value_start, lv.value_start + len(value)),
                          f"label '{lv.label}'"))  # fmt: skip
    cites = _cite_values(page, "title")
    # A title a citation block confirms wins; prefer the page line's own spelling.
    for c in cands:
        ck = _key(str(c.value))
        if len(ck) > 8 and any(_key(str(cc.value)).startswith(ck) for cc in cites):
            c.score += 0.5
            c.evidence += " confirmed by a citation block"
    cands.extend(cites)
    return cands


def _locator_words(page: _Page) -> frozenset[str]:
    return _locator_vocab(page.rules)


@functools.cache
def _locator_vocab(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    words: set[str] = set()
    for section in ("locator", "months"):
        for term in _loc.terms_of(section, rules):
            words.update(w.casefold() for w in _WORD.findall(term))
    return frozenset(words)


def _locator_line(line: Line, page: _Page) -> bool:
    """A line that is a locator (``Volume 145, July 2023, Pages 228-237``), not prose."""
    vocab = _locator_words(page)
    other = [w for w in _WORD.findall(line.text) if len(w) > 2 and w.casefold() not in vocab]
    if len(other) > 2:
        return False
    loc = _lenient(parse_locator, line.text, locales=page.rules)
    return isinstance(loc, Locator) and bool(loc.volume) and bool(loc.pages or loc.issued)


_TITLE_SPLIT = (" — ", " – ", ": ")


def _split_title(title: str) -> tuple[str, str | None]:
    head, slash, _resp = title.partition(" / ")
    if slash and head.strip():
        title = head.strip()  # a catalogue's statement of responsibility follows ' / '
    for sep in _TITLE_SPLIT:
        head, found, tail = title.partition(sep)
        if found and head.strip() and tail.strip() and len(head.split()) >= 1:
            if sep == ": " and head.rstrip().endswith("?"):
                continue
            return head.strip(), tail.strip()
    return title, None


# --- persons ----------------------------------------------------------------


def _person_candidates(page: _Page, title_line: int | None) -> list[Cand]:
    cands: list[Cand] = []
    for lv in _romanised_first(page.layout.values("author"), lambda v: v.value):
        w = W_LABEL * page.weight(lv.value_start)
        if lv.layout == "next-line":
            by = _byline_at(page, lv.line + 1)
            if by is not None and _names_ok(by.persons, strict=True, page_rules=page.rules):
                cands.append(Cand(by.persons, w, by.span, f"label '{lv.label}'"))
            continue
        value = _heading_names(lv.value)
        plist = _lenient(parse_names, value, locales=page.rules)
        if plist is not None and _label_names_ok(list(plist), page.rules):
            cands.append(Cand(tuple(plist), w, (lv.value_start, lv.value_end),
                              f"label '{lv.label}'"))  # fmt: skip
    if title_line is not None:
        by, _sub = _byline_after(page, title_line)
        if by is not None:
            cands.append(Cand(by.persons, W_LINE, by.span, "byline under the title"))
    for other in page.bylines:
        cands.append(Cand(other.persons, W_POS - 0.1, other.span, "names near the top"))
    for item, span, weight, evidence in page.cites:
        names = item.get("author")
        if names:
            persons = tuple(_person_from_csl(n) for n in names)
            cands.append(Cand(persons, weight - 0.05, span, evidence))
    # Where one list is a prefix of another (a truncated byline, a citation cut by
    # "et al."), the longer list wins; equal lists: the page's own spelling wins.
    for c in cands:
        fams = [_key(p.family or p.literal or "") for p in c.value]
        for o in cands:
            if o is c:
                continue
            ofams = [_key(p.family or p.literal or "") for p in o.value]
            if (
                fams == ofams
                and o.span != c.span
                and not c.evidence.startswith(("BibTeX", "RIS", "citation"))
            ):  # the same names printed twice (not one line read twice)
                c.score = max(c.score, o.score) + 0.05
            elif (
                len(fams) > len(ofams)
                and fams[: len(ofams)] == ofams
                and not (
                    c.evidence.startswith("names near") and o.evidence.startswith("names near")
                )
            ):  # a longer list that another kind of evidence begins: a truncated citation
                c.score = max(c.score, o.score) + 0.1
    return cands


#: a relator term in brackets after a heading: ``[composer.]``, ``[writer of added commentary.]``
_RELATOR = re.compile(r"\s*\[(?=[^\W\d_A-Z])[^\]]{1,60}\](?:[^\[\]|]{0,12}\])?")
_LIFE_DATES = re.compile(
    r",?\s*(?:b\.\s*|d\.\s*|ca\.\s*)?1[0-9]\d\d\??-(?:1[0-9]\d\d\??)?(?=\s*(?:[.;|]|$))"
)


def _label_names_ok(persons: Sequence[Person], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Names under an author label: a label vouches for them, so an organisation
    (``literal``) or a single name (``Horace``) is fine; interface words and digits are not."""
    if not persons:
        return False
    ui = _interface_in_names(rules)
    for p in persons:
        whole = p.literal or f"{p.given or ''} {p.family or ''}"
        if _DIGIT_RE.search(whole) or not _WORD.search(whole):
            return False
        if any(w.casefold() in ui for w in _WORD.findall(_GLUED.sub(" ", whole))):
            return False
    return True


def _heading_names(value: str) -> str:
    """A catalogue name heading read as a name list: bracketed relator terms
    (``[composer.]``) and life dates (``, 1833-1897``) dropped, ``|`` between headings."""
    value = value.strip().rstrip(".")
    if value.startswith("[") and value.endswith("]") and value.count("[") == 1:
        value = value[1:-1]  # a heading the cataloguer supplied: [Villars, Pierre, 1623-1698]
    value = _RELATOR.sub("", value)
    value = _LIFE_DATES.sub("", value)
    return " ; ".join(p.strip(" .,") for p in value.split(" | ") if p.strip(" .,"))


def _person_from_csl(name: Mapping[str, Any]) -> Person:
    if name.get("literal"):
        return Person(literal=str(name["literal"]))
    particle = name.get("non-dropping-particle") or name.get("dropping-particle")
    return Person(
        family=name.get("family"),
        given=name.get("given"),
        particle=particle,
        suffix=name.get("suffix"),
        dropping_particle=bool(name.get("dropping-particle")),
    )


# --- identifiers ------------------------------------------------------------


def _identifiers(page: _Page) -> tuple[list[Cand], list[Cand], list[Cand], list[Cand]]:
    dois: list[Cand] = []
    issns: list[Cand] = []
    isbns: list[Cand] = []
    orcids: list[Cand] = []
    label_at: dict[int, str] = {}
    for lv in page.layout.labels:
        label_at[lv.line] = lv.key
    total = max(1, len(page.text))
    for m in find_identifiers(page.text):
        w = page.weight(m.start)
        line = page.layout.line_at(m.start)
        key = label_at.get(line.index) if line is not None else None
        pos = 0.1 * (1 - m.start / total)
        v = m.value
        if isinstance(v, Doi):
            base = W_LABEL if key == "doi" else W_POS + pos
            if line is not None and line.text.lstrip().startswith(("http", "doi", "DOI")):
                base = max(base, W_LINE + pos)
            dois.append(Cand(v, base * w, m.span, "DOI label" if key == "doi" else "DOI on page"))
        elif isinstance(v, Issn):
            if (
                key in ("issn", "eissn", "pissn")
                or "ISSN" in page.text[max(0, m.start - 20) : m.start]
            ):
                issns.append(Cand(v, W_LABEL * w, m.span, "ISSN label"))
        elif isinstance(v, Isbn):
            inside_doi = any(d.span[0] <= m.start < d.span[1] for d in dois)
            evidence = "ISBN inside the DOI" if inside_doi else "ISBN on page"
            isbns.append(Cand(v, (W_LINE if inside_doi else W_LABEL) * w, m.span, evidence))
        elif isinstance(v, Orcid):
            orcids.append(Cand(v, W_LABEL * w, m.span, "ORCID"))
    for c in _cite_values(page, "DOI"):
        d = _lenient(_doi_parse, str(c.value))
        if d is not None:
            dois.append(Cand(d, c.score, c.span, c.evidence))
    for c in _cite_values(page, "ISBN"):
        i = _lenient(_isbn_parse, str(c.value))
        if i is not None:
            isbns.append(Cand(i, c.score, c.span, c.evidence))
    # a DOI repeated on the page is more likely the page's own
    counts: dict[str, int] = {}
    for c in dois:
        counts[str(c.value)] = counts.get(str(c.value), 0) + (c.score > 0.2)
    for c in dois:
        c.score += 0.05 * min(3, counts[str(c.value)])
    return dois, issns, isbns, orcids


def _doi_parse(text: str, strict: bool = True) -> Any:
    from comet.identifiers import doi

    return doi.parse(text, strict=False) if not strict else doi.parse(text)


def _isbn_parse(text: str, strict: bool = True) -> Any:
    from comet.identifiers import isbn

    return isbn.parse(text, strict=False) if not strict else isbn.parse(text)


def _partial(parts: Sequence[Any]) -> PartialDate | None:
    """A :class:`PartialDate` from CSL ``date-parts`` (``None`` when they are not a date)."""
    try:
        nums = [int(x) for x in parts[:3]]
        if not nums:
            return None
        return PartialDate(
            nums[0], nums[1] if len(nums) > 1 else None, nums[2] if len(nums) > 2 else None
        )
    except (ValueError, TypeError):
        return None


# --- dates -----------------------------------------------------------------


def _date(page: _Page, text: str) -> PartialDate | None:
    value = _lenient(parse_date, text, locales=page.rules)
    return value if isinstance(value, PartialDate) else None


_DATE_KEYS = (*_DATE_PRIORITY, *_OTHER_DATES, "first_published")


@functools.cache
def _date_label_pattern(
    rules: tuple[_loc.LocaleRules, ...],
) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every date label of the locales, and the key of each label."""
    key_of: dict[str, str] = {}
    for key in _DATE_KEYS:
        for term in _loc.terms_of("labels", rules, key):
            key_of.setdefault(term.casefold(), key)
    alternation = "|".join(re.escape(t) for t in sorted(key_of, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])\s*:?", re.I), key_of


def _inline_dates(page: _Page, found: dict[str, Cand]) -> None:
    """Several date labels on one line: ``Received 3 May 2021, Accepted 1 June 2021,
    Available online 9 June 2021``. Each label's date runs to the next label."""
    pattern, key_of = _date_label_pattern(page.rules)
    for line in page.layout.lines:
        if line.zone != "main" or len(line.text) > 300 or not _YEAR.search(line.text):
            continue
        hits = list(pattern.finditer(line.text))
        if len(hits) < 2:
            continue
        for m, nxt in zip(hits, [*hits[1:], None], strict=True):
            key = key_of.get(m.group().rstrip(": ").strip().casefold())
            segment = line.text[m.end() : nxt.start() if nxt else len(line.text)]
            d = _date(page, segment.strip(" ,.;:"))
            if key is not None and d is not None and key not in found:
                span = (line.start + m.start(), line.start + m.end() + len(segment))
                found[key] = Cand(d, W_LABEL, span, f"label '{m.group().rstrip(': ')}'")


def _lenient_find_dates(text: str, rules: tuple[_loc.LocaleRules, ...]) -> list[Any]:
    try:
        return list(find_dates(text, locales=rules))
    except ParseError:
        return []


def _dates(page: _Page) -> dict[str, Cand]:
    found: dict[str, Cand] = {}
    for lv in page.layout.labels:
        if lv.key not in _DATE_KEYS or not lv.value:
            continue
        if page.weight(lv.value_start) < 1:
            continue
        d = _date(page, lv.value)
        if d is None:  # a date at the start of a longer value: '12. März 2021 von …'
            first = next(iter(_lenient_find_dates(lv.value[:200], page.rules)), None)
            if first is not None and first.start <= 3 and isinstance(first.value, PartialDate):
                d = first.value
        if d is None:
            for m in _YEAR.finditer(lv.value):
                d = _date(page, lv.value[m.start() :]) or _date(page, m.group())
                break
        if d is not None and lv.key not in found:
            found[lv.key] = Cand(d, W_LABEL, (lv.value_start, lv.value_end), f"label '{lv.label}'")
    _inline_dates(page, found)
    return found


def _issued_candidates(page: _Page, dates: Mapping[str, Cand], locator: Locator | None,
                       locator_span: tuple[int, int] | None) -> list[Cand]:  # fmt: skip
    cands: list[Cand] = []
    for rank, key in enumerate(_DATE_PRIORITY):
        if key in dates:
            c = dates[key]
            cands.append(Cand(c.value, W_LABEL + 0.1 - 0.02 * rank, c.span, c.evidence))
    if "first_published" in dates:
        # 'First published' names the work's first date on an article page, but the
        # journal's on a journal page: weaker than a publication label, as strong as a
        # locator, so that it refines a locator's year to the day
        c = dates["first_published"]
        cands.append(Cand(c.value, W_LINE, c.span, c.evidence))
    if page.title_line is not None:
        lines = page.layout.lines
        for line in lines[page.title_line + 1 : page.title_line + 8]:
            if line.index in page.layout.label_lines or len(line.text) > 40:
                continue
            if _is_chrome(line.text, page.rules):
                continue  # a counter ('1786 Accesses'), not a date
            d = _date(page, line.text)
            if d is not None and not line.text.strip().isdigit():
                cands.append(Cand(d, W_POS, (line.start, line.end), "date line under the title"))
                break
    for lv in page.layout.values("rights"):
        ym = _YEAR.search(lv.value)
        if ym is not None and len(lv.value) < 60:
            cands.append(Cand(PartialDate(int(ym.group())), W_POS - 0.15,
                              (lv.value_start, lv.value_end), f"label '{lv.label}'"))  # fmt: skip
            break
    years = page.layout.values("year")
    if years:
        y = _date(page, years[0].value)
        if y is not None:
            months = page.layout.values("month")
            if months:
                m = _date(page, f"{months[0].value.split()[0]} {y.year}")
                if m is not None:
                    y = m
            cands.append(Cand(y, W_LABEL, (years[0].value_start, years[0].value_end),
                              f"label '{years[0].label}'"))  # fmt: skip
    for lv in page.layout.values("status"):
        st = _lenient(parse_status, lv.value, locales=page.rules)
        if isinstance(st, Status) and st.year is not None:
            d = _date(page, st.date) if st.date else None
            if d is None or d.year != st.year:
                d = PartialDate(st.year)
            cands.append(Cand(d, W_LABEL - 0.1, (lv.value_start, lv.value_end), "status line"))
    if locator is not None and locator.issued is not None and locator_span is not None:
        cands.append(Cand(locator.issued, W_LINE, locator_span, "locator line"))
    for item, span, weight, evidence in page.cites:
        parts = (item.get("issued") or {}).get("date-parts") or []
        if parts and parts[0]:
            d = _partial(list(parts[0]))
            if d is None:
                continue
            cands.append(Cand(d, weight - 0.2, span, evidence))
    # An online date long after the issue/citation year is a digitisation date.
    others = [c.value.year for c in cands if c.evidence not in {d.evidence for d in dates.values()}]
    if others:
        base = min(others)
        for c in cands:
            if c.value.year > base + 1:
                c.score -= 0.5
                c.evidence += f" (later than {base}: a digitisation or reprint date)"
    return cands


# --- locator -----------------------------------------------------------------


_ALNUM_ONLY = re.compile(r"[\W_]+")
_DOI_LIKE = re.compile(r"\b10\.\d{4,9}/\S+")
_PHONE = re.compile(r"\+\d{1,3}[\s(]")


def _is_contact(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A line of contact details (a contact word of the locales, an e-mail address or an
    international phone number): its numbers are never a locator."""
    if "@" in text or _PHONE.search(text):
        return True
    words = _contact_words(rules)
    return any(w.casefold() in words for w in _WORD.findall(text))


@functools.cache
def _contact_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in _loc.terms_of("words", rules, "contact_words"))


def _units(page: _Page) -> list[tuple[str, int, int, int]]:
    """Main-zone lines, plus runs of short lines joined into one (a locator printed one
    part per line: ``Metrologia,`` / ``Volume 12,`` / ``Number 4``)."""
    out: list[tuple[str, int, int, int]] = []
    run: list[Line] = []

    def flush() -> None:
        if len(run) >= 2:
            joined = " ".join(ln.text for ln in run)
            out.append((joined, run[0].start, run[-1].end, run[0].index))
        run.clear()

    in_byline = {i for by in page.bylines for i in range(by.first_line, by.last_line + 1)}
    title_key = page.memo.get("title-key", "")
    doi_lines = {lv.line for lv in page.layout.values("doi")}
    for line in page.layout.lines:
        if line.index in doi_lines:
            # a DOI line often carries the locator too ('DOI: 10.1/x (Article) Journal,
            # 2012, 4, 1-10'): read it with the identifiers blanked out
            blanked = _DOI_LIKE.sub(lambda m: " " * len(m.group()), line.text)
            out.append((blanked, line.start, line.end, line.index))
            flush()
            continue
        if _is_contact(line.text, page.rules):
            flush()
            continue  # 'Fax: +65 6794 1325; Tel: …' is no volume, issue and pages
        raw_start, raw_end = page.to_raw(line.start, line.end)
        if page.raw.count("\t", raw_start, raw_end) >= 2:
            flush()
            continue  # a table row (holdings: 'Book⇥Main library⇥598.33 YAM') is no locator
        if len(title_key) > 12 and title_key in _key(line.text):
            flush()
            continue  # the title or a breadcrumb repeating it: 'Opus 49, Nr. 4' is no locator
        if (
            line.index in page.layout.label_lines
            or line.index in in_byline
            or line.text.count("|") >= 2
            or _PRICE.search(line.text)
        ):
            flush()
            continue
        out.append((line.text, line.start, line.end, line.index))
        if len(line.text) <= 30:
            run.append(line)
        else:
            flush()
    flush()
    return out


#: the end of an author list before a journal name in a citation: ``…, L. ``, ``et al. ``
_AFTER_AUTHORS = re.compile(r"(?:,\s*(?:[A-Z]\.\s?){1,3}|\bet al\.)\s+(?=[A-Z])")
_GLUED_MARKER = re.compile(r"[^\W\d_]{2}\d{1,2}(?:,|$)")
_HEAD_LABEL = re.compile(r"^\s*(?:[^\W\d_]{2,12}:)?\s*(?:\([^()]{1,40}\)\s*)?")


def _journal_head(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """The journal name printed before a locator (``Nanoscale, 2012, 4, 1529``), or ``""``
    when the text before it is no name: prose (``All samples were dissolved in``), a
    caption, or nothing. A leading label (``DOI:``) and article type (``(Paper)``) go."""
    head = _HEAD_LABEL.sub("", text.strip(" ,.:;–-("))
    cuts = list(_AFTER_AUTHORS.finditer(head))
    if cuts:  # 'Reeta, P.S. & Giribabu, L. J Chem Sci': the authors go
        head = head[cuts[-1].end() :]
    head = _YEAR_LEAD.sub("", head).strip(" ,.:;–-(")
    words = head.split()
    if not head or not head[:1].isupper() or len(words) > 12:
        return ""
    letters = sum(c.isalpha() for c in head)
    if letters < 0.7 * len(head.replace(" ", "")) or _GLUED_MARKER.search(head):
        return ""  # a formula, or names with affiliation numbers
    fw = _closed_class(rules)
    if words[-1].casefold() in fw:
        return ""  # 'Preparation of', 'dissolved in': a sentence goes on
    lower = [w for w in words[1:] if w[:1].islower() and w.casefold() not in fw]
    if len(lower) > len(words) // 3:
        return ""  # sentence case prose, not a journal name
    return head


#: a physical description (ISBD area 5: ``xii, 345 p. : ill. ; 24 cm.``), not a locator
_EXTENT = re.compile(r"\b\d+(?:\s*x\s*\d+)?\s*cm\b|\bill\.|\bleaves\b|\bsound disc|\bvideodisc")
_EXTENT_COUNT = re.compile(r"(?<![\[\d])(\d{1,5})\s+(?=[^\W\d_])")


def _extent_pages(value: str, rules: tuple[_loc.LocaleRules, ...]) -> PageRange | None:
    """The page count of a physical description (``iv, 291 leaves`` → 291; roman
    preliminaries and bracketed counts apart), as a :class:`PageRange` with ``count``."""
    words = {w.casefold().rstrip(".") for w in _loc.terms_of("locator", rules, "page_count")}
    words |= {"leaves", "pages", "p", "pp", "s", "sider", "seiten", "sidor"}
    for m in _EXTENT_COUNT.finditer(value.split(":")[0]):
        unit = _WORD.match(value, m.end())
        if unit is not None and unit.group().casefold() in words:
            pr = _lenient(parse_pages, f"{m.group(1)} pp.", locales=rules)
            return pr if isinstance(pr, PageRange) else None
    return None


def _locator(page: _Page) -> tuple[dict[str, Cand], Locator | None, tuple[int, int] | None]:
    out: dict[str, list[Cand]] = {"volume": [], "issue": [], "pages": [], "number": []}
    best_loc: Locator | None = None
    best_span: tuple[int, int] | None = None
    best_score = [0.0]

    def add_loc(loc: Locator, score: float, span: tuple[int, int], evidence: str) -> None:
        nonlocal best_loc, best_span
        if loc.volume:
            out["volume"].append(Cand(loc.volume, score, span, evidence))
        if loc.issue:
            out["issue"].append(Cand(loc.issue, score, span, evidence))
        if loc.pages is not None:
            first = loc.pages.first or ""
            # an article number: '045004', or more digits than a page number has ('104511')
            article_no = first.isdigit() and (
                len(first) >= 6 or (first[:1] == "0" and len(first) >= 5)
            )
            if loc.pages.last is None and first and (not first.isdigit() or article_no):
                out["number"].append(Cand(loc.pages.first, score, span, evidence))
            else:
                out["pages"].append(Cand(loc.pages, score, span, evidence))
        if loc.article_number:
            out["number"].append(Cand(loc.article_number, score, span, evidence))
        if loc.issued is not None and score > best_score[0]:
            best_loc, best_span = loc, span
            best_score[0] = score

    for lv in page.layout.labels:
        if not lv.value or page.weight(lv.value_start) < 1:
            continue
        span = (lv.value_start, lv.value_end)
        ev = f"label '{lv.label}'"
        if lv.key == "volume":
            loc = _lenient(parse_locator, lv.value, locales=page.rules)
            if isinstance(loc, Locator) and loc.volume:
                add_loc(loc, W_LABEL, span, ev)
            elif re.fullmatch(r"[\w.-]{1,12}", lv.value):
                out["volume"].append(Cand(lv.value, W_LABEL, span, ev))
        elif lv.key == "issue" and re.fullmatch(r"[\w./–-]{1,12}", lv.value):
            out["issue"].append(Cand(lv.value, W_LABEL, span, ev))
        elif lv.key in ("pages",):
            pr = _lenient(parse_pages, lv.value, locales=page.rules)
            if isinstance(pr, PageRange):
                out["pages"].append(Cand(pr, W_LABEL, span, ev))
        elif lv.key == "description" and _EXTENT.search(lv.value):
            count = _extent_pages(lv.value, page.rules)
            if count is not None:
                out["pages"].append(Cand(count, W_LABEL, span, f"extent under '{lv.label}'"))
        elif lv.key in ("volume_issue", "description", "container"):
            loc = _lenient(parse_locator, lv.value, locales=page.rules)
            if isinstance(loc, Locator) and (loc.volume or loc.pages):
                add_loc(loc, W_LABEL, span, ev)
        elif lv.key in ("number", "article_number"):
            found = re.search(r"\b[\w-]*\d[\w-]*\b", lv.value)
            if found:
                out["number"].append(Cand(found.group(), W_LABEL, span, ev))
    for text, start, end, index in _units(page):
        if index > 400 or len(text) > 300 or not _TWO_NUMBERS.search(text):
            continue
        for m in find_locator(text, locales=page.rules):
            loc = m.value
            if loc.volume and not _VOLUME.match(loc.volume):
                continue
            if (loc.volume and (loc.issue or loc.pages)) or (loc.volume and loc.issued):
                virtual = end - start != len(text)
                span = (start, end) if virtual else (start + m.start, start + m.end)
                weight = (W_LINE if index < 60 else W_LINE - 0.1) * page.weight(start)
                head = _journal_head(text[: m.start], page.rules)
                # a year and a journal name before the numbers make it a citation locator
                weight += 0.03 * (loc.issued is not None) + 0.03 * bool(head)
                add_loc(loc, weight, span, "locator line")
                if head:
                    page.heads.append(Cand(head, weight, span, "journal before a locator"))
                elif not head and not virtual and index > 0:
                    prev = page.layout.lines[index - 1]
                    if (
                        prev.index not in page.layout.label_lines
                        and not _DIGIT_RE.search(prev.text)
                        and "," not in prev.text
                        and len(prev.text.split()) <= 10
                        and not prev.text.endswith(".")
                        and _WORD.search(prev.text)
                    ):
                        page.heads.append(Cand(prev.text.rstrip(", "), W_POS, (prev.start, prev.end),
                                               "line above the locator"))  # fmt: skip
    for key in ("volume", "issue"):
        out[key].extend(_cite_values(page, key))
    for c in _cite_values(page, "page"):
        pr = _lenient(parse_pages, str(c.value))
        if isinstance(pr, PageRange):
            out["pages"].append(Cand(pr, c.score, c.span, c.evidence))
    chosen: dict[str, Cand] = {}
    for key, cands in out.items():
        best = page.choose(key, cands)
        if best is not None:
            chosen[key] = best
    return chosen, best_loc, best_span


# --- container, publisher -----------------------------------------------------


def _clean_container(v: str) -> str:
    """Strip what a citation leaves around a container (``X, , 16 (6)``, ``X, 16 (6)``)."""
    v = re.split(r",\s*,", v)[0]
    cut = re.search(r",\s*\d", v)
    if cut is not None:
        v = v[: cut.start()]
    return v.strip(" .,:;–-")


def _container_candidates(page: _Page, locator_span: tuple[int, int] | None) -> list[Cand]:
    cands: list[Cand] = []
    for lv in page.layout.values("journal", "container"):
        v = lv.value.strip(" .,")
        if page.weight(lv.value_start) < 1 or not v:
            continue
        v = _YEAR_LEAD.sub("", v)
        for m in find_locator(v, locales=page.rules):
            if m.value.volume and (m.value.pages or m.value.issue):
                v = v[: m.start]
                break
        v = _clean_container(v)
        if not v or not _WORD.search(v):
            continue
        cands.append(Cand(v, W_LABEL, (lv.value_start, lv.value_end), f"label '{lv.label}'"))
    cands.extend(page.heads)
    for c in [*_cite_values(page, "container-title"), *page.heads]:
        c.value = _clean_container(str(c.value))
        if not c.value:
            continue
        if c not in cands:
            cands.append(c)
        full = _expansion(page, c.value)
        if full is not None:
            cands.append(Cand(full[0], c.score + 0.1, full[1],
                              f"the page's full name of {c.value!r}"))  # fmt: skip
    return cands


def _expansion(page: _Page, abbrev: str) -> tuple[str, tuple[int, int]] | None:
    """A line near the top that spells out an abbreviated journal name
    (``J Polym Environ`` → ``Journal of Polymers and the Environment``)."""
    parts = [w.rstrip(".").casefold() for w in re.findall(r"[^\W\d_]+\.?", abbrev)]
    if len(parts) < 2 or not any(len(p) <= 5 for p in parts):
        return None
    for line in page.layout.lines[:25]:
        if _DIGIT_RE.search(re.sub(r"\([^()]*\)", "", line.text)):
            continue
        words = [w.casefold() for w in _WORD.findall(line.text)]
        if len(words) < len(parts) or len(words) > 3 * len(parts) + 3:
            continue
        if _key(line.text) == _key(abbrev):
            continue
        i = 0
        for w in words:
            if i < len(parts) and w.startswith(parts[i]):
                i += 1
        if (i == len(parts) and words[0].startswith(parts[0][:1])) or (
            i == len(parts) and len(words[0]) <= 3
        ):
            return line.text.strip(" ,."), (line.start, line.end)
    return None


# --- type ------------------------------------------------------------------


def _type(page: _Page, record: dict[str, Any]) -> tuple[PublicationType | None, str | None]:
    cands: list[Cand] = []
    ptype: PublicationType | None = None
    for lv in page.layout.values("thesis_note"):
        if lv.value and page.weight(lv.value_start) >= 1:
            cands.append(Cand("thesis", W_LABEL, (lv.value_start, lv.value_end),
                              f"label '{lv.label}'"))  # fmt: skip
    for lv in page.layout.values("publication_type", "material_type"):
        pt = _lenient(parse_publication_type, lv.value, locales=page.rules)
        if isinstance(pt, PublicationType):
            w = W_LABEL if lv.key == "publication_type" else W_POS + 0.05
            cands.append(
                Cand(pt.csl_type, w, (lv.value_start, lv.value_end), f"label '{lv.label}'")
            )
            if lv.key == "publication_type" and ptype is None:
                ptype = pt
    for item, span, weight, evidence in page.cites:
        if item.get("type") and item["type"] != "document":
            cands.append(Cand(item["type"], weight - 0.1, span, evidence))
    span = (0, 0)
    doi = record.get("doi")
    if doi is not None and record.get("isbns") and record.get("_isbn_in_doi"):
        tail = str(doi).split("/", 1)[-1]
        cands.append(Cand("chapter" if re.search(r"\.ch\d|\.c\d|chapter", tail) else "book",
                          W_LINE, span, "DOI embeds a book's ISBN"))  # fmt: skip
    container = record.get("container_title") or ""
    if container and re.search(r"(?i)\b(proceedings|conference|symposium|workshop)\b", container):
        cands.append(Cand("paper-conference", W_LINE, span, "container is a proceedings"))
    elif container and (record.get("volume") or record.get("issns")):
        cands.append(Cand("article-journal", W_LINE, span, "container with volume/ISSN"))
    elif record.get("volume") and (record.get("issue") or record.get("issns")):
        cands.append(Cand("article-journal", W_POS, span, "volume with issue/ISSN"))
    if record.get("isbns") and not record.get("_isbn_in_doi") and not container:
        cands.append(Cand("book", W_POS, span, "an ISBN and no container"))
    if record.get("number") and record.get("collection_title") and not container:
        cands.append(Cand("report", W_LABEL + 0.1, span, "numbered report series"))
    if page.kind is not None and page.kind.csl_type is not None:
        cands.append(Cand(page.kind.csl_type, W_POS - 0.05, span, f"a {page.kind.name} page"))
    best = page.choose("type", cands)
    if best is not None and ptype is not None and best.value != ptype.csl_type:
        page.note(
            "contradiction",
            f"the page's type label says {ptype.csl_type!r} but {best.evidence} says "
            f"{best.value!r}; chose the stronger evidence",
            best.span,
            Severity.WARNING,
        )
    return ptype, (best.value if best is not None else None)


# --- keywords, abstract ------------------------------------------------------------


#: Keyword blocks read from one page; a page with more is junk (a real one has a few:
#: author keywords, subject headings, key terms in two or three languages), and each
#: block costs tens of microseconds.
MAX_KEYWORD_BLOCKS = 100


def _keywords(page: _Page) -> tuple[Keyword, ...]:
    labelled: list[Keyword] = []
    bullets: list[Keyword] = []
    seen: set[str] = set()
    for n, m in enumerate(find_keyword_blocks(page.text, locales=page.rules)):
        if n == MAX_KEYWORD_BLOCKS:
            page.note(
                "keyword-blocks-truncated",
                f"more than {MAX_KEYWORD_BLOCKS} keyword blocks: the rest of the page is not "
                "read for keywords",
                (m.start, len(page.text)),
                Severity.WARNING,
            )
            break
        block = m.value
        if page.weight(m.start) < 1:
            continue
        target = labelled if block.evidence is not BlockEvidence.BULLETS else bullets
        if block.evidence is BlockEvidence.BULLETS:
            items = list(block.keywords)
            if not items or any(len(k.text.split()) > 5 for k in items):
                continue
        for k in block.keywords:
            if k.key not in seen:
                seen.add(k.key)
                target.append(k)
        if block.keywords:
            page.spans.setdefault("keywords", page.to_raw(m.start, m.end))
    if labelled:
        return tuple(labelled)
    subjects = _subject_keywords(page)
    if subjects:
        return subjects
    if bullets and page.kind is not None and "bullets_are_keywords" in page.kind.flags:
        return tuple(bullets)
    if bullets:
        page.note("ignored-bullets", "an unlabelled bullet list was not taken as keywords")
    return ()


_SUBJECT_SPLIT = re.compile(r"\s+\|\s+|\s*;\s+")
_SUBDIVISION = re.compile(r"\s+--\s+|\s+—\s+")


def _subject_keywords(page: _Page) -> tuple[Keyword, ...]:
    """Subject headings of a catalogue record (``Subject(s): A | B -- Subdivision``): the
    heading of each, without its subdivisions, as keywords."""
    heads: dict[str, None] = {}
    for lv in page.layout.values("subjects"):
        if page.weight(lv.value_start) < 1:
            continue
        for part in _SUBJECT_SPLIT.split(lv.value):
            head = _SUBDIVISION.split(part)[0].strip(" .")
            if head and not _YEAR.search(head):
                heads.setdefault(head, None)
    if not heads:
        return ()
    found = _lenient(parse_keywords, "; ".join(heads), locales=page.rules)
    return tuple(found.keywords) if found is not None else ()


def _paragraph_after(page: _Page, line_index: int) -> tuple[str, int, int] | None:
    lines = page.layout.lines
    parts: list[Line] = []
    for line in lines[line_index + 1 :]:
        if line.index in page.layout.label_lines:
            break
        if parts and line.blank_before:
            break
        parts.append(line)
    if not parts:
        return None
    return " ".join(p.text for p in parts), parts[0].start, parts[-1].end


_TRAIL_NOTE = re.compile(r"\s*[-–—]\s*(?:Reproduced|[A-Z][a-z]+ed)\s*\.?\s*$")


def _abstract(page: _Page, value_lines: set[int]) -> tuple[str | None, str | None]:
    cands: list[Cand] = []
    for lv in page.layout.labels:
        if lv.key not in ("abstract", "summary") or page.weight(lv.value_start) < 1:
            continue
        if lv.value and lv.layout in ("same-line", "glued", "inline", "next-line"):
            text = lv.value
            if lv.layout == "next-line":
                para = _paragraph_after(page, lv.line)
                if para is not None:
                    text = para[0]
            cands.append(Cand(text, W_LABEL, (lv.value_start, lv.value_end), f"label '{lv.label}'"))
        elif not lv.value:
            para = _paragraph_after(page, lv.line)
            if para is not None and len(para[0]) > 80:
                cands.append(Cand(para[0], W_LABEL, (para[1], para[2]), f"label '{lv.label}'"))
    best = page.choose("abstract", cands, explain=False)
    if best is None:
        desc = _described(page)
        if desc is not None:
            return None, desc
    if best is not None:
        text = _TRAIL_NOTE.sub("", str(best.value)).strip()
        if text != best.value:
            page.note("removed-note", "removed a trailing cataloguing note from the abstract",
                      best.span)  # fmt: skip
        _count_duplicates(page, text)
        return text, None
    # no label: the first long prose paragraph of the main zone
    for line in page.layout.lines:
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        if line.index in value_lines:
            continue
        t = line.text
        if len(t) >= 300 and len(t.split()) >= 40 and not _BULLET.match(t):
            page.spans["abstract"] = page.to_raw(line.start, line.end)
            if page.kind is not None and "prose_is_description" in page.kind.flags:
                return None, t
            return t, None
    return None, None


def _described(page: _Page) -> str | None:
    """A long paragraph under a ``Description`` heading (a shop's or publisher's blurb)."""
    for lv in page.layout.labels:
        if lv.key != "description" or page.weight(lv.value_start) < 1:
            continue
        text = lv.value
        if not text:
            para = _paragraph_after(page, lv.line)
            text = para[0] if para is not None else ""
        if len(text) >= 200:
            return text
    return None


def _count_duplicates(page: _Page, text: str) -> None:
    head = text[:80]
    n = page.text.count(head) if len(head) >= 40 else 1
    if n > 1:
        page.note("removed-duplicate", f"the abstract occurs {n} times on the page; kept once")


# --- event, holdings, references -------------------------------------------------------


def _event(page: _Page) -> Event | None:
    name = place = country = None
    start = end = None
    for lv in page.layout.values("event", "conference"):
        value = lv.value
        head, sep, tail = value.rpartition(" - ")
        if sep and lv.key == "event":
            value, where = head.strip(), tail.strip()
            rest, c = split_place(where, page.rules)
            if c is not None:
                country = c.code
                where = rest
            place = place or where or None
        if name is None or (lv.key == "event" and len(value) > len(name)):
            name = value
            page.spans.setdefault("event", page.to_raw(lv.value_start, lv.value_end))
    for lv in page.layout.values("event_location", "city"):
        if place is None:
            place = lv.value
    for lv in page.layout.values("country"):
        if country is None:
            _, c = split_place(lv.value, page.rules)
            if c is not None:
                country = c.code
                if place is not None and lv.value not in place:
                    place = f"{place}, {lv.value}"  # City + Country/Territory rows
    if name is None:
        for lv in page.layout.values("venue"):
            name = lv.value
            break
    if place is None:
        for lv in page.layout.values("address"):
            place = lv.value
            break
    years = page.layout.values("year")
    year_hint = _date(page, years[0].value) if years else None
    for lv in page.layout.values("event_duration", "month"):
        kwargs: dict[str, Any] = {"locales": page.rules}
        if year_hint is not None:
            kwargs["year"] = year_hint.year
        rng = _lenient(parse_date_range, lv.value, **kwargs)
        if isinstance(rng, DateRange) and rng.end is not None:
            start, end = rng.start, rng.end
            break
    if name is None and place is None and start is None:
        return None
    return Event(name=name, place=place, country=country, start=start, end=end)


def _holdings(page: _Page) -> tuple[Holding, ...]:
    lines = page.layout.lines
    header: list[str] | None = None
    out: list[Holding] = []
    pending: list[str] = []
    for line in lines:
        t = line.text
        if header is None:
            if t.startswith("|") and t.count("|") >= 3:
                cells = [c.strip() for c in t.strip("|").split("|")]
                keys = []
                for c in cells:
                    m = _lenient_label(c, page)
                    keys.append(m or "")
                if sum(bool(k) for k in keys) >= 2:
                    header = keys
            continue
        if re.fullmatch(r"\|?[-|\s:]*", t):
            continue
        if _TABLE_ROW.match(t) or t.endswith("|"):
            cells = [c.strip() for c in t.strip("|").split("|") if c.strip()]
            if not cells:
                continue
            out.append(_holding(pending + cells, header, page))
            pending = []
        elif len(t.split()) <= 3 and not out:
            pending = [t]
        else:
            break
    return tuple(out)


def _lenient_label(cell: str, page: _Page) -> str | None:
    from comet.vocab import match_label

    m = match_label(cell, page.rules)
    return m.key if m is not None and m.value_start >= len(cell) else None


def _holding(cells: list[str], header: list[str], page: _Page) -> Holding:
    """Assign cells to header columns in order, skipping columns a cell cannot fill."""
    fields: dict[str, str] = {}
    col = 0
    for cell in cells:
        while col < len(header):
            key = header[col]
            col += 1
            if _fits(key, cell, page):
                fields[key] = cell
                break
    return Holding(
        location=fields.get("location"),
        call_number=fields.get("call_number"),
        status=fields.get("status"),
        barcode=fields.get("barcode"),
        item_type=fields.get("item_type"),
        date_due=fields.get("date_due"),
        volume_info=fields.get("volume_issue") or fields.get("description"),
    )


def _fits(key: str, cell: str, page: _Page) -> bool:
    has_digit = any(c.isdigit() for c in cell)
    if key == "barcode":
        return bool(re.fullmatch(r"[A-Za-z]{0,6}\d{3,}[A-Za-z0-9]*", cell))
    if key in ("volume_issue", "description"):
        loc = _lenient(parse_locator, cell, locales=page.rules)
        return isinstance(loc, Locator) and bool(loc.volume or loc.pages)
    if key == "date_due":
        return _date(page, cell) is not None
    if key == "status":
        return not has_digit and len(cell.split()) <= 3
    if key == "call_number":
        loc = _lenient(parse_locator, cell, locales=page.rules)
        locator_like = isinstance(loc, Locator) and bool(loc.volume and (loc.issue or loc.pages))
        return has_digit and len(cell) <= 40 and not locator_like
    if key in ("location", "item_type"):
        return not re.fullmatch(r"[\d\W]+", cell)
    return True


def _references(page: _Page) -> tuple[tuple[Reference, ...], list[Diagnostic]]:
    lines = page.layout.lines
    ref_lines = [ln for ln in lines if ln.zone == "references"]
    if not ref_lines:
        return (), []
    start, end = ref_lines[0].start, ref_lines[-1].end
    diags: list[Diagnostic] = []
    if end - start > REFERENCES_MAX_LENGTH:
        # a list longer than parse_references reads: its first part, cut at a line break
        cut = page.text.rfind("\n", start, start + REFERENCES_MAX_LENGTH)
        cut = cut if cut > start else start + REFERENCES_MAX_LENGTH
        diags.append(
            Diagnostic(
                "references-truncated",
                f"the reference list is longer than {REFERENCES_MAX_LENGTH:,} characters: "
                "the rest is not parsed",
                page.to_raw(cut, end),
                Severity.WARNING,
            )
        )
        end = cut
    result = parse_references(page.text[start:end], locales=page.rules, strict=False)
    if result.value is None:
        return (), diags
    page.spans["references"] = page.to_raw(start, end)
    for d in result.diagnostics:
        span = None if d.span is None else page.to_raw(d.span[0] + start, d.span[1] + start)
        diags.append(attrs.evolve(d, span=span))
    return tuple(result.value.references), diags


# --- languages ---------------------------------------------------------------


def _languages(page: _Page) -> tuple[str | None, str | None]:
    work = None
    for lv in page.layout.values("language", "original_language"):
        lang = _lenient(parse_language, lv.value)
        if lang is not None:
            work = lang.tag
            page.spans.setdefault("language", page.to_raw(lv.value_start, lv.value_end))
            break
    counts: dict[str, int] = {}
    for lv in page.layout.labels:
        for rules in page.rules:
            if rules.lookup("labels", lv.label) is not None and not lv.label.isupper():
                counts[rules.tag] = counts.get(rules.tag, 0) + 1
    page_lang = None
    if counts:
        top = max(counts.values())
        tops = sorted(t for t, n in counts.items() if n == top)
        page_lang = "en" if "en" in tops else tops[0]
        if len(tops) > 1 and page_lang != "en":
            page.note("ambiguous", f"page language could be any of {tops}")
    return work, page_lang


# --- the record ---------------------------------------------------------------


def _str(cand: Cand | None) -> str | None:
    return None if cand is None else str(cand.value)


def _prepare(
    text: str, locales: str | _loc.LocaleRules | Iterable[str | _loc.LocaleRules] | None
) -> tuple[_Page, set[int]]:
    """Clean, lay out and read the citation blocks of a page; the lines that are values
    of next-line labels."""
    rules = _loc.resolve(locales)
    cleaned = clean_text(text, locales=rules)
    layout = read_layout(cleaned.text, rules)
    kind, _scores = detect_kind(cleaned.text, (lv.key for lv in layout.labels))
    page = _Page(text, cleaned.text, cleaned.span_to_raw, layout, rules, kind)
    page.diags.extend(cleaned.diagnostics)
    _read_citations(page)
    value_lines = {lv.line + 1 for lv in layout.labels if lv.layout == "next-line"}
    return page, value_lines


def title_lines(text: str, *, locales: Any = None) -> list[tuple[str, dict[str, float]]]:
    """The title-like lines of a page with their title-model features, in page order
    (what ``scripts/train_title_model.py`` learns from; not part of the stable API)."""
    page, value_lines = _prepare(text, locales)
    return [
        (str(c.value), c.features)
        for c in _title_candidates(page, value_lines)
        if c.features is not None
    ]


def parse_record(
    text: str,
    *,
    locales: str | _loc.LocaleRules | Iterable[str | _loc.LocaleRules] | None = None,
    source: str | None = None,
    references: bool = True,
) -> Record:
    """Read a whole scraped page and return one :class:`Record`.

    ``locales`` narrows the languages whose labels are tried (default: all
    registered); ``source`` is stored on the record (a file name or URL).
    ``references=False`` skips parsing the page's reference list (about half the
    time on a page with a long one); the list's zone is still kept out of the
    page's own fields.
    ``parse_record`` never fails on a ``str`` up to :data:`MAX_PAGE_LENGTH`
    characters: a page with nothing recognisable gives an empty record whose
    diagnostics say what was removed.  Longer input raises
    :class:`~comet.ParseError` (``too-long``); a non-``str`` raises ``TypeError``.

    >>> rec = parse_record("A Study of Things\\nSmith, J. and Doe, A.\\nDOI: 10.1000/xyz")
    >>> rec.title, [p.family for p in rec.authors], str(rec.doi)
    ('A Study of Things', ['Smith', 'Doe'], '10.1000/xyz')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_PAGE_LENGTH:
        raise ParseError(
            f"page of {len(text)} characters is longer than {MAX_PAGE_LENGTH}",
            code=ErrorCode.TOO_LONG,
            input=text,
            start=MAX_PAGE_LENGTH,
        )
    marc = read_marc_view(text)
    if marc is not None:  # a MARC view: its fields are block evidence, its rows not lines
        rest = parse_record(marc.masked(text), locales=locales, source=source,
                            references=references)  # fmt: skip
        return marc.apply(rest, text)
    page, value_lines = _prepare(text, locales)
    layout, rules, kind = page.layout, page.rules, page.kind
    lines = [ln.text for ln in layout.lines]
    verdict = _not_record.judge(lines, rules, [_is_chrome(t, rules) for t in lines])
    if verdict is not None:
        line = layout.lines[verdict.line]
        what = "an error or login page" if verdict.kind == "error" else "a list of results"
        page.note(
            "not-a-record",
            f"the page is {what} ({verdict.phrase!r}), not the record of one work: "
            "no field was read",
            (line.start, line.end),
            Severity.WARNING,
        )
        return Record(kind=kind.name if kind is not None else "unknown", source=source,
                      raw=text, diagnostics=tuple(page.diags))  # fmt: skip
    # title
    tcands = _title_candidates(page, value_lines)
    tbest = page.choose("title", tcands)
    title = subtitle = None
    title_line: int | None = None
    if tbest is not None:
        title, subtitle = _split_title(str(tbest.value))
        at = layout.line_at(tbest.span[0])
        if at is not None and at.start == tbest.span[0]:
            title_line = at.index
        else:  # chosen from a citation or a label: the page's own line of that title
            key = _key(str(tbest.value))
            lines_of = [c for c in tcands if c.features is not None and _key(str(c.value)) == key]
            if lines_of:
                own = max(lines_of, key=lambda c: c.score)
                at = layout.line_at(own.span[0])
                title_line = at.index if at is not None else None
    page.title_line = title_line
    page.memo["title-key"] = _key(title) if title else ""
    if tbest is not None:
        _title_citations(page, str(tbest.value), title_line)
    # persons
    pbest = page.choose("authors", _person_candidates(page, title_line))
    authors: tuple[Person, ...] = tuple(pbest.value) if pbest is not None else ()
    editors: list[Person] = []
    if pbest is not None and page.memo.get(("role", pbest.span)) == "editor":
        editors, authors = list(authors), ()
        page.note("editors", "the names under the title are editors ('(eds.)')", pbest.span)
    for lv in layout.values("editor"):
        plist = _lenient(parse_names, lv.value.rstrip(","), locales=rules)
        if plist is not None and _names_ok(list(plist)):
            editors.extend(plist)
            break
    # identifiers
    dois, issns, isbns, orcids = _identifiers(page)
    dbest = page.choose("doi", [c for c in dois if c.score >= 0.2])
    doi = dbest.value if dbest is not None else None
    issn_vals = _unique(c.value for c in sorted(issns, key=lambda c: -c.score) if c.score >= 0.5)
    isbn_c = [c for c in isbns if c.score >= 0.5]
    isbn_in_doi = any(c.evidence == "ISBN inside the DOI" for c in isbn_c)
    # both printed forms of one ISBN stay (a catalogue prints the ISBN-10 and the ISBN-13)
    isbn_vals = tuple(
        {(c.value.isbn13, len(_ALNUM_ONLY.sub("", c.value.raw))): c.value
         for c in sorted(isbn_c, key=lambda c: -c.score)}.values()
    )  # fmt: skip
    orcid_vals = _unique(c.value for c in orcids if c.score >= 0.5)
    # locator, dates
    loc, best_loc, loc_span = _locator(page)
    dates = _dates(page)
    icands = _issued_candidates(page, dates, best_loc, loc_span)
    ibest = page.choose("issued", icands)
    issued = ibest.value if ibest is not None else None
    if ibest is not None:
        finer = _finer(ibest, icands)
        if finer is not None:
            page.note("refined-date", f"issued: {finer.value} ({finer.evidence}) refines "
                      f"{issued} ({ibest.evidence})", finer.span)  # fmt: skip
            issued = finer.value
    other_dates = {k: c.value for k, c in dates.items()}
    # container
    cbest = page.choose(
        "container_title", [c for c in _container_candidates(page, loc_span) if c.score >= 0.2]
    )
    container = _str(cbest)
    # publisher
    publisher = None
    pubs = [Cand(lv.value, W_LABEL, (lv.value_start, lv.value_end), f"label '{lv.label}'")
            for lv in _romanised_first(layout.values("publisher"), lambda v: v.value)]  # fmt: skip
    pubs.extend(_cite_values(page, "publisher"))
    pub = page.choose("publisher", pubs)
    imprint_place = imprint_year = None
    if pub is not None:
        publisher, imprint_place, imprint_year = _imprint(str(pub.value))
        publisher = publisher or None
        if publisher and container and _key(publisher) == _key(container):
            page.note(
                "contradiction",
                f"the publisher {publisher!r} is the container title; dropped it as the publisher",
                pub.span,
                Severity.WARNING,
            )
            publisher = None
    place = imprint_place
    places = _cite_values(page, "publisher-place")
    if places and place is None:
        place = str(places[0].value)
    if issued is None and imprint_year is not None and pub is not None:
        issued = PartialDate(imprint_year)
        page.note("imprint-year", f"issued {imprint_year} from the imprint {pub.value!r}", pub.span)
    collection = _collection(layout)
    # status
    status = None
    for lv in layout.values("status"):
        st = _lenient(parse_status, lv.value, locales=rules)
        if isinstance(st, Status):
            status = st
            page.spans["status"] = page.to_raw(lv.value_start, lv.value_end)
            break
    number = _str(loc.get("number"))
    volume = _str(loc.get("volume"))
    if container and _is_report_series(container, rules):
        page.note("report-series", f"{container!r} is a report series: kept as the "
                  "collection title, its number as the report number")  # fmt: skip
        collection = collection or container
        number = number or volume
        volume = None
        container = None
    fields: dict[str, Any] = {
        "doi": doi,
        "isbns": isbn_vals,
        "_isbn_in_doi": isbn_in_doi,
        "container_title": container,
        "volume": volume,
        "issue": _str(loc.get("issue")),
        "issns": issn_vals,
        "number": number,
        "collection_title": collection,
    }
    ptype, csl_type = _type(page, fields)
    # event: only for conference-like works or pages that label one
    event = _event(page)
    if event is not None and event.place is None and csl_type == "paper-conference":
        places_ = _cite_values(page, "publisher-place")
        if places_:
            event = attrs.evolve(event, place=str(places_[0].value))
            place = None
    elif event is None and csl_type == "paper-conference" and place:
        event = Event(place=place)
        place = None
    pages_c = loc.get("pages")
    pages = pages_c.value if pages_c is not None else None
    if (
        csl_type in ("book", "thesis", "report")
        and pages is not None
        and pages.last is None
        and (pages.first or "").isdigit()
    ):
        page.note("page-count", f"{pages.first} is the book's number of pages, not a page")
        pages = parse_pages(f"{pages.first} pp.", strict=False).value
    keywords = _keywords(page)
    abstract, description = _abstract(page, value_lines)
    language, page_language = _languages(page)
    if language is None and abstract and len(abstract) >= 200:
        language = _language_of(abstract, page, margin=2.0)
        if language is not None:
            page.note("guessed-language", f"the work's language {language!r} was read from "
                      "the abstract's function words (no language label)")  # fmt: skip
    if language is None:
        prose = [ln for ln in layout.lines if ln.zone == "main" and len(ln.text) >= 200
                 and _SENTENCE.search(ln.text)]  # fmt: skip
        body = " ".join(ln.text for ln in prose[:20])
        if len(body) >= MIN_PROSE_FOR_LANGUAGE:
            language = _language_of(body, page, margin=3.0)
            if language is not None:
                page.note("guessed-language", f"the work's language {language!r} was read "
                          "from the function words of the page's prose (no language label, "
                          "no abstract)", (prose[0].start, prose[0].end))  # fmt: skip
    holdings = _holdings(page) if kind is not None and "holdings" in kind.flags else ()
    refs: tuple[Reference, ...] = ()
    if references:
        refs, ref_diags = _references(page)
        page.diags.extend(ref_diags)
    record = Record(
        title=title,
        subtitle=subtitle,
        authors=authors,
        editors=tuple(editors),
        type=ptype,
        csl_type=csl_type,
        status=status,
        issued=issued,
        dates=other_dates,
        container_title=container,
        collection_title=collection,
        volume=volume,
        issue=_str(loc.get("issue")),
        pages=pages,
        number=number,
        doi=doi,
        issns=issn_vals,
        isbns=isbn_vals,
        orcids=orcid_vals,
        publisher=publisher,
        place=place,
        language=language,
        page_language=page_language,
        keywords=keywords,
        abstract=abstract,
        description=description,
        event=event,
        holdings=holdings,
        references=refs,
        kind=kind.name if kind is not None else "unknown",
        source=source,
        spans=page.spans,
        raw=text,
        diagnostics=tuple(page.diags),
    )
    return record


def _is_report_series(container: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    low = f" {container.casefold()} "
    return any(f" {t.casefold()} " in low for t in _loc.terms_of("references", rules, "report")
               if len(t) > 6)  # fmt: skip


def _finer(best: Cand, cands: Sequence[Cand]) -> Cand | None:
    """A candidate that agrees with ``best`` on every part ``best`` has and adds more."""
    b: PartialDate = best.value
    for c in sorted(cands, key=lambda c: -c.score):
        d: PartialDate = c.value
        if len(d.date_parts()) <= len(b.date_parts()) or c.score < best.score - 0.3:
            continue
        if d.date_parts()[: len(b.date_parts())] == b.date_parts():
            return c
    return None


#: an imprint that is only a date (``Publisher: 1984``, ``[1912?]``): no publisher in it
_DATE_ONLY = re.compile(r"^[\[(]?(?:c|©|cop\.|℗)?\s*(?:1[5-9]\d\d|20\d\d)\??[\])]?[-–\d]*\.?$")
#: the date statement that closes an imprint: ``, 2014``, ``, [2014]``, ``, c1998``,
#: ``, 1854-57``, ``, Shōwa 46-47 [1971-1972]``
_IMPRINT_DATE = re.compile(r",\s*[^,:;]*?(?:1[5-9]\d\d|20\d\d)[^,:;]*$")


def _imprint(value: str) -> tuple[str, str | None, int | None]:
    """A catalogue imprint (ISBD ``Place : Publisher, Date`` and its older comma form
    ``Place, Publisher, Date``) → publisher, place, year. ``London : Routledge, 2014`` →
    ``("Routledge", "London", 2014)``; a value that is only a date gives no publisher."""
    value = value.strip().rstrip(".")
    if _DATE_ONLY.match(value):
        return "", None, int(_YEAR.search(value).group(1))  # type: ignore[union-attr]
    year = None
    date = _IMPRINT_DATE.search(value)
    if date is not None:
        bracket = re.search(r"\[([^\]]*)\]\s*$", date.group())
        found = _YEAR.search(bracket.group(1) if bracket else date.group()) or _YEAR.search(
            date.group()
        )
        year = int(found.group(1)) if found else None
        value = value[: date.start()].strip()
    if " : " in value or re.search(r"\]\s*:\s", value):
        place, _, pub = value.rpartition(":")
        return pub.strip(" ,"), place.strip(" ,;") or None, year
    if year is not None and value.count(",") == 1:
        place, pub = (p.strip() for p in value.split(","))
        if len(place.split()) <= 3 and place[:1].isupper():
            return pub, place, year  # 'Paris, Jose, 1733'
    return value, None, year


def _collection(layout: Layout) -> str | None:
    """The series title: a ``Series:`` value, or the ``Name`` row under a series heading."""
    labels = layout.labels
    series = _romanised_first([lv for lv in labels if lv.key == "series" and lv.value],
                              lambda v: v.value)  # fmt: skip
    for i, lv in enumerate(labels):
        if lv.key != "series" or (lv.value and lv not in series):
            continue
        if lv.value:
            return _SERIES_NUMBER.sub("", lv.value).strip(" .") or lv.value
        if i + 1 < len(labels) and labels[i + 1].key == "name" and labels[i + 1].value:
            return labels[i + 1].value
    return None


def _unique(values: Iterable[T]) -> tuple[T, ...]:
    out: list[T] = []
    for v in values:
        if v not in out:
            out.append(v)
    return tuple(out)
