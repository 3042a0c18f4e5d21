"""The body that publishes a periodical, named in the periodical's own identity block.

A journal's box prints its name, then the body behind it, then its ISSNs:
``Revista de Humedales`` / ``Sociedad Limnológica del Sur, Chile`` / ``ISSN: 2211-4459``,
``Marsh Letters`` / ``Fen Valley Society`` / ``e-ISSN 2049-3630``. The line between the
container's name and the first ISSN line, naming a body (a word of a publisher's or a
body's name of the locales: *Sociedad*, *Institute*, *Verlag*), is the publisher; a
country after its last comma is the body's address, not its name. A line naming a person,
holding a digit, or the container's name again is none. A pattern on the page's lines
(weight :data:`~comet.page.evidence.W_LINE`).
"""

from __future__ import annotations

from comet import locales as _loc
from comet.identifiers import issn
from comet.page.body_words import _body_word
from comet.page.chrome import _is_chrome
from comet.page.evidence import _DIGIT_RE, W_LINE, Cand, _key, _Page
from comet.page.imprint import _country
from comet.page.publishers import _a_persons_name

__all__ = ["masthead_body"]

#: words of a body's line at most
BODY_LINE_WORDS = 12
#: words of an ISSN line at most (``ISSN-e: 1028-0871``, ``Print ISSN 1234-5679 (print)``)
ISSN_LINE_WORDS = 5


def _issn_line(text: str) -> bool:
    """A short line printing an ISSN (``ISSN: 2526-9062``, ``ISSN-e: 1028-0871``)."""
    return len(text.split()) <= ISSN_LINE_WORDS and next(issn.find(text), None) is not None


def _without_country(text: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``text`` without a country after its last comma (``Sociedad X, Chile`` → ``Sociedad X``)."""
    name, comma, last = text.rpartition(",")
    return name.strip() if comma and name.strip() and _country(last.strip(), rules) else text


def masthead_body(page: _Page, container: str | None) -> list[Cand]:
    """The publisher a periodical's identity block names between the ``container``'s line and
    its first ISSN line (module docstring); ``[]`` where the page prints no such block."""
    if not container:
        return []
    want = _key(container)
    lines = page.layout.lines
    out: list[Cand] = []
    for k in range(1, len(lines) - 1):
        line = lines[k]
        if _key(lines[k - 1].text) != want or not _issn_line(lines[k + 1].text):
            continue
        t = line.text.strip()
        tokens = t.split()
        if not 2 <= len(tokens) <= BODY_LINE_WORDS or _DIGIT_RE.search(t) or not t[:1].isupper():
            continue
        if k in page.layout.label_lines or _is_chrome(t, page.rules) or _key(t) == want:
            continue
        name = _without_country(t, page.rules)
        if not any(_body_word(w, page.rules) for w in name.split()):
            continue
        if _a_persons_name(name, page.rules):
            continue
        at = line.start + line.text.find(name)
        out.append(Cand(name, W_LINE * page.weight(at), (at, at + len(name)),
                        "a body between the periodical's name and its ISSN"))  # fmt: skip
    return out
