"""Where does the author list of a reference end?  A small linear scanner.

The scanner reads word tokens from the start of a reference and accepts personal names in
three shapes, joined by list separators (``,``, ``;``, ``&``, the locale's *and* words,
``/``) and *et al.*:

* ``inv``  — family first, comma, given: ``Jaspers, S.``, ``Calvo, Carlos``;
* ``fi``   — family first, initials, no comma: ``Hall P. A.``, ``Sha S``, ``FERRANTI L.``;
* ``dir``  — given first: ``A. F. Falk``, ``Irmtraud Schnell``, ``Lisa F. Rau``.

``inv`` and ``fi`` may be mixed (``Pollitt, Ch. & Bouckaert G.``); after an *and* word an
``inv`` list may switch to ``dir`` (MLA: ``Smith, John, and Jane Doe``).  The scan stops at
the first token that cannot continue the list; :func:`scan` reports where, and how it
stopped, so the caller can tell a clean end (``Rau. Extracting…``, ``Smith, J. (2010)``)
from a failure.  It only *segments*: the names themselves are parsed by
:func:`comet.parse_names`.
"""

from __future__ import annotations

import functools

import attrs

from comet.references._author_tokens import (
    _CAP,
    _INIT,
    _LOWER,
    _NUM,
    _OTHER,
    _PART,
    _PUNCT,
    _UPPER,
    _WORD,
    _YEARISH,
    _Tok,
    _Tokens,
)
from comet.references._lexicon import Lexicon

__all__ = ["AuthorScan", "scan"]


@attrs.frozen
class AuthorScan:
    """Result of :func:`scan`: the author block is ``text[:end]``."""

    end: int
    names: int
    form: str
    #: how the list ended: ``eos``, ``dot`` (a period after a name), ``colon``, ``paren``,
    #: ``year``, ``quote``, ``sep`` (a separator not followed by a name), ``editors``,
    #: ``other`` (an unexpected token) or ``none`` (no name at all).
    stop: str
    editors: bool = False
    et_al: bool = False
    #: character offset where the text after the author block starts (after ``.``/``:``…).
    rest: int = 0


_CLEAN_STOPS = frozenset({"eos", "dot", "colon", "paren", "year", "quote", "editors"})


