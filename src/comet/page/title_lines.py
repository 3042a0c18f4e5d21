"""Which lines of a page may be a title: the shape of a title-like line (not a menu entry,
a breadcrumb, a caption, a venue or date line, a sentence of prose, a name line), menus
found as runs of link-like lines, words counted in scripts written without spaces, and a
standfirst under a headline. Read by :mod:`comet.page.titles` (the candidates and their
scores) and :mod:`comet.page.headline` (the headline over an article's body).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from comet.locators import find_locators
from comet.names import parse_names
from comet.page.bylines import _byline_at, _is_name_line
from comet.page.chrome import _is_chrome, _photo_credit
from comet.page.citation_line import volume_and_issue
from comet.page.contributor_lines import contributor_line
from comet.page.cover_notes import cover_lines
from comet.page.entries import _source_words, over_entry_source
from comet.page.evidence import _BULLET, _SENTENCE, _URL, _date_of, _lenient, _Page
from comet.page.front_editors import editors_line
from comet.page.genre_lines import _leading_genre
from comet.page.headings import (
    HEADER_TITLE_WORDS,
    _crumb_tail,
    _header_repeat,
    _headword,
    _neighbour_link,
    glued_crumbs,
)
from comet.page.journal_abbrev import dotted_dateline
from comet.page.journal_head import _journal_head
from comet.page.layout import Line, _by_words
from comet.page.line_dates import _leading_date
from comet.page.line_labels import BLOCK_KEYS
from comet.page.locator_lines import _issue_masthead, _locator_line, _venue_line
from comet.page.name_date_lines import _dated_name
from comet.page.noun_names import noun_names
from comet.page.proceedings_footer import footer_line
from comet.page.publisher_imprints import imprint_label_line
from comet.page.role_lines import role_named
from comet.page.table_values import table_value_lines
from comet.page.title_breaks import goes_on_under
from comet.page.title_shapes import (
    _CLOSE_MARKS,
    _affiliation_line,
    _caption,
    _dangling_end,
    bracket_fragment,
    mail_line,
)
from comet.text._words import abbreviations, closed_class

_CRUMB = re.compile(r"\s[/>›»|]\s")

_CRUMB_ARROW = re.compile(r"\s[>›»]\s")
#: words in guillemets (``« galimafrée »``, French spacing): a quotation, whose closing mark
#: is no breadcrumb's arrow
_GUILLEMETS = re.compile(r"«[^«»]{1,80}»")

#: a scientific title may start in lower case: ``β-pyrrole …``, ``p-Nitrophenol …``,
#: ``mRNA vaccines …``, ``de novo assembly …`` is not one of these (a sentence may start so)
_LOWER_TITLE_START = re.compile(r"[α-ω]|[a-z]{1,4}-[^\W_]|[a-z]{1,3}[A-Z]{2}")


#: how a quotation's attribution opens (a dash and a space: ``— Ana Ruiz (@anaruiz) May 3,
#: 2021``): no title
_ATTRIBUTION = ("— ", "― ")


def _starts_like_title(t: str) -> bool:
    first = t[:1]
    if first.isupper() or first.isdigit() or first in "‘'\"“«¿¡([" or not first.isalpha():
        return True
    if not first.islower():
        return True  # a letter of a script without case (Chinese, Japanese, Arabic…)
    return _LOWER_TITLE_START.match(t) is not None


#: a run of at least this many short lines with no blank line between them is a menu
MENU_RUN = 8
#: words of a menu entry at most
MENU_WORDS = 4
#: words of a longer link text in a menu at most (``BLAST (Basic Local Alignment Search
#: Tool)``, ``All Chemicals & Bioassays Resources...``)
MENU_LINK_WORDS = 10
#: short lines in a row that start or end a menu run at least
MENU_EDGE_BLOCK = 3
#: how a line of prose, a label or a sentence ends; a link text ends otherwise (or ``…``)
_SENTENCE_END = re.compile(r"(?<![.…])[.!?:;,]\Z")


def _link_like(line: Line, page: _Page, valued: frozenset[int]) -> bool:
    """A line that may be a menu entry: at most :data:`MENU_LINK_WORDS` words, no sentence
    punctuation at its end (``All Resources...`` is a link), no label with its value on
    the line (a bare label word, ``Literature``, may be an entry; ``valued``: the lines
    holding one, :func:`_valued_lines`)."""
    t = line.text.strip()
    return (
        _word_count(t) <= MENU_LINK_WORDS
        and _SENTENCE_END.search(t) is None
        and line.index not in valued
        and not (t.endswith(")") and role_named(t, page.rules))
    )  # a name with its role in brackets (``Ana Ruiz (Author)``) is a product's, no menu's


def _valued_lines(page: _Page) -> frozenset[int]:
    """The lines holding a label with its value (``same-line`` or ``glued``)."""
    return frozenset(lv.line for lv in page.layout.labels if lv.layout in ("same-line", "glued"))


#: a line opening with a page's number (``1 Title of the report Author …``, ``2 Contents …``)
_PAGE_NUMBERED = re.compile(r"(\d{1,3})(?:\s|$)")
#: numbered pages in a row from 1 at least for the lines to be a document's pages
TRANSCRIPT_PAGES = 3
#: words of a numbered line at least to be a page glued into one line (``1 Introduction``,
#: a table of contents' entry, stays a line like any other)
TRANSCRIPT_LINE_WORDS = 8


def _transcript_lines(page: _Page) -> frozenset[int]:
    """The lines of a document's transcript, one line per page opening with the page's
    number (``1 Tidewater Salt Marshes … Marta Lindqvist`` / ``2 …`` / ``3 …``, as a
    document-sharing site prints the text of a PDF under its title): pages numbered 1, 2,
    3 … in page order, :data:`TRANSCRIPT_PAGES` of them at least (a page left blank
    counts by its number alone), each of :data:`TRANSCRIPT_LINE_WORDS` words or more. Each
    glues a page's lines into one, so none is a title (the document's title is the site's
    heading above them). Memoised per page."""

    def read() -> frozenset[int]:
        found: list[int] = []
        want = 1
        for ln in page.layout.lines:
            m = _PAGE_NUMBERED.match(ln.text)
            if m is None:
                continue
            n = int(m.group(1))
            if n == want:
                found.append(ln.index)
                want += 1
            elif n == want + 1 and want > 1:  # a page the transcript skipped
                found.append(ln.index)
                want += 2
        if want <= TRANSCRIPT_PAGES:
            return frozenset()
        lines = page.layout.lines
        return frozenset(i for i in found if len(lines[i].text.split()) >= TRANSCRIPT_LINE_WORDS)

    cached: frozenset[int] = page.remember(("transcript-lines", 0), read)
    return cached


def _menu_lines(page: _Page) -> frozenset[int]:
    """Lines of a site's menu, never the title nor a byline: a run of :data:`MENU_RUN` or
    more short lines (:data:`MENU_WORDS`, no label) that no blank line separates, with the
    link-like lines (:func:`_link_like`) that continue it up to its last short line (a
    portal's mega-menu lists a hundred product and tool names, some of them longer, and
    bare headings among them)."""
    cached: frozenset[int] | None = page.memo.get(("menu-lines", 0))
    if cached is not None:
        return cached
    lines = page.layout.lines

    def short(i: int) -> bool:
        return _word_count(lines[i].text) <= MENU_WORDS and i not in page.layout.label_lines

    out: set[int] = set()
    run: list[int] = []  # link-like lines in a row

    def close(run: list[int]) -> None:
        if len(run) < MENU_RUN:
            return  # too short to hold a block of MENU_RUN short lines
        blocks: list[list[int]] = []  # the blocks of short lines in a row within the run
        for i in run:
            if short(i) and blocks and blocks[-1][-1] == i - 1:
                blocks[-1].append(i)
            elif short(i):
                blocks.append([i])
        if any(len(b) >= MENU_RUN for b in blocks):
            # from the first to the last block of a few entries: a heading and its byline
            # after a menu ('When the town … wells' / 'By Ida Moe') are none of it
            edges = [b for b in blocks if len(b) >= MENU_EDGE_BLOCK]
            out.update(range(edges[0][0], edges[-1][-1] + 1))

    valued = _valued_lines(page)
    for line in lines:
        link = _link_like(line, page, valued)
        if link and run and not line.blank_before and line.index == run[-1] + 1:
            run.append(line.index)
            continue
        close(run)
        run = [line.index] if link else []
    close(run)
    found = frozenset(out)
    page.memo[("menu-lines", 0)] = found
    return found


def _looks_like_title(line: Line, page: _Page) -> bool:
    """Whether a line could be a title (memoised per line: bylines and titles ask twice)."""
    return page.remember(("title-like", line.index), lambda: _title_like(line, page))


#: words of a label's value from which a standalone labelled line may be a heading
#: (``Tagung: Institutions of revolutionary power in …``: a genre word before the title)
HEADING_LABEL_WORDS = 6


def _heading_label(line: Line, page: _Page) -> bool:
    """A labelled line that stands alone (blank before) with a long value: a heading whose
    first word happens to be a label (``Conference: <title of the post>``), still a title
    candidate for the model to score."""
    if not line.blank_before:
        return False
    lv = next((lv for lv in page.layout.labels if lv.line == line.index), None)
    return (
        lv is not None
        and lv.layout == "same-line"
        and lv.key not in BLOCK_KEYS
        and len(lv.value.split()) >= HEADING_LABEL_WORDS
    )


#: characters of a script written without spaces (Han, kana, Hangul) that count as one word
CHARS_PER_WORD = 2


#: the characters from U+2E80 up (only they can be of those scripts)
_HIGH_CHARS = re.compile("[\u2e80-\U0010ffff]")


@functools.lru_cache(maxsize=8192)
def _word_count(t: str) -> int:
    """Words of a line; in scripts written without spaces (Chinese, Japanese), characters
    of the script by :data:`CHARS_PER_WORD` (memoised: the readers count a line's words
    again and again)."""
    words = len(t.split())
    if t.isascii() or not _HIGH_CHARS.search(t):
        return words  # no character of those scripts (the common case, checked in C)
    unspaced = sum(1 for c in _HIGH_CHARS.findall(t) if c.isalpha() and not c.isupper()
                   and not c.islower())  # fmt: skip
    return max(words, unspaced // CHARS_PER_WORD)


def _by_next(line: Line, page: _Page) -> bool:
    """The next line is a byline that starts with an author word (``By Gareth Pennock``,
    ``Von …``): a bare list of names under one word is more likely a menu."""
    lines = page.layout.lines
    nxt = line.index + 1
    if nxt >= len(lines) or not lines[nxt].text.split():
        return False
    first = lines[nxt].text.split()[0].casefold()
    return first in _by_words(page.rules) and _byline_next(line, page)


#: names of a byline at least under which a one-word line may be a title (``GenBank`` over
#: its authors; one name under a word is a section's or a menu's)
ONE_WORD_TITLE_NAMES = 2


def _names_next(line: Line, page: _Page) -> bool:
    """The next line starts a byline of :data:`ONE_WORD_TITLE_NAMES` names or more."""
    nxt = line.index + 1
    if nxt >= len(page.layout.lines):
        return False
    by = _byline_at(page, nxt)
    return by is not None and len(by.persons) >= ONE_WORD_TITLE_NAMES


def _abstract_next(line: Line, page: _Page) -> bool:
    """The next line is the work's abstract under its label (``Abstract: I test …``, a
    record's field): the line above, one sentence with no full stop inside, is its title
    (prose above an abstract is none, it reads below it)."""
    nxt = line.index + 1
    if nxt >= len(page.layout.lines) or nxt not in page.layout.label_lines:
        return False
    if _SENTENCE.search(line.text.rstrip().rstrip(".")) is not None:
        return False
    return any(lv.line == nxt for lv in page.layout.values("abstract"))


def _byline_next(line: Line, page: _Page) -> bool:
    """The next line is a byline (a long sentence-like line over names is a title; a line
    of two sentences is one too when it does not end with a full stop: ``… with anions.
    Fast and ultrafast spectroscopic investigations``)."""
    lines = page.layout.lines
    nxt = line.index + 1
    t = line.text.rstrip()
    sentence = _SENTENCE.search(t) is not None and (t.endswith(".") or len(t.split()) > 30)
    return nxt < len(lines) and not sentence and _byline_at(page, nxt) is not None


def _in_column_header(line: Line, page: _Page) -> bool:
    """The line is a cell of a two-column header (series, number, authors: never the
    title; see :mod:`comet.page.columns`)."""
    header: tuple[int, int] | None = page.memo.get("column-header")
    if header is None:
        return False
    start, _end = page.to_raw(line.start, line.end)
    return header[0] <= start < header[1]


#: how a line opens that continues the line above (an inline element split off by the
#: copy: ``Marsh Ecol Lett`` / ``. 2019 Mar 4;12(3):45-67``)
_CONTINUING = re.compile(r"[.,;:]\s")
#: characters of the continuing line read for its locator at most
CONTINUED_CHARS = 160


def _journal_over_locator(line: Line, page: _Page) -> bool:
    """The next line opens with the punctuation that continues this one and then a locator
    with a volume (``Marsh Ecol Lett`` / ``. 2019 Mar 4;12(3):45-67``), and this line reads
    as a journal's name: the source of a citation split in two, never the title."""
    lines = page.layout.lines
    nxt = line.index + 1
    if nxt >= len(lines) or _CONTINUING.match(lines[nxt].text) is None:
        return False
    rest = lines[nxt].text[2:CONTINUED_CHARS].lstrip()
    found = next(iter(find_locators(rest, locales=page.rules)), None)
    if found is None or found.start > 0:
        return False
    loc = found.value
    return bool(loc.volume and (loc.pages or loc.issue or loc.issued)) and bool(
        _journal_head(line.text, page.rules)
    )


