"""The fast paths of the speed work (issues 13 and 17) give what the plain code they
replace gives (each checked against that plain code, on invented text)."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import locales as _loc
from comet.locales import fold
from comet.page.chrome import _GLUED, _interface_in_names, _unglue

RULES = _loc.resolve(None)
#: letters of both cases (Latin and accented), digits, spaces and punctuation
TEXT = st.text(alphabet="aBcDeéÉzZ Mm1 ,.:;\t\n\u00a0-", max_size=40)
SETTINGS = settings(max_examples=300, deadline=None)


def _unglue_plain(text: str) -> str:
    """:func:`comet.page.chrome._unglue` as it was: every token searched for glue."""
    ui = _interface_in_names(RULES)

    def one(m: re.Match[str]) -> str:
        token = m.group()
        if not _GLUED.search(token):
            return token
        pieces = _GLUED.sub(" ", token).split()
        if any(p.strip(",;:.()").casefold() in ui for p in pieces):
            return " ".join(pieces)
        return token

    return re.sub(r"\S+", one, text)


def _glued_tokens_plain(text: str) -> list[str]:
    return [t for t in re.findall(r"\S+", text) if _GLUED.search(t)]


@SETTINGS
@given(TEXT)
def test_glued_tokens_are_the_tokens_with_a_glue_point(text: str) -> None:
    from comet.page.chrome import _GLUED_TOKEN

    assert [m.group() for m in _GLUED_TOKEN.finditer(text)] == _glued_tokens_plain(text)


#: invented names and interface words, glued or not
PIECES = st.lists(
    st.sampled_from(["Mira", "Kondo", "Email", "Profile", "McGregor", "ORCID", "author",
                     "TOLVANEN", ",", " ", "  ", "\n", "é", "Ab"]),
    max_size=8,
)  # fmt: skip


@SETTINGS
@given(PIECES)
def test_unglue_gives_what_the_token_by_token_search_gave(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _unglue(text, RULES) == _unglue_plain(text)


def test_unglue_splits_interface_words_and_keeps_names() -> None:
    assert _unglue("Mira KondoEmail author", RULES) == "Mira Kondo Email author"
    assert _unglue("Ian McGregor", RULES) == "Ian McGregor"
    assert _unglue("no glue here", RULES) == "no glue here"


@SETTINGS
@given(st.text(alphabet="aBc: .-1", min_size=1, max_size=30))
def test_an_ascii_head_folds_by_lower_casing(head: str) -> None:
    # the fast path of label matching (comet.vocab._labels._match_label)
    if head[0].isspace() or "  " in head:
        return
    lowered = head.lower()
    for k in range(1, len(head) + 1):
        assert lowered[:k].rstrip(" ") == fold(head[:k])


@SETTINGS
@given(
    st.text(alphabet="2019 -–.aD3x", max_size=60),
    st.sampled_from(["2019", "-19", "D3", "3", ""]),
)
def test_a_literal_then_a_lookbehind_finds_what_a_lookbehind_first_finds(
    text: str, literal: str
) -> None:
    # reconciliation's year and first-page searches (comet.html._merge.Page)
    at = re.escape(literal)
    before = [m.span() for m in re.finditer(rf"(?<!\d){at}(?!\d)", text[:40])]
    after = [m.span() for m in re.compile(rf"{at}(?<!\d{at})(?!\d)").finditer(text, 0, 40)]
    assert before == after
    old = re.search(rf"(?<![\w.]){at}\s?[-–—]\s?([A-Za-z]?\d+)(?!\w|\.\d)", text[:40])
    new = re.compile(rf"{at}(?<![\w.]{at})\s?[-–—]\s?([A-Za-z]?\d+)(?!\w|\.\d)").search(text, 0, 40)
    assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))


@SETTINGS
@given(st.text(alphabet=" \t\n\r\f\u200b\u00a0ab\u2028\u3000\x0b", max_size=12))
def test_visible_text_collapses_spaces_only_where_there_are_some(value: str) -> None:
    from comet.html.visible import _SPACE

    fast = value if value.isprintable() and "  " not in value else _SPACE.sub(" ", value)
    assert fast == _SPACE.sub(" ", value)


# --- issue 13's text page speed work (session 10): each fast path against the plain code ---

#: letters of both cases (also glued at a change of case), a letter-like number, separators
CUE_TEXT = st.lists(
    st.sampled_from(["Blog", "blog", "Posted", "by", "AboutCareers", "WordPress", "Word",
                     "Press", "Ab²", "Leave a comment", " ", "  ", "\n", " | ", "©", "»",
                     "x", "É", "é", ".", ",", "2021", "Impressum"]),
    max_size=14,
)  # fmt: skip
CUES = st.sampled_from(["Blog", "Posted by", "Leave a comment", "WordPress", "Press", "Careers",
                        "About", "Impressum", "© 2021", "Word", "b", "É"])  # fmt: skip


@SETTINGS
@given(CUE_TEXT, CUES)
def test_a_cue_in_place_has_its_first_piece_among_the_pages_pieces(
    parts: list[str], cue: str
) -> None:
    from comet.page.kinds import _may_be_in_place, _pieces, cue_in_place

    text = "".join(parts)
    if cue_in_place(cue, text):
        assert _may_be_in_place(cue, _pieces(text))


def test_the_first_piece_of_a_cue_stops_at_a_change_of_case() -> None:
    from comet.page.kinds import _first_piece, _pieces

    assert _first_piece("WordPress") == "Word"
    assert _first_piece("Posted by") == "Posted"
    assert _first_piece("© 2021") is None
    assert {"About", "Careers"} <= (_pieces("AboutCareers | Jobs") or set())
    assert _pieces("x² y") is None  # a letter-like number inside a run: no shortcut


NAME_TEXT = st.lists(
    st.sampled_from(["Shannon", "R.", "Moore", "S.", "Moore2", "Moore-Lee", " ", "\t", "\n",
                     ", ", "Ana", "Ruiz", "-", "."]),
    max_size=16,
)  # fmt: skip


@SETTINGS
@given(NAME_TEXT, st.sampled_from(["Moore", "Ruiz", "R.", "Lee"]))
def test_a_name_searched_in_its_lines_gives_every_match(parts: list[str], fam: str) -> None:
    from comet.page.initials import _UP, _finditer_lines

    text = "".join(parts)
    pattern = re.compile(
        rf"(?<![\w.])((?:{_UP}[^\W\d_]+|{_UP}\.)(?:[ \t-]+(?:{_UP}[^\W\d_]+|{_UP}\.)){{0,3}})"
        rf"[ \t]+{re.escape(fam)}(?![^\W\d_]|-|[ \t]+{_UP}[^\W\d_]+\b)"
    )
    plain = [(m.span(), m.group(1)) for m in pattern.finditer(text)]
    assert [(m.span(), m.group(1)) for m in _finditer_lines(pattern, text, fam)] == plain


PAGE_TEXT = st.lists(
    st.sampled_from(["© 2020 Press", "(c) 2019", "(c)", "2019", "Copyright", "copyright",
                     "Alle Rechte vorbehalten", "A Title of Things", "Ana Ruiz", "\n", "\n\n",
                     " ", "Home", "WordPress", "ProfileAna", "Volume 3, Issue 4"]),
    max_size=14,
)  # fmt: skip


@SETTINGS
@given(PAGE_TEXT)
def test_copyright_lines_and_the_page_key_are_the_line_by_line_ones(parts: list[str]) -> None:
    from comet.page.evidence import _key_of
    from comet.page.headings import _copyright_line, _copyright_lines
    from comet.page.parse import _prepare

    page, _ = _prepare("".join(parts), None)
    lines = page.layout.lines
    assert _copyright_lines(page) == [
        i for i, ln in enumerate(lines) if _copyright_line(ln.text, page)
    ]
    assert page.text_key() == _key_of(page.text)


@SETTINGS
@given(TEXT)
def test_every_glue_point_stands_after_a_letter_before_a_capital(text: str) -> None:
    from comet.page.chrome import _GLUE_PAIR

    if _GLUED.search(text):
        assert _GLUE_PAIR.search(text)


#: lines with letters whose case folding changes their length or meets a line break
FOLD_TEXT = st.text(alphabet="aBßΣσςİıﬁ Ĳ\u0307\n\r\t.-1’'", max_size=40)


@SETTINGS
@given(FOLD_TEXT)
def test_the_page_key_is_the_keys_of_its_lines_joined(text: str) -> None:
    """The page's key in one pass is what the line-by-line key (round 10) gave."""
    from comet.page.evidence import _key, _key_of

    by_line = (_key(line.strip()) for line in text.split("\n"))
    assert _key_of(text) == " ".join(k for k in by_line if k)


