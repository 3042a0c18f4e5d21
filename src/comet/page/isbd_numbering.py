"""The numbering of a part closing an ISBD title area (ISBD 1.1.5: ``Title. Vol. 2``,
``TITLE.VOL(IV)``, ``Title Vol.7 No.2,``, ``Заглавие. Вып. 24``): the part's designation
comes off the title and gives the record's volume (and issue, when a second designation
follows the first, as a periodical's issue catalogued as one item prints them).

The designation words are the locales' ``[locator]`` words of a volume, an issue or a part;
a lone number sign (``No.``, ``Nr.``, ``№``) is no part's designation (``Report No. 5`` names
a numbered report, not a volume), only a second designation after a volume's. The
designation follows ISBD's full stop or a comma; after a mere space only a capitalised
abbreviation (`` Vol.7``) is one (``A guide to part 2`` is a title's own words).
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.number_signs import number_signs

#: letters the title keeps at least once its designation is cut
TITLE_LETTERS = 2


@functools.cache
def _designations(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A regex for one or two part designations closing a title area, with the locales'
    volume, part and issue words (folded by case, their final stop optional)."""

    def words(*keys: str) -> str:
        terms = {t.rstrip(".") for k in keys for t in _loc.terms_of("locator", rules, k)}
        terms = {t for t in terms if t and not t.isdigit()}
        return "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))

    first = words("volume", "part", "issue")
    second = words("issue", "part")
    if not first or not second:
        return None
    number = r"\(?\s?(?:\d{1,4}[a-z]?|[IVXLC]{1,6})\s?\)?"
    return re.compile(
        rf"(?:[.,]\s*|\s+)(?P<w1>{first})\.?\s?(?P<n1>{number})"
        rf"(?:[.,]?\s+(?P<w2>{second})\.?\s?(?P<n2>{number}))?[\s.,;:]*$",
        re.IGNORECASE,
    )


@functools.cache
def _number_signs(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """The locales' short issue words and those that are number signs (``No``, ``Nr``,
    ``N°``, ``№``, ``[words].number_signs``): alone after a title they number a report or a
    series, no part of a work."""
    issue = {t.rstrip(".").casefold() for t in _loc.terms_of("locator", rules, "issue")}
    signs = number_signs(rules)
    return frozenset(t for t in issue if len(t) <= 2 or t in signs)


def part_designation(
    title: str, rules: tuple[_loc.LocaleRules, ...]
) -> tuple[str, dict[str, str]] | None:
    """``title`` without the part designation closing it and the numbers it gives
    (``{"volume": "IV"}``, ``{"volume": "7", "issue": "2"}``); ``None`` when no designation
    closes it.

    >>> from comet.locales import resolve
    >>> part_designation("ENCICLOPEDIA LABOR.VOL(IV)", resolve(None))
    ('ENCICLOPEDIA LABOR', {'volume': 'IV'})
    >>> part_designation("Harbour Quarterly Vol.7 No.2,", resolve(None))
    ('Harbour Quarterly', {'volume': '7', 'issue': '2'})
    >>> part_designation("Technical report No. 5", resolve(None)) is None
    True
    """
    pattern = _designations(rules)
    m = pattern.search(title) if pattern is not None else None
    if m is None:
        return None
    if m.group(0)[0].isspace() and not (
        m.group("w1")[0].isupper() and title[m.end("w1") : m.end("w1") + 1] == "."
    ):
        return None  # 'A guide to part 2': after a space only an abbreviation (' Vol.7')
    head = title[: m.start()].rstrip(" .,:;")
    if sum(map(str.isalpha, head)) < TITLE_LETTERS:
        return None
    if m.group("n2") is None and m.group("w1").casefold() in _number_signs(rules):
        return None  # 'Report No. 5': a numbered report, no part of a work
    out = {"volume": m.group("n1").strip("() ")}
    if m.group("n2") is not None:
        out["issue"] = m.group("n2").strip("() ")
    return head, out


def title_numbering(title: str, rules: tuple[_loc.LocaleRules, ...]) -> dict[str, str]:
    """The CSL fields of a title area closed by a part's designation: the title without it,
    the volume (and issue); empty when none closes it."""
    numbered = part_designation(title, rules)
    if numbered is None:
        return {}
    return {"title": numbered[0], **numbered[1]}
