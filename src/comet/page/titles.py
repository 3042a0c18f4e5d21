"""Title candidates: title-like lines scored by the title model, labelled titles, and
titles of citation blocks.
"""

from __future__ import annotations

import functools
import math
import re

from comet import locales as _loc
from comet.dates import PartialDate
from comet.names import Person, parse_names
from comet.page import title_model as _title_model
from comet.page.bylines import (
    _Byline,
    _byline_at,
    _line_names,
    _meta_byline,
    without_glued_button,
)
from comet.page.chrome import (
    INTERFACE_LINE_SHARE,
    _call_to_action,
    _closed_class,
    _interface_share,
    _is_chrome,
    _journal_words,
    _languages_differ,
    _latin,
    _masthead_like,
    _photo_credit,
)
from comet.page.citations import _cite_values
from comet.page.entries import (
    affixed_headword,
    dictionary_headword,
    over_entry_source,
    without_interface_tail,
    without_page_number,
)
from comet.page.evidence import (
    _WORD,
    W_LABEL,
    Cand,
    _key,
    _lenient,
    _lenient_find_dates,
    _Page,
)
from comet.page.genre_lines import after_genre
from comet.page.headings import (
    _add_placement,
    _header_repeat,
    _header_title,
    _headword,
)
from comet.page.headline import BODY_BONUS, _glued_menu, _headline_over_body
from comet.page.layout import Line, _by_words
from comet.page.locator_lines import _locator_line
from comet.page.name_checks import _is_type_term, _names_ok, _type_term
from comet.page.title_lines import (
    _kicker_over,
    _looks_like_title,
    _news,
    _standfirst,
    _starts_like_title,
    _word_count,
)
from comet.page.title_shapes import _dangling_end

#: words a title glued after a date has at least
DATED_TITLE_WORDS = 4
_DATE_JOIN = re.compile(r"\s*[/–-]\s*")


def _after_leading_date(page: _Page, text: str) -> int:
    """Where a title starts after the date glued before it (``1 October 2015 Title …``,
    ``March/April 2014 Title …``: a listing's date and the work's title in one line), or
    0 when the line does not start with a date or too little follows it."""
    if not text[:1].isdigit() and not text[:1].isupper():
        return 0
    found = _lenient_find_dates(text[:60], page.rules)
    if not found or found[0].start > 0 or not isinstance(found[0].value, PartialDate):
        return 0
    if found[0].value.month is None:
        return 0
    end: int = found[0].end
    for m in found[1:]:  # a range of months: 'March/April 2014'
        if _DATE_JOIN.fullmatch(text[end : m.start]) is None:
            break
        end = int(m.end)
    rest = text[end:]
    start = end + len(rest) - len(rest.lstrip(" ,.:;–-|·"))
    tail = text[start:]
    if len(tail.split()) < DATED_TITLE_WORDS or not _starts_like_title(tail):
        return 0
    return start


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
            persons = _lenient(parse_names, value, locales=page.rules)
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


def _byline_after(page: _Page, title_line: int) -> tuple[_Byline | None, int | None]:
    """The byline within a few lines after a title, and a subtitle line if one stands between."""
    lines = page.layout.lines
    subtitle: int | None = None
    looked = 0
    captioned = True  # only captions stand between the title and line k
    for k in range(title_line + 1, min(len(lines), title_line + BYLINE_WINDOW_LINES)):
        line = lines[k]
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
        ):  # (a widget's or a button's line has no standfirst: the headline follows it)
            subtitle = k  # a standfirst between headline and byline (a caption before it
            # read past): not joined to the title
            page.memo[("standfirst", k)] = True
            continue
        if (
            subtitle is None
            and k == title_line + 1
            and not _SENTENCE_END.search(lines[title_line].text)
            and _looks_like_title(line, page)
            and not (_masthead_like(lines[title_line].text, page.rules) and _has_byline(page, k))
        ):
            subtitle = k  # not under a journal's name: the line with its own byline is a title
            continue
        if len(line.text) > 80:
            break
    return None, None


