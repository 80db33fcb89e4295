"""People (`people38`): a one-word given name the roles step files as a company is a person
where the recap says it as one ("it's him and Ines", "sit down with Keisha Saturday",
"(Ngozi something)"), unless it is the contact's or the recap says it as an organisation
("at Ines", "Grady Hospital"). Real spaCy (``en_core_web_sm``). Every recap is written for this
file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _both(text: str) -> tuple[set[str], list[str]]:
    e = extract(text, WHEN)
    return {p.name for p in e.people_mentioned}, e.companies_mentioned


def test_a_name_coordinated_with_a_pronoun_is_a_person() -> None:
    people, companies = _both(
        "Talked with Marco Vitale, a sound designer at Lumen Works. It's a tiny shop, "
        "it's him and Ines. He used to tour."
    )
    assert "Ines" in people
    assert "Ines" not in companies


def test_a_name_one_sits_down_with_is_a_person_and_the_weekday_goes() -> None:
    people, companies = _both(
        "Called Dana Pruitt, a nurse manager at Mercy. Follow up: sit down with Keisha "
        "Saturday about the move."
    )
    assert "Keisha" in people
    assert not any("Keisha" in c for c in companies)


def test_a_name_with_a_forgotten_surname_is_a_person() -> None:
    people, companies = _both(
        "Spoke to Omar Haddad at Brightline. Ask him about his cousin at the VA (Ngozi "
        "something), he offered to connect."
    )
    assert "Ngozi" in people
    assert "Ngozi" not in companies


def test_a_name_said_as_an_organisation_elsewhere_stays_a_company() -> None:
    # risk side: "at Ines" says it is the firm, whatever "him and Ines" says
    people, _companies = _both(
        "Spoke to Omar Haddad, an engineer at Ines. He started at Ines in 2019 and him and "
        "Ines go way back."
    )
    assert "Ines" not in people
