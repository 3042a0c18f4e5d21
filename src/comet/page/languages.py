"""The script and the language of a text: a script only one language writes (Hangul,
kana, Greek), Latin letters before the original script (a catalogue's romanised field),
the locale whose function words dominate a line, and whether two lines read in different
languages.

The lexicons are locale data (``[words].function_words``; ``[person_names]`` particles).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from comet import locales as _loc
from comet.page.evidence import _WORD, T, _Page
from comet.text._words import function_words, particles

#: scripts that one language alone writes (a Unicode block: first and last character) and
#: its code: prose whose letters are mostly of one is in that language (kana among Han
#: characters is Japanese; Han alone is no language's of its own)
SCRIPT_LANGUAGES = (
    ("\uac00", "\ud7a3", "ko"),  # Hangul syllables
    ("\u1100", "\u11ff", "ko"),  # Hangul jamo
    ("\u3040", "\u30ff", "ja"),  # Hiragana and Katakana
    ("\u0e00", "\u0e7f", "th"),  # Thai
    ("\u0370", "\u03ff", "el"),  # Greek
    ("\u0530", "\u058f", "hy"),  # Armenian
    ("\u10a0", "\u10ff", "ka"),  # Georgian
    ("\u0590", "\u05ff", "he"),  # Hebrew
)
#: share of a text's letters in one script from which its language is that script's
SCRIPT_SHARE = 0.3


def _script_language(text: str) -> str | None:
    """The language whose own script (:data:`SCRIPT_LANGUAGES`) writes :data:`SCRIPT_SHARE`
    of the letters of ``text`` or more (``'ko'`` for Hangul prose), else ``None``."""
    letters = [c for c in text if c.isalpha() and not c.isascii()]
    total = sum(c.isalpha() for c in text)
    if not letters or len(letters) < SCRIPT_SHARE * total:
        return None
    counts: dict[str, int] = {}
    for c in letters:
        for lo, hi, code in SCRIPT_LANGUAGES:
            if lo <= c <= hi:
                counts[code] = counts.get(code, 0) + 1
                break
    if not counts:
        return None
    code, n = max(counts.items(), key=lambda kv: kv[1])
    return code if n >= SCRIPT_SHARE * total else None


#: scripts that several languages write, and the letters that tell the language of a
#: text in one (:func:`_shared_script_language`): Han without kana is Chinese's (Japanese
#: prose always holds kana); Arabic script with the letters Persian adds to it (pe, che,
#: zhe, gaf) is Persian, without them and with teh marbuta Arabic, and with the letters
#: Urdu adds no language told here; Cyrillic with the letters only Ukrainian writes (yi,
#: ye, ghe with upturn) and none of those only Russian writes is Ukrainian; Latin with the
#: horned vowels and the tone-marked vowels of Vietnamese's alphabet is Vietnamese.
HAN = (("\u4e00", "\u9fff"), ("\u3400", "\u4dbf"), ("\uf900", "\ufaff"))
KANA = (("\u3040", "\u30ff"),)
ARABIC = (("\u0600", "\u06ff"), ("\u0750", "\u077f"), ("\ufb50", "\ufdff"), ("\ufe70", "\ufeff"))
PERSIAN_LETTERS = frozenset("\u067e\u0686\u0698\u06af")  # پ چ ژ گ
URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06d2")  # ٹ ڈ ڑ ں ے
ARABIC_LETTERS = frozenset("\u0629")  # ة (teh marbuta)
CYRILLIC = (("\u0400", "\u04ff"),)
UKRAINIAN_LETTERS = frozenset("\u0457\u0454\u0491")  # ї є ґ (casefolded)
RUSSIAN_LETTERS = frozenset("\u044b\u044d\u044a\u0451")  # ы э ъ ё
VIETNAMESE_LETTERS = (("\u01a0", "\u01b0"), ("\u1ea0", "\u1ef9"))  # Ơ ơ Ư ư, ạ ả ấ … ỹ
#: share of a script's own letters (Persian's among the Arabic letters, Vietnamese's among
#: the Latin) from which they tell the language
TELLING_SHARE = 0.005
VIETNAMESE_SHARE = 0.05


def _in(c: str, blocks: tuple[tuple[str, str], ...]) -> bool:
    return any(lo <= c <= hi for lo, hi in blocks)


def _shared_script_language(text: str, share: float = SCRIPT_SHARE) -> str | None:
    """The language of ``text`` written in a script several languages write, told by the
    letters only one of them uses (:data:`HAN`, :data:`ARABIC`, :data:`CYRILLIC`, Latin
    with :data:`VIETNAMESE_LETTERS`), when that script writes ``share`` of its letters or
    more; ``None`` when the letters tell no language (Russian, Serbian, Urdu, Japanese)."""
    letters = [c for c in text.casefold() if c.isalpha()]
    total = len(letters)
    if not total:
        return None
    han = sum(_in(c, HAN) for c in letters)
    if han >= share * total:
        kana = sum(_in(c, KANA) for c in letters)
        return "zh" if not kana else None
    arabic = [c for c in letters if _in(c, ARABIC)]
    if len(arabic) >= share * total:
        if any(c in URDU_LETTERS for c in arabic):
            return None
        if sum(c in PERSIAN_LETTERS for c in arabic) >= max(1, TELLING_SHARE * len(arabic)):
            return "fa"
        if sum(c in ARABIC_LETTERS for c in arabic) >= max(1, TELLING_SHARE * len(arabic)):
            return "ar"
        return None
    cyrillic = [c for c in letters if _in(c, CYRILLIC)]
    if len(cyrillic) >= share * total:
        if any(c in RUSSIAN_LETTERS for c in cyrillic):
            return None
        own = sum(c in UKRAINIAN_LETTERS for c in cyrillic)
        return "uk" if own >= 1 and own >= TELLING_SHARE * len(cyrillic) else None
    viet = sum(_in(c, VIETNAMESE_LETTERS) for c in letters)
    if viet >= 2 and viet >= VIETNAMESE_SHARE * total and _latin(text):
        return "vi"
    return None


def _written_language(text: str, share: float = SCRIPT_SHARE) -> str | None:
    """The language that the script of ``text`` tells: one language's own script
    (:func:`_script_language`) or letters only one language writes in a shared script
    (:func:`_shared_script_language`)."""
    if share == SCRIPT_SHARE:
        return _script_language(text) or _shared_script_language(text)
    letters = [c for c in text if c.isalpha()]
    own = _script_language(text)
    if own is not None:
        mine = 0
        for c in letters:
            for lo, hi, code in SCRIPT_LANGUAGES:
                if lo <= c <= hi and code == own:
                    mine += 1
        return own if mine >= share * len(letters) else None
    return _shared_script_language(text, share)


def _latin(text: str) -> bool:
    """Whether most letters of ``text`` are Latin-script letters."""
    if text.isascii():
        return any(c.isalpha() for c in text)  # (every letter a basic Latin one)
    letters = [c for c in text if c.isalpha()]
    latin = sum(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in letters)
    return bool(letters) and latin * 2 >= len(letters)


def _romanised_first(values: list[T], text_of: Callable[[T], str]) -> list[T]:
    """Catalogues print a field twice, in the original script and romanised (MARC 880):
    where both stand, the romanised values are the field and the others are left out."""
    latin = [v for v in values if _latin(text_of(v))]
    return latin if latin and len(latin) < len(values) else values


@functools.cache
def _function_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Closed-class words that are not also name particles (``At`` but not ``Le``)."""
    return function_words(rules) - particles(rules)


