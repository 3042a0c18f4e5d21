"""Generate comet's date data for every CLDR language with Gregorian month names.

Usage (dev-time only; needs ``pip install -r scripts/requirements.txt``)::

    python scripts/cldr_dates.py            # (re)write src/comet/locales/cldr/*.json
    python scripts/cldr_dates.py --check    # exit 1 if the files differ from CLDR (no writes)

One compact JSON file per language (``ru.json``, ``sr-Latn.json``, ``zh-Hant.json``) holds
what ``comet.dates`` needs to read a date in that language, and ``index.json`` maps every
month and weekday word to the languages that have it (their own names, not those of the
variants they also read) (for detecting the language of a
date given without a locale).  Per language:

``order``
    ``DMY``, ``MDY`` or ``YMD``: the order of the numeric fields of CLDR's short date
    pattern; ``regions`` holds the regional variants whose order differs (``en-GB``).
``months`` / ``weekdays``
    12 / 7 lists of names: wide and abbreviated, format and stand-alone; narrow names only
    where they are unambiguous and longer than one character.  A name two months share
    (Armenian ``հուն``) is left out of both.  Where a pattern glues a suffix to the month
    (Mongolian ``MMMM'ын'``) the suffixed form is listed too.
    The names of the language's regional locales (``fa_AF``) are added after its own, and
    names an older CLDR used that today's no longer lists (``scripts/data/cldr_legacy.json``,
    written by ``scripts/cldr_legacy_months.py`` with an older Babel) are added after them;
    then the names of its written variants and the forms CLDR does not give (the locative
    case of Slavic month names: ``марте``, ``martu``), hand-written in
    ``scripts/data/cldr_extra.toml``.
``eras`` / ``periods``
    era names (``n. Chr.``, ``г. н. э.``) and day-period words (``AM``, ``утра``).
``glue``
    the words of the date patterns' literals (``de``, ``г``, ``gada``, ``年``), and the
    year words of ``scripts/data/cldr_extra.toml`` (``года``, ``godine``).
``numerals`` / ``era_years`` / ``first_year``
    only where ``scripts/data/cldr_extra.toml`` gives them (zh, ja): the digits 0-9 and ten
    of dates written in CJK numerals, and the Japanese era names with their first years.
``after`` / ``before``
    per numeric field (``y``, ``m``, ``d``), the literal word right after / right before it
    in a pattern: unit markers such as ``年`` ``月`` ``日``, ``년`` ``월`` ``일``, ``tháng``.

Babel is *not* a runtime dependency of comet: the JSON files are what runs.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
OUT_DIR = SRC / "comet" / "locales" / "cldr"
DOC = ROOT / "docs" / "dates.md"
DOC_START, DOC_END = "<!-- cldr-languages -->", "<!-- /cldr-languages -->"
#: availableFormats skeletons of dates read (no weeks, quarters, eras or times)
DATE_FIELDS = set("yMLdEc")


def versions() -> tuple[str, str]:
    """``(cldr_version, babel_version)``."""
    import babel
    from babel.core import get_cldr_version

    return str(get_cldr_version()), str(babel.__version__)


def _words(text: str) -> list[str]:
    """The words of a pattern literal: runs of letters and combining marks."""
    out: list[str] = []
    cur = ""
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] == "L" or (cat[0] == "M" and cur):
            cur += ch
        else:
            if cur:
                out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _long_enough(value: str) -> bool:
    """Not a lone Latin letter or digit (``a``, ``B``): too common to mean a date word."""
    return len(value) > 1 or (value.isalpha() and not value.isascii())


def _add(lst: list[str], value: str) -> None:
    value = value.strip()
    if _long_enough(value) and value not in lst:
        lst.append(value)


def _order(pattern: str) -> str:
    seen: list[str] = []
    for ch in re.sub(r"'[^']*'", "", pattern):
        key = {"y": "Y", "M": "M", "L": "M", "d": "D"}.get(ch)
        if key and key not in seen:
            seen.append(key)
    order = "".join(seen)
    return order if order in ("DMY", "MDY", "YMD") else "DMY"


def _date_patterns(loc: Any) -> list[str]:
    pats = [str(loc.date_formats[k].pattern) for k in ("full", "long", "medium", "short")]
    for skel, pat in loc.datetime_skeletons.items():
        if "y" in skel and set(skel) <= DATE_FIELDS:
            pats.append(str(pat.pattern))
    return pats


def _names(table: Any, count: int, start: int) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in range(count)]
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = table[ctx][width]
            for i in range(count):
                name = names.get(i + start)
                if name:
                    _add(out[i], str(name))
    return out


def _narrow(table: Any, count: int, start: int, have: list[list[str]]) -> None:
    for ctx in ("format", "stand-alone"):
        names = [str(table[ctx]["narrow"].get(i + start, "")) for i in range(count)]
        for i, name in enumerate(names):
            if len(name) > 1 and not name.isdigit() and names.count(name) == 1:
                _add(have[i], name)


def _unambiguous(groups: list[list[str]]) -> list[list[str]]:
    """Drop the names two groups share (compared case-insensitively, final dot ignored)."""

    def key(s: str) -> str:
        return s.casefold().rstrip(".")

    owners: dict[str, set[int]] = {}
    for i, names in enumerate(groups):
        for n in names:
            owners.setdefault(key(n), set()).add(i)
    return [[n for n in names if len(owners[key(n)]) == 1] for names in groups]


@functools.cache
def _regional_idents() -> dict[str, list[str]]:
    """``{language: [language_REGION, …]}`` of the regional locales (two-letter regions)."""
    from babel.core import localedata

    out: dict[str, list[str]] = {}
    for ident in sorted(localedata.locale_identifiers()):
        parts = ident.split("_")
        if len(parts) == 2 and len(parts[1]) == 2:
            out.setdefault(parts[0], []).append(ident)
    return out


def _add_regional(tag: str, months: list[list[str]], weekdays: list[list[str]]) -> None:
    """The month and weekday names of the language's regional locales (``fa_AF`` writes
    ``اپریل`` where ``fa`` writes ``آوریل``): after the language's own names."""
    from babel import Locale

    for ident in _regional_idents().get(tag, []):
        try:
            loc = Locale.parse(ident)
            names = (_names(loc.months, 12, 1), _names(loc.days, 7, 0))
        except Exception:  # a locale Babel cannot build is skipped
            continue
        for have, groups in zip((months, weekdays), names, strict=True):
            for i, group in enumerate(groups):
                for name in group:
                    _add(have[i], name)


