"""The shapes of one entry of a reference work (an encyclopedia, a lexicon, a dictionary).

* The line under an entry's title that names the work it is from: a wiki's tagline
  (``Aus Wikipedia, der freien Enzyklopädie``, ``From Marsh Lexicon, the free
  encyclopedia``), or ``From <work>`` right over a wiki's revision line (``Version vom
  3. Mai 2021``): the entry's container.
* A dictionary entry's section labels (``Etymology``, ``Pronunciation``, ``Synonyms``,
  ``Nächster Eintrag: …``): two of them or more near the top, one of them a label only a
  dictionary prints, make the page a dictionary entry, whose headword (the short line over
  the first section, the site's words such as ``Définition`` or ``betekenis`` around it
  dropped) is the title.

Words are locale data: ``[entries].source_words`` (the word opening a source line),
``[entries].dictionary_sections`` and ``[entries].dictionary_marks`` (the labels only a
dictionary prints), ``[entries].revision_phrases`` (a wiki's revision interface) and
``[words].headword_affixes``; the phrases of a reference work's interface are
``[page_kinds].entry``.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _BULLET, W_LABEL, Cand, _Page
from comet.page.kinds import _phrases
from comet.page.layout import Line
from comet.text._words import closed_class

__all__ = [
    "affixed_headword",
    "dictionary_headword",
    "dictionary_sections",
    "entry_source",
    "over_entry_source",
    "without_interface_tail",
    "without_page_number",
]

#: main lines from the top searched for the source line
SOURCE_LINES = 8
#: words of a source line at most, and of the work's name in it
SOURCE_WORDS = 10
SOURCE_NAME_WORDS = 4
#: main lines from the top searched for a dictionary's section labels
SECTION_LINES = 40
#: distinct section labels that make a dictionary entry
DICTIONARY_SECTIONS = 2
#: words of a headword at most (after its affixes are dropped), and the main lines from
#: the top where it stands
HEADWORD_WORDS = 3
HEADWORD_TOP = 3
#: characters of a line that may be a section label (``Étymologie``, ``Synonyme:``)
SECTION_CHARS = 40


@functools.cache
def _source_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("entries", rules, "source_words")


@functools.cache
def _revision_phrases(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _loc.terms_of("entries", rules, "revision_phrases"))


@functools.cache
def _marks(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("entries", rules, "dictionary_marks")


@functools.cache
def _sections(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    found = _loc.terms_of("entries", rules, "dictionary_sections")
    return frozenset(w.casefold() for w in found) | _marks(rules)


@functools.cache
def _affixes(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    found = _loc.terms_of("words", rules, "headword_affixes")
    return tuple(sorted({w.casefold() for w in found}, key=len, reverse=True))


def _source_at(line: Line, page: _Page) -> str | None:
    """The reference work a line names when it is a source line (see :func:`entry_source`)."""
    words = line.text.split()
    if not 2 <= len(words) <= SOURCE_WORDS or words[0].casefold() not in _source_words(page.rules):
        return None
    name, _, desc = " ".join(words[1:]).partition(", ")
    name = name.strip(" .:")
    if not name[:1].isupper() or len(name.split()) > SOURCE_NAME_WORDS:
        return None
    if desc:
        low = desc.casefold()
        return name if any(p.casefold() in low for p in _phrases("entry", page.rules)) else None
    return name if _over_revision_line(line, page) else None


def _over_revision_line(line: Line, page: _Page) -> bool:
    """A line under the entry's title (some line stands above it) in a wiki's revision
    interface: the title over it ends with a revision phrase (``Rechtskultur: Unterschied
    zwischen den Versionen``) or a line among the next :data:`SOURCE_LINES` opens with one
    (``Version vom 3. Mai 2021``). Only there does a bare ``<from-word> <work>`` name the
    work (``De Gaulle`` over prose names none)."""
    lines = page.layout.lines
    if line.index == 0:
        return False
    phrases = _revision_phrases(page.rules)
    above = lines[line.index - 1].text.strip()
    if without_interface_tail(above, page) != above:
        return True
    below = lines[line.index + 1 : line.index + 1 + SOURCE_LINES]
    return any(ln.text.strip().casefold().startswith(phrases) for ln in below)


def entry_source(page: _Page) -> Cand | None:
    """The reference work the page's entry is from, printed on a line of its own among the
    first main lines: ``<from-word> <work>, <a reference work's description>`` (a wiki's
    tagline), or ``<from-word> <work>`` alone right over a revision line
    (``[entries].revision_phrases``). ``None`` when there is no such line."""

    def find() -> Cand | None:
        main = [ln for ln in page.layout.lines if ln.zone == "main"][:SOURCE_LINES]
        for line in main:
            name = _source_at(line, page)
            if name is not None:
                return Cand(name, W_LABEL, (line.start, line.start + len(line.text)),
                            "the line under the entry's title names its reference work")  # fmt: skip
        return None

    return page.remember(("entry-source", 0), find)


def over_entry_source(line: Line, page: _Page) -> bool:
    """The line stands right over the source line (blank lines aside): the entry's title."""
    src = entry_source(page)
    if src is None:
        return False
    nxt = page.layout.line_at(src.span[0])
    return nxt is not None and nxt.index == line.index + 1