#: parts of a line of categories or topics between middle dots at least
#: (``Plants · Research · Farming``), each of :data:`MENU_WORDS` words at most
CATEGORY_DOT_PARTS = 3
_DOT_SEPARATOR = re.compile(r"\s[·•]\s")
#: menu icons and the marks of a link to the previous or next post
_MENU_ICONS = "☰≡"
_PAGER_START = "«‹←"
_PAGER_END = ("»", "›", "→")


#: words of a one-line menu at least, and how often a capitalised word recurs in it
BRAND_MENU_WORDS = 10
BRAND_REPEATS = 3
_SENTENCE_MARK = re.compile(r"[.;:!?](?:\s|$)")


def _widget_shape(t: str, closed: frozenset[str]) -> bool:
    """A line a site's widgets print, never a title: hashtags making half of its words
    (``#wedding #bayern #summer``), categories between middle dots (``Plants · Research ·
    Farming``), a menu icon before a tagline (``☰ …``), or a link to the previous or next
    post (``« Older post title``, ``Newer post title »``; a title in guillemets aside).
    ``closed``: function words, never a platform's name (``The … Of The … From The …``
    in a Start Case title)."""
    tokens = t.split()
    if not tokens:
        return False
    tags = sum(tok.startswith("#") and len(tok) > 1 for tok in tokens)
    if tags >= 2 and tags * 2 >= len(tokens):  # ('#MeToo movement' is a headline)
        return True
    parts = _DOT_SEPARATOR.split(t)
    if len(parts) >= CATEGORY_DOT_PARTS and all(len(p.split()) <= MENU_WORDS for p in parts):
        return True
    if t[:1] in _MENU_ICONS or (t[:1] in _PAGER_START and "»" not in t):
        return True
    if len(tokens) >= BRAND_MENU_WORDS and not _SENTENCE_MARK.search(t):
        # 'Ressources … OpenEdition Nos plateformes OpenEdition Books OpenEdition Journals':
        # a platform's menu run into one line repeats the platform's name
        caps = Counter(w for w in tokens if w[:1].isupper() and w.casefold() not in closed)
        if caps and max(caps.values()) >= BRAND_REPEATS:
            return True
    return t.endswith(_PAGER_END) and len(tokens) > 1 and tokens[-1] in _PAGER_END and "«" not in t


