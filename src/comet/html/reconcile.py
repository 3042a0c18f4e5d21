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

import functools
import re
from collections.abc import Callable, Iterable

import attrs

from comet.diagnostics import Diagnostic
from comet.html._datelines import _dateline_authors
from comet.html._dates import _issued, _online_first
from comet.html._merge import (
    _SCHOLARLY,
    Page,
    Reconciled,
    _Merge,
    _scholarly,
    key,
)
from comet.html._names import _authors
from comet.html._role_names import ROLE_FIELDS, role_names
from comet.html._title_parts import title_authors
from comet.html._title_tails import title_tails
from comet.html._titles import _title
from comet.html._types import _journal_news, _proceedings, _type
from comet.html._venue import _LETTERS, _container
from comet.html._work_url import work_url
from comet.html.mapping import TagValue
from comet.locales import LocaleRules, casefolded_terms, resolve
from comet.locators import PageRange, parse_pages
from comet.page.model import Event, Record

__all__ = ["Reconciled", "key", "reconcile"]


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
        m.explain(
            "DOI",
            "text",
            tv,
            text_doi,
            "the tag's DOI is not shown on the page (a related item's?)",
        )


def _shown_text(m: _Merge, field: str, attr: str, *fields: str) -> None:
    """A text field: a tag value the page shows, else the text's, else the tag's.  The
    value shown is the strongest family's, or, where none of its values is shown, that of
    the strongest other family the page shows (a Highwire publisher tag naming the hosting
    platform, printed nowhere, beside a Dublin Core publisher the page prints)."""
    tvs = [v for f in fields for v in m.best(f)]
    if not tvs:
        return
    text_value = getattr(m.rec, attr)
    shown = [v for v in tvs if m.page.shows(v.value)]
    if not shown and not (text_value and any(key(v.value) == key(text_value) for v in tvs)):
        others = sorted((v for f in fields for v in m.by_field.get(f, []) if v not in tvs),
                        key=lambda v: -v.weight)  # fmt: skip
        shown = [v for v in others if m.page.shows(v.value)][:1]
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


def _preprint_server(m: _Merge) -> None:
    """A preprint's publisher is the server that posts it, as citation styles print it
    (``bioRxiv``, ``arXiv``: Zotero's repository, CSL's ``publisher``): on a page of
    scholarly tags read as a preprint (CSL ``article``, no container but the server), the
    site's name (``og:site_name``) the page shows outweighs a publisher tag that names the
    organisation running the server."""
    if m.changes.get("csl_type", m.rec.csl_type) != "article" or not _scholarly(m):
        return
    publisher = m.changes.get("publisher", m.rec.publisher)
    sites = m.best("site-name")
    if not sites or not publisher:
        return
    site = str(sites[0].value)
    container = m.changes.get("container_title", m.rec.container_title)
    if container and key(container) != key(site):
        return  # (a journal's article)
    if key(site) == key(str(publisher)) or not m.page.shows(site):
        return
    m.explain("publisher", "tag", sites[0], publisher, "a preprint's publisher is the "
              "server that posts it (the site's name), not the body that runs it")  # fmt: skip
    m.take("publisher", site, sites[0])


#: A locator label and the number after it (``Vol. 12``, ``No: 3``, ``Heft 3``): groups.
_LABELLED_CODE = re.compile(
    r"^\s*(?P<label>[^\W\d][^\d:]{0,24}?)\s*[:.]?\s*(?P<code>\d[\w./–-]*)\s*$"
)


def _without_label(m: _Merge, field: str, tv: TagValue) -> TagValue:
    """A volume or an issue tag without the field's label before its number (``Vol. 12``,
    ``No. 3``, ``Heft 3``: the locales' ``[locator]`` words of that field), which names
    the field and is no part of the number; the tag as it is otherwise (``Suppl 2``,
    ``Part B``)."""
    found = _LABELLED_CODE.match(str(tv.value))
    if found is None or field not in ("volume", "issue"):
        return tv
    label = found.group("label").strip().casefold()
    if label not in _locator_labels(m.rules, field):
        return tv
    return attrs.evolve(tv, value=found.group("code"))


@functools.cache
def _locator_labels(rules: tuple[LocaleRules, ...], field: str) -> frozenset[str]:
    """The locales' labels of a volume or an issue (``[locator]``), casefolded, each also
    without its closing full stop (``Vol.`` and ``Vol``)."""
    terms = casefolded_terms("locator", rules, field)
    return terms | {t.rstrip(".").strip() for t in terms}


