"""A book's record with a stray volume or issue is no journal article (every case
invented): an ISBN with no ISSN or DOI makes a container, a volume or an issue read on a
catalogue's or a shop's page no journal's sign; a journal's volume, issue and page range
with a reviewed book's ISBN, or an ISSN beside the ISBN, keep the article."""

from __future__ import annotations

from comet import parse_record

ALBUM = """La Saison des roseaux
Série : Les Contes du marais
Tome : 6
Titre : La Saison des roseaux
Scénario : Lowry, Hester
Dessin : Quill, Barnaby
Dépot légal : 10/2002
Editeur : Éditions du Marais
Collection : Terres de Roseaux
ISBN : 2-84055-742-8
Planches : 46
Currently 4.5/5
"""

REVIEW = """Fen Studies Review
Vol. 12, No. 3 (2019), pp. 45-67
The Reed Warbler's Year, by Hester Lowry
Reviewed by Barnaby Quill
Marshtown: Fen Press, 2015. 288 pp. ISBN 978-1-23456-789-7.
Lowry's book follows one pair of warblers through a year in the reed beds of the northern \
fens, and it does so with a patience that few field guides can match, though the maps are poor.
"""


def test_an_albums_record_with_a_stray_volume_is_a_book() -> None:
    assert parse_record(ALBUM).csl_type == "book"


def test_a_journals_review_with_the_books_isbn_stays_an_article() -> None:
    # near miss: the journal's volume, issue and page range, the reviewed book's ISBN
    assert parse_record(REVIEW).csl_type == "article-journal"


def test_an_issn_beside_the_isbn_keeps_the_journal() -> None:
    # near miss: an ISSN says the record is a periodical's
    text = ALBUM.replace("Planches : 46\n", "ISSN : 1234-5679\n")
    assert parse_record(text).csl_type != "book"
