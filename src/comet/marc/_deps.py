"""The optional dependency of :mod:`comet.marc`: pymarc (``pip install comet-meta[marc]``)."""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["MissingExtraError", "require_pymarc"]


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


@functools.cache
def require_pymarc() -> Any:
    """The ``pymarc`` module, or :class:`MissingExtraError` naming the ``marc`` extra."""
    try:
        import pymarc
    except ImportError as exc:  # pragma: no cover - exercised with the extra uninstalled
        raise MissingExtraError(
            "comet.marc needs pymarc: install the extra with `pip install 'comet-meta[marc]'`"
        ) from exc
    return pymarc


def marc8_to_unicode(data: bytes) -> str:
    """MARC-8 bytes as text (pymarc's converter, quiet: unknown bytes are skipped).

    pymarc's converter raises on some broken escape sequences (an escape byte that ends the
    data); such data is read again without its escape bytes, in the default character sets,
    rather than failing the record.
    """
    from pymarc.marc8 import MARC8ToUnicode

    require_pymarc()
    try:
        return str(MARC8ToUnicode(quiet=True).translate(data))  # type: ignore[no-untyped-call]
    except (TypeError, ValueError, IndexError, KeyError):
        plain = data.replace(b"\x1b", b"")
        return str(MARC8ToUnicode(quiet=True).translate(plain))  # type: ignore[no-untyped-call]
