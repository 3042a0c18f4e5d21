"""Names under a person's label written in a script without case: a list of Han names
apart by spaces alone (``作者: 王晓明 李红梅``) is two persons, as the byline readers read
such a line (:func:`comet.page.caseless_bylines.caseless_core`), never one family and one
given name; a Japanese catalogue's heading ``山田, 太郎`` (``, 1950-``) is one person, family
name first, as the Japanese catalogues print a name heading."""

from __future__ import annotations

import re

from comet.names import Person, parse_names
from comet.page.caseless_bylines import _han_names, caseless_core, without_caseless_brackets
from comet.page.evidence import _lenient, _Page
from comet.page.label_value_checks import caseless_label_value
from comet.page.name_marks import without_glued_marks
from comet.page.name_plausible import family_first_lexicon
from comet.text.scripts import HAN, KANA

__all__ = ["caseless_label_names", "heading_name", "without_glued_marks"]


def caseless_label_names(value: str, page: _Page) -> tuple[Person, ...] | None:
    """The persons of a label's ``value`` in a script without case, its brackets apart (a
    reading in kana or in Latin letters, an affiliation: ``山田 太郎 (ヤマダ タロウ)``,
    ``王晓明（江岸大学）``): Japanese name headings apart by semicolons (:func:`heading_name`),
    Han names apart by spaces alone each opening with a known surname
    (:func:`~comet.page.caseless_bylines.caseless_core`), or the names the parser reads in
    the value without its brackets; ``None`` for any other value (read as before)."""
    v = value.strip()
    bare = without_caseless_brackets(v).strip(" ,;")
    if not caseless_label_value(bare):
        return None
    heads = [heading_name(part) for part in _SEMICOLON.split(bare) if part.strip()]
    if heads and all(h is not None for h in heads):
        return tuple(h for h in heads if h is not None)
    if " " in bare and (core := caseless_core(bare, bare)) is not None:
        han = _han_names(core, page)
        if han is not None:
            return han
    if bare != v:
        plist = _lenient(parse_names, bare, locales=page.rules)
        if plist and all(p.literal is None and p.given for p in plist):
            return tuple(plist)
    return None


#: the semicolons apart from which a catalogue lists its name headings
_SEMICOLON = re.compile(r"\s*[;；]\s*")


#: a Japanese name heading: family name, a comma, given name (Han or kana), and the person's
#: years after a further comma (``山田, 太郎``, ``佐藤, はな, 1950-``)
_KANA_HAN = KANA + HAN
_JA_HEADING = re.compile(
    rf"([{_KANA_HAN}]{{1,4}})\s*[,，]\s*([{_KANA_HAN}]{{1,4}})(?:\s*[,，]\s*\d{{4}}-(?:\d{{4}})?)?"
)


def heading_name(value: str) -> Person | None:
    """A label's value printed as a Japanese catalogue's name heading (:data:`_JA_HEADING`)
    whose family name is a known one of a language writing it first (``山田``): one person;
    two Chinese names apart by a comma (``王明, 李华``) open with none of them."""
    m = _JA_HEADING.fullmatch(value.strip())
    if m is None or m.group(1) not in family_first_lexicon():
        return None
    return Person(family=m.group(1), given=m.group(2), raw=value.strip())
