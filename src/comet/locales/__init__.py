"""Locale rules as data: one TOML file per language, loaded once and validated.

>>> import comet.locales as L
>>> "da" in L.available()
True
>>> L.get("dansk").tag
'da'
>>> L.get("da-DK").lookup("status", "udgivet")
'published'

Built-in files live next to this module (``da.toml``, ``sv.toml``, …).  Third
parties ship more through the entry-point group ``comet.locales``: each entry
point loads to a path of a TOML file (or a callable returning one or several
paths).  A pack whose ``tag`` is new adds a locale; a pack whose ``tag`` exists
*adds* terms to it (add-only: built-in terms are never removed).

Nothing is read at import time; the first call loads every file once
(``functools.cache``), so the data is shared by every parser in the process.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import attrs

from comet.errors import LocaleDataError, UnknownLocaleError
from comet.locales import _schema
from comet.locales._rule_set import RuleSet

__all__ = [
    "LocaleRules",
    "Locales",
    "all_rules",
    "alternation",
    "available",
    "fold",
    "get",
    "load_file",
    "read_data",
    "resolve",
    "validate_file",
]

ENTRY_POINT_GROUP = "comet.locales"
#: The tag of the language-neutral rules that join every locale choice (``mul.toml``).
NEUTRAL = "mul"


def fold(term: str) -> str:
    """The lookup key of a term: NFC, casefolded (Turkish ı and İ as i), inner whitespace
    collapsed.

    Short terms are memoised: parsers fold the same labels, months and keywords over and
    over (the cache holds at most 16,384 terms of up to 64 characters).
    """
    if len(term) <= _FOLD_CACHED:
        return _fold_cached(term)
    return _fold(term)


_FOLD_CACHED = 64


def _fold(term: str) -> str:
    if not term.isascii():
        term = unicodedata.normalize("NFC", term)
        folded = term.casefold()
        if "\u0131" in folded or "\u0307" in folded:
            # Turkish dotless ı and dotted İ (casefolded to i + a combining dot): one letter
            # in either case ('Sayı' and 'SAYI', 'Kelimeler' and 'KELİMELER' meet)
            folded = folded.replace("i\u0307", "i").replace("\u0131", "i")
        return " ".join(folded.split())
    return " ".join(term.casefold().split())


_fold_cached = functools.lru_cache(maxsize=16384)(_fold)


@attrs.frozen(eq=False)
class LocaleRules:
    """The validated rules of one locale (hashable by identity; one per process)."""

    tag: str
    names: tuple[str, ...]
    date_order: str
    sections: Mapping[str, Mapping[str, tuple[str, ...]]]
    examples: tuple[Mapping[str, Any], ...]
    sources: tuple[str, ...]
    _index: Mapping[str, Mapping[str, str]] = attrs.field(repr=False)

    def terms(self, section: str, key: str | None = None) -> tuple[str, ...]:
        """The strings of ``section`` (all keys, or only ``key``), in file order."""
        table = self.sections.get(section, {})
        if key is not None:
            return table.get(key, ())
        return tuple(t for values in table.values() for t in values)

    def keys(self, section: str) -> tuple[str, ...]:
        """The canonical keys present in ``section``."""
        return tuple(self.sections.get(section, {}))

    def lookup(self, section: str, term: str) -> str | None:
        """The canonical key whose list holds ``term`` (case-insensitive), or ``None``."""
        return self._index.get(section, {}).get(fold(term))

    def index(self, section: str) -> Mapping[str, str]:
        """``fold(term) -> key`` for every term of ``section``."""
        return self._index.get(section, {})


#: A parser's ``locales=`` argument: a tag or name (``"da"``, ``"dansk"``), a loaded
#: :class:`LocaleRules`, several of either, or ``None`` for every registered locale.
#: The one definition; every parser that reads words takes ``*, locales: Locales = None``.
Locales = str | LocaleRules | Iterable[str | LocaleRules] | None


def alternation(
    terms: Iterable[str],
    *,
    space: str = r"\s+",
    each: Callable[[str, str], str] | None = None,
) -> str:
    """One regex alternation of locale ``terms``, the longest first (ties alphabetical).

    Longest first makes a term win over its own prefix (``Key words`` before ``Key``).
    Each term's words are escaped and joined by ``space`` (the whitespace the text may
    have between them); ``each(term, pattern)``, when given, returns the pattern to use
    for one term (to add boundaries).  An empty string when there are no terms.  Where
    ``space`` matches whitespace only and no ``each`` is given, shared beginnings are
    factored out (a trie: the same matches, found in a few branches per position instead
    of one per term; lexicons of hundreds of terms are searched several times faster).
    Wrap the result in a group (``(?:...)``) before adding to it.

    >>> print(alternation(["vol.", "volume", "vol"]))
    vol(?:ume|\\.|)
    >>> print(alternation(["vol.", "volume", "vol"], each=lambda term, pattern: pattern))
    volume|vol\\.|vol
    >>> alternation(["key words"], space=" +")
    'key +words'
    """
    ordered = sorted({" ".join(t.split()) for t in terms} - {""}, key=lambda t: (-len(t), t))
    if each is None and space in _TRIE_SPACES:
        return _trie_alternation(ordered, space)
    parts = []
    for term in ordered:
        pattern = space.join(re.escape(w) for w in term.split())
        parts.append(pattern if each is None else each(term, pattern))
    return "|".join(parts)


#: separators that match one whitespace character or more and nothing else: after one,
#: a term's next word starts, so no term's letter can match where a separator does
_TRIE_SPACES = frozenset({r"\s+", " ", " +", "[ \\t\\u00a0]+"})
#: a term's token: one character, or ``None`` for the separator between its words
_Token = str | None


class _Node:
    """A trie node: the terms that share the beginning that leads here."""

    __slots__ = ("end", "kids", "rank")

    def __init__(self, rank: int) -> None:
        self.rank = rank  # the flat rank of the first term through here
        self.end: int | None = None  # the rank of the term ending here, if one does
        self.kids: dict[_Token, _Node] = {}


def _trie_alternation(ordered: list[str], space: str) -> str:
    """The alternation of ``ordered`` (longest first) with shared beginnings factored out
    (``vol(?:ume|\\.|)``), so the engine tries a few branches at each position instead of
    every term.  It matches what the flat alternation matches and prefers the same term:
    branches that part at letters no case-insensitive match confuses cannot both match,
    and where a term ends inside a longer one the longer is tried first, as in the flat
    order.  Branches whose first letters may be one letter under ``re.I`` (``V``/``v``)
    keep their terms unfactored, in the flat order."""
    root = _Node(0)
    for rank, term in enumerate(ordered):
        node = root
        for i, word in enumerate(term.split()):
            for tok in (None, *word) if i else word:
                kid = node.kids.get(tok)
                if kid is None:
                    kid = node.kids[tok] = _Node(rank)
                node = kid
        if node is not root and node.end is None:
            node.end = rank
    return _emit(root, space)


def _case_key(tok: _Token) -> str | None:
    """The one letter ``tok`` is under ``re.I``, or ``"?"`` where that is not sure."""
    if tok is None:
        return None
    upper = tok.upper()
    if len(upper) == 1 and len(upper.lower()) == 1:
        return upper.lower()
    lower = tok.lower()
    return lower if len(lower) == 1 and tok.isascii() else "?"


def _same_under_i(a: _Token, b: _Token) -> bool:
    """Whether one-letter tokens ``a`` and ``b`` match each other under ``re.I``."""
    if a is None or b is None:
        return False
    return bool(re.fullmatch(re.escape(a), b, re.I) or re.fullmatch(re.escape(b), a, re.I))


def _under(tokens: tuple[_Token, ...], node: _Node) -> list[tuple[int, tuple[_Token, ...]]]:
    """(rank, tokens) of every term ending at or under ``node``, reached by ``tokens``."""
    out = [(node.end, tokens)] if node.end is not None else []
    for tok, kid in node.kids.items():
        out.extend(_under((*tokens, tok), kid))
    return out


def _pattern(tokens: tuple[_Token, ...], space: str) -> str:
    return "".join(space if t is None else re.escape(t) for t in tokens)


def _emit(node: _Node, space: str) -> str:
    kids = sorted(node.kids.items(), key=lambda kv: kv[1].rank)
    groups: list[tuple[set[str | None], list[tuple[_Token, _Node]]]] = []
    for tok, kid in kids:
        key = _case_key(tok)
        for keys, members in groups:  # siblings that may match one text under re.I
            if (key in keys and key != "?") or (
                ("?" in keys or key == "?") and any(_same_under_i(m, tok) for m, _ in members)
            ):
                keys.add(key)
                members.append((tok, kid))
                break
        else:
            groups.append(({key}, [(tok, kid)]))
    parts = []
    for _, members in groups:  # in the flat order of their first terms
        if len(members) == 1:
            tok, kid = members[0]
            parts.append(_pattern((tok,), space) + _emit(kid, space))
        else:  # letters one under re.I (or unsure): the terms below in the flat order
            terms = sorted(t for tok, kid in members for t in _under((tok,), kid))
            parts.extend(_pattern(toks, space) for _, toks in terms)
    if node.end is not None and parts:
        parts.append("")
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")" if parts else ""


def _fail(path: str, key: str, message: str) -> LocaleDataError:
    return LocaleDataError(path, key, message)


def _check_str_list(path: str, key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, key, "expected a list of strings")
    out: list[str] = []
    for i, v in enumerate(value):
        if not v.strip():
            raise _fail(path, f"{key}[{i}]", "empty string")
        if v != v.strip():
            raise _fail(path, f"{key}[{i}]", f"leading or trailing space in {v!r}")
        out.append(unicodedata.normalize("NFC", v))
    return tuple(out)


def parse_data(data: Mapping[str, Any], path: str) -> LocaleRules:
    """Validate the decoded TOML ``data`` of ``path`` and build :class:`LocaleRules`."""
    tag = data.get("tag")
    if not isinstance(tag, str) or not _schema.TAG_RE.match(tag):
        raise _fail(path, "tag", f"expected a BCP 47 tag like 'da' or 'pt-BR', got {tag!r}")
    names = _check_str_list(path, "names", data.get("names", []))
    date_order = data.get("date_order", "DMY")
    if date_order not in _schema.DATE_ORDERS:
        raise _fail(path, "date_order", f"expected one of DMY, MDY, YMD, got {date_order!r}")
    examples = data.get("examples", [])
    if not isinstance(examples, list) or not all(isinstance(e, dict) for e in examples):
        raise _fail(path, "[[examples]]", "expected an array of tables")
    for i, ex in enumerate(examples):
        if "expect" not in ex:
            raise _fail(path, f"[[examples]][{i}]", "missing 'expect'")
    sources = _check_str_list(path, "source", data.get("source", []))
    sections: dict[str, dict[str, tuple[str, ...]]] = {}
    index: dict[str, dict[str, str]] = {}
    for name, table in data.items():
        if name in _schema.TOP_LEVEL:
            continue
        if name not in _schema.SECTIONS:
            known = ", ".join(sorted(_schema.SECTIONS))
            raise _fail(path, f"[{name}]", f"unknown section (known: {known})")
        if not isinstance(table, dict):
            raise _fail(path, f"[{name}]", "expected a table")
        allowed = _schema.SECTIONS[name]
        sec: dict[str, tuple[str, ...]] = {}
        idx: dict[str, str] = {}
        for key, value in table.items():
            where = f"[{name}].{key}"
            if allowed is not None and key not in allowed:
                raise _fail(path, where, f"unknown key (allowed: {', '.join(sorted(allowed))})")
            if allowed is None and not _schema.KEY_RE.match(key):
                raise _fail(path, where, "keys are lower-case words: letters, digits, '-', '_'")
            terms = _check_str_list(path, where, value)
            if where == "[name_grammar].name_order" and (
                len(terms) != 1 or terms[0] not in _schema.NAME_ORDERS
            ):
                raise _fail(path, where, "expected ['family-first'] or ['given-first']")
            sec[key] = terms
            for term in terms:
                folded = fold(term)
                other = idx.get(folded)
                if other is not None and other != key:
                    raise _fail(path, where, f"{term!r} is also listed under [{name}].{other}")
                idx[folded] = key
        sections[name] = sec
        index[name] = idx
    return LocaleRules(
        tag=tag,
        names=names,
        date_order=str(date_order),
        sections=sections,
        examples=tuple(examples),
        sources=sources,
        index=index,
    )


def load_file(path: str | os.PathLike[str]) -> LocaleRules:
    """Read and validate one rule file; raise :class:`LocaleDataError` naming the problem."""
    p = Path(path)
    shown = p.name
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise _fail(shown, "", f"cannot read file: {exc.strerror or exc}") from None
    return _loads(raw, shown)


def _loads(raw: bytes, shown: str) -> LocaleRules:
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _fail(shown, "", f"not UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise _fail(shown, "", f"not valid TOML: {exc}") from None
    return parse_data(data, shown)


def read_data(package: str, name: str) -> dict[str, Any]:
    """The TOML data file ``name`` shipped in ``package`` (``read_data("comet.page",
    "currencies.toml")``); a file that is not valid TOML raises :class:`LocaleDataError`
    naming it (``comet/page/currencies.toml (file): …``)."""
    raw = resources.files(package).joinpath(name).read_bytes()
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        shown = f"{package.replace('.', '/')}/{name}"
        raise _fail(shown, "(file)", f"not valid TOML: {exc}") from None


def validate_file(path: str | os.PathLike[str]) -> list[str]:
    """Problems of a rule file, as ``file [section].key: message`` lines (empty when valid)."""
    try:
        rules = load_file(path)
    except LocaleDataError as exc:
        return [str(exc)]
    name = Path(path).name
    problems = _schema.one_word_problems(name, rules.sections)
    if Path(path).stem != rules.tag:
        problems.append(f"{name} tag: {rules.tag!r} does not match the file name")
    months = rules.sections.get("months")
    if months:
        missing = [m for m in _schema.MONTHS if m not in months]
        if missing:
            problems.append(f"{name} [months]: no names for {', '.join(missing)}")
    for i, ex in enumerate(rules.examples):
        inputs = [k for k in ex if k not in _schema.EXAMPLE_KEYS]
        if len(inputs) != 1:
            problems.append(
                f"{name} [[examples]][{i}]: expected one input key (date, status, …), "
                f"got {inputs or 'none'}"
            )
    return problems


def _merge(base: LocaleRules, extra: LocaleRules) -> LocaleRules:
    """``base`` with ``extra``'s terms appended (add-only)."""
    data: dict[str, Any] = {
        "tag": base.tag,
        "names": list(dict.fromkeys((*base.names, *extra.names))),
        "date_order": base.date_order,
        "examples": [*base.examples, *extra.examples],
        "source": [*base.sources, *extra.sources],
    }
    for name in set(base.sections) | set(extra.sections):
        table: dict[str, list[str]] = {}
        for src in (base.sections.get(name, {}), extra.sections.get(name, {})):
            for key, terms in src.items():
                table.setdefault(key, [])
                table[key].extend(t for t in terms if t not in table[key])
        data[name] = table
    return parse_data(data, f"{base.tag}+{extra.tag}")


