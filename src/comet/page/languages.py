"""The script and the language of a text: a script only one language writes (Hangul,
kana, Greek), Latin letters before the original script (a catalogue's romanised field),
the locale whose function words dominate a line, and whether two lines read in different
languages.

The lexicons are locale data (``[words].function_words``; ``[person_names]`` particles).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable

from comet import locales as _loc
from comet.page.evidence import _WORD, T, _Page
from comet.page.letter_runs import runs_of
from comet.text._words import function_words, particles
from comet.text.scripts import HAN, HAN_COMPAT, KANA

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


_LETTER = re.compile(r"[^\W\d_]")
_SCRIPT_PATTERNS = tuple(
    (
        code,
        re.compile(
            rf"(?=[^\W\d_])[{''.join(f'{lo}-{hi}' for lo, hi, c in SCRIPT_LANGUAGES if c == code)}]"
        ),
    )
    for code in dict.fromkeys(c for _, _, c in SCRIPT_LANGUAGES)
)
_NON_ASCII_LETTER = re.compile(r"(?=[^\W\d_])[^\x00-\x7f]")


def _script_language(text: str) -> str | None:
    """The language whose own script (:data:`SCRIPT_LANGUAGES`) writes :data:`SCRIPT_SHARE`
    of the letters of ``text`` or more (``'ko'`` for Hangul prose), else ``None``."""
    if text.isascii():
        return None
    letters = len(_NON_ASCII_LETTER.findall(text))
    total = len(_LETTER.findall(text))
    if not letters or letters < SCRIPT_SHARE * total:
        return None
    counts = [(len(pattern.findall(text)), code) for code, pattern in _SCRIPT_PATTERNS]
    n, code = max(counts, key=lambda c: c[0])
    return code if n and n >= SCRIPT_SHARE * total else None


#: scripts that several languages write, and the letters that tell the language of a
#: text in one (:func:`_shared_script_language`): Han without kana is Chinese's (Japanese
#: prose always holds kana); Arabic script with the letters Persian adds to it (pe, che,
#: zhe, gaf) is Persian, without them and with teh marbuta Arabic, and with the letters
#: Urdu, Kurdish, Pashto or Uyghur add no language told here; Cyrillic with the letters
#: only Ukrainian writes (yi, ye, ghe with upturn) and none of those only Russian writes is
#: Ukrainian; Latin with the horned and tone-marked vowels of Vietnamese is Vietnamese. A
#: title of Han characters alone on a page with kana is no Chinese title (parse.py).
_HAN = re.compile(f"[{HAN}{HAN_COMPAT}]")
_KANA = re.compile(f"[{KANA}]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af]")  # پ چ ژ گ
#: letters of the other languages written in Arabic script, Urdu's (ٹ ڈ ڑ ں ے), Sorani
#: Kurdish's (ڕ ڵ ۆ ێ ە), Pashto's (ټ ډ ړ ږ ښ ګ ڼ ۍ) and Uyghur's (ۇ ۈ ۋ): with one, the
#: letters tell neither Persian nor Arabic
_URDU_LETTERS = re.compile(
    "[\u0679\u0688\u0691\u06ba\u06d2\u0695\u06b5\u06c6\u06ce\u06d5"
    "\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd\u06c7\u06c8\u06cb]"
)
_ARABIC_LETTERS = re.compile("\u0629")  # ة (teh marbuta)
#: the forms of yeh and kaf Persian writes (ی ک), and those Arabic writes (ي ك) with its teh
#: marbuta (ة), and Urdu's forms of heh (ہ ھ ۃ): a text with Persian's and none of the
#: others' is Persian
_PERSIAN_FORMS = re.compile("[\u06cc\u06a9]")
_ARABIC_FORMS = re.compile("[\u064a\u0643\u0629\u06c1\u06be\u06c3]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_UKRAINIAN_LETTERS = re.compile("[\u0457\u0454\u0491\u0407\u0404\u0490]")  # ї є ґ Ї Є Ґ
_RUSSIAN_LETTERS = re.compile("[\u044b\u044d\u044a\u0451\u042b\u042d\u042a\u0401]")  # ы э ъ ё
_RUSSIAN_OWN_LETTERS = re.compile("[\u044b\u044d\u0451\u042b\u042d\u0401]")  # ы э ё
#: letters other languages written in Cyrillic add to Russian's alphabet: Belarusian's
#: (і ў), Serbian's and Macedonian's (ј љ њ ћ џ ђ ѓ ќ ѕ), Ukrainian's (ї є ґ), and those of
#: Kazakh, Kyrgyz, Tatar, Bashkir and Mongolian (ә ө ү ұ ң қ ғ һ җ ҙ ҫ ҡ ӊ)
_OTHER_CYRILLIC_LETTERS = re.compile(
    "[\u0456\u045e\u0458\u0459\u045a\u045b\u045f\u0452\u0453\u045c\u0455"
    "\u0457\u0454\u0491\u04d9\u04e9\u04af\u04b1\u04a3\u049b\u0493\u04bb\u0497"
    "\u0499\u04ab\u04a1\u04ca]",
    re.IGNORECASE,
)
_VIETNAMESE_LETTERS = re.compile("[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")  # Ơ ơ Ư ư, ạ … ỹ
#: share of a script's own letters (Persian's among the Arabic letters, Ukrainian's among
#: the Cyrillic) from which they tell the language, and Vietnamese's among all letters
TELLING_SHARE = 0.005
VIETNAMESE_SHARE = 0.05
#: share of kana among the Han and kana characters of a text from which it is Japanese
#: (a title in kanji with its kana endings, '湿地の渡り鳥の越冬に関する研究')
KANA_SHARE = 0.1


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))


def _shared_script_language(text: str, share: float = SCRIPT_SHARE) -> str | None:
    """The language of ``text`` written in a script several languages write, told by the
    letters only one of them uses (Han without kana; Arabic script with Persian's or
    Arabic's own letters; Cyrillic with Ukrainian's; Latin with Vietnamese's), when that
    script writes ``share`` of its letters or more; ``None`` when the letters tell no
    language (Russian, Serbian, Urdu, Japanese)."""
    total = _count(_LETTER, text)
    if not total:
        return None
    han = _count(_HAN, text)
    if han >= share * total:
        kana = _count(_KANA, text)
        if not kana:
            return "zh"
        return "ja" if kana >= KANA_SHARE * (han + kana) else None
    arabic = _count(_ARABIC, text)
    if arabic >= share * total:
        telling = max(1, TELLING_SHARE * arabic)
        if _URDU_LETTERS.search(text):
            return None
        if _count(_PERSIAN_LETTERS, text) >= telling:
            return "fa"
        if _count(_PERSIAN_FORMS, text) >= telling and not _ARABIC_FORMS.search(text):
            return "fa"  # (Persian's yeh and keheh, no Arabic yeh, kaf or teh marbuta: 'کویری')
        return "ar" if _count(_ARABIC_LETTERS, text) >= telling else None
    cyrillic = _count(_CYRILLIC, text)
    if cyrillic >= share * total:
        if _RUSSIAN_LETTERS.search(text):
            # (ы э ё: Russian's, unless a letter of Belarusian, Serbian, Macedonian, Kazakh,
            # Kyrgyz, Tatar, Bashkir or Mongolian stands beside them; ъ alone is Bulgarian's
            # vowel as much as Russian's hard sign)
            if _OTHER_CYRILLIC_LETTERS.search(text):
                return None
            own = _count(_RUSSIAN_OWN_LETTERS, text)
            return "ru" if own >= max(1, TELLING_SHARE * cyrillic) else None
        own = _count(_UKRAINIAN_LETTERS, text)
        return "uk" if own >= max(1, TELLING_SHARE * cyrillic) else None
    viet = _count(_VIETNAMESE_LETTERS, text)
    if viet >= 2 and viet >= VIETNAMESE_SHARE * total and _latin(text):
        return "vi"
    return None


def _written_language(text: str, share: float = SCRIPT_SHARE) -> str | None:
    """The language that the script of ``text`` tells: one language's own script
    (:data:`SCRIPT_LANGUAGES`) writing ``share`` of its letters or more, or letters only
    one language of a shared script writes (:func:`_shared_script_language`)."""
    own = _script_language(text)
    if own is not None and share > SCRIPT_SHARE:
        mine = next(len(p.findall(text)) for code, p in _SCRIPT_PATTERNS if code == own)
        own = own if mine >= share * len(_LETTER.findall(text)) else None
    return own or _shared_script_language(text, share)


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


@functools.cache
def _function_word_sets(
    rules: tuple[_loc.LocaleRules, ...],
) -> tuple[tuple[frozenset[str], str], ...]:
    """Each locale's :func:`_function_words` and its tag, in the order of ``rules``."""
    return tuple((_function_words((r,)), r.tag) for r in rules)


def _language_of(text: str, page: _Page, *, margin: float = 1.0, least: int = 2) -> str | None:
    """The locale whose function words dominate ``text`` (None when unclear).

    With ``margin`` > 1 the winner needs that many times the runner-up's count, and ``least``
    of its function words at least.
    """
    # each word counted once per locale whose function words hold it (a body's words repeat)
    tally = Counter(map(str.casefold, runs_of(text)))  # (``_WORD.findall``)
    seen = frozenset(tally)  # (an intersection of two sets walks the smaller one)
    counts: list[tuple[int, str]] = []
    for fw, tag in _function_word_sets(page.rules):
        counts.append((sum(map(tally.__getitem__, fw & seen)), tag))
    counts.sort(reverse=True)
    if not counts or counts[0][0] < least:
        return None
    if len(counts) > 1 and counts[0][0] < margin * counts[1][0]:
        return None
    return counts[0][1]


@functools.cache
def telling_letters(rules: tuple[_loc.LocaleRules, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each locale's letters that it alone writes among ``rules`` (``[words]
    telling_letters``: Turkish's dotless and dotted i and soft g, Czech's ř and ů, Hungarian's
    double acutes, Polish's ł and its acute consonants, German's ß); a letter two locales list
    tells neither."""
    lists = [(r.tag, frozenset("".join(r.terms("words", "telling_letters")))) for r in rules]
    seen = Counter(c for _tag, letters in lists for c in letters)
    return tuple(
        (tag, frozenset(c for c in letters if seen[c] == 1)) for tag, letters in lists if letters
    )


@functools.cache
def _void_letters(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Letters of languages that write some of the locales' telling letters too (``[words]
    shared_letter_marks``: Azerbaijani's ə beside Turkish's ğ and ı): where one stands, the
    letters tell nothing."""
    return frozenset("".join(_loc.terms_of("words", rules, "shared_letter_marks")))


#: words with telling letters a title needs at least
TELLING_TITLE_LETTERS = 2


def _telling_letters_language(title: str, page: _Page) -> str | None:
    """The language a Latin-script title is written in by letters only that language writes
    (:func:`telling_letters`, in two words at least, none of another language's),
    where no other locale has two of its closed-class words or more in the title and more
    than that language has (``Öğretmenlerin Mesleki Tükenmişlik Düzeyleri`` is Turkish;
    ``Earthquake damage in İzmir and Gölcük`` is English, its place names aside)."""
    if _void_letters(page.rules).intersection(title):
        return None
    telling = _common_words(title)
    found = [  # (the words holding one: a place's name, 'Łódź', is one word)
        (tag, sum(1 for w in telling if letters.intersection(w)))
        for tag, letters in telling_letters(page.rules)
        if letters.intersection(title)
    ]
    if len(found) != 1 or found[0][1] < TELLING_TITLE_LETTERS:
        return None
    tag = found[0][0]
    words = [w.casefold() for w in _WORD.findall(title)]
    counts = {r.tag: sum(map(function_words((r,)).__contains__, words)) for r in page.rules}
    mine = counts.get(tag, 0)
    if any(n >= 2 and n > mine for t, n in counts.items() if t != tag):
        return None  # (one word, 'a', is English's article and Czech's 'and')
    return tag


def _common_words(title: str) -> list[str]:
    """The words of ``title`` that may tell its language by their letters: in a title in
    sentence case (a word of four letters or more in lower case after its first) a
    capitalised word past a part's first is a proper name (``Seismic hazard: İzmir,
    Muğla``; ``Migration from Łódź to Gdańsk``): a place's or a person's name is written in
    its own language's letters whatever the title's; in title case or capitals every word."""
    words = title.split()
    opening = {0} | {i + 1 for i, w in enumerate(words) if w.endswith((":", ".", "?", "!"))}
    if not any(i not in opening and w[:1].islower() and len(w) >= 4 for i, w in enumerate(words)):
        return words  # (title case, capitals: no word tells a name)
    return [w for i, w in enumerate(words) if i in opening or not w[:1].isupper()]


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
    """Whether two lines read in different languages: both known and not the same, one
    known and the other in another language (:func:`_other_language`), or one in the Latin
    script and the other in another (``연구 방법`` / ``Research methods``)."""
    if _latin(a) != _latin(b):
        return True
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


def _language_apart(
    text: str, page: _Page, *, margin: float = 2.0, density: float = APART_DENSITY
) -> str | None:
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
    if len(counts) < 2 or counts[0][0] < 2 or counts[0][0] < density * len(words):
        return None  # (few of the leader's words: a language with no locale, 'cs', 'ja')
    lead, runner = (counts[0][2],), (counts[1][2],)
    first, second = _function_words(lead), _function_words(runner)
    # (a word both write tells neither, even where one of them also writes it as a name's
    # particle: German's 'des', 'du' are French's 'des', 'du' too)
    first_all, second_all = function_words(lead), function_words(runner)
    own = sum(w in first and w not in second_all for w in words)
    other = sum(w in second and w not in first_all for w in words)
    if own < 2 or own < margin * other:
        return None
    return counts[0][1]
