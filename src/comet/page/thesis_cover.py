"""A thesis's cover that names no genre: its university at the head, its supervisor labelled.

A student's thesis printed from its PDF opens with the university that grants the degree on
its first line (``Università degli Studi di Borgomarino``, ``Universidade Federal do
Brejo``), its department and course under it, the title, and the people by role: the
supervisor under a label of the locales (``[labels].supervisor``: *Relatore, Tutor
interno, Orientador, Supervisor, Betreuer*). A cover may print no genre word (``Tesi di
laurea``) and no degree statement; the university heading the page and a supervisor's label
under it make it a thesis's, and the university is the degree's grantor, its publisher.

Neither alone does: a department's page heads with its university, a project report or a
course's page may label a supervisor; a record page labels its fields and heads with the
repository's name, never with the university alone on the first line.
"""

from __future__ import annotations

from comet.page.cover_heads import institution_head
from comet.page.evidence import W_POS, Cand, _Page

__all__ = ["cover_grantor", "thesis_cover"]

#: lines from the top where the university's line is looked for (the first with text, or
#: one after a line or two of a PDF's header: a running head, a logo's caption)
HEAD_LINES = 3
#: lines from the top where the supervisor's label is looked for (the cover's)
LABEL_LINES = 40


def cover_grantor(page: _Page) -> tuple[str, tuple[int, int]] | None:
    """The university heading a thesis's cover (see the module): a line among the first
    :data:`HEAD_LINES` with the shape of a degree grantor's name
    (:func:`comet.page.cover_heads.institution_head`), above any labelled line, on a page
    with a supervisor's label among its first :data:`LABEL_LINES` lines. Its text and span,
    or ``None``. Memoised per page."""

    def find() -> tuple[str, tuple[int, int]] | None:
        lines = page.layout.lines
        labels = page.layout.label_lines
        if not any(
            lv.line < LABEL_LINES and page.weight(lv.value_start) >= 1
            for lv in page.layout.values("supervisor")
        ):
            return None
        for line in lines[:HEAD_LINES]:
            if line.index in labels or line.zone != "main":
                return None  # a labelled record, no cover
            if institution_head(line.text, page.rules):
                text = line.text.strip()
                start = line.start + line.text.index(text)
                return text, (start, start + len(text))
        return None

    found: tuple[str, tuple[int, int]] | None = page.remember(("thesis-cover-grantor",), find)
    return found


def thesis_cover(page: _Page) -> Cand | None:
    """Type evidence of a thesis's cover with no genre word (see the module): its university
    heading it (:func:`cover_grantor`) and a supervisor labelled on it. Position evidence."""
    found = cover_grantor(page)
    if found is None:
        return None
    return Cand("thesis", W_POS, found[1],
                "a thesis's cover: a university heads it, a supervisor is labelled")  # fmt: skip
