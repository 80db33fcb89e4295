"""The contact's company on a transcript goes on over the lower-case words Whisper writes after
a capitalised name when they end on an organisation's head ("at Harbor Gate physical therapy",
"director of Ashby's string players"); a typed recap's lower-case tail is left (spoken51).

The recaps are written for these tests in the shape of Whisper transcripts. Real spaCy.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 6, 3, 16, 10)


def company(text: str, spoken: bool) -> str | None:
    return extract(text, WHEN, spoken).contact.company


THERAPY = (
    "Just hung up with Odette Marlowe. She's a physical therapist assistant at Harbor Gate "
    "physical therapy over in Salem. She started as a front desk aide and went back to school. "
    "She likes the patients and hates the insurance calls. Her advice was to shadow first."
)

ELECTRICAL = (
    "Called Wendell Ash tonight, he's a project manager at Redfern electrical now. He ran "
    "crews as a foreman for years and then moved inside. He likes the planning. "
    "He said learn scheduling software before I ask."
)

PLAYERS = (
    "Talked to Greta Lindqvist, she is the executive director of Ashby's string players. "
    "She came up as a cellist and then ran the office. She loves the concerts and "
    "dislikes fundraising. Her advice was to volunteer at a festival."
)


def test_a_lower_case_tail_ending_on_a_head_is_the_name_on_a_transcript() -> None:
    assert company(THERAPY, spoken=True) == "Harbor Gate physical therapy"
    assert company(ELECTRICAL, spoken=True) == "Redfern electrical"


def test_an_owners_s_before_the_tail_is_kept_on_a_transcript() -> None:
    assert company(PLAYERS, spoken=True) == "Ashby's string players"


def test_a_typed_recap_keeps_its_capitalised_name() -> None:
    assert company(ELECTRICAL, spoken=False) == "Redfern"


# the organisation past a full stop Whisper put after the title, in a sentence of its own
STOPPED = (
    "Okay, so finally talked to Imogen Farrow, the one Priya told me about back in May. She's "
    "the program director. At the NW Rowing Sector Council, it's a tiny org. It's basically "
    "training for coaches."
)


def test_the_organisation_past_a_stop_after_the_title_is_read_on_a_transcript() -> None:
    assert company(STOPPED, spoken=True) == "NW Rowing Sector Council"