def _title_features(page: _Page, line: Line, rank: int, text_key: str) -> dict[str, float]:
    """Layout features of a title-like line (the names of ``title_model.FEATURES``)."""
    t = line.text
    words = t.split()
    lines = page.layout.lines
    key = _key(t)
    nxt = lines[line.index + 1] if line.index + 1 < len(lines) else None
    prev = lines[line.index - 1] if line.index > 0 else None
    neighbours = [n for n in (prev, nxt) if n is not None]
    return {
        "rank": math.log1p(rank),
        "offset": line.start / max(1, len(page.text)),
        "repeats": float(min(3, text_key.count(key) - 1)) if len(key) > 12 else 0.0,
        "words": _word_count(t) / 10,  # Chinese, Japanese: characters by CHARS_PER_WORD
        "short": float(_word_count(t) <= 3),
        "locator_next": float(nxt is not None and _locator_line(nxt, page)),
        "blank_before": float(line.blank_before),
        "ends_period": float(t.endswith(".")),
        "capitalised": sum(w[:1].isupper() for w in words) / len(words),
        "interface": _interface_share(t, page.rules),
        "neighbours_interface": (
            sum(_is_chrome(n.text, page.rules) for n in neighbours) / len(neighbours)
            if neighbours
            else 0.0
        ),
        "colon": float(":" in t),
        "digits": sum(map(str.isdigit, t)) / max(1, len(t)),
    }


_ISBD_END = re.compile(r"\s+[/:;=]\s*$")

#: ISBD's statement of responsibility after a title: `` / by …``, `` / von …``, `` / [edited] …``
_ISBD_RESPONSIBILITY = re.compile(r"\s/\s(?=\S)")

#: words of a statement of responsibility after a comma at most (``, by A. B. Author.``)
RESPONSIBILITY_WORDS = 8


def _responsibility_after_comma(value: str, page: _Page) -> str | None:
    """``Title, by A. Author.`` → ``Title``: a statement of responsibility that an older
    catalogue record joins with a comma (no ISBD `` / ``), an author word of the locales
    then a few capitalised words; ``None`` when there is none."""
    head, comma, tail = value.rpartition(", ")
    words = tail.split()
    if not comma or len(head.split()) < 2 or not 2 <= len(words) <= RESPONSIBILITY_WORDS:
        return None
    if words[0].casefold() not in _by_words(page.rules) or not words[1][:1].isupper():
        return None
    return head.rstrip(" ,;:")


#: How many title-like lines of a page are scored (a page's own title is rarely further down).
MAX_TITLE_LINES = 25

#: Bylines under the first this many title-like lines are kept as weak person candidates.
MAX_BYLINE_RANK = 15

#: evidence a title-like line holding a call to action loses (``Subscribe from 1 €``)
CALL_PENALTY = 0.5
#: evidence a title-like line gains right over the line naming its reference work
SOURCE_BONUS = 0.4


#: words of a kicker (a topic glued before a headline: ``Blog Insights``) at most
KICKER_WORDS = 4
#: words of the headline after a kicker, and of the other line that proves it, at least
KICKER_TITLE_WORDS = 4


def _keys_by_first_word(page: _Page) -> dict[str, list[str]]:
    """The keys of the page's lines of :data:`KICKER_TITLE_WORDS` words or more, by their
    first word (memoised)."""

    def read() -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for ln in page.layout.lines:
            words = _WORD.findall(ln.text.casefold())  # the words of its key, none joined
            if len(words) >= KICKER_TITLE_WORDS:  # (no cache: each line is read once here)
                found.setdefault(words[0], []).append(" ".join(words))
        return found

    return page.remember(("keys-by-first-word", 0), read)


