"""The title of an HTML page: the tags' title against the text's and the headline ``<h1>``
(the site's name appended or prepended, a part the page shows)."""

from __future__ import annotations

import functools
import re

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.html._merge import MAX_SCAN, _Merge, _scholarly, _site_names, key
from comet.html.mapping import TagValue, _short
from comet.locales import LocaleRules, casefolded_terms
from comet.page.product_heading import _binding_words
from comet.page.title_ends import _age_mark
from comet.text._words import closed_class

_SITE_SEP = re.compile(r"\s+(?:[|·•—–»«›‹:-]|::)\s+")


# --- the title ---------------------------------------------------------------------


def _set_title(m: _Merge, title: str, tv: TagValue) -> None:
    m.take("title", title, tv)
    m.changes["subtitle"] = None


def _title(m: _Merge) -> None:
    """The tag's title where the page shows it (or the part before an appended site
    name); the text's title where the tag's is not on the page."""
    tv = _title_tag(m)
    if tv is None:
        return
    tv = _without_age_mark(m, _without_frame(m, tv))
    tag_title: str = tv.value
    text_title = m.rec.full_title
    if text_title and key(text_title) == key(tag_title):
        _set_title(m, tag_title, tv)
        return
    # the headline <h1> of a news or blog page (a scholarly page's tags carry its title)
    heading = None if _scholarly(m) else next(iter(m.by_field.get("heading", [])), None)
    appended = heading is not None and _appended(tag_title, heading.value)
    if appended and text_title and key(tag_title).endswith(" " + key(text_title)):
        appended = False  # 'Site » Title': the <h1> is the site's name, the text's title the rest
    if heading is not None and appended:
        # the page's headline is the tag's title without the part appended to it
        if not (text_title and key(text_title) == key(heading.value)):
            m.explain("title", "tag", heading, text_title or "", "the page's headline <h1> "
                      f"is the title of {tv.tag.name} without the part appended to it")  # fmt: skip
        _set_title(m, heading.value, heading)
        return
    # a title with the site's name prepended (the page may print it just above the title)
    shown: str | None = _without_site_lead(m, tv)
    if shown is None:
        shown = tag_title if m.page.shows(tag_title) else None
    if shown is None:  # a title with the site or journal name appended
        shown = _shown_part(m, tv)
    if (
        shown is not None
        and shown != tag_title
        and text_title
        and tv.tag.family == "html"
        and len(key(shown).split()) < len(key(tag_title[len(shown) :]).split())
    ):
        # a page's <title> element names the site as often as the work: a head shorter
        # than the part cut off is more likely a site's name than the work's title
        m.explain("title", "text", tv, text_title, "the page's <title> holds a shorter name first")
        return
    if shown is not None and text_title and _series_around(m, shown, text_title):
        m.explain("title", "text", tv, text_title, "the tag's title is the text's with the "
                  "series around it (its name and number before it, or its name in brackets "
                  "after it)")  # fmt: skip
        return
    if shown is not None:
        if text_title and key(text_title) == key(shown):
            return
        if text_title:
            why = (
                "the tag's title is shown on the page"
                if shown == tag_title
                else "the tag's title, without the site name appended, is shown on the page"
            )
            m.explain("title", "tag", tv, text_title, why)
        _set_title(m, shown.strip(), tv)
    elif text_title is None:
        _set_title(m, tag_title, tv)
    elif (
        heading is not None
        and not (key(text_title) + " ").startswith(key(heading.value) + " ")
        and not _labelled(m, text_title)
        and not _product_tail(m, heading.value, text_title)
    ):
        # (a text title that begins with the headline is the headline and its subtitle)
        m.explain("title", "tag", heading, text_title, f"the title of {tv.tag.name} is not "
                  "shown on the page; the page's headline <h1> is")  # fmt: skip
        _set_title(m, heading.value, heading)
    else:
        m.explain("title", "text", tv, text_title, "the tag's title is not shown on the page")


#: characters of a label before its value at most (``Title``, ``Titel der Arbeit``)
_LABEL_CHARS = 40
_LABELLED = re.compile(
    rf"^[ \t]*([^\t\n:：]{{1,{_LABEL_CHARS}}}?)[ \t]*(?:\t|[:：])[ \t]*(\S[^\n]*)$", re.M
)


