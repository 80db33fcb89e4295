"""People mentioned (`rel41`): how a recap's notes file a referral. A heading "Referral:"
before the name; a plan to contact opening any item of a to-do list ("Next steps: ..., and
email X"), not only its first; the contact arranging a call to come ("she'll set it up") or
naming someone "to chat to". A plan about the speaker's own colleague ("our unit manager
X") stays ``mentioned``.
Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = "Call with Maria Lopez, data manager at Acme Health. We talked for 30 minutes. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(_OPENING + text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Referral: Ruth Ambrose, their HR partner.", "Ruth Ambrose"),
        ("REFERRAL: Ruth Ambrose, manager at Delta Clinic.", "Ruth Ambrose"),
        ("Referral: a data analyst named Ruth Ambrose who consults for clinics.", "Ruth Ambrose"),
        (
            "Next steps: sign up for the class, and email the volunteer coordinator Odile "
            "next Wednesday.",
            "Odile",
        ),
        (
            "Tasks, one, send her my resume by Monday, two, email Owen Harte, their "
            "recruiter, Friday.",
            "Owen Harte",
        ),
        (
            "homework: fill out the form by June, and look up the events guy she mentioned, "
            "Hector Lamb.",
            "Hector Lamb",
        ),
        ("Priyanka Sethi, the director, might want to talk, she'll set it up.", "Priyanka Sethi"),
        (
            "Also: she mentioned Gideon Marsh (City Hall) as someone to chat to re: policy.",
            "Gideon Marsh",
        ),
    ],
)
def test_a_note_files_the_person_as_a_referral(text: str, name: str) -> None:
    assert _people(text).get(name) == "referral"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the speaker's own colleague, not a lead from the call
        ("I need to email our unit manager Rhonda about the rota after my shift.", "Rhonda"),
        # a to-do item thanking the one who set the call up
        ("Next steps: update my LinkedIn, and thank Owen Harte for the intro.", "Owen Harte"),
        # a to-do item about the speaker's own old boss
        ("Next steps: apply by Friday, and email my old boss Gerald about a reference.", "Gerald"),
        # who set this call up, in the past
        ("Dana Whitlock set it up last month through the alumni list.", "Dana Whitlock"),
    ],
)
def test_the_speakers_own_people_stay_mentioned(text: str, name: str) -> None:
    assert _people(text).get(name) == "mentioned"
