"""The features of a container candidate, for the learned container scorer
(:mod:`comet.page.container_model`).

Every container candidate the page reader builds (:func:`comet.page.venue._container_candidates`:
a label's value, a locator line's journal, a citation block's container, a masthead line, a
name by an ISSN …, and the site's own name of :func:`comet.page.venue._site_name`) gets the
same few numbers, each cheap: read once per candidate from its evidence, its span, its words
and the page's layout. Each feature is documented where it is computed, in
:func:`container_features`; the names and their order are
:data:`comet.page.container_model.FEATURES`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from comet.page.chrome import _blog_words, _interface_share, _is_chrome, _journal_words
from comet.page.evidence import _DIGIT_RE, _WORD, Cand, _key, _Page
from comet.page.periodicals import _copyright_matches
from comet.page.publishers import _publisher_words
from comet.page.title_shapes import _organisation_words
from comet.page.venue_backing import _DOMAIN

__all__ = [
    "SELF_NAME_EVIDENCE",
    "SELF_NAME_FEATURES",
    "SOURCES",
    "container_features",
]

#: the kinds of source a container candidate comes from (``Cand.source``, set where the
#: candidate is built: :func:`comet.page.venue._container_candidates`, ``_site_name``,
#: :func:`comet.page.venue_fields.container_pool`)
SOURCES = (
    "label",  # a journal, container or blog label's value
    "volume_name",  # a name under a volume label ('Volume: Proceedings of …')
    "cite_label",  # the journal of a citation label's source
    "locator",  # the journal before a locator, the line above one, a locator label's journal
    "citation",  # a BibTeX or RIS block, a formatted citation, an ISBD line, an export
    "issn",  # a journal's name printed by its ISSN
    "masthead",  # a journal's name on a line of its own near the top, a breadcrumb's part
    "site",  # the site's own name at the top (the fallback of a blog or a magazine)
    "self_name",  # a name the site calls itself by (self-reference lines, ©, site signs)
    "expansion",  # the page's full name of an abbreviation or an acronym
    "entry",  # a reference work's name over its entry
    "other",  # a candidate whose source was not recorded where it was built
)

#: the evidence of a name the site calls itself by, confirmed or not
#: (:func:`comet.page.site_self_names.site_name_candidates`): a candidate the model alone weighs
SELF_NAME_EVIDENCE = "a name the site calls itself by"
#: the features of such a name (set where it is read, 0 on every other candidate)
SELF_NAME_FEATURES = (
    "site_phrases",  # self-reference phrases naming it (``More from Name``), capped at 2, / 2
    "site_copyrights",  # copyright lines naming it, capped at 2, / 2
    "site_masthead",  # alone on a line above the headline (the logo's text)
    "site_alone",  # alone on a line elsewhere
    "site_domain",  # spelled as the site's domain alone on a line
    "site_credit",  # named in a photo credit
    "site_confirmed",  # the hand rule (``self_named``) would confirm it
)
#: lines between a candidate and a locator or an ISSN for them to count as near
NEAR_LINES = 2
#: lines between the title and a candidate beyond which the distance counts as far
FAR_LINES = 20


def _copyright_text(page: _Page) -> str:
    """The holders' words of the page's copyright lines
    (:func:`comet.page.periodicals._copyright_matches`), as one key (built once per page)."""

    def compute() -> str:
        found = [_key(m.group("holder")) for m in _copyright_matches(page)]
        return " " + " | ".join(found) + " "

    return page.remember("container-copyright", compute)


def container_features(
    page: _Page,
    cands: Sequence[Cand],
    locator_span: tuple[int, int] | None,
    title: str | None,
) -> None:
    """Set ``features`` on every candidate of ``cands`` (the container candidates of one
    page, the site's name among them); ``locator_span`` is the work's locator, ``title`` the
    chosen title."""
    n_chars = max(1, len(page.text))
    text_key = f" {page.text_key()} "
    title_key = _key(title or "")
    copyright = _copyright_text(page)
    jwords = _journal_words(page.rules)
    bwords = _blog_words(page.rules)
    org = _organisation_words(page.rules)
    pub = _publisher_words(page.rules)
    keys = [_key(str(c.value)) for c in cands]
    cited = {k for c, k in zip(cands, keys, strict=True)
             if c.source in ("citation", "cite_label")}  # fmt: skip
    labelled = {k for c, k in zip(cands, keys, strict=True) if c.source == "label"}
    loc_line = page.layout.line_at(locator_span[0]) if locator_span is not None else None
    issn_lines = [ln.index for o in page.memo.get("issn-offsets") or ()
                  if (ln := page.layout.line_at(o)) is not None]  # fmt: skip
    news = page.kind is not None and "masthead_is_container" in page.kind.flags
    for c, key in zip(cands, keys, strict=True):
        value = str(c.value)
        src = c.source if c.source in SOURCES else "other"
        f: dict[str, float] = {f"src_{s}": float(src == s) for s in SOURCES}
        # a site's name: the evidence it was read with (0 on every other candidate)
        f.update({k: (c.features or {}).get(k, 0.0) for k in SELF_NAME_FEATURES})
        f["hand"] = c.score  # today's hand-set weight of its evidence
        line = page.layout.line_at(c.span[0])
        zone = page.layout.zone_at(c.span[0])
        f["references"] = float(zone == "references")  # inside the reference list
        f["related"] = float(zone == "related")  # inside a related-items list
        f["offset"] = c.span[0] / n_chars  # where it starts, as a share of the page
        if page.title_line is None or line is None:
            f["no_title"] = 1.0  # no title line chosen (or no line of its own): no distance
        else:
            gap = line.index - page.title_line
            f["above_title"] = float(gap < 0)  # above the title (a masthead, a header)
            f["on_title"] = float(gap == 0)  # on the title's line (a head line's part)
            f["title_gap"] = min(abs(gap), FAR_LINES) / FAR_LINES  # lines from it, scaled
        # its shape: words, length, capitals, digits
        words = _WORD.findall(value)
        f["words"] = min(len(words), 20) / 10  # words / 10
        f["one_word"] = float(len(words) <= 1)  # one word (an acronym, a site's brand)
        f["chars"] = math.log1p(len(value)) / 5  # log of its length
        long = [w for w in words if len(w) > 3]
        f["capitalised"] = sum(w[:1].isupper() for w in long) / len(long) if long else 0.0
        f["all_caps"] = float(value.isupper())  # set in capitals
        f["digits"] = len(_DIGIT_RE.findall(value)) / max(1, len(value))  # share of digits
        folded = [w.casefold() for w in words]
        # a periodical's word of the locales (Journal, Review, Revista, Zeitschrift, Acta …)
        f["journal_word"] = float(any(w in jwords for w in folded))
        f["blog_word"] = float(any(w in bwords for w in folded))  # a blog's word
        f["organisation"] = float(any(w in org for w in folded))  # an organisation's word
        f["publisher_word"] = float(pub is not None and bool(pub.search(value)))  # 'Press'
        f["domain"] = float(bool(_DOMAIN.search(value)))  # a site's address or domain
        f["interface"] = _interface_share(value, page.rules) if words else 0.0
        f["chrome"] = float(_is_chrome(value, page.rules))  # an interface line of the locales
        f["ends_period"] = float(value.rstrip().endswith("."))
        # repetition: how often the page prints it, how many candidates name it
        f["repeats"] = min(text_key.count(f" {key} "), 4) / 4 if key else 0.0
        f["candidates"] = min(sum(k == key for k in keys) - 1, 3) / 3  # others name it too
        f["cited"] = float(key in cited and src not in ("citation", "cite_label"))
        f["labelled"] = float(key in labelled and src != "label")  # a label names it too
        f["copyright"] = float(bool(key) and f" {key} " in copyright)  # named by a © line
        # next to the work's locator or an ISSN (within two lines)
        f["locator_near"] = float(
            line is not None and loc_line is not None and abs(line.index - loc_line.index)
            <= NEAR_LINES
        )  # fmt: skip
        f["issn_near"] = float(
            line is not None and any(abs(line.index - i) <= NEAR_LINES for i in issn_lines)
        )
        f["no_locator"] = float(locator_span is None)  # the page has no locator of its work
        # the title, or a part of it
        f["is_title"] = float(bool(key) and key == title_key)
        f["in_title"] = float(bool(key) and key != title_key and f" {key} " in f" {title_key} ")
        f["news_kind"] = float(news)  # a blog's or a magazine's page (the site may be it)
        f["first_lines"] = float(line is not None and line.index < 3)  # one of the first lines
        f["line_whole"] = float(line is not None and _key(line.text) == key)  # a line of its own
        c.features = f
