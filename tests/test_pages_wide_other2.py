"""Shapes of blog posts, magazine articles, reviews and entries from fresh sites (issue #13,
kind ``other``, second wide set).

Every page here is invented (names, titles, works): the shapes are those found on many
sites of the local ``other2`` page set, never their text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record

#: Portuguese prose whose sentences open with one-letter and accented words ('O', 'À')
PROSE_PT = (
    "Quem acompanha a questão da água nas cidades do interior sabe que o abastecimento "
    "depende de poços antigos e de chuvas cada vez mais raras nas serras. O problema "
    "agravou-se nos últimos anos com a expansão das plantações irrigadas.\n"
    "À medida que os reservatórios baixam, as prefeituras recorrem a caminhões-pipa e a "
    "racionamentos que atingem sobretudo os bairros mais pobres e afastados do centro. "
    "O custo dessas medidas cresce a cada estação seca.\n"
    "É por isso que os técnicos pedem obras de longo prazo, como cisternas e barragens "
    "pequenas, em vez de soluções de emergência que se repetem todos os anos sem resolver "
    "nada. A população, por sua vez, aprende a guardar cada litro.\n"
)


def test_language_of_prose_whose_sentences_open_with_one_letter_words() -> None:
    page = "Ciência\nA seca que esvazia os poços do sertão\n\n" + PROSE_PT
    csl = parse_record(page).to_csl()
    assert csl["title"] == "A seca que esvazia os poços do sertão"
    assert csl["language"] == "pt"


def test_language_told_apart_from_a_close_neighbour() -> None:
    # Danish prose shares most function words with Norwegian: the words only one of the
    # two has decide
    page = (
        "Forskere finder nye spor af vikingernes handel\n"
        "En ny undersøgelse af mønter fra Østersøen viser, at handlen var mere omfattende, "
        "end man hidtil har troet, og at købmændene også rejste langt mod øst, hvor de "
        "byttede pelse, sølv og salt med de lokale fyrster ved floderne.\n\n"
        "Du skal næsten have læst alle de gamle kilder for at forstå, hvad nogle af fundene "
        "betyder, men forskerne mener, at mønterne fortæller en ny historie om byerne og om "
        "de folk, der boede i dem, og som handlede med hele verden.\n\n"
        "Undersøgelsen er lavet af en gruppe fra et dansk universitet, der har analyseret "
        "mere end tusind mønter fra udgravninger i de sidste tyve år, og den viser også, "
        "hvordan handlen ændrede sig, efterhånden som byerne voksede.\n"
    )
    assert parse_record(page).to_csl().get("language") == "da"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ÀÉOA abcção.\n", max_size=400))
def test_prose_language_never_crashes(text: str) -> None:
    rec = parse_record(text)
    assert rec.to_csl().get("language") in (
        None,
        "pt",
        "es",
        "fr",
        "it",
        "en",
        "de",
        "nl",
        "da",
        "sv",
        "nb",
        "nn",
        "fi",
        "ru",
        "he",
        "hy",
        "zh",
    )


#: a blog post's body: three paragraphs of Italian prose
PROSE_IT = (
    "Ieri sera ho finito di leggere il romanzo che un amico mi aveva regalato per il "
    "compleanno, e devo dire che non mi aspettavo una storia così delicata e ironica.\n\n"
    "La protagonista lavora in una piccola libreria di provincia e ogni capitolo racconta "
    "un cliente diverso, con le sue manie e i suoi libri preferiti.\n\n"
    "Alla fine resta la voglia di tornare in quella libreria, anche solo per guardare gli "
    "scaffali e ascoltare le storie di chi entra per caso.\n"
)


def test_blog_date_header_over_the_post_title() -> None:
    # Blogger's layout: the day's date header, the post's title, its body, a comment count
    page = (
        "Il quaderno di Marta\n\nmartedì 12 marzo 2019\n\nLa libreria dei clienti strani\n\n"
        + PROSE_IT
        + "\nPubblicato da Marta alle 21:40\n\n...e adesso tocca a voi consigliarmi il prossimo.\n\n"
        "2 commenti:\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "La libreria dei clienti strani"
    assert csl["issued"] == {"date-parts": [[2019, 3, 12]]}


def test_date_header_does_not_sign_a_line_far_from_it() -> None:
    # the date stands over a menu line, not over the heading: nothing is dated above it
    page = (
        "martedì 12 marzo 2019\nArchivio del blog\n\nLa libreria dei clienti strani\n\n" + PROSE_IT
    )
    csl = parse_record(page).to_csl()
    assert csl.get("title") != "Archivio del blog"


#: an article's body: two long paragraphs of English prose
PROSE_EN = (
    "The footbridge over the canal was built in 1912 and has survived two floods since then, "
    "although its piers are made of plain brick and were never reinforced by the council.\n\n"
    "Today several hundred cyclists cross the bridge every morning, and the district plans a "
    "careful renovation that should start next spring and take a year to complete. The "
    "residents voted in a meeting to keep the old railings, which a local foundry cast.\n"
)
PROSE_FR = (
    "La passerelle sur le canal a été construite en 1912 et a survécu à deux crues depuis, bien "
    "que ses piles soient faites de simple brique et n'aient jamais été renforcées.\n\n"
    "Aujourd'hui, plusieurs centaines de cyclistes traversent la passerelle chaque matin, et le "
    "quartier prévoit une rénovation soignée qui devrait commencer au printemps prochain. Les "
    "habitants ont voté pour garder les vieilles rambardes, coulées dans une fonderie locale.\n"
)


def test_posted_by_name_on_date() -> None:
    page = (
        "The footbridge over the canal\n\nPosted by Tilda Marrow on March 12, 2019\n\n" + PROSE_EN
    )
    csl = parse_record(page).to_csl()
    assert csl["author"] == [{"family": "Marrow", "given": "Tilda"}]
    assert csl["issued"] == {"date-parts": [[2019, 3, 12]]}


def test_publie_par_name_le_date() -> None:
    page = "La passerelle sur le canal\n\nPublié par Odile Varenne le 12 mars 2019\n\n" + PROSE_FR
    csl = parse_record(page).to_csl()
    assert csl["author"] == [{"family": "Varenne", "given": "Odile"}]


def test_name_before_date_in_a_sentence_is_no_byline() -> None:
    # a sentence that names someone before a date is no meta line: too many words follow
    page = (
        "The footbridge over the canal\n\n"
        "Opened by Tilda Marrow on March 12, 2019 with a speech about the canal's history\n\n"
        + PROSE_EN
    )
    csl = parse_record(page).to_csl()
    assert csl.get("author") != [{"family": "Marrow", "given": "Tilda"}]


def test_name_over_its_dateline_under_a_standfirst() -> None:
    page = (
        "Læsetid 4 min.\n\nBroen over kanalen\n\n"
        "Kommunen vil bevare den gamle bro, selv om den koster mere at reparere end en ny, "
        "fordi beboerne har stemt for at beholde de gamle gelændere og den røde mursten.\n"
        "Beslutningen. Siden mødet i foråret har kommunens ingeniører undersøgt broens piller "
        "og fundet, at de kan holde i mange år endnu, hvis de bliver repareret i tide.\n\n"
        "Beslutningen. Siden mødet i foråret har kommunens ingeniører undersøgt broens piller "
        "og fundet, at de kan holde i mange år endnu, hvis de bliver repareret i tide.\n\n"
        "Karen Holmsted\n14. marts 2019\n\n"
        "Broen over kanalen blev bygget i 1912 og har overlevet to oversvømmelser siden da, "
        "selv om dens piller er lavet af almindelig mursten og aldrig er blevet forstærket.\n\n"
        "I dag krydser flere hundrede cyklister broen hver morgen, og bydelen planlægger en "
        "omhyggelig renovering, der skal begynde næste forår og tage et år at gennemføre.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["author"] == [{"family": "Holmsted", "given": "Karen"}]
    assert csl["issued"] == {"date-parts": [[2019, 3, 14]]}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Posted",
                "by",
                "Ana",
                "Ruiz",
                "on",
                "le",
                "|",
                ",",
                "March",
                "12,",
                "2019",
                "at",
                "10:30",
                "Comments",
            ]
        ),
        max_size=12,
    )
)
def test_meta_lines_never_crash(words: list[str]) -> None:
    page = "The footbridge over the canal\n\n" + " ".join(words) + "\n\n" + PROSE_EN
    assert parse_record(page).to_csl().get("title")


def test_blog_comment_boilerplate_makes_a_post() -> None:
    # Blogger's comment count and form, and WordPress's comment form note
    blogger = "The footbridge over the canal\n\n" + PROSE_EN + "\nNo comments:\n\nPost a Comment\n"
    assert parse_record(blogger).to_csl()["type"] == "post-weblog"
    wordpress = (
        "La passerelle sur le canal\n\n" + PROSE_FR + "\nAucun commentaire\n\n"
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *\n"
    )
    assert parse_record(wordpress).to_csl()["type"] == "post-weblog"


def test_comment_note_alone_on_a_magazine_page_keeps_the_magazine() -> None:
    page = (
        "The footbridge over the canal\n\nBy Tilda Marrow\nMarch 12, 2019\n\n"
        + PROSE_EN
        + "\nShare this article\nMost read\nSign up for our newsletter\n\n"
        "Your email address will not be published.\n"
    )
    assert parse_record(page).to_csl()["type"] == "article-magazine"


def test_wiki_edit_links_glued_to_dictionary_sections() -> None:
    # a wiki dictionary: the headword, the site's tagline sentence, sections with their
    # edit links glued on
    page = (
        "passerelle\n\n"
        "Définition, traduction et synonymes sur le dictionnaire libre Exemplaire.\n\n"
        "Français[modifier le code]\n\n"
        "Étymologie[modifier le code]\n\n"
        "Dérivé de passer, avec le suffixe -elle.\n\n"
        "Nom commun [modifier le code]\n\n"
        "passerelle féminin\n\n"
        "  1. Pont étroit réservé aux piétons.\n\n"
        "Traductions[modifier le code]\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "entry-dictionary"
    assert csl["title"] == "passerelle"


def test_footnote_mark_is_no_edit_link() -> None:
    # '[1]' after a line is a footnote's mark: the line stays what it was
    page = "Étymologie[1]\n\nUne histoire du mot, racontée par un passant qui aimait les ponts.\n"
    assert parse_record(page).to_csl().get("type") != "entry-dictionary"


#: a review's body: English prose about a book
REVIEW_EN = (
    "I liked this history of bridges very much. The author walks from the Roman arches to "
    "the steel spans of the last century, and every chapter is built around one bridge and "
    "the people who designed it.\n\n"
    "The illustrations are lavish and the captions are careful, which makes the book a fine "
    "introduction for readers who have never thought about how a bridge carries its load. "
    "Specialists will miss a bibliography, but that is a small complaint.\n"
)


def test_heading_with_book_author_and_rating_is_a_review() -> None:
    page = "Skip to main content\n\nSpans of Stone - Ida Vellacott ****\n\n" + REVIEW_EN
    csl = parse_record(page).to_csl()
    assert csl["type"] == "review-book"
    assert csl["reviewed-title"] == "Spans of Stone"
    assert csl["reviewed-author"] == [{"family": "Vellacott", "given": "Ida"}]


def test_book_lines_over_a_rating_make_a_review() -> None:
    page = (
        "Leituras de domingo\n\n"
        "Gostei muito deste livro sobre pontes antigas, escrito com cuidado e cheio de "
        "histórias de engenheiros esquecidos que mudaram a paisagem das nossas cidades.\n\n"
        "As ilustrações são bonitas e o texto lê-se depressa, sem perder o rigor que o tema "
        "pede; recomendo a quem gosta de história e de caminhar pelas margens dos rios.\n\n"
        "Pontes de Pedra\nDe: Ida Vellacott\nAno: 2015\nEditora: Exemplar\n"
        "A nossa pontuação: ★★★★\n"
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "review-book"
    assert csl["reviewed-title"] == "Pontes de Pedra"
    assert csl["reviewed-author"] == [{"family": "Vellacott", "given": "Ida"}]


def test_title_and_name_without_a_rating_are_no_review() -> None:
    # 'Title - Name' alone is an article's headline with its author's name, no review
    page = "Spans of Stone - Ida Vellacott\n\n" + REVIEW_EN
    assert parse_record(page).to_csl().get("type") != "review-book"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Spans",
                "of",
                "Stone",
                "-",
                "–",
                ",",
                "Ida",
                "Vellacott",
                "****",
                "★★★",
                "4/5",
                "De:",
                "by",
            ]
        ),
        max_size=10,
    )
)
def test_rated_headings_never_crash(words: list[str]) -> None:
    csl = parse_record(" ".join(words) + "\n\n" + REVIEW_EN).to_csl()
    if csl.get("type") == "review-book" and "reviewed-title" in csl:
        assert csl["reviewed-title"].strip()


def test_review_title_ending_with_by_author() -> None:
    page = (
        "Book Review: The Long Bridge by Ida Vellacott\n\nPosted on March 3, 2021\n\n" + REVIEW_EN
    )
    csl = parse_record(page).to_csl()
    assert csl["type"] == "review-book"
    assert csl["reviewed-title"] == "The Long Bridge"
    assert csl["reviewed-author"] == [{"family": "Vellacott", "given": "Ida"}]


def test_review_title_with_of_before_a_name_keeps_it() -> None:
    # 'of' joins a title's nouns, it is no author word: the name stays in the title
    page = "Book Review: A Portrait of Ada Lovelace\n\nPosted on March 3, 2021\n\n" + REVIEW_EN
    csl = parse_record(page).to_csl()
    assert csl["reviewed-title"] == "A Portrait of Ada Lovelace"
    assert "reviewed-author" not in csl


def test_title_naming_a_year_under_a_date_header() -> None:
    page = "Wednesday 6 February 2008\n\nLooking back on 2007\n\n" + PROSE_EN + "\nNo comments:\n"
    assert parse_record(page).to_csl()["title"] == "Looking back on 2007"


def test_year_alone_with_one_word_is_still_a_date_line() -> None:
    page = "Posted 2008\n\nThe footbridge over the canal\n\n" + PROSE_EN
    assert parse_record(page).to_csl()["title"] == "The footbridge over the canal"


def test_a_date_or_mark_is_no_rating_of_a_book() -> None:
    # (review finding 1) an ordinary news page: a byline with a function word and a
    # day/month date are no book's lines over a rating
    page = (
        "Climate talks stall in Bonn over funding gap\n\nBy: Ana Ruiz\nUpdated 12/10\n\n"
        "Delegates from forty countries left the conference centre on Friday without an "
        "agreement on how to pay for the new adaptation fund, and the chair adjourned the "
        "talks until the autumn session in Geneva.\n\n"
        "Several delegations said the gap between pledges and needs had grown since the last "
        "meeting, while others blamed the late arrival of the draft text for the deadlock.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("type") != "review-book"
    assert "reviewed-title" not in csl


def test_the_pages_own_headline_over_a_rating_is_no_reviewed_book() -> None:
    # (review finding 1) a product test: the headline, 'De: name' and stars are the page's own
    page = (
        "Teste da bicicleta urbana Exemplo 3\n\nDe: Ana Ruiz\n\nNota: ★★★★\n\n"
        "A bicicleta é leve, o quadro é firme e as mudanças funcionam bem mesmo nas subidas "
        "mais longas da cidade, embora o selim seja duro para viagens longas.\n"
    )
    csl = parse_record(page).to_csl()
    assert "reviewed-title" not in csl


def test_a_place_after_a_comma_with_stars_is_no_book_author() -> None:
    # (review finding 2) a hotel's name, its city and its stars
    page = "Hotel Sacher, Vienna ★★★★\n\n" + REVIEW_EN
    csl = parse_record(page).to_csl()
    assert csl.get("type") != "review-book"