def _after_kicker(value: str, page: _Page) -> int:
    """Where a headline starts after a kicker glued before it (``Blog Insights 3 findings
    from our survey``): the rest of the line, or its start, is another line of the page by
    itself (``3 findings from our survey``; the page header's ``Headline - Kicker``); 0 when
    no other line proves it."""
    words = value.split()
    if len(words) < KICKER_TITLE_WORDS + 1:
        return 0
    by_first = _keys_by_first_word(page)
    own = _key(value)
    for k in range(min(KICKER_WORDS, len(words) - KICKER_TITLE_WORDS), 0, -1):  # longest first
        head = words[k][:1]
        if words[k - 1].endswith(":") or not (head.isupper() or head.isdigit()):
            continue  # 'Title: Subtitle' stays whole; a headline starts with a capital
        rest = _key(" ".join(words[k:]))
        if rest == own or len(rest.split()) < KICKER_TITLE_WORDS:
            continue  # the words cut were no words of the key ('3', '–')
        first = rest.split(" ", 1)[0]
        for other in by_first.get(first, ()):
            if other == own:
                continue  # the line itself
            if other.startswith(rest) or (
                rest.startswith(other) and len(other.split()) >= KICKER_TITLE_WORDS
            ):
                return value.index(words[k], sum(len(w) + 1 for w in words[:k]) - 1)
    return 0


#: words of the other cells of a table row whose longest cell is a title, each at most
ROW_LABEL_WORDS = 3
#: words of that cell at least
ROW_TITLE_WORDS = 3


def _title_cell(line: Line, page: _Page) -> int:
    """Where the title starts in a line that is a table row (cells apart by TABs in the raw
    page): the last cell, of :data:`ROW_TITLE_WORDS` words or more, after cells of a few
    words (a section's name before it: ``Politiques publiques⇥Titre de l'article``); 0
    when the line is no such row."""
    if "\t" not in page.raw:
        return 0
    start, end = page.to_raw(line.start, line.end)
    cells = [c.strip() for c in page.raw[start:end].split("\t")]
    cells = [c for c in cells if c]
    if len(cells) < 2 or len(cells[-1].split()) < ROW_TITLE_WORDS:
        return 0
    if any(len(c.split()) > ROW_LABEL_WORDS for c in cells[:-1]):
        return 0
    at = line.text.rfind(cells[-1])
    return at if at > 0 else 0


def _line_title_value(line: Line, page: _Page, features: dict[str, float]) -> tuple[str, int, int]:
    """The title a title-like line holds, its end, and how many characters of a date glued
    before it were cut: an interface prefix (``Details for: …``), a leading date, ISBD's
    ``/`` and statement of responsibility dropped (``features`` says which)."""
    value = line.text
    end = line.end
    prefix, colon, rest = value.partition(": ")
    if colon and rest and _is_chrome(prefix, page.rules):
        value = rest  # 'Details for: Title /', 'You are here: Title'
        features["chrome_prefix"] = 1.0
    dated = _after_leading_date(page, value) if value == line.text else 0
    if dated:
        value = value[dated:]  # '1 October 2015 Title of the work': a date glued before it
    elif value == line.text:
        # 'Politiques publiques⇥Titre' (a section's cell before the title's); 'Blog
        # Insights Title of the post' (a kicker the page prints alone elsewhere)
        dated = _title_cell(line, page)
        if dated:
            features["row_cell"] = 1.0
        else:
            dated = _after_kicker(value, page)
            features["kicker"] = float(dated > 0)
            if not dated:  # 'Working Paper Title of the paper': a cover's genre before it
                dated = after_genre(value, page)
                features["genre"] = float(dated > 0)
        if dated:
            value = value[dated:]
    headword = affixed_headword(line, page) if value == line.text else None
    if headword is not None:  # 'Lemma betekenis & definitie' over 'Lemma is een …'
        start = value.find(headword)
        features["chrome_prefix"] = float(start > 0)
        dated, value, end = start, headword, line.start + start + len(headword)
    tailless = without_page_number(without_interface_tail(value, page), page)
    if tailless != value:  # 'Rechtskultur: Unterschied zwischen den Versionen' (a wiki's diff)
        end -= len(value) - len(tailless)
        value = tailless
    value = _ISBD_END.sub("", value)  # 'Title /' (ISBD before a statement of responsibility)
    isbd = _ISBD_RESPONSIBILITY.search(value)
    if isbd is not None and len(value[: isbd.start()].split()) >= 2:
        value = value[: isbd.start()].rstrip(" :;,")  # 'Title / by A. Author.' (ISBD)
        end = line.start + len(value)
        features["responsibility"] = 1.0
    elif _header_repeat(line, page):
        head = _header_title(line, page) or _responsibility_after_comma(value, page)
        if head is not None:  # 'Title, by A. Author.' (a catalogue record before ISBD)
            value = head
            end = line.start + len(value)
            features["responsibility"] = 1.0
    return value, end, dated


