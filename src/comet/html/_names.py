"""Reconciling person lists: a tag's names with the text reader's (the longer list where
one is the other cut short; given names as the page prints them)."""

from __future__ import annotations

from typing import Any

import attrs

from comet.diagnostics import Diagnostic, Severity
from comet.html._merge import _SCHOLARLY, Page, _Merge, _site_names, key
from comet.html.mapping import PARSERS, TagValue
from comet.locales import LocaleRules, terms_of
from comet.names import Person
from comet.vocab._labels import strip_label


def _persons_of(m: _Merge, field: str, plural: str) -> tuple[list[Person], TagValue | None]:
    """The names of the strongest family's tags, each once (a JSON-LD item gives the
    same person as its ``author`` and its ``creator``; a page repeats its ``author``
    tag), a leading byline label dropped (``By Jo Doe``, the locales' ``[labels]
    author`` terms)."""
    tvs = m.best(field) + m.best(plural)
    if not tvs:
        return [], None
    family = max(tvs, key=lambda v: v.weight).tag.family
    out: list[Person] = []
    seen: set[tuple[str, str]] = set()
    for v in tvs:
        if v.tag.family != family:
            continue
        value = _without_label(v, m.rules)
        for p in value if isinstance(value, tuple) else [value]:
            k = (_family_key(p), key(p.given or ""))
            if k not in seen:
                seen.add(k)
                out.append(p)
    return out, tvs[0]


def _without_label(tv: TagValue, rules: tuple[LocaleRules, ...]) -> Any:
    """The tag's names, read again without a leading byline label (``Von Jo Doe``)."""
    text = tv.tag.value.strip()
    start, _ = strip_label(text, _AUTHOR_LABEL, rules)
    rest = text[start:].strip(" :")
    # an inverted name ('Von Ritter, Jo') begins with a particle, not a label
    if not start or not rest or "," in rest:
        return tv.value
    again = PARSERS[tv.field](rest)
    return again if again is not None else tv.value


_AUTHOR_LABEL = frozenset({"author"})


def _whole_key(p: Person) -> str:
    return key(" ".join(x for x in (p.given, p.particle, p.family, p.literal) if x))


def _family_key(p: Person) -> str:
    return key(" ".join(x for x in (p.particle, p.family, p.literal) if x))


def _merge_names(tag: list[Person], text: list[Person], page: Page | None = None) -> list[Person]:
    """Two lists of the same names: the tag's person (full given names), except where the
    text prints a longer family name that holds the tag's (``Knothe Tate`` read from
    ``Melissa L. Knothe Tate`` as ``Tate``), and where the page prints the text's fuller
    given names and not the tag's (a tag ``Lindgren, S.`` for a page that says ``Sofia
    Lindgren``)."""
    out = []
    for t, x in zip(tag, text, strict=True):
        tk, xk = _family_key(t), _family_key(x)
        if tk != xk and xk.endswith(" " + tk) and t.given:
            extra = xk[: -len(tk)].split()
            words = t.given.split()
            if [key(w) for w in words[-len(extra) :]] == extra:
                t = attrs.evolve(
                    t,
                    family=x.family,
                    particle=x.particle,
                    given=" ".join(words[: -len(extra)]) or None,
                )
        if (
            page is not None
            and x.given
            and key(x.given) != key(t.given or "")
            and (_fuller_given(x, t) or (_fuller_given(t, x) and not _given_shown(page, t)))
            and _name_shown(page, x)
        ):
            t = attrs.evolve(t, given=x.given)  # the given names as the page prints them
        out.append(t)
    return out


def _given_shown(page: Page, p: Person) -> bool:
    """Whether the page prints the person's given names in full beside the family name."""
    family = " ".join(x for x in (p.particle, p.family) if x)
    given = p.given or ""
    return bool(family and given) and (
        page.shows(f"{given} {family}") or page.shows(f"{family} {given}")
    )


def _initials_only(p: Person) -> bool:
    return all(len(w.rstrip(".")) <= 1 for w in (p.given or "").replace("-", " ").split())


def _fuller_given(x: Person, t: Person) -> bool:
    """Whether ``x``'s given names spell out ``t``'s initials (``Otieno T.`` for ``O. T.``)."""
    xg, tg = (x.given or "").split(), (t.given or "").split()
    if not xg or not tg or len(xg) != len(tg) or not _initials_only(t) or _initials_only(x):
        return False
    return all(a[:1].casefold() == b[:1].casefold() for a, b in zip(xg, tg, strict=True))