def _title_like(line: Line, page: _Page) -> bool:
    t = line.text.rstrip(_CLOSE_MARKS)  # a banner's close button ('… Cookie Policy.×')
    if line.index in _menu_lines(page) or _in_column_header(line, page):
        return False
    if line.index in table_value_lines(page):
        return False  # 'Keywords: Mt Etna' / 'Maritime Antarctic' / 'Issue Date: …': a value
    if line.text[:1].isdigit() and line.index in _transcript_lines(page):
        return False  # '1 Title Author …': a document's first page glued into one line
    if line.index in cover_lines(page):
        return False  # a block of that first page, read apart (comet.page.cover)
    words = t.split()
    count = _word_count(t)
    if (
        count <= HEADER_TITLE_WORDS
        and line.index not in page.layout.label_lines
        and not _URL.search(t)
        and _header_repeat(line, page)
    ):
        return True  # the page header names it: the record's heading (see _header_repeat)
    if count > 45 or len(t) > 350 or not _starts_like_title(t):
        return False
    if line.index and _neighbour_link(page.layout.lines[line.index - 1].text, page.rules):
        return False  # 'Previous Article in Journal' / <that article's title>: another work
    if count < 2 and not (
        t.isalpha()
        and (
            _crumb_tail(line, page)
            or _by_next(line, page)
            or _names_next(line, page)
            or _headword(line, page)
            or (
                line.index + 1 < len(page.layout.lines)
                and _dated_name(page.layout.lines[line.index + 1], page)
            )
            or over_entry_source(line, page)
        )
    ):  # one word: a headword under its breadcrumb, over 'By …', over a byline of several
        # names, over its definition or over the line naming its reference work only
        return False
    if _URL.search(t) or (line.index in page.layout.label_lines and not _heading_label(line, page)):
        return False
    if volume_and_issue(t, page.rules):
        return False  # a citation of a journal's issue ('Rev. Geogr. vol.28 no.3 … 2019')
    if imprint_label_line(t, page):
        return False  # 'Publication : Villejonc : Éditions du Héron': the work's imprint
    letters = sum(map(str.isalpha, t))
    if letters < 0.6 * len(t.replace(" ", "")):
        return False
    prefix, colon, rest = t.partition(": ")
    introduced = bool(
        colon and rest and len(prefix.split()) <= 3 and _is_chrome(prefix, page.rules)
    )
    if (
        t.endswith(".")
        and len(words) > 14
        and not introduced
        and not _byline_next(line, page)
        and not _abstract_next(line, page)
    ):
        return False  # a sentence of prose ('Details for: <a long catalogue title>.' is none;
        # nor is a long title ending in a full stop, as NLM writes them, over its byline,
        # nor a record's title over its 'Abstract:' label)
    if (
        len(words) > 12
        and _SENTENCE.search(t)
        and _sentence_break(t, page)
        and not introduced
        and not _byline_next(line, page)
    ):
        return False  # prose; a two-sentence title over its byline is none ('…anions. Fast …')
    if (
        t.startswith(("©", "(c)", "|", *_ATTRIBUTION))
        or _BULLET.match(t)
        or _widget_shape(t, closed_class(page.rules))
    ):
        return False  # a copyright line, a bullet; hashtags, categories, a pager link; a
        # quotation's attribution ('— Ana Ruiz (@anaruiz) May 3, 2021'), a dialogue's line
    unquoted = _GUILLEMETS.sub("", t) if "«" in t else t  # ('Les « noms » des Essais')
    if (
        len(_CRUMB.findall(unquoted)) >= 2
        or _CRUMB_ARROW.search(unquoted)
        or glued_crumbs(t, page.rules)
    ):
        return False  # a breadcrumb trail: Home / Books / Public Administration, A > B;
        # copied without its separators, 'AccueilNuméros12Les oiseaux des marais …'
    if t.endswith((",", "&", " and")) or (len(words) < 12 and _locator_line(line, page)):
        return False
    if _issue_masthead(line, page):
        return False  # 'Volume 1 – numéro 1 – 2019 : Nation et …': the issue's theme
    if _caption(words, page.rules):
        return False  # 'Table 2 Singlet oxygen yields …': a numbered caption
    if bracket_fragment(t):
        return False  # '(A Case Study of the' / 'Northern Towns )': a wrapped subtitle's piece
    if mail_line(t):
        return False  # '1) ana@uni.example, 2) ida@uni.example': the authors' contacts
    if dotted_dateline(t, page):
        return False  # 'Front. Mar. Ecol., 12 May 2021': the journal and the date
    if _dangling_end(words, page.rules) and not goes_on_under(page, line.index):
        return False  # 'Brought to you by', 'Log in | Register or': cut off, or interface
    if len(words) < 16 and (_venue_line(line, page) or _journal_over_locator(line, page)):
        return False  # 'Journal Name, 2019, 27, 311–329': the venue, not the work
    if editors_line(line, page):
        return False  # 'Ola Berg Ana Ruiz (Eds.)': a front matter's editors, run together
    if footer_line(line, page):
        return False  # 'Proceedings of …, pages 88–97, Oslo, …. ©2012 …': a first page's footer
    if _is_chrome(t, page.rules) or _photo_credit(t, page.rules):
        return False  # interface words; a caption or a photo credit ('… Foto: A. Berg')
    if len(words) <= 5 and _date_of(page, t) is not None and not _titled_year(t, page):
        return False
    if _NUMBER_ROW.fullmatch(t):
        return False  # 'Academic year: 2021', 'Number of pages: 27': a field's row
    if len(words) <= 8 and _leading_date(page, t) is not None:
        return False  # a post's meta line: '28. Januar 2015 user Write a comment'
    if _affiliation_line(t, page.rules):
        return False
    if _numbered_genre(t, page):
        return False  # 'Kandidatarbete 15 hp Landskapsplanering …': a cover's genre and credits
    if _dated_name(line, page):
        return False  # 'Vanessa Ruiz' / '27 Agosto 2015': a byline by its dateline
    if contributor_line(t, page):
        return False  # 'Translated by Ana Ruiz', 'By (author) Ana Ruiz' (persons18)
    return not _people_line(line, t, page)


