"""Locale-derived word tables and patterns for reference parsing (built lazily, cached).

Every word the reference parser knows comes from the locale files: the ``[references]``
section (link text, ``In:``, editor markers, thesis/report words, …) and the sections of
other families that it reads (``[person_names]`` for ``and``/``et al.``, ``[locator]`` for
``vol``/``pp``, ``[status]`` for ``forthcoming``, ``[date_words]`` for ``n.d.``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from comet.locales import LocaleRules, alternation, fold, terms_of

__all__ = ["Lexicon", "lexicon"]


def _alt(terms: Iterable[str], *, word_end: bool = True) -> str:
    """A regex alternation of ``terms`` (longest first), whitespace-tolerant.

    ``word_end`` adds a word boundary after terms that end in a letter or digit.
    """

    def bounded(term: str, pat: str) -> str:
        if term.endswith(".") and term[-2:-1].isalnum():
            pat = pat[:-2] + r"(?:\.|\b)"  # "uppl." also matches "uppl"
        elif word_end and term[-1:].isalnum():
            pat += r"\b"
        return r"\b" + pat if term[:1].isalnum() else pat

    return alternation(terms, space=r"\s*", each=bounded) or r"(?!x)x"


def _guard(terms: Iterable[str]) -> str:
    """A lookahead for the first characters of ``terms``, to put before their
    alternation: a regex engine tries every term at every position of a search when
    ignoring case, and this one test rejects most positions at once (the same matches:
    each term's first character is tested under the same flags)."""
    terms = [t for t in terms if t]
    if not terms or any(not t.split() for t in terms):
        return ""  # (a term of spaces only matches anywhere: no lookahead is right for it)
    firsts = sorted({t.split()[0][0] for t in terms})  # (what its pattern opens with)
    # every branch of :func:`_alt` opens with a word boundary where its term opens with a
    # letter or digit: when all do, the boundary is tested once before the lookahead
    bound = r"\b" if all(t[:1].isalnum() for t in terms) else ""
    return bound + "(?=[" + "".join(re.escape(c) for c in firsts) + "])"


def _first_words(terms: Iterable[str]) -> frozenset[str]:
    """The first word of each term, case-folded and without punctuation (a cheap pre-check)."""
    return frozenset(t.split()[0].strip(".,:;()[]").casefold() for t in terms if t.split())


#: what may follow a link text term at the end of a line (``link_text``: ``[\s.,;|]``;
#: ``link_line`` also ``·•``)
_LINK_TRAIL = ".,;|·•"


def _strip_link_trail(text: str) -> str:
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _LINK_TRAIL):
        end -= 1
    return text[:end]


def _link_ends(terms: Iterable[str]) -> tuple[str, ...]:
    """The last word of each term (terms match with any spaces between words), lower-cased
    and without what may trail it; empty when a term would defeat the pre-check."""
    ends = []
    for t in terms:
        core = _strip_link_trail(t)
        last = core.split()[-1] if core.split() else ""
        if not last or not last.isascii():
            if last and not any(c.isalpha() for c in last):
                ends.append(last)  # '®': no case to fold
                continue
            return ()
        ends.append(last.lower())
    if any(len(e) > _MAX_END for e in ends):
        return ()
    return tuple(sorted(set(ends)))


