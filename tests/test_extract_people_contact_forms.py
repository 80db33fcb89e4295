"""People mentioned (`people27`): the contact in every form it is said is no other person, and a
name said as "a friend of Oksana's" is a person. A
one-word short form the contact is called by ("Dee", "Theo") that begins the given name of a
full name said elsewhere ("Deandra Holloway", "Theodore Amsel"), and an honorific on either
side ("Dr. Marwick" beside "Corinne Marwick"), name the contact
(:func:`debrief.extract.roles_people.same_person`). Real spaCy (``en_core_web_sm``). Every
sentence is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.roles_people import same_person

WHEN = datetime(2026, 12, 8, 18, 0)


@pytest.mark.parametrize(
    ("text", "contact", "full"),
    [
        (
            "Quick memo after my call with Dee, the warehouse lead at Ridgeline Pantry. "
            "Deandra Holloway has run their cold storage for nine years. She said to get my "
            "forklift card first. I'll email her a thank-you tomorrow.",
            "Dee",
            "Deandra Holloway",
        ),
        (
            "Talked to Theo at the co-op, he's the produce buyer for Larch Street Grocery. "
            "Theodore Amsel started as a cashier there. He said to learn the ordering software.",
            "Theo",
            "Theodore Amsel",
        ),
    ],
)
def test_the_contacts_full_name_beside_a_short_form_is_no_other_person(
    text: str, contact: str, full: str
) -> None:
    r = extract(text, WHEN)
    assert r.contact.name == contact
    assert full not in {p.name for p in r.people_mentioned}


@pytest.mark.parametrize(
    ("key", "contact_key", "same"),
    [
        ("corinne marwick", "dr marwick", True),  # an honorific is no word of the name
        ("dr marwick", "corinne marwick", True),
        ("deandra holloway", "dee", True),
        ("theodore amsel", "theo", True),
        ("dr", "dr marwick", False),  # an honorific alone names nobody
        ("maria lopez", "ed", False),  # too short to be a short form
        ("diego", "dee", False),  # a one-word name is no full name
        ("bao tran", "dee", False),
    ],
)
def test_same_person_reads_honorifics_and_short_forms(
    key: str, contact_key: str, same: bool
) -> None:
    assert same_person(key, contact_key) is same


@pytest.mark.parametrize(
    ("aside", "name"),
    [
        ("She's a friend of Oksana's, small world.", "Oksana"),
        ("She is an old classmate of Bogdan's from church.", "Bogdan"),
    ],
)
def test_a_name_said_as_a_friend_of_xs_is_a_person(aside: str, name: str) -> None:
    # people27: the double genitive's owner is a person whatever the tagger calls the word
    text = "Talked with Ruth Gallo, scheduler at Brightline Power. " + aside + " Good call."
    assert name in {p.name for p in extract(text, WHEN).people_mentioned}