def _people_line(line: Line, t: str, page: _Page) -> bool:
    """A line of two or more names (:func:`~comet.page.bylines._is_name_line`): a byline,
    no title, unless it stands where a work's title stands (over a byline or over its
    abstract's label) and its names are common words
    (:func:`~comet.page.noun_names.noun_names`: ``Heath Grazing and Land Rent``)."""
    if not _is_name_line(t, page):
        return False
    if not (_byline_next(line, page) or _abstract_next(line, page)):
        return True  # (a page's section heading may read as names too: 'Keynote Talks and …')
    persons = _lenient(parse_names, t, locales=page.rules)
    return persons is None or not noun_names(persons, page, t)


#: a field's label in sentence case (two to four words, the later ones in small letters) and one
#: number after its colon (``Academic year: 2021``, ``Number of pages: 27``); a title naming a
#: period (``Mapping the coast: 1850-1900``) has a range, one naming a year (``Blade Runner:
#: 2049``) its later words capitalised
_NUMBER_ROW = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?: [^\W\d_A-ZÀ-Þ][^\W\d_]*){1,3} ?: ?\d{1,4}")


#: a word ending in two small letters closed by a full stop before a capitalised word
#: (``… at sea. The …``, ``Rep. Zoe``; an initial ``J. Moe`` never ends a sentence), the word
#: shape of :data:`comet.page.evidence._SENTENCE`
_DOTTED_BEFORE_CAPITAL = re.compile(r"([^\W\d_]*[a-z]{2})\.\s+[A-Z][a-z]")


