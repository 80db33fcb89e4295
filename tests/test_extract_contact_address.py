"""The contact known by a form of address and a surname, the given name said apart
(contact_address.py; found on recaps-aa, a teacher's memos about former pupils' parents and
old colleagues).

The shape of a user who taught for years: "Mrs. Okonjo" is how they know the person, and the
given name comes as an afterthought, inverted ("Mr. Lindgren, Tobias, he runs ..."), as a
sentence of its own, or "his first name is ...". Run through real spaCy and the shipped roles
model. Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from debrief.extract.contact_address import given_and_surname
from debrief.extract.pipeline import load_nlp
from tests.conftest import contact_of


def test_an_inverted_name_after_a_form_of_address_is_given_name_then_surname() -> None:
    name, title, _company = contact_of(
        "Walked the long loop tonight. Had my call with Mr. Lindgren, Tobias, he's a plant "
        "training coordinator at Harlow Paper Mill, the big one on the river. He said the "
        "operators learn best on the floor and that I should shadow a shift before applying."
    )
    assert name == "tobias lindgren"
    assert title == "plant training coordinator"


def test_a_given_name_the_model_tags_as_a_place_still_completes_the_name() -> None:
    # an unfamiliar given name is often tagged a place by the small model; it is no place
    doc = load_nlp()(
        "So I phoned Dr. Okereke, Anand, she's the head of outreach at the Brindle "
        "Science Museum, and she said to bring a demo."
    )
    assert given_and_surname(doc, "Okereke") == "Anand Okereke"
    assert given_and_surname(doc, "Anand") == "Anand Okereke"


def test_a_real_place_after_the_comma_is_not_a_given_name() -> None:
    doc = load_nlp()(
        "Talked with Ms. Varga, Atlanta, of course, is where she works as a district trainer."
    )
    assert given_and_surname(doc, "Varga") == "Varga"


def test_a_list_of_people_after_a_form_of_address_is_not_joined() -> None:
    doc = load_nlp()(
        "The panel was Mr. Brandt, Oliver and Priya, and Mr. Brandt did most of the talking "
        "about the apprenticeship."
    )
    assert given_and_surname(doc, "Brandt") == "Brandt"


def test_a_given_name_said_alone_before_a_sentence_about_the_contact() -> None:
    name, _title, _company = contact_of(
        "Okay, so I finally talked to Mrs. Achebe, whose son Tunde I had in tenth grade "
        "chemistry, he talked about Tunde a lot. Ifeoma. She's the quality training lead at "
        "Corvane Foods and she said food safety certificates matter more than degrees there."
    )
    assert name == "ifeoma achebe"


def test_a_given_name_said_with_first_name_is_joins_the_surname() -> None:
    doc = load_nlp()(
        "Mr. Castellano runs the apprentice program at Dunmore Electric, twenty minutes on the "
        "phone, very blunt. I need to send him my hours log by Friday. His first name is "
        "Renzo, I had to look it up."
    )
    assert given_and_surname(doc, "Castellano") == "Renzo Castellano"


def test_another_persons_full_name_is_not_the_contacts_given_name() -> None:
    # the daughter's name said in full, and in a possessive: the father's given name is not said
    doc = load_nlp()(
        "Spoke with Mr. Ferreira tonight, Bianca's dad. Bianca Ferreira was in my honors "
        "class years ago. Bianca. She is at nursing school now. He manages training at the "
        "regional hospital."
    )
    assert given_and_surname(doc, "Ferreira") == "Ferreira"


def test_a_surname_without_a_given_name_anywhere_is_left_alone() -> None:
    doc = load_nlp()(
        "Mr. Duarte from the robotics kit company gave me ten minutes. He said to go to the "
        "state conference. I never got his first name."
    )
    assert given_and_surname(doc, "Duarte") == "Duarte"


def test_a_person_said_only_in_a_possessive_gives_way_to_the_introduced_one() -> None:
    doc = load_nlp()(
        "Long day, Mr. Pruitt's farewell lunch ran over. Anyway, my call was with Dr. Halvorsen, "
        "Greta, she's the director of the teaching center at Larkfield College, and she said "
        "to write up one workshop I have run."
    )
    assert given_and_surname(doc, "Pruitt") == "Greta Halvorsen"


def test_a_person_said_plainly_elsewhere_keeps_the_name() -> None:
    # Pruitt is talked to, not only talked about: the inverted name is someone else
    doc = load_nlp()(
        "Called Mr. Pruitt about the lab tech job. He mentioned Dr. Halvorsen, Greta, she's "
        "the director of the teaching center, as someone to email next."
    )
    assert given_and_surname(doc, "Pruitt") == "Pruitt"


def test_a_relative_with_the_contacts_surname_stays_a_person_mentioned() -> None:
    # the contact is a former pupil's father; the pupil, named in full, is someone else
    from datetime import datetime

    from debrief.extract import extract

    ex = extract(
        "Quick recap. Spoke with Mr. Okafor tonight, Chioma's dad. Chioma Okafor was in my "
        "biology class years back. Victor. He's the training manager at Harbor General. He "
        "said to shadow a nurse educator first.",
        datetime(2026, 12, 9, 17, 0),
    )
    assert ex.contact.name == "Victor Okafor"
    assert "Chioma Okafor" in [p.name for p in ex.people_mentioned]


def test_an_inverted_given_name_off_the_census_lists_completes_the_name() -> None:
    # a user's one-line note after a call with a school's design lead: the given name is on
    # no US census list and the small model tags it a place; its position vouches for it
    name, title, _company = contact_of(
        "Quick note on tonight. Spoke with Ms. Nwachukwu, Chiamaka, she's the learning "
        "design lead at Larkspur Academy, and she told me to put two course samples online."
    )
    assert name == "chiamaka nwachukwu"
    assert title == "learning design lead"


def test_given_names_from_many_origins_join_their_surnames() -> None:
    nlp = load_nlp()
    for surname, given in [
        ("Quispe", "Wayra"),
        ("Ramaswamy", "Thulasi"),
        ("Tuilagi", "Sefo"),
        ("Okonkwo", "Adaeze"),
        ("Bayarsaikhan", "Enkhjin"),
    ]:
        doc = nlp(
            f"Had coffee with Dr. {surname}, {given}, they're a program manager at "
            "Halden Works, and they said the team hires from the evening course."
        )
        assert given_and_surname(doc, surname) == f"{given} {surname}", given


def test_a_word_said_elsewhere_as_a_place_is_not_an_off_list_given_name() -> None:
    # "Kivu" (tagged an organisation there) is said after "in" later: a place, not a name
    doc = load_nlp()(
        "Talked with Mr. Habimana, Kivu, as I said, where he ran the clinic. He worked in "
        "Kivu for ten years before moving to the ministry."
    )
    assert given_and_surname(doc, "Habimana") == "Habimana"


def test_an_english_word_after_the_comma_is_not_an_off_list_given_name() -> None:
    # the tagger reads both as a place or an organisation; both are English words, no names
    nlp = load_nlp()
    for word in ("Meridian", "Summit"):
        doc = nlp(
            f"Met Ms. Albescu, {word}, she's the new training lead at Crestmoor Labs, and she "
            "said to apply before the spring round."
        )
        assert given_and_surname(doc, "Albescu") == "Albescu", word


def test_a_plain_word_said_as_a_sentence_of_its_own_is_no_given_name() -> None:
    # a transcript says plain words as sentences too ("... two contractors. Payroll. She
    # said ..."): the word is no given name (spoken50); a census name that is also an English
    # word ("Hope") still is
    doc = load_nlp()(
        "Notes on my chat with Dr. Mbatha, head of the writing centre at Larchmont College. "
        "The team is four tutors plus two contractors. Payroll. She said the hiring is slow."
    )
    assert given_and_surname(doc, "Mbatha") == "Mbatha"
    doc = load_nlp()(
        "Notes on my chat with Dr. Mbatha, head of the writing centre at Larchmont College. "
        "The team is four tutors plus two contractors. Hope. She said the hiring is slow."
    )
    assert given_and_surname(doc, "Mbatha") == "Hope Mbatha"
