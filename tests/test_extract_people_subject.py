"""People mentioned (`people21`): a first name said alone as the one doing something in the
speaker's own aside. A speaker names family and coworkers by first name with no cue word
before them ("Carol wants me to ...", "Hoa finally fixed the oven"), and the lone-word rule
dropped them as it drops firms and tools said alone. A capitalised census given name that is
the subject of a verb after it is now a person; a month before a date ("Wed Jan 14") and
a city (of the places list, or said elsewhere as a place) and a word before a verb that
makes no clause ("Gary not required", a Whisper mishearing) are not.
Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> set[str]:
    return {p.name.lower() for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a barista's voice note ends on a coworker's demand, no "my coworker" before her
        (
            "Call with Tomasz Wrobel, roastery manager at Ember Hill Coffee, about twenty "
            "minutes. He said the job is half logistics and half tasting. I should send him "
            "my cupping notes by Friday. Also Carol wants me to close on Sunday, fine.",
            "carol",
        ),
        # a nurse's aside about home, the child named by first name only
        (
            "Spoke with Dr. Imelda Reyes, clinical educator at Saint Brendan Hospital. She "
            "said the educator role is mostly onboarding new grads. I need to email her my "
            "CV by Thursday. Oh, and Gary lost his retainer again, so that's my evening.",
            "gary",
        ),
        # the "'s" is "is": "Renata's gonna ..." (the tagger reads "gon" as a noun)
        (
            "Talked to Paulo Mendes, estimator at Granite Ridge Builders. He said estimating "
            "pays less at first but the hours are sane. Renata's gonna be thrilled about the "
            "hours. Send him my takeoff sample by Monday.",
            "renata",
        ),
    ],
)
def test_given_name_said_alone_as_a_subject(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # a month abbreviation in a typed heading is no "Jan"
        (
            "Mon Jan 12, 30 min, phone. Call with Odile Marchetti, grants officer at Larkspur "
            "Foundation. She said reviewers read the budget first. Email her my draft by "
            "Friday.",
            "jan",
        ),
        # a city that is a given name too, said as a subject where the recap has it as a
        # place earlier ("in Austin"); the tagger calls the subject a PERSON
        (
            "Call with Wendell Ambrose, a planner at Ridgeway Transit in Austin. He said "
            "Austin keeps adding bus lines so planners are busy. I should read the regional "
            "plan by Tuesday.",
            "austin",
        ),
        # a city of the places list, said only as a subject
        (
            "Call with Margit Lund, a program officer at Alder Relief. She said Geneva "
            "decides most of the budget. I should read their annual report by Tuesday.",
            "geneva",
        ),
        # a dictation misheard into "Gary not required": a "not" with no auxiliary makes no
        # clause, so no one is said to do anything
        (
            "Call with Lorna Beck, payroll lead at Quarry Foods, 25 minutes. She said the "
            "audit season is brutal. She said apply to the rotation program, and Gary not "
            "required, just a cover letter. Apply before the 30th.",
            "gary",
        ),
    ],
)
def test_lone_subject_that_is_no_person(text: str, not_person: str) -> None:
    assert not_person not in _people(text)
