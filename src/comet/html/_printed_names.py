"""A tag's names against the names the page prints: the keys two names are compared by,
two lists of the same names merged (a longer family name, fuller given names the page
prints), given names a tag gives as initials spelt out as the page prints them, and
whether the page prints a name whole (a step of :func:`comet.html._names._authors`)."""

from __future__ import annotations

import re

import attrs

from comet.html._merge import MAX_SCAN, Page, _Merge, key
from comet.html.mapping import TagValue
from comet.names import Person


def _whole_key(p: Person) -> str:
    return key(" ".join(x for x in (p.given, p.particle, p.family, p.literal) if x))


def _family_key(p: Person) -> str:
    return key(" ".join(x for x in (p.particle, p.family, p.literal) if x))


def _merge_names(tag: list[Person], text: list[Person], page: Page | None = None) -> list[Person]:
    """Two lists of the same names: the tag's person (full given names), except where the
    text prints a longer family name that holds the tag's (``Knothe Tate`` read from
    ``Melissa L. Knothe Tate`` as ``Tate``), and where the page prints the text's fuller
    given names and not the tag's (a tag ``Lindgren, S.`` for a page that says ``Sofia
    Lindgren``).  A tag that writes the name family name first (``Davies, Bede Ffinian
    Rowe``) states where the family name begins: it keeps its family name."""
    out = []
    for t, x in zip(tag, text, strict=True):
        tk, xk = _family_key(t), _family_key(x)
        if tk != xk and xk.endswith(" " + tk) and t.given and not _inverted(t):
            extra = xk[: -len(tk)].split()
            words = t.given.split()
            # (a middle initial is no part of a family name: 'C. Flournoy, John' misread
            # from 'John C. Flournoy' leaves the tag's Flournoy, John C.)
            if [key(w) for w in words[-len(extra) :]] == extra and all(len(e) > 1 for e in extra):
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


def _inverted(p: Person) -> bool:
    """Whether a tag wrote the name family name first, behind a comma (``Doe, Jane``)."""
    return "," in (p.raw or "")


#: Most characters before a family name searched for the given names printed with it.
_BEFORE = 80
#: Most places a family name is looked at on the page.
_MAX_PLACES = 200


def _printed_given(page: Page, p: Person) -> str | None:
    """The given names the page prints before ``p``'s family name where the tag gives
    initials (``Marina A`` or ``Marina MA`` for a page that says ``Marina Agathi Petrou``):
    the tag's words in order, each initial (a letter, or each letter of a run of two to
    four capitals) spelt out by a capitalised word of that letter or kept, at least one
    spelt out, the full words the same — as the page first prints the name, given names first (the byline comes before a
    corresponding author's line, a reference list); ``None`` where that first form is the
    tag's own (a byline of initials), where two different fuller forms are printed (two
    people), or where no such form is printed."""
    words = (p.given or "").split()
    family = " ".join(x for x in (p.particle, p.family) if x)
    if not words or not family or p.literal:
        return None
    parts, initials = [], False
    for w in words:
        w = w.rstrip(".")
        letters = list(w) if len(w) == 1 or (2 <= len(w) <= 4 and w.isupper()) else []
        if letters and all(c.isalpha() for c in letters):
            initials = True
            parts += [f"({re.escape(c.upper())}[^\\W\\d_]*[^\\W\\d_A-Z]|{re.escape(c)}\\.?)"
                      for c in letters]  # fmt: skip
        else:
            parts.append(f"({re.escape(w)})")
    if not initials:
        return None
    text, at, forms = page.text[:MAX_SCAN], 0, []
    before: re.Pattern[str] | None = None  # (made at the first place the family name ends)
    for _ in range(_MAX_PLACES):
        at = text.find(family, at)
        if at < 0:
            break
        end = at + len(family)
        if not (end < len(text) and (text[end].isalpha() or text[end] in "'’")):
            if before is None:
                before = re.compile(r"(?<![\w.])" + r"[ \t]+".join(parts) + r"[ \t]+$")
            hit = before.search(text, max(0, at - _BEFORE), at)
            if hit:
                forms.append(hit.groups())
        at = end
    size = len(re.sub(r"[\s.]", "", p.given or ""))
    fuller = {" ".join(f) for f in forms if len(re.sub(r"[\s.]", "", "".join(f))) > size}
    if not forms or len(fuller) != 1 or " ".join(forms[0]) not in fuller:
        return None  # none, two people, or first printed with the tag's initials (a byline)
    return fuller.pop()


def _as_printed(m: _Merge, field: str, tv: TagValue, people: list[Person]) -> list[Person]:
    """The tag's names with the given names the page prints in fuller form (a tag's
    ``Petrou, Marina A`` for a byline's ``Marina Agathi Petrou``), with a diagnostic."""
    out = [p if (g := _printed_given(m.page, p)) is None else attrs.evolve(p, given=g)
           for p in people]  # fmt: skip
    if any(a is not b for a, b in zip(out, people, strict=True)):
        m.explain(field, "text", tv, tuple(out), "the page prints the tags' names with "
                  "fuller given names (the tags give initials)", tuple(people))  # fmt: skip
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
    if p.particle and p.family and given:
        # a catalogue's inverted form puts the particle after the given names
        # (``Beethoven, Ludwig van``)
        forms.append(f"{p.family} {given} {p.particle}")
    return any(page.shows(f) for f in forms if f.strip() != family)


def _marked_shown(page: Page, p: Person) -> bool:
    """Whether the page prints a marked byline's name, given names then family name, even
    glued to the words around it (``ByJo Doe``, ``Jo DoeMarch 3``: inline elements a
    stylesheet sets apart)."""
    name = " ".join(x for x in (p.given, p.particle, p.family) if x)
    return bool(name) and name.casefold() in page.folded()
