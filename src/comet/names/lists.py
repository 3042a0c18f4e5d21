"""The author-list parser: tokens to chunks to readings to persons."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

import attrs

from comet.errors import ErrorCode
from comet.locales import fold, resolve
from comet.names.affixes import (
    _ambiguous_post,
    _dl,
    _full_words,
    _title_len,
    _title_weak,
    all_post,
)
from comet.names.build import _build, _DiagIndex
from comet.names.classes import _fix_chunk
from comet.names.closing import drop_closing_stop
from comet.names.grammar import FF, _Reading, _readings
from comet.names.joins import _join_closers, _join_conjunctions, _mark_nicknames
from comet.names.phrases import _strip_phrases
from comet.names.record import LocalesArg, NameOrder, PersonList
from comet.names.rules import ROLE_OF, _Rules, _rules
from comet.names.tokens import (
    COMMA,
    CONN,
    STRONG,
    _Chunk,
    _chunks,
    _clean_words,
    _Ctx,
    _is_lower_word,
    _join_hyphens,
    _loose_initials,
    _Tok,
    _tokenize,
)
from comet.records import Parsed, fail


def _affiliations(
    chunks: list[_Chunk], seps: list[int], ctx: _Ctx
) -> tuple[list[_Chunk], list[int]]:
    """``Name, Affiliation; Name, Affiliation`` bylines: drop the affiliations."""
    segs: list[list[int]] = [[]]
    for i in range(len(chunks)):
        segs[-1].append(i)
        if i < len(seps) and seps[i] == STRONG:
            segs.append([])
    if len(segs) < 2:
        return chunks, seps
    keep: set[int] = set()
    any_org = False
    for seg in segs:
        head: list[int] = []
        for i in seg:
            head.append(i)
            if i < len(seps) and seps[i] == COMMA:
                break
        in_head = set(head)
        tail = [i for i in seg if i not in in_head]
        for i in tail:
            if chunks[i].org or set(chunks[i].cls) <= {"i", "C"}:
                any_org = True
        for i in head:
            c = chunks[i].cls
            if chunks[i].org or len(c) < 2 or c[-1] not in "WC":
                return chunks, seps
        keep.update(head)
    if not any_org:
        return chunks, seps
    mask: list[_Chunk | None] = []
    for i, ch in enumerate(chunks):
        if i in keep:
            mask.append(ch)
        else:
            ctx.diag("removed-affiliation", "removed an affiliation", ch.start, ch.end)
            mask.append(None)
    return _keep(mask, seps)


def _merge_orgs(chunks: list[_Chunk], seps: list[int]) -> tuple[list[_Chunk], list[int]]:
    """An organisation name keeps its commas and ``and``s: merge a segment (between
    ``;``/line breaks) that names an organisation and has no initials into one chunk."""
    out_c: list[_Chunk] = []
    out_s: list[int] = []
    i = 0
    n = len(chunks)
    while i < n:
        j = i
        while j < n - 1 and seps[j] != STRONG:
            j += 1
        seg = chunks[i : j + 1]
        # 'Ralia & Associates', 'A. B. Lund & Partners': a firm named after a person
        firm = len(seg) == 2 and seps[i] == CONN and len(seg[1].words) <= 2 and seg[1].org
        if (
            len(seg) > 1
            and any(c.org for c in seg)
            and (firm or not any(set(c.cls) & {"I"} for c in seg))
            and not any(c.paren_given for c in seg)
        ):
            words = [w for c in seg for w in c.words]
            merged = _Chunk(words, [], org=True, cls="W" * len(words))
            out_c.append(merged)
            if j < n - 1:
                out_s.append(seps[j])
        else:
            out_c.extend(seg)
            out_s.extend(seps[i : j + 1] if j < n - 1 else seps[i:j])
        i = j + 1
    return out_c, out_s


def _keep(chunks: list[_Chunk | None], seps: list[int]) -> tuple[list[_Chunk], list[int]]:
    """Drop the ``None`` chunks; a dropped chunk's separators merge into its neighbour's."""
    out_c: list[_Chunk] = []
    out_s: list[int] = []
    pending = 0
    for i, ch in enumerate(chunks):
        if ch is not None:
            if out_c:
                out_s.append(max(pending, COMMA))
            out_c.append(ch)
            pending = 0
        if i < len(seps):
            pending = max(pending, seps[i])
    return out_c, out_s


def _title_word(words: list[_Tok]) -> bool:
    """One word of 3+ letters, not in capitals (``Cardinal``, ``comte``; not ``MR``)."""
    if len(words) != 1:
        return False
    t = words[0].text
    return len(t) >= 3 and t.isalpha() and not t.isupper()


#: letters of an unknown post-nominal before a strong separator at most (``CNE``, ``FRQP``)
CREDENTIAL = 4


def _attach_suffixes(
    chunks: list[_Chunk], seps: list[int], ctx: _Ctx
) -> tuple[list[_Chunk], list[int]]:
    """A comma-separated chunk of suffixes and post-nominals belongs to the name before it:
    ``John Smith, Jr.``, ``Doe, John, CLU, CFP``, ``Michael Anderson, PhD``.

    A chunk that could also be initials (``MD`` in ``Smith, JA, Jones, MD``) is taken as a
    post-nominal only after a full name, after another post-nominal, or closing a short
    string that holds one name.
    """
    n = len(chunks)
    post = [all_post(c.words, ctx) for c in chunks]
    # an unknown post-nominal in capitals ('Ann Lee, LCSW'): one word of 3 to 6 capitals
    caps = [
        not ctx.all_caps
        and len(c.words) == 1
        and 3 <= len(c.words[0].text) <= 6
        and c.words[0].text.isalpha()
        and c.words[0].text.isupper()
        for c in chunks
    ]
    # tail[i]: chunks i.. are all post-nominals (or capitals) joined by commas
    tail = [False] * (n + 1)
    tail[n] = True
    for i in range(n - 1, -1, -1):
        # (a strong separator ends one person's run: 'Ruiz, Ana PhD, RN, CNE; Moe, Ida …')
        # (a degree's or a licence's letters are two to four capitals: a longer word in
        # capitals before the strong separator is a body's acronym, 'Ana Ruiz PhD, UNESCO;')
        tail[i] = (post[i] or caps[i]) and (
            i == n - 1
            or (seps[i] == STRONG and (post[i] or len(chunks[i].words[0].text) <= CREDENTIAL))
            or (seps[i] == COMMA and tail[i + 1])
        )
    # 'TROJAN, BSN, RN, LNCC, CHRISTINE': post-nominals between a family and a given name
    middle = (
        n >= 3
        and all(s == COMMA for s in seps)
        and all(post[k] or caps[k] for k in range(1, n - 1))
        and set(chunks[-1].cls) <= {"W", "C"}
        and set(chunks[0].cls) <= {"W", "C", "P"}
    )
    out: list[_Chunk | None] = list(chunks)
    last: int | None = None  # index of the chunk the previous suffix went to
    j = 0  # the last chunk kept so far
    for i in range(1, n):
        ch = chunks[i]
        prev = out[j]
        assert prev is not None
        # capitals after a known post-nominal go on with the run ('Ana Ruiz PhD, RN, CNE')
        known = post[i] or (
            caps[i] and tail[i] and (_full_words(prev.words, ctx) >= 2 or bool(prev.suffix))
        )
        known = known or (middle and 0 < i < n - 1)
        if (
            seps[i - 1] == COMMA
            and i == n - 1
            and not known
            and not prev.title
            and not ch.paren_given
            and _title_len(ch.words, ctx) == len(ch.words)
            # 'Smith, MR': initials; but a title that is a name too closes a heading
            # 'Family, Given, Title' ('Smith, John, Cardinal', 'Dupont, Jean, comte')
            and (not _title_weak(ch.words, ctx) or (i >= 2 and _title_word(ch.words)))
            and (i >= 2 or _full_words(prev.words, ctx) >= 2)
        ):  # 'Hallen, Alvin, Prof.', 'Иванов, Пётр, преподобный': a title after the name
            ctx.diag("title", f"read {ctx.text[ch.start : ch.end]!r} as a title", ch.start, ch.end)
            prev.title.extend(ch.words)
            out[i] = None
            continue
        if seps[i - 1] != COMMA or ch.paren_given or ch.title or not known:
            last = None
            j = i
            continue
        sure = post[i] and not _ambiguous_post(ch.words, ctx)
        short = i == n - 1 == 2 and seps[0] == COMMA  # Doe, John, MD
        # 'Doe-Ray, Dr. John P., CLU, CFP, LUTC': the string ends in two or more of them
        run = (n - i >= 2 and tail[i]) or (middle and i < n - 1)
        if sure or last == j or _full_words(prev.words, ctx) >= 2 or prev.suffix or short or run:
            ctx.diag(
                "suffix", f"read {ctx.text[ch.start : ch.end]!r} as a suffix", ch.start, ch.end
            )
            prev.suffix.extend(ch.words + ch.suffix)
            out[i] = None
            last = j
        else:
            last = None
            j = i
    return _keep(out, seps)


def _family_suffix(chunks: list[_Chunk], seps: list[int], ctx: _Ctx) -> None:
    """``MOY SR, JOHN``: a two-capital suffix (``SR``, ``JR``) ends a family name when a
    comma and a given name (a word, not initials) follow; in ``Korenberg JR`` alone it
    stays initials."""
    for i in range(len(chunks) - 1):
        ch, nxt = chunks[i], chunks[i + 1]
        ws = ch.words
        if (
            seps[i] == COMMA
            and len(ws) >= 2
            and not ch.suffix
            and _dl(ws[-1].text) in ctx.rules.generational
            and any(x in "WC" for x in ch.cls[:-1])
            and nxt.cls[:1] in ("W", "C")
            and "i" not in nxt.cls  # 'Riordan JR, Rommens JM': a Vancouver list
            and len(ws[-1].text) > 1
            and (len(chunks) == 2 or i + 1 == len(seps) or seps[i + 1] != COMMA)
        ):
            ch.suffix.append(ws[-1])
            ch.words = ws[:-1]
            ch.cls = ch.cls[:-1]
            ch.memo.clear()


_Got = tuple[list[_Chunk], list[int], list[_Reading]]


def _noise(got: _Got) -> int:
    return sum(1 for kind, _ in got[2][0].people if kind == "noise")


def _read(
    raw_chunks: list[_Chunk],
    raw_seps: list[int],
    ctx: _Ctx,
    order: str | None,
    all_caps: bool,
    all_lower: bool,
    *,
    lenient: bool,
) -> _Got | None:
    """Chunks repaired and classified, suffixes attached, and the readings of the list."""
    fixed = [
        _fix_chunk(rc, ctx, all_caps, all_lower, lenient, first=k == 0, alone=len(raw_chunks) == 1)
        for k, rc in enumerate(raw_chunks)
    ]
    chunks, seps = _keep(fixed, list(raw_seps))
    chunks, seps = _attach_suffixes(chunks, seps, ctx)
    _family_suffix(chunks, seps, ctx)
    if not chunks:
        return None
    chunks, seps = _affiliations(chunks, seps, ctx)
    chunks, seps = _merge_orgs(chunks, seps)
    if (
        len(chunks) == 2
        and seps == [COMMA]
        and all(len(c.words) == 1 and len(c.words[0].text.rstrip(".")) == 1 for c in chunks)
        and chunks[0].cls in ("I", "i")
    ):  # 'B, A': a one-letter family name, then an initial
        chunks[0].cls = "W"
        chunks[0].memo.clear()
    readings = _readings(chunks, seps, order, acronym_ok=not all_caps or len(chunks) == 1)
    return chunks, seps, readings


#: strings up to this length are memoised (pages and reference lists repeat their names)
MEMO_MAX_LENGTH = 512


def _parse_impl(text: str, locales: LocalesArg, order: str | None) -> Parsed[PersonList]:
    """Parse a name list; short strings with hashable locales are memoised (the results
    are frozen records, so sharing them is safe)."""
    if len(text) <= MEMO_MAX_LENGTH and (locales is None or isinstance(locales, tuple | str)):
        return _parse_memo(text, locales, order)
    return _parse_uncached(text, locales, order)


@functools.lru_cache(maxsize=8192)
def _parse_memo(text: str, locales: Any, order: str | None) -> Parsed[PersonList]:
    return _parse_uncached(text, locales, order)


def _parse_uncached(text: str, locales: LocalesArg, order: str | None) -> Parsed[PersonList]:
    if not text.strip():
        return fail(text, "no text", ErrorCode.EMPTY)
    rules = _rules(resolve(locales))
    nfc = unicodedata.normalize("NFC", text)
    if len(nfc) != len(text):  # spans index the input: only use NFC when lengths agree
        nfc = text
    got = _parse_lines(text, nfc, rules, order)
    one = got.value is not None and len(got.value.persons) == 1
    split = _initials_pairs(nfc) if one else None  # only a one-person reading is split
    if split is not None and got.value is not None:
        # 'Л. Ладогин А.М. Озеров', 'J. Smith K. Jones': two initials-first names
        # printed one after the other without a separator
        halves = [_parse_uncached(text[a:b], locales, order) for a, b in split]
        if all(h.value is not None and len(h.value.persons) == 1 for h in halves):
            persons = tuple(p for h in halves for p in h.value.persons)  # type: ignore[union-attr]
            return attrs.evolve(got, value=attrs.evolve(got.value, persons=persons))
    if "\n" in nfc and _poor(got):
        # a name broken over lines ('Mr.⏎John Smith'): read the line breaks as spaces
        flat = _parse_lines(text, nfc.replace("\r", " ").replace("\n", " "), rules, order)
        if _poor(flat) < _poor(got):
            return flat
    return got


#: an initials token of a name: ``J.``, ``А.М.``, ``K.-H.``
_INITIALS_TOKEN = re.compile(r"(?:[^\W\d_][.-]){1,3}[^\W\d_]?\.?")
#: a token of a name line (what whitespace separates)
_TOKEN = re.compile(r"\S+")
#: two names of initials and a surname each (``I`` an initials token, ``W`` a word)
_TWO_NAMES = re.compile(r"(I+W)(I+W)")


def _initials_pairs(text: str) -> list[tuple[int, int]] | None:
    """The spans of two initials-first names printed one after the other without a list
    separator (``Л. Ладогин А.М. Озеров``: initials, a surname, initials, a surname), or
    ``None`` (``J. Robert Oppenheimer`` has no second initials; ``Anna K. Smith`` opens with
    a given name)."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    kinds = []
    for _a, _b, t in toks:
        if t[0].isupper() and _INITIALS_TOKEN.fullmatch(t) and "." in t:
            kinds.append("I")
        elif t[0].isupper() and len(t) > 1 and t[-1].isalpha() and t.isalpha():
            kinds.append("W")
        else:
            return None
    runs = "".join(kinds)
    m = _TWO_NAMES.fullmatch(runs)
    if m is None:
        return None
    cut = len(m.group(1))
    return [(toks[0][0], toks[cut - 1][1]), (toks[cut][0], toks[-1][1])]


