"""The work's language read from the words of its title.

A page of a journal that does not publish in English often prints an English abstract,
English keywords or an English interface beside the work's own title: the title's
closed-class words (``[words].function_words``) and the letters only one language writes
(``[words].telling_letters``) say the work's language more surely than the abstract's
words or the labels' (``Peran Koperasi dalam Pembangunan Desa di Kalimantan dan Sulawesi``
over an English abstract is an Indonesian article). One guess of
:func:`comet.page.work_language.work_language`, after the title's script and before the
abstract's function words.
"""

from __future__ import annotations

import functools
import re

import attrs

from comet import locales as _loc
from comet.page.evidence import _Page
from comet.page.languages import _common_words, _latin, _void_letters, telling_letters
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
#: a word, and the apostrophe of an elided one before the next word's letters (``dell'arte``)
_ELIDED_WORD = re.compile(r"[^\W\d_]+(?:['’](?=[^\W\d_]))?")
#: the leader's marks (closed-class words and words with its telling letters) at least,
#: unless no other locale has one in the title
TITLE_MARKS = 2
#: the leader's own marks (those the runner-up lacks) over the runner-up's own at least
TITLE_MARGIN = 2.0


@attrs.frozen(slots=True)
class _Lexicon:
    """A locale's tag, its casefolded closed-class words and elided articles (Italian's
    ``dell'``, with a straight apostrophe: ``[words].elided_articles``) and the letters it
    alone writes among the locales (:func:`~comet.page.languages.telling_letters`)."""

    tag: str
    words: frozenset[str]
    letters: frozenset[str]

    def marks(self, words: _TitleWords) -> frozenset[str]:
        """The words of a title that mark this locale: its closed-class words (an elided
        one with its apostrophe, ``dell'``), and the words with a letter only it writes
        (the title's words that are no proper name,
        :func:`~comet.page.languages._common_words`); set operations over the title's words
        read once (:class:`_TitleWords`), as every locale asks."""
        found = self.words.intersection(words.words)
        stems = self.words.intersection(words.elided)
        if stems:
            found |= {words.elided[s] for s in stems}
        if self.letters and not self.letters.isdisjoint(words.named_letters):
            found |= {w for w in words.named if not self.letters.isdisjoint(w)}
        return frozenset(found)


@attrs.frozen(slots=True)
class _TitleWords:
    """A title's casefolded words (:func:`_words`) as a set, its elided words by their stem
    (``dell`` → ``dell'``), its words that are no proper name and their letters."""

    words: frozenset[str]
    elided: dict[str, str]
    named: tuple[str, ...]
    named_letters: frozenset[str]

    @classmethod
    def of(cls, words: list[str], named: list[str]) -> _TitleWords:
        """The record of a title's ``words`` and ``named`` words."""
        return cls(
            frozenset(words),
            {w[:-1]: w for w in words if w[-1] == "'"},
            tuple(named),
            frozenset("".join(named)),
        )


@functools.cache
def _lexicons(rules: tuple[_loc.LocaleRules, ...]) -> tuple[_Lexicon, ...]:
    """Each locale's :class:`_Lexicon`, in the order of ``rules``."""
    letters = dict(telling_letters(rules))
    return tuple(
        _Lexicon(
            r.tag,
            frozenset(
                w.casefold().replace("’", "'")
                for w in (*function_words((r,)), *r.terms("words", "elided_articles"))
            ),
            letters.get(r.tag, frozenset()),
        )
        for r in rules
    )


def _words(text: str) -> list[str]:
    """The casefolded words of ``text``, each once (a title printed twice counts once), an
    elided one with its apostrophe (``dell'``, ``l'``), those of an address, a URL or a
    domain aside."""
    tokens = (t for t in text.split() if not _NO_WORD.search(t))
    return list(
        dict.fromkeys(
            w.casefold().replace("’", "'") for t in tokens for w in _ELIDED_WORD.findall(t)
        )
    )


def title_language(title: str, page: _Page) -> str | None:
    """The locale of :func:`title_locale`, ``None`` for a title in a language of
    :data:`TRANSLATED_INTO` (``Earthquake hazard in İzmir`` tells no work's language)."""
    tag = title_locale(title, page)
    return None if tag in TRANSLATED_INTO else tag


def title_locale(title: str, page: _Page) -> str | None:
    """The locale a Latin-script title of :data:`TITLE_WORDS` words or more is written in,
    by its closed-class words and its words with letters only that locale writes: the
    leader needs :data:`TITLE_MARKS` marks (or one long closed-class word where no other
    locale has a mark) and :data:`TITLE_MARGIN` times the marks of the runner-up that it
    lacks; ``None`` when unclear (English too: a parallel title's language,
    :mod:`comet.page.parallel_titles`)."""
    if not _latin(title) or _void_letters(page.rules).intersection(title):
        return None
    words = _words(title)
    if len(words) < TITLE_WORDS:
        return None
    named = _words(" ".join(_common_words(title)))
    title_words = _TitleWords.of(words, named)
    scored = sorted(
        ((lex.marks(title_words), lex) for lex in _lexicons(page.rules)),
        key=lambda s: -len(s[0]),
    )
    if len(scored) < 2 or not scored[0][0]:
        return None
    (mine, lead), (theirs, runner) = scored[0], scored[1]
    own = len(mine - runner.words)  # (the leader's marks the runner-up lacks)
    other = len(theirs - lead.words)
    if len(mine) == len(theirs) and other > own:
        (mine, lead), (theirs, runner), own, other = scored[1], scored[0], other, own
    if len(mine) < TITLE_MARKS and (theirs or not _long(mine & lead.words)):
        return None
    if not own or own < TITLE_MARGIN * other:
        return None
    return lead.tag


def _long(marks: frozenset[str]) -> bool:
    """Whether a title's one closed-class word has :data:`LONE_MARK_LETTERS` letters or more."""
    return any(len(w) >= LONE_MARK_LETTERS for w in marks)
