"""The contact written by the initials of their name says a referral as "she" would (people42),
through the real pipeline.

A note-taker who names the contact in full once and by initials after ("Call with Harriet
Okonkwo-Vance ... HOV suggested I ...") has the contact make the referral; without the
initials read as the contact's, the person was filed as mentioned. The sentences are written
for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.names import person_key

WHEN = datetime(2026, 12, 8, 18, 0)


def _relations(text: str) -> dict[str, str]:
    return {person_key(p.name): p.relation for p in extract(text, WHEN).people_mentioned}


def test_the_contact_by_initials_refers() -> None:
    relations = _relations(
        "Call with Marguerite Osei, head of school at Larchmont Academy.\n\n"
        "She runs a campus of nine hundred students.\n\n"
        "Next steps:\n"
        "- Send MO my CV by Monday.\n"
        "- MO suggested I speak with Mr. Anselm Brandt, who runs admissions at the network.\n"
    )
    assert relations.get("anselm brandt") == "referral"


def test_initials_the_recap_never_writes_change_nothing() -> None:
    relations = _relations(
        "Call with Marguerite Osei, head of school at Larchmont Academy. She runs a campus of "
        "nine hundred students. Her deputy, Anselm Brandt, built the timetable."
    )
    assert relations.get("anselm brandt") == "mentioned"
