"""A transcript's capitalised run of three words holding a plain English word is no person
(people_spokenwords.py).

The recaps are transcript-style texts written for these tests; the real pipeline reads each
twice, as a transcript (``spoken=True``) and as typed text.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.people_spokenwords import english_word_run

WHEN = datetime(2026, 5, 12, 17, 45)

OPENING = (
    "Okay, so that was the call with Renata Okafor, a planner at the county transit office. "
    "She said the first year is mostly data cleanup. "
)


def names(text: str, spoken: bool) -> list[str]:
    return [p.name for p in extract(text, WHEN, spoken=spoken).people_mentioned]


def test_a_run_with_an_english_word_is_no_person_on_a_transcript() -> None:
    # Whisper's capitals on "ladder" and "plus": a misheard name, no person filed
    cued = OPENING + "She said I should meet her coworker Tomas Ladder Quill, who runs the buses."
    listed = OPENING + "Send a thank you to Priya Plus Dev or the front desk by Friday."
    for text, run in ((cued, "Tomas Ladder Quill"), (listed, "Priya Plus Dev")):
        assert run not in names(text, spoken=True)
        # typed text is read as before: the writer's capitals are a name's
        assert run in names(text, spoken=False)


def test_names_of_name_words_particles_and_two_words_stay() -> None:
    text = (
        OPENING + "She said I should meet her coworker Maria de la Cruz and her boss "
        "Anne Marie Kowalski. Send Renata a thank you by Friday."
    )
    assert {"Maria de la Cruz", "Anne Marie Kowalski"} <= set(names(text, spoken=True))
    # two words are not read: a name's word may be an English one no census lists
    assert not english_word_run("Raj Padel")
    assert not english_word_run("Father Mike Donnelly")  # "father": a form of address
    assert english_word_run("Greg Link Vista")
