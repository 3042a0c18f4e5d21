"""The date of a record on an HTML page: the tags' dates reconciled with the text's.

:func:`_issued` chooses between the text reader's date and the tags' (online, issue,
other and cover dates, ranked by :data:`_DATE_RANK`): a date the page shows wins over one
it does not, a tag date refines the text's year or month when they agree, a day and month
swapped in the text yield to the tags. :func:`_online_first` lets a day of first
publication that the page prints after its label (``Published online ahead of print …``)
win over a later issue or sidebar date on scholarly pages. Both are steps of
:func:`comet.html.reconcile.reconcile`.
"""

from __future__ import annotations

import datetime
import functools

import attrs

from comet.dates import PartialDate
from comet.diagnostics import Diagnostic, Severity
from comet.html._date_order import order_ambiguous, other_order
from comet.html._merge import _Merge, _scholarly, _typed_work, dates_in
from comet.html.mapping import TagValue
from comet.locales import LocaleRules


def _compatible(a: PartialDate, b: PartialDate) -> bool:
    pa, pb = a.date_parts(), b.date_parts()
    n = min(len(pa), len(pb))
    return pa[:n] == pb[:n]


#: The order in which tag dates are preferred: the first publication (online or
#: unqualified) before other dates, a cover (issue) date last.
_DATE_RANK = {"issued-online": 0, "issued": 0, "issued-other": 1, "issued-cover": 2,
              "issued-page": 3}  # fmt: skip


def _at_precision(d: PartialDate, parts: int) -> PartialDate:
    p = d.date_parts()[:parts]
    return PartialDate(p[0], p[1] if len(p) > 1 else None, p[2] if len(p) > 2 else None)


def _swapped(tag: PartialDate, text: PartialDate) -> bool:
    """Whether ``text`` is ``tag`` with its day and month read the other way round
    (``10/11/2022`` read as 10 November for 11 October) and the tag's date is not itself
    a numeric date that reads either way (:func:`comet.html._date_order.order_ambiguous`:
    a tag's ``07/01/2014`` does not overrule a text's ``July 1, 2014``)."""
    a, b = tag.date_parts(), text.date_parts()
    return (
        len(a) == 3
        and len(b) == 3
        and a[0] == b[0]
        and a[1] == b[2]
        and a[2] == b[1] != a[1]
        and not order_ambiguous(tag)
    )


def _page_order(m: _Merge, v: TagValue) -> TagValue:
    """A tag's numeric date that reads either way (``07/01/2014``) in the order of the
    page's own written date of the same day and month (``July 1, 2014``): the other
    reading where the page prints it to the day and not the tag's first reading."""
    other = other_order(v.value)
    if other is None or m.page.date_shown(v.value) >= 3 or m.page.date_shown(other) < 3:
        return v
    return attrs.evolve(v, value=other)


def _a_day_apart(a: PartialDate, b: PartialDate) -> bool:
    """Whether two dates to the day are one day apart."""
    pa, pb = a.date_parts(), b.date_parts()
    if len(pa) < 3 or len(pb) < 3:
        return False
    try:
        return abs((datetime.date(*pa) - datetime.date(*pb)).days) == 1
    except ValueError:
        return False


def _year_as_day(m: _Merge, d: PartialDate) -> bool:
    """Whether a tag's day is 1 January that the page does not print: a year stored as a
    date (a template's default, ``2017-01-01T00:00:00Z``), no day of publication."""
    return tuple(d.date_parts()[1:]) == (1, 1) and m.page.date_shown(d) < 3


def _posted_later(m: _Merge, tag: PartialDate, text: PartialDate) -> bool:
    """Whether a tag's day that the page does not print is the day a paper's record was
    put on a site, later than the work's own date the page prints (``June 2019`` under
    the title of a record whose schema.org ``datePublished`` is ``2023-02-10``): on a work
    whose kind the page prints (:func:`comet.html._merge._typed_work`: a ``Type`` label's
    ``Journal article``), a text date earlier than the tag's stands."""
    return (
        _typed_work(m)
        and text.date_parts() < tag.date_parts()[: len(text.date_parts())]
        and m.page.date_shown(tag) < 3
    )


