"""Character-level passes: NFC, odd spaces and controls, typography, whitespace."""

from __future__ import annotations

import re
import unicodedata

from comet.diagnostics import Severity
from comet.text._edits import Stage

__all__ = ["chars_stage", "nfc_stage", "typography_stage", "whitespace_stage"]

_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]++")

# Newlines: CRLF, CR, vertical tab, form feed, NEL, line and paragraph separators.
_NEWLINES = "\x0b\x0c\x85\u2028\u2029"
# Spaces that are not U+0020 (no-break, en/em/thin/hair, narrow no-break, ideographic…).
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Invisible characters with no meaning in catalogue text: zero-width characters and the
# directional marks, embeddings and isolates of right-to-left text (LRM, RLM, ALM, U+202A-E,
# U+2066-9), which leave the logical order of the words as it is.
_ZERO_WIDTH = "\u200b\u2060\ufeff\u180e\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_SOFT_HYPHEN = "\u00ad"
# C0/C1 controls other than tab and newline (CR and the newline-like ones are above).
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
# Typographic ligature characters (U+FB00–U+FB06): ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ.
_LIGATURE_CHARS = "\ufb00-\ufb06"

# One pattern per kind: ``finditer`` + a list comprehension per kind, so a megabyte
# with a repair every few characters makes no Python call per repair.  Every line break
# (CRLF included) becomes one ``\n``; a run of one other kind is one repair.
_NEWLINE_RE = re.compile(rf"\r\n?+|[{_NEWLINES}]")
_SPACE_RUN = re.compile(rf"[{_SPACES}]++")
_ZW_RUN = re.compile(rf"[{_ZERO_WIDTH}]++")
_SOFT_RUN = re.compile(rf"{_SOFT_HYPHEN}++")
_CONTROL_RUN = re.compile(rf"[{_CONTROLS}]++")
_LIGATURE_RE = re.compile(rf"[{_LIGATURE_CHARS}]")
_ANY_ODD = re.compile(
    rf"[\r{_NEWLINES}{_SPACES}{_ZERO_WIDTH}{_SOFT_HYPHEN}{_CONTROLS}{_LIGATURE_CHARS}]"
)
#: (pattern, code, message, severity) of the characters that are deleted
_DELETIONS: tuple[tuple[re.Pattern[str], str, str, Severity], ...] = (
    (_ZW_RUN, "removed-zero-width", "removed zero-width character(s)", Severity.INFO),
    (_SOFT_RUN, "removed-soft-hyphen", "removed soft hyphen(s)", Severity.INFO),
    (_CONTROL_RUN, "removed-control", "removed control character(s)", Severity.WARNING),
)


def nfc_stage(text: str) -> Stage:
    """Compose ``text`` to Unicode NFC, one edit per changed run of non-ASCII characters."""
    st = Stage(text)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return st
    for m in _NON_ASCII_RUN.finditer(text):
        seg = m.group()
        norm = unicodedata.normalize("NFC", seg)
        if norm != seg:
            st.replace(m.start(), m.end(), norm, "normalized-unicode", "composed to Unicode NFC")
    return st


def chars_stage(text: str) -> Stage:
    """Odd newlines, spaces, zero-width characters, soft hyphens, controls, ligature glyphs."""
    st = Stage(text)
    if _ANY_ODD.search(text) is None:
        return st
    st.replace_many(
        [(s, e, "\n") for s, e in map(_span, _NEWLINE_RE.finditer(text))],
        "normalized-newline",
        "line break → '\\n'",
    )
    st.replace_many(
        [(s, e, " " * (e - s)) for s, e in map(_span, _SPACE_RUN.finditer(text))],
        "normalized-space",
        "odd space(s) → ' '",
    )
    for pattern, code, message, severity in _DELETIONS:
        st.replace_many(
            [(s, e, "") for s, e in map(_span, pattern.finditer(text))], code, message, severity
        )
    if _LIGATURE_RE.search(text) is not None:
        for glyph, new, pattern, message in _LIGATURES:
            if glyph in text:
                st.replace_many(
                    [(s, e, new) for s, e in map(_span, pattern.finditer(text))],
                    "expanded-ligature",
                    message,
                )
    return st


_span = re.Match.span
#: (glyph, spelled out, pattern, message) per ligature glyph U+FB00–U+FB06
_LIGATURES = tuple(
    (
        g,
        unicodedata.normalize("NFKC", g),
        re.compile(g),
        f"ligature glyph {g!r} → {unicodedata.normalize('NFKC', g)!r}",
    )
    for g in map(chr, range(0xFB00, 0xFB07))
)


_TYPO_MAP = {
    **dict.fromkeys("‘’‚‛‹›", "'"),
    **dict.fromkeys("“”„‟«»", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...",
}
_TYPO = re.compile("[" + "".join(_TYPO_MAP) + "]")


def typography_stage(text: str) -> Stage:
    """Curly quotes and guillemets → ASCII quotes, dash variants → ``-``, ``…`` → ``...``."""
    st = Stage(text)
    for m in _TYPO.finditer(text):
        c = m.group()
        new = _TYPO_MAP[c]
        st.replace(m.start(), m.end(), new, "normalized-typography", f"{c!r} → {new!r}")
    return st


_INNER_WS = re.compile(r"[ \t]{2,}+|\t")


def _needs_ws(text: str) -> bool:
    return bool(text) and (
        text[0] in " \t\n"
        or text[-1] in " \t\n"
        or "\t" in text
        or "  " in text
        or " \n" in text
        or "\n " in text
        or "\n\n\n" in text
    )


def whitespace_stage(text: str) -> Stage:
    """Collapse spaces and tabs within lines, trim lines, keep at most one blank line.

    Line structure is kept: no line is joined to another.  Blank lines at the
    start and end of the text are removed.
    """
    st = Stage(text)
    if not _needs_ws(text):
        return st
    n = len(text)
    lines: list[tuple[int, int]] = []
    pos = 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            lines.append((pos, n))
            break
        lines.append((pos, nl))
        pos = nl + 1
    blank = [not text[s:e].strip(" \t") for s, e in lines]
    nonblank = [k for k, b in enumerate(blank) if not b]
    code = "collapsed-whitespace"
    if not nonblank:
        st.replace(0, n, "", code, "removed a text of only whitespace")
        return st
    first, last = nonblank[0], nonblank[-1]
    inner = "\t" in text or "  " in text  # (else no line has a run to collapse: most texts)
    if first > 0:
        st.replace(0, lines[first][0], "", code, "removed blank lines at the start")
    for k in range(first, last + 1):
        s, e = lines[k]
        if blank[k]:
            if not blank[k - 1]:
                if e > s:
                    st.replace(s, e, "", code, "emptied a blank line")
            else:
                st.replace(s, e + 1, "", code, "removed a repeated blank line")
            continue
        lead = s
        while lead < e and text[lead] in " \t":
            lead += 1
        trail = e
        while trail > lead and text[trail - 1] in " \t":
            trail -= 1
        if lead > s:
            st.replace(s, lead, "", code, "removed spaces at the start of a line")
        if inner and (text.find("  ", lead, trail) >= 0 or text.find("\t", lead, trail) >= 0):
            for m in _INNER_WS.finditer(text, lead, trail):
                st.replace(m.start(), m.end(), " ", code, "collapsed spaces")
        if trail < e:
            st.replace(trail, e, "", code, "removed spaces at the end of a line")
    if last < len(lines) - 1:
        st.replace(lines[last][1], n, "", code, "removed blank lines at the end")
    return st