class _Scanner:
    def __init__(self, text: str, toks: _Tokens, lex: Lexicon) -> None:
        self.text = text
        self.t = toks
        self.lex = lex
        self._inv: dict[int, tuple[int, bool] | None] = {}
        self._fi: dict[int, int] = {}
        self._dir: dict[tuple[int, bool | None], tuple[int, bool] | None] = {}

    # -- helpers -----------------------------------------------------------------------
    def tok(self, i: int) -> _Tok | None:
        return self.t.get(i)

    def end_of(self, i: int) -> bool:
        return self.t.get(i) is None

    def word(self, i: int, *classes: int) -> bool:
        toks = self.t.toks
        t = toks[i] if 0 <= i < len(toks) else self.t.get(i)
        return t is not None and t.kind == _WORD and (not classes or t.cls in classes)

    def dotted(self, i: int) -> bool:
        toks = self.t.toks
        t = toks[i] if 0 <= i < len(toks) else self.t.get(i)
        return t is not None and t.dotted

    def punct(self, i: int, chars: str) -> bool:
        toks = self.t.toks
        t = toks[i] if 0 <= i < len(toks) else self.t.get(i)
        return t is not None and t.kind == _PUNCT and t.text in chars

    def is_and(self, i: int) -> bool:
        t = self.t.get(i)
        if t is None or i < 0:
            return False
        if t.kind == _PUNCT and t.text == "&":
            return True
        return t.kind == _WORD and not t.dotted and t.text.casefold() in self.lex.and_words

    def is_sep(self, i: int) -> bool:
        return self.punct(i, ",;/") or self.is_and(i)

    def et_al_end(self, i: int) -> int:
        """Token index after an *et al.* phrase starting at token ``i``, or -1."""
        t = self.t.get(i)
        if t is None or t.kind not in (_WORD, _OTHER):
            return -1
        m = self.lex.et_al.match(self.text, t.start)
        if not m:
            return -1
        end = m.end()
        if end < len(self.text) and self.text[end - 1].isalpha() and self.text[end].isalpha():
            return -1
        j = i
        while (tj := self.t.get(j)) is not None and tj.start < end:
            j += 1
        return j

    def family(self, i: int, max_caps: int) -> int:
        """Index after a family name (particles + 1..max_caps capitalised words), or -1."""
        j = i
        while not self.dotted(j) and (
            self.word(j, _PART)
            or (
                self.word(j, _INIT)
                and self.t.get(j).text.casefold() in self.lex.particles  # type: ignore[union-attr]
                and self.word(j + 1, _UPPER)
            )
        ):
            j += 1
        caps = 0
        while caps < max_caps and self.word(j, _CAP, _UPPER):
            tok = self.t.get(j)
            assert tok is not None
            caps += 1
            j += 1
            if tok.dotted or tok.text.endswith("-"):
                if tok.text.endswith("-") and self.word(j, _CAP, _UPPER):
                    continue  # a name broken at its hyphen: "Aaramo- Immonen"
                break
        if caps == 0:
            return -1
        return j

    def initials(self, i: int) -> int:
        j = i
        while j - i < 5 and self.word(j, _INIT):
            if (
                j > i
                and self.dotted(j - 1)
                and not self.dotted(j)
                and (
                    self.word(j + 1, _CAP) or (self.word(j + 1, _LOWER) and not self.is_and(j + 1))
                )
            ):
                break  # "Itoh, Y. A Study on…", "Doe AB. A study of…": the "A" starts the title
            j += 1
        if j > i:
            j = self.suffix(j)
        return j if j > i else -1

    def suffix(self, j: int) -> int:
        """Skip ``Jr.``, ``Sr.``, ``III`` (optionally after a comma) after a name."""
        k = j + 1 if self.punct(j, ",") else j
        t = self.t.get(k)
        if t is not None and t.kind in (_WORD, _NUM) and t.text.casefold() in self.lex.suffixes:
            return k + 1
        return j

    def paren_given(self, j: int) -> int:
        """``(Maryline)``, ``(M.I.)`` after a family name -> index after ``)``, or -1."""
        if not self.punct(j, "("):
            return -1
        k = j + 1
        n = 0
        while n < 4 and self.word(k, _CAP, _INIT):
            k += 1
            n += 1
        if n and self.punct(k, ")"):
            return k + 1
        return -1

    # -- one name ----------------------------------------------------------------------
    def name_inv(self, i: int) -> tuple[int, bool] | None:
        """``Family, Given`` -> (index after, given is full words)."""
        if i in self._inv:
            return self._inv[i]
        r = self._name_inv(i)
        self._inv[i] = r
        return r

    def _name_inv(self, i: int) -> tuple[int, bool] | None:
        j = self.family(i, 3)
        if j < 0:
            return None
        pg = self.paren_given(j)
        if pg > 0:
            return pg, True
        if self.dotted(j - 1) or not self.punct(j, ","):
            return None
        k = j + 1
        full = False
        words = 0
        while words < 3 and self.word(k, _CAP) and not self.t.get(k).text.endswith("-"):  # type: ignore[union-attr]
            words += 1
            k += 1
            full = True
            if self.dotted(k - 1):
                return k, True
        k2 = self.initials(k)
        if k2 > 0:
            k = k2
        elif words == 0:
            return None
        elif self.word(k, _CAP, _UPPER):
            return None  # "Azzam, High Speed Cable Modems": not a given name
        elif j - i >= 2 and not self._clean_end(k):
            # "Bernhard Jussen, Famille et parenté": a given-first name and a title
            return None
        # a particle after the given name belongs to the family ("BIASI, Pierre-Marc de.")
        p = k
        while p - k < 2 and self.word(p, _PART):
            p += 1
            if self.dotted(p - 1) or self.punct(p, ",;"):
                return p, full
        return k, full

    def name_fi(self, i: int) -> int:
        r = self._fi.get(i)
        if r is None:
            r = self._fi[i] = self._name_fi(i)
        return r

    def _name_fi(self, i: int) -> int:
        j = self.family(i, 2)
        if j < 0 or self.dotted(j - 1):
            return -1
        return self.initials(j)

    def name_upper(self, i: int) -> int:
        """``SENNETT.``, ``BRETON DIDIER``, ``RAMADIER Thierry``, ``DESBIOLLES (Maryline)``."""
        j = i
        caps = 0
        while caps < 2 and self.word(j, _UPPER) and len(self.t.get(j).text.rstrip(".")) >= 3:  # type: ignore[union-attr]
            caps += 1
            j += 1
            if self.dotted(j - 1):
                break
        if caps == 0:
            return -1
        pg = self.paren_given(j)
        if pg > 0:
            return pg
        if not self.dotted(j - 1):
            g = 0
            while g < 3 and self.word(j, _CAP) and not self.t.get(j).text.endswith("-"):  # type: ignore[union-attr]
                g += 1
                j += 1
                if self.dotted(j - 1):
                    break
            if (
                caps == 1
                and g == 0
                and not (
                    self.end_of(j) or self.punct(j, ',.:;("“«') or self.t.get(j).kind == _OTHER  # type: ignore[union-attr]
                )
            ):
                return -1
        return j

    def name_dir(self, i: int, initials_only: bool | None) -> tuple[int, bool] | None:
        """``Given Family`` -> (index after, given was initials only)."""
        key = (i, initials_only)
        if key in self._dir:
            return self._dir[key]
        r = self._name_dir(i, initials_only)
        self._dir[key] = r
        return r

    def _name_dir(self, i: int, initials_only: bool | None) -> tuple[int, bool] | None:
        j = i
        given = 0
        only_init = True
        while given < 5:
            if self.word(j, _INIT):
                j += 1
                given += 1
                continue
            if (
                given < 3
                and self.word(j, _CAP)
                and not self.dotted(j)
                and self.word(j + 1, _CAP, _UPPER, _PART, _INIT)
            ):
                j += 1
                given += 1
                only_init = False
                continue
            break
        if given == 0:
            return None
        if initials_only is True and not only_init:
            return None
        k = self.family(j, 1)
        if k < 0:
            return None
        k = self.suffix(k)
        # do not leave a trailing initial behind ("Hall P. A." is fi, not dir)
        if self.word(k, _INIT) and not self.dotted(k - 1):
            return None
        return k, only_init

    # -- the list ----------------------------------------------------------------------
    def name_at(self, i: int, form: str, st: _State) -> tuple[int, bool, str]:
        """One name at token ``i`` in ``form`` -> (index after or -1, full given, form used)."""
        names = len(st.ends)
        if form in ("inv", "fi"):
            r = self.name_inv(i)
            if r is not None:
                return r[0], r[1], "inv"
            got = self.name_fi(i)
            if got > 0:
                if names and (self.is_and(i - 1) or st.mla):
                    r3 = self.name_dir(i, None)
                    if r3 is not None and r3[0] > got:
                        return r3[0], False, "dir"  # "Teng, Edmond and Larry R. Squire"
                return got, False, "fi"
            got = self.name_upper(i)
            if got > 0:
                return got, True, "inv"
            if names and (self.is_and(i - 1) or st.mla or self.punct(i - 1, ",;")):
                # MLA and mixed lists: "Smith, John, and Jane Doe", "Foissner, W., H. Berger"
                r2 = self.name_dir(i, None if (self.is_and(i - 1) or st.mla) else True)
                if r2 is not None:
                    return r2[0], False, "dir"
        if form == "dir":
            r2 = self.name_dir(i, st.dir_init)
            if r2 is not None:
                if st.dir_init is None:
                    st.dir_init = r2[1]
                return r2[0], False, "dir"
            if names == 0:
                got = self.name_upper(i)
                if got > 0:
                    return got, True, "dir"
        if names and self.is_and(i - 1) and self.word(i, _CAP, _UPPER):
            # a lone family name after "and": "…, F. Iskandar, and Okuyama, “Highly"
            j = i + 1
            if self.end_of(j) or self.punct(j, ',.:;("“«') or self.dotted(i):
                return j, False, "dir"
        if names == 0 and self.word(i, _CAP, _UPPER) and self.et_al_end(i + 1) > 0:
            return i + 1, False, form  # "Ragot et al.,"
        return -1, False, form

    def run(self, form: str) -> AuthorScan:
        """Scan names of shape ``form`` from the start; then close the list."""
        st = _State()
        stop, et_al = self._walk(form, st)
        return self._close(form, st, stop, et_al=et_al)

    def _walk(self, form: str, st: _State) -> tuple[str, bool]:
        """Read names and separators into ``st.ends``: ``(how the list stopped, et al.)``."""
        i = 0
        et_al = False
        stop = "none"
        while True:
            got, full, used = self.name_at(i, form, st)
            if got < 0:
                stop = self._after_sep_kind(i) if st.ends else "none"
                if len(st.ends) > 1 and self.is_and(i - 1) and not self.punct(i - 2, ","):
                    # "Bäuerliche Gesellschaft und Klosterherrschaft…": the "and" was prose
                    st.ends.pop()
                    stop = "other"
                return stop, et_al
            if not st.ends and used == "inv" and full:
                st.mla = True
            st.ends.append((got, used))
            i = got
            if self.end_of(i):
                stop = "eos"
                return stop, et_al
            prev = self.t.get(i - 1)
            assert prev is not None
            j = self.et_al_end(i if not self.punct(i, ",") else i + 1)
            if j > 0:
                et_al = True
                st.ends[-1] = (j, used)
                i = j
                if self.punct(i, ",;") and self._name_then_sep(i + 1):
                    i += 1
                    continue
                if self.word(i, _CAP, _UPPER) and self._name_then_sep(i):
                    continue
                stop = self._stop_kind(i, dotted=True)
                return stop, et_al
            if prev.dotted and prev.cls != _INIT and not self.is_sep(i):
                # "Rau. Extracting" — the period ends the list unless a separator follows,
                # or another "FAMILY, Given." follows ("RAMBAUD, Claude. HOLLEAUX, Georges.")
                if (
                    used == "inv"
                    and self.word(i, _UPPER)
                    and self.punct(i + 1, ",")
                    and self.name_inv(i) is not None
                ):
                    continue
                stop = "dot"
                return stop, et_al
            if self.is_sep(i):
                k = i + 1
                if self.punct(i, ",;") and self.is_and(k):
                    k += 1
                jj = self.et_al_end(k)
                if jj > 0:
                    et_al = True
                    st.ends[-1] = (jj, used)
                    i = jj
                    if self.punct(i, ",;") and self._name_then_sep(i + 1):
                        i += 1
                        continue
                    if self.word(i, _CAP, _UPPER) and self._name_then_sep(i):
                        continue
                    stop = self._stop_kind(i, dotted=True)
                    return stop, et_al
                if (
                    full
                    and used == "inv"
                    and self.punct(i, ",")
                    and not self.is_and(i + 1)
                    and not self._name_then_sep(k)
                ):
                    # "Calvo, Carlos, Dictionnaire…": a full given name closes the person;
                    # another name must follow, itself followed by a separator
                    stop = self._after_sep_kind(k)
                    return stop, et_al
                i = k
                continue
            if prev.cls == _INIT and prev.dotted and self.word(i):
                stop = "dot"
                return stop, et_al
            stop = self._stop_kind(i, dotted=prev.dotted)
            return stop, et_al

    def _close(self, form: str, st: _State, stop: str, *, et_al: bool) -> AuthorScan:
        """An editor marker after the list, or the names to drop from a list that did not
        end cleanly."""
        if not st.ends:
            return AuthorScan(0, 0, form, "none")
        last_end = st.ends[-1][0]
        editors, end, rest = self._editors(self.t.get(last_end - 1).end)  # type: ignore[union-attr]
        if editors:
            stop = "editors"
        elif stop not in _CLEAN_STOPS:
            # a list that did not end cleanly: drop given-first names picked up after a
            # family-first list, and a last name that ran into the title
            changed = False
            while len(st.ends) > 1 and form != "dir" and st.ends[-1][1] == "dir":
                st.ends.pop()
                changed = True
            if not changed and stop == "other" and len(st.ends) > 1:
                st.ends.pop()
                changed = True
            if changed:
                stop = "sep"
                last_end = st.ends[-1][0]
                editors, end, rest = self._editors(self.t.get(last_end - 1).end)  # type: ignore[union-attr]
                if editors:
                    stop = "editors"
        return AuthorScan(end, len(st.ends), form, stop, editors, et_al, rest)

    def _editors(self, end: int) -> tuple[bool, int, int]:
        m = self.lex.editors.match(self.text, self._skip(end, " ,(["))
        if m and self._marker_ok(m.end()):
            e = m.end()
            if e < len(self.text) and self.text[e] in ")]":
                e += 1
            return True, e, e
        return False, end, end

    def _clean_end(self, k: int) -> bool:
        """Does the list end cleanly before token ``k`` (``.``, ``:``, a year, ``(``, end)?"""
        if self.end_of(k) or self.dotted(k - 1):
            return True
        t = self.t.get(k)
        assert t is not None
        if t.kind == _PUNCT and t.text in ":([":
            return True
        return t.kind == _NUM and bool(_YEARISH.match(t.text.rstrip(".,")))

    def _name_then_sep(self, k: int) -> bool:
        """Is there a name at ``k`` followed by a list separator (more names to come)?"""
        for cand in (self.name_inv(k), self.name_dir(k, None)):
            if cand is None:
                continue
            e = cand[0]
            if self.punct(e, ",;") or self.is_and(e):
                return True
        up = self.name_upper(k)  # "PALENČÁROVÁ Jana, KROČITÝ Peter."
        return up > 0 and (self.punct(up, ",;") or self.is_and(up) or self.dotted(up - 1))

    def _after_sep_kind(self, i: int) -> str:
        """How the list ended when no name follows the separator before token ``i``."""
        kind = self._stop_kind(i, dotted=False)
        return kind if kind in ("year", "quote", "paren") else "sep"

    def _skip(self, pos: int, chars: str) -> int:
        text = self.text
        while pos < len(text) and text[pos] in chars:
            pos += 1
        return pos

    def _marker_ok(self, pos: int) -> bool:
        text = self.text
        return pos >= len(text) or not text[pos].isalnum() or text[pos - 1] in ".)"

    def _stop_kind(self, i: int, *, dotted: bool) -> str:
        t = self.t.get(i)
        if t is None:
            return "eos"
        if t.kind == _PUNCT:
            if t.text == ":":
                return "colon"
            if t.text in "([":
                return "paren"
            if t.text in "\"“”„«»‘’'":
                return "quote"
            if t.text in ",;":
                return "sep"
        if t.kind == _NUM:
            return "year" if _YEARISH.match(t.text.rstrip(".,")) else "other"
        if t.kind == _OTHER and t.text == ".":
            return "dot"
        if dotted and t.kind == _WORD:
            return "dot"
        return "other"


