"""Reconcile the embedded metadata with the record the text reader made of the page.

Embedded metadata is strong evidence, but not trusted blindly.  For each field the
value of the strongest tag family is compared with the text reader's value:

* they agree: the tag's value is kept (it is typed more precisely: a name's given and
  family parts, a date's day);
* only one has a value: it is kept (a tag value has already passed its field parser);
* they disagree: the value the visible page *shows* wins — a tag value found in the
  visible text over a text value that is not a tag's, the page's dated label ("Posted",
  "First published") over a tag date that is a platform or issue date, the text's title
  over a tag title with the site name appended, the longer of two author lists where one
  is the other cut short.  Each such choice is a :class:`Reconciled` diagnostic that says
  which value was chosen and why, with the spans of both in the raw HTML.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from comet.dates import PartialDate
from comet.diagnostics import Diagnostic, Severity
from comet.html.mapping import TagValue
from comet.locators import PageRange, parse_pages
from comet.names import Person
from comet.page.model import Event, Record

__all__ = ["Reconciled", "reconcile"]

_WORD = re.compile(r"[^\W_]+")
_SITE_SEP = re.compile(r"\s+(?:[|·•—–-]|::)\s+")


def _span(value: tuple[int, int] | list[int] | None) -> tuple[int, int] | None:
    return None if value is None else (int(value[0]), int(value[1]))


@attrs.frozen
class Reconciled(Diagnostic):
    """A choice between an embedded-metadata value and the visible text's value.

    ``span`` is the chosen value's span in the HTML; ``tag_span`` and ``text_span`` are the
    spans of the two rivals; ``chosen`` is ``"tag"`` or ``"text"``.
    """

    field: str = ""
    chosen: str = "tag"
    tag_value: str = ""
    text_value: str = ""
    tag_span: tuple[int, int] | None = attrs.field(default=None, converter=_span)
    text_span: tuple[int, int] | None = attrs.field(default=None, converter=_span)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready ``dict`` (the :class:`~comet.Diagnostic` keys plus both rivals)."""
        out = super().to_dict()
        out.update(field=self.field, chosen=self.chosen, tag_value=self.tag_value,
                   text_value=self.text_value,
                   tag_span=list(self.tag_span) if self.tag_span else None,
                   text_span=list(self.text_span) if self.text_span else None)  # fmt: skip
        return out


def key(text: str) -> str:
    """Words only, case-folded: what two spellings of one value share."""
    return " ".join(_WORD.findall(text.casefold()))


class Page:
    """What the visible text shows, for the checks "is this value on the page?"."""

    def __init__(self, visible: str) -> None:
        self.key = f" {key(visible)} "

    def shows(self, text: str) -> bool:
        k = key(text)
        return bool(k) and f" {k} " in self.key


class _Merge:
    def __init__(self, rec: Record, tags: Sequence[TagValue], page: Page,
                 text_span: Callable[[str], tuple[int, int] | None]) -> None:  # fmt: skip
        self.rec = rec
        self.page = page
        self.text_span = text_span
        self.by_field: dict[str, list[TagValue]] = defaultdict(list)
        for tv in tags:
            self.by_field[tv.field].append(tv)
        self.changes: dict[str, Any] = {}
        self.spans: dict[str, tuple[int, int]] = dict(rec.spans)
        self.diags: list[Diagnostic] = []

    # -- the tag values of a field: the strongest family's, in page order ------------
    def best(self, field: str) -> list[TagValue]:
        values = self.by_field.get(field, [])
        if not values:
            return []
        top = max(v.weight for v in values)
        family = next(v.tag.family for v in values if v.weight == top)
        return [v for v in values if v.tag.family == family]

    def first(self, *fields: str) -> TagValue | None:
        cands = [v for f in fields for v in self.best(f)]
        return max(cands, key=lambda v: v.weight) if cands else None

    def take(self, field: str, value: Any, tv: TagValue | None) -> None:
        self.changes[field] = value
        if tv is not None and tv.tag.span is not None:
            self.spans[field] = tv.tag.span

    def explain(self, field: str, chosen: str, tv: TagValue, text_value: Any, why: str) -> None:
        tag_value = _show(tv.value)
        text_shown = _show(text_value)
        tspan = self.text_span(field)
        span = tv.tag.span if chosen == "tag" else tspan
        winner, loser = (tag_value, text_shown) if chosen == "tag" else (text_shown, tag_value)
        src = f"{tv.tag.name}" if chosen == "tag" else "the visible text"
        other = "the visible text" if chosen == "tag" else tv.tag.name
        self.diags.append(Reconciled(
            "reconciled", f"{field}: chose {winner} ({src}) over {loser} ({other}): {why}",
            span, Severity.INFO if chosen == "tag" else Severity.WARNING, field=field,
            chosen=chosen, tag_value=str(tag_value), text_value=str(text_shown),
            tag_span=tv.tag.span, text_span=tspan,
        ))  # fmt: skip


