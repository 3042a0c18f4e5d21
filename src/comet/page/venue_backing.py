"""Whether a container value found under a label or in a statement is backed by the page:
a periodical's label (``Journal:``) among labelled fields, a locator or an identifier label
beside it, its name printed again, a heading naming it; and what a periodical's name never
holds (a domain, a copyright sign, prose). Read by :mod:`comet.page.venue` (the container
candidates), :mod:`comet.page.container_lines` and :mod:`comet.page.article_parts`."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.locators import find_locators
from comet.locators.records import Locator
from comet.page.chrome import _is_chrome, _journal_words
from comet.page.evidence import _WORD, _key, _Page
from comet.page.label_value_checks import closes_menu
from comet.page.lines import LabelValue
from comet.records import Match
from comet.text._words import closed_class

#: a web address or a domain name (``fenpix.com``, ``www.``): a site's, not a periodical's
_DOMAIN = re.compile(r"://|\bwww\.|[^\W\d_]\.(?:com|net|org|co|de|at|ch|fr|uk|jp|eu|info|io)\b")
#: what a periodical's name never holds: a copyright sign, a web address or a domain name,
#: a credit's slash (``Photo: A. Moe / Fenpix.com``)
_NO_NAME = re.compile(rf"©|{_DOMAIN.pattern}|\s/\s")
#: a social media handle after a journal's name in a label's value (``Marsh Letters @marshlett``)
_HANDLE_TAIL = re.compile(r"\s+@[^\W\d_][\w.-]*\s*$")


#: words of a sentence under a label at least (a name may end with an abbreviation's dot)
SENTENCE_WORDS = 7
#: words of prose opening with a small letter at least (``npj Clean Water`` is a name)
LOWER_WORDS = 5


def _sentence(value: str) -> bool:
    """``value`` is prose, not a name: :data:`LOWER_WORDS` words or more opening with a small
    letter (``we walked out …``; ``bioRxiv``, ``npj Clean Water`` are names), or a sentence
    of :data:`SENTENCE_WORDS` words or more ending in a full stop, a question or an
    exclamation mark."""
    v = value.strip()
    words = len(v.split())
    if v[:1].islower() and words >= LOWER_WORDS:
        return True
    return v.endswith((".", "!", "?")) and words >= SENTENCE_WORDS


def place_in_container(m: Match[Locator], value: str) -> bool:
    """The locator ``m`` found in a container's value cites the work's place in it: a volume
    with pages or an issue (``12(3): 45-67``), or pages after a name (``Proceedings of …,
    pp. 211-224, 2019``)."""
    loc = m.value
    return bool((loc.volume and (loc.pages or loc.issue)) or (loc.pages and m.start > 0))


def cites_place(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A container label's value cites the work's place after the name (``Marismas, nº 3,
    pp. 21-32``): the locator backs a one-word name under a phrase label (``Publicado en``),
    which alone may be a blog's category (``Published in News``)."""
    return any(place_in_container(m, value) for m in find_locators(value, locales=rules))


def no_label_line(page: _Page, lv: LabelValue) -> bool:
    """A label's word on a line of its own that is no label, its next line no value of it:
    a function word with no colon (``dalam`` / ``penelitiannya``, ``in`` / ``the field``: a
    wrapped sentence's preposition), or the last item of a menu
    (:func:`comet.page.label_value_checks.closes_menu`: ``Secciones`` / ``Resumen`` /
    ``PDF`` / ``Fuente`` over the work's own title)."""
    if lv.layout != "next-line":
        return False
    lines = page.layout.lines
    own = lines[lv.line].text.strip()
    if ":" not in own and own.casefold() in closed_class(page.rules):
        return True
    return closes_menu(lines, lv.line)


