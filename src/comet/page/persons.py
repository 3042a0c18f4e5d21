"""Person candidates: the byline under the title, labelled names, catalogue name
headings, names of citation blocks.
"""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.names import Person, parse_names
from comet.page.author_lines import (
    BY_WORD_BONUS,
    _dated_name_author,
    _lone_by_line,
    _meta_line_author,
    _role_named_author,
    _signed_line,
)
from comet.page.byline_affiliations import _ORCID_LINE
from comet.page.byline_cuts import _before_date
from comet.page.byline_letter_marks import unmarked_families
from comet.page.byline_name_shapes import _vouched_capitals_name, marked_column
from comet.page.byline_roles import (
    before_other_role,
    bracketed_role,
    role_remnant,
    without_roles,
)
from comet.page.byline_text import (
    CAPITALS_LINE_WORDS,
    _capitals_family,
    before_run_in_label,
    without_bracketed_affiliations,
    without_comma_affiliations,
    without_next_fields,
)
from comet.page.bylines import _Byline, _byline_at, _line_names
from comet.page.caseless_bylines import without_caseless_brackets
from comet.page.citations import _person_from_csl
from comet.page.evidence import (
    W_LABEL,
    W_LINE,
    W_POS,
    Cand,
    _key,
    _lenient,
    _may_hold_key,
    _Page,
)
from comet.page.glued_affiliations import glued_affiliated_name
from comet.page.glued_bylines import glued_byline
from comet.page.glued_name_lists import glued_name_list
from comet.page.label_blocks import block_names
from comet.page.label_persons import caseless_label_names, without_glued_marks
from comet.page.label_value_checks import caseless_label_value
from comet.page.languages import _romanised_first
from comet.page.layout import _by_words, opens_with_by_word
from comet.page.lines import LabelValue
from comet.page.name_checks import _marked_words, _names_ok
from comet.page.name_headings import (
    _corporate_heading,
    _heading_names,
    _inverted_heading,
    _label_names_ok,
    authors_part,
    inverted_label_name,
)
from comet.page.name_menus import _BARE, _bare_menu_entry, _buttons, _form_labels, _has_by_word
from comet.page.name_plausible import plausible_names
from comet.page.name_role_tails import marked_authors, role_marked_line, without_role_tails
from comet.page.name_runs import with_runs_paired
from comet.page.name_stacks import stacked_names
from comet.page.name_unlisted import unlisted_names
from comet.page.name_vouched import vouched_name
from comet.page.other_roles import without_other_roles
from comet.page.patent_record import patent_inventors
from comet.page.role_marks import ROLE_MARK, marked_name
from comet.page.role_under import role_under
from comet.page.statements import (
    names_person,
    statement_label,
    statement_parts,
)
from comet.page.teaser_bylines import _families, _teaser_bylines, _without_teasers
from comet.page.thesis_bylines import genre_byline, thesis_byline
from comet.page.title_bylines import _byline_after
from comet.page.title_lines import _in_column_header
from comet.page.title_statement import statement_authors
from comet.page.title_tail_names import names_after_title

#: how many repetitions of the title line are looked under for a byline
MAX_TITLE_REPEATS = 3


def _by_word_bonus(page: _Page, by: _Byline, cand: Cand) -> Cand:
    """``cand`` (a byline's names) with :data:`BY_WORD_BONUS` where the byline's first
    line opens with an author word (``By Ana Ruiz``): the page says these are its authors,
    where a bare capitalised pair under a heading may be a button (``Read Later``)."""
    if opens_with_by_word(page.layout.lines[by.first_line].text, page.rules):
        cand.score += BY_WORD_BONUS
        cand.evidence += " after an author word"
    return cand


#: evidence of a byline near the top that opens with an author word (``By Ana Ruiz``):
#: above a bare byline under the title, below one with an author word
W_NAMED_BYLINE = W_LINE + BY_WORD_BONUS / 2


#: the next contributor of a shop's contributor list after a name (``, By (illustrator)``,
#: ``, Edited by (editor)``): the author's names end there
_NEXT_BRACKET_ROLE = re.compile(r"[,;]?\s+(?:[^\W\d_]+\s+){0,2}\([^()]{2,24}\)\s")