#: lines of a title in capitals broken over several lines at most
CAPS_RUN_LINES = 4
#: letters of a line in capitals at least (``ISSN`` or ``PDF`` alone is no title line)
CAPS_LETTERS = 8


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= CAPS_LETTERS and all(c.isupper() for c in letters)


def _venue_or_type(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether a line in capitals names a section or a journal rather than a piece of the
    title (``ORIGINAL ARTICLE``, ``JOURNAL OF APPLIED SCIENCES``): a publication-type term
    of the locales, or a line with a journal word."""
    if _type_term(text, rules) is not None:
        return True
    words = _journal_words(rules)
    return any(w.casefold() in words for w in _WORD.findall(text))


#: lines a wrapped title goes on over at most, and words of each further line at most
WRAP_RUN_LINES = 3
WRAP_LINE_WORDS = 14
#: words of a wrapped title's first line at least (a line the title fills)
WRAP_FIRST_WORDS = 5
#: words of a further line at most that make a tag line where the joint dangles not
#: (``in Gardening``, ``on Teaching and Learning`` under a whole title)
WRAP_TAG_WORDS = 4


def _wrapped_run(page: _Page, index: int) -> list[int]:
    """The lines of a title that a cover broke over lines in sentence case (``Tidal profits in
    a prolonged environment`` / ``of low tides: a study of …`` / ``fleets of Marsh
    Bay``): after a first line of several words ending in no punctuation, lines that open
    with a lower-case function word of the locales (``of``, ``and``, ``de``, ``und``), or with
    another lower-case word after a full line and without a number, and are no label, byline,
    name or interface line; ``[]`` where the next line opens no such way.

    A blog's category, tag or guest line under a whole title opens the same way (``posted in
    Research, Lab life``, ``in Gardening``, ``with Lena Ortiz and Paul Kim``): a run stands
    only where a line of it ends dangling (``… in the``, ``… of``) or a byline follows it,
    and a short line opening with a function word after a joint that dangles not, a comma list of capitalised words or a
    line of names never joins."""
    lines = page.layout.lines
    first = lines[index].text.rstrip()
    if len(first.split()) < WRAP_FIRST_WORDS or first.endswith((".", ":", ";", "?", "!", ",")):
        return []
    closed = _closed_class(page.rules)
    by_words = _author_words(page.rules)
    run = [index]
    dangles = False  # a line of the run ends with a function word: a title broken mid-phrase
    for k in range(index + 1, min(len(lines), index + WRAP_RUN_LINES)):
        prev, line = lines[run[-1]].text.rstrip(), lines[k]
        words = line.text.split()
        if prev.endswith((".", ";", "?", "!")) or not words or len(words) > WRAP_LINE_WORDS:
            break
        head = words[0]
        if not head[:1].islower() or head.casefold() in by_words:
            break  # 'by Jane Quill' under a title is its byline, no part of it
        if head.casefold() not in closed and (
            len(prev.split()) < WRAP_FIRST_WORDS or any(c.isdigit() for c in line.text)
        ):
            break  # a line of another word goes on only a full line ('… in the banking' /
            # 'fleets of Marsh Bay'), never with a number ('pp. 12-20', 'doi …')
        if k in page.layout.label_lines or line.zone != "main" or _is_chrome(line.text, page.rules):
            break
        if _byline_at(page, k) is not None:
            break
        joint = prev.split()[-1].casefold() in closed or _dangling_end(prev.split(), page.rules)
        if not joint and head.casefold() in closed and len(words) <= WRAP_TAG_WORDS:
            break  # 'in Gardening' under a whole title: its category
        if "," in line.text and _capitalised_list(words[1:]):
            break  # 'posted in Research, Lab life': a list of categories
        if _line_names(" ".join(words[1:]), page):
            break  # 'with Lena Ortiz and Paul Kim': the guests
        dangles = dangles or joint
        run.append(k)
    if len(run) < 2:
        return []
    if not dangles and _byline_after(page, run[-1])[0] is None:
        return []  # a whole line over lower-case lines, no byline after: no broken title
    return run


def _capitalised_list(words: list[str]) -> bool:
    """Words most of which open with a capital, as a comma list of tags has them (``in
    Research, Lab life``): the function words left out."""
    content = [w for w in words if len(w.strip(",;")) > 3]
    caps = [w for w in content if w[:1].isupper()]
    return len(content) > 1 and 2 * len(caps) >= len(content)


@functools.cache
def _author_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The author label words of the locales, folded (``by``, ``von``, ``par``, ``por``)."""
    return frozenset(t.casefold() for t in _loc.terms_of("labels", rules, "author"))