def _language_of(text: str, page: _Page, *, margin: float = 1.0) -> str | None:
    """The locale whose function words dominate ``text`` (None when unclear).

    With ``margin`` > 1 the winner needs that many times the runner-up's count.
    """
    words = [w.casefold() for w in _WORD.findall(text)]
    counts: list[tuple[int, str]] = []
    for rules in page.rules:
        fw = _function_words((rules,))
        counts.append((sum(map(fw.__contains__, words)), rules.tag))
    counts.sort(reverse=True)
    if not counts or counts[0][0] < 2:
        return None
    if len(counts) > 1 and counts[0][0] < margin * counts[1][0]:
        return None
    return counts[0][1]


def _other_language(text: str, tag: str, page: _Page) -> bool:
    """Whether ``text`` reads in another language than the locale ``tag``: another locale
    has two of its closed-class words at least and twice as many as ``tag`` has
    (``Huertos escolares como aulas abiertas a la comunidad`` is no English, even where
    :func:`_language_of` names no language for it, Spanish and Portuguese tying on *como*)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    own = tuple(r for r in page.rules if r.tag == tag)
    if not own:
        return False
    mine = sum(map(function_words(own).__contains__, words))
    best = max(
        (sum(map(function_words((r,)).__contains__, words)) for r in page.rules if r.tag != tag),
        default=0,
    )
    return best >= 2 and best >= 2 * mine


def _languages_differ(a: str, b: str, page: _Page) -> bool:
    """Whether two lines read in different languages: both known and not the same, or one
    known and the other in another language (:func:`_other_language`)."""
    la, lb = _language_of(a, page), _language_of(b, page)
    if la is not None and lb is not None:
        return la != lb
    if la is not None:
        return _other_language(b, la, page)
    if lb is not None:
        return _other_language(a, lb, page)
    return False


#: the share of a text's words that are the leading locale's function words at least for
#: :func:`_language_apart` (a locale's prose has a third or more; a text in a language
#: with no locale matches a few by chance)
APART_DENSITY = 0.15
#: the signs of program code (braces, brackets, semicolons, operators)
_CODE_SIGNS = frozenset("{}[]();=<>_/\\|&*#")
#: the share of a text's characters that are such signs from which it is code, not prose
APART_CODE_SHARE = 0.03


def _language_apart(text: str, page: _Page, *, margin: float = 2.0) -> str | None:
    """The locale of ``text`` told from its runner-up by the function words only one of
    the two has (Spanish and French share *de*, *la*, *en*: *el*, *los*, *por* are
    Spanish's, *le*, *les*, *et* French's): the leader needs ``margin`` times the
    runner-up's count of its own words, and two of them at least; ``None`` when unclear."""
    if sum(map(_CODE_SIGNS.__contains__, text)) > APART_CODE_SHARE * len(text):
        return None  # a code sample's words ('fn', 'as', 'in'), no prose
    words = [w.casefold() for w in _WORD.findall(text)]
    counts = sorted(
        ((sum(map(_function_words((r,)).__contains__, words)), r.tag, r) for r in page.rules),
        key=lambda c: (-c[0], c[1]),
    )
    if len(counts) < 2 or counts[0][0] < 2 or counts[0][0] < APART_DENSITY * len(words):
        return None  # (few of the leader's words: a language with no locale, 'cs', 'ja')
    first, second = _function_words((counts[0][2],)), _function_words((counts[1][2],))
    own = sum(w in first and w not in second for w in words)
    other = sum(w in second and w not in first for w in words)
    if own < 2 or own < margin * other:
        return None
    return counts[0][1]