def dated_heading(text: str, page: _Page) -> tuple[Person, ...] | None:
    """One person of a catalogue heading with its life dates (``Albom, Mitch, 1958-``):
    the name before the dates, where dates were cut and the name parser reads one person
    whose name passes the label checks; ``None`` otherwise."""
    value = _heading_names(_before_date(text, page), page.rules)
    if value == text.strip() or value.count(", ") != 1:
        return None  # no dates, or no inverted heading ('Family, Given'): not read here
    plist = _inverted_heading(value, page) or _lenient(parse_names, value, locales=page.rules)
    if plist is None or len(plist) != 1 or not _label_names_ok(list(plist), page.rules):
        return None
    return tuple(plist)


def _add_marked(
    cands: list[Cand],
    prev: tuple[Cand, int, str] | None,
    marked: tuple[Person, str],
    weight: float,
    lv: LabelValue,
) -> tuple[Cand, int, str] | None:
    """An author of a role-marked row (:mod:`comet.page.role_marks`) added to the list of the
    rows before it under the same label (a record lists its persons one marked row each, with
    readings between them), or a new candidate; a row marked with another role adds none."""
    person, role = marked
    if role != "author":
        return prev
    if (
        prev is not None
        and prev[0] is cands[-1]
        and prev[2] == lv.label
        and prev[0].evidence.endswith(ROLE_MARK)
    ):
        prev[0].value = (*prev[0].value, person)
        prev[0].span = (prev[0].span[0], lv.value_end)
        return (prev[0], lv.line, lv.label)
    cands.append(
        Cand((person,), weight, (lv.value_start, lv.value_end), f"label '{lv.label}' {ROLE_MARK}")
    )
    return (cands[-1], lv.line, lv.label)


def _labelled_persons(page: _Page) -> list[Cand]:
    """The names under author labels (a search form's field labels apart), romanised
    forms first; a label over the next line takes the byline there."""
    cands: list[Cand] = []
    prev: tuple[Cand, int, str] | None = None  # the last row's candidate, line and label
    form = _form_labels(page.layout.values("author"), page.rules)
    for lv in _romanised_first(page.layout.values("author"), lambda v: v.value):
        if lv.line in form:
            continue
        w = W_LABEL * page.weight(lv.value_start)
        if lv.layout == "next-line":
            nxt = page.layout.lines[min(lv.line + 1, len(page.layout.lines) - 1)]
            inverted = inverted_label_name(nxt.text, page) if nxt.index > lv.line else None
            if inverted is None and nxt.index > lv.line:  # 'Author:' / 'Albom, Mitch, 1958-'
                inverted = dated_heading(nxt.text, page)
            if inverted is not None:  # 'Autores:' / 'Rojas Blanco, Edwar Alonso'
                cands.append(Cand(inverted, w, (nxt.start, nxt.end), f"label '{lv.label}'"))
                continue
            by = _byline_at(page, lv.line + 1)
            if by is not None and _names_ok(by.persons, strict=True, page_rules=page.rules):
                cands.append(Cand(by.persons, w, by.span, f"label '{lv.label}'"))
                continue
            block = block_names(page, lv.line)  # 'Authors' / '• Ana M. Ruiz Lakeside School'
            if block is not None and _names_ok(list(block[0]), page_rules=page.rules):
                cands.append(Cand(block[0], w, (block[1], block[2]), f"label '{lv.label}'"))
                continue
            if not caseless_label_value(lv.value):
                continue  # ('저자' / '김철수': read below as 'Label: value' is)
        if ROLE_MARK in lv.value:  # '霜島/ケイ‖著': a catalogue's person with a role mark
            marked = marked_name(lv.value, page.rules)
            if marked is not None:
                prev = _add_marked(cands, prev, marked, w, lv)
                continue
        value = before_run_in_label(lv.value, page.layout.lines[lv.line].text)
        value = before_other_role(value, page.rules)  # '… Çeviri: Eva Lund': a translator
        value = authors_part(value, page.rules)  # '…; Dahl, Lars [Illustrator]': no author
        stated = marked_authors(value, page.rules)  # '约翰·史密斯 著，王小明 译': the author's
        if stated is not None and not (value := stated):
            continue
        value = without_glued_marks(value)  # 'Лапшин А.С.1, Корнеева О.П.2'
        value = _heading_names(_before_date(without_next_fields(value), page), page.rules)
        # '张伟（清河大学）', '山田 太郎 (ヤマダ タロウ)', 'Ana Ruiz (University of Oslo)'
        value = without_bracketed_affiliations(without_caseless_brackets(value), page.rules)
        value = without_comma_affiliations(value, page.rules)  # 'Ana Ruiz, Oslo University'
        role, rest = bracketed_role(value, page.rules, _by_words(page.rules))
        if role is not None:  # 'Authors and Contributors: By (author) Ana Ruiz, By (…) …'
            if role != "author":
                continue
            value = _NEXT_BRACKET_ROLE.split(rest, maxsplit=1)[0].strip(" ,;")
        if without_roles(value, page.rules) is None:
            continue  # 'Autor: Redaktion': the desk, no person
        plist: tuple[Person, ...] | None = caseless_label_names(value, page)  # '王晓明（…）'
        if plist is not None:
            pass
        elif _corporate_heading(value):
            plist = (Person(literal=value, raw=value),)
        else:
            plist = (
                _inverted_heading(value, page)
                or inverted_label_name(value, page)
                or _lenient(parse_names, value, locales=page.rules)
            )
        if plist is not None and role_remnant(plist, getattr(plist, "role", None)):
            continue  # 'Tác giả: Ban biên tập': the editorial board, no person
        if plist is not None and _label_names_ok(list(plist), page.rules):
            evidence = f"label '{lv.label}'"
            if (
                prev is not None
                and prev[0] is cands[-1]
                and prev[1:] == (lv.line - 1, lv.label)
                and prev[0].score == w
            ):
                # one person a row under the same label on consecutive lines (a repository's
                # full record: 'dc.contributor.author  Ruiz, Ana' / '… Lund, Per'): one list
                prev[0].value = (*prev[0].value, *plist)
                prev[0].span = (prev[0].span[0], lv.value_end)
                prev = (prev[0], lv.line, lv.label)
                continue
            cands.append(Cand(tuple(plist), w, (lv.value_start, lv.value_end), evidence))
            prev = (cands[-1], lv.line, lv.label)
    return _teaser_bylines(page, cands)


