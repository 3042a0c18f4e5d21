"""One person's name in a shape a byline prints it: a long Romance name with its particles, a
family name in capitals, unpointed initials in a column of names, a run of initials.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.byline_affiliations import _affiliation_text
from comet.page.byline_text import CAPITALS_LINE_WORDS, _capitals_family
from comet.page.chrome import _is_chrome
from comet.page.evidence import _Page
from comet.page.name_checks import _marked_words
from comet.page.name_plausible import known_given
from comet.page.name_table import _interface_words
from comet.page.name_vouched import _in_lower_case
from comet.page.title_shapes import _organisation_words
from comet.text._words import particles

#: an initial (``U.``, ``K.``)
_AN_INITIAL = re.compile(r"[^\W\d_]\.")


def _initials_run(words: list[str]) -> bool:
    """The line opens with two initials (``U. K. S. Kushwaha``): its first word is a
    name's initial, never an abbreviated list word (German ``u.``)."""
    return (
        len(words) > 1
        and bool(_AN_INITIAL.fullmatch(words[0]))
        and bool(_AN_INITIAL.match(words[1]))
    )


#: words of one person's name at most where its own particles and initials make it long
#: (``José G. Da Silva Santa Rosa``, ``Maria A. de Souza Lima``)
MAX_LONG_NAME_WORDS = 6


def _long_name(core: str, line: str, page: _Page) -> bool:
    """One Iberian or Romance name of five or six words on a byline ``line`` that marks it
    with an affiliation mark (``José G. Da Silva Santa Rosa3``): it opens with a known
    given name, holds a name particle of the locales (``da``, ``de``, ``dos``; in title case
    too) or an initial, and every other word is in title case; a title of as many words
    carries no mark, and a sentence holds a word in lower case that is no particle; nor
    does a title print its last words in capitals after a particle (``Carmen Ortega de la
    FUENTE``: :func:`_capitals_family`), which needs no mark. A name
    holding two surnames joined after a particle (``Ana Lívia da Rocha e Mota Quelhas``)
    needs no mark: no title takes that shape (persons25)."""
    words = core.split()
    conj = [w for w in words if w in _conjunctions(page.rules)]  # 'da Costa e Silva'
    if not 4 < len(words) - len(conj) <= MAX_LONG_NAME_WORDS:
        return False
    if not known_given(words[0]):
        return _marked_long_name(words, line, page)  # 'Isaiana Carla Pereira dos SANTOS3'
    parts = particles(page.rules)
    if any(w in parts for w in words[1:-1]) and _capitals_family(core, page.rules):
        return True  # 'Carmen Ortega de la FUENTE': a known given name, a particle, capitals
    if (
        words[-1].casefold() not in _marked_words(line)
        and not _printed_again(core, line, page)
        and not _joined_surnames(words, conj, parts)
    ):
        return False
    marked = False
    for w in words[1:]:
        if w.casefold() in parts or _INITIAL_WORD.fullmatch(w):
            marked = True
        elif w not in conj and not (w[:1].isupper() and w[1:].islower() and w.isalpha()):
            return False
    return marked


#: title-case words of a marked long name before its particle at least (two given names)
MARKED_GIVEN_WORDS = 2


def _marked_long_name(words: list[str], line: str, page: _Page) -> bool:
    """A long name whose first given name no lexicon knows (``Isaiana Carla Pereira dos
    SANTOS3``, ``Marcília Luzia Gomes da Costa Mendes5``), vouched for by the affiliation
    mark closing its ``line`` (a digit glued to its last word, an asterisk, a dagger, a
    bracketed number), as a document's first page prints its authors one a line: a particle
    of the locales in lower case between its words, two title-case words before it, every
    other word in title case or, at the end, in capitals (the family name); no word an
    organisation's or interface's of the locales, and no title-case word printed in lower
    case elsewhere on the page (a heading of as many words with a note's mark, ``Historia de
    la Provincia de Sevilla1``, uses its words in its prose: :func:`_unknown_words_named`)."""
    if _MARK_TAIL.search(line.strip()) is None:
        return False
    parts, conj = particles(page.rules), _conjunctions(page.rules)
    inner = [i for i, w in enumerate(words[:-1]) if i > 0 and w.islower() and w in parts]
    if not inner or inner[0] < MARKED_GIVEN_WORDS:
        return False
    capitals = False
    named = [w for w in words if not (w.islower() and (w in parts or w in conj))]
    for w in named:
        bare = w.replace("-", "")
        if not bare.isalpha():
            return False
        if w.isupper() and len(bare) > 1:
            capitals = True  # the family name in capitals closes the name
            continue
        if capitals or not (w[:1].isupper() and bare[1:].islower()):
            return False
    return _unknown_words_named(named, page)