#: invented reference entries: authors, years, titles, venues and locators
ENTRY = st.lists(
    st.sampled_from(["Ruiz, A.", "Moe, I. and Lee, K.", "(2019).", "2021.", "A study of things.",
                     "Journal of Invented Results", "12(3)", ": 45–67.", "Press,", "Oslo:",
                     "In:", "Eds.", "doi:10.1000/xyz", " ", ", ", "."]),
    min_size=1,
    max_size=10,
)  # fmt: skip


@SETTINGS
@given(ENTRY)
def test_a_memoised_entry_is_the_parse_of_its_text(parts: list[str]) -> None:
    """A reference list's entries are memoised (a bounded cache of the entry parser, whose
    result keeps entry-relative spans only): the same value and diagnostics as a fresh parse."""
    from comet.references.parse import _parse
    from comet.references.split import _parse_entry

    text = " ".join(parts)
    first, again, fresh = _parse_entry(text, RULES), _parse_entry(text, RULES), _parse(text, RULES)
    assert first == fresh and again == fresh
    assert first.diagnostics == fresh.diagnostics
    assert _parse_entry.cache_info().maxsize is not None  # bounded


def test_a_reference_list_read_twice_gives_the_same_list() -> None:
    from comet.references import parse_references

    block = "\n".join(
        [
            "Ruiz, A. (2019). A study of things. Journal of Invented Results, 12(3), 45–67.",
            "Moe, I. and Lee, K. (2021). Another study. Oslo: Invented Press.",
            "Ruiz, A. (2019). A study of things. Journal of Invented Results, 12(3), 45–67.",
        ]
    )
    first = parse_references(block, strict=False)
    assert parse_references(block, strict=False) == first
    assert first.value is not None and len(first.value.references) == 3


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "Blog Insights",
                "Three findings from our survey",
                "ÉTÉ ß",
                "\n",
                " ",
                "a-b-c-d",
                "1 2 3",
                "Über die Straße",
                "x",
            ]
        ),
        max_size=12,
    )
)
def test_the_lines_by_first_word_are_read_from_their_keys(parts: list[str]) -> None:
    """The keys of a page's lines of four words or more by their first word, read from the
    line's words (no key cache) as they were read from :func:`_key`."""
    from comet.page.evidence import _key
    from comet.page.parse import _prepare
    from comet.page.titles import KICKER_TITLE_WORDS, _keys_by_first_word

    page, _ = _prepare("".join(parts), None)
    plain: dict[str, list[str]] = {}
    for ln in page.layout.lines:
        key = _key(ln.text)
        if len(key.split()) >= KICKER_TITLE_WORDS:
            plain.setdefault(key.split(" ", 1)[0], []).append(key)
    assert _keys_by_first_word(page) == plain


