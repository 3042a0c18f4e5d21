"""Hypothesis strategies for identifiers: valid DOIs, ISSNs, ISBNs and ORCID iDs, and the
same wrapped the way catalogue pages and reference lists print them.

``dois()``, ``issns()``, ``isbns()`` and ``orcids()`` give records (canonical values);
``messy_dois()`` and friends give ``(text, record)`` pairs: a messy text and the record
``parse`` must return for it.

>>> from hypothesis import given, settings
>>> from comet import parse_doi, strategies as cst
>>> @settings(max_examples=25)
... @given(cst.messy_dois())
... def recovers(case):
...     text, doi = case
...     assert parse_doi(text) == doi
>>> recovers()
"""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import strategies as st

from comet.identifiers import doi as _doi
from comet.identifiers import (
    isbn10_check_char,
    isbn13_check_char,
    issn_check_char,
    mod11_2_check_char,
)
from comet.identifiers.doi import Doi
from comet.identifiers.isbn import Isbn
from comet.identifiers.issn import Issn
from comet.identifiers.orcid import Orcid

__all__ = [
    "dois",
    "isbns",
    "issns",
    "messy_dois",
    "messy_isbns",
    "messy_issns",
    "messy_orcids",
    "orcids",
    "short_dois",
    "wrapped_dois",
]

_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_DIGITS = "0123456789"


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text(_DIGITS, min_size=n, max_size=n)


@st.composite
def _suffix(draw: st.DrawFn) -> str:
    segments = draw(st.lists(st.text(_ALNUM, min_size=1, max_size=8), min_size=1, max_size=5))
    out = segments[0]
    for seg in segments[1:]:
        sep = draw(st.sampled_from("-._/:;"))
        if draw(st.integers(0, 6)) == 0:  # a balanced group: 0010-0285(77)90005-4, SICI <…> […]
            open_, close = draw(st.sampled_from([("(", ")"), ("<", ">"), ("[", "]")]))
            inner = draw(st.text(_ALNUM, min_size=1, max_size=6))
            if open_ == "<":  # SICI: <start page::item id>, a digit first (not a tag name)
                inner = draw(_digits(1)) + inner
            out += f"{open_}{inner}{close}"
        out += sep + seg
    return out


def _usable(suffix: str) -> bool:
    """Suffixes that are DOIs in their own right in any wrapping: no URL, no second DOI,
    no ending that reads as a publisher URL's version or format (``v2``, ``/pdf``,
    ``.html``)."""
    if "http" in suffix or "www." in suffix or _doi._ANCHOR.search(suffix) is not None:
        return False
    return _doi._URL_TAIL.search(suffix) is None


@st.composite
def _doi_record(draw: st.DrawFn) -> Doi:
    registrant = draw(st.integers(1000, 999_999_999))
    prefix = f"10.{registrant}"
    if draw(st.integers(0, 15)) == 0:
        prefix += f".{draw(st.integers(1, 999))}"
    suffix = draw(_suffix().filter(_usable))
    return Doi(prefix, suffix)


def dois() -> st.SearchStrategy[Doi]:
    """Valid :class:`~comet.Doi` records (canonical: lower-case) in publishers' shapes,
    including balanced brackets (``0010-0285(77)90005-4``) and SICI ``<…>`` parts."""
    return _doi_record()


_DOI_LABELS = ("doi:", "DOI: ", "DOI ", "doi: ", "DOI:", "Digital Object Identifier: ", "DOI=")
_RESOLVERS = ("https://doi.org/", "http://dx.doi.org/", "https://dx.doi.org/", "http://doi.org/")
_PUBLISHER_URLS = (
    "https://www.tandfonline.com/doi/full/",
    "https://www.tandfonline.com/doi/abs/",
    "https://www.tandfonline.com/doi/pdf/",
    "https://onlinelibrary.wiley.com/doi/epdf/",
    "https://onlinelibrary.wiley.com/doi/",
    "https://link.springer.com/article/",
    "https://journals.sagepub.com/doi/",
)
_URL_TAILS = ("", "?scroll=top&needAccess=true", "#abstract", "?casa_token=abc")
_LINK_TEXT = (" Search in Google Scholar", " Crossref", " [Google Scholar]", " PubMed")
_PROSE = (
    ("See ", " for the data."),
    ("Available at ", " (accessed 2 May 2020)."),
    ("Public Money & Management, 37 (5), 365–372. ", ""),
    ("Retrieved from ", ""),
)


