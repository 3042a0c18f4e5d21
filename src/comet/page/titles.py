"""Title candidates: title-like lines scored by the title model, labelled titles, and
titles of citation blocks.
"""

from __future__ import annotations

import math
import re

from comet.dates import PartialDate, parse_date
from comet.names import Person, parse_names
from comet.page import title_model as _title_model
from comet.page.bylines import _Byline, _byline_at, _is_name_line, _meta_byline, _names_ok
from comet.page.chrome import (
    _call_to_action,
    _interface_share,
    _is_chrome,
    _language_of,
    _latin,
    _masthead_like,
)
from comet.page.citations import _cite_values
from comet.page.evidence import (
    _BULLET,
    _SENTENCE,
    _URL,
    W_LABEL,
    Cand,
    _key,
    _lenient,
    _Page,
)
from comet.page.headings import (
    HEADER_TITLE_WORDS,
    _add_placement,
    _crumb_tail,
    _header_repeat,
    _header_title,
    _headword,
)
from comet.page.issued import _leading_date, _lenient_find_dates
from comet.page.layout import BLOCK_KEYS, Line, _by_words
from comet.page.locator import _locator_line, _venue_line
from comet.page.title_shapes import _CLOSE_MARKS, _affiliation_line, _caption, _dangling_end

_CRUMB = re.compile(r"\s[/>›»|]\s")

_CRUMB_ARROW = re.compile(r"\s[>›»]\s")

#: a scientific title may start in lower case: ``β-pyrrole …``, ``p-Nitrophenol …``,
#: ``mRNA vaccines …``, ``de novo assembly …`` is not one of these (a sentence may start so)
_LOWER_TITLE_START = re.compile(r"[α-ω]|[a-z]{1,4}-[^\W_]|[a-z]{1,3}[A-Z]{2}")


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


def _link_like(line: Line, page: _Page) -> bool:
    """A line that may be a menu entry: at most :data:`MENU_LINK_WORDS` words, no sentence
    punctuation at its end (``All Resources...`` is a link), no label with its value on
    the line (a bare label word, ``Literature``, may be an entry)."""
    t = line.text.strip()
    return (
        _word_count(t) <= MENU_LINK_WORDS
        and _SENTENCE_END.search(t) is None
        and not any(
            lv.line == line.index and lv.layout in ("same-line", "glued")
            for lv in page.layout.labels
        )
    )


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

    for line in lines:
        link = _link_like(line, page)
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


def _word_count(t: str) -> int:
    """Words of a line; in scripts written without spaces (Chinese, Japanese), characters
    of the script by :data:`CHARS_PER_WORD`."""
    words = len(t.split())
    if not _HIGH_CHARS.search(t):
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


def _title_like(line: Line, page: _Page) -> bool:
    t = line.text.rstrip(_CLOSE_MARKS)  # a banner's close button ('… Cookie Policy.×')
    if line.index in _menu_lines(page) or _in_column_header(line, page):
        return False
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
    if count < 2 and not (
        t.isalpha() and (_crumb_tail(line, page) or _by_next(line, page) or _headword(line, page))
    ):  # one word: a headword under its breadcrumb, over 'By …' or over its definition only
        return False
    if _URL.search(t) or (line.index in page.layout.label_lines and not _heading_label(line, page)):
        return False
    letters = sum(c.isalpha() for c in t)
    if letters < 0.6 * len(t.replace(" ", "")):
        return False
    prefix, colon, rest = t.partition(": ")
    introduced = bool(
        colon and rest and len(prefix.split()) <= 3 and _is_chrome(prefix, page.rules)
    )
    if t.endswith(".") and len(words) > 14 and not introduced and not _byline_next(line, page):
        return False  # a sentence of prose ('Details for: <a long catalogue title>.' is none;
        # nor is a long title ending in a full stop, as NLM writes them, over its byline)
    if _SENTENCE.search(t) and len(words) > 12 and not introduced and not _byline_next(line, page):
        return False  # prose; a two-sentence title over its byline is none ('…anions. Fast …')
    if t.startswith(("©", "(c)", "|")) or _BULLET.match(t):
        return False
    if len(_CRUMB.findall(t)) >= 2 or _CRUMB_ARROW.search(t):
        return False  # a breadcrumb trail: Home / Books / Public Administration, A > B
    if t.endswith((",", "&", " and")) or (len(words) < 12 and _locator_line(line, page)):
        return False
    if _caption(words, page.rules):
        return False  # 'Table 2 Singlet oxygen yields …': a numbered caption
    if _dangling_end(words, page.rules):
        return False  # 'Brought to you by', 'Log in | Register or': cut off, or interface
    if len(words) < 16 and _venue_line(line, page):
        return False  # 'Journal Name, 2019, 27, 311–329': the venue, not the work
    if _is_chrome(t, page.rules):
        return False
    if len(words) <= 5 and _lenient(parse_date, t, locales=page.rules) is not None:
        return False
    if len(words) <= 8 and _leading_date(page, t) is not None:
        return False  # a post's meta line: '28. Januar 2015 user Write a comment'
    if _affiliation_line(t, page.rules):
        return False
    return not _is_name_line(t, page)


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


#: words of a standfirst at least (the sentence a news page sets under its headline)
STANDFIRST_WORDS = 8


