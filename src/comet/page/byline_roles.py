"""What a byline prints around its names besides them: an author word glued to the name
(``ByAna Ruiz``, ``Byby ANA RUIZ``) and the writer's job (``Ana RuizStaff Writer``,
``Redakteurin Ida Berg``, ``Contributing Correspondent`` on the next line). Job titles are
the locales' ``[words].byline_roles``; they are dropped, never read as names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from comet import locales as _loc
from comet.names import Person
from comet.page.evidence import _Page
from comet.page.layout import Line
from comet.page.name_plausible import known_given

#: a glue point inside a token: a lower-case letter, then a capital (``RuizStaff``)
_GLUE = re.compile(r"(?<=[^\W\d_])(?<![A-Z])(?=[A-Z])")


@functools.cache
def _roles(rules: tuple[_loc.LocaleRules, ...]) -> tuple[tuple[str, ...], ...]:
    """The locales' job titles of writers (``[words].byline_roles``) as folded word
    tuples, longest first (``Contributing Correspondent`` before ``Correspondent``)."""
    phrases = {
        tuple(_loc.fold(w) for w in t.split())
        for t in _loc.terms_of("words", rules, "byline_roles")
    }
    return tuple(sorted(phrases, key=len, reverse=True))


@functools.cache
def _role_starts(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The first words of the job titles, folded."""
    return frozenset(p[0] for p in _roles(rules))


