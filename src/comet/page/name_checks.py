"""Whether a line's words can be names: interface and function words, venue and masthead
words, report and publication-type terms, elided particles (the checks the byline readers
share)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from comet import locales as _loc
from comet.names import Person
from comet.page.chrome import _interface_in_names, _name_lowercase, _short_line_interface, _unglue
from comet.page.evidence import _WORD
from comet.page.languages import _function_words
from comet.page.name_plausible import family_first_lexicon, known_given
from comet.vocab import PublicationType, parse_publication_type
from comet.vocab.types import may_end_in_type_term

#: a given name of initials in capitals only (``H``, ``DJ``, ``I.``): with it, a family name
#: that is a function word of some language (Italian ``Meno``) is still a name
_VANCOUVER_GIVEN = re.compile(r"[A-Z]{1,3}\.?")
_DASHES = re.compile(r"[-\u2010-\u2015]")
#: initials written together: ``J.P.``, ``J.-P.``, ``A.B.C.``
_INITIALS = re.compile(r"(?:[^\W\d_]\.-?){2,4}")


def _capital(word: str) -> bool:
    """The word starts with a capital, or with a letter of a script without case (Han)."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def _names_ok(
    persons: Sequence[Person],
    *,
    strict: bool = False,
    page_rules: tuple[_loc.LocaleRules, ...] = (),
    marked: frozenset[str] = frozenset(),
) -> bool:
    if not persons:
        return False
    for p in persons:
        if p.literal is not None:
            return False
        fam = p.family or ""
        lower = _name_lowercase(page_rules or _loc.resolve(None))
        if not (_capital(fam) or _elided(fam, lower)):
            return False
        if len(fam) > 40 or any(c.isdigit() for c in fam):
            return False
        if all(len(part) <= 1 for part in _DASHES.split(fam)):
            return False  # 'A–Z' (an index's letter range), not a family name
        tokens = f"{p.given or ''} {fam}".split()
        if _plain_words(tokens, lower) > 5 or any(
            not _capital(w) for w in tokens if w not in lower and not _elided(w, lower)
        ):
            return False
        if any(w.endswith(".") and len(w) > 3 and not _INITIALS.fullmatch(w) for w in tokens):
            return False  # an abbreviation ('Phys.', 'Math.'), not an initial
        if (
            strict
            and not _VANCOUVER_GIVEN.fullmatch(p.given or "")
            and _function_word_name(p, fam, page_rules, marked)
            and not _surname_led(p, fam)
            and not (len(persons) > 1 and _listed_given(p, fam, page_rules))
        ):
            return False  # 'Read More', 'Meno H' is a name (initials after a family name)
        if strict and not p.given:
            return False
        ui = _interface_in_names(page_rules)
        words = [w.casefold() for t in tokens for w in _WORD.findall(_unglue(t, page_rules))]
        if any(w in ui for w in words) and (
            any(w in ui and w not in marked for w in words) or all(w in ui for w in words)
        ):  # an interface word carrying an affiliation marker is a name ('Trevor Back1,')
            return False  # 'Open Access', 'Search ScienceDirect', 'KondoEmail author'
        risky = _short_line_interface(page_rules)
        if all(w.casefold() in risky for w in tokens):
            return False  # 'WATCH LIVE': a button ('Ana Simple' is a name)
        if len(tokens) <= 3 and _is_type_term(" ".join(tokens), page_rules):
            return False  # 'Original Paper', 'Research Article': a genre line, no person
        if page_rules and _loc.fold(" ".join(tokens)) in _field_labels(page_rules):
            return False  # 'By Issue Date' (a browse menu): a field's label, no person
        if _names_report(tokens, page_rules):
            return False  # 'Working Paper No. 2719' without its number: a report series
        if ":" in (p.raw or ""):
            return False  # 'GenBank: BankIt': a product and its tool, never a person's name
        masthead = _masthead_words(page_rules)
        folded = [w.strip(".").casefold() for w in tokens]
        if all(w in masthead for w in folded):
            return False  # 'Volume 23, Number 5/6' without its numbers: a masthead, no person
        if all(w in masthead or w in _month_words(page_rules) for w in folded):
            return False  # 'October Number 746' without its number: an issue's masthead
        venue = _venue_words(page_rules)
        if any(w.strip(".,").casefold() in venue for w in tokens if not w.endswith(".")):
            return False  # 'Sport Psychology', 'Knowable Magazine': a subject or a periodical
    return True