def _statement_persons(page: _Page) -> list[Cand]:
    """A person named by a publisher's statement label (``Published by Jane Doe``,
    ``Publicado por Ana Ruiz``: a blog's byline; on a blog any name shaped as a person's):
    an author, weaker than an author label."""
    out = []
    for lv in page.layout.values("publisher"):
        if not statement_label(lv, page.rules):
            continue
        name = statement_parts(page, lv)[0]
        if not names_person(page, name):
            continue
        plist = _lenient(parse_names, name, locales=page.rules)
        if plist is not None and _label_names_ok(list(plist), page.rules):
            out.append(Cand(tuple(plist), W_POS * page.weight(lv.value_start),
                            (lv.value_start, lv.value_end), f"a person under '{lv.label}'"))  # fmt: skip
    return out


def _person_candidates(page: _Page, title_line: int | None) -> list[Cand]:
    cands = _labelled_persons(page) + _statement_persons(page)
    if (inventors := patent_inventors(page)) is not None:  # '(72) Inventors: …' of a patent
        cands.append(inventors)
    if (stated_in_title := statement_authors(page)) is not None:  # 'Title: X / by Ana Ruiz'
        cands.append(stated_in_title)
    if title_line is not None:
        # the title's own line, and every other line that repeats the title (pages print
        # the title twice: a header, then the article with its full byline)
        title_key = _key(page.layout.lines[title_line].text)
        repeats = [ln.index for ln in page.layout.lines if ln.index != title_line
                   and ln.zone == "main" and len(title_key) > 12
                   and _may_hold_key(ln.text, title_key) and _key(ln.text) == title_key]  # fmt: skip
        for line in [title_line, *repeats[:MAX_TITLE_REPEATS]]:
            by, _sub = _byline_after(page, line)
            if by is not None and not _bare_menu_entry(page, by):
                if role_under(page, by.last_line):
                    continue  # 'Ana Ruiz' / '(Orientador)': a supervisor's name, no byline
                cand = Cand(by.persons, W_LINE, by.span, "byline under the title")
                cands.append(_by_word_bonus(page, by, cand))
    if title_line is not None:
        meta = _meta_line_author(page, title_line)
        if meta is not None:
            cands.append(meta)
        dated = _dated_name_author(page, title_line)
        if dated is not None:
            cands.append(dated)
        stacked = stacked_names(page)
        if stacked is not None:  # title / 'Carlos de Souza Lima' / 'Rev. Geo. 35 (1965): 1-8'
            cands.append(stacked)
    opened = page.memo.get("title-names")
    if opened is not None:  # 'Е. В. Суровцева, О. Е. Фролова. Title': the title line's own
        cands.append(Cand(opened[0], W_LINE, opened[1], "names opening the title line"))
    after = names_after_title(page)
    if after is not None:  # 'Fluctuaciones Regionales Diego Quintana': a cover glued into one line
        cands.append(after)
    header = _column_header_names(page)
    if header is not None:
        cands.append(header)
    title_text = _key(page.layout.lines[title_line].text) if title_line is not None else ""
    for other in page.bylines:
        if _bare_menu_entry(page, other) or role_under(page, other.last_line):
            continue  # (a menu's entry; 'Ana Ruiz' / '(Orientador)': a supervisor's name)
        if other.first_line == other.last_line != title_line and title_text:
            own = _key(page.layout.lines[other.first_line].text)
            if own and own in title_text:
                continue  # the title's words again ('Monitoring Distributed Systems'), no one
        if _has_by_word(page, other):  # 'By Ana Ruiz': the page names its author, where a
            # bare pair under a (maybe wrong) title may be a section name
            cands.append(Cand(other.persons, W_NAMED_BYLINE, other.span,
                              "names near the top after an author word"))  # fmt: skip
            continue
        cands.append(Cand(other.persons, W_POS - 0.1, other.span, "names near the top"))
    for item, span, weight, evidence in page.cites:
        names = item.get("author")
        if names:
            persons = tuple(_person_from_csl(n) for n in names)
            cands.append(Cand(persons, weight - 0.05, span, evidence))
    signed = _signed_line(page)
    if signed is not None:
        cands.append(signed)
    else:
        lone = _lone_by_line(page)
        if lone is not None:  # 'By Lance Quill published 19 May 2026', wherever it stands
            cands.append(lone)
    role_named = _role_named_author(page)
    if role_named is not None:  # 'Irina Vestmark (Autor)'
        cands.append(role_named)
    stated = role_marked_line(page)
    if stated is not None:  # '김철수 저 | 이영희 역' under the title
        cands.append(stated)
    if not cands:  # '… R I V E R S A N D T I D E S By Ana K. Marsh': a document glued into a line
        glued = glued_byline(page) or glued_name_list(page)  # '… Title Ana Ruiz, Ida Moe 2013'
        glued = glued or glued_affiliated_name(page)  # '… radiation J. Velde Fen Laboratory'
        if glued is not None:
            cands.append(glued)
    dissertation = thesis_byline(page)
    if dissertation is not None:  # 'by Quill, Barnaby, Ph.D., University of X, 2013'
        cands.append(Cand(dissertation[0], W_LINE, dissertation[4], "a dissertation's byline"))
    byline = genre_byline(page)
    if byline is not None:  # 'Tesis doctoral de Ana Ruiz', 'Doctoral thesis by Ana Ruiz'
        cands.append(Cand(byline[2], W_LINE, byline[3], f"the author of the {byline[1]!r}"))
    cands = _plausible_bare(page, _without_teasers(page, cands))
    cands = without_other_roles(page, cands)  # 'Ida Moe (Übersetzer)': no author
    cands = without_role_tails(page, cands)  # '李明华 主编': an editor, no author
    cands = with_runs_paired(page, cands)  # 'Sandra Ruiz Henry Moe': two people, run together
    cands = unmarked_families(page, cands)  # 'S. Ruiza, M. Moeb': affiliation letters glued
    # Where one list is a prefix of another (a truncated byline, a citation cut by
    # "et al."), the longer list wins; equal lists: the page's own spelling wins.
    buttons = _buttons(cands)
    for c in cands:
        fams = [_key(p.family or p.literal or "") for p in c.value]
        cited = c.evidence.startswith(("BibTeX", "RIS", "citation"))
        for o in cands:
            if o is c:
                continue
            ofams = [_key(p.family or p.literal or "") for p in o.value]
            if (
                not cited
                and o.evidence.startswith("citation")
                and fams != ofams
                and _name_words(c.value) == _name_words(o.value)
            ):  # the same words split otherwise: a citation's 'Family Given, Family Given'
                # read wrongly ('Par A et B' on the page has them right)
                c.score = max(c.score, o.score) + 0.05
            elif (
                fams == ofams
                and o.span != c.span
                and not c.evidence.startswith(("BibTeX", "RIS", "citation"))
                and not (tuple(fams) in buttons and o.evidence in _BARE)
                and not (c.evidence == o.evidence == _BARE[0])  # two bare lines near the top
            ):  # the same names printed twice (not one line read twice)
                c.score = max(c.score, o.score) + 0.05
            elif (
                len(fams) > len(ofams)
                and fams[: len(ofams)] == ofams
                and not (
                    c.evidence.startswith("names near") and o.evidence.startswith("names near")
                )
            ):  # a longer list that another kind of evidence begins: a truncated citation
                c.score = max(c.score, o.score) + 0.1
    return cands


