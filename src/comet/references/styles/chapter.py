"""The chapter style: ``Title. In: Editors (eds.), Book, pages. Place: Publisher`` (``In:``, ``Dans``, editor markers)."""

from __future__ import annotations

import re

from comet.references._authors import scan
from comet.references._fields import _DIGIT, _WORDS, Fields, _strip
from comet.references._imprint import _place_publisher
from comet.references._kinds import _kind_of, _publisherish, _quoted_title
from comet.references._lexicon import Lexicon
from comet.references._locator import _leftover, _read_locator
from comet.references._sentences import _split_sentences
from comet.references._types import _notes_and_types

_LEAD_PAGES = re.compile(r"\s*(\d{1,6}\s*[-–—]{1,2}\s*\d{1,6})\s*[.,;]?")
_INITIAL = re.compile(r"(?:^|\s)[A-ZÀ-Þ]\.")
_PAREN_EDITION = re.compile(r"\s*\(\s*(\d{1,2}\s*\w{0,3}\.?\s+[^()]{1,20}?)\s*,?\s*\)?\s*\Z")


def _find_in_marker(body: str, lex: Lexicon) -> re.Match[str] | None:
    """``In:``, ``In``, ``Dans``, ``I:`` before a container (not ``in`` inside a title)."""
    if not lex.in_words.intersection(_WORDS.findall(body.casefold())):
        return None
    for m in lex.in_marker.finditer(body):
        marker = m.group().strip()
        word = marker.rstrip(":")
        colon = marker.endswith(":")
        if len(word) == 1 and not colon:
            continue
        start = m.start()
        before = body[:start].rstrip()
        nxt = body[m.end() : m.end() + 1]
        if not nxt:
            continue
        if not colon and not (
            nxt.isupper() or nxt.isdigit() or nxt in "\"“„«‘'" or not nxt.isalpha()
        ):
            continue
        if before and not before.endswith(
            (".", ",", "”", '"', "’", "»", ")", "?", "!", ":", ";", "'")
        ):
            continue
        if word[:1].islower() and before.endswith((".", "?", "!")) and not colon:
            continue
        return m
    return None


def _split_editors(region: str, f: Fields, lex: Lexicon) -> str:
    """In a container region after ``In:``, take the editors; return the rest."""
    # editors first: "G. Becker & F. Winter (Hrsg.), Book" / "Smith J, editor. Book"
    for m in lex.editors.finditer(region, 0, 260):
        start = m.start()
        before = region[:start].rstrip(" ,(")
        if not before or len(before) > 220:
            continue
        if start > 0 and region[start - 1].isalnum():
            continue
        end = m.end()
        if end < len(region) and region[end] in ")]":
            end += 1
        if end < len(region) and region[end].isalnum() and region[end - 1] not in ".)":
            continue
        nxt = region[end:].lstrip(" ")
        if (
            region[start] != "("
            and region[end - 1] != ")"
            and nxt[:1] not in (",", ":", ".", ")", ";")
        ):
            continue  # "edited by Stephen Macedo": names follow the marker (see _editors_after)
        sc = scan(before, lex)
        if sc.names == 0 and len(before.split()) > 6:
            continue
        if _quoted_title(before) is not None:
            continue
        if sc.names and sc.end < len(before) - 2 and len(before.split()) > 8:
            continue
        f.editors = before
        return region[end:].lstrip(" .,:;")
    return region


def _editors_after(container: str, f: Fields, lex: Lexicon) -> str:
    """``Book, edited by X and Y`` / ``Book. Ed. X.`` / ``Book (Eds M X, H Y)`` /
    ``Book, P. Gabert ; J. Vaudour (dir.), Publisher``."""
    for m in lex.editors.finditer(container):
        start = m.start()
        if container[start : start + 1] == "(" and start > 0:
            # postfix marker: the names stand between the previous comma and the marker
            comma = container.rfind(", ", 0, start)
            names = container[comma + 2 : start].strip() if comma > 0 else ""
            end = m.end()
            if names and comma > 3 and len(names) < 120 and scan(names, lex).names:
                if container[end : end + 1] == ")":
                    end += 1
                f.editors = f.editors or names
                rest = container[end:].lstrip(" ,.;:")
                return container[:comma] + (". " + rest if rest else "")
        start = m.start()
        if start == 0 or container[start - 1].isalnum():
            continue
        pre = container[:start].rstrip()
        if not pre.endswith((",", ".", "(")):
            continue
        after = container[m.end() :]
        if not after[:1].isspace():
            continue
        names = after.lstrip()
        sc = scan(names, lex)
        if sc.names == 0:
            continue
        f.editors = f.editors or _strip(names[: sc.end])
        rest = names[sc.end :].lstrip(" ),")
        pm = _LEAD_PAGES.match(rest)
        if pm and f.pages is None:
            # "edited by Stephen Macedo, 211–39. New York: …"
            f.pages = pm.group(1)
            rest = rest[pm.end() :]
        return _strip(pre.rstrip("(")) + (". " + rest if rest.strip(" .,") else "")
    return container