def _sentence_break(text: str, page: _Page) -> bool:
    """A full stop in the line ends a sentence: the word before it is no abbreviation of
    the locales (``Rep.``, ``Gov.``, ``approx.``: personal titles and the
    locales' ``[words].abbreviations``; a headline naming ``Rep. Zoe Ortiz`` is one
    sentence)."""
    abbr = abbreviations(page.rules)
    return any(m.group(1).casefold() not in abbr for m in _DOTTED_BEFORE_CAPITAL.finditer(text))


def _numbered_genre(text: str, page: _Page) -> bool:
    """A line opening with a thesis's or a report's genre and a number right after it
    (``Kandidatarbete 15 hp Landskapsplanering Kärrby Högskola``, credits; ``Arbeitspapier Nr. 5``):
    a cover's genre line, never the title (a title after the genre opens with a word,
    :func:`comet.page.genre_lines.after_genre`)."""
    found = _leading_genre(text, page)
    if found is None:
        return False
    rest = text[len(found[1]) :].lstrip(" :–—-|,")
    return rest[:1].isdigit()


#: words of a line around a bare year from which the year is part of a title (``Looking
#: back on 2008``, ``Inaugural post - 2008``), not a date line (``Posted 2008``)
TITLED_YEAR_WORDS = 2


def _titled_year(text: str, page: _Page) -> bool:
    """A short line whose date is a year alone among words (no month, no season): a title
    that names a year, not a date line."""
    value = _date_of(page, text)
    if getattr(value, "month", None) is not None or getattr(value, "season", None) is not None:
        return False
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if words and words[0].casefold() in _source_words(page.rules):
        return False  # 'Aus Lexikon 2009': the line naming a reference work and its year
    return len(words) >= TITLED_YEAR_WORDS


def _news(page: _Page) -> bool:
    """A blog or magazine page (its kind names the site's masthead as the container)."""
    return page.kind is not None and "masthead_is_container" in page.kind.flags
