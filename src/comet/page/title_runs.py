"""Titles broken over several lines: a title in capitals, a title wrapped over lines in
sentence case, a title printed over its translations."""

from __future__ import annotations

import functools

from comet import locales as _loc
from comet.names import Person
from comet.page.bylines import _byline_at, _line_names
from comet.page.chrome import _call_to_action, _interface_share, _is_chrome, _journal_words
from comet.page.cover_heads import on_cover
from comet.page.evidence import _WORD, Cand, _key, _Page
from comet.page.headings import _dated
from comet.page.languages import _languages_differ, _latin
from comet.page.name_checks import _type_term
from comet.page.name_plausible import plausible_person
from comet.page.parallel_titles import parallel, parallel_lines
from comet.page.quoted_title import QUOTED_EVIDENCE
from comet.page.title_blocks import colon_subtitle, set_apart
from comet.page.title_bylines import _byline_after
from comet.page.title_lines import _word_count
from comet.page.title_shapes import _dangling_end
from comet.text._words import closed_class

#: lines of a title in capitals broken over several lines at most
CAPS_RUN_LINES = 4
#: letters of a line in capitals at least (``ISSN`` or ``PDF`` alone is no title line)
CAPS_LETTERS = 8
#: words of a line in capitals opening with a function word from which it shows the title
#: broken above it (``UM ESTUDO SOBRE A SUA IMPLEMENTAÇÃO`` under the title's first line)
OPENING_BREAK_WORDS = 3


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
    if colon_subtitle(page, index):
        return [index, index + 1]  # 'Marsh Law in the Northern Fens:' / 'Tides, Courts …'
    if len(first.split()) < WRAP_FIRST_WORDS or first.endswith((".", ":", ";", "?", "!", ",")):
        return []
    closed = closed_class(page.rules)
    by_words = _author_words(page.rules)
    run = [index]
    dangles = False  # a line of the run ends with a function word: a title broken mid-phrase
    capitalised = False  # a line of the run opens with a capital (a title in title case)
    for k in range(index + 1, min(len(lines), index + WRAP_RUN_LINES)):
        prev, line = lines[run[-1]].text.rstrip(), lines[k]
        words = line.text.split()
        if prev.endswith((".", ";", "?", "!")) or not words or len(words) > WRAP_LINE_WORDS:
            break
        head = words[0]
        ends_small = _ends_small(prev, closed) and not _dated(lines[index], page)
        if head.casefold() in by_words or not (
            head[:1].islower() or (ends_small and _title_case_part(words, line.text))
        ):
            break  # 'by Jane Quill' under a title is its byline, no part of it; a line
            # in title case goes on a line ending with a small word ('… Values in' /
            # 'Collections Harvested using …'), never a whole line, nor a dated headline
            # (its deck in title case under it: '… what it means for us' / 'The Council …')
        if head.casefold() not in closed and (
            len(prev.split()) < WRAP_FIRST_WORDS or any(c.isdigit() for c in line.text)
        ):
            break  # a line of another word goes on only a full line ('… in the banking' /
            # 'fleets of Marsh Bay'), never with a number ('pp. 12-20', 'doi …')
        if k in page.layout.label_lines or line.zone != "main" or _is_chrome(line.text, page.rules):
            break
        if _byline_at(page, k) is not None and not (
            ends_small and prev.split()[-1] not in by_words and _byline_at(page, k + 1) is not None
        ):
            break  # (after '… Protocol for', 'Metadata Harvesting' over the byline is the
            # title's end, no name; '…, more' / 'Ana Ruiz' over a date is the byline)
        joint = prev.split()[-1].casefold() in closed or _dangling_end(prev.split(), page.rules)
        if (
            not joint
            and head.casefold() in closed
            and len(words) <= WRAP_TAG_WORDS
            and not _sentence_case_tail(words)
        ):
            break  # 'in Gardening' under a whole title: its category ('dos deputados
            # federais', its words in small letters, is a sentence-case title's tail)
        if "," in line.text and _capitalised_list(words[1:]):
            break  # 'posted in Research, Lab life': a list of categories
        if head[:1].islower() and _line_names(" ".join(words[1:]), page):
            break  # 'with Lena Ortiz and Paul Kim': the guests
        dangles = dangles or joint
        capitalised = capitalised or not head[:1].islower()
        run.append(k)
    if len(run) < 2:
        return []
    tails = all(
        lines[i].text.split()[0].casefold() in closed and _sentence_case_tail(lines[i].text.split())
        for i in run[1:]
    )  # ('journal article' under a title: a genre line, opening with no function word)
    if tails and on_cover(page) and lines[run[0]].text.split()[-1][:1].islower():
        return run  # a thesis's or a report's cover wraps its title in sentence case ('…
        # mudanças de posicionamento' / 'dos deputados federais'): no byline needed
    if (not dangles or capitalised) and _byline_after(page, run[-1])[0] is None:
        longer = all(len(lines[i].text.split()) > WRAP_TAG_WORDS for i in run[1:])
        if set_apart(page, run) and (dangles or (longer and not capitalised)):
            return run  # a heading block the layout wrapped: '… of three marsh' / 'grasses
            # from …' between blank lines (a paragraph's lines run on without them; a
            # short line in small letters under a whole line is a genre or a tag line:
            # 'статья из сборника', 'in Gardening')
        return []  # a whole line over lower-case lines, no byline after: no broken title;
        # lines in title case join only over a byline (teasers: 'What the wardens look
        # out for' / 'Ten Harbour Walks for the Winter' are two headlines)
    return run


