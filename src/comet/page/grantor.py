"""The institution that granted a thesis's degree: its publisher.

A thesis's title page names the university beside its degree statement (``… submitted to
the faculty of the University of X in partial fulfillment of the requirements for the
degree …``, ``… aan de Rijksuniversiteit Groningen …``); a citation of a thesis names it after
the discipline (HAL: ``Name. Title. Discrete Mathematics [cs.DM]. Université de X, 2015.``).
The words that make a name a degree grantor's are the locales' ``[words].degree_grantors``.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.page.evidence import _Page
from comet.text._words import closed_class

#: characters before and after a degree statement searched for the grantor's name
GRANTOR_WINDOW = 400
#: words of a grantor's name at most
GRANTOR_WORDS = 10

#: connecting words in a row inside a name at most (``Graduate College of the University``)
CONNECTOR_RUN = 2
#: letters of a word ending in a full stop past which it ends a sentence, no abbreviation
#: (``Lagune-Est.``, not ``St.`` or ``Univ.``)
SENTENCE_END_WORD = 5


@functools.cache
def _connectors(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words that may stand inside a capitalised name (``University of North Carolina at
    Chapel Hill``, ``Université de Montpellier``, ``Texas A&M University``): the locales'
    function words and name particles, and ``&``."""
    return closed_class(rules) | {"&"}


_TOKEN = re.compile(r"[^\s,;:()]+")


@functools.cache
def _grantor_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _loc.terms_of("words", rules, "degree_grantors"))


