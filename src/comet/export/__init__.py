"""Records out: CSL-JSON (the citation ecosystem's format), RIS and BibTeX.

Every exporter works on CSL-JSON item dicts, so :class:`comet.Record` and
:class:`comet.Reference` share them: ``record.to_csl()`` gives the item,
:func:`comet.export.ris.dumps` and :func:`comet.export.bibtex.dumps` turn items
into text, and :func:`~comet.export.bibtex.loads` / :func:`~comet.export.ris.loads`
read such blocks back (parse_record uses them for citation blocks printed on pages).
"""

from __future__ import annotations

from comet.export import bibtex, csl, ris

__all__ = ["bibtex", "csl", "ris"]
