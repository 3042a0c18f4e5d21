"""The body after the authors and the year: picks the style that reads it (quoted title, chapter, compact, comma, period)."""

from __future__ import annotations

import re

from comet.references._author_year import _late_year
from comet.references._fields import _DIGIT, _YEAR_RE, Fields, _strip, _tidy
from comet.references._imprint import _place_publisher, _take_imprint
from comet.references._kinds import _quoted_title
from comet.references._lexicon import Lexicon
from comet.references._locator import _read_locator
from comet.references._sentences import _sentence_cuts
from comet.references._types import _notes_and_types
from comet.references.styles.chapter import _after_title, _container_region, _find_in_marker
from comet.references.styles.comma import _comma_rest, _cut_comma_title
from comet.references.styles.compact import _compact
from comet.references.styles.period import _period_body
from comet.vocab import parse_publication_type

#: the double slash between a title and its container (GOST 7.1, ISBD: ``Title // Journal``)
_GOST_SLASHES = re.compile(r"\s//\s")
#: the spaced dash between the elements after it (``Journal. – 2020. – Т. 10``)
_GOST_DASH = re.compile(r"\.?\s+[–—-]\s+(?=\S)")
#: a statement of responsibility after the container (``Сборник / под ред. А. Б. Иванова``)
_GOST_RESPONSIBILITY = re.compile(r"\s/\s")
#: an element that is a locator's, never an imprint (``Т. 10``, ``С. 5-10``, ``2020``)
_LOCATOR_ELEMENT = re.compile(r"(?:\w{1,5}\.?\s*)?\d")
#: the year closing a book's imprint element (``М.: Наука, 2010``)
_IMPRINT_YEAR = re.compile(rf",\s*({_YEAR_RE})\.?\s*$")
#: the number sign before an issue number (``№ 3``)
_NUMBER_SIGN = re.compile(r"№\s*")
_TRAIL_PAREN = re.compile(r"\s*[(\[]([^()\[\]]{2,120})[)\]]\s*\Z")
#: the types a bracketed description after a title may give (APA: ``Title [Data set]``,
#: ``[Computer software]``), and its words at most
DESCRIBED_TYPES = frozenset({"dataset", "software"})
DESCRIPTION_WORDS = 3
#: a bracketed description of a thesis and its university after the title, perhaps with
#: the archive after it (APA: ``[Master's thesis, Lakeside University]. Fen Repository``)
_THESIS_BRACKET = re.compile(
    r"\s*\[(?P<inner>[^\[\],]{3,60},[^\[\]]{3,120})\](?:\s*\.\s*(?P<after>[^\[\]]{2,120}))?\s*\Z"
)


def _thesis_description(f: Fields, lex: Lexicon) -> None:
    """A bracketed description after the title naming a thesis and its university, then
    the archive holding it (APA: ``Title [Doctoral dissertation, Lakeside University].
    ProQuest Dissertations and Theses Global``): the title ends at the bracket, the
    university is the publisher, the archive a note."""
    m = _THESIS_BRACKET.search(f.title or "")
    if m is None or m.start() < 3:
        return
    th = lex.thesis.search(m.group("inner"))
    grantor = m.group("inner")[th.end() :].strip(" ,") if th is not None else ""
    if th is None or not grantor or _DIGIT.search(grantor):
        return
    f.title = f.title[: m.start()].rstrip(" ,.;:") if f.title else f.title
    f.type = "thesis"
    f.notes.append(th.group())
    if f.publisher and f.publisher != grantor:
        f.notes.append(f.publisher)  # (the archive or database the thesis is held in)
    f.publisher = grantor
    archive = _strip(m.group("after") or "")
    if archive:
        f.notes.append(archive)


def _title_tail(f: Fields, lex: Lexicon) -> None:
    """A parenthesis closing the title with a place, publisher, edition or note goes out.

    ``(Cambridge: Cambridge University Press, 1984)``, ``(4th rev. edn; 1st edn, 1907)``,
    ``(Schriftenreihe … 27)``: a digit, a colon or a semicolon marks it as not title text.
    """
    if not f.title:
        return
    _thesis_description(f, lex)
    m = _TRAIL_PAREN.search(f.title)
    if not m or m.start() < 3:
        return
    inner = m.group(1)
    if re.fullmatch(rf"\s*{_YEAR_RE}\s*[-–]\s*{_YEAR_RE}\s*", inner):
        return  # "… à Québec (1965-2003)": part of the title
    if f.title[m.start() :].lstrip().startswith("[") and len(inner.split()) <= DESCRIPTION_WORDS:
        described = parse_publication_type(inner, strict=False).value
        if described is not None and described.csl_type in DESCRIBED_TYPES:
            f.title = f.title[: m.start()].rstrip(" ,.;:")  # APA: 'Title [Data set]'
            f.type = described.csl_type
            return
    if lex.thesis.search(inner) or lex.report.search(inner):
        f.title = f.title[: m.start()].rstrip(" ,.;:")
        _notes_and_types(inner, f, lex)
        if lex.report.search(inner) and f.type is None:
            f.type = "report"
        return
    if not (
        _DIGIT.search(inner)
        or ":" in inner
        or ";" in inner
        or inner.rstrip().endswith(",")
        or lex.publisher_words.search(inner)
    ):
        return
    f.title = f.title[: m.start()].rstrip(" ,.;:")
    if lex.edition.search(inner) and len(inner) < 40:
        f.edition = f.edition or inner.strip()
        return
    if f.publisher is None and _place_publisher(re.sub(r"^[^;]*;\s*", "", inner), f, lex):
        return
    parts = [p for p in (_strip(x) for x in inner.split(",")) if p and not _DIGIT.search(p)]
    if f.publisher is None and ":" not in inner and 2 <= len(parts) <= 4:
        f.publisher, f.place = parts[0], ", ".join(parts[1:])  # "(Wiley, Hoboken, NJ, 2010)"
        return
    f.notes.append(inner.strip())


