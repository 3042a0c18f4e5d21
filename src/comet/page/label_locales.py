"""The locales whose word lists hold a label: one dictionary look-up per label where the
page readers that weigh a page's language by its labels would ask every locale."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from comet import locales as _loc


@functools.cache
def label_tags(
    rules: tuple[_loc.LocaleRules, ...], sections: tuple[str, ...]
) -> Mapping[str, tuple[str, ...]]:
    """``fold(term) -> (tag, …)``: the tags of the locales of ``rules`` (in their order,
    once per locale) whose ``sections`` hold the term — what asking each locale's
    :meth:`~comet.locales.LocaleRules.lookup` in turn would find, once per locale set."""
    out: dict[str, list[str]] = {}
    for r in rules:
        held: set[str] = set()
        for section in sections:
            held.update(r.index(section))
        for term in held:
            out.setdefault(term, []).append(r.tag)
    return {t: tuple(tags) for t, tags in out.items()}


def tags_of(label: str, rules: tuple[_loc.LocaleRules, ...], *sections: str) -> tuple[str, ...]:
    """The tags of the locales whose ``sections`` hold ``label`` (:func:`label_tags`)."""
    return label_tags(rules, sections).get(_loc.fold(label), ())
