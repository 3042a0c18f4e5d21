"""The tag table (``tags.toml``): which embedded metadata tag fills which field, the
families and their weights, and the schema.org types that are a work."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import attrs

__all__ = ["TagTable", "tag_table"]


@attrs.frozen
class TagTable:
    """``tags.toml``, read once."""

    #: tag name (lower-cased) → field kind
    fields: dict[str, str]
    #: name prefix → family, longest prefix first
    prefixes: dict[str, str]
    #: family → weight
    weights: dict[str, float]
    #: schema.org types (lower-cased) whose item is the page's work, in order of preference
    work_types: tuple[str, ...]
    #: of those, the types tried only when no other is on the page (``CreativeWork``)
    generic_types: frozenset[str]
    #: schema.org types (lower-cased) of a series a work is part of (``BookSeries``)
    series_types: frozenset[str] = frozenset()
    #: COinS: the keys that name the whole a part is in, where a span names the part's own
    #: title (``rft.atitle``), and the name each is read under (``[coins]``)
    coins_wholes: dict[str, str] = attrs.field(factory=dict)
    coins_part: str = ""
    #: an ``info:`` URI's namespace (lower-cased) → the field its identifier is read as
    info_uris: dict[str, str] = attrs.field(factory=dict)
    #: schema.org types (lower-cased) that name no CSL type (``Article``, ``WebPage``)
    untyped: frozenset[str] = frozenset()
    #: CSL types of writing on a website (a post, a news article), contained by the site
    web_types: frozenset[str] = frozenset()
    #: ``og:type`` values (lower-cased) of a piece of writing on a website
    web_articles: frozenset[str] = frozenset()
    #: container tags that name a journal, never a book (``citation_journal_title``)
    journal_titles: frozenset[str] = frozenset()
    #: container tags that name a book, never a journal (``citation_inbook_title``)
    book_titles: frozenset[str] = frozenset()
    #: tags that name a dissertation's institution (``citation_dissertation_institution``)
    thesis_institutions: frozenset[str] = frozenset()
    #: tags that give a report's number or issuing institution (``[report] tags``)
    report_tags: frozenset[str] = frozenset()
    #: markers of a byline (``[bylines]``): link types, item properties, class words, the
    #: words of a token that marks something else, and of an ancestor outside the byline
    byline_rel: frozenset[str] = frozenset()
    byline_itemprop: frozenset[str] = frozenset()
    byline_words: frozenset[str] = frozenset()
    byline_tails: frozenset[str] = frozenset()
    byline_not: frozenset[str] = frozenset()
    byline_aside: frozenset[str] = frozenset()
    #: words of a token that marks a date of publication, and of one that marks another date
    date_words: frozenset[str] = frozenset()
    date_not: frozenset[str] = frozenset()
    #: first words of a name tag's part that names a publication (``The``)
    publication_articles: frozenset[str] = frozenset()
    #: schema.org types (lower-cased) whose author or creator may be an organisation
    body_author_types: frozenset[str] = frozenset()
    #: schema.org types (lower-cased) whose publisher's ``location`` is the place of publication
    place_types: frozenset[str] = frozenset()
    #: type tag → {a scheme's own value (lower-cased) → CSL type} (``[type_values]``)
    type_values: dict[str, dict[str, str]] = attrs.field(factory=dict)
    #: a type vocabulary's codes (``c_6501``: COAR) → CSL type (``[type_codes]``)
    type_codes: dict[str, str] = attrs.field(factory=dict)
    #: type tag → item types whose number tags (``numbered_tags``) are the work's number
    numbered_types: dict[str, frozenset[str]] = attrs.field(factory=dict)
    numbered_tags: frozenset[str] = frozenset()
    #: series tags written ``Series;Number`` (``[series] numbered``: DSpace's
    #: ``dc.relation.ispartofseries``): the series and the work's number in it
    series_numbered: frozenset[str] = frozenset()
    #: date tag → (its kind tag, the kinds that name no publication) (``[date_kinds]``:
    #: EPrints' ``date_type`` ``submitted``): the date tag's value is another date then
    date_kinds: dict[str, tuple[str, frozenset[str]]] = attrs.field(factory=dict)
    #: tag → the tags of its field that, present on the page, leave it unread
    #: (``[fallbacks]``: PRISM's ``issueIdentifier`` where ``number`` gives the issue)
    fallbacks: dict[str, frozenset[str]] = attrs.field(factory=dict)


def _spellings(data: dict[str, Any]) -> Callable[[str], list[str]]:
    """The other names a tag named in the table is written with (``[aliases]`` of
    ``tags.toml``): a Dublin Core element's DCMI term (``dc.subject``: ``dcterms.subject``),
    a prefix with its other separator (``dc.title``: ``dc:title``), Digital Commons' copy
    of a Highwire tag (``citation_edition``: ``bepress_citation_edition``)."""
    spec = data.get("aliases", {})
    elements = frozenset(e.lower() for e in spec.get("dc_elements", ()))
    prefixes = [(str(a).lower(), str(b).lower()) for a, b in spec.get("prefixes", {}).items()]

    def spellings(name: str) -> list[str]:
        names = [name]
        if name.startswith("dc.") and name[3:] in elements:
            names.append("dcterms." + name[3:])
        for alias, canonical in prefixes:
            names.extend(
                alias + n[len(canonical) :] for n in list(names) if n.startswith(canonical)
            )
        return names

    return spellings


def _aliased(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with every tag name of its name tables (``[fields]``, the name lists of
    ``[journal]``, ``[book]``, ``[thesis]``, ``[report]``, ``[series]``, the keys of
    ``[type_values]``, ``[numbered]``, ``[date_kinds]``, ``[fallbacks]``) also under its
    other spellings (:func:`_spellings`); a name the table gives itself keeps its own entry."""
    spellings = _spellings(data)

    def keyed(table: dict[str, Any]) -> dict[str, Any]:
        out = dict(table)
        for name, value in table.items():
            for other in spellings(name.lower())[1:]:
                out.setdefault(other, value)
        return out

    def listed(names: list[str]) -> list[str]:
        return list(dict.fromkeys(n for name in names for n in spellings(name.lower())))

    data = dict(data)
    data["fields"] = keyed(data["fields"])
    for section, key in (("journal", "titles"), ("book", "titles"), ("thesis", "institutions"),
                         ("report", "tags"), ("series", "numbered")):  # fmt: skip
        if key in data.get(section, {}):
            data[section] = {**data[section], key: listed(data[section][key])}
    for section in ("type_values", "date_kinds"):
        data[section] = keyed(data.get(section, {}))
    data["fallbacks"] = keyed({k: listed(v) for k, v in data.get("fallbacks", {}).items()})
    numbered = data.get("numbered", {})
    data["numbered"] = {**keyed({k: v for k, v in numbered.items() if k != "numbers"}),
                        "numbers": listed(numbered.get("numbers", []))}  # fmt: skip
    return data


