"""Tokens of an author string (words, separators, brackets), their cleaning and chunks."""

from __future__ import annotations

import functools
import re
from typing import Any

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.locales import fold
from comet.names.rules import _Rules
from comet.tokens import TokenKind, group, token_pattern

# ---------------------------------------------------------------------------
# Tokens

#: the separators of a name list, and the brackets; every other character that is not a
#: space belongs to a word (``J.-M.``, ``O’Brien``, ``3rd``)
_PUNCT_KINDS = {
    # (the Arabic script's comma and semicolon, ، and ؛, of Arabic, Persian and Urdu lists)
    **dict.fromkeys(",;/|·•、，；،؛", "sep"),
    "&": "amp",
    "(": "open",
    "[": "open",
    ")": "close",
    "]": "close",
}
_EDGE_JUNK = "\"'“”‘’„«»‹›*†‡§¶#✉^`´"
_MARK_TAIL = re.compile(r"(?<=[^\W\d_])[\d¹²³⁰⁴-⁹*†‡§¶#✉]++$")
_SUPER = re.compile(r"[¹²³⁰⁴-⁹ᵃ-ᶻ]++")
#: An affiliation's marker of a letter and a number (``a1``, ``c2``) glued to a word in
#: capitals (``THOMSONa1``): cut where the word's capitals end.
_CAPS_MARK = re.compile(r"[a-z]{1,2}\d{1,2}[*†‡§¶#✉]*$")
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _name_dot(text: str, start: int, end: int) -> bool:
    """The middle dot at ``text[start:end]`` stands between two letters of a script without
    spaces: the interpunct of a foreign name written in Chinese (``克特·米勒``), not a list's
    separator (``Ana Lund · Per Holm``)."""
    return (
        text[start:end] == "·"
        and start > 0
        and end < len(text)
        and bool(_CJK.match(text[start - 1]))
        and bool(_CJK.match(text[end]))
    )


@attrs.define
class _Tok:
    kind: str  # word, sep, amp, open, close, nl
    text: str
    start: int
    end: int
    paren: bool = False
    nick: bool = False  # inside quotes or brackets: a nickname
    joiner: bool = False  # a list word inside a particle run: 'von und zu'
    post: bool = False  # a bracketed suffix: '(Jr.)'
    initial: bool = False  # a lower-case letter read as a middle initial: 'John e Smith'


@attrs.define
class _Chunk:
    words: list[_Tok]
    paren_given: list[_Tok] = attrs.field(factory=list)
    nick: list[_Tok] = attrs.field(factory=list)
    title: list[_Tok] = attrs.field(factory=list)
    suffix: list[_Tok] = attrs.field(factory=list)
    org: bool = False
    cls: str = ""
    lead_particles: int = 0  # capitalised particles first: 'Le Scao', 'De La Cruz'
    cjk: bool = False  # written in a script without spaces between name parts
    # per word: 'o' a given name seldom a family name, 'g' another given name, '-' neither
    known: str = ""
    patronymic_last: bool = False  # three words, the last a patronymic: 'Соколова Ирина Петровна'
    surname_first: bool = False  # opens with a family-first language's surname: 'Phạm Thị Hoa'
    foreign_hangul: bool = False  # a foreign name in Hangul, given name first: '한나 베르크'
    hangul_name: bool = False  # a Korean name in Hangul without a space: '강민서'
    han_family: bool = False  # one Han word, a family-first surname of the locales: '山田'
    memo: dict[str, Any] = attrs.field(factory=dict)

    @property
    def start(self) -> int:
        return min(self.words[0].start, self.title[0].start if self.title else self.words[0].start)

    @property
    def end(self) -> int:
        return max(
            self.words[-1].end,
            self.paren_given[-1].end if self.paren_given else 0,
            self.suffix[-1].end if self.suffix else 0,
            self.nick[-1].end if self.nick else 0,
        )


COMMA, CONN, STRONG = 1, 2, 3

#: the group numbers of two kinds in :func:`comet.tokens.token_pattern`
_SPACE, _PUNCT = group(TokenKind.SPACE), group(TokenKind.PUNCT)


# ---------------------------------------------------------------------------
# Word classes


#: letters of romanisation that carry no case before a capital: ayn and alif/hamza
#: (``ʻAbd``, ``ʼAmram``: ALA-LC romanisation of Arabic and Hebrew)
_MODIFIER_LETTERS = "\u02bb\u02bc\u02bf\u02be\u2018\u2019"


def _is_upper_letter(c: str) -> bool:
    return c.isalpha() and c.isupper()


#: :func:`~comet.locales.fold` of one word, cached (names repeat the same few words)
_wfold = functools.lru_cache(maxsize=16384)(fold)