LEGACY = ROOT / "scripts" / "data" / "cldr_legacy.json"


@functools.cache
def _legacy() -> dict[str, Any]:
    """Names of an older CLDR (``scripts/cldr_legacy_months.py``), or none."""
    if not LEGACY.exists():
        return {}
    return json.loads(LEGACY.read_text("utf-8"))["languages"]  # type: ignore[no-any-return]


def _add_legacy(tag: str, months: list[list[str]], weekdays: list[list[str]]) -> None:
    """The older CLDR's names of the language that the current one no longer lists (text
    written with them stays in catalogues): after the current names, never instead."""
    old = _legacy().get(tag.split("_")[0].split("-")[0])
    if not old:
        return
    for have, names in ((months, old["months"]), (weekdays, old["weekdays"])):
        for i, group in enumerate(names):
            for name in group:
                _add(have[i], name)


EXTRA = ROOT / "scripts" / "data" / "cldr_extra.toml"


@functools.cache
def _extra() -> dict[str, Any]:
    """The hand-written additions (``scripts/data/cldr_extra.toml``), or none."""
    if not EXTRA.exists():
        return {}
    import tomllib

    return tomllib.loads(EXTRA.read_text("utf-8"))


def _add_variants(tag: str, months: list[list[str]], weekdays: list[list[str]]) -> None:
    """The month and weekday names of the locales the language also reads (Bosnian reads
    the Serbian Latin ``avgust``): after its own."""
    from babel import Locale

    for ident in _extra().get("variants", {}).get(tag, []):
        loc = Locale.parse(ident)
        for have, groups in zip(
            (months, weekdays), (_names(loc.months, 12, 1), _names(loc.days, 7, 0)), strict=True
        ):
            for i, group in enumerate(groups):
                for name in group:
                    _add(have[i], name)


def _add_extra(
    tag: str, months: list[list[str]], weekdays: list[list[str]], glue: list[str]
) -> None:
    """The hand-written forms of the language (any script) and of its variants."""
    extra = _extra()
    langs = [tag, *extra.get("variants", {}).get(tag, [])]
    for lang in dict.fromkeys(t.split("_")[0] for t in langs):
        section = extra.get(lang, {})
        for have, groups in (
            (months, section.get("months", ())),
            (weekdays, section.get("weekdays", ())),
        ):
            for i, group in enumerate(groups):
                for name in group:
                    _add(have[i], name)
        for word in section.get("glue", ()):
            if word not in glue:
                glue.append(word)


