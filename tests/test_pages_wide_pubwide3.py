"""Journal article pages of small and mid-size publishers (issue 13, the fresh "pubwide3"
set): shapes that recur across sites. Every page, name, title and number here was written
for these tests."""

from __future__ import annotations

import pytest

from comet import parse_keywords, parse_locator, parse_record, parse_reference
from comet.locators import find_locators

# --- a title over its translation, when only one line's language is known ---------------------

_TRANSLATED = (
    "DOI 10.5555/tfl.2024.17\n\n"
    "{title}\n\n"
    "{second}\n\n"
    "{name}\n\n"
    "{mail}\n\n"
    "Universidad del Litoral Norte, Salta\n\n"
    "RESUMEN\n\n"
    "Este trabajo describe los huertos de tres escuelas rurales y el uso que sus docentes "
    "hacen de ellos en las clases de ciencias durante dos años de observación.\n"
)


def test_title_over_its_translation_is_the_first_line() -> None:
    page = _TRANSLATED.format(
        title="Huertos escolares como aulas abiertas a la comunidad",
        second="School gardens as classrooms open to the community",
        name="Quilma Ferrand-Osto",
        mail="qferrand@unln.example.edu\n\nhttps://orcid.org/0000-0002-1825-0097",
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "Huertos escolares como aulas abiertas a la comunidad"
    assert csl.get("author") == [{"family": "Ferrand-Osto", "given": "Quilma"}]


@pytest.mark.parametrize(
    ("title", "second", "want"),
    [
        # a subtitle in the title's own language stays part of the title
        (
            "Agua, tierra y trabajo en los valles del norte",
            "Crónica de una reforma agraria",
            "Agua, tierra y trabajo en los valles del norte: Crónica de una reforma agraria",
        ),
        # an English title with a Spanish-looking word is still English: one title
        (
            "Las Vegas Casinos and Their Workers",
            "A social history of the strip",
            "Las Vegas Casinos and Their Workers: A social history of the strip",
        ),
    ],
)
def test_a_subtitle_in_the_same_language_is_joined(title: str, second: str, want: str) -> None:
    page = _TRANSLATED.format(title=title, second=second, name="Ana Ruiz", mail="aruiz@x.example")
    assert parse_record(page).to_csl()["title"] == want


# --- a bare byline vouched for by its author's ORCID link -----------------------------------

_BYLINE = (
    "Tidal flats of the southern shore and their birds\n\n"
    "{name}\n\n"
    "{below}\n\n"
    "Instituto de Costas, Bahía Serena\n\n"
    "Abstract\n\n"
    "We counted shorebirds on four tidal flats over three winters and relate their numbers to "
    "the flats' sediment and to the tides of each survey day.\n"
)


@pytest.mark.parametrize(
    "below",
    [
        "https://orcid.org/0000-0002-1825-0097",
        # the link under the author's e-mail, university and country
        "qferrand@costas.example.org\n\nInstituto de Costas\n\nChile\n\n"
        "https://orcid.org/0000-0002-1825-0097",
    ],
)
def test_bare_byline_with_an_orcid_link_is_a_person(below: str) -> None:
    csl = parse_record(_BYLINE.format(name="Quilma Ferrand-Osto", below=below)).to_csl()
    assert csl.get("author") == [{"family": "Ferrand-Osto", "given": "Quilma"}]


@pytest.mark.parametrize(
    ("name", "below"),
    [
        ("Closing Notes", "info@revista-costera.example"),  # a heading over a contact line
        ("Data Science", "datascience@example.org"),  # a department's mailbox repeats it
        ("Coastal Lab", "coastal.lab@example.org"),
        ("Open Access", "https://orcid.org/0000-0002-1825-0097"),  # interface words
    ],
)
def test_bare_line_without_an_authors_credential_stays_no_person(name: str, below: str) -> None:
    authors = parse_record(_BYLINE.format(name=name, below=below)).to_csl().get("author") or []
    assert all(a.get("family") not in name.split() for a in authors)


# --- a keyword list's source note after its final full stop -----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("suelo; agua; uso del suelo. (Tesauro UNESCO).", ["suelo", "agua", "uso del suelo"]),
        ("soil, water, land use. (Source: a thesaurus)", ["soil", "water", "land use"]),
        # no full stop before the parentheses: part of the keyword
        ("alpha, beta, gamma (GABA)", ["alpha", "beta", "gamma (GABA)"]),
        ("proteins; enzymes (EC 3.1)", ["proteins", "enzymes (EC 3.1)"]),
    ],
)
def test_keyword_source_note(text: str, want: list[str]) -> None:
    got = parse_keywords(text, strict=False).value
    assert got is not None
    assert [k.text for k in got.keywords] == want


