"""An article's type glued before its title on one line.

A journal platform prints the article's type over its title (``Original Article`` /
``Smartphone Use and Sleep …``); a page's text may glue the two into one line (``Original
Article Smartphone Use and Sleep …``). The type is two or three words of a journal
article's type term of the locales (``Original Article``, ``Research Article``, ``Artículo
original``, ``Оригинальная статья``; a word alone, ``Editorial``, may open a title); the
title after it opens with a capital, holds no number in its first word and has
:data:`KICKER_TITLE_WORDS` words or more. The title is the rest of the line.
"""

from __future__ import annotations

from comet.page.evidence import _Page
from comet.page.name_checks import _type_term
from comet.page.title_bylines import _type_words

__all__ = ["after_type_kicker"]

#: words of the title after the type at least
KICKER_TITLE_WORDS = 4
#: the types such a kicker names (an article's; a report's genre is ``genre_lines``')
KICKER_TYPES = frozenset({"article-journal", "review", "paper-conference"})


def after_type_kicker(text: str, page: _Page) -> int:
    """Where the title starts after an article's type glued before it on its line (see the
    module), or 0."""
    words = text.split()
    known = _type_words(page.rules)
    if len(words) < KICKER_TITLE_WORDS + 2 or words[0].casefold() not in known:
        return 0  # (the common case: a set lookup of the line's first word)
    for k in (3, 2):
        if words[k - 1].casefold().strip(":.–-") not in known:
            continue
        first = words[k]
        if len(words) - k < KICKER_TITLE_WORDS or not first[:1].isupper():
            continue
        if any(c.isdigit() for c in first) or first.casefold() in known:
            continue  # ('Research Article 12', 'Original Research Article …': the type goes on)
        pt = _type_term(" ".join(words[:k]).rstrip(":.–-"), page.rules)
        if pt is None or pt.csl_type not in KICKER_TYPES:
            continue
        at = 0
        for w in words[:k]:
            at = text.index(w, at) + len(w)
        return text.index(first, at)
    return 0
