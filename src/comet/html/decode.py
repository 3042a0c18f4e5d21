"""Bytes to text as a browser decodes them: byte-order mark, then the declared charset,
then UTF-8, then windows-1252 (the web's legacy default).

A declaration that the bytes contradict (``charset=utf-8`` on a windows-1252 file, as old
captures often are) is overridden, with a diagnostic; a few broken sequences in otherwise
valid UTF-8 (a character cut mid-sequence) are replaced by U+FFFD, as browsers do.
"""

from __future__ import annotations

import codecs
import re

from comet.diagnostics import Diagnostic, Severity

__all__ = ["decode_html"]

#: How far a browser's pre-scan looks for ``<meta charset>`` (bytes).
PRESCAN_BYTES = 1024 * 4

#: Broken UTF-8 sequences tolerated (replaced) in bytes that are otherwise UTF-8 (that hold
#: valid multi-byte characters too) before the bytes are read as windows-1252.
MAX_UTF8_ERRORS = 2

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))  # fmt: skip

_MULTIBYTE = re.compile("[^\x00-\x7f\ufffd]")

_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)

#: Labels browsers treat as windows-1252 (the WHATWG Encoding Standard).
_AS_1252 = {"iso-8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso8859-1",
            "cp1252", "windows-1252", "x-cp1252"}  # fmt: skip


def _declared(head: bytes) -> str | None:
    m = _CHARSET.search(head)
    if m is None:
        return None
    label = m.group(1).decode("ascii", "replace").strip().lower()
    if label in _AS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _utf8_errors(data: bytes, limit: int) -> int:
    count, start = 0, 0
    while count <= limit:
        try:
            data[start:].decode("utf-8")
            return count
        except UnicodeDecodeError as exc:
            count += 1
            start += exc.end
    return count


def decode_html(data: bytes) -> tuple[str, tuple[Diagnostic, ...]]:
    """Decode an HTML page's bytes; the text and what was decided.

    >>> decode_html(b'<meta charset="utf-8"><p>caf\\xc3\\xa9')[0][-4:]
    'café'
    >>> text, diags = decode_html(b'<meta charset="utf-8"><p>caf\\xe9 cr\\xe8me br\\xfbl\\xe9e')
    >>> text[-17:], diags[0].code
    ('café crème brûlée', 'charset-overridden')
    """
    text, diags, _ = decode_bytes(data)
    return text, diags


def decode_bytes(data: bytes) -> tuple[str, tuple[Diagnostic, ...], bool]:
    """:func:`decode_html`, and whether the text is the bytes read as UTF-8 (the bytes are
    then the text's UTF-8 form: an HTML parser may read them as they are)."""
    diags: list[Diagnostic] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, "replace"), (), False
    declared = _declared(data[:PRESCAN_BYTES])
    if declared is not None and declared not in ("utf-8", "cp1252"):
        try:
            return data.decode(declared), (), False
        except (UnicodeDecodeError, LookupError):
            diags.append(Diagnostic("charset-overridden", f"the bytes are not valid {declared} "
                                    "as declared; decoded as UTF-8 or windows-1252 instead",
                                    None, Severity.WARNING))  # fmt: skip
            declared = None
    if declared == "cp1252":
        return data.decode("cp1252", "replace"), (), False
    try:  # valid UTF-8 (most pages): decoded once
        return data.decode("utf-8"), tuple(diags), True
    except UnicodeDecodeError:
        pass
    errors = _utf8_errors(data, MAX_UTF8_ERRORS)
    as_utf8 = data.decode("utf-8", "replace")
    if errors <= MAX_UTF8_ERRORS and _MULTIBYTE.search(as_utf8):
        diags.append(Diagnostic("replaced-bytes", f"{errors} broken UTF-8 sequence(s) replaced "
                                "by U+FFFD", None, Severity.WARNING))  # fmt: skip
        return as_utf8, tuple(diags), False
    said = f"declared {declared}" if declared else "no charset declared"
    diags.append(Diagnostic("charset-overridden", f"{said}, but the bytes are not UTF-8: "
                            "decoded as windows-1252", None, Severity.WARNING))  # fmt: skip
    return data.decode("cp1252", "replace"), tuple(diags), False
