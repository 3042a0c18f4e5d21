"""The site's own name as a page prints it: a self-reference line (``More from Name``,
``Om Name``), a copyright line naming the same name, a footer; read as a periodical's name
and as the container model's site-name candidates.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

import attrs

from comet import locales as _loc
from comet.dates.years import year_pattern
from comet.page.chrome import _interface_share, _is_chrome
from comet.page.copyright_marks import copyright_firsts, copyright_statement
from comet.page.evidence import _key, _Page
from comet.page.lines import Line
from comet.page.name_plausible import plausible_person
from comet.page.name_table import _one_person
from comet.page.periodicals import MASTHEAD_LINES
from comet.page.publishers import _company_suffix
from comet.page.site_mentions import MENTION_SUPPORT, MENTIONS_RANKED, kind_words_only, mentions
from comet.page.site_signs import SiteSigns, confirmed
from comet.page.site_statement import footer_statement
from comet.page.site_words import _company_words, _credit, _rights_reserved
from comet.text._words import closed_class

__all__ = ["self_named", "site_name_candidates"]

#: words of a periodical's name a self-reference line may name at most
SELF_NAME_WORDS = 5
#: distinct self-reference phrases naming one name that confirm it without a copyright line
SELF_NAME_SUPPORT = 2
#: lines of a page read for self-reference lines (the footer of a long page included)
SELF_NAME_LINES = 4000
#: a self-reference or copyright line longer than this is prose (characters)
SELF_LINE_CHARS = 160
#: distinct names of self-reference lines weighed on a page at most
SELF_NAMES = 5
#: a footer's copyright line (``© 2019 Name. All rights reserved.``) opening a line and
#: dated: the notice a site prints for itself, not a photo credit (``© Agency``)
_FOOTER_YEAR = re.compile(rf"(?<!\d){year_pattern(1800, 2099)}(?!\d)")
#: a site's name may hold an interface word (``The New Yorker``), not mostly such words
INTERFACE_NAME_SHARE = 0.5
#: a name's separator from a trailing menu (``About Name | Careers``) or a tagline
#: (``© 2025 Name - Established 1977``)
_NAME_TAIL = re.compile(r"\s+(?:[|•·]|[-–—]\s).*$")
#: what a site's own name never holds: digits, sentence or list punctuation
_NOT_A_NAME = re.compile(r"[\d.,;:!?()\[\]@/]")
#: a possessive and one small word after a self-reference's name (``Subscribe to Name’s
#: newsletter``): not part of the name
_POSSESSIVE = re.compile(r"[’']s\s+[a-z]+\.?$")


@functools.cache
def _self_reference(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A line that is a site's link to itself, a phrase of the locales'
    ``[periodicals].self_reference`` (``About``, ``More from``, ``Mer från``) and a name:
    ``More from The Daily Example``; or a name and a phrase of ``self_reference_after``
    (``The Daily Example homepage``)."""
    terms = _loc.terms_of("periodicals", rules, "self_reference")
    after = _loc.terms_of("periodicals", rules, "self_reference_after")
    if not terms and not after:
        return None
    before = _loc.alternation(terms) if terms else "(?!)"
    # or the name first: a platform's links to the site's front page and menu ('Example
    # homepage', 'Example main menu'), the whole line
    behind = _loc.alternation(after) if after else "(?!)"
    return re.compile(
        rf"(?:{before})\s+(?P<name>\S.{{0,80}})"
        rf"|(?P<first>\S.{{0,60}}?)\s+(?P<after>{behind})\s*:?$",
        re.I,
    )


def _a_person(name: str, page: _Page) -> bool:
    """``name`` reads as one person's (a known given name first: ``More from Ana Ruiz``, an
    author the byline reader missed), never a periodical's."""
    person = _one_person(name, page.rules)
    return person is not None and plausible_person(person)


def _name_value(text: str) -> str | None:
    """``text`` cut at a menu or tagline separator, when it is shaped as a name: one to
    :data:`SELF_NAME_WORDS` words, the first capitalised, no digits or punctuation."""
    name = _NAME_TAIL.sub("", text).strip()
    words = name.split()
    if not 1 <= len(words) <= SELF_NAME_WORDS or not name[:1].isupper():
        return None
    if _NOT_A_NAME.search(name):
        return None
    return name