@st.composite
def _messy_doi(draw: st.DrawFn, records: st.SearchStrategy[Doi]) -> tuple[str, Doi]:
    doi = draw(records)
    shown = doi.value
    if draw(st.booleans()):
        shown = shown.upper()
    kind = draw(st.integers(0, 11))
    ends_in_digit = shown[-1].isdigit()
    if kind == 0:
        text = shown
    elif kind == 1:
        text = draw(st.sampled_from(_DOI_LABELS)) + shown
    elif kind == 2:
        text = draw(st.sampled_from(_RESOLVERS)) + shown
    elif kind == 3:
        text = "https://doi.org/" + quote(shown, safe="")
    elif kind == 4:
        text = draw(st.sampled_from(_PUBLISHER_URLS)) + shown + draw(st.sampled_from(_URL_TAILS))
    elif kind == 5:
        first = draw(st.integers(1, 900))
        text = f"{first}–{first + draw(st.integers(1, 50))}.{shown}"
        text += draw(st.sampled_from(("", *_LINK_TEXT)))
    elif kind == 6:
        text = shown + draw(st.sampled_from(_LINK_TEXT))
    elif kind == 7 and ends_in_digit:
        text = (
            "https://doi.org/"
            + shown
            + draw(st.sampled_from(("Get rights and content", "CrossrefMedlineGoogle Scholar")))
        )
    elif kind == 8:
        text = draw(st.sampled_from(("({})", "(doi:{})", "[{}]", "<{}>", "⟨{}⟩", "“{}”"))).format(
            shown
        )
    elif kind == 9:
        before, after = draw(st.sampled_from(_PROSE))
        text = before + shown + after
    elif kind == 10:
        text = shown + draw(st.sampled_from((".", ",", ";", ".)", ":", " .")))
    else:
        text = draw(st.sampled_from(("  {}  ", "\n{}\n", "\t{}", "DOI:\n{}"))).format(shown)
    return text, doi


def messy_dois(records: st.SearchStrategy[Doi] | None = None) -> st.SearchStrategy[tuple[str, Doi]]:
    """``(text, doi)``: a DOI from ``records`` (default :func:`dois`) upper- or lower-case,
    behind a label, a resolver or publisher URL (with query), percent-encoded, glued to page
    numbers, followed by link text or punctuation, in brackets or in prose."""
    return _messy_doi(records if records is not None else dois())


@st.composite
def _short_doi(draw: st.DrawFn) -> Doi:
    handle = draw(st.text(_ALNUM, min_size=4, max_size=8))
    return Doi("10", handle)


def short_dois() -> st.SearchStrategy[Doi]:
    """Short DOIs (``10/b6vnmd``): :class:`~comet.Doi` records with the prefix ``10``."""
    return _short_doi()


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# "{}" is the DOI as written there, "{u}" its resolver URL, "{x}" it XML-escaped
_MARKUP = (
    '<pub-id pub-id-type="doi">{x}</pub-id>',
    "<doi>{x}</doi>.",
    "<ref>Journal of Things 4: 1-9. doi:{x}</ref>",
    '<a href="{u}">link</a>',
    "<a href='{u}' class=\"doi\">{x}</a>",
    "<a href={u}>link</a>",
    "<!-- {x} -->",
    "<!--{x}-->",
    "<< /S /URI /URI ({u}) >>",
    "/URI({u})>>",
    "[link text]({u})",
    "[{}]({u})",
    "<{u}>",
    "{{{{cite journal |doi={} |pmid=1234}}}}",
    "[{u} link text]",
    "[{u}]",
    '"DOI":"{}"',
)
# a publisher's or preprint server's URL around the DOI, with a version and format tail
_SITE_URLS = (
    "https://www.example.org/content/{}",
    "https://journals.example.com/doi/full/{}",
    "https://www.example.org/doi/abs/{}",
)
_SITE_TAILS = ("", ".full", ".full.pdf", "+html", "/full", "/abstract", ".pdf", ".article-info",
               "#sec-1", "?download=true", "/")  # fmt: skip


