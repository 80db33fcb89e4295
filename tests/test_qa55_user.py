"""What qa55 saw using debrief on invented calls, each as the `debrief` command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

from conftest import add_text, run_cli


def _note(debrief_id: int) -> list[str]:
    code, out, err = run_cli("draft", "thanks", str(debrief_id))
    assert code == 0, err
    return out.splitlines()


def test_the_next_step_reads_as_a_promise_to_the_contact(home: Path) -> None:
    """The note to the contact said "My next step: I promised to send you the link to my
    portfolio.", a note to self. It says the promise to them: "As promised, I will send you
    ...", "I will email you the deck by Friday.", "I will send you my resume."."""
    add_text(
        "Call with Nadia Ruiz, a recruiter at Harborline. She said the team is small and ships"
        " weekly. I promised to send her the link to my portfolio.",
        "2026-12-06T10:00",
    )
    add_text(
        "Met Lena Voss, a VP at Kestrel. She said strategy matters. I need to email her the"
        " deck by Friday.",
        "2026-12-06T11:00",
    )
    add_text(
        "Coffee with Omar Haddad, an engineer at Petrel. He said on-call is light. Next step:"
        " send him my resume.",
        "2026-12-06T12:00",
    )
    add_text(
        "Met Tom Brandt, a manager at Osprey. He said hiring is slow. I'll send him my resume"
        " next week.",
        "2026-12-06T13:00",
    )
    expected = {
        1: "As promised, I will send you the link to my portfolio.",
        2: "I will email you the deck by Friday.",
        3: "I will send you my resume.",
        4: "I'll send you my resume next week.",
    }
    for debrief_id, line in expected.items():
        note = _note(debrief_id)
        assert line in note, note
        assert not any(x.startswith("My next step:") for x in note), note


GRACE = (
    "Zoom with Grace Okafor, a product designer at Tidewell. She said the benefits are"
    " generous, with four weeks of leave and a home office stipend. She offered to send me"
    " their portfolio guidelines."
)


def test_what_a_contact_offered_is_her_offers_not_her_notes(home: Path) -> None:
    """`ask "what did Grace offer"` listed her offer and then "1 contact ... talked about
    this" with her note on her company's benefits: the offers answer it. A note holding
    what the question asks beside the ledger ("about the portfolio") still joins; the
    company's benefits are still asked by "what benefits does Grace's company offer"."""
    add_text(GRACE, "2026-12-01T10:00")
    for question in ("what did Grace offer", "what was Grace's offer", "what did Grace offer me"):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        assert out.startswith("What they offered (open follow-ups)"), out
        assert "portfolio guidelines" in out, out
        assert "four weeks of leave" not in out and "talked about this" not in out, out
    code, out, err = run_cli("ask", "what benefits does Grace's company offer")
    assert code == 0, err
    assert "four weeks of leave" in out and "What they offered" not in out, out