# --- locators: a Russian issue word, an issue and its year, a year word, an issue's theme -------


@pytest.mark.parametrize(
    ("text", "volume", "issue", "year", "pages"),
    [
        ("Том 7, Номер 2 (Апрель-июнь 2019)", "7", "2", 2019, None),
        ("Volume 4 – numéro 2 – 2018", "4", "2", 2018, None),
        ("Nr 4-2017, s. 33-41", None, "4", 2017, "33-41"),
        ("Volumen 6. Número 1. Año 2023, p. 14-29", "6", "1", 2023, "14-29"),
        ("Jahr 2016, Heft 3, S. 12-19", None, "3", 2016, "12-19"),
        # a range of issues, or of volumes, stays a range
        ("Vol. 12, No. 3-4", "12", "3-4", None, None),
        ("Heft 1–2, 2019", None, "1–2", 2019, None),
    ],
)
def test_issue_words_years_and_year_words(
    text: str, volume: str | None, issue: str | None, year: int | None, pages: str | None
) -> None:
    loc = parse_locator(text, strict=False).value
    assert loc is not None
    assert (loc.volume, loc.issue) == (volume, issue)
    assert (loc.issued.year if loc.issued else None) == year
    assert (str(loc.pages) if loc.pages else None) == pages


@pytest.mark.parametrize(
    "text",
    [
        "Year 2020 was hard for the 12 wards of the hospital",  # a year word in prose
        "Año de fundación: la revista nació hace 12 años",  # a year word with no year after it
    ],
)
def test_year_word_without_a_locator(text: str) -> None:
    assert [m.value.issued for m in find_locators(text) if m.value.issued] == []


def test_year_word_before_a_count_of_years_is_no_date() -> None:
    ms = list(find_locators("Año 9 - Vol. 17"))
    assert [m.value.issued for m in ms] == [None]


_MASTHEAD = (
    "{masthead}\n\n"
    "La réforme des tribunaux de commerce dans trois pays voisins\n\n"
    "Odile TCHAMBA ESSOMBE\n\n"
    "La justice commerciale a connu de profondes réformes au cours des deux dernières "
    "décennies dans plusieurs pays de la sous-région, sous l’effet des traités communs.\n"
)


def test_issue_masthead_with_its_theme_is_no_title() -> None:
    page = _MASTHEAD.format(
        masthead="Volume 3 – numéro 2 – 2021 : Justice et société dans les États contemporains"
    )
    csl = parse_record(page).to_csl()
    assert csl["title"] == "La réforme des tribunaux de commerce dans trois pays voisins"
    assert (csl.get("volume"), csl.get("issue")) == ("3", "2")
    assert csl.get("issued") == {"date-parts": [[2021]]}


@pytest.mark.parametrize(
    "line",
    [
        "Volume 2: The Later Years of the Reform",  # a book's part: words before the colon
        "Chapter 3: 1848 and the Revolutions",  # no volume at all
    ],
)
def test_a_title_with_a_number_and_a_colon_stays_a_title_line(line: str) -> None:
    from comet.page.locator_lines import _issue_masthead
    from comet.page.parse import _prepare

    page, _ = _prepare(f"{line}\n\nSome text of the page follows here.\n", None)
    assert not _issue_masthead(page.layout.lines[0], page)


