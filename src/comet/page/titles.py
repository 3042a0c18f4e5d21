"""Title candidates: title-like lines scored by the title model, labelled titles, and
titles of citation blocks.
"""

from __future__ import annotations

import math
import re

import attrs

from comet.dates import PartialDate
from comet.page import title_context as _ctx
from comet.page import title_model as _title_model
from comet.page.bylines import _Byline
from comet.page.chrome import (
    INTERFACE_LINE_SHARE,
    _call_to_action,
    _interface_share,
    _is_chrome,
    cover_image_alt,
)
from comet.page.citations import _cite_values
from comet.page.cover_heads import genre_head, institution_head, on_cover
from comet.page.cover_title_block import report_title_block
from comet.page.entries import (
    affixed_headword,
    dictionary_headword,
    over_entry_source,
    without_interface_tail,
    without_page_number,
)
from comet.page.event_dates import event_date_lines
from comet.page.evidence import (
    Cand,
    _key,
    _lenient_find_dates,
    _Page,
)
from comet.page.genre_lines import after_genre
from comet.page.headings import (
    _add_placement,
    _header_repeat,
    _header_title,
)
from comet.page.headline import (
    BODY_BONUS,
    _glued_menu,
    _headline_over_body,
    broken_headline_start,
)
from comet.page.isbd import _GMD
from comet.page.labelled_titles import _ISBD_RESPONSIBILITY, _labelled_titles
from comet.page.languages import _languages_differ, _latin
from comet.page.layout import Line, _by_words
from comet.page.locator_lines import _locator_line
from comet.page.org_lines import ORG_LINE_PENALTY, names_organisation
from comet.page.parallel_titles import parallel_lines
from comet.page.patent_record import patent_title
from comet.page.product_heading import product_titles
from comet.page.publisher_roles import bracketed_publisher
from comet.page.quoted_title import quoted_titles
from comet.page.series_lines import numbered_series
from comet.page.title_blocks import colon_subtitle, title_joint
from comet.page.title_bylines import _byline_after, _type_line
from comet.page.title_cells import cell_features, title_cell
from comet.page.title_context import cut_short, neighbour_features, printed_again
from comet.page.title_copies import glued_copies
from comet.page.title_evidence import FULL_HITS, near_prose
from comet.page.title_glued_names import glued_name_start
from comet.page.title_kickers import TEASER_PENALTY, after_type_kicker, teaser_line
from comet.page.title_lines import (
    _looks_like_title,
    _news,
    _starts_like_title,
    _word_count,
)
from comet.page.title_name_lines import names_list_line
from comet.page.title_runs import _caps_run, _translated_runs, _wrapped_run
from comet.page.title_sentences import sentences_under_heading
from comet.page.title_venue_names import venue_name
from comet.text import without_isbd_end

#: words a title's first line shares with the body under it at least
#: (``title_evidence.near_prose``), for the body's evidence to go to the whole title
SHARED_WITH_BODY = 2
#: words a title glued after a date has at least
DATED_TITLE_WORDS = 4
_DATE_JOIN = re.compile(r"\s*[/–-]\s*")


#: a line of this many words or more, this share of them interface words, is the site's
#: interface even over a byline (``Loading.... (view fulltext now)``)
INTERFACE_RUN_WORDS = 3
INTERFACE_RUN_SHARE = 0.75


def _interface_run(value: str, page: _Page) -> bool:
    """A line of three words or more, three quarters of them interface words: a widget's
    text, never a title (a work's short title of interface words, ``Contact``, stays one)."""
    return (
        len(value.split()) >= INTERFACE_RUN_WORDS
        and _interface_share(value, page.rules) >= INTERFACE_RUN_SHARE
    )


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
            key = _key(ln.text)  # (memoised: the other readers key most lines of a page too)
            if key.count(" ") >= KICKER_TITLE_WORDS - 1:  # (words of letters, one space apart)
                found.setdefault(key.partition(" ")[0], []).append(key)
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


