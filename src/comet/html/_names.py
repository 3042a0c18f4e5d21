"""Reconciling person lists: a tag's names with the text reader's (the longer list where
one is the other cut short; given names as the page prints them, read in
:mod:`comet.html._printed_names`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from comet.diagnostics import Diagnostic, Severity
from comet.html._headline_names import (
    MAX_BYLINE,
    _headline_list,
    _initial_key,
    _name_shape,
    _publication_name,
    _typed_byline,
    _words_key,
)
from comet.html._merge import (
    _SCHOLARLY,
    MAX_SCAN,
    _Merge,
    _site_names,
    key,
)
from comet.html._printed_names import (
    _as_printed,
    _family_key,
    _marked_shown,
    _merge_names,
    _name_shown,
    _whole_key,
)
from comet.html.mapping import PARSERS, TagValue
from comet.html.tag_persons import _persons
from comet.locales import LocaleRules, terms_of
from comet.names import Person
from comet.page.byline_roles import without_roles
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
#: Pieces of a marked byline's text (child elements joined by runs of spaces).
_PIECES = re.compile(r"\s{2,}")


def _byline_people(m: _Merge) -> tuple[list[Person], TagValue | None]:
    """The names of the elements the markup marks as the byline
    (:mod:`comet.html.byline_markup`): each text read without a leading byline label
    (``By``, ``Par``), whole or as its first piece that reads as names; each name once,
    none that is the site's or the publisher's, at most :data:`MAX_BYLINE`."""
    sites = _site_names(m)
    out: list[Person] = []
    seen: set[str] = set()
    first: TagValue | None = None
    for tv in m.by_field.get("byline", []):
        people = _marked_names(tv.tag.value, m.rules)
        for p in people:
            k = _whole_key(p)
            if k not in seen and k not in sites and not _publication_name(p):
                seen.add(k)
                out.append(p)
                first = first or tv
    if len(out) > MAX_BYLINE:
        return [], None
    return out, first


#: Most names one marked byline element may list when it extends the tags' names.
MAX_LISTED = 8


def _marked_list(m: _Merge, tk: list[str]) -> tuple[list[Person], TagValue] | None:
    """One element the markup marks as the byline whose names begin with the tags' names
    (``tk``, family keys) and go on (``By Jo Doe, Al Roe and Ed Poe`` beside a tag that
    names Jo Doe), every one printed on the page; ``None`` where there is none."""
    for tv in m.by_field.get("byline", []):
        people = [p for p in _marked_names(tv.tag.value, m.rules, MAX_LISTED)
                  if not _publication_name(p)]  # fmt: skip
        keys = [_family_key(p) for p in people]
        if (
            len(keys) > len(tk)
            and keys[: len(tk)] == tk
            and all(_marked_shown(m.page, p) for p in people)
        ):
            return people, tv
    return None


def _text_in_byline(m: _Merge, people: list[Person]) -> bool:
    """Whether the marked bylines hold every one of the text reader's names (it read the
    byline the markup marks, and reads names better than a marked element's text), in
    either order: a shop's or a catalogue's markup writes a name family name first
    without a comma (``Doe Jane``), which only the page's other lines split."""
    if not people:
        return False
    marked = " " + " ".join(key(tv.tag.value) for tv in m.by_field.get("byline", [])) + " "
    return all(
        p.given
        and p.family
        and (f" {_whole_key(p)} " in marked or f" {_family_first_key(p)} " in marked)
        for p in people
    )


def _family_first_key(p: Person) -> str:
    """A person's name words family name first (``Doe Jane``), as a key."""
    return key(" ".join(x for x in (p.particle, p.family, p.given) if x))


def _byline_in_text(m: _Merge, marked: list[Person], people: list[Person]) -> bool:
    """Whether the text reader's names hold every marked name, and its further names are
    printed on the line of a marked one (a longer byline whose other names are not marked
    up)."""
    keys = {_whole_key(p) for p in people}
    if not marked or not all(_whole_key(p) in keys for p in marked):
        return False
    extra = [_whole_key(p) for p in people if _whole_key(p) not in {_whole_key(q) for q in marked}]
    if not extra:
        return True
    lines = [f" {key(line)} " for line in m.page.text[:MAX_SCAN].splitlines()]
    wanted = [f" {_whole_key(p)} " for p in marked]
    return any(any(w in line for w in wanted) and all(f" {e} " in line for e in extra)
               for line in lines)  # fmt: skip


