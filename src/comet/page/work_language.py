"""The work's language, when no label names it: a citation's or an export's language, the
script of its title, the closed-class words of its title (over an English abstract: a
translation), the function words of its abstract or of the page's prose, the script of
that prose, or two weak signals that agree (the prose leaning to the language of the
page's labels, weaker than the title's words). One stage of
:func:`comet.page.parse.parse_record` (``_read_text``) asks :func:`work_language`; each
guess is noted with the evidence it came from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from comet.locales import get as get_locale
from comet.page.body import _prose
from comet.page.chrome import _is_chrome
from comet.page.citations import _cite_values
from comet.page.content import MIN_PROSE_FOR_LANGUAGE, _languages
from comet.page.evidence import _SENTENCE, W_BLOCK, _lenient, _Page
from comet.page.languages import (
    _KANA,
    _language_apart,
    _language_of,
    _latin,
    _other_language,
    _script_language,
    _telling_letters_language,
    _written_language,
)
from comet.page.title_language import TRANSLATED_INTO, title_language
from comet.vocab import parse_language

#: types of a work whose text is the page's own (an entry, a review, a post, an article
#: of a web periodical): the page's prose is the work's, its language the work's
PAGE_TEXT_TYPES = frozenset(
    {"entry-dictionary", "entry-encyclopedia", "review-book", "post-weblog"}
    | {"article-magazine", "article-newspaper"}
)
#: letters a title needs, and the share of them in one language's script, for the work's
#: language to be read from the title's script (:func:`comet.page.languages._written_language`)
TITLE_SCRIPT_LETTERS = 4
TITLE_SCRIPT_SHARE = 0.5
#: letters of an abstract or of prose lines needed to read the language from their script
SCRIPT_PROSE = 100
#: prose (characters) and function-word margin at least for a language the labels confirm
AGREE_PROSE = 150
AGREE_MARGIN = 1.3


def _exported_language(page: _Page) -> str | None:
    """The language an RIS or BibTeX export on the page names (``LA  - spa``,
    ``language = {por}``): a code or a name of the language, as the record's own field."""
    for cand in _cite_values(page, "language"):
        if cand.score < W_BLOCK:
            continue
        lang = _lenient(parse_language, str(cand.value))
        if lang is not None:
            page.note("cited-language", f"the work's language {lang.tag!r} is named in its export")
            return str(lang.tag)
    return None


def work_language(
    page: _Page, f: Mapping[str, Any], abstract: str | None
) -> tuple[str | None, str | None]:
    """The work's language and the page's (the language of its labels), from the fields
    read so far (``f``: title, subtitle, type) and the abstract."""
    language, page_language = _languages(page)
    if language is None and page.memo.get("cited-language"):
        language = page.memo["cited-language"]
        page.note("cited-language", f"the work's language {language!r} is named in its citation")
    if language is None:
        language = _exported_language(page)
    stated = language is not None
    title = " ".join(t for t in (f.get("title"), f.get("subtitle")) if t)
    if language is None and len(title) >= TITLE_SCRIPT_LETTERS:
        # a title written in a script only one language writes (Greek, Hangul, Hebrew) or
        # with letters only one language of its script writes (Han without kana, Persian's
        # letters, Ukrainian's): the work's language, before an English abstract's words
        language = _written_language(title, TITLE_SCRIPT_SHARE)
        if language == "zh" and _KANA.search(page.text):
            language = None  # a Japanese title of kanji alone ('日本史研究'): kana elsewhere
        if language is not None:
            page.note("guessed-language", f"the work's language {language!r} was read from "
                      "the script of its title (no language label)")  # fmt: skip
    if language is None and len(title) >= TITLE_SCRIPT_LETTERS:
        # a Latin-script title with letters only one language writes (Turkish's ğ and ı,
        # Czech's ř): the work's language, before an English abstract's words
        language = _telling_letters_language(title, page)
        if language is not None:
            page.note("guessed-language", f"the work's language {language!r} was read from "
                      "letters of its title only that language writes (no language label)")  # fmt: skip
    titled = _title_language(f, title, page) if language is None else None
    if language is None and abstract and len(abstract) >= 200:
        language = _language_of(abstract, page, margin=2.0) or _language_apart(abstract, page)
        if language in TRANSLATED_INTO and titled is not None:
            language = _titled(page, titled)  # an English abstract beside the work's own
            # title is its translation
        elif language is not None:
            page.note("guessed-language", f"the work's language {language!r} was read from "
                      "the abstract's function words (no language label)")  # fmt: skip
    if language is None:
        # a blog post or magazine article is written in its page's language: shorter
        # paragraphs say which (on other pages the prose may be the site's, not the work's)
        news = (page.kind is not None and "masthead_is_container" in page.kind.flags) or (
            f.get("csl_type") in PAGE_TEXT_TYPES
        )
        line_min, body_min = (100, 300) if news else (200, MIN_PROSE_FOR_LANGUAGE)
        # (a paragraph of prose: a sentence may open with a one-letter or accented word,
        # 'O', 'À', 'É', that the ASCII sentence break does not see)
        prose = [ln for ln in page.layout.lines if ln.zone == "main" and len(ln.text) >= line_min
                 and (_SENTENCE.search(ln.text) or (_latin(ln.text) and _prose(ln))
                      or (news and _script_language(ln.text) is not None))]  # fmt: skip
        body = " ".join(ln.text for ln in prose[:20])
        if len(body) >= body_min:
            # (Portuguese and Spanish, Danish and Norwegian share many function words:
            # the words only the leader has tell them apart)
            language = _language_of(body, page, margin=3.0)
            if language is None and _latin(body):  # (a Latin word or two in Japanese prose
                language = _language_apart(body, page)  # tell no language apart)
            if language is not None:
                page.note("guessed-language", f"the work's language {language!r} was read "
                          "from the function words of the page's prose (no language label, "
                          "no abstract)", (prose[0].start, prose[0].end))  # fmt: skip
            elif news:
                language = _script_language(body)  # Hangul, kana, Greek: one language's
                if language is not None:
                    page.note("guessed-language", f"the work's language {language!r} was "
                              "read from the script of the page's prose (no language label, "
                              "no abstract)", (prose[0].start, prose[0].end))  # fmt: skip
    if language is None and titled is not None:
        language = _titled(page, titled)  # (the page's prose, a paragraph, says more: the
        # full text of a translated title's work)
    if language is None:
        # no function words of a locale: the script of the abstract or of the page's prose
        # (a paragraph at least) when one language alone writes it
        text = (
            abstract
            if abstract and len(abstract) >= SCRIPT_PROSE
            else " ".join(
                ln.text for ln in page.layout.lines if ln.zone == "main" and len(ln.text) >= 60
            )[:4000]
        )
        if len(text) >= SCRIPT_PROSE:
            language = _written_language(text)
            if language is not None:
                page.note("guessed-language", f"the work's language {language!r} was read "
                          "from the script of the page's prose (no language label)")  # fmt: skip
    if language is None and page_language is not None:
        # two weak signals that agree: the function words lean (by a small margin) to the
        # language the page's labels are written in
        text = " ".join(
            ln.text for ln in page.layout.lines if ln.zone == "main" and _SENTENCE.search(ln.text)
        )[:4000]
        if (
            len(text) >= AGREE_PROSE
            and _language_of(text, page, margin=AGREE_MARGIN) == page_language
        ):
            language = page_language
            page.note("guessed-language", f"the work's language {language!r}: the prose's "
                      "function words lean to the language of the page's labels")  # fmt: skip
    if language is None and not (page.kind is not None and page.kind.name == "opac"):
        language = _lines_language(page, title)
    if language is not None and not stated:
        language = _language_of_words(language)
    return language, page_language