def self_named(page: _Page, avoid: tuple[str, ...]) -> tuple[str, tuple[int, int], str] | None:
    """The site's own name on a web article's page, read from how a site names itself:
    a self-reference line (``More from Name``, ``Om Name``; the locales'
    ``[periodicals].self_reference``) confirmed by a copyright line naming the same name
    (``© 2024 Name, LLC``; its company suffix and a tagline after a dash cut) or by a
    self-reference line of another phrase (``Om Name`` and ``Mer från Name``; one phrase
    repeated, a menu and its footer copy, is one piece of evidence). Mentions in prose
    confirm nothing (an article names places, causes and people it is about: ``More from
    Europe``, ``About Greenpeace``), nor do menus. Names in ``avoid`` (the title, the
    authors, and each word of an author's name: ``About Mara``), a person's name (``More
    from Ana Ruiz``), names of interface words, function words or newspaper desks
    (``About us``, ``More from Politics``) are none. A possessive after the phrase's name
    is cut (``Subscribe to Name’s newsletter``). The name alone on a line, as the site's
    domain or in a photo credit (``comet.page.site_signs``) confirms one phrase too (not a
    line alone), and names the site with no phrase where two such signs agree (``Name``
    over the headline and ``name.com``, or ``© 2024 Name, LLC``). ``(name, span,
    evidence)`` or ``None``."""
    if _self_reference(page.rules) is None:
        return _footer_named(page, avoid)
    found = _site_names(page)
    best: _SelfName | None = None
    for key, entry in found.items():
        if not entry.confirmed():
            continue
        if not _site_name_ok(entry.name, key, page, avoid):
            continue
        if best is None or entry.rank() > best.rank():
            best = entry
    if best is None:
        return _footer_named(page, avoid)
    signs_read = f", signs: {', '.join(sorted(best.signs))}" if best.signs else ""
    why = (
        f"{len(best.phrases)} self-reference phrase(s), {best.copyrights} copyright line(s)"
        f"{signs_read}"
    )
    return best.name, best.span, f"the site's own name ({why})"


def _site_names(page: _Page) -> dict[str, _SelfName]:
    """Every name the page's lines put forward as the site's own (by the name folded), with
    its evidence: the self-reference lines' names, the dated copyright lines' holders and
    the names the site signs put forward, each with its phrases, copyright lines and signs
    (read once per page: :func:`self_named` and the container model ask)."""
    return page.remember("site-names", lambda: _read_site_names(page))


