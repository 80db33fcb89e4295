"""What qa52 saw using debrief over a week of invented calls, each as the `debrief` command
shows it. Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

from conftest import add_text, run_cli

HANNAH = (
    "Just got off the phone with Hannah Okafor, a senior data analyst at Brightwater"
    " Insurance. Her advice was to learn dbt before applying. She offered to forward my resume"
    " to the recruiting lead, and she said she'd send me the salary survey her team uses."
    " I need to update my resume by Friday."
)


def test_thanks_for_every_offer_the_contact_made_in_their_words(home: Path) -> None:
    """`draft thanks` thanked only for an offer to introduce: Hannah offered to forward the
    resume and to send the salary survey, and the note said neither (it quoted the survey
    offer as something she "shared"). It thanks for both, in her words, said to her."""
    add_text(HANNAH, "2026-11-30T15:00")
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert (
        "And thank you for offering to forward my resume to the recruiting lead and to send"
        " me the salary survey your team uses." in out
    ), out
    assert "- You said you'd send me" not in out, out  # thanked once, not also quoted


MARCUS = (
    "Talked with Marcus Feld, an engineering manager at Quillstone. He'll introduce me to the"
    " hiring manager, Ingrid Dahl. He also offered to look over my cover letter. His"
    " colleague Renata said she'd send me the team's onboarding doc. Her manager will send me"
    " a take-home."
)


def test_thanks_for_offers_invents_none_and_credits_no_one_else(home: Path) -> None:
    """An offer said with "also" ("He also offered to look over my cover letter") was not
    filed at all. It is filed and thanked for; the introduction keeps its own line, and what
    Renata offered ("she'd send me") is not thanked for as Marcus's."""
    add_text(MARCUS, "2026-12-01T10:00")
    code, todo, err = run_cli("todo")
    assert code == 0, err
    assert "He also offered to look over my cover letter." in todo, todo
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "Thank you also for offering to introduce me to Ingrid Dahl." in out, out
    assert "And thank you for offering to look over my cover letter." in out, out
    assert "onboarding" not in out and "take-home" not in out, out
    code, out, err = run_cli("draft", "thanks", "1", "--json")
    assert code == 0, err
    assert '"offers": [\n    "look over my cover letter"\n  ]' in out, out


def test_a_dismissed_offer_is_not_thanked_for(home: Path) -> None:
    """An offer the user dismissed (they say it was not made) leaves the note."""
    add_text(HANNAH, "2026-11-30T15:00")
    code, todo, _ = run_cli("todo")
    offer = next(x for x in todo.splitlines() if "salary survey" in x)
    assert run_cli("dismiss", offer.split()[0].lstrip("#"))[0] == 0
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "offering" not in out, out


PRIYA = (
    "Call with Priya Raman, a product lead at Octavia Health. She said the roadmap process is"
    " chaotic. She suggested I talk to Tomasz Wierzbicki on the platform team. I need to send"
    " Priya my portfolio by Monday."
)
TOMASZ = (
    "Call with Tomasz Wierzbicki, a platform engineer at Octavia Health. His advice was to"
    " practise writing one-page specs. I need to send Tomasz my updated resume by Wednesday."
)


def test_prep_lists_what_is_owed_to_the_person_asked_about_first(home: Path) -> None:
    """`prep Tomasz` listed "Tell Priya Raman how it went with Tomasz" (due a day earlier)
    above everything owed to Tomasz himself. His own items come first; the company's page
    keeps the ledger's order."""
    add_text(PRIYA, "2026-11-20T10:00")
    add_text(TOMASZ, "2026-11-27T10:00")
    code, out, err = run_cli("prep", "Tomasz")
    assert code == 0, err
    owed = out.split("You owe", 1)[1].split("They offered", 1)[0]
    lines = [x.strip() for x in owed.splitlines() if x.strip().startswith("#")]
    assert "Tell Priya Raman how it went" in lines[-1], lines
    assert "thank-you note to Tomasz" in lines[0], lines