def _match_label_plain(line: str, spaced: bool) -> object:
    """:func:`comet.vocab._labels._match_label` as it was: one mode per pass over the terms."""
    from comet.vocab._labels import _MAX_LABEL, _by_length, _value_after

    start = len(line) - len(line.lstrip())
    if start >= len(line):
        return None
    table = _by_length(RULES)
    head_folded = fold(line[start : start + 2])
    groups = (*table.get(head_folded[:2], ()), *table.get(head_folded[:1], ()))
    head = line[start : start + _MAX_LABEL]
    lowered = head.lower() if head.isascii() and head.isprintable() and "  " not in head else None
    for length, by_fold in groups:
        end = start + length
        if end > len(line):
            continue
        if lowered is not None and length <= len(head):
            head_fold = lowered[:length].rstrip(" ")
        else:
            head_fold = fold(line[start:end])
        entry = by_fold.get(head_fold)
        if entry is not None:
            found = _value_after(entry[0], entry[2], line, start, end, spaced, RULES)
            if found is not None:
                return found
    return None


#: heads of lines: label words of several locales (some the start of a longer label), then
#: what may follow a label
_LABEL_HEADS = st.sampled_from(
    ["DOI", "Doi", "Volume", "Vol", "Issue", "Issue Date", "Status", "Author", "Authors",
     "Published", "Publisher", "Tidsskrift", "Udgivet", "In", "Title", "ISSN", "Type", "x"]
)  # fmt: skip