def _read_site_names(page: _Page) -> dict[str, _SelfName]:
    pattern = _self_reference(page.rules)
    if pattern is None:
        return {}
    suffix = _company_suffix(page.rules)
    found: dict[str, _SelfName] = {}  # by the name folded
    holders: list[str] = []  # the copyright lines' holders, folded
    held: dict[str, tuple[str, tuple[int, int]]] = {}  # a holder's name and span, folded
    signs = SiteSigns(page.rules)
    top = MASTHEAD_LINES if page.title_line is None else min(MASTHEAD_LINES, page.title_line)
    for ln in page.layout.lines[:SELF_NAME_LINES]:
        t = ln.text
        if len(t) > SELF_LINE_CHARS:
            continue
        signs.read(t, ln.start, ln.index < top)
        m = pattern.match(t)
        stated = footer_statement(page, ln) if m is None else None
        if stated is not None:  # 'Name is part of Example Media Inc': the site's owner
            name = _name_value(stated[0])
            if name is not None:  # (rare and strong: past the cap of phrases' names too)
                entry = found.setdefault(
                    name.casefold(), _SelfName(name, _span(ln, max(0, t.find(name)), name))
                )
                entry.phrases.add(_key(stated[1]))
                entry.stated = True
        if m is not None:
            group = "name" if m.group("name") is not None else "first"
            raw = m.group(group)
            if group == "name" and raw.endswith(".") and raw.count(".") == 1:
                raw = raw[:-1]  # the phrase as a sentence: 'Originally published on Name.'
            if group == "name":
                raw = _POSSESSIVE.sub("", raw)  # 'Subscribe to Name’s newsletter'
            name = _name_value(raw)
            if name is not None and (name.casefold() in found or len(found) < SELF_NAMES):
                entry = found.setdefault(
                    name.casefold(), _SelfName(name, _span(ln, m.start(group), name))
                )
                phrase = m.group("after") if group == "first" else t[: m.start("name")]
                entry.phrases.add(_key(phrase))
        elif "©" in t:
            c = copyright_statement(page.rules).match(t[t.index("©") :])
            if c is not None:
                holder = _name_value(suffix.split(c.group("holder"))[0])
                if holder is not None:
                    holders.append(holder.casefold())
                    if _FOOTER_YEAR.search(t, t.index("©")):  # a site's dated notice, not
                        at = t.find(holder)  # a photo's credit ('… at dawn. © Ana Berg')
                        held.setdefault(holder.casefold(), (holder, _span(ln, at, holder)))
    for name, span in [*held.values(), *signs.candidates()][:SELF_NAMES]:
        if _name_value(name) == name:  # names no self-reference line prints
            found.setdefault(name.casefold(), _SelfName(name, span))
    by_phrase = Counter(ph for entry in found.values() for ph in entry.phrases)
    for key, entry in found.items():
        entry.copyrights = holders.count(key)
        entry.signs = signs.kinds(entry.name)
        entry.sibling = any(by_phrase[ph] > 1 for ph in entry.phrases)
        if entry.phrases:
            entry.mentions, entry.chrome_mentions = mentions(page, entry.name, pattern)
    return found


def site_name_candidates(
    page: _Page, avoid: tuple[str, ...]
) -> list[tuple[str, tuple[int, int], dict[str, float]]]:
    """Every name the page puts forward as the site's own (:func:`_site_names`), confirmed
    or not, that may be a periodical's (:func:`_site_name_ok`: not the title, an author,
    a person, a desk, a company or interface words: a hard filter, as the hand rule's),
    with the evidence :func:`self_named` weighs as features (for the container model,
    :mod:`comet.page.container_features`): its self-reference phrases and copyright lines
    (each capped at 2, halved), its signs (masthead, alone, domain, credit), and whether
    the hand rule's confirmation holds."""
    if _self_reference(page.rules) is None:
        return []
    out = []
    for key, entry in _site_names(page).items():
        if not _site_name_ok(entry.name, key, page, avoid):
            continue  # 'More from Ana Ruiz': a person's name, never the site's
        f = {
            "site_phrases": min(len(entry.phrases), 2) / 2,
            "site_copyrights": min(entry.copyrights, 2) / 2,
            "site_masthead": float("masthead" in entry.signs),
            "site_alone": float("alone" in entry.signs),
            "site_domain": float(bool(entry.signs & {"domain", "domain-top"})),
            "site_credit": float("credit" in entry.signs),
            "site_confirmed": float(entry.confirmed()),
        }
        out.append((entry.name, entry.span, f))
    return out


@attrs.define
class _SelfName:
    """A name a site calls itself by, with its evidence: the self-reference phrases that
    print it (folded) and the copyright lines that name it."""

    name: str
    span: tuple[int, int]
    phrases: set[str] = attrs.field(factory=set)
    copyrights: int = 0
    #: the other signs naming it (``comet.page.site_signs``: masthead, alone, domain…, credit)
    signs: set[str] = attrs.field(factory=set)
    #: one of its phrases names other names too (``More from Phones``, ``More from Audio``:
    #: a menu of sections)
    sibling: bool = False
    #: lines printing it inside a longer text (``comet.page.site_mentions``)
    mentions: int = 0
    #: of them, lines of the main zone that are no prose (calls to action, credits, menus)
    chrome_mentions: int = 0
    #: a statement of its owner names it (``Name is part of Example Media Inc``)
    stated: bool = False

    def confirmed(self) -> bool:
        """Two self-reference phrases, or one and a copyright line, the site's domain or a
        credit naming it (never a line alone: the phrase's own menu link, ``More from
        Coast`` / ``Coast``); with no phrase, the signs :func:`comet.page.site_signs.confirmed`
        asks for (a credit and a domain alone may name a source). Or the page's mentions
        (:mod:`comet.page.site_mentions`): a phrase naming no other name, its name printed
        inside two lines that are no prose."""
        if self.phrases and not self.sibling and self.chrome_mentions >= MENTION_SUPPORT:
            return True  # 'About Name' and 'Become a Name member', 'Photo: … / Name'
        if self.stated and self.signs & {"masthead", "alone"}:
            return True  # 'Name is part of Example Media Inc' and the logo's 'Name'
        if self.phrases:
            return (
                self.copyrights > 0
                or len(self.phrases) >= SELF_NAME_SUPPORT
                or bool(self.signs & {"domain", "domain-top", "credit"})
            )
        return confirmed(self.signs, self.copyrights)

    def rank(self) -> tuple[int, int]:
        """More pieces of evidence first, then the earlier name."""
        evidence = len(self.phrases) + self.copyrights + len(self.signs)
        return evidence + min(self.mentions, MENTIONS_RANKED), -self.span[0]