# --- GOST / ISBD citations: the container after a spaced double slash -------------------------


@pytest.mark.parametrize(
    ("text", "container", "volume", "issue", "pages", "year"),
    [
        (
            "Соколова И.П. Сельские библиотеки севера // Вопросы чтения: история и практика. "
            "– 2021. – Том 8. – № 4. – С. 101-117.",
            "Вопросы чтения: история и практика",
            "8",
            "4",
            "101-117",
            2021,
        ),
        (  # no dashes between the elements: periods only
            "Соколова И.П. Сельские библиотеки севера // Вестник библиотек. 2021. Т. 8, № 4. "
            "С. 101-117.",
            "Вестник библиотек",
            "8",
            "4",
            "101-117",
            2021,
        ),
        (
            "Мельник О. Мова і право // Вісник університету. Серія: Філологія. – 2018. "
            "– Т. 5, № 2. – С. 33–40.",
            "Вісник університету. Серія: Філологія",
            "5",
            "2",
            "33-40",
            2018,
        ),
    ],
)
def test_gost_citation(
    text: str, container: str, volume: str, issue: str, pages: str, year: int
) -> None:
    csl = parse_reference(text).to_csl()
    assert csl["container-title"] == container
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == (volume, issue, pages)
    assert csl["issued"] == {"date-parts": [[year]]}
    assert csl["type"] == "article-journal"


@pytest.mark.parametrize(
    "text",
    [
        # a URL's double slash is no GOST separator
        "Lind, A. (2019). Harbour towns. Coastal Review, 4(2), 11-19. https://example.org//a/b",
        # an unspaced slash between two words neither
        "Lind, A. (2019). Input/output models of harbour towns. Coastal Review, 4(2), 11-19.",
        # a spaced one in a title, with no GOST element (no spaced dash, no №) after it
        "Lind, A. (2019). Input // output models of harbour towns. Coastal Review, 4(2), 11-19.",
    ],
)
def test_no_gost_without_a_spaced_double_slash(text: str) -> None:
    csl = parse_reference(text).to_csl()
    assert csl["container-title"] == "Coastal Review"
    assert (csl.get("volume"), csl.get("issue")) == ("4", "2")


def test_gost_citation_line_on_a_page_gives_the_journal() -> None:
    page = (
        "Сельские библиотеки севера и их читатели\n\n"
        "Соколова И.П.\n\n"
        "Цитировать:\n"
        "Соколова И.П. Сельские библиотеки севера и их читатели // Вопросы чтения: история "
        "и практика. – 2021. – Том 8. – № 4. – С. 101-117.\n\n"
        "Аннотация:\n"
        "В статье рассматривается развитие сельских библиотек в северных районах страны.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("container-title") == "Вопросы чтения: история и практика"
    assert (csl.get("volume"), csl.get("issue"), csl.get("page")) == ("8", "4", "101-117")


# --- an abbreviated journal name in lower case before its locator -----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rev. estud. costeros ", "Rev. estud. costeros"),  # ISO 4, lower-case words
        ("Bol. soc. geogr. ", "Bol. soc. geogr"),
        # prose before numbers stays no name
        ("Fig. shows that the ", ""),
        ("J. smith and colleagues found ", ""),  # an initial, no abbreviation
        ("The results of the ", ""),
    ],
)
def test_abbreviated_journal_head_in_lower_case(text: str, want: str) -> None:
    from comet.locales import resolve
    from comet.page.journal_head import _journal_head

    assert _journal_head(text, resolve(None)) == want


def test_lower_case_abbreviation_finds_the_journal_spelled_out_above() -> None:
    page = (
        "Revista de Estudios Costeros\n"
        "Print version ISSN 1234-5679\n"
        "Rev. estud. costeros vol.12 no.3 Valparaíso May/June 2020\n"
        "Artículo original\n"
        "Las dunas de la costa central y su vegetación\n"
        "Ana Ruiz1\n"
        "1Universidad del Mar, Chile.\n"
        "RESUMEN\n"
        "Se describen las dunas de la costa central y la vegetación que las fija.\n"
    )
    csl = parse_record(page).to_csl()
    assert csl.get("container-title") == "Revista de Estudios Costeros"
    assert (csl.get("volume"), csl.get("issue")) == ("12", "3")


