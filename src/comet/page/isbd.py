"""A catalogue's ISBD description line: the areas of a record joined by `` - ``, as a
catalogue's ISBD view and its ISBD export print them (``Title / statement - Edition -
Place : Publisher, Year - Extent``), with the main entry's heading on the line before
(``Family, Given``).

:func:`isbd_description` reads such a line into a CSL item that the page reader takes as a
citation of the page's own work (:func:`comet.page.citations._read_citations`). The line
is one only when, after its title area and any edition areas, it has an imprint area that
reads as one (``Place : Publisher`` and/or a closing year) and either an extent area after
it (``432 p.``, ``xii, 308p. 24cm``, a bare page count closing the line) or ISBD's colon,
a space before it, between place and publisher: a ``Headline - Site 2019`` line has
neither, and a label's colon (``Photo: A. Name``, ``Monday – Friday: 9–17``) is no ISBD
colon.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN
from comet.identifiers import Issn, issn
from comet.locators.words import numbering_terms
from comet.page import isbd_parts as _parts
from comet.page.age_ratings import isbd_rating
from comet.page.body_words import _publisher_words
from comet.page.chrome import _ordinals
from comet.page.evidence import _YEAR, W_BLOCK, _lenient, _Page
from comet.page.extent import _DIMENSIONS, _extent_pages, _extent_words, bare_count
from comet.page.imprint import _imprint, _unknown, _unknown_words
from comet.page.isbd_numbering import title_numbering
from comet.page.layout import _by_words
from comet.page.name_plausible import known_given
from comet.page.places import city_prefix, printed_city
from comet.page.series import series_parts

__all__ = ["EVIDENCE", "W_ISBD", "analytic_description", "isbd_description"]

#: the reason a description line's values carry (shared with the readers of its citation)
EVIDENCE = "an ISBD description line"
#: non-blank lines of a page at most for the page to be a record's ISBD view or export alone
SHORT_PAGE_LINES = 3
#: lines of a record's page whose only component-part description opens with its heading
RECORD_PAGE_LINES = 6
#: characters of any other line of such a page at most (the catalogue's name, links: no prose)
RECORD_CHROME_CHARS = 80

#: the evidence of a description line: the catalogue's own description of the record in
#: the standard's order, nearly as strong as an RIS or BibTeX block
W_ISBD = W_BLOCK - 0.1

#: the separator of ISBD areas as catalogues print it: `` - `` (``. - `` with the area's
#: closing full stop), a dash between spaces, or AACR2's two hyphens (``. -- ``)
_AREA = re.compile(r"\.?\s+(?:--|[-–—])\s+")
#: a line holds an :data:`_AREA` separator exactly where it holds this one (searched faster:
#: it opens with a class the engine scans for)
_HAS_AREA = re.compile(r"\s(?:--|[-–—])\s")
#: areas of a description line at most (title, edition, imprint, extent, series, notes)
MAX_AREAS = 6
#: characters of a description line at most
MAX_LINE = 600
#: a colon between a place and a publisher, spaced or not (``Bombay: Asia House``,
#: ``BARCELONA :HERMES``): spaced the ISBD way before the imprint is read
_LOOSE_COLON = re.compile(r"\s*:\s*")
_LOOSE_COMMA = re.compile(r"\s*,\s*")
#: words of an imprint without colon before its year at most (place and publisher)
IMPRINT_WORDS = 6
#: a labelled note after the extent in the same area, as Koha's ISBD export appends the
#: record's numbers to the last area (``236 p. Dewey Class. No.: 577.69``, ``52 p. ; 30 cm.
#: LCCN: 880142``): a label of a few words, the first capitalised, closed by a colon
_NOTE = re.compile(r"\s+(?=[^\W\d_][^\W\d_.]*\.?(?:[ -]{1,2}[^\W\d_][^\W\d_]*\.?){0,4}:\s)")
_ISSN = re.compile(r"\d{4}-\d{3}[\dXx]")
#: a heading line: an inverted personal name (``Family, Given``, ``FAMILY,GIVEN``,
#: ``Family, G. R.``), no digits
_HEADING = re.compile(r"(?P<family>[^\W\d_][^,\d]{0,40}?)\s*,\s*(?P<given>[^\W\d_][^,\d]{0,40})")
#: words of a heading's given names at most
HEADING_GIVEN_WORDS = 4


def isbd_description(
    lines: list[str], rules: tuple[_loc.LocaleRules, ...]
) -> tuple[int, dict[str, Any], bool] | None:
    """The first ISBD description line among ``lines``, the CSL item it gives (title,
    edition, publisher, place, year, page count, the heading before it as author, an ISSN
    after it) and whether the lines show it is a catalogue's (the main entry's heading
    before it, or a page of :data:`SHORT_PAGE_LINES` lines at most: an ISBD view or export
    is the record alone); ``None`` when there is none. ``lines`` are the page's lines in
    order. A caller with no such evidence should look for a catalogue's elsewhere (a
    standard number on the page) before it trusts the line."""
    for i, line in enumerate(lines):
        if len(line) > MAX_LINE or _HAS_AREA.search(line) is None:
            continue
        item = _read_line(line, rules)
        if item is None:
            continue
        heading = _heading_before(lines, i)
        title_area = _AREA.split(line.strip(), maxsplit=1)[0]
        own_statement = " / " in title_area
        glued = _glued_heading(item["title"]) if heading is None and not own_statement else None
        if heading is None and own_statement:  # 'Family Given. Title / G. Family'
            stated = _parts.stated_heading(title_area)
            if stated is not None:
                glued = stated[0], _without_statement(stated[1], rules).strip(" :;,/.")
        if glued is None and heading is None:  # 'Браун, Элеонора Мой …' ('Элеонора Браун')
            glued = _parts.echoed_heading(item["title"], "\n".join(lines[:i] + lines[i + 1 :]))
        if glued is not None:
            heading, item["title"] = glued
        if own_statement:  # '… / А. Туоминен ; пер. на рус. О. Кряжевой': its other roles
            item.update(_parts.statement_persons(title_area.partition(" / ")[2], rules))
        if heading is not None:
            item["author"] = [heading]
        number = _issn_after(lines, i)
        if number is not None:
            item["ISSN"] = number
            if "number-of-pages" not in item and "ISBN" not in item:
                item["type"] = "periodical"  # 'IFLA Journal. - New Delhi. Sage.' / ISSN: a serial
        short = sum(1 for ln in lines if ln.strip()) <= SHORT_PAGE_LINES
        return i, item, heading is not None or short
    return None


#: the separator of a component part's description from its host's (``Title / Names //
#: Journal. - 2002. - № 2. - С. 53-58``): two slashes between spaces
_HOST = re.compile(r"\s//\s")
#: a bracketed designation closing a title proper (ISBD's general material designation:
#: ``[Text]``, ``[Электронный ресурс]``): one to three words in square brackets
_GMD = re.compile(r"\s*\[[^\W\d_][^\[\]\d]{0,40}\]\s*$")
#: the main entry's heading opening a component part's description that has no statement
#: of responsibility (GOST 7.1: ``Иванов И. И. Title // Host``): a surname, its initials
_LEAD_HEADING = re.compile(
    r"([^\W\d_][^\W\d_'’-]+(?:-[^\W\d_]+)?),?\s+((?:[^\W\d_]\.\s?){1,3})\s*(?=[^\W\d_])"
)
#: names of a statement of responsibility at most read as the part's authors
STATEMENT_NAMES = 6


def analytic_description(
    lines: list[str], rules: tuple[_loc.LocaleRules, ...]
) -> tuple[int, dict[str, Any], bool] | None:
    """The first description of a *component part* among ``lines`` (an article or chapter
    described with its host, ISBD's and GOST 7.1's analytic description): ``Title [GMD] /
    Statement // Host. - Year. - № 2. - С. 53-58``; the CSL item it gives (title, the
    statement's personal names in direct order or the heading before as author, container
    title, and the host's year, volume, issue and pages read as a locator) and whether the
    lines show it is a catalogue's (as :func:`isbd_description`). ``None`` when there is
    none: the host must give a year and an issue, volume or pages."""
    from comet.locators import Locator, parse_locator

    for i, line in enumerate(lines):
        if " // " not in line or len(line) > MAX_LINE or len(_HOST.findall(line)) != 1:
            continue
        part, host = (x.strip() for x in _HOST.split(line.strip(), maxsplit=1))
        areas = [a.strip() for a in _AREA.split(host)]
        if len(areas) < 2 or not all(areas):
            continue
        loc = _lenient(parse_locator, " - ".join(areas[1:]), locales=rules)
        if (
            not isinstance(loc, Locator)
            or loc.issued is None
            or not (loc.issue or loc.volume or loc.pages)
        ):
            continue
        container = re.split(r"\s[:/=]\s", areas[0])[0].strip(" .,;")
        if "://" in container or container.casefold().startswith("www."):
            continue  # a link's text, no host publication
        title_part, _, statement = part.partition(" / ")
        lead = _LEAD_HEADING.match(title_part)
        if lead is not None and statement and lead.group(1).casefold() not in statement.casefold():
            lead = None  # a statement that does not repeat the heading's surname: no heading
        if lead is not None:  # 'Иванов И. И. Title // Host': the heading before the title
            title_part = title_part[lead.end() :]
        title = _GMD.sub("", _without_statement(title_part, rules)).strip(" :;,/.")
        if sum(map(str.isalpha, title)) < 2 or sum(map(str.isalpha, container)) < 2:
            continue
        item: dict[str, Any] = {"title": title, "container-title": container}
        if loc.issue or loc.volume:
            item["type"] = "article-journal"
        item["issued"] = {"date-parts": [loc.issued.date_parts()]}
        for key, value in (("volume", loc.volume), ("issue", loc.issue)):
            if value:
                item[key] = value
        if loc.pages is not None:
            item["page"] = loc.pages.raw
        heading = _heading_before(lines, i)
        names = _statement_names(statement)
        if names:
            item["author"] = names
        elif lead is not None:
            item["author"] = [{"family": lead.group(1), "given": " ".join(lead.group(2).split())}]
        elif heading is not None:
            item["author"] = [heading]
        filled = sum(1 for ln in lines if ln.strip())
        # a record's page: the description alone, or the only one on a page of a few lines
        # that opens it with the record's heading (GOST 7.1: 'Family, I. I. Title / I.I. Family')
        short = filled <= SHORT_PAGE_LINES or (
            lead is not None
            and filled <= RECORD_PAGE_LINES
            and sum(" // " in ln for ln in lines) == 1
            and all(len(ln) <= RECORD_CHROME_CHARS for j, ln in enumerate(lines) if j != i)
        )
        return i, item, heading is not None or short
    return None


def _statement_names(statement: str) -> list[dict[str, str]]:
    """The personal names of a statement of responsibility's first group, in direct order
    with initials (``К.М. Сухоруков``, ``A. B. Smith, C. Jones``); empty unless every
    one reads as a family name and given names or initials."""
    from comet.names import parse_name

    first = statement.split(" ; ")[0].strip(" .;")
    parts = [p.strip() for p in first.split(",") if p.strip()]
    if not parts or len(parts) > STATEMENT_NAMES:
        return []
    out: list[dict[str, str]] = []
    for p in parts:
        words = p.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return []
        if not words[0].endswith("."):  # direct order with initials first: 'К.М. Сухоруков'
            return []
        person = parse_name(p, strict=False).value
        if person is None or person.literal or not person.family or not person.given:
            return []
        out.append({"family": person.family, "given": person.given})
    return out


def _read_line(line: str, rules: tuple[_loc.LocaleRules, ...]) -> dict[str, Any] | None:
    areas = [a.strip() for a in _AREA.split(line.strip())]
    if not 2 <= len(areas) <= MAX_AREAS or not all(areas):
        return None
    title_area = areas[0]
    if sum(map(str.isalpha, title_area)) < 2:
        return None
    k = 1
    edition = None
    while k < len(areas) and _is_edition(areas[k], rules):
        edition = areas[k].rstrip(" .")
        k += 1
    if k >= len(areas):
        return None
    imprint = _imprint_area(areas[k], rules)
    if imprint is None:
        return None
    publisher, place, year, isbd_colon = imprint
    rest = areas[k + 1 :]
    count = _count(rest[0], rules, last=len(rest) == 1, dated=year is not None) if rest else None
    extent = count is not None or (bool(rest) and _extent_like(rest[0], rules))
    if not (isbd_colon or extent):  # 'Fotos: A. Name', 'Montag – Sonntag: 10–19 Uhr'
        return None
    title = isbd_rating(_without_statement(title_area, rules).strip(" :;,/."), rules)
    if not title:
        return None
    item: dict[str, Any] = {"type": "book", "title": title}
    item.update(title_numbering(title, rules))  # 'Title. Vol. 2', 'TITLE.VOL(IV)'
    if edition:
        item["edition"] = edition
    if publisher:
        item["publisher"] = publisher
    if place:
        item["publisher-place"] = place
    if year is not None:
        item["issued"] = {"date-parts": [[year]]}
    if count is not None:
        item["number-of-pages"] = count
    for area in rest[1:] if extent else ():
        series = _SERIES_AREA.fullmatch(area)
        if series is not None:  # '(Nordic wetland studies ; 12)': the series area
            name, number = series_parts(series.group(1), _locator_words(rules))
            if (name and name != series.group(1).strip(" .")) or number is None:
                item["collection-title"] = name
                if number is not None:
                    item["collection-number"] = number
            break
    return item


#: ISBD's series area: the series statement in round brackets, an area of its own after the
#: extent (``(Nordic wetland studies ; 12)``, ``(Труды ; вып. 3)``)
_SERIES_AREA = re.compile(r"\(([^()]{2,120})\)\.?")


@functools.cache
def _locator_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' locator words, folded, no final dot (``v``, ``Bd``, ``вып``): a series
    number loses them."""
    return frozenset(w.casefold().rstrip(".") for w in numbering_terms(rules))


