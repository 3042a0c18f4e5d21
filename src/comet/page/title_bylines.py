"""The byline under a title: names with their affiliations, an author label, a line of names
after a title's publication-type heading."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.byline_roles import bracketed_role, role_remnant
from comet.page.byline_text import without_next_fields
from comet.page.bylines import _Byline, _byline_at, without_glued_button
from comet.page.chrome import _call_to_action, _is_chrome, _masthead_like, _photo_credit
from comet.page.evidence import _WORD, _lenient, _Page
from comet.page.headings import _headword
from comet.page.layout import _by_words
from comet.page.locator_lines import _locator_line
from comet.page.meta_bylines import _meta_byline
from comet.page.name_checks import _is_type_term, _names_ok
from comet.page.publisher_roles import bracketed_publisher
from comet.page.report_series import _report_series_names
from comet.page.series_lines import numbered_series
from comet.page.standfirsts import _kicker_over, _standfirst
from comet.page.title_lines import _looks_like_title, _news, _word_count
from comet.page.title_sentences import _sentence

#: a byline is looked for in this many lines under a title, chrome and labels aside …
BYLINE_WINDOW_LINES = 12
#: … and among at most this many lines of content
BYLINE_LOOK_LINES = 5


#: words of a ``Name, Affiliation`` byline line at most
AFFILIATED_WORDS = 14
#: such lines read as one byline at most
MAX_AFFILIATED_LINES = 20
#: an author label this many lines under a title at most is its byline
LABEL_BYLINE_LINES = 2


def _name_with_affiliation(text: str, page: _Page) -> tuple[Person, ...] | None:
    """``Dr. Henrike Oltmanns, Universität Oldenmoor``: one person, then after the comma an
    organisation (the name parser reads it as one); the person, or ``None``."""
    head, comma, tail = text.partition(", ")
    if not comma or not tail or len(text.split()) > AFFILIATED_WORDS:
        return None
    person = _lenient(parse_names, head, locales=page.rules)
    if not person or len(person) != 1 or not _names_ok(list(person), strict=True,
                                                       page_rules=page.rules):  # fmt: skip
        return None
    org = _lenient(parse_names, tail, locales=page.rules)
    if not org or not all(p.literal is not None for p in org):
        return None
    return tuple(person)


def _affiliated_byline(page: _Page, first: int) -> _Byline | None:
    """Consecutive lines of one person each with an affiliation after a comma, as a byline."""
    persons: list[Person] = []
    lines = page.layout.lines
    k = first
    while k < len(lines) and k - first < MAX_AFFILIATED_LINES:
        found = _name_with_affiliation(lines[k].text, page)
        if found is None:
            break
        persons.extend(found)
        k += 1
    if not persons:
        return None
    return _Byline(tuple(persons), (lines[first].start, lines[k - 1].end), first, k - 1)


#: label layouts with the value on the label's own line (``By Ana Ruiz``; ``Posted on
#: 3 May 2021 by Ana Ruiz``, the author value a date label's value ends with)
_ON_LINE = ("same-line", "inline")


def _author_label_at(page: _Page, k: int) -> _Byline | None:
    """An author label with its names on line ``k`` (``By Gareth Pennock``, ``Posted on
    3 May 2021 by Gareth Pennock``), as a byline."""
    for lv in page.layout.labels:
        if lv.line == k and lv.key == "author" and lv.layout in _ON_LINE and lv.value:
            value = without_glued_button(lv.value, page.rules)  # 'Ana RuizTwitter'
            value = without_next_fields(value)  # 'Ana Ruiz - Category: Travel'
            role, rest = bracketed_role(value, page.rules, _by_words(page.rules))
            if role is not None and role != "author":
                return None  # 'Edited by (editor) Ana Ruiz': a shop's row of another role
            value = rest if role is not None else value
            persons = _lenient(parse_names, value, locales=page.rules)
            if persons and role_remnant(persons, persons.role):
                return None  # 'Tác giả: Ban biên tập': the editorial board, no person
            if persons and _names_ok(list(persons), page_rules=page.rules):
                end = lv.value_start + len(value)
                return _Byline(tuple(persons), (lv.value_start, end), k, k)
            return None
    return None


#: a line ending a sentence (``…, every week.``; not an initial or an abbreviation such as
#: ``Vol.``): a site's tagline, never a title with its subtitle on the next line
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}[.!]$")


def _has_byline(page: _Page, index: int) -> bool:
    """The line after ``index`` starts a byline (or is a post's meta line)."""
    nxt = index + 1
    if nxt >= len(page.layout.lines):
        return False
    return (_byline_at(page, nxt) or _meta_byline(page, nxt)) is not None


#: characters of a line of publication-type words (``Original Paper``) at most
TYPE_LINE_CHARS = 40


def _type_line(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A short line of publication-type words of the locales (``RESEARCH ARTICLE``): every
    word is a word of a type term (a set lookup) before the type parser reads it whole."""
    if len(text) > TYPE_LINE_CHARS:
        return False
    words = _WORD.findall(text)
    known = _type_words(rules)
    return bool(words) and all(w.casefold() in known for w in words) and _is_type_term(text, rules)


@functools.cache
def _type_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The words of the locales' publication-type terms, folded."""
    return frozenset(w.casefold() for t in _loc.terms_of("types", rules) for w in _WORD.findall(t))


#: words of a line naming a report series at most (``NCB Working Papers``, ``Documentos de
#: Trabajo del Banco``): a cover's series line, never a title's subtitle
SERIES_LINE_WORDS = 6


def _names_report_series(text: str, page: _Page) -> bool:
    """A short line holding a report series' name of the locales (``[references].report``:
    ``NCB Working Papers``, ``Discussion Paper Series``): the series a working paper's
    cover names under its title, not a subtitle."""
    if len(text.split()) > SERIES_LINE_WORDS:
        return False
    pattern = _report_series_names(page.rules)
    return pattern is not None and pattern.search(text) is not None


def _journal_over_locator(page: _Page, k: int) -> bool:
    """Line ``k`` names a journal (a journal word of the locales) over a locator line
    (``Journal of …`` / ``Volume 14, Issue 2, 2021, pp. 33-58``): the work's container
    under its title, never the title's subtitle (review25)."""
    lines = page.layout.lines
    if k + 1 >= len(lines) or not _masthead_like(lines[k].text, page.rules):
        return False
    return _locator_line(lines[k + 1], page)


def _byline_after(page: _Page, title_line: int) -> tuple[_Byline | None, int | None]:
    """The byline within a few lines after a title, and a subtitle line if one stands between."""
    lines = page.layout.lines
    subtitle: int | None = None
    looked = 0
    captioned = True  # only captions stand between the title and line k
    for k in range(title_line + 1, min(len(lines), title_line + BYLINE_WINDOW_LINES)):
        line = lines[k]
        if line.zone == "references":
            break  # a list of other works' citations under the title: their names are theirs
        if (
            k in page.layout.label_lines
            and k - title_line <= LABEL_BYLINE_LINES
            and title_line not in page.layout.label_lines
        ):
            labelled = _author_label_at(page, k)
            if labelled is not None:
                return labelled, subtitle  # 'Von Jens Ohlsen', 'Ein Beitrag von …', 'Por …'
        if k in page.layout.label_lines or _word_count(line.text) <= 1:
            captioned = False
            continue  # (Chinese names without spaces count by their characters)
        if _photo_credit(line.text, page.rules):
            continue  # a photo's caption between a title and its standfirst or byline
        if _is_chrome(line.text, page.rules):
            captioned = False
            continue  # 'Show more', 'Add to Mendeley' between a title and its byline
        looked += 1
        if looked > BYLINE_LOOK_LINES:
            break
        if _headword(line, page):
            break  # 'RELIEUR, RELIEUSE' over its definition: an entry's headword, no names
        if _type_line(line.text, page.rules):
            continue  # 'RESEARCH ARTICLE' under the title: an article type's kicker, read
            # past (never a subtitle; the byline below is the title's)
        if numbered_series(line.text, page.rules) or bracketed_publisher(line.text, page.rules):
            continue  # 'Fenland Studien, Band 7', 'Kranich & Sohn (Verlag)': no names
        by = _byline_at(page, k) or _affiliated_byline(page, k) or _meta_byline(page, k)
        if by is not None:
            return by, subtitle
        if k == title_line + 1 and _news(page) and _kicker_over(lines[title_line].text, line.text):
            return None, None  # 'Business News' over the headline: the byline is the headline's
        if (
            subtitle is None
            and (k == title_line + 1 or (captioned and looked == 1))
            and _standfirst(lines[title_line].text, line.text, _news(page))
            and not _call_to_action(lines[title_line].text, page.rules)
            and not _type_line(lines[title_line].text, page.rules)
        ):  # (a widget's or a button's line has no standfirst: the headline follows it; nor
            # has an article type's kicker, 'ARTÍCULO DE REVISIÓN': the title follows it)
            subtitle = k  # a standfirst between headline and byline (a caption before it
            # read past): not joined to the title
            page.memo[("standfirst", k)] = True
            continue
        if (
            subtitle is None
            and k == title_line + 1
            and not _SENTENCE_END.search(lines[title_line].text)
            and _looks_like_title(line, page)
            and not _sentence(line.text)  # ('The agency monitored twelve wells.': no subtitle)
            and not (line.text.endswith(":") and not line.text.endswith(" :"))
            and not (_masthead_like(lines[title_line].text, page.rules) and _has_byline(page, k))
            and not _names_report_series(line.text, page)
            and not _journal_over_locator(page, k)
        ):
            subtitle = k  # not under a journal's name: the line with its own byline is a title
            continue  # (a line introducing what follows, '… start watching now:', is none)
        if len(line.text) > 80:
            break
    return None, None
