"""People mentioned (`people25`): a census given name said alone, in whatever role its
sentence gives it. Speakers name family and coworkers by first name with no cue word ("give
Norma the form", "the story with Travis", "pickup for Luis"); the lone-word rule dropped
every such word the tagger reads as a PERSON unless it was the subject of a verb (people21).
A capitalised word the tagger reads as a PERSON that the census lists as a given name is now
kept, except a feast day, the speaker addressed by name, an event said after a preposition
of time, a firm of two names, a name listed among things, and the contact by a short name.
Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.people_given import contact_short_form

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> set[str]:
    return {p.name.lower() for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a warehouse lead's note: the coworker is the one given something (a dative)
        (
            "Talked with Ruth Okafor, operations manager at Bluestem Logistics, for half an "
            "hour. She said the planner job is mostly spreadsheets and phone calls. I need to "
            "send her my resume by Thursday, and I still have to give Norma the shift swap "
            "form.",
            "norma",
        ),
        # a story to prepare, named after the coworker it happened with
        (
            "Call with Dev Sharma, plant engineer at Corliss Foods. He said interviews there "
            "ask for a conflict example. I'll prepare the one with Travis about the audit and "
            "email Dev a thank-you tomorrow.",
            "travis",
        ),
        # a parent's aside: the child named after "for"
        (
            "Quick call with Helen Strand, a recruiter at Pinecrest Health. She said the "
            "evening shifts fill first. Daycare pickup for Luis is at five, so days only. "
            "Apply on their site by Sunday.",
            "luis",
        ),
    ],
)
def test_given_name_said_alone_in_any_role(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # a feast day the census lists as a given name
        (
            "Talked to Owen Barros, a lab manager at Quarry Bio. He said hiring slows down "
            "after the holidays. My sister was home for Easter so I was distracted. Send him "
            "my transcript by Monday.",
            "easter",
        ),
        # the speaker addressed by name in the contact's words
        (
            "Call with Wendy Azikiwe, program director at Lantern Youth Services. She said, "
            "Brenda, you will be bored the first month, and that's fine. I should read their "
            "annual report this weekend.",
            "brenda",
        ),
        # a firm named after two partners
        (
            "Spoke with Iris Mwangi, an editor who freelances for Simon and Schuster these "
            "days. She said to pitch small presses first. Email her my sample chapter by "
            "Friday.",
            "simon",
        ),
    ],
)
def test_given_name_that_is_no_one_mentioned(text: str, not_person: str) -> None:
    assert not_person not in _people(text)


def test_short_form_of_the_contacts_name() -> None:
    # "Ben" beside Benjamin, "Reggie" beside Reginald; "Dana" is no short "Miller"
    assert contact_short_form("ben", "Benjamin Ortiz")
    assert contact_short_form("reggie", "Reginald Amoah")
    assert contact_short_form("ortiz", "Benjamin Ortiz")
    assert not contact_short_form("dana", "Benjamin Miller")
    assert not contact_short_form("bo", "Bob Lind")
    assert not contact_short_form("ben", None)