def without_uploaders(page: _Page, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the names on the line under a document-sharing site's uploader
    notice alone (``Uploaded by`` / ``Priya Raman``, ``Hochgeladen von``: the
    ``[words].viewer_notices`` of the locales): the site's user, never the work's author."""
    lines = page.layout.lines
    out = []
    for c in cands:
        line = page.layout.line_at(c.span[0])
        k = line.index - 1 if line is not None else -1
        while k >= 0 and not lines[k].text.strip():
            k -= 1
        if k >= 0 and _uploader_notice(lines[k].text, page.rules):
            continue
        out.append(c)
    return out


def _uploader_notice(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A line that is one of the locales' viewer notices alone (``Uploaded by``)."""
    key = text.strip().rstrip(":").strip().casefold()
    return bool(key) and key in _loc.casefolded_terms("words", rules, "viewer_notices")


def _plausible_bare(page: _Page, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the bare lines (no author word, no label) whose names do not look
    like people's (:func:`~comet.page.name_plausible.plausible_names`: ``Pop Culture``,
    ``Closing Bell``), unless other evidence (a label, an author word, a citation) names
    the same people."""
    vouched = {_families(c.value) for c in cands if _vouches(c.evidence)}
    out = []
    for c in cands:
        if c.evidence in _BARE and _families(c.value) not in vouched:
            text = page.text[c.span[0] : c.span[1]]
            one_line = "\n" not in text.strip()
            marks = _marked_words(text)
            # names one a line are a byline's where every one carries its mark ('Ida Vell1'
            # / 'Oro Tamsk2': a menu's entries have none)
            marked = bool(marks) if one_line else all(_is_marked(p, marks) for p in c.value)
            marked = marked or _credentialed(page, c)
            if len(c.value) == 1 and one_line and (line := page.layout.line_at(c.span[0])):
                # 'Albinas DRUKTEINIS' over 'Kaunas University': the layout vouches for it
                marked = marked or _vouched_capitals_name(line.text, text.strip(), page)
            column = not one_line and marked_column(text)  # 'Ana Lopes da SILVA2' / 'Ida Reis3'
            if any(_capitals_family(_without_suffix(p), page.rules) for p in c.value):
                # 'Serge Frédéric NKOLO ABANDA': read as names right under the title only
                if not column and not _capitals_byline(page, c):
                    continue
                marked = True
            marked = marked or column
            if (
                not plausible_names(c.value, one_line=one_line, marked=marked)
                and not (len(c.value) == 1 and vouched_name(page, text.strip()))
                and not _unlisted_under_title(page, c)
            ):
                continue
        out.append(c)
    return out


def _without_suffix(p: Person) -> str:
    """The name as printed without its suffix or degree (``Helena Marsh, MLS``: ``Helena
    Marsh``): a degree in capitals is no family name in capitals."""
    raw = p.raw or ""
    if p.suffix and raw.endswith(p.suffix):
        return raw[: -len(p.suffix)].rstrip(" ,")
    return raw


#: lines between the title and a byline of one name no lexicon knows at most (the title's
#: line itself, a date or a marker line between)
UNLISTED_BYLINE_LINES = 2


def _unlisted_under_title(page: _Page, c: Cand) -> bool:
    """The byline right under the title is one name that no given-name lexicon knows but that
    is shaped as a person's and that the page never prints in lower case
    (:func:`~comet.page.name_unlisted.unlisted_names`: ``Rasmiya Thakkar``)."""
    if c.evidence != _BARE[1] or page.title_line is None:
        return False
    first = page.layout.line_at(c.span[0])
    if first is None or first.index <= page.title_line:
        return False
    full = page.memo.get("full-title-key") or ""
    between = [ln for ln in page.layout.lines[page.title_line + 1 : first.index]
               if not (full and _key(ln.text) and _key(ln.text) in full)]  # fmt: skip
    # (the title's own lines read past: a title wrapped over three lines)
    return len(between) < UNLISTED_BYLINE_LINES and unlisted_names(page, c.value)


#: lines under a bare byline looked at for its author's ORCID link (an e-mail address, an
#: affiliation and a country may stand between)
CREDENTIAL_LINES = 5


def _credentialed(page: _Page, c: Cand) -> bool:
    """A bare byline whose name carries a person's credential, as a paper's title page
    prints it: an ORCID link in it or on one of the next lines, before any other name
    (``Quilma Ferrand-Osto`` / e-mail / university / country / ORCID link). A menu's
    or a heading's words have none; an e-mail address is no such credential (a department's
    ``datascience@…`` repeats its heading ``Data Science``)."""
    if not page.remember(("orcid-link",), lambda: "orcid.org/" in page.text.casefold()):
        return False  # no ORCID link anywhere (the test below and _ORCID_LINE both need one)
    last = page.layout.line_at(c.span[1])
    if last is None:
        return False
    if "orcid.org/" in page.text[c.span[0] : c.span[1]]:
        return True
    for ln in page.layout.lines[last.index + 1 : last.index + 1 + CREDENTIAL_LINES]:
        if _ORCID_LINE.fullmatch(ln.text):
            return True
        if _line_names(ln.text, page):
            return False  # the next author's block: the link is theirs
    return False


def _capitals_byline(page: _Page, c: Cand) -> bool:
    """A bare byline right under the title, every name in the capitals-family style
    (:func:`~comet.page.byline_text._capitals_family`: ``Serge Frédéric NKOLO ABANDA``), and
    not printed again in title case elsewhere on the page (``Julia ROBERTS HALL`` over
    ``Venue: Julia Roberts Hall``: a place's name, set in capitals for show)."""
    if c.evidence != _BARE[1] or page.title_line is None:
        return False
    first = page.layout.line_at(c.span[0])
    if first is None or first.index != page.title_line + 1:
        return False
    for p in c.value:
        raw = p.raw or ""
        # (two words do where the list holds a longer one: 'Ida BERG, Ana Maria DA SILVA')
        if not _capitals_family(raw, page.rules, CAPITALS_LINE_WORDS):
            return False
        titled = " ".join(w if not w.isupper() else w.title() for w in raw.split())
        if titled in page.text:
            return False
    return True


def _is_marked(p: Person, marks: frozenset[str]) -> bool:
    """A word of the person's family name carries a mark (``Vell1``)."""
    return any(w in marks for w in re.split(r"[\s-]+", (p.family or "").casefold()) if w)


def _vouches(evidence: str) -> bool:
    """Evidence that vouches for a bare line naming the same people: a label, an author
    word, a citation (not a post's meta line or a signed line, which read one-word user
    names and bare names themselves)."""
    return evidence.startswith(("label", "citation", "BibTeX", "RIS")) or "author word" in evidence


def _column_header_names(page: _Page) -> Cand | None:
    """The names of a two-column header's cells (``H. Lindqvist`` over its affiliation,
    in an RFC's or a report's right column), one a cell, in order."""
    if page.memo.get("column-header") is None:
        return None
    persons: list[Person] = []
    lines = [ln for ln in page.layout.lines[:40] if _in_column_header(ln, page)]
    for line in lines:
        if line.index in page.layout.label_lines:
            continue
        names = _line_names(line.text, page)
        if names and len(names) == 1 and _names_ok(list(names), strict=True,
                                                   page_rules=page.rules):  # fmt: skip
            persons.extend(names)
    if not persons:
        return None
    span = (lines[0].start, lines[-1].end)
    return Cand(tuple(persons), W_LINE, span, "names in a two-column header")


def _name_words(persons: tuple[Person, ...]) -> tuple[str, ...]:
    """The words of the names, sorted (the same people whatever order and split)."""
    words = [
        _key(w)
        for p in persons
        for part in (p.given, p.particle, p.family, p.literal)
        if part
        for w in part.split()
    ]
    return tuple(sorted(words))