def _sentence_case_tail(words: list[str]) -> bool:
    """A short line opening with a function word whose other words are all in small
    letters, no digit among them (``dos deputados federais``): the tail of a title in
    sentence case that a cover wrapped, not a blog's category or tag line (``in
    Gardening``, ``on Teaching and Learning``: a category is named with capitals)."""
    rest = words[1:]
    return bool(rest) and all(w[:1].islower() and not any(c.isdigit() for c in w) for w in rest)


def _ends_small(text: str, closed: frozenset[str]) -> bool:
    """The line ends with a function word of the locales in small letters (``… Values in``,
    ``… Challenges for``): a title in title case broken mid-phrase (a title's last word is
    capitalised in title case, and no sentence ends so)."""
    words = text.split()
    last = words[-1] if words else ""
    return len(words) >= WRAP_FIRST_WORDS and last.islower() and last.casefold() in closed


def _title_case_part(words: list[str], text: str) -> bool:
    """A further line of a title in title case: it opens with a capital, holds no digit
    (``Vol. 3``, ``pp. 12-20``), no full stop (a sentence: a standfirst under a headline
    ending with a pronoun, ``… – das erwarten wir``) and no comma (a list of names or
    places)."""
    return (
        words[0][:1].isupper()
        and not any(c.isdigit() for c in text)
        and "," not in text
        and "." not in text
    )


def _capitalised_list(words: list[str]) -> bool:
    """Words most of which open with a capital, as a comma list of tags has them (``in
    Research, Lab life``): the function words left out."""
    content = [w for w in words if len(w.strip(",;")) > 3]
    caps = [w for w in content if w[:1].isupper()]
    return len(content) > 1 and 2 * len(caps) >= len(content)