#: a statement of responsibility joined to the title by a colon or comma instead of ISBD's
#: `` / ``: an author word of the locales, then a capitalised word (``Title : by A. Author``)
_JOINED_STATEMENT = re.compile(r"\s*[:,]\s+(?P<by>[^\W\d_]{2,3})\s+(?=[^\W\d_])")


def _without_statement(area: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """The title area without its statement of responsibility (after `` / ``, or after a
    colon or comma when an author word of the locales opens it: ``Title : by A. Author``)."""
    title = area.partition(" / ")[0]
    for m in _JOINED_STATEMENT.finditer(title):
        rest = title[m.end() :]
        if m.group("by").casefold() in _by_words(rules) and rest[:1].isupper():
            return title[: m.start()]
    return title


@functools.cache
def _edition_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' edition words (``ed``, ``edition``, ``Aufl``), folded, no final dot."""
    return frozenset(
        t.casefold().rstrip(".") for t in _loc.terms_of("references", rules, "edition")
    )


@functools.cache
def _after_number_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The edition words written after an edition's number (``[words].edition_after_number``:
    ``изд``, ``éd``, ``wyd``), folded, no final dot."""
    return frozenset(
        t.casefold().rstrip(".") for t in _loc.terms_of("words", rules, "edition_after_number")
    )


def _is_edition(area: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """An edition area: an ordinal (``3rd``), with or without an edition word of the
    locales (``3rd ed.``, ``Rev. ed``, ``2. Aufl.``)."""
    words = _edition_words(rules) | _after_number_words(rules)
    value = area.strip(" .")
    if not value or len(value.split()) > 4:
        return False
    if _ordinals(rules).fullmatch(value) or re.fullmatch(r"\d{1,2}\.?", value):
        return True
    tokens = [t.casefold().rstrip(".") for t in re.findall(r"[^\W\d_]+\.?", value)]
    return bool(tokens) and tokens[-1] in words


#: an edition statement alone on its line: a number, its ordinal ending or stop, an edition
#: word and one word more at most (``2nd ed.``, ``2. Aufl.``, ``2e éd.``, ``2-е изд.``,
#: ``3rd edition, revised``, ``[2nd ed.]``)
_EDITION_LINE = re.compile(
    r"\[?\d{1,2}(?:\.|-?[^\W\d_]{1,3}\.?)?\s?([^\W\d_]+\.?)(?:[,;]?\s[^\W\d_]+\.?)?\]?\.?"
)


def edition_line(page: _Page) -> tuple[str, tuple[int, int]] | None:
    """An edition statement on a line of its own within three lines under the title, with no
    label, on a page that prints an ISBN (a book page's ``2nd ed.`` or ``2. Aufl.`` under the
    title and byline; another book's edition in a related list, or a festival's ``14th
    edition``, is none): the number and an edition word of the
    locales (``[references].edition``, and ``[words].edition_after_number``, the words
    ``[references]`` keeps for editors or publishers: ``éd.``, ``изд.``). A number and any other word (``2nd floor``, ``3
    Bände``) or a longer line (``3rd edition of the marsh conference``) is none."""
    title = page.title_line
    if title is None or "ISBN" not in page.text:
        return None  # no book's sign: a festival's '14th edition', a conference's
    words = _edition_words(page.rules) | _loc.casefolded_terms(
        "words", page.rules, "edition_after_number"
    )  # (these are written without their final stop)
    for line in page.layout.lines[title + 1 : title + 1 + EDITION_AFTER_TITLE]:
        text = line.text.strip().lstrip("•·▪◦*").lstrip()  # ('• 2. Auflage': a list item)
        if len(text) > EDITION_LINE_CHARS or not text[:2].lstrip("[")[:1].isdigit():
            continue
        m = _EDITION_LINE.fullmatch(text)
        if (
            m is not None
            and m.group(1).casefold().rstrip(".") in words
            and line.zone == "main"
            and line.index not in page.layout.label_lines
        ):
            return text, (line.start, line.end)
    return None


#: lines under the title where an edition line stands (under the title and its byline)
EDITION_AFTER_TITLE = 3
#: characters of an edition statement's line at most
EDITION_LINE_CHARS = 30


def _imprint_area(
    area: str, rules: tuple[_loc.LocaleRules, ...]
) -> tuple[str | None, str | None, int | None, bool] | None:
    """Publisher, place and year of an imprint area, and whether ISBD's colon (a space
    before it: ``Place : Publisher``, ``PLACE :PUBLISHER``) parted place and publisher;
    ``None`` when the area is no imprint: neither a colon between a short capitalised place
    and a publisher's name (``Bombay: Asia House``) nor a few words closed by a year
    (``Nestburg Heron Books 1991``: no place is told from the name without the colon)."""
    value = area.strip(" ,;.")
    spaced = _LOOSE_COMMA.sub(", ", _LOOSE_COLON.sub(" : ", value))
    if spaced.count(" : ") > 1:
        return None
    publisher, place, year = _imprint(spaced, rules)
    dated = year is not None and _YEAR.search(spaced[-12:]) is not None
    if " : " in spaced:
        if place is None or not _plausible_place(place):
            return None
        if not publisher and _no_publisher(spaced, rules):
            return None, place, year, re.search(r"\s:", value) is not None  # '[S.l.] : [s.n.]'
        isbd_colon = re.search(r"\s:", value) is not None
        if not _plausible_publisher(publisher, rules) and not (
            isbd_colon and _named_publisher(publisher)
        ):
            return None
        return publisher or None, place, year, isbd_colon
    known = _city_imprint(spaced, rules)
    if known is not None:  # 'New Delhi Wishwa 2000', 'New Delhi. Sage Publication'
        # a stop after the city parts the two as ISBD's colon does, and so does a closing
        # year; joined by a space or a comma without one they need the extent after them
        # ('Headline - New York Fen Times': a site)
        return known[1], known[0], year, known[2] or dated
    if not dated or len(_YEAR.sub("", spaced).split()) > IMPRINT_WORDS:
        return None
    return None, None, year, False


@functools.cache
def _periodical_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words of a newspaper's or a magazine's name (``[periodicals].newspaper_names``,
    ``magazine_names``: *Times, Tribune, Post, Zeitung, Magazine*), casefolded."""
    return _loc.casefolded_terms("periodicals", rules, "newspaper_names") | (
        _loc.casefolded_terms("periodicals", rules, "magazine_names")
    )


