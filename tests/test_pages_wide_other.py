"""Shapes of blog posts, reviews and reference-work entries (issue #13, kind ``other``).

Every page here is invented (names, titles, works): the shapes are those found on many
sites of the local ``other`` page set, never their text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record

PROSE_DE = (
    "Die Kettenbrücke ist eine Hängebrücke, deren Fahrbahn an Ketten aus Eisengliedern hängt "
    "und die im neunzehnten Jahrhundert an vielen Flüssen gebaut wurde, weil sie mit wenig "
    "Material große Weiten überspannen konnte."
)


def test_wiki_tagline_names_the_reference_work() -> None:
    rec = parse_record(f"Kettenbrücke\nAus Musterpedia, der freien Enzyklopädie\n{PROSE_DE}\n")
    csl = rec.to_csl()
    assert csl["title"] == "Kettenbrücke"
    assert csl["container-title"] == "Musterpedia"
    assert csl["type"] == "entry-encyclopedia"


def test_one_word_title_over_the_works_line() -> None:
    page = (
        "Flussaue\nAus Musterpedia, der freien Enzyklopädie\n"
        "Dies ist eine alte Version dieser Seite, zuletzt bearbeitet am 2. Mai 2020.\n\n"
        "Eine Aue ist die flache Niederung entlang eines Flusses, die bei Hochwasser "
        "überflutet wird und deshalb feuchte Wiesen und Wälder trägt.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Flussaue"
    assert csl["container-title"] == "Musterpedia"


def test_from_line_alone_needs_a_reference_works_interface() -> None:
    page = (
        "Flussbett: Unterschied zwischen den Versionen\n\nAus Wasserlexikon 2010\n"
        "Version vom 3. Mai 2021, 10:00 Uhr\n\nvon Anna Beispiel\n\n"
        "1. Begriff\n\nEin Flussbett ist die Rinne, in der ein Fluss fließt; seine Form hängt "
        "von der Strömung, dem Gefälle und dem Gestein ab, das er mit sich führt.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Flussbett"
    assert csl["container-title"] == "Wasserlexikon 2010"
    assert csl["type"] == "entry-encyclopedia"
    # the same line on a page without such an interface names nothing
    plain = parse_record("Ein Bericht\n\nAus Wasserlexikon 2010\n\n" + PROSE_DE).to_csl()
    assert "container-title" not in plain
    assert plain["type"] not in ("entry-encyclopedia", "entry-dictionary")


def test_dictionary_sections_make_a_dictionary_entry() -> None:
    page = (
        "girouette\nÉtymologie\n- Du vieux français girouet, d’origine incertaine.\n"
        "Nom commun\n- Plaque de métal mobile qui indique la direction du vent sur un toit.\n"
        "Synonymes\n- manche à air\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "girouette"
    assert csl["type"] == "entry-dictionary"


def test_site_words_around_a_headword_are_dropped() -> None:
    page = (
        "Dijkpaal betekenis & definitie\n\n"
        "Dijkpaal is een paal die langs een dijk de afstand in hectometers aangeeft voor "
        "wie de dijk onderhoudt of er overheen fietst.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Dijkpaal"
    assert csl["type"] in ("entry-encyclopedia", "entry-dictionary")


def test_dictionary_word_in_the_definition_is_no_dictionary() -> None:
    page = (
        "Randnotiz\n\nEine Randnotiz ist ein kurzer Vermerk am Rand einer Seite, wie ihn "
        "Leser in ein Wörterbuch oder ein Lehrbuch schreiben, um eine Stelle wiederzufinden.\n"
    )
    assert parse_record(page).to_csl()["type"] == "entry-encyclopedia"


def test_review_title_names_the_reviewed_book() -> None:
    page = (
        "12.3.19\n\nResenha: O Jardim das Abelhas\n\n"
        "O Jardim das Abelhas, de Marta Quintela.\n  • Editora: Casa Exemplo\n"
        "  • Páginas: 312\n\nUma história sobre uma aldeia onde as abelhas decidem quem fica "
        "e quem parte, contada com humor e com uma paciência rara nos romances de estreia.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "review-book"
    assert csl["reviewed-title"] == "O Jardim das Abelhas"
    assert [p["family"] for p in csl["reviewed-author"]] == ["Quintela"]
    assert "author" not in csl


def test_quoted_title_under_a_review_word() -> None:
    page = (
        "Recensioni\n\n“Il ponte sul lago” di Carla Benvenuti\n\nBuongiorno lettori!\n\n"
        "Oggi vi parlo di un romanzo breve che racconta un paese di pescatori e il ponte che "
        "per trent’anni nessuno ha avuto il coraggio di finire.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "review-book"
    assert csl["reviewed-title"] == "Il ponte sul lago"
    assert [p["family"] for p in csl["reviewed-author"]] == ["Benvenuti"]


def test_name_by_its_dateline_is_a_byline() -> None:
    page = (
        "Civile\nilCivilista\n\nUsucapione\n\nMarta Ricci\n12 Marzo 2019\n\n"
        "L’usucapione è un modo di acquisto della proprietà che si compie con il possesso "
        "continuato di un bene per il tempo stabilito dalla legge, senza interruzioni.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Usucapione"
    assert csl["author"][0]["given"] == "Marta"


def test_platform_menu_in_one_line_is_no_title() -> None:
    page = (
        "Ressources Portail Nos sites Portail Livres Portail Revues Portail Carnets Agenda "
        "Suivez-nous\n\nLes archives d’un moulin à papier\n\nCe billet présente les registres "
        "d’un moulin à papier retrouvés dans un grenier, et ce qu’ils disent du métier.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Les archives d’un moulin à papier"
    assert csl["type"] == "post-weblog"


_WORDS = st.sampled_from(
    ["Resenha:", "Recensione di", "Rezension:", "Aus", "Étymologie", "Synonymes", "“", "”",
     "de", "di", "Ana", "Ruiz", "Livro", "betekenis", "definitie", "12 Marzo 2019", "\n",
     "Unterschied zwischen den Versionen", ":", "Version vom", "Lexikon,"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_shapes_never_crash_and_take_only_page_text(text: str) -> None:
    rec = parse_record(text)
    csl = rec.to_csl()
    for key in ("title", "reviewed-title", "container-title"):
        words = re.findall(r"\w+", str(csl.get(key) or ""))
        assert all(w in text for w in words)


def test_page_number_after_a_title_is_dropped() -> None:
    page = (
        "So reisen wir morgen! – Seite 1\n\nAm Morgen eines grauen Tages stieg die Gruppe in "
        "den Zug nach Norden, und niemand wusste, dass die Strecke seit Wochen gesperrt war.\n"
    )
    assert parse_record(page).to_csl()["title"] == "So reisen wir morgen!"


def test_title_ending_in_a_site_word_keeps_it() -> None:
    # 'Meaning' / 'Bedeutung' close many dictionary sites' headword lines; a title ending in
    # them whose prose repeats the whole title keeps the word (and is no entry)
    for title, prose in (
        ("The Meaning", "The meaning of a fable changes with every reader who retells it"),
        ("Rivers and Their Meaning", "Rivers and their meaning for the towns along them"),
        ("Ohne Bedeutung", "Ohne Bedeutung bleibt ein Zeichen nur eine Linie auf dem Papier"),
    ):
        csl = parse_record(f"{title}\n\n{prose}, as the old essays say.\n").to_csl()
        assert csl["title"] == title


def test_reference_works_kind_after_a_colon_stays_in_the_title() -> None:
    # only a wiki's revision phrases are an interface tail, never a work's kind
    for title in ("Atlas of Inland Waters: Encyclopedia", "Filmgeschichte: Lexikon"):
        page = f"{title}\n\nEdited by Ana Ruiz\n\n{PROSE_DE}\n"
        assert parse_record(page).to_csl()["title"] == title


def test_name_with_a_from_particle_is_no_source_line() -> None:
    # 'De Roos' / 'Da Ponte' / 'From The Editors' open with a from-word, but no revision
    # line stands under them: no container, no entry
    for head, line, prose in (
        ("Enciclopedia dell'arte", "Da Ponte", "Lorenzo da Ponte fu un librettista veneto"),
        ("Encyclopédie des marins", "De Roos", "Jan de Roos est un navigateur né à Brest"),
        ("Dictionary Thesaurus Games", "From The Editors", "Every language ends a talk"),
    ):
        page = f"{head}\n{line}\n{prose}, and the story goes on for many more words here.\n"
        csl = parse_record(page).to_csl()
        assert "container-title" not in csl
        assert csl["type"] not in ("entry-encyclopedia", "entry-dictionary")


def test_apostrophe_in_the_authors_name_does_not_close_the_quote() -> None:
    page = (
        "Recensioni\n\n‘La casa sul molo’ di Marta D’Orazio\n\nBuongiorno lettori!\n\n"
        "Oggi vi parlo di un romanzo breve che racconta un paese di pescatori e la casa che "
        "per trent’anni nessuno ha avuto il coraggio di abitare.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["reviewed-title"] == "La casa sul molo"
    assert [p["family"] for p in csl["reviewed-author"]] == ["D’Orazio"]


def test_review_word_opening_a_title_needs_a_book() -> None:
    # minutes ('Compte rendu de …') and a bare 'Recensione di' name no reviewed book: the
    # review word is no label, and neither the book's line nor quotes confirm one
    for title, prose in (
        ("Compte rendu de la séance du comité des fêtes", "Le comité s'est réuni à vingt heures"),
        ("Compte rendu du conseil de classe", "Le conseil de classe s'est tenu mardi soir"),
        ("Recensione di", "Qui trovate tutte le nostre letture dell'anno in ordine di data"),
    ):
        page = f"{title}\n\n{prose}, and the text goes on for many more words after that.\n"
        csl = parse_record(page).to_csl()
        assert csl["type"] != "review-book"
        assert "reviewed-title" not in csl


def test_start_case_title_repeating_function_words_is_no_menu() -> None:
    title = "The Rise And Fall Of The Baker Who Fed The Town On A Single Oven"
    page = (
        f"{title}\n\nBy Ana Ruiz\n\nIt was a cold morning in March when the baker who "
        "would later feed the whole town first lit his oven in a small back street.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == title
    assert [p["family"] for p in csl["author"]] == ["Ruiz"]


def test_part_of_speech_headings_alone_make_no_dictionary() -> None:
    pages = (
        "Word Classes for Beginners\nPosted on 3 May 2021 by Ana Ruiz\nNoun\n"
        "A noun names a person, a place or a thing, and it can be the subject of a clause.\n"
        "Verb\nA verb names an action or a state and agrees with its subject in number.\n",
        "Écrire une bonne conclusion\nPar Marie Dupont\nExemples\nVoici trois conclusions "
        "d'élèves, commentées une par une, pour voir ce qui marche et ce qui ne marche pas.\n"
        "Citations\nQuelques phrases d'auteurs sur l'art de finir un texte.\n",
    )
    for page in pages:
        assert parse_record(page).to_csl()["type"] != "entry-dictionary"


def test_reviewed_books_isbn_and_page_count_are_not_the_reviews() -> None:
    page = (
        "12.3.19\n\nResenha: A Casa das Marés\n\n"
        "A Casa das Marés, de Rui Calado.\n  • Editora: Casa Inventada\n"
        "  • ISBN: 978-3-16-148410-0\n  • Páginas: 248\n\nUma história sobre uma vila onde "
        "as marés decidem quem fica e quem parte, contada com humor e com uma paciência rara.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "review-book"
    assert csl["reviewed-title"] == "A Casa das Marés"
    assert not {"ISBN", "number-of-pages", "publisher"} & csl.keys()


def test_short_title_over_its_date_stays_the_title() -> None:
    page = (
        "Red Scarves and Me\n3 May 2021\n\nIt was a cold morning when the march began, and "
        "nobody on our street knew what the red scarves would come to mean for the town.\n"
    )
    assert parse_record(page).to_csl()["title"] == "Red Scarves and Me"


def test_reviewed_by_line_names_the_reviews_author() -> None:
    page = (
        "Reseñado por Ana Ruiz\n\nReseña: El huerto\n\nUna novela sobre un huerto que "
        "crece cada noche un poco más cerca de la casa de una familia de pescadores.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "review-book"
    assert [p["family"] for p in csl["author"]] == ["Ruiz"]


def test_page_calling_itself_a_blog_post_is_a_post() -> None:
    page = (
        "Notes from the Garden Shed\n\nIn this blog post I look back on a year of growing "
        "beans in pots on a narrow balcony, and what the neighbours said about it.\n"
    )
    assert parse_record(page).to_csl()["type"] == "post-weblog"
