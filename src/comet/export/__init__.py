"""Deprecated alias of :mod:`comet.formats` (the readers and writers moved there).

``import comet.export`` (or one of ``comet.export.bibtex``, ``.csl``, ``.ris``) still
works and gives the same objects, with a :class:`DeprecationWarning`; it goes in a
later release.
"""

from __future__ import annotations

import warnings

from comet.formats import bibtex, csl, ris

warnings.warn(
    "comet.export is deprecated: import comet.formats (same modules, same names)",
    DeprecationWarning,
    stacklevel=2,
)

__all__ = ["bibtex", "csl", "ris"]
