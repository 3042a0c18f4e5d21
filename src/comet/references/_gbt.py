"""Journal references in China's national standard GB/T 7714 (``黄国文. 什么是系统功能语言学[J].
北京科技大学学报(社会科学版), 2023, 39(1): 73-89.``): the authors, a full stop, the title, the
document type code ``[J]``, then the journal, the year and the locator. Such a reference is
rewritten into the author-year shape the reader reads (``黄国文 (2023). 什么是系统功能语言学.
北京科技大学学报(社会科学版), 39(1): 73-89.``): a Chinese name list has no initials or commas
that would end it, and the code in brackets is no part of the title."""

from __future__ import annotations

import re

#: authors (no digit, no bracket, no full stop), the title, the journal code ``[J]`` (an
#: online journal's ``[J/OL]`` too), the rest
_GBT_JOURNAL = re.compile(
    r"(?P<authors>[^\d.\[\]]{1,120}?)\.\s*(?P<title>[^\[\]]{2,300}?)\s*\[J(?:/OL)?\]\s*[.,]?\s*"
    r"(?P<rest>.+)",
    re.S,
)
#: the journal, its year, then the locator (``湿地学报, 2019, 12(3): 45-67``)
_SOURCE = re.compile(
    r"(?P<journal>[^,，\d]{2,120}?)\s*[,，]\s*(?P<year>(?:1[89]|20)\d\d)\s*[,，]\s*(?P<locator>\S.*)",
    re.S,
)
#: a character of the Han script (GB/T's own references and the authors' names)
_HAN = re.compile(r"[\u3400-\u9fff]")


def gbt_journal(text: str) -> str | None:
    """``text`` rewritten in the author-year shape where it is a GB/T 7714 journal reference
    (a Han character in it: the standard's own script), else ``None``."""
    if "[J" not in text or _HAN.search(text) is None:
        return None
    m = _GBT_JOURNAL.fullmatch(text.strip())
    if m is None:
        return None
    src = _SOURCE.fullmatch(m.group("rest").strip())
    if src is None:
        return None
    authors, title = m.group("authors").strip(), m.group("title").strip()
    journal, locator = src.group("journal").strip(), src.group("locator").strip()
    return f"{authors} ({src.group('year')}). {title}. {journal}, {locator}"
