"""Names in a site's interface rather than a byline: a bare name line among a menu's one-word
lines, a name line repeated as a button, a search form's field labels under an author label.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from comet import locales as _loc
from comet.page.bylines import _Byline
from comet.page.chrome import _interface_in_names
from comet.page.evidence import _WORD, Cand, _key, _Page
from comet.page.layout import opens_with_by_word
from comet.page.lines import LabelValue
from comet.page.name_table import _interface_words
from comet.page.title_lines import _menu_lines

#: non-blank lines looked at on each side of a bare name line for a menu around it
MENU_REACH = 2
#: one-word lines among those neighbours that make the name line a menu entry
MENU_WORDS = 2


@functools.cache
def _not_menu_words(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    """Author labels and interface words: the lines around a byline (``Authors``,
    ``Email``, ``ORCID``), no menu of sections."""
    labels = {t.casefold() for t in _loc.terms_of("labels", rules, "author")}
    return frozenset(labels) | _interface_words(rules)


def _menu_word(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """A line of one capitalised word (``Science``, ``Books``): a menu or tag entry; not
    an author heading (``Authors``) nor an interface word (``Email``) by a byline."""
    words = text.split()
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and words[0].isalpha()
        and words[0].casefold() not in _not_menu_words(rules)
    )


def _in_menu(page: _Page, index: int) -> bool:
    """Line ``index`` stands among one-word lines, one of them right beside it
    (``Science`` / ``Pop Culture`` / ``Books``): an entry of a menu or a list of sections,
    not a byline; a byline's neighbours are a title, a date, other names or prose."""
    lines = page.layout.lines
    near = [*lines[max(0, index - MENU_REACH) : index], *lines[index + 1 : index + 1 + MENU_REACH]]
    beside = [*lines[max(0, index - 1) : index], *lines[index + 1 : index + 2]]
    return any(_menu_word(line.text, page.rules) for line in beside) and (
        sum(_menu_word(line.text, page.rules) for line in near) >= MENU_WORDS
    )


def _has_by_word(page: _Page, by: _Byline) -> bool:
    return opens_with_by_word(page.layout.lines[by.first_line].text, page.rules)


#: bare name lines (no author word) printed this often are a button or a menu entry
BUTTON_REPEATS = 3
_BARE = ("names near the top", "byline under the title")


def _bare_menu_entry(page: _Page, by: _Byline) -> bool:
    """A one-line byline with no author word that stands in a menu (:func:`_in_menu`, or a
    long run of link-like lines: :func:`comet.page.title_lines._menu_lines`)."""
    return (
        by.first_line == by.last_line
        and not _has_by_word(page, by)
        and (_in_menu(page, by.first_line) or by.first_line in _menu_lines(page))
    )


def _buttons(cands: Sequence[Cand]) -> set[tuple[str, ...]]:
    """The name lists read from :data:`BUTTON_REPEATS` or more bare lines (no author word
    before them): a button or a menu entry printed again and again (``Read Later``), whose
    repeats confirm nothing."""
    seen: dict[tuple[str, ...], set[tuple[int, int]]] = {}
    for c in cands:
        if c.evidence in _BARE:
            fams = tuple(_key(p.family or p.literal or "") for p in c.value)
            seen.setdefault(fams, set()).add(c.span)
    return {fams for fams, spans in seen.items() if len(spans) >= BUTTON_REPEATS}


#: words of a search form's field name at most (``Author: Family name``)
FORM_FIELD_WORDS = 5


def _form_labels(values: Sequence[LabelValue], rules: tuple[_loc.LocaleRules, ...]) -> set[int]:
    """Lines of a search form's field list under one author label: the same label on
    :data:`BUTTON_REPEATS` or more consecutive lines, each value a short field name and one
    of them with an interface word (``Author: Full name``, ``Author: First name``,
    ``Author: Identifier``); none of those values is a name."""
    ui = _interface_in_names(rules)
    runs: list[list[LabelValue]] = []
    for lv in values:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and lv.label.casefold() == last.label.casefold()
            and lv.line == last.line + 1
        ):
            runs[-1].append(lv)
        else:
            runs.append([lv])
    out: set[int] = set()
    for run in runs:
        words = [_WORD.findall(lv.value) for lv in run]
        if (
            len(run) >= BUTTON_REPEATS
            and all(len(w) <= FORM_FIELD_WORDS for w in words)
            and any(x.casefold() in ui for w in words for x in w)
        ):
            out.update(lv.line for lv in run)
    return out
