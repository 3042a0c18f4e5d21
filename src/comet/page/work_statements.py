"""What a page's prose says of its own work: a thesis's degree statement on its title page,
``this preprint`` in the main text."""

from __future__ import annotations

import functools
import re

from comet import locales as _loc
from comet.page.evidence import _WORD, W_LABEL, W_POS, Cand, _guard, _Page
from comet.page.name_checks import _type_term
from comet.page.term_keys import lexicon_keys, may_hold
from comet.vocab import PublicationType

#: the characters a case-insensitive search matches to a letter they do not fold to
#: (``İ`` and ``ı`` match ``i``, ``I`` matches ``ı``; Python's tables have no others): a page
#: holding one is searched without the pre-tests, terms holding one get none
_FOLD_UNSAFE = ("İ", "ı")
#: characters from a page's top searched for a thesis statement (its title page)
THESIS_STATEMENT_CHARS = 8000
#: characters before a thesis statement, within its paragraph, where the thesis's word
#: (``Dissertação apresentada …``, ``A thesis submitted …``) stands
STATEMENT_CONTEXT = 300
#: what ends a sentence before a blank line: a blank line after anything else is a PDF's
#: line break inside the statement's sentence (``… como parte dos requisi-`` / blank /
#: ``tos necessários para obtenção do grau de Mestre``), no paragraph's end
SENTENCE_ENDS = (".", "!", "?", ":", ";")


@functools.cache
def _thesis_statements(
    rules: tuple[_loc.LocaleRules, ...],
) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The pattern of the locales' thesis statements and the longest word of each (a page
    holding none of those words is searched no further: most pages)."""
    terms = _loc.terms_of("words", rules, "thesis_statements")
    if not terms:
        return None
    anchors = tuple({max(t.split(), key=len).casefold() for t in terms})
    if any(c in t for t in terms for c in _FOLD_UNSAFE):
        anchors = ("",)  # ('ı' in a term: 'I' matches it and folds to 'i': no pre-test)
    # a lookahead for the first characters the terms' patterns open with rejects most
    # positions at once (the same matches: each is tested under the same flags)
    firsts = {t.split()[0][0] for t in terms if t.split()}
    guard = "(?=[" + "".join(map(re.escape, sorted(firsts))) + "])" if firsts else ""
    if any(not t.split() for t in terms):
        guard = ""  # (a term of spaces only: no lookahead is right for it)
    return re.compile(guard + f"(?:{_loc.alternation(terms)})", re.I), anchors


@functools.cache
def _statement_openers(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A thesis's word (``[references].thesis``) or a word submitting it (``[words].
    thesis_statement_words``: ``submitted``, ``apresentada``, ``vorgelegt``), which a title
    page's statement follows (``Dissertação apresentada … para obtenção do título de``)."""
    terms = (*_loc.terms_of("references", rules, "thesis"),
             *_loc.terms_of("words", rules, "thesis_statement_words"))  # fmt: skip
    if not terms:
        return None
    return re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})(?!\w)", re.I)


def _thesis_statement(page: _Page) -> Cand | None:
    """:func:`_thesis_statement_at` once per page (memoised; the statement's span is noted in
    ``page.memo["thesis-statement"]`` at each call, as the readers after it expect)."""
    found = page.remember("thesis-statement-cand", lambda: _thesis_statement_at(page))
    if found is None:
        return None
    page.memo["thesis-statement"] = found.span
    return Cand(found.value, found.score, found.span, found.evidence)  # (a fresh one to score)


