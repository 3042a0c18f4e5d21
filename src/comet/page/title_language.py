"""The work's language read from the words of its title.

A page of a journal that does not publish in English often prints an English abstract,
English keywords or an English interface beside the work's own title: the title's
closed-class words (``[words].function_words``) and the letters only one language writes
(``[words].telling_letters``) say the work's language more surely than the abstract's
words or the labels' (``Pengaruh Islam dalam Pembentukan Kerajaan di Sumatera dan Jawa``
over an English abstract is an Indonesian article). One guess of
:func:`comet.page.work_language.work_language`, after the title's script and before the
abstract's function words.
"""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _Page
from comet.page.languages import _common_words, _latin, _void_letters, telling_letters
from comet.page.letter_runs import runs_of
from comet.text._words import function_words

#: words a title needs at least for its words to tell its language
TITLE_WORDS = 5
#: letters of a closed-class word at least for it to tell a title's language alone, no
#: other locale having a mark in the title (``dalam``, ``przez``: a short word, ``com``,
#: ``per``, is another language's word by chance more often)
LONE_MARK_LETTERS = 4
#: languages that a page of a journal of any country translates its titles into (the
#: language of scholarly metadata, as :data:`comet.page.evidence.TIE_LANGUAGES` is that of
#: interfaces): a title in one says nothing of the work's language (``The Experiences of
#: Working Nurses`` over a Japanese article)
TRANSLATED_INTO = ("en",)
#: a token of a title that is no word of it: an address, a URL, a domain
_NO_WORD = re.compile(r"[@/]|\w\.\w")
#: the leader's marks (closed-class words and words with its telling letters) at least,
#: unless no other locale has one in the title
TITLE_MARKS = 2
#: the leader's own marks (those the runner-up lacks) over the runner-up's own at least
TITLE_MARGIN = 2.0


@functools.cache
def _lexicons(
    rules: tuple[_loc.LocaleRules, ...],
) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Each locale's tag, casefolded closed-class words and the letters it alone writes
    among ``rules`` (:func:`~comet.page.languages.telling_letters`)."""
    letters = dict(telling_letters(rules))
    return tuple(
        (r.tag, frozenset(w.rstrip("'’") for w in function_words((r,))), letters.get(r.tag, frozenset()))
        for r in rules
    )


def _marks(
    words: list[str], named: list[str], words_of: frozenset[str], letters: frozenset[str]
) -> list[str]:
    """The words of a title that mark one locale: its closed-class words, and the words
    with a letter only it writes (``named``: the title's words that are no proper name)."""
    return [w for w in words if w in words_of] + [w for w in named if letters.intersection(w)]


def title_language(title: str, page: _Page) -> str | None:
    """The locale a Latin-script title of :data:`TITLE_WORDS` words or more is written in,
    by its closed-class words and the words with letters only that locale writes: the
    leader needs :data:`TITLE_MARKS` marks (or one where no other locale has any) and
    :data:`TITLE_MARGIN` times the runner-up's marks that the leader lacks; ``None`` when
    unclear (``Earthquake hazard in İzmir`` is English, its place's letters aside)."""
    if not _latin(title) or _void_letters(page.rules).intersection(title):
        return None
    tokens = [t for t in title.split() if not _NO_WORD.search(t)]
    words = list(dict.fromkeys(w.casefold() for t in tokens for w in runs_of(t)))
    if len(words) < TITLE_WORDS:
        return None  # (each word once: a title printed twice counts once)
    named = list(dict.fromkeys(w.casefold() for w in _common_words(" ".join(tokens))))
    scored = sorted(
        (
            (len(_marks(words, named, fw, letters)), tag, fw, letters)
            for tag, fw, letters in _lexicons(page.rules)
        ),
        key=lambda s: -s[0],
    )
    if len(scored) < 2 or not scored[0][0]:
        return None
    lead, runner = scored[0], scored[1]
    own = _own(words, named, lead, runner)
    other = _own(words, named, runner, lead)
    if lead[0] == runner[0] and other > own:
        lead, runner, own, other = runner, lead, other, own
    if lead[0] < TITLE_MARKS and (runner[0] or not _lone_mark(words, lead[2])):
        return None
    if not own or own < TITLE_MARGIN * other or lead[1] in TRANSLATED_INTO:
        return None
    return lead[1]


def _lone_mark(words: list[str], words_of: frozenset[str]) -> bool:
    """Whether the one mark of a title is a closed-class word of
    :data:`LONE_MARK_LETTERS` letters or more."""
    return any(w in words_of and len(w) >= LONE_MARK_LETTERS for w in words)


def _own(
    words: list[str],
    named: list[str],
    mine: tuple[int, str, frozenset[str], frozenset[str]],
    theirs: tuple[int, str, frozenset[str], frozenset[str]],
) -> int:
    """The title's marks of ``mine`` that are no closed-class word of ``theirs``."""
    return sum(
        w not in theirs[2] for w in _marks(words, named, mine[2], mine[3])
    )
