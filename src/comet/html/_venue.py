"""The venue of an HTML page's work reconciled with its tags: the site's name (a tag's
``og:site_name`` against the page's own name and its writers') and the container (a tag's
journal or book against the venue the page prints under its title: ``In Journal…``, a
year or status after it, a publisher's place). Steps of :func:`comet.html.reconcile.reconcile`.
"""

from __future__ import annotations

import re
from itertools import islice

from comet.dates import PartialDate
from comet.diagnostics import Diagnostic, Severity
from comet.html._merge import (
    _Merge,
    _scholarly,
    _typed_work,
    dates_in,
    head_lines,
    key,
)
from comet.html._type_labels import type_words
from comet.html._types import _journal_tags, _names_event, _proceedings
from comet.html.table import tag_table
from comet.locales import casefolded_terms
from comet.vocab import parse_publication_type
from comet.vocab._labels import strip_label

__all__ = ["_LETTERS", "_container", "_site"]

#: two letters in a row (a value holding a word)
_LETTERS = re.compile(r"[^\W\d_]{2}")
#: A journal tag's value that is a platform's code, not a name: one lower-case word.
_CODE_NAME = re.compile(r"[a-z]{1,8}")
#: Most abbreviations of a journal's name looked at on one page.
_MAX_ABBREVIATIONS = 50


def _site(m: _Merge) -> None:
    """The site's name as the container of a post or a news article (a web type, from
    the text reader or the tags), where the page shows it; of another work only where
    the text reader found no container.  Without a site name, a post's or a news
    article's schema.org publisher names the site (a page without scholarly tags)."""
    site = m.first("site-name")
    csl_type = m.changes.get("csl_type", m.rec.csl_type)
    if csl_type not in tag_table().web_types and _typed_work(m):
        # a paper's record on a person's or a lab's site: the site is no container; the
        # venue the page prints after its label is (where the text reader's container is
        # none, or the kind of work the page prints beside it: 'Conference Proceedings')
        text_value = m.rec.container_title
        printed = _printed_venue(m)
        if printed is None:
            return
        venue, contained = printed
        whole = text_value is not None and key(text_value) == key(venue)
        cut = _without_tail(m, venue)
        if cut is not None:
            venue = cut  # ('Journal of Tarn Studies, 2021', '… (in press)')
        if (
            text_value
            and not _kind_of_work(text_value)
            and not _with_label(text_value, printed)
            and not (whole and cut is not None)
        ):
            return
        if text_value:
            what = ("the venue with its container label kept" if _with_label(text_value, printed)
                    else "the venue line with its year or status" if whole
                    else "the kind of work the page prints")  # fmt: skip
            m.diags.append(Diagnostic("printed-venue", f"container-title: {venue!r}, printed "
                                      f"after its label, over {text_value!r}, {what}"))  # fmt: skip
        m.take("container_title", venue, None)
        if contained and csl_type == "book" and _names_event(m, venue):
            # 'Type: Conference Proceedings' on a paper's record 'In the … Conference':
            # the paper is in the proceedings, not the proceedings themselves
            m.diags.append(Diagnostic("printed-venue", "type: paper-conference over book: "
                                      "the page prints the work in ('In …') a conference's "
                                      "proceedings"))  # fmt: skip
            m.changes["csl_type"] = "paper-conference"
        return
    web = csl_type in tag_table().web_types or _web_writing(m)
    if site is None and web and not _scholarly(m):
        # no site name: a post's or news article's publisher (schema.org) names the site
        site = next((v for v in m.best("publisher") if v.tag.family == "schema.org"), None)
    if site is None or not m.page.shows(site.value):
        return
    if _an_author_s_name(m, str(site.value)):
        # a person's own site, named after its owner who wrote the work: no container
        m.diags.append(Diagnostic("site-is-author", f"container-title: the site's name "
                                  f"{site.value!r} is the name of the work's author (a "
                                  "person's own site): not a container", site.tag.span))  # fmt: skip
        return
    text_value = m.rec.container_title
    if not text_value:
        m.take("container_title", site.value, site)
        return
    if web and key(text_value) != key(site.value):
        m.explain("container-title", "tag", site, text_value, "a post's or news article's "
                  "container is the site, whose name the page shows")  # fmt: skip
        m.take("container_title", site.value, site)


