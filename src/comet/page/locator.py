"""Volume, issue, pages and article numbers: locator lines and labels, and the journal
name printed before a locator (which lines are read, and what a locator line is, in
:mod:`comet.page.locator_lines`).
"""

from __future__ import annotations

import functools
import re

import attrs

from comet import locales as _loc
from comet.dates import PartialDate, Precision
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.locators import Locator, PageRange, find_locators, parse_locator, parse_pages
from comet.page.chrome import _call_to_action, _is_chrome, _ordinals
from comet.page.citations import _cite_values
from comet.page.evidence import (
    _DIGIT_RE,
    _WORD,
    W_LABEL,
    W_LINE,
    W_POS,
    Cand,
    _lenient,
    _Page,
)
from comet.page.extent import _extent_pages, _is_extent
from comet.page.false_locators import (
    _FILE_SIZE,
    _THOUSANDS,
    _after_post_box,
    _clock_after_date,
    _date_and_clock,
    _in_time_stamp,
    _loose_numbers,
    _not_a_locator,
)
from comet.page.journal_abbrev import _abbreviated_journal
from comet.page.journal_head import (
    _authors_year,
    _date_words_only,
    _journal_head,
    _year_label_tail,
    stated_year,
)
from comet.page.layout import Line
from comet.page.line_labels import NUMBER_VALUE
from comet.page.lines import LabelValue
from comet.page.locator_lines import (
    LAST_LOCATOR_LINE,
    _is_venue_line,
    _names_journal,
    _no_locator_text,
    _suffix_words_first,
    _units,
)
from comet.page.locator_tail import place_and_date
from comet.page.report_number import _extent_line, _report_number
from comet.page.thesis_bylines import thesis_byline
from comet.text._words import closed_class

#: a decimal number: no locator on its own (``1.86``, ``3,5``)
_DECIMAL = re.compile(r"\d+[.,]\d+")

#: an empty slot of a locator's template: two commas with only spaces between
_EMPTY_SLOT = re.compile(r",\s*,")

_VOLUME = re.compile(r"\d{1,5}[A-Za-z]?\Z|[IVXLCivxlc]{1,8}\Z")
#: a volume and its issue written with a slash (``15/2``, ``Volume 11/9``), not a double
#: volume or a season's years (``2019/20``)
_VOLUME_SLASH_ISSUE = re.compile(r"([1-9]\d{0,2})/(\d{1,2})\Z")


#: a new-style arXiv identifier: ``arXiv:1706.03762``, ``arXiv:1901.09839v3`` (version dropped)
_ARXIV = re.compile(r"\barXiv:(\d{4}\.\d{4,5})(?:v\d{1,3})?\b")


#: the weight of a locator line on a page whose kind has no locators of its own (a blog
#: post's locators are of the works it discusses)
OTHER_WORK_LOCATOR = 0.6

#: the share of a page's text within which a locator line counts as the page's own
TOP_SHARE = 0.3


class _Locators:
    """Volume, issue, pages and number candidates of a page, and its best dated locator."""

    def __init__(self) -> None:
        self.out: dict[str, list[Cand]] = {"volume": [], "issue": [], "pages": [], "number": []}
        self.best_loc: Locator | None = None
        self.best_span: tuple[int, int] | None = None
        self.best_score = 0.0

    def add(self, loc: Locator, score: float, span: tuple[int, int], evidence: str) -> None:
        out = self.out
        if loc.volume:
            out["volume"].append(Cand(loc.volume, score, span, evidence))
        if loc.issue:
            out["issue"].append(Cand(loc.issue, score, span, evidence))
        elif loc.part:
            part = _printed_part(loc)
            if part:
                out["issue"].append(Cand(part, score, span, evidence + ", part as issue"))
        if loc.pages is not None:
            first = loc.pages.first or ""
            # an article number: '045004', or more digits than a page number has ('104511')
            article_no = first.isdigit() and (
                len(first) >= 6 or (first[:1] == "0" and len(first) >= 5)
            )
            if loc.pages.last is None and first and (not first.isdigit() or article_no):
                out["number"].append(Cand(loc.pages.first, score, span, evidence))
            else:
                out["pages"].append(Cand(loc.pages, score, span, evidence))
        if loc.article_number:
            out["number"].append(Cand(loc.article_number, score, span, evidence))
        if loc.issued is not None and score > self.best_score:
            self.best_loc, self.best_span, self.best_score = loc, span, score


