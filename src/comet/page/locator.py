"""Volume, issue, pages and article numbers: locator lines and labels, and the journal
name printed before a locator (which lines are read, and what a locator line is, in
:mod:`comet.page.locator_lines`).
"""

from __future__ import annotations

import re

import attrs

from comet import locales as _loc
from comet.dates import PartialDate, Precision
from comet.locators import Locator, PageRange, parse_pages
from comet.page.chrome import _call_to_action, _is_chrome
from comet.page.citations import _cite_values
from comet.page.doi_article_numbers import _number_of_doi
from comet.page.evidence import (
    W_LINE,
    W_POS,
    Cand,
    _lenient,
    _Page,
)
from comet.page.false_locators import (
    _THOUSANDS,
    _after_post_box,
    _clock_after_date,
    _date_and_clock,
    _in_time_stamp,
    _loose_numbers,
    _not_a_locator,
    sized_number,
)
from comet.page.journal_abbrev import _abbreviated_journal
from comet.page.journal_head import (
    _authors_year,
    _date_words_only,
    _journal_head,
    _year_label_tail,
    stated_year,
)
from comet.page.locator_cands import _Locators, same_issue
from comet.page.locator_crumbs import crumb_issue
from comet.page.locator_guards import (
    MONTH_ISSUE_LINES,
    _cited_work,
    _gost_head,
    _loose_in_line,
    _names_body,
    _own_month_issue,
    _worded_issue,
    issue_in_year,
)
from comet.page.locator_head_lead import head_pieces, without_chrome_lead
from comet.page.locator_labels import _labelled_locators
from comet.page.locator_lines import (
    _YEAR_CHARACTER,
    LAST_LOCATOR_LINE,
    _names_journal,
    _no_locator_text,
    _suffix_words_first,
    _units,
    line_locators,
    rtl_ranges,
)
from comet.page.locator_named import whole_citation
from comet.page.locator_neighbours import _authors_cited, _journal_above
from comet.page.locator_proceedings import proceedings_head
from comet.page.locator_tail import (
    issue_bar_year,
    issue_dateline,
    issue_year_line,
    place_and_date,
)
from comet.page.masthead_issue import MASTHEAD_ISSUE_LINES, _journal_masthead, masthead_issue
from comet.page.page_count_lines import _extent_line
from comet.page.pages_under_title import _pages_under_title
from comet.page.pagination import in_pagination
from comet.page.patent_record import patent_number_cand
from comet.page.report_number import _report_number
from comet.page.standard_designations import W_DESIGNATION, page_designation
from comet.page.thesis_bylines import thesis_byline
from comet.text._words import closed_class

#: words of a line of prose at least: a locator its sentence goes on after (a lower-case
#: word next) is another work's, cited in the text
PROSE_LOCATOR_WORDS = 20
_SENTENCE_GOES_ON = re.compile(r"[\s.,]*[^\W\d_A-ZÀ-ÞĀ-Ž]{2}")
#: a link after a citation's locator (``…, 23 pages. https://doi.org/…``): no sentence
_LINK_AFTER = re.compile(r"[\s.,]*(?:https?://|doi:|www\.)", re.IGNORECASE)
#: a decimal number: no locator on its own (``1.86``, ``3,5``)
_DECIMAL = re.compile(r"\d+[.,]\d+")

#: an empty slot of a locator's template: two commas with only spaces between
_EMPTY_SLOT = re.compile(r",\s*,")
#: the work's own DOI closing a journal's short citation (``Болотный вестник. 2021. № 3.
#: DOI: 10.1234/bv.2021.3``, ``… № 3. https://doi.org/…``; the layout's text blanks the
#: identifier's value, its label stays): no part of the locator
_IDENTIFIER_TAIL = re.compile(
    r"[\s.,;]*(?:(?:DOI|doi)\s*:?\s*(?:10\.\d{4,9}/\S+)?|https?://(?:dx\.)?doi\.org/\S*)[\s.]*\Z"
)

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


