"""A document's list of authors glued into one long line with the text around it
(persons23): a repository's or a sharing site's transcript prints a paper's first page as
one line, the authors between the title and the date or the institution (``… vor dem
Hintergrund Ana Ruiz, Ida Moe März 2013``, ``… Insights Ana Ruiz, Ida Moe, and Eva Lund
Research Group January 2020``), or a citation's inverted names (``… Ruiz, Ana; Moe, Ida
Working Paper …``).

Layout knowledge, no page's words: a *list* of two names or more, each separated from the
next by a comma, a semicolon or a list word of the locales (``and``, ``und``, ``и``), each
of two to four capitalised words (initials and the locales' particles among them), inside
one of the page's first lines that holds more words than the list. The first name takes
its family word and the given words before it that are initials or known given names (one
at least); the last one its given words and one family word (``Eva Lund Research Group``:
the list ends there), and no word in lower case may follow it (``Ana Ruiz, Ida Moe and
friends went …`` is a sentence). No word of an organisation's name, a month or a weekday
stands in a name (``… Ida Moe University of …`` ends the list there). Half the names at
least open with a known given name or initials (names in scripts the given-name lexicons do
not hold are not judged), and no label of another kind stands just before the list
(``Program Committee: Ana Ruiz, Ida Moe …``). Every list found must name the same people,
or extend the others (a citation's list cut by ``et al.``).

Affiliation marks after the names are taken off first (persons25: ``Ana Ruiz1, Ida Moe2*``,
``Ana Ruiz 1 , Ida Moe 2``), their list separators kept, as a document's first page prints
them.

Only where nothing else names an author: a weak candidate, like
:mod:`comet.page.glued_bylines`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.byline_text import _et_al
from comet.page.evidence import W_POS, Cand, _lenient, _Page
from comet.page.name_checks import _names_ok
from comet.page.name_marks import without_glued_marks
from comet.page.name_plausible import known_given, plausible_person
from comet.page.name_vouched import _in_lower_case
from comet.page.title_tail_names import _stop_words
from comet.text._words import and_words, function_words, particles

__all__ = ["GLUED_LIST_EVIDENCE", "glued_name_list"]

#: the page's first lines looked at
HEAD_LINES = 12
#: words a line holds besides the list at least (a line of names alone is a byline's)
OTHER_WORDS = 4
#: names of a list at least and at most
MIN_NAMES, MAX_NAMES = 2, 40
#: the candidate's weight: below every byline read from a line of its own
W_GLUED_LIST = W_POS - 0.15
GLUED_LIST_EVIDENCE = "a list of names glued into a long line"

#: a word of a name: a capital, then letters (an apostrophe, a hyphen, a closing period)
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?")
#: initials (``A.``, ``J.-P.``, ``A.B.``)
_INITIALS = re.compile(r"(?:[^\W\d_]\.-?)+")
#: a separator glued to a word's end
_SEP_END = re.compile(r"[,;]$")


#: a mark standing alone after a name (``1``, ``2,3``, ``*``), its separator glued or not
_LONE_MARK = re.compile(r"(?:\d{1,2}(?:,\d{1,2})*|[*†‡§¶]+)[,;]?")
#: a digit or a mark sign in a line: the cheap test before the marks are taken off
_MAY_MARK = re.compile(r"[^\W\d_](?:\s?\d{1,2}|\s?[*†‡§¶])(?!\d)")
#: a digit or a mark sign: where a line holds none, :data:`_MAY_MARK` is not tried at its
#: every letter
_MARK_SIGN = re.compile(r"[\d*†‡§¶]")


def _unmarked(spans: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The tokens of a line with the marks after its capitalised words taken off, their
    list separators kept (``Ruiz1,`` → ``Ruiz,``; ``Ruiz 1 ,`` → ``Ruiz,``; ``Moe*`` →
    ``Moe``): a document's first page marks each author's affiliation so."""
    out: list[tuple[int, str]] = []
    for start, tok in spans:
        prev = out[-1][1] if out else ""
        named = prev[:1].isupper() and not prev.endswith((",", ";"))
        if named and tok in (",", ";"):
            out[-1] = (out[-1][0], prev + tok)  # 'Ruiz ,': the separator apart
            continue
        if named and _LONE_MARK.fullmatch(tok):
            out[-1] = (out[-1][0], prev + (tok[-1] if tok[-1] in ",;" else ""))
            continue
        # ('Ruiz1,', 'Moe2*', 'Lund1,2', 'Holm†;': the marks glued to a capitalised word)
        out.append((start, without_glued_marks(tok) if tok[:1].isupper() else tok))
    return out


def _cheap_test(text: str) -> bool:
    return ", " in text or "; " in text


def _word_kind(w: str, stops: frozenset[str], words: tuple[frozenset[str], ...]) -> str:
    """``name`` (a capitalised word of a name), ``particle``, ``and`` or ``other``."""
    ands, parts, fwords = words
    bare = w.rstrip(",;")
    folded = bare.casefold()
    if not bare[:1].isupper():
        return "and" if folded in ands else "particle" if folded in parts else "other"
    if not _NAME_WORD.fullmatch(bare):
        return "other"
    if folded.rstrip(".") in stops or (folded in fwords and not _INITIALS.fullmatch(bare)):
        return "other"
    return "name"