def _page_count(m: _Merge) -> None:
    """A book's number of pages from its tag (schema.org ``numberOfPages``) where the text
    reader read no pages, or only another count (a field stated by name); never over a
    range of pages (an article's or a chapter's)."""
    tv = m.first("number-of-pages")
    if tv is None:
        return
    text_pages = m.changes.get("pages", m.rec.pages)
    if text_pages is not None and (text_pages.first is not None or text_pages.count is None):
        return
    pages = parse_pages(f"{tv.value} pp.", strict=False).value
    if pages is None or (text_pages is not None and text_pages.count == pages.count):
        return
    if text_pages is not None:
        m.explain("number-of-pages", "tag", tv, text_pages.count, "a tag states the field by name")
    m.take("pages", pages, tv)


def _code_field(m: _Merge, field: str, attr: str) -> None:
    tv = m.first(field)
    if tv is None:
        return
    tv = _without_label(m, field, tv)
    text_value = getattr(m.rec, attr)
    if text_value is None:
        m.take(attr, tv.value, tv)
    elif key(str(text_value)) != key(str(tv.value)):
        m.explain(field, "tag", tv, text_value, "a tag states the field by name")
        m.take(attr, tv.value, tv)


def _pages(m: _Merge) -> None:
    """Pages from the first and last page tags (or a range tag).  A first page without a
    last page is completed from the range the page prints; without one it is the
    article's number (``e0123456``, ``102530``), not a page."""
    page_tv = m.first("page")
    first, last = m.first("first-page"), m.first("last-page")
    tv = page_tv
    value: PageRange | None = page_tv.value if page_tv is not None else None
    if first is not None and (page_tv is None or first.weight > page_tv.weight):
        tv = first
        if last is not None and str(last.value) == str(first.value):
            # the first page is the last: a one-page item (``55``, not ``55-55``)
            value = parse_pages(str(first.value), strict=False).value
        elif last is not None:
            value = parse_pages(f"{first.value}-{last.value}", strict=False).value
        else:
            printed = m.page.page_range(str(first.value))
            if printed is None and (
                _NUMBER_SHAPED.match(str(first.value))
                or _labelled_number(m, str(first.value))
                or _doi_number(m, str(first.value))
            ):
                _article_number(m, first)
                return
            value = parse_pages(printed or str(first.value), strict=False).value
    if value is None or tv is None:
        _text_number(m)
        return
    text_pages = m.rec.pages
    if text_pages is None:
        m.take("pages", value, tv)
    elif str(text_pages) != str(value):
        m.explain("page", "tag", tv, text_pages, "tags state the first and last page")
        m.take("pages", value, tv)


#: A first page that is no page number: one with a leading zero (``041027``), of six
#: digits or more (``104512``), or a manuscript code of two to four lower-case letters and
#: three digits or more (``plv012``): an article number (a one-letter e-locator, ``e5``,
#: ``e0123456``, is a page).
_NUMBER_SHAPED = re.compile(r"^(?:0\d{3,9}|[1-9]\d{5,9}|(?!pp?\d)[a-z]{2,4}\d{3,6})$")


def _labelled_number(m: _Merge, value: str) -> bool:
    """Whether the page prints ``value`` under an article-number label (``Article number:
    26``, the ``[labels]`` and ``[locator]`` ``article_number`` terms of the locales)."""
    # a one-word label ("Article") only right before the value
    return any(m.page.cited(label, [value], window=3 if " " in label else 1)
               for label in _article_number_labels(m.rules) if label)  # fmt: skip


