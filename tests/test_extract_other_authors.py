"""Contact and people shapes from the new authors' recaps (recaps-d/e, pipeline 1.15) and from
Whisper's way of punctuating them; one test per shape, real spaCy and the shipped roles model.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


# ---------------------------------------------------------------- people: recall


def test_role_with_a_determiner_then_a_comma_introduces_a_name() -> None:
    people = _people(
        "So I talked to Dana Whitfield. She's a support director at Sanson. She said I should "
        "talk to the Head of Support, Marco."
    )
    assert people.get("Marco") == "referral"


def test_a_title_listing_its_own_parts_is_not_a_person() -> None:
    people = _people(
        "Debrief. Call with Yuki Tanaka, Program Manager, Grants, at the Kellogg Foundation. "
        "She said the work is mostly reading proposals."
    )
    assert "Grants" not in people


def test_a_list_continued_after_a_full_stop_keeps_its_referral() -> None:
    # Whisper ends a sentence in the middle of a spoken list
    people = _people(
        "Call with Yuki Tanaka, a program manager at the Kellogg Foundation. She said, talk to "
        "my colleague, Anders. And, um, Farida, who runs the learning team."
    )
    assert people.get("Anders") == "referral"
    assert people.get("Farida") == "referral"


def test_verbless_and_sentence_adds_to_the_list_before() -> None:
    people = _people(
        "So I talked with Hannah Schulz, a UX lead at Spotify. Hannah said I should connect "
        "with Rafael Gomez. And her old teammate, Ruth Okafor at Zendesk."
    )
    assert people.get("Rafael Gomez") == "referral"
    assert people.get("Ruth Okafor") == "referral"


def test_a_surname_alone_keeps_its_honorific() -> None:
    people = _people(
        "Talked with Ines Varga, a lab tech at Corvel Bio. She trained under Mrs. Abernathy "
        "and later Dr. Oduya, who runs the sequencing core there."
    )
    assert "Mrs. Abernathy" in people
    assert "Dr. Oduya" in people
    assert "Abernathy" not in people


def test_hyphenated_given_name_is_kept_whole() -> None:
    people = _people(
        "Call with Eduardo Ruiz, a field tech lead at Solvane. He's going to intro me to "
        "Hyun-woo Park, a lead tech in Sacramento."
    )
    assert people.get("Hyun-woo Park") == "referral"
    assert "Park" not in people


def test_who_introduced_the_speaker_in_lower_case_text_is_mentioned() -> None:
    people = _people(
        "right so i finally talked to dwayne holloway the guy ngaio put me in touch with he's "
        "a high voltage technician at a substation"
    )
    assert people.get("ngaio") == "mentioned"


def test_days_and_fillers_are_never_names() -> None:
    people = _people(
        "so the call today was with marta lindqvist she's a planner at the port um and she "
        "said i should talk to um her boss tonight or call tomorrow"
    )
    assert not {"today", "tonight", "um", "tomorrow"} & {p.lower() for p in people}


# ---------------------------------------------------------------- people: precision


def test_organisation_apposed_to_an_organisation_noun_is_not_a_person() -> None:
    people = _people(
        "Debrief. I talked to Chiara at her salon, Studio Bellini, it's on Grand Avenue. She "
        "said owning a shop is a second job."
    )
    assert "Studio Bellini" not in people


def test_name_ending_in_an_organisation_head_word_is_not_a_person() -> None:
    people = _people(
        "Ravi Subramaniam. Senior product manager, Loamhouse Games. Small studio, maybe forty "
        "people, in Montreal. He started as a tester."
    )
    assert "Loamhouse Games" not in people


# ---------------------------------------------------------------- contact


def test_lower_case_name_keeps_hyphen_and_apostrophe_parts() -> None:
    assert (
        extract(
            "i talked to meredith oduya-bell she is a nurse manager at a clinic", WHEN
        ).contact.name
        == "meredith oduya-bell"
    )
    assert (
        extract("talked to pat o'sullivan today he's a welder at the shipyard", WHEN).contact.name
        == "pat o'sullivan"
    )


def test_name_opening_a_sentence_the_next_clause_is_about_is_the_contact() -> None:
    r = extract(
        "Lorenzo from ThoughtWorks, he's a principal consultant in their Lisbon office.", WHEN
    )
    assert r.contact.name == "Lorenzo"
    r = extract("ok so zoë lambert she's a content designer at monzo she likes it", WHEN)
    assert r.contact.name == "zoë lambert"
    # a lone word the tagger does not take for a name is no contact: "Remote, she's in ..."
    r = extract(
        "All right, the call was about the design job. Remote, she's in Albuquerque. She was a "
        "teacher for seven years.",
        WHEN,
    )
    assert r.contact.name != "Remote"


def test_ranks_before_the_contacts_name_are_not_the_name() -> None:
    r = extract(
        "Um, so tonight I talked to a Navy recruiter, Petty Officer First Class Marcus "
        "Delacroix, at the recruiting station. My mom came with me.",
        WHEN,
    )
    assert r.contact.name == "Marcus Delacroix"
    r = extract(
        "So, last one. Talked with Corporal, sorry, former Corporal, Aroha Tamihana, who's now "
        "a nursing student at Johns Hopkins.",
        WHEN,
    )
    assert r.contact.name == "Aroha Tamihana"


def test_who_introduced_the_speaker_is_not_the_contact() -> None:
    r = extract(
        "So my old professor, Dr. Whitley, introduced me to Kofi Mensah-Bauer, he's an "
        "independent instructor who teaches continuing education.",
        WHEN,
    )
    assert r.contact.name == "Kofi Mensah-Bauer"
    assert {p.name: p.relation for p in r.people_mentioned}.get("Dr. Whitley") == "mentioned"


def test_company_before_a_possessive_and_a_place() -> None:
    r = extract(
        "I talked with Omar Haddad, he's a marketing lead at Mailchimp's Atlanta office.", WHEN
    )
    assert r.contact.company == "Mailchimp"
    r = extract("Call with Priya Shah, a nurse at St. Luke's. She loves it.", WHEN)
    assert r.contact.company == "St. Luke's"