def _an_author_s_name(m: _Merge, name: str) -> bool:
    """Whether ``name`` is the whole name of one of the record's authors (given names
    first or last)."""
    k = key(name)
    people = m.changes.get("authors", m.rec.authors) or ()
    return bool(k) and any(
        k in (key(f"{p.given or ''} {p.family or ''}"), key(f"{p.family or ''} {p.given or ''}"))
        for p in people
        if p.family and p.given
    )


#: Lines of visible text looked at for a venue's label.
_VENUE_LINES = 400
#: Longest venue read after its label (a conference's full name).
_VENUE_LENGTH = 300


def _kind_of_work(value: str) -> bool:
    """Whether a value is a kind of work (``Thesis``, ``Refereed Conference Proceedings``),
    as a record's ``Type`` label's value reads, every word of it a type's term — not a
    venue's name that holds one (``Proceedings of the 2024 Conference on …``, ``Thesis
    Eleven``, ``Journal of …``)."""
    parsed = parse_publication_type(value, strict=False)
    return parsed.value is not None and not any(
        d.code == "unknown-type-term" for d in parsed.diagnostics
    )


def _without_tail(m: _Merge, venue: str) -> str | None:
    """A printed venue without the year or the status written after it, behind a comma
    or in brackets (``Journal of Tarn Studies, 2021``, ``Tarn Letters (in press)``: the
    locales' ``[status]`` terms); ``None`` where nothing such ends it (``Proceedings of
    … (WCS 2022)``: an event's short name)."""
    v = venue.rstrip()
    if v.endswith(")"):
        head, sep, tail = v[:-1].rpartition("(")
    else:
        head, sep, tail = v.rpartition(",")
    head = head.strip(" ,")
    if not sep or not _LETTERS.search(head):
        return None
    tail = tail.strip(" .").casefold()
    if _YEAR_ALONE.fullmatch(tail) or tail in casefolded_terms("status", m.rules):
        return head
    return None


#: A year alone (a venue's year written after its name).
_YEAR_ALONE = re.compile(r"(?:1[5-9]|20)\d\d")


def _with_label(text_value: str, printed: tuple[str, bool]) -> bool:
    """Whether the text reader's container is the venue printed after its label with the
    line's container label kept (``In Journal of Tarn Studies``); not a name of two words
    that opens with the label (``In Practice``: the journal's own name)."""
    venue, contained = printed
    return contained and len(venue.split()) > 1 and key(text_value).endswith(" " + key(venue))


def _printed_venue(m: _Merge) -> tuple[str, bool] | None:
    """The venue a paper's record prints on the line after a line that is its label alone
    (the locales' ``[words] venue_labels``, ``Publication``: the label a reference
    manager's record gives the journal or proceedings), below the page's title (a menu's
    item above it is no label), without a leading container label (``In``); not a type of
    work (``Thesis``), a status (``Peer reviewed``, ``Accepted manuscript``, ``Published
    online 2022``: the locales' ``[status]`` and ``[peer_review]`` terms), an interface's
    word (``PDF herunterladen``), a date to the month, a publisher and its place
    (``Springer, Berlin``), a menu's item among others, or a line without letters; and
    whether the line named it behind a container label (``In``)."""
    labels = casefolded_terms("words", m.rules, "venue_labels")
    if not labels:
        return None
    lines = list(head_lines(m.page.text, _VENUE_LINES))
    below = _title_line(m, lines)
    if below is None:
        return None
    for i in range(below + 1, len(lines)):
        if lines[i].strip().rstrip(":").strip().casefold() not in labels:
            continue
        after = [ln.strip() for ln in lines[i + 1 : i + 5] if ln.strip()]
        value = after[0] if after else ""
        start, _ = strip_label(value, _CONTAINER_LABEL, m.rules)
        value = value[start:].strip(" :,")
        head, _, rest = value.partition(" ")
        if start and rest and head.islower() and head.title() in tag_table().publication_articles:
            value = rest  # 'In the 2025 Conference on …': the article after the label
        menu = len(value.split()) == 1 and len(after) > 1 and len(after[1].split()) == 1
        if menu or not value or _not_a_venue(m, value):
            return None
        return value, bool(start)
    return None


def _title_line(m: _Merge, lines: list[str]) -> int | None:
    """The number of the first of ``lines`` that is the record's title and nothing else."""
    title = m.changes.get("title") or m.rec.title
    want = key(title) if title else ""
    if not want:
        return None
    return next((n for n, ln in enumerate(lines) if key(ln) == want), None)


