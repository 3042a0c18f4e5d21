"""Container candidates a line states in words rather than under a label.

A page often names the journal or the book a work appeared in with a phrase, no colon:
``From the journal Marsh Letters``, ``Published in Fen Studies``, ``Erschienen in
Jahrbuch der Moore``, ``Publicado en Revista de Humedales`` — the locales' container labels
of two words or more (``[labels].container``) opening a line of its own. The layout reads
labels only with a colon or in a table, so these lines were left to the masthead reader,
which takes the whole line (phrase and all) when its name holds a journal word, and nothing
otherwise. :func:`container_statements` reads the name after the phrase, cut before a
locator, as :func:`comet.page.journal_head._journal_head` reads a journal before one (a
capitalised name, not prose). A statement stands where it backs itself — its phrase names a
periodical (``From the journal``: a journal word of the locales in the phrase) or a locator
follows the name (``Published in Fen Studies 12(3): 45-67``) — or where the name holds a
journal word and the page prints it again (the venue stage's check,
:func:`comet.page.venue_backing._named_again`); a journal word in the name alone is not enough
(``Published in`` opens notes on a work's other versions too).
"""

from __future__ import annotations

import functools
import itertools
import re

from comet import locales as _loc
from comet.locators import find_locators
from comet.page.chrome import _call_to_action, _is_chrome, _journal_words
from comet.page.evidence import _DIGIT_RE, _WORD, W_LABEL, W_LINE, W_POS, Cand, _key, _Page
from comet.page.journal_head import _container_label, _journal_head
from comet.page.name_checks import _type_term
from comet.page.site_words import _company_words
from comet.text._words import closed_class

__all__ = ["STATEMENT_WEIGHT", "container_statements", "initials_in_doi", "issue_crumbs", "named_lines",
           "names_publisher", "tagline_names", "title_tails"]  # fmt: skip

#: a statement's weight: a label's, a little under it (no colon: a phrase, not a field)
STATEMENT_WEIGHT = W_LABEL - 0.05
#: words of a line holding a statement at most (a longer line is a sentence)
STATEMENT_LINE_WORDS = 16


#: letters of a journal word at least for an inflected form of it to count in a phrase
STEM_LETTERS = 5


@functools.cache
def _phrase_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' journal words of :data:`STEM_LETTERS` letters or more, folded: a phrase's
    word opening with one names a periodical (``журнале``, ``Zeitschrift``, ``revista``)."""
    return tuple(sorted(w for w in _journal_words(rules) if len(w) >= STEM_LETTERS))


@functools.cache
def _agent_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The prepositions of the locales' two-word publisher labels (``Published by``,
    ``Publié par``, ``Publicado por``; function words only) before a capitalised word."""
    fw = closed_class(rules)
    preps = {
        p[1]
        for p in (t.split() for t in _loc.terms_of("labels", rules, "publisher"))
        if len(p) == 2 and p[0][:1].isupper() and p[1].islower() and p[1].casefold() in fw
    }
    return re.compile(rf"\s(?:{_loc.alternation(preps)})\s+[^\W\d_]") if preps else None


