"""Person names and author lists: ``parse_names``, ``parse_name`` and :class:`Person`.

An author string is read as a whole list: whether it is written ``Family, Given, Family,
Given`` or ``Given Family, Given Family`` is decided from the pattern of the *whole* list
(initials, comma counts, where the connectors ``and``/``&``/``og``/``och``/``und``… stand),
and a reading that is a guess is reported in the diagnostics.

>>> names = parse_names("Berg, Anna and Holm, Peter")
>>> [p.display() for p in names], names.order
(['Berg, Anna', 'Holm, Peter'], <NameOrder.FAMILY_FIRST: 'family-first'>)
>>> [p.display() for p in parse_names("Lars Bo Nielsen, Catherine Smith")]
['Nielsen, Lars Bo', 'Smith, Catherine']
>>> [p.display() for p in parse_names("Olsson, J., Berg M., Hysing E., Kristianssen A-K., Petersén, A.")]
['Olsson, J.', 'Berg, M.', 'Hysing, E.', 'Kristianssen, A-K.', 'Petersén, A.']
>>> p = parse_name("van der Berg, J.")
>>> p.particle, p.family, p.given, p.initials
('van der', 'Berg', 'J.', 'J.')
>>> p.to_csl()
{'family': 'Berg', 'given': 'J.', 'non-dropping-particle': 'van der'}
>>> parse_name("Växjö kommun").literal
'Växjö kommun'
>>> parse_name("Møller, A.").match_key == parse_name("Moller, Anne").match_key
True
>>> parse_name("Petersén, A.").sort_key
'petersen a'

Conventions (``docs/names.md``): in given-first order the *last* word is the family name
(``Lars Bo Nielsen`` → family ``Nielsen``, given ``Lars Bo``) with the
particles before it (``Ludwig van Beethoven`` → particle ``van``); after a comma a
multi-word family name stays whole (``Narbutaite Aflaki, I.``).  ``raw`` always keeps the
name as written.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from typing import Any, Literal, overload

import attrs
from unidecode import unidecode

from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode
from comet.locales import LocaleRules, fold, merged_index, resolve
from comet.records import Parsed, RecordMixin, fail, run

__all__ = [
    "MAX_LENGTH",
    "NameOrder",
    "Person",
    "PersonList",
    "parse_name",
    "parse_names",
]

#: Longest author string accepted (physics collaborations list hundreds of names).
MAX_LENGTH = 20_000

LocalesArg = str | LocaleRules | Iterable[str | LocaleRules] | None


class NameOrder(StrEnum):
    """How the names of a list are written."""

    #: ``Family, Given`` (also ``Family Initials``, Vancouver ``Smith JA``).
    FAMILY_FIRST = "family-first"
    #: ``Given Family``.
    GIVEN_FIRST = "given-first"
    #: The first name inverted, the rest given-first (MLA: ``Smith, John, and Jane Doe``).
    MIXED = "mixed"


def _opt_str(value: str | None) -> str | None:
    return value if value else None


def _ascii_fold(text: str) -> str:
    """unidecode + casefold, runs of non-alphanumerics to one space."""
    out = unidecode(text).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", out).split())


@attrs.frozen
class Person(RecordMixin):
    """One name: a person (``family``, ``given``…) or an organisation (``literal``).

    ``particle`` holds lower-case name particles (``van der``, ``de la``, ``von``); they are
    CSL *non-dropping* particles unless the page wrote them after the given name
    (``Beethoven, Ludwig van``), when ``dropping_particle`` is ``True``.  ``initials`` are
    derived from ``given`` (``Julie Borup`` → ``J. B.``).  ``raw`` is the name as written.
    """

    family: str | None = attrs.field(default=None, converter=_opt_str)
    given: str | None = attrs.field(default=None, converter=_opt_str)
    particle: str | None = attrs.field(default=None, converter=_opt_str)
    suffix: str | None = attrs.field(default=None, converter=_opt_str)
    initials: str | None = attrs.field(default=None, converter=_opt_str)
    literal: str | None = attrs.field(default=None, converter=_opt_str)
    dropping_particle: bool = False
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def is_organisation(self) -> bool:
        """``True`` for a ``literal`` name (an organisation or an unsplittable name)."""
        return self.literal is not None

    @property
    def full_family(self) -> str:
        """Family name with a non-dropping particle in front (``van der Berg``)."""
        if self.literal is not None:
            return self.literal
        parts = [self.particle] if self.particle and not self.dropping_particle else []
        parts.append(self.family or "")
        return " ".join(p for p in parts if p)

    @property
    def sort_key(self) -> str:
        """ASCII, case-folded key for sorting: family, given, then particle (CSL's default
        demotion of particles): ``Petersén, A.`` → ``petersen a``."""
        if self.literal is not None:
            return _ascii_fold(self.literal)
        return _ascii_fold(" ".join(p for p in (self.family, self.given, self.particle) if p))

    @property
    def match_key(self) -> str:
        """Key for matching the same person across sources: ASCII family name with particle
        (letters and digits only) and the first initial, ``moller|a`` for ``Møller, Anne``
        and ``Moller, A.``."""
        if self.literal is not None:
            return _ascii_fold(self.literal).replace(" ", "")
        fam = _ascii_fold(self.full_family).replace(" ", "")
        first = _ascii_fold(self.given or "")[:1]
        return f"{fam}|{first}"

    def display(self, *, given_first: bool = False) -> str:
        """The name in citation order, ``Family, Given`` (``van der Berg, J.``,
        ``Smith, John, Jr.``); ``given_first=True`` gives ``John Smith Jr.``."""
        if self.literal is not None:
            return self.literal
        family = self.full_family
        given = self.given or ""
        if self.particle and self.dropping_particle:
            given = f"{given} {self.particle}".strip()
        if given_first:
            return " ".join(p for p in (given, family, self.suffix) if p)
        out = family
        if given:
            out = f"{out}, {given}" if out else given
        if self.suffix:
            out = f"{out}, {self.suffix}"
        return out

    def to_csl(self) -> dict[str, str]:
        """A CSL-JSON name object."""
        if self.literal is not None:
            return {"literal": self.literal}
        out: dict[str, str] = {}
        if self.family:
            out["family"] = self.family
        if self.given:
            out["given"] = self.given
        if self.particle:
            key = "dropping-particle" if self.dropping_particle else "non-dropping-particle"
            out[key] = self.particle
        if self.suffix:
            out["suffix"] = self.suffix
        return out

    def __str__(self) -> str:
        return self.display()


@attrs.frozen
class PersonList(RecordMixin):
    """The names of one author (or editor) string, in order.

    ``et_al`` is ``True`` when the list ends in ``et al.`` (``u. a.``, ``m.fl.``, ``…``);
    ``order`` says how the list is written (``None`` when no name has a given name);
    ``role`` is ``editor`` or ``translator`` when the string says so (``(eds.)``,
    ``Hrsg.``, ``edited by``), else ``None``.  Iterable, indexable and ``len``-able.
    """

    persons: tuple[Person, ...] = ()
    et_al: bool = False
    order: NameOrder | None = attrs.field(
        default=None, converter=attrs.converters.optional(NameOrder)
    )
    role: str | None = None
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.persons)

    def __len__(self) -> int:
        return len(self.persons)

    def __getitem__(self, index: int) -> Person:
        return self.persons[index]

    def to_csl(self) -> list[dict[str, str]]:
        """CSL-JSON name objects, in order."""
        return [p.to_csl() for p in self.persons]


# ---------------------------------------------------------------------------
# Locale-derived tables


@attrs.frozen(eq=False)
class _Rules:
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> variants
    connectors: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    titles: frozenset[str]
    degrees: frozenset[str]
    org_words: frozenset[str]
    org_endings: tuple[tuple[int, frozenset[str]], ...]  # by length
    labels: frozenset[str]
    prefix_re: re.Pattern[str] | None
    prefix_keys: Mapping[str, tuple[str, ...]]


def _dotless(word: str) -> str:
    return word.replace(".", "")


def _variants(term: str) -> set[tuple[str, ...]]:
    words = tuple(fold(term).split())
    out = {words}
    letters = sum(len(_dotless(w)) for w in words)
    if len(words) > 1 or letters >= 3:
        dl = tuple(w for w in (_dotless(w) for w in words) if w)
        if dl:
            out.add(dl)
    if len(words) > 1:
        out.add(("".join(words),))
        out.add((".".join(w.rstrip(".") for w in words) + ".",))
    return out


def _by_length(endings: Iterable[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    table: dict[int, set[str]] = {}
    for e in endings:
        table.setdefault(len(e), set()).add(e)
    return tuple((n, frozenset(v)) for n, v in sorted(table.items()))


_PHRASE_KEYS = ("et_al", "editor", "editors", "translator")


@functools.cache
def _rules(locales: tuple[LocaleRules, ...]) -> _Rules:
    idx = merged_index("person_names", locales)

    def terms(key: str) -> list[str]:
        return [t for t, keys in idx.items() if key in keys]

    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key in _PHRASE_KEYS:
        for term in terms(key):
            for var in _variants(term):
                table.setdefault(var[0], []).append((var, key))
    phrases = {k: tuple(sorted(set(v), key=lambda x: -len(x[0]))) for k, v in table.items()}
    org = terms("organisation_words")
    prefix_terms = [t for t in idx if set(idx[t]) & {"author", "editor", "editors", "translator"}]
    prefix_re = None
    if prefix_terms:
        alt = "|".join(re.escape(t) for t in sorted(prefix_terms, key=len, reverse=True))
        prefix_re = re.compile(
            rf"\s*+(?P<term>{alt})(?!\w)(?:\s*+\(s\))?\s*+(?P<colon>:)?\s*+", re.I
        )
    return _Rules(
        phrases=phrases,
        connectors=frozenset(terms("and")),
        particles=frozenset(t for t in terms("particles") if " " not in t),
        suffixes=frozenset(t.rstrip(".") for t in terms("suffixes")),
        titles=frozenset(t.rstrip(".") for t in terms("titles")),
        degrees=frozenset(t.replace(" ", "") for t in terms("degrees")),
        org_words=frozenset(t.rstrip(".") for t in org if not t.startswith("-")),
        org_endings=_by_length(t[1:] for t in org if t.startswith("-")),
        labels=frozenset(terms("author")),
        prefix_re=prefix_re,
        prefix_keys={t: idx[t] for t in prefix_terms},
    )


# ---------------------------------------------------------------------------
# Tokens

_TOKEN = re.compile(
    r"(?P<nl>[^\S\n]*+\n\s*+)"
    r"|(?P<ws>[^\S\n]++)"
    r"|(?P<sep>[,;/|·•、，；])"
    r"|(?P<amp>&)"
    r"|(?P<open>[(\[])"
    r"|(?P<close>[)\]])"
    r"|(?P<word>[^\s,;/|·•、，；&()\[\]]++)"
)
_EDGE_JUNK = "\"'“”‘’„«»‹›*†‡§¶#✉^`´"
_MARK_TAIL = re.compile(r"(?<=[^\W\d_])[\d¹²³⁰⁴-⁹*†‡§¶#✉]++$")
_SUPER = re.compile(r"[¹²³⁰⁴-⁹ᵃ-ᶻ]++")
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@attrs.define
class _Tok:
    kind: str  # word, sep, amp, open, close, nl
    text: str
    start: int
    end: int
    paren: bool = False


@attrs.define
class _Chunk:
    words: list[_Tok]
    paren_given: list[_Tok] = attrs.field(factory=list)
    org: bool = False
    cls: str = ""
    lead_particles: int = 0  # capitalised particles first: 'Le Scao', 'De La Cruz'
    cjk: bool = False  # written in a script without spaces between name parts
    memo: dict[str, Any] = attrs.field(factory=dict)

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return max(self.words[-1].end, self.paren_given[-1].end if self.paren_given else 0)


COMMA, CONN, STRONG = 1, 2, 3


# ---------------------------------------------------------------------------
# Word classes


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

    def diag(self, code: str, message: str, start: int, end: int, warn: bool = False) -> None:
        sev = Severity.WARNING if warn else Severity.INFO
        self.diags.append(Diagnostic(code, message, (start, end), sev))

    # word predicates (locale-aware)
    def particle(self, w: str) -> bool:
        return _is_lower_word(w) and _wfold(w) in self.rules.particles

    def any_particle(self, w: str) -> bool:
        return _wfold(w) in self.rules.particles and not _strict_initials(w)

    def suffix(self, w: str) -> bool:
        return _wfold(w).rstrip(".") in self.rules.suffixes

    def org_word(self, w: str) -> bool:
        return _org_word(self.rules, w)

    def connector(self, tok: _Tok) -> bool:
        if tok.kind == "amp":
            return True
        w = tok.text
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
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, offset):
        kind = m.lastgroup or "ws"
        if kind == "ws":
            continue
        out.append(_Tok(kind, m.group(), m.start(), m.end()))
    return out


def _clean_words(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    out: list[_Tok] = []
    for t in toks:
        if t.kind != "word":
            out.append(t)
            continue
        w = _SUPER.sub("", t.text)
        lead = len(w) - len(w.lstrip(_EDGE_JUNK))
        w = w.strip(_EDGE_JUNK)
        w = w.rstrip(":")
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


def _glued_initial(w: str) -> int:
    """Index where ``M.Monitor`` splits (0: no split)."""
    if "." not in w[:8]:
        return 0
    for i, c in enumerate(w[:8]):
        if c == "." and i + 3 < len(w):
            head, tail = w[: i + 1], w[i + 1 :]
            if (
                _strict_initials(head)
                and _is_upper_letter(tail[0])
                and tail[1:3].isalpha()
                and tail[1:3].islower()
            ):
                return i + 1
    return 0


def _join_hyphens(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """``Aaramo- Immonen`` -> ``Aaramo-Immonen``; ``H. -J.`` -> ``H.-J.``."""
    out: list[_Tok] = []
    for t in toks:
        prev = out[-1] if out else None
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


def _phrase_at(
    toks: list[_Tok], i: int, ctx: _Ctx, in_brackets: bool = False
) -> tuple[int, str] | None:
    """``(n_tokens, key)`` of a role or et-al phrase starting at ``toks[i]``."""
    t = toks[i]
    if t.kind != "word":
        return None
    cands = ctx.rules.phrases.get(_wfold(t.text)) or ctx.rules.phrases.get(_dotless(_wfold(t.text)))
    if not cands:
        return None
    for words, key in cands:
        n = len(words)
        if i + n > len(toks):
            continue
        seg = toks[i : i + n]
        if all(
            s.kind == "word"
            and (in_brackets or not _strict_initials(s.text))
            and (_wfold(s.text) == w or _dotless(_wfold(s.text)) == w)
            for s, w in zip(seg, words, strict=True)
        ):
            return n, key
    return None


def _paren_given(words: list[_Tok], before: _Tok) -> bool:
    if all(_strict_initials(x.text) for x in words):
        return True
    return (
        len(words) <= 3
        and _is_caps_word(before.text)
        and all(x.text[:1].isupper() and not _is_caps_word(x.text) for x in words)
    )


def _is_boundary(toks: list[_Tok], j: int) -> bool:
    return j >= len(toks) or toks[j].kind in ("sep", "nl", "close", "amp")


def _strip_phrases(toks: list[_Tok], ctx: _Ctx) -> list[_Tok]:
    """Remove role markers (``(eds.)``, ``Hrsg.``), ``et al.`` and noise in brackets."""
    out: list[_Tok] = []
    i = 0
    n = len(toks)
    last_word = max((j for j, x in enumerate(toks) if x.kind == "word"), default=-1)
    while i < n:
        t = toks[i]
        if t.kind == "open":
            j = i + 1
            while j < n and toks[j].kind not in ("close", "open") and j - i < 12:
                j += 1
            if j < n and toks[j].kind == "close":
                inner = toks[i + 1 : j]
                words = [x for x in inner if x.kind == "word"]
                ph = _phrase_at(toks, i + 1, ctx, in_brackets=True) if words else None
                if ph is not None and ph[0] == len(inner):
                    _set_phrase(ph[1], ctx, t.start, toks[j].end, inside=True, at_end=True)
                elif words and out and _paren_given(words, out[-1]):
                    if out[-1].kind == "word":  # French 'DUPONT (J.)', 'DUPONT (Jean)'
                        for x in words:
                            out.append(_Tok("word", x.text, x.start, x.end, paren=True))
                    else:
                        ctx.diag("removed-non-name", "removed bracketed text", t.start, toks[j].end)
                elif inner:
                    ctx.diag("removed-non-name", "removed bracketed text", t.start, toks[j].end)
                i = j + 1
                continue
            ctx.diag("removed-non-name", "removed an unmatched bracket", t.start, t.end)
            i += 1
            continue
        if t.kind == "close":
            ctx.diag("removed-non-name", "removed an unmatched bracket", t.start, t.end)
            i += 1
            continue
        if t.kind == "word":
            ph = _phrase_at(toks, i, ctx)
            if ph is not None:
                k, key = ph
                last = toks[i + k - 1]
                at_end = _is_boundary(toks, i + k)
                has_name_before = any(x.kind == "word" for x in out)
                if key == "et_al":
                    rest = last_word >= i + k
                    if rest:
                        ctx.diag(
                            "et-al-inside-list",
                            "removed 'et al.' followed by more names",
                            t.start,
                            last.end,
                            warn=True,
                        )
                    else:
                        ctx.et_al = True
                        ctx.diag("et-al", "the list ends in 'et al.'", t.start, last.end)
                    i += k
                    continue
                strong = "." in t.text or k > 1 or len(t.text) >= 6
                if at_end and has_name_before and strong:
                    _set_phrase(key, ctx, t.start, last.end, inside=False, at_end=True)
                    i += k
                    continue
            if not _has_letter(t.text):
                ctx.diag("removed-non-name", f"removed {t.text!r}", t.start, t.end)
                i += 1
                continue
        out.append(t)
        i += 1
    return out


def _set_phrase(key: str, ctx: _Ctx, start: int, end: int, *, inside: bool, at_end: bool) -> None:
    role = "translator" if key == "translator" else "editor"
    if ctx.role is None:
        ctx.role = role
    ctx.diag("removed-role", f"removed the role marker ({role})", start, end)


def _chunks(toks: list[_Tok], ctx: _Ctx) -> tuple[list[_Chunk], list[int]]:
    """Words grouped into chunks; ``seps[i]`` is the separator after chunk ``i``."""
    chunks: list[_Chunk] = []
    seps: list[int] = []
    cur: list[_Tok] = []
    paren: list[_Tok] = []
    pending = 0
    for t in toks:
        if t.kind == "word" and not ctx.connector(t):
            if t.paren:
                paren.append(t)
                continue
            if paren or (pending and cur):
                if cur:
                    chunks.append(_Chunk(cur, paren))
                    seps.append(max(pending, COMMA))
                cur, paren = [], []
                pending = 0
            cur.append(t)
            continue
        if t.kind == "word" or t.kind == "amp":
            strength = CONN
        elif t.kind == "nl" or (t.kind == "sep" and t.text not in ",、，"):
            strength = STRONG
        else:
            strength = COMMA
        if cur:
            pending = max(pending, strength)
    if cur:
        chunks.append(_Chunk(cur, paren))
    return chunks, seps


# ---------------------------------------------------------------------------
# Chunk repairs and classes


def _fix_chunk(ch: _Chunk, ctx: _Ctx, all_caps_input: bool) -> _Chunk | None:
    ws = ch.words
    # trailing affiliation letter: 'Mahir Yazar a'
    while (
        len(ws) >= 2
        and len(ws[-1].text) == 1
        and "a" <= ws[-1].text <= "z"
        and ws[-2].text[:1].isupper()
    ):
        ctx.diag("removed-marker", "removed an affiliation letter", ws[-1].start, ws[-1].end)
        ws = ws[:-1]
    # a word split by the copy: 'Tõ nurist' -> 'Tõnurist'
    out: list[_Tok] = []
    for w in ws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _is_lower_word(w.text)
            and not ctx.any_particle(w.text)
            and not ctx.org_word(w.text)
            and prev.text[:1].isupper()
            and not prev.text.endswith(".")
            and (len(prev.text) <= 3 or not prev.text[-1].isascii())
            and len(w.text) >= 2
        ):
            ctx.diag("joined-split-word", "joined a word split by the copy", prev.start, w.end)
            out[-1] = _Tok("word", prev.text + w.text, prev.start, w.end)
            continue
        out.append(w)
    ws = out
    # titles before a name: 'Dr. Jane Smith'
    while len(ws) >= 2 and _wfold(ws[0].text).rstrip(".") in ctx.rules.titles:
        ctx.diag("removed-title", f"removed the title {ws[0].text!r}", ws[0].start, ws[0].end)
        ws = ws[1:]
    if not ws:
        return None
    if all(len(w.text) == 1 and "a" <= w.text <= "z" for w in ws):
        ctx.diag("removed-marker", "removed affiliation letters", ws[0].start, ws[-1].end)
        return None
    ch = _Chunk(ws, ch.paren_given)
    ch.org = any(ctx.org_word(w.text) for w in ws)
    ch.cjk = bool(_CJK.search(" ".join(w.text for w in ws)))
    ch.cls = "".join(_cls(ctx.rules, w.text, all_caps_input) for w in ws)
    k = 0
    while k < len(ws) - 1 and ch.cls[k] == "W" and ctx.any_particle(ws[k].text):
        k += 1
    ch.lead_particles = k
    return ch


@functools.lru_cache(maxsize=8192)
def _cls(rules: _Rules, w: str, all_caps_input: bool) -> str:
    """One letter per word: I initials, i loose initials, P particle, S suffix,
    C capitals (in mixed-case text), L other lower-case word, W word."""
    ctx = _Ctx("", rules)
    if ctx.suffix(w) and (not _loose_initials(w) or w in ("II", "III", "IV")):
        return "S"
    if ctx.org_word(w) and not _loose_initials(w):
        return "W"
    if _strict_initials(w):
        return "I"
    if _loose_initials(w):
        return "i"
    if ctx.particle(w):
        return "P"
    if _is_lower_word(w):
        return "L"
    if not all_caps_input and _is_caps_word(w):
        return "C"
    return "W"


def _is_degree(ch: _Chunk, ctx: _Ctx) -> bool:
    key = _wfold("".join(w.text for w in ch.words))
    return key in ctx.rules.degrees


# ---------------------------------------------------------------------------
# Person candidates
#
# A candidate is (cost, kind, payload).  Lower cost is a more likely reading.

_Cand = tuple[float, str, tuple[Any, ...]]
FF, GF, NEUTRAL = "ff", "gf", "neutral"

FO_COST = 0.8  # a family name alone
HETERO = 1.5  # a family name alone in a list of full names
CROSS = 1.0  # a name written in the other order than the rest of its list


def _single(ch: _Chunk, acronym_ok: bool) -> list[tuple[float, str, str]]:
    """Readings of one chunk as one name: (cost, order, kind)."""
    key = "single1" if acronym_ok else "single0"
    got: list[tuple[float, str, str]] | None = ch.memo.get(key)
    if got is None:
        got = ch.memo[key] = _single_impl(ch, acronym_ok)
    return got


def _single_impl(ch: _Chunk, acronym_ok: bool) -> list[tuple[float, str, str]]:
    c = ch.cls
    out: list[tuple[float, str, str]] = []
    if ch.paren_given:
        if set(c) != {"I"}:
            out.append((0.0, FF, "paren"))
        return out
    if ch.org:
        out.append((0.2, NEUTRAL, "org"))
        return out
    if ch.cjk:
        if len(ch.words) == 2 and all(_CJK.match(w.text) for w in ch.words):
            out.append((0.1, FF, "cjk"))  # '萩原 雅也': family first
        out.append((0.2, NEUTRAL, "org"))
        return out
    core = c.rstrip("S")
    if not core:
        return out
    if set(core) <= {"I", "i"}:
        if acronym_ok and len(core) == 1 and c == "i":
            out.append((0.6, NEUTRAL, "acronym"))
        return out
    n_words = sum(1 for x in core if x in "WC")
    if "L" in core:
        if n_words + core.count("L") >= 3:
            out.append((2.5, NEUTRAL, "org"))
        return out
    if "C" in core and "W" in core:
        first_c, last_c = core.find("C"), core.rfind("C")
        if first_c == 0 or core[0] == "P":
            if set(core[last_c + 1 :]) <= {"W", "I", "i"}:
                out.append((0.3, FF, "caps-first"))
        elif set(core[first_c:]) <= {"C", "P"}:
            out.append((0.3, GF, "caps-last"))
    # capitals mark the family name in mixed-case text ('GAÏTI Brigitte'): other readings
    # of such a chunk are unlikely
    caps_penalty = 1.0 if "C" in core and "W" in core else 0.0
    stripped = core.rstrip("Ii")
    if stripped != core and stripped and set(stripped) <= {"W", "C", "P"} and stripped[-1] in "WC":
        loose = "i" in core[len(stripped) :]
        n = sum(1 for x in stripped if x in "WC")
        cost = 0.2 + (0.2 if loose else 0.0) + 0.8 * (n - 1) + caps_penalty
        out.append((cost, FF, "vancouver"))
    lead = core.lstrip("Ii")
    if lead != core and lead and lead[-1] in "WC":
        loose = "i" in core[: len(core) - len(lead)]
        mid = lead[:-1]
        if all(x in "WCPIi" for x in mid):
            cost = (0.3 if loose else 0.0) + 0.3 * mid.count("W") + caps_penalty
            out.append((cost, GF, "given-first"))
    if lead == core and core[-1] in "WC" and n_words >= 2:
        inner = core[1:-1]
        if all(x in "WCPIi" for x in inner):
            cost = {2: 0.2, 3: 0.4, 4: 1.2}.get(n_words, 3.0) + caps_penalty
            out.append((cost, GF, "given-first"))
    if ch.lead_particles and n_words == ch.lead_particles + 1 and set(core) <= {"W", "C", "P"}:
        out.append((FO_COST, NEUTRAL, "family"))  # 'Le Scao'
    if n_words == 1 and set(core) <= {"W", "C", "P"} and core[-1] in "WC":
        if (
            acronym_ok
            and c in ("C", "W")
            and _is_caps_word(ch.words[0].text)
            and len(ch.words[0].text) <= 5
        ):
            out.append((0.6, NEUTRAL, "acronym"))
        out.append((FO_COST, NEUTRAL, "family"))
    return out


def _family_ok(ch: _Chunk) -> float | None:
    """Cost of ``ch`` as the family part of ``Family, Given``."""
    if ch.org or ch.paren_given:
        return None
    core = ch.cls.rstrip("S")
    if not core or not set(core) <= {"W", "C", "P"} or core[-1] == "P":
        return None
    n = sum(1 for x in core if x in "WC") - ch.lead_particles
    return {1: 0.0, 2: 1.2, 3: 2.5}.get(n, 5.0)


def _given_ok(ch: _Chunk) -> float | None:
    """Cost of ``ch`` as the given part of ``Family, Given``."""
    if ch.org or ch.paren_given:
        return None
    c = ch.cls.rstrip("S")
    core = c.rstrip("P")
    if not core or not set(core) <= {"W", "I", "i", "C"} or core[0] == "P":
        return None
    n = sum(1 for x in core if x in "WC")
    if n == 0:
        return 0.0
    if n < len(core):
        return 0.3 + 0.3 * (n - 1)
    return {1: 0.5, 2: 1.0, 3: 1.8, 4: 3.0}.get(n)


@attrs.frozen
class _Reading:
    cost: float
    mode: str
    people: tuple[tuple[str, tuple[int, ...]], ...]  # (kind, chunk indices)


def _dp(
    chunks: list[_Chunk],
    seps: list[int],
    mode: str,
    start: int,
    acronym_ok: bool,
) -> tuple[float, list[tuple[str, tuple[int, ...]]]] | None:
    """Cheapest split of ``chunks[start:]`` into names written in ``mode``."""
    n = len(chunks)
    inf = float("inf")
    best: list[float] = [inf] * (n + 1)
    back: list[tuple[str, tuple[int, ...]] | None] = [None] * (n + 1)
    best[n] = 0.0
    fo_cost = FO_COST if mode == "fo" else FO_COST + HETERO
    for i in range(n - 1, start - 1, -1):
        ch = chunks[i]
        cands: list[tuple[float, str, tuple[int, ...]]] = []
        for cost, order, kind in _single(ch, acronym_ok):
            if kind == "family":
                cost = fo_cost
            elif kind == "acronym" and mode != "fo":
                cost += HETERO
            elif mode == "fo" and kind not in ("org", "acronym"):
                continue
            if order not in (NEUTRAL, mode):
                # a name in the other order inside a list ('Fritsche, A.E. and P. Claeys')
                cross = (mode == FF and kind == "given-first" and ch.cls[:1] == "I") or (
                    mode == GF and kind == "vancouver"
                )
                if not cross:
                    continue
                cost += CROSS
            cands.append((cost, kind, (i,)))
        if mode == FF and i + 1 < n and seps[i] == COMMA:
            fc, gc = _family_ok(ch), _given_ok(chunks[i + 1])
            if fc is not None and gc is not None:
                cands.append((fc + gc, "pair", (i, i + 1)))
                third = chunks[i + 2].cls if i + 2 < n and seps[i + 1] == COMMA else ""
                if third and (set(third) <= {"S"} or set(third) <= {"P"}):
                    cands.append((fc + gc, "pair", (i, i + 1, i + 2)))
        if not cands:
            cands.append((5.0, "noise", (i,)))
        for cost, kind, used in cands:
            nxt = used[-1] + 1
            total = cost + best[nxt]
            if total < best[i]:
                best[i] = total
                back[i] = (kind, used)
    if best[start] == inf:
        return None
    out: list[tuple[str, tuple[int, ...]]] = []
    i = start
    while i < n:
        step = back[i]
        assert step is not None
        out.append(step)
        i = step[1][-1] + 1
    return best[start], out


def _readings(
    chunks: list[_Chunk], seps: list[int], order: str | None, acronym_ok: bool
) -> list[_Reading]:
    modes = [FF, GF, "fo"]
    if order == NameOrder.FAMILY_FIRST:
        modes = [FF, "fo"]
    elif order == NameOrder.GIVEN_FIRST:
        modes = [GF, "fo"]
    out: list[_Reading] = []
    for mode in modes:
        res = _dp(chunks, seps, mode, 0, acronym_ok)
        if res is not None:
            out.append(_Reading(res[0], mode, tuple(res[1])))
    if order is None and len(chunks) >= 3:
        # MLA: the first name inverted, the rest given-first
        first = _dp(chunks[:2], seps[:1], FF, 0, acronym_ok)
        if first is not None and first[1] and first[1][0][0] == "pair":
            rest = _dp(chunks, seps, GF, 2, acronym_ok)
            if rest is not None:
                people = ((first[1][0]), *rest[1])
                out.append(_Reading(first[0] + rest[0] + 0.3, "mixed", people))
    out.sort(key=lambda r: r.cost)
    return out


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


def _text(ws: list[_Tok]) -> str:
    return " ".join(w.text for w in ws)


def _split_particles(ws: list[_Tok], ctx: _Ctx) -> tuple[str | None, list[_Tok]]:
    k = 0
    while k < len(ws) - 1 and ctx.particle(ws[k].text):
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


def _build(
    kind: str, idx: tuple[int, ...], chunks: list[_Chunk], ctx: _Ctx, diags: _DiagIndex
) -> Person | None:
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
    if kind == "family":
        particle, fam = _split_particles(ws, ctx)
        return Person(family=_text(fam), particle=particle, raw=raw, diagnostics=mine)
    suffix: str | None = None
    if kind == "pair":
        fam_ws = ws
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
        caps = [i for i, x in enumerate(cls) if x in "C"]
        lo, hi = caps[0], caps[-1] + 1
        while lo > 0 and cls[lo - 1] == "P":
            lo -= 1
        fam_ws, giv = ws[lo:hi], ws[:lo] + ws[hi:]
    elif kind == "vancouver":
        k = len(ws)
        while k > 1 and cls[k - 1] in "Ii":
            k -= 1
        fam_ws, giv = ws[:k], ws[k:]
    else:  # given-first
        k = len(ws) - 1
        while k > 1 and cls[k - 1] == "P":
            k -= 1
        while (
            k > 1
            and cls[k - 1] in "WC"
            and ctx.any_particle(ws[k - 1].text)
            and ws[k - 1].text[:1].isupper()
        ):
            k -= 1  # 'Teven Le Scao'
            while k > 1 and cls[k - 1] == "P":
                k -= 1
        fam_ws, giv = ws[k:], ws[:k]
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
        if (
            len(seg) > 1
            and any(c.org for c in seg)
            and not any(set(c.cls) & {"I"} for c in seg)
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


def _parse_impl(text: str, locales: LocalesArg, order: str | None) -> Parsed[PersonList]:
    if not text.strip():
        return fail(text, "no text", ErrorCode.EMPTY)
    rules = _rules(resolve(locales))
    ctx = _Ctx(text, rules)
    nfc = unicodedata.normalize("NFC", text)
    if len(nfc) != len(text):  # spans index the input: only use NFC when lengths agree
        nfc = text
    ctx.text = text
    offset = 0
    if rules.prefix_re is not None:
        m = rules.prefix_re.match(nfc)
        if m:
            term = fold(m.group("term"))
            keys = rules.prefix_keys.get(term, ())
            rest = nfc[m.end() :]
            is_role = bool(set(keys) & {"editor", "editors", "translator"})
            ambiguous = fold(term) in rules.particles or fold(term) in rules.connectors
            if (
                m.group("colon")
                or (is_role and ("." in term or " " in term))
                or (not ambiguous and not is_role and rest[:1].isupper())
            ) and rest.strip():
                if is_role:
                    ctx.role = "translator" if "translator" in keys else "editor"
                    ctx.diag("removed-role", "removed the role phrase", m.start(), m.end())
                else:
                    ctx.diag("removed-label", "removed the label", m.start(), m.end())
                offset = m.end()
    toks = _tokenize(nfc, offset)
    toks = _clean_words(toks, ctx)
    toks = _join_hyphens(toks, ctx)
    toks = _strip_phrases(toks, ctx)
    raw_chunks, seps = _chunks(toks, ctx)
    letters = "".join(w.text for c in raw_chunks for w in c.words if not ctx.particle(w.text))
    all_caps = not any(c.islower() for c in letters) and any(c.isupper() for c in letters)
    fixed = [_fix_chunk(rc, ctx, all_caps) for rc in raw_chunks]
    chunks, seps = _keep(fixed, seps)
    # drop degrees after a full name: 'Michael L. Anderson, PhD'
    degree_free: list[_Chunk | None] = list(chunks)
    for i in range(1, len(chunks)):
        prev = degree_free[i - 1]
        ch = chunks[i]
        full = prev is not None and sum(1 for x in prev.cls if x in "WCIi") >= 2
        if full and seps[i - 1] == COMMA and _is_degree(ch, ctx):
            ctx.diag("removed-degree", "removed an academic degree", ch.start, ch.end)
            degree_free[i] = None
    chunks, seps = _keep(degree_free, seps)
    if not chunks:
        return fail(
            text, "no person name found", ErrorCode.NOT_FOUND, 0, len(text), tuple(ctx.diags)
        )
    chunks, seps = _affiliations(chunks, seps, ctx)
    chunks, seps = _merge_orgs(chunks, seps)
    readings = _readings(chunks, seps, order, acronym_ok=not all_caps or len(chunks) == 1)
    best = readings[0]
    diags = _DiagIndex(ctx.diags)
    people = [_build(kind, idx, chunks, ctx, diags) for kind, idx in best.people]
    persons = tuple(p for p in people if p is not None)
    if not persons:
        return fail(
            text, "no person name found", ErrorCode.NOT_FOUND, 0, len(text), tuple(ctx.diags)
        )
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


_FF_KINDS = frozenset({"pair", "vancouver", "paren", "caps-first", "cjk"})
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


# ---------------------------------------------------------------------------
# Public API


def _check_order(order: str | None) -> str | None:
    if order is None:
        return None
    value = NameOrder(order)
    if value is NameOrder.MIXED:
        raise ValueError("order must be 'family-first', 'given-first' or None")
    return value


@overload
def parse_names(
    text: str,
    *,
    locales: LocalesArg = ...,
    order: str | None = ...,
    strict: Literal[True] = ...,
) -> PersonList: ...
@overload
def parse_names(
    text: str,
    *,
    locales: LocalesArg = ...,
    order: str | None = ...,
    strict: Literal[False],
) -> Parsed[PersonList]: ...
def parse_names(
    text: str,
    *,
    locales: LocalesArg = None,
    order: str | None = None,
    strict: bool = True,
) -> PersonList | Parsed[PersonList]:
    """Parse an author (or editor) string into a :class:`PersonList`.

    ``locales`` limits the connector, particle, role and organisation words to some
    locales (default: all).  ``order`` (``'family-first'`` or ``'given-first'``) forces
    the reading when the caller knows it.

    >>> [p.display() for p in parse_names("Jaspers, S., & Steen, T.")]
    ['Jaspers, S.', 'Steen, T.']
    >>> names = parse_names("Voorberg, W. et al., Bekkers, V., Tõ nurist P. and Tummers, L.")
    >>> [p.family for p in names], names.et_al
    (['Voorberg', 'Bekkers', 'Tõnurist', 'Tummers'], False)
    >>> [p.family for p in parse_names("Cashore & Howlett")]
    ['Cashore', 'Howlett']
    """
    hint = _check_order(order)
    return run(lambda t: _parse_impl(t, locales, hint), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]


def _parse_one(text: str, locales: LocalesArg, order: str | None) -> Parsed[Person]:
    res = _parse_impl(text, locales, order)
    if res.value is None:
        return Parsed(None, res.diagnostics, text, res.error)
    people = res.value.persons
    if len(people) != 1:
        return fail(
            text,
            f"found {len(people)} names; use parse_names for a list",
            ErrorCode.INVALID_FORMAT,
            0,
            len(text),
            res.diagnostics,
        )
    person = people[0]
    if res.value.diagnostics != person.diagnostics or person.raw != text:
        # the record made from ``text`` keeps all of it (a list item keeps its own slice)
        person = attrs.evolve(person, raw=text, diagnostics=res.value.diagnostics)
    return Parsed(person, res.diagnostics, text)


@overload
def parse_name(
    text: str,
    *,
    locales: LocalesArg = ...,
    order: str | None = ...,
    strict: Literal[True] = ...,
) -> Person: ...
@overload
def parse_name(
    text: str,
    *,
    locales: LocalesArg = ...,
    order: str | None = ...,
    strict: Literal[False],
) -> Parsed[Person]: ...
def parse_name(
    text: str,
    *,
    locales: LocalesArg = None,
    order: str | None = None,
    strict: bool = True,
) -> Person | Parsed[Person]:
    """Parse one name.  A text holding several names fails with ``invalid-format``.

    >>> p = parse_name("Smith Jr., John")
    >>> p.family, p.given, p.suffix, p.display()
    ('Smith', 'John', 'Jr.', 'Smith, John, Jr.')
    >>> parse_name("Ludwig van Beethoven").to_csl()
    {'family': 'Beethoven', 'given': 'Ludwig', 'non-dropping-particle': 'van'}
    """
    hint = _check_order(order)
    return run(lambda t: _parse_one(t, locales, hint), text, strict, max_length=MAX_LENGTH)  # type: ignore[no-any-return]
