"""A body's copyright line names the work's publisher (``comet.page.copyright_bodies``): a
society, a college, a centre, an institute holding the copyright of the page's work; a
company's, a person's, the authors' or a web address's copyright names none. Every page,
name and body here was invented for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comet import parse_record
from comet.locales import all_rules
from comet.page.copyright_bodies import _a_body
from comet.page.copyright_holders import HOLDER_WORDS

PROSE = (
    "Reed beds along the northern shore have shrunk by a third since the survey of 1990, "
    "and the loss is fastest where the dykes were raised. This paper compares six sites over "
    "three summers and asks which of the measures taken since then slowed the loss.\n"
)


def _page(foot: str) -> str:
    return (
        "Reed beds of the northern shore and their birds\n\n"
        "Orla Fenwick, Tamsin Riley\n\n"
        "Abstract\n" + PROSE + "\n" + PROSE + "\n" + PROSE + f"\n{foot}\n"
    )


def _publisher(text: str) -> str | None:
    return parse_record(text).to_csl().get("publisher")


@pytest.mark.parametrize(
    ("foot", "body"),
    [
        ("Copyright © 2020 Fenland College of Surgeons. All Rights Reserved.",
         "Fenland College of Surgeons"),
        ("Copyright 2006, Centre for Marsh Studies", "Centre for Marsh Studies"),
        ("© 2019 Instituto de Estudios Costeros", "Instituto de Estudios Costeros"),
        ("© 2021 Gesellschaft für Moorkunde. Alle Rechte vorbehalten.",
         "Gesellschaft für Moorkunde"),
        ("© 2018 Société d'histoire des marais", "Société d'histoire des marais"),
    ],
)  # fmt: skip
def test_a_bodys_copyright_line_names_the_publisher(foot: str, body: str) -> None:
    assert _publisher(_page(foot)) == body


@pytest.mark.parametrize(
    "foot",
    [
        "© 2022 Fenreads Network, Inc. All rights reserved.",  # a platform's owner: a company
        "© Orla Fenwick, Fenland University",  # the author's, with her university
        "Copyright © 2020 The Authors",  # the authors hold it
        "© 2020 fenland-society.org",  # a web address
    ],
)
def test_no_publisher_from_other_holders(foot: str) -> None:
    assert _publisher(_page(foot)) is None


def test_a_label_outweighs_the_copyright_line() -> None:
    text = _page("Copyright 2006, Centre for Marsh Studies").replace(
        "Abstract\n", "Publisher: Heronsgate Press\n\nAbstract\n", 1
    )
    assert _publisher(text) == "Heronsgate Press"


@given(st.text(max_size=120))
def test_any_holder_text_is_read_without_error(holder: str) -> None:
    # a body's name opens with a capital or a digit and is a few words at most
    if _a_body(holder, all_rules()):
        assert holder[:1].isupper() or holder[:1].isdigit()
        assert 0 < len(holder.split()) <= HOLDER_WORDS