#: a year and its year character before an issue number (``2020年10期``, ``2020年第10期``)
_YEAR_ISSUE = re.compile(_YEAR_CHARACTER.pattern + r"\s?\D{0,2}\d")
#: the widest line (characters) read as a journal's year-numbered issue: a masthead or a
#: citation line, never a sentence
YEAR_ISSUE_WIDTH = 40


#: words of the text before a bar at least for it to be a work's title (a page's title
#: line, ``Title | Journal. 2021. № 3. DOI: …``)
BAR_TITLE_WORDS = 3


def _after_title_bar(text: str, start: int, page: _Page) -> tuple[str, int]:
    """A line that prints the work's title, one bar, then its citation (a page's title line:
    ``Идентичность университета | Вестник Болотного университета. 2021. № 472. DOI: …``):
    the text after the bar, and where it starts. The whole line where it has more bars (a
    breadcrumb's steps or a row of parts, ``Volume 12 | Issue 3 | Pages 45-67``), or the text
    before the bar holds a locator or has fewer than :data:`BAR_TITLE_WORDS` words (a site's
    name)."""
    bar = text.rfind(" | ")
    head = text[:bar]
    if " | " in head or len(head.split()) < BAR_TITLE_WORDS or line_locators(head, page.rules)[1]:
        return text, start  # (a breadcrumb's steps, 'Home | Marsh Letters | Vol. 12': whole)
    return text[bar + 3 :], start + bar + 3


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
        text = rtl_ranges(text)  # 'ص. 76- 47': a right-to-left line's range, last page first
        moved = _suffix_words_first(text, page.rules)
        # the year character before an issue ('2020年10期', '2020年第10期'): a journal
        # numbered by issue within its year, no volume printed
        year_numbered = moved != text and _YEAR_ISSUE.search(text) is not None
        if moved != text:  # '2003年15卷04期 33-41页': the line's span, not the match's
            text, end = moved, start + len(moved) + 1
        if " | " in text:  # 'Title | Journal. 2021. № 3': the citation after the title's bar
            text, start = _after_title_bar(text, start, page)
        text, matches = line_locators(text, page.rules)  # 'Vol. 42 ›› Issue (7): 2015-2021'
        for m in matches:
            loc = m.value
            slash = _VOLUME_SLASH_ISSUE.match(loc.volume or "")
            if (
                slash is not None
                and int(slash.group(2)) != int(slash.group(1)) + 1  # '12/13', '3/4': double
                and loc.issue is None
                and (loc.pages or loc.issued)
            ):
                loc = attrs.evolve(loc, volume=slash.group(1), issue=slash.group(2))
            loc = issue_in_year(loc)  # 'Heft 3/2020, S. 45-67', 'Revue 2021/3, pp. 45-67'
            if loc.volume and not _VOLUME.match(loc.volume):
                continue
            if (
                m.start > 0
                and text[m.start - 1].isalpha()
                and not (m.raw[:1].isupper() and text[m.start - 1].islower())
            ):
                continue  # numbers glued to a word: affiliation markers ('Lamkanfi1, 2, 7,')
                # (a locator's word glued to the name before it is one: 'ReviewVolume 17')
            if _DECIMAL.fullmatch(m.raw.strip()):
                continue  # a decimal number ('1.86', an impact factor or a version) alone
            if (
                len(text.split()) >= PROSE_LOCATOR_WORDS
                and _SENTENCE_GOES_ON.match(text, m.end)
                and not _LINK_AFTER.match(text, m.end)
            ):
                continue  # '… cikke a Figyelő 2022. 68. évf. 3. sz. 301-320. oldalán jelent meg.'
            if _after_post_box(text[: m.start], page.rules):
                continue  # 'P.O. Box 417 4410 XZ Marshtown': a postal address on a cover
            # the journal's name before the locator (_journal_head), read once for this
            # match, when first asked
            memo: list[str] = []
            # a year, a volume or an issue and the pages of the page's own citation (its
            # authors' initials above it or before it), after which a journal's name may be
            # in sentence case ('Е. В. Орлова. Title' / 'Русская речь. 2010. № 5, С. 1-4')
            # (or every part of it named by its word: 'Pakrančių tyrimai, T. 12, Nr. 3,
            # p. 45-67, 2019', a citation's full locator, which no sentence runs into)
            # ('Vol.14 No.2 pp.310-327', '2031, vol. 8, iss. 3, pp. 12-30': every part named)
            cited = (
                loc.issued is not None
                and bool(loc.pages and (loc.volume or loc.issue))
                and _authors_cited(page, index, text[: m.start])
            )
            whole = whole_citation(loc, m.raw, cited)
            # a journal numbered by issue alone, its place and date after the number
            # ('Cuad. Estud. no.85 Buenos Aires ago. 2020'): read as the issue's locator
            issue_only = (
                not loc.volume
                and loc.issue
                and not loc.pages
                and m.raw[:1].isalpha()
                and _memo_head(memo, text[: m.start], page.rules, whole)
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
                and (
                    loc.issued.precision in (Precision.YEAR, Precision.SEASON)
                    or (  # 'No. 312, October 2019' near the top of a page with an ISSN
                        loc.issued.precision == Precision.MONTH
                        and index <= MONTH_ISSUE_LINES
                        and bool(page.memo.get("issn-offsets"))
                        and _own_month_issue(page, index, text[: m.start])
                    )
                )
            )
            # a journal numbered by issue alone, its name before the issue, year and pages
            # ('Skogsbladet 7-8/2023 str. 77', 'Fenblad Revija 4/2020, s. 12-15')
            issue_year_pages = (
                not loc.volume
                and loc.issue
                and loc.pages is not None
                and loc.issued is not None
                and _journal_masthead(
                    # (a masthead's name: sentence case stays prose here, 'Weekly bulletin')
                    memo[0] if memo else _journal_head(text[: m.start], page.rules),
                    page.rules,
                )
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
            # a journal numbered by issue within its year in a script written without
            # spaces, its name before the year ('软件导刊 2020年10期'): the year and the issue
            year_issue = (
                year_numbered
                and not loc.volume
                and loc.issue
                and not loc.pages
                and loc.issued is not None
                and loc.issued.precision == Precision.YEAR
                and m.raw[:1].isdigit()
                and len(text) <= YEAR_ISSUE_WIDTH
                and bool(_memo_head(memo, text[: m.start], page.rules, whole))
            )
            # an issue printed with its word, its year and its page range, and no volume (a
            # journal numbered by issue within its year, as GOST cites it: 'Болотный вестник.
            # 2020. № 3. С. 45–67', '2015. №3, 136-138'), in the page's main text
            issue_year_range = (
                not loc.volume
                and loc.issue
                and loc.pages is not None
                and loc.pages.last is not None
                and loc.issued is not None
                and loc.issued.precision == Precision.YEAR
                and _worded_issue(m.raw, loc.issue)
                and page.weight(start) >= 1
                and not _cited_work(text[: m.start])
                and (  # nothing before it, or a journal's name; never a sentence
                    not text[: m.start].strip(" .,;:–-|")
                    or _gost_head(text[: m.start], m.raw)
                    or bool(_memo_head(memo, text[: m.start], page.rules, whole))
                )
            )
            # GOST's short citation of a journal numbered by issue, with no pages
            # ('Болотный вестник. 2021. №3.'): its name closed by a full stop, the year,
            # the issue with its word, and nothing after it on the line; a journal word in
            # the name ('Приказ. 2021. № 3.' is an order's number, ISSN on the page or not)
            # (both shapes below: an issue with its word and a year, no volume, no pages)
            issue_of_year = (
                not loc.volume
                and loc.issue
                and loc.pages is None
                and loc.issued is not None
                and loc.issued.precision == Precision.YEAR
                and _worded_issue(m.raw, loc.issue)
            )
            gost_issue = (
                issue_of_year
                and page.weight(start) >= 1
                and not _IDENTIFIER_TAIL.sub("", text[m.end :]).strip(" .")
                and not _cited_work(text[: m.start])
                and _gost_head(text[: m.start], m.raw)
                and _names_journal(text[: m.start], page.rules)
            )
            # a journal numbered by issue within its year, its name before the issue's word,
            # nothing after them ('Marsh Letters, Issue 3/2019', 'Fen Review, No. 3 (2019)')
            named_issue_year = (
                issue_of_year
                and m.raw[:1].isalpha()
                and index <= MONTH_ISSUE_LINES
                and page.weight(start) >= 1
                and not _IDENTIFIER_TAIL.sub("", text[m.end :]).strip(" .")
                and not _cited_work(text[: m.start])
                and _journal_masthead(
                    _memo_head(memo, text[: m.start], page.rules, whole), page.rules
                )
            )
            # a proceedings paper's page range after the volume's name ('Proceedings of the
            # 12th Workshop on X, pages 45–67, Lisbon, Portugal, May 2019'): no volume
            proceedings = (
                proceedings_head(text[: m.start], m.raw, loc, page.rules)
                if not loc.volume
                and loc.pages is not None
                and page.weight(start) >= 1
                and not _cited_work(text[: m.start])
                else ""
            )
            # a journal numbered by issue alone, its masthead near the top of the page
            # ('Mocsári Szemle 2015. 2. szám', 'FENLAND REVIEW № 3 (2019)')
            bare = (
                not loc.volume
                and bool(loc.issue)
                and index <= MASTHEAD_ISSUE_LINES
                and masthead_issue(
                    page,
                    index,
                    (start + m.start, start + m.end),
                    (text, m.start, m.end),
                    loc,
                    _journal_masthead(
                        _memo_head(memo, text[: m.start], page.rules, whole), page.rules
                    ),
                )
            )
            if (
                not bare
                and not issue_only
                and not proceedings
                and not named_issue_year
                and not gost_issue
                and not issue_year_range
                and not year_issue
                and not dated_issue
                and not issue_year_pages
                and not slotted
                and not (
                    loc.volume and (loc.issue or loc.pages or loc.issued or loc.article_number)
                )
            ):
                continue
            if sized_number(text, m.start, m.end):
                continue  # 'Download (2.3 MB)': a file's size
            if _THOUSANDS.fullmatch(text[m.start : m.end].strip()):
                continue  # 'más de 1.800 glaciares': a number with a thousands separator
            if _clock_after_date(text, loc) or _date_and_clock(m.raw, page):
                continue  # '4 de mayo de 2022 - 10:30': a time of day, no volume and page
            if _in_time_stamp(text, m.start, m.end):
                continue  # '2019-11-19T12:48:14Z': a time stamp, no volume and page
            if in_pagination(text, m.start, m.end, page.rules):
                continue  # 'Page 1 of 6': a paged list's pagination, no volume and page
            virtual = end - start != len(text)
            span = (start, end) if virtual else (start + m.start, start + m.end)
            # near the top (the work's own locator) or deep in the body (a citation)
            top = index < 60 and start < TOP_SHARE * len(page.text)
            weight = (W_LINE if top else W_LINE - 0.1) * page.weight(start) * others
            if own:
                # the work's own DOI on the line: its own citation, wherever it stands
                # ('doi: 10.1/x Journal November 2013 vol. 63 no. 11 4350-4353')
                weight = max(weight, (W_LINE - 0.05) * page.weight(start))
            head = proceedings or _memo_head(memo, text[: m.start], page.rules, whole)
            if head and (
                _is_chrome(head, page.rules)
                or _call_to_action(head, page.rules)
                or head.endswith(("?", "!"))
                or _date_words_only(head, page.rules)
            ):
                head = ""  # "This Month's Issue", 'Got a tip?': a widget's heading, no name
            if head:  # 'Articles' / 'spacer' / 'Marsh Magazine' over the locator: the name
                pieces = head_pieces(page, start, end, index, run=virtual)
                head = without_chrome_lead(head, pieces, page.rules) if pieces else head
            if head and not proceedings and _names_body(head, page.rules):
                head = ""  # 'Faculty of Management, University of X Vol. 8': a body, no journal
                # (a proceedings' name, 'International Conference on …', is none)
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
                and (
                    _loose_numbers(m.raw, loc, text[m.end :])
                    or (end - start != len(text) and _loose_in_line(page, index, m.raw, loc))
                )
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


def _memo_head(
    memo: list[str], before: str, rules: tuple[_loc.LocaleRules, ...], whole: bool
) -> str:
    """The journal's name closing ``before`` (:func:`_journal_head`), read the first time a
    condition asks and kept in ``memo`` for the others of the same locator."""
    if not memo:
        memo.append(_journal_head(before, rules, whole_citation=whole))
    return memo[0]


def _locator(page: _Page) -> tuple[dict[str, Cand], Locator | None, tuple[int, int] | None]:
    """The page's volume, issue, pages and number, and its best dated locator and span."""
    found = _Locators()
    _labelled_locators(page, found)
    _line_locators(page, found)
    dateline = issue_dateline(page, MONTH_ISSUE_LINES)  # '312 | ottobre 2019' under an ISSN
    if dateline is not None:
        found.add(dateline[0], W_POS, dateline[1], "an issue's dateline")
    issue_year = issue_year_line(page, MONTH_ISSUE_LINES)  # 'No. 45 (2021)' on its own line
    if issue_year is not None and dateline is None:
        found.add(issue_year[0], W_POS, issue_year[1], "an issue's number and year")
    barred = issue_bar_year(page, MONTH_ISSUE_LINES)  # 'Revue des marais, 45 | 2021'
    if barred is not None:
        found.add(barred[0], W_LINE, barred[1], "a journal's issue, a bar and its year")
        page.heads.append(Cand(barred[2], W_LINE, barred[1], "journal before its issue"))
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
    standard = page_designation(page)  # 'EN 13306:2017', 'NISTIR 8200': the number
    if standard is not None and (standard.kind == "standard" or report is None):
        out["number"].append(Cand(standard.value, W_DESIGNATION, standard.span, "a designation"))
    if (patent := patent_number_cand(page)) is not None:  # 'Patent Number: 5,123,456'
        out["number"] = [patent]  # (a patent is in no periodical: its page's locators and
        out["volume"], out["issue"], out["pages"] = [], [], []  # dates are its references')
        found.best_loc = found.best_span = None
    extent = _extent_line(page)
    if extent is not None:
        out["pages"].append(extent)
    head_pages = _pages_under_title(page)
    if head_pages is not None:
        out["pages"].append(head_pages)
    crumb = crumb_issue(page)  # 'Accueil > Numéros > N°23. Title': the issue of the page
    for key, cand in zip(("volume", "issue"), crumb, strict=True):
        if cand is not None:
            out[key].append(cand)
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
    ranges = {
        p.value.first for p in out["pages"] if isinstance(p.value, PageRange) and p.value.last
    }
    for c in _cite_values(page, "page"):
        pr = _lenient(parse_pages, str(c.value))
        if isinstance(pr, PageRange) and (pr.last is not None or pr.first not in ranges):
            # (a citation's first page alone, 'Name. J Abbr (2017) 127: 2133', says less
            # than the page's own range from that page: the same pages)
            out["pages"].append(Cand(pr, c.score, c.span, c.evidence))
    if standard is not None:  # ('GB/T 1.1-2009': the standard's number and year, no locator)
        for key in ("volume", "issue", "pages"):
            out[key] = [c for c in out[key] if not _overlaps(c.span, standard.span)]
    chosen: dict[str, Cand] = {}
    for key in ("volume", "issue", "pages", "number"):
        cands = same_issue(found, out[key], chosen) if key == "pages" else out[key]
        best = page.choose(key, cands)
        if best is not None:
            chosen[key] = best
    _number_of_doi(page, chosen)
    if found.best_loc is None:  # no dated locator: a journal name by the DOI, if any
        _abbreviated_journal(page)
    page.memo["locator-score"] = found.best_score  # how good the dated locator's evidence is
    return chosen, found.best_loc, found.best_span


def _overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    """``span`` (not empty) shares characters with ``other``: a reading of its text."""
    return span != (0, 0) and span[0] < other[1] and other[0] < span[1]