@functools.cache
def _article_number_labels(rules: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The keys of the locales' ``[labels]`` and ``[locator]`` ``article_number`` terms
    (made once per locale set)."""
    return frozenset(key(t) for r in rules for sec in ("labels", "locator")
                     for t in r.terms(sec, "article_number"))  # fmt: skip


def _doi_number(m: _Merge, value: str) -> bool:
    """Whether the work's own DOI ends with a first page that has no last page, as an
    online journal numbers its articles: padded with zeros to five digits or more after a
    separator (``10.5555/fmars.2015.01062`` for ``1062``: a counter of fixed width, which
    no printed page number is), or after the journal's ISSN and the volume, joined by
    hyphens (``10.5555/1746-6148-10-144`` for volume 10 and ``144``; not a DOI of the volume
    and the first page joined by dots, ``10.5555/bn.12.145``, a printed page)."""
    doi = str(m.changes.get("doi") or m.rec.doi or "")
    if not doi or not value.isdigit() or len(value) > _MAX_NUMBER_DIGITS:
        return False
    first = str(int(value))
    padded = re.search(rf"[^0-9](0+{first})\Z", doi)
    if padded is not None and len(padded.group(1)) >= _COUNTER_WIDTH:
        return True
    vol = next((str(v.value) for v in m.best("volume")), "")
    # (the journal's ISSN, the volume and the number joined by hyphens: a DOI made of the
    # volume and the first page with dots, '….47.777', names a printed page)
    return vol.isdigit() and (
        re.search(rf"\d{{4}}-\d{{3}}[\dx]-0*{int(vol)}-0*{first}\Z", doi, re.I) is not None
    )


def _text_number(m: _Merge) -> None:
    """With no page tag: the text reader's single page (no last page, no number beside it)
    that the work's DOI ends with as an online journal numbers its articles
    (:func:`_doi_number`: ``Front. Marsh Sci. 6:1062`` with ``10.5555/fmars.2015.01062``) is
    the article's number, as a first page tag would be (``article-number``, info)."""
    pr = m.rec.pages
    if m.rec.number is not None or pr is None or pr.last is not None or pr.first is None:
        return
    if not _doi_number(m, str(pr.first)):
        return
    m.changes["number"], m.changes["pages"] = str(pr.first), None
    span = m.spans.pop("page", None) or m.spans.pop("pages", None)
    if span is not None:
        m.spans["number"] = span
    m.diags.append(Diagnostic("article-number", f"number: {pr.first!r}, read by the text "
                              "reader as a page, is the article's number: the work's DOI ends "
                              "with it", span))  # fmt: skip


#: Most digits of a first page read against the DOI.
_MAX_NUMBER_DIGITS = 9
#: Fewest digits of a zero-padded article counter ending a DOI (``01062``; a DOI ending in
#: a publisher's short sequence number, ``….2015.01.062``, is no article's number).
_COUNTER_WIDTH = 5


def _article_number(m: _Merge, tv: TagValue) -> None:
    text_number = m.rec.number
    if text_number is not None and key(text_number) != key(str(tv.value)):
        m.explain("number", "tag", tv, text_number, "a first page without a last page is the "
                  "article's number")  # fmt: skip
    m.take("number", str(tv.value), tv)
    if m.rec.pages is not None and key(str(m.rec.pages)) == key(str(tv.value)):
        m.changes["pages"] = None


def _union_key(value: object) -> str:
    """What two spellings of one keyword, ISSN or ISBN share (a keyword's ``key``, the
    text's and the tags' alike: ``Remote Sensing`` is ``remote sensing``)."""
    return str(getattr(value, "key", None) or value)


def _union(m: _Merge, field: str, attr: str) -> None:
    tvs = m.best(field)
    if tvs and tvs[0].tag.family == "html":
        # a plain ``<meta name="keywords">``: often a site's search words; the page's
        # keywords where the page prints them all, one after the other (a list of tags)
        tvs = [tv for tv in tvs if _printed_list(m, tv.value)]
    if not tvs:
        return
    have = list(getattr(m.rec, attr))
    if field == "keyword":
        # the tags' keywords printed as links glued into one by the text ('Tags: salt
        # marsh carbon burial'): the text's one keyword is the list, read without breaks
        glued = {key(" ".join(_union_key(v) for v in (tv.value if isinstance(tv.value, tuple)
                                                        else (tv.value,)))) for tv in tvs}  # fmt: skip
        kept = [x for x in have if key(_union_key(x)) not in glued or " " not in _union_key(x)]
        if len(kept) < len(have):
            m.changes[attr] = tuple(kept)
        have = kept
    keys = {_union_key(x) for x in have}
    added = False
    for tv in tvs:
        values = tv.value if isinstance(tv.value, tuple) else (tv.value,)
        for v in values:
            k = _union_key(v)
            if k not in keys:
                keys.add(k)
                have.append(v)
                added = True
    if added:
        m.take(attr, tuple(have), tvs[0])


def _printed_list(m: _Merge, values: object) -> bool:
    """Whether the page prints two or more keywords one after the other, in their order
    (only separators and line breaks between them: ``Tags: salt marsh, tides``)."""
    items = values if isinstance(values, tuple) else (values,)
    keys = [_union_key(v) for v in items]
    return len(keys) >= 2 and m.page.shows(" ".join(keys))


def _series_number(m: _Merge) -> None:
    """The number a series tag gives (``Harbour Papers;No. 12``): a report's or a working
    paper's own number (``number``), else the volume's number in its series (a book's,
    ``collection-number``); only where the text reader found none, and only with its
    series: where the record's series is the tag's (the page shows it)."""
    tv = m.first("series-number")
    if tv is None:
        return
    series = m.changes.get("collection_title") or m.rec.collection_title
    named = _series_number_of(tv)
    if not series or named is None or key(series) != key(named):
        return  # (a number without its series: no number)
    if m.changes.get("csl_type", m.rec.csl_type) == "report":
        if not (m.changes.get("number") or m.rec.number):
            m.take("number", tv.value, tv)
    elif not m.rec.collection_number:
        m.take("collection_number", tv.value, tv)


def _series_number_of(tv: TagValue) -> str | None:
    """The series a series tag's number belongs to (the tag's value before its ``;``)."""
    head, sep, _ = tv.tag.value.partition(";")
    return head.strip() if sep else None


def _fill(m: _Merge, field: str, attr: str) -> None:
    tv = m.first(field)
    if tv is not None and not getattr(m.rec, attr):
        m.take(attr, tv.value, tv)


def _language(m: _Merge) -> None:
    """The tag's language where the text has none; and over a language the text reader
    only guessed from the function words of the page's prose (``guessed-language``: an
    abstract in another language than the work's) where a scholarly or schema.org tag
    states another by name (not ``<html lang>``, the site's interface language)."""
    tv = m.first("language")
    text = m.rec.language
    if tv is None:
        return
    if not text:
        m.take("language", tv.value, tv)
        return
    stated = [v for v in m.best("language") if v.tag.family in _SCHOLARLY | {"schema.org"}]
    if not stated or not any(
        d.code == "guessed-language" and "function words" in d.message for d in m.rec.diagnostics
    ):  # (a title's script, Greek or Hangul, says more than a platform's tag)
        return
    tv = stated[0]
    if str(tv.value).split("-")[0].lower() != str(text).split("-")[0].lower():
        m.explain("language", "tag", tv, text, "a tag states the work's language; the text's "
                  "was guessed from the words of its prose")  # fmt: skip
        m.take("language", tv.value, tv)


def _shown_fill(m: _Merge, field: str, attr: str) -> None:
    """A field the text reader left empty, from a tag whose value the page shows (a
    catalogue's or a repository's place of publication, edition, series)."""
    if getattr(m.rec, attr):
        return
    # a value of letters (``2nd ed.``, ``Bergen``): a bare number (``2``) is printed
    # anywhere on a page, and shows nothing
    tv = next((v for v in m.best(field)
               if _LETTERS.search(str(v.value)) and m.page.shows(v.value)), None)  # fmt: skip
    if tv is not None:
        m.take(attr, tv.value, tv)


def _event(m: _Merge) -> None:
    """A conference tag that names the event (not its proceedings) is the event's name."""
    tv = m.first("event-title")
    if tv is None or _proceedings(m, tv.value):
        return
    ev = m.rec.event
    if ev is None:
        m.take("event", Event(name=tv.value), tv)
    elif ev.name is None:
        m.take("event", attrs.evolve(ev, name=tv.value), tv)


STEPS: tuple[Callable[[_Merge], None], ...] = (
    _title,
    _authors,
    _dateline_authors,
    lambda m: _authors(m, "editor", "editors"),
    _issued,
    _online_first,
    _doi,
    _type,
    _journal_news,
    _container,
    lambda m: _shown_text(m, "publisher", "publisher", "publisher"),
    _preprint_server,
    lambda m: _code_field(m, "volume", "volume"),
    lambda m: _code_field(m, "issue", "issue"),
    _pages,
    _page_count,
    lambda m: _union(m, "ISSN", "issns"),
    lambda m: _union(m, "ISBN", "isbns"),
    lambda m: _union(m, "keyword", "keywords"),
    _language,
    lambda m: _fill(m, "abstract", "abstract"),
    lambda m: _fill(m, "PMID", "pmid"),
    lambda m: _fill(m, "PMCID", "pmcid"),
    lambda m: _fill(m, "arxiv", "number"),
    lambda m: _fill(m, "number", "number"),
    lambda m: _shown_fill(m, "publisher-place", "place"),
    lambda m: _shown_fill(m, "edition", "edition"),
    lambda m: _shown_fill(m, "collection-title", "collection_title"),
    lambda m: _shown_fill(m, "reviewed-title", "reviewed_title"),
    lambda m: _shown_fill(m, "genre", "genre"),
    _series_number,
    title_authors,
    title_tails,
    _event,
    work_url,
    *(functools.partial(role_names, role=role) for role in ROLE_FIELDS),
)


def reconcile(rec: Record, tags: Iterable[TagValue], visible: str,
              text_span: Callable[[str], tuple[int, int] | None],
              rules: tuple[LocaleRules, ...] = ()) -> Record:  # fmt: skip
    """``rec`` (the text reader's record, spans already in HTML offsets) with the tag
    values merged in; ``text_span(field)`` is the HTML span of the text's value;
    ``rules`` the locales whose labels are read."""
    m = _Merge(rec, list(tags), Page(visible), text_span, rules or resolve(None))
    for step in STEPS:
        step(m)
    return attrs.evolve(rec, **m.changes, spans=m.spans,
                        diagnostics=(*rec.diagnostics, *m.diags))  # fmt: skip
