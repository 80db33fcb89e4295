"""People mentioned (`people26`): a referral cue said after a name refers back to that name only
when it points back (a pronoun, or the end of its clause); a cue that goes on with a noun
phrase of its own ("talk to donors", "gave me tips", "send my resume") is about that thing,
and the name said before it stays ``mentioned``.
Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = (
    "Spoke with Harriet Oyelaran, the volunteer manager at Riverbend Food Bank, for forty minutes. "
)


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(_OPENING + text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a long run-on sentence: the cue's object is a kind of people, not the name before
        (
            "She came over from the county with Desmond Achterberg and she said what they "
            "really want is someone who can talk to donors without a script.",
            "Desmond Achterberg",
        ),
        # the cue "gave me" goes on with what was given, not with a person
        (
            "Her old supervisor Ingrid Halvorsen taught her the ropes, and she gave me "
            "advice about the night shifts.",
            "Ingrid Halvorsen",
        ),
        # the speaker's resume is passed on, to no one named
        (
            "Her boss Wendell Mbeki signs off on every hire, and she said she'd forward my "
            "resume once I fix the formatting.",
            "Wendell Mbeki",
        ),
    ],
)
def test_a_cue_with_an_object_of_its_own_leaves_the_name_before_mentioned(
    text: str, name: str
) -> None:
    assert _people(text).get(name) == "mentioned"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the cue points back with a pronoun
        (
            "Her colleague Priya Raman is hiring drivers, and she said I should reach out "
            "to her directly.",
            "Priya Raman",
        ),
        # the cue ends its clause
        (
            "Her colleague Tomasz Nowak runs the pantry, and she said he's the one to talk to.",
            "Tomasz Nowak",
        ),
        # a date after the cue is no object of its own
        (
            "Her colleague Lucinda Obi runs intake, and she said I should call next week.",
            "Lucinda Obi",
        ),
    ],
)
def test_a_cue_that_points_back_keeps_the_name_before_a_referral(text: str, name: str) -> None:
    assert _people(text).get(name) == "referral"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the speaker's own plan to write, but to say thanks: who helped, not a lead
        ("Email Rosalind Achebe a thank-you note tonight.", "Rosalind Achebe"),
        ("Also text Rosalind Achebe a thank-you, I owe her lunch.", "Rosalind Achebe"),
        # a cue said by the contact in the same sentence ("intro") does not make the thanked
        # person a lead
        (
            "She said she knows him well, so thank Bartholomew Nkem for the intro.",
            "Bartholomew Nkem",
        ),
    ],
)
def test_a_person_the_speaker_thanks_is_mentioned(text: str, name: str) -> None:
    assert _people(text).get(name) == "mentioned"


def test_a_thank_you_in_another_sentence_leaves_a_referral() -> None:
    text = (
        "I'll send her a thank-you note tonight. She said I should reach out to Oduya Mensah "
        "in logistics."
    )
    assert _people(text).get("Oduya Mensah") == "referral"