def _printed_part(loc: Locator) -> str | None:
    """A part that stands for the issue, as printed with its word (``Pt 11``, ``Part 3``):
    the word the locator grammar read as the part term, just before the part number."""
    part = loc.part or ""
    found = list(re.finditer(rf"([^\W\d_]{{1,8}}\.?)[ \t]?{re.escape(part)}(?!\w)", loc.raw))
    if not part or not found:
        return None
    return f"{found[-1].group(1)} {part}"


#: a page-count label's value: the number, and at most one word (``42 Seiten``, ``76 p.``)
_PAGE_COUNT = re.compile(r"(\d{1,5})(?:\s?[^\W\d_]{1,12}\.?)?")


#: characters of a citation label's value that names only the source at most
SOURCE_LENGTH = 120
#: a year in brackets: before more text, an author-date citation, not a bare source (a
#: source may end with its year in brackets: ``Marsh Sci. Lett. 14, 224009 (2019)``)
_BRACKET_YEAR = re.compile(rf"\(\s*{CITATION_YEAR_PATTERN}[a-z]?\s*\)")


#: the year a citation prints after its authors' ``et al`` (``D N Moe et al 1976 Journal``)


def _source_line(page: _Page, found: _Locators, value: str, span: tuple[int, int], ev: str) -> None:
    """A citation label whose value is the source alone (``Citation: Journal of Cold Region
    Hydrology, 27(3), 211-229``): its journal name and locator, labelled evidence. A whole
    citation (authors, ``(2017)``, title) is read by the citation reader instead."""
    bracket = _BRACKET_YEAR.search(value)
    if (bracket is not None and value[bracket.end() :].strip(" .")) or any(
        q in value for q in '"“«'
    ):
        return  # a year in brackets before more text: an author-date citation, no source
    value = _suffix_words_first(value, page.rules)  # '湿地学报，2019，12(3)：45-67'
    for m in find_locators(value, locales=page.rules):
        loc = m.value
        if not (loc.volume and (loc.issue or loc.pages or loc.article_number)):
            continue  # ('Biomed. Mater. 14 035018': a volume and an article number)
        head = _journal_head(value[: m.start], page.rules)
        if not head:
            return  # 'Download (2.3 MB)': numbers without a journal name are no source
        dated = _authors_year(page.rules).search(value[: m.start])
        if loc.issued is None and dated is not None:  # 'A B Moe et al 1976 Journal 12 143'
            loc = attrs.evolve(loc, issued=PartialDate(int(dated.group(1))))
        found.add(loc, W_LABEL, span, ev)
        page.heads.append(Cand(head, W_LABEL, span, f"journal under {ev}"))
        return


#: a page number alone under a first- or last-page label (``330``, ``e12``, ``xiv``)
_PAGE_NUMBER = re.compile(r"[A-Za-z]?\d{1,6}|[ivxlcdm]{1,8}", re.I)


def _line_over(page: _Page, found: _Locators, index: int) -> None:
    """The volume and the issue on the unlabelled line over a first-page label (``Vol. 12``
    / ``First page: 45``): the label ends the locator unit the line was read in."""
    if index < 1 or index - 1 in page.layout.label_lines:
        return
    line = page.layout.lines[index - 1]
    if len(line.text) > SOURCE_LENGTH or page.weight(line.start) < 1:
        return
    loc = _lenient(parse_locator, line.text.strip(), locales=page.rules)
    if isinstance(loc, Locator) and loc.volume and not loc.pages:
        found.add(loc, W_LABEL, (line.start, line.end), "the line over a first-page label")


