"""People shapes from recaps by other authors (issue 11), one test per shape, real spaCy.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_lone_capitalised_word_in_no_person_context_is_not_a_person() -> None:
    people = _people(
        "Talked with Josefa Lindqvist, a dispatcher at a freight broker. She used to drive for "
        "Werner before that, and now she schedules tools like Samsara all day."
    )
    assert "Werner" not in people
    assert "Samsara" not in people


def test_organisation_described_after_its_name_is_not_a_person() -> None:
    people = _people(
        "This is for the Pellham call. Pellham Voss is a law firm in Denver, and I talked to "
        "a paralegal there, Oriane Dufresne, who is going to law school next year."
    )
    assert "Pellham Voss" not in people


def test_organisation_possessive_is_not_a_person() -> None:
    people = _people(
        "So I talked to Ruben Castellanos, a researcher at a small consultancy, and I only "
        "learned the firm when he mentioned Larkspur Insight's clients near the end."
    )
    assert "Larkspur Insight" not in people


def test_honorific_keeps_a_lone_surname() -> None:
    people = _people(
        "Recap of my chat with Teodora Iliescu, a lab manager at Brightwell Bio. Oh, and "
        "Dr. Kowalczyk, my old advisor, is the one who set it up."
    )
    # a surname alone keeps the honorific it was said with (the newer authors' labels)
    assert "Dr. Kowalczyk" in people


def test_contact_nickname_before_full_name_is_not_another_person() -> None:
    people = _people(
        "So, I talked with Fran, Francesca Amato, who's a pricing analyst at Dunmore Foods. "
        "She said Fran is what everyone calls her."
    )
    assert "Fran" not in people
    assert "Francesca Amato" not in people


def test_lowercase_nouns_after_cues_are_not_people() -> None:
    people = _people(
        "so i talked to ezekiel he's a shift lead at a bakery he said i should apply for the "
        "assistant manager role and that his week is talking to vendors and suppliers"
    )
    assert not {"role", "vendors", "suppliers"} & {p.lower() for p in people}


def test_names_given_as_a_list_are_referrals() -> None:
    people = _people(
        "Talked with Mireille Okonjo, an outreach lead at the Fairhaven Library. Names she said "
        "I should contact: Dorian Pike, who coordinates the adult literacy program, and "
        "Saoirse Kelleher, an educator at Brookline Community College."
    )
    assert people.get("Dorian Pike") == "referral"
    assert people.get("Saoirse Kelleher") == "referral"


def test_who_connected_us_is_mentioned_not_a_referral() -> None:
    people = _people(
        "Okay, so a neighbour, Ottoline, connected us last week. The call was with Rasmus "
        "Kjeldsen, a ferry captain with Baltic Line. Oswin, my old roommate, introduced us too."
    )
    assert people.get("Ottoline") == "mentioned"
    assert people.get("Oswin") == "mentioned"


def test_contacts_own_organisation_is_not_a_person() -> None:
    people = _people(
        "Debrief. Talked with Yannick Ferland, a partner at a small patent firm in Quebec, "
        "Ferland Ouellet. He was an electrical engineer before law school."
    )
    assert "Ferland Ouellet" not in people


# ---- lone first names in a person context (people2, session 20)


def test_names_after_works_with_and_coordinated_are_people() -> None:
    people = _people(
        "Coffee chat with Ines Barrow, a grants officer at Tidewater Trust. She works "
        "closely with Farid and Noemi, and she uses Salesforce every day."
    )
    assert people.get("Farid") == "mentioned"
    assert people.get("Noemi") == "mentioned"
    assert "Salesforce" not in people


def test_tool_after_works_with_is_not_a_person() -> None:
    people = _people(
        "Talked with Bettina Kroll, an analyst at Harrow Freight. She works with Tableau and "
        "Snowflake most of the week."
    )
    assert "Tableau" not in people
    assert "Snowflake" not in people


def test_name_after_reach_out_to_is_a_referral_even_when_tagged_nationality() -> None:
    people = _people(
        "Spoke with Wendell Ashe, a pharmacist at Riverbend Clinic. He said I should reach out "
        "to Priya on the pharmacy team about rotations."
    )
    assert people.get("Priya") == "referral"


def test_name_from_a_department_is_a_person() -> None:
    people = _people(
        "Call with Odile Marchetti from Brightwater Foods. Anton from recruiting might have "
        "a summer opening, and Lise in HR handles the visas."
    )
    assert people.get("Anton") == "mentioned"
    assert people.get("Lise") == "mentioned"


def test_who_introduced_us_is_mentioned_even_when_tagged_organisation() -> None:
    people = _people(
        "Notes on my call with Teodor Vance, a ranger at Cascade Parks. Grace introduced us "
        "last spring."
    )
    assert people.get("Grace") == "mentioned"


def test_names_to_contact_list_is_referrals() -> None:
    people = _people(
        "Spoke to Hollis Dunmore, a foreman at Ridgeback Builders. Names to contact: Ruth, "
        "who runs the apprenticeship intake, and Tobias Wren, an inspector at the county."
    )
    assert people.get("Ruth") == "referral"
    assert people.get("Tobias Wren") == "referral"


def test_name_followed_by_its_role_is_a_person_even_untagged() -> None:
    people = _people(
        "Call with Mira Castell, an editor at Harbor Lane Press. She reports to Gwen, the "
        "managing editor, and she loves Figma."
    )
    assert people.get("Gwen") == "mentioned"
    assert "Figma" not in people


def test_name_from_front_of_house_is_a_person() -> None:
    people = _people(
        "Talked to Gus Pereira, a line cook at Saltbox. He thinks Marisol from the front of "
        "house might know of openings."
    )
    assert people.get("Marisol") == "mentioned"


def test_roads_and_programmes_tagged_person_are_not_people() -> None:
    people = _people(
        "Debrief. I met Lorna Vell at the job fair, she coordinates Multilingual Outreach at "
        "the library. She said the commute down Highway 95 is rough. Said to apply in March."
    )
    assert "Multilingual Outreach" not in people
    assert not any("Highway" in p for p in people)
    assert "Said" not in people


def test_misheard_heading_word_is_not_a_person() -> None:
    people = _people(
        "Deep Reef, Cedar Valley Clinic call, Spoke with Rosa Juarez, a medical assistant. "
        "She said Dr. Lim runs the residency."
    )
    assert "Deep Reef" not in people
    assert "Dr. Lim" in people


def test_speakers_own_plan_to_email_someone_makes_them_a_referral() -> None:
    people = _people(
        "Coffee with Owen Price, an analyst at Delmont Foods. He said his deputy, Aisha Bello, "
        "might need help this summer. Email Aisha by Thursday."
    )
    assert people.get("Aisha Bello") == "referral"


def test_plan_not_to_email_someone_is_no_referral() -> None:
    people = _people(
        "Coffee with Owen Price, an analyst at Delmont Foods. His colleague Mara runs hiring. "
        "Don't email Mara yet."
    )
    assert people.get("Mara") == "mentioned"


def test_last_word_of_an_organisations_list_is_not_a_person() -> None:
    people = _people(
        "Debrief. Today I spoke to Dr. Ilka Brandvold, she's the director of the Institute "
        "for Housing, Health and Opportunity at Carver State. She loves the research side."
    )
    assert "Opportunity" not in people


def test_surname_that_is_also_a_noun_is_kept() -> None:
    people = _people(
        "Talked with Sana Qureshi, a study coordinator at Bayview Health. Her friend Olivia "
        "Grant is hiring. I'll email Olivia by Wednesday."
    )
    assert people.get("Olivia Grant") == "referral"


def test_second_plan_in_the_same_sentence_is_not_a_referral() -> None:
    people = _people(
        "Call with Ines Ruiz, a trial manager at Corvel Bio. She said reach out to Jenna Walsh, "
        "their data lead. Email Jenna by Wednesday and thank Dr. Rivera today."
    )
    assert people.get("Jenna Walsh") == "referral"
    assert people.get("Dr. Rivera") == "mentioned"