@functools.lru_cache(maxsize=8192)
def _strict_initials(word: str) -> bool:
    """``J.``, ``J.M.``, ``Ch.``, ``A-K.``, ``H.-J.``, a lone ``J``."""
    parts = [p for p in word.split("-")]
    if not parts or len(parts) > 4:
        return False
    for n, part in enumerate(parts):
        if not part:
            if n == 0 and len(parts) > 1:  # '-J.'
                continue
            return False
        segs = part.split(".")
        last = segs.pop()
        if last and (len(last) != 1 or not _is_upper_letter(last)):
            return False  # no trailing dot: a single capital letter only
        for seg in segs:
            if not 1 <= len(seg) <= 3 or not _is_upper_letter(seg[0]):
                return False
            if any(not (c.isalpha() and c.islower()) for c in seg[1:]):
                return False
        if not segs and not last:
            return False
    return True


def _loose_initials(word: str) -> bool:
    """``JA``, ``PK``: two or three capitals without dots (Vancouver style)."""
    return 2 <= len(word) <= 3 and all(_is_upper_letter(c) for c in word)


def _is_caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_lower_word(word: str) -> bool:
    return bool(word) and word[0].isalpha() and word[0].islower()


def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


class _Ctx:
    """Per-call state: the text, the rules, diagnostics."""

    def __init__(self, text: str, rules: _Rules) -> None:
        self.text = text
        self.rules = rules
        self.diags: list[Diagnostic] = []
        self.role: str | None = None
        self.et_al = False
        # the case of the whole text: in ALL CAPS or all lower case, case tells nothing
        # about particles ('DE LA TORRE'), and one lower-case letter is an initial
        self.all_caps = False
        self.all_lower = False

    def casing(self, w: str) -> bool:
        """Whether ``w`` counts for the case of the text: titles and suffixes do not
        (``Dr. FADI AL BILBEISI`` is a name in capitals)."""
        key = _wfold(w).replace(".", "")
        return key not in self.rules.title_phrases and (key,) not in self.rules.post_phrases

    def set_case(self, toks: list[_Tok]) -> None:
        letters = [
            c
            for t in toks
            if t.kind == "word" and self.casing(t.text)
            for c in t.text
            if c.isalpha()
        ]
        self.all_caps = bool(letters) and not any(c.islower() for c in letters)
        self.all_lower = bool(letters) and not any(c.isupper() for c in letters)

    def diag(self, code: str, message: str, start: int, end: int, warn: bool = False) -> None:
        sev = Severity.WARNING if warn else Severity.INFO
        self.diags.append(Diagnostic(code, message, (start, end), sev))

    # word predicates (locale-aware)
    def particle(self, w: str) -> bool:
        if self.all_caps:
            return _wfold(w) in self.rules.particles
        return _is_lower_word(w) and _wfold(w) in self.rules.particles

    def elided_particle(self, w: str) -> bool:
        """``d’Aubigny``, ``l'Estoile``: a word opened by a particle elided with an
        apostrophe (a locale particle such as ``d’``) and a capital; ``al-Raḥīm``,
        ``el-Sayed``: a particle joined by a hyphen (romanised Arabic articles), the
        capital after it opened by a modifier letter at most (``al-ʻAlawī``)."""
        for i, c in enumerate(w[:6]):
            if c in _APOSTROPHES or c == "-":
                rest = w[i + 1 :].lstrip(_MODIFIER_LETTERS)
                head = w[: i + 1] if c != "-" else w[:i]
                return (
                    i > 0
                    and _wfold(head) in self.rules.particles
                    and rest[:1].isupper()
                    and len(rest) >= 2
                )
        return False

    def any_particle(self, w: str) -> bool:
        if _wfold(w) not in self.rules.particles:
            return False
        return not _strict_initials(w) or sum(c.isalpha() for c in w) >= 2  # 'St.'

    def suffix(self, w: str) -> bool:
        key = _wfold(w)
        if not key.endswith(".") and key in self.rules.needs_dot:
            return False  # 'Sen' is a name, 'Sen.' a suffix
        return key.rstrip(".") in self.rules.suffixes

    def org_word(self, w: str) -> bool:
        return _org_word(self.rules, w)

    def given_name(self, w: str) -> bool:
        """``w`` is a common given name (``[name_grammar] given_names``)."""
        return _wfold(w) in self.rules.given_names

    def patronymic(self, w: str) -> bool:
        """``w`` ends like a patronymic (``[name_grammar] patronymic_endings``: ``Петровна``)
        and is longer than the ending."""
        key = _wfold(w)
        return any(key.endswith(e) and len(key) > len(e) + 1 for e in self.rules.patronymic_endings)

    def known_given(self, w: str) -> bool:
        """``w`` is a given name of any of the locales' lists (``common_given_names`` too)."""
        key = _wfold(w)
        return key in self.rules.given_names or key in self.rules.common_given

    def only_given(self, w: str) -> bool:
        """``w`` is a given name seldom used as a family name (``only_given_names``)."""
        return _wfold(w) in self.rules.only_given

    def connector(self, tok: _Tok) -> bool:
        if tok.kind == "amp":
            return True
        w = tok.text
        if self.all_lower and len(w) == 1 and (w.islower() or _CJK.match(w)):
            # 'lily i pao': an initial; '佐藤 和': a one-character given name (the Arabic
            # script's one-letter 'و' is a conjunction: 'سارا کاویانی و بهرام نوروزی')
            return False
        if self.all_caps and len(w) >= 2 and w.isupper():
            # 'J. SMITH AND K. JONES', 'A. SANZ UND S. ZAMORA': a list in capitals writes its
            # connector in capitals too (one letter, 'Y', may be an initial: not read so)
            return _wfold(w) in self.rules.connectors
        return w == w.lower() and _wfold(w) in self.rules.connectors


