"""Who published a work, as a page names it: a copyright holder (``© 2019 Fen Press``), a
``Published by`` statement, a publishing house's line by the work's locator, an imprint
line (``Marshtown: Fen Press, 2015``)."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates.years import YEAR_PATTERN
from comet.page.body_words import _body_word
from comet.page.body_words import _publisher_words as _body_words
from comet.page.chrome import _interface_share, _is_chrome, _photo_credit
from comet.page.copyright_holders import HOLDER_WORDS, copyright_holders
from comet.page.evidence import _DIGIT_RE, _YEAR, W_POS, Cand, _guard, _key, _Page
from comet.page.extent import _extent_pages
from comet.page.imprint import month_part, western
from comet.page.locator_tail import _month_words
from comet.page.name_checks import _is_type_term
from comet.page.name_plausible import known_given
from comet.page.page_count_lines import facts_line_year
from comet.page.places import is_city
from comet.page.report_number import _report_number
from comet.page.title_shapes import _organisation_words
from comet.text._words import closed_class, particles


@functools.cache
def _publisher_words(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    # the words that open a publisher's name count too, spelled out (``Издательство``;
    # not an abbreviation, ``тип.``, ``изд-во``, which open other words' short forms)
    heads = [h for h in _loc.terms_of("references", rules, "publisher_heads")
             if h.isalpha()]  # fmt: skip
    words = sorted({w.casefold().rstrip(".") for w in (*_loc.terms_of("references", rules,
                    "publisher_words"), *heads)}, key=len, reverse=True)  # fmt: skip
    if not words:
        return None
    return re.compile(
        rf"\b{_guard(words)}(?:{_loc.alternation(words, space=' ')})\b", re.IGNORECASE
    )


def _copyright_publishers(page: _Page) -> list[Cand]:
    """Publishers named by a copyright line: the holder of ``© 2019 IOP Publishing Ltd``,
    when the holder is a publishing house (it has a publisher word of the locales:
    ``Publishing``, ``Press``, ``Verlag``, ``Éditions``) or, on a page with a report's
    number line, an organisation (an organisation word of the locales). Weak evidence: a site footer names
    the platform's owner too, and an author or society may hold the copyright."""
    words = _publisher_words(page.rules)
    if words is None:
        return []
    # a report's copyright holder is the body that issued it (``© Harbour Research
    # Institute 2017`` on a working paper's cover): an organisation's name, no press's
    report = _report_number(page) is not None  # (not the order the stages run in)
    orgs = _organisation_words(page.rules) if report else frozenset()
    out = []
    for h in copyright_holders(page):
        named = (
            words.search(h.text)
            or (report and any(w.strip(",.()").casefold() in orgs for w in h.text.split()))
            or _copyright_page(page, h.line.index, h.text)
        )
        if named and not _YEAR.search(h.text) and len(h.text.split()) <= HOLDER_WORDS:
            span = (h.start, h.start + len(h.text))
            out.append(Cand(h.text, W_POS * h.weight, span, "copyright holder"))
    return out


#: lines under a copyright line an ISBN stands within on a book's copyright page (its
#: address, website and e-mail lines between)
COPYRIGHT_PAGE_LINES = 6


def _copyright_page(page: _Page, index: int, holder: str) -> bool:
    """A book's copyright page (``© L'Harmattan, 2012`` / its address / ``ISBN : …``): an ISBN
    within :data:`COPYRIGHT_PAGE_LINES` lines under the copyright line, and a holder that is
    no person's name (an author may hold a book's copyright: ``© Ana Ruiz, 2012``)."""
    lines = page.layout.lines[index + 1 : index + 1 + COPYRIGHT_PAGE_LINES]
    return (
        any("ISBN" in ln.text and _ISBN_DIGITS.search(ln.text) for ln in lines)
        and not _a_persons_name(holder, page.rules)
        and not _role_holder(holder, page.rules)
    )


