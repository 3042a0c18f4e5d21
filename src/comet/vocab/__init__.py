"""Vocabularies: publication statuses, publication types, languages, countries, labels.

Each parser follows the contract of ``docs/contract.md``; the words of each
language live in the locale files (``[status]``, ``[types]``,
``[type_categories]``, ``[peer_review]``, ``[labels]``), language and territory
names come from language-data (CLDR).  See ``docs/vocabularies.md``.

>>> parse_status("Publisert").value.value
'published'
>>> parse_publication_type("Contribution to journal › Article › peer-review").peer_reviewed
True
>>> parse_language("dansk").tag, parse_country("Tyskland").code
('da', 'DE')
"""

from __future__ import annotations

from typing import Any

from comet.vocab import types as _types
from comet.vocab._labels import LabelMatch, label_at, label_terms, match_label
from comet.vocab._names import territory_names
from comet.vocab.country import Country, country_name, find_countries, parse_country, split_place
from comet.vocab.country import find_country as find_country  # deprecated alias
from comet.vocab.language import Language, parse_language
from comet.vocab.status import Status, StatusValue, parse_status
from comet.vocab.types import CSL_TYPES, PublicationType, parse_publication_type

__all__ = [
    "CSL_TYPES",
    "TYPE_CSL",
    "Country",
    "LabelMatch",
    "Language",
    "PublicationType",
    "Status",
    "StatusValue",
    "country_name",
    "find_countries",
    "label_at",
    "label_terms",
    "match_label",
    "parse_country",
    "parse_language",
    "parse_publication_type",
    "parse_status",
    "split_place",
    "territory_names",
]


def __getattr__(name: str) -> Any:
    """``TYPE_CSL``, read from ``comet/vocab/types.toml`` on first use."""
    if name == "TYPE_CSL":
        return _types.TYPE_CSL
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
