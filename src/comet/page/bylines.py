"""Lines of names: a byline read line by line, without the interface text and
affiliation markers sites glue into it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from comet import locales as _loc
from comet.dates import parse_date
from comet.names import Person, parse_names
from comet.page.chrome import (
    _GLUED,
    _function_words,
    _interface_in_names,
    _is_chrome,
    _name_lowercase,
)
from comet.page.evidence import _URL, _WORD, _YEAR, _lenient, _Page
from comet.page.layout import Line
from comet.vocab import PublicationType, parse_publication_type


def _is_name_line(t: str, page: _Page) -> bool:
    """A line listing two or more names (memoised per line text)."""
    key = ("name-line", t)
    if key not in page.memo:
        page.memo[key] = _names_line(t, page)
    result: bool = page.memo[key]
    return result


def _names_line(t: str, page: _Page) -> bool:
    joiners = _list_words(page.rules)
    if not any(c in t for c in ",;&") and not any(w.casefold() in joiners for w in t.split()):
        return False
    plist = _lenient(parse_names, t, locales=page.rules)
    return (
        plist is not None
        and len(plist) >= 2
        and _names_ok(list(plist), strict=True, page_rules=page.rules)
    )


#: a given name of initials in capitals only (``H``, ``DJ``, ``I.``): with it, a family name
#: that is a function word of some language (Italian ``Meno``) is still a name
_VANCOUVER_GIVEN = re.compile(r"[A-Z]{1,3}\.?")
#: initials written together: ``J.P.``, ``J.-P.``, ``A.B.C.``
_INITIALS = re.compile(r"(?:[^\W\d_]\.-?){2,4}")


def _names_ok(
    persons: Sequence[Person],
    *,
    strict: bool = False,
    page_rules: tuple[_loc.LocaleRules, ...] = (),
) -> bool:
    if not persons:
        return False
    for p in persons:
        if p.literal is not None:
            return False
        fam = p.family or ""
        if not fam[:1].isupper() or len(fam) > 40 or any(c.isdigit() for c in fam):
            return False
        tokens = f"{p.given or ''} {fam}".split()
        lower = _name_lowercase(page_rules) if page_rules else frozenset({"de", "van"})
        if len(tokens) > 5 or any(not w[:1].isupper() for w in tokens if w not in lower):
            return False
        if any(w.endswith(".") and len(w) > 3 and not _INITIALS.fullmatch(w) for w in tokens):
            return False  # an abbreviation ('Phys.', 'Math.'), not an initial
        if (
            strict
            and not _VANCOUVER_GIVEN.fullmatch(p.given or "")
            and any(w.casefold() in _function_words(page_rules) for w in tokens if len(w) > 1)
        ):
            return False  # 'Read More', 'Meno H' is a name (initials after a family name)
        if strict and not p.given:
            return False
        ui = _interface_in_names(page_rules)
        if any(w.casefold() in ui for t in tokens for w in _WORD.findall(_GLUED.sub(" ", t))):
            return False  # 'Open Access', 'Search ScienceDirect', 'KondoEmail author'
        if len(tokens) <= 3 and _is_type_term(" ".join(tokens), page_rules):
            return False  # 'Original Paper', 'Research Article': a genre line, no person
    return True


def _type_term(text: str, rules: tuple[_loc.LocaleRules, ...]) -> PublicationType | None:
    """The publication type ``text`` names when every word of it is a type term of the
    locales (``Original Paper``, ``Thèse``), else ``None``."""
    found = parse_publication_type(text, locales=rules or None, strict=False)
    if found.value is None or any(d.code == "unknown-type-term" for d in found.diagnostics):
        return None
    return found.value


def _is_type_term(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether every word of ``text`` is a publication-type term of the locales."""
    return _type_term(text, rules) is not None


@attrs.frozen
class _Byline:
    persons: tuple[Person, ...]
    span: tuple[int, int]
    first_line: int
    last_line: int