def _coarse_marked(v: TagValue) -> bool:
    """Whether ``v`` is a year or a month the markup marks as the date under the headline."""
    return v.tag.name == "byline:date" and len(v.value.date_parts()) < 3


def _marked_year_stands(m: _Merge, tvs: list[TagValue]) -> bool:
    """On a work whose kind the page prints (:func:`comet.html._merge._typed_work`), with
    no date read by the text reader: the year or month the markup marks as the date under
    the headline (``<span class="article-date">2022</span>``: a ``byline:date`` of a
    year or a month) stands where every other tag date is a later day the page does not
    print in full (the day the record was put on the site, :func:`_posted_later`); taken,
    with a ``reconciled`` diagnostic."""
    marked = next((v for v in tvs if _coarse_marked(v)), None)
    if marked is None or not _typed_work(m):
        return False
    others = [v for v in tvs if v is not marked]
    if not others or not all(
        len(v.value.date_parts()) == 3 and _posted_later(m, v.value, marked.value) for v in others
    ):
        return False
    m.explain("issued", "tag", marked, others[0].value, "the page marks its own date under "
              "the headline; the tag's later day, not printed, is the record's posting",
              tag_value=marked.value)  # fmt: skip
    m.take("issued", marked.value, marked)
    return True


#: The Unix epoch's day (1 January 1970): a template's null timestamp written as a date.
_EPOCH = [1970, 1, 1]