def _gost_container(rest: str, f: Fields, lex: Lexicon) -> None:
    """What follows a GOST/ISBD double slash, element by element between spaced dashes:
    the container first, whole (``Вопросы чтения: история и практика``,
    ``Вестник университета. Серия: Филология``; a statement of responsibility after ``/``
    goes), then a book's ``Place: Publisher, Year`` and the locator elements (``2020``,
    ``Т. 10, № 3``, ``С. 257-270``; the number sign reads as an issue word)."""
    elements = [e for e in (_strip(x) for x in _GOST_DASH.split(rest)) if e]
    if not elements:
        return
    if len(elements) == 1:  # 'Вестник науки. 2019. Т. 5, № 2. С. 10-20': no dashes, periods
        _after_title(_NUMBER_SIGN.sub("No. ", rest), f, lex, prefer_container=True)
        return
    head = _GOST_RESPONSIBILITY.split(elements[0], maxsplit=1)[0]
    f.container = _strip(head)
    loc: list[str] = []
    for element in elements[1:]:
        year = _IMPRINT_YEAR.search(element)
        imprint = element[: year.start()] if year is not None else element
        if (
            f.publisher is None
            and not _LOCATOR_ELEMENT.match(element)
            and _place_publisher(imprint, f, lex)
        ):  # 'М.: Наука, 2010': a book's imprint, and its year
            if year is not None and f.year is None:
                f.year = int(year.group(1))
            continue
        loc.append(_NUMBER_SIGN.sub("No. ", element))
    if loc:
        left = _read_locator(", ".join(loc), f, lex)
        if f.year is None and (y := re.search(_YEAR_RE, left)) is not None:
            f.year = int(y.group())
    if f.publisher is not None and f.type is None:
        f.type = "chapter"  # a part of a book: its container is the book


def _body(body: str, f: Fields, lex: Lexicon, *, comma_style: bool) -> None:
    body = _tidy(body)
    if f.year is None:
        body = _tidy(_late_year(body, f))
    if not body:
        return
    body = _take_imprint(body, f, lex)
    if not body:
        return
    q = _quoted_title(body)
    if q is not None:
        f.title, rest = q
        rest = rest.lstrip(" .,:;")
        m = _find_in_marker(" " + rest, lex)
        if m is not None and m.start() <= 1:
            rest = (" " + rest)[m.end() :]
            _container_region(rest, f, lex, chapter=True)
        elif m is not None:
            # "Title". Subtitle sentence. In: Book …
            sub = _strip(rest[: m.start() - 1])
            if sub:
                f.title = f"{f.title}. {sub}"
            _container_region(rest[m.end() - 1 :], f, lex, chapter=True)
        else:
            _after_title(rest, f, lex, prefer_container=True)
        return
    gost = _GOST_SLASHES.search(body)
    if (
        gost is not None
        and gost.start() > 0
        and (_GOST_DASH.search(body, gost.end()) or "№" in body[gost.end() :])
    ):  # (a slash pair alone may be the title's: 'Input // output patterns in C')
        # 'Title // Journal. – 2020. – Т. 10, № 3. – С. 257-270' (GOST 7.1, ISBD): the
        # container after the double slash, its elements after spaced dashes
        f.title = _strip(body[: gost.start()])
        _gost_container(body[gost.end() :], f, lex)
        _title_tail(f, lex)
        return
    m = _find_in_marker(body, lex)
    if m is not None and m.start() > 0:
        f.title = _strip(body[: m.start()])
        _container_region(body[m.end() :], f, lex, chapter=True)
        return
    if _compact(body, f, lex, comma_style=comma_style):
        return
    if comma_style:
        title, rest = _cut_comma_title(body)
        cuts = _sentence_cuts(body, lex)
        if rest and cuts and cuts[0][0] < len(title):
            rest = ""  # a sentence ends before the first comma: read it as periods
        if rest:
            f.title = _strip(title)
            _comma_rest(rest, f, lex)
            _title_tail(f, lex)
            return
    _period_body(body, f, lex)
    _title_tail(f, lex)