def _footer_named(page: _Page, avoid: tuple[str, ...]) -> tuple[str, tuple[int, int], str] | None:
    """The site's name a web article's footer states as the holder of its copyright,
    where no self-reference line names one: the last line of the page opening with a
    copyright notice and holding a year (``Copyright © 2016 Name. All rights reserved.``,
    ``© 2014-2019 Name``; a photo credit, ``© Agency``, holds none), whose holder is
    shaped as a name (one to five words, capitalised, no digits or punctuation: a domain,
    ``example.com``, is none), not a company's (a legal form, ``, LLC``; a company word,
    ``Vox Media``, ``Gamer Network``: the owner, not the periodical) and not the title,
    an author, a person or interface words."""
    lines = page.layout.lines[:SELF_NAME_LINES]
    suffix = _company_suffix(page.rules)
    company = _company_words(page.rules)
    rights = _rights_reserved(page.rules)
    for ln in reversed(lines):
        t = ln.text
        if (
            len(t) > SELF_LINE_CHARS
            or t[:1] not in copyright_firsts(page.rules)
            or _FOOTER_YEAR.search(t) is None
        ):
            continue
        c = copyright_statement(page.rules).match(t)
        if c is None:
            continue
        raw = rights.sub("", c.group("holder")).strip()
        if suffix.search(raw) is not None or (company is not None and company.search(raw)):
            return None
        name = _name_value(raw)
        if name is None or _credit(name, page.rules):
            return None  # ('Proudly powered by Example': a platform's credit, no name)
        if not _site_name_ok(name, name.casefold(), page, avoid):
            return None
        at = t.find(name, c.start("holder"))
        return name, _span(ln, at, name), "the site's own name (its footer's copyright line)"
    return None


def _span(line: Line, at: int, name: str) -> tuple[int, int]:
    return line.start + at, line.start + at + len(name)


def _site_name_ok(name: str, key: str, page: _Page, avoid: tuple[str, ...]) -> bool:
    """``name`` may be a periodical's: not the title, an author's name or a word of one,
    a person's name, interface or function words, a newspaper's desk, or a company's or an
    institution's name (a word of ``[periodicals].company_words``: ``Department``)."""
    avoided = {a.casefold() for a in avoid if a}
    avoided |= {w.casefold() for a in avoid[1:] for w in a.split()}
    desks = {d.casefold() for d in _loc.terms_of("periodicals", page.rules, "newspaper_sections")}
    closed = closed_class(page.rules)
    # ('© 2024 National': the words that only qualify a name are no name alone)
    modifiers = _loc.casefolded_terms("words", page.rules, "organisation_modifiers")
    company = _company_words(page.rules)
    return not (
        key in avoided
        or (company is not None and company.search(name) is not None)  # 'Department'
        or key in desks
        or all(w.casefold() in closed or w.casefold() in modifiers for w in name.split())
        or kind_words_only(name, page.rules)  # 'Blog homepage': a link, no name
        or _interface_share(name, page.rules) > INTERFACE_NAME_SHARE
        or _is_chrome(name, page.rules)
        or _a_person(name, page)
    )
