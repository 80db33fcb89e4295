"""Two defects qa38 found (qa39), each as the `debrief` command shows it. Real spaCy for
the typed recaps, real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import add_text, run_cli

LENA = (
    "Just talked to Lena Park, an engineering manager at Shopify. She said the payments team"
    " is hiring. She suggested I reach out to Diego Santos, a staff engineer at Shopify."
)
DIEGO = (
    "Just talked to Diego Santos, a staff engineer at Shopify. He said the interviews are"
    " pair programming and the team values small pull requests."
)
SOFIA = (
    "Just talked to Sofia Brennan, a technical recruiter at Figma. She said the culture is"
    " collaborative and most teams are hybrid. She suggested I reach out to Marcus Bell,"
    " a design manager at Figma."
)
MARCUS = (
    "Just talked to Marcus Bell, a design manager at Figma. He said design critiques are"
    " weekly and the team values clear writing."
)


def test_a_company_renamed_with_a_legal_suffix_keeps_it_for_later_referrals(home: Path) -> None:
    """`rename company Shopify "Shopify Inc"` filed the alias cleaned ("Shopify"): a referral
    filed after the rename showed "Diego Santos, Shopify" while the company was "Shopify
    Inc". Every view shows the name the user chose."""
    add_text(DIEGO, "2026-11-20T10:00")
    code, out, err = run_cli("rename", "company", "Shopify", "Shopify Inc")
    assert code == 0, err
    add_text(LENA, "2026-12-01T10:00")
    code, out, err = run_cli("people", "--json")
    assert code == 0, err
    data = json.loads(out)
    (ref,) = [r for r in data["referrals"] if r["name"] == "Diego Santos"]
    assert ref["company"] == "Shopify Inc"
    assert {c["company"] for c in data["contacts"]} == {"Shopify Inc"}
    for args in (("people",), ("todo",), ("person", "Diego Santos"), ("prep", "Diego Santos")):
        code, out, err = run_cli(*args)
        assert code == 0, err
        assert "Shopify Inc" in out, args
        assert "Diego Santos, Shopify\n" not in out and "Santos, Shopify " not in out, args


def test_a_referral_called_only_before_the_referral_is_still_to_contact(home: Path) -> None:
    """Marcus called in November, referred by Sofia in December: `todo` keeps "Reach out to
    Marcus Bell" open (by design) but `debrief people` said "contacted #1" and left him off
    the people to contact. Only a call at or after the referral contacts him; the earlier
    one is shown as such."""
    add_text(MARCUS, "2026-11-02T10:00")
    add_text(SOFIA, "2026-12-01T10:00")
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert "Reach out to Marcus Bell" in out
    code, out, err = run_cli("people")
    assert code == 0, err
    assert "contacted #1" not in out
    assert "spoke before:" in out and "#1 2026-11-02" in out  # the table may wrap it
    code, out, err = run_cli("people", "--json")
    assert code == 0, err
    data = json.loads(out)
    (ref,) = [r for r in data["referrals"] if r["name"] == "Marcus Bell"]
    assert not ref["contacted"] and ref["contacted_in"] is None
    assert ref["spoke_before_in"] == 1
    assert [r["name"] for r in data["not_contacted"]] == ["Marcus Bell"]
    # a call at or after the referral contacts him, in `people` as in `todo`
    add_text(MARCUS, "2026-12-04T10:00")
    code, out, err = run_cli("todo")
    assert "Reach out to Marcus Bell" not in out
    code, out, err = run_cli("people", "--json")
    data = json.loads(out)
    (ref,) = [r for r in data["referrals"] if r["name"] == "Marcus Bell"]
    assert (ref["contacted"], ref["contacted_in"]) == (True, 3)
    assert data["not_contacted"] == []