@st.composite
def _wrapped_doi(draw: st.DrawFn, records: st.SearchStrategy[Doi]) -> tuple[str, Doi]:
    doi = draw(records)
    shown = doi.value.upper() if draw(st.booleans()) else doi.value
    url = draw(st.sampled_from(_RESOLVERS)) + shown
    if draw(st.integers(0, 3)) == 0 and not doi.short:
        site = draw(st.sampled_from(_SITE_URLS)).format(shown)
        version = ""
        if shown[-1].isdigit() and draw(st.booleans()):
            version = f"v{draw(st.integers(1, 12))}"
        return site + version + draw(st.sampled_from(_SITE_TAILS)), doi
    form = draw(st.sampled_from(_MARKUP))
    if form == '"DOI":"{}"':  # JSON escapes every slash
        if doi.short:
            form = '"DOI":"doi:{}"'
        else:
            return form.format(shown.replace("/", "\\/")), doi
    if doi.short and "{u}" not in form:
        shown = "doi:" + shown
    return form.format(shown, u=url, x=_xml_escape(shown)), doi


def wrapped_dois(
    records: st.SearchStrategy[Doi] | None = None,
) -> st.SearchStrategy[tuple[str, Doi]]:
    """``(text, doi)``: a DOI (default :func:`dois` and :func:`short_dois`) inside markup or
    a link syntax: XML elements, HTML attributes (quoted or not), comments, PDF ``/URI``
    links, Markdown and wiki links, JSON with escaped slashes, or a publisher's URL with a
    version and a format tail (``v3.full.pdf``, ``+html``, ``/abstract``)."""
    return _wrapped_doi(records if records is not None else st.one_of(dois(), short_dois()))


# --- ISSN -------------------------------------------------------------------------------


@st.composite
def _issn_record(draw: st.DrawFn) -> Issn:
    first7 = draw(_digits(7))
    return Issn(f"{first7[:4]}-{first7[4:]}{issn_check_char(first7)}")


def issns() -> st.SearchStrategy[Issn]:
    """Valid :class:`~comet.Issn` records (``medium`` ``None``)."""
    return _issn_record()


_ISSN_LABELS = ("ISSN ", "ISSN: ", "eISSN ", "e-ISSN: ", "ISSN (online) ", "Online ISSN: ",
                "Print ISSN ", "pISSN ", "p-ISSN: ", "ISSN (print) ", "ISSN-L ", "ISSN (Print)",
                "eISSN\n", "EISSN: ", "ISSN")  # fmt: skip


@st.composite
def _messy_issn(draw: st.DrawFn, records: st.SearchStrategy[Issn]) -> tuple[str, Issn]:
    issn = draw(records)
    shown = draw(
        st.sampled_from(
            (issn.value, issn.compact, issn.value.lower(), issn.value.replace("-", "–"))
        )
    )
    label = draw(st.sampled_from(_ISSN_LABELS))
    text = label + shown + draw(st.sampled_from(("", ".", " (Print)", " (online)", ";", ",")))
    if draw(st.booleans()):
        text = draw(
            st.sampled_from(("Journal of Things. {}", "{} Published quarterly.", "({})"))
        ).format(text)
    return text, issn


def messy_issns(
    records: st.SearchStrategy[Issn] | None = None,
) -> st.SearchStrategy[tuple[str, Issn]]:
    """``(text, issn)``: an ISSN behind one of the labels (``eISSN``, ``ISSN (online)``,
    ``Print ISSN``…), hyphenated or not, lower-case ``x``, with a medium, in prose."""
    return _messy_issn(records if records is not None else issns())


# --- ISBN -------------------------------------------------------------------------------


@st.composite
def _isbn_record(draw: st.DrawFn) -> Isbn:
    prefix = draw(st.sampled_from(("978", "978", "979")))
    body = prefix + draw(_digits(9))
    isbn13 = body + isbn13_check_char(body)
    isbn10 = None
    if prefix == "978":
        isbn10 = body[3:] + isbn10_check_char(body[3:])
    return Isbn(isbn13, isbn10)


