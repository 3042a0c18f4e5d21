"""Web articles: whether a page has the shape of one, and in what kind of periodical.

A news, magazine or blog page rarely names its own type; what it shows is a *shape*: a
headline, a byline or a dateline (or at least a news or blog site's chrome), then
paragraphs of prose, and no bibliographic locator
(no DOI, ISSN, ISBN or PubMed id, no abstract heading; a volume or page number alone
on such a page is of a work it discusses, or no locator at all). A page of that
shape is a web article (:func:`web_article`), even when no kind cue of
:mod:`comet.page.kinds` names it.

Which periodical printed it is read from general signals (:func:`periodical_type`), in
this order, each the locales' ``[periodicals]`` data:

1. the page's blog chrome, a phrase or two words at least (:data:`BLOG_CHROME`), outweighs
   its magazine chrome (the kind scores of :func:`comet.page.kinds.detect_kind`): a blog
   post;
2. a word of a blog's name in the masthead (the lines above the headline) or in the
   copyright line (``blog_names``: ``Blog``, ``Carnet de recherche``): a blog post;
3. a word of a newspaper's name there (``newspaper_names``: ``Times``, ``Zeitung``,
   ``Diario``; an entry ``-zeitung`` also ends a compound, ``Volkszeitung``) and no word
   of a magazine's name: a newspaper article;
4. a word of a magazine's name there (``magazine_names``: ``Magazine``, ``Revue``,
   ``Revista``): a magazine article;
5. a newspaper's section menu: :data:`NEWSPAPER_SECTIONS` desks or more
   (``newspaper_sections``: ``Politics``, ``Sport``, ``Feuilleton``, ``Deportes``) in
   menu places (:func:`comet.page.kinds.cue_in_place`): a newspaper article;
6. otherwise a magazine article (the web's most common periodical article).

A single page often cannot tell a newspaper from a magazine: the order above is a
judgement from general signals, and every choice says its reason. Pure: reads only the
page.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from comet import locales as _loc
from comet.page.body import prose_runs
from comet.page.chrome import _closed_class, _interface_share, _is_chrome
from comet.page.evidence import _Page
from comet.page.kinds import cue_in_place
from comet.page.name_plausible import plausible_person
from comet.page.name_table import _one_person
from comet.page.publishers import _COPYRIGHT, _company_suffix

__all__ = ["names_blog", "newspaper_menu", "periodical_type", "self_named", "web_article"]

#: distinct section desks in menu places that make a page's menu a newspaper's
NEWSPAPER_SECTIONS = 3
#: blog chrome that outweighs a magazine's makes a blog post from this score on (a phrase, or
#: two words: one word such as ``Blog`` or ``Kommentare`` is in many a magazine's menu)
BLOG_CHROME = 2
#: desks of a full section menu: a newspaper's even where its pages show a blog's chrome
NEWSPAPER_MENU = 5
#: lines from a page's top read as its masthead (those above the headline)
MASTHEAD_LINES = 25
#: a masthead line longer than this is prose, not a name (characters)
MASTHEAD_CHARS = 80
#: an identifier of a scholarly work or a book: a page that has one is no web article (a
#: volume, issue or page range alone is not enough: on a news page such numbers are a
#: phone number's, a date's or a work's the article discusses)
IDENTIFIER_FIELDS = ("doi", "issns", "isbns", "pmid", "pmcid")


@functools.cache
def _name_pattern(rules: tuple[_loc.LocaleRules, ...], key: str) -> re.Pattern[str] | None:
    """The words of a periodical's name (``[periodicals].<key>``) as whole words, and the
    entries with a leading ``-`` as the end of a compound word (``-zeitung``)."""
    terms = _loc.terms_of("periodicals", rules, key)
    whole = [t for t in terms if not t.startswith("-")]
    ends = [t[1:] for t in terms if t.startswith("-") and len(t) > 2]
    parts = []
    if whole:
        parts.append(rf"(?<!\w)(?:{_loc.alternation(whole)})(?!\w)")
    if ends:  # 'Volkszeitung', 'VerfBlog'
        parts.append(rf"(?<=[^\W\d_])(?i:{_loc.alternation(ends)})(?!\w)")
    return re.compile("|".join(parts)) if parts else None


def _masthead(page: _Page) -> list[str]:
    """The short lines above the headline (the site's name, its menu) and the copyright
    lines (``© 2021 The Daily Example``), from the copyright mark on. Memoised per page."""
    return page.remember(("masthead", page.title_line), lambda: _masthead_lines(page))


def _masthead_lines(page: _Page) -> list[str]:
    stop = MASTHEAD_LINES if page.title_line is None else min(MASTHEAD_LINES, page.title_line)
    out = [ln.text for ln in page.layout.lines[:stop] if len(ln.text) <= MASTHEAD_CHARS]
    for ln in page.layout.lines:
        if _COPYRIGHT.match(ln.text) is not None:  # a copyright line, not prose that
            out.append(ln.text[:MASTHEAD_CHARS])  # mentions copyright before a name
    return out


def _names(page: _Page, key: str) -> str | None:
    """The first word of ``[periodicals].<key>`` the masthead prints, or ``None``."""
    pattern = _name_pattern(page.rules, key)
    if pattern is None:
        return None
    for line in _masthead(page):
        m = pattern.search(line)
        if m is not None:
            return m.group()
    return None


def names_blog(name: str, rules: tuple[_loc.LocaleRules, ...]) -> bool:
    """Whether a periodical's name is a blog's (a word of ``[periodicals].blog_names``,
    ``Blog``, or a compound ending in one, ``VerfBlog``)."""
    pattern = _name_pattern(rules, "blog_names")
    return pattern is not None and pattern.search(name) is not None


def _sections(page: _Page) -> list[str]:
    """The newspaper desks (``[periodicals].newspaper_sections``) the page prints in menu
    places. Memoised per page."""
    desks = _loc.terms_of("periodicals", page.rules, "newspaper_sections")
    return page.remember(
        ("newspaper-desks", 0), lambda: [d for d in desks if cue_in_place(d, page.text)]
    )


def periodical_type(page: _Page) -> tuple[str, str]:
    """The CSL type of a web article's periodical (``post-weblog``, ``article-newspaper``
    or ``article-magazine``) and the reason, from the signals listed in the module's
    docstring. Memoised per page."""
    return page.remember(("periodical-type", 0), lambda: _periodical_type(page))


def _periodical_type(page: _Page) -> tuple[str, str]:
    scores: dict[str, int] = page.memo.get("kind-scores", {})
    blog, magazine = scores.get("blog", 0), scores.get("magazine", 0)
    if blog >= BLOG_CHROME and blog > magazine:
        return "post-weblog", f"blog chrome ({blog} cues, {magazine} of a magazine)"
    word = _names(page, "blog_names")
    if word is not None:
        return "post-weblog", f"the masthead names a blog ({word!r})"
    news, mag = _names(page, "newspaper_names"), _names(page, "magazine_names")
    if news is not None and mag is None:
        return "article-newspaper", f"the masthead names a newspaper ({news!r})"
    if mag is not None:
        return "article-magazine", f"the masthead names a magazine ({mag!r})"
    desks = _sections(page)
    if len(desks) >= NEWSPAPER_SECTIONS:
        shown = ", ".join(desks[:4])
        return "article-newspaper", f"a newspaper's section menu ({shown})"
    return "article-magazine", "a web article of no named periodical"


def newspaper_menu(page: _Page) -> str | None:
    """The desks of a newspaper's full section menu (:data:`NEWSPAPER_MENU` or more), which
    outweighs a blog's chrome (a newspaper's comment section, its ``Blogs`` entry), or
    ``None``."""
    desks = _sections(page)
    return ", ".join(desks[:4]) if len(desks) >= NEWSPAPER_MENU else None


@functools.cache
def _abstract_heads(rules: tuple[_loc.LocaleRules, ...]) -> frozenset[str]:
    return frozenset(t.casefold() for t in _loc.terms_of("labels", rules, "abstract"))


def _web_chrome(page: _Page) -> bool:
    """The page prints a cue of a blog's or a magazine's interface (``Leave a comment``,
    ``Most read``: the kind scores) or a newspaper's section menu."""
    scores: dict[str, int] = page.memo.get("kind-scores", {})
    if scores.get("blog", 0) or scores.get("magazine", 0):
        return True
    return len(_sections(page)) >= NEWSPAPER_SECTIONS


