"""BibTeX name lists: ``parse_names(text, style="bibtex")``."""

from __future__ import annotations

from comet.names.lists import _parse_impl
from comet.names.record import LocalesArg, PersonList
from comet.records import Parsed


def _parse_bibtex(text: str, locales: LocalesArg) -> Parsed[PersonList]:
    return _parse_impl(text, locales, None)