def _plain_words(tokens: list[str], lower: frozenset[str]) -> int:
    """The words of a name that are neither initials nor particles (``José G. Da Silva
    Santa Rosa``: four): a person's name holds five at most."""
    return sum(1 for w in tokens if w.casefold() not in lower and not _INITIALS.fullmatch(w))


#: an affiliation or note marker that ends a word (group 1): digits or signs glued to it
#: (``Moreau2``, ``Moreau2,3``, ``Okafor*``), a sign standing alone after it
#: (``Lindqvist * a``) or letters before a separator (``Ho b,``); digits inside a word
#: (``H2O``) are no marker, nor are digits after a word in capitals (group 2: ``COVID19``)
_NOTE_MARK = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)(?:(\d{1,3}(?:,\d{1,3})*[*†‡§¶]*)(?=[\s,;&]|$)|\s?[*†‡§¶]+(?=[\s,;&]|$)"
    r"|(?:\s[a-z]{1,2}\d{0,2})+(?=\s*(?:[,;&]|$)))"
)


def _marked_words(line: str) -> frozenset[str]:
    """The words of a byline line that carry an affiliation or note marker, folded: only
    the names they belong to are read as marked names (a marker elsewhere on the line, or
    a code such as ``COVID19``, loosens nothing else)."""
    return frozenset(
        m.group(1).casefold()
        for m in _NOTE_MARK.finditer(line)
        if not (m.group(2) and len(m.group(1)) > 1 and m.group(1).isupper())
    )


#: one initial of a given name: ``Q.``, ``J.-``
_AN_INITIAL = re.compile(r"(?:[^\W\d_]\.-?){1,4}")


def _listed_given(p: Person, fam: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """In a list of names, a given name that spells a function word of a language is a
    name where the lexicon knows it as a given name and the family name is no function
    word (``Per Lundqvist and Ana Ruiz``: Scandinavian *Per*, Latin and Italian *per*)."""
    given = (p.given or "").split()
    fw = _function_words(rules)
    return (
        bool(given)
        and known_given(given[0])
        and fam[:1].isupper()
        and not any(w.casefold() in fw for w in fam.split())
    )


def _function_word_name(
    p: Person, fam: str, rules: tuple[_loc.LocaleRules, ...], marked: frozenset[str]
) -> bool:
    """Function words in a name (``Read More``, ``My Trials``, ``Sign In``). A name may
    spell a function word of another language (*Hans*, *Kun*, *Will*, *Ho*): none is asked
    where a word of the name is ``marked`` (carries an affiliation marker, ``Hans
    Reichenbach2,†``, or follows an author word), and only the family name where the
    given name has an initial (``Will Q.``)."""
    if any(w.casefold() in marked for w in f"{p.given or ''} {fam}".split()):
        return False  # affiliation markers: a byline of people ('Kuo-Chuan Ho b')
    fw = _function_words(rules)
    if any(w.casefold() in fw for w in fam.split() if len(w) > 1):
        return True
    given = (p.given or "").split()
    if any(_AN_INITIAL.fullmatch(w) for w in given):
        return False
    return any(w.casefold() in fw for w in given if len(w) > 1)


@functools.cache
def _venue_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words naming a field of study (``[words].discipline_words``) or a periodical (the
    whole words of ``[references].journal_words``: *Journal, Review, Magazine*), folded: a
    menu entry or a journal's name made of them is never a person."""
    fields = _loc.terms_of("words", rules, "discipline_words")
    journals = [
        w for w in _loc.terms_of("references", rules, "journal_words") if w.isalpha() and len(w) > 3
    ]
    return frozenset(w.casefold() for w in (*fields, *journals))


@functools.cache
def _report_terms(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' names of report series (``[references].report``: *working paper,
    technical report, Diskussionspapier, document de travail*), folded."""
    return frozenset(t.casefold().rstrip(".") for t in _loc.terms_of("references", rules, "report"))


def _names_report(tokens: Sequence[str], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether name tokens spell a report series (a word, or two words in a row, of one)."""
    words = [w.strip(".,").casefold() for w in tokens]
    terms = _report_terms(rules)
    pairs = (f"{a} {b}" for a, b in itertools.pairwise(words))
    return any(w in terms for w in words) or any(p in terms for p in pairs)


@functools.cache
def _month_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' month and season names, folded (``October``, ``Spring``): with a volume
    or issue word they make an issue's masthead (``October Number``), never a person."""
    terms = [*_loc.terms_of("months", rules), *_loc.terms_of("seasons", rules)]
    return frozenset(t.casefold().rstrip(".") for t in terms if " " not in t)


@functools.cache
def _masthead_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words of the locales' volume and issue terms (``Volume``, ``Number``, ``Heft``,
    ``Tome``): a name made only of them is a masthead's fields, never a person."""
    terms = [*_loc.terms_of("locator", rules, "volume"), *_loc.terms_of("locator", rules, "issue")]
    return frozenset(w.casefold() for t in terms for w in _WORD.findall(t) if len(w) > 2)