def _labelled_locators(page: _Page, found: _Locators) -> None:
    """Volume, issue, pages, extent and number labels, and locators inside labelled values."""
    out = found.out
    ends: dict[str, LabelValue] = {}  # 'First page: 330' / 'Last page: 331'
    for lv in page.layout.labels:
        if not lv.value or page.weight(lv.value_start) < 1:
            continue
        span = (lv.value_start, lv.value_end)
        ev = f"label '{lv.label}'"
        if lv.key in ("first_page", "last_page") and _PAGE_NUMBER.fullmatch(lv.value.strip()):
            ends.setdefault(lv.key, lv)
        elif lv.key == "volume":
            loc = _lenient(parse_locator, lv.value, locales=page.rules)
            if isinstance(loc, Locator) and loc.volume:
                found.add(loc, W_LABEL, span, ev)
            elif re.fullmatch(r"[\w.-]{1,12}", lv.value):
                out["volume"].append(Cand(lv.value, W_LABEL, span, ev))
        elif lv.key == "issue" and re.fullmatch(r"[\w./–-]{1,12}", lv.value):
            out["issue"].append(Cand(lv.value, W_LABEL, span, ev))
        elif lv.key in ("pages",):
            pr = _lenient(parse_pages, lv.value, locales=page.rules)
            if isinstance(pr, PageRange):
                out["pages"].append(Cand(pr, W_LABEL, span, ev))
        elif lv.key == "cite_this" and len(lv.value) <= SOURCE_LENGTH and lv.layout == "same-line":
            _source_line(page, found, lv.value, span, ev)
        elif lv.key == "page_count" and _PAGE_COUNT.fullmatch(lv.value.strip()):
            # 'Seitenzahl: 184', 'Umfang: 42 Seiten', '页数：76': a count, not a range
            counted = _PAGE_COUNT.fullmatch(lv.value.strip())
            number = counted.group(1) if counted else ""
            pr = _lenient(parse_pages, f"{number} pp.", locales=page.rules)
            if number and isinstance(pr, PageRange):
                out["pages"].append(Cand(pr, W_LABEL, span, ev))
        elif lv.key == "description" and _is_extent(lv.value, page.rules):
            count = _extent_pages(lv.value, page.rules)
            if count is not None:
                out["pages"].append(Cand(count, W_LABEL, span, f"extent under '{lv.label}'"))
        elif lv.key == "cite_this" and _is_venue_line(lv.value, page.rules):
            # 'Citation: Marsh Ecology Letters 12(3): 45-67' (a repository's source field)
            value = _suffix_words_first(lv.value, page.rules)
            m = next(iter(find_locators(value, locales=page.rules)), None)
            if m is not None:
                found.add(m.value, W_LABEL, span, ev)
        elif lv.key in ("volume_issue", "description", "container", "journal"):
            # '12th' in 'Proceedings of the 12th Workshop …' numbers the event, no volume
            value = _ordinals(page.rules).sub(lambda m: " " * len(m.group()), lv.value)
            loc = _lenient(parse_locator, _suffix_words_first(value, page.rules),
                           locales=page.rules)  # fmt: skip
            if isinstance(loc, Locator) and (loc.volume or loc.pages):
                found.add(loc, W_LABEL, span, ev)
        elif lv.key in ("number", "article_number"):
            number = re.search(r"\b[\w-]*\d[\w-]*\b", lv.value)
            if lv.key == "article_number" and not NUMBER_VALUE.fullmatch(lv.value.strip()):
                number = None  # 'Article' over a line of text: a heading, not a number
            elif number and _TITLE_YEAR.fullmatch(lv.value.strip()):
                number = None  # 'Working Paper: Title of a Related Paper (2022)': a year
            if number:
                out["number"].append(Cand(number.group(), W_LABEL, span, ev))

    first = ends.get("first_page")
    if first is not None:  # the two labels of a page range ('Página inicial' / 'Página final')
        last = ends.get("last_page")
        a, b = first.value.strip(), last.value.strip() if last is not None else ""
        if last is not None and a.isdigit() and b.isdigit() and int(b) < int(a):
            last = None  # ('Page start: 12' / 'Page end: 3': two labels are never abbreviated)
        text = a + (f"-{b}" if last is not None else "")
        _line_over(page, found, first.line)
        pr = _lenient(parse_pages, text, locales=page.rules)
        if isinstance(pr, PageRange):
            end = last.value_end if last is not None else first.value_end
            ev = f"labels '{first.label}'" + (f" and '{last.label}'" if last is not None else "")
            out["pages"].append(Cand(pr, W_LABEL, (first.value_start, end), ev))


