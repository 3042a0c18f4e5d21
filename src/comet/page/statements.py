"""``Published by X`` statements under a label (``Published by Elsevier B.V.``, ``Published
by the Royal Society on 3 March 2021``, ``Herausgegeben von der Gesellschaft für …``,
``Publicado por Ana Ruiz``): a body's name is the publisher, a person's name is the author
(a blog's byline), and a date after the name dates the work.

A statement label is a label of the locales whose last word is a function word (``by``,
``von``, ``par``, ``por``): the label opens a sentence whose subject follows it. The words
that make a name a body's are the locales' (``[references].publisher_words``,
``[person_names].organisation_words``, ``[words].company_suffixes``); a person's name is two
or three capitalised words opening with a known given name.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.dates import PartialDate, Precision
from comet.page.chrome import _closed_class
from comet.page.evidence import _dates_in, _Page
from comet.page.imprint import _publisher_words as _body_words
from comet.page.lines import LabelValue
from comet.page.name_plausible import known_given

#: words of a person's name in a statement at most
STATEMENT_PERSON_WORDS = 3


def statement_label(lv: LabelValue, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The label opens a statement: two words or more, the last a function word of the
    locales (``Published by``, ``Publicado por``, ``Herausgegeben von``)."""
    words = lv.label.split()
    return len(words) >= 2 and words[-1].casefold() in _closed_class(rules)


def statement_parts(page: _Page, lv: LabelValue) -> tuple[str, PartialDate | None]:
    """The name a statement's value gives, cut before a date after it (``the Royal Society
    on 3 March 2021`` → ``the Royal Society``), and that date (a month or a day: a bare
    year is an imprint's, read as such)."""
    value = lv.value
    for m in _dates_in(page, value):
        date = m.value
        if not isinstance(date, PartialDate) or date.precision not in (
            Precision.DAY,
            Precision.MONTH,
        ):
            continue
        head = value[: m.start].rstrip(" ,;:–-")
        words = head.split()
        fw = _closed_class(page.rules)
        while words and words[-1].casefold() in fw:
            words.pop()  # 'on', 'le', 'am': the date's preposition
        if words:
            return " ".join(words), date
        break
    return value.strip(), None


_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*")


def statement_person(name: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A person's name (``Jane Doe``): :func:`person_shaped`, the first word a known
    given name."""
    return person_shaped(name, rules) and known_given(name.split()[0])


def person_shaped(name: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Two or three capitalised words, none a word of a body's or a publisher's name or a
    company's legal form: a person's name, or a firm's (``Springer Nature``)."""
    words = name.split()
    return (
        2 <= len(words) <= STATEMENT_PERSON_WORDS
        and all(_NAME_WORD.fullmatch(w) and w[:1].isupper() for w in words)
        and not statement_body(name, rules)
    )


def statement_body(name: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A body's name: a word of a publisher's or an organisation's name of the locales
    (``Press``, ``Society``, ``Gesellschaft``) or a company's legal form (``B.V.``)."""
    words = _body_words(rules) | _suffixes(rules)
    return any(w.casefold().strip(",;()") in words for w in name.split())


@functools.cache
def _suffixes(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(t.casefold() for t in _loc.terms_of("words", rules, "company_suffixes"))


def with_suffix_dot(publisher: str, value: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """``publisher`` with the full stop of a company's legal form that ends it in ``value``
    (``Elsevier B.V.``: an imprint's reader drops a final full stop)."""
    if not publisher or publisher.endswith("."):
        return publisher
    at = value.find(publisher)
    if at < 0 or value[at + len(publisher) : at + len(publisher) + 1] != ".":
        return publisher
    last = publisher.split()[-1].casefold() + "."
    return publisher + "." if last in _suffixes(rules) else publisher
