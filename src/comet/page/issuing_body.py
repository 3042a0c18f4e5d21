"""A report's issuing body printed with no label: the body a report's cover, its head line or
its address block names (``BANCO CENTRAL DE CHILE`` over the title and again under it,
``Working Papers 12 - Fen Institute`` heading the page, ``Harbour Bank NV`` over ``P.O. Box
98``). The gold convention: the institution that issues a report is its publisher."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.body_words import _body_word
from comet.page.chrome import _is_chrome
from comet.page.evidence import _DIGIT_RE, W_POS, Cand, _key, _Page
from comet.page.name_checks import _names_report, _venue_words
from comet.page.publishers import _a_persons_name, _company_suffix
from comet.text._words import closed_class

__all__ = ["BODY_LINES", "container_body", "disclaimer_body", "editor_label_body", "issuing_body"]

#: lines from the top of a page looked at for the issuing body's name
BODY_LINES = 60
#: words of a body's name at most, and at least (one word alone is a heading's, a logo's)
BODY_WORDS = 8
BODY_MIN_WORDS = 2

#: words of a line of a menu at most; lines of such a run from which it is a menu
MENU_LINE_WORDS = 3
MENU_RUN = 3

#: the parts of a head line or a cover line: ``Series 45 - Fen Institute``, ``EPRS | …``
_PARTS = re.compile(r"\s[-–—|]\s")


def _body_name(part: str, page: _Page, fw: frozenset[str]) -> bool:
    """Two to eight capitalised words (function words and ``&`` between them), one of a
    publisher's or a body's name of the locales (*Bank, Institute, Bundesamt, Verlag*), no
    digit, no word in small letters before its first body word (``Funded by the European
    Union`` is a credit), no chrome, no report series' words (``Fen Institute Working Paper``, a running
    head), no person's name (nor one before a comma: ``Ana Ruiz, Fen Institute``)."""
    words = part.split()
    if not BODY_MIN_WORDS <= len(words) <= BODY_WORDS or _DIGIT_RE.search(part):
        return False
    if not all(w[:1].isupper() or w == "&" or w.casefold() in fw for w in words):
        return False
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    first = next((k for k, w in enumerate(words) if _body_word(w, page.rules)), None)
    if first is None or any(w[:1].islower() for w in words[:first]):
        return False  # 'Funded by the European Union': a credit, its body no issuer
    if _names_report(words, page.rules):
        return False  # 'Fen Institute Working Paper': a series' running head, no body
    lead = part.split(",")[0]  # 'Ana Ruiz, Fen Institute': an author and her affiliation
    return not _is_chrome(part, page.rules) and not _a_persons_name(lead, page.rules)


def _in_menu_run(page: _Page, index: int) -> bool:
    """Line ``index`` stands in a run of three short lines or more (``Research Services`` /
    ``About`` / ``Contact``): a menu, printed again in the footer, no cover."""
    lines = page.layout.lines

    def short(j: int) -> bool:
        return 0 <= j < len(lines) and len(lines[j].text.split()) <= MENU_LINE_WORDS

    if not short(index):
        return False
    lo = hi = index
    while short(lo - 1) and index - lo < MENU_RUN:
        lo -= 1
    while short(hi + 1) and hi - index < MENU_RUN:
        hi += 1
    return hi - lo + 1 >= MENU_RUN


