"""A title the head of a page quotes as its own work's: ``… report entitled 'Fen Water
Levels: A Review' which …``, ``Научная статья на тему 'Торфяные болота Севера'``.

A document-sharing or repository site often opens the page with one sentence naming the
work it shows, the title in quotation marks after a titling phrase of the locales
(``[words].title_quotes``: *entitled, titled, на тему, под названием, intitulé, mit dem
Titel, titulado, pod tytułem*), while the lines under it print the title glued to other text
(a transcript, a subject line) or not at all. The sentence must name a document of its own
kind within :data:`WORK_WORDS_BEFORE` words before the phrase (``[words].title_quote_works``:
*text file, report number, this document, научная статья, диссертация, thèse, tesis*): a
news headline or lead quoting the lecture, exhibition or book it reports on (``лекция на
тему «…»``, ``une exposition intitulée « … »``, ``un libro titulado «…»``) names none. Only
the page's first line is read (a viewer's or a repository's head sentence), and only a
quotation of :data:`MIN_WORDS` words or more: a story quoting a title in its body, or a
search for one word, makes no candidate.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import Cand, _Page

__all__ = ["QUOTED_EVIDENCE", "quoted_titles"]

#: the page's first lines read (the head sentence of a viewer or a repository page)
HEAD_LINES = 1
#: words before the titling phrase searched for the document's word
WORK_WORDS_BEFORE = 6
#: words of the quoted title at least
MIN_WORDS = 3
#: the weight of such a title: the page's own statement of its work's title, as a BibTeX or
#: RIS block printed on the page states its fields (``evidence.W_BLOCK``)
W_QUOTED = 0.95
#: characters of a line read at most (a glued transcript's first line may be long)
LINE_CHARS = 600

#: the evidence of such a candidate (a title closed by its quotation marks is whole: no longer
#: line completes it, ``comet.page.title_runs.completed_title``)
QUOTED_EVIDENCE = "a title the page's head quotes after a titling phrase"

#: opening quotation marks and the marks that close each
_CLOSERS = {"'": "'", '"': '"', "«": "»", "„": "“”", "“": "”", "‘": "’", "‚": "‘’", "‹": "›"}


@functools.cache
def _work_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    terms = [t.casefold() for t in _loc.terms_of("words", rules, "title_quote_works")]
    if not terms:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(set(terms))})(?!\w)", re.IGNORECASE)


def _names_its_work(before: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The words before a titling phrase name a document (``… report number GAO-13-868T``,
    ``Научная статья``): the page's own work, not a talk or a book a story reports on."""
    pattern = _work_pattern(rules)
    near = " ".join(before.split()[-WORK_WORDS_BEFORE:])
    return pattern is not None and pattern.search(near) is not None


@functools.cache
def _pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    terms = [t.casefold() for t in _loc.terms_of("words", rules, "title_quotes")]
    if not terms:
        return None
    opens = re.escape("".join(_CLOSERS))
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(set(terms))}):?\s*([{opens}])", re.IGNORECASE)


def _quoted(text: str, at: int, opener: str) -> str | None:
    """The text quoted from ``at`` (just after ``opener``) to the mark that closes it, where
    that mark ends a word (an apostrophe inside a word, ``Women's``, closes nothing)."""
    closers = _CLOSERS[opener]
    for i in range(at, len(text)):
        if text[i] in closers and (i + 1 == len(text) or not text[i + 1].isalnum()):
            return text[at:i].strip()
    return None


def quoted_titles(page: _Page) -> list[Cand]:
    """The titles the page's first lines quote after a titling phrase of the locales."""
    pattern = _pattern(page.rules)
    if pattern is None:
        return []
    out = []
    for line in [ln for ln in page.layout.lines if ln.zone == "main"][:HEAD_LINES]:
        text = line.text[:LINE_CHARS]
        m = pattern.search(text)
        if m is None:
            continue
        if not _names_its_work(text[: m.start()], page.rules):
            continue  # 'лекция на тему «…»': a talk the story reports on
        value = _quoted(text, m.end(), text[m.start(1)])
        if value is None or len(value.split()) < MIN_WORDS:
            continue
        start = line.start + m.end()
        out.append(Cand(value, W_QUOTED, (start, start + len(value)), QUOTED_EVIDENCE))
    return out