def isbns() -> st.SearchStrategy[Isbn]:
    """Valid :class:`~comet.Isbn` records (``978`` and ``979``; ``qualifier`` ``None``)."""
    return _isbn_record()


def _hyphenated(digits: str, cuts: list[int]) -> str:
    out, prev = [], 0
    for c in sorted(set(cuts)):
        if 0 < c < len(digits):
            out.append(digits[prev:c])
            prev = c
    out.append(digits[prev:])
    return "-".join(out)


@st.composite
def _messy_isbn(draw: st.DrawFn, records: st.SearchStrategy[Isbn]) -> tuple[str, Isbn]:
    isbn = draw(records)
    digits = isbn.isbn13
    if isbn.isbn10 is not None and draw(st.booleans()):
        digits = isbn.isbn10
    # hyphens anywhere, but the 978/979 prefix of an ISBN-13 is always printed whole
    lowest = 3 if len(digits) == 13 else 1
    cuts = draw(st.lists(st.integers(lowest, len(digits) - 1), max_size=4))
    shown = _hyphenated(digits, cuts)
    if shown.endswith("X") and draw(st.booleans()):
        shown = shown[:-1] + "x"
    labels = ["ISBN ", "ISBN: ", "ISBN-13: ", "eISBN ", "isbn = {", "[ISBN: ", "ISBN"]
    if len(digits) == 13 and digits[:3] in ("978", "979"):
        labels += ["", "DOI: 10.4018/"]  # an ISBN-13 needs no label
    label = draw(st.sampled_from(labels))
    tail = draw(st.sampled_from(("", " (pbk.)", " (hbk.)", " (ebook)", ".", ".ch001", "},", "]")))
    text = label + shown + tail
    if draw(st.booleans()):
        text = draw(st.sampled_from(("Oxford: OUP, 2019. {}", "{} 320 pp."))).format(text)
    return text, isbn


def messy_isbns(
    records: st.SearchStrategy[Isbn] | None = None,
) -> st.SearchStrategy[tuple[str, Isbn]]:
    """``(text, isbn)``: an ISBN-13 or (for ``978``) its ISBN-10, hyphenated anyhow, behind
    a label (``ISBN-13:``, ``isbn = {``…), with a qualifier, inside a DOI, in prose."""
    return _messy_isbn(records if records is not None else isbns())


# --- ORCID ------------------------------------------------------------------------------


@st.composite
def _orcid_record(draw: st.DrawFn) -> Orcid:
    first15 = "000" + draw(st.sampled_from("0123456789")) + draw(_digits(11))
    d = first15 + mod11_2_check_char(first15)
    return Orcid(f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}")


def orcids() -> st.SearchStrategy[Orcid]:
    """Valid :class:`~comet.Orcid` records."""
    return _orcid_record()


@st.composite
def _messy_orcid(draw: st.DrawFn, records: st.SearchStrategy[Orcid]) -> tuple[str, Orcid]:
    orcid = draw(records)
    shown = orcid.value
    if shown.endswith("X") and draw(st.booleans()):
        shown = shown[:-1] + "x"
    before = draw(st.sampled_from(("", "https://orcid.org/", "http://orcid.org/", "ORCID: ",
                                   "ORCID iD ", "orcid.org/")))  # fmt: skip
    after = draw(st.sampled_from(("", ".", ";", " (Author)")))
    return before + shown + after, orcid


def messy_orcids(
    records: st.SearchStrategy[Orcid] | None = None,
) -> st.SearchStrategy[tuple[str, Orcid]]:
    """``(text, orcid)``: an iD bare, behind ``ORCID:`` or as an ``orcid.org`` URL."""
    return _messy_orcid(records if records is not None else orcids())


def register() -> None:
    """Register ``st.from_type`` strategies for :class:`Doi`, :class:`Issn`,
    :class:`Isbn` and :class:`Orcid` (called by the hypothesis entry point)."""
    st.register_type_strategy(Doi, dois())
    st.register_type_strategy(Issn, issns())
    st.register_type_strategy(Isbn, isbns())
    st.register_type_strategy(Orcid, orcids())
