r"""BibTeX name lists: ``parse_names(text, style="bibtex")``.

BibTeX's own rules, not guesses (docs/names.md, "BibTeX mode"):

* names are split at the word ``and`` (any case) standing between spaces at brace depth 0;
  a last name ``others`` sets ``et_al``;
* a name has one of three forms, by its commas at depth 0: ``First von Last``,
  ``von Last, First`` or ``von Last, Jr, First``;
* the *von* part is found by case alone: words whose first letter (at depth 0, or of a
  TeX special character ``{\\v S}``) is lower case.  In ``First von Last`` it runs from the
  first to the last such word before the last word; in ``von Last, …`` it is the run of
  such words at the start;
* ``{…}`` protects a group: it is one word, its case does not count, and a name that is one
  group at the top (``{Barnes and Noble, Inc.}``) is an organisation (``literal``);
* TeX accents are decoded (``{\\'e}`` → ``é``, ``{\\v S}`` → ``Š``, ``\\ss`` → ``ß``) and
  ``~`` is a space;
* biblatex's extended form ``family=…, given=…, prefix=…, suffix=…`` is read too.

>>> from comet import parse_names
>>> [p.display() for p in parse_names("Knuth, Donald E. and Leslie Lamport", style="bibtex")]
['Knuth, Donald E.', 'Lamport, Leslie']
>>> p = parse_names("Ludwig van Beethoven", style="bibtex")[0]
>>> p.particle, p.family
('van', 'Beethoven')
>>> parse_names("{Barnes and Noble, Inc.}", style="bibtex")[0].literal
'Barnes and Noble, Inc.'
>>> parse_names("Jean {de la} Fontaine", style="bibtex")[0].given
'Jean de la'
>>> parse_names("Smith, John and others", style="bibtex").et_al
True
>>> parse_names("{\\v S}ebesty{\\'e}n, P{\\'e}ter", style="bibtex")[0].display()
'Šebestyén, Péter'

"""

from __future__ import annotations

import functools
import re
import unicodedata

from comet.diagnostics import Diagnostic, Severity
from comet.errors import ErrorCode
from comet.locales import LocaleRules, merged_index, resolve
from comet.names.build import _initials_of
from comet.names.record import LocalesArg, NameOrder, Person, PersonList
from comet.records import Parsed, fail

__all__ = ["decode_tex", "split_bibtex_names"]

#: TeX accent commands -> combining characters
_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
    "t": "\u0361",
}
#: TeX commands for letters
_LETTERS = {
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "aa": "å",
    "AA": "Å",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "j": "ȷ",
    "dh": "ð",
    "DH": "Ð",
    "th": "þ",
    "TH": "Þ",
}
_ACCENT_RE = re.compile(
    r"\\(?P<acc>['`^\"~=.]|[uvHckrdbt](?![A-Za-z]))\s*(?:\{\s*(?P<b>\\?[A-Za-z]?)\s*\}|(?P<c>\\?[A-Za-z]))"
)
_LETTER_RE = re.compile(r"\\(?P<name>ss|aa|AA|ae|AE|oe|OE|dh|DH|th|TH|[oOlLij])(?![A-Za-z])\s?")
_COMMAND_RE = re.compile(r"\\[A-Za-z]+\s*")
_SPACE = re.compile(r"\s+")


def decode_tex(text: str) -> str:
    """TeX accents and letters to Unicode, ``~`` to a space, braces dropped, spaces collapsed."""
    if "\\" in text:

        def accent(m: re.Match[str]) -> str:
            base = m.group("b") if m.group("b") is not None else m.group("c") or ""
            if base.startswith("\\"):
                base = _LETTERS.get(base[1:], base[1:])
            return base + _ACCENTS[m.group("acc")]

        text = _ACCENT_RE.sub(accent, text)
        text = _LETTER_RE.sub(lambda m: _LETTERS[m.group("name")], text)
        text = _COMMAND_RE.sub("", text)  # \emph, \textsc: keep their argument
        text = text.replace("\\", "")
    text = text.replace("{", "").replace("}", "").replace("~", " ")
    return unicodedata.normalize("NFC", _SPACE.sub(" ", text).strip())