def _role_at(folded: list[str], i: int, rules: tuple[_loc.LocaleRules, ...]) -> int:
    """The number of words of the job title that starts at ``folded[i]`` (the line's words
    folded, without the punctuation around them; 0: none)."""
    if folded[i] not in _role_starts(rules):
        return 0
    for phrase in _roles(rules):
        if tuple(folded[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def unglue_roles(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """A job title glued to the name before it split off (``Ana RuizStaff Writer`` →
    ``Ana Ruiz Staff Writer``); other inner capitals
    (``McGregor``, ``DeWitt``) stay."""
    starts = _role_starts(rules)
    if not starts:
        return text
    out: list[str] = []
    for token in text.split(" "):
        cuts = [m.start() for m in _GLUE.finditer(token)]
        for cut in cuts:
            rest = token[cut:]
            head = re.match(r"[^\W\d_]+", rest)
            if head is not None and _loc.fold(head.group()) in starts:
                token = f"{token[:cut]} {rest}"
                break
        out.append(token)
    return " ".join(out)


def without_roles(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str | None:
    """A byline line without the writer's job title: one after the names goes with what
    follows it (``Ana Ruiz Staff Writer``, ``Ida Berg, Pressesprecherin Windkraft``), one
    before names that open with a known given name goes alone (``Redakteurin Ida Berg``).
    ``None`` when the line is a job title
    and what qualifies it, with no name before it (``Contributing Correspondent``,
    ``Periodista Judicial``); the line unchanged when it holds none."""
    words = text.split()
    if not words or not _role_starts(rules):
        return text
    folded = [_loc.fold(w.strip(",;:|·–—-")) for w in words]
    for i in range(len(words)):
        n = _role_at(folded, i, rules)
        if not n:
            continue
        if i == 0:
            rest = words[n:]
            if 2 <= len(rest) <= 4 and all(w[:1].isupper() for w in rest) and known_given(rest[0]):
                return " ".join(rest)  # 'Rechtsanwalt Ana Ruiz', 'Online-Redaktion Ida Berg'
            return None  # 'Pressesprecherin Windkraft Onshore': the job and its field
        return " ".join(words[:i]).rstrip(" ,;|·–—-")
    return text


@functools.cache
def _longest_first(by_words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The author words of letters only by their first letter, the longest first (sorted
    once, not per line; a line's first word is tried against those of its letter only)."""
    out: dict[str, list[str]] = {}
    for w in sorted((w for w in by_words if w.isalpha()), key=len, reverse=True):
        out.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


def unglue_by_word(text: str, by_words: frozenset[str]) -> str:
    """``ByAna Ruiz`` → ``By Ana Ruiz``; ``Byby ANA RUIZ`` and ``By by ANA RUIZ`` → ``By ANA
    RUIZ``: an author word glued to the capitalised name after it, or printed twice."""
    first, sep, rest = text.partition(" ")
    low = first.casefold()
    second, _, after = rest.partition(" ")
    if low in by_words and second.casefold() == low and after:
        return f"{first} {after}"  # 'By by Ana Ruiz': the label, then the byline's own word
    for w in _longest_first(by_words).get(low[:1], ()):
        if len(first) <= len(w) or not low.startswith(w):
            continue
        tail = first[len(w) :]
        if tail.casefold() == w:
            return f"{first[: len(w)]}{sep}{rest}"  # 'Byby'
        if tail[:1].isupper() and tail[1:2].islower() and first[:1].isupper():
            return f"{first[: len(w)]} {tail}{sep}{rest}"  # 'ByAna'
    return text


#: the role keys of ``[person_names]`` whose phrases may open a byline line, and the CSL
#: role each names
_ROLE_KEYS = {
    "editor": "editor",
    "editors": "editor",
    "translator": "translator",
    "compiler": "compiler",
    "illustrator": "illustrator",
}


@functools.cache
def _role_of_phrase(rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
    """Each role phrase of the locales (folded) and its CSL role; a compiler's phrase that
    opens a report's cover byline too (``[words].cover_bylines``: ``udarbejdet af``,
    ``sammanställd av``, *prepared by*) names the report's authors, as the cover reader
    reads it, and is left out."""
    cover = {t.casefold() for t in _loc.terms_of("words", rules, "cover_bylines")}
    out: dict[str, str] = {}
    for key, role in _ROLE_KEYS.items():
        for term in _loc.terms_of("person_names", rules, key):
            if not (role == "compiler" and term.casefold() in cover):
                out.setdefault(term.casefold(), role)
    return out


@functools.cache
def _role_phrases(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """The locales' role phrases of name lists (``[person_names]`` editor, translator,
    compiler and illustrator words) that may open a byline: those of several words or
    with a stop (``Translated by``, ``Traduit par``, ``под редакцией``, ``übers. v.``) or
    in a script without capitals (``ترجمة``), or any before a colon (``Составитель:``); longest first, matched case-blind."""
    named = _role_of_phrase(rules)
    if not named:
        return None
    # (a script without capitals cannot show where a name opens: its one-word role words
    # too, Arabic 'ترجمة' before a name)
    loose = [t for t in named if " " in t or t.endswith(".") or _caseless_letter(t[:1])]
    # (shared beginnings factored out: the terms' flat alternation, longest first, tried
    # every one of its hundreds of terms on every line that opens with none)
    alts = _loc.alternation(loose, space=" ") or "(?!)"
    colon = _loc.alternation(named, space=" ")
    return re.compile(rf"(?:(?P<term>{alts})(?!\w)\s*:?|(?P<colon>{colon})\s*:)\s+", re.I)


def role_phrase(text: str, rules: tuple[_loc.LocaleRules, ...]) -> tuple[str | None, str]:
    """A byline line's role phrase taken off its start, and the CSL role it names
    (``Translated by Ana Ruiz`` → ``("translator", "Ana Ruiz")``, ``Составитель: Гущин К.
    Л.`` → ``("compiler", "Гущин К. Л.")``); ``(None, text)`` where the line opens with
    none or no capitalised word follows it (``Edited by hand``)."""
    pattern = _role_phrases(rules)
    m = pattern.match(text) if pattern is not None else None
    if m is None:
        return None, text
    rest = text[m.end() :]
    role = _role_of_phrase(rules).get((m.group("term") or m.group("colon")).casefold())
    if role is None or not (rest[:1].isupper() or _caseless_letter(rest[:1])):
        return None, text  # ('HAZIRLAYAN': a capital dotless I folds to another word)
    return role, rest


def _caseless_letter(ch: str) -> bool:
    """``ch`` is a letter of a script without capitals (Arabic ``ترجمة أحمد``, Han)."""
    return ch.isalpha() and not ch.islower()


#: a byline word, then a role in brackets (``By (author) Ana Ruiz``, ``Edited by (editor)``,
#: as a bookshop's ONIX record prints its contributors)
_BRACKET_ROLE = re.compile(
    r"(?P<by>[^\W\d_]+(?: [^\W\d_]+)?)\s+\((?P<role>[^()]{2,24})\)\s+(?=[^\W\d_])"
)


def bracketed_role(
    text: str, rules: tuple[_loc.LocaleRules, ...], by_words: frozenset[str]
) -> tuple[str | None, str]:
    """A shop's contributor line opened by a byline word and a role in brackets, the role
    taken off with it (``By (author) Ana Ruiz`` → ``("author", "Ana Ruiz")``, ``By
    (illustrator) Tom Lee`` → ``("illustrator", "Tom Lee")``); ``(None, text)`` where the
    bracket holds no role word of the locales (``By (the river) Ana``) or no byline word
    or role phrase opens the line."""
    m = _BRACKET_ROLE.match(text)
    if m is None:
        return None, text
    by = m.group("by").casefold()
    if by not in by_words and by not in _role_of_phrase(rules):
        return None, text
    word = m.group("role").strip(" .").casefold()
    role = "author" if word in _author_words(rules) else _role_of_phrase(rules).get(word)
    if role is None:
        role = _role_of_phrase(rules).get(word + ".")
    return (role, text[m.end() :]) if role is not None else (None, text)


@functools.cache
def _author_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' author words of name lists, folded (``author``, ``autor``, ``auteur``)."""
    return frozenset(t.casefold() for t in _loc.terms_of("person_names", rules, "author"))


def role_of_line(page: _Page, line: Line, opening: bool = False) -> str | None:
    """The role a byline line names (``Translated by``: ``translator``; an editor's mark,
    ``(eds.)``, too unless ``opening``: only a phrase opening the line), as
    :func:`comet.page.bylines._line_names` noted it; ``None`` for a line of names alone."""
    role = page.memo.get(("role-phrase" if opening else "role-line", line.text))
    return role if isinstance(role, str) else None


def role_remnant(persons: Sequence[Person], role: str | None) -> bool:
    """What a role word left of a value is no name: one word that no lexicon knows as a
    given name, with no given name (``Ban biên tập``, *the editorial board*: the role word
    ``biên tập`` leaves ``Ban``; ``Redaktion Nord``)."""
    if role is None or len(persons) != 1:
        return False
    p = persons[0]
    words = (p.family or p.literal or "").split()
    return not p.given and len(words) == 1 and not known_given(words[0])


#: a word's start after a space (where another role's phrase may open inside a value)
_INNER_WORD = re.compile(r"(?<=\s)[^\W\d_]")


def before_other_role(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """A labelled list of authors cut before another role's phrase inside it
    (:func:`role_phrase`: ``Ana Ruiz , Ida Moe Çeviri: Eva Lund`` → ``Ana Ruiz , Ida Moe``;
    a shop prints its translator on the authors' line); ``text`` unchanged where none opens
    after its first word or the phrase names the authors (``By``)."""
    if _role_phrases(rules) is None:
        return text
    for m in _INNER_WORD.finditer(text):
        role, _rest = role_phrase(text[m.start() :], rules)
        if role is not None and role != "author":
            return text[: m.start()].rstrip(" ,;،؛")
    return text