def _items(tokens: Sequence[str], kinds: Sequence[str], i: int) -> tuple[list[list[int]], int]:
    """The items of a list from token ``i`` (lists of token indexes, each item ending at a
    separator), and the index after the last item's words."""
    items: list[list[int]] = []
    cur: list[int] = []
    k = i
    while k < len(tokens):
        kind = kinds[k]
        if kind == "and" and not tokens[k].endswith((",", ";")):
            if cur:
                items.append(cur)
                cur = []
            elif not items:
                break
            k += 1
            continue
        if kind not in ("name", "particle"):
            break
        cur.append(k)
        k += 1
        if _SEP_END.search(tokens[k - 1]):
            items.append(cur)
            cur = []
    if cur:
        items.append(cur)
    return items, k


def _first_name(tokens: Sequence[str], item: list[int]) -> list[int] | None:
    """The first item's own words: its family word and the given words before it that are
    initials or known given names, one at least."""
    names = [k for k in item if tokens[k][:1].isupper()]
    if len(names) < 2:
        return None
    keep = [names[-1]]
    for k in reversed(names[:-1]):
        w = tokens[k]
        if len(keep) > 1 and not (_INITIALS.fullmatch(w) or known_given(w)):
            break
        keep.insert(0, k)
        if len(keep) == 4:
            break
    return list(range(keep[0], names[-1] + 1))


def _last_name(tokens: Sequence[str], item: list[int]) -> list[int] | None:
    """The last item's own words: its given words (initials, known given names; one at
    least), then one family word (a particle before it kept)."""
    if len(item) < 2 or not tokens[item[0]][:1].isupper():
        return None
    k = 1
    while k < len(item) - 1 and (_INITIALS.fullmatch(tokens[item[k]]) or (
            known_given(tokens[item[k]]) and k + 1 < len(item))):  # fmt: skip
        if not _INITIALS.fullmatch(tokens[item[k]]) and known_given(tokens[item[k + 1]]):
            break  # 'Ana Maria Lund' / 'Ana Lund Maria …': one given word more at most
        k += 1
    while k < len(item) - 1 and tokens[item[k]][:1].islower():
        k += 1  # 'Ana de Lund'
    return item[: k + 1]


def _et_al_next(tokens: Sequence[str], at: int, page: _Page) -> bool:
    """``et al.`` (a list word of the locales' ``et_al`` terms) opens the words at ``at``."""
    return any(
        " ".join(tokens[at : at + len(t.split())]).casefold().startswith(t.casefold())
        for t in _et_al(page.rules)
        if t[:1].isalpha()
    )


def _people(page: _Page, texts: list[str]) -> tuple[Person, ...] | None:
    out: list[Person] = []
    for text in texts:
        plist = _lenient(parse_names, text, locales=page.rules)
        if plist is None or len(plist) != 1:
            return None
        out.extend(plist)
    if not _names_ok(out, page_rules=page.rules):
        return None
    for p in out:
        if not p.given or not p.family or p.literal is not None:
            return None
        if any(_in_lower_case(w, page.text) for w in p.family.split()):
            return None  # 'Grace Period': words the page writes in lower case
    if 2 * sum(plausible_person(p) for p in out) < len(out):
        return None
    return tuple(out)


def _run_at(
    page: _Page, tokens: list[str], kinds: list[str], i: int
) -> tuple[tuple[Person, ...], int, int] | None:
    """The list of names whose first item holds token ``i``: its persons and its first and
    last token."""
    items, _ = _items(tokens, kinds, i)
    if not MIN_NAMES <= len(items) <= MAX_NAMES:
        return None
    if _inverted_shape(tokens, items):  # 'Ruiz, Ana; Moe, Ida'
        return _inverted(page, tokens, items)
    first = _first_name(tokens, items[0])
    last = _last_name(tokens, items[-1])
    if first is None or last is None:
        return None
    middle = items[1:-1]
    if any(not 2 <= len(it) <= 4 or not tokens[it[0]][:1].isupper() for it in middle):
        return None
    after = last[-1] + 1
    if after < len(tokens) and tokens[after][:1].islower() and not _et_al_next(tokens, after, page):
        return None  # 'Ana Ruiz, Ida Moe and friends went …': a sentence
    if any(";" in tokens[it[-1]] for it in [items[0], *middle]):
        return None  # (names each with a semicolon: a citation's, read inverted)
    groups = [first, *middle, last]
    texts = [" ".join(tokens[k] for k in g).rstrip(",;") for g in groups]
    persons = _people(page, texts)
    return (persons, first[0], last[-1]) if persons is not None else None


def _inverted_shape(tokens: Sequence[str], items: list[list[int]]) -> bool:
    """Items of a list of inverted names: a family name and its comma, given names and
    their semicolon, in turn (the first family name a list's word after other words)."""
    return (
        len(items) >= 2 * MIN_NAMES
        and len(items) % 2 == 0
        and all(tokens[it[-1]].endswith(",") for it in items[0::2])
        and all(tokens[it[-1]].endswith(";") for it in items[1:-1:2])
        and all(len(it) <= 2 for it in items[2::2])
    )


