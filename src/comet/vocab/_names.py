"""Exact name lookups in language-data (the data behind langcodes).

language-data keeps CLDR names of languages and territories in every language
in marisa tries; ``language_data.names.name_to_code`` also accepts any name
that merely *starts* with a known one (``English abstract`` -> ``en``), which is
too loose for a parser, so comet asks the tries for exact names only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["alpha3_to_alpha2", "exact_code", "normalize_name", "territory_names"]


def normalize_name(name: str) -> str:
    """language-data's lookup form of a name (casefolded, no ``-(),``)."""
    from language_data.names import normalize_name as _nn

    return str(_nn(name))


@functools.cache
def _trie(category: str) -> Any:
    try:
        from language_data.names import load_trie
        from language_data.util import data_filename

        return load_trie(data_filename(f"trie/und/name_to_{category}.marisa"))
    except (ImportError, OSError, AttributeError):  # pragma: no cover - other versions
        return None


def exact_code(category: str, name: str) -> str | None:
    """The code whose name in some language is exactly ``name`` (``territory``/``language``)."""
    key = normalize_name(name)
    if not key or len(key) > 80 or not key.isprintable():
        return None  # the tries store 'key\x01value': control characters confuse them
    trie = _trie(category)
    if trie is None:  # pragma: no cover - fall back to the public, fuzzier API
        from language_data.names import name_to_code

        code = name_to_code(category, name)
        return str(code) if code else None
    if key not in trie:
        return None
    try:
        code = trie[key][0].decode("utf-8")
    except (KeyError, IndexError, UnicodeDecodeError):  # pragma: no cover - defensive
        return None
    return code if _CODE.fullmatch(code) else None


@functools.cache
def territory_names() -> Mapping[str, Mapping[str, str]]:
    """``region code -> {language tag: name}`` for every two-letter region."""
    from language_data.name_data import CODE_TO_NAMES

    return {
        code: names
        for code, names in CODE_TO_NAMES.items()
        if len(code) == 2 and code.isalpha() and code.isupper()
    }


_CODE = re.compile(r"[A-Za-z0-9]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}")
_ALPHA3 = re.compile(r'<territoryCodes type="([A-Z]{2})"[^>]*?alpha3="([A-Z]{3})"')


@functools.cache
def alpha3_to_alpha2() -> Mapping[str, str]:
    """ISO 3166-1 alpha-3 -> alpha-2, from CLDR's supplementalData (shipped by language-data)."""
    try:
        from language_data.util import data_filename

        with open(data_filename("supplementalData.xml"), encoding="utf-8") as fh:
            xml = fh.read()
    except (ImportError, OSError):  # pragma: no cover - other versions
        return {}
    return {a3: a2 for a2, a3 in _ALPHA3.findall(xml)}