def web_article(page: _Page, record: dict[str, Any]) -> str | None:
    """Why the page has the shape of a web article (a headline; a byline, a date or a news
    or blog site's chrome; runs of prose below the headline; no DOI, ISSN, ISBN, PubMed id
    or abstract heading), or ``None`` when it does not."""
    if page.title_line is None or not record.get("title"):
        return None
    if any(record.get(k) for k in IDENTIFIER_FIELDS):
        return None
    body = [i for i in prose_runs(page) if i > page.title_line]
    if not body:
        return None
    if record.get("authors"):
        signed = "a byline"
    elif record.get("issued"):
        signed = "a date"
    elif _web_chrome(page):
        signed = "a news or blog site's chrome"
    else:
        return None
    heads = _abstract_heads(page.rules)
    if any(ln.text.strip().casefold() in heads for ln in page.layout.lines):
        return None
    return f"a headline, {signed} and prose below, no identifier"


#: words of a periodical's name a self-reference line may name at most
SELF_NAME_WORDS = 5
#: places naming one name (a self-reference line, a line of its own, a copyright line, a
#: mention in another line) for it to be the site's own name
SELF_NAME_SUPPORT = 2
#: lines of a page read for self-reference lines (the footer of a long page included)
SELF_NAME_LINES = 4000
#: a self-reference or copyright line longer than this is prose (characters)
SELF_LINE_CHARS = 160
#: sentences naming a site's name that confirm it (a product or a section is named in one)
MENTIONS = 2
#: words of a line mentioning a site's name at least (a sentence, not a menu item)
MENTION_WORDS = 4
#: words of a line at least from which it is prose even without a full stop at its end
PROSE_WORDS = 12
#: a site's name may hold an interface word (``The New Yorker``), not mostly such words
INTERFACE_NAME_SHARE = 0.5