def _poor(res: Parsed[PersonList]) -> int:
    """How badly a reading went: names without a given name, parts dropped as no name."""
    if res.value is None:
        return 100
    bare = sum(1 for p in res.value if p.literal is None and not p.given)
    dropped = sum(1 for d in res.diagnostics if d.code == "removed-non-name")
    return bare + dropped


def _caseless(ch: str) -> bool:
    """``ch`` is a letter of a script without capitals (Arabic, Hebrew, Han, Hangul)."""
    return ch.isalpha() and not ch.islower() and not ch.isupper()


def _strip_prefix(nfc: str, rules: _Rules, ctx: _Ctx) -> int:
    """Where the names start after a role phrase or label before them (``Edited by``,
    ``Authors:``), noted in ``ctx``; 0 when there is none."""
    offset = 0
    if rules.prefix_re is not None:
        m = rules.prefix_re.match(nfc)
        if m:
            term = fold(m.group("term"))
            keys = rules.prefix_keys.get(term, ())
            rest = nfc[m.end() :]
            is_role = bool(set(keys) & set(ROLE_OF))
            ambiguous = fold(term) in rules.particles or fold(term) in rules.connectors
            # (a script without capitals shows no name's start: Arabic 'تأليف سلمى'; one
            # character is no such word: Han '文' is a role word and a surname)
            caseless = len(term) > 1 and _caseless(term[:1]) and _caseless(rest[:1])
            if (
                m.group("colon")
                or (is_role and ("." in term or " " in term or caseless))
                or (not ambiguous and not is_role and (rest[:1].isupper() or caseless))
            ) and rest.strip():
                if is_role:
                    ctx.role = next(ROLE_OF[k] for k in keys if k in ROLE_OF)
                    ctx.diag("removed-role", "removed the role phrase", m.start(), m.end())
                else:
                    ctx.diag("removed-label", "removed the label", m.start(), m.end())
                offset = m.end()
    return offset