def _issued(m: _Merge) -> None:
    """A tag date the page prints in full beats the text's date; otherwise the text's
    date stands (a tag date is often an issue, cover or platform date) and a compatible
    tag date only refines it.  A tag date alone is kept at the precision the page
    prints it (a ``2022/09/01`` tag for a page that says ``September 2022``)."""
    tvs = [
        v
        for f in ("issued-online", "issued", "issued-other", "issued-cover", "issued-page")
        for v in m.best(f)
    ]
    epoch = [v for v in tvs if v.value.date_parts() == _EPOCH and m.page.date_shown(v.value) < 3]
    for v in epoch:  # a null timestamp written out: the Unix epoch the page does not print
        m.diags.append(Diagnostic("tag-rejected", f"{v.tag.name}={v.tag.value[:40]!r} is the "
                                  "Unix epoch, a null timestamp the page does not print: not "
                                  "used", v.tag.span, Severity.INFO))  # fmt: skip
    tvs = [_page_order(m, v) for v in tvs if v not in epoch]
    if not tvs:
        return
    text_date = m.rec.issued
    shown = [(v, m.page.date_shown(v.value)) for v in tvs]
    full = [v for v, n in shown if n >= len(v.value.date_parts()) and n >= 3]
    if text_date is None and _marked_year_stands(m, tvs):
        return
    # (a marked year or month serves that rule only: a post's tag day outweighs it)
    tvs = [v for v in tvs if not _coarse_marked(v)]
    if not tvs:
        return
    if text_date is None:
        pool = [(v, n) for v, n in shown if n > 0] or [(v, 3) for v in tvs]
        rank = min(_DATE_RANK[v.field] for v, _ in pool)
        tv, n = min(((v, n) for v, n in pool if _DATE_RANK[v.field] == rank),
                    key=lambda vn: (-min(vn[1], 3), vn[0].value.date_parts()))  # fmt: skip
        near = [v for v in full if _a_day_apart(v.value, tv.value)] if n < 3 else []
        if near:
            # the page prints, to the day, a date one day from the tag's: the same moment
            # in the page's own time zone (a UTC timestamp after its local midnight)
            m.explain("issued", "tag", near[0], tv.value, "the page prints the day of the "
                      "tag's moment in its own time zone")  # fmt: skip
            m.take("issued", near[0].value, near[0])
            return
        m.take("issued", _at_precision(tv.value, max(n, 1)), tv)
        return
    earliest = sorted((v for v in full if _DATE_RANK[v.field] == 0),
                      key=lambda v: v.value.date_parts())  # fmt: skip
    if (
        earliest
        and not _compatible(earliest[0].value, text_date)
        and (earliest[0].value.date_parts() < text_date.date_parts())
    ):
        m.explain("issued", "tag", earliest[0], text_date, "the page prints the tag's "
                  "earlier date of publication in full")  # fmt: skip
        m.take("issued", earliest[0].value, earliest[0])
        return
    same = [v for v in tvs if _compatible(v.value, text_date)]
    if same:
        tv = max(same, key=lambda v: len(v.value.date_parts()))
        n_text = len(text_date.date_parts())
        if len(tv.value.date_parts()) > n_text and tv in full:
            m.take("issued", tv.value, tv)
            return
        # the page prints a tag's date to a finer precision than the text's date ('March
        # 2015' for a text's 2015): that tag's date at the precision printed
        n, tv = max(((min(m.page.date_shown(v.value), len(v.value.date_parts())), v)
                     for v in same), key=lambda nv: nv[0])  # fmt: skip
        if n > n_text:
            refined = _at_precision(tv.value, n)
            m.explain("issued", "tag", tv, text_date, "the page prints the tag's date more "
                      "precisely than the text's", refined)  # fmt: skip
            m.take("issued", refined, tv)
        return
    swapped = [v for v in tvs if _swapped(v.value, text_date)]
    if swapped:
        m.explain("issued", "tag", swapped[0], text_date, "the text's date is the tag's with "
                  "day and month read the other way round (the tag's date is unambiguous)")  # fmt: skip
        m.take("issued", swapped[0].value, swapped[0])
        return
    days = sorted((v for v in tvs if len(v.value.date_parts()) == 3
                   and v.field != "issued-cover" and not _year_as_day(m, v.value)),
                  key=lambda v: _DATE_RANK[v.field])  # fmt: skip
    if (
        days
        and len(text_date.date_parts()) < 3
        and not _scholarly(m)
        and not _posted_later(m, days[0].value, text_date)
    ):
        m.explain("issued", "tag", days[0], text_date, "the text gives only a year or a "
                  "month (a copyright year, a heading), the tag the day of publication")  # fmt: skip
        m.take("issued", days[0].value, days[0])
        return
    ranked = sorted(full, key=lambda v: (_DATE_RANK[v.field], v.value.date_parts()))
    if ranked and _DATE_RANK[ranked[0].field] < 2:
        m.explain("issued", "tag", ranked[0], text_date, "the page prints the tag's date in full")
        m.take("issued", ranked[0].value, ranked[0])
        return
    if _other_issue(m) and text_date.year > max(v.value.year for v in tvs):
        # the text read its date from another, later issue's locator (a sidebar's current
        # issue); an earlier text date may be the work's first publication online
        shown_tvs = [(v, min(n, len(v.value.date_parts()))) for v, n in shown if n > 0]
        if shown_tvs:
            tv, n = min(shown_tvs, key=lambda vn: (-vn[1], _DATE_RANK[vn[0].field]))
            m.explain("issued", "tag", tv, text_date, "the text's date comes with another "
                      "volume than the tags' (another issue's locator)",
                      _at_precision(tv.value, n))  # fmt: skip
            m.take("issued", _at_precision(tv.value, n), tv)
            return
    m.explain(
        "issued",
        "text",
        tvs[0],
        text_date,
        "the page prints its own date of "
        "publication (the tag's date is an issue, platform or other date)",
    )


def _other_issue(m: _Merge) -> bool:
    """Whether the text reader's volume is not the tags' volume (a number each): the text
    read another issue's locator."""
    tv = m.first("volume")
    text_volume = m.rec.volume
    return (
        tv is not None
        and text_volume is not None
        and str(text_volume).isdigit()
        and str(tv.value).isdigit()
        and str(text_volume) != str(tv.value)
    )


#: Most characters between a date label and its date (``Published online ahead of print``).
_LABEL_GAP = 30
#: Most places a date label is looked at on one page.
_MAX_LABELS = 40


