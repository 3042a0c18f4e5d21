"""The lines by a locator that tell whose it is: a journal's name on the line above it, authors
cited by their initials above or before it.
"""

from __future__ import annotations

import re

from comet.page.chrome import _call_to_action
from comet.page.evidence import _DIGIT_RE, W_POS, Cand, _key, _Page
from comet.page.journal_head import _journal_head
from comet.page.layout import Line
from comet.page.locator_guards import _names_body

#: a line opening with a person's initials and a name (``И. И. Петров``, ``A. B. Moe, …``;
#: an abbreviated journal's ``J. Chem. Phys.`` has a full stop after its second word)
_INITIALS_FIRST = re.compile(r"(?:[^\W\d_]\.\s?){1,3}[^\W\d_]{2,}(?:,|\s|$)")


def _authors_cited(page: _Page, index: int, before: str) -> bool:
    """Authors named by their initials on the line above line ``index`` (opening it: ``Е. В.
    Орлова, А. Б. Морева. Title``, ``Иванова А. П.``) or in the text ``before`` a locator on its line (``Орлова
    Е. В. Title // …``): the locator is a citation of the page's own work, not a sentence's
    numbers (``Утверждено решением совета. 2023. № 4, С. 12-15``)."""
    above = page.layout.lines[index - 1].text.strip() if index > 0 else ""
    return _INITIALS_ANY.match(above) is not None or _INITIALS_ANY.search(before) is not None


#: a person's initials before or after a family name anywhere in a text (``Е. В. Орлова``,
#: ``Орлова Е. В.``)
_INITIALS_ANY = re.compile(
    r"(?<!\w)(?:(?:[^\W\d_]\.\s?){1,3}[^\W\d_]{2,}|[^\W\d_]{2,},?\s(?:[^\W\d_]\.\s?){1,3})(?=[\s,.]|$)"
)
#: the evidence of a journal's name read from the line above a locator
ABOVE_LOCATOR = "line above the locator"


def _is_title(text: str, page: _Page) -> bool:
    """``text`` is the work's title, as read before the locators (no journal's name)."""
    title = page.memo.get("title-key")
    return bool(title) and _key(text) == title


def _journal_above(page: _Page, prev: Line, weight: float) -> None:
    """The line above a locator as the journal's name, when it reads as one: as strong as
    the locator under it (a masthead above the top locator outweighs a phrase before
    numbers in the body)."""
    if (
        prev.index not in page.layout.label_lines
        and not _DIGIT_RE.search(prev.text)
        and "," not in prev.text
        and len(prev.text.split()) <= 10
        and not prev.text.endswith((".", "?", "!"))
        and not _call_to_action(prev.text, page.rules)
        and not any(c in prev.text for c in ":[]")
        and _INITIALS_FIRST.match(prev.text) is None  # 'И. И. Петров': a byline, no journal
        and _journal_head(prev.text, page.rules)
        and not _names_body(prev.text, page.rules)  # a faculty's or university's name
        and not _is_title(prev.text, page)  # the work's title over its own locator
    ):
        page.heads.append(Cand(prev.text.rstrip(", "), max(W_POS, weight),
                               (prev.start, prev.end), ABOVE_LOCATOR))  # fmt: skip
