"""The work's own address where the page prints it: a link after a URL label of the locales
(``[labels].url``: ``Permalink``, ``Link permanente``, ``URL``, ``Trvalý odkaz``) or the
link of the page's own citation of the work (a BibTeX ``url``, a suggested citation's
``URL : …``, ``Disponível em: <…>``, ``Retrieved from …``), or else a link printed alone on its line in
the page's own text (a repository's or an archive's stable link under the record:
``https://archive.example.org/stable/4711``).

A link with no path (``https://journal.example.org``) is a site's address, never a work's;
a label's value that is no single link (``Click here to access online``) is none.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from comet.identifiers import find_identifiers
from comet.page.citations import _cite_values
from comet.page.evidence import _URL, W_LABEL, W_POS, Cand, _Page
from comet.page.lines import Line

__all__ = ["own_url"]

#: what may close a link in running text and is no part of it
_CLOSERS = ".,;:)>]»"


def _work_link(text: str) -> str | None:
    """``text`` as one web link with a path past its host, or ``None``."""
    value = text.strip().strip("<>").rstrip(_CLOSERS)
    if _URL.fullmatch(value) is None:  # (one web link, the whole value: no space in it)
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


#: the end of a link cut short for display (``https://example.org/books/show/7...``)
_CUT = ("...", "\u2026")
#: what closes a line that introduces the line after it (``PDF:``, ``Siehe:``, ``链接：``)
_INTRODUCERS = (":", "\uff1a")


def _names_an_identifier(link: str) -> bool:
    """The link's path is one identifier (a DOI's or an ORCID's resolver link), which the
    page's identifier fields hold, not its URL."""
    path = urlsplit(link).path.strip("/")
    return any(m.start == 0 and m.end == len(path) for m in find_identifiers(path))


def _lone_link(line: Line, before: Line | None) -> str | None:
    """The work link that is all of ``line`` (no text around it, no sentence's closing
    mark after it, not cut short), unless the line before introduces it as some other
    resource (``PDF:``, ``Data URL:``) or it is an identifier's resolver link."""
    text = line.text.strip().removeprefix("<").removesuffix(">")
    if not text or text[-1] in _CLOSERS or text.endswith(_CUT) or " " in text:
        return None
    if before is not None and before.text.rstrip().endswith(_INTRODUCERS):
        return None
    link = _work_link(text)
    if link is None or _names_an_identifier(link):
        return None
    return link


def _lone_links(page: _Page) -> list[Cand]:
    """Links alone on their lines of the page's own text (position evidence), when they
    are one link (two distinct ones are several resources: no work's own is told)."""
    lines = page.layout.lines
    other_values = {
        lv.line + 1
        for lv in page.layout.labels
        if lv.key != "url" and lv.layout in ("next-line", "next-lines")
    }
    found: list[Cand] = []
    for i, line in enumerate(lines):
        if "://" not in line.text or line.zone != "main" or line.index in other_values:
            continue
        link = _lone_link(line, lines[i - 1] if i else None)
        if link is not None:
            found.append(Cand(link, W_POS, (line.start, line.end), "link alone on its line"))
    return found if len({c.value for c in found}) == 1 else []


def own_url(page: _Page) -> Cand | None:
    """The work's address: the best of the links labelled as its URL (label evidence), the
    links of the page's own citations of it (their weight) and a link alone on its line
    (position evidence), or ``None``."""
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
    cands.extend(_lone_links(page))
    return page.choose("urls", cands)
