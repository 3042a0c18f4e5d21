"""The period style: title, container and imprint as sentences (``Title. Journal. 12(3): 4-5``)."""

from __future__ import annotations

import re

from comet.references._fields import _PAGE_COUNT, _PLACE_PUB, _YEAR_RE, Fields, _strip
from comet.references._imprint import _peel_imprint
from comet.references._kinds import (
    _DATEISH,
    _has_journal_word,
    _is_place_pub,
    _journal_like,
    _kind_of,
    _placeish,
    _publisherish,
    _subtitle,
)
from comet.references._lexicon import Lexicon
from comet.references._locator import _leftover, _locator_start, _read_locator
from comet.references._sentences import _join_sentences, _prose, _split_sentences
from comet.references._tail import find_tail, labelled_parts
from comet.references._types import _notes_and_types
from comet.references.styles.comma import _comma_rest, _cut_comma_title

_SERIES_TAIL = re.compile(r"[,\s]\s*[A-ZÅÄÖ]{2,6}\s*\Z")
_JOURNAL_RUN = re.compile(
    r"(?<=[a-zß-ÿ0-9)?] )(?:[A-Z][A-Za-zß-ÿ&.'-]{0,12}\.? ){1,7}[A-Z][A-Za-zß-ÿ&.'-]{0,12}\.?\s*\Z"
)


def _period_body(body: str, f: Fields, lex: Lexicon) -> None:
    t0, trailing = _locator_start(body, lex)
    if trailing:
        f.notes.append(trailing)
    has_loc = t0 < len(body)
    if has_loc:
        region = body
        if trailing:
            cut = body.rfind(trailing.split("; ")[0][:12])
            if cut > t0:
                region = body[:cut]
        _read_locator(region, f, lex)
        pre = body[:t0]
    else:
        pre = body
        if _PAGE_COUNT.match(body[find_tail(body, lex) :]) and find_tail(body, lex) < len(body):
            cut = find_tail(body, lex)
            f.notes.append(_strip(body[cut:]))
            pre = body[:cut]
        lab = labelled_parts(pre, lex)
        if lab:
            first = min(v[1] for v in lab.values())
            if first > 0:
                cut_pre = _read_locator(pre, f, lex)
                tail = pre[first:]
                pre = cut_pre
                rest_after = re.sub(r"^[^,.;]*\d[^,.;]*", "", tail)
                if rest_after.strip(" .,;"):
                    f.notes.append(_strip(rest_after))
                has_loc = bool(f.volume or f.issue or f.pages)
    sents = _split_sentences(pre, lex)
    if not sents:
        return
    if len(sents) == 1:
        s0 = sents[0]
        if has_loc:
            title, rest = _cut_comma_title(s0)
            if rest:
                f.title, f.container = _strip(title), _strip(rest)
                return
            vm = _JOURNAL_RUN.search(s0)
            if vm and vm.start() > 10:
                # "… hepatocellular carcinoma Biochem Biophys Res Commun 1998; 244: 812-4"
                f.title, f.container = _strip(s0[: vm.start()]), _strip(vm.group())
                return
        if not has_loc:
            title, rest = _cut_comma_title(s0)
            parts = [_strip(p) for p in rest.split(",") if _strip(p)]
            if (
                rest
                and parts
                and all(
                    _publisherish(p, lex) or _placeish(p) or re.fullmatch(_YEAR_RE, p)
                    for p in parts
                )
                and any(_publisherish(p, lex) for p in parts)
            ):
                # "L'invention du territoire, Presses universitaires de Grenoble, Grenoble"
                f.title = _strip(title)
                _comma_rest(rest, f, lex)
                return
        f.title = s0 if has_loc else _peel_imprint(s0, f, lex)
        return
    kinds = [_kind_of(x, lex) for x in sents]
    kinds[0] = "title"
    if has_loc:
        idx = max((i for i in range(1, len(sents)) if kinds[i] in ("text", "place")), default=0)
        if (
            not idx
            and kinds[-1] == "pub"
            and (
                not _PLACE_PUB.match(_strip(sents[-1]))
                or (f.pages and not _publisherish(sents[-1], lex))
            )
        ):
            idx = len(sents) - 1  # "Internetworking:Research and Experience, 1 3-26"
        if not idx and not f.loc_labelled and not f.pages and _is_place_pub(sents[-1], lex):
            # numbers after a Place: Publisher sentence are a series or report number
            # ("Stockholm: Finansdepartementet, SOU 2018:38"), not a journal locator
            f.volume = f.issue = f.pages = None
            series = _SERIES_TAIL.search(pre)
            start = series.start() if series else t0
            f.notes.append(_strip(body[start:]))
            pre = pre[:start]
            sents = _split_sentences(pre, lex)
            kinds = [_kind_of(x, lex) for x in sents]
            if not sents:
                return
        if idx:
            place = None
            if kinds[idx] == "place" and idx >= 2 and kinds[idx - 1] == "text":
                # "… Regni Vegetabilis. Berlin 13: 267-278": the journal, then its place
                place = sents[idx]
                idx -= 1
            # a sentence with a journal word starts the container ("Zeitschrift für
            # Inklusion. Gemeinsam leben. 22. Jg.")
            first = idx
            for j in range(1, idx):
                if (
                    kinds[j] == "text"
                    and _has_journal_word(sents[j], lex)
                    and not _subtitle(sents[j], lex)
                ):
                    first = j
                    break
            f.title = _join_sentences(pre, sents[:first])
            cont = _join_sentences(pre, sents[first : idx + 1])
            if place:
                f.place = place
            semi = cont.rfind("; ")
            if semi > 0:
                # "… traditions; Public Money & Management, 37 (5)"
                f.title = f"{f.title}{'' if f.title.endswith(('?', '!')) else '.'} {cont[:semi]}"
                cont = cont[semi + 2 :]
            f.container = _strip(_notes_and_types(cont, f, lex))
            for extra in sents[idx + (2 if place else 1) :]:
                _leftover(extra, f, lex)
            return
        f.title = sents[0]
        for extra in sents[1:]:
            _leftover(extra, f, lex)
        return
    # no locator: a title (with subtitles), then a journal, publisher, place or notes
    if f.publisher is None and f.place is None and ", " in sents[-1]:
        # "… Une enquête, Paris, Presses universitaires de France": a comma imprint
        head = _peel_imprint(sents[-1], f, lex)
        if head != sents[-1]:
            sents[-1] = head
            kinds[-1] = _kind_of(head, lex)
            f.imprint_cut = True
    k = 1
    while k < len(sents) and kinds[k] == "text" and _subtitle(sents[k], lex):
        k += 1
    # a "text" sentence right before a Place: Publisher one is a subtitle too
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
    f.title = _join_sentences(pre, sents[:k])
    if k == len(sents):
        f.title = _peel_imprint(f.title, f, lex)
    for i, extra in enumerate(sents[k:]):
        kind = kinds[k + i]
        nxt = kinds[k + i + 1] if k + i + 1 < len(kinds) else None
        if kind == "place" and nxt == "place" and f.publisher is None:
            f.publisher = _strip(extra)  # "Socialstyrelsen. Stockholm."
            continue
        if (
            i == 0
            and kind == "text"
            and f.container is None
            and (_journal_like(extra, lex) or f.status is not None)
            and not lex.translator.match(extra)
        ):
            f.container = extra
            continue
        _leftover(extra, f, lex)
