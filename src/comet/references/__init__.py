"""Reference strings and reference lists: ``parse_reference`` and ``parse_references``.

APA, Harvard, Vancouver, Chicago, MLA, numbered and compact physics styles, and the house
styles of publisher pages, in English, Scandinavian, German and French.  The names, dates,
pages and DOIs inside a reference are read by the project's own field parsers.

>>> ref = parse_reference(
...     "Jaspers, S., & Steen, T. (2019). Realizing public values: enhancement or "
...     "obstruction? Exploring value tensions and coping strategies in the co-production "
...     "of social care. Public Management Review, 21(4), 606–627."
...     "10.1080/14719037.2018.1508608 Search in Google Scholar")
>>> [a.family for a in ref.authors]
['Jaspers', 'Steen']
>>> ref.issued.year, ref.container_title, ref.volume, ref.issue, str(ref.pages)
(2019, 'Public Management Review', '21', '4', '606-627')
>>> str(ref.doi)
'10.1080/14719037.2018.1508608'
>>> [d.code for d in ref.diagnostics][:1]
['removed-link-text']
"""

from __future__ import annotations

from comet.references.model import Reference, ReferenceList
from comet.references.parse import MAX_LENGTH, parse_reference
from comet.references.split import MAX_BLOCK_LENGTH, parse_references, split_references

__all__ = [
    "MAX_BLOCK_LENGTH",
    "MAX_LENGTH",
    "Reference",
    "ReferenceList",
    "parse_reference",
    "parse_references",
    "split_references",
]
