"""A breadcrumb trail that ends with the work's title cut short: the title line it opens.

Journal platforms end a breadcrumb trail with the article's title cut at a width and closed
by an ellipsis (``Home › Issues › 7 › Field notes › Between two towns: a s...``, or the steps
glued together where the separators were lost). The line of the page whose text opens with
the trail's cut tail is the page's own title, whatever section headings stand around it. A
step of :mod:`comet.page.headings`.
"""

from __future__ import annotations

import re

from comet.page.evidence import _Page
from comet.page.layout import Line

#: the marks a cut step closes with
_CUT = re.compile(r"(?:\.{3}|…)\s*$")
#: characters of the cut tail the title line must open with at least
CUT_TAIL_CHARS = 12
#: lines above the title searched for the trail (a platform puts a section's headings
#: between them)
CUT_LOOK_LINES = 6


def opened_by_cut_crumb(line: Line, page: _Page) -> bool:
    """A breadcrumb trail at most :data:`CUT_LOOK_LINES` lines above ends with this line's
    first :data:`CUT_TAIL_CHARS` characters or more, then an ellipsis: the trail's last
    step is this title, cut (``…Carnets de terrainBetween two towns: a s...`` over
    ``Between two towns: a study of …``). A line that is itself cut (the trail) is none."""
    text = line.text.strip()
    if len(text) < CUT_TAIL_CHARS or _CUT.search(text):
        return False
    start = text[:CUT_TAIL_CHARS]
    for k in range(max(0, line.index - CUT_LOOK_LINES), line.index):
        above = page.layout.lines[k].text.strip()
        m = _CUT.search(above)
        if m is None:
            continue
        trail = above[: m.start()].rstrip()
        at = trail.rfind(start)
        if at > 0 and text.startswith(trail[at:]):
            return True
    return False