def _caps_run(page: _Page, index: int) -> list[int]:
    """The lines of a title in capitals that the page broke over lines (``ENSEÑANZA
    RECÍPROCA COMO ESTRATEGIA`` / ``DE COMPRENSIÓN LECTORA``): a run of lines in capitals,
    none ending a sentence, no label, interface or name line among them (a line opening
    with a function word is no name), where a line ends with a function word, or a byline
    follows the run; ``[]`` where there is none.

    A line joins the one before without a function word at the joint only where the line
    before is at least as long (a broken title fills its first line), and neither of them
    names a section or a journal (``RESEARCH ARTICLE`` / ``A STUDY OF …`` is a tag over a
    title); a publication-type line never joins."""
    lines = page.layout.lines
    if not _in_capitals(lines[index].text) or _type_term(lines[index].text, page.rules):
        return []
    closed = _closed_class(page.rules)  # particles too: 'DE', 'DO' end a broken line
    run = [index]
    broken = False  # a line ends with a function word
    for k in range(index + 1, min(len(lines), index + CAPS_RUN_LINES)):
        prev, line = lines[run[-1]].text, lines[k]
        if prev.endswith((".", ":", ";", "?", "!")) or not _in_capitals(line.text):
            break
        if k in page.layout.label_lines or _is_chrome(line.text, page.rules):
            break
        if _type_term(line.text, page.rules) is not None:
            break  # 'ORIGINAL ARTICLE' under a title: a section tag
        joint = prev.split()[-1].casefold() in closed
        opens = line.text.split()[0].casefold() in closed
        if not joint and not opens and _byline_at(page, k) is not None:
            break  # names in capitals under the title ('DE COMPRENSIÓN …' is no name)
        if not joint and (
            len(prev) < len(line.text)
            or _venue_or_type(prev, page.rules)
            or _venue_or_type(line.text, page.rules)
        ):
            break  # 'JOURNAL OF APPLIED SCIENCES' / 'EFFECTS OF HEAT …': two lines, no break
        broken = broken or joint
        run.append(k)
    if len(run) < 2 or (not broken and _byline_after(page, run[-1])[0] is None):
        return []
    return run


#: lines of a title and its translations at most (the original and two translations)
TRANSLATED_RUN_LINES = 3
#: words of each line of such a run at least
TRANSLATED_WORDS = 3
#: words of the shorter line of a title and its translation at least, as a share of the longer
TRANSLATED_RATIO = 0.6
#: the share of interface words from which a line is a widget's, not a title's translation
#: (``Está en la página 1 de 40``; a title may hold one, ``Design and Validation of …``)
TRANSLATED_UI_SHARE = 0.25
#: the evidence of a title printed over its translations (a site's name or a menu line has
#: none): added to the run's best score
TRANSLATED_BONUS = 0.4
#: what a translation line loses: it is the work's title in another language, not the title
TRANSLATION_PENALTY = 0.3


