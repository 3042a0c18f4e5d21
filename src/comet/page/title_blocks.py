"""A title printed over two lines that the page sets apart as one block.

Two layouts of a heading broken over lines that the other title readers leave alone:

* the title proper ends its line with a colon, its subtitle on the next line
  (``Marsh Law in the Northern Fens:`` / ``Tides, Courts and the Keeping of Dykes``): a
  line ending with a colon is otherwise read as one introducing what follows (``Share
  this:``, ``Comments from readers included:``), never as a title;
* a title wrapped in sentence case, its next line opening in small letters, or a title in
  title case broken after a function word, with no byline under it (a repository's or a
  shop's record prints none there): the two lines stand alone between blank lines
  (``Effects of salinity on the germination of three marsh`` / ``grasses from the tidal
  flats of Kestrel Bay``), as a heading the layout wrapped does. A paragraph wrapped by a
  document's lines runs on without a blank line; a teaser's two headlines in title case,
  no function word at the joint, stay two titles.
"""

from __future__ import annotations

import re

from comet import locales as _loc
from comet.page.bylines import _byline_at
from comet.page.chrome import _call_to_action, _is_chrome, _journal_words
from comet.page.evidence import _BULLET, _WORD, _dates_in, _Page
from comet.page.name_checks import _type_term
from comet.page.title_breaks import dangles
from comet.page.title_bylines import _byline_after
from comet.page.title_lines import _looks_like_title
from comet.text._words import closed_class
from comet.text.scripts import UNSPACED

__all__ = ["colon_subtitle", "set_apart", "title_joint", "wrapped_caseless"]

#: words of a title proper that ends its line with a colon, at least (``Share this:``,
#: ``Abstract:``, ``Read more:`` are a prompt or a label)
COLON_TITLE_WORDS = 3
#: words of the subtitle's line at most
SUBTITLE_WORDS = 20
#: how a line ends that is a sentence, a list's item, a label or a quotation: no subtitle
_NOT_SUBTITLE_ENDS = (".", "!", "?", ";", ",", ":", "…", "”", '"', "»")
#: how a line opens that is a quotation or a list's item: no subtitle
_NOT_SUBTITLE_OPENS = ("“", '"', "«", "„", "(", "[")
#: a dash closing a title proper's line, its subtitle on the next (``… del norte –``)
_DASH_ENDS = (" –", " —", " -")
#: a word with a full stop inside it (a domain, ``baufachinformation.de``)
_DOTTED = re.compile(r"\w\.\w")


def colon_subtitle(page: _Page, index: int) -> bool:
    """Line ``index`` ends with a colon (or a dash after a space) after
    :data:`COLON_TITLE_WORDS` words or more, the
    last no function word (``… available from:`` introduces what follows), and the next
    line is its subtitle: a title-like line of :data:`SUBTITLE_WORDS` words at most that
    opens with a capital or a digit and ends in no sign of a sentence, a list or a
    quotation, and is no list's item, label, byline, date or interface line; neither line
    holds another colon (``Previous entry:`` / ``Title: Subtitle`` names another work) nor
    is the site's interface or a call to action; the next line names no container
    (``Proceedings of the …``, a journal); and the two lines are a heading: one
    block between blank lines (:func:`set_apart`), or over a byline."""
    lines = page.layout.lines
    text = lines[index].text.strip()
    if not text.endswith(":") or text.endswith(" :"):
        if not text.endswith(_DASH_ENDS):
            return False
        text = text[:-2].rstrip() + ":"  # 'La gestión del agua en los humedales –'
    if index + 1 >= len(lines):
        return False
    nxt = lines[index + 1]
    sub = nxt.text.strip()
    if len(text.split()) < COLON_TITLE_WORDS or not sub or len(sub.split()) > SUBTITLE_WORDS:
        return False
    if not (sub[:1].isupper() or sub[:1].isdigit()) or sub.startswith(_NOT_SUBTITLE_OPENS):
        return False  # '“The talks were …”': a quotation the line introduces
    if sub.endswith(_NOT_SUBTITLE_ENDS) or _BULLET.match(sub):
        return False  # '• Papers are due on 15 July.': a list the line introduces
    if ": " in text or ": " in sub or text[:-1].split()[-1].casefold() in closed_class(page.rules):
        return False  # 'Uploading files to:', 'The pamphlet is available from:' introduce
        # what follows; 'Previous entry:' / 'Title: Subtitle' names another work
    labelled = page.layout.label_lines
    if index in labelled or nxt.index in labelled or nxt.zone != "main":
        return False
    rules = page.rules
    if any(_is_chrome(t, rules) or _call_to_action(t, rules) for t in (text, sub)):
        return False
    if _container_line(sub, rules):
        return False  # 'Proceedings of the Fen Society …', 'Journal of …': the container
    if _dates_in(page, sub) or _byline_at(page, nxt.index) is not None:
        return False
    if not _looks_like_title(nxt, page):
        return False
    # (the pair is a heading: set apart as one block, or over its byline)
    return set_apart(page, [index, nxt.index]) or _byline_after(page, nxt.index)[0] is not None


