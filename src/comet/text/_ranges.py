"""Range separators shared by the date and locator parsers."""

from __future__ import annotations

import re

__all__ = ["RANGE_SEPARATORS", "RANGE_SEPARATOR_RE", "is_range_separator", "split_range"]

#: Every string comet reads as a range separator between two values (``801-820``,
#: ``89 - 106``, ``2019–2020``, ``25/3/30 → 25/4/3``).  Words such as ``to`` or
#: ``til`` are language knowledge: they live in ``[date_words].range`` of the
#: locale files.
RANGE_SEPARATORS: tuple[str, ...] = (
    "-",  # hyphen-minus
    "‐",  # U+2010 hyphen
    "‑",  # U+2011 non-breaking hyphen
    "‒",  # U+2012 figure dash
    "–",  # U+2013 en dash
    "—",  # U+2014 em dash
    "―",  # U+2015 horizontal bar
    "−",  # U+2212 minus sign
    "→",  # U+2192 rightwards arrow (Pure periods)
    "⟶",  # U+27F6 long rightwards arrow
    "--",
    "->",
    "-->",
    "=>",
)

_ARROWS = r"-->|->|=>|[→⟶]"
_DASH = r"--|[-‐‑‒–—―−]"
#: One separator with the spaces around it; the named group ``sep`` is the separator.
#: A match never starts inside a run of spaces (``_RUN_START``): searching a long run
#: of spaces would otherwise rescan it from every position (quadratic).
_RUN_START = r"(?:(?<![ \t])|(?![ \t]))"
RANGE_SEPARATOR_RE = re.compile(rf"{_RUN_START}[ \t]*+(?P<sep>{_ARROWS}|{_DASH})[ \t]*+")
_ARROW_RE = re.compile(rf"{_RUN_START}[ \t]*+(?:{_ARROWS})[ \t]*+")
_SEPARATORS = frozenset(RANGE_SEPARATORS)


def is_range_separator(s: str) -> bool:
    """``True`` when ``s`` (spaces around it ignored) is one of :data:`RANGE_SEPARATORS`.

    >>> is_range_separator(" – "), is_range_separator("→"), is_range_separator("/")
    (True, True, False)
    """
    return s.strip() in _SEPARATORS


def split_range(s: str) -> tuple[str, str] | None:
    """Split ``s`` at its range separator, or ``None`` when there is none or it is ambiguous.

    An arrow wins over dashes; otherwise a dash with spaces on both sides; otherwise
    the only dash in ``s``.  Both sides must be non-empty.

    >>> split_range("89 - 106")
    ('89', '106')
    >>> split_range("25/3/30 → 25/4/3")
    ('25/3/30', '25/4/3')
    >>> split_range("2019-05-27 – 2019-05-28")
    ('2019-05-27', '2019-05-28')
    >>> split_range("801–820")
    ('801', '820')
    >>> split_range("2018–04–12") is None   # two bare dashes: a date, not a range
    True
    """
    arrows = list(_ARROW_RE.finditer(s))
    if len(arrows) == 1:
        return _cut(s, arrows[0])
    if arrows:
        return None
    seps = list(RANGE_SEPARATOR_RE.finditer(s))
    spaced = [m for m in seps if m.group() != m.group("sep") and m.start() < m.start("sep")
              and m.end("sep") < m.end()]  # fmt: skip
    if len(spaced) == 1:
        return _cut(s, spaced[0])
    if len(seps) == 1 and not spaced:
        return _cut(s, seps[0])
    return None


def _cut(s: str, m: re.Match[str]) -> tuple[str, str] | None:
    left, right = s[: m.start()].strip(), s[m.end() :].strip()
    if not left or not right:
        return None
    return left, right