@functools.lru_cache(maxsize=4096)
def _org_word(rules: _Rules, w: str) -> bool:
    f = _wfold(w).strip(".'’")
    if len(f.replace(".", "")) <= 2 and _strict_initials(w):
        return False  # 'E.V.' is initials, 'e.V.' an association
    if f in rules.org_words:
        return True
    return any(len(f) > n + 1 and f[-n:] in ends for n, ends in rules.org_endings)


def _tokenize(text: str, offset: int) -> list[_Tok]:
    """The tokens of ``text[offset:]``: the shared tokens (:mod:`comet.tokens`) with a
    newline space read as ``nl``, the separators and brackets of :data:`_PUNCT_KINDS`, and
    every other run between spaces glued into one ``word``."""
    out: list[_Tok] = []
    start = -1  # where the word being glued starts
    end = 0
    kinds = _PUNCT_KINDS
    for m in token_pattern().finditer(text, offset):
        spaces = m.group(1)  # one match a token, with the spaces before it
        if spaces is not None:
            if start >= 0:
                out.append(_Tok("word", text[start:end], start, end))
                start = -1
            if "\n" in spaces:
                out.append(_Tok("nl", spaces, m.start(), m.start() + len(spaces)))
        kind = m.lastindex or _SPACE
        if kind == _SPACE:
            continue  # spaces at the end
        piece = kinds.get(m.group(kind)) if kind == _PUNCT else None
        if piece == "sep" and _name_dot(text, m.start(kind), m.end(kind)):
            piece = None
        if piece is None:  # a piece of a word
            if start < 0:
                start = m.start(kind)
            end = m.end(kind)
            continue
        if start >= 0:
            out.append(_Tok("word", text[start:end], start, end))
            start = -1
        out.append(_Tok(piece, m.group(kind), m.start(kind), m.end(kind)))
    if start >= 0:
        out.append(_Tok("word", text[start:end], start, end))
    return out


_APOSTROPHES = "'’"


