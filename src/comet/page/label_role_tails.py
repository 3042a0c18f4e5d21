"""Names in other roles under an author's label, marked by a role word after them (locales26):
Chinese, Japanese and Korean catalogues print a book's editors under the author's label with
the editor's word after the name (``著者: 山田 太郎 編``, ``作者：王小明 主编``, ``저자: 김철수 엮음``)
and a translator after the author (``约翰·史密斯 著，王小明 译``). The author's names are read
as before (:func:`comet.page.name_role_tails.marked_authors`); the others are the work's
editors, translators, compilers or illustrators, as the locales' ``[person_names]`` words
say. Only names in a script without capitals are read so."""

from __future__ import annotations

from comet.names import Person, parse_names
from comet.page.evidence import _lenient, _Page
from comet.page.name_headings import _catalogue_roles, _label_names_ok
from comet.page.name_role_tails import tailed_roles

__all__ = ["catalogue_roles"]


def catalogue_roles(page: _Page) -> dict[str, list[Person]]:
    """The names in other roles of catalogue headings (:func:`_catalogue_roles`), with the
    names an author's label marks with another role's word after them."""
    roles = _catalogue_roles(page)
    for lv in page.layout.values("author"):
        if page.weight(lv.value_start) < 1 or lv.value.isascii():
            continue  # (the cheap test first: a value in Latin letters has no such mark)
        for role, names in tailed_roles(lv.value, page.rules).items():
            plist = _lenient(parse_names, ", ".join(names), locales=page.rules)
            if (
                plist is None
                or len(plist) != len(names)
                or not _label_names_ok(list(plist), page.rules)
            ):
                continue
            held = roles.setdefault(role, [])
            held.extend(p for p in plist if p not in held)
        break  # (the first author's label: the work's)
    return roles