def _container_region(region: str, f: Fields, lex: Lexicon, *, chapter: bool) -> None:
    before_split = region
    region = _split_editors(region, f, lex)
    if region is before_split and f.editors is None:
        # "In: G. Ferréol et al., Histoire de …", "Dans C. Garnier, & M.-L. Rouquette, Repr…"
        sc = scan(region, lex)
        head = region[: sc.end]
        if (
            sc.names
            and sc.stop == "sep"
            and _INITIAL.search(head)
            and region[sc.end : sc.end + 1] == ","
        ):
            f.editors = head
            region = region[sc.end :].lstrip(" ,")
    region = _editors_after(region, f, lex)
    q = _quoted_title(region)
    if q is not None:
        region = q[0] + ". " + q[1]
    before = _read_locator(region, f, lex)
    sentences = _split_sentences(before, lex)
    if not sentences:
        return
    container = [sentences[0]]
    rest = sentences[1:]
    for n, extra in enumerate(rest):
        kind = _kind_of(extra, lex)
        if kind == "pub":
            if not _place_publisher(extra, f, lex):
                _leftover(extra, f, lex)
            for more in rest[n + 1 :]:
                _leftover(more, f, lex)
            break
        if kind == "edition":
            f.edition = f.edition or _strip(extra)
            continue
        if kind in ("note", "year", "editors") or (kind == "place" and n == len(rest) - 1):
            _leftover(extra, f, lex)
            continue
        if _DIGIT.search(extra) and len(extra.split()) < 5:
            _leftover(extra, f, lex)
            continue
        container.append(extra)
    text = ". ".join(container)
    # ", Place: Publisher 2007" or ", Place, 1969" glued to the container by commas
    parts = [p for p in re.split(r",\s+", text)]
    while len(parts) > 1:
        last = _strip(parts[-1])
        if _place_publisher(last, f, lex):
            parts.pop()
            continue
        if last.casefold().rstrip(".") in lex.month_words:
            parts.pop()  # "…, Jun. 2016, pp. 770–778": the month of the date
            continue
        if re.fullmatch(r"(?:[^\W\d_][\w'’.-]*(?:[ /-][^\W\d_][\w'’.-]*)?)", last) and (
            last[:1].isupper() and len(parts) > 1 and chapter
        ):
            if _publisherish(last, lex):
                if f.publisher is not None:
                    break
                f.publisher = last
            else:
                f.place = f"{last}, {f.place}" if f.place else last
            parts.pop()
            continue
        break
    text = _strip(", ".join(parts))
    em = _PAREN_EDITION.search(text)
    if em and lex.edition.search(em.group(1)):
        f.edition = f.edition or em.group(1).strip(" ,")
        text = _strip(text[: em.start()])
    f.container = text or None
    if f.container:
        f.container = _notes_and_types(f.container, f, lex).strip(" ,.;:") or None


def _after_title(rest: str, f: Fields, lex: Lexicon, *, prefer_container: bool) -> None:
    rest = _strip(rest)
    if not rest:
        return
    rest = _editors_after(rest, f, lex)
    before = _read_locator(rest, f, lex)
    has_loc = bool(f.volume or f.issue or f.pages)
    sentences = _split_sentences(before, lex)
    if not sentences:
        return
    first = sentences[0]
    if has_loc or prefer_container:
        if _place_publisher(first, f, lex):
            pass
        else:
            f.container = _strip(first)
        for extra in sentences[1:]:
            _leftover(extra, f, lex)
        return
    for s in sentences:
        _leftover(s, f, lex)