@SETTINGS
@given(
    st.tuples(
        st.sampled_from(["", " "]),
        _LABEL_HEADS,
        st.sampled_from(
            ["", " ", ":", " : ", "  ", "(Print)", "\n", "\t", "(s):", "/Editor:", " / Editor :"]
        ),
        st.one_of(TEXT, st.sampled_from(["2019", "Udgivet", "April 2022", "in Vitro"])),
    ).map("".join)
)
def test_one_pass_gives_both_label_modes(line: str) -> None:
    # label matching reads a line's label with and without ``spaced`` in one pass
    from comet.vocab._labels import _match_label, _match_labels

    both = _match_labels(line, RULES)
    assert both == (_match_label_plain(line, False), _match_label_plain(line, True))
    assert both == (_match_label(line, RULES, False), _match_label(line, RULES, True))


@SETTINGS
@given(st.text(alphabet="aZ 1.-éЖ中ɐ\u1e00", max_size=20))
def test_an_ascii_text_is_latin_at_once(text: str) -> None:
    # the ASCII shortcut of the Latin-script tests (comet.page.chrome, name_plausible)
    import unicodedata

    from comet.page.languages import _latin as mostly_latin
    from comet.page.name_plausible import _latin as all_latin

    letters = [c for c in text if c.isalpha()]
    latin = sum(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in letters)
    assert mostly_latin(text) == (bool(letters) and latin * 2 >= len(letters))
    assert all_latin(text) == all(
        c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in letters
    )


# --- round 13 ----------------------------------------------------------------------------

#: the CLDR month names of a few languages (the index below is built from them)
_CLDR_TAGS = ("fr", "uk", "pl", "de", "ru", "es")


def _month_names_plain() -> list[tuple[str, int]]:
    """``(key, month)`` of every one-word CLDR month name, as the reader once scanned them."""
    from comet.dates._tables import _resolve_dates, _word_key

    _, cldr = _resolve_dates(_CLDR_TAGS)
    return [(key, num) for c in cldr for num, forms in enumerate(c.months, start=1)
            for key in {_word_key(t) for t in forms} if " " not in key]  # fmt: skip


@SETTINGS
@given(
    st.tuples(
        st.sampled_from(["sep", "sept", "septe", "ja", "jan", "janv", "лют", "берез", "wrz",
                         "wrześ", "mär", "mai", "ma", "ju", "jui", "juil", "xyz", "дек"]),
        st.text(alphabet="aeiouéсь", max_size=2),
    ).map("".join)
)  # fmt: skip
def test_the_month_index_gives_the_months_whose_names_start_with_a_stem(stem: str) -> None:
    from comet.dates._tables import _MIN_PREFIX, _month_prefixes, _resolve_dates

    _, cldr = _resolve_dates(_CLDR_TAGS)
    index = _month_prefixes(cldr)
    plain = {num for name, num in _month_names_plain() if name.startswith(stem)}
    if len(stem) >= _MIN_PREFIX:
        assert set(index.get(stem, ())) == plain
    else:
        assert stem not in index  # (shorter words are never looked up)


def test_a_word_beginning_one_months_names_reads_as_that_month() -> None:
    from comet.dates import parse_date

    assert parse_date("3 septemb. 2019", locales="fr").iso() == "2019-09-03"  # (no CLDR form)


