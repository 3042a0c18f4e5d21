"""Names printed after the title on one line: a document's cover or first page copied as
text glues the title and its author into one line (``Fluctuaciones Regionales Diego Quintana``,
``1 Title of the Report Ana Ruiz / 1.``, ``Title Theory and Evidence Ilse Varga,
Odile Brenner``), often under the page's own heading that prints the title alone.

A line whose words open with the chosen title's words (a page number before them aside) and
go on with a few more that read as names (:func:`~comet.page.bylines._line_names`, an author
word before them allowed) gives those names; they must look like people's (a known given
name or initials, :func:`~comet.page.name_plausible.plausible_names`; one name no lexicon
knows, :func:`~comet.page.name_unlisted.unlisted_names`; or an author word before them).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.bylines import _line_names
from comet.page.evidence import _WORD, W_POS, Cand, _key, _lenient, _Page
from comet.page.layout import opens_with_by_word
from comet.page.name_checks import _names_ok
from comet.page.name_plausible import given_name_last, plausible_names
from comet.page.name_unlisted import unlisted_names
from comet.page.name_vouched import _in_lower_case
from comet.page.title_shapes import _organisation_words
from comet.text._words import and_words, particles

__all__ = ["EVIDENCE", "LOOK_LINES", "MAX_TAIL_WORDS", "names_after_title"]

#: lines from the top of the page looked at (a viewer's page header, then the cover)
LOOK_LINES = 80
#: words after the title at most (names and an author word: a longer tail is the text)
MAX_TAIL_WORDS = 9
#: title words at least (a short title's words open many lines)
MIN_TITLE_WORDS = 2
#: where the names end: a page reference (``/ 1.``), a bar, a bracket, a digit
_TAIL_END = re.compile(r"\s[/|(\[]|\d")
EVIDENCE = "names after the title on its line"


def _tail(text: str, title_words: int) -> tuple[str, int] | None:
    """The text after the line's first ``title_words`` words, and where it starts."""
    words = list(_WORD.finditer(text))
    if len(words) <= title_words:
        return None
    start = words[title_words - 1].end()
    rest = text[start:]
    lead = len(rest) - len(rest.lstrip(" :,.-–—"))
    return rest[lead:], start + lead


def names_after_title(page: _Page) -> Cand | None:
    """The names after the title on a line near the top (see the module), or ``None``."""
    key = page.memo.get("full-title-key") or page.memo.get("title-key") or ""
    n = len(key.split())
    if n < MIN_TITLE_WORDS:
        return None
    first = key.split(maxsplit=1)[0]
    for line in page.layout.lines[:LOOK_LINES]:
        if line.zone != "main" or len(line.text) <= len(key):
            continue
        if first not in line.text.casefold():
            continue  # (the cheap test first: the title's first word stands in few lines)
        own = _key(line.text)
        if not own.startswith(key + " "):
            inside = _inside(line.text, own, key, n, page)  # '… 211 Title Ana Ruiz 1 , …'
            if inside is not None:
                return inside
            continue
        found = _tail(line.text, n)
        if found is None:
            continue
        rest, at = found
        end = _TAIL_END.search(rest)
        rest = rest[: end.start()] if end is not None else rest
        rest = _before_stop(rest, page)  # 'Ana Ruiz Paperback – …', '… Ana Ruiz University of …'
        rest = rest.strip(" ,;.")
        if not rest or len(rest.split()) > MAX_TAIL_WORDS:
            continue
        by_word = opens_with_by_word(rest, page.rules)
        words = rest.split(maxsplit=1)
        if by_word and len(words) < 2:
            continue  # ('… By' closing the line: an author word and no name after it)
        names = _line_names(words[1] if by_word else rest, page)
        if not names or not _people(page, names, by_word):
            continue
        start = line.start + at
        return Cand(names, W_POS, (start, start + len(rest)), EVIDENCE)
    return None


#: characters before the title inside a line at most (a running footer, a page number)
MAX_LEAD_CHARS = 400
#: words of a list of marked names after a title inside a line at most
MAX_RUN_WORDS = 90


def _inside(text: str, own: str, key: str, n: int, page: _Page) -> Cand | None:
    """The names after the title inside a document's line of text, a footer or a header
    before it (``… pages 211–216 … 211 Title Ana Ruiz 1 , Ida Moe 2 1 Fen Institute``,
    ``Journal of X – Vol. 4 Paper—Title Ana Ruiz (*) Fen University``): the title's words
    after a digit, a colon or a dash, then two names or more, or one after an author word,
    each with its affiliation mark or none, up to the first word no name holds."""
    at = own.find(f" {key} ")
    if at < 0:
        return None
    before = len(own[:at].split())
    found = _tail(text, before + n)
    if found is None:
        return None
    words = list(_WORD.finditer(text))
    head = text[: words[before].start()].rstrip()
    if len(head) > MAX_LEAD_CHARS or not head or not (head[-1].isdigit() or head[-1] in ":—–-"):
        return None  # (a title's words inside a sentence or a list of other works)
    rest, start = found
    run = _marked_run(rest, page)
    if not run:
        return None
    plist = _lenient(parse_names, run, locales=page.rules)
    if plist is None or len(plist) < 2 or not _names_ok(list(plist), page_rules=page.rules):
        return None
    names = tuple(plist)
    if not _people(page, names, False):
        return None
    return Cand(names, W_POS, (start, start + len(rest)), EVIDENCE)