def _extra_numbers(tag: str) -> dict[str, Any]:
    """The numerals and era years of the language (``scripts/data/cldr_extra.toml``)."""
    section = _extra().get(tag.split("_")[0], {})
    return {k: section[k] for k in ("numerals", "era_years", "first_year") if k in section}


def language_data(tag: str) -> dict[str, Any] | None:
    """The date data of one CLDR locale, or ``None`` without Gregorian month names."""
    from babel import Locale
    from babel.dates import tokenize_pattern

    loc = Locale.parse(tag)
    wide = loc.months["format"]["wide"]
    if len(wide) != 12 or any(re.fullmatch(r"M\d+", str(wide[i])) for i in range(1, 13)):
        return None
    months = _names(loc.months, 12, 1)
    _narrow(loc.months, 12, 1, months)
    weekdays = _names(loc.days, 7, 0)
    _add_regional(tag, months, weekdays)
    _add_legacy(tag, months, weekdays)
    own = {n for names in (*months, *weekdays) for n in names}  # for the detection index
    section = _extra().get(tag.split("_")[0], {})
    own.update(n for key in ("months", "weekdays") for g in section.get(key, ()) for n in g)
    _add_variants(tag, months, weekdays)
    glue: list[str] = []
    after: dict[str, list[str]] = {"y": [], "m": [], "d": []}
    before: dict[str, list[str]] = {"y": [], "m": [], "d": []}
    month_words = {n.casefold() for names in months for n in names}
    for pattern in _date_patterns(loc):
        parts = tokenize_pattern(pattern)
        for kind, value in parts:
            if kind != "chars":
                continue
            for w in _words(value):  # one letter too: lt "1987 m. kovo 11 d."
                if w.casefold() not in month_words and w not in glue:
                    glue.append(w)
        for i, (kind, value) in enumerate(parts):
            if kind != "field":
                continue
            letter, count = value
            role = {"y": "y", "M": "m", "L": "m", "d": "d"}.get(letter)
            if role is None:
                continue
            nxt = parts[i + 1] if i + 1 < len(parts) else None
            prev = parts[i - 1] if i > 0 else None
            if role == "m" and count >= 3 and prev and prev[0] == "chars":
                m = re.search(r"[^\W\d_]+$", str(prev[1]))
                if m:  # a prefix glued to the month name (he "d בMMMM y")
                    for names in months:
                        for n in list(names):
                            _add(names, m.group() + n)
            if role == "m" and count >= 3 and nxt and nxt[0] == "chars":
                suffix = str(nxt[1])
                m = re.match(r"[^\W\d_]+", suffix)
                if m:  # a suffix glued to the month name (mn MMMM'ын')
                    for names in months:
                        for n in list(names):
                            _add(names, n + m.group())
                continue
            if role == "m" and count >= 3:
                continue
            if nxt and nxt[0] == "chars":
                ws = _words(str(nxt[1]))
                if ws and str(nxt[1]).lstrip()[:1].isalpha():
                    _add(after[role], ws[0])
            if prev and prev[0] == "chars":
                ws = _words(str(prev[1]))
                if ws and str(prev[1]).rstrip()[-1:].isalpha():
                    _add(before[role], ws[-1])
    eras: list[str] = []
    for width in ("wide", "abbreviated", "narrow"):
        for i in (0, 1):
            name = loc.eras[width].get(i)
            if name:
                _add(eras, str(name))
    periods: list[str] = []
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated", "narrow"):
            for name in loc.day_periods[ctx][width].values():
                _add(periods, str(name))
    _add_extra(tag, months, weekdays, glue)
    for names in months:  # ca "de gener": "de" before a bare "gener" is glue too
        bare = {n.casefold() for n in names}
        for n in names:
            head, _, rest = n.partition(" ")
            if rest and rest.casefold() in bare and head.casefold() not in month_words:
                _add(glue, head)
    marks = {w.casefold() for w in glue}
    weekdays = [[n for n in names if n.casefold() not in marks] for names in weekdays]
    out: dict[str, Any] = {
        "order": _order(str(loc.date_formats["short"].pattern)),
        "months": _unambiguous(months),
        "weekdays": _unambiguous(weekdays),
        "eras": eras,
        "periods": periods,
        "glue": glue,
        "after": {k: v for k, v in after.items() if v},
        "before": {k: v for k, v in before.items() if v},
        **_extra_numbers(tag),
        "_own": own,
    }
    return out


