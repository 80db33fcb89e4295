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