def _translated_runs(page: _Page, by_line: dict[int, Cand]) -> None:
    """A title printed over its translations (``Alimentação saudável: …`` / ``Healthy
    eating: …`` / byline): two or three title lines one after the other right above a
    byline, in different languages by their function words (two of them at least). The
    first line is the title (the original comes first); the others lose weight."""
    lines = page.layout.lines
    for first, cand in sorted(by_line.items()):
        run = [first]
        while (
            len(run) < TRANSLATED_RUN_LINES
            and run[-1] + 1 in by_line
            and _byline_at(page, run[-1] + 1) is None
        ):
            run.append(run[-1] + 1)
        counts = [_word_count(lines[i].text) for i in run]
        if len(run) < 2 or min(counts) < TRANSLATED_WORDS:
            continue
        if min(counts) < TRANSLATED_RATIO * max(counts):
            continue  # a translation is about as long as its original
        if any(_interface_share(lines[i].text, page.rules) >= TRANSLATED_UI_SHARE or
               _call_to_action(lines[i].text, page.rules) for i in run):  # fmt: skip
            continue  # 'Está en la página 1 de 40' over a headline: a widget, no translation
        if first - 1 in by_line and by_line[first - 1].evidence.endswith("translations"):
            continue
        by = _byline_after(page, run[-1])[0]
        if by is None or by.first_line > run[-1] + 2:
            continue
        if not any(_languages_differ(lines[first].text, lines[i].text, page) for i in run[1:]):
            continue  # (one language known: the other line has none of its words)
        best = max(by_line[i].score for i in run)
        text = lines[first].text
        cand.value, cand.span = text, (lines[first].start, lines[first].end)
        cand.score = best + TRANSLATED_BONUS
        cand.evidence = "title line over its translations"
        page.memo[("translated-run", first)] = run[-1]  # the byline is read under the run
        for i in run[1:]:
            by_line[i].score -= TRANSLATION_PENALTY
            by_line[i].evidence += ", a translation of the title above"


def _title_candidates(page: _Page, value_lines: set[int]) -> list[Cand]:
    """Title-like lines scored by the title model (:mod:`comet.page.title_model`), plus
    labelled titles and titles of citation blocks."""
    cands: list[Cand] = []
    main = [ln for ln in page.layout.lines if ln.zone == "main"]
    text_key = page.text_key()
    containers = {_key(str(c.value)) for c in _cite_values(page, "container-title")}
    containers |= {_key(lv.value) for lv in page.layout.values("journal", "container")}
    rank = 0
    authored = False  # a title-like line with its byline right under it came before
    headline = _headline_over_body(page)
    continued: set[int] = set()
    by_line: dict[int, Cand] = {}  # the candidate of each line scored
    for line in main:
        if rank >= MAX_TITLE_LINES:  # past the lines scored: only the headline over the body
            if headline is None or line.index > headline:
                break
            if line.index != headline:
                continue
        if line.index in value_lines or not _looks_like_title(line, page):
            continue
        if page.memo.get(("standfirst", line.index), False):
            continue  # the standfirst under a headline read above
        if line.text.endswith(":") and not line.text.endswith(" :"):
            continue  # a line introducing what follows ('Share this:'); ISBD's ' :' aside
        if _glued_menu(line.text, page):
            continue  # 'Politik Wirtschaft Kultur Sport Reisen …': a menu in one line
        if line.index in continued:
            continue  # a further line of a title in capitals read with its first line
        run = _caps_run(page, line.index)
        wrapped = [] if run else _wrapped_run(page, line.index)
        continued.update(run[1:])
        continued.update(wrapped[1:])
        features = _title_features(page, line, rank, text_key)
        features["container"] = float(_key(line.text) in containers)
        rank += 1
        by, sub = _byline_after(page, (run or wrapped or [line.index])[-1])
        if run or wrapped:
            sub = None
        if by is not None:
            if rank <= MAX_BYLINE_RANK:
                page.bylines.append(by)  # names near the top: a weak person candidate
            gap = by.first_line - line.index - (2 if sub is not None else 1)
            features["byline"] = 1.0
            features["byline_adjacent"] = float(gap <= 0)
            standfirst = sub is not None and page.memo.get(("standfirst", sub), False)
            features["subtitle"] = float(sub is not None and not standfirst)
        value, end, dated = _line_title_value(line, page, features)
        if run or wrapped:
            value = " ".join(page.layout.lines[i].text.strip() for i in run or wrapped)
            end = page.layout.lines[(run or wrapped)[-1]].end
        evidence = "title-like line" if not run else "title in capitals over lines"
        if wrapped:
            evidence = "title over lines, its further lines opening with a function word"
        if by is not None:
            evidence = "title line above the byline"
            if sub is not None and not page.memo.get(("standfirst", sub), False):
                sub_line = page.layout.lines[sub]
                translated = _languages_differ(line.text, sub_line.text, page)
                same_script = _latin(line.text) == _latin(sub_line.text)
                # (a long title printed twice, as a page's header and its heading, is one
                # title; a short one may be a work named after its maker: 'Lust: Lust')
                repeated = (
                    len(line.text.split()) >= REPEATED_TITLE_WORDS
                    and sub_line.text.strip().casefold() == line.text.strip().casefold()
                )
                if same_script and not repeated and not translated:
                    value = f"{line.text}: {sub_line.text}"
                    end = sub_line.end
        if features.get("kicker"):
            evidence += " (a kicker before it cut: the headline stands alone elsewhere)"
        elif features.get("genre"):
            evidence += " (the genre before it cut)"
        elif features.get("row_cell"):
            evidence += " (the last cell of a table row, after a section's name)"
        cand = Cand(value, _title_model.score(features), (line.start + dated, end), evidence)
        _add_placement(cand, line, page, authored)
        if over_entry_source(line, page):
            cand.score += SOURCE_BONUS  # 'Lexikon' / 'Aus Wikipedia, der freien Enzyklopädie'
            cand.evidence += " over the line naming its reference work"
        if line.index == headline:
            cand.score += BODY_BONUS
            cand.evidence += " over the article's body"
        if _call_to_action(line.text, page.rules):
            cand.score -= CALL_PENALTY
            cand.evidence += ", a call to action of the site's interface"
        elif (
            by is None
            and (page.kind is None or _news(page))
            and _interface_share(value, page.rules) >= INTERFACE_LINE_SHARE
        ):  # (a catalogue's short titles may be interface words: 'See', 'Contact')
            cand.score -= CALL_PENALTY  # 'Warenkorb (0 Einträge)', 'Quick Links', 'Mein Konto'
            cand.evidence += ", half of its words or more interface words"
        authored = authored or features.get("byline_adjacent", 0.0) > 0
        cand.features = features
        cands.append(cand)
        by_line[line.index] = cand
    _translated_runs(page, by_line)
    cands.extend(_labelled_titles(page))
    headword = dictionary_headword(page)
    if headword is not None:  # 'masculin' / 'Étymologie' / 'Adjectif': a dictionary's entry
        cands.append(headword)
    cites = _cite_values(page, "title")
    # A title a citation block confirms wins; prefer the page line's own spelling.
    for c in cands:
        ck = _key(str(c.value))
        if len(ck) > 8 and any(_key(str(cc.value)).startswith(ck) for cc in cites):
            c.score += 0.5
            c.evidence += " confirmed by a citation block"
    cands.extend(cites)
    return cands