# --- received and accepted dates: a peer-reviewed article -------------------------------------

_DATED = (
    "Harbour towns of the northern coast and their trade\n\n"
    "{history}\n\n"
    "Abstract\n\n"
    "The paper follows the trade of four small harbour towns over two centuries and the "
    "goods their ships carried along the coast.\n"
)


def test_received_and_accepted_dates_make_a_journal_article() -> None:
    history = "Received: 2020.03.02\nAccepted: 2020.05.19\nPublished: 2020.06.30"
    assert parse_record(_DATED.format(history=history)).to_csl()["type"] == "article-journal"


@pytest.mark.parametrize(
    "history",
    [
        "Received: 2020.03.02",  # a received date alone: a submission, maybe a preprint
        "Published: 2020.06.30",
        "The town received its charter in 1621 and was accepted into the league in 1650.",
    ],
)
def test_no_acceptance_no_journal_article_from_dates(history: str) -> None:
    assert parse_record(_DATED.format(history=history)).to_csl()["type"] != "article-journal"


# --- two authors of one family with the same initial -------------------------------------------

_FAMILY = (
    "Tidal flats of the southern shore and their birds\n\n"
    "{first}\n\n"
    "{second}\n\n"
    "Olaf Brandt3\n\n"
    "1 Instituto de Costas, Bahía Serena.\n\n"
    "Abstract\n\n"
    "We counted shorebirds on four tidal flats over three winters and relate their numbers to "
    "the flats' sediment and to the tides of each survey day.\n"
)


def test_two_people_of_one_family_with_one_initial() -> None:
    page = _FAMILY.format(first="Marta Lenz-Quiroga1", second="Mirta Lenz-Quiroga2")
    names = [a["given"] for a in parse_record(page).to_csl()["author"]]
    assert names == ["Marta", "Mirta", "Olaf"]


def test_a_name_printed_again_with_its_initial_is_one_person() -> None:
    page = _FAMILY.format(first="Marta Lenz-Quiroga1", second="M. Lenz-Quiroga")
    families = [a["family"] for a in parse_record(page).to_csl()["author"]]
    assert families.count("Lenz-Quiroga") == 1


# --- a byline with the family name in capitals --------------------------------------------------

_CAPS = (
    "La réforme des tribunaux de commerce dans trois pays voisins\n\n"
    "{line}\n\n"
    "La justice commerciale a connu de profondes réformes au cours des deux dernières "
    "décennies dans plusieurs pays de la sous-région.\n"
)


@pytest.mark.parametrize(
    ("line", "family", "given"),
    [
        ("Serge Frédéric NKOLO ABANDA", "NKOLO ABANDA", "Serge Frédéric"),
        ("Odile TCHAMBA ESSOMBE", "TCHAMBA ESSOMBE", "Odile"),
    ],
)
def test_family_name_in_capitals_under_the_title(line: str, family: str, given: str) -> None:
    csl = parse_record(_CAPS.format(line=line)).to_csl()
    assert csl.get("author") == [{"family": family, "given": given}]


@pytest.mark.parametrize(
    "line",
    [
        "Read MORE NOW",
        "Grand PRIX TOUR",
        "Cameroun NEWS AGENCY",
        "Voir PLUS DE PHOTOS",
        "Marie Curie INSTITUTE",  # an organisation word in capitals
    ],
)
def test_words_in_capitals_under_the_title_are_no_name(line: str) -> None:
    assert not parse_record(_CAPS.format(line=line)).to_csl().get("author")


# --- Croatian: labels, article types and the page's language -----------------------------------