#: an imprint's closing year after a comma or a space (``c``, ``©`` and brackets kept off)
_CLOSING_YEAR = re.compile(rf"(?:,\s*|\s+)[\[(]?(?:c|©|cop\.)?\s?{YEAR_PATTERN}\??[\])]?\.?$")


def _city_imprint(value: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, str, bool] | None:
    """Place and publisher of an imprint area without ISBD's colon, joined by a space, a
    stop or a comma (``New Delhi Wishwa 2000``, ``New Delhi. Sage Publication``, ``London,
    Fen Books, 1990``), where the place is a city of the locales' lexicon
    (``[places].cities``: :mod:`comet.page.places`) and a publisher's name of capitalised
    words follows it (:func:`_plausible_publisher`), and whether a stop closes the city (it
    parts the two as ISBD's colon does); ``None`` otherwise (``Fen Valley Books 1991``: no
    place is told from a name without the colon or the lexicon; ``Paris London``; a
    newspaper named after its city, ``Chicago Fen Tribune``: a headline's site)."""
    body = _CLOSING_YEAR.sub("", value).strip(" .,;")
    words = body.split()
    n = city_prefix(words, rules)
    if not 0 < n < len(words):
        return None
    place, after = printed_city(words[:n], rules)
    publisher = " ".join(words[n:]).strip(" .,;")
    if city_prefix(publisher.split(), rules) or not _plausible_publisher(publisher, rules):
        return None  # ('Paris London': two places)
    if any(w.casefold().strip(".,") in _periodical_words(rules) for w in publisher.split()):
        return None  # 'Headline - Chicago Fen Tribune 2019': a newspaper named after its city
    return place, publisher, after == "."


