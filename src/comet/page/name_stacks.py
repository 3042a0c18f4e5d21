"""The names of an index entry's stack: the title, the names on the next line, then the work's
source (a journal's name and its locator, or the locator alone):

    Calamidades del Invierno Austral        期刊文献信息资源开发与利用
    Carlos Augusto de Figueiredo Monteiro   童霞
    Revista Geográfica                      图书馆研究 . 1998, (S1): 31 -32 .
    T. 35, No. 63 (1965), pp. 173-178

A citation's order (title, author, source) printed one part a line, as journal indexes and
article databases list an entry. Between a title and the line naming where it was published,
a short line of capitalised words shaped as people's names is the byline, even where the
byline reader wants more (a long Iberian name without an affiliation mark, a Chinese name of
two characters, which a one-word caption may also be).
"""

from __future__ import annotations

from comet.names import Person, parse_names
from comet.page.caseless_bylines import _HAN_BYLINE, _han_names, _surname_opens
from comet.page.chrome import _is_chrome
from comet.page.evidence import _DIGIT_RE, _YEAR, W_LINE, Cand, _lenient, _Page
from comet.page.locator_lines import _locator_line
from comet.page.name_checks import _is_type_term
from comet.page.name_plausible import plausible_person
from comet.page.name_vouched import _in_lower_case
from comet.text._words import particles

#: the evidence of such names
STACK_EVIDENCE = "names between the title and its source"
#: characters of the names' line at most
STACK_NAME_CHARS = 80
#: words of one name at most (``Carlos Augusto de Figueiredo Monteiro``)
STACK_NAME_WORDS = 6
#: words of a journal's name between the names and the locator at most
STACK_VENUE_WORDS = 8


def stacked_names(page: _Page) -> Cand | None:
    """The names on the line right under the title when the work's source follows them: the
    next line is a locator with its year (``… 1998, (S1): 31 -32 .``), or a journal's short
    name without digits over one; ``None`` otherwise."""
    title = page.title_line
    lines = page.layout.lines
    if title is None or title + 2 >= len(lines):
        return None
    line = lines[title + 1]
    text = line.text.strip()
    if (
        not text
        or len(text) > STACK_NAME_CHARS
        or line.index in page.layout.label_lines
        or _DIGIT_RE.search(text)
        or not _source_after(page, title + 2)
    ):
        return None
    persons = _stack_persons(text, page)
    if persons is None:
        return None
    return Cand(persons, W_LINE, (line.start, line.end), STACK_EVIDENCE)


def _source_after(page: _Page, k: int) -> bool:
    """Line ``k`` is a locator with a year, or a short line without digits (a journal's
    name) over one."""
    lines = page.layout.lines
    if _dated_locator(page, k):
        return True
    if k in page.layout.label_lines or k + 1 >= len(lines):
        return False
    venue = lines[k].text
    return (
        not _DIGIT_RE.search(venue)
        and len(venue.split()) <= STACK_VENUE_WORDS
        and _dated_locator(page, k + 1)
    )


def _dated_locator(page: _Page, k: int) -> bool:
    line = page.layout.lines[k]
    return _YEAR.search(line.text) is not None and _locator_line(line, page)


def _stack_persons(text: str, page: _Page) -> tuple[Person, ...] | None:
    """The names of the line: Chinese names that open with a known surname, or names of
    capitalised words (particles aside) that read as people's and whose words the page never
    prints in lower case (``Gene Expression`` over a page on gene expression is a heading)."""
    if _is_chrome(text, page.rules) or _is_type_term(text, page.rules):
        return None
    if _HAN_BYLINE.fullmatch(text):
        han = _han_names(text, page)
        if not han or not all(_surname_opens(p.raw or "", page) for p in han):
            return None
        return han
    plist = _lenient(parse_names, text, locales=page.rules)
    if not plist:
        return None
    parts = particles(page.rules)
    for p in plist:
        words = (p.raw or "").replace(",", " ").split()
        if p.literal is not None or not p.family or not p.given:
            return None
        if not 2 <= len(words) <= STACK_NAME_WORDS or not plausible_person(p):
            return None
        if "," in (p.raw or "") and "." not in p.given:
            return None  # 'Tomsk, Novosibirsk': an inverted name needs its initials here
        for w in words:
            if w.casefold() in parts and w.islower():
                continue
            if not w[:1].isupper() or _in_lower_case(w.strip(".,"), page.text):
                return None
    return tuple(plist)