def _thesis_statement_at(page: _Page) -> Cand | None:
    """The degree a thesis's title page says it was written for (``… in partial fulfillment
    of the requirements for the degree of …``, ``zur Erlangung des Doktorgrades``, the
    locales' ``[words].thesis_statements``), in the page's main text near its top, a thesis's
    word or a word submitting it before it in its paragraph (:func:`_statement_openers`), or
    the statement opening a line of its own (a title page's block)."""
    found = _thesis_statements(page.rules)
    if found is None:
        return None
    pattern, anchors = found
    if not may_hold(page, lexicon_keys("words", page.rules, "thesis_statements")):
        return None  # (the page's words hold no statement's words, in a row)
    head = page.text[:THESIS_STATEMENT_CHARS]
    low = head.casefold()
    if not any(a in low for a in anchors) and not any(c in head for c in _FOLD_UNSAFE):
        return None
    opener = _statement_openers(page.rules)
    for m in pattern.finditer(head):
        if page.layout.zone_at(m.start()) != "main":
            continue
        lo = max(0, m.start() - STATEMENT_CONTEXT)
        para = head.rfind("\n\n", lo, m.start())
        while para >= 0 and not head[:para].rstrip().endswith(SENTENCE_ENDS):
            para = head.rfind("\n\n", lo, para)  # (a PDF's lines, a blank between each)
        lo = para + 2 if para >= 0 else lo
        own_line = not head[head.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        if not own_line and opener is not None and opener.search(head, lo, m.start()) is None:
            continue  # 'Estão abertas as inscrições para obtenção do título de Mestre': a call
        page.memo["thesis-statement"] = (m.start(), m.end())
        return Cand("thesis", W_LABEL, (m.start(), m.end()), f"a thesis statement {m.group()!r}")
    return None


@functools.cache
def _self_references(
    rules: tuple[_loc.LocaleRules, ...],
) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The pattern of the locales' self-references and their last runs of letters, case
    folded, those holding another left out (``blog``, not ``blogpost``): the letters of a
    reference found fold as they match (but ``İ``, ``ı``), so a page whose key
    (:meth:`_Page.text_key`) holds none of them holds no reference: most pages."""
    terms = _loc.terms_of("words", rules, "work_self_references")
    if not terms:
        return None
    lasts = {_WORD.findall(t.casefold())[-1:][0] if _WORD.search(t) else "" for t in terms}
    if any(c in t for t in terms for c in _FOLD_UNSAFE):
        lasts.add("")  # ('ı' in a term: 'I' matches it and folds to 'i': no pre-test)
    anchors = () if "" in lasts else tuple(sorted(
        w for w in lasts if not any(o != w and o in w for o in lasts)))  # fmt: skip
    # (the lookahead for the terms' first characters rejects most positions of the page at once)
    pattern = rf"(?<!\w){_guard(terms)}(?:{_loc.alternation(terms)})(?!\w)"
    return re.compile(pattern, re.I), anchors


def _tail_type_term(
    words: list[str], rules: tuple[_loc.LocaleRules, ...]
) -> PublicationType | None:
    """The type term a phrase's last words are (``ce billet``, ``this blog post``: three
    words, then two, then one, the phrase's first word never among them), or ``None``."""
    for k in (3, 2, 1):
        if len(words) > k:
            found = _type_term(" ".join(words[-k:]), rules)
            if found is not None:
                return found
    return None


def _self_reference(page: _Page) -> Cand | None:
    """The page names its own work's kind in its main text (``The copyright holder for this
    preprint``, ``By the end of this chapter``: the locales'
    ``[words].work_self_references``, whose last word is a ``[types]`` term): position
    evidence of that type."""
    found = _self_references(page.rules)
    if found is None:
        return None
    pattern, anchors = found
    if anchors and not any(c in page.text for c in _FOLD_UNSAFE):
        key = page.text_key()
        if not any(a in key for a in anchors):
            return None
    if not may_hold(page, lexicon_keys("words", page.rules, "work_self_references")):
        return None  # (the page's words hold no reference's words, in a row)
    for m in pattern.finditer(page.text):
        if page.layout.zone_at(m.start()) != "main":
            continue
        words = m.group().split()
        pt = _tail_type_term(words, page.rules)
        if pt is not None and pt.csl_type:
            span = (m.start(), m.end())
            return Cand(pt.csl_type, W_POS, span, f"the page calls its work {m.group()!r}")
    return None
