"""People mentioned (`people11`): an honorific before a surname alone stays with it ("Dr. Okwu",
"Mrs. Abara", "Coach Tillman"; the authors label the academic ones both ways, and dropping them
lost more names on the newest development author than it won on n..s, so the older convention
stays). Also a name after an adverb and a comma is
no organisation's apposition ("... staffing again, Solveig said"), "thanks X" is a person cue,
"org" an organisation noun, and a name that starts with the noun said before the comma ("a
taqueria, Taqueria ...") names an organisation; two lone names joined by "and" are two
people; the speaker's plan right before a name in unpunctuated speech is a referral, and
their plan about their own friend is not. Real spaCy (``en_core_web_sm``). Every
sentence is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = "Talked with Marisol Quintero, a grants officer at Tallgrass Trust. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My thesis advisor Dr. Okwu set up the call.", "Dr. Okwu"),
        ("She was introduced by my professor, Professor Lindahl.", "Professor Lindahl"),
        ("I need to ask Dr. Baptiste for a reference by Friday.", "Dr. Baptiste"),
        ("She said Mrs. Abara at the front desk knows everyone.", "Mrs. Abara"),
        ("My old coach, Coach Tillman, set up the call.", "Coach Tillman"),
    ],
)
def test_an_honorific_stays_with_a_lone_surname(text: str, name: str) -> None:
    assert name in _people(_OPENING + text)


def test_an_academic_title_before_a_full_name_is_dropped_as_before() -> None:
    people = _people(_OPENING + "She said Dr. Helga Brandt runs the review panel.")
    assert "Helga Brandt" in people


def test_a_name_after_an_adverb_and_a_comma_is_no_organisations_apposition() -> None:
    # "hospital staffing again, Solveig said ...": "again" ends the phrase of the
    # organisation noun; Solveig is who pointed the speaker to the contact
    people = _people(
        "Right, hospital staffing again, Solveig said I should talk to Tomasz Wierzba, and "
        "I finally did. Tomasz runs the development office at Prairie Hearth."
    )
    assert people.get("Solveig") == "mentioned"


def test_who_the_speaker_thanks_is_a_person() -> None:
    people = _people(
        "Short notes. Ravindra from Coldwater Logistics passed my name along, so thanks "
        "Ravindra. The call was with Greta Lindqvist, a dispatcher there."
    )
    assert "Ravindra" in people


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # "org" is an organisation noun, as "nonprofit" and "firm" are
        (
            "Talked with Ilse Brandt, who runs a tiny org, Marlow Grant, teaching weaving.",
            "Marlow Grant",
        ),
        (
            "Talked with Ilse Brandt, from a small org, Harlan Lewis, it's her and one other.",
            "Harlan Lewis",
        ),
        # a name that starts with the noun just said before the comma names that place
        (
            "Talked with Ilse Brandt, she manages a family-owned taqueria, Taqueria Rosa "
            "Linda, in El Paso.",
            "Taqueria Rosa Linda",
        ),
    ],
)
def test_a_name_apposed_to_an_organisation_noun_is_no_person(text: str, org: str) -> None:
    people = _people(text)
    assert org not in people
    assert people == {}  # nor any part of it


def test_the_speakers_plan_mid_sentence_in_unpunctuated_speech_is_a_referral() -> None:
    # no full stops: the parser's sentence does not open with the plan
    people = _people(
        "talked with Oksana Hrytsenko from Brightline Audio she said the owner Marisa Lund "
        "runs a tight crew and pays on time i'll email Marisa tomorrow morning"
    )
    assert people.get("Marisa Lund") == "referral"


def test_the_speakers_plan_about_their_own_friend_is_no_referral() -> None:
    people = _people(_OPENING + "I'll reach out to my friend Soo-ah who does web design.")
    assert people.get("Soo-ah") == "mentioned"


def test_the_speakers_plan_about_the_contacts_colleague_is_still_a_referral() -> None:
    people = _people(_OPENING + "I'll reach out to her colleague Soo-ah Kang next week.")
    assert people.get("Soo-ah Kang") == "referral"


@pytest.mark.parametrize(
    "text",
    [
        "The interns were Sarah and Kevin, they were nice.",
        "the others there were Sarah and Kevin from the board who just waved",
    ],
)
def test_two_lone_names_joined_by_and_are_two_people(text: str) -> None:
    # no person cue at all: the tagger reads both words as names, and "and" joins them
    people = _people(_OPENING + text)
    assert "Sarah" in people
    assert "Kevin" in people


@pytest.mark.parametrize(
    "text",
    [
        "She worked at Ernst and Young before the trust.",
        # tools, not people: a choice ("or"), after a tool verb, or a firm's longer name
        "She said a CRM like Salesforce or Bloomerang matters most.",
        "She said what matters is knowing Prometheus and Grafana.",
        "She started at a small firm in Edison, Desai and Mehta CPAs, which her dad founded.",
    ],
)
def test_tools_and_firms_said_as_a_pair_are_no_two_people(text: str) -> None:
    assert _people(_OPENING + text) == {}