#: a name's word, an affiliation mark glued to it (``Ruiz1``, ``Ruiz1,``)
_RUN_NAME = re.compile(
    r"[A-ZÀ-Þ][^\s\d,;()\[\]]*[a-zß-ÿ][^\s\d,;()\[\]]*?(\d{1,2}(?:,\d{1,2})*)?\*?,?"
)
_RUN_INITIAL = re.compile(r"[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)*,?")
_RUN_MARK = re.compile(r"(?:\d{1,2}(?:,\d{1,2})*|\*|\(\*\)|,)")


def _marked_run(rest: str, page: _Page) -> str:
    """The names ``rest`` opens with, their affiliation marks dropped (``Ana Ruiz 1 , Ida
    Moe2 , and Eva Lund 1 1 Fen Institute`` → ``Ana Ruiz, Ida Moe, and Eva Lund``): it ends
    at the first word that is no name's (a lower-case word that is no particle or list word,
    a word in capitals, an organisation's word, a month) or after a name whose mark no
    separator follows (the affiliations' list opens there); ``""`` where it holds no comma
    or list word (one name, or a title's words)."""
    stops = _stop_words(page.rules)
    ands = and_words(page.rules)
    joiners = ands | particles(page.rules)
    tokens = rest.split()[:MAX_RUN_WORDS]
    kept: list[str] = []
    for k, w in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if _RUN_MARK.fullmatch(w):
            if w == "," and kept:
                kept[-1] = kept[-1].rstrip(",") + ","
            elif w != "," and nxt not in ("", ",") and nxt.casefold() not in ands:
                break  # 'Eva Lund 1 1 Fen Institute': the marks' list of affiliations follows
            continue
        if w.casefold() in joiners:
            kept.append(w)
            continue
        m = _RUN_NAME.fullmatch(w)
        if (m is None and not _RUN_INITIAL.fullmatch(w)) or _loc.fold(w.strip(",*")) in stops:
            break
        marked = m is not None and bool(m.group(1))
        if m is not None and marked:
            kept.append((w[: m.start(1)] + w[m.end(1) :]).replace("*", ""))
        else:
            kept.append(w.replace("*", ""))
        if marked and not w.endswith(",") and nxt != "," and nxt.casefold() not in ands:
            break  # 'Ida Moe2 Fen Institute'
    while kept and (kept[-1].casefold() in joiners):
        kept.pop()
    run = " ".join(kept).strip(" ,")
    listed = "," in run or any(w.casefold() in ands for w in run.split())
    return run if listed else ""


@functools.cache
def _stop_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words no name after a title holds, folded: a book's binding (``[words].book_bindings``:
    a shop's heading prints it after the title and its authors), the words of organisations'
    names and months and weekdays (a document's cover goes on with the authors' institution
    or the date: ``… Ana Ruiz University of Fenmark July 2007``)."""
    words = set(_loc.casefolded_terms("words", rules, "book_bindings"))
    words |= {w.casefold() for w in _organisation_words(rules) if w[:1] != "-"}
    for section in ("months", "weekdays"):
        words |= {w for t in _loc.terms_of(section, rules) for w in _loc.fold(t).split()}
    return frozenset(words)


def _before_stop(rest: str, page: _Page) -> str:
    """``rest`` cut before its first :func:`_stop_words` word (its first word aside: a name
    opens the tail)."""
    stops = _stop_words(page.rules)
    words = rest.split()
    for i, w in enumerate(words[1:], 1):
        if _loc.fold(w.strip(",.;:")) in stops:
            return " ".join(words[:i])
    return rest


def _people(page: _Page, names: tuple[Person, ...], by_word: bool) -> bool:
    """The names read after a title are people's: each with a given and a family name, and
    after an author word, or printed given name first, with no family word the page prints in
    lower case, and opening with a known given name or initials, or one name no lexicon
    knows."""
    if any(p.literal is not None or not p.given or not p.family for p in names):
        return False
    if by_word:
        return True
    if not all((p.raw or "").lstrip().startswith(p.given or "\0") for p in names):
        return False  # a name read 'Family Given' after a title: a place, no one's name
    if any(given_name_last(p) for p in names):
        return False  # 'Santa Lucía': its last word only a given name, its order unsure
    if any(_in_lower_case(w, page.text) for p in names for w in (p.family or "").split()):
        return False  # 'Title Grace Period' over prose about a grace period: a subtitle
    return plausible_names(names) or unlisted_names(page, names)