def _may_read_else(raw_chunks: list[_Chunk]) -> bool:
    """Whether the lenient reading can differ: it reads only lower-case words and short
    capitals otherwise (a text without either reads the same twice)."""
    return any(
        _is_lower_word(w.text) or _loose_initials(w.text) for c in raw_chunks for w in c.words
    )


def _read_twice(
    raw_chunks: list[_Chunk], raw_seps: list[int], ctx: _Ctx, order: str | None, text: str
) -> _Got | None:
    """The readings of the list; read again leniently when a chunk read as no name."""
    letters = "".join(
        w.text
        for c in raw_chunks
        for w in c.words
        if not ctx.particle(w.text) and (ctx.casing(w.text) or len(c.words) == 1)
    )
    all_caps = not any(c.islower() for c in letters) and any(c.isupper() for c in letters)
    all_lower = not any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    mark = len(ctx.diags)
    got = _read(raw_chunks, raw_seps, ctx, order, all_caps, all_lower, lenient=False)
    if (got is None or any(kind == "noise" for kind, _ in got[2][0].people)) and _may_read_else(
        raw_chunks
    ):
        # a chunk read as no name at all ('SUN, JUN L', 'Stanley jones'): read again with
        # short capitals as words and lower-case words as names
        kept = ctx.diags
        ctx.diags = kept[:mark]
        again = _read(raw_chunks, raw_seps, ctx, order, all_caps, all_lower, lenient=True)
        if again is not None and (got is None or _noise(again) < _noise(got)):
            got = again
            ctx.diag(
                "lenient-reading", "read short capitals and lower-case words as names", 0, len(text)
            )
        else:
            ctx.diags = kept
    return got