def _labelled_titles(page: _Page) -> list[Cand]:
    """The values of title labels (``Title: …``), without an ISBD statement of
    responsibility: good evidence, as strong as the title model's best lines."""
    out = []
    for lv in page.layout.values("title"):
        if page.weight(lv.value_start) < 1:
            continue
        value = lv.value
        isbd = _ISBD_RESPONSIBILITY.search(value)
        if isbd is not None and len(value[: isbd.start()].split()) >= 2:
            value = value[: isbd.start()].rstrip(" :;,")  # 'Titolo: Title / Author'
        out.append(Cand(value, W_LABEL + 0.1, (lv.value_start, lv.value_start + len(value)),
                        f"label '{lv.label}'"))  # fmt: skip
    return out


#: words of a title line at least for its copy on the next line to be a repetition, not a
#: subtitle (an album named after its band is one: 'Lust for Youth: Lust for Youth')
REPEATED_TITLE_WORDS = 6
_TITLE_SPLIT = (" — ", " – ", ": ")


def _split_title(title: str) -> tuple[str, str | None]:
    head, slash, _resp = title.partition(" / ")
    if slash and head.strip():
        title = head.strip()  # a catalogue's statement of responsibility follows ' / '
    for sep in _TITLE_SPLIT:
        head, found, tail = title.partition(sep)
        if found and head.strip() and tail.strip() and len(head.split()) >= 1:
            if sep == ": " and head.rstrip().endswith("?"):
                continue
            return head.strip(), tail.strip()
    return title, None
