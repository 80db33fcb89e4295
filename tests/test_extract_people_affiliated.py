"""People mentioned (`people30`): a name typed with its organisation in brackets or after an
at sign ("Tobias Lund (Harrowgate Mills)", "Signe @ brewLab") is a person whose company is
that organisation, and the organisation is a company mentioned
(``debrief/extract/people_affiliated.py``). What notes also put in brackets is no
organisation: a title ("(PM)"), an aside ("(I think)"), a month ("(Jan)"). Real spaCy
(``en_core_web_sm``); every recap is written for this file.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def test_a_name_with_its_firm_in_brackets_is_a_person_at_that_firm() -> None:
    text = (
        "Who: Rosalind Achebe, data analyst at Corvel Freight. Call was 30 min.\n"
        "She walked me through her week and the dashboards she keeps.\n"
        "Next steps\n"
        "- Email Tobias Lund (Harrowgate Mills) about the analyst opening\n"
        "- Send Rosalind my portfolio link"
    )
    out = extract(text, WHEN)
    people = {p.name: p for p in out.people_mentioned}
    assert "Tobias Lund" in people
    assert people["Tobias Lund"].company == "Harrowgate Mills"
    assert "Harrowgate Mills" in out.companies_mentioned
    assert not any("Tobias" in c for c in out.companies_mentioned)


def test_a_name_at_sign_firm_is_a_person() -> None:
    text = (
        "Who: Rosalind Achebe, data analyst at Corvel Freight. Call was 30 min.\n"
        "She said Signe @ brewLab is looking for someone with SQL.\n"
        "Next steps\n"
        "- Send Rosalind my portfolio link"
    )
    people = {p.name: p for p in extract(text, WHEN).people_mentioned}
    assert "Signe" in people
    assert people["Signe"].company == "brewLab"


def test_a_title_or_a_month_in_brackets_is_no_firm() -> None:
    text = (
        "Who: Rosalind Achebe, data analyst at Corvel Freight. Call was 30 min.\n"
        "Her teammate Tobias Lund (PM) runs the planning and she met Ilse Varga (Jan).\n"
        "Next steps\n"
        "- Send Rosalind my portfolio link"
    )
    out = extract(text, WHEN)
    assert not {"PM", "Jan"} & set(out.companies_mentioned)
    assert all(p.company not in {"PM", "Jan"} for p in out.people_mentioned)