def _show(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "; ".join(_show(v) for v in value[:6]) + ("; …" if len(value) > 6 else "")
    if isinstance(value, Person):
        return value.display() if hasattr(value, "display") else str(value)
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


# --- fields ------------------------------------------------------------------------


def _title(m: _Merge) -> None:
    tv = m.first("title")
    if tv is None:
        return
    tag_title: str = tv.value
    text_title = m.rec.full_title
    if text_title and key(text_title) == key(tag_title):
        m.take("title", tag_title, tv)
        m.changes["subtitle"] = None
        return
    if m.page.shows(tag_title):
        if text_title:
            m.explain("title", "tag", tv, text_title, "the tag's title is shown on the page")
        m.take("title", tag_title, tv)
        m.changes["subtitle"] = None
        return
    # a title with the site or journal name appended: the part the page shows
    parts = _SITE_SEP.split(tag_title)
    for n in range(len(parts) - 1, 0, -1):
        head = " - ".join(parts[:n])
        if m.page.shows(head) and (text_title is None or key(text_title) == key(head)):
            if text_title is None:
                m.take("title", head, tv)
                m.changes["subtitle"] = None
            else:
                m.explain("title", "text", tv, text_title,
                          "the tag's title has the site name appended")
            return
    if text_title is None:
        m.take("title", tag_title, tv)
        m.changes["subtitle"] = None
    else:
        m.explain("title", "text", tv, text_title, "the tag's title is not shown on the page")


def _persons_of(m: _Merge, field: str, plural: str) -> tuple[list[Person], TagValue | None]:
    tvs = m.best(field) + m.best(plural)
    if not tvs:
        return [], None
    family = max(tvs, key=lambda v: v.weight).tag.family
    out: list[Person] = []
    for v in tvs:
        if v.tag.family == family:
            out.extend(v.value if isinstance(v.value, tuple) else [v.value])
    return out, tvs[0]


def _family_key(p: Person) -> str:
    return key(" ".join(x for x in (p.particle, p.family, p.literal) if x))


def _authors(m: _Merge, field: str = "author", attr: str = "authors") -> None:
    tag_people, tv = _persons_of(m, field, f"{field}s")
    if tv is None or not tag_people:
        return
    text_people = list(getattr(m.rec, attr))
    if not text_people:
        m.take(attr, tuple(tag_people), tv)
        return
    tk = [_family_key(p) for p in tag_people]
    xk = [_family_key(p) for p in text_people]
    if tk == xk:
        m.take(attr, tuple(tag_people), tv)
        return
    shown = sum(m.page.shows(k) for k in tk) / len(tk)
    if len(tk) != len(xk) and (tk[: len(xk)] == xk or xk[: len(tk)] == tk):
        if len(tk) > len(xk):
            m.explain(field, "tag", tv, tuple(text_people), "the text's list is cut short")
            m.take(attr, tuple(tag_people), tv)
        else:
            m.explain(field, "text", tv, tuple(tag_people), "the tags' list is cut short")
        return
    if shown >= 0.8 and set(tk) >= set(xk):
        m.explain(field, "tag", tv, tuple(text_people), "every tag name is shown on the page")
        m.take(attr, tuple(tag_people), tv)
    else:
        m.explain(field, "text", tv, tuple(text_people),
                  "the tags' names are not the names the page shows")


def _compatible(a: PartialDate, b: PartialDate) -> bool:
    pa, pb = a.date_parts(), b.date_parts()
    n = min(len(pa), len(pb))
    return pa[:n] == pb[:n]


def _issued(m: _Merge) -> None:
    tvs = [v for f in ("issued-online", "issued", "issued-other", "issued-cover") for v in m.best(f)]
    if not tvs:
        return
    text_date = m.rec.issued
    if text_date is None:
        order = {"issued-online": 0, "issued": 0, "issued-other": 1, "issued-cover": 2}
        rank = min(order[v.field] for v in tvs)
        pool = [v for v in tvs if order[v.field] == rank]
        tv = min(pool, key=lambda v: (v.value.date_parts() + [0, 0])[:3])
        m.take("issued", tv.value, tv)
        return
    same = [v for v in tvs if _compatible(v.value, text_date)]
    if same:
        tv = max(same, key=lambda v: len(v.value.date_parts()))
        if len(tv.value.date_parts()) > len(text_date.date_parts()):
            m.take("issued", tv.value, tv)
        return
    tv = tvs[0]
    m.explain("issued", "text", tv, text_date, "the page prints its own date of publication "
              "(the tag's date is an issue, platform or other date)")


def _doi(m: _Merge) -> None:
    tv = m.first("DOI")
    if tv is None:
        return
    text_doi = m.rec.doi
    if text_doi is None or str(text_doi) == str(tv.value):
        m.take("doi", tv.value, tv)
        return
    if m.page.shows(str(tv.value)) or not m.page.shows(str(text_doi)):
        m.explain("DOI", "tag", tv, text_doi, "the tag's DOI is the one the page shows")
        m.take("doi", tv.value, tv)
    else:
        m.explain("DOI", "text", tv, text_doi, "the tag's DOI is not shown on the page "
                  "(a related item's?)")


def _shown_text(m: _Merge, field: str, attr: str, *fields: str) -> None:
    """A text field: a tag value the page shows, else the text's, else the tag's."""
    tvs = [v for f in fields for v in m.best(f)]
    if not tvs:
        return
    text_value = getattr(m.rec, attr)
    shown = [v for v in tvs if m.page.shows(v.value)]
    if text_value and any(key(v.value) == key(text_value) for v in tvs):
        return
    if shown:
        tv = shown[0]
        if text_value:
            m.explain(field, "tag", tv, text_value, "the tag's value is shown on the page")
        m.take(attr, tv.value, tv)
    elif text_value:
        m.explain(field, "text", tvs[0], text_value, "the tag's value is not shown on the page")
    else:
        m.take(attr, tvs[0].value, tvs[0])


def _code_field(m: _Merge, field: str, attr: str) -> None:
    tv = m.first(field)
    if tv is None:
        return
    text_value = getattr(m.rec, attr)
    if text_value is None:
        m.take(attr, tv.value, tv)
    elif key(str(text_value)) != key(str(tv.value)):
        m.explain(field, "tag", tv, text_value, "a tag states the field by name")
        m.take(attr, tv.value, tv)


def _pages(m: _Merge) -> None:
    page_tv = m.first("page")
    first, last = m.first("first-page"), m.first("last-page")
    value: PageRange | None = None
    tv = page_tv
    if first is not None and (page_tv is None or first.weight > page_tv.weight):
        text = f"{first.value}-{last.value}" if last is not None else str(first.value)
        parsed = parse_pages(text, strict=False)
        value, tv = parsed.value, first
        if value is not None and any(d.code == "pages-article-number" for d in parsed.diagnostics):
            if m.rec.number is None and m.rec.pages is None:
                m.take("number", value.first, first)
            return
    elif page_tv is not None:
        value = page_tv.value
    if value is None or tv is None:
        return
    text_pages = m.rec.pages
    if text_pages is None:
        m.take("pages", value, tv)
    elif str(text_pages) != str(value):
        if text_pages.first == value.first and value.last and not text_pages.last:
            m.take("pages", value, tv)
        else:
            m.explain("page", "tag", tv, text_pages, "tags state the first and last page")
            m.take("pages", value, tv)


def _union(m: _Merge, field: str, attr: str) -> None:
    tvs = m.best(field)
    if not tvs:
        return
    have = list(getattr(m.rec, attr))
    keys = {str(x) for x in have}
    added = False
    for tv in tvs:
        values = tv.value if isinstance(tv.value, tuple) else (tv.value,)
        for v in values:
            k = str(getattr(v, "key", None) or v)
            if k not in keys:
                keys.add(k)
                have.append(v)
                added = True
    if added:
        m.take(attr, tuple(have), tvs[0])


def _fill(m: _Merge, field: str, attr: str) -> None:
    tv = m.first(field)
    if tv is not None and not getattr(m.rec, attr):
        m.take(attr, tv.value, tv)


def _event(m: _Merge) -> None:
    tv = m.first("event-title")
    if tv is None:
        return
    ev = m.rec.event
    if ev is None:
        m.take("event", Event(name=tv.value), tv)
    elif ev.name is None:
        m.take("event", attrs.evolve(ev, name=tv.value), tv)


def _container(m: _Merge) -> None:
    _shown_text(m, "container-title", "container_title", "container-title",
                "container-title-short")


def _type(m: _Merge) -> None:
    if m.rec.csl_type is not None:
        return
    if m.best("container-title") and m.best("volume"):
        m.changes["csl_type"] = "article-journal"
    elif m.best("event-title"):
        m.changes["csl_type"] = "paper-conference"
    else:
        tv = m.first("type")
        if tv is not None:
            m.changes["csl_type"] = tv.value


STEPS: tuple[Callable[[_Merge], None], ...] = (
    _title,
    _authors,
    lambda m: _authors(m, "editor", "editors"),
    _issued,
    _doi,
    _container,
    lambda m: _shown_text(m, "publisher", "publisher", "publisher"),
    lambda m: _code_field(m, "volume", "volume"),
    lambda m: _code_field(m, "issue", "issue"),
    _pages,
    lambda m: _union(m, "ISSN", "issns"),
    lambda m: _union(m, "ISBN", "isbns"),
    lambda m: _union(m, "keyword", "keywords"),
    lambda m: _fill(m, "language", "language"),
    lambda m: _fill(m, "abstract", "abstract"),
    lambda m: _fill(m, "PMID", "pmid"),
    lambda m: _fill(m, "PMCID", "pmcid"),
    lambda m: _fill(m, "arxiv", "number"),
    lambda m: _fill(m, "number", "number"),
    _event,
    _type,
)


def reconcile(rec: Record, tags: Iterable[TagValue], visible: str,
              text_span: Callable[[str], tuple[int, int] | None]) -> Record:  # fmt: skip
    """``rec`` (the text reader's record, spans already in HTML offsets) with the tag
    values merged in; ``text_span(field)`` is the HTML span of the text's value."""
    m = _Merge(rec, list(tags), Page(visible), text_span)
    for step in STEPS:
        step(m)
    return attrs.evolve(rec, **m.changes, spans=m.spans,
                        diagnostics=(*rec.diagnostics, *m.diags))  # fmt: skip