def _inverted(
    page: _Page, tokens: list[str], items: list[list[int]]
) -> tuple[tuple[Person, ...], int, int] | None:
    """``Ruiz, Ana; Moe, Ida Lena; Lund, Eva``: family word, comma, given words, semicolon."""
    pairs = []
    for j in range(0, len(items), 2):
        fam = items[j][-1:] if j == 0 else items[j]
        if j + 1 >= len(items):
            return None
        given = items[j + 1]
        if j + 1 == len(items) - 1:  # the last: its given words only
            keep = [given[0]]
            for k in given[1:]:
                if not (_INITIALS.fullmatch(tokens[k]) or known_given(tokens[k])):
                    break
                keep.append(k)
            given = keep
            after = given[-1] + 1
            if after < len(tokens) and tokens[after][:1].islower():
                return None
        elif not 1 <= len(given) <= 3:
            return None
        pairs.append((fam, given))
    if len(pairs) < MIN_NAMES:
        return None
    texts = [
        f"{' '.join(tokens[k] for k in f).rstrip(',')}, {' '.join(tokens[k] for k in g).rstrip(',;')}"
        for f, g in pairs
    ]
    persons = _people(page, texts)
    return (persons, pairs[0][0][0], pairs[-1][1][-1]) if persons is not None else None


def _label_before(tokens: list[str], at: int) -> bool:
    """A label's colon just before the list (``Committee: Ana Ruiz, …``)."""
    return at > 0 and tokens[at - 1].endswith(":")


#: the ``[person_names]`` keys of roles other than the author's
OTHER_ROLES = ("editor", "editors", "translator", "compiler", "illustrator")


@functools.cache
def _role_terms(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    terms = {t.casefold() for key in OTHER_ROLES for t in _loc.terms_of("person_names", rules, key)}
    return tuple(sorted(terms))


def _in_other_role(
    tokens: list[str], lo: int, hi: int, rules: tuple[_loc.LocaleRules, ...]
) -> bool:
    """A role word of the locales other than the author's just before the list
    (``herausgegeben von Ana Ruiz, …``, ``edited by …``) or after it (``… Ida Moe (eds.)``)."""
    terms = _role_terms(rules)
    before = " ".join(tokens[max(0, lo - 4) : lo]).casefold()
    if any(before == t or before.endswith(" " + t) for t in terms):
        return True
    after = tokens[hi + 1].casefold().strip("(),;:") if hi + 1 < len(tokens) else ""
    return bool(after) and any(after == t.strip("()") for t in terms)


def glued_name_list(page: _Page) -> Cand | None:
    """The authors a list of names inside a long line gives (see the module), or ``None``."""
    rules = page.rules
    stops = _stop_words(rules)
    words = (and_words(rules), particles(rules), function_words(rules))
    found: list[tuple[tuple[Person, ...], int, int]] = []
    for line in page.layout.lines[:HEAD_LINES]:
        text = line.text
        if not _cheap_test(text):
            continue
        spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
        if _MARK_SIGN.search(text) and _MAY_MARK.search(text):  # 'Ana Ruiz1, Ida Moe 2 ,'
            # (marks off the names)
            spans = _unmarked(spans)
        if len(spans) < MIN_NAMES * 2 + OTHER_WORDS:
            continue
        tokens = [t for _, t in spans]
        kinds = [_word_kind(t, stops, words) for t in tokens]
        i = 0
        while i < len(tokens):
            if kinds[i] != "name" or not tokens[i].endswith((",", ";")):
                i += 1
                continue
            start = i  # the first item's family word: go back over its name words
            while start > 0 and kinds[start - 1] in ("name", "particle"):
                if _SEP_END.search(tokens[start - 1]):
                    break
                start -= 1
            run = _run_at(page, tokens, kinds, start)
            if run is None:
                i += 1
                continue
            persons, lo, hi = run
            if (
                lo > 0  # (a line that opens with names is a title line's: names_opening)
                and len(tokens) - (hi - lo + 1) >= OTHER_WORDS
                and not _label_before(tokens, lo)
                and not _in_other_role(tokens, lo, hi, rules)
            ):
                a = line.start + spans[lo][0]
                b = line.start + spans[hi][0] + len(tokens[hi].rstrip(",;"))
                found.append((persons, a, b))
            i = hi + 1
    return _agreed(found)


def _families(persons: tuple[Person, ...]) -> list[str]:
    return [(p.family or "").casefold() for p in persons]


def _agreed(found: list[tuple[tuple[Person, ...], int, int]]) -> Cand | None:
    """The longest list, where every other list found begins it."""
    if not found:
        return None
    best = max(found, key=lambda f: len(f[0]))
    fams = _families(best[0])
    for persons, _, _ in found:
        own = _families(persons)
        if fams[: len(own)] != own:
            return None
    return Cand(best[0], W_GLUED_LIST, (best[1], best[2]), GLUED_LIST_EVIDENCE)