#: invented sentences around the locales' defence phrases, in several cases and spacings
_DEFENCE_PIECES = st.lists(
    st.sampled_from(["Thèse ", "soutenue le ", "SOUTENUE LE ", "Soutenue  le ", "defended on ",
                     "Defended the ", "verteidigt am ", "3 mars 2015", "xsoutenue le ", "é",
                     "\n", ". ", "disputerade den ", "Lea Brun ", "d", "s", "v", "f"]),
    max_size=10,
)  # fmt: skip


@SETTINGS
@given(_DEFENCE_PIECES)
def test_the_guarded_defence_search_finds_what_the_plain_one_finds(parts: list[str]) -> None:
    from comet.page.defence import _defence_pattern

    text = "".join(parts)
    terms = _loc.terms_of("words", RULES, "thesis_defence")
    plain = re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})(?=\s)", re.I)
    guarded = _defence_pattern(RULES)
    assert guarded is not None
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _post_len_plain(words: list[str]) -> int:
    """:func:`comet.names.affixes._post_len` at the end of ``words`` as it was: the one- to
    three-word phrases ending there looked up without the last-word test."""
    from comet.names.affixes import _dl, _undotted
    from comet.names.rules import _rules
    from comet.names.tokens import _Ctx, _Tok

    ctx = _Ctx(" ".join(words), _rules(RULES))
    ws = [_Tok("word", w, 0, len(w)) for w in words]
    end = len(ws)
    for n in (3, 2, 1):
        if n <= end and tuple(_dl(w.text) for w in ws[end - n : end]) in ctx.rules.post_phrases:
            if n == 1 and _undotted(ws[end - 1].text, ctx):
                continue
            if (
                n == 1
                and ws[end - 1].text.endswith(".")
                and _dl(ws[end - 1].text) in ctx.rules.lone_suffixes
            ):
                continue
            return n
    return 0


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["Ana", "Ruiz", "Jr.", "Jr", "Ph.", "D.", "PhD", "MD", "Sen", "Sen.",
                         "III", "V.", "v", "Esq.", "M.A.", "B.", "Sc.", "rer.", "nat.", "d"]),
        max_size=5,
    )
)  # fmt: skip
def test_the_post_nominal_look_up_gives_what_the_phrase_scan_gave(words: list[str]) -> None:
    from comet.names.affixes import _post_len
    from comet.names.rules import _rules
    from comet.names.tokens import _Ctx, _Tok

    ctx = _Ctx(" ".join(words), _rules(RULES))
    ws = [_Tok("word", w, 0, len(w)) for w in words]
    assert _post_len(ws, len(ws), ctx) == _post_len_plain(words)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["Blog", "Posted by Ana Ruiz", "Leave a comment", "Impressum",
                         "Powered by WordPress", "WordPress", "Research Article", "© 2021",
                         "Anzeige", "The blog post was long and we read it all, twice.",
                         "\n", " | ", " ", "Tags:", "Comments"]),
        max_size=12,
    )
)  # fmt: skip
def test_a_page_kind_scores_as_when_its_cues_were_listed_per_page(parts: list[str]) -> None:
    from comet.page.kinds import (
        CUE_LABEL,
        CUE_PHRASE,
        CUE_WORD,
        _may_be_in_place,
        _phrases,
        _pieces,
        cue_in_place,
        detect_kind,
        kinds,
    )

    text = "".join(parts)
    pieces = _pieces(text)
    plain: dict[str, int] = {}
    for kind in kinds():
        cues = dict.fromkeys((*kind.cues, *_phrases(kind.name, RULES)))
        placed = [c for c in cues if _may_be_in_place(c, pieces) and cue_in_place(c, text)]
        plain[kind.name] = sum(CUE_PHRASE if len(c.split()) > 1 else CUE_WORD for c in placed)
        plain[kind.name] += CUE_LABEL * len(kind.label_cues & {"tags"})
    assert detect_kind(text, ["tags"], RULES)[1] == plain


