"""The values of a page's title labels as title candidates (``Title: …``, with the one
subtitle label's value joined, an ISBD statement of responsibility cut): a step of
:func:`comet.page.titles._title_candidates`."""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.page.evidence import W_LABEL, Cand, _key, _Page
from comet.page.label_wraps import wrapped_value
from comet.vocab import parse_language
from comet.vocab.language import list_separator

#: ISBD's statement of responsibility after a title: `` / by …``, `` / von …``, `` / [edited] …``;
#: or after a slash glued to the title's last letter of a script other than Latin, as Iran's
#: and other catalogues print it (``تاریخ شهرها/ نوشته …``: locales26)
_ISBD_RESPONSIBILITY = re.compile(r"\s/\s(?=\S)|(?<=[^\W\d_A-Za-z\u00c0-\u024f])/\s(?=[^\W\d_])")

#: label keys of a catalogue record's other bibliographic facts: a page that labels several
#: of them is a record of labelled fields, whose title label names its title
_RECORD_KEYS = (
    "author", "contributor", "publisher", "published", "place", "edition", "year", "series",
    "subjects", "call_number", "language", "material_type", "description", "isbn",
)  # fmt: skip
#: distinct record keys a page labels at least to be a record of labelled fields
RECORD_FIELDS = 4
#: what a record of labelled fields adds to its title label's value (a close call with a
#: title-like line of the page's interface, ``Remove <title> from your list``, tips to it)
RECORD_BONUS = 0.03


def _record_of_fields(page: _Page) -> bool:
    """Does the page label :data:`RECORD_FIELDS` or more of a record's facts?"""
    keys = {lv.key for lv in page.layout.values(*_RECORD_KEYS) if page.weight(lv.value_start) >= 1}
    return len(keys) >= RECORD_FIELDS


def _labelled_titles(page: _Page) -> list[Cand]:
    """The values of title labels (``Title: …``), without an ISBD statement of
    responsibility: good evidence, as strong as the title model's best lines."""
    out = []
    subtitle = _labelled_subtitle(page)
    record = None
    for lv in page.layout.values("title"):
        if page.weight(lv.value_start) < 1:
            continue
        value = wrapped_value(lv, page)  # ('TITLE' / 'Tidal Profits: Connecting' / 'Fishers …')
        isbd = _ISBD_RESPONSIBILITY.search(value)
        if isbd is not None and len(value[: isbd.start()].split()) >= 2:
            value = value[: isbd.start()].rstrip(" :;,")  # 'Titolo: Title / Author'
        evidence = f"label '{lv.label}'"
        end = lv.value_start + len(value)
        if subtitle is not None and _key(subtitle) not in _key(value):
            value = f"{value}: {subtitle}"  # 'Title Tidal marshes' / 'Subtitle a field guide'
            evidence += " with the subtitle's label"
        if record is None:
            record = _record_of_fields(page)
        bonus = RECORD_BONUS if record else 0.0
        if record:
            evidence += " on a record of labelled fields"
        out.append(Cand(value, W_LABEL + 0.1 + bonus, (lv.value_start, end), evidence))
    return out


def _labelled_subtitle(page: _Page) -> str | None:
    """The value of the page's one subtitle label (``[labels].subtitle``: ``Subtitle``,
    ``Untertitel``, ``サブタイトル``), read with the labelled title: a record's fields print
    the title proper and its other title apart. ``None`` where no such label, or several,
    stand in the main part of the page."""
    found = [lv.value.strip() for lv in page.layout.values("subtitle")
             if page.weight(lv.value_start) >= 1 and lv.value.strip()]  # fmt: skip
    if len(set(found)) != 1 or _languages_only(found[0], page.rules):
        return None  # ('Subtitle: English' on a film's record: the language of its subtitles)
    return found[0]


def _languages_only(value: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Every part of ``value`` (parted as :func:`~comet.vocab.language.list_separator` parts a list) names a
    language (``English, French``): a film's subtitle languages, no work's subtitle."""
    parts = [p for p in list_separator(rules).split(value) if p]
    return bool(parts) and all(
        len(p.split()) <= 2 and parse_language(p, strict=False).value is not None for p in parts
    )