def _standfirst(title: str, text: str, news: bool = False) -> bool:
    """A headline without a full stop followed by a whole sentence (``… telescope opens`` /
    ``FAST has superior sensitivity to detect cosmic phenomena.``): the second line is the
    standfirst that introduces the article, not a subtitle. On a news or blog page
    (``news``) a standfirst need not end in a full stop: a longer line than the headline
    is enough."""
    return (
        not title.rstrip().endswith((".", ":"))
        and (
            text.rstrip().endswith((".", "!", "?"))
            or (news and len(text.split()) > len(title.split()))
        )
        and len(text.split()) >= STANDFIRST_WORDS
        and ":" not in title
    )


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


def _author_label_at(page: _Page, k: int) -> _Byline | None:
    """An author label with its names on line ``k`` (``By Gareth Pennock``), as a byline."""
    for lv in page.layout.labels:
        if lv.line == k and lv.key == "author" and lv.layout == "same-line" and lv.value:
            persons = _lenient(parse_names, lv.value, locales=page.rules)
            if persons and _names_ok(list(persons), page_rules=page.rules):
                return _Byline(tuple(persons), (lv.value_start, lv.value_end), k, k)
            return None
    return None


def _news(page: _Page) -> bool:
    """A blog or magazine page (its kind names the site's masthead as the container)."""
    return page.kind is not None and "masthead_is_container" in page.kind.flags


def _has_byline(page: _Page, index: int) -> bool:
    """The line after ``index`` starts a byline (or is a post's meta line)."""
    nxt = index + 1
    if nxt >= len(page.layout.lines):
        return False
    return (_byline_at(page, nxt) or _meta_byline(page, nxt)) is not None


def _byline_after(page: _Page, title_line: int) -> tuple[_Byline | None, int | None]:
    """The byline within a few lines after a title, and a subtitle line if one stands between."""
    lines = page.layout.lines
    subtitle: int | None = None
    looked = 0
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
            continue  # (Chinese names without spaces count by their characters)
        if _is_chrome(line.text, page.rules):
            continue  # 'Show more', 'Add to Mendeley' between a title and its byline
        looked += 1
        if looked > BYLINE_LOOK_LINES:
            break
        if _headword(line, page):
            break  # 'RELIEUR, RELIEUSE' over its definition: an entry's headword, no names
        by = _byline_at(page, k) or _affiliated_byline(page, k) or _meta_byline(page, k)
        if by is not None:
            return by, subtitle
        if (
            subtitle is None
            and k == title_line + 1
            and _standfirst(lines[title_line].text, line.text, _news(page))
        ):
            subtitle = k  # a standfirst between headline and byline: not joined to the title
            page.memo[("standfirst", k)] = True
            continue
        if (
            subtitle is None
            and k == title_line + 1
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
        "digits": sum(c.isdigit() for c in t) / max(1, len(t)),
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
    from comet.page.headline import BODY_BONUS, _glued_menu, _headline_over_body  # no cycle

    headline = _headline_over_body(page)
    for line in main:
        if rank >= MAX_TITLE_LINES and (headline is None or line.index > headline):
            break
        if line.index in value_lines or not _looks_like_title(line, page):
            continue
        if rank >= MAX_TITLE_LINES and line.index != headline:
            continue  # past the lines scored: only the headline over the body
        if page.memo.get(("standfirst", line.index), False):
            continue  # the standfirst under a headline read above
        if line.text.endswith(":") and not line.text.endswith(" :"):
            continue  # a line introducing what follows ('Share this:'); ISBD's ' :' aside
        if _glued_menu(line.text, page):
            continue  # 'Politik Wirtschaft Kultur Sport Reisen …': a menu in one line
        features = _title_features(page, line, rank, text_key)
        features["container"] = float(_key(line.text) in containers)
        rank += 1
        by, sub = _byline_after(page, line.index)
        if by is not None:
            if rank <= MAX_BYLINE_RANK:
                page.bylines.append(by)  # names near the top: a weak person candidate
            gap = by.first_line - line.index - (2 if sub is not None else 1)
            features["byline"] = 1.0
            features["byline_adjacent"] = float(gap <= 0)
            standfirst = sub is not None and page.memo.get(("standfirst", sub), False)
            features["subtitle"] = float(sub is not None and not standfirst)
        value = line.text
        end = line.end
        evidence = "title-like line"
        prefix, colon, rest = value.partition(": ")
        if colon and rest and _is_chrome(prefix, page.rules):
            value = rest  # 'Details for: Title /', 'You are here: Title'
            features["chrome_prefix"] = 1.0
        dated = _after_leading_date(page, value) if value == line.text else 0
        if dated:
            value = value[dated:]  # '1 October 2015 Title of the work': a date glued before it
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
        if by is not None:
            evidence = "title line above the byline"
            if sub is not None and not page.memo.get(("standfirst", sub), False):
                sub_line = page.layout.lines[sub]
                lang_t = _language_of(line.text, page)
                lang_s = _language_of(sub_line.text, page)
                same_script = _latin(line.text) == _latin(sub_line.text)
                if same_script and (lang_t is None or lang_s is None or lang_t == lang_s):
                    value = f"{line.text}: {sub_line.text}"
                    end = sub_line.end
        cand = Cand(value, _title_model.score(features), (line.start + dated, end), evidence)
        _add_placement(cand, line, page, authored)
        if line.index == headline:
            cand.score += BODY_BONUS
            cand.evidence += " over the article's body"
        if _call_to_action(line.text, page.rules):
            cand.score -= CALL_PENALTY
            cand.evidence += ", a call to action of the site's interface"
        authored = authored or features.get("byline_adjacent", 0.0) > 0
        cand.features = features
        cands.append(cand)
    cands.extend(_labelled_titles(page))
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