def _longer_byline(m: _Merge, marked: list[Person], people: list[Person]) -> bool:
    """Whether the text reader's names are a longer byline that holds the marked names
    (:func:`_byline_in_text`): the marked element names the first writer, the text all."""
    return len(people) > len(marked) and _byline_in_text(m, marked, people)


def _marked_names(
    text: str, rules: tuple[LocaleRules, ...], most: int = MAX_BYLINE
) -> list[Person]:
    """The names of one marked byline's text (at most ``most``), or none where it does
    not read as names. A writer's job title beside the names (``Jo Doe, Staff Writer``:
    the locales' ``[words] byline_roles``) is no name."""
    text = without_roles(text.strip(), rules) or ""
    pieces = [p.strip(" ,;:") for p in _PIECES.split(text)]
    for cand in [_PIECES.sub(" ", text), *pieces]:
        # a label as the byline prints it, often in lower case ('von Jo Doe', 'by Jo Doe')
        start, _ = strip_label(cand[:1].upper() + cand[1:], _AUTHOR_LABEL, rules)
        if not start and _OTHER_LABEL.match(cand):
            return []  # a credit of another kind ('Photo: Jo Doe', 'Source: Agency')
        rest = cand[start:].strip(" :,;")
        if not rest:
            continue
        people = _persons(rest)
        if people and len(people) <= most and all(_name_shape(p) for p in people):
            return list(people)
    return []


#: A leading word and colon: a label (of the byline, else of something else).
_OTHER_LABEL = re.compile(r"^[^\W\d_]+\s*:")


def _in_byline_order(tag: Sequence[Person], text: Sequence[Person]) -> list[Person] | None:
    """The tags' people in the order the text reader read them from the page, where both
    name the same people (each person's name words the same) in another order, or where
    a tag written without a comma splits a name the other way (``Doe Jane`` read as given
    name ``Doe``: the page's ``Jane Doe`` says which is the family name); ``None`` where
    they name other people, or the same in the same order and split.  A tag written with a
    comma (``Doe, Jane``) keeps its split."""
    if len(tag) != len(text) or not tag:
        return None
    tw, xw = [_words_key(p) for p in tag], [_words_key(p) for p in text]
    if any(not w for w in tw):
        return None
    if sorted(tw) != sorted(xw):
        # the page prints initials (``Taborda R., Marrow I.``): the same family names with
        # the same first initials, in another order
        tw, xw = [_initial_key(p) for p in tag], [_initial_key(p) for p in text]
        if any(not w for w in tw + xw) or sorted(tw) != sorted(xw) or tw == xw:
            return None
    pool: list[Person | None] = list(tag)
    out: list[Person] = []
    for x, w in zip(text, xw, strict=True):
        i = next(i for i, p in enumerate(pool) if p is not None and tw[i] == w)
        t = pool[i]
        pool[i] = None
        assert t is not None
        if _family_key(t) != _family_key(x) and "," not in (t.raw or "") and x.family:
            t = x  # the tag's split was a guess (no comma): the page's
        out.append(t)
    if out == list(tag):
        return None
    return out


def _same_names(tk: list[str], xk: list[str]) -> bool:
    return len(tk) == len(xk) and all(
        a == b or a.endswith(" " + b) or b.endswith(" " + a) for a, b in zip(tk, xk, strict=True)
    )


def _ends_et_al(value: str, rules: tuple[LocaleRules, ...]) -> bool:
    """The tag's value ends with an *et al.* of the locales (``Powell DJ, et al.``): a name
    list cut short."""
    tail = " " + value.strip().rstrip(" .").casefold()
    return any(
        tail.endswith((f" {term}", f",{term}")) and len(term) > 1
        for term in (t.casefold().rstrip(" .") for t in terms_of("person_names", rules, "et_al"))
    )  # a whole word: 'Kim Lym' does not end with Finnish 'ym'


def _left_out(m: _Merge, field: str, tv: TagValue, what: str) -> None:
    m.diags.append(Diagnostic("tag-site-author", f"{field}: the tags name {what} beside the "
                              "writers: left out", tv.tag.span, Severity.INFO))  # fmt: skip


