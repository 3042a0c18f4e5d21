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
from comet.page.name_plausible import family_first_lexicon
from comet.text.scripts import HAN, HAN_COMPAT

#: a byline of Chinese or Korean names written without spaces: two to four Han characters
#: or Hangul syllables each, separated by commas, enumeration commas, middle dots or spaces
#: (``王建国，李明``, ``홍길동·김철수``); one name alone has two or three characters (a longer
#: word alone is more likely a heading)
_HAN = HAN + HAN_COMPAT
_HANGUL = "\uac00-\ud7a3"
#: a Chinese name: two to four characters, or a family character, a space and a given name
#: of one or two (``吴 乐``: journals pad a two-character name to a three-character one's width)
#: or a Japanese family name of two or three characters, a space and a given name of one or
#: two (``山田 太郎``) in a list apart by commas
_HAN_NAME = rf"(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,3}}[ \u3000][{_HAN}]{{1,2}})"
_HAN_BYLINE = re.compile(
    rf"{_HAN_NAME}(?:\s*[,，、;；]\s*{_HAN_NAME})+\s*[,，、;；]?|[{_HAN}]{{2,3}}"
    # names of two or three characters apart by spaces alone ('王建国 李华'), as journals
    # and their aggregators print a byline
    rf"|[{_HAN}]{{2,3}}(?:[ \u3000]+[{_HAN}]{{2,3}})+"
    # Korean names: a list apart by commas, semicolons or middle dots, or names of three or
    # four syllables apart by spaces (a word of two is more often a heading's: '연구 방법')
    rf"|[{_HANGUL}]{{2,4}}(?:\s*[,;·・]\s*[{_HANGUL}]{{2,4}})+\s*[,;]?"
    rf"|[{_HANGUL}]{{3,4}}(?:[ ]+[{_HANGUL}]{{3,4}})+"
    # one Japanese name, its family name, a space and its given name ('山田 太郎': read only
    # when the family name is a known one, :func:`_han_names`)
    rf"|[{_HAN}]{{2,3}}[ \u3000][{_HAN}\u3040-\u30ff]{{1,3}}"
)
#: one Korean name alone, read only with an affiliation in brackets after it or a list's
#: separator closing its line (``박서윤 (한빛대학교) ;``, a name list one name a line): a
#: word of three syllables alone is as often a menu's (``한국어``)
_HANGUL_ONE = re.compile(rf"[{_HANGUL}]{{2,4}}")
#: an affiliation in brackets after a name of a caseless script (``박서윤 (한빛대학교)``,
#: ``王建国（北京大学）``)
_PAREN_AFFILIATION = re.compile(r"\s*[(（][^()（）]{2,60}[)）]")


#: a bracketed part after a letter of a script without case (``张伟（清河大学）``, ``山田 太郎
#: (ヤマダ タロウ)``): a name's affiliation or its reading in kana, never part of the name
_CASELESS_BRACKET = re.compile(
    rf"(?<=[{_HAN}{_HANGUL}\u3040-\u30ff])\s*[(（][^()（）]{{1,60}}[)）]"
)


def without_caseless_brackets(value: str) -> str:
    """``value`` without the bracketed parts after names in a script without case (see
    :data:`_CASELESS_BRACKET`); other values as they are."""
    if "(" not in value and "（" not in value:
        return value
    return _CASELESS_BRACKET.sub("", value)


def caseless_core(core: str, line: str) -> str | None:
    """``core`` (the names part of the byline line ``line``) as a byline of Han or Hangul
    names (:data:`_HAN_BYLINE`): itself, or without the affiliations in brackets after its
    names; ``None`` for any other line."""
    if _HAN_BYLINE.fullmatch(core):
        return core
    if "(" not in core and "（" not in core and not line.rstrip().endswith((";", ",")):
        return None
    bare = _PAREN_AFFILIATION.sub("", core).strip(" ,;")
    if _HAN_BYLINE.fullmatch(bare) or _HANGUL_ONE.fullmatch(bare):
        return bare
    return None


