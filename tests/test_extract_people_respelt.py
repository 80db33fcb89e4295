"""A name Whisper spelt a second way is not a second person (people_respelt.py).

The recaps are spoken-style transcripts written for these tests: no headings, Whisper's full
stops, the contact's name or their firm's name heard twice and written two ways, as tiny.en
does with a name it has never seen. The real pipeline runs on each.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.people_respelt import mixed_word, respelt_contact, respelt_given, respelt_org

WHEN = datetime(2026, 5, 12, 17, 45)


def names(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


def test_the_firm_heard_a_second_way_is_no_person() -> None:
    # a firm named after its founder, "Haskell" the first time, "Hascall" the second
    rec = extract(
        "Okay, so I just got off the call with Marguerite Oyelaran. She's a site engineer at "
        "Walter Haskell on the bridge job. She said the first two years are mostly "
        "inspections and paperwork. Walter Hascall pays for the PE exam and gives you a study "
        "week. About 25 minutes.",
        WHEN,
    )
    assert rec.contact.company == "Walter Haskell"
    assert not {p.name for p in rec.people_mentioned}


def test_the_contact_heard_a_second_way_is_no_person() -> None:
    got = names(
        "That was the call with Rashida Ambrose, a data engineer at a logistics startup. Um, "
        "she said most of her day is fixing broken pipelines. I need to thank Rashid Ambrose "
        "and send the portfolio by Friday."
    )
    assert "Rashid Ambrose" not in got
    got = names(
        "That was the call with Rashida Ambrose, a data engineer at a logistics startup. She "
        "said most of her day is fixing broken pipelines. Follow up with Ambros about the "
        "referral by Friday."
    )
    assert "Ambros" not in got


def test_relatives_and_near_short_names_stay_people() -> None:
    # the contact's brother shares her surname; "Dana" is one letter from "Diana" but short
    got = names(
        "Quick recap, call with Linh Nguyen, a pharmacist at a hospital in Denver. She said "
        "her brother Tuan Nguyen works in pharmacy informatics and she'll introduce me. She "
        "also mentioned her manager Dana. 20 minutes."
    )
    assert {"Tuan Nguyen", "Dana"} <= got
    got = names(
        "So the call was with Diana Castellano, a nurse manager at Mercy General. She said her "
        "coworker Dana Whitlock moved into education."
    )
    assert "Dana Whitlock" in got


def test_the_rules_on_their_own() -> None:
    assert respelt_org("Walter Hascall", ["Walter Haskell"])
    assert not respelt_org("Walter Haskell", ["Walter Haskell"])  # as written: not this rule
    assert not respelt_org("Walter Hale", ["Walter Haskell"])  # three letters off
    assert not respelt_org("Ed Moss", ["Ed Ross"])  # too short to tell
    assert respelt_contact("San Mohamid", "Mohamad El-Sawyad")
    assert respelt_contact("Rashid Ambrose", "Rashida Ambrose")
    assert not respelt_contact("Tuan Nguyen", "Linh Nguyen")
    assert not respelt_contact("Claire DuPont", "Claire Dubois")
    assert not respelt_contact("Dana", "Diana Castellano")
    assert not respelt_contact("Mohamad", None)


def test_a_word_of_letters_and_digits_is_no_name() -> None:
    assert mixed_word("Local HE6")
    assert mixed_word("R2 Dawson")
    assert not mixed_word("Anne-Marie O'Neill")
    assert not mixed_word("Darlene Two Feathers")


def test_the_contacts_given_name_heard_again_is_no_person() -> None:
    # the notes name the contact by given name, and tiny.en spells it anew (spoken42)
    got = names(
        "So the call was with Hana Okoro, a UX researcher at Brightline Health, about 30 "
        "minutes. She said most of her week is interviews and synthesis. I need to send a "
        "thank you note to Hannah tonight and apply to the research ops posting by Friday."
    )
    assert "Hannah" not in got
    # the contact as filed, not the people stage's first guess, is what it is read against
    got = names(
        "Okay so I talked to Marcy, she's the events coordinator at Riverside Parks. She said "
        "summer is nonstop. Send Marcia a thank you."
    )
    assert "Marcia" not in got


def test_a_name_near_the_contacts_but_another_opening_stays() -> None:
    got = names(
        "So the call was with Diana Castellano, a nurse manager at Mercy General. She said her "
        "coworker Dana moved into education and I should ask Dana about it."
    )
    assert "Dana" in got


def test_respelt_given_on_its_own() -> None:
    assert respelt_given("Hannah", "Hana Okoro")
    assert respelt_given("Marcia", "Marcy")
    assert not respelt_given("Hana", "Hana Okoro")  # as written: the contact rules' business
    assert not respelt_given("Dana", "Diana Castellano")  # another opening
    assert not respelt_given("Hannah Fields", "Hana Okoro")  # a full name is someone else
    assert not respelt_given("Jo", "Joe Smith")  # too short to tell
    assert not respelt_given("Hannah", None)
