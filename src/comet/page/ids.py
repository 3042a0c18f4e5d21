"""Identifier candidates of a page: DOIs, ISSNs, ISBNs, ORCIDs and PubMed ids, with their
evidence."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.identifiers import (
    Doi,
    Isbn,
    Issn,
    Orcid,
    find_identifiers,
    parse_doi,
    parse_isbn,
    parse_issn,
)
from comet.page.citations import _cite_values
from comet.page.evidence import W_LABEL, W_LINE, W_POS, Cand, _lenient, _Page
from comet.page.isbd import EVIDENCE as ISBD_EVIDENCE
from comet.page.prose_ids import in_running_prose

#: characters of an ISBN label's value read as one ISBN at most (``978-3-16-148410-0``)
ISBN_VALUE_CHARS = 24


#: the digits of the Arabic script (Arabic-Indic, Persian) and full-width digits and hyphens
#: (Chinese, Japanese, Korean) as ASCII ones: an ISBN label's value printed in them
#: (``شابک: ۹۷۸-۶۰۰-...``, ``ISBN：９７８－４－...``) is the same number
_DIGITS = str.maketrans(
    {
        **{chr(base + d): str(d) for base in (0x660, 0x6F0, 0xFF10) for d in range(10)},
        "\uff0d": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)


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
        if isinstance(v, Doi | Issn) and key is None and in_running_prose(page, *m.span):
            continue  # a work a sentence of the text cites, not the page's own
        if isinstance(v, Doi):
            v = _unglued_doi(v, page.text[m.start : m.end], page.rules)
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
        d = _lenient(parse_doi, str(c.value))
        if d is not None:
            dois.append(Cand(d, c.score, c.span, c.evidence))
    found = {c.span[0] for c in isbns}
    for lv in page.layout.values("isbn", "isbn_print", "isbn_electronic"):
        # an ISBN label's value on the next line or in a table cell, printed without the
        # 'ISBN' prefix that lets the finder take a bare ISBN-10 ('0-306-40615-2')
        if lv.value_start in found or len(lv.value) > ISBN_VALUE_CHARS:
            continue
        value = lv.value.strip()
        i = _lenient(parse_isbn, value if value.isascii() else value.translate(_DIGITS))
        if i is not None:
            span = (lv.value_start, lv.value_end)
            isbns.append(Cand(i, W_LABEL * page.weight(lv.value_start), span, "ISBN label"))
    for c in _cite_values(page, "ISBN"):
        i = _lenient(parse_isbn, str(c.value))
        if i is not None:
            isbns.append(Cand(i, c.score, c.span, c.evidence))
    for c in _cite_values(page, "ISSN"):
        if c.evidence == ISBD_EVIDENCE:  # (a citation's ISSN is its journal's)
            n = _lenient(parse_issn, str(c.value))
            if n is not None:
                issns.append(Cand(n, c.score, c.span, c.evidence))
    # a DOI repeated on the page is more likely the page's own
    counts: dict[str, int] = {}
    for c in dois:
        counts[str(c.value)] = counts.get(str(c.value), 0) + (c.score > 0.2)
    for c in dois:
        c.score += 0.05 * min(3, counts[str(c.value)])
    _components_below_their_work(dois)
    return dois, issns, isbns, orcids


#: the tail of a component DOI after its work's DOI: a figure, table or supplement
#: (``….0081898.g001``, ``….t002``, ``….s003``); a version tail (``….v2``) is no component:
#: a version's DOI names the work itself (DOIs compare folded)
_COMPONENT = re.compile(r"\.(?!v\d)[a-z]{1,3}\d{1,4}")


def _components_below_their_work(dois: list[Cand]) -> None:
    """A DOI that is another DOI of the page plus a component tail (a figure's or a
    table's DOI under its caption) ranks below the work's own DOI."""
    best: dict[str, float] = {}
    for c in dois:
        best[str(c.value)] = max(best.get(str(c.value), 0.0), c.score)
    for c in dois:
        value = str(c.value)
        for work, score in best.items():
            if value.startswith(work) and _COMPONENT.fullmatch(value[len(work) :]):
                c.score = min(c.score, score - 0.01)
                c.evidence += f" (a component of {work})"
                break


#: a capitalised word glued to the digits that end a DOI (``…04407Published``)
_GLUED_WORD = re.compile(r"(?<=\d)[A-Z][^\W\d_]{2,}(?:-[^\W\d_]+)?\Z")


@functools.cache
def _label_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """One-word field labels of the page's locales (``Published``, ``Received``,
    ``Palavras-chave``) and the first words of longer ones (``Palabras`` of *Palabras
    clave*: a DOI's reading stops at the space)."""
    words = set()
    for t in _loc.terms_of("labels", rules):
        first = t.split()[0] if t.split() else ""
        if first.replace("-", "").isalpha() and first[:1].isupper():
            words.add(first.casefold())
    return frozenset(words)


def _unglued_doi(doi: Doi, raw: str, rules: tuple[_loc.LocaleRules, ...]) -> Doi:
    """The DOI without a field label glued to its last digits, where the text lost the
    break between them (``10.5555/x.01234Published`` → ``10.5555/x.01234``)."""
    m = _GLUED_WORD.search(raw)
    if m is None or m.group().casefold() not in _label_words(rules):
        return doi
    cut = _lenient(parse_doi, raw[: m.start()])
    return cut if isinstance(cut, Doi) else doi


#: PubMed and PubMed Central ids, named as such: ``PMID: 23193287``, ``PMCID: PMC3531190``
_PMID = re.compile(r"\bPMID:?\s*(\d{1,8})\b")
_PMCID = re.compile(r"\b(?:PMCID:?\s*)?(PMC\d{4,9})\b")


def _pubmed_ids(page: _Page) -> tuple[str | None, str | None]:
    """The page's own PMID and PMCID: the first named ones outside the reference list."""
    found: list[str | None] = []
    for field, rx, needle in (("pmid", _PMID, "PMID"), ("pmcid", _PMCID, "PMC")):
        if needle not in page.text:  # each pattern needs its word (a check in C)
            found.append(None)
            continue
        hit = next((m for m in rx.finditer(page.text) if page.weight(m.start()) >= 1), None)
        if hit is not None:
            page.spans.setdefault(field, page.to_raw(hit.start(1), hit.end(1)))
        found.append(hit.group(1) if hit is not None else None)
    return found[0], found[1]