def names_publisher(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """What a ``Published in`` statement names holds a publisher's preposition (``… in
    Great Britain by Heron Books``): a book's imprint statement, no container (review25)."""
    agent = _agent_words(rules)
    return agent is not None and agent.search(text) is not None


def container_statements(page: _Page) -> list[tuple[Cand, bool]]:
    """The names container statements give (``From the journal Marsh Letters`` → ``Marsh
    Letters``), each with whether the statement backs itself (a journal word of the locales
    in its phrase, ``From the journal``, or a locator after the name). Lines of the main zone only,
    short (:data:`STATEMENT_LINE_WORDS`), not labels; the name is what the phrase leaves
    before a locator, and must read as a journal's name (capitalised, no sentence), not as
    interface text."""
    opening = _container_label(page.rules)
    words = _phrase_words(page.rules)
    out: list[tuple[Cand, bool]] = []
    for line in page.layout.lines:
        m = opening.match(line.text)
        if (
            m is None
            or line.index in page.layout.label_lines
            or page.weight(line.start) < 1
            or len(line.text.split()) > STATEMENT_LINE_WORDS
        ):
            continue
        rest = line.text[m.end() :]
        if names_publisher(rest, page.rules):
            continue  # 'First published in Great Britain by Heron Books': an imprint
        found = next(iter(find_locators(rest, locales=page.rules)), None)
        if found is not None:
            rest = rest[: found.start]
        phrase = m.group()
        head = _journal_head(rest, page.rules).strip(" .,:;–-")
        if not head or _is_chrome(head, page.rules) or _call_to_action(head, page.rules):
            continue
        at = line.text.find(head, m.end())
        if at < 0:
            continue
        # backed by the statement itself: a journal word in its phrase, or a locator after
        # the name ('Published in Fen Studies 12(3): 45-67')
        named = found is not None or any(
            w.casefold().startswith(words) for w in _WORD.findall(phrase)
        )
        span = (line.start + at, line.start + at + len(head))
        cand = Cand(head, STATEMENT_WEIGHT, span, f"the statement '{phrase.strip()}'",
                    source="label")  # fmt: skip
        out.append((cand, named))
    return out


#: lines from the top searched for a journal's name whose initials the DOI spells
INITIALS_LINES = 40
#: initials of a name at least (``CMC``; two letters match too many DOIs' parts)
INITIALS_MIN = 3
#: words of such a name at most
INITIALS_WORDS = 10
#: the parts of a DOI's suffix (``cmc.2022.027178`` → ``cmc``, ``2022``, ``027178``)
_DOI_PARTS = re.compile(r"[./_()\-]+")


@functools.cache
def _repository_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("periodicals", rules, "repository_words")


def _platform_name(words: list[str], page: _Page) -> bool:
    """A name holding a repository's or a preprint server's word of the locales
    (``[periodicals].repository_words``: *Repository*, *Repositorio*, *Preprints*) and no
    journal word, on a page with no volume or issue: a platform, not a journal."""
    folded = {w.casefold() for w in words}
    return (
        bool(folded & _repository_words(page.rules))
        and not folded & _journal_words(page.rules)
        and not page.layout.values("volume", "issue")
    )


def initials_in_doi(page: _Page) -> list[Cand]:
    """A journal's name on a line of its own near the top whose initials are a part of the
    work's own DOI: ``Computers, Materials & Continua`` over ``DOI:10.5555/cmc.2022.027178``,
    ``Revista de Estudios Costeros`` with ``10.5555/rec.v15i1.2087`` (publishers build DOIs
    from the journal's acronym). The initials are those of the capitalised words that are no
    function words, three letters at least; the line has no digit, two to
    :data:`INITIALS_WORDS` words, is no chrome, no label and not the title, and holds no word
    of a company's or an organisation's name (``American Chemical Society`` with
    ``10.5555/acs.jmc.1234``: the publisher, whose acronym the DOI spells too) nor a
    repository's word with no journal word and no volume or issue on the page (``Harbour Open
    Repository`` with ``10.5555/hor.2021.0042``: the platform). A pattern on a
    line (weight :data:`~comet.page.evidence.W_LINE`)."""
    doi = str(page.memo.get("own-doi") or "")
    if "/" not in doi:
        return []
    parts = {p for p in _DOI_PARTS.split(doi.split("/", 1)[1]) if len(p) >= INITIALS_MIN}
    if not parts:
        return []
    closed = closed_class(page.rules)
    company = _company_words(page.rules)
    title_key = page.memo.get("title-key", "")
    out: list[Cand] = []
    for line in page.layout.lines[:INITIALS_LINES]:
        t = line.text.strip()
        if line.zone != "main" or line.index in page.layout.label_lines or _DIGIT_RE.search(t):
            continue  # (the cheap tests before the line's words are found)
        words = _WORD.findall(t)
        if not 2 <= len(words) <= INITIALS_WORDS:
            continue
        initials = "".join(w[0] for w in words if w[:1].isupper() and w.casefold() not in closed)
        if len(initials) < INITIALS_MIN or initials.casefold() not in parts:
            continue
        if _key(t) == title_key or _is_chrome(t, page.rules):
            continue
        if company is not None and company.search(t):
            continue  # 'American Chemical Society' with '10.5555/acs.jmc…': the publisher
        if _platform_name(words, page):
            continue  # 'Harbour Open Repository' with '…/hor.2021…': the platform
        lead = line.text.find(t)
        span = (line.start + lead, line.start + lead + len(t))
        out.append(Cand(t, W_LINE, span, f"a name whose initials ({initials}) the DOI spells",
                        source="masthead"))  # fmt: skip
    return out


#: lines near the top a breadcrumb trail naming the journal and its issue is looked for on
CRUMB_LINES = 8
#: words of a trail's step naming a journal at most
CRUMB_NAME_WORDS = 8
#: a trail's separator (``Marsh Letters | Marsh Letters 31. Fens | …``)
_CRUMB_SEP = re.compile(r"\s[>›»/|→]\s")
#: an issue's number after the name it repeats: one to three digits, then the step's end or
#: a stop, a comma, a space (no year: ``Blog 2019`` is a date)
_ISSUE_AFTER = re.compile(r"\s+(\d{1,3})(?:$|[.,:\s])")


def issue_crumbs(page: _Page) -> list[Cand]:
    """A journal's name a breadcrumb trail repeats before its issue's number (``Marsh
    Letters | Marsh Letters 31. Fens and their people | Articles``): a trail steps from the
    journal to its issue, and an issue named by the journal's name and a number names the
    journal in the step before it. A capitalised name, not chrome, no digit (weight
    :data:`~comet.page.evidence.W_POS`, evidence of place)."""
    title_key = page.memo.get("title-key", "")
    for line in page.layout.lines[:CRUMB_LINES]:
        if line.zone != "main" or not _CRUMB_SEP.search(line.text):
            continue
        steps, pos = [], 0
        for m in [*_CRUMB_SEP.finditer(line.text), None]:
            end = m.start() if m is not None else len(line.text)
            steps.append((line.text[pos:end], pos))
            pos = m.end() if m is not None else end
        for (name, at), (nxt, _) in itertools.pairwise(steps):
            name, lead = name.strip(), len(name) - len(name.lstrip())
            after = _ISSUE_AFTER.match(nxt.strip()[len(name) :]) if name else None
            if (
                after is None
                or not nxt.strip().startswith(name)
                or not name[:1].isupper()
                or not 1 <= len(name.split()) <= CRUMB_NAME_WORDS
                or _DIGIT_RE.search(name)
                or _key(name) == title_key
                or _is_chrome(name, page.rules)
            ):
                continue
            start = line.start + at + lead
            return [Cand(name, W_POS, (start, start + len(name)),
                         "a journal's name its issue's step repeats in a trail",
                         source="masthead")]  # fmt: skip
    return []


#: words of a journal's tagline at most, and words before its journal word at most
TAGLINE_WORDS = 12
TAGLINE_LEAD = 4


def tagline_names(page: _Page) -> list[Cand]:
    """A journal's name over its tagline (``Ondine`` / ``An international journal of fen
    science``, ``Eine Zeitschrift für Moorkunde``): a line opening with a function word
    (an article) whose journal word of the locales follows within a few words describes the
    periodical named on the line above it. Both stand above the work's title (a subtitle
    under a title, ``A review of fen studies``, describes the work; ``A Review``, ``A review
    article`` are its kind). The name: a few capitalised words, no digit, not chrome, no
    publisher's (``Northmoor Press``) (weight :data:`~comet.page.evidence.W_POS`)."""
    title_at = page.title_line
    if title_at is None:
        return []
    lines = page.layout.lines
    jwords, closed = _journal_words(page.rules), closed_class(page.rules)
    title_key = page.memo.get("title-key", "")
    company = _company_words(page.rules)
    for line in lines[1 : min(title_at, CRUMB_LINES * 2)]:
        words = line.text.split()
        if (
            line.zone != "main"
            or not 2 <= len(words) <= TAGLINE_WORDS
            or words[0].casefold() not in closed
            or not any(w.casefold() in jwords for w in words[1 : TAGLINE_LEAD + 1])
            or words[-1].casefold() in jwords  # ('A Review': the work's kind)
            or _type_term(" ".join(words[1:]), page.rules) is not None  # ('A review article')
        ):
            continue
        above = lines[line.index - 1]
        if not above.text.strip() and line.index > 1:
            above = lines[line.index - 2]
        name = above.text.strip()
        if (
            above.zone != "main"
            or above.index in page.layout.label_lines
            or not name[:1].isupper()
            or not 1 <= len(name.split()) <= CRUMB_NAME_WORDS
            or _DIGIT_RE.search(name)
            or name.endswith((".", ":", ","))
            or _key(name) == title_key
            or _is_chrome(name, page.rules)
            or (company is not None and company.search(name))  # a publisher ('… Press')
        ):
            continue
        start = above.start + above.text.find(name)
        return [Cand(name, W_POS, (start, start + len(name)), "a journal's name over its tagline",
                     source="masthead")]  # fmt: skip
    return []


#: lines at the top a page's head line (its document title) is looked for on
HEAD_LINES = 3
#: a head line's separator between the work's title and the site's name
_HEAD_SEP = re.compile(r"\s(?:[|–—]|-|::)\s")


def title_tails(page: _Page) -> list[Cand]:
    """A journal's name after the work's title on the page's head line, as a document's
    title names its site (``Thermal currents in fens | Journal of Fen Hydrology``): the
    part after the title where it holds a journal word of the locales and a word of its own,
    a few capitalised words, no digit, not chrome, no publisher's. A site's name with no
    journal word (``| Fen Friends``, ``| Marsh Society``) names no periodical."""
    title_key = page.memo.get("title-key", "")
    if not title_key:
        return []
    jwords, closed = _journal_words(page.rules), closed_class(page.rules)
    company = _company_words(page.rules)
    for line in page.layout.lines[:HEAD_LINES]:
        parts = _HEAD_SEP.split(line.text)
        if len(parts) < 2 or _key(parts[0]) != title_key:
            continue
        name = parts[1].strip()
        words = [w.casefold() for w in _WORD.findall(name)]
        if (
            not 1 < len(words) <= CRUMB_NAME_WORDS
            or not name[:1].isupper()
            or not any(w in jwords for w in words)
            or all(w in jwords or w in closed for w in words)
            or _DIGIT_RE.search(name)
            or _is_chrome(name, page.rules)
            or (company is not None and company.search(name))
        ):
            continue
        start = line.start + line.text.find(name, len(parts[0]))
        return [Cand(name, W_POS, (start, start + len(name)),
                     "a journal's name after the title on the head line",
                     source="masthead")]  # fmt: skip
    return []


def named_lines(page: _Page) -> list[Cand]:
    """The container candidates a line's shape names: a name whose initials the DOI spells,
    a trail's step its issue's repeats, a name over its tagline, a name after the title on
    the head line."""
    return [*initials_in_doi(page), *issue_crumbs(page), *tagline_names(page),
            *title_tails(page)]  # fmt: skip