def _sentence_like(text: str) -> bool:
    """A line of prose: a few words ending in a full stop, ``!`` or ``?``, or many words
    (a customer-service or menu line naming a product is neither)."""
    n = len(text.split())
    return n >= PROSE_WORDS or (
        n >= MENTION_WORDS and text.rstrip("”\"')»").endswith((".", "!", "?"))
    )


#: a name's separator from a trailing menu (``About Name | Careers``) or a tagline
#: (``© 2025 Name - Established 1977``)
_NAME_TAIL = re.compile(r"\s+(?:[|•·]|[-–—]\s).*$")
#: what a site's own name never holds: digits, sentence or list punctuation
_NOT_A_NAME = re.compile(r"[\d.,;:!?()\[\]@/]")


@functools.cache
def _self_reference(rules: tuple[_loc.LocaleRules, ...]) -> re.Pattern[str] | None:
    """A line that is a site's link to itself, a phrase of the locales'
    ``[periodicals].self_reference`` (``About``, ``More from``, ``Mer från``) and a name:
    ``More from The Daily Example``."""
    terms = _loc.terms_of("periodicals", rules, "self_reference")
    if not terms:
        return None
    return re.compile(rf"(?:{_loc.alternation(terms)})\s+(?P<name>\S.{{0,80}})", re.I)


def _a_person(name: str, page: _Page) -> bool:
    """``name`` reads as one person's (a known given name first: ``More from Ana Ruiz``, an
    author the byline reader missed), never a periodical's."""
    person = _one_person(name, page.rules)
    return person is not None and plausible_person(person)