def _names_one(name: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether a grantor's name holds a word of its own besides the grantor's word and short
    particles (``Universidade Federal do Pará``, not ``A Universidade``)."""
    words = _grantor_words(rules)
    return any(len(w) > 2 and w.casefold().strip(".,") not in words for w in name.split())


def names_grantor(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``text`` holds a grantor word as a word or a word's end (``Rijksuniversiteit``)."""
    low = f" {text.casefold()} "
    words = _grantor_words(rules)
    # (the text split once and each token's end tested for every word at once, in C)
    return any(f" {w} " in low for w in words) or any(
        tok.strip(".,;:()").endswith(words) for tok in low.split()
    )


@functools.cache
def _elided(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """An elided article before a capitalised word (``l'Université``, ``d'Aix-Marseille``):
    the locales' ``[words].elided_articles`` and their function words ending in an
    apostrophe."""
    terms = {
        t.rstrip("'’")
        for t in (
            *_loc.terms_of("words", rules, "elided_articles"),
            *_loc.terms_of("words", rules, "function_words"),
        )
        if t.endswith(("'", "’")) and t.rstrip("'’").isalpha()
    }
    if not terms:
        return None
    alt = "|".join(map(re.escape, sorted(terms, key=lambda t: (-len(t), t))))
    return re.compile(rf"(?:{alt})['’](?=[^\W\d_])", re.I)


def _after_elided(token: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``token`` without an elided article before it (``l'Université`` → ``Université``)."""
    pattern = _elided(rules)
    m = pattern.match(token) if pattern is not None else None
    return token[m.end() :] if m is not None else token


def _capitalised(token: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    token = _after_elided(token, rules)  # 'l'Université', 'd'Aix': the word after the article
    return token[:1].isupper() or token[:1].isdigit()


def _runs(text: str, rules: tuple[_loc.LocaleRules, ...]) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (with connecting words inside them) in ``text``, within one
    line and between punctuation marks: start, end, text."""
    connectors = _connectors(rules)
    out: list[tuple[int, int, str]] = []
    toks = list(_TOKEN.finditer(text))

    def joined(a: int, b: int) -> bool:  # only spaces between two tokens
        return not text[toks[a].end() : toks[b].start()].strip(" \t")

    i = 0
    while i < len(toks):
        if not _capitalised(toks[i].group(), rules):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and joined(j, j + 1):
            if _capitalised(toks[j + 1].group(), rules):
                j += 1
                continue
            k = j + 1  # connecting words, then a capitalised word: 'of the University'
            while k < len(toks) and k - j <= CONNECTOR_RUN and toks[k].group() in connectors:
                k += 1
            if k >= len(toks) or not _capitalised(toks[k].group(), rules):
                break
            if not all(joined(x, x + 1) for x in range(j, k)):
                break
            j = k
        out.append((toks[i].start(), toks[j].end(), text[toks[i].start() : toks[j].end()]))
        i = j + 1
    return out


def _grantor_of_run(run: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The grantor's name in a capitalised run: from its grantor word on (``University of
    X``) or, where the word closes the name, from the last ``of`` before it (``Studies of
    Texas A&M University`` → ``Texas A&M University``)."""
    words = run.split()
    hits = [i for i, w in enumerate(words) if names_grantor(w, rules)]
    if not hits:
        return None
    connectors = _connectors(rules)
    k = hits[-1]  # 'Graduate College of the University of X': the university
    if k == len(words) - 1 or words[k + 1] not in connectors:  # 'X University', 'Universität X'?
        start = max((i + 1 for i in range(k) if words[i] in connectors), default=0)
        # 'Rijksuniversiteit Groningen', 'Universität Wien': a name after the word goes with it
        end = len(words) if k + 1 < len(words) and not words[k + 1][:1].islower() else k + 1
    else:
        start, end = k, len(words)  # 'University of North Carolina at Chapel Hill'
    for i in range(k + 1, end - 1):
        if words[i].endswith(".") and len(words[i]) > SENTENCE_END_WORD:
            end = i + 1  # 'Université Lagune-Est. Jury composé de …': the sentence ends there
            break
    name = " ".join(words[start:end]).strip(" .,-–")
    name = _after_elided(name, rules)  # "l'Université X": the university, without its article
    return name if 1 <= len(name.split()) <= GRANTOR_WORDS else None


def degree_grantor(page: _Page, span: tuple[int, int]) -> str | None:
    """The degree-granting institution named nearest the degree statement at ``span``
    (characters of the page's text), or ``None``."""
    lo = max(0, span[0] - GRANTOR_WINDOW)
    window = page.text[lo : span[1] + GRANTOR_WINDOW]
    here = span[0] - lo
    best: tuple[int, str] | None = None
    for start, end, run in _runs(window, page.rules):
        name = _grantor_of_run(run, page.rules)
        if name is None or not _names_one(name, page.rules):
            continue  # 'Universidade' alone (or 'A Universidade') names no university
        distance = here - end if end <= here else start - (span[1] - lo)
        if best is None or abs(distance) < best[0]:
            best = (abs(distance), name)
    return best[1] if best is not None else None


#: a subject classification code in brackets after a discipline (HAL: ``[cs.DM]``)
_SUBJECT_CODE = re.compile(r"\[[a-z-]+(?:\.[A-Za-z-]+)*\]")


def grantor_segment(publisher: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """The one sentence of a publisher value that names a degree grantor, where the others
    do not (``Discrete Mathematics [cs.DM]. Université de Montpellier`` → ``Université de
    Montpellier``); the value unchanged otherwise."""
    parts = [p.strip(" .") for p in re.split(r"\.\s+", publisher) if p.strip(" .")]
    if len(parts) < 2:
        return publisher
    named = [p for p in parts if names_grantor(_SUBJECT_CODE.sub("", p), rules)]
    return named[0] if len(named) == 1 else publisher


#: sentences of a citation before its grantor's at least: the names, the title, the discipline
THESIS_CITE_SENTENCES = 3
#: a citation's sentence that closes with its year: ``Université de X, 2015``
_CLOSING_YEAR = re.compile(rf",\s*({CITATION_YEAR_PATTERN})$")


@functools.cache
def _press_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words of a press's name alone (``[references].publisher_words``: ``Press``,
    ``Verlag``), folded; not :func:`comet.page.body_words._publisher_words`, whose
    organisation words (``University``) name a grantor too."""
    return _loc.casefolded_terms("references", rules, "publisher_words")


@functools.cache
def _book_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words of a book's edition or volume statement (the locales' ``[references].edition``
    and ``[locator].volume``: ``ed.``, ``edition``, ``Aufl.``, ``Vol.``)."""
    terms = (*_loc.terms_of("references", rules, "edition"),
             *_loc.terms_of("locator", rules, "volume"))  # fmt: skip
    return frozenset(w.casefold().strip(".") for t in terms for w in t.split()) - {""}


def _book_statement(sentence: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A citation's sentence that is a book's edition or volume statement or its number
    (``2nd ed``, ``Revised edition``, ``Vol``, ``2``), not a thesis's discipline."""
    return any(c.isdigit() for c in sentence) or any(
        w.casefold().strip(".,;:") in _book_words(rules) for w in sentence.split()
    )


#: a thesis note as Brazilian (ABNT) citations print it: the thesis's word, its degree in
#: brackets, a dash, then the grantor, the place and the year (``Dissertação (Mestrado em
#: Ecologia) - Universidade Federal de X, Brasília, 2019``)
_DEGREE_NOTE = re.compile(
    r"(?P<word>[^\W\d_][^()]{1,60}?)\s*\([^()]{2,120}\)\s*[-–—]\s*(?P<rest>.+)"
)


@functools.cache
def _thesis_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' thesis words (``[references].thesis``: *Dissertação*, *Tese*, *Tesis*),
    folded."""
    return _loc.casefolded_terms("references", rules, "thesis")


def _thesis_note_grantor(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The grantor of a thesis note in the ABNT form (:data:`_DEGREE_NOTE`): the first part
    after the dash, the place (its last part) aside, that names a grantor, where a thesis's
    word opens the note; ``None`` otherwise."""
    m = _DEGREE_NOTE.fullmatch(text.strip())
    if m is None or m.group("word").strip().casefold() not in _thesis_words(rules):
        return None
    parts = [p.strip() for p in m.group("rest").split(",")]
    # the grantor before the place (a faculty's name may come first: 'Instituto de Física,
    # Universidade X, Campinas')
    named = [p for p in parts[: max(1, len(parts) - 1)] if p and names_grantor(p, rules)]
    return named[0] if named else None


def thesis_grantor(citation: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """The degree grantor of ``citation`` when it cites a thesis the way repositories do:
    after the names, the title and the discipline, a sentence naming a degree grantor and
    closing with the year (``Name. Title. Discrete Mathematics [cs.DM]. Université de X,
    2015. English.`` → ``Université de X``); a publisher's word in that sentence makes it
    a press (``Oxford University Press, 2015``), and a book's edition or volume before it
    (``2nd ed. Harvard University, 2015``) or its place (``Cambridge: Harvard University``)
    a book's imprint; ``None`` for other citations."""
    sentences = [s.strip(" .") for s in re.split(r"\.\s+", citation) if s.strip(" .")]
    press = _press_words(rules)
    for k, sentence in enumerate(sentences):
        year = _CLOSING_YEAR.search(sentence)
        if k < THESIS_CITE_SENTENCES or year is None:
            continue
        noted = _thesis_note_grantor(sentence[: year.start()], rules)
        if noted is not None:
            return (
                noted if not any(w.strip(",").casefold() in press for w in noted.split()) else None
            )
        if _book_statement(sentences[k - 1], rules) or ":" in sentence[: year.start()]:
            continue  # '2nd ed. Harvard University, 2015', 'Cambridge: Harvard University'
        name = _SUBJECT_CODE.sub("", sentence[: year.start()]).strip(" ,")
        if names_grantor(name, rules) and not any(
            w.strip(",").casefold() in press for w in name.split()
        ):
            return name
    return None


def _cited_grantor(page: _Page) -> tuple[str, str] | None:
    """The degree grantor of the first of the page's citation blocks of its own work that
    cites a thesis (:func:`thesis_grantor`), with that block's evidence; ``None`` when none
    does."""
    for _item, span, _w, evidence in page.cites:
        grantor = thesis_grantor(page.text[span[0] : span[1]], page.rules)
        if grantor:
            return grantor, evidence
    return None