def _labelled(m: _Merge, title: str) -> bool:
    """Whether the visible text prints ``title`` as a labelled value: after one of the
    locales' title labels on its line (``Title`` or ``Titel`` and a tab or a colon, a
    catalogue record's field), which outweighs a headline ``<h1>`` (a catalogue's
    ``<h1>`` often names the catalogue)."""
    labels = casefolded_terms("labels", m.rules, "title")
    want = key(title)
    for lv in _LABELLED.finditer(m.page.text[:MAX_SCAN]):
        if lv.group(1).strip().casefold() in labels and key(lv.group(2)).startswith(want):
            return True
    return False


def _product_tail(m: _Merge, heading: str, title: str) -> bool:
    """Whether ``heading`` is the text's ``title`` with a shop's product details after it (a
    binding word of the locales: ``Bone Silence Hardcover – 30 Jan. 2020``), which the
    text reader cut off: the headline is the product's, the title the text's."""
    hk, tk = key(heading), key(title)
    if not hk.startswith(tk + " "):
        return False
    rest = set(hk[len(tk) :].split())
    return any(w in rest for w in _binding_keys(m.rules))


@functools.cache
def _binding_keys(rules: tuple[LocaleRules, ...]) -> frozenset[str]:
    """The locales' one-word binding words (the product heading reader's, ``[words]
    book_bindings``), as keys."""
    return frozenset(k for w in _binding_words(rules) if " " not in (k := key(w)))


#: A title framed by the same short words before and after it, each behind a separator
#: (``Draft -- Title -- Draft``: a document tool's watermark written into its title tag).
_FRAMED = re.compile(
    r"^\s*(?P<w>[^\W\d_]{2,}(?: [^\W\d_]{2,}){0,2})\s+(?:--|[|·•—–-])\s+(?P<t>.+?)"
    r"\s+(?:--|[|·•—–-])\s+(?P=w)\s*$"
)


def _draft_marks(m: _Merge) -> frozenset[str]:
    """A draft's watermark words (the locales' ``[words] draft_marks``: ``Draft``,
    ``Entwurf``), case-folded."""
    return casefolded_terms("words", m.rules, "draft_marks")


def _without_frame(m: _Merge, tv: TagValue) -> TagValue:
    """The title tag without the words that frame its title on both sides (``Draft --
    Title -- Draft``), where the page shows the title but not the framed string (a
    watermark lives in the tag only; ``Vienna – Music, Coffee – Vienna`` printed as the
    heading is the title) or the frame is a draft's watermark word (the locales' ``[words]
    draft_marks``: the page prints the draft's heading with it) and the title is longer than the frame; the tag itself
    otherwise."""
    framed = _FRAMED.match(str(tv.value))
    if framed is None:
        return tv
    inner = framed.group("t")
    if len(inner.split()) <= len(framed.group("w").split()) or not m.page.shows(inner):
        return tv
    if m.page.shows(str(tv.value)) and framed.group("w").casefold() not in _draft_marks(m):
        return tv  # (the page prints the framed title itself: its own words, no watermark)
    m.diags.append(Diagnostic("title-frame", f"title: {_short(tv.value)} ({tv.tag.name}) is "
                              f"framed by {framed.group('w')!r} on both sides: read "
                              f"{_short(inner)}", tv.tag.span, Severity.INFO))  # fmt: skip
    return attrs.evolve(tv, value=inner)


def _without_age_mark(m: _Merge, tv: TagValue) -> TagValue:
    """The title tag without an age rating after its last word (``… 18+``: a shop's label
    by the title, ``comet.page.title_ends``), with a diagnostic; the tag itself otherwise."""
    book_tag = any(str(v.value).strip().lower() == "book" for v in m.by_field.get("web-type", []))
    if not (m.rec.isbns or m.rec.csl_type == "book" or book_tag):
        return tv  # (an age rating is a shop's label by a book's title)
    cut = _age_mark(str(tv.value), m.rules, closed_class(m.rules))
    if cut is None:
        return tv
    inner = str(tv.value)[:cut].rstrip()
    m.diags.append(Diagnostic("title-end", f"title: {_short(tv.value)} ({tv.tag.name}) ends "
                              f"with an age rating: read {_short(inner)}", tv.tag.span,
                              Severity.INFO))  # fmt: skip
    return attrs.evolve(tv, value=inner)