def _type_term(text: str, rules: tuple[_loc.LocaleRules, ...]) -> PublicationType | None:
    """The publication type ``text`` names when every word of it is a type term of the
    locales (``Original Paper``, ``Thèse``), else ``None``.  Most texts asked are names,
    ruled out by a cheap test before the parser (and kept out of its memo)."""
    if not may_end_in_type_term(text, rules or None):
        return None
    return _parsed_type_term(text, rules)


@functools.lru_cache(maxsize=8192)
def _parsed_type_term(text: str, rules: tuple[_loc.LocaleRules, ...]) -> PublicationType | None:
    """:func:`_type_term` past its test. Memoised: every candidate name of a page's bylines
    is asked (the results are frozen records)."""
    found = parse_publication_type(text, locales=rules or None, strict=False)
    if found.value is None or any(d.code == "unknown-type-term" for d in found.diagnostics):
        return None
    return found.value


@functools.cache
def _field_labels(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' field labels of two or three words (``Issue Date``, ``Date Deposited``),
    folded: a name made of one is a menu's or a table's label, never a person."""
    return frozenset(
        _loc.fold(t)
        for r in rules
        for terms in r.sections.get("labels", {}).values()
        for t in terms
        if 2 <= len(t.split()) <= 3
    )


def _is_type_term(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether every word of ``text`` is a publication-type term of the locales."""
    return _type_term(text, rules) is not None


def _elided(word: str, lower: frozenset[str]) -> bool:
    """A name particle elided onto a capitalised name: ``d’Enfert``, ``dell'Acqua`` (the
    particle, apostrophe included, is one of the locales' particles)."""
    for apostrophe in "'’":
        i = word.find(apostrophe)
        if i > 0 and word[: i + 1].casefold() in lower and word[i + 1 : i + 2].isupper():
            return True
    return False


@functools.cache
def _press_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' words of a publisher's name (``[references].publisher_words``:
    ``Press``, ``Verlag``, ``Yayınları``), folded (``YAYINLARI`` and ``Yayınları`` alike)."""
    return frozenset(_loc.fold(w) for w in _loc.terms_of("references", rules, "publisher_words"))


def publisher_named(person: Person, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A name in capitals read as a person's holds a word of a publisher's name (``ADAM
    YAYINCILIK``, ``İLETİŞİM YAYINLARI`` under a shop's byline): the book's publisher, no
    person (a name in mixed case keeps such a word: ``William H. Press``)."""
    tokens = f"{person.given or ''} {person.family or ''}".split()
    if not tokens or not all(t.isupper() for t in tokens if any(c.isalpha() for c in t)):
        return False
    words = _press_words(rules)
    return any(_loc.fold(t.strip(".,;:")) in words for t in tokens)


def _surname_led(p: Person, fam: str) -> bool:
    """``p`` is written family name first with a known surname of a language that writes
    so (``Nguyễn Văn An``: ``[name_grammar] family_first_surnames``): its given name's
    syllables are names, whatever other languages spell alike (*An*, *Le*, *Son*)."""
    raw = (p.raw or "").split()
    return len(raw) >= 2 and raw[0] == fam and _loc.fold(fam) in family_first_lexicon()
