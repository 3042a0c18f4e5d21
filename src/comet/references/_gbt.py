"""Journal references in China's national standard GB/T 7714 (``黄国文. 什么是系统功能语言学[J].
北京科技大学学报(社会科学版), 2023, 39(1): 73-89.``): the authors, a full stop, the title, the
document type code ``[J]``, then the journal, the year and the locator. Such a reference is
rewritten into the author-year shape the reader reads (``黄国文 (2023). 什么是系统功能语言学.
北京科技大学学报(社会科学版), 39(1): 73-89.``): a Chinese name list has no initials or commas
that would end it, and the code in brackets is no part of the title."""

from __future__ import annotations

import re

#: the authors (no digit, no bracket; a full stop only after a Latin initial and before the
#: name's next part: ``Barbara M. Kehm``, ``BarbaraM.KEHM``, the Latin names GB/T lists
#: among the Han ones)
_AUTHORS = r"(?P<authors>(?:[^\d.\[\]]|(?<=[A-Z])\.(?=\s?[A-Z])){1,120}?)\.\s*"
#: the journal code ``[J]`` (an online journal's ``[J/OL]`` too)
_CODE = r"\[J(?:/OL)?\]"
#: the title: no bracket, no full stop before a space (where the authors' list ends)
_TITLE = r"(?P<title>(?:(?!\.\s)[^\[\]]){2,300}?)"
#: the authors, the title, the journal code, the rest
_GBT_JOURNAL = re.compile(rf"{_AUTHORS}{_TITLE}\s*{_CODE}\s*[.,]?\s*(?P<rest>.+)", re.S)
#: the code printed after the journal's name, not the title (``马春玥, 姚杰. 标题. 地理学报[J],
#: 2020, 75(8): 1699-1710``)
_GBT_CODE_AFTER = re.compile(
    rf"{_AUTHORS}{_TITLE}\.\s*"
    rf"(?P<rest>[^.\[\]]{{2,120}}?){_CODE}\s*(?P<tail>[,，].+)",
    re.S,
)
#: the journal, its year, then the locator (``湿地学报, 2019, 12(3): 45-67``)
_SOURCE = re.compile(
    r"(?P<journal>[^,，\d]{2,120}?)\s*[,，]\s*(?P<year>(?:1[89]|20)\d\d)\s*[,，]\s*(?P<locator>\S.*)",
    re.S,
)
#: where a page lost the spaces around a Latin name's initial (``BarbaraM.KEHM``)
_GLUED_INITIAL = re.compile(r"(?<=[a-z])(?=[A-Z]\.)|(?<=[A-Z]\.)(?=[A-Z][A-Za-z])")
#: a character of the Han script (GB/T's own references and the authors' names)
_HAN = re.compile(r"[\u3400-\u9fff]")


def gbt_journal(text: str) -> str | None:
    """``text`` rewritten in the author-year shape where it is a GB/T 7714 journal reference
    (a Han character in it: the standard's own script), else ``None``."""
    if "[J" not in text or _HAN.search(text) is None:
        return None
    m = _GBT_JOURNAL.fullmatch(text.strip())
    rest = m.group("rest") if m is not None else ""
    if m is None or _SOURCE.fullmatch(rest.strip()) is None:
        m = _GBT_CODE_AFTER.fullmatch(text.strip())
        if m is None:
            return None
        rest = m.group("rest") + m.group("tail")
    src = _SOURCE.fullmatch(rest.strip())
    if src is None:
        return None
    authors = _GLUED_INITIAL.sub(" ", m.group("authors").strip())
    title = m.group("title").strip()
    journal, locator = src.group("journal").strip(), src.group("locator").strip()
    return f"{authors} ({src.group('year')}). {title}. {journal}, {locator}"
