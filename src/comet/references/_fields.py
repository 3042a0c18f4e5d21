"""The raw segments of one reference (:class:`Fields`) and the trimming shared by every step."""

from __future__ import annotations

import re
from typing import Any

import attrs

from comet.dates.years import CITATION_YEAR_PATTERN
from comet.diagnostics import Diagnostic, Severity
from comet.identifiers import Doi

__all__ = ["Fields"]
_YEAR_RE = CITATION_YEAR_PATTERN
_YEAR = _YEAR_RE
_ANY_YEAR = re.compile(rf"(?<![\w/.:–-])(?P<y>{_YEAR})(?P<s>[a-z])?(?![\w/–-]|\.\d|:\d)")
_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[^\W\d_]+")
_PLACE_PUB = re.compile(
    r"\A(?P<a>[^:;,.()\[\]]{2,60}?(?:,\s?[A-Z][A-Za-z.]{1,12}|\s\([A-Z][A-Za-z.]{1,6}\))?)\s?:\s?(?P<b>[^:;()\[\]]{2,100}?)"
    r"(?:[,.]?\s*(?P<y>" + _YEAR + r")[a-z]?)?\s*[.,;]?\s*\Z"
)
_TRAIL = " ,;:.-–—/"
_CUT = "\x00"
_CUT_RUN = re.compile(r"[\s.,;:]*\x00[\s.,;:\x00]*")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_AVAIL_TAIL = re.compile(r"[\[(]?\s*(?:{terms})\s*[\])]?\s*:?\s*\Z")
_EDITED_BY = re.compile(r"[,.]\s*(?=\S)")


def _strip(text: str) -> str:
    """Trim list punctuation; a final period after a short capitalised word (a possible
    abbreviation, ``Commun.``) stays for :func:`_finish` to judge."""
    out = text.strip(_TRAIL + " ")
    if out and text.rstrip(" ,;:").endswith(".") and not out.endswith("."):
        last = out.rsplit(" ", 1)[-1]
        if 1 <= len(last) <= 8 and last[:1].isupper() and last.replace(".", "").isalpha():
            out += "."
    return out


def _tidy(text: str) -> str:
    """Collapse the punctuation runs left behind by removals (marked with ``_CUT``)."""
    if _CUT in text:
        text = _CUT_RUN.sub(_cut_repl, text)
    if "()" in text or "[]" in text or "( " in text or "[ " in text:
        text = _EMPTY_BRACKETS.sub(" ", text)
    return " ".join(text.split())


def _cut_repl(m: re.Match[str]) -> str:
    run = m.group()
    if "." in run:
        return ". "
    if "," in run:
        return ", "
    return " "


@attrs.define
class Fields:
    """The raw segments of one reference (strings), before the field parsers run."""

    text: str = ""
    text_offset: int = 0
    loc_labelled: bool = False
    imprint_cut: bool = False
    series: str | None = None
    authors: str | None = None
    editors: str | None = None
    authors_are_editors: bool = False
    year: int | None = None
    year_text: str | None = None
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    place: str | None = None
    doi: Doi | None = None
    url: str | None = None
    accessed: str | None = None
    edition: str | None = None
    status: str | None = None
    type: str | None = None
    notes: list[str] = attrs.field(factory=list)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    def diag(self, code: str, message: str, span: tuple[int, int] | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, span, Severity.INFO))

    def warn(self, code: str, message: str, span: tuple[int, int] | None = None) -> None:
        self.diagnostics.append(Diagnostic(code, message, span, Severity.WARNING))


def to_fields_dict(f: Fields) -> dict[str, Any]:  # pragma: no cover - debugging aid
    return attrs.asdict(f)