def _not_a_venue(m: _Merge, value: str) -> bool:
    folded = value.casefold()
    first = folded.split(maxsplit=1)[0]
    words = casefolded_terms("status", m.rules) | casefolded_terms("peer_review", m.rules)
    chrome = casefolded_terms("words", m.rules, "interface_words") | casefolded_terms(
        "words", m.rules, "call_to_action"
    )
    return (
        len(value) > _VENUE_LENGTH
        or not any(c.isalpha() for c in value)
        or _kind_of_work(value)
        or any(folded == w or folded.startswith(w + " ") for w in words)
        or first in chrome
        or _PUBLISHER_PLACE.fullmatch(value) is not None
        or any(  # a date of publication under the label, not a venue ('12 March 2020')
            isinstance(d.value, PartialDate) and d.value.month is not None for d in dates_in(value)
        )
    )


#: A publisher and its place (``Springer, Berlin``): a name of up to three words, a comma,
#: one capitalised word.
_PUBLISHER_PLACE = re.compile(r"[^\W\d_][\w&.'-]*(?: [\w&.'-]+){0,2}, [^\W\d_][^\W\d_-]+")


_CONTAINER_LABEL = frozenset({"container"})


def _web_writing(m: _Merge) -> bool:
    """Whether the tags call the page writing on a website (``og:type`` ``article``, a
    schema.org ``Article``) and no tag is scholarly or names a journal (whatever type the
    text reader guessed)."""
    web = tag_table().web_articles
    return (
        not _scholarly(m)
        and not _journal_tags(m)
        and any(type_words(str(v.value)).replace(" ", "").lower() in web
                for v in m.by_field.get("web-type", []))
    )  # fmt: skip


def _container(m: _Merge) -> None:
    """The journal as the page cites it: of the tags' names (full and abbreviated), the
    one printed before the volume or the year; else one the page shows; else the text's."""
    tvs = m.best("container-title") + m.best("container-title-short")
    named = [v for v in tvs if not _CODE_NAME.fullmatch(str(v.value))]
    if named and len(named) < len(tvs):
        # a platform's code for the journal ('ade'), printed in its URLs and DOIs only
        m.diags.append(Diagnostic("tag-rejected", "container-title: a lower-case code is "
                                  "not a journal's name: not used", tvs[0].tag.span,
                                  Severity.INFO))  # fmt: skip
        tvs = named
    if not tvs:  # a conference paper: the conference tag names its proceedings
        tvs = [v for v in m.best("event-title") if _proceedings(m, v.value)]
    if not tvs:  # a post: the site's name, where the page shows it and nothing else names one
        _site(m)
        return
    tokens = [str(m.changes.get("volume") or m.rec.volume or "")]
    tokens += [str(v.value) for v in m.best("volume")]
    issued = m.changes.get("issued") or m.rec.issued
    if issued is not None:
        tokens.append(str(issued.year))
    cited = [v for v in tvs if m.page.cited(v.value, tokens)]
    text_value = m.rec.container_title
    if not cited:  # the page may cite the journal by an abbreviation the tags do not give
        for v in tvs:
            # the longest of the abbreviations the page cites the work in ('Atmos. Chem.
            # Phys.' over an acronym 'ACP' in a menu)
            printed = max((a for a in islice(m.page.abbreviation(v.value), _MAX_ABBREVIATIONS)
                           if m.page.cited(a, tokens)), key=len, default=None)  # fmt: skip
            if printed is not None:
                if text_value and key(text_value) == key(printed):
                    return
                if text_value:
                    m.explain("container-title", "tag", v, text_value, f"the page cites the "
                              f"work in {printed!r}, an abbreviation of the tag's journal name", printed)  # fmt: skip
                m.take("container_title", printed, v)
                return
    pick = cited[0] if cited else next((v for v in tvs if m.page.shows(v.value)), None)
    if pick is None:
        if text_value:
            m.explain(
                "container-title",
                "text",
                tvs[0],
                text_value,
                "the tags' journal names are not shown on the page",
            )
        else:
            m.take("container_title", tvs[0].value, tvs[0])
        return
    if text_value and key(text_value) == key(pick.value):
        return
    if text_value:
        why = (
            "the page cites the work in the tag's journal name"
            if cited
            else "the tag's journal name is shown on the page"
        )
        m.explain("container-title", "tag", pick, text_value, why)
    m.take("container_title", pick.value, pick)
