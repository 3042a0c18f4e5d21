"""Name knowledge read from the locale files (``[person_names]``), as lookup tables."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources

import attrs

from comet.locales import LocaleRules, fold, merged_index, parse_data

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
    # honorifics before a name, post-nominals after it: first word -> word tuples
    title_phrases: Mapping[str, tuple[tuple[str, ...], ...]]
    post_phrases: frozenset[tuple[str, ...]]
    generational: frozenset[str]  # 'jr', 'iii': suffixes even where initials could stand
    weak_titles: frozenset[str]
    needs_dot: frozenset[
        str
    ]  # 'sen': 'Sen.' is a suffix, 'Sen' a family name  # titles that are given names too: 'prince', 'queen', 'maj'
    conjunctions: frozenset[str]  # 'y' in 'Velasquez y Garcia'
    lone_suffixes: frozenset[str]  # 'v': a suffix only undotted, closing a lone full name
    given_names: frozenset[str] = frozenset()  # 'john', 'anna': words read as given names
    only_given: frozenset[str] = frozenset()  # 'julie': given names seldom family names
    compound_surnames: frozenset[str] = frozenset()  # '欧阳': two-character surnames
    common_surnames: frozenset[str] = frozenset()  # '王', '김': one-character surnames
    patronymic_endings: tuple[str, ...] = ()  # 'овна': a patronymic's ending (longest first)
    common_given: frozenset[str] = frozenset()  # 'ирина': common given names (bylines)
    # 'nguyễn': surnames of a language that writes the family name first (accents kept)
    family_first: frozenset[str] = frozenset()
    # 'نژاد': a word that closes a family name written apart from its first part
    closers: frozenset[str] = frozenset()


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


_PHRASE_KEYS = ("et_al", "editor", "editors", "translator", "compiler", "illustrator")
#: ``[person_names]`` keys of role words and the list role each sets
ROLE_OF = {
    "editor": "editor",
    "editors": "editor",
    "translator": "translator",
    "compiler": "compiler",
    "illustrator": "illustrator",
}
#: name knowledge of languages without a locale file: ``comet/locales/names/*.toml``
NAMES_DIR = "names"


@functools.cache
def name_files() -> tuple[LocaleRules, ...]:
    """The rule files of ``comet/locales/names/`` (validated like locale files).

    They hold only name words (particles, titles, list and role words) of languages that
    have no full locale yet; the name parsers always read them, whatever ``locales=`` says.
    """
    folder = resources.files("comet.locales").joinpath(NAMES_DIR)
    out: list[LocaleRules] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            data = tomllib.loads(entry.read_bytes().decode("utf-8"))
            out.append(parse_data(data, f"names/{entry.name}"))
    return tuple(out)


def _needs_dot(terms: Iterable[str]) -> frozenset[str]:
    """One-word abbreviations listed only with their final dot (``Sen.``, ``Gen.``): written
    without it (``Dan Sen``) the word is a name, not a suffix or title."""
    dotted: set[str] = set()
    bare: set[str] = set()
    for term in terms:
        word = fold(term)
        if " " in word:
            continue
        if word.endswith(".") and "." not in word[:-1]:
            dotted.add(word[:-1])
        else:
            bare.add(_dotless(word))
    return frozenset(dotted - bare)


def _phrase_table(terms: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the word tuples of ``terms`` (folded, without dots), longest first.

    ``Lt. Gen.`` is found as ``('lt', 'gen')`` and, written together, as ``('ltgen',)``.
    """
    table: dict[str, set[tuple[str, ...]]] = {}
    for term in terms:
        for var in _variants(term):
            key = tuple(w for w in (_dotless(x) for x in var) if w)
            if key:
                table.setdefault(key[0], set()).add(key)
    return {k: tuple(sorted(v, key=lambda x: (-len(x), x))) for k, v in table.items()}


@functools.cache
def _rules(locales: tuple[LocaleRules, ...]) -> _Rules:
    extra = tuple(r for r in name_files() if r not in locales)
    idx = merged_index("person_names", locales + extra)
    grammar = merged_index("name_grammar", locales + extra)

    def terms(key: str) -> list[str]:
        return [t for t, keys in idx.items() if key in keys]

    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key in _PHRASE_KEYS:
        for term in terms(key):
            for var in _variants(term):
                table.setdefault(var[0], []).append((var, key))
    phrases = {k: tuple(sorted(set(v), key=lambda x: -len(x[0]))) for k, v in table.items()}
    org = terms("organisation_words")
    post_titles = [t for t, k in grammar.items() if "post_titles" in k]
    lone = [t for t, k in grammar.items() if "lone_suffixes" in k]
    # a name listed as a family name too in any locale is no 'only given' name
    also_family = frozenset(t for t, k in grammar.items() if "given_names" in k)
    given = [t for t, k in grammar.items() if "only_given_names" in k]
    prefix_terms = [t for t in idx if set(idx[t]) & ({"author", "lead_in"} | set(ROLE_OF))]
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
        title_phrases=_phrase_table([*terms("titles"), *terms("given_name_titles")]),
        post_phrases=frozenset(
            v
            for vs in _phrase_table(
                [*terms("degrees"), *terms("suffixes"), *post_titles, *lone]
            ).values()
            for v in vs
        ),
        generational=frozenset(_dotless(t) for t in terms("suffixes")),
        weak_titles=frozenset(_dotless(t) for t in terms("given_name_titles")),
        lone_suffixes=frozenset(_dotless(t) for t in lone),
        needs_dot=_needs_dot(
            [*terms("titles"), *terms("given_name_titles"), *terms("degrees"), *terms("suffixes")]
        ),
        conjunctions=frozenset(t for t, k in grammar.items() if "surname_conjunctions" in k),
        given_names=frozenset(g for g in given if g not in also_family) | also_family,
        only_given=frozenset(g for g in given if g not in also_family),
        compound_surnames=frozenset(t for t, k in grammar.items() if "compound_surnames" in k),
        common_surnames=frozenset(t for t, k in grammar.items() if "common_surnames" in k),
        common_given=frozenset(t for t, k in grammar.items() if "common_given_names" in k),
        family_first=frozenset(t for t, k in grammar.items() if "family_first_surnames" in k),
        closers=frozenset(t for t, k in grammar.items() if "family_name_closers" in k),
        patronymic_endings=tuple(
            sorted({t for t, k in grammar.items() if "patronymic_endings" in k}, key=len)[::-1]
        ),
    )