def _name_value(text: str) -> str | None:
    """``text`` cut at a menu or tagline separator, when it is shaped as a name: one to
    :data:`SELF_NAME_WORDS` words, the first capitalised, no digits or punctuation."""
    name = _NAME_TAIL.sub("", text).strip()
    words = name.split()
    if not 1 <= len(words) <= SELF_NAME_WORDS or not name[:1].isupper():
        return None
    if _NOT_A_NAME.search(name):
        return None
    return name


def self_named(page: _Page, avoid: tuple[str, ...]) -> tuple[str, tuple[int, int], str] | None:
    """The site's own name on a web article's page, read from how a site names itself:
    a self-reference line (``More from Name``, ``Om Name``; the locales'
    ``[periodicals].self_reference``), confirmed by a second one, a copyright line
    (``© 2024 Name, LLC``; its company suffix and a tagline after a dash cut) or
    mentions in :data:`MENTIONS` sentences (``… the best stories from Name.``); or a
    copyright line confirmed by the name as a line of its own and such mentions. A name met only in menus
    (``About Premium`` over ``Premium``) or only in a copyright line (the owner's) is
    none; nor are names in ``avoid`` (the title, the authors), a person's name (``More
    from Ana Ruiz``) or names of interface words, function words or newspaper desks (``Follow
    Us``, ``About Sport``).
    ``(name, span, evidence)`` or ``None``."""
    pattern = _self_reference(page.rules)
    lines = page.layout.lines[:SELF_NAME_LINES]
    found: dict[str, list[Any]] = {}  # key -> [name, span, {how: count}]
    suffix = _company_suffix(page.rules)
    desks = {d.casefold() for d in _loc.terms_of("periodicals", page.rules, "newspaper_sections")}
    avoided = {a.casefold() for a in avoid if a}
    closed = _closed_class(page.rules)
    named_at: set[int] = set()
    for ln in lines:
        t = ln.text
        if len(t) > SELF_LINE_CHARS:
            continue
        at, how, raw = -1, "", ""
        m = pattern.match(t) if pattern is not None else None
        if m is not None:
            at, raw, how = m.start("name"), m.group("name"), "self"
        elif "©" in t:
            c = _COPYRIGHT.match(t[t.index("©") :])
            if c is not None:
                at = t.index("©") + c.start("holder")
                raw, how = suffix.split(c.group("holder"))[0], "copyright"
        if at < 0:
            continue
        name = _name_value(raw)
        if name is None:
            continue
        key = name.casefold()
        if (
            key in avoided
            or key in desks
            or all(w.casefold() in closed for w in name.split())
            or _interface_share(name, page.rules) > INTERFACE_NAME_SHARE
            or _is_chrome(name, page.rules)
            or _a_person(name, page)
        ):
            continue
        entry = found.setdefault(key, [name, (ln.start + at, ln.start + at + len(name)), {}])
        entry[2][how] = entry[2].get(how, 0) + 1
        named_at.add(ln.index)
    best: tuple[int, int, str, tuple[int, int], str] | None = None
    for entry in found.values():
        name, span, hows = entry
        mention = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        for ln in lines:
            if hows.get("mention", 0) >= MENTIONS and "own-line" in hows:
                break
            if ln.index in named_at:
                continue
            if ln.text == name:
                hows["own-line"] = 1
            elif _sentence_like(ln.text) and mention.search(ln.text):
                hows["mention"] = min(MENTIONS, hows.get("mention", 0) + 1)
        mentioned = hows.get("mention", 0) >= MENTIONS  # (one sentence may be a promotion's:
        # 'Premium gives you every story for less')
        if "self" in hows:
            ok = hows["self"] >= SELF_NAME_SUPPORT or "copyright" in hows or mentioned
        else:
            ok = "own-line" in hows and mentioned
        if ok:
            rank = (sum(hows.values()), -span[0])
            if best is None or rank > best[:2]:
                why = ", ".join(f"{k} {v}" for k, v in sorted(hows.items()))
                best = (rank[0], rank[1], name, span, why)
    if best is None:
        return None
    return best[2], best[3], f"the site's own name ({best[4]})"