def _title_language(f: Mapping[str, Any], title: str, page: _Page) -> str | None:
    """The language the title's closed-class words tell (:func:`title_language`): the
    title's alone, else with its subtitle (a parallel title in English as the subtitle,
    ``Vliv sucha na výnos: Droughts and the yield``, says nothing of the work's)."""
    language = title_language(str(f.get("title") or ""), page)
    if language is None and title != f.get("title"):
        language = title_language(title, page)
    return language


def _titled(page: _Page, language: str) -> str:
    """``language``, read from the title's closed-class words, noted."""
    page.note("guessed-language", f"the work's language {language!r} was read from the "
              "closed-class words of its title (no language label)")  # fmt: skip
    return language


def _language_of_words(tag: str) -> str:
    """The language a text read from a locale's words is written in: the locale's own tag,
    or the language its ``[words] language_of_words`` names (a written standard's words
    tell the language, Norwegian, more surely than the standard, Bokmål or Nynorsk)."""
    try:
        rules = get_locale(tag)
    except LookupError:
        return tag
    named = rules.terms("words", "language_of_words")
    return named[0] if named else tag


#: words a line needs to count toward the language of a page without prose paragraphs
LINE_WORDS = 4
#: function words of the leading locale at least, and its margin over the runner-up
LINES_HITS = 4
LINES_MARGIN = 3.0
#: characters of the page's lines read at most
LINES_CHARS = 6000
#: the share of the text's words that are the leader's function words at least, when only
#: the words one of two languages has tell them apart (a cover's lines are headings and
#: names as much as sentences: a lower share than prose's)
LINES_DENSITY = 0.10


def _lines_language(page: _Page, title: str) -> str | None:
    """A short page with no paragraph of prose (a report's cover, a document's first page, a
    record of a few lines): the language whose function words clearly lead in the title and
    the page's lines of four words or more (interface lines and labelled rows aside), unless
    the title reads in another language (:func:`~comet.page.languages._other_language`). Never on a catalogue's record
    page: its lines are the catalogue's interface."""
    lines = [
        ln.text
        for ln in page.layout.lines
        if ln.zone == "main"
        and ln.index not in page.layout.label_lines
        and len(ln.text.split()) >= LINE_WORDS
        and not _is_chrome(ln.text, page.rules)
        and ln.text.strip() not in title
    ]  # fmt: skip (the title's own lines: counted once)
    text = " ".join([title, *lines])[:LINES_CHARS]
    language = _language_of(text, page, margin=LINES_MARGIN, least=LINES_HITS)
    if language is None and _latin(text):
        # (French and Spanish share 'de', 'la': the words only one has tell them apart)
        language = _language_apart(text, page, margin=LINES_MARGIN, density=LINES_DENSITY)
    if language is not None and _other_language(title, language, page):
        return None  # the title's own words say otherwise (a catalogue's interface lines in
        # English over a Spanish book's title say nothing of the book); one word two
        # languages share ('du', French's and Norwegian's) says nothing
    if language is not None:
        page.note("guessed-language", f"the work's language {language!r} was read from the "
                  "function words of the title and the page's lines (no language label, no "
                  "abstract, no paragraph of prose)")  # fmt: skip
    return language
