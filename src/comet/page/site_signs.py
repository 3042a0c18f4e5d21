"""Signs by which a web page names its own site, besides self-reference lines.

:func:`comet.page.site_self_names.self_named` reads a site's name from a self-reference line
(``More from Name``) confirmed by a copyright line or a second phrase. Sites print their
name in other places too, and each is one more piece of evidence for a name:

* ``masthead`` — the name alone on a line above the headline (the logo's text);
* ``alone`` — the name alone on a line elsewhere (the footer's logo);
* ``domain`` — the name as the site's domain alone on a line (``name.org``, ``domain-top``
  above the headline;
  ``www.Name.com``: the name's letters, case, spaces, hyphens and accents aside, are the
  domain's label);
* ``credit`` — the name in a photo credit line (``Foto: Name``, ``Foto: Ana Berg, Name``:
  a credit word of the locales, ``[words].photo_credit``, a colon and the credited names;
  a picture agency of ``[words].photo_agency`` is never a site).

None of them alone names the site: a line alone may be a menu's link or a heading, a
credit names a photographer or a source, a domain another site. The logo with a domain or
a credit, or a copyright line with any of them, do (see :func:`confirmed`). The signs are
read in the same pass over the page's short lines as the self-reference lines.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import attrs

from comet import locales as _loc

__all__ = ["SiteSigns", "confirmed", "squashed"]

#: a line standing for the site's logo is short (characters)
ALONE_CHARS = 60

#: a bare domain alone on a line (``tidewatch.org``, ``www.Example.com``): the label
#: before the top-level domain (one or two labels of two to six letters: ``.co.uk``)
_DOMAIN_LINE = re.compile(r"(?:www\.)?(?P<label>[^\W_][\w-]{0,62})(?:\.[a-z]{2,6}){1,2}", re.I)

#: the credited names' separators (``Ana Berg, Name``, ``Ana Berg / Name``)
_CREDIT_SPLIT = re.compile(r"\s*[,/|;]\s*")


def squashed(text: str) -> str:
    """``text``'s letters and digits, folded, accents off: how a name is spelled as a
    domain (``Nord Zprávy`` → ``nordzpravy``, ``Der Marschbote`` → ``dermarschbote``).

    >>> squashed("Rådhus-Nytt 24")
    'radhusnytt24'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():  # no combining mark: the letters and digits, taken in C
        return "".join(filter(str.isalnum, decomposed))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@functools.cache
def _credit_line(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A line that is a photo credit: a credit word of the locales, a colon and the
    credited names (``Foto: Ana Berg, Name``), perhaps in brackets."""
    words = {w.rstrip(":") for w in _loc.terms_of("words", rules, "photo_credit")}
    if not words:
        return None
    return re.compile(rf"\(?(?:{_loc.alternation(sorted(words))})\s?:\s*(?P<who>[^()]+)", re.I)


@attrs.define
class SiteSigns:
    """The signs of one page, read line by line (:meth:`read`)."""

    rules: tuple[_loc.LocaleRules, ...]
    #: lines alone, folded → (text, span, above the headline)
    alone: dict[str, tuple[str, tuple[int, int], bool]] = attrs.field(factory=dict)
    #: the squashed spelling of each line alone → its folded text
    alone_squashed: dict[str, str] = attrs.field(factory=dict)
    #: the squashed labels of bare domains alone on a line → one stands above the headline
    domains: dict[str, bool] = attrs.field(factory=dict)
    #: credited names, folded → (text, span)
    credited: dict[str, tuple[str, tuple[int, int]]] = attrs.field(factory=dict)

    def read(self, text: str, start: int, top: bool) -> None:
        """Take the signs of one line (``start``: its offset in the page; ``top``: it
        stands above the headline)."""
        t = text.strip()
        if not t or len(t) > ALONE_CHARS:
            return
        d = _DOMAIN_LINE.fullmatch(t)
        if d is not None:
            label = squashed(d.group("label"))
            self.domains[label] = self.domains.get(label, False) or top
            return
        credit = _credit_line(self.rules)
        c = credit.match(t) if credit is not None else None
        if c is not None:
            at = c.start("who")
            for part in _CREDIT_SPLIT.split(c.group("who").strip()):
                where = t.find(part, at)
                if part and where >= 0:
                    span = (start + where, start + where + len(part))
                    self.credited.setdefault(part.casefold(), (part, span))
            return
        name = t[:-1] if t.endswith(".") and t.count(".") == 1 else t
        key = name.casefold()
        seen = self.alone.get(key)
        if seen is None or (top and not seen[2]):
            self.alone[key] = (name, (start, start + len(name)), top)
            self.alone_squashed.setdefault(squashed(name), key)

    def kinds(self, name: str) -> set[str]:
        """The kinds of sign naming ``name``: ``masthead``, ``alone``, ``domain`` (or
        ``domain-top``, above the headline), ``credit`` (none for a picture agency)."""
        key = name.casefold()
        if key in _loc.casefolded_terms("words", self.rules, "photo_agency"):
            return set()
        out = set()
        seen = self.alone.get(key)
        if seen is not None:
            out.add("masthead" if seen[2] else "alone")
        top = self.domains.get(squashed(name))
        if top is not None:
            out.add("domain-top" if top else "domain")
        if key in self.credited:
            out.add("credit")
        return out

    def candidates(self) -> list[tuple[str, tuple[int, int]]]:
        """Names the signs put forward themselves: a credited name, and a line alone that
        is spelled as a domain alone on a line (``Example`` and ``example.com``)."""
        out = list(self.credited.values())
        for dom in self.domains:
            key = self.alone_squashed.get(dom)
            if key is not None:
                out.append(self.alone[key][:2])
        return out


def confirmed(kinds: set[str], copyrights: int) -> bool:
    """Whether a name no self-reference line prints is the site's: a copyright line and the
    name alone on a line, as a domain or in a credit; or the name over the headline (its
    logo) and as a domain or in a credit. A credit and a domain without the logo or a
    copyright line name a source as often as the site (``Photo: Harbour Watch`` and
    ``harbourwatch.com`` under ``Our partners``), and a line alone below the headline is
    confirmed only by a copyright line."""
    if copyrights and kinds & {"masthead", "alone", "domain", "domain-top", "credit"}:
        return True
    return "masthead" in kinds and bool(kinds & {"domain", "domain-top", "credit"})
