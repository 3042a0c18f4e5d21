"""The period style: title, container and imprint as sentences (``Title. Journal. 12(3): 4-5``).

:func:`_period_body` cuts the locator off the end (:func:`_cut_locator`), splits the rest
into sentences and hands them to one of three readers, each a list of named rules tried
in order:

* one sentence (:func:`_one_sentence`): ``Title; Journal`` (:func:`_semicolon_journal`)
  or ``Title, Journal`` (:func:`_comma_journal`) before a locator; ``Title Abbrev Journal``
  run in NLM style with no periods (:func:`_unpunctuated_journal`); else the whole
  sentence is the title (a comma imprint peeled off it when no locator follows);
* sentences before a locator (:func:`_before_locator`): the container is the last
  sentence that reads as text (:func:`_container_end`), unless the sentences end in
  ``Place: Publisher`` (then the numbers are a series number, :func:`_series_after_imprint`);
  a sentence with a journal word starts the container (:func:`_container_start`), and
  ``Subtitle; Journal`` hands the part before the semicolon to the title;
* sentences and no locator (:func:`_no_locator`): the title with its subtitles
  (:func:`_title_end`), then a journal, a publisher, a place or notes
  (:func:`_after_book_title`).
"""

from __future__ import annotations

import re

from comet.references._fields import _PLACE_PUB, _WORDS, Fields, _strip
from comet.references._imprint import _peel_imprint
from comet.references._kinds import (
    _DATEISH,
    _has_journal_word,
    _is_place_pub,
    _journal_like,
    _kind_of,
    _publisherish,
    _subtitle,
)
from comet.references._lexicon import Lexicon
from comet.references._locator import _leftover, _locator_start, _read_locator
from comet.references._sentences import _join_sentences, _prose, _split_sentences
from comet.references._tail import find_tail, labelled_parts
from comet.references._types import _notes_and_types
from comet.references.styles.comma import _cut_comma_title

_SERIES_TAIL = re.compile(r"[,\s]\s*[A-ZÅÄÖ]{2,6}\s*\Z")
#: a run of capitalised (abbreviated) words closing a sentence after a lower-case word:
#: the journal of an NLM reference printed without periods
_JOURNAL_RUN = re.compile(
    r"(?<=[a-zß-ÿ0-9)?] )(?:[A-Z][A-Za-zß-ÿ&.'-]{0,12}\.? ){1,7}[A-Z][A-Za-zß-ÿ&.'-]{0,12}\.?\s*\Z"
)


def _period_body(body: str, f: Fields, lex: Lexicon) -> None:
    """Read a body whose fields are sentences (see the module docs for the rules)."""
    pre, t0, has_loc = _cut_locator(body, f, lex)
    sents = _split_sentences(pre, lex)
    if not sents:
        return
    if len(sents) == 1:
        _one_sentence(sents[0], f, lex, has_loc=has_loc)
    elif has_loc:
        _before_locator(body, pre, t0, sents, f, lex)
    else:
        _no_locator(pre, sents, f, lex)


def _cut_locator(body: str, f: Fields, lex: Lexicon) -> tuple[str, int, bool]:
    """Read the locator at the end of ``body``: ``(text before it, its start, found)``.

    With no locator run at the end, a page count (``320 pp.``) goes to the notes and
    labelled parts inside the text (``Vol. 3, pp. 4-5`` before a note) are read.
    """
    t0, trailing = _locator_start(body, lex)
    if trailing:
        f.notes.append(trailing)
    if t0 < len(body):
        region = body
        if trailing:
            cut = body.rfind(trailing.split("; ")[0][:12])
            if cut > t0:
                region = body[:cut]
        _read_locator(region, f, lex)
        return body[:t0], t0, True
    pre = body
    cut = find_tail(body, lex)
    if cut < len(body) and lex.page_count.match(body[cut:]):
        f.notes.append(_strip(body[cut:]))
        pre = body[:cut]
    lab = labelled_parts(pre, lex)
    if not lab:
        return pre, t0, False
    first = min(v[1] for v in lab.values())
    if first <= 0:
        return pre, t0, False
    cut_pre = _read_locator(pre, f, lex)
    rest_after = re.sub(r"^[^,.;]*\d[^,.;]*", "", pre[first:])
    if rest_after.strip(" .,;"):
        f.notes.append(_strip(rest_after))
    return cut_pre, t0, bool(f.volume or f.issue or f.pages)


# --- one sentence ------------------------------------------------------------------------


def _one_sentence(s0: str, f: Fields, lex: Lexicon, *, has_loc: bool) -> None:
    if has_loc and (
        _semicolon_journal(s0, f) or _comma_journal(s0, f) or _unpunctuated_journal(s0, f)
    ):
        return
    f.title = s0 if has_loc else _peel_imprint(s0, f, lex)


def _semicolon_journal(s0: str, f: Fields) -> bool:
    """``Title; Journal Name`` before a locator: the last ``; `` ends the title when a
    capitalised name of two words or more follows it."""
    title, journal = _split_at_semicolon(s0)
    if not journal:
        return False
    f.title, f.container = title, journal
    return True


def _split_at_semicolon(text: str) -> tuple[str, str]:
    """``(title, container)`` cut at the last ``; `` of ``text``, or ``(text, "")``."""
    semi = text.rfind("; ")
    if semi <= 0:
        return text, ""
    head, tail = _strip(text[:semi]), _strip(text[semi + 2 :])
    words = tail.split()
    if len(words) < 2 or not words[0][:1].isupper() or len(_WORDS.findall(head)) < 2:
        return text, ""
    return head, tail


def _comma_journal(s0: str, f: Fields) -> bool:
    """``Title, Journal`` before a locator."""
    title, rest = _cut_comma_title(s0)
    if not rest:
        return False
    f.title, f.container = _strip(title), _strip(rest)
    return True


