"""Types a record's own labels and parts imply where nothing names one
(``comet.page.type_records``): a book's imprint labelled (a publisher's label beside a
series', a place's or an edition's), an abstract by the work's authors in a named container.
Invented pages."""

from __future__ import annotations

from comet import parse_record

SHOP_IT = (
    "Le maree di Porto Salso. Storie di un porto\n"
    "«Un racconto lungo delle maree e delle barche che le seguono, da un secolo all'altro, "
    "scritto con pazienza e con una certa ironia per chi ama il mare e le sue storie.»\n"
    "-\nAutore:\nMarta Bellini\n-\nEditore:\nEdizioni del Faro\n-\nCollana:\nI Gabbiani\n"
    "-\nAnno edizione:2019\n"
)

ARCHIVE_EN = (
    "TITLE:\nThe accurate title of the item.\nA Harbour in Winter: A Comedy in Two Acts\n"
    "AUTHOR:\nThe name of the author.\nTobias Wren\n"
    "PUBLISHER:\nThe name of the publisher.\nGull & Pike\n"
    "BOOK SERIES:\nThe name of the series.\nPlays of the Coast\n"
    "PUBLICATION YEAR:\nThe date of publication.\n1903\n"
    "PUBLICATION PLACE:\nThe place of publication.\nPortsalt\n"
    "NOTE:\nNotes about the item.\nThe last leaf of the copy is torn and a former owner "
    "wrote a long dedication in pencil on the inside of the front board, now faded.\n"
)


def test_a_shop_s_imprint_labels_make_a_book() -> None:
    csl = parse_record(SHOP_IT).to_csl()
    assert csl["type"] == "book"


def test_an_archive_s_record_table_makes_a_book() -> None:
    csl = parse_record(ARCHIVE_EN).to_csl()
    assert csl["type"] == "book"


def test_a_publisher_label_alone_makes_no_book() -> None:
    # (negative) a news story's 'Publisher' credit without a series, place or edition label
    text = (
        "Harbour council votes to dredge the channel\n\nBy Ana Ruiz\n\n"
        "The council voted on Tuesday to dredge the old channel before the autumn storms, "
        "after three years of talks with the fishing crews and the ferry company.\n"
        "Publisher:\nPortsalt Daily Media\n"
    )
    assert parse_record(text).to_csl().get("type") != "book"


def test_a_journal_label_keeps_an_article() -> None:
    # (negative) a publisher and a place labelled beside a journal's label: an article's record
    text = (
        "Salt marsh grasses after the storm\nAuthor: Ana Ruiz\nJournal: Coastal Notes\n"
        "Publisher: Harbour Light Press\nPlace of publication: Portsalt\nYear: 2011\n"
    )
    assert parse_record(text).to_csl().get("type") != "book"


def test_a_thesis_record_s_imprint_stays_a_thesis_s() -> None:
    # (negative) a thesis's record labels its supervisor: no book
    text = (
        "Salt marsh grasses after the storm\nAuthor: Ana Ruiz\nSupervisor: Jonas Brandt\n"
        "Publisher: University of Portsalt\nPlace of publication: Portsalt\nYear: 2011\n"
    )
    assert parse_record(text).to_csl().get("type") != "book"


ABSTRACT_FR = (
    "Cahiers du Littoral | Cahiers du Littoral 12. Les ports | Dossier | Les quais oubliés\n\n"
    "Marta Bellini :\n\nLes quais oubliés de Porto Salso\n\nRésumé\n\n"
    "Les quais du vieux port ont été oubliés par les historiens, qui ont préféré les grands "
    "ports de commerce ; cet article reprend les archives de la capitainerie.\n\n"
    "Texte intégral\n\nLes quais du vieux port furent construits au XVIIe siècle par les "
    "marchands de sel, qui y déchargeaient les barques venues des marais.\n"
)


def test_an_abstract_in_a_named_container_is_a_journal_article() -> None:
    csl = parse_record(ABSTRACT_FR).to_csl()
    assert csl.get("container-title") == "Cahiers du Littoral"
    assert csl["type"] == "article-journal"


def test_an_abstract_without_a_container_names_no_article() -> None:
    # (negative) the same page without the running head that names the periodical
    text = ABSTRACT_FR.split("\n\n", 1)[1]
    csl = parse_record(text).to_csl()
    assert "container-title" not in csl
    assert csl.get("type") != "article-journal"


def test_a_doi_under_a_masthead_names_no_article() -> None:
    # (negative) a DOI and an abstract under a site's masthead: a preprint server's page too
    text = ABSTRACT_FR.replace("Résumé\n", "DOI : 10.5555/cdl.2020.118\n\nRésumé\n")
    csl = parse_record(text).to_csl()
    assert csl.get("DOI") == "10.5555/cdl.2020.118"
    assert csl.get("type") != "article-journal"
