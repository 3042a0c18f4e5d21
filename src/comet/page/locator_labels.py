"""Volume, issue, pages and number read from a page's labels (``Volume:``, ``First page:`` /
``Last page:``, ``Seitenzahl:``) and from labelled values that hold a locator (a citation
label naming the source alone, a journal or volume-issue field)."""

from __future__ import annotations

import re

import attrs

from comet import locales as _loc
from comet.dates import PartialDate
from comet.dates.years import CITATION_YEAR_PATTERN
from comet.locators import Locator, PageRange, find_locators, parse_locator, parse_pages
from comet.page.chrome import _ordinals
from comet.page.document_code import document_code
from comet.page.evidence import W_LABEL, Cand, _lenient, _Page
from comet.page.extent import _DIMENSIONS, _extent_pages, _is_extent, bare_count
from comet.page.journal_head import _authors_year, _journal_head
from comet.page.line_labels import NUMBER_VALUE
from comet.page.lines import LabelValue
from comet.page.locator_cands import _Locators
from comet.page.locator_label_values import (
    DATED_KEYS,
    NOTED_KEYS,
    dated_locator,
    noted_extent,
    ranged_pages,
)
from comet.page.locator_lines import (
    _is_licence,
    _is_venue_line,
    _locator_vocab,
    _suffix_words_first,
)
from comet.page.standard_designations import designation

#: a page-count label's value: the number, and at most one word (``42 Seiten``, ``76 p.``)
_PAGE_COUNT = re.compile(r"(\d{1,5})(?:\s?[^\W\d_]{1,12}\.?)?")


#: a number of one to three digits with a stop, a capitalised word after it: an ordinal as
#: German, the Nordic languages, Czech, Polish, Hungarian and Turkish write it (``der 12.
#: Fachtagung``, ``41. Jahrestagung``), which numbers the event a name holds, no volume
_DOTTED_ORDINAL = re.compile(r"(?<![\w.])\d{1,3}\.(?=\s+([^\W\d_][\w-]*))")


