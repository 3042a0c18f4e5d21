"""The authors a title label's statement of responsibility names: ISBD's ``Title / by A. B.``
(``Title: The Lighthouse Keepers / by Ruth Callander``, ``Titel: Die Leuchtturmwärter /
Jonas Becker``). The title's candidates cut the statement off the title
(:mod:`comet.page.labelled_titles`); its first group's names (before `` ; ``, where other
roles follow: ``; illustrated by …``), after a one-word author word of the locales at most,
are the work's authors when they read as people's names. A statement opening with any other
word (``edited by …``, ``herausgegeben von …``) names another role and gives none here."""

from __future__ import annotations

from comet.names import parse_names
from comet.page.evidence import W_POS, Cand, _lenient, _Page
from comet.page.labelled_titles import _ISBD_RESPONSIBILITY
from comet.page.layout import _by_words
from comet.page.name_plausible import plausible_names

__all__ = ["statement_authors"]

#: names of a statement's first group at most (a longer list is a catalogue's note)
STATEMENT_NAMES = 4


def statement_authors(page: _Page) -> Cand | None:
    """The authors of the first title label whose value holds a statement of
    responsibility that names people (see the module), as a weak candidate."""
    for lv in page.layout.values("title"):
        m = _ISBD_RESPONSIBILITY.search(lv.value)
        if m is None or len(lv.value[: m.start()].split()) < 2:
            continue
        group = lv.value[m.end() :].split(" ; ")[0].strip(" .;")
        words = group.split(maxsplit=1)
        if len(words) == 2 and words[0].casefold() in _by_words(page.rules):
            group = words[1]  # 'by Ruth Callander', 'von Jonas Becker'
        if not group[:1].isupper():
            continue  # ('edited by …', '[translated] …': another role's statement)
        persons = _lenient(parse_names, group, locales=page.rules)
        if persons and len(persons) <= STATEMENT_NAMES and plausible_names(list(persons)):
            start = lv.value_start + lv.value.index(group, m.end())
            span = (start, start + len(group))
            return Cand(tuple(persons), W_POS, span, "a title label's statement of responsibility")
    return None