#: a name in a script without case (Arabic, Hebrew) with its affiliation marker, a digit
#: after its last letter (`حسن فراهاني1`, `… جبارزاده 1، …`): with no capital to tell a name
#: from a phrase, the marker does
#: Arabic script's comma and semicolon, read as a name list's, and its two sets of digits
#: (Arabic-Indic, Persian) as the Western ones: an affiliation marker printed in the script
#: (`علی رضایی ۱؛ مریم کاظمی ۲`)
#: The other middle dots of East Asian text (halfwidth ``･``, Korean ``ㆍ``, the hyphenation
#: point ``‧``) are read as ``·``: Korean and Japanese bylines part names with any of them.
_ARABIC_PUNCTUATION = str.maketrans(
    {"\u060c": ",", "\u061b": ";", "\uff65": "·", "\u318d": "·", "\u2027": "·"}
    | {chr(0x660 + d): str(d) for d in range(10)}
    | {chr(0x6F0 + d): str(d) for d in range(10)}
)
_CASELESS_MARKED = re.compile(r"[^\W\d_]\s?[1-9](?!\d)")


_HAN_SEPARATOR = re.compile(r"[,，、;；·・]")
#: Korean names of three or four syllables apart by middle dots (``박서윤·최하늘``)
_HANGUL_DOTTED = re.compile(rf"[{_HANGUL}]{{3,4}}(?:\s*[·・]\s*[{_HANGUL}]{{3,4}})+")
_MIDDLE_DOT = re.compile(r"\s*[·・]\s*")


@functools.cache
def _han_surnames(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The common and the compound surnames of the locales (``[name_grammar]`` of ``zh``,
    of ``ko``'s name data)."""
    from comet.names.rules import name_files  # (the name data of ko: comet/locales/names)

    return frozenset(
        w
        for key in ("common_surnames", "compound_surnames")
        for w in _loc.terms_of("name_grammar", rules + name_files(), key)
    )


def _han_names(core: str, page: _Page) -> tuple[Person, ...] | None:
    """The Chinese names of a byline line, when the name parser splits every one into a
    family and a given name (an institution or a phrase stays a literal: no byline)."""
    words = core.split()
    if len(words) == 2 and _spaced_ok(words[0]) and len(words[0]) > 1 and not _spaced_ok(words[1]):
        pass  # '山田 太郎': one Japanese name, a known family name first
    elif not _HAN_SEPARATOR.search(core):  # 'name name': each name apart by spaces alone
        surnames = _han_surnames(page.rules)
        if not all(w[:1] in surnames or w[:2] in surnames for w in core.split()):
            return None  # a menu's or a tab bar's words ('首页 期刊'), no names
        core = "、".join(core.split())
    elif _HANGUL_DOTTED.fullmatch(core):
        # '박서윤·최하늘': Korean names listed with a middle dot (a foreign name's parts joined
        # by one, '한나·베르크', open with no Korean family name each)
        surnames = _han_surnames(page.rules)
        parts = _MIDDLE_DOT.split(core)
        if all(w[:1] in surnames or w[:2] in surnames for w in parts):
            core = "、".join(parts)
    elif any(not _spaced_ok(w.split()[0]) for w in _HAN_SEPARATOR.split(core) if " " in w.strip()):
        return None  # '著者 山田, 太郎': a label's word before a space, no family name
    plist = _lenient(parse_names, core, locales=page.rules)
    if not plist or any(p.literal is not None or not p.given for p in plist):
        return None
    if len(plist) >= 2 and 2 * sum(_surname_opens(p.raw or "", page) for p in plist) <= len(plist):
        return None  # '苔藓，斜坡，季节': words of a keyword list, most opening with no surname
    return tuple(plist)


def _surname_opens(name: str, page: _Page) -> bool:
    """``name`` opens with a known surname of the locales: a Chinese or Korean one
    (:func:`_han_surnames`) or a Japanese family name (``family_first_surnames``)."""
    surnames = _han_surnames(page.rules)
    name = name.strip()
    if name[:1] in surnames or name[:2] in surnames:
        return True
    families = family_first_lexicon()
    return name[:2] in families or name[:3] in families


def _spaced_ok(family: str) -> bool:
    """The words before the space of a Han name in a list: one character (``吴 乐``, a
    journal's padding) or a known Japanese family name (``山田 太郎``)."""
    return len(family) == 1 or family in family_first_lexicon()
