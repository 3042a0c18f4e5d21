"""The features of a byline candidate, for the learned person scorer
(:mod:`comet.page.person_model`).

Every author candidate the page reader builds (:func:`comet.page.persons._person_candidates`:
a labelled value, the byline under the title, a line of names near the top, a citation
block's authors, a post's meta line, a signed line …) gets the same few numbers, each cheap:
read once per candidate from its evidence, its span, its names and the page's layout. Each
feature is documented where it is computed, in :func:`person_features`; the names and their
order are :data:`comet.page.person_model.FEATURES`.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence

from comet.names import Person
from comet.page.byline_text import _capitals_family, _list_words
from comet.page.bylines import _byline_at
from comet.page.chrome import _credit_words, _interface_share
from comet.page.evidence import _DIGIT_RE, Cand, _dates_in, _key, _Page
from comet.page.layout import opens_with_by_word
from comet.page.name_checks import _marked_words
from comet.page.name_plausible import given_name_last, known_given
from comet.page.places import is_city
from comet.page.role_under import role_under
from comet.page.title_shapes import _organisation_words
from comet.vocab import parse_language

__all__ = ["carries_a_person", "line_candidates", "person_features", "source_of"]

#: lines between the title and a candidate beyond which the distance counts as far
FAR_LINES = 20
#: the longest text of a candidate whose words are counted (a huge consortium line is cut)
MAX_FEATURE_CHARS = 2000
_INITIALS_ONLY = re.compile(r"(?:[^\W\d_]\.?[\s-]*){1,3}")
_MAIL = re.compile(r"\S@\S+\.\w")
_ORCID = re.compile(r"orcid", re.I)

#: the kinds of evidence an author candidate comes from (its ``Cand.evidence`` prefix)
SOURCES = ("label", "block", "citation", "title_byline", "author_word", "bare", "other", "line")

#: the evidence of a line of names found only by :func:`line_candidates`
LINE_EVIDENCE = "a line of names"
#: lines above and below the title looked at for a line of names (none chosen: the first
#: ``LINES_BELOW`` lines of the page)
LINES_ABOVE, LINES_BELOW = 3, 25


def source_of(evidence: str) -> str:
    """The kind of evidence of a candidate, one of :data:`SOURCES`."""
    if evidence.startswith("label"):
        return "label"
    if evidence.startswith(("BibTeX", "RIS")):
        return "block"
    if evidence.startswith(("citation", "a catalogue's")) or "ISBD" in evidence:
        return "citation"
    if "author word" in evidence:
        return "author_word"
    if evidence.startswith("byline under the title"):
        return "title_byline"
    if evidence == "names near the top":
        return "bare"
    if evidence == LINE_EVIDENCE:
        return "line"
    return "other"


@functools.lru_cache(maxsize=4096)
def _language_name(word: str) -> bool:
    """``word`` names a language (``English``, ``Nederlands``: a language switcher's entry),
    not merely spells a language code (``Ana``)."""
    if len(word) < 4 or not word[:1].isupper():
        return False
    found = parse_language(word, strict=False).value
    return found is not None and str(getattr(found, "tag", found)).casefold() != word.casefold()


def _families(persons: Sequence[Person]) -> tuple[str, ...]:
    return tuple(_key(p.family or p.literal or "") for p in persons)


def _model_may_read(persons: Sequence[Person], text: str, page: _Page) -> bool:
    """Hard filters the model cannot learn from the pages it is trained on (too few such
    lines there): every name has a given name and a family name (a one-word line,
    ``Galaxy``, ``Members``, is a heading or a menu entry, never a byline only the model
    reads), and not every word names a language (``Nederlands English``: a language
    switcher), and one name alone is not cut at a comma (``Welcome, Maria Vasskog``: a
    greeting read as ``Family, Given``; a catalogue's inverted heading is the hand rules'),
    and no name has its family name in capitals (``Julia ROBERTS HALL``, ``Victoria BEACH
    RESORT``: a place set in capitals for show; the hand rules read such a byline right
    under the title only), and no word is an organisation's or a photo credit's of the
    locales (``Anna Berg & Jonas Lind Photography``: a studio's credit)."""
    if not persons or any(p.literal is not None or not p.given or not p.family for p in persons):
        return False
    if any(_capitals_family(p.raw or "", page.rules) for p in persons):
        return False
    veto = _organisation_words(page.rules) | _credit_words(page.rules)
    if any(w.casefold().strip(".,;&") in veto for w in text.split()):
        return False  # 'Jonas Lind Photography', 'Harbour Institute': a studio, a body
    if len(persons) == 1 and "," in text:
        return False
    if len(persons) == 1 and is_city(text, page.rules):
        return False  # 'Novi Sad': a city of the lexicon opening with a given name (review26)
    words = [w for w in re.split(r"[\s,;/|·]+", text) if w]
    return not (words and all(_language_name(w) for w in words))


def carries_a_person(features: dict[str, float]) -> bool:
    """A line of names only the model reads must carry a sign of people besides its shape
    (the pages the model learns from hold too few headings shaped as names, ``Success
    Stories``, for it to learn this): a name opening with a known given name, an
    affiliation marker, or an ORCID. A known given name in second place is not enough
    (``Santa Maria, San José``, ``Rue Marie, Avenue Victoria``: places and streets read as
    ``Family Given``). A date beside it is no such sign: a section's name stands over a dateline as
    often as a writer's (``Breaking News`` / ``28.04.2024``); nor is an e-mail address
    (a department's mailbox under its heading, ``Data Science`` / ``datascience@…``)."""
    return any(features.get(k, 0.0) > 0 for k in ("given_first", "markers", "orcid"))


def line_candidates(page: _Page, cands: Sequence[Cand]) -> list[Cand]:
    """Every line of names near the title (:func:`~comet.page.bylines._byline_at` from each
    main line past the last one read), whatever the hand rules made of it: candidates the
    model alone weighs (:func:`comet.page.person_model.rescore` admits them only when it is
    sure of them). The model learns what a byline's line looks like from these, not from
    the hand rules' choice of lines."""
    lines = page.layout.lines
    title = page.title_line
    lo, hi = (0, LINES_BELOW) if title is None else (title - LINES_ABOVE, title + LINES_BELOW)
    out: list[Cand] = []
    after = -1
    # a label's line, and the line under a label standing alone (``Editors`` / ``Ana
    # Ruiz``), hold that label's value: never a byline only the model reads
    labelled = page.layout.label_lines | {
        lv.line + 1 for lv in page.layout.labels if lv.layout == "next-line"
    }
    for line in lines[max(0, lo) : max(0, hi) + 1]:
        if line.index <= after or line.index == title or line.zone != "main":
            continue
        if line.index in labelled:
            continue
        by = _byline_at(page, line.index)
        if by is None:
            continue
        after = by.last_line
        if role_under(page, by.last_line):
            continue  # ('Rui Amaral' / '(Orientador)': a supervisor's, as the hand rules read it)
        if _model_may_read(by.persons, page.text[by.span[0] : by.span[1]], page):
            out.append(Cand(by.persons, 0.0, by.span, LINE_EVIDENCE))
    return out


def person_features(page: _Page, cands: Sequence[Cand]) -> None:
    """Set ``features`` on every candidate of ``cands`` (the author candidates of one page)."""
    n_chars = max(1, len(page.text))
    lines = page.layout.lines
    fams = [_families(c.value) for c in cands]
    vouching = {f for c, f in zip(cands, fams, strict=True)
                if source_of(c.evidence) in ("label", "block", "citation")}  # fmt: skip
    # the hand rules' candidates, compared with each other (a line of names every rule
    # missed is compared with them, never the other way round: a hand rule's features do
    # not depend on the lines added for the model)
    hand = [(c, f) for c, f in zip(cands, fams, strict=True) if c.evidence != LINE_EVIDENCE]
    vouched_names = {name for f in vouching for name in f}
    org = _organisation_words(page.rules)
    joiners = _list_words(page.rules)
    for c, own in zip(cands, fams, strict=True):
        persons = tuple(c.value)
        n = max(1, len(persons))
        text = page.text[c.span[0] : c.span[1]][:MAX_FEATURE_CHARS]
        first = page.layout.line_at(c.span[0])
        last = page.layout.line_at(c.span[1]) if first is not None else None
        src = source_of(c.evidence)
        f: dict[str, float] = {f"src_{s}": float(src == s) for s in SOURCES}
        f["names"] = math.log1p(len(persons))  # how many names it holds (log)
        f["one_name"] = float(len(persons) == 1)  # a single name
        title = page.title_line
        if title is None or first is None:
            f["no_title"] = 1.0  # no title line chosen (or no line of its own): no distance
        else:
            gap = first.index - title
            f["after_title"] = float(0 < gap <= FAR_LINES)  # within 20 lines under the title
            f["before_title"] = float(gap < 0)  # above the title
            f["title_gap"] = min(abs(gap), FAR_LINES) / FAR_LINES  # lines from it, scaled
        f["offset"] = c.span[0] / n_chars  # where it starts, as a share of the page
        zone = page.layout.zone_at(c.span[0])
        f["references"] = float(zone == "references")  # inside the reference list
        f["related"] = float(zone == "related")  # inside a related-items list
        # the names' shape: a known given name first, initials only, a literal (no family)
        givens = [(p.given or "").split() for p in persons]
        # ('Yunita Sari': a name whose last word only a given name is read either way)
        f["given_known"] = sum(bool(g) and (known_given(g[0]) or given_name_last(p))
                               for g, p in zip(givens, persons, strict=True)) / n  # fmt: skip
        # ... and printed first (``Ana Ruiz``, not ``Ruiz Ana``: a place, ``Santa Maria``,
        # reads as a family name before a given one)
        f["given_first"] = sum(bool(g) and known_given(g[0]) and (p.raw or "").lstrip()
                               .startswith(g[0]) for g, p in zip(givens, persons, strict=True)) / n  # fmt: skip
        f["initials"] = sum(bool(g) and bool(_INITIALS_ONLY.fullmatch(" ".join(g)))
                            for g in givens) / n  # fmt: skip
        f["literal"] = sum(p.literal is not None for p in persons) / n
        f["no_given"] = sum(p.literal is None and not givens[i]
                            for i, p in enumerate(persons)) / n  # a family name alone  # fmt: skip
        f["capitals"] = sum((p.raw or "").isupper() for p in persons) / n  # set in capitals
        # names holding a word of an organisation's name (``Landesarchiv Nordheide``: an
        # affiliation read as a name)
        f["organisation"] = sum(any(w.casefold().strip(".,") in org for w in (p.raw or "").split())
                                for p in persons) / n  # fmt: skip
        words = text.split()
        f["words_per_name"] = min(len(words) / n, 8.0) / 4  # words of the span per name
        f["interface"] = _interface_share(text, page.rules) if text.strip() else 0.0
        f["digits"] = len(_DIGIT_RE.findall(text)) / max(1, len(text))  # share of digits
        f["markers"] = float(bool(_marked_words(text)))  # affiliation or note markers
        f["separators"] = float(any(ch in text for ch in ",;&")
                                or any(w.casefold() in joiners for w in words))  # fmt: skip
        f["by_word"] = float(
            first is not None and opens_with_by_word(lines[first.index].text, page.rules)
        )
        span_lines = (last.index - first.index + 1) if first is not None and last else 1
        f["lines"] = math.log(max(1, span_lines))  # lines it spans (log)
        after = (
            lines[last.index + 1].text if last is not None and last.index + 1 < len(lines) else ""
        )
        before = lines[first.index - 1].text if first is not None and first.index > 0 else ""
        # an ORCID or an e-mail address on it or on the line after it
        f["orcid"] = float(bool(_ORCID.search(text) or _ORCID.search(after)))
        f["mail"] = float(bool(_MAIL.search(text) or _MAIL.search(after)))
        # a date on the line before or after it (a dateline by a byline)
        f["date_near"] = float(any(_dates_in(page, t) for t in (before, after) if len(t) < 120))
        # the same names printed elsewhere (another candidate, another span)
        f["repeated"] = min(2, sum(o == own and d.span != c.span for d, o in hand)) / 2
        f["vouched"] = float(own in vouching and src not in ("label", "block", "citation"))
        # a label or a citation names some of these people but not this list (a byline read
        # with an affiliation as a further name, a list cut short)
        f["disputed"] = float(own not in vouching and any(x in vouched_names for x in own))
        # a longer list than another candidate's that it begins (a truncated byline elsewhere)
        f["extends"] = float(any(len(own) > len(o) > 0 and own[: len(o)] == o for _, o in hand))
        # a shorter list that another candidate's longer list begins
        f["truncated"] = float(any(len(o) > len(own) > 0 and o[: len(own)] == own
                                   for _, o in hand))  # fmt: skip
        c.features = f
