"""Month and weekday names of an *older* CLDR release that today's CLDR no longer lists.

CLDR revises names (Sinhala, Somali, Persian, Amharic … changed theirs after CLDR 37), but
text written with the older names stays in catalogues for decades. This script, run with an
older Babel, writes those names (only the ones the current CLDR lacks is decided later, by
``scripts/cldr_dates.py``, which merges them into the generated data)::

    python3 -m venv /tmp/oldbabel && /tmp/oldbabel/bin/pip install babel==2.9.1   # CLDR 37
    /tmp/oldbabel/bin/python scripts/cldr_legacy_months.py    # writes scripts/data/cldr_legacy.json
    python scripts/cldr_dates.py                                # merges them (current Babel)

The output is an input of the generator, committed with it, so ``cldr_dates.py --check``
stays reproducible with the current Babel alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "data" / "cldr_legacy.json"


def _names(table: Any, count: int, start: int) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in range(count)]
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = table[ctx][width]
            for i in range(count):
                name = str(names.get(i + start) or "")
                if name and name not in out[i]:
                    out[i].append(name)
    return out


def main() -> int:
    import babel
    from babel import Locale, localedata

    data: dict[str, Any] = {}
    for ident in sorted(localedata.locale_identifiers()):
        if "_" in ident:
            continue  # languages only: regional variants share the language's names
        loc = Locale.parse(ident)
        wide = loc.months["format"]["wide"]
        if len(wide) != 12:
            continue
        data[ident] = {"months": _names(loc.months, 12, 1), "weekdays": _names(loc.days, 7, 0)}
    meta = {"source": f"CLDR of Babel {babel.__version__}"}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {"meta": meta, "languages": data},
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(data)} languages of {meta['source']} in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
