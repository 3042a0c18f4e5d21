"""The token list of one text, prepared for reading: names of several tokens joined,
pattern words, times and glued years dealt with; the helpers every grammar uses."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from comet.dates._numerals import needs_split, split_numerals
from comet.dates._records import (
    _plausible,
)
from comet.dates._tables import (
    _MEMO_SIZE,
    _MIN_PREFIX,
    ENDING_VOWELS,
    _strip_accents,
    _Tables,
    _tok_key,
)
from comet.dates._tokens import (
    _NUM,
    _PUNCT,
    _WORD,
    _Tok,
    _tokenize,
)
from comet.diagnostics import Diagnostic, Severity


@attrs.define
class _Cand:
    first: int  # token index where the expression starts (prefix words included)
    end: int  # token index after it
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    order: str | None = None
    diags: list[Diagnostic] = attrs.field(factory=list)
    num_start: bool = False  # starts with a number (locator check applies)

    @property
    def bare_year(self) -> bool:
        return self.month is None and self.day is None and self.season is None


#: the shortest stem an inflected month name is matched on (see :meth:`_Reader._prefix_month`)
_MIN_STEM = 5


def _case_ending(word: str, name: str) -> bool:
    """Whether ``word`` is the whole month name ``name`` with a case ending: one vowel
    (ru ``августе``, sl ``avgustu``). More letters or a consonant make another word
    (``Augustin``, ``Octobers``, ``Julius``): no month."""
    return len(word) == len(name) + 1 and _strip_accents(word[-1]) in ENDING_VOWELS


class _Reader:
    """The tokens of one text and what the grammars ask of them."""

    def __init__(
        self,
        text: str,
        tables: _Tables,
        lo: int = 0,
        hi: int | None = None,
        blocked: Sequence[tuple[int, int]] = (),
        *,
        loose: bool = False,
    ) -> None:
        self.text = text
        self.t = tables
        #: a date field, not free text: numbers one space apart and a month with its
        #: year alone (``20 02 2014``, ``2/2013``) are dates too
        self.loose = loose
        #: sorted spans (DOIs, URLs) where no date may start
        self.blocked = blocked
        self.hi = len(text) if hi is None else hi  # the end of the part read
        self.toks = _tokenize(text, lo, self.hi)
        self.n = len(self.toks)
        self.pre_diags: list[Diagnostic] = []
        self.inverted: tuple[int, int] | None = None
        #: (connector, end) token pairs of the last ``connector_ends`` joined by a conjunction
        self.joined_ends: set[tuple[int, int]] = set()
        self.invalid: tuple[int, int] | None = None  # text span of a day its month lacks
        chars = tables.split_chars
        if (
            (tables.numerals or tables.era_years)
            and (chars is None or not chars.isdisjoint(text[lo : self.hi]))
            and any(needs_split(t, tables) for t in self.toks)
        ):  # 二〇一六年五月五日, 平成26年
            self.toks, diags = split_numerals(self.toks, text, tables)
            self.n = len(self.toks)
            self.pre_diags.extend(diags)
        # one pass to see which of the preparations below this text needs
        multi, glue, nums = tables.multi, tables.glue, tables.multi_num
        join = drop = split = False
        for t in self.toks:
            if t.kind == _NUM:
                if len(t.text) in (5, 6):
                    split = True
                if nums and not join and _tok_key(_NUM, t.text) in multi:
                    join = True
            else:  # a name may start with a sign (en-Shaw "·𐑥𐑱")
                key = t.key
                if key in multi:
                    join = True
                if key in glue and t.kind == _WORD:
                    drop = True
        if join:
            self._join_names()
        if join or drop:
            self._drop_glue()
        if ":" in text:
            self._drop_inner_times()
        if split:
            self._split_glued()

    # -- helpers ---------------------------------------------------------------
    def months_of(self, tok: _Tok) -> tuple[tuple[int, ...], bool]:
        if tok.kind != _WORD:
            return (), False
        memo = self.t.month_memo
        hit = memo.get(tok.key)
        if hit is not None:
            return hit
        found = self.t.months.get(tok.key)
        if found:
            out: tuple[tuple[int, ...], bool] = (found, False)
        else:
            bare = _strip_accents(tok.key)  # 'fevrier' for 'février', 'اپریل' for 'آپریل'
            found = self.t.months_ascii.get(bare) or (
                self.t.months.get(bare) if bare != tok.key else None
            )
            out = (found, True) if found else ((), False)
            if not found and self.t.month_prefixes and len(tok.key) >= _MIN_PREFIX:
                out = (self._prefix_month(tok.key), False)
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[tok.key] = out
        return out

    def roman_month(self, k: int) -> int:
        """The month ``toks[k]`` writes as an upper-case roman numeral in these locales
        (``IV``), or 0. The grammars read one only between a day and a year: ``Vol. III
        2021`` names a volume, not March."""
        tok = self.toks[k]
        if tok.kind != _WORD or not tok.text.isupper():
            return 0
        return self.t.roman_months.get(tok.text, 0)

    def _prefix_month(self, key: str) -> tuple[int, ...]:
        """The one month whose CLDR names start with ``key`` (not itself a known word).

        A longer word may also differ from a name in its last one or two letters: an
        inflected form CLDR does not list (ru ``сентябре``, pl ``wrześniu``).
        """
        t = self.t
        if key in t.weekdays or key in t.glue or key in t.connectors or key in t.prefixes:
            return ()
        stems = [key] + [key[:-cut] for cut in (1, 2) if len(key) - cut >= _MIN_STEM]
        for stem in stems:
            hits = t.month_prefixes.get(stem)
            if hits:
                if (
                    stem != key
                    and stem in t.months
                    and (stem not in t.inflected or not _case_ending(key, stem))
                ):
                    return ()  # (en 'Augusta' is no month: English declines none)
                return (next(iter(hits)),) if len(hits) == 1 else ()
        return ()

    def is_year(self, k: int) -> bool:
        if k >= self.n:
            return False
        tok = self.toks[k]
        return tok.kind == _NUM and len(tok.text) == 4 and _plausible(tok.value)

    def bare_homograph(self, k: int) -> bool:
        """``toks[k]`` is a month abbreviation that is a function word too, written without
        its dot (:attr:`_Tables.homographs`: ``pro`` in ``the pro 2019 edition``)."""
        return self.toks[k].key in self.t.homographs and not (
            self.punct(k + 1, ".") and self.adjacent(k + 1)
        )

    def punct(self, k: int, chars: str | frozenset[str]) -> bool:
        return k < self.n and self.toks[k].kind == _PUNCT and self.toks[k].text in chars

    def adjacent(self, k: int) -> bool:
        """Token ``k`` touches token ``k - 1``."""
        return 0 < k < self.n and self.toks[k].start == self.toks[k - 1].end

    def span(self, a: int, b: int) -> tuple[int, int]:
        return (self.toks[a].start, self.toks[b - 1].end)

    def _join_names(self) -> None:
        """One word token for each name of several tokens (``tháng 3``, ``3月``, ``n. Chr.``)."""
        toks, multi, text = self.toks, self.t.multi, self.text
        out: list[_Tok] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            seqs = multi.get(_tok_key(tok.kind, tok.text) if tok.kind == _NUM else tok.key)
            done = False
            for seq in seqs or ():
                end = i + len(seq)
                if end <= len(toks) and all(
                    _tok_key(toks[i + k].kind, toks[i + k].text) == seq[k]
                    and (k == 0 or toks[i + k].start - toks[i + k - 1].end <= 1)
                    for k in range(1, len(seq))
                ):
                    last = toks[end - 1]
                    merged = _Tok(_WORD, tok.start, last.end, text[tok.start : last.end])
                    merged.key = " ".join(seq)
                    out.append(merged)
                    i = end
                    done = True
                    break
            if not done:
                out.append(tok)
                i += 1
        self.toks = out
        self.n = len(out)

    def _drop_glue(self) -> None:
        """Leave out the words of the locales' date patterns, eras and day periods."""
        glue = self.t.glue
        if any(t.key in glue for t in self.toks):
            out: list[_Tok] = []
            dropped = -1
            for t in self.toks:
                if t.kind == _WORD and t.key in glue:
                    dropped = t.end
                    if out and out[-1].text == "-" and out[-1].end == t.start:
                        out.pop()  # eo "1-a de januaro": the hyphen of the dropped ending
                elif not (t.kind == _PUNCT and t.start == dropped and t.text in "’'"):
                    out.append(t)
            self.toks = out
            self.n = len(out)

    def _time_end(self, i: int) -> int:
        """The index after a time ``HH:MM[:SS]`` starting at token ``i``, or ``i``."""
        toks, n = self.toks, self.n

        def two(k: int, top: int) -> bool:
            return (
                k < n and toks[k].kind == _NUM and len(toks[k].text) == 2 and toks[k].value <= top
            )

        t = toks[i]
        if not (t.kind == _NUM and len(t.text) <= 2 and t.value <= 24):
            return i
        if not (self.punct(i + 1, ":") and self.adjacent(i + 1) and two(i + 2, 59)):
            return i
        end = i + 3
        if self.punct(end, ":") and self.adjacent(end) and two(end + 1, 60):
            end += 2
        return end

    def _drop_inner_times(self) -> None:
        """``Oct 26 15:50:06 2016``: leave out a time between the day and the year."""
        i = 1
        while i < self.n:
            if not self.punct(i + 1, ":"):  # (the first test of _time_end's colon)
                i += 1
                continue
            end = self._time_end(i)
            prev = self.toks[i - 1]
            if (
                end > i
                and self.is_year(end)
                and ((prev.kind == _NUM and len(prev.text) <= 2) or self.months_of(prev)[0])
            ):
                a, b = self.toks[i].start, self.toks[end - 1].end
                self.pre_diags.append(
                    Diagnostic("ignored-time", f"ignored the time {self.text[a:b]!r}", (a, b))
                )
                del self.toks[i:end]
                self.n = len(self.toks)
            i += 1

    def _split_glued(self) -> None:
        """``27 maj 201928 maj 2019``: split ``201928`` between two month words; ``Nov 15,
        20195:45 AM``: split ``20195`` before a clock time (a page's date and time spans
        joined without a space)."""
        toks = self.toks
        i = 1
        while i < self.n - 1:
            tok = toks[i]
            if self._year_glued_to_time(i):
                self._split_year(i, "a year glued to a clock time", day=False)
            elif (
                tok.kind == _NUM
                and len(tok.text) in (5, 6)
                and _plausible(int(tok.text[:4]))
                and 1 <= int(tok.text[4:]) <= 31
                and self.months_of(toks[i - 1])[0]
                and self.months_of(toks[i + 1])[0]
            ):
                self._split_year(i, "a year glued to the next day", day=True)
            i += 1

    def _split_year(self, i: int, why: str, *, day: bool) -> None:
        """Split token ``i`` after its first four digits (a year), with a warning saying
        ``why``; ``day``: the rest is a day glued to the year (read as such)."""
        tok = self.toks[i]
        a = _Tok(_NUM, tok.start, tok.start + 4, tok.text[:4])
        b = _Tok(_NUM, tok.start + 4, tok.end, tok.text[4:])
        if day:
            b.glued = True
        self.toks[i : i + 1] = [a, b]
        self.n += 1
        self.pre_diags.append(
            Diagnostic(
                "split-glued-date",
                f"split {tok.text!r}: {why}",
                (tok.start, tok.end),
                Severity.WARNING,
            )
        )

    def _year_glued_to_time(self, i: int) -> bool:
        """Token ``i`` is a year glued to a clock time's hour (``20195`` in ``Nov 15,
        20195:45 AM``): five or six digits, a plausible year and an hour, a colon and two
        digits of minutes right after it, and a day or a month before it (a comma between:
        ``15, 2019``), so that ``12345:67`` in a list of numbers is no date."""
        toks = self.toks
        tok = toks[i]
        if not (
            tok.kind == _NUM
            and len(tok.text) in (5, 6)
            and _plausible(int(tok.text[:4]))
            and int(tok.text[4:]) <= 24
            and self.punct(i + 1, ":")
            and self.adjacent(i + 1)
            and i + 2 < self.n
            and self.adjacent(i + 2)
            and toks[i + 2].kind == _NUM
            and len(toks[i + 2].text) == 2
            and toks[i + 2].value <= 59
        ):
            return False
        k = i - 1
        if k > 0 and toks[k].text in (",", "."):
            k -= 1
        prev = toks[k]
        return bool(self.months_of(prev)[0]) or (prev.kind == _NUM and 1 <= prev.value <= 31)

    def skip_ordinal(self, j: int) -> int:
        """Index after the day number ``j`` and its ordinal suffix (``3.``, ``1st``, ``3:e``)."""
        tok = self.toks[j]
        k = j + 1
        if self.punct(k, ".") and self.adjacent(k):
            return k + 1
        pos = tok.end
        text = self.text
        if text[pos : pos + 1].casefold() not in self.t.ordinal_firsts:
            return self._any_suffix(k)
        for suf in self.t.ordinals:
            end = pos + len(suf)
            if text[pos:end].casefold() == suf and not (end < len(text) and text[end].isalpha()):
                while k < self.n and self.toks[k].start < end:
                    k += 1
                return k
        return self._any_suffix(k)

    def _any_suffix(self, k: int) -> int:
        """After a day number: a short letter suffix (``11-inci``, ``11-е``, ``11mh``, ``18de``).

        Taken only when a month name, a comma or a year follows it: an ordinal marker of
        any language, whether or not its locale file lists it.
        """
        toks = self.toks
        s = k + (self.punct(k, "-") and self.adjacent(k))
        if not (
            s < self.n
            and toks[s].kind == _WORD
            and self.adjacent(s)
            and len(toks[s].text) <= (4 if s > k else 3)
            and not self.months_of(toks[s])[0]
        ):
            return k
        nxt = s + 1
        if nxt >= self.n or self.punct(nxt, ",") or self.is_year(nxt):
            return nxt
        if self.months_of(toks[nxt])[0]:
            return nxt
        return k