def _take_marked(
    m: _Merge, field: str, attr: str, btv: TagValue, text_people: Sequence[Person],
    marked: Sequence[Person], why: str,
) -> None:  # fmt: skip
    """The names of the byline the markup marks, taken over the tags' (``why``)."""
    m.explain(field, "tag", btv, tuple(text_people), f"{why}; the markup marks the page's "
              "byline", tuple(marked))  # fmt: skip
    m.take(attr, tuple(marked), btv)


def _tags_cut_short(
    m: _Merge, field: str, tv: TagValue, tk: list[str], xk: list[str], text_people: list[Person]
) -> str | None:
    """Why the tags' names are the text's list cut short (``tk`` opens ``xk``), or ``None``.

    A scholarly tag list may be cut short; a post's or an article's schema.org or OpenGraph
    author list is the site's own byline, and the text's further names are its menus' and
    boxes' (a section, a desk, a related author); a tag that says so itself (``Powell DJ,
    et al.``) is cut short in any family. A post's tag names its first writer where the
    byline the markup marks names them all."""
    if (tv.tag.family in _SCHOLARLY or _ends_et_al(tv.tag.value, m.rules)) and (
        len(tk) * 2 <= len(xk) or all(_name_shown(m.page, p) for p in text_people)
    ):
        return "the tags' list is cut short"
    if field == "author" and len(xk) > len(tk) and _text_in_byline(m, text_people):
        return (
            "the tags' list is cut short: the markup marks the page's byline with the text's names"
        )
    return None


def _holds_site(people: list[Person], sites: set[str]) -> bool:
    """Whether one of ``people`` holds every word of the site's name among its own (``Ines
    Marrow Publications`` read as one name from a menu beside the site's name ``Ines
    Marrow``): no byline naming another writer."""
    return any(
        set(site.split()) <= set(_whole_key(p).split()) for p in people for site in sites if site
    )


def _printed_bodies(m: _Merge, tv: TagValue, people: list[Person]) -> bool:
    """Whether the tags' names are bodies a schema.org work of a kind bodies write names
    as its creators (a dataset's institute: only such a work's organisation is read as
    its author, ``[schema] body_authors``) and the page prints every one of them: they
    stand over persons the text reader read elsewhere (a repository's name in a date
    line read as a person's)."""
    return tv.tag.family == "schema.org" and all(
        p.literal and m.page.shows(p.literal) for p in people
    )


