"""Date tags written in a calendar other than the Gregorian.

Iranian journal platforms write ``citation_date`` in the Solar Hijri calendar, numbers
year first (``1389/10/01``), often beside a Gregorian ``citation_publication_date``
(``2010/12/22``).  Read as Gregorian, such a tag dates a web record to the fourteenth
century.  On a page whose tags give its language as one written where the calendar is
the civil one (Persian, Dari, Pashto) the day is converted; on any other page a day
before 1500 written year first is no Gregorian date of a record (a lunar Hijri day,
``1445/05/12``, on an Arabic page) and the tag is not used.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from comet.dates import PartialDate
from comet.dates._solar_hijri import to_gregorian
from comet.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from comet.html.tag_value import TagValue

#: The date fields a tag may fill.
_DATES = frozenset({"issued", "issued-online", "issued-cover", "issued-other"})
#: A day written year first whose year is no Gregorian year of a web record: the Solar
#: Hijri calendar's years (1300-1499 cover 1921-2121) and the lunar Hijri calendar's.
_EARLY_DAY = re.compile(r"^\s*(1[34]\d\d)[/.-](\d{1,2})[/.-](\d{1,2})\s*$")
#: The languages (primary subtags) of the countries whose civil calendar is the Solar Hijri.
_SOLAR_LANGUAGES = frozenset({"fa", "prs", "ps"})


def other_calendar(out: list[TagValue], diags: list[Diagnostic]) -> list[TagValue]:
    """``out`` with its year-first date tags of the fourteenth and fifteenth centuries
    read in the Solar Hijri calendar (a page in Persian, Dari or Pashto) or dropped."""
    early = [i for i, tv in enumerate(out) if tv.field in _DATES and _EARLY_DAY.match(tv.tag.value)]
    if not early:
        return out
    solar = any(
        tv.field == "language"
        and str(getattr(tv.value, "tag", tv.value)).split("-")[0].lower() in _SOLAR_LANGUAGES
        for tv in out
    )
    out = list(out)
    drop: set[int] = set()
    for i in early:
        tv = out[i]
        m = _EARLY_DAY.match(tv.tag.value)
        assert m is not None
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if solar:
            try:
                g = to_gregorian(year, month, day)
            except ValueError:
                g = None
            if g is not None:
                out[i] = attrs.evolve(tv, value=PartialDate(g[0], g[1], g[2], raw=tv.tag.value))
                diags.append(Diagnostic("solar-hijri", f"{tv.tag.name}={tv.tag.value!r} is a "
                                        f"Solar Hijri day: {g[0]}-{g[1]:02d}-{g[2]:02d}",
                                        tv.tag.span, Severity.INFO))  # fmt: skip
                continue
        drop.add(i)
        diags.append(Diagnostic("tag-rejected", f"{tv.tag.name}={tv.tag.value!r} is a day "
                                "of another calendar than the Gregorian: not used",
                                tv.tag.span, Severity.INFO))  # fmt: skip
    return [tv for i, tv in enumerate(out) if i not in drop]