def _name_shown(page: Page, p: Person) -> bool:
    """Whether the page prints the person's whole name (given names or initials too)."""
    family = " ".join(x for x in (p.particle, p.family) if x)
    if not family:
        return bool(p.literal) and page.shows(p.literal or "")
    given = p.given or ""
    initials = key(p.initials or "")
    forms = [f"{given} {family}", f"{family} {given}", f"{family} {initials}",
             f"{initials} {family}", f"{family} {initials.replace(' ', '')}"]  # fmt: skip
    return any(page.shows(f) for f in forms if f.strip() != family)


def _same_names(tk: list[str], xk: list[str]) -> bool:
    return len(tk) == len(xk) and all(
        a == b or a.endswith(" " + b) or b.endswith(" " + a) for a, b in zip(tk, xk, strict=True)
    )


def _ends_et_al(value: str, rules: tuple[LocaleRules, ...]) -> bool:
    """The tag's value ends with an *et al.* of the locales (``Powell DJ, et al.``): a name
    list cut short."""
    tail = value.strip().rstrip(" .").casefold()
    return any(
        tail.endswith(t.casefold().rstrip(" .")) and len(t.strip(" .")) > 1
        for t in terms_of("person_names", rules, "et_al")
    )


def _authors(m: _Merge, field: str = "author", attr: str = "authors") -> None:
    """The tags' names where the page shows them; the longer list where one is the
    other cut short; the text's names where the tags' are not on the page."""
    tag_people, tv = _persons_of(m, field, f"{field}s")
    if tv is None or not tag_people:
        return
    # the site's name, not the publisher's: a person's own site names its owner as publisher
    sites = _site_names(m, ("site-name",))
    persons = [p for p in tag_people if _whole_key(p) not in sites]
    if persons and len(persons) < len(tag_people):
        # a site that names itself beside the writer (author: the writer and the paper)
        m.diags.append(Diagnostic("tag-site-author", f"{field}: the tags name the site "
                                  "beside the writers: left out", tv.tag.span,
                                  Severity.INFO))  # fmt: skip
        tag_people = persons
    text_people = list(getattr(m.rec, attr))
    if not text_people:
        m.take(attr, tuple(tag_people), tv)
        return
    if (
        sites
        and all(_whole_key(p) in sites for p in tag_people)
        and not any(_whole_key(p) in sites for p in text_people)
    ):
        m.explain(field, "text", tv, tuple(text_people), "the tags' name is the site's, "
                  "the page's byline names another", tuple(tag_people))  # fmt: skip
        return
    tk = [_family_key(p) for p in tag_people]
    xk = [_family_key(p) for p in text_people]
    if _same_names(tk, xk):
        m.take(attr, tuple(_merge_names(tag_people, text_people, m.page)), tv)
        return
    tags = tuple(tag_people)
    shown = sum(_name_shown(m.page, p) for p in tag_people) / len(tag_people)
    if tk[: len(xk)] == xk and len(tk) > len(xk):
        m.explain(field, "tag", tv, tuple(text_people), "the text's list is cut short", tags)
        m.take(attr, tuple(tag_people), tv)
    elif (
        xk[: len(tk)] == tk
        # a scholarly tag list may be cut short; a post's or an article's schema.org or
        # OpenGraph author list is the site's own byline, and the text's further names
        # are its menus' and boxes' (a section, a desk, a related author); a tag that
        # says so itself ('Powell DJ, et al.') is cut short in any family
        and (tv.tag.family in _SCHOLARLY or _ends_et_al(tv.tag.value, m.rules))
        and (len(tk) * 2 <= len(xk) or all(_name_shown(m.page, p) for p in text_people))
    ):
        m.explain(field, "text", tv, tuple(text_people), "the tags' list is cut short", tags)
        m.take(attr, tuple(_merge_names(tag_people, text_people[: len(tk)], m.page))
               + tuple(text_people[len(tk) :]), tv)  # fmt: skip
    elif shown >= 0.8:
        m.explain(field, "tag", tv, tuple(text_people), "the page shows the tags' names", tags)
        m.take(attr, tuple(tag_people), tv)
    else:
        m.explain(
            field,
            "text",
            tv,
            tuple(text_people),
            "the tags' names are not the names the page shows",
            tags,
        )