def _parse_lines(text: str, nfc: str, rules: _Rules, order: str | None) -> Parsed[PersonList]:
    ctx = _Ctx(text, rules)
    offset = _strip_prefix(nfc, rules, ctx)
    toks = _tokenize(nfc, offset)
    toks = drop_closing_stop(_clean_words(toks, ctx), ctx)
    ctx.set_case(toks)
    _mark_nicknames(nfc, toks)
    toks = _join_hyphens(toks, ctx)
    toks = _strip_phrases(toks, ctx)
    toks = _join_closers(_join_conjunctions(toks, ctx), ctx)
    raw_chunks, raw_seps = _chunks(toks, ctx)
    got = _read_twice(raw_chunks, raw_seps, ctx, order, text)
    if got is None:
        return fail(
            text, "no person name found", ErrorCode.NOT_FOUND, 0, len(text), tuple(ctx.diags)
        )
    chunks, seps, readings = got
    best = readings[0]
    diags = _DiagIndex(ctx.diags)
    people = [_build(kind, idx, chunks, ctx, diags) for kind, idx in best.people]
    persons = tuple(p for p in people if p is not None)
    if not persons:
        return fail(
            text, "no person name found", ErrorCode.NOT_FOUND, 0, len(text), tuple(ctx.diags)
        )
    if len(persons) == 1 and persons[0].literal is not None and not ctx.role and not ctx.et_al:
        whole = " ".join(text[offset:].split())
        if persons[0].literal != whole and len(chunks) == 1 and chunks[0].org:
            # an organisation keeps what the name reading dropped: '(NAB)', 'Local 477'
            persons = (attrs.evolve(persons[0], literal=whole),)
    name_order = _order_of(best, chunks)
    _ambiguity(best, readings, chunks, seps, ctx)
    return Parsed(
        PersonList(
            persons=persons,
            et_al=ctx.et_al,
            order=name_order,
            role=ctx.role,
            raw=text,
            diagnostics=tuple(ctx.diags),
        ),
        tuple(ctx.diags),
        text,
    )