def _container_line(text: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """The line names a container, not a subtitle: it opens with a proceedings volume's
    opening phrase of the locales (``Proceedings of the``, ``Actes du``), holds a journal
    word (``Journal``, ``Revue``, ``Zeitschrift``) or is a publication type's term."""
    openings = _loc.terms_of("words", rules, "proceedings_openings")
    if text.casefold().startswith(tuple(t.casefold() for t in openings)):
        return True
    words = _journal_words(rules)
    return any(w.casefold() in words for w in _WORD.findall(text)) or bool(_type_term(text, rules))


def set_apart(page: _Page, run: list[int]) -> bool:
    """The lines of ``run`` stand as one block: a blank line (or the page's start) before
    the first, a blank line (or the page's end) after the last, and the last ends in no
    sign of a sentence's end (a paragraph's lines run on, no blank line between them); no
    blank line inside; no further line a domain, a single word or a genre (``journal
    article`` under a title)."""
    lines = page.layout.lines
    first, last = lines[run[0]], lines[run[-1]]
    if not (first.blank_before or first.index == 0):
        return False
    if any(lines[k].blank_before for k in run[1:]):
        return False  # (two blocks)
    if last.index + 1 < len(lines) and not lines[last.index + 1].blank_before:
        return False
    for k in run[1:]:
        t = lines[k].text
        if _DOTTED.search(t) or len(t.split()) < 2 or _type_term(t, page.rules) is not None:
            return False  # 'marshbuild.example.org' under a logo's name, 'journal article'
            # under a title (a genre line): no part of it
    return not last.text.rstrip().endswith((".", "!", "?", ";", ",", ":"))


#: characters of the scripts written without spaces between words (Han, kana)
_CASELESS = UNSPACED


def wrapped_caseless(upper: str, lower: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Two lines of one title in a script written without spaces (Chinese, Japanese) that
    a heading wrapped mid-phrase: the upper line ends with a particle of the locales
    (``[words].wrap_particles``: ``の``, ``と``, ``における``, ``的``, ``与``) and the lower
    opens with a character of the script (a subtitle's line opens with a dash or a
    bracket: ``――堤防の歴史``). They join with no space, as the script writes them."""
    u, lo = upper.rstrip(), lower.lstrip()
    if not u or not lo or not _CASELESS.match(lo[0]) or not _CASELESS.match(u[-1]):
        return False
    return u.endswith(_loc.terms_of("words", rules, "wrap_particles"))


def title_joint(upper: str, lower: str, page: _Page) -> str:
    """How the line under a title's first line joins it: with nothing where a heading in a
    script written without spaces was wrapped mid-phrase (:func:`wrapped_caseless`), with a
    space where the lower line goes on mid-phrase (it opens with a function word of the
    locales in small letters: ``and its uses …``, ``و …``) or the upper line ends with a
    dangling word (``… Northern Marshes and the`` / ``Fenwick …``: no subtitle starts
    there), else as a subtitle after a colon (``Why …`` under a kicker opens a headline)."""
    if wrapped_caseless(upper, lower, page.rules):
        return ""
    first = lower.split()[0] if lower.split() else ""
    goes_on = not first[:1].isupper() and first.casefold() in closed_class(page.rules)
    return " " if goes_on or dangles(upper, page.rules) else ": "
