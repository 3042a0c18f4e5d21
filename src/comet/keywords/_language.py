"""The language of a keyword section, and the assembly of sections into a :class:`KeywordList`."""

from __future__ import annotations

from collections.abc import Iterable

from comet.diagnostics import Diagnostic, Severity
from comet.keywords._lines import _Section
from comet.keywords._tables import _normalize_language
from comet.keywords.records import Keyword, KeywordList, keyword_key


def _section_language(sec: _Section, language: str | None, diags: list[Diagnostic]) -> str | None:
    if sec.tags:
        found = list(dict.fromkeys(_normalize_language(t) for t, _ in sec.tags))
        if len(found) == 1:
            diags.append(
                Diagnostic(
                    "keyword-language-from-tag-line",
                    f"the list is marked {found[0]!r}",
                    sec.tags[0][1],
                )
            )
            return found[0]
        span = (sec.tags[0][1][0], sec.tags[-1][1][1])
        diags.append(
            Diagnostic(
                "keyword-language-ambiguous",
                f"the list is marked with several languages ({', '.join(found)})",
                span,
                Severity.WARNING,
            )
        )
        return None
    tags = sec.label_tags
    if len(tags) == 1:
        (tag,) = tags
        diags.append(
            Diagnostic(
                "keyword-language-from-label",
                f"the label {sec.label!r} is {tag!r}",
                sec.label_span,
            )
        )
        return tag
    if tags:
        if language is not None and language.split("-")[0].casefold() in tags:
            return language
        diags.append(
            Diagnostic(
                "keyword-language-ambiguous",
                f"the label {sec.label!r} is used in {', '.join(sorted(tags))}",
                sec.label_span,
                Severity.WARNING,
            )
        )
        return None
    return language


def _build(
    sections: list[_Section],
    language: str | None,
    text: str,
    shift: int = 0,
    extra: Iterable[Diagnostic] = (),
) -> KeywordList:
    diags: list[Diagnostic] = []
    out: list[Keyword] = []
    seen: dict[str, str] = {}
    for sec in sections:
        diags.extend(sec.diags)
        lang = _section_language(sec, language, diags)
        if not sec.items and sec.label is not None and sec.kind != "prose":
            diags.append(
                Diagnostic(
                    "keywords-label-without-items",
                    f"{sec.label!r} is followed by no keywords",
                    sec.label_span,
                )
            )
        for it in sec.items:
            diags.extend(it.diags)
            key = keyword_key(it.text)
            if key in seen:
                diags.append(
                    Diagnostic(
                        "keyword-duplicate-dropped",
                        f"{it.text!r} repeats {seen[key]!r}",
                        (it.lo, it.hi),
                    )
                )
                continue
            seen[key] = it.text
            out.append(
                Keyword(
                    text=it.text,
                    language=lang,
                    key=key,
                    definition=it.definition,
                    span=(it.lo - shift, it.hi - shift),
                    raw=text[it.lo - shift : it.hi - shift],
                    diagnostics=tuple(d.shifted(-shift) for d in it.diags),
                )
            )
    diags.extend(extra)
    return KeywordList(tuple(out), text, tuple(d.shifted(-shift) for d in diags))