def _file_tag(identifier: str) -> str:
    return identifier.replace("_", "-")


def languages() -> list[str]:
    """Babel identifiers of every language (and language-script) without a territory."""
    from babel.core import localedata

    out = []
    for ident in sorted(localedata.locale_identifiers()):
        parts = ident.split("_")
        if ident == "root" or (len(parts) == 2 and len(parts[1]) != 4) or len(parts) > 2:
            continue
        out.append(ident)
    return out


def _region_orders(base: Iterable[str]) -> dict[str, dict[str, str]]:
    """``{language: {REGION: order}}`` where a regional locale's order differs."""
    from babel import Locale
    from babel.core import localedata

    known = set(base)
    out: dict[str, dict[str, str]] = {}
    for ident in sorted(localedata.locale_identifiers()):
        parts = ident.split("_")
        if len(parts) != 2 or len(parts[1]) == 4 or parts[0] not in known:
            continue
        try:
            order = _order(str(Locale.parse(ident).date_formats["short"].pattern))
            base_order = _order(str(Locale.parse(parts[0]).date_formats["short"].pattern))
        except Exception:  # a locale Babel cannot build is skipped
            continue
        if order != base_order:
            out.setdefault(parts[0], {})[parts[1]] = order
    return out


def build() -> dict[str, str]:
    """``{file name: content}`` of the whole generated folder."""
    cldr_v, babel_v = versions()
    files: dict[str, str] = {}
    index: dict[str, list[str]] = {}
    idents = languages()
    regions = _region_orders(idents)
    tags: list[str] = []
    for ident in idents:
        data = language_data(ident)
        if data is None:
            continue
        tag = _file_tag(ident)
        if ident in regions:
            data["regions"] = regions[ident]
        tags.append(tag)
        own = data.pop("_own")
        files[f"{tag}.json"] = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
        for group in (*data["months"], *data["weekdays"]):
            for name in (n for n in group if n in own):  # not the names of its variants
                # (keyed at run time, by the tokenizer of that Python)
                lst = index.setdefault(name, [])
                if tag not in lst:
                    lst.append(tag)
    meta = {
        "source": f"CLDR {cldr_v} via Babel {babel_v}, scripts/cldr_dates.py",
        "languages": tags,
        "words": {k: " ".join(v) for k, v in sorted(index.items())},
    }
    files["index.json"] = json.dumps(meta, ensure_ascii=False, separators=(",", ":")) + "\n"
    return files


def doc_block(tags: list[str]) -> str:
    """The list of languages for ``docs/dates.md`` (between the two markers)."""
    from babel import Locale

    items = [
        f"`{tag}` {Locale.parse(tag.replace('-', '_')).get_display_name('en')}" for tag in tags
    ]
    cldr_v, babel_v = versions()
    return (
        f"{DOC_START}\n{len(tags)} languages (CLDR {cldr_v} via Babel {babel_v}, written by "
        f"`scripts/cldr_dates.py`):\n\n" + ";\n".join(items) + ".\n" + DOC_END
    )


def doc_text(old: str, tags: list[str]) -> str:
    """``docs/dates.md`` with its language list replaced (added at the end if missing)."""
    block = doc_block(tags)
    if DOC_START in old and DOC_END in old:
        head, rest = old.split(DOC_START, 1)
        return head + block + rest.split(DOC_END, 1)[1]
    return old.rstrip("\n") + "\n\n" + block + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the files, write nothing")
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    args = ap.parse_args(argv)
    files = build()
    tags = json.loads(files["index.json"])["languages"]
    doc_old = DOC.read_text("utf-8")
    doc_new = doc_text(doc_old, tags)
    out: Path = args.out
    existing = {p.name for p in out.glob("*.json")} if out.exists() else set()
    if args.check:
        bad = sorted(
            name
            for name, text in files.items()
            if not (out / name).exists() or (out / name).read_text("utf-8") != text
        ) + sorted(existing - set(files))
        if doc_new != doc_old:
            bad.append(str(DOC))
        for name in bad:
            print(f"out of date: {name}")
        return 1 if bad else 0
    out.mkdir(parents=True, exist_ok=True)
    for name in existing - set(files):
        (out / name).unlink()
    for name, text in files.items():
        path = out / name
        if not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, encoding="utf-8")
    if doc_new != doc_old:
        DOC.write_text(doc_new, encoding="utf-8")
    print(f"{len(files) - 1} languages in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
