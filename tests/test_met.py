"""One rule for "a call with the referral at or after the referral" (debrief.store.met):
`todo`, `draft thanks`, `people` and `person` judge it alike. Real spaCy for the typed
recaps, real SQLite files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import add_text, run_cli

from debrief.store.met import met_referral
from debrief.store.repo import Store

NORA = (
    "Just talked to Nora Quist, an engineering manager at Stripe. She said the platform team"
    " is hiring. She suggested I reach out to {referral}."
)
WHITLOW = (
    "Just talked to {name}, a staff engineer at Stripe. He said the on-call rotation is weekly"
    " and the team values written design docs."
)
SAM_GLOBEX = "Just talked to Sam Lee, a product manager at Globex. He said the roadmap is {what}."
SAM_STRIPE = "Just talked to Sam Lee, a designer at Stripe. He said critiques are weekly."


def reach_outs() -> list[str]:
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    return [t["text"] for t in json.loads(out) if t["text"].startswith("Reach out")]


def referral(name: str) -> dict:
    code, out, err = run_cli("people", "--json")
    assert code == 0, err
    (ref,) = [r for r in json.loads(out)["referrals"] if r["name"] == name]
    return ref


def thanks_line(debrief_id: int) -> str:
    code, out, err = run_cli("draft", "thanks", str(debrief_id))
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if "reach out to" in x]
    return line


@pytest.mark.usefixtures("filed_soon_after")
def test_a_near_spelling_contacts_the_referral_in_every_view(home: Path) -> None:
    """Referred as "Jon Whitlow", called as John Whitlow a week later: `people` showed him
    contacted (near spelling), while `todo` kept "Reach out to Jon Whitlow" open, owed Nora
    no news and the thank-you note promised to reach out (they matched the exact name)."""
    add_text(NORA.format(referral="Jon Whitlow"), "2026-11-02T10:00")
    add_text(WHITLOW.format(name="John Whitlow"), "2026-11-09T10:00")
    assert referral("Jon Whitlow")["contacted_in"] == 2
    assert reach_outs() == []
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert "Tell Nora Quist how it went with John Whitlow" in out
    assert "I have since spoken with Jon" in thanks_line(1)
    code, out, err = run_cli("person", "John Whitlow")
    assert code == 0, err
    assert "referred by Nora Quist" in out


def test_a_call_whose_extraction_failed_still_contacts_the_referral(home: Path) -> None:
    """A call happened: its extraction failing later (status 'failed', its contact kept)
    does not undo it. The note counted extracted calls only and promised to reach out
    while `todo` and `people` had the referral contacted."""
    add_text(NORA.format(referral="James Whitlow"), "2026-11-02T10:00")
    add_text(WHITLOW.format(name="James Whitlow"), "2026-11-09T10:00")
    db = sqlite3.connect(home / "debrief.db")
    with db:
        db.execute("UPDATE debriefs SET status = 'failed' WHERE id = 2")
    db.close()
    assert referral("James Whitlow")["contacted_in"] == 2
    assert reach_outs() == []
    assert "I have since spoken with James" in thanks_line(1)
    store = Store(home / "debrief.db")
    try:
        assert met_referral(store, 1, "James Whitlow").after == (2, "2026-11-09T10:00:00")
    finally:
        store.close()


def test_a_referral_said_with_a_company_is_not_a_namesake_elsewhere(home: Path) -> None:
    """Two Sam Lees: one at Globex (called before and after the referral), one at Stripe.
    "Sam Lee, a designer at Stripe" is the Stripe one: a call with the Globex Sam Lee does
    not contact him; the Stripe one's call does."""
    add_text(SAM_GLOBEX.format(what="quarterly"), "2026-11-01T10:00")
    add_text(NORA.format(referral="Sam Lee, a designer at Stripe"), "2026-11-02T10:00")
    add_text(SAM_GLOBEX.format(what="set by the leads"), "2026-11-09T10:00")
    ref = referral("Sam Lee")
    assert (ref["contacted"], ref["spoke_before_in"]) == (False, None)
    assert reach_outs() == ["Reach out to Sam Lee (suggested by Nora Quist)"]
    assert "I have since spoken" not in thanks_line(2)
    add_text(SAM_STRIPE, "2026-11-12T10:00")
    ref = referral("Sam Lee")
    assert (ref["contacted_in"], ref["contact_company"]) == (4, "Stripe")
    assert reach_outs() == []
    assert "I have since spoken with Sam" in thanks_line(2)


def test_a_referral_said_without_a_company_is_the_namesake_at_the_referrers(home: Path) -> None:
    """Said without a company, the referral is at the referrer's company when a contact of
    that name is there (else any contact of that name is)."""
    add_text(SAM_STRIPE, "2026-11-01T10:00")
    add_text(SAM_GLOBEX.format(what="quarterly"), "2026-11-01T11:00")
    add_text(NORA.format(referral="Sam Lee"), "2026-11-02T10:00")
    store = Store(home / "debrief.db")
    try:
        met = met_referral(store, 3, "Sam Lee")
        assert [c["company"] for c in met.contacts] == ["Stripe"]
        assert met.after is None and met.before == (1, "2026-11-01T10:00:00")
    finally:
        store.close()
    add_text(SAM_GLOBEX.format(what="set by the leads"), "2026-11-09T10:00")
    # the Stripe Sam Lee's call #1 came before the referral: it stays open and says so
    assert reach_outs() == [
        "Reach out to Sam Lee (suggested by Nora Quist; spoke before: call #1 on 2026-11-01)"
    ]
    assert referral("Sam Lee")["contacted"] is False