def _split_depth0(text: str, is_sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` between matches of ``is_sep`` that start at brace depth 0."""
    depth = 0
    out: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = is_sep.match(text, i)
            if m and m.end() > i:
                out.append((start, i))
                start = i = m.end()
                continue
        i += 1
    out.append((start, n))
    return out


_AND = re.compile(r"(?<=\s)and(?=\s)", re.I)
_AND_WS = re.compile(r"\s+and\s+", re.I)
_COMMA = re.compile(r",")
_WORD_SEP = re.compile(r"[\s~]+")


def split_bibtex_names(text: str, sep: re.Pattern[str] = _AND_WS) -> list[tuple[int, int]]:
    """Spans of the names of a BibTeX name list (split at ``and`` at brace depth 0)."""
    spans = _split_depth0(text, sep)
    return [(a, b) for a, b in spans if text[a:b].strip()]


@functools.cache
def _list_words(locs: tuple[LocaleRules, ...]) -> tuple[re.Pattern[str], frozenset[str]]:
    """biber's ``namesep`` and ``others_string`` for the locales a caller names: the one-word
    list words of their ``[person_names] and`` (``und``) besides ``and``, and the last word of
    their ``et_al`` phrases made of such a word and one more (``und andere`` -> ``andere``)."""
    idx = merged_index("person_names", locs)
    seps = {"and"} | {t for t, k in idx.items() if "and" in k and t.isalpha() and len(t) >= 2}
    others = {"others"}
    for t, k in idx.items():
        words = t.split()
        if "et_al" in k and len(words) == 2 and words[0] in seps and words[1].isalpha():
            others.add(words[1])
    alt = "|".join(re.escape(w) for w in sorted(seps, key=len, reverse=True))
    return re.compile(rf"\s+(?:{alt})\s+", re.I), frozenset(others)


def _case(word: str) -> str:
    """``'l'``, ``'u'`` or ``''`` (caseless): the case of a BibTeX word's first letter.

    A brace group at depth 1 counts only when it is a TeX special character
    (``{\\v S}``: upper case); any other group (``{de la}``) is caseless.
    """
    depth = 0
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if ch == "{":
            if depth == 0 and i + 1 < n and word[i + 1] == "\\":
                inner = decode_tex(word[i : _close(word, i) + 1])
                for c in inner:
                    if c.isalpha():
                        return "l" if c.islower() else "u"
                return ""
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif ch == "\\" and depth == 0:
            inner = decode_tex(word[i:])
            for c in inner:
                if c.isalpha():
                    return "l" if c.islower() else "u"
            return ""
        elif depth == 0 and ch.isalpha():
            return "l" if ch.islower() else "u"
        elif depth > 0:
            return ""  # a protected group first: caseless
        i += 1
    return ""


def _close(word: str, i: int) -> int:
    depth = 0
    for k in range(i, len(word)):
        if word[k] == "{":
            depth += 1
        elif word[k] == "}":
            depth -= 1
            if depth == 0:
                return k
    return len(word) - 1


def _words(part: str) -> list[str]:
    return [part[a:b] for a, b in _split_depth0(part, _WORD_SEP) if part[a:b]]


def _join(words: list[str]) -> str:
    return decode_tex(" ".join(words))


_EXTENDED = re.compile(r"\s*(family|given|prefix|suffix|useprefix)\s*=", re.I)


def _extended(raw: str) -> Person | None:
    """biblatex's ``family=Doe, given=Jane, prefix=van``."""
    parts = [raw[a:b] for a, b in _split_depth0(raw, _COMMA)]
    if not parts or not all(_EXTENDED.match(p) for p in parts):
        return None
    fields: dict[str, str] = {}
    for p in parts:
        key, _, value = p.partition("=")
        fields[key.strip().lower()] = decode_tex(value.strip().strip('"'))
    given = fields.get("given")
    return Person(
        family=fields.get("family"),
        given=given,
        particle=fields.get("prefix"),
        suffix=fields.get("suffix"),
        initials=_initials_of(given.split()) if given else None,
        raw=raw,
    )


def _one(raw: str) -> tuple[Person | None, bool]:
    """One BibTeX name: ``(person, family_first)``."""
    text = raw.strip()
    if not text:
        return None, False
    if text.startswith("{") and _close(text, 0) == len(text) - 1:
        return Person(literal=decode_tex(text), raw=raw), False
    ext = _extended(text)
    if ext is not None:
        return ext, True
    parts = [text[a:b].strip() for a, b in _split_depth0(text, _COMMA)]
    first: list[str]
    jr: list[str] = []
    if len(parts) == 1:
        words = _words(parts[0])
        if len(words) == 1:
            return Person(family=_join(words), raw=raw), False
        cases = [_case(w) for w in words]
        lows = [k for k in range(len(words) - 1) if cases[k] == "l"]
        if lows:
            lo, hi = lows[0], lows[-1] + 1
            first, von, last = words[:lo], words[lo:hi], words[hi:]
        else:
            first, von, last = words[:-1], [], words[-1:]
        family_first = False
    else:
        head = _words(parts[0])
        if len(parts) >= 3:
            jr = _words(parts[1])
            first = _words(", ".join(parts[2:]))
        else:
            first = _words(parts[1])
        k = 0
        while k < len(head) - 1 and _case(head[k]) == "l":
            k += 1
        von, last = head[:k], head[k:]
        family_first = True
    given = _join(first) or None
    return (
        Person(
            family=_join(last) or None,
            given=given,
            particle=_join(von) or None,
            suffix=_join(jr) or None,
            initials=_initials_of(given.split()) if given else None,
            raw=raw,
        ),
        family_first,
    )


def _parse_bibtex(text: str, locales: LocalesArg = None) -> Parsed[PersonList]:
    """BibTeX's grammar has no language: by default names are split at ``and`` and a last
    ``others`` is "et al.".  A caller that names ``locales`` (as biber's ``namesep`` and
    ``others_string`` do) also splits at their one-word list words (``und``) and reads their
    "and others" word (``andere``)."""
    sep, others = (
        (_AND_WS, frozenset({"others"})) if locales is None else _list_words(resolve(locales))
    )
    if not text.strip():
        return fail(text, "no text", ErrorCode.EMPTY)
    diags: list[Diagnostic] = []
    if text.count("{") != text.count("}"):
        diags.append(
            Diagnostic(
                "unbalanced-braces", "braces do not balance", (0, len(text)), Severity.WARNING
            )
        )
    persons: list[Person] = []
    orders: set[bool] = set()
    et_al = False
    for a, b in split_bibtex_names(text, sep):
        chunk = text[a:b]
        if chunk.strip().casefold() in others:
            et_al = True
            diags.append(Diagnostic("et-al", "the list ends in 'others'", (a, b), Severity.INFO))
            continue
        person, family_first = _one(chunk)
        if person is None or (person.literal is None and not (person.family or person.given)):
            diags.append(
                Diagnostic("removed-non-name", f"dropped {chunk!r}", (a, b), Severity.WARNING)
            )
            continue
        if person.literal is None:
            orders.add(family_first)
        persons.append(person)
    if not persons:
        return fail(text, "no person name found", ErrorCode.NOT_FOUND, 0, len(text), tuple(diags))
    order = None
    if orders == {True}:
        order = NameOrder.FAMILY_FIRST
    elif orders == {False}:
        order = NameOrder.GIVEN_FIRST
    elif orders:
        order = NameOrder.MIXED
    value = PersonList(
        persons=tuple(persons),
        et_al=et_al,
        order=order,
        raw=text,
        diagnostics=tuple(diags),
    )
    return Parsed(value, tuple(diags), text)
