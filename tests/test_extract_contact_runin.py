"""spoken40 with the real spaCy pipeline: a word run into the front of the contact's name
with no stop or comma between (contact_runin): a heading Whisper heard as an English word, a
short form said before the full given name, a job word in a typed note; ranks, a name of
English words and two-word names are left alone."""

from __future__ import annotations

from datetime import datetime

from debrief.extract.contact_runin import run_in, runin_dropped
from debrief.extract.pipeline import extract
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


def test_a_heading_heard_as_an_english_word_is_no_part_of_the_name() -> None:
    text = (
        "Debris Kwabena Osei senior manager tax. I met him at the Lagos office, 40 minutes. "
        "He joined straight out of university and he loves the travel."
    )
    assert extract(text, WHEN).contact.name == "Kwabena Osei"


def test_a_short_form_said_before_the_full_given_name() -> None:
    text = (
        "Fran Francesca Lindqvist, the athletic director at Bramble Ridge Community College, "
        "she was the swim coach there for years. Fifteen minutes."
    )
    assert extract(text, WHEN).contact.name == "Francesca Lindqvist"


def test_a_given_name_said_twice_run_together() -> None:
    text = (
        "So, Lantern Bank, I just had 45 minutes with their research manager, Marisol "
        "Marisol Quintanilla. She came up through customer insights."
    )
    assert extract(text, WHEN).contact.name == "Marisol Quintanilla"


def test_a_job_word_typed_before_the_name() -> None:
    text = (
        "Today: Chaplain Reuben Goldfarb, Sunfield Hospice, he's the spiritual care manager "
        "for their Tampa program. He said the hardest part is the paperwork."
    )
    assert extract(text, WHEN).contact.name == "Reuben Goldfarb"


def test_ranks_english_names_and_two_word_names_are_left_alone() -> None:
    for name in (
        "Coach Bill Hollis",  # a rank: the author's convention (contact41)
        "Command Sergeant Major",  # rank words after it
        "Read Forward Baltimore",  # English words after it
        "Mary Ann Smith",  # a given name first
        "Jo Joanna Lee",  # too short to be read as a short form
        "Debris Farok",  # two words
    ):
        assert not run_in(name.split()), name
    kept = Contact(name="Will Smith Jones", title="analyst")
    assert runin_dropped(kept) == kept