def _no_publisher(spaced: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The publisher's place of an imprint holds the locales' word for a missing publisher
    (``[s.n.]``, ``Б.и.``, ``o.V.``: ``[references].no_publisher``), ISBD's placeholder."""
    after = _CLOSING_YEAR.sub("", spaced.partition(" : ")[2]).strip(" .,;")
    return bool(after) and _unknown(after, _unknown_words(rules)[1])


#: words of a publisher's name after ISBD's colon at most when only its first is capitalised
NAMED_PUBLISHER_WORDS = 3


def _named_publisher(publisher: str) -> bool:
    """A publisher's name after ISBD's spaced colon that capitalises its first word only, as
    Slavic names do (``Молодая гвардия``, ``Озёрный край``): a few words, no digits."""
    words = publisher.split()
    return (
        0 < len(words) <= NAMED_PUBLISHER_WORDS
        and words[0][:1].isupper()
        and not any(c.isdigit() for c in publisher)
    )


def _plausible_place(place: str) -> bool:
    words = place.strip(" []?").split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def _plausible_publisher(publisher: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A publisher's name: capitalised words (``IPC Business Press Limited``, ``HERMES``)
    or a publisher word of the locales among its words, no sentence."""
    words = publisher.split()
    if not words or len(words) > 8 or re.search(r"\d{3}", publisher):
        return False
    known = _publisher_words(rules)
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words) or any(
        w.casefold().strip(".,") in known for w in words
    )


def _count(
    area: str, rules: tuple[_loc.LocaleRules, ...], *, last: bool, dated: bool = False
) -> str | None:
    """The page count of an extent area (``432p.``, ``v,272p. 24cm``), or of a bare number
    closing the line (``- 407``, ``xviii+312``: Koha prints the extent's ``$a`` alone; after
    a dated imprint not a year: ``2010 - 2020`` is a span of years)."""
    value = _before_note(area.strip(), rules)
    bare = bare_count(value) if last else None
    if bare is not None:
        return None if dated and _YEAR.fullmatch(value) else bare
    if not _whole_extent(value, rules):
        return None
    pages = _extent_pages(value, rules)
    return str(pages.count) if pages is not None and pages.count else None


def _extent_like(area: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A physical description (``iv, 657-992 p.``: the pages of one volume too)."""
    return _whole_extent(_before_note(area, rules), rules)


def _before_note(area: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """An extent area without the labelled notes after it (``468 p. Dewey Class. No.:
    577.69`` → ``236 p.``), when what comes before the first label is a whole extent."""
    m = next((m for m in _NOTE.finditer(area) if area[m.end() : m.end() + 1].isupper()), None)
    if m is None or not m.start():
        return area
    head = area[: m.start()]
    return head if _whole_extent(head, rules) else area


#: the words of a physical description besides its units and marks: roman preliminaries
_ROMAN = re.compile(r"[ivxlcdm]+", re.I)


def _whole_extent(area: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The whole area is a physical description: counts with page units of the locales
    (``xii, 308p.``, ``iv, 657-992 p.``), their marks (``ill.``) and dimensions (``24cm``),
    nothing else (``120 pages of reading`` is a sentence)."""
    units, marks = _extent_words(rules)
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", _DIMENSIONS.sub(" ", area))]
    return any(w in units for w in words) and all(
        w in units or w in marks or _ROMAN.fullmatch(w) for w in words
    )


#: lines after a description searched for the record's standard number on a line of its own
NUMBER_LINES = 3


def _issn_after(lines: list[str], i: int) -> str | None:
    """An ISSN on a line of its own right after the description (the serial's standard
    number, printed bare as the ISBD view prints its identifier area)."""
    for line in [ln for ln in lines[i + 1 :] if ln.strip()][:NUMBER_LINES]:
        value = line.strip().rstrip(".")
        if _ISSN.fullmatch(value) and isinstance(_lenient(issn.parse, value), Issn):
            return value
    return None


#: the main entry's heading glued before the title on the line (Koha's ISBD export prints
#: the 100 and the 245 without a break): ``Family,`` or ``Family Name,`` then the given name
_GLUED_FAMILY = re.compile(
    r"(?P<family>[^\W\d_][^\W\d_'-]{1,30}(?: [^\W\d_][^\W\d_'-]{1,30})?)\s*,\s*"
)
#: an initial (``C.``, ``C``, ``C.R.`` as one token)
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}|[^\W\d_]")


def _glued_heading(title: str) -> tuple[dict[str, str], str] | None:
    """The main entry's heading glued before the title (``Penhallow, R A Salt marsh ecology``,
    ``Brink, Lova A. The fjord atlas``) and the title after it: the given name is initials
    and known given names (a word that is not a known given name ends it), an initial or two
    words of it at least, and the title after it opens with a capital. ``None`` when the area
    does not open so (``Dear, John Letters …``, ``Marshtown, Ada Penrose …``). The caller does not
    look for one when the area has its own statement of responsibility (after `` / ``)."""
    m = _GLUED_FAMILY.match(title)
    if m is None:
        return None
    words = title[m.end() :].split()
    given: list[str] = []
    for w in words:
        if len(given) >= HEADING_GIVEN_WORDS:
            break
        if (_INITIALS.fullmatch(w) and w[:1].isupper()) or (w[:1].isupper() and known_given(w)):
            given.append(w)
            continue
        break
    rest = words[len(given) :]
    if not given or not rest or not rest[0][:1].isupper() or sum(map(str.isalpha, rest[0])) < 2:
        return None
    if len(given) < 2 and not _INITIALS.fullmatch(given[0]):
        return None  # one given name alone: 'Dear, John Letters …' is a title
    return {"family": m.group("family"), "given": " ".join(given)}, " ".join(rest)


def _heading_before(lines: list[str], i: int) -> dict[str, str] | None:
    """The main entry's heading on the line before the description (blank lines skipped):
    an inverted personal name, as a CSL name."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j < 0:
        return None
    m = _HEADING.fullmatch(lines[j].strip())
    if m is None or len(m.group("given").split()) > HEADING_GIVEN_WORDS or ":" in m.group("family"):
        return None  # (a labelled line, 'Author: Lind, Jonas', is no heading)
    return {"family": m.group("family").strip(), "given": m.group("given").strip()}