def _unknown_words_named(words: list[str], page: _Page) -> bool:
    """The words of a name no lexicon knows (its particles aside) name a person: none an
    organisation's or an interface's word of the locales, and none but those in capitals
    printed in lower case elsewhere on the page (a heading's words stand in its prose)."""
    veto = _organisation_words(page.rules) | _interface_words(page.rules)
    return not any(w.casefold() in veto for w in words) and not any(
        _in_lower_case(w, page.text) for w in words if not w.isupper()
    )


def _joined_surnames(words: list[str], conj: list[str], parts: frozenset[str]) -> bool:
    """Two surnames joined by a conjunction after a particle (``da Costa e Silva``), each in
    title case: a name's shape no title of as many words takes."""
    for i, w in enumerate(words[2:-2], start=2):
        if (
            w in conj
            and words[i - 2].casefold() in parts
            and words[i - 1].istitle()
            and words[i + 1].istitle()
        ):
            return True
    return False


@functools.cache
def _conjunctions(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' words joining two surnames of one name (``[name_grammar]
    .surname_conjunctions``: Portuguese ``e``, Spanish ``y``), in lower case."""
    return frozenset(t for t in _loc.terms_of("name_grammar", rules, "surname_conjunctions"))


_INITIAL_WORD = re.compile(r"[^\W\d_]\.")


def _printed_again(core: str, line: str, page: _Page) -> bool:
    """The long name stands alone on its line and the page prints it again elsewhere (a
    thesis's cover, then its copyright line: ``©Ana Maria da Costa Reis, 2015``): a title
    of as many words is seldom repeated so."""
    return line.strip() == core and page.text.count(core) >= 2


def _capitals_name(core: str, page: _Page) -> bool:
    """One name in the capitals-family style (``Odile TCHAMBA ESSOMBE``), or of two words
    whose family word the page never prints in lower case (``Jeanne MARCHAND``; ``Grace
    PERIOD`` over prose that speaks of a grace period is a heading)."""
    if _capitals_family(core, page.rules):
        return True
    if _family_first_capitals(core):
        return True
    if not _capitals_family(core, page.rules, CAPITALS_LINE_WORDS):
        return False
    return not _in_lower_case(core.split()[-1].capitalize(), page.text)


#: family words in capitals before the given names at most (``TCHAMBA ESSOMBE Odile``)
FAMILY_CAPITALS_WORDS = 2


def _family_first_capitals(core: str, *, known: bool = True) -> bool:
    """One name written family name first in capitals, then given names in title case that
    open with a known given name (``MARSH Helena``, ``DUPONT Jean-Luc``; French and Russian
    title pages): a heading in capitals then a word (``NEWS Today``) opens with none;
    ``known`` false asks no known given name (the caller has other evidence: a mark, an
    affiliation under it)."""
    words = core.split()
    caps = 0
    while caps < len(words) and words[caps].isupper() and words[caps].isalpha():
        caps += 1
    given = words[caps:]
    return (
        1 <= caps <= FAMILY_CAPITALS_WORDS
        and all(len(w) > 1 for w in words[:caps])
        and 1 <= len(given) <= 2
        and all(w[:1].isupper() and not w.isupper() for w in given)
        and (not known or known_given(given[0]))
    )


#: letters of a family word in capitals printed before given names no lexicon knows at least
FAMILY_CAPITALS_LETTERS = 3


def _unknown_family_first(name: str, page: _Page) -> bool:
    """:func:`_family_first_capitals` whose given names no lexicon knows, none of its words an
    organisation's or an interface's of the locales (``ACS Nano``, ``IOP Conference
    Series``, ``ICT Helpdesk``: an acronym, then words), each word in capitals of three
    letters at least, and no given word the page prints in lower case."""
    if not _family_first_capitals(name, known=False):
        return False
    words = name.split()
    if any(w.isupper() and len(w) < FAMILY_CAPITALS_LETTERS for w in words):
        return False  # 'EU Projects', 'QA Office': an acronym of two letters, a menu's entry
    return _unknown_words_named(words, page)


#: words of the line over a column of initials names at least (the title the byline is under)
INITIALS_TITLE_WORDS = 4
#: a name of unpointed initials and a family name (``OA Agba``, ``SO Odey``)
_INITIALS_NAME = re.compile(r"[A-Z]{1,3} [A-Z][a-zà-ÿ'’-]+")


def _initials_column(text: str, page: _Page) -> bool:
    """A name of unpointed initials before a family name (``OA Agba``) that the line over or
    under it repeats in shape (``EA Ogar``): a byline of one name a line, as journals print
    Vancouver-style initials; one such line alone may be an acronym and a word (``UN Women``)."""
    t = text.strip()
    if not _initials_name(t, page):
        return False
    lines = page.layout.lines
    index = page.remember(
        "line-of-text", lambda: {ln.text.strip(): ln.index for ln in reversed(lines)}
    ).get(t)
    if index is None:
        return False
    near = (lines[i].text.strip() for i in (index - 1, index + 1) if 0 <= i < len(lines))
    if not any(n != t and _initials_name(n, page) for n in near):
        return False
    top = index
    while top > 0 and _initials_name(lines[top - 1].text.strip(), page):
        top -= 1
    # a byline stands under its title; a column opening the page is a menu ('IT Support' /
    # 'HR Portal' / 'PR Office' over a report's title)
    return top > 0 and len(lines[top - 1].text.split()) >= INITIALS_TITLE_WORDS


def _initials_name(text: str, page: _Page) -> bool:
    """``OA Agba``: unpointed initials and a family name that is no interface or organisation
    word of the locales (``IT Support``, ``HR Portal``, ``PR Office`` are a menu's items)."""
    if not _INITIALS_NAME.fullmatch(text):
        return False
    family = text.split()[1].casefold()
    return (
        family not in _interface_words(page.rules)
        and family not in _organisation_words(page.rules)
        and not _is_chrome(text, page.rules)
    )


#: a note or affiliation mark closing a byline's one name (``ŞEKKELİ [1]``, ``RUIZ1``, ``RUIZ*``;
#: as :data:`comet.page.byline_text._MARKER_SEPARATOR` reads them between names, digits closed
#: by a bracket, ``RUIZ1)``, and raised digits, ``RUIZ¹``)
_MARK_TAIL = re.compile(
    r"(?:\s*\[\d{1,2}\]|(?<=[^\W\d_])\d{1,2}\)?|(?<=[^\W\d_])[¹²³⁴-⁹⁰]{1,2}|\*{1,3}|[†‡])$"
)


def _vouched_capitals_name(line: str, core: str, page: _Page) -> bool:
    """One name of given names in title case and a family name in capitals
    (:func:`_capitals_family`), or the family name in capitals first
    (:func:`_family_first_capitals`: ``NGUYEN Thi Lan``), whose given names no lexicon
    knows (``Albinas DRUKTEINIS``),
    vouched for by the byline's layout: an affiliation mark closes it (``Zümrüt Hatice
    ŞEKKELİ [1]``) or an affiliation is the next line (``Klaipėdos universitetas``, an
    e-mail). A heading in capitals with neither is no name."""
    key = line.strip()
    mark = _MARK_TAIL.search(key)
    name = _MARK_TAIL.sub("", core.strip()).rstrip()
    if not (
        _capitals_family(name, page.rules, CAPITALS_LINE_WORDS, known=False)
        or _unknown_family_first(name, page)  # 'KOWALCZYK Żaneta', 'NGUYEN Thi Lan'
    ):
        return False
    if mark is not None:
        return True
    lines = page.layout.lines
    return any(
        ln.text == key
        and ln.index + 1 < len(lines)
        and _affiliation_text(lines[ln.index + 1].text.strip(" ."), page)
        for ln in lines
    )


def marked_column(text: str) -> bool:
    """Names one a line, every line closed by an affiliation mark (``Ana Lopes da SILVA2`` /
    ``Ida Maria Reis Costa3``), as a document's first page prints its authors: the marks
    vouch for each name, those with a family name in capitals and those without alike (a
    menu's or a heading's lines carry none)."""
    rows = [r.strip() for r in text.splitlines() if r.strip()]
    return len(rows) >= 2 and all(_MARK_TAIL.search(r) for r in rows)
