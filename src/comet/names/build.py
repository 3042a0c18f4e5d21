"""Building :class:`~comet.names.record.Person` records from the chosen reading."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection

import attrs

from comet.diagnostics import Diagnostic
from comet.names.record import Person
from comet.names.tokens import _Chunk, _Ctx, _loose_initials, _strict_initials, _Tok

# ---------------------------------------------------------------------------
# Building persons


def _initials_of(given: list[str]) -> str | None:
    out: list[str] = []
    for w in given:
        if _loose_initials(w):
            out.extend(f"{c}." for c in w)
            continue
        pieces = [p for p in w.split("-")]
        hy: list[str] = []
        for p in pieces:
            letters = [seg[0] for seg in p.split(".") if seg and seg[0].isalpha()]
            if _strict_initials(p) and letters:
                hy.append(".".join(letters) + ".")
            elif p[:1].isalpha():
                hy.append(p[0].upper() + ".")
        if hy:
            out.append("-".join(hy))
    return " ".join(out) or None


def family_cut(name: str, compound_surnames: Collection[str]) -> int:
    """How many leading characters of ``name`` (a Han or Hangul name written family name
    first, without a space) are its family name: the first, or the first two where they are
    a compound surname of the locales; 0 where the given name left would not be one or two
    characters (four characters without a compound surname, a compound surname alone)."""
    cut = 2 if name[:2] in compound_surnames else 1
    return cut if len(name) - cut in (1, 2) else 0


def family_first_cut(name: str, surnames: Collection[str]) -> int:
    """How many leading characters of a Han name of four characters or more (one
    :func:`family_cut` leaves whole) are a family name of the locales' family-first surnames
    (``[name_grammar] family_first_surnames``: Japanese ``山田``, ``長谷川``), a given name of
    one to three characters after it (``山田太郎``); 0 for none."""
    for n in (3, 2):
        if name[:n] in surnames and 1 <= len(name) - n <= 3:
            return n
    return 0


def _one_letter(word: str) -> bool:
    """``R`` or ``R.``: a single initial."""
    return len(word.rstrip(".")) == 1 and word[:1].isalpha()


def _text(ws: list[_Tok]) -> str:
    """The words joined by spaces; words the reading split apart (``F.Joachim``) keep
    their surface form."""
    if not ws:
        return ""
    out = [ws[0].text]
    for prev, w in itertools.pairwise(ws):
        glued = prev.end == w.start and prev.text.endswith(".") and " " not in w.text
        out.append(w.text if glued else " " + w.text)
    return "".join(out)


def _split_particles(ws: list[_Tok], ctx: _Ctx) -> tuple[str | None, list[_Tok]]:
    """Lower-case particles off the front of a family name (``van der`` + ``Berg``).

    In ALL CAPS text (``DE LA TORRE``) the particles stay in the family name: CSL and
    BibTeX tell a particle by its lower case, which such a text does not show.
    """
    if ctx.all_caps:
        return None, ws
    k = 0
    while k < len(ws) - 1 and (ctx.particle(ws[k].text) or ws[k].joiner):
        k += 1
    return (_text(ws[:k]) or None), ws[k:]


class _DiagIndex:
    """The diagnostics made so far, found by where they start."""

    def __init__(self, diags: list[Diagnostic]) -> None:
        spanned = sorted((d for d in diags if d.span), key=lambda d: d.span[0] if d.span else 0)
        self.diags = spanned
        self.starts = [d.span[0] if d.span else 0 for d in spanned]

    def within(self, start: int, end: int) -> tuple[Diagnostic, ...]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end)
        return tuple(self.diags[lo:hi])


def _span_text(ctx: _Ctx, toks: list[_Tok]) -> str | None:
    """The text from the first to the last token as written (``CLU, CFP, LUTC``)."""
    if not toks:
        return None
    return " ".join(ctx.text[toks[0].start : toks[-1].end].split())


def _build(
    kind: str, idx: tuple[int, ...], chunks: list[_Chunk], ctx: _Ctx, diags: _DiagIndex
) -> Person | None:
    """The person of one reading, with the titles, nicknames and suffixes of its chunks."""
    person = _build_core(kind, idx, chunks, ctx, diags)
    if person is None or person.literal is not None:
        return person
    mine = [chunks[i] for i in idx]
    title = (
        _span_text(ctx, [t for c in mine for t in c.title]) if any(c.title for c in mine) else None
    )
    nick = " ".join(t.text for c in mine for t in c.nick) or None
    extra = [_span_text(ctx, c.suffix) for c in mine if c.suffix]
    suffix = person.suffix
    if extra:
        suffix = (
            ", ".join(x for x in [suffix, *extra] if x)
            if suffix
            else ", ".join(x for x in extra if x)
        )
    if title is None and nick is None and suffix == person.suffix:
        return person
    return attrs.evolve(person, title=title, nickname=nick, suffix=suffix)


def _build_core(
    kind: str, idx: tuple[int, ...], chunks: list[_Chunk], ctx: _Ctx, diags: _DiagIndex
) -> Person | None:
    """The person of one reading of kind ``kind`` over the chunks ``idx`` (without the
    titles, nicknames and chunk suffixes :func:`_build` adds)."""
    first, last = chunks[idx[0]], chunks[idx[-1]]
    raw = ctx.text[first.start : last.end]
    mine = diags.within(first.start, last.end)
    ch = chunks[idx[0]]
    ws = list(ch.words)
    if kind == "noise":
        ctx.diag("removed-non-name", f"dropped {raw!r}: not a name", first.start, last.end, True)
        return None
    if kind in ("org", "acronym"):
        return Person(literal=raw, raw=raw, diagnostics=mine)
    if kind == "cjk":
        return Person(family=ws[0].text, given=ws[1].text, raw=raw, diagnostics=mine)
    if kind == "han":
        name = ws[0].text
        cut = family_cut(name, ctx.rules.compound_surnames)
        cut = cut or family_first_cut(name, ctx.rules.family_first)  # '山田太郎'
        if not cut:  # four characters without a compound or a Japanese surname
            return Person(literal=raw, raw=raw, diagnostics=mine)
        return Person(family=name[:cut], given=name[cut:], raw=raw, diagnostics=mine)
    if kind == "dotted":
        name = ws[0].text
        cut = max(name.rfind(d) for d in "·・･")
        return Person(family=name[cut + 1 :], given=name[:cut], raw=raw, diagnostics=mine)
    if kind == "family":
        particle, fam = _split_particles(ws, ctx)
        return Person(family=_text(fam), particle=particle, raw=raw, diagnostics=mine)
    if kind == "pair":
        return _build_pair(idx, chunks, ctx, raw, mine)
    suffix: str | None = None
    cls = ch.cls
    while len(ws) > 1 and cls[len(ws) - 1] == "S":
        suffix = ws[-1].text if suffix is None else f"{ws[-1].text} {suffix}"
        ws = ws[:-1]
    cls = cls[: len(ws)]
    if kind == "paren":
        particle, fam = _split_particles(ws, ctx)
        paren = [w.text for w in ch.paren_given]
        return Person(
            family=_text(fam),
            given=" ".join(paren),
            particle=particle,
            initials=_initials_of(paren),
            raw=raw,
            diagnostics=mine,
        )
    if kind in ("caps-first", "caps-last"):
        fam_ws, giv = _split_caps(ws, cls)
    elif kind == "inverted":  # 'Kowalczyk Julie'
        fam_ws, giv = ws[:1], ws[1:]
    elif kind == "vancouver":
        k = _vancouver_given_start(ws, cls, len(chunks) == 1, ctx)
        fam_ws, giv = ws[:k], ws[k:]
    else:  # given-first
        k = _family_start(ws, cls, ctx)
        fam_ws, giv = ws[k:], ws[:k]
        if len(giv) >= 2 and len(fam_ws) == 1 and set(cls[:k]) <= {"W", "C"}:
            mine = (*mine, _ambiguous_family(giv[-1], fam_ws[0], ctx))
    particle, fam = _split_particles(fam_ws, ctx)
    return Person(
        family=_text(fam),
        given=_text(giv),
        particle=particle,
        suffix=suffix,
        initials=_initials_of([w.text for w in giv if not ctx.particle(w.text)]),
        raw=raw,
        diagnostics=mine,
    )


def _build_pair(
    idx: tuple[int, ...],
    chunks: list[_Chunk],
    ctx: _Ctx,
    raw: str,
    mine: tuple[Diagnostic, ...],
) -> Person:
    """The person of a ``Family, Given`` pair of chunks (and a third chunk of particles or
    a suffix: ``Berg, Anna, van``, ``Smith, John, Jr.``)."""
    ch = chunks[idx[0]]
    suffix: str | None = None
    fam_ws = list(ch.words)
    while len(fam_ws) > 1 and ch.cls[len(fam_ws) - 1] == "S":
        suffix = _text(fam_ws[-1:]) if suffix is None else f"{fam_ws[-1].text} {suffix}"
        fam_ws = fam_ws[:-1]
    giv_ch = chunks[idx[1]]
    g = list(giv_ch.words)
    gc = giv_ch.cls
    while len(g) > 1 and gc[len(g) - 1] == "S":
        suffix = g[-1].text if suffix is None else f"{g[-1].text} {suffix}"
        g = g[:-1]
    dropping = None
    k = len(g)
    while k > 1 and gc[k - 1] == "P":
        k -= 1
    if k < len(g):
        dropping = _text(g[k:])
        g = g[:k]
    trailing_particle = None
    if len(idx) == 3:
        if set(chunks[idx[2]].cls) <= {"P"}:
            trailing_particle = _text(chunks[idx[2]].words)
        else:
            suffix = _text(chunks[idx[2]].words)
    particle, fam = _split_particles(fam_ws, ctx)
    if trailing_particle and particle is None:
        particle = trailing_particle
    if dropping:
        particle = dropping if particle is None else particle
    return Person(
        family=_text(fam),
        given=_text(g),
        particle=particle,
        suffix=suffix,
        initials=_initials_of([w.text for w in g]),
        dropping_particle=dropping is not None and particle == dropping,
        raw=raw,
        diagnostics=mine,
    )


def _split_caps(ws: list[_Tok], cls: str) -> tuple[list[_Tok], list[_Tok]]:
    """The family name in capitals (with the particles before it) and the given names
    around it: ``Jianfei LIU``, ``VAN DER BERG Anna``."""
    caps = [i for i, x in enumerate(cls) if x in "C"]
    lo, hi = caps[0], caps[-1] + 1
    while lo > 0 and cls[lo - 1] == "P":
        lo -= 1
    return ws[lo:hi], ws[:lo] + ws[hi:]


def _vancouver_given_start(ws: list[_Tok], cls: str, alone: bool, ctx: _Ctx) -> int:
    """Where the initials of a Vancouver name (``Family II``) start."""
    k = len(ws)
    while k > 1 and cls[k - 1] in "Ii":
        k -= 1
    if (
        alone
        and k == len(ws) - 1
        and _one_letter(ws[-1].text)
        and not ctx.all_caps
        and not ctx.any_particle(ws[0].text)
    ):
        # a name alone ending in one initial is 'Family Given I.': 'Thornbury Gideon R'
        # (Vancouver initials come in lists, and as 'GR' rather than 'R'; in capitals,
        # 'COTTA RAMOSINO L.', the family name is often two words)
        f = 0
        while f < k - 1 and cls[f] == "P":
            f += 1
        if f + 1 < k and set(cls[:k]) <= {"W", "P"}:
            k = f + 1
    return k


def _family_start(ws: list[_Tok], cls: str, ctx: _Ctx) -> int:
    """Where the family name of a given-first name starts."""
    k = len(ws) - 1
    while k > 1 and cls[k - 1] == "P":
        k -= 1
    # the family name starts at its first particle: 'Elana de Souza Medeiros'
    first_p = next((i for i in range(1, k) if cls[i] == "P" and cls[i - 1] != "P"), None)
    if (
        first_p is not None
        and set(cls[first_p:k]) <= {"P", "W", "C"}
        and sum(1 for x in cls[first_p:] if x != "P") <= 2
    ):
        k = first_p
    while (
        k > 1
        and cls[k - 1] in "WC"
        and ctx.any_particle(ws[k - 1].text)
        and ws[k - 1].text[:1].isupper()
    ):
        k -= 1  # 'Teven Le Scao'
        while k > 1 and cls[k - 1] == "P":
            k -= 1
    # in capitals (register data) a middle initial ends the given name:
    # 'ROSALIND K THORNBURY VASQUEZ'; in mixed case the family name stays the last word
    # ('Juan Q. Xavier Velasquez': Xavier is a middle name)
    if ctx.all_caps:
        mid = next(
            (
                i
                for i in range(len(ws) - 2, 0, -1)
                if cls[i] == "I" and any(x in "WC" for x in cls[:i])
            ),
            None,
        )
        if mid is not None and mid + 1 < k:
            k = mid + 1
    return k


def _ambiguous_family(middle: _Tok, family: _Tok, ctx: _Ctx) -> Diagnostic:
    """The warning that ``middle`` may be the first of two family names ('Ana Schäfer
    Aguilar'), added to ``ctx`` and returned."""
    two = f"{middle.text} {family.text}"
    ctx.diag(
        "ambiguous-family-name",
        f"read {family.text!r} as the family name; it may be {two!r}"
        " (write 'Family, Given' to say which)",
        middle.start,
        family.end,
        warn=True,
    )
    return ctx.diags[-1]
