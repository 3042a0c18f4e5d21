"""The keys of one COinS span read by what they name in it.

OpenURL's KEV formats name a work's container with keys whose meaning depends on the span:
in a span that gives a part's own title (``rft.atitle``: an article, a chapter, a paper in
proceedings), ``rft.btitle`` is the title of the book the part is in, and ``rft.title`` (the
formats' older key for the journal's or the book's title) the container's too; in a span
of a whole book or thesis they are the work's own title.  ``[coins]`` of ``tags.toml``
names the part's key and the name each whole's key is read under.
"""

from __future__ import annotations

from comet.html.table import tag_table

__all__ = ["whole_titles"]


def whole_titles(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pairs`` (one span's keys and values) with the keys that name the whole a part is
    in renamed (``[coins] wholes``), where the span names the part's title.

    >>> whole_titles([("rft.atitle", "On Frost"), ("rft.btitle", "Cold Soils")])
    [('rft.atitle', 'On Frost'), ('rft.btitle.whole', 'Cold Soils')]
    >>> whole_titles([("rft.btitle", "Cold Soils")])
    [('rft.btitle', 'Cold Soils')]
    """
    table = tag_table()
    if not table.coins_wholes or not any(
        k.lower() == table.coins_part and v.strip() for k, v in pairs
    ):
        return pairs
    return [(table.coins_wholes.get(k.lower(), k), v) for k, v in pairs]
