"""A body's copyright line names the work's publisher: ``Copyright © 2020 Fen College of
Surgeons. All Rights Reserved.``, ``Copyright 2006, Centre for Marsh Studies``.

A copyright holder that is a publishing house is read by
:func:`comet.page.publishers._copyright_publishers`. A holder that is a body, a society, a
college, a centre, an institute (an organisation word of the locales,
``[person_names].organisation_words``), publishes the works its site prints: a society its
journal, a research centre its reference work. A company's holder is not read here (``©
2022 Example Shop, Inc.``: a shop's, a platform's, a portal's footer names its owner, no
work's publisher; its legal form, ``[words].company_suffixes``, says so), nor a person's
name (``© Ana Ruiz, Fen University``: the author's), nor the work's role (``The Authors``).
Weak evidence: any label, imprint or citation outweighs it.
"""

from __future__ import annotations

import re
from typing import Any

from comet import locales as _loc
from comet.page.copyright_holders import HOLDER_WORDS, copyright_holders
from comet.page.evidence import _YEAR, W_POS, Cand, _Page
from comet.page.periodicals import web_article
from comet.page.publishers import (
    _a_persons_name,
    _company_suffix,
    _publisher_words,
    _role_holder,
)
from comet.page.title_shapes import _organisation_words

__all__ = ["W_BODY_HOLDER", "body_holders"]

#: the weight of a body's copyright line (under a publishing house's: ``W_POS``, scaled by
#: the line's zone and place as that one is)
W_BODY_HOLDER = W_POS - 0.1
#: a web address (a site's name, ``example.com``), no body's name
_ADDRESS = re.compile(r"\w\.[a-z]{2,6}\b|www\.|https?:", re.IGNORECASE)


def _a_body(holder: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The holder is a body's name: an organisation word in each of its parts (between
    commas: ``Orla Fenwick, Fen University`` is a person's, with her university), no
    company's legal form, no web address, no person's name and no role."""
    words = holder.split()
    if not words or len(words) > HOLDER_WORDS or _YEAR.search(holder):
        return False
    if not holder[:1].isupper() and not holder[:1].isdigit():
        return False
    if _company_suffix(rules).search(holder) or _ADDRESS.search(holder):
        return False
    orgs = _organisation_words(rules)
    parts = [p.split() for p in holder.split(",") if p.strip()]
    return (
        bool(parts)
        and all(any(w.strip(".()").casefold() in orgs for w in part) for part in parts)
        and not _a_persons_name(holder, rules)
        and not _role_holder(holder, rules)
    )


def body_holders(page: _Page, record: dict[str, Any]) -> list[Cand]:
    """The publishers named by a copyright line whose holder is a body (see the module);
    holders a publisher word names are left to the publishing houses' reader. A web
    story's page (:func:`~comet.page.periodicals.web_article`: a headline, a byline or a
    date, prose, no identifier) is left out: its site's owner holds it (a blog's club, a
    news site's company), no publisher of the story."""
    houses = _publisher_words(page.rules)
    out = []
    for h in copyright_holders(page):
        if (houses is not None and houses.search(h.text)) or not _a_body(h.text, page.rules):
            continue
        span = (h.start, h.start + len(h.text))
        out.append(Cand(h.text, W_BODY_HOLDER * h.weight, span, "a body's copyright line"))
    if out and web_article(page, record) is not None:
        return []
    return out