def may_end_in_link_text(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` may end in link text (a necessary condition for ``lex.link_text``
    and ``lex.link_line`` to match at its end, checked without a regex): the text, without
    what may trail a term, ends with the last word of a term."""
    if not lex.link_ends:
        return True
    core = _strip_link_trail(text)
    tail = core[-_MAX_END:] if len(core) > _MAX_END else core
    if not tail.isascii():
        return True  # case-insensitive matching beyond ASCII: let the regex decide
    return tail.lower().endswith(lex.link_ends)


_MAX_END = 64


def _link_chars(terms: Iterable[str]) -> frozenset[str] | None:
    """The ASCII characters of link text: the terms' letters in both cases, what may
    stand before and after a term (``|,;·•.``), and ASCII whitespace; ``None`` when a term
    has a non-ASCII letter (ignoring case could then match an ASCII letter to it)."""
    chars = set(" \t\n\r\f\v\x1c\x1d\x1e\x1f|,;.")
    for t in terms:
        for c in t:
            if not c.isascii() and (c.lower() != c or c.upper() != c or c.casefold() != c):
                return None
            chars.update((c, c.lower(), c.upper()))
    return frozenset(c for c in chars if c.isascii())


def link_text_from(text: str, lex: Lexicon, pos: int = 0) -> int:
    """Where link text at the end of ``text`` may start, at the earliest (from ``pos``):
    after the last ASCII character no link text has (link text runs to the end).  A search
    from there finds what a search from ``pos`` finds, at a fraction of the cost."""
    chars = lex.link_chars
    if chars is None:
        return pos
    at = len(text)
    while at > pos and (text[at - 1] in chars or not text[at - 1].isascii()):
        at -= 1
    return at


def _folded(terms: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(t) for t in terms)


@attrs.frozen(eq=False)
class Lexicon:
    """Compiled tables for one tuple of locales."""

    link_text: re.Pattern[str]
    accessed_words: frozenset[str]
    in_words: frozenset[str]
    medium: re.Pattern[str]
    translator: re.Pattern[str]
    link_words: frozenset[str]
    link_line: re.Pattern[str]
    in_marker: re.Pattern[str]
    #: the last word of each link text term, lower-cased, without trailing ``.,;|·•``
    #: (an exact pre-check of :attr:`link_text` and :attr:`link_line`; see
    #: :func:`may_end_in_link_text`)
    link_ends: tuple[str, ...]
    #: the ASCII characters link text may be made of (any case; ``None``: not known)
    link_chars: frozenset[str] | None
    accessed: re.Pattern[str]
    available: re.Pattern[str]
    editors: re.Pattern[str]
    editors_tail: re.Pattern[str]
    edition: re.Pattern[str]
    thesis: re.Pattern[str]
    report: re.Pattern[str]
    status: re.Pattern[str]
    status_keys: dict[str, str]
    no_date: re.Pattern[str]
    and_words: frozenset[str]
    et_al: re.Pattern[str]
    particles: frozenset[str]
    organisation: frozenset[str]
    suffixes: frozenset[str]
    journal_words: frozenset[str]
    abbreviations: frozenset[str]
    proceedings: re.Pattern[str]
    publisher_words: re.Pattern[str]
    volume_words: frozenset[str]
    issue_words: frozenset[str]
    page_words: frozenset[str]
    supplement_words: frozenset[str]
    month_words: frozenset[str]
    #: an access date after its words (``accessed on 3 May 2020``, ``besøgt den 10.
    #: januar 2023``: the date's day prefix, ``[date_words].day_prefix``, or another word
    #: before it, ``[references].accessed_date_prefix``, left out), up to its end; in
    #: brackets, up to the closing bracket
    accessed_body: re.Pattern[str]
    accessed_in_brackets: re.Pattern[str]
    #: a page count alone (``123 pp.``, ``84 Seiten``, ``212 s.``): a number and a word of
    #: the locales' pages (``[locator].pages``, ``.page``)
    page_count: re.Pattern[str]
    #: the words after a page for the pages following it (``f.``, ``ff.``, ``sqq.``, the
    #: last word of ``et seq.``: the locales' ``[locator].following``), folded, no stop
    following_words: frozenset[str]
    #: an article number's words (``Article``, ``Art. no.``: the locales' ``[locator]``)
    article_words: frozenset[str] = frozenset()


def _locator_terms(locales: tuple[LocaleRules, ...], key: str) -> frozenset[str]:
    out = set(_folded(terms_of("locator", locales, key)))
    # the dotted and undotted spellings of a locator abbreviation are one word here
    out |= {t.rstrip(".") for t in out if t.endswith(".")}
    return frozenset(t for t in out if t)


def _status_keys(locales: tuple[LocaleRules, ...]) -> dict[str, str]:
    """Every status word (folded) with its status key, ``published`` left out."""
    out: dict[str, str] = {}
    for rules in locales:
        for key in rules.keys("status"):
            if key == "published":
                continue
            for t in rules.terms("status", key):
                out.setdefault(fold(t), key)
    return out


def _months(locales: tuple[LocaleRules, ...]) -> frozenset[str]:
    """Every month name and abbreviation (folded, without its period)."""
    return frozenset(
        fold(t).rstrip(".")
        for rules in locales
        for key in rules.keys("months")
        for t in rules.terms("months", key)
    )


@functools.cache
def lexicon(locales: tuple[LocaleRules, ...]) -> Lexicon:
    """The compiled :class:`Lexicon` of ``locales`` (cached per tuple)."""

    def terms(key: str, section: str = "references") -> tuple[str, ...]:
        return terms_of(section, locales, key)

    link = terms("link_text")
    link_alt = _alt(link)
    accessed = terms("accessed")
    available = terms("available")
    editors = terms("editors_marker")
    editor_words = (
        *terms("editor", "person_names"),
        *terms("editors", "person_names"),
    )
    status_keys = _status_keys(locales)
    and_words = _folded(terms("and", "person_names")) | {"&"}
    et_al = terms("et_al", "person_names")
    volume = _locator_terms(locales, "volume")
    issue = _locator_terms(locales, "issue")
    pages = _locator_terms(locales, "pages") | _locator_terms(locales, "page")
    on = alternation((*terms("day_prefix", "date_words"), *terms("accessed_date_prefix")))
    return Lexicon(
        accessed_body=re.compile(
            rf"\s*(?:{on})?\s*:?\s*([^\[\]()\x00]{{0,40}}?(?:,\s*\d{{4}})?)"
            r"\s*(?=[\])]|\.\s|\.?\s*\Z|\.?\s*\x00|,|;)"
        ),
        accessed_in_brackets=re.compile(rf"\s*(?:{on})?\s*:?\s*([^\[\]()]{{1,40}}?)\s*[\])]"),
        page_count=re.compile(
            rf"\A\s*\d{{1,5}}\s*(?:{alternation(pages) or '(?!)'})\.?\s*\Z", re.I
        ),
        following_words=frozenset(
            fold(t.split()[-1]).rstrip(".°º") for t in terms("following", "locator") if t.split()
        ),
        medium=re.compile(rf"\s*[\[(]\s*(?:{_alt(terms('medium'))})\s*[\])]", re.IGNORECASE),
        translator=re.compile(
            _guard(terms("translator", "person_names"))
            + rf"(?:{_alt(terms('translator', 'person_names'))})",
            re.IGNORECASE,
        ),
        accessed_words=_first_words(accessed),
        in_words=_first_words(terms("in_container")),
        link_words=frozenset(w.strip("[]().,;:").casefold() for t in link for w in t.split()[-1:]),
        link_ends=_link_ends(link),
        link_chars=_link_chars(link),
        # each item atomic and the loop possessive: the spaces between two items could
        # otherwise go to either item in every way (exponential on "article article …x")
        link_text=re.compile(
            rf"(?>\s*+[|,;·•]?\s*+(?:{link_alt})[\s.,;|]*+)++\Z",
            re.IGNORECASE,
        ),
        # atomic items: "Article Google Scholar" is one term or two, which made a line of
        # them followed by other text exponential
        link_line=re.compile(rf"\s*+(?>(?:{link_alt})[\s.,;|·•]*+)++\Z", re.IGNORECASE),
        in_marker=re.compile(
            rf"(?:^|(?<=[\s.,;:”\"’'»)\]]))(?:{_alt(terms('in_container'), word_end=False)})"
            r"(?=[\s:])\s*:?\s*",
            re.IGNORECASE,
        ),
        accessed=re.compile(_guard(accessed) + rf"(?:{_alt(accessed)})", re.IGNORECASE),
        available=re.compile(_guard(available) + rf"(?:{_alt(available)})", re.IGNORECASE),
        editors=re.compile(
            rf"(?:{_alt((*editors, *editor_words), word_end=True)})",
            re.IGNORECASE,
        ),
        editors_tail=re.compile(
            rf"[\s,]*(?:{_alt((*editors, *editor_words), word_end=True)})[\s.,:;]*\Z",
            re.IGNORECASE,
        ),
        edition=re.compile(_guard(terms("edition")) + rf"(?:{_alt(terms('edition'))})", re.I),
        thesis=re.compile(_guard(terms("thesis")) + rf"(?:{_alt(terms('thesis'))})", re.I),
        report=re.compile(_guard(terms("report")) + rf"(?:{_alt(terms('report'))})", re.I),
        status=re.compile(_guard(status_keys) + rf"(?:{_alt(status_keys)})", re.IGNORECASE),
        status_keys=status_keys,
        no_date=re.compile(
            rf"(?:{_alt((*terms('no_date'), *terms('undated', 'date_words')))})",
            re.IGNORECASE,
        ),
        and_words=and_words,
        et_al=re.compile(rf"(?:{_alt(et_al)})", re.IGNORECASE),
        particles=_folded(t for t in terms("particles", "person_names") if " " not in t),
        organisation=_folded(terms("organisation_words", "person_names")),
        suffixes=_folded(terms("suffixes", "person_names")),
        journal_words=_folded(
            (*terms("journal_words"), *terms("journal_abbrev"), *terms("proceedings"))
        ),
        abbreviations=frozenset(
            t
            for t in _folded(
                (*terms("journal_words"), *terms("journal_abbrev"), *terms("proceedings"))
            )
            if t.endswith(".")
        ),
        proceedings=re.compile(
            _guard(terms("proceedings")) + rf"(?:{_alt(terms('proceedings'))})", re.IGNORECASE
        ),
        publisher_words=re.compile(
            _guard(terms("publisher_words")) + rf"(?:{_alt(terms('publisher_words'))})",
            re.IGNORECASE,
        ),
        volume_words=volume,
        issue_words=issue,
        page_words=pages,
        supplement_words=_locator_terms(locales, "supplement") | _locator_terms(locales, "part"),
        month_words=_months(locales),
        article_words=_locator_terms(locales, "article_number"),
    )