@functools.cache
def _author_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The author label words of the locales, folded (``by``, ``von``, ``par``, ``por``)."""
    return _loc.casefolded_terms("labels", rules, "author")


def _caps_run(page: _Page, index: int) -> list[int]:
    """The lines of a title in capitals that the page broke over lines (``ENSEÑANZA
    RECÍPROCA COMO ESTRATEGIA`` / ``DE COMPRENSIÓN LECTORA``): a run of lines in capitals,
    none ending a sentence, no label, interface or name line among them (a line opening
    with a function word is no name), where a line ends with a function word, a line of
    :data:`OPENING_BREAK_WORDS` words or more opens with one (``… NO BRASIL`` / ``UM ESTUDO
    SOBRE A SUA IMPLEMENTAÇÃO``), or a byline follows the run; ``[]`` where there is none.

    A line joins the one before without a function word at the joint only where the line
    before is at least as long (a broken title fills its first line), and neither of them
    names a section or a journal (``RESEARCH ARTICLE`` / ``A STUDY OF …`` is a tag over a
    title); a publication-type line never joins."""
    lines = page.layout.lines
    if not _in_capitals(lines[index].text) or _type_term(lines[index].text, page.rules):
        return []
    closed = closed_class(page.rules)  # particles too: 'DE', 'DO' end a broken line
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
        if parallel_lines(page, index, " ".join(lines[i].text for i in run), k):
            break  # the title again in another language: a parallel title
        joint = prev.split()[-1].casefold() in closed
        opens = line.text.split()[0].casefold() in closed
        if line.blank_before and not joint and any(c.isdigit() for c in prev.split()[-1]):
            break  # a series and its number over a blank line ('… TECHNICAL NOTE TN 4411'):
            # a cover's head block, the title's block under it of its own
        if (
            not joint
            and not opens
            and _byline_at(page, k) is not None
            and not _broken_after(page, k, closed)
        ):
            break  # names in capitals under the title ('DE COMPRENSIÓN …' is no name; nor
            # is 'FLOW RECORDS' over 'OF MARSH BAY': no name runs on into a phrase)
        if not joint and (
            (len(prev) < len(line.text) and not _broken_after(page, k, closed))
            or _venue_or_type(prev, page.rules)
            or _venue_or_type(line.text, page.rules)
        ):
            break  # 'JOURNAL OF APPLIED SCIENCES' / 'EFFECTS OF HEAT …': two lines, no break
        broken = broken or joint or (opens and len(line.text.split()) >= OPENING_BREAK_WORDS)
        run.append(k)
    if len(run) < 2 or (not broken and _byline_after(page, run[-1])[0] is None):
        return []
    return run


def _broken_after(page: _Page, k: int, closed: frozenset[str]) -> bool:
    """Line ``k`` in capitals, longer than the line above it, is the middle of a title a
    cover centred over three lines (``A STUDY OF TIDAL`` / ``FLOW RECORDS FROM THE
    NORTH`` / ``OF MARSH BAY``): the break after it falls mid-phrase (it ends with a
    function word, or the next line in capitals of :data:`OPENING_BREAK_WORDS` words or
    more opens with one), and the three lines stand in one block (no blank line between
    them). A centred title's lines break where the block's width falls, not at its phrases,
    so the first may be the shortest; a tag over a title (``BREAKING NEWS`` / ``A STORM
    CLOSES …``) shows no such break under it."""
    lines = page.layout.lines
    if k + 1 >= len(lines) or lines[k].blank_before or lines[k + 1].blank_before:
        return False
    line, nxt = lines[k].text.split(), lines[k + 1].text.split()
    if not line or not nxt or not _in_capitals(lines[k + 1].text):
        return False
    return line[-1].casefold() in closed or (
        nxt[0].casefold() in closed and len(nxt) >= OPENING_BREAK_WORDS
    )


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


def _abstract_under(page: _Page, last: int) -> bool:
    """The abstract's label (``Resumen:``, ``Abstract``) is the line after line ``last``, or the
    next but one after a line with a number (a citation line, ``Rev Mar Ecol. 2017;24:67-73``):
    a journal's article page with no byline between its title's translations and its abstract."""
    lines = page.layout.lines
    heads = {lv.line for lv in page.layout.labels if lv.key == "abstract"}
    k = last + 1
    if k in heads:
        return True
    return k + 1 in heads and any(c.isdigit() for c in lines[k].text)


def _translated_runs(page: _Page, by_line: dict[int, Cand]) -> None:
    """A title printed over its translations (``Alimentação saudável: …`` / ``Healthy
    eating: …`` / byline): two or three title lines one after the other right above a
    byline or the abstract's label (a citation line between them or none), in different languages by their function words (two of them at least). The
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
        if (by is None or by.first_line > run[-1] + 2) and not _abstract_under(page, run[-1]):
            continue
        if not any(
            _languages_differ(lines[first].text, lines[i].text, page)
            or parallel(lines[first].text, lines[i].text, page)
            for i in run[1:]
        ):
            continue  # (one language known: the other line has none of its words)
        best = max(by_line[i].score for i in run)
        orig = _original_line(page, run, by.persons if by is not None else ())
        cand = by_line[orig]
        text = lines[orig].text
        cand.value, cand.span = text, (lines[orig].start, lines[orig].end)
        cand.score = best + TRANSLATED_BONUS
        cand.evidence = "title line over its translations"
        page.memo[("translated-run", orig)] = run[-1]  # the byline is read under the run
        for i in run:
            if i != orig:
                by_line[i].score -= TRANSLATION_PENALTY
                by_line[i].evidence += ", a translation of the title"


def _original_line(page: _Page, run: list[int], persons: tuple[Person, ...]) -> int:
    """The original among a title's lines and its translations: the first (the original
    comes first), unless the lines are in two scripts, the Latin one and another: then the
    first in the script its byline's names are written in (``Study of …`` / ``… 연구`` /
    ``정한민``: a Korean work, its English title printed first)."""
    lines = page.layout.lines
    scripts = [_latin(lines[i].text) for i in run]
    names = " ".join(p.raw or "" for p in persons)
    if len(set(scripts)) == 1 or not names.strip():
        return run[0]
    latin = _latin(names)
    return next((i for i, s in zip(run, scripts, strict=True) if s == latin), run[0])