class _State:
    __slots__ = ("dir_init", "ends", "mla")

    def __init__(self) -> None:
        self.ends: list[tuple[int, str]] = []
        self.dir_init: bool | None = None
        self.mla = False


def scan(text: str, lex: Lexicon) -> AuthorScan:
    """Scan the author list at the start of ``text`` with each shape; keep the best.

    Texts up to :data:`SCAN_CACHED` characters are memoised (at most 4,096): the splitter
    asks whether a line starts like a reference, and the entry parser scans the same entry
    again (the result is frozen)."""
    if len(text) <= SCAN_CACHED:
        return _scan_cached(text, lex)
    return _scan(text, lex)


#: the longest text whose :func:`scan` is memoised
SCAN_CACHED = 1024


def _scan(text: str, lex: Lexicon) -> AuthorScan:
    toks = _Tokens(text, lex)
    if toks.get(0) is None:
        return AuthorScan(0, 0, "", "none")
    sc = _Scanner(text, toks, lex)
    best: AuthorScan | None = None
    best_key: tuple[int, int, int, int] = (-1, -1, -1, -1)
    # ("fi" lists are read by the "inv" run, which mixes both family-first shapes)
    for rank, form in enumerate(("inv", "dir")):
        res = sc.run(form)
        if res.names == 0:
            continue
        clean = 0 if res.stop == "other" else 1
        key = (clean, res.names, res.end, -rank)
        if key > best_key:
            best, best_key = res, key
    return best if best is not None else AuthorScan(0, 0, "", "none")


_scan_cached = functools.lru_cache(maxsize=4096)(_scan)
