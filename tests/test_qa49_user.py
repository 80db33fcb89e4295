"""What qa49 saw using the `debrief` command, each as the command shows it. Real spaCy for
the typed recaps, real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import add_text, run_cli

ODILE = (
    "Just talked to Odile Fenwick, a product manager at Marrowgate Robotics. She said the"
    " culture is hands-on. She suggested I talk to Teodor Halvorsen, who runs hardware at"
    " Marrowgate."
)
TEODOR = (
    "Had a call today with Teodor Halvorsen, the hardware director at Marrowgate Robotics."
    " He said promotions come from shipping a product line end to end."
)


@pytest.mark.usefixtures("filed_soon_after")
def test_a_referral_said_at_the_companys_short_name_is_contacted(home: Path) -> None:
    """Teodor was suggested "at Marrowgate" and called a week later as a director at
    Marrowgate Robotics: `todo` told the user to tell Odile how it went, but kept "Reach out
    to Teodor" open, and `people` showed him "not yet" (the referral's company was matched
    by its exact key only)."""
    add_text(ODILE, "2026-11-23T15:00")
    add_text(TEODOR, "2026-11-30T11:00")
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    texts = [t["text"] for t in json.loads(out)]
    assert "Tell Odile Fenwick how it went with Teodor Halvorsen" in texts, texts
    assert not [t for t in texts if t.startswith("Reach out")], texts
    code, out, err = run_cli("people", "--json")
    assert code == 0, err
    (ref,) = [r for r in json.loads(out)["referrals"] if r["name"] == "Teodor Halvorsen"]
    assert ref["contacted_in"] == 2, ref


def test_a_person_only_mentioned_is_not_listed_as_referred(home: Path) -> None:
    """`person Teodor` listed a colleague he only mentioned under "People they referred you
    to", as "not yet" contacted, as if the user owed them a reach-out (`people` lists them
    apart, as "Also mentioned")."""
    add_text(
        TEODOR + " He said he worked with Ingrid Solberg on the first gripper.", "2026-11-30T11:00"
    )
    code, out, err = run_cli("person", "Teodor Halvorsen", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["referred"] == [], data["referred"]
    assert [m["name"] for m in data["mentioned"]] == ["Ingrid Solberg"], data
    code, out, err = run_cli("person", "Teodor Halvorsen")
    assert code == 0, err
    assert "referred you to" not in out and "People they mentioned" in out, out
    assert "Ingrid Solberg" in out


def test_ask_who_suggested_a_contact_answers_from_the_file(home: Path) -> None:
    """Teodor, suggested by Odile, has a call of his own on file: "who suggested Teodor
    Halvorsen" showed his note on promotions as what contacts said about it (a note cleared
    the floors, so the file's answer was never looked up), and a first name alone found no
    one on file."""
    add_text(ODILE, "2026-11-23T15:00")
    add_text(TEODOR, "2026-11-30T11:00")
    for question in ("who suggested Teodor Halvorsen", "who referred me to Teodor"):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        assert "Teodor Halvorsen: suggested by Odile Fenwick (#1 2026-11-23)" in out, out
        assert "talked about this" not in out and "promotions" not in out, out


def test_a_company_renamed_keeps_a_referral_said_at_its_short_name(home: Path) -> None:
    """Teodor, suggested "at Marrowgate", called at Marrowgate Robotics; the user then fixed
    the company's spelling: the referral said at the short name kept the old spelling, so
    `people` showed Teodor "reached out, no call yet" and the thank-you note promised to
    reach out to him (the rename moved only referrals said at the exact old name)."""
    add_text(ODILE, "2026-11-23T15:00")
    add_text(TEODOR, "2026-11-30T11:00")
    code, out, err = run_cli("rename", "company", "Marrowgate Robotics", "Marrogate Robotics")
    assert code == 0, err
    code, out, err = run_cli("people", "--json")
    assert code == 0, err
    (ref,) = [r for r in json.loads(out)["referrals"] if r["name"] == "Teodor Halvorsen"]
    assert ref["contacted_in"] == 2, ref
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "I have since spoken with Teodor" in out, out
    code, out, err = run_cli("reextract", "--all")  # hears "at Marrowgate" again
    assert code == 0, err
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    assert not [t for t in json.loads(out) if t["text"].startswith("Reach out")], out