def _periodical_label(label: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A journal label that names a periodical itself (a journal word of the locales in it:
    ``Journal``, ``Журнал``, ``Revista``, ``Journal title``): its value on the label's line
    is a journal's name with no more backing (a bare ``Journal`` line over another may be a
    menu's item, and needs the page's); the ambiguous ``Source:``, ``Quelle:``, ``Fuente:`` need the page's
    (:func:`_corroborated_source`)."""
    words = _journal_words(rules)
    return any(w.casefold() in words for w in _WORD.findall(label))


def _in_field_block(page: _Page, lv: LabelValue) -> bool:
    """The label's line sits among a record's labelled fields: the line over it or under it
    starts with a label too (``Author:`` / ``Journal: …`` / ``Section:``). A journal label
    over a blog's post or a travel diary's day (``Journal: Notes from a Small Allotment``
    over the post's title) names the site, not a periodical."""
    return bool({lv.line - 1, lv.line + 1} & page.layout.label_lines)


def _statement_backed(page: _Page, value: str, locator_span: tuple[int, int] | None) -> bool:
    """The value of a container label of two words or more (``Published in``, ``Erschienen
    in``, ``Publicado en``) names a container where the page backs it (a locator line, a
    volume, issue, page, ISSN or DOI label) or where it is a name of two words or more that
    are not all a site's section words (newspaper desks, periodical, interface and function
    words: ``Local News``, ``Arts and Culture``). A blog's category line (``Published in
    News``, ``Veröffentlicht in Allgemein``, ``Publicado en Noticias``) names a section of the
    site. (Asking a journal word of every name of two words or more cost a right container
    on the fresh sets' held-out halves.)"""
    if locator_span is not None or page.layout.values(*_PERIODICAL_KEYS):
        return True
    words = _WORD.findall(value)
    if len(words) < 2:
        return False
    series = _series_words(page.rules)
    if words[0].casefold() in series or words[-1].casefold() in series:
        return False  # 'Forma parte de: Colección de Otoño': a series or collection (review26)
    return not all(w.casefold() in _section_words(page.rules) for w in words)


@functools.cache
def _series_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' words of a series' own name (``[references].series_words``: *Series,
    Colección, Reihe*), folded: a part-of label's value opening or closing with one names a
    series or a collection, no container."""
    return _loc.casefolded_terms("references", rules, "series_words")


@functools.cache
def _section_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words a site's section name is made of: the locales' newspaper desks' words,
    journal words, interface words and function words, folded."""
    desks = {w.casefold() for t in _loc.terms_of("periodicals", rules, "newspaper_sections")
             for w in _WORD.findall(t)}  # fmt: skip
    interface = _loc.casefolded_terms("words", rules, "interface_words")
    return frozenset(desks | interface | _journal_words(rules) | closed_class(rules))


def _named_again(page: _Page, value: str) -> bool:
    """``value`` has two words or more, one a journal word of the locales, and the page
    prints it more than once (``News`` alone, a menu's item too, never)."""
    words = _journal_words(page.rules)
    key = _key(value)
    return (
        len(_WORD.findall(value)) > 1
        and bool(key)
        and any(w.casefold() in words for w in _WORD.findall(value))
        and f" {page.text_key()} ".count(f" {key} ") > 1
    )


#: labels of a work's place in a periodical: a journal label's value beside them names one
_PERIODICAL_KEYS = ("volume", "issue", "pages", "issn", "eissn", "pissn", "doi")


def _corroborated_source(page: _Page, value: str, locator_span: tuple[int, int] | None) -> bool:
    """A journal label's value (``Journal:``, also the ambiguous ``Source:``, ``Quelle:``,
    ``Fuente:``) is a container when the page backs it: a journal word in it, a volume,
    issue, page, ISSN or DOI on the page, a locator line, or the name printed again. A
    news page's ``Source: Fen Agency`` or ``Quelle: Marsh Council`` (an agency, a credit)
    has none of these."""
    if locator_span is not None or page.layout.values(*_PERIODICAL_KEYS):
        return True
    words = _journal_words(page.rules)
    if any(w.casefold() in words for w in _WORD.findall(value)):
        return True
    key = _key(value)
    return bool(key) and f" {page.text_key()} ".count(f" {key} ") > 1


#: values under one label at least for the label to head a pick-list
PICK_LIST_VALUES = 3


def _pick_list_labels(values: list[LabelValue]) -> set[str]:
    """Labels printed before :data:`PICK_LIST_VALUES` different values or more (a search
    form's field list ``Journal : Title`` / ``Journal : Publisher`` / ``Journal : ISSN``):
    a menu of fields, naming no journal."""
    seen: dict[str, set[str]] = {}
    for lv in values:
        seen.setdefault(lv.label, set()).add(_key(lv.value))
    return {label for label, found in seen.items() if len(found) >= PICK_LIST_VALUES}


def _headed_title(value: str, title_key: str, page: _Page) -> bool:
    """``Details for: Wiegenlied, Guten Abend …``: interface words and a colon before the
    start of the work's own title (a catalogue's header), no container."""
    prefix, colon, rest = value.partition(": ")
    if not colon or not title_key or len(prefix.split()) > 3:
        return False
    head = _key(rest)
    return (
        bool(head)
        and (title_key.startswith(head) or head.startswith(title_key + " "))
        and _is_chrome(prefix, page.rules)
    )
