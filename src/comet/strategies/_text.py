"""Hypothesis strategies for :mod:`comet.text`.

* :func:`plain_texts` — text that :func:`comet.clean_text` leaves exactly as it is.
* :func:`dirty_texts` — ``(dirty, clean)`` pairs: a plain text with odd spaces,
  tabs, CRLF, zero-width characters, soft hyphens and decomposed accents
  sprinkled in; ``clean_text(dirty).text == clean``.
* :func:`odd_characters` — single characters that the hygiene passes change.
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

__all__ = ["dirty_texts", "odd_characters", "plain_texts"]

# No "f" and no capital "T": nothing can look like a ligature split ("fi nancial", "Th e").
_LOWER = "abcdeghijklmnopqrsuvwxyzæøåéöü"
_UPPER = "ABCDEGHIJKLMNOPQRSUVWXYZÆØÅÉÖ"
_PUNCT = ("", "", "", ",", ".", ";", ":", "?")

_ODD = (
    "\u00a0",  # no-break space
    "\u2009",  # thin space
    "\u202f",  # narrow no-break space
    "\u3000",  # ideographic space
    "\u200b",  # zero-width space
    "\ufeff",  # byte order mark
    "\u00ad",  # soft hyphen
    "\r",
    "\u2028",
    "\x07",
    "\t",
    "\ufb01",  # ﬁ
    "e\u0301",  # decomposed é
    "‘",
    "—",
)


def odd_characters() -> st.SearchStrategy[str]:
    """One of the characters (or short sequences) that :func:`comet.clean_text` changes."""
    return st.sampled_from(_ODD)


@st.composite
def _word(draw: st.DrawFn) -> str:
    body = draw(st.text(alphabet=_LOWER, min_size=1, max_size=9))
    if draw(st.booleans()):
        body = draw(st.sampled_from(_UPPER)) + body
    return body


@st.composite
def plain_texts(draw: st.DrawFn, max_lines: int = 6) -> str:
    """Lines of distinct words, single-spaced, NFC, with at most one blank line between them.

    Words never repeat (so no phrase recurs) and never look like a ligature split,
    so :func:`comet.clean_text` returns the text unchanged with no diagnostics.
    """
    words = draw(st.lists(_word(), min_size=1, max_size=8 * max_lines, unique_by=str.casefold))
    cuts: list[int] = []
    if len(words) > 1:
        n_lines = draw(st.integers(1, min(max_lines, len(words))))
        cuts = sorted(draw(st.sets(st.integers(1, len(words) - 1), max_size=n_lines - 1)))
    lines: list[str] = []
    for lo, hi in zip([0, *cuts], [*cuts, len(words)], strict=True):
        parts = [w + draw(st.sampled_from(_PUNCT)) for w in words[lo:hi]]
        lines.append(" ".join(parts))
    out = lines[0]
    for line in lines[1:]:
        out += draw(st.sampled_from(("\n", "\n", "\n\n"))) + line
    return out


_SPACE_NOISE = ("\u00a0", "  ", "\t", " \u200b", "\u2009", " \u00a0 ", "\u202f", " \t ")
_NEWLINE_NOISE = ("\r\n", " \n", "\n\t", "\u2028", "\n \u00a0")
_LETTER_NOISE = ("\u00ad", "\u200b", "\u2060")


@st.composite
def dirty_texts(draw: st.DrawFn, clean: st.SearchStrategy[str] | None = None) -> tuple[str, str]:
    """``(dirty, clean)``: ``clean`` (from :func:`plain_texts` by default) made messy.

    Only changes that :func:`comet.clean_text` must undo exactly are made.
    """
    text = draw(clean if clean is not None else plain_texts())
    n = len(text)
    positions = draw(st.lists(st.integers(0, max(n - 1, 0)), max_size=12, unique=True))
    out = list(text)
    for i in sorted(positions, reverse=True):
        c = text[i]
        if c == " ":
            out[i] = draw(st.sampled_from(_SPACE_NOISE))
        elif c == "\n":
            out[i] = draw(st.sampled_from(_NEWLINE_NOISE))
        elif c.isalpha():
            decomposed = unicodedata.normalize("NFD", c)
            if decomposed != c and draw(st.booleans()):
                out[i] = decomposed
            else:
                out[i] = c + draw(st.sampled_from(_LETTER_NOISE))
    prefix = draw(st.sampled_from(("", "", "\n", " \t", "\ufeff", "\r\n\r\n  ")))
    suffix = draw(st.sampled_from(("", "", "\n", " ", "\r\n", "\n\n\n", "\u00a0\n")))
    return prefix + "".join(out) + suffix, text