def _builtin_files() -> Iterator[tuple[str, bytes]]:
    for entry in sorted(resources.files(__name__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            yield entry.name, entry.read_bytes()


def _plugin_paths() -> Iterator[tuple[str, str | os.PathLike[str]]]:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        obj = ep.load()
        if callable(obj):
            obj = obj()
        items = obj if isinstance(obj, list | tuple) else [obj]
        for item in items:
            yield ep.name, item


@functools.cache
def _registry() -> Mapping[str, LocaleRules]:
    reg: dict[str, LocaleRules] = {}
    for name, raw in _builtin_files():
        rules = _loads(raw, name)
        if rules.tag != name.removesuffix(".toml"):
            raise _fail(name, "tag", f"{rules.tag!r} does not match the file name")
        reg[rules.tag] = rules
    for _ep, path in _plugin_paths():
        rules = load_file(path)
        reg[rules.tag] = _merge(reg[rules.tag], rules) if rules.tag in reg else rules
    return reg


def available() -> tuple[str, ...]:
    """Tags of every registered locale (built-in and third-party), sorted."""
    return tuple(sorted(_registry()))


def all_rules() -> tuple[LocaleRules, ...]:
    """Every registered :class:`LocaleRules`, in tag order (one :class:`RuleSet` per
    registry: built again only where the registry is another)."""
    global _all_rules
    reg = _registry()
    if _all_rules[0] is not reg:
        _all_rules = (reg, RuleSet(reg[t] for t in sorted(reg)))
    return _all_rules[1]


#: the registry :func:`all_rules` last read and its rules
_all_rules: tuple[object, tuple[LocaleRules, ...]] = (object(), ())


@functools.cache
def _by_name() -> Mapping[str, str]:
    out: dict[str, str] = {}
    for rules in _registry().values():
        for n in rules.names:
            out.setdefault(fold(n), rules.tag)
    return out


@functools.cache
def get(tag: str) -> LocaleRules:
    """The rules for ``tag``: a BCP 47 tag (``da``, ``da-DK``) or a language name (``dansk``).

    Raises :class:`~comet.UnknownLocaleError` when nothing matches.
    """
    if not isinstance(tag, str):
        raise TypeError(f"locale tag must be str, not {type(tag).__name__}")
    reg = _registry()
    key = tag.strip().replace("_", "-")
    if key in reg:
        return reg[key]
    by_name = _by_name().get(fold(key))
    if by_name is not None:
        return reg[by_name]
    if _schema.TAG_RE.match(key):
        lower = key.lower()
        for cand in (lower, lower.split("-")[0]):
            if cand in reg:
                return reg[cand]
    try:
        import langcodes

        lang = langcodes.Language.get(key) if _schema.TAG_RE.match(key) else langcodes.find(key)
        base = str(lang.language or "")
        if base == "no":
            base = "nb"
        if base in reg:
            return reg[base]
    except (LookupError, ValueError):
        pass
    raise UnknownLocaleError(tag)


def resolve(locales: Locales) -> tuple[LocaleRules, ...]:
    """Normalise a parser's ``locales=`` argument to a tuple of :class:`LocaleRules`.

    ``None`` means every registered locale. The language-neutral rules (``mul``: field names
    of metadata schemes such as ``dc.title``, which pages print whatever their language)
    are added to any other choice.
    """
    if locales is None:
        return all_rules()
    last = _last_resolved
    if locales is last[0]:
        return last[1]  # (the parsers of a page pass its tuple of rules again and again)
    if isinstance(locales, tuple):
        try:
            found = _resolve_tuple(locales)
        except TypeError:  # an unhashable item: resolve the long way (and fail clearly)
            pass
        else:
            _remember_resolved(locales, found)
            return found
    return _resolve(locales)


#: the tuple :func:`resolve` was last given and what it resolved to: the same tuple object
#: resolves to the same rules without hashing its items again (as :func:`_resolve_tuple` does)
_last_resolved: tuple[object, tuple[LocaleRules, ...]] = (object(), ())


def _remember_resolved(locales: tuple[Any, ...], found: tuple[LocaleRules, ...]) -> None:
    global _last_resolved
    _last_resolved = (locales, found)


@functools.lru_cache(maxsize=256)
def _resolve_tuple(locales: tuple[str | LocaleRules, ...]) -> tuple[LocaleRules, ...]:
    return _resolve(locales)


def _resolve(
    locales: str | LocaleRules | Iterable[str | LocaleRules],
) -> tuple[LocaleRules, ...]:
    if isinstance(locales, str | LocaleRules):
        locales = [locales]
    out: list[LocaleRules] = []
    for item in locales:
        rules = item if isinstance(item, LocaleRules) else get(item)
        if rules not in out:
            out.append(rules)
    neutral = _registry().get(NEUTRAL)
    if out and neutral is not None and all(r.tag != NEUTRAL for r in out):
        out.append(neutral)  # language-neutral conventions join every language
    return RuleSet(out)


@functools.cache
def merged_index(section: str, locales: tuple[LocaleRules, ...]) -> Mapping[str, tuple[str, ...]]:
    """``fold(term) -> (key, …)`` over several locales (a term may mean several keys)."""
    out: dict[str, list[str]] = {}
    for rules in locales:
        for term, key in rules.index(section).items():
            keys = out.setdefault(term, [])
            if key not in keys:
                keys.append(key)
    return {t: tuple(k) for t, k in out.items()}


def terms_of(
    section: str, locales: Sequence[LocaleRules], key: str | None = None
) -> tuple[str, ...]:
    """Every string of ``section`` (optionally one ``key``) across ``locales``, de-duplicated."""
    seen: dict[str, None] = {}
    for rules in locales:
        for t in rules.terms(section, key):
            seen.setdefault(t, None)
    return tuple(seen)


@functools.cache
def folded_terms(
    section: str, locales: tuple[LocaleRules, ...], key: str | None = None
) -> frozenset[str]:
    """:func:`terms_of` folded (:func:`fold`: case, accents and spacing as the label
    matchers compare them), as a set, once per locale set."""
    return frozenset(fold(t) for t in terms_of(section, locales, key))


@functools.cache
def casefolded_terms(
    section: str, locales: tuple[LocaleRules, ...], key: str | None = None
) -> frozenset[str]:
    """:func:`terms_of` casefolded, as a set, once per locale set: the word sets the
    readers look words up in (``casefolded_terms("words", rules, "contact_words")``)."""
    return frozenset(t.casefold() for t in terms_of(section, locales, key))