def _line_names(t: str, page: _Page) -> tuple[Person, ...] | None:
    """The names on one byline line (``()`` for a connector line), or ``None``."""
    key = (t, page.rules)
    if key not in page.memo:
        page.memo[key] = _line_names_uncached(t, page)
    result: tuple[Person, ...] | None = page.memo[key]
    return result


#: Longest line read as a byline (a consortium paper lists hundreds of names on one line).
MAX_BYLINE_LENGTH = 8000

#: affiliation and note markers after a name: ``Vargas a b,``, ``Cheal1,2``, ``Read*†``
_MARKERS = re.compile(
    r"(?<=[^\W\d_]{2})(?:\d{1,3}(?:[,–-] ?\d{1,3})*[*†‡§¶#]*|[*†‡§¶#]+)(?=[\s,;&]|$)"
    r"|(?<=\b[A-Z])\d{1,3}(?=[\s,;&.]|$)"
    r"|(?<=[^\W\d_]{2})(?:\s(?:[a-z]{1,2}\d{0,2}|\d{1,3}|[*†‡§¶]+))+(?=\s*(?:[,;&]|$))"
)
#: what every match of :data:`_MARKERS` holds (a digit or a marker sign, or a short
#: lower-case word before a separator or the end): a search much faster than its
#: look-behinds, to skip the lines without markers
_MAY_MARK = re.compile(r"[\d*†‡§¶#]|\s[a-z]{1,2}(?=\s*(?:[,;&]|$))")
#: an ORCID printed in a byline: ``ORCID: orcid.org/0000-0001-2345-6789``
_ORCID_IN_BYLINE = re.compile(
    r"\s*(?:ORCID:?\s*)?(?:https?://)?(?:orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]\d*", re.I
)