def _title_tag(m: _Merge) -> TagValue | None:
    """The strongest title tag that is not the site's or the publisher's name (a
    schema.org ``name`` of the site's own item)."""
    sites = _site_names(m)
    cands = sorted(m.by_field.get("title", []), key=lambda v: -v.weight)
    return next((v for v in cands if key(str(v.value)) not in sites), None)


def _heads(title: str) -> list[tuple[str, str]]:
    """The parts of a title before each of its separators, longest first, with the
    separator after each (``A | B | C`` → ``A | B``, ``A``)."""
    return [
        (title[: sep.start()], sep.group()) for sep in reversed(list(_SITE_SEP.finditer(title)))
    ]


def _appended(title: str, head: str) -> bool:
    """Whether ``title`` is ``head`` with a part appended after a separator
    (``Headline – Site``; a colon opens a subtitle, no appended part)."""
    k = key(head)
    return bool(k) and any(key(h) == k and ":" not in sep for h, sep in _heads(title))


def _shown_part(m: _Merge, tv: TagValue) -> str | None:
    """The part of a tag's title the page shows, without the site's name: where another
    title tag is one of its heads (``Title - Author - Site`` beside ``Title``), that
    head; else the longest head the page shows (``Title | Site``)."""
    heads = [h for h, _sep in _heads(tv.value)]
    others = {key(str(v.value)) for v in m.by_field.get("title", []) if v is not tv}
    for head in heads:
        if key(head) in others and m.page.shows(head):
            return head
    for head in heads:
        if m.page.shows(head):
            return head
    return None


def _without_site_lead(m: _Merge, tv: TagValue) -> str | None:
    """The rest of a tag's title that begins with the site's or the publisher's name
    (``Site - Title``; at least half of that name's words, so that a place in a publisher's
    name, ``Lyon : histoire …`` of ``Presses universitaires de Lyon``, is no site), where
    the page shows that rest (a diagnostic says so)."""
    title: str = tv.value
    seps = list(_SITE_SEP.finditer(title))
    sites = [set(name.split()) - {"www"} for name in _site_names(m)]
    for sep in seps:
        lead, rest = set(key(title[: sep.start()]).split()), title[sep.end() :]
        if (
            lead
            and any(lead <= site and 2 * len(lead) >= len(site) for site in sites)
            and len(key(rest).split()) >= len(lead)  # a title, longer than a site's name
            and m.page.shows(rest)
        ):
            m.diags.append(Diagnostic("title-site-name", f"title: {_short(title)} ({tv.tag.name}) "
                                      f"begins with the site's name: read {_short(rest)}",
                                      tv.tag.span, Severity.INFO))  # fmt: skip
            return rest
    return None


#: A series' name in brackets after a title (``Title (Series ; 12)``), its name and number
#: as groups.
_BRACKETED_SERIES = re.compile(r"^(?P<t>.+?)\s*\((?P<s>[^()]{3,}?)(?:\s*[;,]\s*\d+)?\)\s*$")
#: A series' number before a title (``Series -6- Title``, ``Series 6. Title``, ``Tome 6 :``).
_SERIES_NUMBER = re.compile(r"(?:^|\W)\d{1,4}(?:\W|$)")


def _series_around(m: _Merge, tag_title: str, text_title: str) -> bool:
    """Whether a tag's title is the text's title with its series around it, as shops and
    catalogues write a book's title in their title tags: the series' name in brackets
    after it, where the text reader read that name as the series (``Title (Series)``); or
    the series' name and number before it, where the page prints the text's title after a
    title label (``Series -6- Title`` beside ``Title: Title``)."""
    tk, xk = key(tag_title), key(text_title)
    if tk == xk or not xk:
        return False
    bracketed = _BRACKETED_SERIES.match(tag_title)
    series = m.changes.get("collection_title", m.rec.collection_title)
    if bracketed and key(bracketed.group("t")) == xk:
        return bool(series) and key(bracketed.group("s")) == key(str(series))
    if not tk.endswith(" " + xk):
        return False
    lead = tag_title[: max(len(tag_title) - len(text_title), 0)]
    return bool(_SERIES_NUMBER.search(lead)) and _labelled(m, text_title)
