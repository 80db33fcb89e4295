"""Contact shapes from the recaps-f/g authors (pipeline 1.17): one test per shape, real spaCy
and the shipped roles model (through ``extract``).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.names import person_key

WHEN = datetime(2026, 12, 8, 18, 0)


def _name(text: str) -> str:
    return person_key(extract(text, WHEN).contact.name)


def test_a_name_apposed_to_an_organisation_noun_is_the_organisation() -> None:
    assert (
        _name(
            "so the call with the water utility, lakeside water district, i talked with "
            "joanna pike, she's an asset planner there. she started as a meter reader and "
            "moved up."
        )
        == "joanna pike"
    )


def test_an_organisation_before_person_or_panel_is_no_name() -> None:
    assert (
        _name(
            "Call with the Wells Fargo person. The call itself was with Tomas Reyes, a fraud "
            "analyst in Charlotte. He said the work is mostly reading alerts."
        )
        == "tomas reyes"
    )
    assert (
        _name(
            "Recap of the Teleperformance panel thing. Three of them: Ana Lima, a recruiter, "
            "who I had booked, and two trainers. Ana started on the phones."
        )
        == "ana lima"
    )


def test_a_head_word_before_of_starts_an_organisation() -> None:
    assert (
        _name(
            "Talked with University of Dayton folks today. Mostly with Kelly Brandt, an "
            "advisor in the engineering college. She said to apply early."
        )
        == "kelly brandt"
    )


def test_a_lower_case_name_in_a_cased_recap() -> None:
    # the contact's name typed in lower case, the rest cased: the cue still introduces it
    assert (
        _name(
            "Talked to maria gonzalez today, senior lineman with the county power cooperative, got "
            "his number from my old shift supervisor jerome banks. He did six years in the "
            "Army first. He said the apprenticeship is the way in."
        )
        == "maria gonzalez"
    )


def test_a_rank_or_a_coach_before_the_name_is_not_part_of_it() -> None:
    assert (
        _name(
            "So the call with Coach Renata Silva went well, she's the athletic director at "
            "Lakeview Middle School. She taught PE for ten years."
        )
        == "renata silva"
    )
    assert (
        _name(
            "Recap, this was with Special Agent Omar Haddad out of the Denver field office. "
            "He was a patrol officer for six years before the academy."
        )
        == "omar haddad"
    )


def test_a_first_name_repeated_with_its_accent_is_completed() -> None:
    assert _name(
        "So I talked to Jose, José Ortega, with the accent, he's a buyer at Sysco, and he "
        "was a line cook for nine years before that."
    ) == person_key("José Ortega")


def test_the_call_was_with_names_the_contact_after_a_corrected_name() -> None:
    ex = extract(
        "Okay, short one. Insurance claims call, Dana Kowalski. No wait, not Dana, Dana is her "
        "team lead. The call was with Priyanka Rao. She's a claims adjuster at Erie Insurance.",
        WHEN,
    )
    assert person_key(ex.contact.name) == "priyanka rao"


def test_the_contact_was_after_a_heading_organisation() -> None:
    assert (
        _name(
            "Recap: Etsy, Trust and Safety team. The contact was Lena Marsh, policy lead, and "
            "she brought in a colleague for the last ten minutes."
        )
        == "lena marsh"
    )


def _people(text: str) -> dict[str, str]:
    return {person_key(p.name): p.relation for p in extract(text, WHEN).people_mentioned}


def test_a_heading_word_is_no_person() -> None:
    people = _people(
        "call recap. talked to joao silva, he's a dispatcher with the county 911 center. "
        "he said nights are the hardest part."
    )
    assert "recap" not in people


def test_a_trading_house_or_an_importer_is_no_person() -> None:
    ex = extract(
        "Talked to Amara Obi, a buyer at Tidewater Coffee, and Sam Ruiz from Andes Valley "
        "Importers set it up. She used to be at Cerro Azul Trading in Lima.",
        WHEN,
    )
    people = {person_key(p.name) for p in ex.people_mentioned}
    assert "andes valley importers" not in people
    assert "cerro azul trading" not in people
    assert "sam ruiz" in people


def test_a_rank_before_the_name_is_the_title_when_none_is_said() -> None:
    ex = extract(
        "Recap of the ATF call, this was with Special Agent Omar Haddad out of the Denver "
        "field office. He was a patrol officer for six years before the academy.",
        WHEN,
    )
    assert person_key(ex.contact.name) == "omar haddad"
    assert (ex.contact.title or "").lower() == "special agent"


def test_an_organisation_heading_the_recap_is_the_company() -> None:
    ex = extract(
        "Quick recap before the gym. Medtronic, Mounds View campus. I talked with Ruth "
        "Abernethy, a quality engineer. She started on the production floor.",
        WHEN,
    )
    assert person_key(ex.contact.name) == "ruth abernethy"
    assert ex.contact.company == "Medtronic"


def test_a_place_heading_the_recap_is_no_company() -> None:
    ex = extract(
        "Chicago. Cold day. I talked with Ruth Abernethy, she's a quality engineer. She "
        "started on the production floor.",
        WHEN,
    )
    assert ex.contact.company is None


def test_an_acronym_title_after_a_determiner_is_no_name() -> None:
    assert (
        _name(
            "Lunch recap. Talked to an OT, Dr. Marisol Vega, who runs the hand clinic at "
            "Bayfront Health. Twenty minutes."
        )
        == "marisol vega"
    )
