"""What qa54 saw using debrief on invented calls, each as the `debrief` command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

from conftest import add_text, run_cli

GRACE = (
    "Zoom with Grace Okafor, a product designer at Tidewell. She said the benefits are"
    " generous, with four weeks of leave and a home office stipend. She offered to send me"
    " their portfolio guidelines."
)


def test_ask_what_a_contacts_company_offers_is_about_the_company(home: Path) -> None:
    """`ask "what benefits does Grace's company offer"` put "What they offered (open
    follow-ups)" first: "offer" beside a contact's name read as what she offered to do.
    Grace named as the owner of "company" is not the one offering; "what did Grace offer"
    and "what was Grace's offer" still ask the ledger."""
    add_text(GRACE, "2026-12-01T10:00")
    for question in (
        "what benefits does Grace's company offer",
        "what benefits does Grace Okafor’s team offer",
    ):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        assert "What they offered" not in out and "portfolio guidelines" not in out, out
        assert "four weeks of leave" in out, out
    for question in ("what did Grace offer", "what was Grace's offer"):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        assert out.startswith("What they offered (open follow-ups)"), out
        assert "portfolio guidelines" in out, out


SAM = (
    "Met Sam Reyes, a data analyst at Corvane. Sam offered to send me the template for case"
    " studies. Her colleague Renata offered to share the onboarding deck. Reyes is going to"
    " forward my resume to the hiring lead."
)


def test_an_offer_said_with_the_contacts_name_is_filed_and_thanked_for(home: Path) -> None:
    """ "Sam offered to send me the template" (the contact's name, no pronoun) filed no offer,
    so `todo` did not list it and `draft thanks` did not thank for it; "she offered to"
    did. The contact's first, last or full name is the one offering as her pronoun is;
    another person's name ("Her colleague Renata offered to...") is not."""
    add_text(SAM, "2026-12-02T10:00")
    add_text(
        "Coffee with Tomas Berg, a UX lead at Quarry. He offered to review my portfolio.",
        "2026-12-03T10:00",
    )
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert "From Sam Reyes: Sam offered to send me the template for case studies." in out, out
    assert "From Sam Reyes: Reyes is going to forward my resume" in out, out
    assert "From Tomas Berg: He offered to review my portfolio." in out, out
    assert "onboarding deck" not in out, out
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert (
        "thank you for offering to send me the template for case studies and to forward my"
        " resume to the hiring lead." in out
    ), out
    assert "onboarding deck" not in out, out
