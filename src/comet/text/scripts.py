"""The character classes of the scripts written without spaces between words, one table for
every reader that asks "is this a letter of such a script?".

Han and kana are written without spaces: a word of them is found inside a longer run of
letters (``第12回湿地学会大会``) and a counter is glued to its number (``24巻``). Korean
puts spaces between its words but glues its counters and particles to them (``제26권``,
``학술대회``): the variants *with Hangul* add its syllables.

>>> bool(UNSPACED.search("第12巻")), bool(UNSPACED.search("제26권"))
(True, False)
>>> bool(UNSPACED_OR_HANGUL.search("제26권")), bool(UNSPACED_OR_HANGUL.search("Band 26"))
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["HAN", "HANGUL", "HAN_COMPAT", "KANA", "UNSPACED", "UNSPACED_OR_HANGUL"]

#: hiragana and katakana (the prolonged sound mark and the middle dot included)
KANA = "\u3040-\u30ff"
#: the unified Han ideographs (extension A and the main block)
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
#: the CJK compatibility ideographs (a Han character written with another code point)
HAN_COMPAT = "\uf900-\ufaff"
#: the Hangul syllables (every assigned one: 가 … 힣)
HANGUL = "\uac00-\ud7a3"

#: a letter of a script written without spaces between words (Han, compatibility
#: ideographs included, and kana)
UNSPACED = re.compile(f"[{KANA}{HAN}{HAN_COMPAT}]")
#: the same, or a Hangul syllable (a script that glues its counters and particles)
UNSPACED_OR_HANGUL = re.compile(f"[{KANA}{HAN}{HAN_COMPAT}{HANGUL}]")