def test_the_thesis_statement_pre_test_lets_dotted_capitals_through() -> None:
    """The thesis statement's pre-test folds case, a search ignoring case does not quite:
    ``İ`` and ``ı`` match ``i`` but fold to something else, so a page holding one is
    searched in full (the statement is found as without the pre-test)."""
    from comet import parse_record

    statement = "A THESİS SUBMİTTED İN PARTİAL FULFİLLMENT OF THE REQUİREMENTS FOR THE DEGREE"
    page = f"A Study of Fjords\n\nby Ada Lund\n\n{statement}\n\nUniversity of Bergen\n\n2019\n"
    assert parse_record(page).to_csl()["type"] == "thesis"
    # no statement: a dotted capital alone makes no thesis
    plain = (
        "A Study of Fjords\n\nby Ada Lund\n\nİSTANBUL FJORD NOTES\n\nUniversity of Bergen\n\n2019\n"
    )
    assert parse_record(plain).to_csl()["type"] != "thesis"


def test_the_self_reference_pre_test_finds_what_the_search_finds() -> None:
    """A page whose key holds none of the self-references' last words is not searched;
    one holding ``İ`` or ``ı`` is searched in full (``THİS PREPRİNT`` matches ignoring
    case but folds to other letters)."""
    from comet.page.parse import _prepare
    from comet.page.work_statements import _self_reference

    body = "The copyright holder for {} is the author, who has granted a licence to display it."
    for words, found in [("this preprint", True), ("THİS PREPRİNT", True), ("this print", False)]:
        page, _ = _prepare(f"Notes on fjords\n\n{body.format(words)}\n", None)
        assert (_self_reference(page) is not None) is found, words


def _flat_alternation(terms: list[str], space: str = r"\s+") -> str:
    """:func:`comet.locales.alternation` as it was: one branch per term, longest first."""
    ordered = sorted({" ".join(t.split()) for t in terms} - {""}, key=lambda t: (-len(t), t))
    return "|".join(space.join(re.escape(w) for w in t.split()) for t in ordered)


#: letters that are one letter under re.I in several ways (case, long s, Kelvin sign,
#: dotted capital I), a letter with no one-letter capital (ß), spaces and punctuation
_TRIE_LETTERS = "abAB. -sſSKk\u212aİiIß"
_TERMS = st.lists(
    st.text(alphabet=_TRIE_LETTERS, min_size=1, max_size=6).filter(str.split),
    min_size=1,
    max_size=10,
)


@settings(max_examples=1500, deadline=None)
@given(
    _TERMS,
    st.text(alphabet=_TRIE_LETTERS, max_size=16),
    st.sampled_from([0, re.I]),
    st.sampled_from(["", r"(?!\w)", r"\.", "b", r"\s"]),
)
def test_the_factored_alternation_matches_what_the_flat_one_matches(
    terms: list[str], text: str, flags: int, tail: str
) -> None:
    trie = re.compile(f"(?:{_loc.alternation(terms)}){tail}", flags)
    flat = re.compile(f"(?:{_flat_alternation(terms)}){tail}", flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


@functools.cache
def _lexicon_patterns(
    tag: str,
) -> tuple[tuple[str, ...], tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """A locale's label and word terms, and its factored and flat alternations compiled
    once per flag (building and compiling them per example was most of this test's time)."""
    rules = next(r for r in RULES if r.tag == tag)
    terms = list(rules.terms("labels")) + list(rules.terms("words"))
    if not terms:
        return (), ()
    pairs = tuple(
        (
            re.compile(rf"(?<!\w)(?:{_loc.alternation(terms)})(?!\w)", flags),
            re.compile(rf"(?<!\w)(?:{_flat_alternation(terms)})(?!\w)", flags),
        )
        for flags in (0, re.I)
    )
    return tuple(terms), pairs


@SETTINGS
@given(st.sampled_from(sorted(r.tag for r in RULES)), st.data())
def test_the_factored_alternation_of_a_locale_lexicon_matches_the_flat_one(
    tag: str, data: st.DataObject
) -> None:
    terms, pairs = _lexicon_patterns(tag)
    if not terms:
        return
    picked = data.draw(st.lists(st.sampled_from(terms), min_size=1, max_size=4))
    text = data.draw(st.sampled_from([" ", ": ", ". ", "\n", "x"])).join(
        p.upper() if data.draw(st.booleans()) else p for p in picked
    )
    for trie, flat in pairs:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
