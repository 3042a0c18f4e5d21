"""Authors listed by their initials (``Ruiz A``, ``S.R. Moe``) spelled out from the full names
the page prints, and a name read with two family names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs

from comet.names import Person, initials
from comet.page.evidence import _Page

#: a capital letter (Latin, with the accented capitals of Latin-1)
_UP = "[A-ZÀ-ÖØ-Þ]"
#: a given name written only as initials: ``SR``, ``S.R.``, ``S. R.``, ``J.-P.``
_ONLY_INITIALS = re.compile(rf"(?:{_UP}\.?-?\s?){{1,4}}")
#: the longest author list whose initials are looked up in the page's full names
MAX_EXPANDED_AUTHORS = 60


def _bare_initials(given: str) -> str:
    """``Shannon R.`` → ``SR``: the initials of a given name without dots and spaces."""
    return re.sub(r"[.\s-]", "", initials(given) or "")


def _two_family_names(page: _Page, persons: Sequence[Person]) -> tuple[Person, ...]:
    """``Teresa Villalba Ortiz`` read with the family name ``Ortiz`` (the name parser's
    ``ambiguous-family-name``) gets ``Villalba Ortiz`` where the page prints the person
    inverted with both family names (``Villalba Ortiz, Teresa`` or ``Villalba Ortiz
    Teresa``, a citation's form)."""
    if not any(p.diagnostics for p in persons):
        return tuple(persons)
    out: list[Person] = []
    for p in persons:
        given, fam = (p.given or "").split(), p.family or ""
        if (
            len(given) < 2
            or not fam
            or not any(d.code == "ambiguous-family-name" for d in p.diagnostics)
        ):
            out.append(p)
            continue
        two = f"{given[-1]} {fam}"
        rest = " ".join(given[:-1])
        if two not in page.text or _inverted(two, rest).search(page.text) is None:
            out.append(p)
            continue
        out.append(attrs.evolve(p, family=two, given=rest, initials=initials(rest)))
    return tuple(out)


def _inverted(two: str, rest: str) -> re.Pattern[str]:
    """``two`` then ``rest`` (``Villalba Ortiz, Teresa``), no word character or hyphen
    around: the name first, a prefix the regex engine scans for (the lookbehind after it)."""
    return re.compile(
        rf"{re.escape(two)}(?<![\w-]{re.escape(two)}),?[ \t]+{re.escape(rest)}(?![\w-])"
    )


def _spelled(word: str) -> bool:
    """A given name written out, not an initial: ``Rebecca``, and short ones (``Bo``, ``Li``)."""
    return len(word) > 2 or (len(word) == 2 and word[0].isupper() and word[1].islower())


def _finditer_lines(pattern: re.Pattern[str], text: str, needle: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match holds ``needle`` and no
    line break: searched only in the lines that hold ``needle`` (a name is on few lines)."""
    if "\n" in needle or not needle:
        yield from pattern.finditer(text)
        return
    at = text.find(needle)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield from pattern.finditer(text, start, end)
        at = text.find(needle, end)


def _expand_initials(page: _Page, persons: Sequence[Person]) -> tuple[Person, ...]:
    """Given names that a citation abbreviates (``Moore SR``) spelled out where the page
    prints the same person in full before the family name (``Shannon R. Moore``, an
    affiliation mark after it: ``Shannon R. Moore2*``) or inverted after it, as repository
    records list their authors (``Moore, Shannon R.``): the full form must have exactly the
    initials of the short one."""
    if not persons or len(persons) > MAX_EXPANDED_AUTHORS:
        return tuple(persons)
    text = page.text
    out: list[Person] = []
    changed = []
    for p in persons:
        given, fam = p.given or "", p.family or ""
        if not fam or not given or not _ONLY_INITIALS.fullmatch(given.strip()):
            out.append(p)
            continue
        want = re.sub(r"[.\s-]", "", given)
        pattern = re.compile(
            rf"(?<![\w.])((?:{_UP}[^\W\d_]+|{_UP}\.)(?:[ \t-]+(?:{_UP}[^\W\d_]+|{_UP}\.)){{0,3}})"
            rf"[ \t]+{re.escape(fam)}(?![^\W\d_]|-|[ \t]+{_UP}[^\W\d_]+\b)"
        )
        inverted = re.compile(
            rf"(?<![\w-]){re.escape(fam)},[ \t]+((?:{_UP}[^\W\d_]+|{_UP}\.)"
            rf"(?:[ \t-]+(?:{_UP}[^\W\d_]+|{_UP}\.)){{0,3}})(?![^\W\d_])"
        )
        full = None
        for pat in (pattern, inverted):
            for m in _finditer_lines(pat, text, fam):
                cand = m.group(1)
                if page.weight(m.start()) < 1:
                    continue
                if _bare_initials(cand) == want and any(_spelled(w) for w in cand.split()):
                    full = cand
                    break
            if full is not None:
                break
        if full is None:
            out.append(p)
            continue
        out.append(Person(family=fam, given=full, particle=p.particle, suffix=p.suffix,
                          raw=f"{full} {fam}"))  # fmt: skip
        changed.append(f"{given} → {full}")
    if changed:
        page.note("expanded-initials", "given names spelled out from the page: "
                  + "; ".join(changed[:10]))  # fmt: skip
    return tuple(out)