#: a wiki's edit link glued after a section's name (``Étymologie[modifier le wikicode]``,
#: ``Herkunft[Bearbeiten | Quelltext bearbeiten]``): a bracket of words, no digits (``[1]``
#: is a footnote's mark)
_EDIT_LINK = re.compile(r"\s*\[[^\[\]\d]{1,40}\]\s*$")


def _section_key(text: str, page: _Page) -> str | None:
    """The section label a line is (``Étymologie``, ``Synonyme:``, ``Nächster Eintrag:
    Masochismus``), casefolded, or ``None``."""
    t = _BULLET.sub("", text.strip())
    if t.rstrip().endswith("]"):  # (the edit link's pre-test: most lines end otherwise)
        t = _EDIT_LINK.sub("", t)
    head = t.partition(":")[0].strip()
    if not head or len(head) > SECTION_CHARS:
        return None
    key = head.casefold()
    return key if key in _sections(page.rules) else None


def dictionary_sections(page: _Page) -> tuple[int, ...]:
    """The lines among the first :data:`SECTION_LINES` main lines that are section labels
    of a dictionary entry, when :data:`DICTIONARY_SECTIONS` distinct labels or more stand
    there, one of them a label only a dictionary prints (``[entries].dictionary_marks``:
    ``Etymology``, ``Worttrennung``) or a line over them carrying a dictionary site's words
    around its headword (``Définition nom``: :func:`_strip_affixes`); ``()`` otherwise."""

    def find() -> tuple[int, ...]:
        main = [ln for ln in page.layout.lines if ln.zone == "main"][:SECTION_LINES]
        found: dict[str, int] = {}
        for line in main:
            key = _section_key(line.text, page)
            if key is not None:
                found.setdefault(key, line.index)
        if len(found) < DICTIONARY_SECTIONS:
            return ()
        first = min(found.values())
        if not _marks(page.rules) & found.keys() and not any(
            _strip_affixes(ln.text, page) != ln.text.strip()
            for ln in main[:HEADWORD_TOP]
            if ln.index < first
        ):
            return ()  # 'Noun' and 'Verb' alone head a grammar post's sections too
        return tuple(sorted(found.values()))

    return page.remember(("dictionary-sections", 0), find)


def _strip_affixes(text: str, page: _Page) -> str:
    """A headword line without the site's words around it (``Définition nom`` → ``nom``,
    ``Lemma betekenis & definitie`` → ``Lemma``): the longest affix opening the line, then
    the longest closing it (``[words].headword_affixes``), a word at least left."""
    t = text.strip()
    affixes = _affixes(page.rules)  # longest first
    low = t.casefold()
    head = next((a for a in affixes if low.startswith(a + " ")), None)
    if head is not None:
        t = t[len(head) :].strip()
        low = t.casefold()
    tail = next((a for a in affixes if low.endswith(" " + a)), None)
    if tail is not None:
        t = t[: -len(tail)].strip()
    return t


#: evidence the headword over a dictionary entry's sections gains over a label's
#: (:data:`~comet.page.evidence.W_LABEL`): more than a title-like line's highest score
HEADWORD_BONUS = 0.2


