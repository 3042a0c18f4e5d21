"""Segment one reference string into raw field strings (the engine behind :func:`comet.parse_reference`).

The segmentation is rule-based and linear: identifiers and access notes are lifted out
first (:mod:`._clean`), then the author block is scanned (:mod:`._authors`) and the year
found (:mod:`._author_year`), and the body is cut into title, container, locator and
publisher by the style that reads it (:mod:`._body`, :mod:`.styles`).
"""

from __future__ import annotations

import re

from comet.locales import LocaleRules
from comet.references._author_year import _authors_and_year, _status_at
from comet.references._body import _body
from comet.references._clean import _clean, _take_accessed, _take_doi, _take_ids, _take_urls
from comet.references._fields import Fields, _strip, _tidy
from comet.references._gbt import gbt_journal
from comet.references._kinds import _has_journal_word, _publisherish
from comet.references._lexicon import Lexicon
from comet.references._sentences import _is_abbrev
from comet.references._types import _guess_type

_GLUED_SENTENCE = re.compile(r"(?<=[a-zß-ÿ]{3})\.(?=[A-Z][a-zß-ÿ]{2})")
_DASH_SEP = re.compile(r"\.?\s+-(?=[A-Z][a-zß-ÿ])")
_GLUED_NUMBER = re.compile(r"(?<=[a-zß-ÿ]{4})(?=\d)")


def segment(text: str, locales: tuple[LocaleRules, ...], lex: Lexicon) -> Fields:
    """Cut ``text`` into raw field strings (no field parsing yet)."""
    f = Fields(text=text)
    s = _clean(text, f, lex)
    s = _take_doi(s, f)
    s = _take_urls(s, f, lex)
    s = _take_accessed(s, f, lex)
    s = _take_ids(s, f)
    if "[" in s or "(" in s:
        mm = lex.medium.search(s)
        if mm:
            f.notes.append(mm.group().strip(" []()"))
            f.diag("moved-to-note", f"moved {mm.group().strip()!r} to the note", mm.span())
            s = s[: mm.start()] + s[mm.end() :]
    s = _GLUED_SENTENCE.sub(". ", s)  # "de Roever.Formalising" (URLs and DOIs are gone)
    s = _GLUED_NUMBER.sub(" ", s)  # "Engineering Mechanics25, 183" -> "Mechanics 25, 183"
    if " -" in s:
        s = _DASH_SEP.sub(". ", s)  # "Social Order -London: Routledge", "AUDOUIN. -Zool. Jb."
    s = _tidy(s)
    gbt = gbt_journal(s)  # '黄国文. 什么是…[J]. 学报, 2023, 39(1): 73-89.' (GB/T 7714)
    if gbt is not None:
        s, f.type = gbt, "article-journal"
    body = _authors_and_year(s, f, lex)
    comma_style = False
    if f.authors is not None:
        after = s[len(f.authors) :].lstrip()
        if f.year is None and after.startswith(","):
            comma_style = True
        if f.year is not None and body.lstrip().startswith(","):
            comma_style = True
    body = body.lstrip(" .,:;)]")
    st = _status_at(body, 0, f, lex)
    if st is not None:
        body = body[st:]
    _body(body, f, lex, comma_style=comma_style)
    _container_or_publisher(f, lex)
    if f.type is None:
        f.type = _guess_type(f, lex)
    _finish(f, lex)
    return f


def _container_or_publisher(f: Fields, lex: Lexicon) -> None:
    """A "container" with no locator that names a publisher or an institution
    (``Imperial College Press``, ``Queen Mary University of London``) is the publisher."""
    c = f.container
    if (
        c is None
        or f.publisher is not None
        or f.volume
        or f.issue
        or f.pages
        or f.editors
        or f.status is not None
        or len(c.split()) > 8
        or not _publisherish(c, lex)
        or _has_journal_word(c, lex)
        or lex.proceedings.search(c)
    ):
        return
    f.publisher, f.container = _strip(c), None
    f.diag("container-is-publisher", f"read {c!r} as the publisher, not a container", None)


def _finish(f: Fields, lex: Lexicon) -> None:
    """Final periods: kept after an abbreviation (``Nano Lett.``, ``Commun. ACM``), dropped
    after a word (``… in Britain.``).  A series letter glued to the volume (``D47``) goes
    back to the journal (``Phys. Rev. D``); a place in brackets after it goes out."""
    if f.container and f.series and not f.container.rstrip(" .").endswith(f" {f.series}"):
        f.container = f"{f.container.rstrip()} {f.series}"
    for name in ("title", "container", "publisher", "place", "edition", "volume", "issue"):
        value = getattr(f, name)
        if value is None:
            continue
        v = value.strip(" ,;:/-–—")
        if v.endswith(".") and not v.endswith(".."):
            last = v.rsplit(" ", 1)[-1]
            keep = (
                name == "container"
                and _is_abbrev(last, lex)
                and (len(last) <= 9 or "." in last[:-1])
            )
            if not keep:
                v = v[:-1].rstrip(" ,;:")
        setattr(f, name, v or None)
