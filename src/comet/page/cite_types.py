"""The types of a page's citation blocks of its own work (moved verbatim from
:mod:`comet.page.content`)."""

from __future__ import annotations

from comet.page.evidence import W_POS, Cand, _Page
from comet.page.grantor import thesis_grantor
from comet.page.periodicals import names_kind

#: a cited item's fields that make it a book's, never a thesis's (``2nd ed.``, ``Vol. 2``;
#: not its place, which a thesis's citation's closing language may be read as)
_BOOK_MARKS = ("edition", "volume", "ISBN")


def _cite_types(page: _Page) -> list[Cand]:
    """The types of the page's citation blocks of its own work, weak where the reference
    reader only fell back on its default (a container alone, a bare book)."""
    out = []
    for item, span, weight, evidence in page.cites:
        if (
            item.get("type") in ("book", "article", "document")
            and not any(item.get(k) for k in _BOOK_MARKS)
            and thesis_grantor(page.text[span[0] : span[1]], page.rules)
        ):  # 'Name. Title. Discipline. Université de X, 2015.': a repository's thesis
            out.append(Cand("thesis", weight - 0.1, span, f"{evidence} of a thesis"))
            continue
        if item.get("type") and item["type"] != "document":
            if item["type"] == "article-journal" and not any(
                item.get(k) for k in ("volume", "issue", "page", "DOI", "ISSN")
            ):  # a container alone: the reference reader's default, not the page's word
                weight = W_POS
            if (
                item["type"] == "article-journal"
                and not (item.get("DOI") or item.get("ISSN"))
                and names_kind(str(item.get("container-title") or ""), page.rules, "blog_names")
            ):  # 'VerfBlog, 2019/4/09': a blog's date read as a volume and page
                out.append(Cand("post-weblog", weight - 0.1, span, f"{evidence} of a blog"))
                continue
            if item["type"] == "article" and not item.get("container-title"):
                weight = W_POS  # no source read: the reference reader's default type
            if item["type"] == "book" and not any(
                item.get(k) for k in ("ISBN", "edition", "number-of-pages")
            ):  # 'Name. Title. Discipline. University, 2015.': a bare default, no book's marks
                weight = W_POS
            out.append(Cand(item["type"], weight - 0.1, span, evidence))
    return out