#: an issue number with letters glued after it (``3Dental``, ``24A``)
_GLUED_ISSUE = re.compile(r"(\d{1,4})([^\W\d_]+)")


def _unglued_issue(loc: Locator, after: str, page: _Page) -> Locator:
    """The issue without the words a contents line glued to it (``vol.21 issue3Dental
    condiction …``: the next article's title; ``número24A Família …``: its first word, a
    function word of the locales, before a capitalised one)."""
    m = _GLUED_ISSUE.fullmatch(loc.issue or "")
    if m is None:
        return loc
    letters = m.group(2)
    glued_word = letters[:1].isupper() and len(letters) >= 3 and letters[1:].islower()
    glued_article = (
        len(letters) == 1
        and letters.casefold() in closed_class(page.rules)
        and after[:1] == " "
        and after[1:2].isupper()
    )
    return attrs.evolve(loc, issue=m.group(1)) if glued_word or glued_article else loc


#: a date with a word in it (a month, a season, a part of the year), not a bare year
_NAMED_DATE = re.compile(r"[^\W\d_]{2}")


@functools.cache
def _generic_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Journal words and function words, folded: a name of these alone is generic."""
    return _loc.casefolded_terms("words", rules, "journal_words") | closed_class(rules)


def _journal_masthead(head: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """``head`` names a journal: a journal word of the locales (``Močvarni glasnik``,
    ``Zeitschrift für …``), or two words or more set in capitals (``MOČVARNI LIST``: a
    journal's masthead, whatever its language's word for a journal)."""
    words = _WORD.findall(head)
    if words and all(w.casefold() in _generic_words(rules) for w in words):
        return False  # 'Newsletter', 'The Bulletin': a periodical's word alone, no name
    if _names_journal(head, rules):
        return True
    words = [w for w in head.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(w.isupper() and len(w) >= 2 for w in words)


def _line_locators(page: _Page, found: _Locators) -> None:
    """Locators printed in the page's lines (and runs of short lines), weighted by where
    they stand; the journal name before a locator, or on the line above it."""
    cites_others = page.kind is not None and "locators_cite_others" in page.kind.flags
    others = OTHER_WORK_LOCATOR if cites_others else 1.0
    own_doi = str(page.memo.get("own-doi") or "")
    dissertation = thesis_byline(page)
    for text, start, end, index in _units(page):
        own = bool(own_doi) and own_doi in page.layout.lines[index].text.casefold()
        if (index > LAST_LOCATOR_LINE and not own) or _no_locator_text(text):
            continue
        if dissertation is not None and dissertation[4][0] <= start < dissertation[4][1]:
            continue  # 'by Quill, B., Ed.D., University of X, 2016, 211; …': year and pages
        moved = _suffix_words_first(text, page.rules)
        if moved != text:  # '2003年15卷04期 33-41页': the line's span, not the match's
            text, end = moved, start + len(moved) + 1
        for m in find_locators(text, locales=page.rules):
            loc = m.value
            slash = _VOLUME_SLASH_ISSUE.match(loc.volume or "")
            if (
                slash is not None
                and int(slash.group(2)) != int(slash.group(1)) + 1  # '12/13', '3/4': double
                and loc.issue is None
                and (loc.pages or loc.issued)
            ):
                loc = attrs.evolve(loc, volume=slash.group(1), issue=slash.group(2))
            if loc.volume and not _VOLUME.match(loc.volume):
                continue
            if m.start > 0 and text[m.start - 1].isalpha():
                continue  # numbers glued to a word: affiliation markers ('Lamkanfi1, 2, 7,')
            if _DECIMAL.fullmatch(m.raw.strip()):
                continue  # a decimal number ('1.86', an impact factor or a version) alone
            if _after_post_box(text[: m.start], page.rules):
                continue  # 'P.O. Box 417 4410 XZ Marshtown': a postal address on a cover
            # a journal numbered by issue alone, its place and date after the number
            # ('Cuad. Estud. no.85 Buenos Aires ago. 2020'): read as the issue's locator
            issue_only = (
                not loc.volume
                and loc.issue
                and not loc.pages
                and m.raw[:1].isalpha()
                and _journal_head(text[: m.start], page.rules)
                and place_and_date(page, text[m.end :]) is not None
            )
            # an issue numbered with its named date and no volume (a quarterly's or a
            # special issue's 'n° 31, 3e trimestre 2011', 'No. 5, Spring 2019')
            dated_issue = (
                not loc.volume
                and loc.issue
                and not loc.pages
                and m.raw[:1].isalpha()
                and loc.issued is not None
                and _NAMED_DATE.search(loc.issued.raw) is not None
                and loc.issued.precision in (Precision.YEAR, Precision.SEASON)
            )
            # a journal numbered by issue alone, its name before the issue, year and pages
            # ('Skogsbladet 7-8/2023 str. 77', 'Fenblad Revija 4/2020, s. 12-15')
            issue_year_pages = (
                not loc.volume
                and loc.issue
                and loc.pages is not None
                and loc.issued is not None
                and _journal_masthead(_journal_head(text[: m.start], page.rules), page.rules)
            )
            # a masthead that left a slot of its template empty ('Year 2021, , 212 - 222':
            # no volume printed): the year or the issue, and a page range
            slotted = (
                not loc.volume
                and (loc.issued or loc.issue)
                and loc.pages is not None
                and loc.pages.last is not None
                and _EMPTY_SLOT.search(m.raw) is not None
            )
            if (
                not issue_only
                and not dated_issue
                and not issue_year_pages
                and not slotted
                and not (
                    loc.volume and (loc.issue or loc.pages or loc.issued or loc.article_number)
                )
            ):
                continue
            if _FILE_SIZE.match(text, m.end):
                continue  # 'Download (2.3 MB)': a file's size
            if _THOUSANDS.fullmatch(text[m.start : m.end].strip()):
                continue  # 'más de 1.800 glaciares': a number with a thousands separator
            if _clock_after_date(text, loc) or _date_and_clock(m.raw, page):
                continue  # '4 de mayo de 2022 - 10:30': a time of day, no volume and page
            if _in_time_stamp(text, m.start, m.end):
                continue  # '2019-11-19T12:48:14Z': a time stamp, no volume and page
            virtual = end - start != len(text)
            span = (start, end) if virtual else (start + m.start, start + m.end)
            # near the top (the work's own locator) or deep in the body (a citation)
            top = index < 60 and start < TOP_SHARE * len(page.text)
            weight = (W_LINE if top else W_LINE - 0.1) * page.weight(start) * others
            if own:
                # the work's own DOI on the line: its own citation, wherever it stands
                # ('doi: 10.1/x Journal November 2013 vol. 63 no. 11 4350-4353')
                weight = max(weight, (W_LINE - 0.05) * page.weight(start))
            head = _journal_head(text[: m.start], page.rules)
            if head and (
                _is_chrome(head, page.rules)
                or _call_to_action(head, page.rules)
                or head.endswith(("?", "!"))
                or _date_words_only(head, page.rules)
            ):
                head = ""  # "This Month's Issue", 'Got a tip?': a widget's heading, no name
            # 'Ticket No. 12, summer 2019': a numbered thing, no journal's name (nor the line
            # over it)
            # ('Newsletter No. 12, summer 2019' under a club's name: the club is no journal)
            thing = dated_issue and not (head and _journal_masthead(head, page.rules))
            if thing:
                head = ""
            if slotted and not (
                head or m.raw[:1].isalpha() or _year_label_tail(page.rules).search(text[: m.start])
            ):
                continue  # '2019, , 12-15' alone: a table's row with an empty cell
            if _not_a_locator(m.raw, loc, head, page):
                continue  # '9:41', '1.7.2', '1 456', '6. November 2023 14:03'
            dated = _authors_year(page.rules).search(text[: m.start]) if head else None
            if (
                dated is None
                and not _names_journal(head, page.rules)
                and _loose_numbers(m.raw, loc, text[m.end :])
            ):
                continue  # '15 24817', '0734 - 512': a street number and postcode, a phone
                # (after a journal's name, 'Fen Materials Letters 9 045112' is a locator)
            if dated is not None and loc.issued is None:  # 'Moe et al 1976 Journal 12 143'
                loc = attrs.evolve(loc, issued=PartialDate(int(dated.group(1))))
            stated = stated_year(text[: m.start], page.rules) if head else None
            if stated is not None and loc.issued is None:  # 'Erschienen 2013 im Jahrbuch …'
                loc = attrs.evolve(loc, issued=PartialDate(stated))
            if loc.issue and _GLUED_ISSUE.fullmatch(loc.issue):
                loc = _unglued_issue(loc, text[m.end :], page)  # 'vol.21 issue3Dental …'
            named = bool(head) or m.raw[:1].isalpha()  # a journal's name, or 'vol.', 'v.'
            if (
                named
                and loc.issued is None
                and (loc.volume or issue_only)
                and loc.issue
                and loc.pages is None
            ):
                after = place_and_date(page, text[m.end :])
                if after is not None:  # 'Rev Port Med vol.36 no.2 Lisboa abr. 2020'
                    loc = attrs.evolve(loc, issued=after[1])
                    page.memo[("locator-place", span)] = after[0]
            # a year and a journal name before the numbers make it a citation locator
            weight += 0.03 * (loc.issued is not None) + 0.03 * bool(head)
            found.add(loc, weight, span, "locator line")
            if head:
                page.heads.append(Cand(head, weight, span, "journal before a locator"))
            elif not virtual and index > 0 and not thing:
                _journal_above(page, page.layout.lines[index - 1], weight)


#: a title with its year in brackets as a number label's value (``Working Paper: What the
#: Tides Tell Us (2022)``, a related paper): words, then the year, no number of a report
_TITLE_YEAR = re.compile(rf"(?:[^\W\d_][\w'’,:?!.-]*\s+){{3,}}\({CITATION_YEAR_PATTERN}\)\.?")


def _journal_above(page: _Page, prev: Line, weight: float) -> None:
    """The line above a locator as the journal's name, when it reads as one: as strong as
    the locator under it (a masthead above the top locator outweighs a phrase before
    numbers in the body)."""
    if (
        prev.index not in page.layout.label_lines
        and not _DIGIT_RE.search(prev.text)
        and "," not in prev.text
        and len(prev.text.split()) <= 10
        and not prev.text.endswith((".", "?", "!"))
        and not _call_to_action(prev.text, page.rules)
        and not any(c in prev.text for c in ":[]")
        and _journal_head(prev.text, page.rules)
    ):
        page.heads.append(Cand(prev.text.rstrip(", "), max(W_POS, weight),
                               (prev.start, prev.end), "line above the locator"))  # fmt: skip


def _number_of_doi(page: _Page, chosen: dict[str, Cand]) -> None:
    """A single page after the volume that the work's own DOI ends with, after the volume
    (``Marsh Res 2014, 10:144`` with ``10.5555/1234-5678-10-144``): the article number of
    an online journal, not a page (``number``, as the gold convention has it)."""
    pages, volume = chosen.get("pages"), chosen.get("volume")
    doi = str(page.memo.get("own-doi") or "")
    if "number" in chosen or pages is None or volume is None or not doi:
        return
    pr = pages.value
    if not isinstance(pr, PageRange) or pr.first is None or pr.last is not None:
        return
    if not (str(volume.value).isdigit() and pr.first.isdigit()):
        return
    vol, first = str(int(volume.value)), str(int(pr.first))
    if re.search(rf"(?<![0-9a-z])0*{vol}[^0-9a-z]0*{first}\Z", doi) is None:
        return
    del chosen["pages"]
    chosen["number"] = Cand(pr.first, pages.score, pages.span,
                            f"{pages.evidence}, an article number (the DOI ends with it)")  # fmt: skip
    page.note("article-number", f"{pr.first!r} after volume {vol} read as the article number: "
              f"the work's DOI ends with both", pages.span)  # fmt: skip


#: lines under the title searched for its page range (the title's translation, the byline)
HEAD_PAGES_LINES = 4


def _pages_under_title(page: _Page) -> Cand | None:
    """A line that is only a page range after an abbreviated page label (``p. 84-93``,
    ``pp. 12–29``, ``S. 5–18``) a few lines under the title and below its byline, where a
    journal site prints an article's pages (``Title`` / ``Ana Ruiz et Jon Berg`` /
    ``p. 84-93``): the work's pages, though no volume stands by them. Without a byline
    between them, or after a spelled-out label (``Pages 1–3``, a pager), no pages."""
    title = page.title_line
    if title is None:
        return None
    lines = page.layout.lines
    for line in lines[title + 1 : title + 1 + HEAD_PAGES_LINES]:
        text = line.text.strip()
        label = _PAGE_ABBREVIATION.match(text)
        if label is None or len(text) > PAGES_LINE_CHARS or line.zone != "main":
            continue
        if not _authors_between(page, title, line.index):
            continue  # no byline between: a blog's archive pager, a menu's page note
        m = next(iter(find_locators(text, locales=page.rules)), None)
        if m is None or m.start != 0 or text[m.end :].strip(" .,;"):
            continue
        loc = m.value
        if loc.pages is None or loc.pages.last is None or loc.volume or loc.issue:
            continue
        return Cand(loc.pages, W_LINE * page.weight(line.start), (line.start, line.end),
                    "a page range under the title and its byline")  # fmt: skip
    return None


def _authors_between(page: _Page, title: int, index: int) -> bool:
    """The work's chosen authors were read from a byline between the title line and line
    ``index`` (names near the top that were not chosen, ``Harbour Rowing Club``, are none)."""
    chosen = page.spans.get("authors")
    if chosen is None:
        return False
    for by in page.bylines:
        if title < by.first_line and by.last_line < index:
            start, end = page.to_raw(*by.span)
            if start < chosen[1] and chosen[0] < end:
                return True
    return False


#: an abbreviated page label opening such a line (``p.``, ``pp.``, ``S.``, ``s.``, ``с.``)
_PAGE_ABBREVIATION = re.compile(r"[^\W\d_]{1,3}\.\s*\d")


#: characters of such a page line at most (``pp. 1234-1256.``)
PAGES_LINE_CHARS = 20


def _locator(page: _Page) -> tuple[dict[str, Cand], Locator | None, tuple[int, int] | None]:
    """The page's volume, issue, pages and number, and its best dated locator and span."""
    found = _Locators()
    _labelled_locators(page, found)
    _line_locators(page, found)
    out = found.out
    # an arXiv identifier of the page (not of its references) is the work's number
    for hit in _ARXIV.finditer(page.text) if "arXiv:" in page.text else ():
        if page.weight(hit.start()) >= 1:
            arxiv = f"arXiv:{hit.group(1)}"
            out["number"].append(Cand(arxiv, W_POS, hit.span(), "arXiv identifier"))
            break
    report = _report_number(page)
    if report is not None:
        out["number"].append(report)
    extent = _extent_line(page)
    if extent is not None:
        out["pages"].append(extent)
    head_pages = _pages_under_title(page)
    if head_pages is not None:
        out["pages"].append(head_pages)
    for key in ("volume", "issue"):
        out[key].extend(_cite_values(page, key))
    # a series' number split from a formatted citation's source ('Working Papers 42, …')
    out["number"].extend(
        c for c in _cite_values(page, "number") if c.evidence.startswith("citation")
    )
    for c in _cite_values(page, "number-of-pages"):
        pr = _lenient(parse_pages, f"{c.value} pp.")
        if isinstance(pr, PageRange):
            out["pages"].append(Cand(pr, c.score, c.span, c.evidence))
    for c in _cite_values(page, "page"):
        pr = _lenient(parse_pages, str(c.value))
        if isinstance(pr, PageRange):
            out["pages"].append(Cand(pr, c.score, c.span, c.evidence))
    chosen: dict[str, Cand] = {}
    for key, cands in out.items():
        best = page.choose(key, cands)
        if best is not None:
            chosen[key] = best
    _number_of_doi(page, chosen)
    if found.best_loc is None:  # no dated locator: a journal name by the DOI, if any
        _abbreviated_journal(page)
    page.memo["locator-score"] = found.best_score  # how good the dated locator's evidence is
    return chosen, found.best_loc, found.best_span