_HR_PAGE = (
    "Izvorni znanstveni članak\n"
    "Obalni gradovi sjevernog Jadrana i njihova trgovina\n"
    "Ivana Horvat\n"
    "Sažetak\n"
    "Rad prati trgovinu četiriju malih lučkih gradova tijekom dvaju stoljeća te robu koju su "
    "njihovi brodovi prevozili duž obale, kao i promjene koje je donijela željeznica.\n"
    "Ključne riječi: luke; trgovina; Jadran; pomorstvo\n"
)


def test_croatian_article_labels() -> None:
    csl = parse_record(_HR_PAGE).to_csl()
    assert csl["title"] == "Obalni gradovi sjevernog Jadrana i njihova trgovina"
    assert csl.get("author") == [{"family": "Horvat", "given": "Ivana"}]
    assert csl.get("keyword", "").split(", ") == ["luke", "trgovina", "Jadran", "pomorstvo"]
    assert csl.get("type") == "article-journal"


@pytest.mark.parametrize(
    ("abstract", "lang"),
    [
        (
            "Artykuł omawia rozwój bibliotek wiejskich na północy kraju, który jest związany z "
            "nowymi formami pracy z czytelnikiem, a także z przemianami się dokonującymi.",
            "pl",
        ),
        (
            "El artículo describe el desarrollo de las bibliotecas rurales del norte del país y "
            "las nuevas formas de trabajo con los lectores durante dos décadas.",
            "es",
        ),
    ],
)
def test_croatian_words_leave_other_languages_alone(abstract: str, lang: str) -> None:
    from comet.page.languages import _language_of
    from comet.page.parse import _prepare

    page, _ = _prepare(f"{abstract}\n", None)
    assert _language_of(abstract, page) == lang


def test_croatian_prose_reads_as_croatian() -> None:
    from comet.page.languages import _language_of
    from comet.page.parse import _prepare

    text = _HR_PAGE.splitlines()[4]
    page, _ = _prepare(_HR_PAGE, None)
    assert _language_of(text, page) == "hr"


@pytest.mark.parametrize(
    "text",
    [
        # Czech and Slovene prose share Croatian's commonest words: not read as Croatian
        "Článek se zabývá vývojem venkovských knihoven na severu země a je zaměřen na nové "
        "formy práce se čtenáři, které se od devadesátých let do dneška změnily.",
        "Članek obravnava razvoj podeželskih knjižnic na severu države in je usmerjen na nove "
        "oblike dela z bralci, ki so se od devetdesetih let do danes spremenile.",
    ],
)
def test_related_languages_are_not_read_as_croatian(text: str) -> None:
    from comet.page.languages import _language_of
    from comet.page.parse import _prepare

    page, _ = _prepare(f"{text}\n", None)
    assert _language_of(text, page) != "hr"


# --- the review's pages (s12): edges of the capitals byline and of the dated type --------------


@pytest.mark.parametrize(
    "page",
    [
        # a venue set in capitals under the title, printed again in title case
        "Summer school on digital humanities\n\nJulia ROBERTS HALL\n\n"
        "Venue: Julia Roberts Hall, 12 Elm Street\n\n"
        "The school offers five days of workshops on text encoding and network analysis.\n",
        # a place at the end of a news item, far from the title
        "Coastal towns prepare for the summer season\n\n"
        "Hotels along the shore expect more guests this year than last, the regional tourism "
        "board said on Monday, citing early bookings.\n\n"
        "Victoria BEACH RESORT\n\nContact: info@example.org\n",
    ],
)
def test_capitals_shaped_places_are_no_authors(page: str) -> None:
    assert not parse_record(page).to_csl().get("author")


def test_a_preprint_with_received_and_accepted_dates_is_no_journal_article() -> None:
    page = (
        "Harbour towns of the northern coast\n\n"
        "Received: 2022-01-10\nAccepted: 2022-03-02\nPosted: 2022-03-05\n\n"
        "This is a preprint and has not been peer reviewed.\n\n"
        "Abstract\n\n"
        "The paper follows the trade of four small harbour towns over two centuries.\n"
    )
    assert parse_record(page).to_csl()["type"] != "article-journal"