def _line_title_value(line: Line, page: _Page, features: dict[str, float]) -> tuple[str, int, int]:
    """The title a title-like line holds, its end, and how many characters of a date glued
    before it were cut: an interface prefix (``Details for: …``), a leading date, ISBD's
    ``/`` and statement of responsibility dropped (``features`` says which)."""
    value = line.text
    end = line.end
    prefix, colon, rest = value.partition(": ")
    if colon and rest and (_is_chrome(prefix, page.rules) or cover_image_alt(prefix, page.rules)):
        value = rest  # 'Details for: Title /', 'You are here: Title', 'Cover of book: Title'
        features["chrome_prefix"] = 1.0
        features["interface"] = _interface_share(rest, page.rules)  # (the title's words)
    dated = _after_leading_date(page, value) if value == line.text else 0
    if dated:
        value = value[dated:]  # '1 October 2015 Title of the work': a date glued before it
    elif value == line.text:
        # a row's title cell ('Politiques publiques⇥Titre⇥Texte :⇥23'), a kicker ('Blog
        # Insights Title')
        cell = title_cell(line, page)
        if cell is not None and cell != (0, len(value)):
            dated, cut = cell
            end = line.start + cut
            value = value[:cut]
            features["row_cell"] = 1.0
            features.update(cell_features(value[dated:], page, page.text_key()))
        else:
            dated = _after_kicker(value, page)
            features["kicker"] = float(dated > 0)
            if not dated:  # 'Working Paper Title of the paper': a cover's genre before it
                dated = after_genre(value, page) or after_type_kicker(value, page)
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
    elif (named := glued_name_start(value, page)) is not None:  # 'Title Ines Calloway'
        end -= len(value) - len(value[:named].rstrip())
        value = value[:named].rstrip()
        features["glued_name"] = 1.0
    value = without_isbd_end(value, spaced=True)  # 'Title /' (ISBD before its responsibility)
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
    byline_lines: set[int] = set()  # the lines of the bylines read under the lines scored
    for line in main:
        if rank >= MAX_TITLE_LINES:  # past the lines scored: only the headline over the body
            if headline is None or line.index > headline:
                break
            if line.index != headline:
                continue
        if line.index in value_lines or not _looks_like_title(line, page):
            continue
        if line.index in event_date_lines(page) and line.index > main[0].index:
            continue  # a running head's event line ('… Conference, 20–21 October 2016, Athens')
        if (
            numbered_series(line.text, page.rules) and line.index > main[0].index
        ) or bracketed_publisher(line.text, page.rules):
            # 'Fenland Studien, Band 7', 'Kranich & Sohn (Verlag)': no title (the page's
            # heading may be a multi-volume work's title: 'Fen Flora of the North, Vol. 2')
            continue
        if page.memo.get(("standfirst", line.index), False):
            continue  # the standfirst under a headline read above
        if (  # ('Title:' / 'Subtitle' is one title; ISBD's ' :' aside)
            line.text.endswith(":")
            and not line.text.endswith(" :")
            and not colon_subtitle(page, line.index)
        ):
            continue  # a line introducing what follows ('Share this:')
        if _glued_menu(line.text, page):
            continue  # 'Politik Wirtschaft Kultur Sport Reisen …': a menu in one line
        if line.index in continued:
            continue  # a further line of a title in capitals read with its first line
        run = _caps_run(page, line.index)
        wrapped = [] if run else _wrapped_run(page, line.index)
        block = [] if run or wrapped else report_title_block(page, line.index)
        wrapped = wrapped or block  # ('… Thruster' / 'System and …' under a report's number)
        continued.update(run[1:])
        continued.update(wrapped[1:])
        if wrapped:  # the byline is read under the run ('… Marshes of' / 'Northern …' / names)
            page.memo[("translated-run", line.index)] = wrapped[-1]
        features = _title_features(page, line, rank, text_key)
        features["container"] = float(_key(line.text) in containers)
        features["near_prose"] = near_prose(line, page)
        features.update(neighbour_features(line, page.layout.lines, byline_lines))
        rank += 1
        by, sub = _byline_after(page, (run or wrapped or [line.index])[-1])
        if run or wrapped:
            sub = None
        if by is not None:
            if rank <= MAX_BYLINE_RANK:
                page.bylines.append(by)  # names near the top: a weak person candidate
            gap = by.first_line - line.index - (2 if sub is not None else 1)
            if gap > 0:  # a book's series line between ('Fenland Studien, Band 7') is no gap
                between = page.layout.lines[line.index + 1 : by.first_line]
                gap -= sum(1 for b in between if numbered_series(b.text, page.rules))
            features["byline"] = 1.0
            features["byline_adjacent"] = float(gap <= 0)
            standfirst = sub is not None and page.memo.get(("standfirst", sub), False)
            features["subtitle"] = float(sub is not None and not standfirst)
            byline_lines.update(range(by.first_line, by.last_line + 1))
        value, end, dated = _line_title_value(line, page, features)
        features["venue_name"] = venue_name(value, page)  # 'Journal of …', '… Conference'
        features.update(_ctx.layout_features(line, page, features))
        if run or wrapped:
            value = " ".join(page.layout.lines[i].text.strip() for i in run or wrapped)
            end = page.layout.lines[(run or wrapped)[-1]].end
        evidence = "title-like line" if not run else "title in capitals over lines"
        if wrapped:
            evidence = "title over lines, its further lines opening with a function word"
        if block:
            evidence = "a report cover's title block, between its number and its byline"
        if by is not None:
            evidence = "title line above the byline"
            if sub is not None and not page.memo.get(("standfirst", sub), False):
                sub_line = page.layout.lines[sub]
                translated = _languages_differ(line.text, sub_line.text, page) or (
                    parallel_lines(
                        page, line.index, line.text, sub
                    )  # (a Czech title / its English)
                )
                named = names_list_line(page, sub)  # ('박서연1, 이도윤2' over its transliteration)
                same_script = _latin(line.text) == _latin(sub_line.text)
                # (a long title printed twice, as a page's header and its heading, is one
                # title; a short one may be a work named after its maker: 'Lust: Lust')
                repeated = len(line.text.split()) >= REPEATED_TITLE_WORDS and (
                    printed_again(line.text, sub_line.text)
                )
                if same_script and not repeated and not translated and not named:
                    joint = title_joint(line.text, sub_line.text, page)  # ('… dānesh' / 'va …')
                    value = f"{line.text}{joint}{sub_line.text}"
                    end = sub_line.end
        if features.get("kicker"):
            evidence += " (a kicker before it cut: the headline stands alone elsewhere)"
        elif features.get("genre"):
            evidence += " (the genre before it cut)"
        elif features.get("row_cell"):
            evidence += " (the long cell of a table row, its other cells short)"
        if features.get("glued_name"):
            evidence += " (an author's name glued after it cut)"
        cand = Cand(value, _title_model.score(features), (line.start + dated, end), evidence)
        placed = line  # (a row's cell is placed by its own text: a breadcrumb's last step)
        if features.get("row_cell"):
            placed = attrs.evolve(line, text=str(value), start=cand.span[0], end=cand.span[1])
        _add_placement(cand, placed, page, authored)
        if over_entry_source(line, page):
            cand.score += SOURCE_BONUS  # 'Lexikon' / 'Aus Wikipedia, der freien Enzyklopädie'
            cand.evidence += " over the line naming its reference work"
        if by is not None and _names_its_byline(line.text, by):
            cand.score -= OWN_NAME_PENALTY  # 'Ana Ruiz' over 'Ana Ruiz' / date: her name twice
            cand.evidence += ", the name of the byline's writer"
        head = genre_head(line.text, page.rules) or (  # 'Tesi di Laurea Triennale'
            institution_head(line.text, page.rules) and on_cover(page)  # 'Università …'
        )
        # (the value a cut prefix left is read too: 'Holding institution: University of X')
        if head or any(names_organisation(t, page.rules) for t in {line.text, value}):
            cand.score -= COVER_HEAD_PENALTY if head else ORG_LINE_PENALTY
            cand.evidence += ", a cover's genre line or a body's name or address"
        if _under_type_line(line, page) or (  # ('Original Article Title …': glued to it)
            features.get("genre") and after_type_kicker(line.text, page)
        ):
            cand.score += TYPE_KICKER_BONUS
            cand.evidence += " under the work's publication type"
        if line.index == headline:
            above = by_line.get(line.index - 1)
            af = (above.features or {}) if above is not None else {}
            joined = (  # (the line above took it as the part under it, and the prose
                # under both uses the line above's words too: no teaser of another work)
                above is not None
                and above.span[1] == line.end
                and bool(af.get("subtitle"))
                and round(af.get("near_prose", 0.0) * FULL_HITS) >= SHARED_WITH_BODY
            )
            prev_line = page.layout.lines[line.index - 1] if line.index else None
            if above is not None and broken_headline_start(line, prev_line, joined):
                above.score += BODY_BONUS  # (a caseless script's title broken over two lines)
                above.evidence += " over the article's body (its line under it the headline's)"
            else:
                cand.score += BODY_BONUS
                cand.evidence += " over the article's body"
        if teaser_line(line.text, page.rules):  # 'Read also: Another Title'
            cand.score -= TEASER_PENALTY
            cand.evidence += ", a teaser's link to another work"
        elif _call_to_action(line.text, page.rules):
            cand.score -= CALL_PENALTY
            cand.evidence += ", a call to action of the site's interface"
        elif (
            by is None
            and (page.kind is None or _news(page))
            and _interface_share(value, page.rules) >= INTERFACE_LINE_SHARE
        ) or _interface_run(value, page):  # (a catalogue's short titles may be interface
            # words: 'See', 'Contact'; a byline under a line does not make a widget a title)
            cand.score -= CALL_PENALTY  # 'Warenkorb (0 Einträge)', 'Quick Links', 'Mein Konto'
            cand.evidence += ", half of its words or more interface words"
        authored = authored or features.get("byline_adjacent", 0.0) > 0
        cand.features = features
        cands.append(cand)
        by_line[line.index] = cand
    for k in cut_short(cands):  # (a header's title cut short: the heading goes on)
        c = cands[k]
        if c.features is not None:
            before = _title_model.score(c.features)
            c.features["cut_short"] = 1.0
            c.score += _title_model.score(c.features) - before
    _translated_runs(page, by_line)
    glued_copies(cands)
    sentences_under_heading(page, cands)  # 'Longlisted for the Fen Prize.' under the heading
    cands.extend(_labelled_titles(page))
    cands.extend(product_titles(page))  # 'Bone Silence Hardcover – 30 Jan. 2020'
    cands.extend(quoted_titles(page))  # '… entitled 'Title' which …' in the page's head
    cands.extend(patent_title(page))  # '(54) Title' of a patent's head
    headword = dictionary_headword(page)
    if headword is not None:  # 'masculin' / 'Étymologie' / 'Adjectif': a dictionary's entry
        cands.append(headword)
    cites = _cite_values(page, "title")
    # (each candidate's and each citation's key read once for the page)
    cite_keys = [_key(str(cc.value)) for cc in cites]
    # A title a citation block confirms wins; prefer the page line's own spelling.
    for c in cands:
        ck = _key(str(c.value))
        if len(ck) > 8 and any(k.startswith(ck) for k in cite_keys):
            c.score += 0.5
            c.evidence += " confirmed by a citation block"
    # A line that is a citation's title with an ISBD material designation after it
    # ('Title [Text]') confirms the citation's title, which has the designation off.
    designated: set[str] = set()
    if cites:
        designated = {_key(_GMD.sub("", str(c.value))) for c in cands if _GMD.search(str(c.value))}
    for cc, ck in zip(cites, cite_keys, strict=True):
        if len(ck) > 8 and ck in designated:
            cc.score += 0.5
            cc.evidence += " confirmed by the page's line with its material designation"
    cands.extend(cites)
    return cands