#: lines after the chosen title's where the document repeats it in full at most
COMPLETING_WINDOW = 40
#: lines of the document's title at most (the heading's words, then the rest)
COMPLETING_LINES = 6
#: words the document's title adds to the heading's at least
COMPLETING_MORE_WORDS = 2
#: a rival title's score, as a share of the heading's, at least for it to complete the heading
COMPLETING_SHARE = 0.8
#: a trailing mark of a title cut short (``Análise das marés e das dunas da costa...``)
_CUT_MARKS = " .…"
_RUNS_ON = (",", ":", "-", "–", "—")


def _runs_on(text: str, closed: frozenset[str]) -> bool:
    """A line of a title that goes on to the next: it ends in a comma, a colon, a dash or a
    function word (``tejuelo o etiqueta de identificación de``)."""
    text = text.rstrip()
    words = _WORD.findall(text.casefold())
    return text.endswith(_RUNS_ON) or (bool(words) and words[-1] in closed)


def _continues(rest: str) -> bool:
    """The words a longer title adds to a heading read as the title going on: they open with
    a word or a subtitle's colon and hold no number (an ISBD line's ``- Place Publisher 1991
    - 96 p.`` after its title, a cover's ``- Owlton``, is no title's rest)."""
    rest = rest.strip()
    if rest.startswith(":"):
        rest = rest[1:].strip()
    return rest[:1].isalpha() and not any(c.isdigit() for c in rest)


def _names_after(rest: str, page: _Page) -> bool:
    """The words a longer title adds to a heading are a byline's names: a title's rest in
    capitals reads as names only with a known given name or initials (``INTERPRETACIÓN DE
    LA COMUNICACIÓN`` under ``LA TEORÍA … PARA UNA NUEVA`` goes on with the title; ``ANA
    RUIZ`` under it is her name), as any two to four words in capitals parse as a name."""
    names = _line_names(rest, page)
    if not names:
        return False
    letters = [c for c in rest if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return all(plausible_person(p) for p in names)
    return True


def completed_title(page: _Page, best: Cand, cands: list[Cand]) -> Cand | None:
    """The whole title a page heading cuts short, read from the document below it.

    A document platform heads its page with the document's title cut at a width
    (``Notas respecto del juncal, carrizo o espadaña``, sometimes closed by
    ``...``); the document's own text, lower on the page, prints the title in full. Either
    another title candidate holds the heading's words and more (a title line over the
    byline, nearly as strong), or lines joined from one that opens the heading's words
    make it: every line but the last ends in a comma, a colon, a dash or a function word
    of the locales (``Notas respecto del juncal,`` / ``carrizo o espadaña de
    la orilla de`` / ``conservación: … del`` / ``Humedal Sur de Marshtown``). The
    whole title adds :data:`COMPLETING_MORE_WORDS` words or more; ``None`` when the page
    prints no longer title, and for a title the page quotes (closed by its quotation marks)."""
    if best.evidence == QUOTED_EVIDENCE:
        return None
    heading = str(best.value).rstrip(_CUT_MARKS)
    head_key = _key(heading)
    if len(head_key.split()) < 3:
        return None
    more = len(head_key.split()) + COMPLETING_MORE_WORDS
    for cand in sorted(cands, key=lambda c: -c.score):
        key = _key(str(cand.value))
        if (
            cand.features is not None
            and cand.score >= COMPLETING_SHARE * best.score
            and key.startswith(head_key + " ")
            and len(key.split()) >= more
            and not _runs_on(str(cand.value), closed_class(page.rules))
            and _continues(str(cand.value)[len(heading) :])
            and not _names_after(str(cand.value)[len(heading) :], page)
        ):
            return cand
    at = page.layout.line_at(best.span[0])
    lines = page.layout.lines
    first = at.index + 1 if at is not None else 0
    closed = closed_class(page.rules)
    for i in range(first, min(len(lines), first + COMPLETING_WINDOW)):
        key = _key(lines[i].text)
        if not key or lines[i].zone != "main" or not head_key.startswith(key + " "):
            continue
        texts: list[str] = []
        for line in lines[i : i + COMPLETING_LINES]:
            texts.append(line.text.strip())
            joined = _key(" ".join(texts))
            if len(joined) <= len(head_key):
                if not head_key.startswith(joined) or not _runs_on(line.text, closed):
                    break
                continue
            if not joined.startswith(head_key + " "):
                break
            if _runs_on(line.text, closed):
                continue  # the title goes on
            if len(joined.split()) < more:
                break
            whole = " ".join(texts)
            span = (lines[i].start, line.end)
            return Cand(whole, best.score, span, "the page heading's title printed in full")
    return None
