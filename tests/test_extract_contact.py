"""debrief_contact_v1 through the real spaCy pipeline: contact, title, company, companies."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.names import company_key

WHEN = datetime(2026, 12, 8, 18, 0)


def keys(names: list[str]) -> set[str]:
    return {company_key(n) for n in names}


def test_intro_with_title_and_company() -> None:
    r = extract(
        "Just hung up with Tobias Lindgren, he's a staff data scientist at Klarna. "
        "Before that he spent four years at Spotify and did his master's at KTH.",
        WHEN,
    )
    assert r.contact.name == "Tobias Lindgren"
    assert r.contact.title == "staff data scientist"
    assert r.contact.company == "Klarna"  # earlier employers are not the contact's company
    assert keys(r.companies_mentioned) == {"klarna", "spotify", "kth"}


def test_company_correction_wins_and_slip_is_dropped() -> None:
    r = extract(
        "I talked to Noor Aziz, she's an auditor at Deloitte, no wait, at KPMG. "
        "She said busy season is brutal.",
        WHEN,
    )
    assert r.contact.company == "KPMG"
    assert keys(r.companies_mentioned) == {"kpmg"}


def test_real_move_keeps_both_companies() -> None:
    r = extract(
        "Talked with Ines Moreau, a tax manager at EY, actually no, she left, she's at PwC now.",
        WHEN,
    )
    assert r.contact.company == "PwC"
    assert keys(r.companies_mentioned) == {"pwc", "ey"}


def test_from_after_the_contacts_name_is_their_company() -> None:
    # NER tags the unfamiliar company as a PERSON; right after the contact's name, "from"
    # still makes it the employer. A referral "from" someone is not an organisation.
    r = extract(
        "Call with Odile Marchetti from Pfizer, she leads the quality team. "
        "She said I got her name from Tomas Reyes.",
        WHEN,
    )
    assert r.contact.name == "Odile Marchetti"
    assert r.contact.company == "Pfizer"
    assert keys(r.companies_mentioned) == {"pfizer"}


def test_current_role_after_a_past_one_in_the_next_sentence() -> None:
    r = extract(
        "I had a long chat with Femi Adeyemi. He used to be a chemistry teacher and now "
        "he's a learning experience designer at Brightwave.",
        WHEN,
    )
    assert r.contact.name == "Femi Adeyemi"
    assert r.contact.title == "learning experience designer"
    assert r.contact.company == "Brightwave"


def test_capitalised_verbs_and_people_are_not_companies() -> None:
    r = extract(
        "I met Ines Duarte, a site engineer at Arcadis. Getting promoted there takes a while. "
        "She said her old colleague Tobias Wren at Ramboll is hiring. I need to email Tobias "
        "on Monday.",
        WHEN,
    )
    # "Getting" before "promoted" is a verb, not an employer ("Eater hired her" is), and a
    # person's first name alone ("email Tobias") stays a person even when NER says ORG.
    assert keys(r.companies_mentioned) == {"arcadis", "ramboll"}


def test_organisation_called_by_name_is_not_an_alias() -> None:
    named = extract("I talked to Ruth Abara, VP of finance at a hospital system called Kestrel.")
    assert named.contact.company == "Kestrel" and named.companies_mentioned == ["Kestrel"]
    alias = extract("I talked to Roberta Lindqvist, she's called Bea, a nurse at Mercy Hospital.")
    assert alias.contact.name == "Roberta Lindqvist"
    assert keys(alias.companies_mentioned) == {"mercy hospital"}


def test_mixed_case_company_ending_a_sentence() -> None:
    # spaCy keeps "PwC." whole, gluing it to the next sentence; debrief's tokenizer splits it.
    r = extract("Chatted with Ken Ito, a tax partner at PwC. Ken never planned to stay.")
    assert r.contact.company == "PwC" and r.companies_mentioned == ["PwC"]
    place = extract("I spoke to Ada Mun. She runs a food bank in Oakland called Second Helping.")
    assert place.contact.company == "Second Helping"


def test_at_sign_and_present_perfect() -> None:
    terse = extract("Spoke w/ Raj Mehta (senior data analyst @ Wayfair) for 20 mins.")
    assert terse.contact.title == "senior data analyst" and terse.contact.company == "Wayfair"
    assert terse.call_minutes == 20
    perfect = extract(
        "Great conversation with Omar Haddad this afternoon. He's been a product marketing "
        "manager at HubSpot for three years."
    )
    assert perfect.contact.title == "product marketing manager"
    assert perfect.contact.company == "HubSpot"


def test_description_before_the_name() -> None:
    r = extract("I talked to the head of growth at Miro, Ana Lind, for half an hour.")
    assert (r.contact.name, r.contact.title, r.contact.company) == (
        "Ana Lind",
        "head of growth",
        "Miro",
    )
    # "my old manager" is the speaker's relation to them, not their title
    mine = extract("Coffee with my old manager, Priya Das, who now runs design at Figma.")
    assert mine.contact.name == "Priya Das" and mine.contact.title is None
    assert mine.contact.company == "Figma"


def test_title_correction() -> None:
    r = extract(
        "So that was Raul Mendes, he's a program manager, well, actually his title is "
        "senior program lead, at the Gates Foundation.",
        WHEN,
    )
    assert r.contact.title == "senior program lead"
    assert r.contact.company == "Gates Foundation"


def test_apposition_parentheses_and_they_contact() -> None:
    a = extract("Recap of my call with Kit Moss, senior counsel at Etsy. Kit loves the work.", WHEN)
    assert (a.contact.name, a.contact.title, a.contact.company) == (
        "Kit Moss",
        "senior counsel",
        "Etsy",
    )
    b = extract("Call w/ Ana Ruiz (backend engineer, Twilio). 30 min.", WHEN)
    assert (b.contact.name, b.contact.title, b.contact.company) == (
        "Ana Ruiz",
        "backend engineer",
        "Twilio",
    )
    c = extract(
        "This one was with Jules Amari, they're a UX writer at Canva. They said to write daily.",
        WHEN,
    )
    assert (c.contact.title, c.contact.company) == ("UX writer", "Canva")


def test_unnamed_contact_keeps_title_and_company() -> None:
    r = extract("Quick chat with a recruiter from Accenture, didn't catch her name.", WHEN)
    assert r.contact.name is None
    assert r.contact.title == "recruiter"
    assert r.contact.company == "Accenture"


def test_tools_and_credentials_are_not_companies() -> None:
    r = extract(
        "I talked to Lena Park, a data analyst at Wayfair. She said SQL and Tableau matter, "
        "the CFA Level 1 helps, and she did her MBA at Wharton.",
        WHEN,
    )
    assert keys(r.companies_mentioned) == {"wayfair", "wharton"}


def test_company_names_are_normalised_and_merged() -> None:
    r = extract(
        "I talked to Jo Kim, a planner at Acme Robotics Inc. She joined Acme in 2019 "
        "after three years at the Boeing Company, and Boeing still calls her.",
        WHEN,
    )
    assert r.contact.company is not None and company_key(r.contact.company) == "acme robotics"
    assert keys(r.companies_mentioned) == {"acme robotics", "boeing"}


def test_lowercase_without_punctuation() -> None:
    r = extract(
        "so i just talked to maria lopez shes a product manager at stripe and she said "
        "writing matters most",
        WHEN,
    )
    assert r.contact.name == "maria lopez"
    assert r.contact.title == "product manager"
    # a well-known organisation said in lower case is filed as it is usually written
    assert r.contact.company == "Stripe"


def test_robust_inputs() -> None:
    for text in [
        "",
        "   ",
        "hello",
        "Stripe",
        "talked to",
        "!!! ???",
        "Hablé con María en Madrid ayer.",
    ]:
        r = extract(text, None)
        assert r.contact is not None
        assert isinstance(r.companies_mentioned, list)
    long = "I talked to Sam Lee, a nurse at Mercy. " + "She said the shifts are long. " * 2000
    r = extract(long, WHEN)
    assert r.contact.name == "Sam Lee"


def test_more_intro_shapes() -> None:
    cases = {
        "Just talked to a product manager at Airbnb named Chris Olsen. He was nice.": (
            "Chris Olsen",
            "product manager",
            "Airbnb",
        ),
        "Caught up with my old manager, Priya Das, who is now a director at Salesforce.": (
            "Priya Das",
            "director",
            "Salesforce",
        ),
        "My informational was with Leila Haddad. She works at Microsoft as a program manager.": (
            "Leila Haddad",
            "program manager",
            "Microsoft",
        ),
        "Interview debrief: Nadia Petrova, Head of Design at Miro. She said to show process.": (
            "Nadia Petrova",
            "Head of Design",
            "Miro",
        ),
        "Had coffee with Jess, sorry, Jessica Huang, she's a UX designer at Intuit.": (
            "Jessica Huang",
            "UX designer",
            "Intuit",
        ),
        "I met Omar Reyes, he started at Chase as a teller, now he's a branch manager at Citi.": (
            "Omar Reyes",
            "branch manager",
            "Citi",
        ),
    }
    for text, expected in cases.items():
        c = extract(text, WHEN).contact
        assert (c.name, c.title, c.company) == expected, text


def test_terse_and_recast_intros() -> None:
    a = extract("Informational - Dan Li, quant researcher, Two Sigma. 45 mins.", WHEN)
    assert (a.contact.name, a.contact.title, a.contact.company) == (
        "Dan Li",
        "quant researcher",
        "Two Sigma",
    )
    assert a.call_minutes == 45
    b = extract(
        "I talked with Avery Quinn, they're a freelance illustrator, well, more of an art "
        "director these days.",
        WHEN,
    )
    assert b.contact.title == "art director"
    c = extract(
        "Okay, today's call. It was with, uh, Grace Obi? She's a data manager at Medpace.", WHEN
    )
    assert (c.contact.name, c.contact.company) == ("Grace Obi", "Medpace")
