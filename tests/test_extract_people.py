"""debrief_people_v1 through the real spaCy pipeline: people, referral vs mentioned, companies."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def people(text: str) -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.company, p.relation) for p in extract(text, WHEN).people_mentioned}


def test_referral_with_company_and_first_name_folded() -> None:
    got = people(
        "I talked to Hana Ito, a product manager at Notion. She suggested I talk to her "
        "colleague Ravi Menon, who moved from sales into product at Figma last year. "
        "I'll email Ravi by Friday."
    )
    assert got == {"Ravi Menon": ("Figma", "referral")}


def test_mentioned_vs_referral_and_negation() -> None:
    got = people(
        "Spoke with Greta Holm, an editor at Vox. She gave me two names: Luis Vega, who runs "
        "the fellowship at NPR, and Ada Chen, a producer on her team. She also talked about "
        "her old boss Martin Reyes, who retired. And she mentioned Priya Nair at the Times, "
        "but she didn't offer to connect us."
    )
    assert got["Luis Vega"] == ("NPR", "referral")
    assert got["Ada Chen"] == ("Vox", "referral")
    assert got["Martin Reyes"][1] == "mentioned"
    assert got["Priya Nair"][1] == "mentioned"
    assert "Greta Holm" not in got


def test_pronoun_back_reference_and_offer_to_intro() -> None:
    got = people(
        "I talked to Omar Haddad from Shopify. His friend Lena Fischer is hiring at Stripe, "
        "and he said I should reach out to her. He offered to introduce me to Tom Beck too."
    )
    assert got["Lena Fischer"] == ("Stripe", "referral")
    assert got["Tom Beck"][1] == "referral"


def test_speaker_own_people_are_mentioned_and_contact_nickname_excluded() -> None:
    got = people(
        "I talked to Oluwatobi Bello, she goes by Tobi, she's a nurse practitioner at Mercy. "
        "My cousin Ade set this up. Tobi said to shadow first. I need to ask Ade for her number."
    )
    assert got == {"Ade": (None, "mentioned")}


def test_places_tools_and_orgs_are_not_people() -> None:
    got = people(
        "I talked to Carla Moss, an analyst at Pfizer. We talked about a cafe on Woodward. "
        "She uses Tableau and Minitab, and Lean Six Sigma matters. Pfizer hired her in 2020."
    )
    assert got == {}


def test_terse_note_directive() -> None:
    got = people("Call w/ Ana Ruiz (engineer, Twilio). Told me to ping her teammate Jon Ode.")
    assert got == {"Jon Ode": ("Twilio", "referral")}


def test_use_my_name_referral_and_honorifics_stripped() -> None:
    got = people(
        "Call with Ana Ruiz, a paralegal at Hogan Lovells. She said to mention her name when I "
        "contact Jon Ode on the hiring team. She also said I should talk to Judge Mira Solberg."
    )
    assert got["Jon Ode"][1] == "referral"
    assert got["Mira Solberg"][1] == "referral"


def test_sentence_initial_nouns_and_imperatives_are_not_people() -> None:
    got = people(
        "Talked to Rosa Vidal at a food bank. Burnout is common there. She offered to "
        "introduce me to Marcus Webb. Send Rosa the article by Friday."
    )
    assert got == {"Marcus Webb": (None, "referral")}


def test_empty_and_odd_inputs() -> None:
    for text in ["", "Dev", "her colleague", "talk to", "Dr."]:
        assert extract(text, None).people_mentioned == []


def test_lowercase_transcript_people_and_items() -> None:
    r = extract(
        "i talked to devon at the food bank today hes the warehouse manager. he said i should "
        "talk to his boss marisa about volunteer roles. ill text marisa tomorrow and im going "
        "to update my resume",
        WHEN,
    )
    assert [(p.name, p.relation) for p in r.people_mentioned] == [("marisa", "referral")]
    assert [f.due for f in r.follow_ups] == ["2026-12-09", None]


def test_first_name_at_organisation_in_a_referral_list() -> None:
    got = people(
        "Talked with Felix Braun, a designer at IDEO. He thinks I should get in touch with "
        "Sara Lind at Frog, and maybe also Kenji at Pentagram."
    )
    assert got["Sara Lind"][1] == "referral"
    assert got["Kenji"] == ("Pentagram", "referral")