#: an ISBN's digits (its first four at least), not the word alone (a shop's ``ISBN lookup``)
_ISBN_DIGITS = re.compile(r"\d[\d\s\u2010-]{3,}\d")


@functools.cache
def _role_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' one-word author and editor labels, folded (``author(s)``, ``editors``,
    ``auteurs``, ``autoren``)."""
    terms = [*_loc.terms_of("labels", rules, "author"), *_loc.terms_of("labels", rules, "editor")]
    small = closed_class(rules)  # ('By', 'Von', 'Par': a function word, no role)
    return frozenset(
        t.casefold() for t in terms if " " not in t.strip() and t.casefold() not in small
    )


def _role_holder(holder: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A copyright holder named by the work's role (``The Author(s)``, ``Die Autoren``, ``The
    Editor(s) and The Author(s)``): the authors hold it, no publisher."""
    roles = _role_words(rules)
    return any(w.casefold().strip(",.;") in roles for w in holder.split())


@functools.cache
def _published_by_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A publisher label of the locales that ends a sentence's subject (``Published by``,
    ``Publié par``, ``Verlegt von``: the label terms of more than one word), after the end
    of a sentence, a copyright sign or a bar's cell separator (``ISSN: 2048-4194 | Published
    by Fen Press | …``: a footer's cells; group ``cell``)."""
    terms = [t for t in _loc.terms_of("labels", rules, "publisher") if " " in t]
    if not terms:
        return None
    return re.compile(
        rf"(?:^|[.©)]\s|(?P<cell>\s[|•·]\s))\s*(?:{_loc.alternation(terms)})\s+(?=\w)", re.I
    )


@functools.cache
def _midline_pattern(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The same label in the middle of a line, only as the locale prints it, capitalised
    (``Open Access Published by De Gruyter``): prose's ``articles published by Nature`` is
    no statement."""
    terms = [t for t in _loc.terms_of("labels", rules, "publisher") if " " in t]
    if not terms:
        return None
    return re.compile(rf"(?<=\s)(?:{_loc.alternation(terms)})\s+(?=\w)")


#: lines from the top of a page where a statement is looked for in the middle of a line
#: (a publisher's head line over the article)
MIDLINE_LINES = 12


#: words of a publisher named in a copyright statement at most
PUBLISHED_BY_WORDS = 8


@functools.cache
def _company_suffix(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str]:
    """A company's legal form after its name (``, Inc.``, `` GmbH``: the locales'
    ``[words].company_suffixes``), at a given position."""
    terms = _loc.terms_of("words", rules, "company_suffixes")
    alt = _loc.alternation(terms) if terms else "(?!)"
    return re.compile(rf",?\s(?:{alt})(?![\w.])")


def _published_by(page: _Page) -> list[Cand]:
    """The publisher a copyright or licence statement names mid-line (``© 2016 The
    Author(s). Published by Taylor & Francis.``, ``… Published by Oxford University Press
    on behalf of …``): the capitalised name after the label, function words inside it kept
    (``Royal Society of Chemistry``), those after it cut. Weak evidence, as a copyright
    holder's."""
    pattern = _published_by_pattern(page.rules)
    if pattern is None:
        return []
    midline = _midline_pattern(page.rules)
    fw = closed_class(page.rules)
    months = _month_words(page.rules)
    out = []
    for line in page.layout.lines:
        if line.zone != "main" or len(line.text) > 600:
            continue
        m = pattern.search(line.text)
        # (a bar's cell is read as a line's middle: 'Posted in News | Published by Jane Doe')
        mid = m is not None and m.group("cell") is not None
        if line.index in page.layout.label_lines and not mid:
            continue  # ('Published by: X' on a line of its own is a label, read as such; a
            # statement in a cell of a label's line is not: 'ISSN: 1234-5678 | Published by X')
        if m is None and line.index < MIDLINE_LINES and midline is not None:
            m, mid = midline.search(line.text), True
        if m is None:
            continue
        words = re.split(r"(?<=[.;,(])\s|\s", line.text[m.end() :])
        name: list[str] = []
        for k, w in enumerate(words[: PUBLISHED_BY_WORDS + 4]):
            bare = w.rstrip(".;,(")
            dated = k + 1 < len(words) and words[k + 1][:1].isdigit()
            if not bare or (dated and bare.casefold() in months):
                break  # ('Published by De Gruyter November 8, 2023': the date ends it)
            if bare[:1].isupper() or bare == "&" or bare.casefold() in fw:
                name.append(bare)  # ('the Royal Society', 'Society of Chemistry')
                if bare != w:  # punctuation ends the name
                    break
                continue
            break
        while name and name[-1].casefold() in fw:
            name.pop()
        if not name or not name[-1][:1].isupper() or len(name) > PUBLISHED_BY_WORDS:
            continue
        value = " ".join(name)
        if mid and (
            _a_persons_name(value, page.rules)
            or (len(name) < 2 and not _body_word(value, page.rules))
        ):
            continue  # ('Posted in News | Published by Jane Doe': a blog's author)
        if mid and _named_work_before(line.text[: m.start()], page.rules):
            continue  # 'Traffic Report Published by Northfield Council': another work's
        at = line.text.find(value, m.end())
        suffix = _company_suffix(page.rules).match(line.text, at + len(value))
        if suffix is not None:  # 'O'Reilly Media, Inc.': the legal form is of the name
            value = line.text[at : suffix.end()]
        tail = line.text[at + len(value) :]
        if _sentence_goes_on(tail, fw) or (
            mid and _prose_around(line.text[: m.start()], tail, months)
        ):
            continue  # 'Published by the Friends of X, the booklet is …': another thing's
        start = line.start + at
        out.append(Cand(value, W_POS * page.weight(start), (start, start + len(value)),
                        "a 'published by' statement"))  # fmt: skip
    return out[:3]