@cache
def tag_table() -> TagTable:
    """The tag table of ``src/comet/html/tags.toml``."""
    text = resources.files("comet.html").joinpath("tags.toml").read_text("utf-8")
    data = _aliased(tomllib.loads(text))
    schema = data["schema"]
    bylines = data.get("bylines", {})
    return TagTable(
        fields=dict(data["fields"]),
        prefixes=dict(sorted(data["families"].items(), key=lambda kv: -len(kv[0]))),
        weights={k: float(v) for k, v in data["weights"].items()},
        work_types=tuple(t.lower() for t in schema["work_types"]),
        generic_types=frozenset(t.lower() for t in schema["generic_types"]),
        series_types=frozenset(t.lower() for t in schema.get("series_types", ())),
        coins_wholes={
            k.lower(): v.lower() for k, v in data.get("coins", {}).get("wholes", {}).items()
        },
        coins_part=str(data.get("coins", {}).get("part", "")).lower(),
        info_uris={k.lower(): v for k, v in data.get("info_uris", {}).items()},
        untyped=frozenset(t.lower() for t in schema.get("untyped", ())),
        web_types=frozenset(data.get("web", {}).get("types", ())),
        web_articles=frozenset(t.lower() for t in data.get("web", {}).get("articles", ())),
        journal_titles=frozenset(t.lower() for t in data.get("journal", {}).get("titles", ())),
        book_titles=frozenset(t.lower() for t in data.get("book", {}).get("titles", ())),
        thesis_institutions=frozenset(
            t.lower() for t in data.get("thesis", {}).get("institutions", ())
        ),
        report_tags=frozenset(t.lower() for t in data.get("report", {}).get("tags", ())),
        byline_rel=frozenset(bylines.get("rel", ())),
        byline_itemprop=frozenset(bylines.get("itemprop", ())),
        byline_words=frozenset(bylines.get("words", ())),
        byline_tails=frozenset(bylines.get("tails", ())),
        byline_not=frozenset(bylines.get("not", ())),
        byline_aside=frozenset(bylines.get("aside", ())),
        date_words=frozenset(bylines.get("date_words", ())),
        date_not=frozenset(bylines.get("date_not", ())),
        publication_articles=frozenset(bylines.get("publication_articles", ())),
        body_author_types=frozenset(t.lower() for t in schema.get("body_authors", ())),
        place_types=frozenset(t.lower() for t in schema.get("place_types", ())),
        type_values={
            tag: {k.lower(): v for k, v in values.items()}
            for tag, values in data.get("type_values", {}).items()
        },
        type_codes={k.lower(): v for k, v in data.get("type_codes", {}).items()},
        numbered_types={
            tag: frozenset(v.lower() for v in values)
            for tag, values in data.get("numbered", {}).items()
            if tag != "numbers"
        },
        numbered_tags=frozenset(data.get("numbered", {}).get("numbers", ())),
        series_numbered=frozenset(t.lower() for t in data.get("series", {}).get("numbered", ())),
        date_kinds={
            date.lower(): (spec["kind"].lower(), frozenset(v.lower() for v in spec["other"]))
            for date, spec in data.get("date_kinds", {}).items()
        },
        fallbacks={
            tag.lower(): frozenset(t.lower() for t in over)
            for tag, over in data.get("fallbacks", {}).items()
        },
    )
