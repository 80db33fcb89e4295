"""People (`people33`): a "him"/"her" that is the object of a way of reaching someone (call,
email, forward, send, ...) points back to the last person named before it, in the name's
sentence or the next, and makes them a referral; not when a pronoun of the same gender may be
the contact's, when the verb is past, or when it is negated. Real spaCy
(``en_core_web_sm``). Every recap is written for this file; none is copied from a labelled
corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "Talked to Marisa Oyelowo, a claims adjuster at Tidewell Mutual. "
NAMED = "She said the county office has a fleet guy named Lorenzo Vasquez who knows every opening. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_a_plan_in_the_next_sentence_pointing_back_makes_a_referral() -> None:
    assert _people(OPENING + NAMED + "i'll call him.")["Lorenzo Vasquez"] == "referral"


def test_the_contacts_offer_in_a_later_clause_of_a_note_makes_a_referral() -> None:
    people = _people(
        OPENING + "- her old boss Lorenzo Vasquez runs training now, she'll fwd my resume "
        "to him\n- she said apply early"
    )
    assert people["Lorenzo Vasquez"] == "referral"


def test_a_past_call_is_no_referral() -> None:
    people = _people(OPENING + NAMED + "I called him last year.")
    assert people["Lorenzo Vasquez"] == "mentioned"


def test_a_pronoun_that_may_be_the_contact_decides_nothing() -> None:
    people = _people(
        "Talked to Marco Oyelowo, a claims adjuster at Tidewell Mutual. He mentioned his "
        "colleague Lorenzo Vasquez. I'll email him a thank-you tomorrow."
    )
    assert people["Lorenzo Vasquez"] == "mentioned"


def test_a_negated_plan_is_no_referral() -> None:
    people = _people(OPENING + "She mentioned Lorenzo Vasquez runs training. I won't call him.")
    assert people["Lorenzo Vasquez"] == "mentioned"


def test_a_pronoun_of_the_gender_the_recap_gives_the_contact_decides_nothing() -> None:
    people = _people(
        "Call w/ Marco Oyelowo, claims adjuster at Tidewell Mutual. He was impressed by my "
        "estimates. He is hiring in Q3.\n\nAlso mentioned Ms. Lorenz, HR in Munich, handles "
        "relocation, n/a for me. TODO: send him a summary of the estimate project by Thursday."
    )
    assert people["Ms. Lorenz"] == "mentioned"
