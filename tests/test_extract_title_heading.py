"""The contact's title on a typed note's heading line (``title_heading``, found on recaps-ac
and y): "<Name> - <Title>, <Org>", "<Name> - <Title> @ <Org>", "<Org> — <Name> (<Title>)",
often with a clipped head ("Dir", "mgr", "GM").

Checked through the whole extraction and on the rule with a given contact. Every recap is
written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.pipeline import extract, extract_doc
from debrief.extract.title_heading import heading_title
from debrief.models import Contact

WHEN = datetime(2026, 12, 9, 17, 0)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            # a typed call heading: the title after the dash, a clipped "Dir", the org after
            "call w/ Tobias Wren - Dir of Banquets, Larkspur Resort Group\n"
            "- 25 min, he was on a break\n"
            "- started as a dishwasher, then line cook, then banquet captain\n",
            "Dir of Banquets",
        ),
        (
            # the organisation first, the person's title in brackets after the name
            "Harborview Inn — Marisol (Front Office Mgr). 20 min.\n"
            "- she runs the desk and the night audit\n"
            "- wants people who stay calm with angry guests\n",
            "Front Office Mgr",
        ),
        (
            # the title between the name and "@ <Org>"
            "Dagny Holt - Fleet Director @ Copperline Freight (regional carrier)\n"
            "talked for half an hour, she came up from dispatch\n"
            "- advice: learn the routing software before applying\n",
            "Fleet Director",
        ),
    ],
)
def test_a_title_on_the_heading_line(text: str, title: str) -> None:
    assert extract(text, WHEN).contact.title == title


def test_a_spoken_one_line_recap_has_no_heading() -> None:
    # no line break: a spoken recap, whose commas are no heading's parts
    text = (
        "so I talked to Renata Vidal, the owner, at her shop in Fresno, she said the hours are "
        "brutal but she loves it"
    )
    contact = Contact(name="Renata Vidal", title=None, company=None)
    assert heading_title(extract_doc(text, WHEN), contact).title is None


def test_a_title_said_on_the_heading_line_is_kept() -> None:
    # the kept title is on the line already: the part nearer the name is not put in its place
    text = "Notes - Omar Said, Bakery Mgr - Crumb & Co, ops lead last year\n- 15 min\n"
    contact = Contact(name="Omar Said", title="ops lead", company="Crumb & Co")
    assert heading_title(extract_doc(text, WHEN), contact).title == "ops lead"


def test_the_call_length_and_the_organisation_are_no_title() -> None:
    # parts with no title's head (a length, the company, a medium) leave the title unset
    text = "Priya Natarajan - Saffron Lane Catering, phone, ~30 min\n- talked about costing\n"
    contact = Contact(name="Priya Natarajan", title=None, company="Saffron Lane Catering")
    assert heading_title(extract_doc(text, WHEN), contact).title is None
