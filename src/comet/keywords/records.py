"""The keyword records: :class:`Keyword`, :class:`KeywordList`, :class:`KeywordBlock` and their key."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from enum import StrEnum

import attrs
from unidecode import unidecode

from comet.diagnostics import Diagnostic, Severity
from comet.records import RecordMixin

_HYPHENS_SPACES = re.compile(r"[\s\-‐‑‒–—―_]++")


def keyword_key(text: str) -> str:
    """The comparison key of a keyword: unidecode, casefold, spaces and hyphens collapsed.

    >>> keyword_key("Co-production") == keyword_key("co  production")
    True
    >>> keyword_key("Møller–Ämnesord")
    'moller amnesord'
    """
    nfkc = unicodedata.normalize("NFKC", text)
    ascii_ = unidecode(nfkc)
    if not any(c.isalnum() for c in ascii_):
        ascii_ = nfkc
    return _HYPHENS_SPACES.sub(" ", ascii_.casefold()).strip()


def _key_of(inst: Keyword) -> str:
    return keyword_key(inst.text)


@attrs.frozen
class Keyword(RecordMixin):
    """One keyword: its text as printed (cleaned), BCP 47 ``language`` and comparison ``key``.

    ``definition`` holds a glossary definition (``Term: definition``); ``span``
    is where ``raw`` stands in the parsed input.
    """

    text: str
    language: str | None = None
    key: str = attrs.field(default=attrs.Factory(_key_of, takes_self=True))
    definition: str | None = None
    span: tuple[int, int] | None = attrs.field(default=None, eq=False)
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class KeywordList(RecordMixin):
    """The keywords of a passage, in order, unique by :attr:`Keyword.key`.

    Iterable, indexable and sized; an empty list is a valid result.
    """

    keywords: tuple[Keyword, ...] = ()
    raw: str = attrs.field(default="", eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False, repr=False)

    def __iter__(self) -> Iterator[Keyword]:
        return iter(self.keywords)

    def __len__(self) -> int:
        return len(self.keywords)

    def __getitem__(self, index: int) -> Keyword:
        return self.keywords[index]

    @property
    def texts(self) -> tuple[str, ...]:
        """The keyword texts, in order."""
        return tuple(k.text for k in self.keywords)

    @property
    def keys(self) -> tuple[str, ...]:
        """The keyword keys, in order."""
        return tuple(k.key for k in self.keywords)

    def in_language(self, language: str | None) -> tuple[Keyword, ...]:
        """The keywords tagged ``language`` (compared on the primary subtag)."""
        want = None if language is None else language.split("-")[0].casefold()
        return tuple(
            k
            for k in self.keywords
            if (k.language.split("-")[0].casefold() if k.language else None) == want
        )


class BlockEvidence(StrEnum):
    """Why :func:`find_keyword_blocks` thinks a passage is a keyword list."""

    #: a ``[labels].keywords`` label (``Keywords:``, ``Emneord``)
    LABEL = "label"
    #: a ``[labels].key_terms`` label (``Key Terms in this Chapter``)
    KEY_TERMS_LABEL = "key-terms-label"
    #: an unlabelled run of two or more short bullet items (the page parser decides)
    BULLETS = "bullets"


@attrs.frozen
class KeywordBlock(RecordMixin):
    """A keyword passage found in a page: its keywords, label and evidence.

    Spans inside ``keywords`` index the block's own text (``Match.raw``); add
    ``Match.start`` for page offsets.
    """

    keywords: KeywordList
    evidence: BlockEvidence
    label: str | None = None
    label_key: str | None = None
    language: str | None = None
    raw: str = attrs.field(default="", eq=False)


def merge_keyword_lists(*lists: KeywordList) -> KeywordList:
    """Concatenate lists, dropping later keywords whose key was already seen.

    >>> from comet.keywords import parse_keywords
    >>> a = parse_keywords("Emneord: samskabelse", locales=["da", "en"])
    >>> b = parse_keywords("Keywords: co-creation, Samskabelse")
    >>> [(k.text, k.language) for k in merge_keyword_lists(a, b)]
    [('samskabelse', 'da'), ('co-creation', 'en')]
    """
    seen: set[str] = set()
    out: list[Keyword] = []
    diags: list[Diagnostic] = []
    for kl in lists:
        diags.extend(kl.diagnostics)
        for k in kl:
            if k.key in seen:
                diags.append(
                    Diagnostic(
                        "keyword-duplicate-dropped",
                        f"{k.text!r} repeats an earlier keyword",
                        None,
                        Severity.INFO,
                    )
                )
                continue
            seen.add(k.key)
            out.append(k)
    return KeywordList(tuple(out), "\n".join(kl.raw for kl in lists), tuple(diags))