def dictionary_headword(page: _Page) -> Cand | None:
    """The headword of a dictionary entry (:func:`dictionary_sections`): the first main
    line over the first section label that is a word or a few (:data:`HEADWORD_WORDS`,
    after :func:`_strip_affixes`), in any case (``masculin``, ``MASCULIN``)."""
    sections = dictionary_sections(page)
    if not sections:
        return None
    main = [ln for ln in page.layout.lines[: sections[0]] if ln.zone == "main"]
    for line in main[:HEADWORD_TOP]:
        if _section_key(line.text, page) is not None:
            continue
        word = _strip_affixes(line.text, page)
        if (
            0 < len(word.split()) <= HEADWORD_WORDS
            and sum(map(str.isalpha, word)) >= 2
            and not any(c.isdigit() for c in word)
        ):
            start = line.start + line.text.find(word)
            # (stronger than any title-like line: a site's tagline sentence between the
            # headword and its sections is no title)
            return Cand(word, W_LABEL + HEADWORD_BONUS, (start, start + len(word)),
                        "the headword over a dictionary entry's sections")  # fmt: skip
    return None


def without_interface_tail(value: str, page: _Page) -> str:
    """A title without a reference work's interface words the page header adds after it
    (``Rechtskultur: Unterschied zwischen den Versionen``: a wiki's comparison of two
    revisions of the entry ``Rechtskultur``; the phrases are ``[entries].revision_phrases``,
    never a work's kind: ``Handbook of Medieval Europe: Encyclopedia`` keeps its tail);
    ``value`` itself otherwise."""
    head, colon, tail = value.rpartition(": ")
    if not colon or not head.strip():
        return value
    if tail.strip().casefold() in _revision_phrases(page.rules):
        return head.rstrip()
    return value


#: lines under an affixed headword searched for the definition that opens with it
DEFINITION_LINES = 3


def affixed_headword(line: Line, page: _Page) -> str | None:
    """The headword of a line that carries a dictionary site's words around it (``Lemma
    betekenis & definitie`` over ``Lemma is een woordenboek- of encyclopedie-ingang.``):
    the word or words left (:func:`_strip_affixes`) when the definition under the line
    opens with them but not with the whole line, and they are not function words only;
    ``None`` otherwise (memoised per line)."""

    def find() -> str | None:
        whole = line.text.strip()
        word = _strip_affixes(whole, page)
        if word == whole or not 0 < len(word.split()) <= HEADWORD_WORDS:
            return None
        closed = closed_class(page.rules)
        if all(w.casefold() in closed for w in word.split()):
            return None  # 'The Meaning' → 'The': a title ending in a common word
        lines = page.layout.lines
        for k in range(line.index + 1, min(len(lines), line.index + 1 + DEFINITION_LINES)):
            body = lines[k].text.strip().casefold()
            if len(body.split()) >= HEADWORD_WORDS + 2:
                if body.startswith(whole.casefold()):
                    return None  # the prose repeats the whole line: a title, no affixes
                return word if body.startswith(word.casefold() + " ") else None
        return None

    return page.remember(("affixed-headword", line.index), find)


@functools.cache
def _page_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """``<dash or bar> Page 2`` closing a line: a paginated article's page number (the
    locales' words for a page, ``[locator]`` and ``[labels]`` ``page`` and ``pages``, whole words of
    four letters or more: ``Seite``, ``Page``, ``Página``)."""
    words = {
        w.casefold()
        for key in ("page", "pages")
        for w in (*_loc.terms_of("locator", rules, key), *_loc.terms_of("labels", rules, key))
        if w.isalpha() and len(w) >= 4
    }
    if not words:
        return None
    return re.compile(rf"\s+[–—|-]\s+(?:{_loc.alternation(words)})\s+\d{{1,3}}\Z", re.I)


def without_page_number(value: str, page: _Page) -> str:
    """A title without the page number a paginated article's header adds after it
    (``So kommen wir an – Seite 2``); ``value`` itself otherwise."""
    pattern = _page_words(page.rules)
    m = pattern.search(value) if pattern is not None else None
    return value[: m.start()].rstrip() if m is not None and m.start() > 0 else value