def _unpunctuated_journal(s0: str, f: Fields) -> bool:
    """``Title of the paper Abbrev Journal Name`` (NLM style printed without periods)."""
    vm = _JOURNAL_RUN.search(s0)
    if vm is None or vm.start() <= 10:
        return False
    f.title, f.container = _strip(s0[: vm.start()]), _strip(vm.group())
    return True


# --- sentences before a locator ----------------------------------------------------------


def _before_locator(
    body: str, pre: str, t0: int, sents: list[str], f: Fields, lex: Lexicon
) -> None:
    kinds = ["title", *(_kind_of(x, lex) for x in sents[1:])]  # (the first: never asked)
    idx = _container_end(sents, kinds, f, lex)
    if not idx and not f.loc_labelled and not f.pages and _is_place_pub(sents[-1], lex):
        pre = _series_after_imprint(body, pre, t0, f)
        sents = _split_sentences(pre, lex)
        if not sents:
            return
    if not idx:
        f.title = sents[0]
        for extra in sents[1:]:
            _leftover(extra, f, lex)
        return
    first = _container_start(sents, kinds, idx, lex)
    f.title = _join_sentences(pre, sents[:first])
    cont = _join_sentences(pre, sents[first : idx + 1])
    head, journal = _split_at_semicolon(cont)
    if journal:
        # "Title. Subtitle; Journal": the part before the last semicolon ends the title
        f.title = f"{f.title}{'' if f.title.endswith(('?', '!')) else '.'} {head}"
        cont = journal
    f.container = _strip(_notes_and_types(cont, f, lex))
    for extra in sents[idx + 1 :]:
        _leftover(extra, f, lex)


def _container_end(sents: list[str], kinds: list[str], f: Fields, lex: Lexicon) -> int:
    """The index of the last container sentence (0: none).

    The last sentence that reads as text or a place; else a last sentence that reads as a
    publisher but is no ``Place: Publisher`` pair (a journal name with a colon), or is no
    publisher at all when pages follow.
    """
    idx = max((i for i in range(1, len(sents)) if kinds[i] in ("text", "place")), default=0)
    if (
        not idx
        and kinds[-1] == "pub"
        and (
            not _PLACE_PUB.match(_strip(sents[-1]))
            or (f.pages and not _publisherish(sents[-1], lex))
        )
    ):
        idx = len(sents) - 1
    return idx


def _series_after_imprint(body: str, pre: str, t0: int, f: Fields) -> str:
    """Numbers after a ``Place: Publisher`` sentence are a series or report number, not a
    journal locator: they go to the notes (with a series acronym before them)."""
    f.volume = f.issue = f.pages = None
    series = _SERIES_TAIL.search(pre)
    start = series.start() if series else t0
    f.notes.append(_strip(body[start:]))
    return pre[:start]


def _container_start(sents: list[str], kinds: list[str], idx: int, lex: Lexicon) -> int:
    """The first container sentence: one with a journal word that is no subtitle, else
    the last one (``idx``)."""
    for j in range(1, idx):
        if kinds[j] == "text" and _has_journal_word(sents[j], lex) and not _subtitle(sents[j], lex):
            return j
    return idx


# --- sentences and no locator ------------------------------------------------------------


def _no_locator(pre: str, sents: list[str], f: Fields, lex: Lexicon) -> None:
    """A title (with subtitles), then a journal, publisher, place or notes."""
    kinds = ["title", *(_kind_of(x, lex) for x in sents[1:])]  # (the first: never asked)
    if f.publisher is None and f.place is None and ", " in sents[-1]:
        # "…, Place, Publisher" closing the last sentence: a comma imprint
        head = _peel_imprint(sents[-1], f, lex)
        if head != sents[-1]:
            sents[-1] = head
            kinds[-1] = _kind_of(head, lex)
            f.imprint_cut = True
    k = _title_end(sents, kinds, f, lex)
    f.title = _join_sentences(pre, sents[:k])
    if k == len(sents):
        f.title = _peel_imprint(f.title, f, lex)
    _after_book_title(sents[k:], kinds[k:], f, lex)


def _title_end(sents: list[str], kinds: list[str], f: Fields, lex: Lexicon) -> int:
    """How many sentences the title takes: subtitles, and a text sentence right before a
    ``Place: Publisher`` one."""
    k = 1
    while k < len(sents) and kinds[k] == "text" and _subtitle(sents[k], lex):
        k += 1
    while k < len(sents) and (
        kinds[k] == "text" or (kinds[k] == "place" and k == len(sents) - 1 and f.imprint_cut)
    ):
        if k == len(sents) - 1 and not f.imprint_cut:
            break
        if k < len(sents) - 1 and kinds[k + 1] not in ("pub", "place"):
            break
        last_before_imprint = k == len(sents) - 1
        if (
            (len(sents[k].split()) >= (2 if last_before_imprint else 3) or _prose(sents[k], lex))
            and not _DATEISH.search(sents[k])
            and not lex.translator.match(sents[k])
            and not (last_before_imprint and _has_journal_word(sents[k], lex))
        ):
            k += 1
        else:
            break
    return k


def _after_book_title(rest: list[str], kinds: list[str], f: Fields, lex: Lexicon) -> None:
    """The sentences after the title: a first journal-like sentence is the container, the
    rest are read as leftovers."""
    for i, extra in enumerate(rest):
        if (
            i == 0
            and kinds[i] == "text"
            and f.container is None
            and (_journal_like(extra, lex) or f.status is not None)
            and not lex.translator.match(extra)
        ):
            f.container = extra
            continue
        _leftover(extra, f, lex)
