"""The learned type model (comet.page.type_model): it names a type only where the hand rules
name none, and only when it is sure; a type the hand rules name stays. Every page, name and
site here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from comet import parse_record
from comet.page import type_model
from comet.page.model_rows import type_row
from comet.page.type_features import CLASSES, FEATURES

#: a document-sharing site's transcript of a report's first pages: nothing names its type
TRANSCRIPT = (
    "Harbour dredging options for the northern estuary - Coastal Works Agency\n\n"
    "Transcript\n\n"
    "1 Harbour dredging options for the northern estuary\nAna Ruiz and Tom Lane\n"
    "Coastal Works Agency 2014\n\n"
    "2 Contents 1 Introduction 2 Methods 3 Findings 4 Recommendations\n\n"
    "3 Summary This study compares three options for keeping the northern channel open to "
    "the fishing fleet. The agency commissioned the study in 2013 after two winters of "
    "silting.\n"
)

#: a blog post that cites a journal article (its volume, issue and pages are the study's)
BLOG = (
    "Quill & Ink Blog\n\nWhy the tide tables were wrong last spring\n\n"
    "Posted by Tom Lane on May 3, 2021\n\n"
    "A study in the Journal of Coastal Research, vol. 12, no. 3, pp. 45-67 (2019), found that "
    "the tide tables overstated the spring tides. I read it over the weekend and here is what "
    "I learned.\n\nThe authors measured the water at six stations along the coast for two "
    "years.\n\nLeave a comment\n"
)

#: a headline, a byline and one sentence: nothing says what the work is
THIN = (
    "Town weighs the ferry\n\nBy Mara Quillfeather\n\n"
    "The old ferry landing on the east bank has been closed since the spring floods.\n"
)


def _type(text: str) -> str | None:
    return parse_record(text).to_csl().get("type")


def test_the_model_file_fits_the_features() -> None:
    assert type_model.MODE in type_model.MODES
    probs = type_model.probabilities({})
    assert len(probs) == len(CLASSES) and all(0.0 < p < 1.0 for p in probs)
    assert 0.5 <= type_model.ADMIT < 1.0
    assert 0.0 <= type_model.FALLBACK_ADMIT <= type_model.ADMIT
    assert len(set(FEATURES)) == len(FEATURES)


def test_a_report_s_transcript_is_a_report() -> None:
    # the hand rules: a document's transcript where nothing names its type (the weakest
    # type evidence; comet.page.content)
    rec = parse_record(TRANSCRIPT)
    assert rec.to_csl()["type"] == "report"
    assert not any(d.code == "type-model" for d in rec.diagnostics)


#: a transcript of an association's rules: numbered paragraphs, no author
STATUTES = (
    "Rules of the Millbrook Rowing Club\n\nTranscript\n\n"
    "1 Rules of the Millbrook Rowing Club\n\n"
    "2 The club is called the Millbrook Rowing Club. Its seat is the boathouse on the west "
    "bank of the river.\n\n"
    "3 Any person who rows on the river may become a member. The committee decides on every "
    "application within a month.\n"
)


def test_a_transcript_with_no_author_stays_untyped() -> None:
    # (negative) rules, minutes or a contract: a body's, no report's
    assert _type(STATUTES) == "document"


def test_a_transcript_of_an_article_stays_an_article() -> None:
    # (negative) the transcript prints its journal's ISSN and volume: an article
    text = TRANSCRIPT.replace(
        "Coastal Works Agency 2014\n\n",
        "Coastal Works Agency 2014\n\nJournal of Estuary Works, Vol. 12, No. 3, pp. 45-67, "
        "ISSN 1234-5679\n\n",
    )
    assert _type(text) == "article-journal"


@pytest.mark.parametrize("mode", ["fallback", "unsure"])
def test_a_blog_post_citing_an_article_stays_a_post(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (negative) the hand rules name a blog: the model is not asked, the cited volume
    # makes no article
    monkeypatch.setattr(type_model, "MODE", mode)
    rec = parse_record(BLOG)
    assert rec.to_csl()["type"] == "post-weblog"
    assert not any(d.code == "type-model" for d in rec.diagnostics)


@pytest.mark.parametrize("mode", type_model.MODES)
def test_a_thin_page_stays_untyped(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # (negative) a headline, a byline and a sentence: the model is not sure of anything
    monkeypatch.setattr(type_model, "MODE", mode)
    assert _type(THIN) == "document"


@pytest.mark.parametrize("mode", type_model.MODES)
def test_a_hand_type_stays_in_fallback(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type_model, "MODE", mode)
    row = type_row(BLOG)
    assert row is not None and row[0] == "post-weblog"
    assert type_model.applies(row[1], "fallback") is False
    assert type_model.applies(None, "fallback") is True
    assert type_model.applies(None, "off") is False


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=300))
def test_any_text_in_every_mode(text: str) -> None:
    old = type_model.MODE
    try:
        for mode in type_model.MODES:
            type_model.MODE = mode
            parse_record(text)
    finally:
        type_model.MODE = old


#: a library catalogue's record of one issue of a journal (its contents listed)
ISSUE_RECORD = (
    "Coastal Studies. Vol. 12, no. 3 (2019)\nType: Journal issue\nPublisher: Harbour Press\n"
    "ISSN: 1234-5679\nContents: Tidal flats of the north / Ana Ruiz -- Sand and wind / Tom Lane\n"
)


@pytest.mark.parametrize("mode", type_model.MODES)
def test_a_catalogue_record_of_a_journal_issue_is_no_article(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(type_model, "MODE", mode)
    assert _type(ISSUE_RECORD) == "periodical"


@pytest.mark.parametrize(
    ("term", "csl"),
    [
        ("Journal issue", "periodical"),
        ("Zeitschriftenheft", "periodical"),
        ("Numéro de revue", "periodical"),
        # (negative) an article of a journal, and a journal's article, stay articles
        ("Journal article", "article-journal"),
        ("Article in a journal", "article-journal"),
        ("Journal", "article-journal"),
    ],
)
def test_issue_terms(term: str, csl: str) -> None:
    from comet.vocab import parse_publication_type

    assert parse_publication_type(term).csl_type == csl


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Report No. 12", "word_report"),
        ("Working Paper 2021-07", "word_report"),
        ("Научная статья на тему «Гавань»", "word_article-journal"),
        # (negative) a one-word term followed by more words is a verb or a menu item
        ("Report abuse", None),
        ("Book now", None),
        ("Report to the harbour master if the light is out", None),
    ],
)
def test_type_words_opening_a_line(line: str, word: str | None) -> None:
    row = type_row(f"Harbour works of the north\n\n{line}\n\nAna Ruiz\n")
    assert row is not None
    found = {k for k, v in row[2].items() if k.startswith("word_") and v}
    assert found == ({word} if word else set())


#: invented ordinary pages on which the model's features alone point at a type (a `Report:`
#: headline over a byline, a `Publisher:` label and a date, numbered paragraphs): none is
#: the record of one work, and every one must stay untyped in every mode
NEAR_MISSES = {
    "news headline opening with Report": (
        "Report: Ferry company to drop two winter crossings\n"
        "By Ida Moe, Staff Writer\nPublished 4 November 2023\n"
        "The ferry company will drop two of its six winter crossings, a person who has seen "
        "the plan said.\nThe company did not answer our questions on Friday.\n"
    ),
    "news item on a report": (
        "Home\nNews\nSport\nWeather\n"
        "Report 2023 Finds Valley Towns Losing Young Families\nBy Tom Lane\n12 March 2024\n"
        "A report published on Tuesday by the county finds that the valley towns lost a fifth "
        "of their young families in ten years.\nShare this article\n"
    ),
    "minutes in numbered paragraphs": (
        "Minutes of the annual meeting of the Eastfield Beekeepers Club\n"
        "Held on 3 March 2024 in the parish hall\n"
        "1 The chair opened the meeting at seven and welcomed the members and two guests.\n"
        "2 The treasurer presented the accounts for the year, which the members approved.\n"
        "3 The meeting elected the committee for the coming year and closed at nine.\n"
    ),
    "job offer with a site publisher": (
        "Offres d'emploi\nAgent d'accueil (H/F)\nLieu : Nantes\nType de contrat : CDD, 6 mois\n"
        "Date de début : 1er avril 2025\nÉditeur du site : Association Pages Vives\n"
        "Nous cherchons une personne pour accueillir le public et ranger les rayons.\n"
    ),
    "festival page with a publisher label": (
        "Lantern Nights\nPublisher: Town of Westmere\n"
        "The lantern parade returns on 5 July 2025 with music on the quay after dark.\n"
        "Tickets are free for children.\n"
    ),
    "press release under a menu": (
        "Home\nAbout\nPress\nCareers\nContact\nCanal Trust opens a new boathouse\n14 May 2024\n"
        "The boathouse has a small exhibition on the history of the canal and a room for "
        "school groups.\nPress enquiries: press@example.org\nPress release\n"
        "© 2024 Canal Trust.\n"
    ),
    "search result list": (
        'Search results\nYour search for "canal" returned 3 results\n'
        "1. Canal works of the west / Ana Ruiz. - Leeds : Lock Press, 2011\n"
        "2. The canal and the town / Tom Lane. - York : Towpath Books, 2009\n"
        "3. Canal lights : poems / Mara Quill. - Hull : Estuary, 2015\nNext page\n"
    ),
    "shop page": (
        "Towpath Books shop\nCanal mug, green\nPrice: 12.50 EUR\nPublisher: Towpath Books\n"
        "In stock. Ships in 2 days.\nAdd to basket\n"
    ),
    # ordinary pages whose fields make no record of any type (no sign of type_model.SIGNS)
    # a count of pages alone: a notebook's, a leaflet's
    "count alone": "Flurnamen am Unterlauf\n\n412 S.\n",
    # an extent beside an issue's number: a periodical's issue
    "issue with a count": "Küstenhefte\n\nHeft 3\n\n96 Seiten\n\nMit Beiträgen zur Deichgeschichte.\n",
    # an edition of an app, no publisher
    "edition alone": "Tide Table App\n\n2nd edition\n\nThe app now shows the tides of forty harbours.\n",
    # a notice's number, no series
    "number alone": "Harbour notice\n\nNo. 12\n\nThe east quay is closed for repairs until May.\n",
    # an event's own page: its line over a call, no work's pages or DOI
    "event page": (
        "12th Fen Workshop, 3-5 May 2019, Lund, Sweden\n\nCall for papers\n\nWe invite papers "
        "on reed beds, fens and wet meadows.\nSubmission deadline: 1 March 2019\n"
    ),
    # a publisher's label and a date: a festival's page
    "publisher and date": (
        "Lantern Nights\n\nPublisher: Town of Westmere\n\n5 July 2025\n\n"
        "The lantern parade returns with music on the quay.\n"
    ),
    # a volume beside a binding and a publisher: a periodical's issue sold in print
    "volume and binding": (
        "Tidal flats of the north\n\nAna Ruiz\n\nVolume: 12\n\nPaperback\nPublisher: Harbour Press\n"
    ),
    # a container and a DOI alone: a site's name over a deposited object's DOI
    "container and DOI": (
        "Salt meadows and wading birds\n\nIda Moe; Tom Lane\n\nAnnals of Fen Ecology\n\n"
        "doi: 10.5555/afe.2021.0042\n\nWading birds feed on the salt meadows at low tide, and "
        "the meadows shrink every year.\n"
    ),
    # a DOI alone: a data set's, a program's
    "DOI alone": (
        "Reed beds and river birds\n\nAnna Lund\n\nhttps://doi.org/10.1234/rbrb.2011.3\n\n"
        "The reed beds along the river hold more birds than the open banks.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
@pytest.mark.parametrize("mode", type_model.MODES)
def test_near_miss_pages_stay_untyped(
    name: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (negative) the model is asked only where the page is the record of one work and
    # its fields make the record of a type (a sign of type_model.SIGNS holds)
    monkeypatch.setattr(type_model, "MODE", mode)
    rec = parse_record(NEAR_MISSES[name])
    assert rec.to_csl()["type"] == "document"
    assert not any(d.code == "type-model" for d in rec.diagnostics)


@pytest.mark.parametrize(
    ("found", "csl", "ok"),
    [
        # (negative) an ISSN and a DOI alone: a news story's citing a journal's article
        ({"has_issns": 1.0, "has_doi": 1.0}, "article-journal", False),
        ({"has_issns": 1.0, "has_doi": 1.0, "has_page": 1.0}, "article-journal", True),
        ({"has_issns": 1.0, "has_volume": 1.0}, "article-journal", True),
        ({"has_container_title": 1.0, "has_page": 1.0}, "article-journal", True),
        # (negative) a container and a DOI alone: a site's name and a deposited object's
        ({"has_doi": 1.0, "has_container_title": 1.0}, "article-journal", False),
        # (negative) a preprint or a working paper named on the page
        ({"has_issns": 1.0, "has_doi": 1.0, "preprint_named": 1.0}, "article-journal", False),
        # (negative) a DOI alone is any deposited object's: a data set's, a program's
        ({"has_doi": 1.0}, "article-journal", False),
        ({"has_doi": 1.0, "has_volume": 1.0}, "article-journal", False),
        # (negative) ISSNs alone: a journal's own page, a publisher's list of its journals
        ({"has_issns": 1.0}, "article-journal", False),
        ({"has_number": 1.0, "has_collection_title": 1.0}, "report", True),
        # (negative) a number alone: a notice's, a ticket's
        ({"has_number": 1.0}, "report", False),
        ({"has_isbns": 1.0, "word_book": 1.0}, "book", True),
        ({"has_number_of_pages": 1.0, "has_volume": 1.0}, "book", True),
        # (negative) a count of pages alone: a notebook's, a leaflet's
        ({"has_number_of_pages": 1.0}, "book", False),
        # (negative) an extent on a page that names a thesis: a thesis's description
        ({"has_number_of_pages": 1.0, "has_authors": 1.0, "thesis_named": 1.0}, "book", False),
        # (negative) an extent beside an issue: a periodical's issue
        ({"has_number_of_pages": 1.0, "has_issue": 1.0, "has_issued": 1.0}, "book", False),
        # (negative) a volume beside a publisher: a periodical's too
        ({"has_volume": 1.0, "has_publisher": 1.0}, "book", False),
        # (negative) a type word of another type printed on the page is never overruled
        ({"has_isbns": 1.0, "word_report": 1.0}, "book", False),
        # (negative) numbered paragraphs, a byline, a date, a publisher: any page's
        ({"cover": 1.0}, "report", False),
        ({"has_authors": 1.0, "has_issued": 1.0, "word_report": 1.0}, "report", False),
        ({"has_publisher": 1.0, "has_issued": 1.0}, "book", False),
        ({"event_head": 1.0, "has_page": 1.0}, "paper-conference", True),
        # (negative) an event's own page: its line, no work's pages or DOI
        ({"event_head": 1.0, "has_issued": 1.0}, "paper-conference", False),
        # (negative) types no fields imply: a web article's, an entry's, a thesis's (the hand
        # rules read its degree statements)
        ({"has_authors": 1.0, "has_issued": 1.0}, "post-weblog", False),
        ({"has_authors": 1.0, "has_publisher": 1.0}, "thesis", False),
    ],
)
def test_the_model_types_records_of_one_work_only(
    found: dict[str, float], csl: str, ok: bool
) -> None:
    assert type_model.admits(found, csl) is ok


#: a catalogue's record of one volume: its number and its physical description (pages and
#: maps), nothing naming its type and no maker or date read
VOLUME_RECORD = "Harbour dues in the coastal towns\n\nBd. 2\n\n318 S. : Kt.\n"


def test_fallback_types_a_record_the_hand_rules_leave_untyped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # fallback: the model names the type the record's fields imply (a volume's extent)
    monkeypatch.setattr(type_model, "MODE", "fallback")
    rec = parse_record(VOLUME_RECORD)
    assert rec.to_csl()["type"] == "book"
    assert any(d.code == "type-model" for d in rec.diagnostics)
    monkeypatch.setattr(type_model, "MODE", "off")
    assert _type(VOLUME_RECORD) == "document"  # (the hand rules name none)


#: a work in a series, the series' number not read: a book's series or a report's
SERIES_ONLY = (
    "Harbour dues in the coastal towns\n\nIda Moe\n\nSeries: Fjordvik Notes\nNo. 12\n\n2019\n\n"
    "Harbour dues in the coastal towns have doubled since 1990, and the smallest harbours may "
    "close within a decade.\n"
)


@pytest.mark.parametrize("text", [SERIES_ONLY, VOLUME_RECORD.replace("Bd. 2\n\n", "")])
def test_fields_of_no_one_type_leave_the_page_untyped(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (negative) a series alone (no number, no locator), a count of pages alone: no field
    # combination of one type, the model's guess does not stand
    monkeypatch.setattr(type_model, "MODE", "fallback")
    rec = parse_record(text)
    assert rec.to_csl()["type"] == "document"
    assert not any(d.code == "type-model" for d in rec.diagnostics)


def test_a_doi_alone_is_no_record_of_one_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # (negative) a DOI is a data set's or a program's as well: the model is not asked
    monkeypatch.setattr(type_model, "MODE", "fallback")
    text = (
        "Reed beds and river birds\n\nAnna Lund\n\nhttps://doi.org/10.1234/rbrb.2011.3\n\n"
        "The reed beds along the river hold more birds than the open banks, a count over five "
        "springs shows.\n"
    )
    rec = parse_record(text)
    assert rec.to_csl()["type"] == "document"
    assert not any(d.code == "type-model" for d in rec.diagnostics)
