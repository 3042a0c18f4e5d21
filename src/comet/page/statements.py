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
from comet.page.body_words import _body_word
from comet.page.evidence import _dates_in, _Page
from comet.page.imprint import _joiners
from comet.page.lines import LabelValue
from comet.page.name_plausible import known_given
from comet.text._words import closed_class

#: words of a person's name in a statement at most
STATEMENT_PERSON_WORDS = 3


def statement_label(lv: LabelValue, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The label opens a statement: two words or more, the last a function word of the
    locales (``Published by``, ``Publicado por``, ``Herausgegeben von``)."""
    words = lv.label.split()
    return len(words) >= 2 and words[-1].casefold() in closed_class(rules)


def statement_parts(page: _Page, lv: LabelValue) -> tuple[str, PartialDate | None]:
    """The name a statement's value gives, cut before a date after it (``the Royal Society
    on 3 March 2021`` → ``the Royal Society``) and before words in small letters that are
    no function words (``Oxford University Press on behalf of …``), and that date (a
    month or a day: a bare year is an imprint's, read as such). Read once per label: the
    publisher, author and date readers each ask."""
    return page.remember(("statement", lv.value_start), lambda: _statement_parts(page, lv))


def _statement_parts(page: _Page, lv: LabelValue) -> tuple[str, PartialDate | None]:
    name, date = _dated(page, lv.value)
    return _name_run(name, page.rules), date


def names_person(page: _Page, name: str) -> bool:
    """A statement's name is a person's (:func:`statement_person`), or on a blog any name
    shaped as one (``Publié par Kwame Mensah``: the blog's byline, no publisher)."""
    blog = page.kind is not None and page.kind.name == "blog"
    return statement_person(name, page.rules) or (blog and person_shaped(name, page.rules))


def _name_run(value: str, rules: tuple[_loc.LocaleRules, ...]) -> str:
    """The words of a name that open ``value``: capitalised words, and function words,
    particles and ``&`` between them; the name ends before another word in small letters
    (``… Press on behalf of the Fen Society``). Without such a word: ``value`` itself."""
    words = value.split()
    fw = closed_class(rules)
    for k, w in enumerate(words):
        if w[:1].islower() and w.casefold() not in fw:
            kept = words[:k]
            while kept and kept[-1].casefold() in fw:
                kept.pop()
            return " ".join(kept) if kept else value
    return value


def _dated(page: _Page, value: str) -> tuple[str, PartialDate | None]:
    """``value`` cut before a date of a month or a day in it, and that date."""
    for m in _dates_in(page, value):
        date = m.value
        if not isinstance(date, PartialDate) or date.precision not in (
            Precision.DAY,
            Precision.MONTH,
        ):
            continue
        head = value[: m.start].rstrip(" ,;:–-")
        words = head.split()
        fw = closed_class(page.rules)
        while words and words[-1].casefold() in fw:
            words.pop()  # 'on', 'le', 'am': the date's preposition
        if words:
            return " ".join(words), date
        break
    return value.strip(), None


_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*")


def statement_person(name: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A person's name (``Jane Doe``), or a list of them (``Jane Doe and Ana Ruiz``): each
    :func:`person_shaped`, its first word a known given name."""
    parts = _list_parts(name, rules)
    return bool(parts) and all(person_shaped(p, rules) and known_given(p.split()[0]) for p in parts)


def _list_parts(name: str, rules: tuple[_loc.LocaleRules, ...]) -> list[str]:
    """The names of a list, parted by commas and the locales' list words (``and``, ``&``)."""
    parts: list[str] = []
    cur: list[str] = []
    for w in name.replace(",", " , ").split():
        if w == "," or w.casefold() in _joiners(rules):
            if cur:
                parts.append(" ".join(cur))
            cur = []
        else:
            cur.append(w)
    if cur:
        parts.append(" ".join(cur))
    return parts


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
    suffixes = _suffixes(rules)
    return any(_body_word(w, rules) or w.casefold().strip(",;()") in suffixes for w in name.split())


@functools.cache
def _suffixes(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return _loc.casefolded_terms("words", rules, "company_suffixes")


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
