"""Record formats: CSL-JSON (the citation ecosystem's format), RIS, BibTeX and Refer/EndNote,
read and written.

Every writer and reader works on CSL-JSON item dicts, so :class:`comet.Record` and
:class:`comet.Reference` share them: ``record.to_csl()`` gives the item,
:func:`comet.formats.ris.dumps` and :func:`comet.formats.bibtex.dumps` turn items
into text, and :func:`~comet.formats.bibtex.loads` / :func:`~comet.formats.ris.loads`
read such blocks back (parse_record uses them for citation blocks printed on pages).
The layer sits below :mod:`comet.page`, which imports it; ``comet.export`` is its old,
deprecated name.
"""

from __future__ import annotations

from comet.formats import bibtex, csl, refer, ris

__all__ = ["bibtex", "csl", "refer", "ris"]