_FF_KINDS = frozenset({"pair", "vancouver", "paren", "caps-first", "cjk", "inverted"})
_GF_KINDS = frozenset({"given-first", "caps-last"})


def _order_of(best: _Reading, chunks: list[_Chunk]) -> NameOrder | None:
    """The order the names are written in, from the kinds of the names read."""
    kinds = [k for k, _ in best.people]
    ff = any(k in _FF_KINDS for k in kinds)
    gf = any(k in _GF_KINDS for k in kinds)
    if ff and gf:
        return NameOrder.MIXED
    if ff:
        return NameOrder.FAMILY_FIRST
    if gf:
        return NameOrder.GIVEN_FIRST
    return None


def _ambiguity(
    best: _Reading, readings: list[_Reading], chunks: list[_Chunk], seps: list[int], ctx: _Ctx
) -> None:
    """Report when another reading of the list is nearly as good."""
    span = (chunks[0].start, chunks[-1].end)
    for other in readings[1:]:
        if other.people != best.people and other.cost - best.cost < 0.75:
            ctx.diag(
                "ambiguous-name-order",
                f"read as {best.mode} names; {other.mode} is nearly as likely",
                *span,
                warn=True,
            )
            return
    # 'Smith, Jones': pairs of single words with nothing else to go on
    if best.mode == FF and all(k == "pair" for k, _ in best.people):
        evidence = any(s != COMMA for s in seps) or any(
            set(chunks[i].cls) & {"I", "i"} or len(chunks[i].words) > 1 for i in range(len(chunks))
        )
        if not evidence:
            ctx.diag(
                "ambiguous-name-order",
                "read 'A, B' as 'Family, Given'; it could also be two family names",
                *span,
                warn=True,
            )
