"""People mentioned (`people45`): three readings of who a person is to the speaker.

- "so I'll ask my cousin Tomasz about it": a talking cue whose subject is the speaker in
  the future is their own errand, not the contact's suggestion (``mentioned``), even where
  the contact's "she said" stands earlier in the same run-on sentence;
- "call Odile Brandt she said": a bare instruction with the contact's "said" trailing the
  name is the contact's suggestion (``referral``);
- "Intro via Benedikt Arnaud (Fennick)": who made the introduction, said after "via" or
  "through", introduced the speaker (``mentioned``).

Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = (
    "Talked with Consolata Mwangi, the outreach coordinator at Eastgate Tenants Union, "
    "for half an hour. "
)


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(_OPENING + text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She said the evening shift is where the openings are and I'll ask my cousin "
            "Tomasz Wierzbicki about covering my Tuesdays.",
            "Tomasz Wierzbicki",
        ),
        (
            "She said they train everyone on the forklift first, so I'm going to talk to "
            "my neighbour Gustavo Lindqvist about his warehouse days.",
            "Gustavo Lindqvist",
        ),
    ],
)
def test_speaker_own_talk_is_mentioned(text: str, name: str) -> None:
    assert _people(text).get(name) == "mentioned"


def test_advice_to_talk_stays_referral() -> None:
    text = "She said I should talk to Marguerite Oduya, who runs the pantry network."
    assert _people(text).get("Marguerite Oduya") == "referral"


def test_trailing_said_is_referral() -> None:
    text = (
        "Finish the food handler course by June, and call Odile Brandt she said, "
        "she coordinates the mobile pantry."
    )
    assert _people(text).get("Odile Brandt") == "referral"


def test_intro_via_is_mentioned() -> None:
    # the contact's name in the same line, before the cue, as in a note's heading
    text = "Consolata's intro via Benedikt Arnaud (Fennick Logistics). She started as a driver."
    assert _people(text).get("Benedikt Arnaud") == "mentioned"