def _byline_text(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """A byline without what sites glue into it: runs of two or more interface words
    (``View ORCID Profile``, ``Author links open overlay panel``, ``Email author``) and
    affiliation markers."""
    if "-" in text:
        text = _ORCID_IN_BYLINE.sub("", text)
    for _ in range(3):  # 'Evans1 na1': the digit first, then the note marker it hid
        if not _MAY_MARK.search(text) or not _MARKERS.search(text):
            break
        text = _MARKERS.sub("", text)
    parts = _GLUED.sub(" ", text).split(" ")
    ui = _interface_in_names(rules)
    keep: list[str] = []
    run: list[str] = []
    for w in [*parts, ""]:
        bare = w.strip(",;:").casefold()
        if bare and (bare in ui or (run and w.strip(",;:").isupper())):
            run.append(w)
            continue
        if len(run) == 1 or (run and sum(r.strip(",;:").casefold() in ui for r in run) < 2):
            keep.extend(run)
        elif run and run[-1].endswith((",", ";", ":")):
            keep.append(",")
        run = []
        keep.append(w)
    out = " ".join(keep).replace(" ,", ",").strip()
    return re.sub(r"\s{2,}", " ", out).strip(" ,;")


@functools.cache
def _byline_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Words that may open a byline without being a name: the locales' author words
    (``by``, ``par``, ``af``) and name particles written with a capital (``Von``)."""
    terms = [*_loc.terms_of("person_names", rules, "author"),
             *_loc.terms_of("person_names", rules, "particles")]  # fmt: skip
    return frozenset(t.casefold() for t in terms if " " not in t)


def _without_byline_word(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``By Ana Ruiz`` → ``Ana Ruiz``; ``Von Jens Ohlsen`` → ``Jens Ohlsen``: the first word
    goes when it is a byline word and two or more capitalised words follow it."""
    first, _, rest = text.partition(" ")
    words = rest.split()
    if (
        first.casefold() in _byline_words(rules)
        and len(words) >= 2
        and all(w[:1].isupper() for w in words[:2])
    ):
        return rest
    return text


def _line_names_uncached(t: str, page: _Page) -> tuple[Person, ...] | None:
    joiners = _list_words(page.rules)
    words = t.strip(" ,;").split()
    while words and words[0].casefold() in joiners:
        words = words[1:]  # '& Ida Moe', 'and Ida Moe': the rest of a byline
    while words and words[-1].casefold() in joiners:
        words = words[:-1]
    core = " ".join(words).strip(" ,;")
    if core in ("", "…", "...") or core.casefold() in _et_al(page.rules):
        return ()
    if len(core) > MAX_BYLINE_LENGTH:
        return None
    core = _byline_text(core, page.rules)
    core = _without_byline_word(core, page.rules)
    if not core[:1].isupper() or not _capitalised(core, page.rules) or _YEAR.search(core):
        return None
    n_words = len(core.split())
    several = any(c in core for c in ",;&") or any(w.casefold() in joiners for w in core.split())
    if n_words > 4 and not several:
        return None  # one name of five words or more is a title or a sentence, not a name
    if _is_chrome(core, page.rules):
        return None
    if n_words <= 4 and _lenient(parse_date, core, locales=page.rules) is not None:
        return None
    plist = _lenient(parse_names, core, locales=page.rules)
    if plist is None or not _names_ok(list(plist), strict=True, page_rules=page.rules):
        return None
    if len(plist) == 1 and (n_words > 4 or (_acronym(core) and not _all_caps_name(core))):
        return None
    if plist.role is not None:
        page.memo[("role-line", t)] = plist.role
    return tuple(plist)


@functools.cache
def _list_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' list words (``and``, ``og``, ``&``) that join names in a byline."""
    return frozenset(w.casefold() for w in _loc.terms_of("person_names", rules, "and")) | {"&"}


@functools.cache
def _et_al(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(w.casefold() for w in _loc.terms_of("person_names", rules, "et_al"))


def _byline_at(page: _Page, first: int) -> _Byline | None:
    """Names on consecutive lines from line ``first``: one or many per line, with
    ``,`` / ``&`` / ``…`` lines between; stops at the first line that is not names or
    repeats a name already read (pages print names twice: byline, then affiliations).
    Memoised per line (every title candidate looks at the lines under it)."""
    key = ("byline-at", first)
    if key not in page.memo:
        page.memo[key] = _read_byline_at(page, first)
    result: _Byline | None = page.memo[key]
    return result


def _read_byline_at(page: _Page, first: int) -> _Byline | None:
    lines = page.layout.lines
    persons: list[Person] = []
    keys: set[str] = set()
    used: list[Line] = []
    for line in lines[first : first + 40]:
        if line.index in page.layout.label_lines or _URL.search(line.text):
            break
        names = _line_names(line.text, page)
        if names is None:
            break
        if any(p.match_key in keys for p in names):
            break
        if not names and not persons:
            continue
        persons.extend(names)
        keys.update(p.match_key for p in names)
        used.append(line)
    if not persons:
        return None
    real = [ln for ln in used if _line_names(ln.text, page)]
    span = (real[0].start, real[-1].end)
    roles = {page.memo.get(("role-line", ln.text)) for ln in real} - {None}
    if roles == {"editor"}:
        page.memo[("role", span)] = "editor"
    return _Byline(tuple(persons), span, real[0].index, real[-1].index)


def _all_caps_name(text: str) -> bool:
    """A name written wholly in capitals (``RAVI KUMAR KANAPARTHI``, ``P SILVIYA REETA``):
    two to four words, every one in capitals, not only initials."""
    words = text.split()
    return (
        2 <= len(words) <= 4 and all(w.isupper() for w in words) and any(len(w) > 1 for w in words)
    )


def _acronym(text: str) -> bool:
    return any(len(w) > 1 and w.isupper() and w.isalpha() for w in text.split())


def _capitalised(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Every word of a byline starts with a capital, apart from list words, particles
    and one-letter affiliation markers."""
    lower = _name_lowercase(rules)
    for w in text.replace(",", " ").replace(";", " ").split():
        if w[:1].isupper() or not w[:1].isalpha() or len(w) == 1 or w in lower:
            continue
        return False
    return True
