"""The lines of an author's block around a byline: an affiliation, an e-mail address, an ORCID
link, an affiliation label alone.
"""

from __future__ import annotations

import re

from comet.page.evidence import _Page
from comet.page.layout import Line
from comet.page.title_shapes import _compound_ends, _organisation_words

#: lines of an author's affiliation and e-mail read past between two names at most
MAX_AFFILIATION_LINES = 4
#: an e-mail address alone on its line, bare or in brackets (``<ana@uni.example>``)
_MAIL = re.compile(r"^[<(\[]?[^\s<(\[]+@\S+\.\w+[>)\]]?$")


def _affiliation_or_mail(line: Line, page: _Page) -> bool:
    """A line of an author's block on a title page: an e-mail address, or a line naming an
    organisation (``Humboldt-Universität zu Berlin``, ``Institut für …``; the locales'
    ``[person_names].organisation_words``, as words or a compound's end)."""
    return _affiliation_text(line.text.strip(), page)


def _affiliation_text(text: str, page: _Page) -> bool:
    """:func:`_affiliation_or_mail` of a line's ``text``."""
    if _MAIL.match(text):
        return True
    if len(text.split()) > AFFILIATION_WORDS or _SENTENCE_END.search(text):
        return False
    org = _organisation_words(page.rules)
    ends = _compound_ends(page.rules)
    for w in text.replace(",", " ").split():
        w = w.strip(".;()").casefold()
        if w in org or (
            w.endswith(ends) and any(len(w) > len(e) + 1 and w.endswith(e) for e in ends)
        ):  # ('-hochschule', '-institut': a compound's end, the dash marks it, not printed)
            return True
    return False


#: words of an affiliation line at most
AFFILIATION_WORDS = 16
_SENTENCE_END = re.compile(r"[a-z]{2}\.\s+[A-Z]|[a-z]{3}\.$")
#: a line that is an author's ORCID link and nothing else (``http://orcid.org/0000-0002-
#: 1825-0097``, ``ORCID https://orcid.org/…``)
_ORCID_LINE = re.compile(
    r"(?:ORCID(?: iD)?:?\s*)?(?:https?://)?(?:www\.)?orcid\.org/\d{4}-\d{4}-\d{4}-\d{3}[\dX]\s*",
    re.I,
)


def _affiliation_label_lines(page: _Page) -> frozenset[int]:
    """The lines that are an affiliation label alone (``Affiliation:``, ``Afiliación``), its
    value on the next line: a byline prints one under each name. Memoised."""
    return page.remember(
        "affiliation-label-lines",
        lambda: frozenset(
            lv.line
            for lv in page.layout.labels
            if lv.key == "affiliation" and lv.layout in ("next-line", "empty")
        ),
    )
