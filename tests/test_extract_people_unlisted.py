"""People mentioned (`people22`): a first name the census does not list, said alone. The
people21 rule took census given names only, so a household of Ukrainian, Vietnamese or
Nigerian names ("Bohdana wants ...", "Halyna's roommate") was lost. A capitalised word off the
census list and off the English lexicon, alone, as the subject of a verb or the owner of a
noun of relation, is now a person; a firm the recap files as a company ("Brightmoor hired
her"), a word of an organisation the recap names, and a place said after "in" are not.
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
        # a welder's voice note: his sister asks a favour at the end, no "my sister" cue
        (
            "Had a call with Rosalind Pike, fabrication lead at Corbel Steelworks, about half "
            "an hour. She said the certification matters more than the school. I should send "
            "her my bend test results by Friday. Bohdana wants me to pick up the kids, ugh.",
            "bohdana",
        ),
        # a teacher's aside: the owner of "roommate" (no "'s roommate" cue exists), a name
        # the census does not list
        (
            "Spoke with Marcus Feld, curriculum director at Northgate Academy. He said the "
            "district hires in March. Email him my sample unit by Tuesday. Halyna's roommate "
            "used to teach there, so I might ask about the culture.",
            "halyna",
        ),
    ],
)
def test_unlisted_first_name_said_alone(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # a firm off every list said as a subject, filed as a company (a strong mention)
        (
            "Call with Odette Lamb, analyst at Quarry Point Partners. She said Brightmoor "
            "hired her out of school and trained her in modelling. Send her my resume by "
            "Monday.",
            "brightmoor",
        ),
        # a word of the organisation the recap names
        (
            "Talked to Ines Baptiste, ops manager at Zentrova Logistics. Zentrova wants "
            "people who have run a warehouse shift. I should apply by the end of the month.",
            "zentrova",
        ),
        # a town said after "in", then as a subject
        (
            "Spoke with Harold Quist, plant manager at Dunmore Foods in Kesterville. He said "
            "Kesterville keeps losing young workers to the city. Follow up next week.",
            "kesterville",
        ),
    ],
)
def test_unlisted_word_that_is_no_person(text: str, not_person: str) -> None:
    assert not_person not in _people(text)