def issuing_body(page: _Page, avoid: tuple[str, ...]) -> Cand | None:
    """The body a report's page names as its issuer, or ``None``: near the top, a line (or
    one part of a line cut at `` - `` or `` | ``) that is a body's name (see
    :func:`_body_name`), confirmed by the page: printed on two lines or more (a cover prints
    its issuer over the title and again in its colophon), ending in a company's legal form
    (``Harbour Bank NV``), or heading the page beside the work's title (``Title - Fen
    Institute``); a line among a menu's short lines counts for nothing, nor does a line
    under one ending in a funding phrase (``With the kind support of`` / ``Harbour Timber
    GmbH``: a sponsor's credit). The title and the container (``avoid``) are never the body. Where the
    name is printed in capitals and in mixed case, the mixed case is kept. Weak evidence:
    read only where nothing else names a publisher."""
    fw = closed_class(page.rules)
    avoided = {_key(a) for a in avoid if a}
    seen: dict[str, list[tuple[str, int, int]]] = {}  # key → (name, start, line index)
    order: list[str] = []
    confirmed: set[str] = set()
    funding = _funding_words(page.rules)
    previous = ""
    for line in page.layout.lines[:BODY_LINES]:
        credit = previous.endswith(funding) if funding else False
        previous = line.text.strip().rstrip(" :").casefold()
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        if credit:
            continue  # 'With the kind support of' / 'Harbour Timber GmbH': a sponsor's credit
        text = line.text.strip()
        parts = _PARTS.split(text)
        for part in parts:
            name = part.strip(" .,;:")
            if not _body_name(name, page, fw) or (
                len(parts) == 1 and _in_menu_run(page, line.index)
            ):
                continue
            key = _key(name)
            if key in avoided:
                continue
            if key not in seen:
                seen[key] = []
                order.append(key)
            start = line.start + line.text.find(name)
            seen[key].append((name, start, line.index))
            legal = _company_suffix(page.rules).search(name)
            if len(parts) == 1 and legal is not None and legal.end() == len(name):
                confirmed.add(key)  # 'Harbour Bank NV' on a line of its own
            others = {_key(p.strip(" .,;:")) for p in parts if p is not part}
            if len(parts) == 2 and (others & avoided or _key(text) in avoided):
                # 'Title - Fen Institute': the head line of the page (its title part, or the
                # whole line where the title was read with the body's name after it)
                confirmed.add(key)
        if len(seen) > BODY_LINES:
            break
    for key in order:
        hits = seen[key]
        if key not in confirmed and len({i for _, _, i in hits}) < 2:
            continue
        name, start, _ = next((h for h in hits if not h[0].isupper()), hits[0])
        return Cand(name, W_POS * page.weight(start), (start, start + len(name)),
                    "a report's issuing body (its name printed on the cover)")  # fmt: skip
    return None


def editor_label_body(value: str, page: _Page) -> str | None:
    """The body an editor's label names as its whole value (``Herausgeber: Institut für
    Hafenforschung``, ``Editor: Marsh Institute of Economics``: the body that issues the
    work, its publisher), or ``None``: a body's name as :func:`_body_name` reads one (two to
    eight capitalised words, one of a body's, no digit, no person's name before a comma:
    ``Editor: Jane Doe, University of Fenland`` is an editor and her affiliation)."""
    name = value.strip(" .,;:")
    return name if _body_name(name, page, closed_class(page.rules)) else None


def container_body(container: str, page: _Page) -> str | None:
    """The issuing body a report's page prints where a container was read (``Banco de la
    Marisma - Servicio de Estudios`` over ``Documento de Trabajo nº 12``): the first part of
    the value (cut at `` - `` or `` | ``) that is a body's name (:func:`_body_name`) with no
    periodical's word anywhere in the value (``Fen Institute Quarterly``, ``Harbour Review -
    Fen Institute`` stay containers); ``None`` where no part is one. A report has no
    container: the body that issues it is its publisher."""
    venue = _venue_words(page.rules)
    if any(w.strip(".,").casefold() in venue for w in container.split()):
        return None  # 'Fen Institute Quarterly', 'Harbour Review - Fen Institute': a periodical
    fw = closed_class(page.rules)
    for part in _PARTS.split(container):
        name = part.strip(" .,;:")
        if _body_name(name, page, fw):
            return name
    return None


@functools.cache
def _funding_words(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' phrases before a funder's or a sponsor's name (``[words].funding_words``:
    *funded by, with the support of, gefördert von*), folded."""
    return tuple(t.casefold() for t in _loc.terms_of("words", rules, "funding_words"))


@functools.cache
def _funding_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' funding phrases up to the name after them (:func:`_funding_words`)."""
    terms = _loc.terms_of("words", rules, "funding_words")
    if not terms:
        return None
    return re.compile(rf"(?:{_loc.alternation(terms)})\s+", re.IGNORECASE)