#: words before a statement in the middle of a line at most (``BY 4.0 license Open Access``)
MIDLINE_BEFORE_WORDS = 6


#: a comma after a statement's name
_COMMA_AFTER = re.compile(r"\s*,\s*")


def _named_work_before(before: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The words before a statement in the middle of a line name a work by its type, a
    name and a type word of the locales (``Traffic Report Published by …``, ``Our New Book
    Published by …``): a news headline about that work, whose publisher is not the page's.
    A type term alone (``Research Article Published by …``) is the page's own kind."""
    words = before.split()
    return (
        len(words) >= 2
        and _is_type_term(words[-1].strip(".,:;|"), rules)
        and not _is_type_term(" ".join(words), rules)
    )


def _sentence_goes_on(tail: str, fw: frozenset[str]) -> bool:
    """After a statement's name, a comma and a word in small letters that is no function
    word (``Published by the Friends of X, the programme booklet is …``): a sentence of
    prose about another thing, whose publisher it names. A place after the comma
    (``Published by Fen Press, Marshtown``) goes on no sentence."""
    m = _COMMA_AFTER.match(tail)
    if m is None:
        return False
    for w in tail[m.end() :].split()[:4]:
        if w.casefold() not in fw:
            return w[:1].islower()
    return False


def _prose_around(before: str, tail: str, months: frozenset[str]) -> bool:
    """A statement in the middle of a line stands in prose: a comma or more than a few
    words before it (``The collection, Published by …``), or words after its name other
    than a date or a separator (``… Harwick & Sons between 1850 and 1890, was …``)."""
    if "," in before or len(before.split()) > MIDLINE_BEFORE_WORDS:
        return True
    rest = tail.strip(" .;,")
    if not rest or rest[0].isdigit() or rest[0] in "|·•–—-":
        return False
    if tail.lstrip().startswith(",") and rest[0].isupper():
        return False  # 'Published by Reed & Sedge Ltd, Fenwick, UK': its place
    return rest.split()[0].rstrip(".,").casefold() not in months


#: words of a publisher's line of its own at most
PUBLISHER_LINE_WORDS = 6
#: lines under the title's byline looked at for it
PUBLISHER_TITLE_LINES = 3


def _publisher_line(
    page: _Page,
    locator_span: tuple[int, int] | None,
    title: str | None = None,
    *,
    book: bool = False,
) -> Cand | None:
    """A publishing house's name on a line of its own next to the work's locator line
    (``Dans Revue …, pages 33 à 58`` / ``Éditions Terres et Mémoires``) or among the few
    lines under the title (``Mezőgazdasági Kiadó`` under a book's title): a short line that
    opens or ends with a publisher word of the locales, no part of the chosen ``title`` (a
    subtitle read into it). The line right under the title is read on a ``book``'s page
    only (an ISBN, a shop's or a catalogue's page): elsewhere it is a byline's (``Ola Berg |
    Fen Valley Press``, ``By Ola Berg, Associated Press``)."""
    words = _publisher_words(page.rules)
    if words is None:
        return None
    near: list[int] = []
    if locator_span is not None:
        at = next((ln.index for ln in page.layout.lines
                   if ln.start <= locator_span[0] < ln.end + 1), None)  # fmt: skip
        if at is not None:
            near += [at + 1, at - 1]
    facts = facts_line_year(page) if book else None  # '2007, 258 S., Hardcover'
    if facts is not None:  # a book's facts line: its publisher on the line after or before
        facts_at = page.layout.line_at(facts.span[0])
        if facts_at is not None:
            near += [facts_at.index + 1, facts_at.index - 1]
    if page.title_line is not None:  # or a few lines under the title (byline, venue line)
        head = page.title_line  # (its subtitle's line, where the title joined one)
        if title and head + 1 < len(page.layout.lines):
            sub = _key(page.layout.lines[head + 1].text)
            head += bool(sub) and _key(title).endswith(" " + sub)
        under = head + (1 if book else 2)  # a book's, right under its title
        near += list(range(under, head + 2 + PUBLISHER_TITLE_LINES))
    isbn_lines = {lv.line for lv in page.layout.values(*_ISBN_KEYS)} if book else set()
    beside = {k for i in isbn_lines for k in (i - 1, i + 1)} - isbn_lines
    near += sorted(beside)  # a book's details: 'ISBN: 978-…' / 'Heron Valley Publishing Company'
    for k in near:
        if not 0 <= k < len(page.layout.lines) or k in page.layout.label_lines:
            continue
        line = page.layout.lines[k]
        t = line.text.strip()
        tokens = t.split()
        if not 2 <= len(tokens) <= PUBLISHER_LINE_WORDS or _DIGIT_RE.search(t):
            continue
        if not t[:1].isupper() or _is_chrome(t, page.rules):
            continue
        if title and _key(t) in _key(title):
            continue  # 'Tides and Dikes: Marsh University Press', the title's subtitle
        first, last = words.match(t), words.search(tokens[-1])
        inside = (  # by an ISBN, the word anywhere; not a person's role ('Ana Ruiz (Editora)')
            k in beside
            and words.search(t) is not None
            and not any(c in t for c in "()[]")
            and not _a_persons_name(t, page.rules)
        )
        if first is not None or inside or (last is not None and last.end() == len(tokens[-1])):
            return Cand(t, W_POS, (line.start, line.end), "a publisher's line by the locator")
    return None


#: the keys of a book's ISBN labels (its publisher's line may stand beside them)
_ISBN_KEYS = ("isbn", "isbn_print", "isbn_electronic")

#: lines from the top of a page searched for an imprint line
IMPRINT_LINES = 40
#: words of a place and of a publisher on an imprint line at most
IMPRINT_PLACE_WORDS = 3
IMPRINT_PUBLISHER_WORDS = 8

#: an imprint line: ``Marshtown: Fen Press, 2015``, ``Marshtown, MA: Fen Institute, 1998,
#: (Fen Working Paper No. 12)`` — a place, a colon, a publisher and a year (its month before
#: it, ``Juni 2024``, ``01/2023``, or in brackets, ``[2023]``)
_IMPRINT_LINE = re.compile(
    rf"(?P<place>[^\W\d_][^\W\d_'’.-]*\.?(?:[ -][^\W\d_][^\W\d_'’.-]*\.?)*"
    rf"(?:,\s?[A-Z][A-Za-z.]{{1,6}})?)"
    rf"\s?(?::\s+|：\s*)(?P<publisher>[^\W\d_][^:;,：，،]{{1,100}}?)[,，،]\s*"
    rf"(?:[^\W\d_]{{3,12}}\.?\s+|\d{{1,2}}[/.]\s?|\[)?(?P<year>{YEAR_PATTERN})(?!\d)"
)


def _a_persons_name(name: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A name opening with a known given name and holding no word of a publisher's or a
    body's name (``Ana Ruiz``, not ``John Wiley & Sons``): a person, no publisher."""
    words = name.split()
    return (
        bool(words)
        and known_given(words[0])
        and not any(w.casefold().strip(".,&") in _body_words(rules) for w in words)
    )


def _imprint_lines(page: _Page, *, book: bool = False) -> list[Cand]:
    """An imprint printed as a line of its own near the top (``Marshtown: Fen Press,
    2015``): a place of capitalised words (no label, no interface words), a colon, a
    publisher's name and a year. Evidence as a labelled imprint's, a little weaker; the
    value is handed over as an ISBD imprint (``Place : Publisher, Year``). On a book's or a
    catalogue's page (``book``) also an imprint without ISBD's colon
    (:func:`_plain_imprint`)."""
    out: list[Cand] = []
    for line in page.layout.lines[:IMPRINT_LINES]:
        if line.zone != "main" or line.index in page.layout.label_lines:
            continue
        # (a Persian imprint's digits read as Western ones: 'تهران: نشر نی، ۱۳۹۴'; a line
        # with no colon is no such imprint, its place's words not tried every way)
        colon = ":" in line.text or "：" in line.text
        m = _IMPRINT_LINE.match(western(line.text)) if colon else None
        if m is None:
            plain = (
                _plain_imprint(_without_extent(line.text, page.rules), page.rules) if book else None
            )
            if plain is not None and _in_a_run(page, line.index):
                continue  # 'Edinburgh, Fen Bookshop, 2024' / 'Oxford, Town Hall, 2024': a list
            if plain is not None:
                span = (line.start, line.end)
                out.append(Cand(plain, W_POS * page.weight(line.start), span,
                                "an imprint line without ISBD punctuation"))  # fmt: skip
            continue
        place, publisher = m.group("place").strip(), m.group("publisher").strip()
        words = place.replace(",", " ").split()
        if (
            _named_words(words, page.rules) > IMPRINT_PLACE_WORDS
            or not _imprint_place(place, words, page.rules)
            or len(publisher.split()) > IMPRINT_PUBLISHER_WORDS
            or publisher[:1].islower()
            or _is_chrome(place, page.rules)
            or _is_chrome(publisher, page.rules)
            or _interface_place(place, page.rules)
            or _photo_credit(line.text, page.rules)  # 'Photo: Ana Ruiz, 2019'
            or _a_persons_name(publisher, page.rules)
            or month_part(publisher, page.rules)  # 'Created: Jul 16, 2016': a dated label
        ):
            continue
        value = f"{place} : {publisher}, {line.text[m.start('year') : m.end('year')]}"
        span = (line.start, line.start + m.end())
        out.append(Cand(value, W_POS * page.weight(line.start), span, "an imprint line"))
    return out[:1]


def _named_words(words: list[str], rules: tuple[_loc.LocaleRules, ...]) -> int:
    """The words of a place other than the particles inside it (``Halle an der Saale``: 2)."""
    small = closed_class(rules) | particles(rules)
    return sum(not (0 < k < len(words) - 1 and w in small) for k, w in enumerate(words))


def _interface_place(place: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """An imprint line's place holding an interface word (``Home: Fen Press, 2019``, ``New
    Releases: …``): a menu's line, no place; unless the place before its comma is a city of
    the lexicon (``New York, NY``) or a place's name of two parts joined by a particle whose
    first part is no interface word (``Frankfurt am Main``, ``Newcastle upon Tyne``)."""
    if _interface_share(place, rules) == 0:
        return False
    head = place.split(",")[0].strip()
    if is_city(head, rules):
        return False
    words = head.split()
    small = closed_class(rules) | particles(rules)
    joined = len(words) >= 3 and any(w in small for w in words[1:-1])
    return not (joined and _interface_share(words[0], rules) == 0)


def _imprint_place(place: str, words: list[str], rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The place of an imprint line: words in capitals or in a script without case (``北京``,
    ``서울``), function words and name particles inside it (``Rio de Janeiro``, ``Frankfurt am
    Main``); a word closed by a stop only in a city's abbreviation of the locales' lexicon
    (``М.``, ``СПб.``; not ``Vol.``)."""
    small = closed_class(rules) | particles(rules)
    if not words or words[0][:1].islower() or words[-1][:1].islower():
        return False
    if any(w[:1].islower() and w.casefold() not in small for w in words):
        return False
    return not any(w.endswith(".") for w in words) or is_city(place, rules)


#: an imprint line without ISBD's colon before its publisher, ending in its year: ``Fen
#: Press, Marshtown 2019``, ``Marshtown, Fen Press, 2019``, ``Marshtown: de Fen 2019``
_PLAIN_IMPRINT = re.compile(
    rf"(?P<body>[^\W\d_][^\d:;!?()\[\]|@/]{{2,100}}?(?::\s[^\d:;!?()\[\]|@/]{{2,80}}?)?)"
    rf"(?P<sep>,\s?|\s)(?P<year>{YEAR_PATTERN})\.?"
)


def _plain_imprint(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """An imprint without ISBD's colon before the publisher (a line of a book's page),
    as an ISBD imprint ``Place : Publisher, Year``, or ``None``. Its two parts are a
    place and a publisher: ``Place, Publisher, Year``, ``Publisher, Place Year`` or
    ``Place: Publisher Year``. The publisher must hold a word of a publisher's or a body's
    name of the locales (``Press``, ``Verlag``, ``Éditions``, ``University``: ``Marshtown,
    Fen Press, 2019``), or the place be a city of the locales' lexicon (``London, Routledge,
    2019``: :mod:`comet.page.places`), or the publisher follow the place's colon; the place is one to three capitalised words and none of them, opening with no
    known given name. Words in lower case other than function words and name particles
    (a sentence), digits (an address) and chrome make no imprint."""
    if not text.rstrip(". ")[-1:].isdigit():
        return None  # an imprint ends in its year
    m = _PLAIN_IMPRINT.fullmatch(text.strip())
    if m is None or len(text.split()) > IMPRINT_PLACE_WORDS + IMPRINT_PUBLISHER_WORDS + 1:
        return None
    body = m.group("body").strip()
    head, comma, last = body.rpartition(",")
    if comma and m.group("sep") == " " and month_part(last, rules):
        body = head.strip()  # 'München: Knaur, Juni 2024': the month is the date's
    if ": " in body:
        place, _, publisher = body.partition(": ")
        pairs = [(place.strip(), publisher.strip(" ,"))]
    else:
        parts = [p.strip() for p in body.split(",")]
        if len(parts) == 1 and m.group("sep").startswith(","):
            return _publisher_year(parts[0], m.group("year"), rules)
        if len(parts) != 2 or not all(parts):
            return None
        pairs = [(parts[0], parts[1]), (parts[1], parts[0])]
    fw = closed_class(rules) | particles(rules)
    funding = _funding_openings(rules)
    found = None
    for place, publisher in pairs:
        if publisher.casefold().startswith(funding):
            continue  # 'Funded by the Heron Foundation, London, 2019': a funder's credit
        pub_words = publisher.split()
        named = any(_body_word(w, rules) for w in pub_words) or (
            is_city(place, rules)
            and not is_city(publisher, rules)
            and _company_suffix(rules).search(f" {publisher}") is None
        )  # ('Oy Edita Ab, Espoo 1998': a company's legal form, no publisher's word: a printer)
        if not named and (len(pairs) > 1 or m.group("sep").startswith(",")):
            continue  # the publisher names itself a publisher or a body, or the place a city
        if (
            not _place_like(place, rules)
            or len(pub_words) > IMPRINT_PUBLISHER_WORDS
            or not any(w[:1].isupper() for w in pub_words)
            or any(not (w[:1].isupper() or w == "&" or w.casefold() in fw) for w in pub_words)
            or _is_chrome(publisher, rules)
            or _interface_share(publisher, rules) >= 0.5
            or _a_persons_name(publisher, rules)
        ):
            continue
        if found is not None:
            return None  # both readings fit: nothing tells the place from the publisher
        found = f"{place} : {publisher}, {m.group('year')}"
    return found


#: a page count closing an imprint line after a dash, a comma or a stop (``… 2018 - 312
#: pages``, ``…, 2016, 210 p.``)
_EXTENT_TAIL = re.compile(r"\s*[-–—,;.]\s*(\d{1,4}\s?[^\W\d_]{1,12}\.?)\s*$")


def _without_extent(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """An imprint line without the page count closing it (``Fen Press, 2018 - 312 pages``, as
    a book's page prints its publisher, year and extent on one line): a count and a page
    unit of the locales (:func:`comet.page.extent._extent_pages`)."""
    m = _EXTENT_TAIL.search(text)
    if m is not None and _extent_pages(m.group(1), rules) is not None:
        return text[: m.start()]
    return text


def _publisher_year(name: str, year: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """``Publisher, Year`` with no place (``Fen Press, 2018``, a book's page's line): the
    publisher names itself one (a publisher's or a body's word of the locales) in capitalised
    words, function words between; ``Publisher, Year`` or ``None``."""
    words = name.split()
    fw = closed_class(rules)
    if (
        not 2 <= len(words) <= IMPRINT_PUBLISHER_WORDS
        or not any(_body_word(w, rules) for w in words)
        or any(not (w[:1].isupper() or w == "&" or w.casefold() in fw) for w in words)
        or _is_chrome(name, rules)
        or _interface_share(name, rules) >= 0.5
        or _a_persons_name(name, rules)
    ):
        return None
    return f"{name}, {year}"


def _in_a_run(page: _Page, index: int) -> bool:
    """The non-blank line before or after line ``index`` is an imprint line's shape too
    (:func:`_plain_imprint`): a list of places, names and years (a tour's or an
    exhibition's dates), no imprint."""
    lines = page.layout.lines
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(lines) and not lines[k].text.strip():
            k += step
        if 0 <= k < len(lines) and _plain_imprint(lines[k].text, page.rules) is not None:
            return True
    return False


@functools.cache
def _funding_openings(rules: tuple[_loc.LocaleRules, ...]) -> tuple[str, ...]:
    """The locales' phrases before a funder's name (``[words].funding_words``: *funded by,
    gefördert von*), casefolded, with the space after them."""
    return tuple(f"{t.casefold()} " for t in _loc.terms_of("words", rules, "funding_words"))


def _place_like(place: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """One to three capitalised words (function words between them: ``Frankfurt am
    Main``), none of a publisher's or a body's name, not opening with a known given name
    (``Anna Berg`` is an author), not chrome."""
    fw = closed_class(rules)
    inner = place.split()[1:-1]  # 'Frankfurt am Main': a function word inside the name
    words = [w for k, w in enumerate(place.split()) if not (0 < k <= len(inner) and w in fw)]
    return (
        0 < len(words) <= IMPRINT_PLACE_WORDS
        and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)
        and not any(_body_word(w, rules) for w in words)
        and not known_given(words[0])
        and not _is_chrome(place, rules)
    )