def _clean_words(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    out: list[_Tok] = []
    # no word opens a quote: a final apostrophe belongs to its word ('Mari'', a glottal stop
    # in a romanised name), not to a closing quote
    quoted = any(t.kind == "word" and t.text[:1] in _EDGE_JUNK for t in toks)
    toks = _join_elided(toks, ctx)
    for t in toks:
        if t.kind != "word":
            out.append(t)
            continue
        w = _SUPER.sub("", t.text)
        apostrophe = (
            not quoted
            and len(w) >= 3
            and w[-1] in _APOSTROPHES
            and w[-2].isalpha()
            and not any(c in _EDGE_JUNK for c in w[:-1])
        )
        if apostrophe:
            w = w[:-1]
        lead = len(w) - len(w.lstrip(_EDGE_JUNK))
        w = w.strip(_EDGE_JUNK)
        if len(w) >= 3 and w[0] == "." and _is_upper_letter(w[1]) and w[2].isalpha():
            lead += 1  # 'Mr .John': the dot of the word before
            w = w[1:]
        w = w.rstrip(":")
        m = _CAPS_MARK.search(w)
        if m and m.start() >= 2 and w[: m.start()].isupper():
            w = w[: m.start()]  # 'THOMSONa1': an affiliation's letter and number glued
        m = _MARK_TAIL.search(w)
        if m and not ctx.suffix(w):
            w = w[: m.start()]
        if w != t.text.strip(_EDGE_JUNK + ":") or _SUPER.search(t.text):
            ctx.diag(
                "removed-marker", f"removed affiliation marker from {t.text!r}", t.start, t.end
            )
        w = w.strip(_EDGE_JUNK)
        if not w:
            continue
        if apostrophe:
            w += t.text[-1]
        if w in ("…", "...", "..") or (w.endswith("…") and len(w) > 1):
            if w.endswith("…") and len(w) > 1:
                out.append(_Tok("word", w[:-1], t.start, t.end - 1))
            out.append(_Tok("word", "…", t.end - 1, t.end))
            continue
        start = t.start + lead
        # 'A.E.and' -> 'A.E.' + 'and'
        dot = w.rfind(".")
        if 0 < dot < len(w) - 1 and _strict_initials(w[: dot + 1]):
            tail = w[dot + 1 :]
            if tail.islower() and _wfold(tail) in ctx.rules.connectors:
                ctx.diag("split-initials", f"split {w!r} before {tail!r}", t.start, t.end)
                out.append(_Tok("word", w[: dot + 1], start, start + dot + 1))
                out.append(_Tok("word", tail, start + dot + 1, t.end))
                continue
        # 'M.Monitor' -> 'M.' + 'Monitor'
        cut = _glued_initial(w)
        if cut:
            ctx.diag("split-initials", f"split {w!r} after its initials", t.start, t.end)
            out.append(_Tok("word", w[:cut], start, start + cut))
            out.append(_Tok("word", w[cut:], start + cut, t.end))
            continue
        out.append(_Tok("word", w, start, t.end))
    return out


def _join_elided(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """``O' Brien``, ``D’ Angelo``: an elided prefix written apart from its name is one word."""
    out: list[_Tok] = []
    for t in toks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and t.kind == "word"
            and prev.kind == "word"
            and t.start - prev.end <= 2
            and (
                (  # "O' Brien"
                    len(prev.text) == 2
                    and _is_upper_letter(prev.text[0])
                    and prev.text[1] in _APOSTROPHES
                    and _is_upper_letter(t.text[:1])
                )
                or (  # "O 'Brien"
                    len(prev.text) == 1
                    and _is_upper_letter(prev.text)
                    and len(t.text) >= 3
                    and t.text[0] in _APOSTROPHES
                    and _is_upper_letter(t.text[1])
                    and t.text[2:].isalpha()
                )
            )
        ):
            ctx.diag("joined-split-word", "joined an elided prefix to its name", prev.start, t.end)
            out[-1] = _Tok("word", ctx.text[prev.start : t.end], prev.start, t.end)
            continue
        out.append(t)
    return out


def _glued_initial(w: str) -> int:
    """Index where ``M.Monitor`` splits, or ``G.CARDONA`` in capitals (a family name of
    four capitals or more after the initials; ``E.ON`` stays whole); 0: no split."""
    if "." not in w[:8]:
        return 0
    for i, c in enumerate(w[:8]):
        if c == "." and i + 3 < len(w):
            head, tail = w[: i + 1], w[i + 1 :]
            if _strict_initials(head) and _is_upper_letter(tail[0]):
                if tail[1:3].isalpha() and tail[1:3].islower():
                    return i + 1
                if len(tail) >= GLUED_CAPS_FAMILY and tail.isalpha() and tail.isupper():
                    return i + 1
    return 0


#: letters at least of a family name in capitals glued after initials (``G.CARDONA``)
GLUED_CAPS_FAMILY = 4


def _join_hyphens(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """``Aaramo- Immonen`` -> ``Aaramo-Immonen``; ``H. -J.`` -> ``H.-J.``."""
    out: list[_Tok] = []
    for k, t in enumerate(toks):
        prev = out[-1] if out else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            t.kind == "word"
            and prev is not None
            and prev.text == "-"
            and len(out) >= 2
            and out[-2].kind == "word"
            and out[-2].end < prev.start
            and t.start > prev.end
            and _is_upper_letter(t.text[:1])
            and t.text[1:2].isalpha()
            and out[-2].text[-2:].isalpha()
            and (nxt is None or nxt.kind != "word")  # the name ends: 'Aaramo - Immonen, A.'
        ):  # 'Aaramo - Immonen': a hyphen with spaces around it
            first = out[-2]
            ctx.diag("joined-hyphen", "joined a name split at its hyphen", first.start, t.end)
            out[-2:] = [
                _Tok("word", ctx.text[first.start : t.end], first.start, t.end, first.paren)
            ]
            continue
        if (
            prev is not None
            and prev.kind == "word"
            and prev.text in ("-", "–")
            and len(out) >= 2
            and out[-2].kind == "word"
            and t.kind == "word"
            and out[-2].end < prev.start
            and t.start > prev.end
        ):  # 'Berg A - Holm B': a dash with spaces around it between two names separates them
            out[-1] = _Tok("sep", ",", prev.start, prev.end)
        if (
            t.kind == "word"
            and prev is not None
            and prev.kind == "word"
            and (
                (prev.text.endswith("-") and len(prev.text) > 1 and t.text[0].isalpha())
                or (t.text.startswith("-") and len(t.text) > 1 and prev.text[-1:].isalpha())
                or (t.text.startswith("-") and len(t.text) > 1 and prev.text.endswith("."))
            )
        ):
            ctx.diag("joined-hyphen", "joined a name split at its hyphen", prev.start, t.end)
            out[-1] = _Tok("word", prev.text + t.text, prev.start, t.end, prev.paren)
            continue
        out.append(t)
    return out


def _chunks(toks: list[_Tok], ctx: _Ctx) -> tuple[list[_Chunk], list[int]]:
    """Words grouped into chunks; ``seps[i]`` is the separator after chunk ``i``."""
    chunks: list[_Chunk] = []
    seps: list[int] = []
    cur: list[_Tok] = []
    paren: list[_Tok] = []
    nick: list[_Tok] = []
    post: list[_Tok] = []
    pending = 0
    head = _one_name_head(toks, ctx)
    if head is not None:
        mid = head[1]
        if (
            len(mid.text) == 1
            and mid.text.islower()
            and head[0].text[:1].isupper()
            # 'Silva e Santos' stays two names; after a given name the letter is an
            # initial ('Margaret e Lund', 'Amy y Holt')
            and (not ctx.connector(mid) or ctx.given_name(head[0].text))
            and not ctx.particle(mid.text)  # 'Seán ó Briain'
        ):
            mid.initial = True  # 'Yin a Le': a middle initial, not an affiliation mark
    for k, t in enumerate(toks):
        if t.kind == "word" and t.nick:
            nick.append(t)
            continue
        if t.kind == "word" and t.post:
            post.append(t)
            continue
        if (
            t.kind == "word"
            and ctx.connector(t)
            and 0 < k < len(toks) - 1
            and toks[k - 1].kind == "word"
            and toks[k + 1].kind == "word"
            and ctx.particle(toks[k - 1].text)
            and ctx.particle(toks[k + 1].text)
        ):
            t.joiner = True  # 'von und zu Brenkhausen': one particle run
        if (
            t.kind in ("word", "amp")
            and ctx.connector(t)
            and 0 < k < len(toks) - 2
            and toks[k - 1].kind == "word"
            and toks[k + 1].kind == "word"
            and _one_title(toks[k - 1].text, ctx)
            and _one_title(toks[k + 1].text, ctx)
        ):
            t.joiner = True  # 'Mr. and Mrs. Ann Lee': one title
        if (t.kind == "word" or t.joiner) and (t.joiner or t.initial or not ctx.connector(t)):
            if t.paren:
                paren.append(t)
                continue
            if paren or (pending and cur):
                if cur:
                    chunks.append(_Chunk(cur, paren, nick, [], post))
                    seps.append(max(pending, COMMA))
                cur, paren, nick, post = [], [], [], []
                pending = 0
            cur.append(t)
            continue
        if t.kind == "word" or t.kind == "amp":
            strength = CONN
        elif t.kind == "nl" or (t.kind == "sep" and t.text not in ",、，،"):
            strength = STRONG
        else:
            strength = COMMA
        if cur:
            pending = max(pending, strength)
    if cur:
        chunks.append(_Chunk(cur, paren, nick, [], post))
    return chunks, seps


def _one_title(word: str, ctx: _Ctx) -> bool:
    """``word`` alone is a title (``Mr.``, ``Dr``)."""
    key = _wfold(word).replace(".", "")
    return (key,) in ctx.rules.title_phrases.get(key, ())


def _one_name_head(toks: list[_Tok], ctx: _Ctx) -> list[_Tok] | None:
    """The three words of a text that is one three-word name, perhaps with suffixes after
    it (``Yin a Le``, ``Margaret e Lund, III``), else ``None``."""
    k = 0
    while k < len(toks) and toks[k].kind == "word":
        k += 1
    if k < 3:
        return None
    for t in toks[3:]:
        if t.kind == "sep" and t.text == ",":
            continue
        if t.kind == "word" and (_wfold(t.text).replace(".", ""),) in ctx.rules.post_phrases:
            continue
        return None
    return toks[:3]