def _blank_dotted_ordinals(value: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``value`` with each dotted ordinal before a capitalised word that is no locator's or
    month's word (``12. Fachtagung``; not ``12. S. 45``, ``3. Mai``) blanked, its length
    kept."""
    if "." not in value:
        return value
    vocab = _locator_vocab(rules)

    def blank(m: re.Match[str]) -> str:
        word = m.group(1)
        if not word[:1].isupper() or word.casefold() in vocab:
            return m.group()
        return " " * len(m.group())

    return _DOTTED_ORDINAL.sub(blank, value)


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
    if _is_licence(value, page.rules):
        return  # 'CC-BY 3.0 License and copyright information': a licence's version, no volume
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


#: characters of an issue label's value read for a locator at most (``Vol. 12 No. 3 (2020):
#: Special issue on marshes``)
ISSUE_VALUE_CHARS = 120
#: the colon after an issue's locator before the issue's theme
_ISSUE_THEME = re.compile(r"\s*:\s+(?=\D)")


#: an issue label's value that is the issue's number and its date (``3, March 2021)``,
#: ``3 (2021)``): a short number, a comma or a bracket, and up to three words with the year
_DATED_ISSUE = re.compile(
    rf"(\d{{1,4}}(?:[-–/]\d{{1,4}})?)\s*[,(]\s*(?:\d{{1,2}}\.?\s+)?(?:[^\W\d_]{{2,12}}\.?\s+){{0,2}}"
    rf"{CITATION_YEAR_PATTERN}\s*\)?"
)


_YEAR = re.compile(CITATION_YEAR_PATTERN)

#: a volume-and-issue label's value of two numbers split by a slash, the year perhaps after
#: them in brackets (``12/3``, ``12 / 3 (2019)``); never a season's years (``2019/20``)
_VOLUME_ISSUE_PAIR = re.compile(
    rf"(?!(?:1[5-9]|20)\d\d\s*/)(\d{{1,4}}[A-Za-z]?)\s*/\s*(\d{{1,3}}(?:[-–]\d{{1,3}})?)(?:\s*\(({CITATION_YEAR_PATTERN})\))?"
)


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


#: a title with its year in brackets as a number label's value (``Working Paper: What the
#: Tides Tell Us (2022)``, a related paper): words, then the year, no number of a report
_TITLE_YEAR = re.compile(rf"(?:[^\W\d_][\w'’,:?!.-]*\s+){{3,}}\({CITATION_YEAR_PATTERN}\)\.?")


#: an article number's value that goes on with more of the locator (``45, Pages 1 - 12``)
_NUMBER_THEN_MORE = re.compile(r"[A-Za-z]?\d{1,7}\s*[,;]\s*\S")
#: characters of such a value at most
NUMBERED_PAGES_CHARS = 40


def _numbered_pages(lv: LabelValue, page: _Page) -> Locator | None:
    """An article number's label whose value goes on with the article's page range in its
    words (``Article No.: 45, Pages 1 - 12``, ``Artikelnummer: 45, S. 1-12``): the number
    and the range, read together with the label's word; ``None`` for anything else."""
    value = lv.value.strip()
    if len(value) > NUMBERED_PAGES_CHARS or not _NUMBER_THEN_MORE.match(value):
        return None
    loc = _lenient(parse_locator, f"{lv.label} {value}", locales=page.rules)
    if not isinstance(loc, Locator) or loc.volume or loc.issue:
        return None
    pages = loc.pages
    if not loc.article_number or pages is None or pages.last is None:
        return None
    return loc


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
        elif lv.key == "issue" and (dated := _DATED_ISSUE.fullmatch(lv.value.strip())):
            # 'Issue: 3 , March 2021 )' (a publisher's 'Published in' statement cut into
            # labels), 'Heft: 3 (2021)': the number before the issue's date
            out["issue"].append(Cand(dated.group(1), W_LABEL, span, ev))
        elif lv.key == "issue" and len(lv.value) <= ISSUE_VALUE_CHARS:
            # 'Issue: Vol. 12 No. 3 (2020): Title of the issue' (a journal platform's issue
            # field): the volume and the issue its locator names, with their words
            head = _ISSUE_THEME.split(lv.value, maxsplit=1)[0]
            loc = _lenient(parse_locator, head, locales=page.rules)
            if (
                isinstance(loc, Locator)
                and loc.volume
                and loc.issue
                and (head[:1].isalpha() or (loc.issued is not None and head[:1].isdigit()))
            ):  # ('Issue: 2020, Vol. 12, No. 3': the issue's year first)
                found.add(loc, W_LABEL, span, ev)
        elif lv.key in ("pages",):
            pr = _lenient(parse_pages, lv.value, locales=page.rules)
            if not isinstance(pr, PageRange) and _is_extent(lv.value, page.rules):
                pr = _extent_pages(lv.value, page.rules)  # 'Pages: xii, 245 p. : ill.'
            elif not isinstance(pr, PageRange) and (bare := bare_count(lv.value.strip())):
                pr = _lenient(parse_pages, f"{bare} pp.", locales=page.rules)  # 'xii + 245'
            elif not isinstance(pr, PageRange):
                pr = ranged_pages(lv.value, page.rules)  # '45-67 (23 pages)', '45-67页'
            if isinstance(pr, PageRange):
                out["pages"].append(Cand(pr, W_LABEL, span, ev))
        elif lv.key == "cite_this" and len(lv.value) <= SOURCE_LENGTH and lv.layout == "same-line":
            _source_line(page, found, lv.value, span, ev)
        elif (
            lv.key == "page_count"
            and _PAGE_COUNT.fullmatch(lv.value.strip())
            and not _DIMENSIONS.fullmatch(lv.value.strip())  # 'Umfang: 24 cm': a size
        ):
            # 'Seitenzahl: 184', 'Umfang: 42 Seiten', '页数：76': a count, not a range
            counted = _PAGE_COUNT.fullmatch(lv.value.strip())
            number = counted.group(1) if counted else ""
            pr = _lenient(parse_pages, f"{number} pp.", locales=page.rules)
            if number and isinstance(pr, PageRange):
                out["pages"].append(Cand(pr, W_LABEL, span, ev))
        elif lv.key == "page_count" and (bare := bare_count(lv.value.strip())):
            # 'Number of Pages: XII, 345': roman preliminaries and the count, no unit
            pr = _lenient(parse_pages, f"{bare} pp.", locales=page.rules)
            if isinstance(pr, PageRange):
                out["pages"].append(Cand(pr, W_LABEL, span, ev))
        elif lv.key == "page_count" and _is_extent(lv.value, page.rules):
            # 'Umfang: XII, 245 S. : Ill.', 'Number of pages: 1 online resource (245 pages)'
            count = _extent_pages(lv.value, page.rules)
            if count is not None:
                out["pages"].append(Cand(count, W_LABEL, span, f"extent under '{lv.label}'"))
        elif (
            lv.key == "description"
            and (bare := bare_count(lv.value.strip()))
            and not _YEAR.fullmatch(bare)
        ):
            # 'Объем: 345', 'Terjedelem: xii, 345': a physical description's bare count
            pr = _lenient(parse_pages, f"{bare} pp.", locales=page.rules)
            if isinstance(pr, PageRange):
                out["pages"].append(Cand(pr, W_LABEL, span, f"extent under '{lv.label}'"))
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
        elif lv.key == "volume_issue" and (pair := _VOLUME_ISSUE_PAIR.fullmatch(lv.value.strip())):
            # 'Vol./No.: 12/3', 'Volume/Issue: 12 / 3 (2019)': the label names both numbers
            year = pair.group(3)
            found.add(Locator(volume=pair.group(1), issue=pair.group(2),
                              issued=PartialDate(int(year)) if year else None,
                              raw=lv.value.strip()), W_LABEL, span, ev)  # fmt: skip
        elif lv.key in ("volume_issue", "description", "container", "journal"):
            # '12th' in 'Proceedings of the 12th Workshop …' numbers the event, no volume
            value = _ordinals(page.rules).sub(lambda m: " " * len(m.group()), lv.value)
            if lv.key in ("container", "journal"):  # ('der 12. Fachtagung': an ordinal)
                value = _blank_dotted_ordinals(value, page.rules)
            loc = _lenient(parse_locator, _suffix_words_first(value, page.rules),
                           locales=page.rules)  # fmt: skip
            if isinstance(loc, Locator) and (loc.volume or loc.pages):
                found.add(loc, W_LABEL, span, ev)
        elif lv.key == "article_number" and (paged := _numbered_pages(lv, page)) is not None:
            # 'Article No.: 45, Pages 1 - 12': an article's number and its own page range
            out["number"].append(Cand(paged.article_number, W_LABEL, span, ev))
            out["pages"].append(Cand(paged.pages, W_LABEL, span, ev))
        elif lv.key == "number" and (whole := designation(lv.value, page.rules)) is not None:
            # 'Publication Number: EN 4242:2019', '标准编号 T/ABCD 003—2021': a designation whole
            out["number"].append(Cand(whole, W_LABEL, span, ev))
        elif lv.key in ("number", "article_number"):
            # ('Diskussionspapier' / '2/2021': a number within its year keeps its year)
            # ('Report#: ABC/DOE-0123(98)': the agency's code whole, :mod:`document_code`)
            number = document_code(lv.value)
            if lv.key == "article_number" and not NUMBER_VALUE.fullmatch(lv.value.strip()):
                number = None  # 'Article' over a line of text: a heading, not a number
            elif number and _TITLE_YEAR.fullmatch(lv.value.strip()):
                number = None  # 'Working Paper: Title of a Related Paper (2022)': a year
            if number:
                out["number"].append(Cand(number, W_LABEL, span, ev))
        elif lv.key in DATED_KEYS and (sourced := dated_locator(lv, page)) is not None:
            # 'Year: 2019, Vol. 3, Issue 2'; 'Published: Marsh Letters 12 (3), 2020, 45-67'
            if sourced[1]:
                _source_line(page, found, lv.value, span, ev)
            else:
                found.add(sourced[0], W_LABEL, span, ev)
        elif lv.key in NOTED_KEYS and (noted := noted_extent(lv, page)) is not None:
            # 'Notes: xii, 245 p. ; 24 cm', 'Format: 245 pages ; 24 cm': a page count
            out["pages"].append(Cand(noted, W_LABEL, span, f"extent under '{lv.label}'"))

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
