"""The contact's company shapes read at stop 28 (found on recaps-n..s).

Each recap runs through real spaCy and the shipped roles model (``contact_of``). Every
sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.pipeline import load_nlp
from debrief.extract.roles_company import _fronted, company_policy
from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            "Call with Bernard, he goes by Bernie, he's the night manager at St. Columba's "
            "Men's Shelter. He said the work is hard. I'll call the shelter Monday.",
            "st columba s men s shelter",
            id="possessives-inside-the-name",
        ),
        pytest.param(
            "Spoke with Ines Calloway, a grants analyst at the state Department of Revenue, "
            "the audit division. She said learn Excel.",
            "department of revenue",
            id="of-inside-the-name",
        ),
    ],
)
def test_a_company_the_rules_cut_inside_its_name_is_read_whole(text: str, company: str) -> None:
    # the rules keep only the words after a possessive or "of" ("Shelter", "Revenue"); the
    # roles model reads the whole name, and the rules' is its tail
    assert contact_of(text)[2] == company


def test_only_a_tail_of_the_model_s_company_is_fronted() -> None:
    assert _fronted("Shelter", "St. Vincent's Men's Shelter")
    assert _fronted("Administration", "Department of Administration")
    assert not _fronted("Shelter", "Shelter")  # the same answer: nothing to weigh
    assert not _fronted("Acme", "Acme Robotics")  # read on after it: ``_extends``
    assert not _fronted("Health", "Mercy Hospital")
    assert not _fronted("Bank", "First National Savings and Loan Community Trust Bank")


@pytest.mark.parametrize(
    "text",
    [
        "The contact was Anders Lindqvist, lighting lead at Brightwater Events. Sorry, let me "
        "back up. My cousin from the opera set this up. Anders ran the lighting crew at the "
        "Orpheum for six years, then moved for the salary. He said learn grandMA.",
        "The contact was Tove Hansen, sound lead at Northpoint Productions. Sorry, let me start "
        "over. My old teacher arranged it. Tove mixed shows at the Fitzgerald for ten years "
        "before that. She said get a Dante certificate.",
    ],
)
def test_an_apology_that_only_restarts_the_story_corrects_no_company(text: str) -> None:
    # "sorry" is a correction marker, but the venue named two sentences on is the contact's
    # past, not what the apology puts right: the introduction's company stands
    company = contact_of(text)[2]
    assert company in {"brightwater events", "northpoint productions"}


def test_the_model_s_company_said_in_the_introduction_beats_one_said_apart() -> None:
    nlp = load_nlp()
    doc = nlp(
        "The contact was Anders Lindqvist, lighting lead at Brightwater Events. He ran the "
        "lighting crew at the Orpheum for six years."
    )
    # the rules' "Orpheum" is linked to no name; the model's is said in the introduction
    names = ("Anders Lindqvist", None)
    how = company_policy(
        doc, "sure:0.9", names[0], "Orpheum", "Brightwater Events", None, [], names
    )
    assert how == "model"


def test_a_correction_over_short_spoken_sentences_still_moves_the_company() -> None:
    # Whisper ends a sentence at every pause: the correction's company comes two short
    # sentences after "No, sorry." and still replaces the introduction's
    text = (
        "So, I finally spoke with Ottilie Brandt. She's the head of recruiting at the Kellerman "
        "School of Music. No, sorry. She just moved. She's at the Harlow Conservatory now. "
        "Same job. She said apply to the counselor role by August 10."
    )
    assert contact_of(text)[2] == "harlow conservatory"
