"""The text of a JSON-LD block read as JSON, leniently: a trailing comma or a comment
(``jstyleson``), and JSON a page template wrote HTML-escaped inside its ``<script>``
(``{&quot;@type&quot;: &quot;Book&quot;}``: a browser does not unescape a script, the
template's author meant the JSON)."""

from __future__ import annotations

import html
import json
from typing import Any


def _load_json(text: str) -> tuple[Any, str | None]:
    try:
        return json.loads(text), None
    except RecursionError:
        return None, "nested too deeply"
    except ValueError as exc:
        if "&quot;" in text:  # JSON a template wrote HTML-escaped (&quot;@type&quot;)
            return _load_json(html.unescape(text))
        try:  # a trailing comma or a comment: read leniently once
            import jstyleson

            return jstyleson.loads(text), None
        except Exception:
            return None, str(exc)[:80]
