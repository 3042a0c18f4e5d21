"""The work's own address where the page prints it: a link after a URL label of the locales
(``[labels].url``: ``Permalink``, ``Link permanente``, ``URL``, ``Trvalý odkaz``) or the
link of the page's own citation of the work (a BibTeX ``url``, a suggested citation's
``URL : …``, ``Disponível em: <…>``, ``Retrieved from …``).

A link with no path (``https://journal.example.org``) is a site's address, never a work's;
a label's value that is no single link (``Click here to access online``) is none.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from comet.page.citations import _cite_values
from comet.page.evidence import W_LABEL, Cand, _Page

#: one web link, the whole value (no space inside it)
_LINK = re.compile(r"https?://[^\s<>\"]+")
#: what may close a link in running text and is no part of it
_CLOSERS = ".,;:)>]»"


def _work_link(text: str) -> str | None:
    """``text`` as one web link with a path past its host, or ``None``."""
    value = text.strip().strip("<>").rstrip(_CLOSERS)
    if _LINK.fullmatch(value) is None:
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None  # ('http://[x': no address)
    if not parts.hostname or "." not in parts.hostname:
        return None
    if not parts.path.strip("/") and not parts.query:
        return None  # the site's home, no work's address
    return value


def own_url(page: _Page) -> Cand | None:
    """The work's address: the best of the links labelled as its URL (label evidence) and
    the links of the page's own citations of it (their weight), or ``None``."""
    cands = []
    for lv in page.layout.values("url"):
        link = _work_link(lv.value)
        if link is not None and page.weight(lv.value_start) >= 1:
            # (a link in the reference list or a related works' box is another work's)
            span = (lv.value_start, lv.value_end)
            cands.append(Cand(link, W_LABEL, span, "URL label"))
    for c in _cite_values(page, "URL"):
        link = _work_link(str(c.value))
        if link is not None:
            cands.append(Cand(link, c.score, c.span, c.evidence))
    return page.choose("urls", cands)