@functools.cache
def _online_labels(rules: tuple[LocaleRules, ...]) -> tuple[str, ...]:
    """The labels :func:`_online_dates` looks for, casefolded and sorted (a set's order
    would change with the hash seed), once per locale set."""
    labels = {t.casefold() for r in rules
              for k in ("published_online", "first_published", "published")
              for t in r.terms("labels", k) if len(t) > 4}  # fmt: skip
    return tuple(sorted(labels))


def _online_dates(m: _Merge) -> list[PartialDate]:
    """The days of publication the page prints after a label (the locales' ``[labels]
    published_online``, ``first_published`` and ``published`` terms of five letters or more,
    ``Published online ahead of print June 7, 2013``)."""
    folded = m.page.folded()  # (the dates read from it too: its offsets are its own)
    places: set[int] = set()
    # where the page holds each label's first letters: one search for the labels that
    # start alike, each label then looked for only there; a label whose first letter the
    # page lacks (another script's) is not looked for (a search of one character is the
    # fastest there is, and most labels' first letters are shared)
    heads: dict[str, list[int]] = {}
    initials: dict[str, bool] = {}
    for label in _online_labels(m.rules):
        head = label[:4]
        if head not in heads:
            initial = head[0]
            if initial not in initials:
                initials[initial] = initial in folded
            heads[head] = _places(folded, head) if initials[initial] else []
        last = 0  # (the label's places do not overlap: each is looked for after the last)
        for at in heads[head]:
            if len(places) >= _MAX_LABELS:
                break
            if at < last or not folded.startswith(label, at):
                continue
            end = last = at + len(label)
            # (a digit may stand before it: a label glued to a DOI link, '…04407Published')
            if (at == 0 or not folded[at - 1].isalpha()) and not folded[end : end + 1].isalnum():
                places.add(end)
    out = []
    for end in sorted(places):
        found = next(iter(dates_in(folded[end : end + _LABEL_GAP + 20])), None)
        if (
            found is not None
            and found.start <= _LABEL_GAP
            and isinstance(found.value, PartialDate)
            and len(found.value.date_parts()) == 3
        ):
            out.append(found.value)
    return out


def _places(text: str, head: str) -> list[int]:
    """Every place where ``head`` starts in ``text``, overlapping ones too."""
    out = []
    at = text.find(head)
    while at >= 0:
        out.append(at)
        at = text.find(head, at + 1)
    return out


def _online_first(m: _Merge) -> None:
    """On a page with scholarly tags, a day of publication the page prints after its label
    and earlier than the date chosen (or dating a chosen year or month more precisely), in
    the year of a tag's date, wins (the first publication over an issue or a sidebar's
    date: ``Published online ahead of print June 7, 2013`` in a page's foot beside
    ``November 2013 vol. 63``) — unless the chosen date is a day the tags and the page
    agree on, or is itself printed after such a label (the page's own date, the others a
    related item's)."""
    current = m.changes.get("issued", m.rec.issued)
    tvs = [v for f in ("issued-online", "issued", "issued-other", "issued-cover")
           for v in m.best(f)]  # fmt: skip
    if not tvs or not _scholarly(m):
        return
    if (
        current is not None
        and len(current.date_parts()) == 3
        and any(_compatible(v.value, current) for v in tvs)
        and m.page.date_shown(current) == 3
    ):
        return  # a day the tags and the page agree on
    dated = _online_dates(m)
    years = {v.value.year for v in tvs}
    if current is not None and any(_compatible(d, current) and len(current.date_parts()) == 3
                                   for d in dated):  # fmt: skip
        return
    cands = [d for d in dated if d.year in years and (
        current is None or d.date_parts() < current.date_parts()
        or (_compatible(d, current) and len(current.date_parts()) < 3))]  # fmt: skip
    if not cands:
        return
    first = min(cands, key=lambda d: d.date_parts())
    tv = min(tvs, key=lambda v: abs(v.value.year - first.year))
    m.explain("issued", "text", tv, first, "the page prints an earlier date of online "
              "publication after its label than the date chosen"
              + (f" ({current})" if current is not None else ""))  # fmt: skip
    m.take("issued", first, tv)
