"""Bylines in scripts without case: Chinese names of two to four Han characters (apart by
commas, enumeration commas or spaces, a space-separated list vouched for by the locales'
common surnames), and Arabic-script names known by their affiliation digit. Read by
:mod:`comet.page.bylines`."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.evidence import _lenient, _Page

#: a byline of Chinese names written without spaces: two to four Han characters each,
#: separated by commas, enumeration commas or spaces (``王建国，李明``); one name alone
#: has two or three characters (a longer word alone is more likely a heading)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_BYLINE = re.compile(
    rf"[{_HAN}]{{2,4}}(?:\s*[,，、;；]\s*[{_HAN}]{{2,4}})+\s*[,，、;；]?|[{_HAN}]{{2,3}}"
    # names of two or three characters apart by spaces alone ('王建国 李华'), as journals
    # and their aggregators print a byline
    rf"|[{_HAN}]{{2,3}}(?:[ \u3000]+[{_HAN}]{{2,3}})+"
)


#: a name in a script without case (Arabic, Hebrew) with its affiliation marker, a digit
#: after its last letter (`حسن فراهاني1`, `… جبارزاده 1، …`): with no capital to tell a name
#: from a phrase, the marker does
#: Arabic script's comma and semicolon, read as a name list's
_ARABIC_PUNCTUATION = str.maketrans({"\u060c": ",", "\u061b": ";"})
_CASELESS_MARKED = re.compile(r"[^\W\d_]\s?[1-9](?!\d)")


_HAN_SEPARATOR = re.compile(r"[,，、;；]")


@functools.cache
def _han_surnames(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The common and the compound surnames of the locales (``[name_grammar]`` of ``zh``)."""
    return frozenset(
        w
        for key in ("common_surnames", "compound_surnames")
        for w in _loc.terms_of("name_grammar", rules, key)
    )


def _han_names(core: str, page: _Page) -> tuple[Person, ...] | None:
    """The Chinese names of a byline line, when the name parser splits every one into a
    family and a given name (an institution or a phrase stays a literal: no byline)."""
    if not _HAN_SEPARATOR.search(core):  # 'name name': each name apart by spaces alone
        surnames = _han_surnames(page.rules)
        if not all(w[:1] in surnames or w[:2] in surnames for w in core.split()):
            return None  # a menu's or a tab bar's words ('首页 期刊'), no names
        core = "、".join(core.split())
    plist = _lenient(parse_names, core, locales=page.rules)
    if not plist or any(p.literal is not None or not p.given for p in plist):
        return None
    return tuple(plist)