#: evidence a title line loses when it is the name of the writer its byline names
OWN_NAME_PENALTY = 0.5


def _names_its_byline(text: str, by: _Byline) -> bool:
    """The line is, whole, the name of a person of the byline under it (``Ana Ruiz`` over
    ``Ana Ruiz`` / ``March 9 2022``: a writer's name printed twice, as a link and as its
    text): the writer, not the title."""
    key = _key(text)
    if not key:
        return False
    for p in by.persons:
        names = (f"{p.given} {p.family}", f"{p.family} {p.given}")
        if p.family and p.given and key in {_key(n) for n in names}:
            return True
    return False


#: evidence a cover's genre line or its institution's name loses (never the title; still
#: counted among the lines above the title, whose rank the model reads)
COVER_HEAD_PENALTY = 1.0
#: evidence a title line gains under a line naming the work's publication type
TYPE_KICKER_BONUS = 0.2
#: words of that line at least (``Research Article``; a word alone is a menu's or a tab's)
TYPE_KICKER_WORDS = 2
#: lines above a title searched for that line, locator and label lines aside
TYPE_KICKER_LINES = 2


def _under_type_line(line: Line, page: _Page) -> bool:
    """A line of publication-type words of the locales (``ORIGINAL ARTICLE``, ``Research
    Article``, ``Artículo de investigación``) stands right above the line, a locator or
    label line between them at most: a journal platform prints the article's type over its
    title."""
    lines = page.layout.lines
    above = range(line.index - 1, max(-1, line.index - 1 - TYPE_KICKER_LINES), -1)
    typed = [k for k in above if _type_line(lines[k].text, page.rules)]
    if not typed:
        return False  # (the common case: no type line above, no locator read)
    k = typed[0]
    between = range(k + 1, line.index)
    if any(j not in page.layout.label_lines and not _locator_line(lines[j], page) for j in between):
        return False
    return len(lines[k].text.split()) >= TYPE_KICKER_WORDS  # ('article' alone: a menu's)


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
