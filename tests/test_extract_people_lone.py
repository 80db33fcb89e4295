"""People mentioned (`people13`): a lone first name acting as only a person does ("Marisela
overheard the call", "Bernadette couldn't make it") is a person, even where an organisation
guess (the contact's company included) took in its word; "Ask X how ..." opening a sentence
names X; "I should call X" is the speaker's plan (a referral); "the introduction from X" names
who introduced the speaker (mentioned, not a referral); "Gunnar, or Gunner" is one person
said with a doubted spelling, "Priya, or Tomas" two.
Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.people_lone import full_name, name_after_verb
from debrief.extract.pipeline import load_nlp

WHEN = datetime(2026, 12, 8, 18, 0)

# a tradesman's memo: the contact, his work, then the speaker's household
_OPENING = (
    "Called Gus Amundsen tonight, he runs the boiler room at Lakeshore Medical Center. "
    "He started as a pipefitter and got his stationary engineer license at forty. "
)


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marisela overheard the whole call and laughed at the overtime part.", "Marisela"),
        ("Oh and Marisela wants to know if the job has weekends off.", "Marisela"),
        ("His foreman was supposed to join, but Bernadette couldn't make it.", "Bernadette"),
        # a cue verb opening a sentence, tagged a verb: the name after it is still a name
        # (the tagger reads neither name as a PERSON here)
        ("Next steps: apply for the night opening. Ask Rosalind how she'd feel.", "Rosalind"),
        ("Next steps: apply for the night tech opening. Ask Ilse how she'd feel.", "Ilse"),
    ],
)
def test_a_lone_first_name_acting_as_a_person_is_a_person(text: str, name: str) -> None:
    assert name in _people(_OPENING + text)


def test_the_speakers_plan_to_call_a_named_lead_is_a_referral() -> None:
    text = (
        "He mentioned his old supervisor Tobias Lindgren, who is always short of techs. "
        "I should call Tobias next week."
    )
    assert _people(_OPENING + text).get("Tobias Lindgren") == "referral"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He said the introduction from Dr. Okonjo was why he picked up.", "Dr. Okonjo"),
        ("Gus said the intro from Pastor Lindqvist made him say yes.", "Pastor Lindqvist"),
    ],
)
def test_who_made_the_introduction_is_mentioned_not_a_referral(text: str, name: str) -> None:
    assert _people(_OPENING + text).get(name) == "mentioned"


def test_a_verb_before_a_non_name_opens_no_person() -> None:
    nlp = load_nlp()
    doc = nlp.make_doc("Ask about the license first.")
    # no tagger ran: the word after the verb carries no proper-noun tag, so it names no one
    assert not name_after_verb(doc, 0, 1)
    assert not any(
        n.startswith("License") for n in _people(_OPENING + "Ask about the License first.")
    )


def test_a_first_name_alone_is_completed_from_the_taggers_full_name() -> None:
    doc = load_nlp()("My old steward, Vince Palumbo, knows him. I will thank Vince.")
    assert full_name(doc, "Vince") == "Vince Palumbo"
    assert full_name(doc, "Odalys") == "Odalys"


@pytest.mark.parametrize(
    "text",
    [
        "He mentioned his old foreman Gunnar, or Gunner, who runs the chiller crew.",
        "He mentioned their chief engineer, Gunnar, or Gunner, Gunnar I think, who teaches.",
    ],
)
def test_a_doubted_second_spelling_is_the_same_person(text: str) -> None:
    people = _people(_OPENING + text)
    assert "Gunnar" in people
    assert "Gunner" not in people


def test_two_names_joined_by_or_are_two_people() -> None:
    text = "He said to email his colleague Priya, or his colleague Tomas if she is out."
    people = _people(_OPENING + text)
    assert {"Priya", "Tomas"} <= set(people)