def _funded(page: _Page, key: str, fw: frozenset[str]) -> bool:
    """The page names the body of ``key`` after a funding phrase of the locales (``This
    project has received funding from the European Union``): the disclaimer's body is the
    funder, not the report's issuer."""
    pattern = _funding_pattern(page.rules)
    if pattern is None:
        return False
    for line in page.layout.lines:
        if len(line.text) > DISCLAIMER_LINE_CHARS:
            continue
        for m in pattern.finditer(line.text):
            name = _name_at(line.text[m.end() :], page, fw)
            if name is not None and _key(name) == key:
                return True
    return False


#: characters of a line read for a disclaimer at most (a document platform glues a page's
#: text into one line)
DISCLAIMER_LINE_CHARS = 2000


@functools.cache
def _disclaimer_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' disclaimers of a report's views up to the body they name
    (``[words].views_disclaimers``: *necessarily reflect the views of, no reflejan
    necesariamente la opinión del*)."""
    terms = _loc.terms_of("words", rules, "views_disclaimers")
    if not terms:
        return None
    return re.compile(rf"(?:{_loc.alternation(terms)})\s+", re.IGNORECASE)


def _name_at(text: str, page: _Page, fw: frozenset[str]) -> str | None:
    """The capitalised name opening ``text`` (function words inside it kept, those before
    and after it dropped; punctuation ends it), with a company's legal form after it."""
    name: list[str] = []
    for w in text.split()[: BODY_WORDS + 4]:
        bare = w.rstrip(".;,:)")
        if not bare:
            break
        if not (bare[:1].isupper() or bare == "&" or bare.casefold() in fw):
            break
        name.append(bare)
        if bare != w:
            break
    while name and name[0].casefold() in fw:
        name.pop(0)  # 'the National Bureau …'
    while name and name[-1].casefold() in fw:
        name.pop()
    if not name or len(name) > BODY_WORDS:
        return None
    value = " ".join(name)
    at = text.find(value)
    legal = _company_suffix(page.rules).match(text, at + len(value))
    return text[at : legal.end()] if legal is not None else value


def disclaimer_body(page: _Page, avoid: tuple[str, ...]) -> Cand | None:
    """The body a report's disclaimer of its views names (``The views expressed herein are
    those of the authors and do not necessarily reflect the views of the Fen Bureau of
    Research.``: ``Fen Bureau of Research``), or ``None``: the name after one of the locales'
    disclaimers (``[words].views_disclaimers``), a body's name (see :func:`_body_name`; its
    words before a company's legal form), not the title or the container (``avoid``).
    Weak evidence, read on a report's page only where nothing else names a publisher; a
    body the page also names after a funding phrase of the locales (``[words].funding_words``:
    ``received funding from the X``) is the funder, and gives none."""
    pattern = _disclaimer_pattern(page.rules)
    if pattern is None:
        return None
    fw = closed_class(page.rules)
    avoided = {_key(a) for a in avoid if a}
    for line in page.layout.lines:
        if line.zone != "main" or len(line.text) > DISCLAIMER_LINE_CHARS:
            continue
        for m in pattern.finditer(line.text):
            name = _name_at(line.text[m.end() :], page, fw)
            if name is None or _key(name) in avoided:
                continue
            legal = _company_suffix(page.rules).search(name)
            bare = name[: legal.start()] if legal is not None else name
            if not _body_name(bare, page, fw) and not (legal and bare.strip()):
                continue
            if _funded(page, _key(name), fw):
                return None  # the funder's disclaimer: 'received funding from the X' too
            start = line.start + m.end() + line.text[m.end() :].find(name)
            return Cand(name, W_POS * page.weight(start), (start, start + len(name)),
                        "the body a report's disclaimer of its views names")  # fmt: skip
    return None
