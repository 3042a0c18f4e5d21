"""Session 17's fast paths of the text page reader (issue 13) give what the plain code they
replaced gives (each checked against that plain code, on invented text; nothing is timed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc

RULES = _loc.resolve(None)
SETTINGS = settings(max_examples=300, deadline=None)


class _RulesOnly:
    """What the readers below ask of a page: its locales."""

    rules = RULES


COVER_WORDS = st.lists(
    st.sampled_from(["Prepared", "prepared", "by", "By", "Edited", "edited", "by:", "Compiled",
                     "Ana", "RUIZ", "Ruiz,", "Udarbejdet", "af", "redakcja", "Author:", "x", "2019"]),
    max_size=10,
)  # fmt: skip


@SETTINGS
@given(COVER_WORDS)
def test_a_cover_opener_is_found_as_by_trying_every_opener(toks: list[str]) -> None:
    from comet.page.cover import _bare, _capital, _opener_at, _openers

    def plain(i: int) -> int:
        for op in _openers(RULES):
            n = len(op)
            if (
                i + n < len(toks)
                and tuple(_bare(t).casefold() for t in toks[i : i + n]) == op
                and _capital(toks[i + n])
            ):
                return n
        return 0

    assert [_opener_at(toks, i, RULES) for i in range(len(toks) + 1)] == [
        plain(i) for i in range(len(toks) + 1)
    ]


AFFILIATION_WORDS = st.lists(
    st.sampled_from(["Fachhochschule", "Hochschule", "Musterinstitut", "Institut", "institut",
                     "Owlton", "University", "Ana", "Ruiz", "of", ",", " ", "(Owl)", "x.", "Lab"]),
    max_size=8,
)  # fmt: skip


@SETTINGS
@given(AFFILIATION_WORDS)
def test_an_affiliation_compound_end_is_found_as_by_every_organisation_word(
    parts: list[str],
) -> None:
    from comet.page import byline_affiliations as affiliations
    from comet.page.title_shapes import _organisation_words

    def plain(text: str) -> bool:
        if affiliations._MAIL.match(text):
            return True
        if len(text.split()) > affiliations.AFFILIATION_WORDS or affiliations._SENTENCE_END.search(
            text
        ):
            return False
        org = _organisation_words(RULES)
        for w in text.replace(",", " ").split():
            w = w.strip(".;()").casefold()
            if w in org or any(len(w) > len(o) and w.endswith(o[1:]) for o in org if o[:1] == "-"):
                return True
        return False

    text = " ".join(parts).strip()
    assert affiliations._affiliation_text(text, _RulesOnly()) == plain(text)  # type: ignore[arg-type]


@SETTINGS
@given(st.text(alphabet="二〇一六年五月五日平成令和元十 2016abAB.", max_size=20))
def test_a_date_token_needs_splitting_as_by_the_plain_loops(text: str) -> None:
    from comet.dates._numerals import needs_split
    from comet.dates._tables import _tables_for
    from comet.dates._tokens import _WORD, _tokenize

    t = _tables_for(RULES)
    for tok in _tokenize(text, 0, len(text)):
        key = tok.key
        plain = (
            tok.kind == _WORD
            and not (
                len(key) != len(tok.text) or key in t.months or key in t.weekdays or key in t.glue
            )
            and (any(c in t.numerals for c in key) or any(key.startswith(e) for e in t.era_years))
        )
        assert needs_split(tok, t) == plain


LANGUAGE_WORDS = st.lists(
    st.sampled_from(["the", "of", "and", "der", "die", "und", "le", "la", "et", "de", "el", "y",
                     "og", "och", "Owlton", "fjords", " ", "\n", "2019", "The"]),
    max_size=24,
)  # fmt: skip


@SETTINGS
@given(LANGUAGE_WORDS, st.sampled_from([1.0, 2.0, 3.0]))
def test_the_language_of_a_text_is_the_one_every_word_tested_gives(
    parts: list[str], margin: float
) -> None:
    from comet.page.evidence import _WORD
    from comet.page.languages import _function_words, _language_of

    text = " ".join(parts)
    words = [w.casefold() for w in _WORD.findall(text)]
    counts = sorted(
        ((sum(map(_function_words((r,)).__contains__, words)), r.tag) for r in RULES),
        reverse=True,
    )
    plain = None
    if (
        counts
        and counts[0][0] >= 2
        and not (len(counts) > 1 and counts[0][0] < margin * counts[1][0])
    ):
        plain = counts[0][1]
    assert _language_of(text, _RulesOnly(), margin=margin) == plain  # type: ignore[arg-type]