def _authors(m: _Merge, field: str = "author", attr: str = "authors") -> None:
    """The tags' names where the page shows them; the longer list where one is the
    other cut short; the text's names where the tags' are not on the page."""
    tag_people, tv = _persons_of(m, field, f"{field}s")
    marked, btv = _byline_people(m) if field == "author" else ([], None)
    if (tv is None or not tag_people) and btv is not None:
        text_people = list(getattr(m.rec, attr))
        if _text_in_byline(m, text_people) or _byline_in_text(m, marked, text_people):
            return  # the text reader read the marked byline (or a longer one): its names stand
        tag_people, tv = marked, btv  # no author tag: the names the markup marks
        marked, btv = [], None
    if tv is None or not tag_people:
        return
    # the site's name, not the publisher's: a person's own site names its owner as publisher
    sites = _site_names(m, ("site-name",))
    persons = [p for p in tag_people if _whole_key(p) not in sites]
    if persons and len(persons) < len(tag_people):
        # a site that names itself beside the writer (author: the writer and the paper)
        _left_out(m, field, tv, "the site")
        tag_people = persons
    outlets = [p for p in tag_people if _publication_name(p)]
    if outlets and len(outlets) < len(tag_people):
        # the writer's outlet beside the writer ('Jo Doe, The Harbour Review')
        _left_out(m, field, tv, "a publication")
        tag_people = [p for p in tag_people if not _publication_name(p)]
    text_people = list(getattr(m.rec, attr))
    listed = _marked_list(m, [_family_key(p) for p in tag_people]) if field == "author" else None
    if listed is not None:  # a post's tag names its first writer; its byline names them all
        people, ltv = listed
        m.explain(field, "tag", ltv, tuple(text_people), "the tags' list is cut short: the "
                  "byline the markup marks lists every writer", tuple(people))  # fmt: skip
        m.take(attr, tuple(_merge_names(tag_people, people[: len(tag_people)], m.page))
               + tuple(people[len(tag_people) :]), ltv)  # fmt: skip
        return
    under = _headline_list(m, [_family_key(p) for p in tag_people]) if field == "author" else None
    if under is not None:  # the tag names the first writer; the line under the title, all
        m.explain(field, "text", tv, tuple(under), "the tags' list is cut short: the line "
                  "under the title lists every writer", tuple(tag_people))  # fmt: skip
        m.take(attr, tuple(_merge_names(tag_people, under[: len(tag_people)], m.page))
               + tuple(under[len(tag_people) :]), tv)  # fmt: skip
        return
    if not text_people:
        if btv is not None and sites and all(_whole_key(p) in sites for p in tag_people):
            _take_marked(m, field, attr, btv, text_people, marked, "the tags' name is the site's")
            return
        m.take(attr, tuple(_as_printed(m, field, tv, tag_people)), tv)
        return
    if (
        sites
        and all(_whole_key(p) in sites for p in tag_people)
        and not any(_whole_key(p) in sites for p in text_people)
        and not _holds_site(text_people, sites)
    ):
        if btv is not None and not _longer_byline(m, marked, text_people):
            _take_marked(m, field, attr, btv, text_people, marked, "the tags' name is the site's")
            return
        m.explain(field, "text", tv, tuple(text_people), "the tags' name is the site's, "
                  "the page's byline names another", tuple(tag_people))  # fmt: skip
        return
    if (
        tv.tag.family not in _SCHOLARLY
        and all(p.literal for p in tag_people)
        and not any(p.literal for p in text_people)
        and not _printed_bodies(m, tv, tag_people)
    ):  # 'author: Deutsche Welle' in a post's tags, a person in its byline
        m.explain(field, "text", tv, tuple(text_people), "the tags name a body, the page's "
                  "byline names persons", tuple(tag_people))  # fmt: skip
        return
    tk = [_family_key(p) for p in tag_people]
    xk = [_family_key(p) for p in text_people]
    if _same_names(tk, xk):
        merged = _merge_names(tag_people, text_people, m.page)
        m.take(attr, tuple(_as_printed(m, field, tv, merged)), tv)
        return
    if field == "author" and _typed_byline(m, tk, text_people):
        m.explain(field, "text", tv, tuple(text_people), "the tags name some of the writers: "
                  "the line under the title, the text's names, lists them all", tuple(tag_people))  # fmt: skip
        return
    ordered = _in_byline_order(tag_people, text_people)
    if ordered is not None:
        m.explain(field, "text", tv, tuple(ordered), "the tags name the people of the page's "
                  "byline in another order, or split a name written without a comma the "
                  "other way: the page's order and split", tuple(tag_people))  # fmt: skip
        m.take(attr, tuple(_as_printed(m, field, tv, ordered)), tv)
        return
    tags = tuple(tag_people)
    if tv.tag.family == "byline":  # the markup's names: printed, maybe glued to a word
        shown = sum(_marked_shown(m.page, p) for p in tag_people) / len(tag_people)
    else:
        shown = sum(_name_shown(m.page, p) for p in tag_people) / len(tag_people)
    if tk[: len(xk)] == xk and len(tk) > len(xk):
        m.explain(field, "tag", tv, tuple(text_people), "the text's list is cut short", tags)
        m.take(attr, tuple(_as_printed(m, field, tv, tag_people)), tv)
    elif xk[: len(tk)] == tk and (cut := _tags_cut_short(m, field, tv, tk, xk, text_people)):
        m.explain(field, "text", tv, tuple(text_people), cut, tags)
        m.take(attr, tuple(_merge_names(tag_people, text_people[: len(tk)], m.page))
               + tuple(text_people[len(tk) :]), tv)  # fmt: skip
    elif shown >= 0.8:
        m.explain(field, "tag", tv, tuple(text_people), "the page shows the tags' names", tags)
        m.take(attr, tuple(_as_printed(m, field, tv, tag_people)), tv)
    elif (
        btv is not None
        and all(_marked_shown(m.page, p) for p in marked)
        and not _longer_byline(m, marked, text_people)
    ):
        _take_marked(m, field, attr, btv, text_people, marked,
                     "the tags' names are not the names the page shows")  # fmt: skip
    else:
        m.explain(
            field,
            "text",
            tv,
            tuple(text_people),
            "the tags' names are not the names the page shows",
            tags,
        )
